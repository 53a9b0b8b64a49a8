/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-preferences-window.h: the settings, with widgets bound to GSettings. */
#pragma once

#include <gtk/gtk.h>

#include "cg-allow-list.h"

G_BEGIN_DECLS

#define CG_TYPE_PREFERENCES_WINDOW (cg_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CgPreferencesWindow, cg_preferences_window, CG, PREFERENCES_WINDOW,
                      GtkApplicationWindow)

GtkWidget *cg_preferences_window_new (GtkApplication *app, GSettings *settings, CgAllowList *allow);

/* The rules to list (NULL: none), and why those that did not load did not. */
void cg_preferences_window_set_rules (CgPreferencesWindow *self, CgRules *rules);

G_END_DECLS
