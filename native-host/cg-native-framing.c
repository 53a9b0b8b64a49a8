/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-native-framing.c: length-prefixed messages from a byte stream. */
#include "cg-native-framing.h"

#include <string.h>

struct _CgFrameReader
{
  gsize max;
  guint8 header[4];
  guint header_len; /* bytes of the length read so far */
  guint32 want;     /* the message's length, once the header is whole */
  GByteArray *body; /* the message so far, when it is within the limit */
  guint32 skipping; /* bytes still to skip of a message over the limit */
};

CgFrameReader *
cg_frame_reader_new (gsize max_message)
{
  CgFrameReader *r = g_new0 (CgFrameReader, 1);

  r->max = max_message;
  r->body = g_byte_array_new ();
  return r;
}

void
cg_frame_reader_free (CgFrameReader *r)
{
  if (r == NULL)
    return;
  g_byte_array_unref (r->body);
  g_free (r);
}

gboolean
cg_frame_reader_is_partial (CgFrameReader *r)
{
  return r->header_len > 0 || r->skipping > 0;
}

void
cg_frame_reader_feed (CgFrameReader *r, const char *data, gsize len, CgFrameFunc func,
                      gpointer user_data)
{
  while (len > 0)
    {
      gsize take;

      if (r->skipping > 0)
        {
          take = MIN (len, r->skipping);
          r->skipping -= (guint32) take;
          data += take;
          len -= take;
          if (r->skipping == 0)
            r->header_len = 0;
          continue;
        }
      if (r->header_len < 4)
        {
          take = MIN (len, 4 - (gsize) r->header_len);
          memcpy (r->header + r->header_len, data, take);
          r->header_len += (guint) take;
          data += take;
          len -= take;
          if (r->header_len < 4)
            return;
          memcpy (&r->want, r->header, 4); /* native byte order */
          g_byte_array_set_size (r->body, 0);
          if (r->want > r->max)
            {
              /* told at once, so the browser hears of it before the rest comes */
              func (NULL, r->want, TRUE, user_data);
              r->skipping = r->want;
              continue;
            }
          if (r->want == 0)
            {
              r->header_len = 0;
              func ("", 0, FALSE, user_data);
            }
          continue;
        }
      take = MIN (len, (gsize) r->want - r->body->len);
      g_byte_array_append (r->body, (const guint8 *) data, (guint) take);
      data += take;
      len -= take;
      if (r->body->len == r->want)
        {
          r->header_len = 0;
          func ((const char *) r->body->data, r->body->len, FALSE, user_data);
          /* a large message's buffer is not kept for the small ones after it */
          if (r->body->len > 65536)
            {
              g_byte_array_unref (r->body);
              r->body = g_byte_array_new ();
            }
          else
            g_byte_array_set_size (r->body, 0);
        }
    }
}

void
cg_frame_append (GByteArray *out, const char *json, gsize len)
{
  guint32 n = (guint32) len;

  g_byte_array_append (out, (const guint8 *) &n, 4);
  g_byte_array_append (out, (const guint8 *) json, (guint) len);
}
