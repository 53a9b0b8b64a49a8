/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-main-window.h: what the menu entry and a second start open: whether the
 * guard is on, paused or until when, what it looks for, the last warnings
 * with what can still be done, and the way to pause, the history and the
 * preferences.  It is the way in where no tray shows. */
#pragma once

#include <gtk/gtk.h>

#include "cg-history.h"

G_BEGIN_DECLS

#define CG_TYPE_MAIN_WINDOW (cg_main_window_get_type ())
G_DECLARE_FINAL_TYPE (CgMainWindow, cg_main_window, CG, MAIN_WINDOW, GtkApplicationWindow)

GtkWidget *cg_main_window_new (GtkApplication *app, GSettings *settings, CgHistory *history);

G_END_DECLS
