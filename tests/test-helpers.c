/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-helpers.c: a shared scanner for the unit tests. */
#include "test-helpers.h"

CgScanner *
test_scanner (void)
{
  static CgScanner *scanner;

  if (scanner == NULL)
    {
      g_autoptr (GError) error = NULL;
      scanner = cg_scanner_new (CG_FINDING_ALL, CG_SCANNER_DEFAULT_THRESHOLD, &error);
      g_assert_no_error (error);
    }
  return scanner;
}

GArray *
test_scan (const char *text)
{
  return cg_scanner_scan (test_scanner (), text, strlen (text), CG_SCAN_FLAGS_NONE);
}

guint
test_count (const char *text, CgFindingType type)
{
  g_autoptr (GArray) findings = test_scan (text);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += g_array_index (findings, CgFinding, i).type == type;
  return n;
}
