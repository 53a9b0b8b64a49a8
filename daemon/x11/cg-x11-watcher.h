/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-watcher.h: the clipboard watcher for X11 (and XWayland), on a
 * connection of its own, whatever GTK draws its windows with. */
#pragma once

#include "cg-clipboard-watcher.h"

G_BEGIN_DECLS

#define CG_TYPE_X11_WATCHER (cg_x11_watcher_get_type ())
G_DECLARE_FINAL_TYPE (CgX11Watcher, cg_x11_watcher, CG, X11_WATCHER, GObject)

/* Opens @display_name (NULL: $DISPLAY).  NULL with @error when there is no
 * X server or it lacks the XFIXES extension. */
CgClipboardWatcher *cg_x11_watcher_new (const char *display_name, GError **error);

G_END_DECLS
