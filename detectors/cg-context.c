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
/* Plurals too: "de polissen met de nummers 1234.56.782" names policies. */
static const char *const bsn_veto[] = {
  "account",     "accounts",    "amount",        "artikel",   "artikelen",    "bedrag",
  "bedragen",    "bestelling",  "bestellingen",  "boeking",   "boekingen",    "btw",
  "customer",    "customers",   "dossier",       "dossiers",  "ean",          "epoch",
  "facturen",    "factuur",     "fax",           "gid",       "iban",         "id",
  "ids",         "invoice",     "invoices",      "isbn",      "kenmerk",      "kenmerken",
  "kenteken",    "kentekens",   "kvk",           "mobiel",    "order",        "orderid",
  "orders",      "pakket",      "pakketten",     "phone",     "pid",          "polis",
  "polissen",    "postbus",     "ref",           "reference", "references",   "referentie",
  "referenties", "rekening",    "rekeningen",    "req",       "request",      "requestid",
  "requests",    "reservering", "reserveringen", "rsin",      "serial",       "session",
  "sessionid",   "tel",         "telefoon",      "ticket",    "tickets",      "tid",
  "trace",       "traceid",     "track",         "tracking",  "trackingcode", "transactie",
  "transacties", "transaction", "transactions",  "uid",       "userid",       "vat",
  "versie",      "version",     "zaak",          "zaken",     "zending",      "zendingen",
};

/* Long keywords that people misspell ("burgerserivcenummer"); a token this
 * close to one of them is that keyword.  Ordinary words are never this close. */
static const char *const bsn_spellable[] = {
  "burgerservicenummer",
  "burgerservicenr",
  "persoonsnummer",
  "sofinummer",
};

static const char *const address_positive[] = {
  "address",
  "adres",
  "adresgegevens",
  "afleveradres",
  "bezoekadres",
  "bezorgadres",
  "correspondentieadres",
  "factuuradres",
  "huisadres",
  "huisnr",
  "huisnummer",
  "postadres",
  "postcode",
  "straat",
  "straatnaam",
  "wonende",
  "woon",
  "woonachtig",
  "woonadres",
  "woonplaats",
  "woont",
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

/* Whether @a and @b are at most @max edits apart (insertions, deletions,
 * substitutions and swaps of neighbours: Damerau-Levenshtein). */
static gboolean
within_edits (const char *a, gsize n, const char *b, gsize m, guint max)
{
  guint d[34][34];

  if (n > 32 || m > 32 || (n > m ? n - m : m - n) > max)
    return FALSE;
  for (gsize i = 0; i <= n; i++)
    d[i][0] = (guint) i;
  for (gsize j = 0; j <= m; j++)
    d[0][j] = (guint) j;
  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] != b[j - 1];
        guint v = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          v = MIN (v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }
  return d[n][m] <= max;
}

/* "burgerserv.nr" (a report's column), "burgerserivcenummer" (a typo),
 * "bsm" (n and m are neighbours on a keyboard): the BSN keyword as people
 * type it.  Returns the keyword it stands for, or NULL. */
static const char *
misspelled_bsn_keyword (const char *token, gsize len)
{
  if (len >= 10 && strncmp (token, "burgerserv", 10) == 0)
    return "burgerservicenummer";
  if (len == 3 && token[0] == 'b' && token[1] == 's' && strchr ("bhjm", token[2]) != NULL)
    return "bsn";
  if (len < 8)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (bsn_spellable); i++)
    {
      const char *k = bsn_spellable[i];
      /* same start, so that a word that merely resembles one is left alone */
      if (token[0] == k[0] && token[1] == k[1]
          && within_edits (token, len, k, strlen (k), len >= 14 ? 2 : 1))
        return k;
    }
  return NULL;
}

/* Keywords are words of 2 to 32 letters. */
static gboolean
may_be_keyword (const char *token, gsize len)
{
  return len >= 2 && len <= 32;
}

/* The first two letters of every listed word, as bits of a 26 x 26 map:
 * most words of a text start otherwise and need no search. */
typedef struct
{
  guint64 bits[(26 * 26 + 63) / 64];
} PrefixMap;

static void
prefix_add (PrefixMap *map, const char *word)
{
  guint i = (guint) (word[0] - 'a') * 26 + (guint) (word[1] - 'a');
  map->bits[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
}

static void
prefix_add_all (PrefixMap *map, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    prefix_add (map, list[i]);
}

/* The searches need the lists sorted. */
static void
assert_sorted (const char *const *list, gsize n)
{
  for (gsize i = 1; i < n; i++)
    g_assert (strcmp (list[i - 1], list[i]) < 0);
}

static const PrefixMap *
prefixes (CgKeywordSet set)
{
  static PrefixMap maps[2];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      assert_sorted (address_positive, G_N_ELEMENTS (address_positive));
      assert_sorted (bsn_positive, G_N_ELEMENTS (bsn_positive));
      assert_sorted (bsn_veto, G_N_ELEMENTS (bsn_veto));
      prefix_add_all (&maps[0], address_positive, G_N_ELEMENTS (address_positive));
      prefix_add_all (&maps[1], bsn_positive, G_N_ELEMENTS (bsn_positive));
      prefix_add_all (&maps[1], bsn_veto, G_N_ELEMENTS (bsn_veto));
      /* misspelled_bsn_keyword(): "bsm", "burgerserv..." and near misses */
      prefix_add_all (&maps[1], bsn_spellable, G_N_ELEMENTS (bsn_spellable));
      prefix_add (&maps[1], "bs");
      g_once_init_leave (&done, 1);
    }
  return &maps[set == CG_KEYWORDS_ADDRESS ? 0 : 1];
}

static gboolean
may_be_listed (CgKeywordSet set, const char *token)
{
  const PrefixMap *map = prefixes (set);
  guint i;

  if (token[0] < 'a' || token[0] > 'z' || token[1] < 'a' || token[1] > 'z')
    return FALSE;
  i = (guint) (token[0] - 'a') * 26 + (guint) (token[1] - 'a');
  return (map->bits[i / 64] >> (i % 64)) & 1;
}

CgVerdict
cg_keywords_classify (CgKeywordSet set, const char *token, gsize len, const char **keyword)
{
  gboolean listed;

  if (!may_be_keyword (token, len))
    return CG_VERDICT_NONE;
  listed = may_be_listed (set, token);
  if (set == CG_KEYWORDS_ADDRESS)
    return listed && (*keyword = in_list (token, address_positive, G_N_ELEMENTS (address_positive)))
               ? CG_VERDICT_POSITIVE
               : CG_VERDICT_NONE;
  if (listed
      && ((*keyword = in_list (token, bsn_positive, G_N_ELEMENTS (bsn_positive)))
          || (*keyword = misspelled_bsn_keyword (token, len))))
    return CG_VERDICT_POSITIVE;
  if ((listed && (*keyword = in_list (token, bsn_veto, G_N_ELEMENTS (bsn_veto))))
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

CgVerdict
cg_context_in_span_backwards (CgKeywordSet set, const char *text, gsize from, gsize to,
                              CgContext *out)
{
  return search_span (set, text, from, to, TRUE, out);
}

/* ---- contexts further away ---------------------------------------------- */

typedef struct
{
  gsize start;
  gsize end; /* without '\r' */
} Line;

static Line
line_of (const char *text, gsize len, gsize pos)
{
  Line l = { cg_text_line_start (text, pos, 512), cg_text_line_end (text, len, pos, 512) };

  if (l.end > l.start && text[l.end - 1] == '\r')
    l.end--;
  return l;
}

/* The line above @l, or FALSE at the start of the text (or of a line too
 * long to be one we look at). */
static gboolean
line_above (const char *text, gsize len, Line l, Line *above)
{
  if (l.start == 0 || !cg_text_is_line_start (text, l.start))
    return FALSE;
  *above = line_of (text, len, l.start - 1);
  return cg_text_is_line_start (text, above->start);
}

static gboolean
line_below (const char *text, gsize len, Line l, Line *below)
{
  gsize end = cg_text_line_end (text, len, l.start, 512);

  if (end >= len)
    return FALSE;
  *below = line_of (text, len, end + 1);
  return cg_text_is_line_end (text, len, cg_text_line_end (text, len, below->start, 512));
}

static gboolean
is_empty_line (const char *text, Line l)
{
  return only_punctuation (text, l.start, l.end);
}

/* Whether a line ends in a word that links a subject to what follows
 * ("... is", "... luidt", "... was"). */
static gboolean
ends_in_link (const char *text, Line l)
{
  static const char *const links[] = { "is", "was", "luidt", "are", "were", "zijn" };
  gsize e = l.end, s;

  while (e > l.start && text[e - 1] == ' ')
    e--;
  for (s = e; s > l.start && cg_is_ascii_alpha ((guchar) text[s - 1]); s--)
    ;
  if (s > l.start && cg_is_word_byte ((guchar) text[s - 1]))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (links); k++)
    if (strlen (links[k]) == e - s && g_ascii_strncasecmp (text + s, links[k], e - s) == 0)
      return TRUE;
  return FALSE;
}

/* "the employee's citizen service number, as\nprinted on her permit, is
 * 731082874": the value's line goes on a sentence from the line above, and
 * a link word stands right before the value. */
static gboolean
link_before_value (const char *text, gsize line_start, gsize start)
{
  Line before = { line_start, start };

  while (before.end > before.start && (text[before.end - 1] == ' ' || text[before.end - 1] == ':'))
    before.end--;
  return before.end < start && ends_in_link (text, before);
}

/* "... vroeg de gemeente om het BSN\nvan mevrouw, dat is 111222333": the
 * keyword ends the line before the one of the value (within its last three
 * words), and nothing on the value's line before it says otherwise. */
CgVerdict
cg_context_line_before (CgKeywordSet set, const char *text, gsize len, gsize start, CgContext *out)
{
  Line l = line_of (text, len, start), above;
  guint words = 0;
  gsize i;

  out->verdict = CG_VERDICT_NONE;
  if (!line_above (text, len, l, &above) || is_empty_line (text, above))
    return CG_VERDICT_NONE;
  /* the start of the last three words of the line above */
  for (i = above.end; i > above.start && words < 3; i--)
    if (cg_is_word_byte ((guchar) text[i - 1])
        && (i - 1 == above.start || !cg_is_word_byte ((guchar) text[i - 2])))
      words++;
  /* "His BSN, as printed on the letter he got on 4 June, is\n125578611": a
   * sentence that ends its line in "is" goes on in the value; its keyword
   * may stand anywhere on that line */
  if (ends_in_link (text, above) || link_before_value (text, l.start, start))
    i = above.end > above.start + 160 ? above.end - 160 : above.start;
  if (search_span (set, text, i, above.end, TRUE, out) != CG_VERDICT_POSITIVE)
    out->verdict = CG_VERDICT_NONE;
  return out->verdict;
}

/* A label of a form: a short line of words, no digits ("Geboortedatum",
 * "Datum in dienst", "BSN"). */
static gboolean
is_label_line (const char *text, Line l)
{
  guint words = 0;

  if (l.end <= l.start || l.end - l.start > 40)
    return FALSE;
  for (gsize i = l.start; i < l.end; i++)
    {
      if (cg_is_digit ((guchar) text[i]))
        return FALSE;
      words += cg_is_word_byte ((guchar) text[i])
               && (i == l.start || !cg_is_word_byte ((guchar) text[i - 1]));
    }
  return words >= 1 && words <= 4;
}

static gboolean
has_digit (const char *text, Line l)
{
  for (gsize i = l.start; i < l.end; i++)
    if (cg_is_digit ((guchar) text[i]))
      return TRUE;
  return FALSE;
}

#define MAX_BLOCK 30
#define MAX_BETWEEN 6

/* A copy of a PDF form puts its labels in one block and the values in the
 * next, in the same order:
 *   Personeelsnummer / Afdeling / BSN / Uurloon   then   1043 / Productie / 991926067 / 16,42
 * The value at @start pairs with the keyword label in the same place of the
 * label block above it, when the value block is as long as the label block
 * and holds digits enough to be values. */
CgVerdict
cg_context_label_block (CgKeywordSet set, const char *text, gsize len, gsize start, CgContext *out)
{
  Line lines[2 * MAX_BLOCK + 2]; /* lines[0] the value's, lines[k] k lines above it */
  Line l = line_of (text, len, start), v, next;
  guint n = 1, keyword, top, bottom, count, digits = 0, gap = 0, above, between;

  out->verdict = CG_VERDICT_NONE;
  if (!only_punctuation (text, l.start, start))
    return CG_VERDICT_NONE;
  lines[0] = l;
  /* a PDF copy may part the two blocks by one empty line: skip one, and
   * the labels are above it */
  while (n < G_N_ELEMENTS (lines) && line_above (text, len, lines[n - 1], &lines[n]))
    {
      if (!is_empty_line (text, lines[n]))
        n++;
      else if (gap == 0 && n > 1 && line_above (text, len, lines[n], &lines[n])
               && !is_empty_line (text, lines[n]) && is_label_line (text, lines[n]))
        gap = n++;
      else
        break;
    }
  /* the nearest label line above that names the kind */
  for (keyword = 1; keyword < n; keyword++)
    if (is_label_line (text, lines[keyword])
        && search_span (set, text, lines[keyword].start, lines[keyword].end, FALSE, out)
               == CG_VERDICT_POSITIVE)
      break;
  if (keyword >= n)
    return out->verdict = CG_VERDICT_NONE;
  /* its block of labels: lines[top] (first label) .. lines[bottom] (last) */
  for (bottom = keyword; bottom > MAX (gap, 1) && is_label_line (text, lines[bottom - 1]); bottom--)
    ;
  if (gap != 0 && bottom != gap)
    return out->verdict = CG_VERDICT_NONE;
  for (top = keyword; top + 1 < n && is_label_line (text, lines[top + 1]); top++)
    ;
  count = top - bottom + 1;
  /* the value's place in the value block, which starts right below it or,
   * in a larger form, after a few lines of other text (instructions, a page
   * footer: "Vul alle velden in. …", "Pagina 1 van 4") */
  above = top - keyword;
  between = bottom - 1 - above;
  if (bottom - 1 < above || count < 3 || (between > 0 && (gap != 0 || count < 5))
      || between > MAX_BETWEEN)
    return out->verdict = CG_VERDICT_NONE;
  for (guint k = 1; k <= above; k++)
    digits += has_digit (text, lines[k]);
  /* the rest of the value block, below the value */
  v = l;
  for (guint k = above + 1; k < count; k++)
    {
      if (!line_below (text, len, v, &next) || is_empty_line (text, next))
        return out->verdict = CG_VERDICT_NONE;
      v = next;
      digits += has_digit (text, v);
    }
  if ((digits + 1) * 10 < count * 3)
    return out->verdict = CG_VERDICT_NONE;
  return out->verdict = CG_VERDICT_POSITIVE;
}

#define CONVERSATION_LINES 12
#define CONVERSATION_BYTES 1500

/* Words on the value's line other than the value: a chat's speaker and time
 * ("[09:03, 14-3-2025] Daan:") do not count. */
static guint
words_besides (const char *text, Line l, gsize start, gsize end, gboolean *veto)
{
  gsize from = l.start;
  guint words = 0;
  CgContext c;

  for (gsize i = l.start; i < start && i - l.start < 48; i++)
    if (text[i] == ':' && i + 1 < start && text[i + 1] == ' ')
      from = i + 1;
  *veto = FALSE;
  for (gsize i = from; i < l.end && words <= 3; i++)
    {
      if (i >= start && i < end)
        continue;
      /* another number on the line: a record, not an answer */
      if (cg_is_digit ((guchar) text[i]))
        return G_MAXUINT;
      if (cg_is_ascii_alpha ((guchar) text[i])
          && (i == from || !cg_is_word_byte ((guchar) text[i - 1])))
        words++;
    }
  if (words <= 3)
    *veto = search_span (CG_KEYWORDS_BSN, text, from, l.end, FALSE, &c) == CG_VERDICT_VETO;
  return words;
}

/* Whether the line asks for something: a question mark, or a word of
 * asking ("nodig", "vragen", "stuur", "graag", "need", "send"). */
static gboolean
asks (const char *text, Line l)
{
  static const char *const asking[] = {
    "doorgeven", "geef",    "graag",  "heb",  "kun",   "kunt",  "kan",    "mag",
    "need",      "nodig",   "please", "send", "stuur", "vraag", "vragen", "vraagt",
    "vroeg",     "vroegen", "wat",    "welk", "welke", "what",  "which",
  };
  gsize i = l.start;

  if (memchr (text + l.start, '?', l.end - l.start) != NULL)
    return TRUE;
  while (i < l.end)
    {
      char word[16];
      gsize n = 0;

      while (i < l.end && !cg_is_ascii_alpha ((guchar) text[i]))
        i++;
      while (i < l.end && cg_is_ascii_alpha ((guchar) text[i]))
        {
          if (n < sizeof word - 1)
            word[n++] = (char) cg_ascii_lower ((guchar) text[i]);
          i++;
        }
      word[n] = '\0';
      if (n > 0 && bsearch (word, asking, G_N_ELEMENTS (asking), sizeof asking[0], compare_token))
        return TRUE;
    }
  return FALSE;
}

/* A chat: "heb je het BSN van Lieke?" ... (speakers, times) ... "385643792".
 * A bare number answers a request for a BSN a few lines above. */
CgVerdict
cg_context_conversation (const char *text, gsize len, gsize start, gsize end, CgContext *out)
{
  Line l = line_of (text, len, start), above = l;
  gboolean veto;

  out->verdict = CG_VERDICT_NONE;
  if (words_besides (text, l, start, end, &veto) > 3 || veto)
    return CG_VERDICT_NONE;
  for (guint k = 0; k < CONVERSATION_LINES && start - above.start < CONVERSATION_BYTES;)
    {
      if (!line_above (text, len, above, &above))
        break;
      if (is_empty_line (text, above))
        continue;
      k++;
      if (search_span (CG_KEYWORDS_BSN, text, above.start, above.end, FALSE, out)
              == CG_VERDICT_POSITIVE
          && asks (text, above))
        return out->verdict;
    }
  out->verdict = CG_VERDICT_NONE;
  return CG_VERDICT_NONE;
}
