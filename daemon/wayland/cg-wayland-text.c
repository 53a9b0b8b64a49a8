/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-text.c: text mime types, decoding, and writing pastes. */
#include "config.h"

#include "cg-wayland-text.h"

#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <string.h>
#include <unistd.h>

#include "cg-data-control.h"

#define WRITE_CHUNK 65536

const char *const cg_wayland_text_types[]
    = { "text/plain;charset=utf-8", "UTF8_STRING", "text/plain", "TEXT", "STRING", NULL };

GBytes *
cg_wayland_text_to_utf8 (const guint8 *data, gsize len, const char *mime_type)
{
  const char *bytes = (const char *) data;

  /* STRING is Latin-1; a bare text/plain is UTF-8 when it is valid */
  if (strcmp (mime_type, "STRING") == 0
      || (strcmp (mime_type, "text/plain") == 0 && !g_utf8_validate_len (bytes, len, NULL)))
    {
      gsize out_len = 0;
      char *utf8 = g_convert (bytes, (gssize) len, "UTF-8", "ISO-8859-1", NULL, &out_len, NULL);
      return utf8 != NULL ? g_bytes_new_take (utf8, out_len) : NULL;
    }
  return g_bytes_new (data, len);
}

/* Latin-1 for STRING, '?' for what it lacks; nothing for our own marker. */
static GBytes *
encode_for (GBytes *utf8, const char *mime_type)
{
  gsize len;
  const char *text = g_bytes_get_data (utf8, &len);
  GString *out;

  if (strcmp (mime_type, CG_DATA_CONTROL_OWN_MIME) == 0)
    return g_bytes_new_static ("", 0);
  if (strcmp (mime_type, "STRING") != 0 || !g_utf8_validate_len (text, len, NULL))
    return g_bytes_ref (utf8);
  out = g_string_sized_new (len);
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_c (out, c < 0x100 ? (char) c : '?');
    }
  return g_string_free_to_bytes (out);
}

typedef struct
{
  GBytes *data;
  gsize done;
} Write;

static gboolean
on_writable (gint fd, GIOCondition condition, gpointer user_data)
{
  Write *w = user_data;
  gsize len;
  const char *data = g_bytes_get_data (w->data, &len);

  while (w->done < len)
    {
      gssize n = write (fd, data + w->done, MIN (len - w->done, (gsize) WRITE_CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && errno == EAGAIN)
        return G_SOURCE_CONTINUE;
      if (n <= 0)
        break; /* the reader went away (EPIPE; SIGPIPE is ignored) */
      w->done += (gsize) n;
    }
  close (fd);
  g_bytes_unref (w->data);
  g_free (w);
  return G_SOURCE_REMOVE;
}

void
cg_wayland_text_send (GBytes *utf8, const char *mime_type, int fd)
{
  Write *w = g_new0 (Write, 1);

  w->data = encode_for (utf8, mime_type);
  g_unix_set_fd_nonblocking (fd, TRUE, NULL);
  fcntl (fd, F_SETFD, FD_CLOEXEC);
  g_unix_fd_add (fd, G_IO_OUT | G_IO_ERR | G_IO_HUP, on_writable, w);
}
