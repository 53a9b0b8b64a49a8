/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-scan.c: scanning speed and memory of the detector core on one file.
 * A benchmark, not a test: it prints figures and never fails on a slow machine.
 *
 * usage: bench-scan FILE [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "clipguard-detectors.h"

static long
max_rss_kb (void)
{
  struct rusage usage;
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gsize len;
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  double *seconds;
  long rss_start, rss_scanner, rss_text;
  gint64 t0;
  g_autoptr (CgScanner) scanner = NULL;
  g_autoptr (CgRules) rules = NULL;
  guint n_findings = 0;

  if (argc < 2 || runs < 1)
    {
      fprintf (stderr, "usage: bench-scan FILE [RUNS [RULES-FILE]]\n");
      return 2;
    }
  rss_start = max_rss_kb ();
  t0 = g_get_monotonic_time ();
  scanner = cg_scanner_new (CG_FINDING_ALL, CG_SCANNER_DEFAULT_THRESHOLD, &error);
  if (scanner == NULL)
    {
      fprintf (stderr, "bench-scan: %s\n", error->message);
      return 2;
    }
  /* organisation rules, compiled once here, not per scan */
  if (argc > 3)
    {
      g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
      rules = cg_rules_new ();
      if (!cg_rules_load_file (rules, argv[3], TRUE, errors))
        {
          fprintf (stderr, "bench-scan: %s\n", errors->len ? (char *) errors->pdata[0] : argv[3]);
          return 2;
        }
    }
  printf ("scanner set-up: %.1f ms, %.1f MB resident%s\n", (g_get_monotonic_time () - t0) / 1000.0,
          (max_rss_kb () - rss_start) / 1024.0, rules != NULL ? ", with organisation rules" : "");
  if (rules != NULL)
    printf ("rules: %u\n", cg_rules_get_n_loaded (rules));
  rss_scanner = max_rss_kb ();
  if (!g_file_get_contents (argv[1], &text, &len, &error))
    {
      fprintf (stderr, "bench-scan: %s\n", error->message);
      return 2;
    }
  rss_text = max_rss_kb ();
  seconds = g_new (double, runs);
  for (int r = 0; r < runs; r++)
    {
      GArray *findings;
      t0 = g_get_monotonic_time ();
      findings = cg_scanner_scan_with_rules (scanner, rules, text, len, CG_SCAN_FLAGS_NONE);
      seconds[r] = (g_get_monotonic_time () - t0) / 1e6;
      n_findings = findings->len;
      g_array_unref (findings);
    }
  qsort (seconds, (size_t) runs, sizeof *seconds, compare_doubles);
  printf ("input: %.1f MB, %u findings\n", len / 1048576.0, n_findings);
  printf ("scan: best %.3f s (%.0f MB/s), median %.3f s (%.0f MB/s) over %d runs, one thread\n",
          seconds[0], len / 1048576.0 / seconds[0], seconds[runs / 2],
          len / 1048576.0 / seconds[runs / 2], runs);
  printf ("memory: scanner %.1f MB, input %.1f MB, scanning added %.1f MB at peak\n",
          (rss_scanner - rss_start) / 1024.0, (rss_text - rss_scanner) / 1024.0,
          (max_rss_kb () - rss_text) / 1024.0);
  g_free (seconds);
  return 0;
}
