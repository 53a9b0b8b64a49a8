/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-bsn.c: the BSN detector: 11-check, shapes, boundaries and context. */
#include "test-helpers.h"

static void
test_11_check (void)
{
  /* 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 1*2 = 154 = 14 * 11 */
  g_assert_true (cg_bsn_passes_11_check ("123456782"));
  g_assert_false (cg_bsn_passes_11_check ("123456781"));
  g_assert_false (cg_bsn_passes_11_check ("123456783"));
  /* The last digit counts negatively: a plain mod-11 sum would accept this. */
  g_assert_false (cg_bsn_passes_11_check ("123456789"));
  g_assert_true (cg_bsn_passes_11_check ("111222333"));
  /* Zero sums to zero but is no BSN. */
  g_assert_false (cg_bsn_passes_11_check ("000000000"));
  /* Eight digits: the leading zero is put back before the check. */
  g_assert_true (cg_bsn_passes_11_check ("012345672"));
  /* A swap of two neighbouring digits is caught. */
  g_assert_false (cg_bsn_passes_11_check ("213456782"));
}

static void
test_count_random (void)
{
  /* About one in eleven random numbers passes: the check alone is no proof. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  guint pass = 0, total = 110000;

  for (guint i = 0; i < total; i++)
    {
      char d[10];
      g_snprintf (d, sizeof d, "%09u", (guint) g_rand_int_range (rand, 0, 1000000000));
      pass += cg_bsn_passes_11_check (d);
    }
  g_assert_cmpuint (pass, >, total / 11 - total / 100);
  g_assert_cmpuint (pass, <, total / 11 + total / 100);
}

static void
test_keywords (void)
{
  assert_one_finding ("BSN: 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("Mijn BSN is 123456782.", CG_FINDING_BSN, "123456782");
  assert_one_finding ("burgerservicenummer 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("Sofinummer: 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("sofi-nummer 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("persoonsnummer 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("Citizen service number: 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("social-fiscal number 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("123456782 (BSN)", CG_FINDING_BSN, "123456782");
  assert_one_finding ("Burgerservicenummer:\n123456782\n", CG_FINDING_BSN, "123456782");
  assert_one_finding ("BSN 12345672", CG_FINDING_BSN, "12345672");
}

static void
test_shapes (void)
{
  assert_one_finding ("BSN 1234.56.782", CG_FINDING_BSN, "1234.56.782");
  assert_one_finding ("BSN 123.456.782", CG_FINDING_BSN, "123.456.782");
  assert_one_finding ("BSN 123 456 782", CG_FINDING_BSN, "123 456 782");
  assert_one_finding ("BSN 1234 56 782", CG_FINDING_BSN, "1234 56 782");
  assert_one_finding ("BSN 123-456-782", CG_FINDING_BSN, "123-456-782");
  assert_one_finding ("BSN 1234-56-782", CG_FINDING_BSN, "1234-56-782");
  /* Mixed separators are no BSN grouping. */
  assert_no_finding ("BSN 123.456-782");
  assert_no_finding ("BSN 12.3456.782");
}

static void
test_boundaries (void)
{
  assert_no_finding ("BSN 1234567821");
  assert_no_finding ("BSN 0123456782");
  assert_no_finding ("BSN x123456782");
  assert_no_finding ("BSN 123456782x");
  assert_no_finding ("BTW-id NL123456782B01");
  assert_no_finding ("BSN https://example.org/p/123456782");
  assert_no_finding ("BSN see /srv/123456782/log");
  assert_no_finding ("BSN mail 123456782@example.org");
  assert_no_finding ("BSN bel +31 612345678");
  assert_no_finding ("BSN 123456782,00");
  assert_no_finding ("BSN 1.123456782");
  assert_no_finding ("BSN 123 456 782 1");
  assert_no_finding ("BSN 12 123 456 782");
  assert_no_finding ("BSN sha 9f123456782ab");
  assert_no_finding ("BSN v123456782_tmp");
  /* Punctuation around a BSN is fine. */
  assert_one_finding ("(BSN: 123456782)", CG_FINDING_BSN, "123456782");
  assert_one_finding ("BSN \"123456782\"", CG_FINDING_BSN, "123456782");
  assert_one_finding ("BSN 123456782.", CG_FINDING_BSN, "123456782");
}

static void
test_vetoes (void)
{
  assert_no_finding ("Ordernummer 123456782");
  assert_no_finding ("Factuurnummer: 123456782");
  assert_no_finding ("klantnummer 123456782");
  assert_no_finding ("Artikelnr. 123456782");
  assert_no_finding ("Referentie: 123456782");
  assert_no_finding ("Tracking 123456782");
  assert_no_finding ("Zaaknummer 123456782");
  assert_no_finding ("Polisnummer 123456782");
  assert_no_finding ("Dossiernummer 123456782");
  assert_no_finding ("KvK 123456782");
  assert_no_finding ("RSIN 123456782");
  assert_no_finding ("btw 123456782");
  assert_no_finding ("Tel: 123456782");
  assert_no_finding ("telefoon 123456782");
  assert_no_finding ("GET /x?id=123456782");
  assert_no_finding ("req=123456782 took 3 ms");
  /* The nearest word decides. */
  assert_one_finding ("Klantnummer 12, BSN 123456782", CG_FINDING_BSN, "123456782");
  assert_no_finding ("BSN onbekend, ordernummer 123456782");
}

static void
test_phrases (void)
{
  /* the word before the colon ends a phrase: the phrase names the number
   * (issue 18: the long sentence was read as a key "number") */
  assert_one_finding ("For the Dutch payroll we also need her citizen service number: 123456782.",
                      CG_FINDING_BSN, "123456782");
  assert_one_finding ("Could you please confirm the Dutch citizen service number of the new "
                      "employee: 123456782",
                      CG_FINDING_BSN, "123456782");
  /* wrapped before "number:", and a sentence that goes on after "is" */
  assert_one_finding ("we also need her citizen service\nnumber: 123456782. Thanks", CG_FINDING_BSN,
                      "123456782");
  assert_one_finding ("His BSN, as printed on the letter he got from the gemeente on 4 June, is\n"
                      "123456782. He arrived last week.",
                      CG_FINDING_BSN, "123456782");
  /* the keyword on the line before, the link word right before the value */
  assert_one_finding ("the employee's Dutch citizen service number, as\n"
                      "printed on her residence permit, is 123456782. She starts in July.",
                      CG_FINDING_BSN, "123456782");
  assert_no_finding ("the order, as\nprinted on the invoice, is 123456782.");
  assert_one_finding ("Uw burgerservicenummer: 123456782", CG_FINDING_BSN, "123456782");
  /* the phrase names another number */
  assert_no_finding ("For the Dutch payroll we also need her customer number: 123456782.");
  assert_no_finding ("Naam: Jan de Vries, ordernummer: 123456782");
  assert_no_finding ("For the order we also need the number: 123456782");
  assert_no_finding ("The order, as printed on the letter we got from the shop on 4 June, is\n"
                     "123456782.");
}

static void
test_glued_and_names (void)
{
  assert_one_finding ("Onderwerp: Machtiging BSN644196944", CG_FINDING_BSN, "644196944");
  /* a copied inbox: a subject with the keyword names its column's numbers */
  g_assert_cmpuint (test_count ("Van\tOnderwerp\tOntvangen\n"
                                "Jeroen Vink\tRE: toeslag BSN 644196944\tma 12-5\n"
                                "Gemeente Tiel\tUw bestelling 123456782 is verzonden\tma 12-5\n"
                                "Linda Meijer\tFW: 226317638 loonbeslag\tdi 13-5\n",
                                CG_FINDING_BSN),
                    ==, 2);
  assert_no_finding (
      "Van\tOnderwerp\tOntvangen\nLinda Meijer\tFW: 226317638 loonbeslag\tdi 13-5\n");
  assert_one_finding ("FW: BSN226317638_huurcontract.pdf", CG_FINDING_BSN, "226317638");
  assert_one_finding ("zie bsn_226317638.pdf", CG_FINDING_BSN, "226317638");
  assert_one_finding ("GET /api/personen/226317638/adres 200", CG_FINDING_BSN, "226317638");
  assert_one_finding ("GET /haalcentraal/api/brp/ingeschrevenpersonen/226317638", CG_FINDING_BSN,
                      "226317638");
  /* a folder of people's files, or one with a keyword on its line */
  g_assert_cmpuint (test_count ("P:\\HR\\220436058_Kuipers\\scan_01.pdf\n"
                                "P:\\HR\\644196944_Aydin\\scan_02.pdf\n",
                                CG_FINDING_BSN),
                    ==, 2);
  assert_one_finding ("Bijlage (BSN-map): 220436058_Kuipers.pdf", CG_FINDING_BSN, "220436058");
  /* one name alone, another word glued, another path */
  assert_no_finding ("P:\\Scans\\220436058_Kuipers.pdf");
  assert_no_finding ("Machtiging ABSN644196944");
  assert_no_finding ("Factuur INV644196944");
  assert_no_finding ("GET /api/orders/226317638/status 200");
  assert_no_finding ("P:\\Scans\\220436058_Kuipers.pdf\nP:\\Scans\\220436059_Bakker.pdf\n");
}

static void
test_transposed_and_split (void)
{
  assert_one_finding ("[14:03] Ahmed: ja bns 230329809", CG_FINDING_BSN, "230329809");
  assert_one_finding ("bns: 230329809", CG_FINDING_BSN, "230329809");
  /* only right before the number, and only that swap */
  assert_no_finding ("de bns was vol, toen kwam 230329809 langs");
  assert_no_finding ("bus 230329809");
  /* an OCR'd deed split the number after its keyword */
  assert_one_finding ("burgerservicenummer: 81826 0221, wonende te", CG_FINDING_BSN, "81826 0221");
  assert_one_finding ("burgerservicenummer 99062 5692,", CG_FINDING_BSN, "99062 5692");
  assert_one_finding ("burgerservicenummer 1234 56782, wonende te", CG_FINDING_BSN, "1234 56782");
  /* and parted its keyword at the hyphen */
  assert_one_finding ("burger- servicenummer 1234 56782, wonende te", CG_FINDING_BSN, "1234 56782");
  assert_one_finding ("mevrouw X, burger-\nservicenummer 123456782, wonende te", CG_FINDING_BSN,
                      "123456782");
  assert_no_finding ("nummer 1234 56782");
  assert_no_finding ("postcode 81826 0221");
  assert_no_finding ("burgerservicenummer onbekend, dossier 81826 0221");
}

static void
test_examples (void)
{
  /* the well-known test numbers in explanatory text are no one's */
  assert_no_finding ("Vul het BSN in als negen cijfers, bijvoorbeeld 123456782.");
  assert_no_finding ("Gebruik in de testomgeving de fictieve nummers 999999990 en 111222333.");
  assert_no_finding ("Naam: Jan Voorbeeld\nBSN: 999999990\n");
  assert_no_finding ("# Fictieve testnummers\nGELDIG = [\"999999990\", \"111222333\"]");
  /* without such words they are treated as any BSN, and other numbers
   * near such words too */
  assert_one_finding ("BSN: 123456782", CG_FINDING_BSN, "123456782");
  assert_one_finding ("Bijvoorbeeld mijn eigen BSN: 226317638", CG_FINDING_BSN, "226317638");
}

static void
test_bare_numbers (void)
{
  /* Decision (doc/detectors.md): a valid 9-digit number with no context does
   * not alarm; logs are full of such ids. */
  assert_no_finding ("123456782");
  assert_no_finding ("request 123456782 served in 12 ms");
  assert_no_finding ("Het getal 123 456 782 is groot.");
  /* The official grouping 1234.56.782 is used for BSNs only. */
  assert_one_finding ("Nummer 1234.56.782", CG_FINDING_BSN, "1234.56.782");
}

static void
test_tables (void)
{
  const char *tsv = "Naam\tBSN\tOrdernr\nJan\t123456782\t222333406\nPiet\t111222333\t222333418\n";
  const char *csv = "naam;burgerservicenummer;bedrag\nJan;123456782;12,00\n";
  const char *plain = "naam\tnummer\nJan\t123456782\n";
  g_autoptr (GArray) f = test_scan (tsv);

  g_assert_cmpuint (f->len, ==, 2);
  g_assert_cmpuint (g_array_index (f, CgFinding, 0).start, ==,
                    strlen ("Naam\tBSN\tOrdernr\nJan\t"));
  g_assert_cmpuint (g_array_index (f, CgFinding, 1).start, ==,
                    strlen ("Naam\tBSN\tOrdernr\nJan\t123456782\t222333406\nPiet\t"));
  g_assert_cmpuint (test_count (csv, CG_FINDING_BSN), ==, 1);
  g_assert_cmpuint (test_count (plain, CG_FINDING_BSN), ==, 0);
  /* comma CSV and a Markdown table, as pasted into a chat prompt */
  g_assert_cmpuint (test_count ("Naam,BSN,Plaats\nJan,123456782,Zeist\n", CG_FINDING_BSN), ==, 1);
  g_assert_cmpuint (test_count ("Naam,Ordernr,Plaats\nJan,123456782,Zeist\n", CG_FINDING_BSN), ==,
                    0);
  g_assert_cmpuint (
      test_count ("| Naam | BSN |\n|------|-----|\n| Jan | 123456782 |\n", CG_FINDING_BSN), ==, 1);
  /* prose with commas is no table */
  g_assert_cmpuint (
      test_count ("Dag Jan, BSN is hier niet aan de orde\nvolgens mij, 123456782, klopt\n",
                  CG_FINDING_BSN),
      ==, 0);
}

static void
test_long_table (void)
{
  /* A long table: every row must still see the header, and the scan stays linear. */
  GString *s = g_string_new ("Naam\tBSN\n");
  for (guint i = 0; i < 50000; i++)
    g_string_append (s, "Jan\t123456782\n");
  {
    g_autoptr (GArray) f = cg_scanner_scan (test_scanner (), s->str, s->len, CG_SCAN_FLAGS_NONE);
    g_assert_cmpuint (f->len, ==, 50000);
  }
  g_string_free (s, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bsn/11-check", test_11_check);
  g_test_add_func ("/bsn/11-check-random", test_count_random);
  g_test_add_func ("/bsn/keywords", test_keywords);
  g_test_add_func ("/bsn/shapes", test_shapes);
  g_test_add_func ("/bsn/boundaries", test_boundaries);
  g_test_add_func ("/bsn/vetoes", test_vetoes);
  g_test_add_func ("/bsn/bare-numbers", test_bare_numbers);
  g_test_add_func ("/bsn/phrases", test_phrases);
  g_test_add_func ("/bsn/glued-and-names", test_glued_and_names);
  g_test_add_func ("/bsn/transposed-and-split", test_transposed_and_split);
  g_test_add_func ("/bsn/examples", test_examples);
  g_test_add_func ("/bsn/tables", test_tables);
  g_test_add_func ("/bsn/long-table", test_long_table);
  return g_test_run ();
}
