/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-libnotify-notifier.h: the notifier on org.freedesktop.Notifications,
 * through libnotify. */
#pragma once

#include "cg-notifier.h"

G_BEGIN_DECLS

#define CG_TYPE_LIBNOTIFY_NOTIFIER (cg_libnotify_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CgLibnotifyNotifier, cg_libnotify_notifier, CG, LIBNOTIFY_NOTIFIER, GObject)

/* @app_id names the desktop entry the notifications belong to; @icon (of
 * notices) and @warning_icon (of warnings) are icon names or the paths of
 * image files. */
CgNotifier *cg_libnotify_notifier_new (const char *app_id, const char *icon,
                                       const char *warning_icon);

G_END_DECLS
