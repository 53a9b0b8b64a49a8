/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-window-notifier.h: notices in a small window of clipguard's own, for
 * desktops where no notification server answers (or one without buttons):
 * a warning must be seen and answered there too. */
#pragma once

#include <gtk/gtk.h>

#include "cg-notifier.h"

G_BEGIN_DECLS

#define CG_TYPE_WINDOW_NOTIFIER (cg_window_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CgWindowNotifier, cg_window_notifier, CG, WINDOW_NOTIFIER, GObject)

/* @warning_icon: an icon name or the path of an image, for warnings. */
CgNotifier *cg_window_notifier_new (GtkApplication *app, const char *icon,
                                    const char *warning_icon);

G_END_DECLS
