/* cg-gui.h: what a user sees of the guard: the tray, the history and
 * preferences windows.  It talks to the guard only through the application's
 * actions and the history store. */
#pragma once

#include "cg-application.h"

G_BEGIN_DECLS

/* Connects the GUI to @app: call before g_application_run(). */
void cg_gui_attach (CgApplication *app);

G_END_DECLS
