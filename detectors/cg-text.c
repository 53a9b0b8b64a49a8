/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-text.c: byte-level helpers shared by the detectors. */
#define _GNU_SOURCE /* memrchr */
#include "cg-text.h"

#include <string.h>

/* Every finding holds a digit, so the scanner skips from digit to digit.  Eight
 * bytes at a time: a byte b is a digit when (b - '0') < 10 as an unsigned byte,
 * computed for all eight lanes without carries between them. */
#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
lanes_with_digit (guint64 w)
{
  /* Lanes whose high bit is clear and that lie in ['0', '9']: add (0x80 - '0')
   * so '0'.. gets its high bit set, and (0x80 - ':') so ':'.. does too. */
  guint64 low7 = w & ~HIGHS;
  guint64 ge0 = low7 + ONES * (0x80 - '0');
  guint64 ge10 = low7 + ONES * (0x80 - ':');
  return ge0 & ~ge10 & ~w & HIGHS;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Sixteen bytes at a time where SSE2 is there (every x86-64): a byte is a
 * digit when min(b - '0', 9) == b - '0' as unsigned bytes. */
static gsize
find_digit_sse2 (const char *text, gsize len, gsize i)
{
  const __m128i zero = _mm_set1_epi8 ('0');
  const __m128i nine = _mm_set1_epi8 (9);

  while (i + 16 <= len)
    {
      __m128i v = _mm_sub_epi8 (_mm_loadu_si128 ((const __m128i *) (text + i)), zero);
      int mask = _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (v, nine), v));
      if (mask != 0)
        return i + (gsize) __builtin_ctz ((unsigned) mask);
      i += 16;
    }
  return i;
}
#endif

gsize
cg_text_find_digit (const char *text, gsize len, gsize from)
{
  gsize i = from;

#ifdef __SSE2__
  i = find_digit_sse2 (text, len, i);
  if (i + 16 <= len)
    return i;
#endif
  while (i + 8 <= len)
    {
      guint64 w;
      guint64 hits;

      memcpy (&w, text + i, 8);
      hits = lanes_with_digit (w);
      if (hits != 0)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          return i + (gsize) (__builtin_ctzll (hits) / 8);
#else
          return i + (gsize) (__builtin_clzll (hits) / 8);
#endif
        }
      i += 8;
    }
  for (; i < len; i++)
    if (cg_is_digit ((guchar) text[i]))
      return i;
  return len;
}

gsize
cg_text_line_start (const char *text, gsize pos, gsize limit)
{
  gsize from = pos > limit ? pos - limit : 0;
  const char *nl = memrchr (text + from, '\n', pos - from);
  return nl ? (gsize) (nl - text) + 1 : from;
}

gsize
cg_text_line_end (const char *text, gsize len, gsize pos, gsize limit)
{
  gsize to = len - pos > limit ? pos + limit : len;
  const char *nl = memchr (text + pos, '\n', to - pos);
  return nl ? (gsize) (nl - text) : to;
}

/* Length of a typographic apostrophe (U+2018, U+2019, U+00B4) at text[i], or 0. */
static gsize
apostrophe_len (const guchar *s, gsize i, gsize len)
{
  if (s[i] == '\'' || s[i] == '`')
    return 1;
  if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x98 || s[i + 2] == 0x99))
    return 3;
  if (i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xB4)
    return 2;
  return 0;
}

gssize
cg_text_normalise_name (const char *name, gsize len, char *out, gsize out_size)
{
  const guchar *s = (const guchar *) name;
  gsize o = 0;
  gboolean pending_space = FALSE;

  for (gsize i = 0; i < len;)
    {
      gsize alen;
      guchar c = s[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-')
        {
          pending_space = o > 0;
          i++;
          continue;
        }
      if (o + 2 >= out_size)
        return -1;
      if (pending_space)
        {
          out[o++] = ' ';
          pending_space = FALSE;
        }
      alen = apostrophe_len (s, i, len);
      if (alen > 0)
        {
          out[o++] = '\'';
          i += alen;
          continue;
        }
      out[o++] = (char) cg_ascii_lower (c);
      i++;
    }
  out[o] = '\0';
  return (gssize) o;
}

/* '*' counts as a token byte so that a masked value ("*******82") is one
 * token, which the keyword search treats as a wall (see cg-context.c); a
 * placeholder ("[BSN-1]") is passed on the same way. */
static gboolean
is_token_byte (guchar c)
{
  return cg_is_ascii_alpha (c) || cg_is_digit (c) || c == '*';
}

/* "[BSN-2]": a placeholder that cg_mask_text() wrote. */
static gboolean
is_placeholder (const char *text, gsize from, gsize to, gsize s, gsize e)
{
  gsize i = e + 1;

  if (s == from || text[s - 1] != '[' || e + 2 >= to || text[e] != '-')
    return FALSE;
  while (i < to && cg_is_digit ((guchar) text[i]))
    i++;
  return i > e + 1 && i < to && text[i] == ']';
}

/* Calls @func with the lower-cased token text[s, e) unless it holds a digit. */
static gboolean
emit_token (const char *text, gsize from, gsize to, gsize s, gsize e, CgTokenFunc func,
            gpointer user_data)
{
  char buf[48];
  gsize n = MIN (e - s, sizeof buf - 1);

  if (is_placeholder (text, from, to, s, e))
    return func ("*", 1, s, user_data);

  for (gsize k = 0; k < n; k++)
    {
      guchar c = (guchar) text[s + k];
      if (c == '*')
        return func ("*", 1, s, user_data);
      if (cg_is_digit (c))
        return FALSE;
      buf[k] = (char) cg_ascii_lower (c);
    }
  buf[n] = '\0';
  return func (buf, n, s, user_data);
}

gboolean
cg_text_foreach_token_backwards (const char *text, gsize from, gsize to, CgTokenFunc func,
                                 gpointer user_data)
{
  gsize i = to;

  while (i > from)
    {
      gsize end;

      while (i > from && !is_token_byte ((guchar) text[i - 1]))
        i--;
      end = i;
      while (i > from && is_token_byte ((guchar) text[i - 1]))
        i--;
      if (end > i && emit_token (text, from, to, i, end, func, user_data))
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_text_foreach_token (const char *text, gsize from, gsize to, CgTokenFunc func, gpointer user_data)
{
  gsize i = from;

  while (i < to)
    {
      gsize start;

      while (i < to && !is_token_byte ((guchar) text[i]))
        i++;
      start = i;
      while (i < to && is_token_byte ((guchar) text[i]))
        i++;
      if (i > start && emit_token (text, from, to, start, i, func, user_data))
        return TRUE;
    }
  return FALSE;
}

#define REASON_SLOTS 64

typedef struct
{
  const char *format;
  const char *a;
  const char *b;
  const char *reason;
} ReasonSlot;

const char *
cg_text_reason (const char *format, const char *a, const char *b)
{
  static _Thread_local ReasonSlot slots[REASON_SLOTS];
  guint h
      = (guint) (((guintptr) format * 31u + (guintptr) a * 17u + (guintptr) b) >> 3) % REASON_SLOTS;
  ReasonSlot *slot = &slots[h];
  char buf[128];

  if (slot->reason != NULL && slot->format == format && slot->a == a && slot->b == b)
    return slot->reason;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_snprintf (buf, sizeof buf, format, a, b);
#pragma GCC diagnostic pop
  slot->format = format;
  slot->a = a;
  slot->b = b;
  slot->reason = g_intern_string (buf);
  return slot->reason;
}

/* The names cg_mask_text() and the guard give: "[BSN-1]", "[IBAN-2]",
 * "[ADRES-3]", "[ADDRESS-3]" (in English). */
static gboolean
placeholder_name (const char *text, gsize from, gsize to)
{
  gsize n = to - from;
  return (n == 3 && memcmp (text + from, "BSN", 3) == 0)
         || (n == 4 && memcmp (text + from, "IBAN", 4) == 0)
         || (n == 5 && memcmp (text + from, "ADRES", 5) == 0)
         || (n == 7 && memcmp (text + from, "ADDRESS", 7) == 0);
}

gboolean
cg_text_placeholder_ends_before (const char *text, gsize pos)
{
  gsize i, dash;

  if (pos < 6 || text[pos - 1] != ']')
    return FALSE;
  i = pos - 1;
  while (i > 0 && cg_is_digit ((guchar) text[i - 1]) && pos - i < 12)
    i--;
  if (i == pos - 1 || i < 2 || text[i - 1] != '-')
    return FALSE;
  dash = i - 1;
  for (i = dash; i > 0 && cg_is_upper ((guchar) text[i - 1]) && dash - i < 5;)
    i--;
  return i > 0 && text[i - 1] == '[' && placeholder_name (text, i, dash);
}

gboolean
cg_text_placeholder_starts_at (const char *text, gsize len, gsize pos)
{
  gsize i = pos + 1, name;

  if (pos >= len || text[pos] != '[')
    return FALSE;
  while (i < len && cg_is_upper ((guchar) text[i]) && i - pos <= 5)
    i++;
  name = i;
  if (i >= len || text[i] != '-' || !placeholder_name (text, pos + 1, name))
    return FALSE;
  for (i++; i < len && cg_is_digit ((guchar) text[i]) && i - name < 12; i++)
    ;
  return i > name + 1 && i < len && text[i] == ']';
}
