/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-organisation.c: the words that mark an organisation's address, and the
 * words that mark a person's. */
#include "cg-organisation.h"

#include <stdlib.h>
#include <string.h>

#include "cg-text.h"

#define LINES_ABOVE 3
#define LINES_BELOW 2
#define WIDE_GAP 8

/* Legal forms, as written (case matters: "bv." is also "bijvoorbeeld"). */
static const char *const legal_forms[] = {
  "B.V",  "B.V.", "BV",    "BVBA",   "C.V.", "GmbH", "Inc.", "Ltd",    "Ltd.",  "N.V",
  "N.V.", "NV",   "V.O.F", "V.O.F.", "VOF",  "b.v.", "n.v.", "v.o.f.", "v.o.f",
};

/* Lower-case words (letters only), sorted.  Strong ones decide over weak
 * ones: "Brouwerij De Klok NV ... dhr. Peeters" is a company with a contact
 * person, "BSN: ...\nAdres: ..." a person's. */
static const char *const strong_org_words[] = {
  "agb",
  "antwoordnummer",
  "bezoekadres",
  "btw",
  "company",
  "employer",
  "gevestigd",
  "headquarters",
  "hoofdkantoor",
  "hoofdlocatie",
  "kantooradres",
  "kantoorhoudende",
  "kvk",
  "leverancier",
  "lrk",
  "postadres",
  "postbus",
  "retouradres",
  "rsin",
  "stichting",
  "supplier",
  "tav",
  "vereniging",
  "vestiging",
  "vestigingsadres",
  "werkgever",
  "www",
};

/* Institutions, buildings, and events held at a venue. */
static const char *const weak_org_words[] = {
  "advocaten",   "afdeling",          "apotheek",     "bibliotheek",  "bijeenkomst", "concert",
  "conferentie", "congres",           "evenement",    "event",        "festival",    "hogeschool",
  "kantoor",     "kinderdagverblijf", "kinderopvang", "kliniek",      "lezing",      "locatie",
  "makelaardij", "ministerie",        "museum",       "notaris",      "office",      "polikliniek",
  "provincie",   "receptie",          "relatiedag",   "seminar",      "sporthal",    "stadhuis",
  "symposium",   "theater",           "universiteit", "voorstelling", "waterschap",  "workshop",
  "ziekenhuis",  "zwembad",
};

/* Endings of compound words of an organisation: huisartsenpraktijk,
 * notariskantoor, installatiebedrijf, zorggroep, basisschool, bakkerij. */
static const char *const org_endings[] = {
  "bedrijf", "centrum", "erij", "groep", "kantoor", "praktijk", "school", "winkel",
};

static const char *const strong_person_words[] = {
  "bewoner",
  "bsn",
  "burgerservicenummer",
  "client",
  "deelnemer",
  "employee",
  "geboortedatum",
  "geboren",
  "home",
  "huisadres",
  "huurder",
  "mijn",
  "my",
  "particulier",
  "patient",
  "thuisadres",
  "verhuisd",
  "verhuurder",
  "werknemer",
  "wonende",
  "woon",
  "woonachtig",
  "woonadres",
  "woont",
};

static const char *const weak_person_words[] = { "dhr", "heer", "mevr", "mevrouw" };

enum
{
  WEAK_ORG = 1 << 0,
  WEAK_PERSON = 1 << 1,
  STRONG_ORG = 1 << 2,
  STRONG_PERSON = 1 << 3,
};

static int
compare_word (const void *key, const void *member)
{
  return strcmp (key, *(const char *const *) member);
}

static gboolean
in_sorted (const char *word, const char *const *list, gsize n)
{
  return bsearch (word, list, n, sizeof list[0], compare_word) != NULL;
}

static gboolean
is_legal_form (const char *text, gsize s, gsize e)
{
  /* all of them are 2 to 6 bytes, and start with a letter */
  if (e - s < 2 || e - s > 6 || !cg_is_ascii_alpha ((guchar) text[s]))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (legal_forms); i++)
    if (strncmp (text + s, legal_forms[i], e - s) == 0 && legal_forms[i][e - s] == '\0')
      return TRUE;
  return FALSE;
}

static gboolean
after_postcode_digits (const char *text, gsize from, gsize s)
{
  gsize i = s;

  while (i > from && text[i - 1] == ' ')
    i--;
  return i >= from + 4 && cg_is_digit ((guchar) text[i - 1]) && cg_is_digit ((guchar) text[i - 4])
         && (i == from + 4 || !cg_is_digit ((guchar) text[i - 5]));
}

static gboolean
has_org_ending (const char *word, gsize n)
{
  for (guint i = 0; i < G_N_ELEMENTS (org_endings); i++)
    {
      gsize k = strlen (org_endings[i]);
      if (n > k + 2 && strcmp (word + n - k, org_endings[i]) == 0)
        return TRUE;
    }
  return g_str_has_prefix (word, "gemeente");
}

static guint
classify_word (const char *word, gsize n)
{
  if (in_sorted (word, strong_person_words, G_N_ELEMENTS (strong_person_words)))
    return STRONG_PERSON;
  if (in_sorted (word, strong_org_words, G_N_ELEMENTS (strong_org_words)))
    return STRONG_ORG;
  if (in_sorted (word, weak_person_words, G_N_ELEMENTS (weak_person_words)))
    return WEAK_PERSON;
  if (in_sorted (word, weak_org_words, G_N_ELEMENTS (weak_org_words)) || has_org_ending (word, n))
    return WEAK_ORG;
  return 0;
}

/* The evidence flags of the words in text[from, to). */
static guint
evidence_flags (const char *text, gsize from, gsize to)
{
  guint flags = 0;
  gsize i = from;

  while (i < to)
    {
      gsize s, e;
      char word[32];
      gsize n = 0;

      while (i < to
             && (text[i] == ' ' || text[i] == '\t' || text[i] == '|' || text[i] == ','
                 || text[i] == ':' || text[i] == '(' || text[i] == ')'))
        i++;
      s = i;
      /* a token runs to the next blank: "B.V.", "t.a.v.", "www.lindeboom.nl" */
      while (i < to && text[i] != ' ' && text[i] != '\t' && text[i] != '|' && text[i] != ','
             && text[i] != ':' && text[i] != '(' && text[i] != ')')
        i++;
      e = i;
      if (e == s)
        continue;
      /* "4992 BV Helmond": postcode letters, not a legal form */
      if (is_legal_form (text, s, e) && !after_postcode_digits (text, from, s))
        {
          flags |= STRONG_ORG;
          continue;
        }
      /* the letters of the token, up to its first other character but for
       * dots inside ("t.a.v", "www.x.nl" gives "www") */
      for (gsize k = s; k < e && n < sizeof word - 1; k++)
        {
          guchar c = (guchar) text[k];
          if (cg_is_ascii_alpha (c))
            word[n++] = (char) cg_ascii_lower (c);
          else if (c == '.' && n > 0 && n <= 3 && k + 1 < e
                   && cg_is_ascii_alpha ((guchar) text[k + 1]))
            continue; /* t.a.v. */
          else if (n > 0)
            break;
        }
      word[n] = '\0';
      if (n > 0)
        flags |= classify_word (word, n);
    }
  return flags;
}

static int
decide (guint flags)
{
  if (flags & STRONG_PERSON)
    return -1;
  if (flags & STRONG_ORG)
    return 1;
  if (flags & WEAK_PERSON)
    return -1;
  return (flags & WEAK_ORG) ? 1 : 0;
}

int
cg_organisation_evidence (const char *text, gsize from, gsize to)
{
  return decide (evidence_flags (text, from, to));
}

/* ---- the address's surroundings ---------------------------------------- */

typedef struct
{
  gsize start;
  gsize end;
} Span;

static Span
line_of (const char *text, gsize len, gsize pos)
{
  Span l = { cg_text_line_start (text, pos, 1024), cg_text_line_end (text, len, pos, 1024) };
  return l;
}

static gboolean
blank (const char *text, Span l)
{
  for (gsize i = l.start; i < l.end; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

static gsize
column_of (const char *text, gsize line_start, gsize pos)
{
  gsize col = 0;

  for (gsize i = line_start; i < pos; i++)
    col += ((guchar) text[i] & 0xC0) != 0x80;
  return col;
}

static gsize
offset_of_column (const char *text, Span l, gsize col)
{
  gsize c = 0, i = l.start;

  while (i < l.end && c < col)
    c += ((guchar) text[i++] & 0xC0) != 0x80;
  return i;
}

/* The column of a page laid out in columns (parted by runs of WIDE_GAP
 * spaces) that holds text[start, end) on its line; the whole line if there
 * are none. */
static void
column_range (const char *text, Span l, gsize start, gsize end, gsize *from, gsize *to)
{
  gsize s = start, e = end;
  guint spaces;

  for (spaces = 0; s > l.start && spaces < WIDE_GAP; s--)
    spaces = text[s - 1] == ' ' ? spaces + 1 : 0;
  if (spaces >= WIDE_GAP)
    s += WIDE_GAP;
  for (spaces = 0; e < l.end && spaces < WIDE_GAP; e++)
    spaces = text[e] == ' ' ? spaces + 1 : 0;
  if (spaces >= WIDE_GAP)
    e -= WIDE_GAP;
  *from = s;
  *to = e;
}

static int
evidence_in_column (const char *text, Span l, gsize col_from, gsize col_to)
{
  gsize from = offset_of_column (text, l, col_from), to = offset_of_column (text, l, col_to);
  return from < to ? cg_organisation_evidence (text, from, to) : 0;
}

gboolean
cg_organisation_near (const char *text, gsize len, gsize start, gsize end, gboolean table_row,
                      const char **why)
{
  Span first = line_of (text, len, start), last = line_of (text, len, end > start ? end - 1 : end);
  Span l;
  gsize from, to, col_from, col_to;
  gboolean columns;
  int verdict;

  if (table_row)
    from = first.start, to = first.end;
  else
    column_range (text, first, start, MIN (end, first.end), &from, &to);
  columns = from > first.start || to < first.end;
  col_from = column_of (text, first.start, from);
  col_to = column_of (text, first.start, to);
  /* the address's own line(s), in its column: before it any word, after it
   * only strong ones ("..., kadastraal bekend gemeente Utrecht") */
  {
    guint flags = evidence_flags (text, from, start);
    gsize after_end = last.start > first.start ? last.end : MAX (to, end);
    flags |= evidence_flags (text, end, MAX (end, after_end)) & (STRONG_ORG | STRONG_PERSON);
    verdict = decide (flags);
  }
  /* a table's row is a record of its own: the rows around it are others' */
  if (table_row)
    {
      if (verdict > 0)
        *why = "an organisation's (company, institution or letterhead words near it)";
      return verdict > 0;
    }
  /* then the paragraph, nearest line first: above, then below */
  l = first;
  for (guint k = 0; verdict == 0 && k < LINES_ABOVE && l.start > 0; k++)
    {
      l = line_of (text, len, l.start - 1);
      if (blank (text, l))
        break;
      verdict = columns ? evidence_in_column (text, l, col_from, col_to)
                        : cg_organisation_evidence (text, l.start, l.end);
    }
  l = last;
  for (guint k = 0; verdict == 0 && k < LINES_BELOW && l.end < len; k++)
    {
      l = line_of (text, len, l.end + 1);
      if (blank (text, l))
        break;
      verdict = columns ? evidence_in_column (text, l, col_from, col_to)
                        : cg_organisation_evidence (text, l.start, l.end);
    }
  if (verdict > 0)
    *why = "an organisation's (company, institution or letterhead words near it)";
  return verdict > 0;
}
