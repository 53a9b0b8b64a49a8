/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-confidential.c: confidential business figures and marked documents:
 * what alarms, what stays quiet, and how a block is masked. */
#include "test-helpers.h"

#include <string.h>

#include "cg-confidential.h"

static const CgFinding *
only_block (GArray *f)
{
  const CgFinding *block = NULL;

  for (guint i = 0; i < f->len; i++)
    if (g_array_index (f, CgFinding, i).type == CG_FINDING_CONFIDENTIAL)
      {
        g_assert_null (block);
        block = &g_array_index (f, CgFinding, i);
      }
  return block;
}

static const char pl[] = "Winst-en-verliesrekening 2024 (x € 1.000)\n"
                         "\t2024\t2023\n"
                         "Netto-omzet\t18.412\t16.977\n"
                         "Kostprijs van de omzet\t-11.205\t-10.388\n"
                         "Brutomarge\t7.207\t6.589\n"
                         "Personeelskosten\t-3.940\t-3.611\n"
                         "Bedrijfsresultaat\t1.468\t1.308\n"
                         "Resultaat na belastingen\t1.006\t877\n";

static void
test_statement (void)
{
  g_autoptr (GArray) f = test_scan (pl);
  const CgFinding *b = only_block (f);

  g_assert_nonnull (b);
  g_assert_cmpint (b->block_kind, ==, CG_BLOCK_PROFIT_LOSS);
  g_assert_cmpfloat (b->confidence, >=, CG_SCANNER_DEFAULT_THRESHOLD);
  g_assert_true (g_str_has_prefix (b->reason, "profit and loss statement: "));
  g_assert_nonnull (strstr (b->reason, " rows of amounts with statement labels"));
  /* the reason names the evidence, never a figure */
  g_assert_null (strstr (b->reason, "18"));
  g_assert_cmpuint (b->start, ==, 0);
  g_assert_true (cg_finding_has_amounts (b, pl, strlen (pl)));
}

static void
test_layouts (void)
{
  const char *const alarm[] = {
    /* aligned PDF text with (negatives) */
    "BALANS PER 31 DECEMBER\n"
    "Activa                         2024        Passiva                 2024\n"
    "Vaste activa              1.245.000        Eigen vermogen        982.400\n"
    "Debiteuren                  366.780        Voorzieningen        (120.000)\n"
    "Liquide middelen            188.920        Crediteuren           568.600\n",
    /* Markdown, k€ */
    "| k€ | Begroting | Realisatie | Afwijking |\n|---|---|---|---|\n"
    "| Omzet | 2.140 | 2.012 | -128 |\n| Personeelskosten | -720 | -731 | -11 |\n"
    "| EBITDA | 302 | 244 | -58 |\n",
    /* CSV with ; and decimal commas */
    "Maand;Omzet;Brutomarge;EBIT\n2025-01;412.884,20;161.553,45;43.353,45\n"
    "2025-02;398.120,55;154.240,45;36.290,15\n2025-03;455.902,80;179.798,80;58.388,20\n",
    /* English, EUR m */
    "Income statement (EUR m)   FY24   FY23\nRevenue   212.4   198.1\nGross profit   53.5   48.4\n"
    "EBITDA   28.6   24.9\nNet income   15.1   12.2\n",
    /* a short message */
    "Q3 omzet 4,2 mln, EBITDA 612k, marge 31% - nog niet naar buiten brengen",
  };
  for (guint i = 0; i < G_N_ELEMENTS (alarm); i++)
    {
      g_autoptr (GArray) f = test_scan (alarm[i]);
      if (only_block (f) == NULL)
        g_error ("no confidential block in text %u", i);
    }
}

static void
test_marked (void)
{
  const char *const marked[] = {
    "STRIKT VERTROUWELIJK\n\nNotitie reorganisatie\nDe teams worden samengevoegd.",
    "Classificatie: Vertrouwelijk\nOnderwerp: tarieven 2026",
    "Concept – niet delen\n\nBeste collega's,",
    "CONFIDENTIAL – Board of Directors only\n\nMinutes of the meeting",
    "Pricing 2026 — Internal use only\n- list prices up",
    "Onderwerp: [VERTROUWELIJK] overname\n\nIk sprak hem gisteren.",
    "Intern\n\nWerkinstructie klachten",
  };
  for (guint i = 0; i < G_N_ELEMENTS (marked); i++)
    {
      g_autoptr (GArray) f = test_scan (marked[i]);
      const CgFinding *b = only_block (f);
      if (b == NULL)
        g_error ("not marked: text %u", i);
      g_assert_cmpint (b->block_kind, ==, CG_BLOCK_MARKED);
      g_assert_true (g_str_has_prefix (b->reason, "marked '"));
      /* the whole document, with nothing to mask in it */
      g_assert_cmpuint (b->start, ==, 0);
      g_assert_false (cg_finding_has_amounts (b, marked[i], strlen (marked[i])));
    }
}

static void
test_quiet (void)
{
  const char *const quiet[] = {
    "FACTUUR 2025-0412\nSchilderwerk   1   1.250,00   1.250,00\nVerf   1   186,40   186,40\n"
    "Subtotaal   1.436,40\nBTW 21%   301,64\nTotaal te betalen   1.738,04\n",
    "Huishoudboekje\tBegroot\tWerkelijk\tVerschil\nHuur\t1.150\t1.150\t0\n"
    "Boodschappen\t600\t684\t-84\nZorgverzekering\t290\t290\t0\n",
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke "
    "informatie bevatten.",
    "This e-mail and any attachments are confidential and intended solely for the addressee.",
    "Uw gegevens worden vertrouwelijk behandeld.",
    "Wij hebben een vertrouwenspersoon.",
    "GEHEIMHOUDINGSOVEREENKOMST\nDe ondergetekenden: [naam], hierna Partij A\n"
    "Partij B zal alle informatie strikt vertrouwelijk behandelen.",
    "09:00 intern overleg\n11:00 interne audit\n14:00 internist",
    "Classificatie: Openbaar\nIntern: informatie die alleen medewerkers mogen zien.\n"
    "Vertrouwelijk: informatie die schade kan veroorzaken.",
    "Conffiles (intern)",
    "#define A 0x0001\n#define B 0x0002\n#define C 0x0004\n#define D 1024\n",
    "2025-10-14 09:12:01.331 INFO GET /api/orders 200 123 ms\n"
    "2025-10-14 09:12:02.004 INFO processed 1500 messages\n",
    "Stand\nClub  Gespeeld  Punten  Doelsaldo\nPSV  10  28  +24\nAjax  10  19  +9\n",
    "Koninklijke Bakker maakte de jaarcijfers bekend: omzet € 1,24 miljard, nettowinst "
    "€ 88 miljoen.\nAnalisten rekenden op € 84 miljoen. Het aandeel steeg 3,1%.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (quiet); i++)
    {
      g_autoptr (GArray) f = test_scan (quiet[i]);
      if (only_block (f) != NULL)
        g_error ("a false alarm on text %u: %s", i, only_block (f)->reason);
    }
}

/* Mask: every amount a placeholder, labels, years and layout kept; the
 * same amount the same placeholder; a masked block has no amount left. */
static void
test_mask (void)
{
  g_autoptr (GArray) f = test_scan (pl);
  g_autofree char *masked = cg_mask_text (pl, strlen (pl), (CgFinding *) (void *) f->data, f->len,
                                          CG_MASK_PLACEHOLDER, NULL);
  const CgFinding *b;

  g_assert_nonnull (strstr (masked, "Netto-omzet\t[BEDRAG-1]\t[BEDRAG-2]\n"));
  g_assert_nonnull (strstr (masked, "Kostprijs van de omzet\t[BEDRAG-3]\t[BEDRAG-4]\n"));
  g_assert_nonnull (strstr (masked, "\t2024\t2023\n"));
  g_assert_null (strstr (masked, "18.412"));
  g_assert_null (strstr (masked, "877"));
  {
    g_autoptr (GArray) again = test_scan (masked);
    b = only_block (again);
    if (b != NULL)
      g_assert_false (cg_finding_has_amounts (b, masked, strlen (masked)));
  }
  {
    const char *twice = "Omzet\t1.204\t1.204\nBrutomarge\t402\t515\nEBITDA\t(12.345)\t-12.345\n"
                        "Nettowinst\t99,5%\t12.345\n";
    g_autoptr (GArray) g = test_scan (twice);
    g_autofree char *m = cg_mask_text (twice, strlen (twice), (CgFinding *) (void *) g->data,
                                       g->len, CG_MASK_PLACEHOLDER, NULL);
    g_assert_nonnull (strstr (m, "Omzet\t[BEDRAG-1]\t[BEDRAG-1]\n"));
    /* a sign is part of the amount; parentheses stay around it */
    g_assert_nonnull (strstr (m, "EBITDA\t([BEDRAG-4])\t[BEDRAG-5]\n"));
    g_assert_nonnull (strstr (m, "Nettowinst\t[BEDRAG-6]%\t[BEDRAG-4]\n"));
  }
  {
    g_autofree char *stars = cg_mask_text (pl, strlen (pl), (CgFinding *) (void *) f->data, f->len,
                                           CG_MASK_STARS, NULL);
    g_assert_nonnull (strstr (stars, "Brutomarge\t*.***\t*.***\n"));
  }
}

typedef struct
{
  guint calls;
  gboolean identities_ok;
} Numbered;

static void
count_placeholder (GString *out, const CgFinding *finding, const char *identity, const char *value,
                   gsize value_len, gpointer user_data)
{
  Numbered *n = user_data;

  n->calls++;
  if (finding->type != CG_FINDING_CONFIDENTIAL || !g_str_has_prefix (identity, "confidential:")
      || value_len == 0 || !g_ascii_isdigit (value[value_len - 1]))
    n->identities_ok = FALSE;
  g_string_append_printf (out, "[AMOUNT-%u]", n->calls);
}

/* The session's numbering (the guard's vault) sees every amount. */
static void
test_mask_numbered (void)
{
  g_autoptr (GArray) f = test_scan (pl);
  Numbered n = { 0, TRUE };
  g_autofree char *masked
      = cg_mask_text_numbered (pl, strlen (pl), (CgFinding *) (void *) f->data, f->len,
                               CG_MASK_PLACEHOLDER, count_placeholder, &n, NULL);

  g_assert_cmpuint (n.calls, ==, 12);
  g_assert_true (n.identities_ok);
  g_assert_nonnull (strstr (masked, "Brutomarge\t[AMOUNT-5]\t[AMOUNT-6]"));
}

/* A BSN in a salary sheet stays a BSN; the block is cut around it. */
static void
test_with_bsn (void)
{
  const char *text = "Loonkosten per afdeling 2025\n"
                     "Afdeling\tFTE\tLoonkosten\tSociale lasten\tBSN contact\n"
                     "Verkoop\t12,4\t712.300\t142.460\t123456782\n"
                     "Productie\t38,0\t1.902.000\t380.400\t\n"
                     "Staf\t9,2\t598.100\t119.620\t\n";
  g_autoptr (GArray) f = test_scan (text);
  guint bsn = 0, blocks = 0, group = 0;

  for (guint i = 0; i < f->len; i++)
    {
      const CgFinding *x = &g_array_index (f, CgFinding, i);
      if (i > 0)
        g_assert_cmpuint (x->start, >=, g_array_index (f, CgFinding, i - 1).end);
      bsn += x->type == CG_FINDING_BSN;
      if (x->type == CG_FINDING_CONFIDENTIAL)
        {
          blocks++;
          g_assert_cmpuint (x->group, !=, 0);
          g_assert_true (group == 0 || group == x->group);
          group = x->group;
        }
    }
  g_assert_cmpuint (bsn, ==, 1);
  g_assert_cmpuint (blocks, ==, 2);
  {
    g_autoptr (CgValues) values = cg_values_new ((CgFinding *) (void *) f->data, f->len);
    g_assert_cmpuint (cg_values_get_n (values), ==, 2);
  }
}

static void
test_amounts (void)
{
  const struct
  {
    const char *text;
    const char *amount; /* NULL: none */
  } cases[] = {
    { "€ 1.234.567", "1.234.567" },
    { "1.234,5", "1.234,5" },
    { "(12.345)", "12.345" },
    { "-12.345", "-12.345" },
    { "12 k€", "12" },
    { "4,2 mln", "4,2" },
    { "31%", "31" },
    { "om 12:30", NULL },
    { "op 2024-01-02", NULL },
    { "in 2025", NULL },
    { "v1.2.3", NULL },
    { "0x0040", NULL },
    { "10.0.0.1", NULL },
    { "3 appels", NULL },
    { "1 234 567", "1 234 567" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize a, b;
      gboolean found
          = cg_confidential_next_amount (cases[i].text, 0, 0, strlen (cases[i].text), &a, &b);
      if (cases[i].amount == NULL)
        {
          if (found)
            g_error ("an amount in \"%s\"", cases[i].text);
          continue;
        }
      if (!found)
        g_error ("no amount in \"%s\"", cases[i].text);
      g_assert_cmpuint (b - a, ==, strlen (cases[i].amount));
      g_assert_cmpint (memcmp (cases[i].text + a, cases[i].amount, b - a), ==, 0);
    }
}

/* Switched off, it finds nothing. */
static void
test_switched_off (void)
{
  g_autoptr (CgScanner) scanner
      = cg_scanner_new (CG_FINDING_ALL & ~CG_FINDING_CONFIDENTIAL, 0.5, NULL);
  g_autoptr (GArray) f = cg_scanner_scan (scanner, pl, strlen (pl), CG_SCAN_FLAGS_NONE);

  g_assert_cmpuint (f->len, ==, 0);
  g_assert_cmpint (cg_finding_type_from_string ("confidential"), ==, CG_FINDING_CONFIDENTIAL);
  g_assert_cmpstr (cg_finding_type_to_string (CG_FINDING_CONFIDENTIAL), ==, "confidential");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/confidential/statement", test_statement);
  g_test_add_func ("/confidential/layouts", test_layouts);
  g_test_add_func ("/confidential/marked", test_marked);
  g_test_add_func ("/confidential/quiet", test_quiet);
  g_test_add_func ("/confidential/mask", test_mask);
  g_test_add_func ("/confidential/mask-numbered", test_mask_numbered);
  g_test_add_func ("/confidential/with-bsn", test_with_bsn);
  g_test_add_func ("/confidential/amounts", test_amounts);
  g_test_add_func ("/confidential/switched-off", test_switched_off);
  return g_test_run ();
}
