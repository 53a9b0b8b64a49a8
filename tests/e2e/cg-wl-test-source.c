/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wl-test-source.c: a Wayland clipboard source for the end-to-end tests
 * that offers any mime types, like a password manager
 * (x-kde-passwordManagerHint) or an image editor would; wl-copy offers one
 * type only.  It takes the selection through data-control (no focus needed,
 * as on a headless compositor), prints "owning", prints "served TYPE" at
 * every read, and serves until another copy replaces it.
 *
 * A hostile source for the reader's bounds: --hang never answers a read (the
 * pipe stays open, nothing comes), --endless writes without end.
 *
 * usage: cg-wl-test-source [--primary] [--hang|--endless] TYPE::VALUE...
 *        (VALUE "@FILE" reads FILE; "::" since mime types hold '=':
 *        text/plain;charset=utf-8)
 */
#include <errno.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cg-wayland-connection.h"

typedef struct
{
  GHashTable *values; /* mime type -> GBytes */
  GMainLoop *loop;
  gboolean announced; /* "owning" is printed */
  GPtrArray *early;   /* reads asked for before that: "TYPE", fd, ... */
  gboolean hang;
  gboolean endless;
  GPtrArray *held; /* fds of reads never answered (--hang) */
} Source;

static gboolean
write_more (gint fd, GIOCondition condition, gpointer data)
{
  static const char chunk[4096] = { 'x' };

  if (condition & (G_IO_ERR | G_IO_HUP))
    {
      close (fd);
      return G_SOURCE_REMOVE;
    }
  if (write (fd, chunk, sizeof chunk) < 0 && errno != EAGAIN)
    {
      close (fd);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void serve (Source *s, const char *mime_type, int fd);

static void
on_send (void *data, struct wl_proxy *proxy, const char *mime_type, int32_t fd)
{
  Source *s = data;

  /* the test reads "owning" first, then what was served */
  if (!s->announced)
    {
      g_ptr_array_add (s->early, g_strdup (mime_type));
      g_ptr_array_add (s->early, GINT_TO_POINTER (fd));
      return;
    }
  serve (s, mime_type, fd);
}

static void
serve (Source *s, const char *mime_type, int fd)
{
  GBytes *value = g_hash_table_lookup (s->values, mime_type);

  printf ("asked %s\n", mime_type);
  fflush (stdout);
  if (s->hang)
    {
      g_ptr_array_add (s->held, GINT_TO_POINTER (fd));
      return;
    }
  if (s->endless)
    {
      g_unix_set_fd_nonblocking (fd, TRUE, NULL);
      g_unix_fd_add (fd, G_IO_OUT | G_IO_ERR | G_IO_HUP, write_more, NULL);
      return;
    }
  gsize len = 0;
  const char *bytes = value ? g_bytes_get_data (value, &len) : "";

  /* small values in tests: a blocking write is fine */
  for (gsize done = 0; done < len;)
    {
      gssize n = write (fd, bytes + done, len - done);
      if (n <= 0)
        break;
      done += (gsize) n;
    }
  close (fd);
  printf ("served %s\n", mime_type);
  fflush (stdout);
}

static void
on_cancelled (void *data, struct wl_proxy *proxy)
{
  g_main_loop_quit (((Source *) data)->loop);
}

static const CgDcSourceListener source_listener = { on_send, on_cancelled };

static void
on_data_offer (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
}

static void
on_selection (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
}

static void
on_finished (void *data, struct wl_proxy *device)
{
}

static const CgDcDeviceListener device_listener
    = { on_data_offer, on_selection, on_finished, on_selection };

static gboolean
on_lost (gpointer data)
{
  g_main_loop_quit (((Source *) data)->loop);
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer data)
{
  g_main_loop_quit (((Source *) data)->loop);
  return G_SOURCE_REMOVE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CgWaylandConnection) connection = NULL;
  const CgDataControl *dc;
  struct wl_proxy *device, *proxy;
  Source s = { g_hash_table_new (g_str_hash, g_str_equal), g_main_loop_new (NULL, FALSE), FALSE,
               g_ptr_array_new () };
  gboolean primary = FALSE;
  GPtrArray *types = g_ptr_array_new ();
  int first = 1;

  signal (SIGPIPE, SIG_IGN);
  s.held = g_ptr_array_new ();
  for (; first < argc && g_str_has_prefix (argv[first], "--"); first++)
    {
      primary |= strcmp (argv[first], "--primary") == 0;
      s.hang |= strcmp (argv[first], "--hang") == 0;
      s.endless |= strcmp (argv[first], "--endless") == 0;
    }
  for (int i = first; i < argc; i++)
    {
      char *sep = strstr (argv[i], "::");
      char *type;
      GBytes *value;

      if (sep == NULL)
        return 2;
      type = g_strndup (argv[i], (gsize) (sep - argv[i]));
      if (sep[2] == '@')
        {
          char *contents;
          gsize len;
          if (!g_file_get_contents (sep + 3, &contents, &len, NULL))
            return 2;
          value = g_bytes_new_take (contents, len);
        }
      else
        value = g_bytes_new (sep + 2, strlen (sep + 2));
      g_hash_table_insert (s.values, type, value);
      g_ptr_array_add (types, type);
    }
  connection = cg_wayland_connection_new (NULL, &error);
  if (connection == NULL)
    {
      g_printerr ("cg-wl-test-source: %s\n", error->message);
      return 1;
    }
  dc = cg_wayland_connection_get_protocol (connection);
  device = dc->get_data_device (cg_wayland_connection_get_manager (connection),
                                cg_wayland_connection_get_seat (connection));
  cg_data_control_device_listen (device, &device_listener, &s);
  proxy = dc->create_data_source (cg_wayland_connection_get_manager (connection));
  cg_data_control_source_listen (proxy, &source_listener, &s);
  for (guint i = 0; i < types->len; i++)
    dc->source_offer (proxy, g_ptr_array_index (types, i));
  if (primary)
    dc->set_primary_selection (device, proxy);
  else
    dc->set_selection (device, proxy);
  if (!cg_wayland_connection_roundtrip (connection))
    return 1;
  printf ("owning\n");
  fflush (stdout);
  s.announced = TRUE;
  for (guint i = 0; i + 1 < s.early->len; i += 2)
    serve (&s, g_ptr_array_index (s.early, i),
           GPOINTER_TO_INT (g_ptr_array_index (s.early, i + 1)));
  cg_wayland_connection_attach (connection, on_lost, &s);
  g_timeout_add_seconds (120, give_up, &s);
  g_main_loop_run (s.loop);
  return 0;
}
