/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mask.c: masking invariants, as properties over many random texts and
 * documents in the layouts people copy:
 * bytes outside findings never change, and a masked text holds no finding. */
#include "test-helpers.h"

static const char *const fragments[] = {
  "BSN: 123456782",
  "burgerservicenummer 111222333",
  "sofinummer 1234.56.782",
  "IBAN NL91ABNA0417164300",
  "NL91 ABNA 0417 1643 00",
  "DE89 3704 0044 0532 0130 00",
  "Kerkstraat 12, 3511 AB Utrecht",
  "Oudegracht 1 bis\n3511 AB Utrecht",
  "postcode 1234 AB, huisnummer 7",
  "Kerkstraat 12 te Zeist",
  "Ordernummer 123456782",
  "Het bestand is 2048 KB",
  "Windows 11",
  "Beste Jan,",
  "Groet, Emma",
  "€ 1.234,56",
  "06-12345678",
  "tel 020 123 4567",
  "Één café in Zürich",
  "\t",
  "\n",
  "; ",
  ", ",
  " ",
};

/* Whole documents in the layouts people copy, for the same properties. */
static const char *const documents[] = {
  "Persnr  Naam             Sofinr      Geboortedatum\n"
  "10231   J. de Wit        645290415   12-03-1980\n"
  "10232   A. Yilmaz        759233275   01-11-1992\n",
  "Cliëntnr  Naam       BSN          Woonplaats\n"
  "--------  ---------  -----------  ----------\n"
  "4411      P. Smit    678417751    Ede\n",
  "Overzicht\r\n\t\t\r\nNaam\tSofinummer\tIBAN\r\nJan Bakker\t734537864\tNL91ABNA0417164300\r\n",
  "straat;huisnummer;toevoeging;postcode;plaats\nMolenweg;41;b;3911 AC;Rhenen\n",
  "Molenweg;41;b;3911 AC;Rhenen\n",
  "{\"bsn\": \"922795356\", \"straat\": \"Molenweg\", \"huisnummer\": 41, "
  "\"postcode\": \"3911 AC\", \"woonplaats\": \"Rhenen\"}",
  "<burgerservicenummer>215752697</burgerservicenummer><straat>Dorpsstraat</straat>"
  "<huisnummer>8</huisnummer><postcode>7927 XP</postcode>",
  "medewerker:\n  sofinummer: 775872064\n  straat: Kerkstraat\n  huisnummer: 12\n"
  "  postcode: 3511 AB\n",
  "bsn=457111100 zip=3911AC huisnummer=41",
  "INSERT INTO k (naam, bsn, straat, huisnummer, postcode) VALUES\n"
  "  ('Jansen', '645290415', 'Kerkstraat', 12, '3511 AB');",
  "ADR;TYPE=HOME:;;Kerkstraat 12;Utrecht;;3511 AB;Nederland\n",
  "DESCRIPTION:Intake\\, BSN 1234\r\n 56782 meenemen\r\n",
  "vroeg de gemeente om het BSN\nvan mevrouw, dat is 104932521.",
  "[09:12] Sanne: wat is je BSN?\n[09:13] Tom: momentje\n[09:15] Tom: 410354284\n",
  "Naam\nGeboortedatum\nBSN\nAdres\n\nJ. Jansen\n12-03-1980\n922795356\n"
  "Molenweg 8, 3911 AC Rhenen\n",
  "wonende te 6811 AB\nArnhem, Steenstraat 4 hs",
  "ik woon sinds kort op de molenweg 8 in ede",
  "Naam;BSN\nA. Jansen;028065232\nB. Smit;43069630\n",
  "burgerserivcenummer 215752697, sofi nr 775872064, bsm: 457111100",
  "IBAN: NL91 ABNA\n0417 1643 00",
  "BSN: 1234\xc2\xa0"
  "56\xc2\xa0"
  "782 en 3511\xc2\xa0"
  "AB Utrecht, Kerkstraat 12",
  "BSN: 1 2 3 4 5 6 7 8 2 of |1|2|3|4|5|6|7|8|2|",
  "BSN \xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96"
  "\xef\xbc\x97\xef\xbc\x98\xef\xbc\x92",
  "BSN: 123456782.\nZie 1234.56.782 en 123 456 782.",
  "Stuur het naar mr. Troelstralaan 20, 8011 AB zwolle.",
  "Bakkerij Jansen B.V.\nKerkstraat 12\n3511 AB Utrecht\nKvK 12345678\n\n"
  "Aan: dhr. P. de Vries\nMolenweg 41\n3911 AC Rhenen\n",
  "Postbus 1234\n9700 AA  Groningen",
  /* issue 18's layouts */
  "BSN & 702\\,158\\,495 \\\\\nIBAN & NL91~ABNA~0417~1643~00 \\\\\n",
  "<td>BSN</td><td>4600&#160;87&#160;198</td><td>NL91&nbsp;ABNA&nbsp;0417&nbsp;1643&nbsp;00</td>",
  "{\"bsn\": \"218\\u00a0527\\u00a0913\", \"text\": \"Bsn voor de zekerheid: 578336698\"}",
  "Onderwerp: Machtiging BSN644196944\nBijlagen: BSN226317638_huurcontract.pdf; "
  "220436058_Kuipers.pdf\n",
  "P:\\HR\\220436058_Kuipers\\scan.pdf\nP:\\HR\\644196944_Aydin\\scan.pdf\n",
  "GET /api/personen/226317638/adres 200 req=123456782\n",
  "ja bns 230329809\nburgerservicenummer: 81826 0221, wonende te 6811 AB Arnhem\n",
  "   relatienr  achternaam          bsn\n0      10231       Evers  497080308.0\n"
  "1      10232         Mol   42449844.0\n",
  "  DLNR    SOFINR     NAAM\n\n  007731  497080308  JONKER BP\n",
  "Patnr   Naam            BSN           HbA1c\n40117   Scholten, H.H.  497 080 308      66\n",
  "rekening NL 91 ABNA 0417 1643 00 t.n.v. J. Jansen\n",
  "Hotel De Wijnberg\nVrijthof 14\n6211 LE Maastricht\nT +31 (0)43 321 44 60\n",
  "D.C. op de Weegh, Molenweg 19 hs, 3861 ZK Nijkerk, 06-64028862\n",
  "<StrtNm>Molenweg</StrtNm>\n<BldgNb>41</BldgNb>\n<PstCd>3911AC</PstCd>\n<TwnNm>Rhenen</TwnNm>\n",
  "Straat en huisnummer   Vughterstraat 29 A\nPostcode en woonplaats 5211 GE 's-Hertogenbosch\n",
};

/* Documents, with random fragments between them (on lines of their own or
 * before the next document, as text is pasted together). */
static GString *
random_document (GRand *rand)
{
  GString *s = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, 1, 5);

  for (guint i = 0; i < n; i++)
    {
      g_string_append (s, documents[g_rand_int_range (rand, 0, G_N_ELEMENTS (documents))]);
      g_string_append_c (s, '\n');
      if (g_rand_boolean (rand))
        {
          g_string_append (s, fragments[g_rand_int_range (rand, 0, G_N_ELEMENTS (fragments))]);
          g_string_append (s, g_rand_boolean (rand) ? "\n" : " ");
        }
      g_string_append (s, g_rand_boolean (rand) ? "\n" : "\n\n");
    }
  return s;
}

static GString *
random_text (GRand *rand)
{
  GString *s = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, 1, 40);

  for (guint i = 0; i < n; i++)
    {
      if (g_rand_int_range (rand, 0, 10) == 0)
        {
          /* raw bytes, invalid UTF-8 and NULs included */
          guint k = (guint) g_rand_int_range (rand, 1, 12);
          for (guint j = 0; j < k; j++)
            g_string_append_c (s, (char) g_rand_int_range (rand, 0, 256));
        }
      else
        g_string_append (s, fragments[g_rand_int_range (rand, 0, G_N_ELEMENTS (fragments))]);
      g_string_append_c (s, g_rand_boolean (rand) ? ' ' : '\n');
    }
  return s;
}

/* Checks that @masked is @text with each finding replaced and nothing else. */
static void
assert_only_findings_changed (const GString *text, GArray *findings, const char *masked,
                              gsize masked_len, CgMaskStyle style)
{
  gsize in = 0, out = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const CgFinding *f = &g_array_index (findings, CgFinding, i);
      gsize keep = f->start - in;

      g_assert_cmpuint (out + keep, <=, masked_len);
      g_assert_cmpmem (masked + out, keep, text->str + in, keep);
      out += keep;
      if (style == CG_MASK_STARS)
        {
          /* appended, not cg_mask_value(): a value may hold NUL bytes */
          g_autoptr (GString) stars = g_string_new (NULL);
          cg_mask_value_append (stars, f->type, text->str + f->start, f->end - f->start);
          g_assert_cmpmem (masked + out, stars->len, stars->str, stars->len);
          out += stars->len;
        }
      else
        {
          const char *close = memchr (masked + out, ']', masked_len - out);
          g_assert_nonnull (close);
          g_assert_cmpint (masked[out], ==, '[');
          out = (gsize) (close - masked) + 1;
        }
      in = f->end;
    }
  g_assert_cmpmem (masked + out, masked_len - out, text->str + in, text->len - in);
}

static void
check_style (const GString *text, GArray *findings, CgMaskStyle style)
{
  gsize masked_len;
  g_autofree char *masked = cg_mask_text (text->str, text->len, (CgFinding *) findings->data,
                                          findings->len, style, &masked_len);
  g_autoptr (GArray) again
      = cg_scanner_scan (test_scanner (), masked, masked_len, CG_SCAN_FLAGS_NONE);

  assert_only_findings_changed (text, findings, masked, masked_len, style);
  /* CG_DUMP=FILE keeps the text of a failing round for a closer look. */
  if (again->len != 0 && g_getenv ("CG_DUMP"))
    g_file_set_contents (g_getenv ("CG_DUMP"), text->str, text->len, NULL);
  if (again->len != 0)
    g_error ("masked text still has a %s finding: %.*s",
             cg_finding_type_to_string (g_array_index (again, CgFinding, 0).type), (int) masked_len,
             masked);
}

static void
check_random (GString *(*make) (GRand *rand))
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint with_findings = 0;

  for (guint round = 0; round < 3000; round++)
    {
      GString *text = make (rand);
      g_autoptr (GArray) findings
          = cg_scanner_scan (test_scanner (), text->str, text->len, CG_SCAN_FLAGS_NONE);

      with_findings += findings->len > 0;
      for (guint i = 1; i < findings->len; i++)
        g_assert_cmpuint (g_array_index (findings, CgFinding, i - 1).end, <=,
                          g_array_index (findings, CgFinding, i).start);
      check_style (text, findings, CG_MASK_STARS);
      check_style (text, findings, CG_MASK_PLACEHOLDER);
      g_string_free (text, TRUE);
    }
  /* The property must have been exercised, not passed on empty inputs. */
  g_assert_cmpuint (with_findings, >, 2000);
}

static void
test_random_texts (void)
{
  check_random (random_text);
}

static void
test_random_documents (void)
{
  check_random (random_document);
}

static char *
mask (const char *text, CgMaskStyle style)
{
  g_autoptr (GArray) f = test_scan (text);
  return cg_mask_text (text, strlen (text), (CgFinding *) f->data, f->len, style, NULL);
}

static void
test_stars (void)
{
  g_autofree char *bsn = mask ("BSN 1234.56.782!", CG_MASK_STARS);
  g_autofree char *iban = mask ("IBAN NL91 ABNA 0417 1643 00.", CG_MASK_STARS);
  g_autofree char *address = mask ("Adres: Kerkstraat 12, 3511 AB Utrecht.", CG_MASK_STARS);

  g_assert_cmpstr (bsn, ==, "BSN ****.**.*82!");
  g_assert_cmpstr (iban, ==, "IBAN NL** **** **** **** 00.");
  g_assert_cmpstr (address, ==, "Adres: ********** **, **** ** *******.");
}

static void
test_placeholders (void)
{
  g_autofree char *text = mask ("BSN 123456782, BSN 1234.56.782, BSN 111222333, "
                                "IBAN NL91ABNA0417164300 en NL91 ABNA 0417 1643 00; "
                                "Kerkstraat 12, 3511 AB Utrecht",
                                CG_MASK_PLACEHOLDER);

  g_assert_cmpstr (text, ==,
                   "BSN [BSN-1], BSN [BSN-1], BSN [BSN-2], "
                   "IBAN [IBAN-1] en [IBAN-1]; [ADRES-1]");
}

/* Masking puts a value of two lines on one, so lines further away come into
 * view of an address's evidence; a person's words near a masked value were
 * about that value (seed R02S38abbaadc2779c58e1f8a4ad18a4fa5f found the first). */
static void
test_context_after_masking (void)
{
  static const char *const texts[] = {
    "wonende te 6811 AB\nArnhem, Steenstraat 4 hs\nOrdernummer 123456782\nsofi nr 775872064\n"
    "postcode 1234 AB, huisnummer 7\nBakkerij Jansen B.V.\n",
    "Aan: dhr. P. de Vries\nMolenweg 41\n3911 AC Rhenen\nOrdernummer 123456782\n"
    "postcode 1234 AB, huisnummer 7\nBakkerij Jansen B.V.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GString) text = g_string_new (texts[i]);
      g_autoptr (GArray) findings = test_scan (texts[i]);
      gsize quiet = (gsize) (strstr (texts[i], "1234 AB") - texts[i]);

      /* the person's address is found, the organisation's postcode is not */
      g_assert_cmpuint (findings->len, >=, 1);
      for (guint k = 0; k < findings->len; k++)
        g_assert_cmpuint (g_array_index (findings, CgFinding, k).start, !=, quiet);
      check_style (text, findings, CG_MASK_STARS);
      check_style (text, findings, CG_MASK_PLACEHOLDER);
    }
}

static void
test_empty (void)
{
  gsize len = 99;
  g_autofree char *out = cg_mask_text ("", 0, NULL, 0, CG_MASK_STARS, &len);
  g_assert_cmpuint (len, ==, 0);
  g_assert_cmpstr (out, ==, "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mask/random-texts", test_random_texts);
  g_test_add_func ("/mask/random-documents", test_random_documents);
  g_test_add_func ("/mask/stars", test_stars);
  g_test_add_func ("/mask/placeholders", test_placeholders);
  g_test_add_func ("/mask/empty", test_empty);
  g_test_add_func ("/mask/context-after-masking", test_context_after_masking);
  return g_test_run ();
}
