/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-connection.c: the connection, its globals and its GSource.
 *
 * The GSource follows libwayland's reading protocol: prepare announces a
 * read (dispatching what is queued first), check reads or cancels, dispatch
 * dispatches.  Every prepare_read is balanced in the same iteration, so a
 * roundtrip made while dispatching (cg_wayland_connection_roundtrip()) never
 * waits on a read of its own. */
#include "config.h"

#include "cg-wayland-connection.h"

#include <errno.h>
#include <string.h>

struct _CgWaylandConnection
{
  struct wl_display *display;
  struct wl_registry *registry;
  struct wl_seat *seat;
  struct wl_proxy *manager;
  const CgDataControl *protocol;
  guint32 version;
  GSource *source;
};

/* ---- globals ------------------------------------------------------------ */

static void
on_global (void *data, struct wl_registry *registry, uint32_t name, const char *interface,
           uint32_t version)
{
  CgWaylandConnection *self = data;
  const CgDataControl *candidates[] = { &cg_data_control_ext, &cg_data_control_wlr };

  /* The first seat: a desktop has one. */
  if (self->seat == NULL && strcmp (interface, wl_seat_interface.name) == 0)
    {
      self->seat = wl_registry_bind (registry, name, &wl_seat_interface, 1);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const CgDataControl *p = candidates[i];

      /* ext is preferred; a compositor with both may announce them in any
       * order */
      if (strcmp (interface, p->manager_interface->name) != 0
          || (p == &cg_data_control_wlr && self->manager != NULL))
        continue;
      if (self->manager != NULL)
        self->protocol->manager_destroy (self->manager);
      self->version = MIN (version, p->max_version);
      self->manager = wl_registry_bind (registry, name, p->manager_interface, self->version);
      self->protocol = p;
    }
}

static void
on_global_remove (void *data, struct wl_registry *registry, uint32_t name)
{
}

static const struct wl_registry_listener registry_listener = { on_global, on_global_remove };

CgWaylandConnection *
cg_wayland_connection_new (const char *display_name, GError **error)
{
  g_autoptr (CgWaylandConnection) self = g_new0 (CgWaylandConnection, 1);
  const char *name = display_name ? display_name : g_getenv ("WAYLAND_DISPLAY");

  if (name == NULL || *name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                           "WAYLAND_DISPLAY is not set");
      return NULL;
    }
  self->display = wl_display_connect (name);
  if (self->display == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                   "Cannot connect to the Wayland display “%s”: %s", name, g_strerror (errno));
      return NULL;
    }
  self->registry = wl_display_get_registry (self->display);
  wl_registry_add_listener (self->registry, &registry_listener, self);
  if (wl_display_roundtrip (self->display) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE,
                   "The Wayland display “%s” closed the connection", name);
      return NULL;
    }
  if (self->manager == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "The Wayland compositor offers no data-control protocol "
                   "(ext-data-control-v1 or wlr-data-control-unstable-v1)");
      return NULL;
    }
  if (self->seat == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "The Wayland compositor has no seat");
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
cg_wayland_connection_free (CgWaylandConnection *self)
{
  if (self == NULL)
    return;
  if (self->source != NULL)
    {
      g_source_destroy (self->source);
      g_source_unref (self->source);
    }
  if (self->manager != NULL)
    self->protocol->manager_destroy (self->manager);
  if (self->seat != NULL)
    wl_seat_destroy (self->seat);
  if (self->registry != NULL)
    wl_registry_destroy (self->registry);
  if (self->display != NULL)
    {
      wl_display_flush (self->display);
      wl_display_disconnect (self->display);
    }
  g_free (self);
}

struct wl_display *
cg_wayland_connection_get_display (CgWaylandConnection *self)
{
  return self->display;
}

const CgDataControl *
cg_wayland_connection_get_protocol (CgWaylandConnection *self)
{
  return self->protocol;
}

struct wl_proxy *
cg_wayland_connection_get_manager (CgWaylandConnection *self)
{
  return self->manager;
}

struct wl_seat *
cg_wayland_connection_get_seat (CgWaylandConnection *self)
{
  return self->seat;
}

gboolean
cg_wayland_connection_has_primary (CgWaylandConnection *self)
{
  return self->version >= self->protocol->primary_since;
}

gboolean
cg_wayland_connection_roundtrip (CgWaylandConnection *self)
{
  return wl_display_roundtrip (self->display) >= 0;
}

/* ---- the GSource -------------------------------------------------------- */

typedef struct
{
  GSource source;
  struct wl_display *display;
  gpointer fd_tag;
  gboolean reading; /* a prepare_read waits for its read or cancel */
  gboolean lost;
  GSourceFunc lost_func;
  gpointer lost_data;
} WaylandSource;

static gboolean
wayland_source_prepare (GSource *source, gint *timeout)
{
  WaylandSource *ws = (WaylandSource *) source;

  *timeout = -1;
  if (ws->lost || ws->reading)
    return FALSE;
  /* Non-zero: events are queued already; dispatch them first. */
  if (wl_display_prepare_read (ws->display) != 0)
    return TRUE;
  ws->reading = TRUE;
  /* A full socket buffer (EAGAIN) is flushed on a later turn. */
  if (wl_display_flush (ws->display) < 0 && errno != EAGAIN)
    {
      wl_display_cancel_read (ws->display);
      ws->reading = FALSE;
      ws->lost = TRUE;
      return TRUE;
    }
  return FALSE;
}

static gboolean
wayland_source_check (GSource *source)
{
  WaylandSource *ws = (WaylandSource *) source;
  GIOCondition revents = g_source_query_unix_fd (source, ws->fd_tag);

  if (ws->reading)
    {
      ws->reading = FALSE;
      if (revents & G_IO_IN)
        {
          if (wl_display_read_events (ws->display) < 0)
            ws->lost = TRUE;
        }
      else
        wl_display_cancel_read (ws->display);
    }
  if (revents & (G_IO_ERR | G_IO_HUP))
    ws->lost = TRUE;
  return ws->lost || (revents & G_IO_IN);
}

static gboolean
wayland_source_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  WaylandSource *ws = (WaylandSource *) source;

  if (!ws->lost && wl_display_dispatch_pending (ws->display) < 0)
    ws->lost = TRUE;
  if (ws->lost)
    {
      if (ws->lost_func != NULL)
        ws->lost_func (ws->lost_data);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
wayland_source_finalize (GSource *source)
{
  WaylandSource *ws = (WaylandSource *) source;

  if (ws->reading)
    wl_display_cancel_read (ws->display);
}

static GSourceFuncs wayland_source_funcs = { wayland_source_prepare,
                                             wayland_source_check,
                                             wayland_source_dispatch,
                                             wayland_source_finalize,
                                             NULL,
                                             NULL };

void
cg_wayland_connection_attach (CgWaylandConnection *self, GSourceFunc lost, gpointer data)
{
  WaylandSource *ws;

  g_return_if_fail (self->source == NULL);
  self->source = g_source_new (&wayland_source_funcs, sizeof (WaylandSource));
  ws = (WaylandSource *) self->source;
  ws->display = self->display;
  ws->lost_func = lost;
  ws->lost_data = data;
  ws->fd_tag = g_source_add_unix_fd (self->source, wl_display_get_fd (self->display),
                                     G_IO_IN | G_IO_ERR | G_IO_HUP);
  g_source_set_name (self->source, "clipguard Wayland");
  g_source_attach (self->source, g_main_context_get_thread_default ());
}
