/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-iban.c: the IBAN detector: every registry country, mod-97, the ways an
 * IBAN is written, and never swallowing a neighbouring word. */
#include "test-helpers.h"

#include "cg-iban.h"

static CgIbanRegistry *
load_registry (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "..", "data", "iban-registry.tsv", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  CgIbanRegistry *registry;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  bytes = g_bytes_new (contents, len);
  registry = cg_iban_registry_new (bytes, &error);
  g_assert_no_error (error);
  return registry;
}

/* Written here on purpose, apart from cg-iban.c: the test must not share the
 * code it checks. */
static guint
reference_mod97 (const char *iban)
{
  g_autofree char *moved = g_strconcat (iban + 4, "", NULL);
  g_autofree char *rearranged = g_strdup_printf ("%s%.4s", moved, iban);
  GString *digits = g_string_new (NULL);
  guint rest = 0;

  for (const char *p = rearranged; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else
      g_string_append_printf (digits, "%d", *p - 'A' + 10);
  for (gsize i = 0; i < digits->len; i++)
    rest = (rest * 10 + (guint) (digits->str[i] - '0')) % 97;
  g_string_free (digits, TRUE);
  return rest;
}

static char *
make_valid_iban (const CgIbanFormat *format, GRand *rand)
{
  GString *s = g_string_new (format->code);
  guint check;

  g_string_append (s, "00");
  for (guint p = 0; p < format->n_parts; p++)
    for (guint i = 0; i < format->parts[p].count; i++)
      {
        char kind = format->parts[p].kind;
        gboolean letter = kind == 'a' || (kind == 'c' && g_rand_boolean (rand));
        g_string_append_c (s, letter ? (char) ('A' + g_rand_int_range (rand, 0, 26))
                                     : (char) ('0' + g_rand_int_range (rand, 0, 10)));
      }
  check = 98 - reference_mod97 (s->str);
  s->str[2] = (char) ('0' + check / 10);
  s->str[3] = (char) ('0' + check % 10);
  return g_string_free (s, FALSE);
}

static char *
group_by_four (const char *iban)
{
  GString *s = g_string_new (NULL);
  for (gsize i = 0; iban[i]; i++)
    {
      if (i > 0 && i % 4 == 0)
        g_string_append_c (s, ' ');
      g_string_append_c (s, iban[i]);
    }
  return g_string_free (s, FALSE);
}

static void
test_every_country (void)
{
  g_autoptr (CgIbanRegistry) registry = load_registry ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (97);

  /* The SWIFT registry lists 89 countries (release of 2025). */
  g_assert_cmpuint (cg_iban_registry_size (registry), ==, 89);
  for (guint i = 0; i < cg_iban_registry_size (registry); i++)
    {
      const CgIbanFormat *format = cg_iban_registry_get (registry, i);
      g_autofree char *valid = make_valid_iban (format, rand);
      g_autofree char *broken = g_strdup (valid);
      g_autofree char *grouped = group_by_four (valid);
      g_autofree char *text = g_strdup_printf ("Rekening: %s, dank je", grouped);
      g_autoptr (GArray) found = test_scan (text);

      g_test_message ("%s %s", format->code, valid);
      g_assert_true (cg_iban_is_valid (test_scanner (), valid, strlen (valid)));
      /* One changed digit of the account breaks mod-97. */
      broken[strlen (broken) - 1] = broken[strlen (broken) - 1] == '0' ? '1' : '0';
      if (g_ascii_isdigit (valid[strlen (valid) - 1]))
        g_assert_false (cg_iban_is_valid (test_scanner (), broken, strlen (broken)));
      /* Swapped check digits break it too. */
      broken = (g_free (broken), g_strdup (valid));
      broken[2] = valid[3], broken[3] = valid[2];
      if (valid[2] != valid[3])
        g_assert_false (cg_iban_is_valid (test_scanner (), broken, strlen (broken)));
      /* Found in running text, grouped by four, with exactly its own characters. */
      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpuint (g_array_index (found, CgFinding, 0).start, ==, strlen ("Rekening: "));
      g_assert_cmpuint (g_array_index (found, CgFinding, 0).end, ==,
                        strlen ("Rekening: ") + strlen (grouped));
    }
}

/* The example IBANs that the SWIFT registry prints for its countries: a
 * check on the format table itself. */
static const char *const registry_examples[] = {
  "AD1200012030200359100100",
  "AE070331234567890123456",
  "AL47212110090000000235698741",
  "AT611904300234573201",
  "AZ21NABZ00000000137010001944",
  "BA391290079401028494",
  "BE68539007547034",
  "BG80BNBG96611020345678",
  "BH67BMAG00001299123456",
  "BR1800360305000010009795493C1",
  "BY13NBRB3600900000002Z00AB00",
  "CH9300762011623852957",
  "CR05015202001026284066",
  "CY17002001280000001200527600",
  "CZ6508000000192000145399",
  "DE89370400440532013000",
  "DK5000400440116243",
  "DO28BAGR00000001212453611324",
  "EE382200221020145685",
  "EG380019000500000000263180002",
  "ES9121000418450200051332",
  "FI2112345600000785",
  "FO6264600001631634",
  "FR1420041010050500013M02606",
  "GB29NWBK60161331926819",
  "GE29NB0000000101904917",
  "GI75NWBK000000007099453",
  "GL8964710001000206",
  "GR1601101250000000012300695",
  "GT82TRAJ01020000001210029690",
  "HR1210010051863000160",
  "HU42117730161111101800000000",
  "IE29AIBK93115212345678",
  "IL620108000000099999999",
  "IQ98NBIQ850123456789012",
  "IS140159260076545510730339",
  "IT60X0542811101000000123456",
  "JO94CBJO0010000000000131000302",
  "KW81CBKU0000000000001234560101",
  "KZ86125KZT5004100100",
  "LB62099900000001001901229114",
  "LC55HEMM000100010012001200023015",
  "LI21088100002324013AA",
  "LT121000011101001000",
  "LU280019400644750000",
  "LV80BANK0000435195001",
  "MC5811222000010123456789030",
  "MD24AG000225100013104168",
  "ME25505000012345678951",
  "MK07250120000058984",
  "MR1300020001010000123456753",
  "MT84MALT011000012345MTLCAST001S",
  "MU17BOMM0101101030300200000MUR",
  "NL91ABNA0417164300",
  "NO9386011117947",
  "PK36SCBL0000001123456702",
  "PL61109010140000071219812874",
  "PS92PALS000000000400123456702",
  "PT50000201231234567890154",
  "QA58DOHB00001234567890ABCDEFG",
  "RO49AAAA1B31007593840000",
  "RS35260005601001611379",
  "SA0380000000608010167519",
  "SC18SSCB11010000000000001497USD",
  "SE4550000000058398257466",
  "SI56263300012039086",
  "SK3112000000198742637541",
  "SM86U0322509800000000270100",
  "ST23000100010051845310146",
  "SV62CENR00000000000000700025",
  "TL380080012345678910157",
  "TN5910006035183598478831",
  "TR330006100519786457841326",
  "UA213223130000026007233566001",
  "VA59001123000012345678",
  "VG96VPVG0000012345678901",
  "XK051212012345678906",
};

static void
test_registry_examples (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (registry_examples); i++)
    {
      const char *iban = registry_examples[i];
      if (!cg_iban_is_valid (test_scanner (), iban, strlen (iban)))
        g_error ("registry example %s is rejected", iban);
    }
}

static void
test_ways_of_writing (void)
{
  assert_one_finding ("IBAN NL91ABNA0417164300", CG_FINDING_IBAN, "NL91ABNA0417164300");
  assert_one_finding ("IBAN NL91 ABNA 0417 1643 00", CG_FINDING_IBAN, "NL91 ABNA 0417 1643 00");
  assert_one_finding ("iban nl91abna0417164300", CG_FINDING_IBAN, "nl91abna0417164300");
  assert_one_finding ("iban nl91 abna 0417 1643 00.", CG_FINDING_IBAN, "nl91 abna 0417 1643 00");
  assert_one_finding ("\"NL91ABNA0417164300\"", CG_FINDING_IBAN, "NL91ABNA0417164300");
  assert_one_finding ("'NL91ABNA0417164300',", CG_FINDING_IBAN, "NL91ABNA0417164300");
  assert_one_finding ("Jan;NL91ABNA0417164300;12,00", CG_FINDING_IBAN, "NL91ABNA0417164300");
  assert_one_finding ("Jan\tNL91ABNA0417164300\t12", CG_FINDING_IBAN, "NL91ABNA0417164300");
  assert_one_finding ("(NL91ABNA0417164300)", CG_FINDING_IBAN, "NL91ABNA0417164300");
  /* a space after the country code */
  assert_one_finding ("rekening NL 91 ABNA 0417 1643 00 t.n.v.", CG_FINDING_IBAN,
                      "NL 91 ABNA 0417 1643 00");
  assert_one_finding ("NL 91ABNA0417164300", CG_FINDING_IBAN, "NL 91ABNA0417164300");
  /* fullwidth with ideographic spaces, TeX ties, HTML and JSON escapes */
  assert_one_finding ("IBAN\xef\xbc\x9a\xef\xbc\xae\xef\xbc\xac\xef\xbc\x99\xef\xbc\x91\xe3\x80\x80"
                      "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xae\xef\xbc\xa1\xe3\x80\x80"
                      "\xef\xbc\x90\xef\xbc\x94\xef\xbc\x91\xef\xbc\x97\xe3\x80\x80"
                      "\xef\xbc\x91\xef\xbc\x96\xef\xbc\x94\xef\xbc\x93\xe3\x80\x80"
                      "\xef\xbc\x90\xef\xbc\x90",
                      CG_FINDING_IBAN,
                      "\xef\xbc\xae\xef\xbc\xac\xef\xbc\x99\xef\xbc\x91\xe3\x80\x80"
                      "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xae\xef\xbc\xa1\xe3\x80\x80"
                      "\xef\xbc\x90\xef\xbc\x94\xef\xbc\x91\xef\xbc\x97\xe3\x80\x80"
                      "\xef\xbc\x91\xef\xbc\x96\xef\xbc\x94\xef\xbc\x93\xe3\x80\x80"
                      "\xef\xbc\x90\xef\xbc\x90");
  assert_one_finding ("IBAN & NL91~ABNA~0417~1643~00 \\\\", CG_FINDING_IBAN,
                      "NL91~ABNA~0417~1643~00");
  assert_one_finding ("<td>NL91&nbsp;ABNA&nbsp;0417&nbsp;1643&nbsp;00</td>", CG_FINDING_IBAN,
                      "NL91&nbsp;ABNA&nbsp;0417&nbsp;1643&nbsp;00");
  assert_one_finding ("<td>NL91&#x202F;ABNA&#x202F;0417&#x202F;1643&#x202F;00</td>",
                      CG_FINDING_IBAN, "NL91&#x202F;ABNA&#x202F;0417&#x202F;1643&#x202F;00");
  assert_one_finding ("{\"iban\": \"NL91\\u00a0ABNA\\u00a00417\\u00a01643\\u00a000\"}",
                      CG_FINDING_IBAN, "NL91\\u00a0ABNA\\u00a00417\\u00a01643\\u00a000");
}

static void
test_neighbours (void)
{
  /* The next word is never part of the IBAN, even if it would fit the length. */
  assert_one_finding ("NL91 ABNA 0417 1643 00 EUR", CG_FINDING_IBAN, "NL91 ABNA 0417 1643 00");
  assert_one_finding ("BE68 5390 0754 7034 NL is", CG_FINDING_IBAN, "BE68 5390 0754 7034");
  assert_one_finding ("Op NL91ABNA0417164300 staat", CG_FINDING_IBAN, "NL91ABNA0417164300");
  /* Glued to a word on either side, it is something else. */
  assert_no_finding ("xNL91ABNA0417164300");
  assert_no_finding ("NL91ABNA0417164300X");
  assert_no_finding ("NL91ABNA04171643001");
  /* Mod-97 and the format decide, not the look. */
  assert_no_finding ("NL92ABNA0417164300");
  assert_no_finding ("NL91ABNA041716430");
  assert_no_finding ("NL9112340417164300");
  /* Mixed case is a typo or a hash, not a written IBAN. */
  assert_no_finding ("NL91AbNa0417164300");
  /* A space inside a group is not how IBANs are written. */
  assert_no_finding ("NL91 AB NA 0417 1643 00");
  assert_no_finding ("NL 9 1ABNA0417164300");
  assert_no_finding ("xNL 91 ABNA 0417 1643 00");
  /* a tie or an escape between words changes nothing, a failing one stays one */
  assert_no_finding ("NL92~ABNA~0417~1643~00");
  assert_no_finding ("NL91&amp;ABNA&amp;0417&amp;1643&amp;00");
  /* Unknown country. */
  assert_no_finding ("XX91ABNA0417164300");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/iban/every-country", test_every_country);
  g_test_add_func ("/iban/registry-examples", test_registry_examples);
  g_test_add_func ("/iban/ways-of-writing", test_ways_of_writing);
  g_test_add_func ("/iban/neighbours", test_neighbours);
  return g_test_run ();
}
