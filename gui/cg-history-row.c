/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history-row.c: a grid of when, what, what happened and a masked
 * preview, and buttons that call the application's actions with the entry's
 * id (so the guard decides, as for the tray and D-Bus). */
#include "config.h"

#include "cg-history-row.h"

#include <glib/gi18n.h>

#include "cg-summary.h"

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
  if (e->n_rule > 0)
    {
      if (s->len)
        g_string_append (s, ", ");
      /* Translators: values found by an organisation's own rules */
      g_string_append_printf (s,
                              g_dngettext (GETTEXT_PACKAGE, "%u organisation identifier",
                                           "%u organisation identifiers", e->n_rule),
                              e->n_rule);
    }
  if (e->n_confidential > 0)
    {
      if (s->len)
        g_string_append (s, ", ");
      /* Translators: tables of business figures, documents marked confidential */
      g_string_append_printf (s,
                              g_dngettext (GETTEXT_PACKAGE, "%u confidential block",
                                           "%u confidential blocks", e->n_confidential),
                              e->n_confidential);
    }
  if (s->len == 0)
    g_string_append (s, _ ("Not checked"));
  return g_string_free (s, FALSE);
}

char *
cg_history_format_time (gint64 time)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (time);

  /* Translators: a date and time of day in the history (strftime-like, see
   * g_date_time_format); %x is the locale's date */
  return g_date_time_format (when, _ ("%x %H:%M"));
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
action_button (const char *text, const char *icon, const char *tooltip, const char *action,
               guint64 id, const char *style)
{
  GtkWidget *b = icon != NULL ? gtk_button_new_from_icon_name (icon, GTK_ICON_SIZE_BUTTON)
                              : gtk_button_new_with_label (text);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (b), g_variant_new_uint64 (id));
  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (b, tooltip);
  atk_object_set_name (gtk_widget_get_accessible (b), text);
  if (style != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (b), style);
  return b;
}

GtkWidget *
cg_history_row_new (const CgHistoryEntry *e, guint64 warning_entry)
{
  g_autofree char *time_text = cg_history_format_time (e->time);
  g_autofree char *found = describe_found (e);
  g_autofree char *rendered = cg_summary_render_preview (e->preview);
  g_auto (GStrv) lines = g_strsplit (rendered, "\n", -1);
  g_autofree char *preview = g_strjoinv ("  ·  ", lines);
  g_autofree char *outcome = e->id == warning_entry && e->outcome == CG_OUTCOME_UNANSWERED
                                 ? g_strdup (_ ("Waiting for an answer"))
                                 : cg_history_entry_describe (e);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *search_text = NULL;
  g_autofree char *accessible = NULL;

  GtkWidget *found_label = label (found, NULL, TRUE);
  GtkWidget *outcome_label = label (outcome, NULL, FALSE);
  GtkWidget *time_label = label (time_text, "dim-label", FALSE);

  /* what was found and what happened on the first line, the preview and
   * when on the second: nothing short needs to be cut */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  g_object_set (grid, "margin", 8, NULL);
  gtk_label_set_ellipsize (GTK_LABEL (found_label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (outcome_label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (time_label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_xalign (GTK_LABEL (outcome_label), 1);
  gtk_label_set_xalign (GTK_LABEL (time_label), 1);
  gtk_grid_attach (GTK_GRID (grid), found_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), outcome_label, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), label (preview, "dim-label", TRUE), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), time_label, 1, 1, 1, 1);
  /* only the copy still on the clipboard can be masked */
  if (e->id == warning_entry)
    gtk_box_pack_start (GTK_BOX (buttons),
                        action_button (_ ("Mask"), NULL,
                                       _ ("Replace the personal data on the clipboard by a "
                                          "masked copy"),
                                       "app.mask-entry", e->id, "suggested-action"),
                        FALSE, FALSE, 0);
  if (e->values != NULL && e->values[0] != NULL)
    gtk_box_pack_start (GTK_BOX (buttons),
                        action_button (_ ("Always allow"), NULL,
                                       _ ("Never warn again about the values of this copy"),
                                       "app.allow-entry", e->id, NULL),
                        FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (buttons),
                      action_button (_ ("Forget this entry"), "user-trash-symbolic",
                                     _ ("Forget this entry"), "app.forget-entry", e->id, "flat"),
                      FALSE, FALSE, 0);
  gtk_grid_attach (GTK_GRID (grid), buttons, 2, 0, 1, 2);
  gtk_container_add (GTK_CONTAINER (row), grid);
  search_text = g_strjoin (" ", time_text, found, outcome, preview, NULL);
  g_object_set_data_full (G_OBJECT (row), "search-text", g_utf8_casefold (search_text, -1), g_free);
  /* Translators: how a screen reader reads a history row: time, what was
   * found, what happened, the masked preview */
  accessible = g_strdup_printf (_ ("%s: %s, %s. %s"), time_text, found, outcome, preview);
  atk_object_set_name (gtk_widget_get_accessible (row), accessible);
  return row;
}

const char *
cg_history_row_get_search_text (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "search-text");
}
