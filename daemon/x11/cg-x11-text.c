/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-text.c: text encodings of the X11 selection targets. */
#include "cg-x11-text.h"

#include <X11/Xutil.h>
#include <string.h>

int
cg_x11_text_target_rank (const CgX11Atoms *a, Atom target)
{
  if (target == None)
    return 0;
  if (target == a->utf8_string)
    return 8;
  if (target == a->text_plain_utf8 || target == a->text_plain_utf8_upper)
    return 7;
  if (target == a->compound_text)
    return 6;
  if (target == a->text_plain_utf16)
    return 5;
  if (target == a->string)
    return 4;
  if (target == a->text)
    return 3;
  if (target == a->text_plain)
    return 2;
  return 0;
}

/* Latin-1 to UTF-8; every byte is a character, so this cannot fail. */
static GBytes *
latin1_to_utf8 (const guint8 *data, gsize len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);

  for (gsize i = 0; i < len; i++)
    g_string_append_unichar (out, data[i]);
  return g_string_free_to_bytes (out);
}

/* UTF-16 with a byte order mark, or without one in the order its zero bytes
 * show (ASCII text in UTF-16LE has a zero in every odd byte). */
static GBytes *
utf16_to_utf8 (const guint8 *data, gsize len)
{
  const char *from = "UTF-16LE";
  gsize zeros_odd = 0, zeros_even = 0, out_len = 0;
  char *out;

  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    data += 2, len -= 2;
  else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    data += 2, len -= 2, from = "UTF-16BE";
  else
    {
      for (gsize i = 0; i + 1 < len && i < 4096; i += 2)
        zeros_even += data[i] == 0, zeros_odd += data[i + 1] == 0;
      if (zeros_even > zeros_odd)
        from = "UTF-16BE";
    }
  len &= ~(gsize) 1;
  out = g_convert_with_fallback ((const char *) data, (gssize) len, "UTF-8", from, "\xEF\xBF\xBD",
                                 NULL, &out_len, NULL);
  return out ? g_bytes_new_take (out, out_len) : NULL;
}

static GBytes *
compound_text_to_utf8 (Display *display, const CgX11Atoms *a, const guint8 *data, gsize len)
{
  XTextProperty prop = { (unsigned char *) data, a->compound_text, 8, len };
  char **list = NULL;
  int count = 0;
  GString *out;

  /* Plain ASCII and Latin-1 are the common case and need no locale. */
  if (memchr (data, 0x1B, len) == NULL)
    return latin1_to_utf8 (data, len);
  if (Xutf8TextPropertyToTextList (display, &prop, &list, &count) < Success || list == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (int i = 0; i < count; i++)
    g_string_append (out, list[i]);
  XFreeStringList (list);
  return g_string_free_to_bytes (out);
}

/* text/plain and TEXT answered with an unknown type: UTF-8 if it is, else
 * Latin-1, the ICCCM default. */
static GBytes *
guess_to_utf8 (GBytes *bytes)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  if (g_utf8_validate_len ((const char *) data, len, NULL))
    return g_bytes_ref (bytes);
  return latin1_to_utf8 (data, len);
}

GBytes *
cg_x11_text_to_utf8 (Display *display, const CgX11Atoms *a, Atom target, Atom type, GBytes *bytes)
{
  /* The owner says what it sent; TEXT in particular may come as any of them. */
  Atom kind = cg_x11_text_target_rank (a, type) > 0 ? type : target;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  if (kind == a->utf8_string || kind == a->text_plain_utf8 || kind == a->text_plain_utf8_upper)
    return g_bytes_ref (bytes);
  if (kind == a->string)
    return latin1_to_utf8 (data, len);
  if (kind == a->compound_text)
    return compound_text_to_utf8 (display, a, data, len);
  if (kind == a->text_plain_utf16)
    return utf16_to_utf8 (data, len);
  return guess_to_utf8 (bytes);
}

/* UTF-8 to Latin-1: a character outside Latin-1, or a byte that is not
 * UTF-8, becomes '?'.  Line ends stay as they are. */
static GBytes *
utf8_to_latin1 (const char *text, gsize len)
{
  GByteArray *out = g_byte_array_sized_new ((guint) len);
  const char *p = text, *end = text + len;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      guint8 b;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          b = '?';
          p++;
        }
      else
        {
          b = c <= 0xFF ? (guint8) c : '?';
          p = g_utf8_next_char (p);
        }
      g_byte_array_append (out, &b, 1);
    }
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
utf8_to_compound_text (Display *display, const CgX11Atoms *a, const char *text, gsize len)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) len);
  XTextProperty prop = { 0 };
  char *list[] = { valid };
  GBytes *out;

  if (Xutf8TextListToTextProperty (display, list, 1, XCompoundTextStyle, &prop) < Success)
    return NULL;
  out = g_bytes_new (prop.value, prop.nitems);
  XFree (prop.value);
  return out;
}

GBytes *
cg_x11_text_from_utf8 (Display *display, const CgX11Atoms *a, Atom target, const char *text,
                       gsize len, Atom *type)
{
  *type = target;
  /* The bytes as masked, exactly: invalid UTF-8 in the copy stays as it was. */
  if (target == a->utf8_string || target == a->text_plain_utf8 || target == a->text_plain_utf8_upper
      || target == a->text_plain)
    return g_bytes_new (text, len);
  if (target == a->text)
    {
      *type = a->utf8_string;
      return g_bytes_new (text, len);
    }
  if (target == a->string)
    return utf8_to_latin1 (text, len);
  if (target == a->compound_text)
    return utf8_to_compound_text (display, a, text, len);
  return NULL;
}

guint
cg_x11_text_served_targets (const CgX11Atoms *a, Atom *out, guint max)
{
  const Atom targets[]
      = { a->utf8_string, a->text_plain_utf8, a->compound_text, a->string, a->text, a->text_plain };
  guint n = MIN (max, G_N_ELEMENTS (targets));

  memcpy (out, targets, n * sizeof (Atom));
  return n;
}
