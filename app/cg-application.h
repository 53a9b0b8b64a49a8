/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-application.h: the clipguard GtkApplication: wires the guard, a
 * clipboard backend, the notifier and the GUI together. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CG_TYPE_APPLICATION (cg_application_get_type ())
G_DECLARE_FINAL_TYPE (CgApplication, cg_application, CG, APPLICATION, GtkApplication)

CgApplication *cg_application_new (void);

G_END_DECLS
