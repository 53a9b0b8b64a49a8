/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-scan.c: libFuzzer target over scan + mask, with and without a set of
 * organisation rules (PCRE2: typical ones, one with keywords, checksums, one
 * that backtracks).  Besides crashes, hangs and sanitizer reports it checks
 * the promises callers rely on: findings sorted, disjoint and inside the
 * text; masking changes only the found spans; a masked value is never found
 * again; the rules' fast paths find what the slow ones find (the keyword
 * set's vector loop and its plain loop; a rule matched from digit run to
 * digit run and the same pattern left to PCRE2's own search). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cg-confidential.h"
#include "cg-keywords.h"
#include "cg-rules.h"
#include "clipguard-detectors.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static CgScanner *scanner;
static CgRules *rules;
static CgRules *digit_runs, *digit_search;
static CgKeywordSet *keywords;

static const char RULES[] = "[Rule personeelsnummer]\nPattern=\\bP-\\d{6}\\b\n"
                            "Keywords=personeelsnummer;personeelsnr;nr;p;patiëntnr\n"
                            "[Rule klantkaart]\nPattern=\\b\\d{4}( ?\\d{4}){3}\\b\nChecksum=luhn\n"
                            "Mask=placeholder\n"
                            "[Rule zaak]\nPattern=(?i)zaak[ -]?\\d{9}\nChecksum=11-check\n"
                            "[Rule ref]\nPattern=\\bRF\\d{2}[A-Z0-9]{1,21}\nChecksum=mod97\n"
                            "[Rule leeg]\nPattern=x*\n"
                            "[Rule woord]\nPattern=\\w+é\\b\nConfidence=0.6\n"
                            "[Rule traag]\nPattern=(a|aa)+$\n";

/* A pattern that starts a word with digits (matched from digit run to digit
 * run) and the same in a group (PCRE2's own search). */
static const char DIGIT_RUNS[] = "[Rule n]\nPattern=\\b\\d{2,}[ .]?\\d{3}(?!\\d)\n";
static const char DIGIT_SEARCH[] = "[Rule n]\nPattern=(?:\\b\\d{2,}[ .]?\\d{3}(?!\\d))\n";

static CgRules *
load_rules (const char *text, guint n)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("fuzz-XXXXXX.rules", &path, NULL);
  CgRules *r = cg_rules_new ();
  gssize len = (gssize) strlen (text);

  if (fd < 0 || write (fd, text, len) != len)
    abort ();
  close (fd);
  if (!cg_rules_load_file (r, path, TRUE, NULL) || cg_rules_get_n_loaded (r) != n)
    abort ();
  unlink (path);
  return r;
}

static void
check_findings (GArray *findings, size_t size)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const CgFinding *f = &g_array_index (findings, CgFinding, i);
      if (f->start >= f->end || f->end > size)
        abort ();
      if (i > 0 && g_array_index (findings, CgFinding, i - 1).end > f->start)
        abort ();
    }
}

/* A block: its bytes as they were but its amounts, each a placeholder or
 * its digits as stars. */
static gsize
block_replacement_length (const char *text, const CgFinding *f, const char *masked, gsize out,
                          gsize out_len, CgMaskStyle style)
{
  gsize pos = f->start, o = out, a, b;

  while (cg_confidential_next_amount (text, f->start, pos, f->end, &a, &b))
    {
      if (o + (a - pos) > out_len || memcmp (masked + o, text + pos, a - pos) != 0)
        abort ();
      o += a - pos;
      if (style == CG_MASK_STARS)
        for (gsize k = a; k < b; k++, o++)
          if (o >= out_len || masked[o] != (g_ascii_isdigit (text[k]) ? '*' : text[k]))
            abort ();
      if (style != CG_MASK_STARS)
        {
          const char *close = memchr (masked + o, ']', out_len - o);
          if (close == NULL || masked[o] != '[')
            abort ();
          o = (gsize) (close - masked) + 1;
        }
      pos = b;
    }
  if (o + (f->end - pos) > out_len || memcmp (masked + o, text + pos, f->end - pos) != 0)
    abort ();
  return o + (f->end - pos) - out;
}

/* Length of the replacement of @f at masked[out]; aborts when it is not what
 * the style promises. */
static gsize
replacement_length (const char *text, const CgFinding *f, const char *masked, gsize out,
                    gsize out_len, CgMaskStyle style)
{
  /* a rule may have a style of its own */
  if (f->type == CG_FINDING_RULE && f->rule_mask >= 0)
    style = (CgMaskStyle) f->rule_mask;
  if (f->type == CG_FINDING_CONFIDENTIAL)
    return block_replacement_length (text, f, masked, out, out_len, style);
  if (style == CG_MASK_STARS)
    {
      /* appended, not cg_mask_value(): a value may hold NUL bytes */
      g_autoptr (GString) stars = g_string_new (NULL);
      cg_mask_value_append (stars, f->type, text + f->start, f->end - f->start);
      if (out + stars->len > out_len || memcmp (masked + out, stars->str, stars->len) != 0)
        abort ();
      return stars->len;
    }
  else
    {
      const char *close = memchr (masked + out, ']', out_len - out);
      if (close == NULL || masked[out] != '[')
        abort ();
      return (gsize) (close - (masked + out)) + 1;
    }
}

static void
check_mask (const char *text, size_t size, GArray *findings, CgMaskStyle style)
{
  gsize out_len, in = 0, out = 0;
  g_autofree char *masked
      = cg_mask_text (text, size, (CgFinding *) findings->data, findings->len, style, &out_len);
  g_autoptr (GArray) again = cg_scanner_scan (scanner, masked, out_len, CG_SCAN_FLAGS_NONE);

  g_autoptr (GArray) replaced = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (guint i = 0; i < findings->len; i++)
    {
      const CgFinding *f = &g_array_index (findings, CgFinding, i);
      gsize keep = f->start - in;
      gsize n;

      if (out + keep > out_len || memcmp (masked + out, text + in, keep) != 0)
        abort ();
      out += keep;
      n = replacement_length (text, f, masked, out, out_len, style);
      /* a rule's replacement is whatever its author matched: only the
       * built-in detectors promise theirs is never found again (a block
       * keeps its labels, and may be a block again: no amount is left in it) */
      if (f->type == CG_FINDING_CONFIDENTIAL)
        {
          CgFinding block = *f;
          block.start = out;
          block.end = out + n;
          if (cg_finding_has_amounts (&block, masked, out_len))
            abort ();
        }
      if (f->type != CG_FINDING_RULE && f->type != CG_FINDING_CONFIDENTIAL)
        g_array_append_val (replaced, out);
      out += n;
      if (f->type != CG_FINDING_RULE && f->type != CG_FINDING_CONFIDENTIAL)
        g_array_append_val (replaced, out);
      in = f->end;
    }
  if (out_len - out != size - in || memcmp (masked + out, text + in, size - in) != 0)
    abort ();
  /* No masked value is found again.  (That a masked text holds no finding at
   * all is checked on natural text by tests/test-mask.c; on arbitrary bytes a
   * mask can change what stands next to an unfound number.) */
  for (guint i = 0; i < again->len; i++)
    {
      const CgFinding *f = &g_array_index (again, CgFinding, i);
      /* a marked document or a table is a block again, around the placeholders */
      if (f->type == CG_FINDING_CONFIDENTIAL)
        continue;
      for (guint k = 0; k < replaced->len; k += 2)
        if (f->start < g_array_index (replaced, gsize, k + 1)
            && g_array_index (replaced, gsize, k) < f->end)
          abort ();
    }
}

typedef struct
{
  guint id;
  gsize start;
} Hit;

static void
collect (guint id, gsize start, gpointer user_data)
{
  Hit h = { id, start };

  g_array_append_val ((GArray *) user_data, h);
}

static void
check_keywords (const char *text, size_t size)
{
  g_autoptr (GArray) vector = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr (GArray) plain = g_array_new (FALSE, FALSE, sizeof (Hit));

  cg_keyword_set_find (keywords, text, size, TRUE, collect, vector);
  cg_keyword_set_find (keywords, text, size, FALSE, collect, plain);
  if (vector->len != plain->len)
    abort ();
  for (guint i = 0; i < vector->len; i++)
    if (g_array_index (vector, Hit, i).id != g_array_index (plain, Hit, i).id
        || g_array_index (vector, Hit, i).start != g_array_index (plain, Hit, i).start)
      abort ();
}

static void
check_digit_runs (const char *text, size_t size, CgScanFlags flags)
{
  g_autoptr (GArray) a = cg_scanner_scan_with_rules (scanner, digit_runs, text, size, flags);
  g_autoptr (GArray) b = cg_scanner_scan_with_rules (scanner, digit_search, text, size, flags);

  if (a->len != b->len)
    abort ();
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, CgFinding, i).start != g_array_index (b, CgFinding, i).start
        || g_array_index (a, CgFinding, i).end != g_array_index (b, CgFinding, i).end)
      abort ();
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  const char *text = (const char *) data;
  g_autoptr (GArray) findings = NULL;
  g_autoptr (GArray) weak = NULL;

  g_autoptr (GArray) with_rules = NULL;

  if (scanner == NULL)
    {
      scanner = cg_scanner_new (CG_FINDING_ALL, CG_SCANNER_DEFAULT_THRESHOLD, NULL);
      static const char *const words[]
          = { "personeelsnummer", "personeelsnr", "nr",          "p",   "patiëntnr", "kvk", "geb",
              "id-kaart",         "order",        "ordernummer", "big", "contract" };

      rules = load_rules (RULES, 7);
      digit_runs = load_rules (DIGIT_RUNS, 1);
      if (cg_rules_pattern_digit_prefix ("\\b\\d{2,}[ .]?\\d{3}(?!\\d)") != 2)
        abort ();
      digit_search = load_rules (DIGIT_SEARCH, 1);
      keywords = cg_keyword_set_new ();
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        cg_keyword_set_add (keywords, words[i], i);
      cg_keyword_set_prepare (keywords);
      /* the backtracking rule warns; that is not a failure here */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
    }
  findings = cg_scanner_scan (scanner, text, size, CG_SCAN_FLAGS_NONE);
  check_findings (findings, size);
  check_mask (text, size, findings, CG_MASK_STARS);
  check_mask (text, size, findings, CG_MASK_PLACEHOLDER);
  weak = cg_scanner_scan (scanner, text, size, CG_SCAN_INCLUDE_WEAK);
  check_findings (weak, size);
  with_rules = cg_scanner_scan_with_rules (scanner, rules, text, size, CG_SCAN_FLAGS_NONE);
  check_findings (with_rules, size);
  check_mask (text, size, with_rules, CG_MASK_STARS);
  check_mask (text, size, with_rules, CG_MASK_PLACEHOLDER);
  g_array_unref (with_rules);
  with_rules = cg_scanner_scan_with_rules (scanner, rules, text, size, CG_SCAN_INCLUDE_WEAK);
  check_findings (with_rules, size);
  check_keywords (text, size);
  check_digit_runs (text, size, CG_SCAN_FLAGS_NONE);
  check_digit_runs (text, size, CG_SCAN_INCLUDE_WEAK);
  return 0;
}
