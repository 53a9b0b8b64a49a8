/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-keeper.c: `clipguard --keep-clipboard`, the process that goes on
 * serving the masked text after the guard quits.  On Wayland a clipboard
 * lives only as long as the client that offers it, and no clipboard manager
 * takes it over; wl-copy keeps a child for the same reason.
 *
 * It reads the text from standard input, then takes the clipboard only if it
 * still holds the guard's own text (a newer copy is never replaced; the
 * window between looking and taking is that of cg-wayland-watcher.c), says
 * "kept" on standard output, and serves until another copy replaces it. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cg-wayland-connection.h"
#include "cg-wayland-text.h"
#include "cg-wayland-watcher.h"

#define MAX_TEXT (256u << 20)

typedef struct
{
  CgWaylandConnection *connection;
  const CgDataControl *dc;
  GPtrArray *offers;       /* struct wl_proxy *, introduced so far */
  GHashTable *own_offers;  /* the offers that carry our marker */
  gboolean clipboard_ours; /* the clipboard now holds guard's text */
  GBytes *text;
  struct wl_proxy *source;
  GMainLoop *loop;
} Keeper;

static void
on_offer_mime_type (void *data, struct wl_proxy *offer, const char *mime_type)
{
  Keeper *k = data;

  if (strcmp (mime_type, CG_DATA_CONTROL_OWN_MIME) == 0)
    g_hash_table_add (k->own_offers, offer);
}

static const CgDcOfferListener offer_listener = { on_offer_mime_type };

static void
on_data_offer (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
  Keeper *k = data;

  cg_data_control_offer_listen (offer, &offer_listener, k);
  g_ptr_array_add (k->offers, offer);
}

static void
on_selection (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
  Keeper *k = data;

  k->clipboard_ours = offer != NULL && g_hash_table_contains (k->own_offers, offer);
}

static void
on_primary_selection (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
}

static void
on_finished (void *data, struct wl_proxy *device)
{
  g_main_loop_quit (((Keeper *) data)->loop);
}

static const CgDcDeviceListener device_listener
    = { on_data_offer, on_selection, on_finished, on_primary_selection };

static void
on_send (void *data, struct wl_proxy *source, const char *mime_type, int32_t fd)
{
  cg_wayland_text_send (((Keeper *) data)->text, mime_type, fd);
}

/* Another copy: the masked text is no longer the clipboard. */
static void
on_cancelled (void *data, struct wl_proxy *source)
{
  g_main_loop_quit (((Keeper *) data)->loop);
}

static const CgDcSourceListener source_listener = { on_send, on_cancelled };

static gboolean
on_lost (gpointer data)
{
  g_main_loop_quit (((Keeper *) data)->loop);
  return G_SOURCE_REMOVE;
}

static GBytes *
read_all (int fd)
{
  GByteArray *buf = g_byte_array_new ();
  guint8 block[65536];

  for (;;)
    {
      gssize n = read (fd, block, sizeof block);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0 || buf->len + (gsize) n > MAX_TEXT)
        break;
      g_byte_array_append (buf, block, (guint) n);
    }
  return g_byte_array_free_to_bytes (buf);
}

int
cg_wayland_keeper_run (int in_fd, int out_fd)
{
  g_autoptr (GError) error = NULL;
  Keeper k = { 0 };
  struct wl_proxy *device;

  signal (SIGPIPE, SIG_IGN);
  /* out of the guard's session and terminal: it outlives them */
  setsid ();
  k.text = read_all (in_fd);
  close (in_fd);
  k.connection = cg_wayland_connection_new (NULL, &error);
  if (k.connection == NULL)
    {
      g_printerr ("clipguard --keep-clipboard: %s\n", error->message);
      return 1;
    }
  k.dc = cg_wayland_connection_get_protocol (k.connection);
  k.offers = g_ptr_array_new_with_free_func ((GDestroyNotify) k.dc->offer_destroy);
  k.own_offers = g_hash_table_new (NULL, NULL);
  device = k.dc->get_data_device (cg_wayland_connection_get_manager (k.connection),
                                  cg_wayland_connection_get_seat (k.connection));
  cg_data_control_device_listen (device, &device_listener, &k);
  if (!cg_wayland_connection_roundtrip (k.connection) || !k.clipboard_ours)
    {
      /* a newer copy is on the clipboard: it is not ours to replace */
      g_debug ("not keeping the clipboard: it no longer holds clipguard's text");
      return 0;
    }
  k.source = k.dc->create_data_source (cg_wayland_connection_get_manager (k.connection));
  cg_data_control_source_listen (k.source, &source_listener, &k);
  for (guint i = 0; cg_wayland_text_types[i] != NULL; i++)
    k.dc->source_offer (k.source, cg_wayland_text_types[i]);
  k.dc->source_offer (k.source, CG_DATA_CONTROL_OWN_MIME);
  k.dc->set_selection (device, k.source);
  if (!cg_wayland_connection_roundtrip (k.connection))
    return 1;
  if (write (out_fd, "kept\n", 5) != 5)
    g_debug ("the guard did not wait for the keeper");
  close (out_fd);
  k.loop = g_main_loop_new (NULL, FALSE);
  cg_wayland_connection_attach (k.connection, on_lost, &k);
  g_main_loop_run (k.loop);
  /* the process ends here: the compositor frees what is left */
  return 0;
}
