/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history-window.c: one row per warning, newest first: when, what was
 * found, a masked preview, what happened, and what can still be done (mask
 * the copy still on the clipboard, always allow its values, forget the
 * entry).  A search field filters the rows; Esc clears it, then closes;
 * "Clear history" asks first.  Everything is reachable by keyboard. */
#include "config.h"

#include "cg-history-window.h"

#include <glib/gi18n.h>

#include "cg-history-row.h"

struct _CgHistoryWindow
{
  GtkApplicationWindow parent_instance;
  CgHistory *history;
  GtkWidget *search;
  GtkWidget *list;
  GtkWidget *stack;
  guint refill_id; /* a refill after changes, once the guard is done */
  GtkWidget *clear_button;
};

G_DEFINE_FINAL_TYPE (CgHistoryWindow, cg_history_window, GTK_TYPE_APPLICATION_WINDOW)

static void
fill (CgHistoryWindow *self)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (self->history);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr (GVariant) warning
      = app ? g_action_group_get_action_state (G_ACTION_GROUP (app), "warning-entry") : NULL;
  guint64 warning_entry = warning ? g_variant_get_uint64 (warning) : 0;
  GList *children = gtk_container_get_children (GTK_CONTAINER (self->list));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  g_list_free (children);
  for (guint i = 0; i < entries->len; i++)
    gtk_container_add (GTK_CONTAINER (self->list),
                       cg_history_row_new (g_ptr_array_index (entries, i), warning_entry));
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
  return strstr (cg_history_row_get_search_text (row), folded) != NULL;
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

static gboolean
refill (gpointer user_data)
{
  CgHistoryWindow *self = user_data;

  self->refill_id = 0;
  fill (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a copy adds an entry and changes the warning):
 * the rows are rebuilt once, after the guard has sent its notification. */
static void
schedule_fill (CgHistoryWindow *self)
{
  if (self->refill_id == 0)
    self->refill_id = g_idle_add (refill, self);
}

static void
on_history_changed (CgHistory *history, gpointer user_data)
{
  schedule_fill (user_data);
}

static void
on_action_state_changed (GActionGroup *group, const char *name, GVariant *state, gpointer user_data)
{
  if (g_str_equal (name, "warning-entry"))
    schedule_fill (user_data);
}

static gboolean
on_key_press (GtkWidget *widget, GdkEventKey *event, gpointer user_data)
{
  CgHistoryWindow *self = user_data;

  if (event->keyval == GDK_KEY_Escape)
    {
      /* the first Esc clears a search, the next closes */
      if (gtk_entry_get_text (GTK_ENTRY (self->search))[0] != '\0')
        gtk_entry_set_text (GTK_ENTRY (self->search), "");
      else
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

  gtk_header_bar_set_title (GTK_HEADER_BAR (header), _ ("History — clipguard"));
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
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 480);

  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);
  g_signal_connect (self, "key-press-event", G_CALLBACK (on_key_press), self);
}

static void
cg_history_window_dispose (GObject *object)
{
  CgHistoryWindow *self = CG_HISTORY_WINDOW (object);

  g_clear_handle_id (&self->refill_id, g_source_remove);
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
  g_signal_connect_object (app, "action-state-changed", G_CALLBACK (on_action_state_changed), self,
                           0);
  gtk_window_set_icon_name (GTK_WINDOW (self), APP_ID);
  fill (self);
  return GTK_WIDGET (self);
}
