/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-address.c: Dutch addresses: layouts, house number additions, postcode
 * rules, and the things that only look like addresses. */
#include "test-helpers.h"

static void
test_layouts (void)
{
  assert_one_finding ("Kerkstraat 12, 3511 AB Utrecht", CG_FINDING_ADDRESS,
                      "Kerkstraat 12, 3511 AB Utrecht");
  assert_one_finding ("Kerkstraat 12\n3511 AB Utrecht\n", CG_FINDING_ADDRESS,
                      "Kerkstraat 12\n3511 AB Utrecht");
  assert_one_finding ("3511 AB Utrecht, Oudegracht 12", CG_FINDING_ADDRESS,
                      "3511 AB Utrecht, Oudegracht 12");
  assert_one_finding ("Stuur het naar Kerkstraat 12, 3511  AB  Utrecht.", CG_FINDING_ADDRESS,
                      "Kerkstraat 12, 3511  AB  Utrecht");
  assert_one_finding ("postcode 1234 AB, huisnummer 12", CG_FINDING_ADDRESS,
                      "1234 AB, huisnummer 12");
  assert_one_finding ("Kerkstraat 12 te Zeist", CG_FINDING_ADDRESS, "Kerkstraat 12 te Zeist");
  assert_one_finding ("Hij woont op de Kerkstraat 12 in Zeist.", CG_FINDING_ADDRESS,
                      "Kerkstraat 12 in Zeist");
  assert_one_finding ("Lange Voorhout 8, 2514 ED Den Haag", CG_FINDING_ADDRESS,
                      "Lange Voorhout 8, 2514 ED Den Haag");
  assert_one_finding ("1234 AB 's-Hertogenbosch", CG_FINDING_ADDRESS, "1234 AB 's-Hertogenbosch");
  assert_one_finding ("1234AB LEIDEN", CG_FINDING_ADDRESS, "1234AB LEIDEN");
  assert_one_finding ("Adres: Kerkstraat 12", CG_FINDING_ADDRESS, "Kerkstraat 12");
  assert_one_finding ("Straat en huisnummer: Kerkstraat 12 hs", CG_FINDING_ADDRESS,
                      "Kerkstraat 12 hs");
  /* typed in a hurry: lower case, no comma; upper case as on an envelope */
  assert_one_finding ("stuur naar kerkstraat 12 3511ab utrecht", CG_FINDING_ADDRESS,
                      "kerkstraat 12 3511ab utrecht");
  assert_one_finding ("KERKSTRAAT 12 3511 AB UTRECHT", CG_FINDING_ADDRESS,
                      "KERKSTRAAT 12 3511 AB UTRECHT");
}

/* Over a row's cells: a finding per cell, in one group (placeholders keep
 * the columns). */
static void
test_over_cells (void)
{
  const char *row = "Kerkstraat 12\t3511AB\tUtrecht";
  g_autoptr (GArray) f = test_scan (row);
  const char *parts[] = { "Kerkstraat 12", "3511AB", "Utrecht" };
  g_autofree char *masked = NULL;

  g_assert_cmpuint (f->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const CgFinding *x = &g_array_index (f, CgFinding, i);
      g_autofree char *got = g_strndup (row + x->start, x->end - x->start);
      g_assert_cmpstr (got, ==, parts[i]);
      g_assert_cmpuint (x->group, !=, 0);
      g_assert_cmpuint (x->group, ==, g_array_index (f, CgFinding, 0).group);
    }
  masked
      = cg_mask_text (row, strlen (row), (CgFinding *) f->data, f->len, CG_MASK_PLACEHOLDER, NULL);
  g_assert_cmpstr (masked, ==, "[ADRES-1]\t[ADRES-1]\t[ADRES-1]");
}

/* Issue 18: the forms and formats people's addresses come in. */
static void
test_forms_of_people (void)
{
  assert_one_finding ("Huidig adres: Molenweg 41, 3911 AC Rhenen", CG_FINDING_ADDRESS,
                      "Molenweg 41, 3911 AC Rhenen");
  assert_one_finding ("Object: Molenweg 41 (Rhenen)\nWOZ-waarde: 312.000\n", CG_FINDING_ADDRESS,
                      "Molenweg 41");
  assert_one_finding ("Mevr. A. Bakker\nPlesmanweg 2-214\n7602 PD Almelo\n", CG_FINDING_ADDRESS,
                      "Plesmanweg 2-214\n7602 PD Almelo");
  g_assert_cmpuint (test_count ("Straat en huisnummer      Vughterstraat 45 A\n"
                                "Postcode en woonplaats    5211 GE 's-Hertogenbosch\n",
                                CG_FINDING_ADDRESS),
                    ==, 2);
  /* ISO 20022 (SEPA, camt): a debtor's postal address in its fields */
  g_assert_cmpuint (test_count ("<Dbtr>\n  <Nm>J JANSEN</Nm>\n  <PstlAdr>\n"
                                "    <StrtNm>Molenweg</StrtNm>\n    <BldgNb>41</BldgNb>\n"
                                "    <PstCd>3911AC</PstCd>\n    <TwnNm>Rhenen</TwnNm>\n"
                                "  </PstlAdr>\n</Dbtr>\n",
                                CG_FINDING_ADDRESS),
                    ==, 4);
  /* lower-case lists: the cards a list is for, a family, a dash between parts */
  assert_one_finding ("kerstkaarten 2025\n\n- fam evers schoolstraat 52 breda\n- oma: zelf\n",
                      CG_FINDING_ADDRESS, "schoolstraat 52 breda");
  assert_one_finding ("buren: fam jonker - stationsweg 14 - 3862ab nijkerk", CG_FINDING_ADDRESS,
                      "stationsweg 14 - 3862ab nijkerk");
  assert_one_finding ("trouwkaarten\nanne en bas de wit - folkingestraat 46 rood 3704cd zeist\n",
                      CG_FINDING_ADDRESS, "folkingestraat 46 rood 3704cd zeist");
  assert_one_finding ("sjoerd (nieuw adres sinds maart) molenweg 233 b rhenen", CG_FINDING_ADDRESS,
                      "molenweg 233 b rhenen");
  /* not a label of a home: an object in prose, a company's creditor block */
  assert_no_finding ("Het object van de vergadering was de 41 woningen.");
  assert_no_finding ("<Cdtr>\n  <Nm>Bakkerij Jansen B.V.</Nm>\n  <PstlAdr>\n"
                     "    <StrtNm>Molenweg</StrtNm>\n    <BldgNb>41</BldgNb>\n"
                     "    <PstCd>3911AC</PstCd>\n    <TwnNm>Rhenen</TwnNm>\n  </PstlAdr>\n");
}

static void
test_form (void)
{
  const char *form = "Straat: Dorpsstraat 8\nPostcode en woonplaats: 7927 XP Dordrecht\n";
  g_autoptr (GArray) f = test_scan (form);

  g_assert_cmpuint (f->len, ==, 2);
  g_assert_cmpuint (g_array_index (f, CgFinding, 0).type, ==, CG_FINDING_ADDRESS);
  g_assert_cmpuint (g_array_index (f, CgFinding, 1).type, ==, CG_FINDING_ADDRESS);
}

static void
test_additions (void)
{
  const char *additions[]
      = { "12A",    "12a",       "12 A",    "12-2",   "12 bis",          "12 hs",
          "12-III", "12 2-hoog", "12-14",   "12 III", "12 huis",         "12B",
          "23bis",  "7hs",       "12 rood", "12-ii",  "12 2e verdieping" };

  for (guint i = 0; i < G_N_ELEMENTS (additions); i++)
    {
      g_autofree char *text
          = g_strdup_printf ("Adres: Kerkstraat %s, 3511 AB Utrecht", additions[i]);
      g_autofree char *want = g_strdup_printf ("Kerkstraat %s, 3511 AB Utrecht", additions[i]);
      assert_one_finding (text, CG_FINDING_ADDRESS, want);
    }
}

static void
test_postcodes (void)
{
  /* First digit 1-9, never SA, SD or SS. */
  assert_no_finding ("0123 AB Utrecht");
  assert_no_finding ("1234 SA Utrecht");
  assert_no_finding ("1234 SD Utrecht");
  assert_no_finding ("1234 SS Utrecht");
  assert_one_finding ("1234 SB Utrecht", CG_FINDING_ADDRESS, "1234 SB Utrecht");
  /* A postcode-like token alone is not an address. */
  assert_no_finding ("2048 KB");
  assert_no_finding ("Het bestand is 2048 KB groot.");
  assert_no_finding ("1080 HD scherm");
  assert_no_finding ("3000 RPM");
  assert_no_finding ("Download: 9842 MB, 9526 KB/s");
  assert_no_finding ("9235 AD geschiedenis, hoofdstuk 15");
  assert_no_finding ("12345 AB Utrecht");
  assert_no_finding ("1234 ABC Utrecht");
  assert_no_finding ("Copyright (c) 2012 KU Leuven");
  assert_no_finding ("Postbus 94079, 1090 GB Amsterdam");
}

static void
test_not_addresses (void)
{
  /* A street name without a house number, a number without a street. */
  assert_no_finding ("De Kerkstraat is mooi.");
  assert_no_finding ("De Kerkstraat is mooi. Er staan 12 bomen.");
  /* A known street with a number but nothing else that says address. */
  assert_no_finding ("Zie Kerkstraat 12 in de notulen.");
  assert_no_finding ("Windows 11 en iPhone 15.");
  assert_no_finding ("Hoofdstuk 12 van deel 3.");
  assert_no_finding ("Suite 300, San Francisco");
  /* Streets that are ordinary words need a postcode. */
  assert_no_finding ("Noord 12 te Zeist");
  /* a lower-case street with a number is a street only next to a postcode */
  assert_no_finding ("de kerkstraat 12 te zeist");
  /* a phone number is no house number before a postcode */
  assert_no_finding ("bel 06 1234 56 78");
  assert_no_finding ("Het is 12:30 op de Kerkstraat 12:30");
  assert_no_finding ("Kerkstraat 12,5 meter");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/address/layouts", test_layouts);
  g_test_add_func ("/address/form", test_form);
  g_test_add_func ("/address/forms-of-people", test_forms_of_people);
  g_test_add_func ("/address/over-cells", test_over_cells);
  g_test_add_func ("/address/additions", test_additions);
  g_test_add_func ("/address/postcodes", test_postcodes);
  g_test_add_func ("/address/not-addresses", test_not_addresses);
  return g_test_run ();
}
