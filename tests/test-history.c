/* test-history.c: the history store: persistence, permissions, atomic
 * replacement under SIGKILL, a corrupt file, retention, and no raw values. */
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cg-history.h"
#include "cg-summary.h"

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("clipguard-history-XXXXXX", NULL);
  return g_build_filename (dir, "state", "clipguard", name, NULL);
}

static guint64
add (CgHistory *history, guint n_bsn, const char *preview, gint64 time)
{
  CgHistoryEntry e = {
    .n_bsn = n_bsn, .preview = (char *) preview, .time = time, .outcome = CG_OUTCOME_UNANSWERED
  };
  return cg_history_add (history, &e);
}

static guint
count_entries (CgHistory *history)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (history);
  return entries->len;
}

static void
test_persists (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autoptr (CgHistory) again = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  guint64 id;

  add (history, 1, "BSN: *******82", 0);
  id = add (history, 2, "BSN: *******33", 0);
  g_assert_true (cg_history_set_outcome (history, id, CG_OUTCOME_MASKED));
  again = cg_history_new (path);
  entries = cg_history_get_entries (again);
  g_assert_cmpuint (entries->len, ==, 2);
  /* newest first */
  g_assert_cmpuint (((CgHistoryEntry *) entries->pdata[0])->n_bsn, ==, 2);
  g_assert_cmpint (((CgHistoryEntry *) entries->pdata[0])->outcome, ==, CG_OUTCOME_MASKED);
  g_assert_cmpstr (((CgHistoryEntry *) entries->pdata[1])->preview, ==, "BSN: *******82");
}

static void
test_permissions (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = NULL;
  struct stat st;

  /* a folder that exists already, too open */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  history = cg_history_new (path);
  add (history, 1, "x", 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* A child adds entries as fast as it can; the parent kills it at random
 * moments.  Each time, the file must parse and hold no fewer entries than
 * before: the old file or the new one, never a torn one. */
static void
test_kill_during_write (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  guint before = 0;

  {
    g_autoptr (CgHistory) seed = cg_history_new (path);
    cg_history_set_retention (seed, 3650, 100000);
    add (seed, 1, "start", 0);
  }
  for (int round = 0; round < 25; round++)
    {
      pid_t child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          CgHistory *h = cg_history_new (path);
          cg_history_set_retention (h, 3650, 100000);
          for (;;)
            add (h, 1, "BSN: *******82 en een langere tekst om het schrijven te rekken", 0);
        }
      g_usleep ((gulong) g_rand_int_range (rand, 2000, 60000));
      kill (child, SIGKILL);
      waitpid (child, NULL, 0);
      {
        g_autoptr (CgHistory) check = cg_history_new (path);
        g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
        const char *name;
        guint now = count_entries (check);

        g_assert_cmpuint (now, >=, before);
        g_assert_cmpuint (now, >=, 1);
        before = now;
        /* nothing was moved aside as corrupt */
        while ((name = g_dir_read_name (d)) != NULL)
          g_assert_null (strstr (name, "corrupt"));
      }
    }
}

static void
test_corrupt_file (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = NULL;
  g_autoptr (GDir) d = NULL;
  const char *name;
  gboolean aside = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{\"entries\": [ {\"time\": 1, ", -1, NULL));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*could not be read*moved it*");
  history = cg_history_new (path);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (count_entries (history), ==, 0);
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    aside |= g_str_has_prefix (name, "history.json.corrupt-");
  g_assert_true (aside);
  add (history, 1, "fresh", 0);
  g_assert_cmpuint (count_entries (history), ==, 1);
}

static void
test_retention (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  cg_history_set_retention (history, 30, 5);
  add (history, 1, "old", now - 40 * 24 * 3600);
  add (history, 1, "recent", now - 2 * 24 * 3600);
  g_assert_cmpuint (count_entries (history), ==, 1);
  for (int i = 0; i < 10; i++)
    add (history, 1, "new", 0);
  g_assert_cmpuint (count_entries (history), ==, 5);
  cg_history_set_retention (history, 30, 2);
  g_assert_cmpuint (count_entries (history), ==, 2);
  cg_history_clear (history);
  g_assert_cmpuint (count_entries (history), ==, 0);
}

static void
test_no_raw_values (void)
{
  const char *text = "BSN 123456782, IBAN NL91ABNA0417164300, Kerkstraat 12, 3511 AB Utrecht";
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  g_autoptr (GArray) f = cg_scanner_scan (scanner, text, strlen (text), CG_SCAN_FLAGS_NONE);
  g_autofree char *preview = cg_summary_preview (text, (CgFinding *) f->data, f->len, 3);
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autofree char *contents = NULL;

  g_assert_cmpuint (f->len, ==, 3);
  add (history, 1, preview, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "123456782"));
  g_assert_null (strstr (contents, "0417164300"));
  g_assert_null (strstr (contents, "Kerkstraat"));
  g_assert_null (strstr (contents, "3511"));
  g_assert_nonnull (strstr (contents, "*******82"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/persists", test_persists);
  g_test_add_func ("/history/permissions", test_permissions);
  g_test_add_func ("/history/kill-during-write", test_kill_during_write);
  g_test_add_func ("/history/corrupt-file", test_corrupt_file);
  g_test_add_func ("/history/retention", test_retention);
  g_test_add_func ("/history/no-raw-values", test_no_raw_values);
  return g_test_run ();
}
