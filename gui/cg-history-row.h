/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history-row.h: one history entry as a list row, with what can still be
 * done about it (the application's actions mask-entry, allow-entry,
 * forget-entry).  The history window and the main window show the same rows. */
#pragma once

#include <gtk/gtk.h>

#include "cg-history.h"

G_BEGIN_DECLS

/* @warning_entry: the entry whose copy is still on the clipboard with an
 * unanswered warning (only it can be masked), or 0. */
GtkWidget *cg_history_row_new (const CgHistoryEntry *entry, guint64 warning_entry);
/* What the row's search text is (casefolded), for filtering. */
const char *cg_history_row_get_search_text (GtkListBoxRow *row);
/* The time of an entry in the locale's format. */
char *cg_history_format_time (gint64 time);

G_END_DECLS
