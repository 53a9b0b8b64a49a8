/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-connection.h: a Wayland connection of clipguard's own (not
 * GDK's), the globals the clipboard needs (a seat and a data-control
 * manager), and a GSource that dispatches its events in a GLib main loop. */
#pragma once

#include <gio/gio.h>
#include <wayland-client.h>

#include "cg-data-control.h"

G_BEGIN_DECLS

typedef struct _CgWaylandConnection CgWaylandConnection;

/* Connects to @display_name (NULL: $WAYLAND_DISPLAY) and binds a seat and the
 * best data-control manager the compositor offers.  NULL with @error
 * (G_IO_ERROR_NOT_CONNECTED: no Wayland display; G_IO_ERROR_NOT_SUPPORTED: no
 * data-control protocol, as on GNOME's mutter). */
CgWaylandConnection *cg_wayland_connection_new (const char *display_name, GError **error);
void cg_wayland_connection_free (CgWaylandConnection *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgWaylandConnection, cg_wayland_connection_free)

struct wl_display *cg_wayland_connection_get_display (CgWaylandConnection *self);
const CgDataControl *cg_wayland_connection_get_protocol (CgWaylandConnection *self);
struct wl_proxy *cg_wayland_connection_get_manager (CgWaylandConnection *self);
struct wl_seat *cg_wayland_connection_get_seat (CgWaylandConnection *self);
/* Whether the bound manager has the primary selection. */
gboolean cg_wayland_connection_has_primary (CgWaylandConnection *self);

/* Dispatches the connection's events from the thread-default main context;
 * @lost is called once when the compositor goes away. */
void cg_wayland_connection_attach (CgWaylandConnection *self, GSourceFunc lost, gpointer data);

/* Sends what is queued and dispatches every event the compositor sent
 * before it answered; FALSE when the connection is broken. */
gboolean cg_wayland_connection_roundtrip (CgWaylandConnection *self);

G_END_DECLS
