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
typedef struct
{
  const char *s;
  gsize len;
} Literal;
#define LITERAL(s)  \
  {                 \
    s, sizeof s - 1 \
  }

static const Literal legal_forms[] = {
  LITERAL ("B.V"),  LITERAL ("B.V."), LITERAL ("BV"),     LITERAL ("BVBA"),   LITERAL ("C.V."),
  LITERAL ("GmbH"), LITERAL ("Inc."), LITERAL ("Ltd"),    LITERAL ("Ltd."),   LITERAL ("N.V"),
  LITERAL ("N.V."), LITERAL ("NV"),   LITERAL ("V.O.F"),  LITERAL ("V.O.F."), LITERAL ("VOF"),
  LITERAL ("b.v."), LITERAL ("n.v."), LITERAL ("v.o.f."), LITERAL ("v.o.f"),
};

enum
{
  WEAK_ORG = 1 << 0,
  WEAK_PERSON = 1 << 1,
  STRONG_ORG = 1 << 2,
  STRONG_PERSON = 1 << 3,
};

/* Lower-case words (letters only), sorted, with what they say.  Strong ones
 * decide over weak ones: "Brouwerij De Klok NV ... dhr. Peeters" is a company
 * with a contact person, "BSN: ...\nAdres: ..." a person's.
 *   STRONG_ORG: a company's labels and registers (KvK, BTW, bezoekadres).
 *   WEAK_ORG: institutions, buildings, and events held at a venue.
 *   STRONG_PERSON: words of a person's home and of personal records.
 *   WEAK_PERSON: forms of address. */
typedef struct
{
  const char *word;
  guint flag;
} Word;

static const Word words[] = {
  { "accommodatie", WEAK_ORG },
  { "accountants", WEAK_ORG },
  { "achternaam", STRONG_PERSON },
  { "adreshouding", STRONG_PERSON },
  { "advocaten", WEAK_ORG },
  { "afdeling", WEAK_ORG },
  { "afhaalpunt", WEAK_ORG },
  { "agb", STRONG_ORG },
  { "antwoordnummer", STRONG_ORG },
  { "apotheek", WEAK_ORG },
  { "appartement", STRONG_PERSON },
  { "architecten", WEAK_ORG },
  { "bedrijfspand", WEAK_ORG },
  { "bedrijventerrein", WEAK_ORG },
  { "begraafplaats", WEAK_ORG },
  { "bewoner", STRONG_PERSON },
  { "bezoekadres", STRONG_ORG },
  { "bibliotheek", WEAK_ORG },
  { "bijeenkomst", WEAK_ORG },
  { "bioscoop", WEAK_ORG },
  { "brasserie", WEAK_ORG },
  { "bsn", STRONG_PERSON },
  { "btw", STRONG_ORG },
  { "bungalowpark", WEAK_ORG },
  { "burgerservicenummer", STRONG_PERSON },
  { "buurthuis", WEAK_ORG },
  { "cafe", WEAK_ORG },
  { "camping", WEAK_ORG },
  { "client", STRONG_PERSON },
  { "clubgebouw", WEAK_ORG },
  { "clubhuis", WEAK_ORG },
  { "company", STRONG_ORG },
  { "concert", WEAK_ORG },
  { "concertzaal", WEAK_ORG },
  { "conferentie", WEAK_ORG },
  { "congres", WEAK_ORG },
  { "consultancy", WEAK_ORG },
  { "crematorium", WEAK_ORG },
  { "crossdock", WEAK_ORG },
  { "dc", WEAK_ORG },
  { "deelnemer", STRONG_PERSON },
  { "dhl", WEAK_ORG },
  { "dhr", WEAK_PERSON },
  { "distributiecentrum", WEAK_ORG },
  { "dorpshuis", WEAK_ORG },
  { "dorpskerk", WEAK_ORG },
  { "eetcafe", WEAK_ORG },
  { "employee", STRONG_PERSON },
  { "employer", STRONG_ORG },
  { "evenement", WEAK_ORG },
  { "event", WEAK_ORG },
  { "fam", WEAK_PERSON },
  { "familie", WEAK_PERSON },
  { "fax", WEAK_ORG },
  { "festival", WEAK_ORG },
  { "filiaal", WEAK_ORG },
  { "filiaalnr", WEAK_ORG },
  { "filiaalnummer", WEAK_ORG },
  { "filmhuis", WEAK_ORG },
  { "fysiotherapie", WEAK_ORG },
  { "garage", WEAK_ORG },
  { "geb", STRONG_PERSON },
  { "geboortedatum", STRONG_PERSON },
  { "geboren", STRONG_PERSON },
  { "gemeentehuis", WEAK_ORG },
  { "geopend", WEAK_ORG },
  { "geslacht", STRONG_PERSON },
  { "gesloten", WEAK_ORG },
  { "gevestigd", STRONG_ORG },
  { "golfbaan", WEAK_ORG },
  { "groothandel", WEAK_ORG },
  { "headquarters", STRONG_ORG },
  { "heer", WEAK_PERSON },
  { "hervormde", WEAK_ORG },
  { "hogeschool", WEAK_ORG },
  { "holding", WEAK_ORG },
  { "home", STRONG_PERSON },
  { "hoofdkantoor", STRONG_ORG },
  { "hoofdlocatie", STRONG_ORG },
  { "hostel", WEAK_ORG },
  { "hotel", WEAK_ORG },
  { "huisadres", STRONG_PERSON },
  { "huisarts", WEAK_ORG },
  { "huisartsenpost", WEAK_ORG },
  { "huurder", STRONG_PERSON },
  { "ijsbaan", WEAK_ORG },
  { "industrieterrein", WEAK_ORG },
  { "inrijtijd", WEAK_ORG },
  { "jachthaven", WEAK_ORG },
  { "kantine", WEAK_ORG },
  { "kantoor", WEAK_ORG },
  { "kantooradres", STRONG_ORG },
  { "kantoorhoudende", STRONG_ORG },
  { "kapel", WEAK_ORG },
  { "kapsalon", WEAK_ORG },
  { "kassa", WEAK_ORG },
  { "kassabon", WEAK_ORG },
  { "kerk", WEAK_ORG },
  { "kerkelijk", WEAK_ORG },
  { "kinderboerderij", WEAK_ORG },
  { "kinderdagverblijf", WEAK_ORG },
  { "kinderopvang", WEAK_ORG },
  { "kliniek", WEAK_ORG },
  { "koopavond", WEAK_ORG },
  { "koopzondag", WEAK_ORG },
  { "kvk", STRONG_ORG },
  { "leerlingnr", STRONG_PERSON },
  { "leverancier", STRONG_ORG },
  { "lezing", WEAK_ORG },
  { "locatie", WEAK_ORG },
  { "loods", WEAK_ORG },
  { "lrk", STRONG_ORG },
  { "magazijn", WEAK_ORG },
  { "makelaardij", WEAK_ORG },
  { "makelaars", WEAK_ORG },
  { "manege", WEAK_ORG },
  { "mevr", WEAK_PERSON },
  { "mevrouw", WEAK_PERSON },
  { "mijn", STRONG_PERSON },
  { "milieustraat", WEAK_ORG },
  { "ministerie", WEAK_ORG },
  { "moskee", WEAK_ORG },
  { "motel", WEAK_ORG },
  { "museum", WEAK_ORG },
  { "my", STRONG_PERSON },
  { "notaris", WEAK_ORG },
  { "notarissen", WEAK_ORG },
  { "office", WEAK_ORG },
  { "openingstijden", WEAK_ORG },
  { "openingsuren", WEAK_ORG },
  { "pakketpunt", WEAK_ORG },
  { "parkeergarage", WEAK_ORG },
  { "parkeergelegenheid", WEAK_ORG },
  { "particulier", STRONG_PERSON },
  { "partycentrum", WEAK_ORG },
  { "patient", STRONG_PERSON },
  { "pension", WEAK_ORG },
  { "personeelsnr", STRONG_PERSON },
  { "personeelsnummer", STRONG_PERSON },
  { "polikliniek", WEAK_ORG },
  { "politie", WEAK_ORG },
  { "politiebureau", WEAK_ORG },
  { "poppodium", WEAK_ORG },
  { "postadres", STRONG_ORG },
  { "postbus", STRONG_ORG },
  { "postnl", WEAK_ORG },
  { "praktijk", WEAK_ORG },
  { "provincie", WEAK_ORG },
  { "raadhuis", WEAK_ORG },
  { "receptie", WEAK_ORG },
  { "receptiebalie", WEAK_ORG },
  { "relatiedag", WEAK_ORG },
  { "restaurant", WEAK_ORG },
  { "retouradres", STRONG_ORG },
  { "roepnaam", STRONG_PERSON },
  { "routebeschrijving", WEAK_ORG },
  { "rsin", STRONG_ORG },
  { "schouwburg", WEAK_ORG },
  { "seminar", WEAK_ORG },
  { "servicepoint", WEAK_ORG },
  { "showroom", WEAK_ORG },
  { "speeltuin", WEAK_ORG },
  { "sportcomplex", WEAK_ORG },
  { "sporthal", WEAK_ORG },
  { "sportpark", WEAK_ORG },
  { "stadhuis", WEAK_ORG },
  { "stadion", WEAK_ORG },
  { "stadskantoor", WEAK_ORG },
  { "station", WEAK_ORG },
  { "stichting", STRONG_ORG },
  { "strandpaviljoen", WEAK_ORG },
  { "supermarkt", WEAK_ORG },
  { "supplier", STRONG_ORG },
  { "symposium", WEAK_ORG },
  { "synagoge", WEAK_ORG },
  { "tandarts", WEAK_ORG },
  { "tankstation", WEAK_ORG },
  { "tav", STRONG_ORG },
  { "theater", WEAK_ORG },
  { "thuisadres", STRONG_PERSON },
  { "uitrijtijd", WEAK_ORG },
  { "universiteit", WEAK_ORG },
  { "vakantiepark", WEAK_ORG },
  { "vereniging", STRONG_ORG },
  { "verhuisd", STRONG_PERSON },
  { "verhuurder", STRONG_PERSON },
  { "verzorgingshuis", WEAK_ORG },
  { "vestiging", STRONG_ORG },
  { "vestigingsadres", STRONG_ORG },
  { "voorletters", STRONG_PERSON },
  { "voornaam", STRONG_PERSON },
  { "voorstelling", WEAK_ORG },
  { "warehouse", STRONG_ORG },
  { "waterschap", WEAK_ORG },
  { "werkgever", STRONG_ORG },
  { "werknemer", STRONG_PERSON },
  { "werkplaats", WEAK_ORG },
  { "wijkcentrum", WEAK_ORG },
  { "winkel", WEAK_ORG },
  { "winkelcentrum", WEAK_ORG },
  { "wonende", STRONG_PERSON },
  { "woning", STRONG_PERSON },
  { "woon", STRONG_PERSON },
  { "woonachtig", STRONG_PERSON },
  { "woonadres", STRONG_PERSON },
  { "woonhuis", STRONG_PERSON },
  { "woont", STRONG_PERSON },
  { "workshop", WEAK_ORG },
  { "www", STRONG_ORG },
  { "zaal", WEAK_ORG },
  { "ziekenhuis", WEAK_ORG },
  { "zorgcentrum", WEAK_ORG },
  { "zwembad", WEAK_ORG },
};

/* Endings of compound words of an organisation: huisartsenpraktijk,
 * notariskantoor, installatiebedrijf, zorggroep, basisschool, bakkerij. */
static const Literal org_endings[] = {
  LITERAL ("bedrijf"), LITERAL ("bureau"),   LITERAL ("centrum"),  LITERAL ("erij"),
  LITERAL ("garage"),  LITERAL ("groep"),    LITERAL ("hotel"),    LITERAL ("instelling"),
  LITERAL ("kantoor"), LITERAL ("magazijn"), LITERAL ("praktijk"), LITERAL ("school"),
  LITERAL ("winkel"),
};

static int
compare_word (const void *key, const void *member)
{
  return strcmp (key, ((const Word *) member)->word);
}

static gboolean
is_legal_form (const char *text, gsize s, gsize e)
{
  gsize n = e - s;

  /* all of them are 2 to 6 bytes, and start with one of these letters */
  if (n < 2 || n > 6 || text[s] == '\0' || strchr ("BCGILNVbnv", text[s]) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (legal_forms); i++)
    if (legal_forms[i].len == n && memcmp (text + s, legal_forms[i].s, n) == 0)
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
      gsize k = org_endings[i].len;
      if (n > k + 2 && memcmp (word + n - k, org_endings[i].s, k) == 0)
        return TRUE;
    }
  return n >= 8 && memcmp (word, "gemeente", 8) == 0;
}

/* Whether a listed word starts with the two letters @word starts with: a map
 * of 26 x 26 bits spares most words of a text the search. */
static gboolean
may_be_listed (const char *word)
{
  static guint64 bits[(26 * 26 + 63) / 64];
  static gsize done;
  guint i;

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < G_N_ELEMENTS (words); k++)
        {
          /* the search needs the list sorted */
          g_assert (k == 0 || strcmp (words[k - 1].word, words[k].word) < 0);
          i = (guint) (words[k].word[0] - 'a') * 26 + (guint) (words[k].word[1] - 'a');
          bits[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
        }
      g_once_init_leave (&done, 1);
    }
  i = (guint) (word[0] - 'a') * 26 + (guint) (word[1] - 'a');
  return (bits[i / 64] >> (i % 64)) & 1;
}

static guint
classify_word (const char *word, gsize n)
{
  const Word *w;

  if (n >= 2 && may_be_listed (word)
      && (w = bsearch (word, words, G_N_ELEMENTS (words), sizeof words[0], compare_word)) != NULL)
    return w->flag;
  return has_org_ending (word, n) ? WEAK_ORG : 0;
}

/* Bytes that part tokens. */
static gboolean
is_token_gap (guchar c)
{
  static const guint64 gaps = (G_GUINT64_CONSTANT (1) << ' ') | (G_GUINT64_CONSTANT (1) << '\t')
                              | (G_GUINT64_CONSTANT (1) << ',') | (G_GUINT64_CONSTANT (1) << ':')
                              | (G_GUINT64_CONSTANT (1) << ';') | (G_GUINT64_CONSTANT (1) << '(')
                              | (G_GUINT64_CONSTANT (1) << ')') | (G_GUINT64_CONSTANT (1) << '<')
                              | (G_GUINT64_CONSTANT (1) << '>') | (G_GUINT64_CONSTANT (1) << '"');
  return c < 64 ? (gaps >> c) & 1 : c == '|';
}

/* "[BSN-2]": a value that cg_mask_text() replaced says nothing of its
 * surroundings (its name is no keyword). */
static gboolean
is_placeholder (const char *text, gsize s, gsize e)
{
  gsize i = s + 1;

  if (e - s < 5 || text[s] != '[' || text[e - 1] != ']')
    return FALSE;
  while (i < e && cg_is_upper ((guchar) text[i]))
    i++;
  if (i == s + 1 || i >= e || text[i] != '-')
    return FALSE;
  for (i++; i < e - 1; i++)
    if (!cg_is_digit ((guchar) text[i]))
      return FALSE;
  return TRUE;
}

/* "J.P. de Vries", "A. Bakker": initials and a surname name a person. */
static gboolean
is_initials (const char *text, gsize s, gsize e, gsize to)
{
  static const char *const particles[]
      = { "van ", "de ", "der ", "den ", "ten ", "ter ", "'t ", "op ", "in ", "la ", "le ", "el " };
  gsize i = s, next = e;

  if (e - s < 2 || e - s > 8)
    return FALSE;
  while (i + 1 < e && cg_is_upper ((guchar) text[i]) && text[i + 1] == '.')
    i += 2;
  if (i != e || next + 1 >= to || text[next] != ' ')
    return FALSE;
  next++;
  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    {
      gsize n = strlen (particles[k]);
      if (next + n < to && memcmp (text + next, particles[k], n) == 0)
        return TRUE;
    }
  return cg_is_upper ((guchar) text[next]) && next + 1 < to
         && cg_is_lower ((guchar) text[next + 1]);
}

/* "info@…", "klantenservice@…": a mailbox of a role is an organisation's. */
static gboolean
is_role_mailbox (const char *text, gsize s, gsize e)
{
  static const char *const roles[]
      = { "info",          "contact",  "sales",    "service",  "support",      "klantenservice",
          "administratie", "planning", "receptie", "office",   "facturen",     "boekhouding",
          "verkoop",       "inkoop",   "noreply",  "no-reply", "secretariaat", "helpdesk" };
  const char *at = memchr (text + s, '@', e - s);
  gsize n;

  if (at == NULL)
    return FALSE;
  n = (gsize) (at - text) - s;
  for (guint k = 0; k < G_N_ELEMENTS (roles); k++)
    if (strlen (roles[k]) == n && g_ascii_strncasecmp (text + s, roles[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* "ma-vr", "di-za": the days of opening hours. */
static gboolean
is_day_range (const char *text, gsize s, gsize e)
{
  static const char days[] = "madiwodovrzazo";
  gboolean first = FALSE, second = FALSE;

  if (e - s != 5 || text[s + 2] != '-')
    return FALSE;
  for (guint k = 0; k < 14; k += 2)
    {
      first |= g_ascii_tolower (text[s]) == days[k] && g_ascii_tolower (text[s + 1]) == days[k + 1];
      second |= g_ascii_tolower (text[s + 3]) == days[k]
                && g_ascii_tolower (text[s + 4]) == days[k + 1];
    }
  return first && second;
}

/* "T 038 456 78 90", "F +31 …" starting a line: a business's phone block. */
static gboolean
is_phone_label (const char *text, gsize s, gsize e, gsize to)
{
  return e == s + 1 && (s == 0 || text[s - 1] == '\n') && (text[s] == 'T' || text[s] == 'F')
         && e + 1 < to && text[e] == ' '
         && (cg_is_digit ((guchar) text[e + 1]) || text[e + 1] == '+');
}

/* "Gemeente van inschrijving" (a BRP extract), "kadastraal bekend gemeente
 * Leeuwarden" (a deed): the word names a register, not the address's owner. */
static gboolean
is_register_gemeente (const char *text, gsize from, gsize s, gsize e, gsize to, const char *word)
{
  if (strcmp (word, "gemeente") != 0)
    return FALSE;
  return (e + 4 <= to && g_ascii_strncasecmp (text + e, " van", 4) == 0)
         || (s >= from + 7 && g_ascii_strncasecmp (text + s - 7, "bekend ", 7) == 0);
}

/* A value that cg_mask_text() masked: a placeholder or a run of stars
 * ("*******82"). */
static gboolean
is_masked_token (const char *text, gsize s, gsize e)
{
  return is_placeholder (text, s, e) || (e - s >= 2 && text[s] == '*' && text[s + 1] == '*');
}

/* The kind of the part after a hyphen of a hyphenated token: a church
 * ("Sint-Janskerk", "Onze-Lieve-Vrouwekerk"; a place such as Nijkerk or
 * Heemskerk is written without one), a park's or garage's brand ("Q-Park"),
 * or a compound of an organisation ("Jan-Ligthartschool"). */
static guint
hyphenated_kind (const char *text, gsize s, gsize e)
{
  gsize h = e, n = 0;
  char part[32];

  while (h > s && text[h - 1] != '-')
    h--;
  if (h <= s + 1 || h >= e)
    return 0;
  for (gsize k = h; k < e && n < sizeof part - 1 && cg_is_ascii_alpha ((guchar) text[k]); k++)
    part[n++] = (char) cg_ascii_lower ((guchar) text[k]);
  part[n] = '\0';
  if (n < 4)
    return 0;
  if ((n >= 4 && memcmp (part + n - 4, "kerk", 4) == 0) || strcmp (part, "park") == 0)
    return WEAK_ORG;
  return classify_word (part, n) & (WEAK_ORG | STRONG_ORG);
}

/* "mijn adres", "ons nieuwe adres", "het adres van jullie nieuwe huis": a
 * possessive before or after the word adres ties it to people (weakly: a
 * firm writes "ons nieuwe adres" too, with its own words nearby). */
static gboolean
is_possessive_address (const char *text, gsize from, gsize s, gsize e, gsize to)
{
  static const char *const possessives[]
      = { "mijn", "ons", "onze", "uw", "je", "jouw", "jullie", "zijn", "haar", "hun" };
  static const char *const between[] = { "nieuwe", "nieuw", "oude", "huidige", "vorige" };
  gsize ws, we;
  gboolean back;

  if (e - s < 5 || g_ascii_strncasecmp (text + s, "adres", 5) != 0
      || (e - s > 5 && cg_is_ascii_alpha ((guchar) text[s + 5])))
    return FALSE;
  /* the words before, nearest first: "ons nieuwe adres" */
  we = s;
  for (guint w = 0; w < 2; w++)
    {
      while (we > from && text[we - 1] == ' ')
        we--;
      ws = we;
      while (ws > from && cg_is_ascii_alpha ((guchar) text[ws - 1]))
        ws--;
      if (ws == we)
        break;
      for (guint k = 0; k < G_N_ELEMENTS (possessives); k++)
        if (strlen (possessives[k]) == we - ws
            && g_ascii_strncasecmp (text + ws, possessives[k], we - ws) == 0)
          return TRUE;
      back = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (between); k++)
        if (strlen (between[k]) == we - ws
            && g_ascii_strncasecmp (text + ws, between[k], we - ws) == 0)
          back = TRUE;
      if (!back)
        break;
      we = ws;
    }
  /* after: "adres van jullie", "adres van haar" */
  ws = e;
  if (ws + 4 >= to || text[ws] != ' ' || g_ascii_strncasecmp (text + ws + 1, "van ", 4) != 0)
    return FALSE;
  ws += 5;
  for (guint k = 0; k < G_N_ELEMENTS (possessives); k++)
    {
      gsize n = strlen (possessives[k]);
      if (ws + n <= to && g_ascii_strncasecmp (text + ws, possessives[k], n) == 0
          && (ws + n == to || !cg_is_ascii_alpha ((guchar) text[ws + n])))
        return TRUE;
    }
  return FALSE;
}

#define MASKED (1u << 8) /* evidence_flags(): the span holds a masked value */
#define PERSON (WEAK_PERSON | STRONG_PERSON)

/* The evidence flags of the words in text[from, to).  A person's words
 * before a masked value are that value's ("wonende te [ADRES-2]"), and are
 * dropped; MASKED says the span held one. */
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

      while (i < to && is_token_gap ((guchar) text[i]))
        i++;
      s = i;
      /* a token runs to the next blank: "B.V.", "t.a.v.", "www.lindeboom.nl" */
      while (i < to && !is_token_gap ((guchar) text[i]))
        i++;
      e = i;
      if (e == s)
        continue;
      if (is_masked_token (text, s, e))
        {
          flags = (flags & ~PERSON) | MASKED;
          continue;
        }
      /* "4992 BV Helmond": postcode letters, not a legal form */
      if (is_legal_form (text, s, e) && !after_postcode_digits (text, from, s))
        {
          flags |= STRONG_ORG;
          continue;
        }
      /* the letters of the token, up to its first other character but for
       * the dots of an abbreviation ("t.a.v." gives "tav", "www.x.nl" "www") */
      for (gsize k = s, letters = 0; k < e && n < sizeof word - 1; k++)
        {
          guchar c = (guchar) text[k];
          if (cg_is_ascii_alpha (c))
            word[n++] = (char) cg_ascii_lower (c), letters++;
          else if (c == '.' && letters == 1 && k + 1 < e
                   && cg_is_ascii_alpha ((guchar) text[k + 1]))
            letters = 0; /* t.a.v. */
          else if (n > 0)
            break;
        }
      word[n] = '\0';
      /* "Sint-Janskerk", "Q-Park", "Jan-Ligthartschool": the last part of
       * a hyphenated name says what it is */
      flags |= hyphenated_kind (text, s, e);
      if (is_possessive_address (text, from, s, e, to))
        flags |= WEAK_PERSON;
      if (is_initials (text, s, e, to))
        flags |= WEAK_PERSON;
      else if (is_role_mailbox (text, s, e) || is_day_range (text, s, e))
        flags |= WEAK_ORG;
      else if (is_phone_label (text, s, e, to))
        flags |= WEAK_ORG;
      /* "DC Tilburg", not "D.C. op de Weegh" nor "dc" */
      else if (strcmp (word, "dc") == 0 && !(e - s == 2 && text[s] == 'D' && text[s + 1] == 'C'))
        continue;
      else if (n > 0 && !is_register_gemeente (text, from, s, e, to, word))
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
  return decide (evidence_flags (text, from, to) & ~MASKED);
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

/* Where the clause after an address ends on its line: "…, Plesmanweg 2,
 * 2597 JG Den Haag, maar post voor mijn moeder …" goes on about someone
 * else after "maar"; a full stop and a following sentence do too. */
static gsize
clause_end (const char *text, gsize from, gsize to)
{
  static const char *const breaks[] = { " maar ", " want ", " terwijl ", " but ", ". " };

  for (gsize i = from; i < to; i++)
    for (guint k = 0; k < G_N_ELEMENTS (breaks); k++)
      {
        gsize n = strlen (breaks[k]);
        if (text[i] == breaks[k][0] && i + n <= to && memcmp (text + i, breaks[k], n) == 0)
          return i;
      }
  return to;
}

/* A paragraph of one line, without a sentence's end: a heading
 * ("Routebeschrijving Verhagen Advocaten – kantoor Den Bosch"). */
static gboolean
is_heading (const char *text, gsize len, Span l)
{
  gsize e = l.end;

  while (e > l.start && (text[e - 1] == ' ' || text[e - 1] == '\r'))
    e--;
  if (e == l.start || e - l.start > 80 || text[e - 1] == '.' || text[e - 1] == ','
      || text[e - 1] == '!' || text[e - 1] == '?')
    return FALSE;
  return l.start == 0 || blank (text, line_of (text, len, l.start - 1));
}

static gboolean
ends_in_colon (const char *text, Span l)
{
  gsize e = l.end;

  while (e > l.start && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
    e--;
  return e > l.start && text[e - 1] == ':';
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

static guint
flags_in_column (const char *text, Span l, gsize col_from, gsize col_to)
{
  gsize from = offset_of_column (text, l, col_from), to = offset_of_column (text, l, col_to);
  return from < to ? evidence_flags (text, from, to) : 0;
}

/* Whether the line above (or below) @l holds, in the column that starts at
 * @from on @l, another record with a digit: text starting in that column
 * after two blanks or more. */
static gboolean
aligned_record (const char *text, gsize len, Span l, gsize from, gboolean above)
{
  gsize col = cg_text_column (text, l.start, from), i;
  Span o;

  if (above ? l.start == 0 : l.end >= len)
    return FALSE;
  o = line_of (text, len, above ? l.start - 1 : l.end + 1);
  i = offset_of_column (text, o, col);
  if (i <= o.start + 2 || i >= o.end || text[i] == ' ' || text[i - 1] != ' ' || text[i - 2] != ' ')
    return FALSE;
  for (; i < o.end; i++)
    if (cg_is_digit ((guchar) text[i]))
      return TRUE;
  return FALSE;
}

/* The verdict of a line of the paragraph.  Once a line with a masked value
 * is reached, a person's words no longer count: masking put a multi-line
 * value on one line and so brought lines into view that were out of it, and
 * a person's words near a masked value were about that value.  (An
 * organisation's words still count: they only ever keep an address quiet.) */
static int
paragraph_verdict (guint flags, gboolean *past_masked)
{
  if (flags & MASKED)
    *past_masked = TRUE;
  if (*past_masked)
    flags &= ~PERSON;
  return decide (flags);
}

gboolean
cg_organisation_near (const char *text, gsize len, gsize start, gsize end, gboolean table_row,
                      const char **why)
{
  Span first = line_of (text, len, start), last = line_of (text, len, end > start ? end - 1 : end);
  Span l;
  gsize from, to, col_from, col_to;
  gboolean columns, past_masked = FALSE;
  int verdict;

  if (table_row)
    from = first.start, to = first.end;
  else
    column_range (text, first, start, MIN (end, first.end), &from, &to);
  /* the address's own line(s), in its column: before it any word, after it
   * only strong ones ("..., kadastraal bekend gemeente Utrecht") */
  {
    guint flags = evidence_flags (text, from, start);
    gsize after_end = clause_end (text, end, last.start > first.start ? last.end : MAX (to, end));
    guint after = evidence_flags (text, end, MAX (end, after_end));
    flags |= after & (STRONG_ORG | STRONG_PERSON | MASKED);
    if (after & MASKED)
      flags &= ~PERSON;
    verdict = decide (flags);
  }
  /* "Winkel Breda        Ginnekenweg 101      4818 JD Breda": a list of
   * one-line records whose labels stand on their left reads as columns; the
   * label is the record's own (a letterhead beside an addressee holds no
   * one-line address with another record under or over it) */
  if (verdict == 0 && from > first.start && last.start == first.start
      && (aligned_record (text, len, first, from, TRUE)
          || aligned_record (text, len, first, from, FALSE)))
    verdict = decide (evidence_flags (text, first.start, from));
  /* a table's row is a record of its own: the rows around it are others' */
  if (table_row)
    {
      if (verdict > 0)
        *why = "an organisation's (company, institution or letterhead words near it)";
      return verdict > 0;
    }
  /* then the paragraph, nearest line first: above, then below */
  columns = from > first.start || to < first.end;
  col_from = columns ? cg_text_column (text, first.start, from) : 0;
  col_to = columns ? cg_text_column (text, first.start, to) : 0;
  l = first;
  for (guint k = 0; verdict == 0 && k < LINES_ABOVE && l.start > 0; k++)
    {
      l = line_of (text, len, l.start - 1);
      if (blank (text, l))
        {
          /* "… gevestigd op een nieuw adres:⏎⏎Stationsstraat 21⏎…": a line
           * that ends in a colon introduces the block after the empty line */
          if (l.start > 0 && !columns)
            {
              Span intro = line_of (text, len, l.start - 1);
              if (ends_in_colon (text, intro) || is_heading (text, len, intro))
                verdict = paragraph_verdict (evidence_flags (text, intro.start, intro.end),
                                             &past_masked);
            }
          break;
        }
      verdict = paragraph_verdict (columns ? flags_in_column (text, l, col_from, col_to)
                                           : evidence_flags (text, l.start, l.end),
                                   &past_masked);
    }
  l = last;
  past_masked = FALSE;
  for (guint k = 0; verdict == 0 && k < LINES_BELOW && l.end < len; k++)
    {
      l = line_of (text, len, l.end + 1);
      if (blank (text, l))
        break;
      verdict = paragraph_verdict (columns ? flags_in_column (text, l, col_from, col_to)
                                           : evidence_flags (text, l.start, l.end),
                                   &past_masked);
    }
  if (verdict > 0)
    *why = "an organisation's (company, institution or letterhead words near it)";
  return verdict > 0;
}

gboolean
cg_organisation_table (const char *text, gsize len, gsize start, gsize end, gsize header_start,
                       gsize header_end)
{
  gsize ls = cg_text_line_start (text, start, 8192), le = cg_text_line_end (text, len, start, 8192);
  guint row = evidence_flags (text, ls, start)
              | (evidence_flags (text, end, MAX (end, le)) & (STRONG_ORG | STRONG_PERSON));
  guint header = header_end > header_start && header_end <= ls
                     ? evidence_flags (text, header_start, header_end)
                     : 0;
  int verdict;

  row &= ~MASKED;
  header &= ~MASKED;
  /* strong words first, the row's before the header's; then weak ones */
  if ((verdict = decide (row & (STRONG_ORG | STRONG_PERSON))) == 0
      && (verdict = decide (header & (STRONG_ORG | STRONG_PERSON))) == 0
      && (verdict = decide (row)) == 0)
    verdict = decide (header);
  return verdict > 0;
}
