/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history-window.h: the window that lists past warnings. */
#pragma once

#include <gtk/gtk.h>

#include "cg-history.h"

G_BEGIN_DECLS

#define CG_TYPE_HISTORY_WINDOW (cg_history_window_get_type ())
G_DECLARE_FINAL_TYPE (CgHistoryWindow, cg_history_window, CG, HISTORY_WINDOW, GtkApplicationWindow)

GtkWidget *cg_history_window_new (GtkApplication *app, CgHistory *history);

G_END_DECLS
