/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-bsn.c: BSN candidates (the shapes a BSN is written in) and the 11-check. */
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
  if (cg_is_word_byte (prev))
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
    case '|':
    case '~': return FALSE;
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
  if (cg_is_word_byte (next))
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
      return !cg_is_word_byte (next2);
    case '@':
    case '_':
    case '%': return FALSE;
    case ' ': return sep != ' ' || !cg_is_digit (next2);
    default: return TRUE;
    }
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
  if ((run != 4 && run != 3) || run_end + 1 >= len)
    return FALSE;
  c->separator = text[run_end];
  if (c->separator != '.' && c->separator != ' ' && c->separator != '-')
    return FALSE;
  c->form = run == 4 ? CG_BSN_GROUPED_423 : CG_BSN_GROUPED_333;
  return read_groups (text, len, run_start, c->separator, run == 4 ? sizes_423 : sizes_333, 3,
                      &c->end, c->digits);
}

gboolean
cg_bsn_read_candidate (const char *text, gsize len, gsize run_start, gsize run_end,
                       CgBsnCandidate *candidate)
{
  if (!read_shape (text, len, run_start, run_end, candidate))
    return FALSE;
  return clear_before (text, candidate->start, candidate->separator)
         && clear_after (text, len, candidate->end, candidate->separator);
}

/* Without context a valid 9-digit number is weak evidence: one in eleven
 * random numbers passes the 11-check, and logs are full of ids.  Only the
 * official 1234.56.782 grouping says "BSN" by itself. */
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
    case CG_BSN_PLAIN:
    default: *what = "11-check only"; return 0.3;
    }
}

static void
apply_verdict (const CgContext *context, const char *where, const CgBsnCandidate *c, CgFinding *f)
{
  char reason[96];

  if (context->verdict == CG_VERDICT_POSITIVE)
    {
      f->confidence = c->form == CG_BSN_PLAIN_8 ? 0.8 : (where[0] == 'c' ? 0.9 : 0.95);
      g_snprintf (reason, sizeof reason, "11-check + %s '%s'", where, context->keyword);
    }
  else
    {
      f->confidence = 0.02;
      g_snprintf (reason, sizeof reason, "11-check, but %s '%s' names another number", where,
                  context->keyword);
    }
  f->reason = g_intern_string (reason);
}

void
cg_bsn_score (const char *text, gsize len, const CgBsnCandidate *c, CgTableCache *table,
              CgFinding *f)
{
  CgContext context;
  CgSpan header;
  const char *what;

  f->type = CG_FINDING_BSN;
  f->start = c->start;
  f->end = c->end;
  if (cg_table_header_cell (table, text, len, c->start, &header)
      && cg_context_in_span (CG_KEYWORDS_BSN, text, header.start, header.end, &context))
    {
      apply_verdict (&context, "column", c, f);
      return;
    }
  if (cg_context_on_line (CG_KEYWORDS_BSN, text, len, c->start, c->end, 64, &context)
      || cg_context_label_above (CG_KEYWORDS_BSN, text, c->start, &context))
    {
      apply_verdict (&context, "keyword", c, f);
      return;
    }
  f->confidence = bare_confidence (c, &what);
  f->reason = what;
}
