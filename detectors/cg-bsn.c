/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-bsn.c: BSN candidates (the shapes a BSN is written in) and the 11-check. */
#define _GNU_SOURCE /* memmem */
#include "cg-bsn.h"

#include <string.h>

#include "clipguard-detectors.h"
#include "cg-context.h"
#include "cg-text.h"

gboolean
cg_bsn_passes_11_check (const char digits[9])
{
  int sum = 0;
  gboolean all_zero = TRUE;

  for (int i = 0; i < 8; i++)
    {
      sum += (9 - i) * (digits[i] - '0');
      all_zero &= digits[i] == '0';
    }
  sum -= digits[8] - '0';
  return !all_zero && sum % 11 == 0;
}

/* Reads groups of the given sizes separated by one @sep each. */
static gboolean
read_groups (const char *text, gsize len, gsize start, char sep, const guint *sizes, guint n_sizes,
             gsize *end, char digits[9])
{
  gsize i = start;
  guint d = 0;

  for (guint g = 0; g < n_sizes; g++)
    {
      gsize run_end;

      if (g > 0)
        {
          if (i >= len || text[i] != sep)
            return FALSE;
          i++;
        }
      run_end = cg_text_digit_run_end (text, len, i);
      if (run_end - i != sizes[g])
        return FALSE;
      for (; i < run_end; i++)
        digits[d++] = text[i];
    }
  *end = i;
  return TRUE;
}

/* What stands before the number may make it part of something longer. */
static gboolean
clear_before (const char *text, gsize start, char sep)
{
  guchar prev, prev2;

  if (start == 0)
    return TRUE;
  prev = (guchar) text[start - 1];
  prev2 = start >= 2 ? (guchar) text[start - 2] : ' ';
  if (cg_is_word_byte (prev) || cg_text_placeholder_ends_before (text, start))
    return FALSE;
  switch (prev)
    {
    case '/':
    case '\\':
    case '_':
    case '+':
    case '@':
    case '&':
    case '?':
    case '$':
    case '%':
    case '#':
    case '^':
    case '~': return FALSE;
    /* the left border of digit boxes "|4|8|6|...", not a longer number */
    case '|': return sep == '|' && !cg_is_digit (prev2);
    case '.':
    case ',':
      /* 1.123456782, 1,123456782: a longer number; "Jan,123456782" is CSV. */
      return !cg_is_digit (prev2);
    case '-':
      /* 12-123456782, INV-123456782: part of a code. */
      return !cg_is_digit (prev2) && !cg_is_ascii_alpha (prev2);
    case ' ':
      /* "+31 612345678" and "06 12 34 56 78"-style runs; for grouped forms
       * any digit group before makes the number longer than a BSN. */
      if (cg_is_digit (prev2))
        return FALSE;
      return sep != ' ' || prev2 != ' ' || start < 3 || !cg_is_digit ((guchar) text[start - 3]);
    default: return TRUE;
    }
}

static gboolean
clear_after (const char *text, gsize len, gsize end, char sep)
{
  guchar next, next2;

  if (end >= len)
    return TRUE;
  next = (guchar) text[end];
  next2 = end + 1 < len ? (guchar) text[end + 1] : ' ';
  if (cg_is_word_byte (next) || cg_text_placeholder_starts_at (text, len, end))
    return FALSE;
  switch (next)
    {
    case ',':
      /* 123456782,00 is an amount; "123456782,Zeist" a CSV cell. */
      return !cg_is_digit (next2);
    case '.':
    case '-':
    case '/':
    case ':':
      /* 123456782.5, 123456782.pdf, 12:30, a URL path. */
      return !cg_is_word_byte (next2) && !cg_text_placeholder_starts_at (text, len, end + 1);
    case '@':
    case '_':
    case '%': return FALSE;
    case ' ': return sep != ' ' || !cg_is_digit (next2);
    default: return TRUE;
    }
}

/* "4 8 6 1 5 0 7 6 8" or "4|8|6|...": nine digits in boxes, one each. */
static gboolean
read_boxed (const char *text, gsize len, gsize run_start, CgBsnCandidate *c)
{
  static const guint sizes[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  char sep;

  if (run_start + 2 >= len || (text[run_start + 1] != ' ' && text[run_start + 1] != '|'))
    return FALSE;
  sep = text[run_start + 1];
  c->form = CG_BSN_BOXED;
  c->separator = sep;
  if (!read_groups (text, len, run_start, sep, sizes, 9, &c->end, c->digits))
    return FALSE;
  /* a tenth box is a longer number */
  return !(c->end + 1 < len && text[c->end] == sep && cg_is_digit ((guchar) text[c->end + 1]));
}

/* The token of letters that ends right before @start, but for blanks and a
 * colon between ("burgerservicenummer: 8182"); its verdict as a BSN keyword. */
static CgVerdict
keyword_right_before (const char *text, gsize start, const char **keyword)
{
  gsize e = start, s;
  char word[33];

  while (e > 0 && start - e < 3 && (text[e - 1] == ' ' || text[e - 1] == ':'))
    e--;
  for (s = e; s > 0 && e - s < 32 && cg_is_ascii_alpha ((guchar) text[s - 1]); s--)
    ;
  if (s == e || e - s >= 32 || (s > 0 && cg_is_word_byte ((guchar) text[s - 1])))
    return CG_VERDICT_NONE;
  /* "burger- servicenummer", "burger-⏎servicenummer": a word that OCR or a
   * line break parted at its hyphen is read whole */
  if (s >= 3 && (text[s - 1] == ' ' || text[s - 1] == '\n') && text[s - 2] == '-'
      && cg_is_ascii_alpha ((guchar) text[s - 3]))
    {
      gsize h = s - 2, b;
      for (b = h; b > 0 && h - b < 16 && cg_is_ascii_alpha ((guchar) text[b - 1]); b--)
        ;
      if (h - b < 16 && (b == 0 || !cg_is_word_byte ((guchar) text[b - 1]))
          && (h - b) + (e - s) < 32)
        {
          gsize n = 0;
          for (gsize k = b; k < h; k++)
            word[n++] = (char) cg_ascii_lower ((guchar) text[k]);
          for (gsize k = s; k < e; k++)
            word[n++] = (char) cg_ascii_lower ((guchar) text[k]);
          word[n] = '\0';
          if (cg_keywords_classify (CG_KEYWORDS_BSN, word, n, keyword) == CG_VERDICT_POSITIVE)
            return CG_VERDICT_POSITIVE;
        }
    }
  for (gsize k = s; k < e; k++)
    word[k - s] = (char) cg_ascii_lower ((guchar) text[k]);
  word[e - s] = '\0';
  return cg_keywords_classify (CG_KEYWORDS_BSN, word, e - s, keyword);
}

/* "burgerservicenummer: 81826 0221" (or "9393 67774"): OCR split the number
 * in two, and only a keyword right before makes it one. */
static gboolean
read_split (const char *text, gsize len, gsize run_start, CgBsnCandidate *c)
{
  static const guint sizes_54[] = { 5, 4 }, sizes_45[] = { 4, 5 };
  gboolean four = run_start + 4 < len && text[run_start + 4] == ' ';
  const char *keyword;

  c->form = CG_BSN_SPLIT_54;
  c->separator = ' ';
  return read_groups (text, len, run_start, ' ', four ? sizes_45 : sizes_54, 2, &c->end, c->digits)
         && keyword_right_before (text, run_start, &keyword) == CG_VERDICT_POSITIVE;
}

static gboolean
read_shape (const char *text, gsize len, gsize run_start, gsize run_end, CgBsnCandidate *c)
{
  static const guint sizes_423[] = { 4, 2, 3 };
  static const guint sizes_333[] = { 3, 3, 3 };
  gsize run = run_end - run_start;

  c->start = run_start;
  c->separator = 0;
  if (run == 9 || run == 8)
    {
      c->form = run == 9 ? CG_BSN_PLAIN : CG_BSN_PLAIN_8;
      c->end = run_end;
      if (run == 8)
        c->digits[0] = '0';
      memcpy (c->digits + (9 - run), text + run_start, run);
      return TRUE;
    }
  if (run == 1)
    return read_boxed (text, len, run_start, c);
  if (run == 5)
    return read_split (text, len, run_start, c);
  if ((run != 4 && run != 3) || run_end + 1 >= len)
    return FALSE;
  c->separator = text[run_end];
  if (c->separator != '.' && c->separator != ' ' && c->separator != '-')
    return FALSE;
  c->form = run == 4 ? CG_BSN_GROUPED_423 : CG_BSN_GROUPED_333;
  if (read_groups (text, len, run_start, c->separator, run == 4 ? sizes_423 : sizes_333, 3, &c->end,
                   c->digits))
    return TRUE;
  /* "burgerservicenummer 9393 67774": split 4-5, as 5-4 above */
  return run == 4 && c->separator == ' ' && read_split (text, len, run_start, c);
}

/* "17-09-1960  647 920 566   CZ": a grouped number in a column of a report
 * aligned with spaces, parted from its neighbours by two spaces or more. */
static gboolean
aligned_cell (const char *text, gsize len, const CgBsnCandidate *c)
{
  gsize e = c->end;

  return c->form == CG_BSN_GROUPED_333 && c->separator == ' ' && c->start >= 3
         && text[c->start - 1] == ' ' && text[c->start - 2] == ' '
         && (e >= len || text[e] == '\n' || text[e] == '\r'
             || (text[e] == ' ' && (e + 1 >= len || text[e + 1] == ' ' || text[e + 1] == '\n')));
}

static gboolean
loose_edges (const char *text, gsize len, const CgBsnCandidate *c)
{
  return (c->start == 0 || !cg_is_digit ((guchar) text[c->start - 1]))
         && (c->end >= len || !cg_is_digit ((guchar) text[c->end]));
}

CgBsnRead
cg_bsn_read (const char *text, gsize len, gsize run_start, gsize run_end, CgBsnCandidate *c)
{
  if (!read_shape (text, len, run_start, run_end, c))
    return CG_BSN_READ_NONE;
  if ((clear_before (text, c->start, c->separator) || aligned_cell (text, len, c))
      && clear_after (text, len, c->end, c->separator))
    return CG_BSN_READ_CLEAR;
  return loose_edges (text, len, c) ? CG_BSN_READ_LOOSE : CG_BSN_READ_NONE;
}

gboolean
cg_bsn_read_loose (const char *text, gsize len, gsize run_start, gsize run_end,
                   CgBsnCandidate *candidate)
{
  return read_shape (text, len, run_start, run_end, candidate)
         && loose_edges (text, len, candidate);
}

static gboolean
is_mrz_byte (guchar c)
{
  return cg_is_upper (c) || cg_is_digit (c) || c == '<';
}

/* ICAO 9303: an identity card's MRZ is three lines of 30 characters, a
 * passport's two of 44.  The Netherlands put the BSN after the document
 * number of an identity card (line 1, positions 16-24) and in the personal
 * number of a passport (line 2, positions 29-37). */
gboolean
cg_bsn_read_mrz (const char *text, gsize len, gsize run_start, gsize run_end, CgBsnCandidate *c)
{
  gsize ls = cg_text_line_start (text, run_start, 64),
        le = cg_text_line_end (text, len, run_start, 64);
  gsize n, at;

  if (le > ls && text[le - 1] == '\r')
    le--;
  n = le - ls;
  if (!cg_text_is_line_start (text, ls) || (n != 30 && n != 44))
    return FALSE;
  for (gsize i = ls; i < le; i++)
    if (!is_mrz_byte ((guchar) text[i]))
      return FALSE;
  if (n == 30 && (text[ls] == 'I' || text[ls] == 'A' || text[ls] == 'C')
      && memcmp (text + ls + 2, "NLD", 3) == 0)
    at = ls + 15;
  else if (n == 44 && memmem (text + ls, n, "NLD", 3) != NULL
           && cg_is_digit ((guchar) text[ls + 28]))
    at = ls + 28;
  else
    return FALSE;
  if (at + 9 > le || run_start > at || run_end < at + 9)
    return FALSE;
  for (guint i = 0; i < 9; i++)
    if (!cg_is_digit ((guchar) text[at + i]))
      return FALSE;
  memcpy (c->digits, text + at, 9);
  c->start = at;
  c->end = at + 9;
  c->form = CG_BSN_MRZ;
  c->separator = 0;
  return TRUE;
}

/* Without context a valid 9-digit number is weak evidence: one in eleven
 * random numbers passes the 11-check, and logs are full of ids.  Only the
 * official 1234.56.782 grouping and the MRZ of a Dutch ID say "BSN" by
 * themselves. */
static double
bare_confidence (const CgBsnCandidate *c, const char **what)
{
  switch (c->form)
    {
    case CG_BSN_GROUPED_423:
      *what = c->separator == '.' ? "11-check + BSN grouping 1234.56.782" : "11-check + grouping";
      return c->separator == '.' ? 0.6 : 0.35;
    case CG_BSN_GROUPED_333: *what = "11-check + grouping"; return 0.25;
    case CG_BSN_PLAIN_8: *what = "11-check (8 digits) only"; return 0.15;
    case CG_BSN_BOXED: *what = "11-check (digit boxes) only"; return 0.1;
    case CG_BSN_SPLIT_54: *what = "11-check (split) only"; return 0.1;
    case CG_BSN_MRZ: *what = "11-check + MRZ of a Dutch identity document"; return 0.95;
    case CG_BSN_PLAIN:
    default: *what = "11-check only"; return 0.3;
    }
}

/* How sure a context makes us, by where it was found. */
static double
positive_confidence (const CgBsnCandidate *c, const char *where)
{
  double base = g_str_equal (where, "keyword") || g_str_equal (where, "key") ? 0.95
                : g_str_equal (where, "conversation")                        ? 0.75
                                                                             : 0.9;
  return c->form == CG_BSN_PLAIN_8 || c->form == CG_BSN_BOXED ? MIN (base, 0.8) : base;
}

static void
apply_verdict (const CgContext *context, const char *where, const CgBsnCandidate *c, CgFinding *f)
{
  if (context->verdict == CG_VERDICT_POSITIVE)
    {
      f->confidence = positive_confidence (c, where);
      f->reason = cg_text_reason ("11-check + %s '%s'", where, context->keyword);
    }
  else
    {
      f->confidence = 0.02;
      f->reason
          = cg_text_reason ("11-check, but %s '%s' names another number", where, context->keyword);
    }
}

/* "For the Dutch payroll we also need her citizen service number: 123456782":
 * in a sentence too long to be a form's label, the word before a colon is
 * the last of a phrase, not a key of its own ("number" names nothing); the
 * words of the line decide, nearest first. */
static gboolean
is_phrase_tail (const char *text, gsize pos, CgSpan name)
{
  gsize i = name.end;

  while (i < pos && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
    i++;
  return i < pos && text[i] == ':' && name.start >= 2 && text[name.start - 1] == ' '
         && cg_is_ascii_alpha ((guchar) text[name.start - 2]);
}

/* "number:", "nr:" (a sentence wrapped before "number: 173874861"): a number,
 * but of what the words around say. */
static gboolean
is_bare_number_word (const char *text, CgSpan name)
{
  static const char *const words[] = { "nr", "no", "num", "nummer", "number" };
  gsize n = name.end - name.start;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == n && g_ascii_strncasecmp (text + name.start, words[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* A key, an SQL column or a table column whose name says what the value is:
 * a BSN, or something else (klantnummer, postcode, telefoon). */
static gboolean
field_verdict (CgTableCache *table, CgSqlCache *sql, const char *text, gsize len, gsize pos,
               CgContext *context, const char **where)
{
  CgSpan name;
  CgTableCell cell;
  guint index;
  CgFieldKind kind;

  if (cg_field_key_before (text, len, pos, &name))
    {
      *where = "key";
      if ((is_phrase_tail (text, pos, name) || is_bare_number_word (text, name))
          && cg_field_kind (text + name.start, name.end - name.start) != CG_FIELD_BSN)
        return FALSE;
    }
  else if (cg_field_sql_column (sql, text, len, pos, &name, &index))
    *where = "column";
  else if (cg_table_cell_at (table, text, len, pos, &cell))
    {
      /* a header of words: the keywords decide first ("Sofinr", "Ordernr.") */
      *where = "column";
      name = cell.header;
      if (cg_context_in_span (CG_KEYWORDS_BSN, text, name.start, name.end, context)
          != CG_VERDICT_NONE)
        return TRUE;
      kind = cg_field_kind_of_column (table, text, &cell);
      goto decided;
    }
  else
    return FALSE;
  kind = cg_field_kind (text + name.start, name.end - name.start);
  /* a form's label of words, "Uw burgerservicenummer": its last naming word */
  if (kind != CG_FIELD_BSN && memchr (text + name.start, ' ', name.end - name.start) != NULL
      && cg_context_in_span_backwards (CG_KEYWORDS_BSN, text, name.start, name.end, context)
             != CG_VERDICT_NONE)
    return TRUE;
decided:
  if (kind == CG_FIELD_NONE)
    return cg_context_in_span (CG_KEYWORDS_BSN, text, name.start, name.end, context)
           != CG_VERDICT_NONE;
  context->verdict = kind == CG_FIELD_BSN ? CG_VERDICT_POSITIVE : CG_VERDICT_VETO;
  context->keyword = cg_field_kind_to_string (kind);
  return TRUE;
}

/* The numbers that manuals, courses and test data use (they pass the
 * 11-check and are no one's): not a BSN when explanatory words stand near
 * them, within three lines ("bijvoorbeeld", "fictief", "testnummer", "Jan
 * Voorbeeld"). */
static gboolean
is_example (const char *text, gsize len, const CgBsnCandidate *c)
{
  static const char *const numbers[] = { "111222333", "123456782", "999999990" };
  static const char *const words[]
      = { "voorbeeld", "fictie", "fictief", "test", "example", "dummy", "sample", "demo" };
  gsize from, to;
  gboolean listed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    listed |= memcmp (c->digits, numbers[i], 9) == 0;
  if (!listed)
    return FALSE;
  /* the value's line and three lines around it */
  from = cg_text_line_start (text, c->start, 512);
  to = cg_text_line_end (text, len, c->end, 512);
  for (guint k = 0; k < 3 && from > 0; k++)
    from = cg_text_line_start (text, from - 1, 512);
  for (guint k = 0; k < 3 && to < len; k++)
    to = cg_text_line_end (text, len, to + 1, 512);
  for (gsize i = from; i < to; i++)
    {
      if (!cg_is_ascii_alpha ((guchar) text[i]))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (words); k++)
        {
          gsize n = strlen (words[k]);
          /* "voorbeeld" also inside "bijvoorbeeld", "testomgeving" */
          if (i + n <= to && g_ascii_strncasecmp (text + i, words[k], n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* "ja bns 230329809": the keyword with two neighbouring letters swapped,
 * right before the number (nothing looser: "bus", "bis" are words). */
static gboolean
transposed_keyword_before (const char *text, gsize start)
{
  gsize e = start;

  while (e > 0 && start - e < 3 && (text[e - 1] == ' ' || text[e - 1] == ':'))
    e--;
  return e >= 3 && e < start && (e == 3 || !cg_is_word_byte ((guchar) text[e - 4]))
         && (g_ascii_strncasecmp (text + e - 3, "bns", 3) == 0
             || g_ascii_strncasecmp (text + e - 3, "sbn", 3) == 0);
}

#define NEARBY_ROWS 3

/* A copied inbox: "RE: toeslag BSN 610212278" in the subject column, and
 * "FW: 731656106 loonbeslag" two rows below.  A row's cell within
 * NEARBY_ROWS rows, in the same column of the same table, that names a BSN
 * with its keyword says what the column's numbers are (as a folder of
 * people's files does). */
static gboolean
column_names_bsns (CgTableCache *table, const char *text, gsize len, gsize pos)
{
  CgTableCell cell, other;
  CgContext context;
  gsize ls = cg_text_line_start (text, pos, 4096);
  gsize rows[2 * NEARBY_ROWS];
  guint n = 0, column;
  gsize up = ls, down = ls;

  if (!cg_table_cell_at (table, text, len, pos, &cell))
    return FALSE;
  column = cell.column;
  for (guint k = 0; k < NEARBY_ROWS; k++)
    {
      if (up > 0)
        {
          up = cg_text_line_start (text, up - 1, 4096);
          rows[n++] = up;
        }
      down = cg_text_line_end (text, len, down, 4096);
      if (down < len)
        rows[n++] = ++down;
    }
  for (guint k = 0; k < n; k++)
    if (rows[k] < len && cg_table_cell_of_row (table, text, len, rows[k], column, &other)
        && other.header_index == cell.header_index
        && cg_context_in_span (CG_KEYWORDS_BSN, text, other.cell.start, other.cell.end, &context)
               == CG_VERDICT_POSITIVE)
      return TRUE;
  return FALSE;
}

void
cg_bsn_score (const char *text, gsize len, const CgBsnCandidate *c, CgTableCache *table,
              CgSqlCache *sql, CgFinding *f)
{
  CgContext context;
  const char *where;

  f->type = CG_FINDING_BSN;
  f->group = 0;
  f->start = c->start;
  f->end = c->end;
  if (c->form == CG_BSN_MRZ)
    {
      f->confidence = bare_confidence (c, &f->reason);
      return;
    }
  if (is_example (text, len, c))
    {
      f->confidence = 0.05;
      f->reason = "11-check, but a well-known example number in explanatory text";
      return;
    }
  if (field_verdict (table, sql, text, len, c->start, &context, &where))
    {
      apply_verdict (&context, where, c, f);
      return;
    }
  /* "burger- servicenummer 9393 67774": a keyword parted at its hyphen right
   * before the value (its second half alone would name another number) */
  if (keyword_right_before (text, c->start, &context.keyword) == CG_VERDICT_POSITIVE)
    {
      context.verdict = CG_VERDICT_POSITIVE;
      apply_verdict (&context, "keyword", c, f);
      return;
    }
  if (cg_context_on_line (CG_KEYWORDS_BSN, text, len, c->start, c->end, 100, &context)
      || cg_context_label_above (CG_KEYWORDS_BSN, text, c->start, &context))
    {
      apply_verdict (&context, "keyword", c, f);
      return;
    }
  if (cg_context_line_before (CG_KEYWORDS_BSN, text, len, c->start, &context))
    {
      apply_verdict (&context, "keyword on the line before", c, f);
      return;
    }
  if (cg_context_label_block (CG_KEYWORDS_BSN, text, len, c->start, &context))
    {
      apply_verdict (&context, "label", c, f);
      return;
    }
  if ((c->form == CG_BSN_PLAIN || c->form == CG_BSN_PLAIN_8 || c->form == CG_BSN_GROUPED_423)
      && cg_context_conversation (text, len, c->start, c->end, &context))
    {
      apply_verdict (&context, "conversation", c, f);
      return;
    }
  if (transposed_keyword_before (text, c->start))
    {
      f->confidence = positive_confidence (c, "keyword");
      f->reason = "11-check + keyword 'bsn' (letters swapped)";
      return;
    }
  if (c->form == CG_BSN_PLAIN && column_names_bsns (table, text, len, c->start))
    {
      f->confidence = 0.85;
      f->reason = "11-check + a BSN keyword in the same column of a row nearby";
      return;
    }
  f->confidence = bare_confidence (c, &f->reason);
}

/* ---- loose edges --------------------------------------------------------- */

static gboolean
has_prefix_ci (const char *text, gsize from, gsize to, const char *word)
{
  gsize n = strlen (word);
  return to - from == n && g_ascii_strncasecmp (text + from, word, n) == 0;
}

/* "BSN644196944", "bsn_226317638": the keyword glued to the number. */
static gboolean
glued_keyword (const char *text, gsize start)
{
  static const char *const words[] = { "bsn", "sofinr", "sofinummer", "burgerservicenummer" };
  gsize e = start, s;

  if (e > 0 && (text[e - 1] == '_' || text[e - 1] == '-'))
    e--;
  for (s = e; s > 0 && e - s < 24 && cg_is_ascii_alpha ((guchar) text[s - 1]); s--)
    ;
  if (s == e || (s > 0 && cg_is_word_byte ((guchar) text[s - 1])))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (has_prefix_ci (text, s, e, words[i]))
      return TRUE;
  return FALSE;
}

/* "/api/personen/NNN/adres", "/ingeschrevenpersonen/NNN": a path whose
 * segment before the number names a person's record by its BSN. */
static gboolean
person_path (const char *text, gsize len, const CgBsnCandidate *c)
{
  static const char *const segments[]
      = { "personen", "ingeschrevenpersonen", "persons", "bsn", "burgerservicenummer" };
  gsize e = c->start, s;

  if (e < 2 || text[e - 1] != '/'
      || (c->end < len
          && !(text[c->end] == '/' || text[c->end] == '?' || text[c->end] == ' '
               || text[c->end] == '"' || text[c->end] == '\n')))
    return FALSE;
  e--;
  for (s = e; s > 0 && e - s < 24 && cg_is_ascii_alpha ((guchar) text[s - 1]); s--)
    ;
  if (s == 0 || text[s - 1] != '/')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    if (has_prefix_ci (text, s, e, segments[i]))
      return TRUE;
  return FALSE;
}

/* A name that starts with nine digits and '_' and a letter:
 * "220436058_Kuipers", "P:\HR\939639257_Aydin\VOG.pdf". */
static gboolean
name_at (const char *text, gsize len, gsize start)
{
  char digits[9];

  if (start + 10 >= len || (start > 0 && cg_is_word_byte ((guchar) text[start - 1])))
    return FALSE;
  for (guint i = 0; i < 9; i++)
    {
      if (!cg_is_digit ((guchar) text[start + i]))
        return FALSE;
      digits[i] = text[start + i];
    }
  return text[start + 9] == '_' && cg_is_word_byte ((guchar) text[start + 10])
         && !cg_is_digit ((guchar) text[start + 10]) && cg_bsn_passes_11_check (digits);
}

/* Another line within two above or below that holds such a name too: a
 * folder of people's files.  (A random number passes the 11-check one time
 * in eleven: two such names are rarely chance.) */
static gboolean
folder_of_names (const char *text, gsize len, gsize start)
{
  gsize ls = cg_text_line_start (text, start, 256), le = cg_text_line_end (text, len, start, 256);
  gsize from = ls, to = le;

  for (guint k = 0; k < 2 && from > 0; k++)
    from = cg_text_line_start (text, from - 1, 256);
  for (guint k = 0; k < 2 && to < len; k++)
    to = cg_text_line_end (text, len, to + 1, 256);
  for (gsize i = from; i + 10 < to; i++)
    if ((i < ls || i >= le) && name_at (text, len, i))
      return TRUE;
  return FALSE;
}

/* "Bijlagen: BSN973395527_huurcontract.pdf; 243799263_Kuipers.pdf": a name
 * with the keyword glued to its number on the same line. */
static gboolean
glued_on_line (const char *text, gsize len, gsize start)
{
  gsize ls = cg_text_line_start (text, start, 256), le = cg_text_line_end (text, len, start, 256);

  for (gsize i = ls; i + 4 <= le; i++)
    if (g_ascii_strncasecmp (text + i, "bsn", 3) == 0
        && (i == ls || !cg_is_word_byte ((guchar) text[i - 1]))
        && (cg_is_digit ((guchar) text[i + 3]) || text[i + 3] == '_'))
      return TRUE;
  return FALSE;
}

gboolean
cg_bsn_score_loose (const char *text, gsize len, const CgBsnCandidate *c, CgTableCache *table,
                    CgSqlCache *sql, CgFinding *f)
{
  CgContext context;

  f->type = CG_FINDING_BSN;
  f->group = 0;
  f->start = c->start;
  f->end = c->end;
  f->rule = NULL;
  f->label = NULL;
  f->rule_mask = -1;
  if ((c->form != CG_BSN_PLAIN && c->form != CG_BSN_PLAIN_8) || is_example (text, len, c))
    return FALSE;
  if (c->form == CG_BSN_PLAIN && glued_keyword (text, c->start))
    {
      f->confidence = 0.9;
      f->reason = "11-check + keyword 'bsn' glued to it";
      return TRUE;
    }
  if (c->form == CG_BSN_PLAIN && person_path (text, len, c))
    {
      f->confidence = 0.9;
      f->reason = "11-check + a path of a person's record";
      return TRUE;
    }
  if (c->form == CG_BSN_PLAIN && c->end + 1 < len && text[c->end] == '_'
      && name_at (text, len, c->start))
    {
      if (cg_context_on_line (CG_KEYWORDS_BSN, text, len, c->start, c->end, 100, &context)
              == CG_VERDICT_POSITIVE
          || glued_on_line (text, len, c->start) || folder_of_names (text, len, c->start))
        {
          f->confidence = 0.85;
          f->reason = "11-check + a file or folder named by it";
          return TRUE;
        }
      return FALSE;
    }
  /* "497080308.0": a data frame's float in a BSN column */
  if (c->end + 2 <= len && text[c->end] == '.' && text[c->end + 1] == '0'
      && (c->end + 2 == len || !cg_is_word_byte ((guchar) text[c->end + 2])))
    {
      const char *where;
      if (field_verdict (table, sql, text, len, c->start, &context, &where)
          && context.verdict == CG_VERDICT_POSITIVE)
        {
          apply_verdict (&context, where, c, f);
          return TRUE;
        }
    }
  return FALSE;
}
