/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-watcher.h: the clipboard watcher for Wayland compositors with a
 * data-control protocol (KDE Plasma, sway and other wlroots compositors,
 * Hyprland), on a connection of its own, whatever GTK draws its windows
 * with.  GNOME's mutter has none: there the X11 watcher works through
 * XWayland. */
#pragma once

#include "cg-clipboard-watcher.h"

G_BEGIN_DECLS

#define CG_TYPE_WAYLAND_WATCHER (cg_wayland_watcher_get_type ())
G_DECLARE_FINAL_TYPE (CgWaylandWatcher, cg_wayland_watcher, CG, WAYLAND_WATCHER, GObject)

/* Connects to @display_name (NULL: $WAYLAND_DISPLAY).  NULL with @error when
 * there is no Wayland display (G_IO_ERROR_NOT_CONNECTED) or it offers no
 * data-control protocol (G_IO_ERROR_NOT_SUPPORTED). */
CgClipboardWatcher *cg_wayland_watcher_new (const char *display_name, GError **error);

/* The protocol in use, for the log: "ext-data-control-v1" or
 * "wlr-data-control-unstable-v1". */
const char *cg_wayland_watcher_get_protocol (CgWaylandWatcher *self);

/* The mode `clipguard --keep-clipboard` runs in (see cg-wayland-keeper.c):
 * serves the text read from @in_fd on the clipboard until another copy
 * replaces it, provided the clipboard still holds the guard's own text when
 * it starts.  Writes "kept\n" to @out_fd once it serves.  Returns the exit
 * status. */
int cg_wayland_keeper_run (int in_fd, int out_fd);

G_END_DECLS
