/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-context.c: keywords that name a BSN or an address, and words that name
 * another kind of number (which veto a BSN). */
#include "cg-context.h"

#include <stdlib.h>
#include <string.h>

#include "cg-text.h"

/* Sorted, for bsearch.  Lower case, letters only: "sofi-nummer" arrives as
 * the tokens "sofi" and "nummer". */
static const char *const bsn_positive[] = {
  "bsn",
  "bsnnr",
  "bsnnummer",
  "burgerservicenr",
  "burgerservicenummer",
  "burgerservicenummers",
  "citizen",
  "fiscal",
  "persoonsnr",
  "persoonsnummer",
  "sofi",
  "sofinr",
  "sofinummer",
};

/* Words that name another number.  Any other "...nummer", "...nr" or
 * "...number" counts too (see is_other_number_word()). */
static const char *const bsn_veto[] = {
  "account",    "amount",    "artikel",  "bedrag",       "btw",        "customer",    "dossier",
  "ean",        "epoch",     "factuur",  "fax",          "gid",        "iban",        "id",
  "invoice",    "isbn",      "kenmerk",  "kenteken",     "kvk",        "mobiel",      "order",
  "orderid",    "phone",     "pid",      "polis",        "postbus",    "ref",         "reference",
  "referentie", "rekening",  "req",      "request",      "requestid",  "rsin",        "serial",
  "session",    "sessionid", "tel",      "telefoon",     "ticket",     "tid",         "trace",
  "traceid",    "track",     "tracking", "trackingcode", "transactie", "transaction", "uid",
  "userid",     "vat",       "versie",   "version",      "zaak",
};

static const char *const address_positive[] = {
  "address",      "adres",     "adresgegevens", "bezoekadres", "correspondentieadres",
  "factuuradres", "huisadres", "huisnummer",    "huisnr",      "postadres",
  "postcode",     "straat",    "straatnaam",    "woonachtig",  "woonadres",
  "wonende",      "woont",     "woonplaats",
};

static int
compare_token (const void *key, const void *member)
{
  return strcmp (key, *(const char *const *) member);
}

/* The list's own copy of @token, or NULL. */
static const char *
in_list (const char *token, const char *const *list, gsize n)
{
  const char *const *hit = bsearch (token, list, n, sizeof list[0], compare_token);
  return hit ? *hit : NULL;
}

static gboolean
has_suffix (const char *token, gsize len, const char *suffix)
{
  gsize n = strlen (suffix);
  return len > n && memcmp (token + len - n, suffix, n) == 0;
}

/* "klantnummer", "ordernr", "relatienummer": a compound that names another
 * number.  The bare "nummer" or "nr" names nothing.  Returns how the reason
 * names it (never the word itself, which comes from untrusted text). */
static const char *
other_number_word (const char *token, gsize len)
{
  static const char *const suffixes[] = { "nummer", "nummers", "nr", "number" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (has_suffix (token, len, suffixes[i]))
      return i == 0 ? "*nummer" : i == 1 ? "*nummers" : i == 2 ? "*nr" : "*number";
  return NULL;
}

/* Keywords are words of 2 to 32 letters. */
static gboolean
may_be_keyword (const char *token, gsize len)
{
  return len >= 2 && len <= 32;
}

CgVerdict
cg_keywords_classify (CgKeywordSet set, const char *token, gsize len, const char **keyword)
{
  if (!may_be_keyword (token, len))
    return CG_VERDICT_NONE;
  if (set == CG_KEYWORDS_ADDRESS)
    return (*keyword = in_list (token, address_positive, G_N_ELEMENTS (address_positive)))
               ? CG_VERDICT_POSITIVE
               : CG_VERDICT_NONE;
  if ((*keyword = in_list (token, bsn_positive, G_N_ELEMENTS (bsn_positive))))
    return CG_VERDICT_POSITIVE;
  if ((*keyword = in_list (token, bsn_veto, G_N_ELEMENTS (bsn_veto)))
      || (*keyword = other_number_word (token, len)))
    return CG_VERDICT_VETO;
  return CG_VERDICT_NONE;
}

typedef struct
{
  CgKeywordSet set;
  CgContext *out;
} Search;

static gboolean
check_token (const char *token, gsize len, gsize token_start, gpointer user_data)
{
  Search *search = user_data;
  const char *keyword = NULL;
  CgVerdict verdict = cg_keywords_classify (search->set, token, len, &keyword);

  /* A masked value stands between: a keyword beyond it was about that value.
   * Stopping here keeps a masked text from gaining a finding when masking
   * removed the word that vetoed it. */
  if (token[0] == '*')
    return TRUE;
  if (verdict == CG_VERDICT_NONE)
    return FALSE;
  search->out->verdict = verdict;
  search->out->keyword = keyword;
  return TRUE;
}

static CgVerdict
search_span (CgKeywordSet set, const char *text, gsize from, gsize to, gboolean backwards,
             CgContext *out)
{
  Search search = { set, out };

  out->verdict = CG_VERDICT_NONE;
  out->keyword = NULL;
  if (backwards)
    cg_text_foreach_token_backwards (text, from, to, check_token, &search);
  else
    cg_text_foreach_token (text, from, to, check_token, &search);
  return out->verdict;
}

/* "id=123456782", "?req=123456782": a key of a machine format names the value. */
static gboolean
is_key_value (const char *text, gsize line_start, gsize start)
{
  return start > line_start && text[start - 1] == '=' && start - 1 > line_start
         && cg_is_word_byte ((guchar) text[start - 2]);
}

CgVerdict
cg_context_on_line (CgKeywordSet set, const char *text, gsize len, gsize start, gsize end,
                    gsize reach, CgContext *out)
{
  gsize line_start = cg_text_line_start (text, start, reach);
  gsize line_end = cg_text_line_end (text, len, end, 24);
  gsize from = line_start;

  if (search_span (set, text, from, start, TRUE, out) != CG_VERDICT_NONE)
    return out->verdict;
  if (set == CG_KEYWORDS_BSN && is_key_value (text, line_start, start))
    {
      out->verdict = CG_VERDICT_VETO;
      out->keyword = "key=";
      return out->verdict;
    }
  return search_span (set, text, end, MIN (line_end, end + 24), FALSE, out);
}

static gboolean
only_punctuation (const char *text, gsize from, gsize to)
{
  for (gsize i = from; i < to; i++)
    if (cg_is_word_byte ((guchar) text[i]) || text[i] == '*')
      return FALSE;
  return TRUE;
}

CgVerdict
cg_context_label_above (CgKeywordSet set, const char *text, gsize start, CgContext *out)
{
  gsize line_start = cg_text_line_start (text, start, 64);
  gsize above_end, above_start;

  out->verdict = CG_VERDICT_NONE;
  if (line_start == 0 || !cg_text_is_line_start (text, line_start)
      || !only_punctuation (text, line_start, start))
    return CG_VERDICT_NONE;
  /* Skip empty lines, at most a few. */
  above_end = line_start - 1;
  for (int skipped = 0; skipped < 3; skipped++)
    {
      above_start = cg_text_line_start (text, above_end, 256);
      if (!only_punctuation (text, above_start, above_end))
        return search_span (set, text, above_end > above_start + 48 ? above_end - 48 : above_start,
                            above_end, TRUE, out);
      if (above_start == 0)
        break;
      above_end = above_start - 1;
    }
  return CG_VERDICT_NONE;
}

CgVerdict
cg_context_in_span (CgKeywordSet set, const char *text, gsize from, gsize to, CgContext *out)
{
  return search_span (set, text, from, to, FALSE, out);
}
