/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-vault.c: the session's placeholders and what they stood for
 * (cg-vault.h): the bound, the oldest first, expiry, the numbers kept on
 * disk without a value, and the values kept out of core dumps. */
#define _GNU_SOURCE /* memmem */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cg-vault.h"

static char *
issue (CgVault *v, const char *kind, const char *value, gint64 now)
{
  GString *out = g_string_new (NULL);
  g_autofree char *identity = g_strconcat (kind, ":", value, NULL);

  cg_vault_issue (v, out, kind, identity, value, strlen (value), now);
  return g_string_free (out, FALSE);
}

static char *
restore (CgVault *v, const char *text)
{
  return cg_vault_restore (v, text, strlen (text), FALSE, NULL, NULL);
}

static void
test_bound_drops_the_oldest (void)
{
  CgVault *v = cg_vault_new (1000, NULL);
  g_autofree char *first = NULL, *again = NULL, *r = NULL;

  first = issue (v, "BSN", "value 0", 100);
  g_assert_cmpstr (first, ==, "[BSN-1]");
  for (guint i = 1; i < 1000; i++)
    {
      g_autofree char *value = g_strdup_printf ("value %u", i);

      g_free (issue (v, "BSN", value, 100 + i));
    }
  g_assert_cmpuint (cg_vault_size (v), ==, 1000);
  /* the same value, the same placeholder */
  again = issue (v, "BSN", "value 0", 5000);
  g_assert_cmpstr (again, ==, "[BSN-1]");
  g_free (issue (v, "BSN", "one more", 5001));
  g_assert_cmpuint (cg_vault_size (v), ==, 1000);
  r = restore (v, "[BSN-1] [BSN-2] [BSN-1001]");
  g_assert_cmpstr (r, ==, "[BSN-1] value 1 one more");
  cg_vault_free (v);
}

static void
test_expire_from_the_oldest (void)
{
  CgVault *v = cg_vault_new (10, NULL);
  g_autofree char *r = NULL;

  g_free (issue (v, "IBAN", "NL91ABNA0417164300", 10));
  g_free (issue (v, "ADRES", "Kerkstraat 1, 3511 AB Utrecht", 20));
  cg_vault_expire (v, 15);
  g_assert_cmpuint (cg_vault_size (v), ==, 1);
  r = restore (v, "[IBAN-1] [ADRES-1] [adres-1]");
  g_assert_cmpstr (r, ==, "[IBAN-1] Kerkstraat 1, 3511 AB Utrecht Kerkstraat 1, 3511 AB Utrecht");
  cg_vault_expire (v, 100);
  g_assert_cmpuint (cg_vault_size (v), ==, 0);
  g_assert_cmpuint (cg_vault_count_in (v, "[ADRES-1]", 9, FALSE), ==, 0);
  cg_vault_free (v);
}

static void
test_numbers_kept_without_values (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clipguard-vault-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "placeholder-numbers", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *p = NULL;
  CgVault *v = cg_vault_new (10, path);

  g_free (issue (v, "BSN", "123456782", 1));
  g_free (issue (v, "BSN", "111222333", 1));
  g_free (issue (v, "PERSONEELSNUMMER", "P-0042", 1));
  cg_vault_sync (v);
  cg_vault_free (v);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "123456782"));
  g_assert_null (strstr (contents, "0042"));
  g_assert_nonnull (strstr (contents, "BSN=2"));
  /* after a restart: the numbers go on, nothing is restored */
  v = cg_vault_new (10, path);
  g_assert_cmpuint (cg_vault_size (v), ==, 0);
  p = issue (v, "BSN", "999999990", 2);
  g_assert_cmpstr (p, ==, "[BSN-3]");
  cg_vault_free (v);
  g_unlink (path);
  g_rmdir (dir);
}

/* The mapping of the values is marked "dd" (do not dump) in smaps. */
static void
test_values_out_of_core_dumps (void)
{
  CgVault *v = cg_vault_new (100, NULL);
  g_autofree char *smaps = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean in_region = FALSE, found = FALSE;
  const char *marker = "VALUE-IN-THE-VAULT";
  g_autofree char *r = NULL;
  const void *region;
  gsize region_size;

  g_free (issue (v, "BSN", marker, 1));
  r = restore (v, "[BSN-1]");
  g_assert_cmpstr (r, ==, marker);
  /* the value is in the vault's own mapping, and smaps marks the mapping
   * that holds it "dd"; no other memory is searched (under AddressSanitizer
   * most of it may not be read) */
  region = cg_vault_region (v, &region_size);
  g_assert_nonnull (region);
  g_assert_nonnull (memmem (region, region_size, marker, strlen (marker)));
  g_assert_true (g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL));
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guintptr from, to;
      char perms[5] = "";

      if (sscanf (lines[i], "%" G_GINTPTR_MODIFIER "x-%" G_GINTPTR_MODIFIER "x %4s", &from, &to,
                  perms)
          == 3)
        in_region = strcmp (perms, "rw-p") == 0 && from <= (guintptr) region
                    && (guintptr) region + region_size <= to;
      else if (in_region && g_str_has_prefix (lines[i], "VmFlags:"))
        {
          if (strstr (lines[i], " dd") != NULL)
            found = TRUE;
          in_region = FALSE;
        }
    }
  g_assert_true (found);
  cg_vault_forget (v);
  g_assert_cmpuint (cg_vault_size (v), ==, 0);
  cg_vault_free (v);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vault/bound-drops-the-oldest", test_bound_drops_the_oldest);
  g_test_add_func ("/vault/expire-from-the-oldest", test_expire_from_the_oldest);
  g_test_add_func ("/vault/numbers-kept-without-values", test_numbers_kept_without_values);
  g_test_add_func ("/vault/values-out-of-core-dumps", test_values_out_of_core_dumps);
  return g_test_run ();
}
