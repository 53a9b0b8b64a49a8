/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scan-input.c: bounded chunks of a file or a pipe, cut at line ends. */
#include "config.h"

#include "scan-input.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define OVERLAP_LINES 3
#define OVERLAP_MAX 4096

/* Where to end a chunk of at most @want bytes of text[0, len): after the last
 * line end, so a line is never split unless it is longer than half a chunk. */
static gsize
find_cut (const char *text, gsize len, gsize want)
{
  if (len <= want)
    return len;
  for (gsize i = want; i > want / 2; i--)
    if (text[i - 1] == '\n')
      return i;
  return want;
}

/* The start of the overlap that the next chunk repeats: the last few lines
 * before @cut. */
static gsize
overlap_start (const char *text, gsize cut)
{
  gsize i = cut;
  guint lines = 0;

  while (i > 0 && cut - i < OVERLAP_MAX)
    {
      if (text[i - 1] == '\n' && i != cut && ++lines == OVERLAP_LINES)
        break;
      i--;
    }
  return i;
}

static gboolean
scan_mapped (int fd, CgChunkFunc func, gpointer user_data, GError **error)
{
  g_autoptr (GMappedFile) map = g_mapped_file_new_from_fd (fd, FALSE, error);
  const char *data;
  gsize size, report_from = 0;

  if (map == NULL)
    return FALSE;
  data = g_mapped_file_get_contents (map);
  size = g_mapped_file_get_length (map);
  while (report_from < size)
    {
      gsize start = report_from == 0 ? 0 : overlap_start (data, report_from);
      gsize cut
          = start
            + find_cut (data + start, size - start, CG_SCAN_INPUT_CHUNK + (report_from - start));
      /* a slice of the mapping, which lives as long as any slice does */
      g_autoptr (GBytes) chunk = g_bytes_new_with_free_func (
          data + start, cut - start, (GDestroyNotify) g_mapped_file_unref, g_mapped_file_ref (map));
      func (chunk, start, report_from, user_data);
      report_from = cut;
    }
  return TRUE;
}

/* Fills @buf until it holds @want bytes or the input ends; FALSE on error. */
static gboolean
fill (int fd, GByteArray *buf, gsize want, gboolean *eof, GError **error)
{
  while (buf->len < want && !*eof)
    {
      guint8 block[65536];
      gssize n = read (fd, block, sizeof block);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        *eof = TRUE;
      g_byte_array_append (buf, block, (guint) n);
    }
  return TRUE;
}

static gboolean
scan_stream (int fd, CgChunkFunc func, gpointer user_data, GError **error)
{
  g_autoptr (GByteArray) buf = g_byte_array_new ();
  gsize base = 0;        /* input offset of buf->data[0] */
  gsize report_from = 0; /* input offset where new bytes start */
  gboolean eof = FALSE;

  while (TRUE)
    {
      gsize fresh = report_from - base;
      gsize cut;

      /* a byte more than a chunk, so that the cut finds a line end */
      if (!fill (fd, buf, fresh + CG_SCAN_INPUT_CHUNK + 1, &eof, error))
        return FALSE;
      if (buf->len <= fresh)
        return TRUE;
      cut = eof ? buf->len : find_cut ((char *) buf->data, buf->len, fresh + CG_SCAN_INPUT_CHUNK);
      {
        /* a copy: the buffer goes on */
        g_autoptr (GBytes) chunk = g_bytes_new (buf->data, cut);
        func (chunk, base, report_from, user_data);
      }
      report_from = base + cut;
      if (eof && cut == buf->len)
        return TRUE;
      {
        gsize keep_from = overlap_start ((char *) buf->data, cut);
        g_byte_array_remove_range (buf, 0, (guint) keep_from);
        base += keep_from;
      }
    }
}

gboolean
cg_scan_input (const char *file, CgChunkFunc func, gpointer user_data, GError **error)
{
  gboolean is_stdin = g_str_equal (file, "-");
  int fd = is_stdin ? STDIN_FILENO : g_open (file, O_RDONLY | O_CLOEXEC, 0);
  struct stat st;
  gboolean ok;

  if (fd < 0 || fstat (fd, &st) < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot read %s: %s"), file,
                   g_strerror (saved));
      if (fd >= 0 && !is_stdin)
        close (fd);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _ ("Cannot read %s: it is a directory"), file);
      ok = FALSE;
    }
  else if (S_ISREG (st.st_mode) && st.st_size > 0)
    ok = scan_mapped (fd, func, user_data, error);
  else
    ok = scan_stream (fd, func, user_data, error);
  if (!is_stdin)
    close (fd);
  if (!ok && error != NULL && *error != NULL && !g_str_has_prefix ((*error)->message, file))
    g_prefix_error (error, _ ("Cannot read %s: "), file);
  return ok;
}
