/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-text.h: byte-level helpers shared by the detectors (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The detectors work on bytes, not on validated UTF-8: clipboard text may be
 * anything, and every rule here only needs ASCII digits, letters and
 * separators.  Bytes >= 0x80 count as letters so that "Één" stays one word. */

static inline gboolean
cg_is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
cg_is_upper (guchar c)
{
  return c >= 'A' && c <= 'Z';
}

static inline gboolean
cg_is_lower (guchar c)
{
  return c >= 'a' && c <= 'z';
}

static inline gboolean
cg_is_ascii_alpha (guchar c)
{
  return cg_is_upper (c) || cg_is_lower (c);
}

static inline gboolean
cg_is_word_byte (guchar c)
{
  return cg_is_ascii_alpha (c) || cg_is_digit (c) || c >= 0x80;
}

static inline gboolean
cg_is_blank (guchar c)
{
  return c == ' ' || c == '\t';
}

static inline guchar
cg_ascii_lower (guchar c)
{
  return cg_is_upper (c) ? (guchar) (c + 32) : c;
}

/* Offset of the first byte after the digit run that starts at @i. */
static inline gsize
cg_text_digit_run_end (const char *text, gsize len, gsize i)
{
  while (i < len && cg_is_digit ((guchar) text[i]))
    i++;
  return i;
}

/* Offset of the first ASCII digit in text[from, len), or len. */
gsize cg_text_find_digit (const char *text, gsize len, gsize from);

/* Offsets of the start of the line holding @pos and of its end (the '\n' or
 * len), looking at most @limit bytes away: clipboard text can be one line of
 * many megabytes, and a walk to its start for every candidate would make a
 * scan quadratic.  When the line goes on further, the result is @limit bytes
 * away and cg_text_is_line_start() / cg_text_is_line_end() say so. */
gsize cg_text_line_start (const char *text, gsize pos, gsize limit);
gsize cg_text_line_end (const char *text, gsize len, gsize pos, gsize limit);

/* Character columns (UTF-8 characters, not bytes) from @line_start to @pos. */
static inline gsize
cg_text_column (const char *text, gsize line_start, gsize pos)
{
  gsize col = 0;

  for (gsize i = line_start; i < pos; i++)
    col += ((guchar) text[i] & 0xC0) != 0x80;
  return col;
}

static inline gboolean
cg_text_is_line_start (const char *text, gsize pos)
{
  return pos == 0 || text[pos - 1] == '\n';
}

static inline gboolean
cg_text_is_line_end (const char *text, gsize len, gsize pos)
{
  return pos == len || text[pos] == '\n';
}

/* Normalises a name for gazetteer look-ups: ASCII lower case, typographic
 * apostrophes as ', hyphens and runs of white space as one space.  Writes at
 * most @out_size - 1 bytes and a NUL; returns the length, or -1 when the name
 * does not fit.  Must match build-aux/compact-gazetteer.py. */
gssize cg_text_normalise_name (const char *name, gsize len, char *out, gsize out_size);

/* Lower-cased ASCII letters of the word tokens in text[from, to), scanned from
 * the end: calls @func for each token until it returns TRUE.  Tokens are runs
 * of ASCII letters, digits and '*'; a token with a digit is skipped, one with
 * a '*' (a masked value) is passed as "*". */
typedef gboolean (*CgTokenFunc) (const char *token, gsize len, gsize token_start,
                                 gpointer user_data);
gboolean cg_text_foreach_token_backwards (const char *text, gsize from, gsize to, CgTokenFunc func,
                                          gpointer user_data);
gboolean cg_text_foreach_token (const char *text, gsize from, gsize to, CgTokenFunc func,
                                gpointer user_data);

/* A finding's reason made of @format ("... %s ... %s ...", or with one %s
 * and @b NULL) and static strings, interned: each thread formats a pair once and then finds it in a
 * small cache (reasons are per finding; a findings-dense file has millions). */
const char *cg_text_reason (const char *format, const char *a, const char *b);

/* A placeholder that cg_mask_text() wrote ("[BSN-2]") stands for a value:
 * whether one ends right before @pos, or starts at @pos.  Next to a value it
 * counts as a word, as the value it replaced did. */
gboolean cg_text_placeholder_ends_before (const char *text, gsize pos);
gboolean cg_text_placeholder_starts_at (const char *text, gsize len, gsize pos);

G_END_DECLS
