/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-confidential.c: confidential business figures (a profit and loss
 * statement, a balance sheet, a budget against actuals, internal figures in a
 * message) and documents their author marked confidential. */
#define _GNU_SOURCE /* memrchr */
#include "cg-confidential.h"

#include <string.h>

#include "cg-text.h"

/* ---- amounts --------------------------------------------------------------- */

typedef enum
{
  NUM_NONE,   /* a year, a date, a time, a code, part of a word */
  NUM_SMALL,  /* a bare number of one or two digits: a count, a row number */
  NUM_AMOUNT, /* an amount or a percentage */
} NumKind;

typedef struct
{
  NumKind kind;
  gsize start, end;   /* what a mask replaces */
  gsize next;         /* where reading goes on */
  gboolean unit;      /* €, %, k, mln, parentheses, a sign: money or a ratio */
  gboolean formatted; /* a unit, or groups or decimals: 1.234, 4,2 */
} Num;

/* Whether text[at, at + 3) is the three bytes of @s (no call: this runs for
 * every number). */
static inline gboolean
is3 (const char *t, gsize at, const char *s)
{
  return t[at + 2] == s[2] && t[at] == s[0] && t[at + 1] == s[1];
}

static gboolean
is_letter (guchar c)
{
  return cg_is_ascii_alpha (c) || (c >= 0xC3 && c <= 0xC5);
}

/* "€ 1.234", "EUR 12", "$5": a currency just before @p. */
static gboolean
currency_before (const char *t, gsize from, gsize p)
{
  gsize q = p;

  while (q > from && t[q - 1] == ' ')
    q--;
  if (q >= from + 3 && is3 (t, q - 3, "\xe2\x82\xac"))
    return TRUE;
  if (q > from && (t[q - 1] == '$' || t[q - 1] == 'f'))
    return t[q - 1] == '$' || q == from + 1 || !is_letter ((guchar) t[q - 2]);
  return q >= from + 3 && (is3 (t, q - 3, "EUR") || is3 (t, q - 3, "eur"))
         && (q == from + 3 || !is_letter ((guchar) t[q - 4]));
}

/* A unit after the number: k, K, m, M, mln, mld, mrd, bn, k€, EUR; the
 * offset after it, or 0 when the letters after the number make a word. */
static gsize
unit_after (const char *t, gsize p, gsize to)
{
  static const char *const units[] = {
    "k\xe2\x82\xac", "mln", "mld", "mrd", "mio", "bn", "k", "K", "m", "M", "EUR", "eur", "x"
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize n = strlen (units[i]);
      if (p + n <= to && memcmp (t + p, units[i], n) == 0
          && (p + n == to || !cg_is_word_byte ((guchar) t[p + n])))
        return p + n;
    }
  return 0;
}

/* "€1", "−1" (a minus sign), "1 234" with a no-break space: not a word. */
static gboolean
after_currency_or_minus (const char *t, gsize from, gsize p)
{
  return (guchar) t[p - 1] == 0xA0
         || (p >= from + 3 && (is3 (t, p - 3, "\xe2\x82\xac") || is3 (t, p - 3, "\xe2\x88\x92")));
}

/* "x € 1.000", "x 1.000", "× € 1.000" before @p. */
static gboolean
unit_label_before (const char *t, gsize from, gsize p)
{
  gsize q = p;

  while (q > from && t[q - 1] == ' ')
    q--;
  if (q >= from + 3 && is3 (t, q - 3, "\xe2\x82\xac"))
    q -= 3;
  while (q > from && t[q - 1] == ' ')
    q--;
  if (q >= from + 2 && memcmp (t + q - 2, "\xc3\x97", 2) == 0)
    q -= 2;
  else if (q > from && (t[q - 1] == 'x' || t[q - 1] == 'X'))
    q--;
  else
    return FALSE;
  return q < p - 1 && (q == from || t[q - 1] == '(' || t[q - 1] == ' ');
}

/* Reads the number whose first digit is at @p (no digit before it). */
static void
read_num (const char *t, gsize from, gsize to, gsize p, Num *n)
{
  gsize q = cg_text_digit_run_end (t, to, p);
  guint first = (guint) (q - p), groups = 0, dots = 0, commas = 0, last_group = 0;
  guchar before = p > from ? (guchar) t[p - 1] : ' ';
  gboolean paren = before == '(', minus = FALSE;

  n->kind = NUM_NONE;
  n->start = p;
  n->unit = FALSE;
  n->formatted = FALSE;
  /* part of a word, a path, a time, a version, an id */
  if (is_letter (before) || before == '_' || before == '/' || before == '\\' || before == '#'
      || before == '@' || before == ':' || before == '.' || before == '=' || before == '&'
      || (before >= 0x80 && !after_currency_or_minus (t, from, p)))
    {
      n->next = q;
      /* skip the rest of the token */
      while (n->next + 1 < to && (t[n->next] == '.' || t[n->next] == ',' || t[n->next] == ':')
             && cg_is_digit ((guchar) t[n->next + 1]))
        n->next = cg_text_digit_run_end (t, to, n->next + 1);
      n->end = n->next;
      return;
    }
  if (unit_label_before (t, from, p))
    {
      n->next = n->end = q;
      return; /* "(x € 1.000)": the unit of a table, not a figure */
    }
  if (before == '-' || before == '+')
    {
      /* a sign, not a range's second half or a date's part */
      guchar b2 = p >= from + 2 ? (guchar) t[p - 2] : ' ';
      /* a mask's ']' and '*' stand where a word or number stood */
      if (cg_is_word_byte (b2) || b2 == ']' || b2 == '*' || b2 == ')')
        {
          n->next = n->end = q;
          return; /* "[BEDRAG-1]", "BSN-2", "24-031": a name's number */
        }
      minus = TRUE;
      n->start = p - 1;
    }
  else if (p >= from + 3 && is3 (t, p - 3, "\xe2\x88\x92"))
    minus = TRUE, n->start = p - 3;
  /* groups: 1.234.567  1,234,567  1.234,56  1 234 567 */
  for (;;)
    {
      if (q + 1 < to && (t[q] == '.' || t[q] == ',') && cg_is_digit ((guchar) t[q + 1]))
        {
          gsize e = cg_text_digit_run_end (t, to, q + 1);
          if (t[q] == '.')
            dots++;
          else
            commas++;
          last_group = (guint) (e - q - 1);
          groups++;
          q = e;
          continue;
        }
      if (groups == 0 && first <= 3 && q + 3 < to && t[q] == ' ' && cg_is_digit ((guchar) t[q + 1])
          && cg_is_digit ((guchar) t[q + 2]) && cg_is_digit ((guchar) t[q + 3])
          && (q + 4 == to || !cg_is_digit ((guchar) t[q + 4])))
        {
          /* "1 234 567": single spaces between groups of three */
          gsize e = q + 4;
          while (e + 3 < to && t[e] == ' ' && cg_is_digit ((guchar) t[e + 1])
                 && cg_is_digit ((guchar) t[e + 2]) && cg_is_digit ((guchar) t[e + 3])
                 && (e + 4 == to || !cg_is_digit ((guchar) t[e + 4])))
            e += 4;
          if (e + 1 < to && t[e] == ',' && cg_is_digit ((guchar) t[e + 1]))
            e = cg_text_digit_run_end (t, to, e + 1);
          q = e;
          groups = 2;
          dots = 2;
          last_group = 3;
        }
      break;
    }
  n->end = q;
  n->next = q;
  /* what follows: a time, a date, a range of codes, a word */
  if (q < to)
    {
      guchar c = (guchar) t[q];
      if ((c == ':' || c == '/' || c == '-') && q + 1 < to && cg_is_digit ((guchar) t[q + 1]))
        return;
      if (is_letter (c) || c == '_')
        {
          gsize u = strchr ("kKmMbEex", c) != NULL && c != 0 ? unit_after (t, q, to) : 0;
          if (u == 0)
            return;
          n->next = u;
          n->unit = TRUE;
        }
      else if (c == ' ' && q + 1 < to && strchr ("mMbBkKeE", t[q + 1]) != NULL && t[q + 1] != 0)
        {
          /* "2,9 mln", "4 miljoen", "12 k€" */
          static const char *const spaced[]
              = { "mln",     "mld", "mrd",           "miljoen", "miljard", "million",
                  "billion", "bn",  "k\xe2\x82\xac", "keur",    "EUR",     "euro" };
          for (guint i = 0; i < G_N_ELEMENTS (spaced); i++)
            {
              gsize k = strlen (spaced[i]);
              if (q + 1 + k <= to && g_ascii_strncasecmp (t + q + 1, spaced[i], k) == 0
                  && (q + 1 + k == to || !is_letter ((guchar) t[q + 1 + k])))
                n->unit = TRUE;
            }
        }
    }
  if (groups > 2 && dots > 0 && commas == 0 && last_group != 3)
    return; /* a version or an address: 1.2.3, 10.0.0.1 */
  {
    gsize r = n->next;
    while (r < to && t[r] == ' ')
      r++;
    if (r < to && t[r] == '%')
      n->unit = TRUE, n->next = r + 1;
    else if (r + 3 <= to && is3 (t, r, "\xe2\x82\xac"))
      n->unit = TRUE;
  }
  if (paren && n->next < to && t[n->next] == ')')
    n->unit = TRUE;
  if (minus || currency_before (t, from, n->start))
    n->unit = TRUE;
  if (groups == 0 && first == 4 && !n->unit)
    {
      guint year = (guint) g_ascii_strtoull (t + p, NULL, 10);
      if (year >= 1900 && year <= 2099)
        return;
    }
  if (groups == 0 && first <= 2 && !n->unit)
    {
      n->kind = NUM_SMALL;
      return;
    }
  if (groups == 0 && first > 12)
    return; /* an id, a phone number, an account */
  n->kind = NUM_AMOUNT;
  n->formatted = n->unit || groups > 0;
}

gboolean
cg_confidential_next_amount (const char *text, gsize floor, gsize from, gsize to, gsize *start,
                             gsize *end)
{
  gsize p = from;

  while ((p = cg_text_find_digit (text, to, p)) < to)
    {
      Num n;

      if (p > floor && cg_is_digit ((guchar) text[p - 1]))
        {
          p = cg_text_digit_run_end (text, to, p);
          continue;
        }
      read_num (text, floor, to, p, &n);
      if (n.kind == NUM_AMOUNT)
        {
          *start = n.start;
          *end = n.end;
          return TRUE;
        }
      p = MAX (n.next, p + 1);
    }
  return FALSE;
}

/* ---- vocabulary ------------------------------------------------------------ */

/* What a word says.  Kinds of statement first (they name the block), then
 * the words of internal figures in general, then what says it is something
 * else: an invoice, a household, a recipe, a match, homework, the news. */
typedef enum
{
  W_PL = 1,
  W_BALANCE,
  W_BUDGET,
  W_FORECAST,
  W_CASHFLOW,
  W_MARGIN,
  W_SALARY,
  W_VALUATION,
  W_LEDGER,
  W_FIGURE, /* a line item or a KPI of any statement */
  W_ACTUAL, /* realisatie, actual: budget against actuals */
  W_SECRET, /* "nog niet naar buiten", "niet delen" */
  W_QUIET,  /* the words of other documents with amounts */
  W_VETO,   /* an invoice, a recipe, homework, the news: never figures */
  W_PUBLIC, /* published: a listed company's press release, the news */
} WordKind;

typedef struct
{
  const char *word;
  WordKind kind;
} Word;

static const Word words[] = {
  /* profit and loss */
  { "verliesrekening", W_PL },
  { "resultatenrekening", W_PL },
  { "exploitatierekening", W_PL },
  { "winstenverliesrekening", W_PL },
  { "pnl", W_PL },
  { "p&l", W_PL },
  { "omzet", W_FIGURE },
  { "nettoomzet", W_FIGURE },
  { "brutomarge", W_FIGURE },
  { "brutowinst", W_FIGURE },
  { "kostprijs", W_FIGURE },
  { "inkoopwaarde", W_FIGURE },
  { "personeelskosten", W_FIGURE },
  { "afschrijvingen", W_FIGURE },
  { "afschrijving", W_FIGURE },
  { "bedrijfsresultaat", W_FIGURE },
  { "bedrijfslasten", W_FIGURE },
  { "bedrijfskosten", W_FIGURE },
  { "ebit", W_FIGURE },
  { "ebitda", W_FIGURE },
  { "nettowinst", W_FIGURE },
  { "nettoresultaat", W_FIGURE },
  { "resultaat", W_FIGURE },
  { "winst", W_FIGURE },
  { "verlies", W_FIGURE },
  { "huisvestingskosten", W_FIGURE },
  { "verkoopkosten", W_FIGURE },
  { "rentelasten", W_FIGURE },
  { "financieringslasten", W_FIGURE },
  { "vennootschapsbelasting", W_FIGURE },
  { "belastingen", W_FIGURE },
  { "overhead", W_FIGURE },
  { "revenue", W_FIGURE },
  { "revenues", W_FIGURE },
  { "cogs", W_FIGURE },
  { "opex", W_FIGURE },
  { "ebitdamarge", W_FIGURE },
  { "gross", W_FIGURE },
  { "profit", W_FIGURE },
  { "income", W_FIGURE },
  { "depreciation", W_FIGURE },
  { "amortisation", W_FIGURE },
  { "amortization", W_FIGURE },
  { "expenses", W_FIGURE },
  { "bedrijfsopbrengsten", W_FIGURE },
  { "opbrengsten", W_FIGURE },
  { "baten", W_FIGURE },
  { "lasten", W_FIGURE },
  { "kosten", W_FIGURE },
  { "omzetgroei", W_FIGURE },
  { "ytd", W_FIGURE },
  { "arr", W_FIGURE },
  { "mrr", W_FIGURE },
  { "churn", W_FIGURE },
  { "covenant", W_FIGURE },
  { "dscr", W_FIGURE },
  { "leverage", W_FIGURE },
  { "nettoschuld", W_FIGURE },
  { "dekkingsbijdrage", W_FIGURE },
  { "bookings", W_FIGURE },
  { "kwartaalcijfers", W_FIGURE },
  { "jaarcijfers", W_FIGURE },
  { "operating", W_FIGURE },
  { "dso", W_FIGURE },
  { "run", W_QUIET },
  /* balance sheet */
  { "balans", W_BALANCE },
  { "activa", W_BALANCE },
  { "passiva", W_BALANCE },
  { "vermogen", W_BALANCE },
  { "voorzieningen", W_BALANCE },
  { "debiteuren", W_BALANCE },
  { "crediteuren", W_BALANCE },
  { "liquide", W_BALANCE },
  { "solvabiliteit", W_BALANCE },
  { "schulden", W_BALANCE },
  { "kortlopende", W_BALANCE },
  { "langlopende", W_BALANCE },
  { "goodwill", W_BALANCE },
  { "assets", W_BALANCE },
  { "liabilities", W_BALANCE },
  { "equity", W_BALANCE },
  { "receivables", W_BALANCE },
  { "payables", W_BALANCE },
  { "balanstotaal", W_BALANCE },
  { "werkkapitaal", W_BALANCE },
  /* budget, forecast */
  { "begroting", W_BUDGET },
  { "budget", W_BUDGET },
  { "begroot", W_BUDGET },
  { "realisatie", W_ACTUAL },
  { "actual", W_ACTUAL },
  { "actuals", W_ACTUAL },
  { "afwijking", W_ACTUAL },
  { "variance", W_ACTUAL },
  { "prognose", W_FORECAST },
  { "forecast", W_FORECAST },
  { "outlook", W_FORECAST },
  { "rolling", W_FORECAST },
  /* cash flow */
  { "kasstroom", W_CASHFLOW },
  { "kasstroomoverzicht", W_CASHFLOW },
  { "kasstromen", W_CASHFLOW },
  { "cashflow", W_CASHFLOW },
  { "liquiditeit", W_CASHFLOW },
  { "liquiditeitsprognose", W_CASHFLOW },
  { "kredietfaciliteit", W_CASHFLOW },
  { "headroom", W_CASHFLOW },
  { "capex", W_CASHFLOW },
  { "investeringen", W_CASHFLOW },
  { "fcf", W_CASHFLOW },
  /* margin per customer, product or project */
  { "marge", W_MARGIN },
  { "margin", W_MARGIN },
  { "brutomarge", W_MARGIN },
  { "nacalculatie", W_MARGIN },
  { "aanneemsom", W_MARGIN },
  { "meerwerk", W_MARGIN },
  { "productgroep", W_MARGIN },
  /* salary costs per department */
  { "loonkosten", W_SALARY },
  { "salariskosten", W_SALARY },
  { "pensioenlasten", W_SALARY },
  { "werkgeverslasten", W_SALARY },
  { "fte", W_SALARY },
  { "headcount", W_SALARY },
  { "payroll", W_SALARY },
  { "personnel", W_SALARY },
  { "afdeling", W_SALARY },
  { "department", W_SALARY },
  { "sociale", W_SALARY },
  /* valuation, investment */
  { "wacc", W_VALUATION },
  { "dcf", W_VALUATION },
  { "ondernemingswaarde", W_VALUATION },
  { "waardering", W_VALUATION },
  { "npv", W_VALUATION },
  { "irr", W_VALUATION },
  { "terugverdientijd", W_VALUATION },
  { "payback", W_VALUATION },
  { "multiple", W_VALUATION },
  { "terminal", W_VALUATION },
  { "valuation", W_VALUATION },
  /* ledger */
  { "grootboek", W_LEDGER },
  { "grootboekrekening", W_LEDGER },
  { "grootboekkaart", W_LEDGER },
  { "proefbalans", W_LEDGER },
  { "debet", W_LEDGER },
  { "boekstuk", W_LEDGER },
  { "journaalpost", W_LEDGER },
  { "dagboek", W_LEDGER },
  { "ledger", W_LEDGER },
  { "tegenrekening", W_LEDGER },
  /* said of figures not yet out */
  { "voorlopige", W_SECRET },
  { "voorlopig", W_SECRET },
  { "preliminary", W_SECRET },
  { "flash", W_SECRET },
  { "doorsturen", W_SECRET },
  { "embargo", W_SECRET },
  /* other documents with amounts */
  { "factuur", W_VETO },
  { "factuurnummer", W_VETO },
  { "invoice", W_VETO },
  { "kassabon", W_VETO },
  { "receipt", W_VETO },
  { "bon", W_QUIET },
  { "offerte", W_QUIET },
  { "subtotaal", W_QUIET },
  { "subtotal", W_QUIET },
  { "btw", W_QUIET },
  { "vat", W_QUIET },
  { "incl", W_QUIET },
  { "excl", W_QUIET },
  { "betalen", W_QUIET },
  { "vervaldatum", W_QUIET },
  { "prijs", W_QUIET },
  { "prijzen", W_QUIET },
  { "prijslijst", W_VETO },
  { "price", W_QUIET },
  { "pricing", W_QUIET },
  { "tarief", W_QUIET },
  { "tarieven", W_QUIET },
  { "contributie", W_QUIET },
  { "abonnement", W_QUIET },
  { "bestelling", W_QUIET },
  { "order", W_QUIET },
  { "boodschappen", W_VETO },
  { "huur", W_QUIET },
  { "hypotheek", W_QUIET },
  { "zorgverzekering", W_VETO },
  { "kinderopvang", W_QUIET },
  { "zakgeld", W_VETO },
  { "kleding", W_QUIET },
  { "huishoudboekje", W_VETO },
  { "huishouden", W_VETO },
  { "groceries", W_VETO },
  { "rent", W_QUIET },
  { "mortgage", W_QUIET },
  { "household", W_VETO },
  { "gram", W_VETO },
  { "eetlepel", W_VETO },
  { "theelepel", W_VETO },
  { "bloem", W_QUIET },
  { "suiker", W_QUIET },
  { "boter", W_QUIET },
  { "recept", W_VETO },
  { "recipe", W_VETO },
  { "gespeeld", W_VETO },
  { "doelsaldo", W_VETO },
  { "punten", W_QUIET },
  { "played", W_QUIET },
  { "points", W_QUIET },
  { "vertrek", W_QUIET },
  { "aankomst", W_QUIET },
  { "spoor", W_QUIET },
  { "perron", W_QUIET },
  { "departure", W_QUIET },
  { "arrival", W_QUIET },
  { "dienstregeling", W_VETO },
  { "ghz", W_QUIET },
  { "gb", W_QUIET },
  { "kwh", W_QUIET },
  { "gewicht", W_QUIET },
  { "afmetingen", W_QUIET },
  { "uren", W_QUIET },
  { "urenstaat", W_VETO },
  { "timesheet", W_VETO },
  { "hours", W_QUIET },
  { "geteld", W_QUIET },
  { "telling", W_QUIET },
  { "stuks", W_QUIET },
  { "voorraadtelling", W_VETO },
  { "cijferlijst", W_VETO },
  { "rapportcijfer", W_VETO },
  { "leerling", W_QUIET },
  { "toets", W_QUIET },
  { "koers", W_PUBLIC },
  { "aex", W_PUBLIC },
  { "beurs", W_PUBLIC },
  { "slotkoers", W_PUBLIC },
  { "analisten", W_PUBLIC },
  { "analysts", W_PUBLIC },
  { "persbericht", W_PUBLIC },
  { "maakte", W_PUBLIC },
  { "beursgenoteerde", W_PUBLIC },
  { "aandeelhouders", W_PUBLIC },
  { "reported", W_PUBLIC },
  { "announced", W_PUBLIC },
  { "belastingdienst", W_VETO },
  { "heffingskorting", W_VETO },
  { "arbeidskorting", W_VETO },
  { "aangifte", W_QUIET },
  { "voorbeeld", W_QUIET },
  { "example", W_QUIET },
  { "toeslag", W_QUIET },
  { "jaarafrekening", W_VETO },
  { "netbeheerkosten", W_VETO },
  { "energiebelasting", W_VETO },
  { "termijnbedrag", W_VETO },
  { "cao", W_QUIET },
  { "schaal", W_QUIET },
  { "trede", W_QUIET },
  { "maandlasten", W_VETO },
  { "aflossing", W_QUIET },
  { "boete", W_VETO },
  { "bundel", W_QUIET },
  { "sms", W_QUIET },
  { "temperatuur", W_VETO },
  { "neerslag", W_VETO },
  { "tempo", W_QUIET },
  { "opgave", W_VETO },
  { "gevraagd", W_VETO },
  { "huiswerk", W_VETO },
  { "bereken", W_VETO },
  { "berekenen", W_QUIET },
  { "havo", W_VETO },
  { "vwo", W_VETO },
  { "vmbo", W_VETO },
  { "hoofdstuk", W_QUIET },
  { "antwoord", W_QUIET },
  { "homework", W_VETO },
  { "oefening", W_VETO },
  { "exercise", W_VETO },
  { "portefeuille", W_QUIET },
  { "aandelen", W_QUIET },
  { "dividend", W_QUIET },
  { "nettoloon", W_VETO },
  { "brutoloon", W_QUIET },
  { "loonheffing", W_VETO },
  { "loonstrook", W_VETO },
  { "tankbeurt", W_VETO },
  { "liter", W_QUIET },
  { "schoolreis", W_VETO },
  { "ouderbijdrage", W_VETO },
  { "vrijwillige", W_QUIET },
};

struct _CgConfidential
{
  GHashTable *words;       /* word -> WordKind */
  gboolean maybe[48][256]; /* a word of this length and first letter is in it */
};

CgConfidential *
cg_confidential_new (void)
{
  CgConfidential *conf = g_new0 (CgConfidential, 1);

  conf->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (!g_hash_table_contains (conf->words, words[i].word))
      {
        gsize n = strlen (words[i].word);
        g_hash_table_insert (conf->words, (gpointer) words[i].word,
                             GINT_TO_POINTER (words[i].kind));
        if (n < G_N_ELEMENTS (conf->maybe))
          conf->maybe[n][(guchar) words[i].word[0]] = TRUE;
      }
  return conf;
}

void
cg_confidential_free (CgConfidential *conf)
{
  if (conf == NULL)
    return;
  g_hash_table_unref (conf->words);
  g_free (conf);
}

/* What the words of a region say, each word counted once. */
#define MAX_SEEN 64

typedef struct
{
  guint kinds[W_PUBLIC + 1];
  const char *seen[MAX_SEEN]; /* the table's own words: compared by address */
  guint n_seen;
} Vocab;

static void
vocab_add (const CgConfidential *conf, Vocab *v, const char *word, gsize n)
{
  gpointer key, kind;

  /* most words are none of the vocabulary's: one table look-up says so */
  if (n >= sizeof conf->maybe || !conf->maybe[n][(guchar) word[0]]
      || !g_hash_table_lookup_extended (conf->words, word, &key, &kind))
    return;
  for (guint i = 0; i < v->n_seen; i++)
    if (v->seen[i] == key)
      return;
  if (v->n_seen < MAX_SEEN)
    v->seen[v->n_seen++] = key;
  v->kinds[GPOINTER_TO_INT (kind)]++;
}

/* Words of ASCII letters and Dutch accented letters, lower case, from text[from, to);
 * compounds written with hyphens are also tried joined ("winst-en-verliesrekening",
 * "netto-omzet"). */
static void
vocab_read (const CgConfidential *conf, Vocab *v, const char *t, gsize from, gsize to)
{
  char word[48], joined[48];
  gsize n = 0, nj = 0;

  for (gsize i = from; i <= to; i++)
    {
      guchar c = i < to ? (guchar) t[i] : ' ';

      if (cg_is_ascii_alpha (c) || c == '&')
        {
          if (n < sizeof word - 1)
            word[n++] = (char) cg_ascii_lower (c);
          continue;
        }
      if (c >= 0x80)
        continue; /* an accent is left out: "financiële" reads "financile" */
      if (n > 0 && n < sizeof word - 1)
        {
          word[n] = '\0';
          vocab_add (conf, v, word, n);
          if (nj + n < sizeof joined - 1)
            {
              memcpy (joined + nj, word, n);
              nj += n;
              joined[nj] = '\0';
              if (nj > n)
                vocab_add (conf, v, joined, nj);
            }
        }
      if (c != '-' || n == 0)
        nj = 0;
      n = 0;
    }
}

static void
vocab_init (Vocab *v)
{
  memset (v, 0, sizeof *v);
}

/* ---- lines of amounts ------------------------------------------------------ */

typedef struct
{
  gsize start, end; /* the line, without its line break */
  guint amounts;
  guint units;     /* amounts with a currency, a unit, a sign or a % */
  guint formatted; /* those and amounts with groups or decimals */
} AmountLine;

/* The amounts of one line. */
static void
count_line (const char *t, gsize start, gsize first_digit, gsize end, AmountLine *line)
{
  gsize p = first_digit;

  line->start = start;
  line->end = end;
  line->amounts = line->units = line->formatted = 0;
  while ((p = cg_text_find_digit (t, end, p)) < end)
    {
      Num n;

      if (p > start && cg_is_digit ((guchar) t[p - 1]))
        {
          p = cg_text_digit_run_end (t, end, p);
          continue;
        }
      read_num (t, start, end, p, &n);
      if (n.kind == NUM_AMOUNT)
        {
          line->amounts++;
          line->units += n.unit;
          line->formatted += n.formatted;
        }
      p = MAX (n.next, p + 1);
    }
}

static gsize
line_end (const char *t, gsize len, gsize pos)
{
  const char *nl = memchr (t + pos, '\n', len - pos);
  return nl != NULL ? (gsize) (nl - t) : len;
}

static gboolean
is_blank_line (const char *t, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    if (!g_ascii_isspace (t[i]) && t[i] != ';' && t[i] != '|' && t[i] != ',')
      return FALSE;
  return TRUE;
}

/* How many line breaks in text[from, to). */
static guint
count_breaks (const char *t, gsize from, gsize to)
{
  guint n = 0;

  for (gsize i = from; i < to; i++)
    n += t[i] == '\n';
  return n;
}

/* ---- blocks of figures ----------------------------------------------------- */

#define MAX_GAP_LINES 2
#define MAX_GAP_BYTES 600
#define LOOK_BACK_LINES 25
#define VOCAB_BYTES (4 * 1024)

typedef struct
{
  const CgConfidential *conf;
  const char *text;
  gsize len;
  double threshold;
  gboolean include_weak;
  GArray *findings;
  gboolean short_text;
} Ctx;

static const char *
kind_name (WordKind k)
{
  switch (k)
    {
    case W_PL: return "profit and loss statement";
    case W_BALANCE: return "balance sheet";
    case W_BUDGET: return "budget against actuals";
    case W_FORECAST: return "forecast";
    case W_CASHFLOW: return "cash-flow statement";
    case W_MARGIN: return "revenue and margin breakdown";
    case W_SALARY: return "salary costs";
    case W_VALUATION: return "valuation";
    case W_LEDGER: return "general ledger";
    default: return "internal figures";
    }
}

static CgBlockKind
block_kind_of (WordKind k)
{
  switch (k)
    {
    case W_PL: return CG_BLOCK_PROFIT_LOSS;
    case W_BALANCE: return CG_BLOCK_BALANCE;
    case W_BUDGET: return CG_BLOCK_BUDGET;
    case W_FORECAST: return CG_BLOCK_FORECAST;
    case W_CASHFLOW: return CG_BLOCK_CASH_FLOW;
    case W_MARGIN: return CG_BLOCK_MARGIN;
    case W_SALARY: return CG_BLOCK_SALARY;
    case W_VALUATION: return CG_BLOCK_VALUATION;
    case W_LEDGER: return CG_BLOCK_LEDGER;
    default: return CG_BLOCK_FIGURES;
    }
}

/* Which statement the words say it is: a title word beats the line items. */
static WordKind
statement_kind (const Vocab *v)
{
  const guint *k = v->kinds;

  if (k[W_PL] > 0)
    return W_PL;
  if (k[W_LEDGER] >= 2 || (k[W_LEDGER] > 0 && k[W_BALANCE] == 0))
    return W_LEDGER;
  if (k[W_CASHFLOW] >= 2)
    return W_CASHFLOW;
  if (k[W_BALANCE] >= 2)
    return W_BALANCE;
  if (k[W_BUDGET] > 0 && k[W_ACTUAL] > 0)
    return W_BUDGET;
  if (k[W_FORECAST] > 0)
    return W_FORECAST;
  if (k[W_VALUATION] >= 2)
    return W_VALUATION;
  if (k[W_SALARY] >= 2)
    return W_SALARY;
  if (k[W_MARGIN] > 0)
    return W_MARGIN;
  if (k[W_CASHFLOW] > 0)
    return W_CASHFLOW;
  if (k[W_BALANCE] > 0)
    return W_BALANCE;
  return W_FIGURE;
}

static void
add_finding (Ctx *c, gsize start, gsize end, double confidence, const char *reason,
             CgBlockKind kind)
{
  CgFinding f = { 0 };

  if (confidence < c->threshold && !c->include_weak)
    return;
  while (end > start && g_ascii_isspace (c->text[end - 1]))
    end--;
  f.type = CG_FINDING_CONFIDENTIAL;
  f.start = start;
  f.end = end;
  f.confidence = confidence;
  f.reason = reason;
  f.rule_mask = -1;
  f.block_kind = kind;
  g_array_append_val (c->findings, f);
}

/* A block of lines with amounts: is it a statement, internal figures? */
static void
judge_block (Ctx *c, const AmountLine *lines, guint n, gsize head)
{
  const char *t = c->text;
  gsize start = lines[0].start, end = lines[n - 1].end;
  guint amounts = 0, units = 0, formatted = 0, evidence;
  int score;
  Vocab v;
  WordKind kind;
  double confidence;
  char reason[128];

  for (guint i = 0; i < n; i++)
    {
      amounts += lines[i].amounts;
      units += lines[i].units;
      formatted += lines[i].formatted;
    }
  /* money is written with groups, decimals or units; a header file's
   * constants and a log's durations are bare integers */
  if (amounts < 3 || formatted < MAX (2, amounts / 4))
    return;
  vocab_init (&v);
  vocab_read (c->conf, &v, t, head, MIN (end, head + VOCAB_BYTES));
  kind = statement_kind (&v);
  evidence = v.kinds[W_PL] * 2 + v.kinds[W_FIGURE] + v.kinds[W_BALANCE] + v.kinds[W_BUDGET]
             + v.kinds[W_ACTUAL] + v.kinds[W_FORECAST] + v.kinds[W_CASHFLOW] + v.kinds[W_MARGIN]
             + v.kinds[W_SALARY] + v.kinds[W_VALUATION] + v.kinds[W_LEDGER];
  /* a statement's words count twice, other documents' words once against
   * them; an invoice's, a recipe's or homework's words (vetoes) and the
   * news's (unless the text says the figures are not out yet) weigh most */
  score = 2 * (int) evidence - (int) v.kinds[W_QUIET] - 6 * (int) v.kinds[W_VETO]
          - (v.kinds[W_PUBLIC] > 0 && v.kinds[W_SECRET] == 0 ? 6 * (int) v.kinds[W_PUBLIC] : 0);
  if (score >= 6 && n >= 3)
    confidence = score >= 10 && n >= 5 ? 0.95 : 0.85;
  else if (score >= 4 && n >= 4)
    confidence = 0.6;
  else if (score >= 4 && (units >= 2 || v.kinds[W_SECRET] > 0))
    confidence = v.kinds[W_SECRET] > 0 || units >= 3 ? 0.75 : 0.6;
  else if (score >= 2 && v.kinds[W_SECRET] > 0 && units >= 2 && c->short_text)
    confidence = 0.6;
  else
    confidence = 0.2;
  if (n == 1 || n < 100)
    g_snprintf (reason, sizeof reason, "%s: %u %s of amounts with %s labels", kind_name (kind), n,
                n == 1 ? "line" : "rows", kind == W_FIGURE ? "internal" : "statement");
  else
    g_snprintf (reason, sizeof reason, "%s: over 99 rows of amounts with %s labels",
                kind_name (kind), kind == W_FIGURE ? "internal" : "statement");
  add_finding (c, head < start ? head : start, end, confidence, g_intern_string (reason),
               block_kind_of (kind));
}

/* The title and header rows above a block: up to LOOK_BACK_LINES lines
 * without amounts (a PDF copy may put every label before the values), up to
 * the second empty line or the previous block. */
static gsize
block_head (const char *t, gsize floor, gsize start, guint max_lines)
{
  gsize head = start, p = start;
  guint blanks = 0;

  for (guint i = 0; i < max_lines && p > floor; i++)
    {
      gsize le = p - 1; /* the '\n' before the line at p */
      gsize ls = cg_text_line_start (t, le, 4096);
      if (ls < floor)
        ls = floor;
      if (is_blank_line (t, ls, le))
        {
          if (++blanks >= 2)
            break;
        }
      else
        head = ls;
      p = ls;
      if (!cg_text_is_line_start (t, ls))
        break;
    }
  return head;
}

/* Lines with amounts, grouped into blocks: at most MAX_GAP_LINES lines
 * without amounts between two of a block (a sub-heading, an empty line, a
 * PowerPoint copy's label on its own line). */
static void
find_blocks (Ctx *c)
{
  const char *t = c->text;
  gsize len = c->len, pos = 0, floor = 0;
  g_autoptr (GArray) block = g_array_new (FALSE, FALSE, sizeof (AmountLine));

  gsize searched = 0; /* no line break in text[searched, pos) but the ones known */

  while ((pos = cg_text_find_digit (t, len, pos)) < len)
    {
      const char *nl = memrchr (t + searched, '\n', pos - searched);
      gsize ls = nl != NULL ? (gsize) (nl - t) + 1 : searched, le = line_end (t, len, pos);
      AmountLine line;

      count_line (t, ls, pos, le, &line);
      if (line.amounts > 0)
        {
          if (block->len > 0)
            {
              const AmountLine *last = &g_array_index (block, AmountLine, block->len - 1);
              /* a chat puts a name and a time between two messages */
              guint gap = c->short_text ? MAX_GAP_LINES + 2 : MAX_GAP_LINES;
              if (ls - last->end > MAX_GAP_BYTES || count_breaks (t, last->end, ls) > gap + 1)
                {
                  gsize head = block_head (t, floor, g_array_index (block, AmountLine, 0).start,
                                           block->len < 3 ? 2 : LOOK_BACK_LINES);
                  judge_block (c, (AmountLine *) (void *) block->data, block->len, head);
                  floor = last->end;
                  g_array_set_size (block, 0);
                }
            }
          g_array_append_val (block, line);
        }
      pos = le + 1;
      searched = MIN (pos, len);
    }
  if (block->len > 0)
    {
      gsize head = block_head (t, floor, g_array_index (block, AmountLine, 0).start,
                               block->len < 3 ? 2 : LOOK_BACK_LINES);
      judge_block (c, (AmountLine *) (void *) block->data, block->len, head);
    }
}

/* ---- documents marked confidential ----------------------------------------- */

/* The words a marking is made of; a line or a part of one (between dashes,
 * bars, brackets) of these words only, with at least one core word, is a
 * marking. */
static const char *const marking_core[]
    = { "vertrouwelijk", "confidential", "intern",     "internal", "verspreiden", "distribute",
        "distribution",  "delen",        "doorsturen", "share",    "forward" };
static const char *const marking_filler[]
    = { "strikt",      "zeer",     "strictly",  "highly",
        "persoonlijk", "en",       "and",       "private",
        "alleen",      "voor",     "only",      "for",
        "use",         "gebruik",  "niet",      "do",
        "not",         "no",       "concept",   "draft",
        "board",       "of",       "directors", "directie",
        "rvc",         "rvb",      "mt",        "management",
        "team",        "raad",     "van",       "commissarissen",
        "bestuur",     "subject",  "to",        "contract",
        "page",        "pagina",   "slide",     "personal",
        "copy",        "kopie",    "nr",        "distributie",
        "extern",      "external", "gebruiker" };

static gboolean
in_list (const char *const *list, guint n, const char *w)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (list[i], w) == 0)
      return TRUE;
  return FALSE;
}

/* A part of a line: words of the marking only, at least one of them a core
 * word, with what it says ("strikt vertrouwelijk"); digits (page numbers) may
 * stand in it. */
static gboolean
marking_part (const char *s, gsize n, char *what, gsize what_size)
{
  char w[32];
  gsize k = 0, wn = 0;
  guint words_ = 0;
  gboolean core = FALSE, only_weak = TRUE;

  for (gsize i = 0; i <= n; i++)
    {
      guchar c = i < n ? (guchar) s[i] : ' ';
      if (cg_is_ascii_alpha (c))
        {
          if (k < sizeof w - 1)
            w[k++] = (char) cg_ascii_lower (c);
          else
            return FALSE;
          continue;
        }
      if (k > 0)
        {
          w[k] = '\0';
          words_++;
          if (in_list (marking_core, G_N_ELEMENTS (marking_core), w))
            {
              core = TRUE;
              /* "delen", "share" alone mark nothing: "niet delen" does */
              if (strcmp (w, "vertrouwelijk") == 0 || strcmp (w, "confidential") == 0
                  || strcmp (w, "intern") == 0 || strcmp (w, "internal") == 0)
                only_weak = FALSE;
            }
          else if (!in_list (marking_filler, G_N_ELEMENTS (marking_filler), w))
            return FALSE;
          if (wn + k + 1 < what_size)
            {
              if (wn > 0)
                what[wn++] = ' ';
              memcpy (what + wn, w, k);
              wn += k;
              what[wn] = '\0';
            }
          k = 0;
        }
      if (c >= 0x80 || cg_is_digit (c) || g_ascii_isspace (c) || strchr ("*_#>.!&'\"`", c))
        continue;
      return FALSE;
    }
  if (!core || words_ > 8)
    return FALSE;
  if (only_weak)
    {
      /* "niet delen", "do not distribute", "niet verspreiden" */
      return strstr (what, "niet") != NULL || strstr (what, "not") != NULL
             || strstr (what, "no ") != NULL;
    }
  /* "intern" needs company: "Classificatie: Intern" is a label, "Intern" a
   * heading; "internal" alone is an adjective */
  if (strcmp (what, "internal") == 0)
    return FALSE;
  return TRUE;
}

/* The keys of a classification label. */
static const char *const label_keys[] = { "classificatie",
                                          "classification",
                                          "rubricering",
                                          "vertrouwelijkheid",
                                          "status",
                                          "security",
                                          "sensitivity",
                                          "gevoeligheid",
                                          "label",
                                          "markering",
                                          "vertrouwelijkheidsniveau",
                                          "informatieclassificatie",
                                          "beveiligingsniveau",
                                          "dataclassificatie" };
static const char *const public_values[]
    = { "openbaar", "public", "publiek", "extern", "external" };

/* Whether text[a, b) is all of the line but decoration. */
static gboolean
whole_line (const char *s, gsize n, gsize a, gsize b)
{
  for (gsize i = 0; i < n; i++)
    if ((i < a || i >= b) && cg_is_word_byte ((guchar) s[i]))
      return FALSE;
  return TRUE;
}

typedef enum
{
  MARK_NONE,
  MARK_PUBLIC,   /* "Classificatie: Openbaar": the text says it is public */
  MARK_LABEL,    /* "Classificatie: Vertrouwelijk" */
  MARK_HEADING,  /* a line, or a part of one, of marking words only */
  MARK_SENTENCE, /* "dit is strikt vertrouwelijk, niet doorsturen" */
} Mark;

/* "strikt vertrouwelijk, niet doorsturen" in a sentence; the words of the
 * disclaimer and the privacy statement (which mark nothing) veto. */
static const char *const sentence_phrases[] = { "strikt vertrouwelijk",
                                                "strictly confidential",
                                                "niet doorsturen",
                                                "niet verspreiden",
                                                "do not distribute",
                                                "do not forward",
                                                "not for distribution",
                                                "for internal use only",
                                                "alleen voor intern gebruik",
                                                "internal use only",
                                                "zeer vertrouwelijk",
                                                "keep this confidential",
                                                "treat this as confidential",
                                                "vertrouwelijk behandelen",
                                                "please keep this strictly",
                                                "niet extern delen",
                                                "niet naar buiten",
                                                "must not be shared",
                                                "not to be shared",
                                                "niet gedeeld worden",
                                                "mag niet gedeeld",
                                                "is confidential and must",
                                                "vertrouwelijk en mag niet",
                                                "niet buiten het team",
                                                "niet buiten de" };
static const char *const sentence_vetoes[]
    = { "geadresseerde", "bestemd voor", "intended",        "recipient", "addressee",
        "received this", "ontvangen",    "afzender",        "sender",    "notify",
        "aansprakelijk", "liability",    "gegevens",        "privacy",   "partij",
        "party",         "parties",      "ondergetekenden", "___",       "[naam",
        "[name",         "..." };

static Mark
classify_marking_line (const char *s, gsize n, char *what, gsize what_size)
{
  char lower[512];
  gsize ln = 0, p = 0;

  what[0] = '\0';
  if (n >= sizeof lower)
    n = sizeof lower - 1;
  for (gsize i = 0; i < n; i++)
    lower[ln++] = (char) cg_ascii_lower ((guchar) s[i]);
  lower[ln] = '\0';
  while (p < ln && (g_ascii_isspace (lower[p]) || strchr ("#>*_-=[(|", lower[p])))
    p++;
  if (strstr (lower, "vertrouw") == NULL && strstr (lower, "confiden") == NULL
      && strstr (lower, "intern") == NULL && strstr (lower, "versprei") == NULL
      && strstr (lower, "distribut") == NULL && strstr (lower, "delen") == NULL
      && strstr (lower, "doorsturen") == NULL && strstr (lower, "naar buiten") == NULL
      && strchr (lower, ':') == NULL)
    return MARK_NONE;
  /* a label: "Classificatie: Vertrouwelijk" */
  for (guint i = 0; i < G_N_ELEMENTS (label_keys); i++)
    {
      gsize k = strlen (label_keys[i]);
      if (strncmp (lower + p, label_keys[i], k) == 0)
        {
          gsize q = p + k;
          while (q < ln && (lower[q] == ' ' || lower[q] == '*'))
            q++;
          if (q < ln && lower[q] == ':')
            {
              q++;
              while (q < ln && (lower[q] == ' ' || lower[q] == '*'))
                q++;
              for (guint j = 0; j < G_N_ELEMENTS (public_values); j++)
                if (strncmp (lower + q, public_values[j], strlen (public_values[j])) == 0)
                  return MARK_PUBLIC;
              if (marking_part (lower + q, ln - q, what, what_size))
                return MARK_LABEL;
            }
        }
    }
  /* a heading, a footer, a banner, a subject's tag: parts between dashes,
   * bars, brackets, colons */
  if (ln <= 160)
    {
      gsize a = 0;
      for (gsize i = 0; i <= ln; i++)
        {
          gboolean sep = i == ln || strchr ("|[](){}:/\xe2,;\t", lower[i]) != NULL
                         || (lower[i] == '-' && (i == 0 || lower[i - 1] == ' ')
                             && (i + 1 == ln || lower[i + 1] == ' '));
          if (!sep)
            continue;
          /* "Vertrouwelijk: informatie die alleen ...": a definition */
          if (marking_part (lower + a, i - a, what, what_size))
            {
              gboolean definition = i < ln && lower[i] == ':' && ln - i > 24;
              /* "intern" alone marks a text as its heading or label, not
               * as a note in brackets: "Conffiles (intern)" */
              gboolean bare_intern = strcmp (what, "intern") == 0 && !whole_line (lower, ln, a, i);
              if (!definition && !bare_intern)
                return MARK_HEADING;
            }
          /* the bytes of a dash or bullet (0xe2 0x80 0x93) after 0xe2 */
          a = i + 1;
          while (a < ln && ((guchar) lower[a] & 0xC0) == 0x80)
            a++;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (sentence_phrases); i++)
    if (strstr (lower, sentence_phrases[i]) != NULL)
      {
        for (guint j = 0; j < G_N_ELEMENTS (sentence_vetoes); j++)
          if (strstr (lower, sentence_vetoes[j]) != NULL)
            return MARK_NONE;
        g_strlcpy (what, sentence_phrases[i], what_size);
        return MARK_SENTENCE;
      }
  what[0] = '\0';
  return MARK_NONE;
}

/* Texts that look marked and are not: an empty NDA template (its headings
 * and articles speak of confidential information), a mail's disclaimer. */
static gboolean
is_template_or_disclaimer_line (const char *lower)
{
  return strstr (lower, "geheimhouding") != NULL || strstr (lower, "non-disclosure") != NULL
         || strstr (lower, "geadresseerde") != NULL || strstr (lower, "intended") != NULL
         || strstr (lower, "vertrouwelijke informatie") != NULL
         || strstr (lower, "confidential information") != NULL;
}

/* Only the start and the end of a long text are read for a marking: a
 * heading, a label and a footer stand there, and ordinary text pays nothing. */
#define MARK_HEAD_BYTES (128 * 1024)
#define MARK_TAIL_BYTES (32 * 1024)

static void
scan_lines_for_marking (Ctx *c, gsize from, gsize to, Mark *best, gsize *best_start,
                        gsize *best_end, char *what, gsize what_size, gboolean *is_public,
                        gboolean *template_)
{
  const char *t = c->text;
  gsize pos = from;

  while (pos < to)
    {
      gsize le = line_end (t, to, pos);
      char w[64];
      Mark m;

      if (le - pos < 2000)
        {
          m = classify_marking_line (t + pos, le - pos, w, sizeof w);
          if (m == MARK_PUBLIC)
            *is_public = TRUE;
          else if (m != MARK_NONE && (*best == MARK_NONE || m < *best))
            {
              char lower[256];
              gsize k = MIN (le - pos, sizeof lower - 1);
              for (gsize i = 0; i < k; i++)
                lower[i] = (char) cg_ascii_lower ((guchar) t[pos + i]);
              lower[k] = '\0';
              if (is_template_or_disclaimer_line (lower))
                *template_ = TRUE;
              else
                {
                  *best = m;
                  *best_start = pos;
                  *best_end = le;
                  g_strlcpy (what, w, what_size);
                }
            }
          else if (m == MARK_NONE && le - pos < 200)
            {
              char lower[256];
              gsize k = le - pos;
              for (gsize i = 0; i < k; i++)
                lower[i] = (char) cg_ascii_lower ((guchar) t[pos + i]);
              lower[k] = '\0';
              if (strstr (lower, "geheimhoudingsovereenkomst") != NULL
                  || strstr (lower, "non-disclosure agreement") != NULL)
                *template_ = TRUE;
            }
        }
      pos = le + 1;
    }
}

static void
find_marking (Ctx *c)
{
  Mark best = MARK_NONE;
  gsize best_start = 0, best_end = 0;
  char what[64] = "";
  gboolean is_public = FALSE, template_ = FALSE;
  double confidence;
  char reason[96];

  if (c->len <= MARK_HEAD_BYTES + MARK_TAIL_BYTES)
    scan_lines_for_marking (c, 0, c->len, &best, &best_start, &best_end, what, sizeof what,
                            &is_public, &template_);
  else
    {
      gsize tail = cg_text_line_start (c->text, c->len - MARK_TAIL_BYTES, 4096);
      scan_lines_for_marking (c, 0, MARK_HEAD_BYTES, &best, &best_start, &best_end, what,
                              sizeof what, &is_public, &template_);
      scan_lines_for_marking (c, tail, c->len, &best, &best_start, &best_end, what, sizeof what,
                              &is_public, &template_);
    }
  if (best == MARK_NONE)
    return;
  confidence = best == MARK_LABEL ? 0.95 : best == MARK_HEADING ? 0.9 : 0.75;
  /* a text that calls itself public, or an NDA's template, is marked by nothing */
  if (is_public || template_)
    confidence = 0.1;
  g_snprintf (reason, sizeof reason, "marked '%s'", what);
  /* the document: from its start (a marking in a footer or a subject line
   * covers what it is under) to its end */
  add_finding (c, 0, c->len, confidence, g_intern_string (reason), CG_BLOCK_MARKED);
  (void) best_start;
  (void) best_end;
}

/* ---- the scan -------------------------------------------------------------- */

void
cg_confidential_scan (const CgConfidential *conf, const char *text, gsize len, double threshold,
                      gboolean include_weak, GArray *findings)
{
  Ctx c = { conf, text, len, threshold, include_weak, findings, len <= 4096 };
  guint before = findings->len, marked = 0;

  find_marking (&c);
  for (guint i = before; i < findings->len; i++)
    marked += g_array_index (findings, CgFinding, i).confidence >= threshold;
  if (marked > 0)
    return; /* the whole text is one block already */
  find_blocks (&c);
}
