/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: the history store: persistence, permissions, atomic
 * replacement under SIGKILL while saving in the background, a corrupt file,
 * bad entries, an unreadable file, orphaned temporary files, retention,
 * merged writes, and no raw values. */
#include <errno.h>
#include <glib/gstdio.h>
#include <pwd.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cg-history.h"
#include "cg-summary.h"

static void
remove_tree (gpointer path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (g_strdup (child));
      else
        g_unlink (child);
    }
  g_rmdir (path);
  g_free (path);
}

/* A path in a folder of its own, removed when the test ends. */
static char *
temp_path (const char *name)
{
  char *dir = g_dir_make_tmp ("clipguard-history-XXXXXX", NULL);

  g_test_queue_destroy (remove_tree, dir);
  return g_build_filename (dir, "state", "clipguard", name, NULL);
}

static void
write_file (const char *path, const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
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

static gboolean
dir_has (const char *dir, const char *prefix)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

static void
test_persists (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autoptr (CgHistory) again = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  guint64 id;

  add (history, 1, "bsn: *******82", 0);
  id = add (history, 2, "bsn: *******33", 0);
  g_assert_true (cg_history_set_outcome (history, id, CG_OUTCOME_MASKED));
  g_assert_true (cg_history_flush (history, NULL));
  again = cg_history_new (path);
  g_assert_null (cg_history_get_problem (again));
  entries = cg_history_get_entries (again);
  g_assert_cmpuint (entries->len, ==, 2);
  /* newest first */
  g_assert_cmpuint (((CgHistoryEntry *) entries->pdata[0])->n_bsn, ==, 2);
  g_assert_cmpint (((CgHistoryEntry *) entries->pdata[0])->outcome, ==, CG_OUTCOME_MASKED);
  g_assert_cmpstr (((CgHistoryEntry *) entries->pdata[1])->preview, ==, "bsn: *******82");
}

/* A confidential block's count is kept, and said in the row's words. */
static void
test_confidential_count_persists (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autoptr (CgHistory) again = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  CgHistoryEntry e = { .time = g_get_real_time () / G_USEC_PER_SEC,
                       .n_confidential = 1,
                       .preview = "confidential: 1",
                       .outcome = CG_OUTCOME_PASTED_MASKED,
                       .site = "chatgpt.com" };

  cg_history_add (history, &e);
  g_assert_true (cg_history_flush (history, NULL));
  again = cg_history_new (path);
  g_assert_null (cg_history_get_problem (again));
  entries = cg_history_get_entries (again);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpuint (((CgHistoryEntry *) entries->pdata[0])->n_confidential, ==, 1);
  g_assert_cmpuint (((CgHistoryEntry *) entries->pdata[0])->n_address, ==, 0);
}

static void
test_saved_in_the_background (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);

  add (history, 1, "x", 0);
  /* Nothing is written during the change itself ... */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* ... but once the main loop turns. */
  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
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
  g_assert_true (cg_history_flush (history, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* A child adds entries as fast as its main loop turns, saving in the
 * background; the parent kills it at random moments.  Each time, the file
 * must parse and hold no fewer entries than before: the old file or the new
 * one, never a torn one, and no temporary file survives the next start. */
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
            {
              add (h, 1, "bsn: *******82 en een langere tekst om het schrijven te rekken", 0);
              g_main_context_iteration (NULL, FALSE);
            }
        }
      g_usleep ((gulong) g_rand_int_range (rand, 2000, 60000));
      kill (child, SIGKILL);
      waitpid (child, NULL, 0);
      {
        g_autoptr (CgHistory) check = cg_history_new (path);
        guint now = count_entries (check);

        g_assert_null (cg_history_get_problem (check));
        g_assert_cmpuint (now, >=, before);
        g_assert_cmpuint (now, >=, 1);
        before = now;
        g_assert_false (dir_has (dir, "history.json.corrupt"));
        g_assert_false (dir_has (dir, "history.json.bad"));
      }
    }
}

static void
test_orphans_removed (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *orphan = g_strconcat (path, ".Ab3xY9", NULL);
  g_autofree char *keep = g_strconcat (path, ".corrupt-20260101T000000", NULL);
  g_autoptr (CgHistory) history = NULL;

  write_file (orphan, "{\"entries\": [");
  write_file (keep, "kept for a person to look at");
  history = cg_history_new (path);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (keep, G_FILE_TEST_EXISTS));
}

static void
test_corrupt_file (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = NULL;

  write_file (path, "{\"entries\": [ {\"time\": 1, ");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*could not be read*moved it*");
  history = cg_history_new (path);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (count_entries (history), ==, 0);
  g_assert_true (dir_has (dir, "history.json.corrupt-"));
  add (history, 1, "fresh", 0);
  g_assert_cmpuint (count_entries (history), ==, 1);
}

/* Valid JSON with entries of the wrong shape: each field of each entry is
 * checked, the bad ones are skipped with one log line, the good ones kept,
 * and the file as it was is kept beside the new one. */
static void
test_bad_entries (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  const char *good = "{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"address\": 0, "
                     "\"preview\": \"bsn: *******82\", \"outcome\": \"masked\"}";
  g_autofree char *json = g_strdup_printf (
      "{\"version\": 1, \"entries\": [%s,"
      "{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"address\": 0, \"preview\": 5, \"outcome\": "
      "\"masked\"},"
      "{\"time\": 5, \"bsn\": -1, \"iban\": 0, \"address\": 0, \"preview\": \"\", \"outcome\": "
      "\"masked\"},"
      "{\"time\": \"5\", \"bsn\": 1, \"iban\": 0, \"address\": 0, \"preview\": \"\", \"outcome\": "
      "\"masked\"},"
      "{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"address\": 0, \"preview\": \"\", \"outcome\": "
      "\"exploded\"},"
      "{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"preview\": \"\", \"outcome\": \"masked\"},"
      "{\"time\": 5, \"bsn\": 1.5, \"iban\": 0, \"address\": 0, \"preview\": \"\", \"outcome\": "
      "\"masked\"},"
      "{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"address\": 0, \"preview\": null, \"outcome\": "
      "\"masked\"},"
      "[1, 2], \"x\", null, %s]}",
      good, good);

  write_file (path, json);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING,
                         "*skipped 10 bad entries (the first, entry 2: field “preview”)*");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*Kept a copy*");
  history = cg_history_new (path);
  g_test_assert_expected_messages ();
  g_assert_null (cg_history_get_problem (history));
  entries = cg_history_get_entries (history);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      CgHistoryEntry *e = entries->pdata[i];
      g_assert_cmpstr (e->preview, ==, "bsn: *******82");
      g_assert_cmpint (e->outcome, ==, CG_OUTCOME_MASKED);
    }
  g_assert_true (dir_has (dir, "history.json.bad-"));
}

#define HASH "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

/* Issue 19: one value with a long label (an organisation rule's) set the
 * whole entry aside, and with it the file as bad. */
static void
test_long_field_keeps_the_entry (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *label = g_strnfill (250, 'x');
  g_autofree char *preview = g_strnfill (5000, 'p');
  g_autofree char *json = g_strdup_printf (
      "{\"version\": 1, \"entries\": [{\"time\": 5, \"bsn\": 1, \"iban\": 0, \"address\": 0, "
      "\"rules\": 1, \"preview\": \"%s\", \"outcome\": \"masked\", \"values\": "
      "[\"rule:" HASH ":rule: %s *-****56\", \"bsn:" HASH ":bsn: *******82\"]}]}",
      preview, label);
  CgHistoryEntry *e;

  write_file (path, json);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*1 bad value(s) of an entry*");
  history = cg_history_new (path);
  g_test_assert_expected_messages ();
  entries = cg_history_get_entries (history);
  g_assert_cmpuint (entries->len, ==, 1);
  e = entries->pdata[0];
  g_assert_cmpuint (g_strv_length (e->values), ==, 1);
  g_assert_cmpstr (e->values[0], ==, "bsn:" HASH ":bsn: *******82");
  g_assert_cmpuint (strlen (e->preview), ==, 4096);
  g_assert_false (dir_has (dir, "history.json.bad-"));
}

/* An export of 100,000 rows: the entry keeps its counts and the first 100 values. */
static void
test_values_bounded (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  CgHistoryEntry entry = { .n_bsn = 5000, .preview = (char *) "bsn: *******82\n+4999" };
  const CgHistoryEntry *e;

  for (guint i = 0; i < 5000; i++)
    g_ptr_array_add (values, g_strdup ("bsn:" HASH ":bsn: *******82"));
  g_ptr_array_add (values, NULL);
  entry.values = (char **) values->pdata;
  e = cg_history_get_entry (history, cg_history_add (history, &entry));
  g_assert_cmpuint (e->n_bsn, ==, 5000);
  g_assert_cmpuint (g_strv_length (e->values), ==, CG_HISTORY_MAX_VALUES);
}

static void
check_unreadable_file_is_left_alone (const char *path)
{
  g_autoptr (CgHistory) history = NULL;
  g_autofree char *contents = NULL;
  struct stat before, after;

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*Cannot read history file*");
  history = cg_history_new (path);
  g_test_assert_expected_messages ();
  g_assert_nonnull (cg_history_get_problem (history));
  /* New warnings are kept in memory ... */
  add (history, 1, "new", 0);
  g_assert_cmpuint (count_entries (history), ==, 1);
  g_assert_true (cg_history_flush (history, NULL));
  g_clear_object (&history);
  /* ... and the file is not touched. */
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (before.st_ino, ==, after.st_ino);
  g_assert_cmpint (before.st_mode, ==, after.st_mode);
  g_assert_cmpint (before.st_size, ==, after.st_size);
  g_assert_cmpint (before.st_mtime, ==, after.st_mtime);
}

/* Mode 000 stops everybody but root, which these tests may run as: then a
 * child process does it as the user nobody. */
static void
test_unreadable_file (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  struct passwd *nobody = getpwnam ("nobody");
  int status;
  pid_t child;

  write_file (path, "{\"version\": 1, \"entries\": []}");
  if (getuid () != 0)
    {
      g_assert_cmpint (g_chmod (path, 0), ==, 0);
      check_unreadable_file_is_left_alone (path);
      return;
    }
  g_assert_nonnull (nobody);
  g_assert_cmpint (chown (dir, nobody->pw_uid, nobody->pw_gid), ==, 0);
  g_assert_cmpint (chown (path, nobody->pw_uid, nobody->pw_gid), ==, 0);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  /* every folder above must let nobody through */
  for (g_autofree char *up = g_path_get_dirname (dir); strlen (up) > 1;)
    {
      char *next = g_path_get_dirname (up);
      struct stat st;
      g_assert_cmpint (g_stat (up, &st), ==, 0);
      if ((st.st_mode & 0001) == 0)
        g_assert_cmpint (g_chmod (up, st.st_mode | 0001), ==, 0);
      g_free (up);
      up = next;
    }
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      if (setgid (nobody->pw_gid) != 0 || setuid (nobody->pw_uid) != 0)
        _exit (3);
      g_autofree char *contents = NULL;
      g_assert_false (g_file_get_contents (path, &contents, NULL, NULL));
      check_unreadable_file_is_left_alone (path);
      _exit (0);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* A history path that is a folder cannot be read either. */
static void
test_history_is_a_folder (void)
{
  g_autofree char *path = temp_path ("history.json");

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*Cannot read history file*");
  {
    g_autoptr (CgHistory) history = cg_history_new (path);
    g_test_assert_expected_messages ();
    g_assert_nonnull (cg_history_get_problem (history));
    add (history, 1, "x", 0);
    g_assert_true (cg_history_flush (history, NULL));
  }
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
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

/* "0 keeps no history" keeps nothing, not even the entry of the moment. */
static void
test_zero_days_keeps_nothing (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autoptr (CgHistory) again = NULL;

  add (history, 1, "before", 0);
  cg_history_set_retention (history, 0, 500);
  g_assert_cmpuint (count_entries (history), ==, 0);
  g_assert_cmpuint (add (history, 1, "now", 0), ==, 0);
  g_assert_cmpuint (count_entries (history), ==, 0);
  g_assert_false (cg_history_set_outcome (history, 0, CG_OUTCOME_MASKED));
  g_assert_true (cg_history_flush (history, NULL));
  again = cg_history_new (path);
  g_assert_cmpuint (count_entries (again), ==, 0);
}

/* Counts the files renamed into @dir (each save is a rename) while the main
 * loop runs until it is idle. */
static guint
renames_until_idle (int fd)
{
  guint renames = 0;
  char buf[4096] __attribute__ ((aligned (8)));

  for (int quiet = 0; quiet < 20; quiet++)
    {
      ssize_t n;
      while (g_main_context_iteration (NULL, FALSE))
        quiet = 0;
      g_usleep (5000);
      while ((n = read (fd, buf, sizeof buf)) > 0)
        for (char *p = buf; p < buf + n;)
          {
            struct inotify_event *ev = (struct inotify_event *) p;
            renames += (ev->mask & IN_MOVED_TO) != 0;
            p += sizeof *ev + ev->len;
            quiet = 0;
          }
    }
  return renames;
}

/* A warning and its answer in one main loop turn are one write; many changes
 * while a write is under way are one more write, not one each. */
static void
test_writes_merged (void)
{
  g_autofree char *path = temp_path ("history.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (CgHistory) history = cg_history_new (path);
  int fd;
  guint64 id;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (fd, dir, IN_MOVED_TO), >=, 0);

  id = add (history, 1, "x", 0);
  cg_history_set_outcome (history, id, CG_OUTCOME_AUTO_MASKED);
  g_assert_cmpuint (renames_until_idle (fd), ==, 1);

  for (int i = 0; i < 200; i++)
    add (history, 1, "y", 0);
  g_assert_cmpuint (renames_until_idle (fd), ==, 1);
  close (fd);
}

/* The warning's short preview is cut from the preview of every value. */
static void
test_preview_first (void)
{
  const char *text = "BSN 123456782, IBAN NL91ABNA0417164300, BSN 111222333,\n"
                     "IBAN NL02ABNA0123456789 en Kerkstraat 12, 3511 AB Utrecht\n";
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  g_autoptr (GArray) f = cg_scanner_scan (scanner, text, strlen (text), CG_SCAN_FLAGS_NONE);
  const CgFinding *fs = (const CgFinding *) f->data;
  g_autofree char *all = cg_summary_preview_tagged (scanner, text, fs, f->len, G_MAXUINT);

  g_assert_cmpuint (f->len, ==, 5);
  for (guint max = 1; max <= 6; max++)
    {
      g_autofree char *want = cg_summary_preview_tagged (scanner, text, fs, f->len, max);
      g_autofree char *got = cg_summary_preview_first (all, max);
      g_assert_cmpstr (got, ==, want);
    }
}

static void
test_no_raw_values (void)
{
  const char *text = "BSN 123456782, IBAN NL91ABNA0417164300, Kerkstraat 12, 3511 AB Utrecht";
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  g_autoptr (GArray) f = cg_scanner_scan (scanner, text, strlen (text), CG_SCAN_FLAGS_NONE);
  g_autofree char *preview
      = cg_summary_preview_tagged (scanner, text, (CgFinding *) f->data, f->len, 3);
  g_autofree char *path = temp_path ("history.json");
  g_autoptr (CgHistory) history = cg_history_new (path);
  g_autofree char *contents = NULL;

  g_assert_cmpuint (f->len, ==, 3);
  add (history, 1, preview, 0);
  g_assert_true (cg_history_flush (history, NULL));
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
  g_test_add_func ("/history/confidential-count-persists", test_confidential_count_persists);
  g_test_add_func ("/history/saved-in-the-background", test_saved_in_the_background);
  g_test_add_func ("/history/permissions", test_permissions);
  g_test_add_func ("/history/kill-during-write", test_kill_during_write);
  g_test_add_func ("/history/orphans-removed", test_orphans_removed);
  g_test_add_func ("/history/corrupt-file", test_corrupt_file);
  g_test_add_func ("/history/bad-entries", test_bad_entries);
  g_test_add_func ("/history/long-field-keeps-the-entry", test_long_field_keeps_the_entry);
  g_test_add_func ("/history/values-bounded", test_values_bounded);
  g_test_add_func ("/history/unreadable-file", test_unreadable_file);
  g_test_add_func ("/history/history-is-a-folder", test_history_is_a_folder);
  g_test_add_func ("/history/retention", test_retention);
  g_test_add_func ("/history/zero-days-keeps-nothing", test_zero_days_keeps_nothing);
  g_test_add_func ("/history/writes-merged", test_writes_merged);
  g_test_add_func ("/history/no-raw-values", test_no_raw_values);
  g_test_add_func ("/history/preview-first", test_preview_first);
  return g_test_run ();
}
