/* cg-application.h: the clipguard GtkApplication (nl.clipguard.ClipGuard). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CG_TYPE_APPLICATION (cg_application_get_type ())
G_DECLARE_FINAL_TYPE (CgApplication, cg_application, CG, APPLICATION, GtkApplication)

#include "cg-history.h"

/* Signals "show-history" and "show-preferences": the actions of those names
 * were called; the GUI (gui/cg-gui.c) opens the windows. */
CgApplication *cg_application_new (void);
/* The history store, or NULL before startup or when the guard could not start. */
CgHistory *cg_application_get_history (CgApplication *self);

G_END_DECLS
