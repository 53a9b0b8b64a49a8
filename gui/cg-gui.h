/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-gui.h: what a user sees of the guard: the tray, the history and
 * preferences windows.  It talks to the guard only through the application's
 * actions and reads the history store. */
#pragma once

#include <gtk/gtk.h>

#include "cg-allow-list.h"
#include "cg-history.h"

G_BEGIN_DECLS

typedef struct _CgGui CgGui;

/* Adds the GUI's actions to @app (show-main, show-history,
 * show-preferences, start-at-login) and shows the tray.  Call once the guard
 * runs.  @settings: of the schema nl.clipguard.ClipGuard. */
CgGui *cg_gui_new (GtkApplication *app, GSettings *settings, CgHistory *history,
                   CgAllowList *allow);
void cg_gui_free (CgGui *gui);
/* The organisation's rules in force, for the preferences' list. */
void cg_gui_set_rules (CgGui *gui, CgRules *rules);

/* Esc closes @window, as in GNOME's dialogs and utility windows. */
void cg_gui_close_on_escape (GtkWindow *window);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgGui, cg_gui_free)

G_END_DECLS
