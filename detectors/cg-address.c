/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-address.c: Dutch addresses.
 *
 * Every address holds a digit (a house number or a postcode), so the scanner
 * hands each digit run here.  A run becomes a part when it is a house number
 * after a known street name, or a postcode (1234 AB); the place that follows
 * either is taken along.  cg_address_resolve() then joins parts that stand
 * next to each other ("Kerkstraat 12, 1234 AB Zeist") and scores what they
 * make together: a postcode alone or a street name alone is not an address. */
#include "cg-address.h"

#include <string.h>

#include "clipguard-detectors.h"
#include "cg-context.h"
#include "cg-organisation.h"
#include "cg-text.h"

#define MAX_STREET_WORDS 5
#define MAX_PLACE_WORDS 4
#define NAME_BUFFER 128

static gboolean
is_name_byte (guchar c)
{
  return cg_is_word_byte (c) || c == '\'' || c == '-' || c == '.' || c == '`';
}

static gboolean
starts_capitalised (const char *text, gsize i)
{
  guchar c = (guchar) text[i];
  return cg_is_upper (c) || c >= 0x80 || c == '\'' || cg_is_digit (c);
}

static gboolean
lookup (const CgNameSet *set, const char *text, gsize start, gsize end)
{
  char name[NAME_BUFFER];
  gssize n = cg_text_normalise_name (text + start, end - start, name, sizeof name);
  return n > 0 && cg_name_set_contains (set, name, (gsize) n);
}

/* ---- house numbers ---------------------------------------------------- */

static gsize
word_end (const char *text, gsize len, gsize i)
{
  while (i < len && (cg_is_ascii_alpha ((guchar) text[i]) || cg_is_digit ((guchar) text[i])))
    i++;
  return i;
}

typedef struct
{
  const char *word;
  gsize len;
} Word;

/* clang-format off */
#define WORD(w) { w, sizeof w - 1 }
/* clang-format on */

static gboolean
in_words (const Word *words, guint n_words, const char *s, gsize n, gboolean ignore_case)
{
  for (guint i = 0; i < n_words; i++)
    if (words[i].len == n
        && (ignore_case ? g_ascii_strncasecmp (s, words[i].word, n) : memcmp (s, words[i].word, n))
               == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_roman (const char *s, gsize n)
{
  static const Word numerals[] = { WORD ("I"), WORD ("II"), WORD ("III"), WORD ("IV"), WORD ("V") };
  return n <= 3 && in_words (numerals, G_N_ELEMENTS (numerals), s, n, FALSE);
}

/* "50-ii" in a list typed in lower case: after a hyphen a Roman numeral is a
 * floor, in either case. */
static gboolean
is_lower_roman (const char *s, gsize n)
{
  static const Word numerals[] = { WORD ("i"), WORD ("ii"), WORD ("iii"), WORD ("iv") };
  return n <= 3 && in_words (numerals, G_N_ELEMENTS (numerals), s, n, FALSE);
}

static gboolean
is_floor (const char *s, gsize n)
{
  /* "2-hoog", "3hoog", "1hg": read with their digits by the caller. */
  return (n == 4 && g_ascii_strncasecmp (s, "hoog", 4) == 0)
         || (n == 2 && g_ascii_strncasecmp (s, "hg", 2) == 0);
}

static gboolean
is_addition_word (const char *s, gsize n)
{
  static const Word words[] = { WORD ("bis"),   WORD ("hs"),      WORD ("huis"), WORD ("bg"),
                                WORD ("boven"), WORD ("beneden"), WORD ("zw"),   WORD ("rd"),
                                WORD ("rood"),  WORD ("zwart"),   WORD ("sous") };

  if (n == 1 && cg_is_upper ((guchar) s[0]))
    return TRUE;
  return n <= 7 && (is_roman (s, n) || in_words (words, G_N_ELEMENTS (words), s, n, TRUE));
}

/* "2-hoog" or "3hg" at text[i]; returns its end or 0. */
static gsize
read_floor (const char *text, gsize len, gsize i)
{
  gsize j = i;

  while (j < len && cg_is_digit ((guchar) text[j]) && j - i < 2)
    j++;
  if (j == i)
    return 0;
  /* "2e verdieping", "3e etage" */
  if (j + 2 < len && text[j] == 'e' && text[j + 1] == ' ')
    {
      gsize w = j + 2, e = word_end (text, len, w);
      if ((e - w == 10 && g_ascii_strncasecmp (text + w, "verdieping", 10) == 0)
          || (e - w == 5 && g_ascii_strncasecmp (text + w, "etage", 5) == 0))
        return e;
    }
  if (j < len && text[j] == '-')
    j++;
  return is_floor (text + j, word_end (text, len, j) - j) ? word_end (text, len, j) : 0;
}

/* The house number addition after text[i]: 12A, 12-2, 12-III, 12 bis, 12 hs,
 * 12 2-hoog.  Returns the end of the addition, or @i when there is none. */
static gsize
read_addition (const char *text, gsize len, gsize i)
{
  gsize e;

  if (i >= len)
    return i;
  if (cg_is_ascii_alpha ((guchar) text[i]))
    {
      /* 12A, 12a, and written together: 23bis, 7hs */
      e = word_end (text, len, i);
      return e == i + 1
                     || (e > i + 1 && !is_roman (text + i, e - i)
                         && is_addition_word (text + i, e - i))
                 ? e
                 : i;
    }
  if (text[i] == '-' && i + 1 < len)
    {
      e = word_end (text, len, i + 1);
      if (e - (i + 1) >= 1 && e - (i + 1) <= 3
          && (cg_is_digit ((guchar) text[i + 1]) || is_addition_word (text + i + 1, e - i - 1)
              || is_lower_roman (text + i + 1, e - i - 1)))
        return e;
      return i;
    }
  if (text[i] == ' ' && i + 1 < len)
    {
      if ((e = read_floor (text, len, i + 1)) != 0)
        return e;
      e = word_end (text, len, i + 1);
      if (e > i + 1 && is_addition_word (text + i + 1, e - i - 1)
          && (e >= len || !is_name_byte ((guchar) text[e]) || text[e] == '.'))
        return e;
    }
  return i;
}

/* Four digits from 1900 to 2099 and nothing more. */
static gboolean
is_year (const char *text, gsize start, gsize end)
{
  return end - start == 4
         && ((text[start] == '1' && text[start + 1] == '9')
             || (text[start] == '2' && text[start + 1] == '0'));
}

/* Separators of a row's cells (not the comma, which prose is full of). */
static gboolean
is_cell_separator (char c)
{
  return c == ';' || c == '\t' || c == '|';
}

/* A house number in a cell of its own: the addition is in the cell after it
 * ("41;b;3911 AC") or in the same one ("41b"). */
static gsize
read_addition_cell (const char *text, gsize len, gsize i, char sep)
{
  gsize e;

  if (i < len && text[i] != sep)
    return read_addition (text, len, i);
  if (i + 1 >= len || !cg_is_ascii_alpha ((guchar) text[i + 1]))
    return i;
  e = word_end (text, len, i + 1);
  if ((e == i + 2 || is_addition_word (text + i + 1, e - i - 1))
      && (e >= len || text[e] == sep || text[e] == '\r' || text[e] == '\n'))
    return e;
  return i;
}

/* What follows a house number must end it: not "12:30", "12,5", "12%". */
static gboolean
number_ends_cleanly (const char *text, gsize len, gsize i)
{
  guchar next, next2;

  if (i >= len)
    return TRUE;
  next = (guchar) text[i];
  next2 = i + 1 < len ? (guchar) text[i + 1] : ' ';
  if (cg_is_word_byte (next) || next == '%' || next == '@' || next == '/')
    return FALSE;
  if ((next == ':' || next == '.' || next == ',' || next == '-') && cg_is_digit (next2))
    return FALSE;
  return TRUE;
}

/* ---- street names ----------------------------------------------------- */

/* Start offsets of up to MAX_STREET_WORDS words that end just before @end on
 * the same line, separated by single spaces; starts[0] is the nearest word. */
static guint
words_before (const char *text, gsize end, gsize starts[MAX_STREET_WORDS])
{
  guint n = 0;
  gsize e = end;

  while (n < MAX_STREET_WORDS)
    {
      gsize s = e;
      gboolean dash = FALSE;
      while (s > 0 && is_name_byte ((guchar) text[s - 1]))
        s--;
      /* "- kerkstraat 3", "vos - kerkstraat 3": a dash that starts a word
       * is a list's or a sentence's, not a name's */
      while (s < e && text[s] == '-')
        s++, dash = TRUE;
      if (s == e)
        break;
      starts[n++] = s;
      if (dash || s < 2 || text[s - 1] != ' ' || !is_name_byte ((guchar) text[s - 2]))
        break;
      e = s - 1;
    }
  return n;
}

static const Word street_suffixes[] = {
  WORD ("straat"), WORD ("laan"),   WORD ("weg"),  WORD ("plein"),     WORD ("gracht"),
  WORD ("kade"),   WORD ("singel"), WORD ("dijk"), WORD ("dreef"),     WORD ("steeg"),
  WORD ("pad"),    WORD ("hof"),    WORD ("park"), WORD ("plantsoen"), WORD ("markt"),
  WORD ("ring"),   WORD ("baan"),   WORD ("wal"),  WORD ("haven"),     WORD ("boulevard"),
  WORD ("allee"),  WORD ("veld"),   WORD ("erf"),
};

/* A capitalised word with a street ending ("Nieuwbouwstraat"): a street the
 * list may lack, believed only next to a postcode (see score_group()). */
static gboolean
looks_like_street (const char *text, gsize start, gsize end)
{
  gsize n = end - start;
  char tail[10];
  gsize k = MIN (n, sizeof tail);

  if (n < 5 || !cg_is_upper ((guchar) text[start]))
    return FALSE;
  /* every ending ends in one of these letters */
  if (strchr ("dDeEfFgGkKlLnNtT", text[end - 1]) == NULL)
    return FALSE;
  for (gsize i = 0; i < k; i++)
    tail[i] = (char) cg_ascii_lower ((guchar) text[end - k + i]);
  for (guint i = 0; i < G_N_ELEMENTS (street_suffixes); i++)
    {
      const Word *w = &street_suffixes[i];
      if (n > w->len + 1 && w->len <= k && memcmp (tail + k - w->len, w->word, w->len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Postbus 45", "Antwoordnummer 4120": an organisation's post box, never a
 * street with a house number. */
static gboolean
is_post_box_word (const char *text, gsize start, gsize end)
{
  return (end - start == 7 && g_ascii_strncasecmp (text + start, "postbus", 7) == 0)
         || (end - start == 14 && g_ascii_strncasecmp (text + start, "antwoordnummer", 14) == 0)
         || (end - start == 3 && g_ascii_strncasecmp (text + start, "box", 3) == 0);
}

/* The street name that ends at @end (exclusive): the longest run of words
 * that the street list knows.  Sets *@start and *@weak. */
static gboolean
read_street (const CgGazetteer *gaz, const char *text, gsize end, gsize *start, gboolean *weak)
{
  gsize starts[MAX_STREET_WORDS];
  guint n;
  gsize last = end;
  char name[NAME_BUFFER];
  gssize name_len;
  gboolean last_known;

  /* Most numbers after a word are not house numbers ("took 12 ms"): test the
   * last word alone before collecting more. */
  while (last > 0 && cg_is_word_byte ((guchar) text[last - 1]))
    last--;
  if (end - last < 2 || end - last > 40)
    return FALSE;
  /* a street's last word has letters: a ledger's "500840636\t1300" needs no
   * look-up */
  if (cg_is_digit ((guchar) text[end - 1]) && cg_is_digit ((guchar) text[last]))
    return FALSE;
  /* the last word normalised once, looked up in each list it may be in */
  name_len = cg_text_normalise_name (text + last, end - last, name, sizeof name);
  last_known
      = name_len > 0 && cg_name_set_contains (gaz->street_last_words, name, (gsize) name_len);
  if (!last_known && !looks_like_street (text, last, end))
    return FALSE;
  n = words_before (text, end, starts);
  if (n == 0 || is_post_box_word (text, starts[0], end))
    return FALSE;
  if (starts[0] == last ? !last_known : !lookup (gaz->street_last_words, text, starts[0], end))
    {
      *start = starts[0];
      *weak = TRUE;
      return looks_like_street (text, starts[0], end);
    }
  for (guint k = n; k >= 1; k--)
    {
      gsize s = starts[k - 1];
      gboolean capitalised = starts_capitalised (text, s) || starts_capitalised (text, starts[0]);
      gboolean known
          = s == last ? name_len > 0 && cg_name_set_contains (gaz->streets, name, (gsize) name_len)
                      : lookup (gaz->streets, text, s, end);

      if (known)
        {
          /* "kerkstraat 12" typed in lower case, or a street that is also a
           * word, counts only next to a postcode. */
          *start = s;
          *weak = !capitalised || (k == 1 && lookup (gaz->street_exceptions, text, s, end));
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- places ----------------------------------------------------------- */

/* The end of the longest known place name starting at @pos on its line, or 0. */
static gsize
read_place (const CgGazetteer *gaz, const char *text, gsize len, gsize pos, gboolean after_postcode)
{
  gsize ends[MAX_PLACE_WORDS];
  guint n = 0;
  gsize i = pos;

  /* After a postcode a place may be typed in lower case ("3511 ab utrecht");
   * elsewhere a lower-case word is a word ("te veel"). */
  if (pos >= len || cg_is_digit ((guchar) text[pos])
      || !(starts_capitalised (text, pos) || (after_postcode && cg_is_lower ((guchar) text[pos]))))
    return 0;
  while (n < MAX_PLACE_WORDS)
    {
      gsize e = i;
      while (e < len && is_name_byte ((guchar) text[e]))
        e++;
      /* A full stop or hyphen ends a sentence or a word, not a name. */
      while (e > i && (text[e - 1] == '.' || text[e - 1] == '-'))
        e--;
      if (e == i)
        break;
      ends[n++] = e;
      if (e + 1 >= len || text[e] != ' ' || !is_name_byte ((guchar) text[e + 1]))
        break;
      i = e + 1;
    }
  for (guint k = n; k >= 1; k--)
    {
      if (!lookup (gaz->places, text, pos, ends[k - 1]))
        continue;
      if (!after_postcode && lookup (gaz->place_exceptions, text, pos, ends[k - 1]))
        return 0;
      return ends[k - 1];
    }
  return 0;
}

/* A place after a street and house number: " te Zeist", ", Zeist", " Zeist",
 * or Zeist on the next line. */
static gsize
read_place_after_street (const CgGazetteer *gaz, const char *text, gsize len, gsize i, gboolean cue)
{
  gsize j = i;

  /* After "ik woon op de molenweg 8" a place may be typed in lower case too. */
  if (j + 4 < len
      && (g_ascii_strncasecmp (text + j, " te ", 4) == 0
          || g_ascii_strncasecmp (text + j, " in ", 4) == 0))
    return read_place (gaz, text, len, j + 4, cue);
  if (j < len && text[j] == ',')
    j++;
  else if (j < len && text[j] == '\r')
    j++;
  if (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n'))
    j++;
  while (j < len && text[j] == ' ' && j - i < 4)
    j++;
  /* after words of a home, or in a list of addresses, "kerkstraat 3 heeze" */
  return j > i ? read_place (gaz, text, len, j, cue) : 0;
}

/* ---- postcodes -------------------------------------------------------- */

/* Whether the token that ends at @end (exclusive) holds a letter. */
static gboolean
follows_word (const char *text, gsize end)
{
  for (gsize i = end; i > 0 && !cg_is_blank ((guchar) text[i - 1]) && text[i - 1] != '\n'; i--)
    if (!cg_is_digit ((guchar) text[i - 1]))
      return TRUE;
  return FALSE;
}

static gboolean
postcode_clear_before (const char *text, gsize start, gboolean after_house_number)
{
  guchar prev, prev2;

  if (start == 0)
    return TRUE;
  prev = (guchar) text[start - 1];
  prev2 = start >= 2 ? (guchar) text[start - 2] : ' ';
  if (cg_is_word_byte (prev) || prev == '.' || prev == '/' || prev == '+' || prev == ','
      || prev == '#' || prev == '$')
    return FALSE;
  /* "06 1234 5678", "12-1234": part of a longer number, not a postcode.
   * Only a number counts: "NL91ABNA0417164300 1234 AB" is an IBAN before it,
   * and "Kerkstraat 12 3511 AB" a house number. */
  if (after_house_number)
    return TRUE;
  return !((prev == ' ' || prev == '-') && cg_is_digit (prev2) && !follows_word (text, start - 1));
}

/* Case-insensitive: does text[from, to) hold @needle? */
static gboolean
span_mentions (const char *text, gsize from, gsize to, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = from; i + n <= to; i++)
    if (cg_ascii_lower ((guchar) text[i]) == (guchar) needle[0]
        && g_ascii_strncasecmp (text + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* text[from, to) in lower case, at most @size - 1 bytes (the last ones). */
static const char *
lowered (const char *text, gsize from, gsize to, char *out, gsize size)
{
  gsize n = MIN (to - from, size - 1);

  for (gsize i = 0; i < n; i++)
    out[i] = (char) cg_ascii_lower ((guchar) text[to - n + i]);
  out[n] = '\0';
  return out;
}

static gboolean
mentions_post_box (const char *text, gsize from, gsize to)
{
  char buf[96];
  const char *s = lowered (text, from, to, buf, sizeof buf);

  return strstr (s, "postbus") || strstr (s, "p.o. box") || strstr (s, "po box")
         || strstr (s, "antwoordnummer");
}

/* "Copyright (c) 2012 KU Leuven" is a year; "Postbus 94079, 1090 GB
 * Amsterdam" is an organisation's post box, not where somebody lives, also
 * with the postcode on the next line ("Postbus 1234\n9700 AA  Groningen"). */
static gboolean
postcode_is_other (const char *text, gsize start)
{
  gsize from = cg_text_line_start (text, start, 48);

  {
    char buf[96];
    const char *s = lowered (text, from, start, buf, sizeof buf);
    if (strstr (s, "copyright") || strstr (s, "(c)") || strstr (s, "\xc2\xa9")
        || mentions_post_box (text, from, start))
      return TRUE;
  }
  /* at the start of its line: the line above may hold the post box */
  for (gsize i = from; i < start; i++)
    if (!cg_is_blank ((guchar) text[i]))
      return FALSE;
  if (from == 0 || !cg_text_is_line_start (text, from))
    return FALSE;
  return mentions_post_box (text, cg_text_line_start (text, from - 1, 80), from - 1);
}

/* Two-letter Dutch words that follow numbers. */
static gboolean
is_small_word (const char *s)
{
  static const char *const words[]
      = { "al", "de", "en", "in", "is", "na", "of", "om", "op", "te", "zo" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (s[0] == words[i][0] && s[1] == words[i][1])
      return TRUE;
  return FALSE;
}

/* "1234 AB", "1234AB", "1234  AB": four digits (not starting with 0), at most
 * two spaces, two letters of one case; SA, SD and SS are never used. */
static gsize
read_postcode (const char *text, gsize len, gsize run_start, gsize run_end,
               gboolean after_house_number, gboolean *lower)
{
  gsize j = run_end;
  guchar a, b;

  if (run_end - run_start != 4 || text[run_start] == '0'
      || !postcode_clear_before (text, run_start, after_house_number))
    return 0;
  while (j < len && text[j] == ' ' && j - run_end < 2)
    j++;
  if (j + 2 > len)
    return 0;
  a = (guchar) text[j];
  b = (guchar) text[j + 1];
  if (!((cg_is_upper (a) && cg_is_upper (b)) || (cg_is_lower (a) && cg_is_lower (b))))
    return 0;
  /* "NL**": the country code of a masked IBAN is no postcode letter pair. */
  if (j + 2 < len && (cg_is_word_byte ((guchar) text[j + 2]) || text[j + 2] == '*'))
    return 0;
  a = (guchar) g_ascii_toupper (a);
  b = (guchar) g_ascii_toupper (b);
  if (a == 'S' && (b == 'A' || b == 'D' || b == 'S'))
    return 0;
  if (postcode_is_other (text, run_start))
    return 0;
  *lower = cg_is_lower ((guchar) text[j]);
  /* "1939 te Deventer", "2025 in Utrecht": a year and a word, not letters */
  if (*lower && is_small_word (text + j))
    return 0;
  return j + 2;
}

static gsize
read_place_after_postcode (const CgGazetteer *gaz, const char *text, gsize len, gsize i)
{
  gsize j = i;

  if (j < len && (text[j] == ',' || text[j] == ';' || text[j] == '|'))
    j++;
  while (j < len && (text[j] == ' ' || text[j] == '\t') && j - i < 3)
    j++;
  /* "wonende te 6811 AB\nArnhem, Steenstraat 4": the place wrapped */
  if (j == i && j < len && (text[j] == '\n' || text[j] == '\r'))
    {
      j += text[j] == '\r' && j + 1 < len && text[j + 1] == '\n' ? 2 : 1;
      while (j < len && text[j] == ' ' && j - i < 8)
        j++;
    }
  if (j == i)
    return 0;
  return read_place (gaz, text, len, j, TRUE);
}

/* ", huisnummer 12" after "postcode 1234 AB". */
static gsize
read_house_number_label (const char *text, gsize len, gsize i)
{
  static const Word labels[]
      = { WORD ("huisnummer"), WORD ("huisnr"), WORD ("nummer"), WORD ("nr") };
  gsize j = i;

  if (j < len && text[j] == ',')
    j++;
  while (j < len && text[j] == ' ')
    j++;
  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    {
      gsize n = labels[l].len;
      gsize k = j + n, run;

      if (k >= len || g_ascii_strncasecmp (text + j, labels[l].word, n) != 0)
        continue;
      while (k < len && (text[k] == '.' || text[k] == ':' || text[k] == ' '))
        k++;
      run = k;
      while (run < len && cg_is_digit ((guchar) text[run]) && run - k < 5)
        run++;
      if (run == k || text[k] == '0')
        return 0;
      run = read_addition (text, len, run);
      return number_ends_cleanly (text, len, run) ? run : 0;
    }
  return 0;
}

/* ---- parts ------------------------------------------------------------ */

/* "mr. Troelstralaan", "Burg. de Withstraat": a title written before the
 * street name belongs to it, so masking leaves no part of the name. */
static gsize
extend_over_titles (const char *text, gsize start)
{
  static const Word titles[] = {
    WORD ("burg."), WORD ("dr."),  WORD ("drs."), WORD ("ds."),   WORD ("gen."),  WORD ("ing."),
    WORD ("ir."),   WORD ("jhr."), WORD ("kon."), WORD ("kpt."),  WORD ("lt."),   WORD ("mgr."),
    WORD ("mr."),   WORD ("mr"),   WORD ("pr."),  WORD ("pres."), WORD ("prof."), WORD ("st."),
  };

  for (guint rounds = 0; rounds < 2 && start >= 3 && text[start - 1] == ' '; rounds++)
    {
      gsize s = start - 1;
      while (s > 0 && (cg_is_ascii_alpha ((guchar) text[s - 1]) || text[s - 1] == '.'))
        s--;
      if (s > 0 && cg_is_word_byte ((guchar) text[s - 1]))
        break;
      if (!in_words (titles, G_N_ELEMENTS (titles), text + s, start - 1 - s, TRUE))
        break;
      start = s;
    }
  return start;
}

/* Words of a person's home before the street on its line: "ik woon op de",
 * "wonende aan de", "mijn adres is". */
/* Whether the line at @ls is an item of a list ("- ", "* ", "• "). */
static gboolean
is_list_item (const char *text, gsize ls, gsize le)
{
  gsize i = ls;

  while (i < le && text[i] == ' ')
    i++;
  if (i + 1 < le && (text[i] == '-' || text[i] == '*') && text[i + 1] == ' ')
    return TRUE;
  return i + 3 < le && (guchar) text[i] == 0xE2 && (guchar) text[i + 1] == 0x80
         && (guchar) text[i + 2] == 0xA2;
}

/* "kerstkaarten 2025 – adressen" over a list of items, one of which holds
 * @start: a list of addresses, typed as they come ("- tante nel kerkstraat
 * 3 heeze"). */
static gboolean
in_address_list (const char *text, gsize start)
{
  gsize ls = cg_text_line_start (text, start, 256), le = start;
  gboolean skipped_blank = FALSE;

  if (!cg_text_is_line_start (text, ls) || !is_list_item (text, ls, le))
    return FALSE;
  for (guint k = 0; k < 60 && ls > 0; k++)
    {
      le = ls - 1;
      ls = cg_text_line_start (text, le, 256);
      if (!cg_text_is_line_start (text, ls))
        return FALSE;
      if (is_list_item (text, ls, le))
        continue;
      if (ls == le && !skipped_blank)
        {
          skipped_blank = TRUE;
          continue;
        }
      /* "adressen", or the cards the list is for: "kerstkaarten 2025",
       * "geboortekaartjes", "trouwkaarten" go to homes */
      return span_mentions (text, ls, le, "adres") || span_mentions (text, ls, le, "kaart");
    }
  return FALSE;
}

/* "fam van leeuwen ginnekenweg 80", "familie Benali": a family lives there. */
static gboolean
names_family (const char *text, gsize from, gsize start)
{
  for (gsize i = from; i + 3 <= start; i++)
    if ((i == from || !cg_is_ascii_alpha ((guchar) text[i - 1]))
        && g_ascii_strncasecmp (text + i, "fam", 3) == 0)
      {
        gsize e = i + 3;
        if (e + 4 <= start && g_ascii_strncasecmp (text + e, "ilie", 4) == 0)
          e += 4;
        else if (e < start && text[e] == '.')
          e++;
        if (e < start && text[e] == ' ')
          return TRUE;
      }
  return FALSE;
}

static gboolean
has_home_cue (const char *text, gsize start)
{
  gsize from = cg_text_line_start (text, start, 80);

  return in_address_list (text, start) || names_family (text, from, start)
         || span_mentions (text, from, start, "woon") || span_mentions (text, from, start, "wonend")
         || span_mentions (text, from, start, "adres")
         || span_mentions (text, from, start, "verhuis")
         || span_mentions (text, from, start, "address")
         || span_mentions (text, from, start, "live");
}

/* A known place and a comma right before @start ("Utrecht, "), after "te",
 * "in" or the start of the line.  Returns the place's start, or @start. */
static gsize
read_place_before (const CgGazetteer *gaz, const char *text, gsize start)
{
  gsize comma, s;

  if (start < 3 || text[start - 1] != ' ' || text[start - 2] != ',')
    return start;
  comma = start - 2;
  s = comma;
  for (guint words = 0; words < 3 && s > 0; words++)
    {
      gsize w = s;
      while (w > 0 && is_name_byte ((guchar) text[w - 1]))
        w--;
      if (w == s)
        break;
      if (lookup (gaz->places, text, w, comma) && starts_capitalised (text, w)
          && !lookup (gaz->place_exceptions, text, w, comma)
          && (w == 0 || text[w - 1] == '\n'
              || (w >= 4
                  && (g_ascii_strncasecmp (text + w - 4, " te ", 4) == 0
                      || g_ascii_strncasecmp (text + w - 4, " in ", 4) == 0))))
        return w;
      if (w == 0 || text[w - 1] != ' ')
        break;
      s = w - 1;
    }
  return start;
}

static gsize
read_street_part (const CgGazetteer *gaz, const char *text, gsize len, gsize run_start,
                  gsize run_end, CgAddressPart *part)
{
  gsize end, place_end, street_start;
  gboolean weak = FALSE;

  char sep = run_start > 0 ? text[run_start - 1] : 0;

  /* "Kerkstraat 12", or in a row's cells "Kerkstraat;12" */
  if (run_end - run_start > 5 || text[run_start] == '0' || run_start < 2
      || (sep != ' ' && !is_cell_separator (sep)) || !is_name_byte ((guchar) text[run_start - 2]))
    return 0;
  end = sep == ' ' ? read_addition (text, len, run_end)
                   : read_addition_cell (text, len, run_end, sep);
  if (!number_ends_cleanly (text, len, end))
    return 0;
  if (!read_street (gaz, text, run_start - 1, &street_start, &weak))
    return 0;
  street_start = extend_over_titles (text, street_start);
  part->start = part->street_start = street_start;
  part->street = TRUE;
  /* "Zomer Markt 2025", "Jaarbeurs 1998": a year after a name is more often
   * a year than a house number; it counts next to a postcode only */
  part->weak_street = weak || is_year (text, run_start, end);
  /* a home's words matter only for a street typed in lower case */
  part->cue = weak && has_home_cue (text, street_start);
  place_end = read_place_after_street (gaz, text, len, end, part->cue);
  /* "boschdijk 233 b eindhoven": typed in lower case, a letter of its own
   * is the addition when a known place follows it */
  if (place_end == 0 && weak && end == run_end && end + 3 < len && text[end] == ' '
      && cg_is_lower ((guchar) text[end + 1]) && text[end + 2] == ' '
      && (place_end = read_place_after_street (gaz, text, len, end + 2, part->cue)) != 0)
    end += 2;
  part->place = place_end != 0;
  part->end = place_end != 0 ? place_end : end;
  /* "wonende te Utrecht, Kanaalstraat 15 bis": the place first */
  if (!part->place && (place_end = read_place_before (gaz, text, street_start)) != street_start)
    {
      part->place = TRUE;
      part->start = place_end;
    }
  return part->end;
}

static gsize
read_postcode_part (const CgGazetteer *gaz, const char *text, gsize len, gsize run_start,
                    gsize run_end, gboolean after_house_number, CgAddressPart *part)
{
  gboolean lower = FALSE;
  gsize end = read_postcode (text, len, run_start, run_end, after_house_number, &lower);
  gsize after;

  if (end == 0)
    return 0;
  part->start = run_start;
  part->postcode = TRUE;
  part->lower_postcode = lower;
  after = read_place_after_postcode (gaz, text, len, end);
  part->place = after != 0;
  if (after != 0)
    end = after;
  after = read_house_number_label (text, len, end);
  part->house_number = after != 0;
  part->end = after != 0 ? after : end;
  return part->end;
}

gsize
cg_address_read_part (const CgGazetteer *gaz, const char *text, gsize len, gsize run_start,
                      gsize run_end, GArray *parts)
{
  CgAddressPart part;
  const CgAddressPart *last;
  gboolean after_house_number;
  gsize end;
  char sep;

  /* What read_postcode() and read_street_part() ask first: four digits,
   * or a house number after a word and a blank or cell separator.  Most runs
   * of a digit-dense text (dates, amounts, "0,00") are neither. */
  if (text[run_start] == '0')
    return 0;
  if (run_end - run_start != 4)
    {
      if (run_end - run_start > 5 || run_start < 2)
        return 0;
      sep = text[run_start - 1];
      if ((sep != ' ' && !is_cell_separator (sep)) || !is_name_byte ((guchar) text[run_start - 2]))
        return 0;
    }
  memset (&part, 0, sizeof part);
  last = parts->len > 0 ? &g_array_index (parts, CgAddressPart, parts->len - 1) : NULL;
  after_house_number = last != NULL && last->street && last->end + 1 == run_start;
  end = read_postcode_part (gaz, text, len, run_start, run_end, after_house_number, &part);

  if (end == 0)
    end = read_street_part (gaz, text, len, run_start, run_end, &part);
  if (end == 0)
    return 0;
  /* A place read before a street may be the previous part's already (a
   * place before is only read when none follows). */
  if (last != NULL && part.street && last->end > part.start && last->end <= part.street_start)
    {
      part.start = part.street_start;
      part.place = FALSE;
    }
  /* A part that starts inside the previous one adds nothing. */
  if (last != NULL && last->end > part.start)
    return 0;
  g_array_append_val (parts, part);
  return end;
}

/* ---- from parts to addresses ----------------------------------------- */

typedef struct
{
  gsize start;
  gsize end;
  guint n_parts;
  gboolean street, weak_street, postcode, lower_postcode, place, house_number, cue;
  gsize street_start; /* of its first street part, or G_MAXSIZE */
} Group;

/* Parts of one address stand apart by commas, blanks, a tab or one line break. */
static gboolean
is_glue (const char *text, gsize from, gsize to)
{
  guint breaks = 0;

  if (to - from > 8)
    return FALSE;
  for (gsize i = from; i < to; i++)
    {
      char c = text[i];
      if (c == '\n')
        breaks++;
      /* "stationsweg 14 – 3862ab nijkerk": a dash between blanks */
      else if ((c == '-' || (guchar) c == 0xE2) && i > from && text[i - 1] == ' '
               && (c == '-' ? i + 1 : i + 3) < to
               && (c == '-' || ((guchar) text[i + 1] == 0x80 && (guchar) text[i + 2] == 0x93))
               && text[c == '-' ? i + 1 : i + 3] == ' ')
        i += c == '-' ? 0 : 2;
      else if (c != ' ' && c != ',' && c != '\r' && !is_cell_separator (c))
        return FALSE;
    }
  return breaks <= 1;
}

static void
group_add (Group *g, const CgAddressPart *p)
{
  if (g->n_parts == 0)
    {
      g->start = p->start;
      g->street_start = G_MAXSIZE;
    }
  if (p->street && g->street_start == G_MAXSIZE)
    g->street_start = p->street_start;
  g->end = p->end;
  g->n_parts++;
  g->street |= p->street && !p->weak_street;
  g->weak_street |= p->street && p->weak_street;
  g->postcode |= p->postcode && !p->lower_postcode;
  g->lower_postcode |= p->postcode && p->lower_postcode;
  g->place |= p->place;
  g->house_number |= p->house_number;
  g->cue |= p->cue;
}

static GArray *
group_parts (const char *text, GArray *parts)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (Group));
  Group current = { 0 };

  for (guint i = 0; i < parts->len; i++)
    {
      const CgAddressPart *p = &g_array_index (parts, CgAddressPart, i);
      /* Two streets in a row are two addresses, as are two postcodes. */
      gboolean joins = current.n_parts > 0 && is_glue (text, current.end, p->start)
                       && !((current.street || current.weak_street) && p->street)
                       && !((current.postcode || current.lower_postcode) && p->postcode);

      if (current.n_parts > 0 && !joins)
        {
          g_array_append_val (groups, current);
          memset (&current, 0, sizeof current);
        }
      group_add (&current, p);
    }
  if (current.n_parts > 0)
    g_array_append_val (groups, current);
  return groups;
}

/* Line breaks between two offsets, counted up to @limit + 1: groups can lie
 * megabytes apart, and only "a few lines" matters. */
static guint
lines_between (const char *text, gsize from, gsize to, guint limit)
{
  guint n = 0;

  for (const char *p = text + from; p < text + to && n <= limit; p++)
    {
      p = memchr (p, '\n', (gsize) (text + to - p));
      if (p == NULL)
        break;
      n++;
    }
  return n;
}

/* A full address (postcode with a street or place) within two lines of @g:
 * the street of a form ("Straat: Kerkstraat 12\nPostcode: 1234 AB Zeist"). */
static gboolean
near_full_address (const char *text, GArray *groups, guint index)
{
  const Group *g = &g_array_index (groups, Group, index);

  for (guint k = index + 1; k < groups->len; k++)
    {
      const Group *o = &g_array_index (groups, Group, k);
      if (lines_between (text, g->end, o->start, 2) > 2)
        break;
      if (o->postcode && (o->place || o->street))
        return TRUE;
    }
  for (guint k = index; k-- > 0;)
    {
      const Group *o = &g_array_index (groups, Group, k);
      if (lines_between (text, o->end, g->start, 2) > 2)
        break;
      if (o->postcode && (o->place || o->street))
        return TRUE;
    }
  return FALSE;
}

/* "Object: Molenweg 41 (Rhenen)": a municipal tax bill's label of the home
 * it is about, at the start of its line (not "a Java object"). */
static gboolean
object_label_before (const char *text, gsize start)
{
  gsize ls = cg_text_line_start (text, start, 64), i = ls;

  while (i < start && (text[i] == ' ' || text[i] == '\t'))
    i++;
  if (!cg_text_is_line_start (text, ls) || i + 7 > start
      || g_ascii_strncasecmp (text + i, "object", 6) != 0)
    return FALSE;
  for (i += 6; i < start && text[i] == ' '; i++)
    ;
  if (i >= start || text[i] != ':')
    return FALSE;
  for (i++; i < start && text[i] == ' '; i++)
    ;
  return i == start;
}

/* The keyword (static) that labels text[start, end) as an address, or NULL. */
static const char *
address_label (const char *text, gsize len, gsize start, gsize end, CgTableCache *table)
{
  CgContext context;
  CgTableCell cell;

  if (cg_table_cell_at (table, text, len, start, &cell))
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << cell.header_index;
      const char **keyword = &table->header_address_keyword[cell.header_index];

      /* every row asks about the same header cells */
      if (!(table->header_address_known & bit))
        {
          *keyword = cg_context_in_span (CG_KEYWORDS_ADDRESS, text, cell.header.start,
                                         cell.header.end, &context)
                         ? context.keyword
                         : NULL;
          table->header_address_known |= bit;
        }
      if (*keyword != NULL)
        return *keyword;
    }
  if (cg_context_on_line (CG_KEYWORDS_ADDRESS, text, len, start, end, 48, &context)
      || cg_context_label_above (CG_KEYWORDS_ADDRESS, text, start, &context))
    return context.keyword;
  if (object_label_before (text, start))
    return "object";
  return NULL;
}

static double
score_group (const char *text, gsize len, GArray *groups, guint index, CgTableCache *table,
             const char **reason)
{
  const Group *g = &g_array_index (groups, Group, index);
  const char *keyword;

  if ((g->postcode || g->lower_postcode) && (g->street || g->weak_street) && g->place)
    return *reason = "street + house number + postcode + place", 0.99;
  if (g->postcode && (g->street || g->weak_street))
    return *reason = "street + house number + postcode", 0.95;
  if (g->postcode && g->house_number)
    return *reason = "postcode + house number", 0.9;
  if (g->postcode && g->place)
    return *reason = "postcode + place", 0.85;
  if (g->lower_postcode && g->place)
    return *reason = "postcode in lower case + place", 0.4;
  if (g->street && g->place)
    return *reason = "known street + house number + place", 0.85;
  if (g->weak_street && g->place && g->cue)
    return *reason = "street + house number + place after words of a home", 0.8;
  if (g->street && (keyword = address_label (text, len, g->start, g->end, table)) != NULL)
    {
      *reason = cg_text_reason ("known street + house number + keyword '%s'", keyword, NULL);
      return 0.75;
    }
  if (g->street && near_full_address (text, groups, index))
    return *reason = "known street + house number near a postcode", 0.7;
  if (g->street)
    return *reason = "known street + house number only", 0.3;
  if (g->postcode)
    return *reason = "postcode only", 0.2;
  return *reason = "street-like words + number only", 0.1;
}

/* The confidence of an address found next to an organisation's words; no
 * other rule gives it. */
#define ORGANISATION_CONFIDENCE 0.21

/* "kerkstraat 12", the street and number of a group, for finding the same
 * address again; NULL when it has no street. */
static char *
street_key (const char *text, gsize len, const Group *g)
{
  char name[NAME_BUFFER];
  gsize i = g->street_start, end;
  gssize n;

  if (g->street_start == G_MAXSIZE)
    return NULL;
  while (i < g->end && !cg_is_digit ((guchar) text[i]))
    i++;
  end = cg_text_digit_run_end (text, len, i);
  n = cg_text_normalise_name (text + g->street_start, end - g->street_start, name, sizeof name);
  return n > 0 ? g_strndup (name, (gsize) n) : NULL;
}

/* An address over a row's cells ("Molenweg;41;b;3911 AC;Rhenen") is found
 * cell by cell, as one group: masked with placeholders, the row keeps its
 * columns. */
static void
append_by_cells (const char *text, const CgFinding *f, guint *next_group, GArray *findings)
{
  CgFinding part = *f;
  gsize s = f->start;

  for (gsize i = f->start; i < f->end; i++)
    if (is_cell_separator (text[i]))
      break;
    else if (i + 1 == f->end)
      {
        g_array_append_val (findings, *f);
        return;
      }
  part.group = ++*next_group;
  for (gsize i = f->start; i <= f->end; i++)
    {
      if (i < f->end && !is_cell_separator (text[i]))
        continue;
      part.start = s;
      part.end = i;
      while (part.start < part.end && g_ascii_isspace (text[part.start]))
        part.start++;
      while (part.end > part.start && g_ascii_isspace (text[part.end - 1]))
        part.end--;
      if (part.end > part.start)
        g_array_append_val (findings, part);
      s = i + 1;
    }
}

void
cg_address_resolve (const char *text, gsize len, GArray *parts, CgTableCache *table,
                    double threshold, gboolean include_weak, guint *next_group, GArray *findings)
{
  g_autoptr (GArray) groups = group_parts (text, parts);
  g_autoptr (GArray) scored = g_array_sized_new (FALSE, FALSE, sizeof (CgFinding), groups->len);
  g_autoptr (GHashTable) strong = NULL;

  for (guint i = 0; i < groups->len; i++)
    {
      const Group *g = &g_array_index (groups, Group, i);
      CgFinding f = { .type = CG_FINDING_ADDRESS, .start = g->start, .end = g->end };

      f.confidence = score_group (text, len, groups, i, table, &f.reason);
      /* A company's, a practice's or a town hall's address is not personal
       * data; the person's own address in the same text still is. */
      if (f.confidence >= threshold)
        {
          CgTableCell cell;
          gboolean row = cg_table_cell_at (table, text, len, g->start, &cell);
          if (row ? cg_organisation_table (text, len, g->start, g->end, table->header_start,
                                           table->header_end)
                  : cg_organisation_near (text, len, g->start, g->end, FALSE, &f.reason))
            {
              f.confidence = ORGANISATION_CONFIDENCE;
              if (row)
                f.reason = "an organisation's (its row or its table's header says so)";
            }
        }
      if (f.confidence >= threshold && g->street_start != G_MAXSIZE)
        {
          char *key = street_key (text, len, g);
          if (strong == NULL)
            strong = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          if (key != NULL)
            g_hash_table_add (strong, key);
        }
      g_array_append_val (scored, f);
    }
  for (guint i = 0; i < groups->len; i++)
    {
      CgFinding *f = &g_array_index (scored, CgFinding, i);
      const Group *g = &g_array_index (groups, Group, i);

      /* The same street and number again ("Kerkstraat 12" in a later
       * sentence) is the same address, an organisation's excepted. */
      if (f->confidence < threshold && f->confidence != ORGANISATION_CONFIDENCE && strong != NULL
          && g->street_start != G_MAXSIZE)
        {
          g_autofree char *key = street_key (text, len, g);
          if (key != NULL && g_hash_table_contains (strong, key))
            {
              f->confidence = 0.85;
              f->reason = "the same street and number as an address elsewhere in the text";
            }
        }
      if (f->confidence >= threshold || include_weak)
        append_by_cells (text, f, next_group, findings);
    }
}

gboolean
cg_address_find_place (const CgGazetteer *gaz, const char *text, gsize len, gsize *start,
                       gsize *end)
{
  gboolean found = FALSE;

  if (gaz->places == NULL)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gsize e;
      /* at the start of a word, the longest place there; the last one wins
       * (a place follows its street and postcode) */
      if ((i > 0 && is_name_byte ((guchar) text[i - 1])) || !cg_is_ascii_alpha ((guchar) text[i]))
        continue;
      e = read_place (gaz, text, len, i, TRUE);
      if (e != 0)
        {
          *start = i;
          *end = e;
          found = TRUE;
          i = e;
        }
    }
  return found;
}
