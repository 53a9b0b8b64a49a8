/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-preferences-window.c: every widget is bound to a GSettings key with
 * g_settings_bind(), which also makes it insensitive when an administrator
 * has locked the key with dconf. */
#include "config.h"

#include "cg-preferences-window.h"

#include <glib/gi18n.h>

struct _CgPreferencesWindow
{
  GtkApplicationWindow parent_instance;
  GSettings *settings;
  GtkWidget *grid;
  int row;
};

G_DEFINE_FINAL_TYPE (CgPreferencesWindow, cg_preferences_window, GTK_TYPE_APPLICATION_WINDOW)

static GtkWidget *
heading (const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  GtkWidget *l = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (l), markup);
  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_set_margin_top (l, 12);
  return l;
}

static void
add_heading (CgPreferencesWindow *self, const char *text)
{
  gtk_grid_attach (GTK_GRID (self->grid), heading (text), 0, self->row++, 2, 1);
}

/* A labelled control; the label's mnemonic focuses it. */
static void
add_row (CgPreferencesWindow *self, const char *text, const char *help, GtkWidget *control)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_set_hexpand (l, TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), control);
  gtk_widget_set_halign (control, GTK_ALIGN_END);
  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  if (help != NULL)
    gtk_widget_set_tooltip_text (l, help), gtk_widget_set_tooltip_text (control, help);
  gtk_grid_attach (GTK_GRID (self->grid), l, 0, self->row, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), control, 1, self->row++, 1, 1);
}

static GSettingsSchemaKey *
schema_key (CgPreferencesWindow *self, const char *key)
{
  g_autoptr (GSettingsSchema) schema = NULL;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  return g_settings_schema_get_key (schema, key);
}

static void
add_switch (CgPreferencesWindow *self, const char *text, const char *key)
{
  GtkWidget *sw = gtk_switch_new ();
  g_autoptr (GSettingsSchemaKey) k = schema_key (self, key);

  g_settings_bind (self->settings, key, sw, "active", G_SETTINGS_BIND_DEFAULT);
  add_row (self, text, g_settings_schema_key_get_description (k), sw);
}

/* The bounds are the schema's range, so the two never disagree. */
static void
add_spin (CgPreferencesWindow *self, const char *text, const char *key)
{
  g_autoptr (GSettingsSchemaKey) k = schema_key (self, key);
  g_autoptr (GVariant) range = g_settings_schema_key_get_range (k);
  g_autoptr (GVariant) bounds = NULL;
  const char *kind;
  guint32 min = 0, max = G_MAXINT32;
  GtkWidget *spin;

  g_variant_get (range, "(&sv)", &kind, &bounds);
  if (g_str_equal (kind, "range"))
    g_variant_get (bounds, "(uu)", &min, &max);
  spin = gtk_spin_button_new_with_range (min, max, 1);
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  add_row (self, text, g_settings_schema_key_get_description (k), spin);
}

static void
add_mask_style (CgPreferencesWindow *self)
{
  GtkWidget *combo = gtk_combo_box_text_new ();

  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "stars", _ ("Stars (*******82)"));
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "placeholder",
                             _ ("Placeholders for AI prompts ([BSN-1])"));
  g_settings_bind (self->settings, "mask-style", combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  add_row (self, _ ("Mask _style"), NULL, combo);
}

static void
add_start_at_login (CgPreferencesWindow *self)
{
  GtkWidget *sw = gtk_switch_new ();

  gtk_actionable_set_action_name (GTK_ACTIONABLE (sw), "app.start-at-login");
  add_row (self, _ ("Start at _login"), NULL, sw);
}

static void
build (CgPreferencesWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();

  gtk_header_bar_set_title (GTK_HEADER_BAR (header), _ ("clipguard preferences"));
  gtk_header_bar_set_show_close_button (GTK_HEADER_BAR (header), TRUE);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 24);
  g_object_set (self->grid, "margin", 18, NULL);

  add_heading (self, _ ("Look for"));
  add_switch (self, _ ("_BSN (citizen service number)"), "detect-bsn");
  add_switch (self, _ ("_IBAN (bank account)"), "detect-iban");
  add_switch (self, _ ("Dutch _addresses"), "detect-address");
  add_heading (self, _ ("When something is found"));
  add_mask_style (self);
  add_switch (self, _ ("Mask _without asking"), "auto-mask");
  add_switch (self, _ ("Show _notifications"), "show-notifications");
  add_switch (self, _ ("Also watch _selected text (primary selection)"), "watch-primary");
  add_spin (self, _ ("Largest copy to check (_MB)"), "size-limit-mb");
  add_heading (self, _ ("History"));
  add_spin (self, _ ("Keep history for (_days)"), "history-days");
  add_spin (self, _ ("Keep at most (_entries)"), "history-entries");
  add_heading (self, _ ("Session"));
  add_start_at_login (self);
  gtk_container_add (GTK_CONTAINER (self), self->grid);
  gtk_widget_show_all (header);
  gtk_widget_show_all (self->grid);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
}

static gboolean
on_key_press (GtkWidget *widget, GdkEventKey *event, gpointer user_data)
{
  if (event->keyval == GDK_KEY_Escape)
    {
      gtk_window_close (GTK_WINDOW (widget));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
cg_preferences_window_dispose (GObject *object)
{
  g_clear_object (&CG_PREFERENCES_WINDOW (object)->settings);
  G_OBJECT_CLASS (cg_preferences_window_parent_class)->dispose (object);
}

static void
cg_preferences_window_class_init (CgPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_preferences_window_dispose;
}

static void
cg_preferences_window_init (CgPreferencesWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  build (self);
  g_signal_connect (self, "key-press-event", G_CALLBACK (on_key_press), NULL);
}

GtkWidget *
cg_preferences_window_new (GtkApplication *app)
{
  return g_object_new (CG_TYPE_PREFERENCES_WINDOW, "application", app, NULL);
}
