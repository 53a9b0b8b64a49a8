/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mask.c: masking invariants, as properties over many random texts:
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
          g_autofree char *stars = cg_mask_value (f->type, text->str + f->start, f->end - f->start);
          g_assert_cmpmem (masked + out, strlen (stars), stars, strlen (stars));
          out += strlen (stars);
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
test_random_texts (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint with_findings = 0;

  for (guint round = 0; round < 3000; round++)
    {
      GString *text = random_text (rand);
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
  g_test_add_func ("/mask/stars", test_stars);
  g_test_add_func ("/mask/placeholders", test_placeholders);
  g_test_add_func ("/mask/empty", test_empty);
  return g_test_run ();
}
