/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-main-window.c: a status line with an icon, the detectors that are on,
 * the last warnings (the same rows as the history window), and buttons:
 * pause (a menu of durations the settings allow) or resume, history,
 * preferences.  Everything follows the application's actions. */
#include "config.h"

#include "cg-main-window.h"

#include <glib/gi18n.h>

#include "cg-gui.h"
#include "cg-history-row.h"

#define LAST_WARNINGS 5

struct _CgMainWindow
{
  GtkApplicationWindow parent_instance;
  GSettings *settings;
  CgHistory *history;
  GtkWidget *status_icon;
  GtkWidget *status;
  GtkWidget *detail;
  GtkWidget *pause_button;
  GtkWidget *resume_button;
  GtkWidget *restore_button; /* while a copy with placeholders can be restored */
  GtkWidget *pause_items[2];
  GtkWidget *list;
  GtkWidget *stack;
  guint refill_id; /* a refill after changes, once the guard is done */
};

G_DEFINE_FINAL_TYPE (CgMainWindow, cg_main_window, GTK_TYPE_APPLICATION_WINDOW)

static GVariant *
app_state (CgMainWindow *self, const char *name)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? g_action_group_get_action_state (G_ACTION_GROUP (app), name) : NULL;
}

static char *
detectors_text (CgMainWindow *self)
{
  g_autoptr (GPtrArray) kinds = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (g_settings_get_boolean (self->settings, "detect-bsn"))
    g_ptr_array_add (kinds, _ ("BSNs"));
  if (g_settings_get_boolean (self->settings, "detect-iban"))
    g_ptr_array_add (kinds, _ ("IBANs"));
  if (g_settings_get_boolean (self->settings, "detect-address"))
    g_ptr_array_add (kinds, _ ("Dutch addresses"));
  if (g_settings_get_boolean (self->settings, "detect-confidential"))
    g_ptr_array_add (kinds, _ ("confidential business figures"));
  if (kinds->len == 0)
    return g_strdup (_ ("It looks for nothing: every kind of personal data is switched off in the "
                        "preferences."));
  if (kinds->len == 1)
    list = g_strdup (kinds->pdata[0]);
  else if (kinds->len == 2)
    /* Translators: a list of two kinds of personal data */
    list = g_strdup_printf (_ ("%s and %s"), (char *) kinds->pdata[0], (char *) kinds->pdata[1]);
  else if (kinds->len == 3)
    /* Translators: a list of three kinds of personal data */
    list = g_strdup_printf (_ ("%s, %s and %s"), (char *) kinds->pdata[0], (char *) kinds->pdata[1],
                            (char *) kinds->pdata[2]);
  else
    /* Translators: a list of four kinds of data */
    list = g_strdup_printf (_ ("%s, %s, %s and %s"), (char *) kinds->pdata[0],
                            (char *) kinds->pdata[1], (char *) kinds->pdata[2],
                            (char *) kinds->pdata[3]);
  /* Translators: %s is a list such as "BSNs, IBANs and Dutch addresses" */
  return g_strdup_printf (_ ("It looks for %s in everything you copy."), list);
}

static void
update_status (CgMainWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr (GVariant) state = app_state (self, "paused-until");
  gint64 until = state ? g_variant_get_int64 (state) : 0;
  g_autofree char *status = NULL;
  g_autofree char *detail = detectors_text (self);
  g_autofree char *markup = NULL;
  guint max = g_settings_get_uint (self->settings, "max-pause-minutes");

  if (until == 0)
    status = g_strdup (_ ("clipguard is on"));
  else if (until < 0)
    status = g_strdup (_ ("clipguard is paused until you resume it"));
  else
    {
      g_autoptr (GDateTime) t = g_date_time_new_from_unix_local (until);
      g_autofree char *clock = g_date_time_format (t, "%H:%M");

      /* Translators: %s is a time of day, such as 14:30 */
      status = g_strdup_printf (_ ("clipguard is paused until %s"), clock);
    }
  markup = g_markup_printf_escaped ("<span size='large' weight='bold'>%s</span>", status);
  gtk_label_set_markup (GTK_LABEL (self->status), markup);
  gtk_label_set_text (GTK_LABEL (self->detail), detail);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icon),
                                until == 0 ? APP_ID : "media-playback-pause", GTK_ICON_SIZE_DIALOG);
  gtk_widget_set_visible (self->pause_button, until == 0);
  /* an administrator may allow no pause at all */
  if (app != NULL)
    gtk_widget_set_sensitive (
        self->pause_button,
        g_action_group_get_action_enabled (G_ACTION_GROUP (app), "pause")
            || g_action_group_get_action_enabled (G_ACTION_GROUP (app), "pause-for"));
  gtk_widget_set_visible (self->resume_button, until != 0);
  gtk_widget_set_visible (
      self->restore_button,
      app != NULL && g_action_group_get_action_enabled (G_ACTION_GROUP (app), "restore-last"));
  for (guint i = 0; i < G_N_ELEMENTS (self->pause_items); i++)
    {
      guint minutes
          = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self->pause_items[i]), "minutes"));

      gtk_widget_set_visible (self->pause_items[i], max == 0 || minutes <= max);
    }
}

static void
fill (CgMainWindow *self)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (self->history);
  g_autoptr (GVariant) warning = app_state (self, "warning-entry");
  guint64 warning_entry = warning ? g_variant_get_uint64 (warning) : 0;
  GList *children = gtk_container_get_children (GTK_CONTAINER (self->list));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  g_list_free (children);
  for (guint i = 0; i < entries->len && i < LAST_WARNINGS; i++)
    gtk_container_add (GTK_CONTAINER (self->list),
                       cg_history_row_new (g_ptr_array_index (entries, i), warning_entry));
  gtk_widget_show_all (self->list);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), entries->len ? "list" : "empty");
}

static void schedule_fill (CgMainWindow *self);

static void
on_action_state_changed (GActionGroup *group, const char *name, GVariant *state, gpointer user_data)
{
  if (g_str_equal (name, "paused-until"))
    update_status (user_data);
  else if (g_str_equal (name, "warning-entry"))
    schedule_fill (user_data);
}

static void
on_action_enabled_changed (GActionGroup *group, const char *name, gboolean enabled,
                           gpointer user_data)
{
  if (g_str_has_prefix (name, "pause") || g_str_equal (name, "restore-last"))
    update_status (user_data);
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  update_status (user_data);
}

static gboolean
refill (gpointer user_data)
{
  CgMainWindow *self = user_data;

  self->refill_id = 0;
  fill (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a copy adds an entry and changes the warning):
 * the rows are rebuilt once, after the guard has sent its notification. */
static void
schedule_fill (CgMainWindow *self)
{
  if (self->refill_id == 0)
    self->refill_id = g_idle_add (refill, self);
}

static void
on_history_changed (CgHistory *history, gpointer user_data)
{
  schedule_fill (user_data);
}

static GtkWidget *
pause_item (GtkWidget *box, const char *text, const char *action, GVariant *target)
{
  GtkWidget *item = gtk_model_button_new ();

  g_object_set (item, "text", text, NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (item), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (item), target);
  gtk_box_pack_start (GTK_BOX (box), item, FALSE, FALSE, 0);
  return item;
}

static GtkWidget *
build_pause_button (CgMainWindow *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new (button);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_button_set_label (GTK_BUTTON (button), _ ("_Pause"));
  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  g_object_set (box, "margin", 6, NULL);
  self->pause_items[0]
      = pause_item (box, _ ("For 15 minutes"), "app.pause-for", g_variant_new_int32 (15));
  self->pause_items[1]
      = pause_item (box, _ ("For 1 hour"), "app.pause-for", g_variant_new_int32 (60));
  g_object_set_data (G_OBJECT (self->pause_items[0]), "minutes", GUINT_TO_POINTER (15));
  g_object_set_data (G_OBJECT (self->pause_items[1]), "minutes", GUINT_TO_POINTER (60));
  pause_item (box, _ ("Until I resume"), "app.pause", NULL);
  gtk_widget_show_all (box);
  gtk_container_add (GTK_CONTAINER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static GtkWidget *
button (const char *text, const char *action)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (text);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  return b;
}

static void
build (CgMainWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *status_box = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *empty
      = gtk_label_new (_ ("No warnings yet. When you copy a BSN, an IBAN or a Dutch address, "
                          "clipguard warns before you paste it somewhere."));
  g_autofree char *heading_markup = g_markup_printf_escaped ("<b>%s</b>", _ ("Last warnings"));

  gtk_header_bar_set_title (GTK_HEADER_BAR (header), "clipguard");
  gtk_header_bar_set_show_close_button (GTK_HEADER_BAR (header), TRUE);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  g_object_set (box, "margin", 18, NULL);

  self->status_icon = gtk_image_new ();
  self->status = gtk_label_new (NULL);
  self->detail = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_xalign (GTK_LABEL (self->detail), 0);
  gtk_label_set_line_wrap (GTK_LABEL (self->detail), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->detail), 60);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->detail), "dim-label");
  gtk_grid_set_column_spacing (GTK_GRID (status_box), 12);
  gtk_widget_set_hexpand (self->status, TRUE);
  gtk_grid_attach (GTK_GRID (status_box), self->status_icon, 0, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (status_box), self->status, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (status_box), self->detail, 1, 1, 1, 1);

  self->pause_button = build_pause_button (self);
  self->resume_button = button (_ ("_Resume"), "app.resume");
  gtk_style_context_add_class (gtk_widget_get_style_context (self->resume_button),
                               "suggested-action");
  gtk_box_pack_start (GTK_BOX (buttons), self->pause_button, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (buttons), self->resume_button, FALSE, FALSE, 0);
  self->restore_button = button (_ ("Res_tore values"), "app.restore-last");
  gtk_widget_set_tooltip_text (self->restore_button,
                               _ ("Put the real values back in place of the placeholders "
                                  "clipguard wrote"));
  gtk_box_pack_start (GTK_BOX (buttons), self->restore_button, FALSE, FALSE, 0);
  gtk_box_pack_end (GTK_BOX (buttons), button (_ ("Pr_eferences"), "app.show-preferences"), FALSE,
                    FALSE, 0);
  gtk_box_pack_end (GTK_BOX (buttons), button (_ ("_History"), "app.show-history"), FALSE, FALSE,
                    0);

  gtk_label_set_markup (GTK_LABEL (heading), heading_markup);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  atk_object_set_name (gtk_widget_get_accessible (self->list), _ ("Last warnings"));
  gtk_label_set_line_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 50);
  g_object_set (empty, "margin", 18, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (empty), "dim-label");
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->list, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_container_add (GTK_CONTAINER (frame), self->stack);

  gtk_box_pack_start (GTK_BOX (box), status_box, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), buttons, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), heading, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), frame, TRUE, TRUE, 0);
  gtk_container_add (GTK_CONTAINER (self), box);
  gtk_widget_show_all (header);
  gtk_widget_show_all (box);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, -1);
  gtk_window_set_icon_name (GTK_WINDOW (self), APP_ID);
}

static void
cg_main_window_dispose (GObject *object)
{
  CgMainWindow *self = CG_MAIN_WINDOW (object);

  g_clear_handle_id (&self->refill_id, g_source_remove);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (cg_main_window_parent_class)->dispose (object);
}

static void
cg_main_window_class_init (CgMainWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_main_window_dispose;
}

static void
cg_main_window_init (CgMainWindow *self)
{
  build (self);
  cg_gui_close_on_escape (GTK_WINDOW (self));
}

GtkWidget *
cg_main_window_new (GtkApplication *app, GSettings *settings, CgHistory *history)
{
  CgMainWindow *self = g_object_new (CG_TYPE_MAIN_WINDOW, "application", app, NULL);

  self->settings = g_object_ref (settings);
  self->history = g_object_ref (history);
  g_signal_connect (history, "changed", G_CALLBACK (on_history_changed), self);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect_object (app, "action-state-changed", G_CALLBACK (on_action_state_changed), self,
                           0);
  g_signal_connect_object (app, "action-enabled-changed", G_CALLBACK (on_action_enabled_changed),
                           self, 0);
  update_status (self);
  fill (self);
  return GTK_WIDGET (self);
}
