/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-autostart.h: "Start at login", as an XDG autostart entry. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether clipguard starts at login for this user: the user's entry in
 * ~/.config/autostart if there is one, else the system-wide entry. */
gboolean cg_autostart_is_enabled (void);
/* Writes or removes the user's entry.  A system-wide entry an administrator
 * installed is never touched: the user's entry overrides it (Hidden=true). */
gboolean cg_autostart_set_enabled (gboolean enabled, GError **error);

#define CG_AUTOSTART_FILE APP_ID "-autostart.desktop"

G_END_DECLS
