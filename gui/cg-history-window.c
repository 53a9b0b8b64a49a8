/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history-window.c: one row per warning, newest first: when, what was
 * found, a masked preview, what happened.  A search field filters the rows;
 * "Clear history" asks first.  Everything is reachable by keyboard. */
#include "config.h"

#include "cg-history-window.h"

#include <glib/gi18n.h>

#include "cg-summary.h"

struct _CgHistoryWindow
{
  GtkApplicationWindow parent_instance;
  CgHistory *history;
  GtkWidget *search;
  GtkWidget *list;
  GtkWidget *stack;
  GtkWidget *clear_button;
};

G_DEFINE_FINAL_TYPE (CgHistoryWindow, cg_history_window, GTK_TYPE_APPLICATION_WINDOW)

static char *
describe_found (const CgHistoryEntry *e)
{
  GString *s = g_string_new (NULL);

  if (e->n_bsn > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u BSN", "%u BSNs", e->n_bsn),
                            e->n_bsn);
  if (e->n_iban > 0)
    {
      if (s->len)
        g_string_append (s, ", ");
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u IBAN", "%u IBANs", e->n_iban),
                              e->n_iban);
    }
  if (e->n_address > 0)
    {
      if (s->len)
        g_string_append (s, ", ");
      g_string_append_printf (
          s, g_dngettext (GETTEXT_PACKAGE, "%u address", "%u addresses", e->n_address),
          e->n_address);
    }
  if (s->len == 0)
    g_string_append (s, _ ("Not checked"));
  return g_string_free (s, FALSE);
}

static GtkWidget *
label (const char *text, const char *style, gboolean expand)
{
  GtkWidget *l = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_ellipsize (GTK_LABEL (l), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (l, expand);
  if (style != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (l), style);
  return l;
}

static GtkWidget *
make_row (const CgHistoryEntry *e)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (e->time);
  g_autofree char *time_text = g_date_time_format (when, "%d-%m-%Y %H:%M");
  g_autofree char *found = describe_found (e);
  g_autofree char *rendered = cg_summary_render_preview (e->preview);
  g_auto (GStrv) lines = g_strsplit (rendered, "\n", -1);
  g_autofree char *preview = g_strjoinv ("  ·  ", lines);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *search_text = NULL;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  g_object_set (grid, "margin", 8, NULL);
  gtk_grid_attach (GTK_GRID (grid), label (time_text, "dim-label", FALSE), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), label (found, NULL, TRUE), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), label (cg_outcome_describe (e->outcome), NULL, FALSE), 2, 0, 1,
                   1);
  gtk_grid_attach (GTK_GRID (grid), label (preview, "dim-label", TRUE), 1, 1, 2, 1);
  gtk_container_add (GTK_CONTAINER (row), grid);
  search_text = g_strjoin (" ", time_text, found, cg_outcome_describe (e->outcome), preview, NULL);
  g_object_set_data_full (G_OBJECT (row), "search-text", g_utf8_casefold (search_text, -1), g_free);
  return row;
}

static void
fill (CgHistoryWindow *self)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (self->history);
  GList *children = gtk_container_get_children (GTK_CONTAINER (self->list));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  g_list_free (children);
  for (guint i = 0; i < entries->len; i++)
    gtk_container_add (GTK_CONTAINER (self->list), make_row (g_ptr_array_index (entries, i)));
  gtk_widget_show_all (self->list);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), entries->len ? "list" : "empty");
  gtk_widget_set_sensitive (self->clear_button, entries->len > 0);
}

static gboolean
filter_row (GtkListBoxRow *row, gpointer user_data)
{
  CgHistoryWindow *self = user_data;
  const char *query = gtk_entry_get_text (GTK_ENTRY (self->search));
  g_autofree char *folded = NULL;

  if (query[0] == '\0')
    return TRUE;
  folded = g_utf8_casefold (query, -1);
  return strstr (g_object_get_data (G_OBJECT (row), "search-text"), folded) != NULL;
}

static void
on_search_changed (GtkSearchEntry *entry, gpointer user_data)
{
  CgHistoryWindow *self = user_data;

  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

static void
on_clear_response (GtkDialog *dialog, int response, gpointer user_data)
{
  CgHistoryWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    cg_history_clear (self->history);
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
on_clear_clicked (GtkButton *button, gpointer user_data)
{
  CgHistoryWindow *self = user_data;
  GtkWidget *dialog = gtk_message_dialog_new (
      GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
      GTK_BUTTONS_NONE, _ ("Clear the whole history?"));

  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s",
      _ ("The list of past warnings is removed. This cannot be undone."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL, _ ("C_lear"),
                          GTK_RESPONSE_ACCEPT, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (gtk_dialog_get_widget_for_response (
                                   GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT)),
                               "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_clear_response), self);
  gtk_widget_show (dialog);
}

static void
on_history_changed (CgHistory *history, gpointer user_data)
{
  fill (user_data);
}

static gboolean
on_key_press (GtkWidget *widget, GdkEventKey *event, gpointer user_data)
{
  CgHistoryWindow *self = user_data;

  if (event->keyval == GDK_KEY_Escape)
    {
      gtk_window_close (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    }
  return gtk_search_entry_handle_event (GTK_SEARCH_ENTRY (self->search), (GdkEvent *) event);
}

static void
build (CgHistoryWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new (NULL, NULL);
  GtkWidget *empty = gtk_label_new (_ ("No warnings yet."));

  gtk_header_bar_set_title (GTK_HEADER_BAR (header), _ ("clipguard history"));
  gtk_header_bar_set_show_close_button (GTK_HEADER_BAR (header), TRUE);
  self->clear_button = gtk_button_new_with_mnemonic (_ ("_Clear history…"));
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->clear_button);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->search = gtk_search_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->search), _ ("Search history"));
  g_object_set (self->search, "margin", 6, NULL);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_BROWSE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_row, self, NULL);
  gtk_container_add (GTK_CONTAINER (scroller), self->list);
  gtk_style_context_add_class (gtk_widget_get_style_context (empty), "dim-label");
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_pack_start (GTK_BOX (box), self->search, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), self->stack, TRUE, TRUE, 0);
  gtk_container_add (GTK_CONTAINER (self), box);
  gtk_widget_show_all (header);
  gtk_widget_show_all (box);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 440);

  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);
  g_signal_connect (self, "key-press-event", G_CALLBACK (on_key_press), self);
}

static void
cg_history_window_dispose (GObject *object)
{
  CgHistoryWindow *self = CG_HISTORY_WINDOW (object);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  G_OBJECT_CLASS (cg_history_window_parent_class)->dispose (object);
}

static void
cg_history_window_class_init (CgHistoryWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_history_window_dispose;
}

static void
cg_history_window_init (CgHistoryWindow *self)
{
  build (self);
}

GtkWidget *
cg_history_window_new (GtkApplication *app, CgHistory *history)
{
  CgHistoryWindow *self = g_object_new (CG_TYPE_HISTORY_WINDOW, "application", app, NULL);

  self->history = g_object_ref (history);
  g_signal_connect (history, "changed", G_CALLBACK (on_history_changed), self);
  fill (self);
  return GTK_WIDGET (self);
}
