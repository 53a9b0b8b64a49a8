/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-window-notifier.c: one small window at a time, replaced by the next.  A
 * warning stays until answered (or until its copy is gone); a notice or a
 * confirmation closes after a while.  It does not take the keyboard focus
 * from what the user was typing in. */
#include "config.h"

#include "cg-window-notifier.h"

#include <glib/gi18n.h>

#define NOTICE_SECONDS 10

struct _CgWindowNotifier
{
  GObject parent_instance;
  GtkApplication *app;
  char *icon;
  char *warning_icon;
  GtkWidget *window;
  guint64 tag;
  guint close_id;
};

static void cg_window_notifier_iface_init (CgNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgWindowNotifier, cg_window_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_NOTIFIER,
                                                      cg_window_notifier_iface_init))

static void
close_window (CgWindowNotifier *self)
{
  g_clear_handle_id (&self->close_id, g_source_remove);
  if (self->window != NULL)
    gtk_widget_destroy (self->window);
  g_clear_object (&self->window);
}

static void
on_button (GtkButton *button, gpointer user_data)
{
  CgWindowNotifier *self = user_data;
  g_autofree char *key = g_strdup (g_object_get_data (G_OBJECT (button), "key"));
  guint64 tag = self->tag;

  close_window (self);
  g_signal_emit_by_name (self, "action", key, tag);
}

static gboolean
on_close_timeout (gpointer user_data)
{
  CgWindowNotifier *self = user_data;

  self->close_id = 0;
  close_window (self);
  return G_SOURCE_REMOVE;
}

static void
on_window_destroy (GtkWidget *window, gpointer user_data)
{
  CgWindowNotifier *self = user_data;

  if (self->window == window)
    {
      g_clear_handle_id (&self->close_id, g_source_remove);
      g_clear_object (&self->window);
    }
}

static GtkWidget *
icon_image (const char *icon)
{
  GtkWidget *image;

  if (icon != NULL && g_path_is_absolute (icon))
    {
      g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file_at_size (icon, 48, 48, NULL);
      if (pixbuf != NULL)
        return gtk_image_new_from_pixbuf (pixbuf);
    }
  image = gtk_image_new_from_icon_name (icon != NULL ? icon : APP_ID, GTK_ICON_SIZE_DIALOG);
  gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
  return image;
}

static gboolean
cg_window_notifier_has_actions (CgNotifier *notifier)
{
  return TRUE;
}

static gboolean
cg_window_notifier_show (CgNotifier *notifier, const CgNotice *notice)
{
  CgWindowNotifier *self = CG_WINDOW_NOTIFIER (notifier);
  gboolean warning = notice->kind == CG_NOTICE_WARNING;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *body = gtk_label_new (notice->body);
  GtkWidget *buttons = gtk_button_box_new (GTK_ORIENTATION_HORIZONTAL);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", notice->summary);

  close_window (self);
  self->tag = notice->tag;
  self->window = g_object_ref_sink (gtk_application_window_new (self->app));
  gtk_window_set_title (GTK_WINDOW (self->window), notice->summary);
  gtk_window_set_resizable (GTK_WINDOW (self->window), FALSE);
  gtk_window_set_keep_above (GTK_WINDOW (self->window), TRUE);
  gtk_window_set_focus_on_map (GTK_WINDOW (self->window), FALSE);
  gtk_window_set_urgency_hint (GTK_WINDOW (self->window), warning);
  gtk_window_set_type_hint (GTK_WINDOW (self->window), GDK_WINDOW_TYPE_HINT_DIALOG);
  gtk_window_set_position (GTK_WINDOW (self->window), GTK_WIN_POS_CENTER);
  gtk_widget_set_name (self->window, "clipguard-notice");

  gtk_label_set_markup (GTK_LABEL (summary), markup);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_line_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_line_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 52);
  gtk_label_set_selectable (GTK_LABEL (body), FALSE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 16);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  g_object_set (grid, "margin", 18, NULL);
  gtk_grid_attach (GTK_GRID (grid), icon_image (warning ? self->warning_icon : self->icon), 0, 0, 1,
                   2);
  gtk_grid_attach (GTK_GRID (grid), summary, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), body, 1, 1, 1, 1);
  gtk_button_box_set_layout (GTK_BUTTON_BOX (buttons), GTK_BUTTONBOX_END);
  gtk_box_set_spacing (GTK_BOX (buttons), 6);
  for (guint i = 0; i < notice->n_actions; i++)
    {
      GtkWidget *b = gtk_button_new_with_label (notice->actions[i].label);
      g_object_set_data_full (G_OBJECT (b), "key", g_strdup (notice->actions[i].key), g_free);
      g_signal_connect (b, "clicked", G_CALLBACK (on_button), self);
      if (i == 0 && warning)
        gtk_style_context_add_class (gtk_widget_get_style_context (b), "suggested-action");
      gtk_container_add (GTK_CONTAINER (buttons), b);
    }
  if (notice->n_actions == 0 || !warning)
    {
      GtkWidget *b = gtk_button_new_with_mnemonic (_ ("_Close"));
      g_signal_connect_swapped (b, "clicked", G_CALLBACK (close_window), self);
      gtk_container_add (GTK_CONTAINER (buttons), b);
    }
  gtk_grid_attach (GTK_GRID (grid), buttons, 0, 2, 2, 1);
  gtk_container_add (GTK_CONTAINER (self->window), grid);
  g_signal_connect (self->window, "destroy", G_CALLBACK (on_window_destroy), self);
  gtk_widget_show_all (self->window);
  if (!warning)
    self->close_id = g_timeout_add_seconds (NOTICE_SECONDS, on_close_timeout, self);
  return TRUE;
}

static void
cg_window_notifier_withdraw (CgNotifier *notifier, guint64 tag)
{
  CgWindowNotifier *self = CG_WINDOW_NOTIFIER (notifier);

  if (self->window != NULL && self->tag == tag)
    close_window (self);
}

static void
cg_window_notifier_iface_init (CgNotifierInterface *iface)
{
  iface->has_actions = cg_window_notifier_has_actions;
  iface->show = cg_window_notifier_show;
  iface->withdraw = cg_window_notifier_withdraw;
}

static void
cg_window_notifier_dispose (GObject *object)
{
  CgWindowNotifier *self = CG_WINDOW_NOTIFIER (object);

  close_window (self);
  g_clear_object (&self->app);
  G_OBJECT_CLASS (cg_window_notifier_parent_class)->dispose (object);
}

static void
cg_window_notifier_finalize (GObject *object)
{
  CgWindowNotifier *self = CG_WINDOW_NOTIFIER (object);

  g_free (self->icon);
  g_free (self->warning_icon);
  G_OBJECT_CLASS (cg_window_notifier_parent_class)->finalize (object);
}

static void
cg_window_notifier_class_init (CgWindowNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_window_notifier_dispose;
  G_OBJECT_CLASS (klass)->finalize = cg_window_notifier_finalize;
}

static void
cg_window_notifier_init (CgWindowNotifier *self)
{
}

CgNotifier *
cg_window_notifier_new (GtkApplication *app, const char *icon, const char *warning_icon)
{
  CgWindowNotifier *self = g_object_new (CG_TYPE_WINDOW_NOTIFIER, NULL);

  self->app = g_object_ref (app);
  self->icon = g_strdup (icon);
  self->warning_icon = g_strdup (warning_icon);
  return CG_NOTIFIER (self);
}
