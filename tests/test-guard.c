/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-guard.c: the guard's decisions in process, with a fake clipboard, a
 * recording notifier, a fake clock and settings in memory: stale scans,
 * PRIMARY, a harmless copy after a warning, a mask that loses the race, a
 * pause during a read and one that runs out, the answers, and what the
 * history says after each. */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "cg-fakes.h"
#include "cg-guard.h"

#define BSN_TEXT "Hoi,\nMijn BSN is 123456782, groet.\n"
#define MASKED_BSN_TEXT "Hoi,\nMijn BSN is *******82, groet.\n"
#define HARMLESS_TEXT "Hallo wereld, 42 appels.\n"

/* The fake clock starts at the real time: the history drops entries older
 * than its retention by the real one. */
static gint64 NOW;

typedef struct
{
  char *dir;
  GSettings *settings;
  CgFakeWatcher *watcher;
  CgFakeNotifier *notifier;
  CgHistory *history;
  CgClock *clock;
  CgGuard *guard;
} Fixture;

static void
setup_with (Fixture *fx, gboolean has_actions)
{
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  NOW = g_get_real_time () / G_USEC_PER_SEC;
  fx->dir = g_dir_make_tmp ("clipguard-guard-XXXXXX", NULL);
  path = g_build_filename (fx->dir, "history.json", NULL);
  fx->settings = g_settings_new_with_backend (APP_ID, backend);
  fx->watcher = cg_fake_watcher_new ();
  fx->notifier = cg_fake_notifier_new (has_actions);
  fx->history = cg_history_new (path);
  fx->clock = cg_clock_new_fake (NOW);
  fx->guard = cg_guard_new (fx->settings, CG_CLIPBOARD_WATCHER (fx->watcher),
                            CG_NOTIFIER (fx->notifier), fx->history, fx->clock, &error);
  g_assert_no_error (error);
}

static void
setup (Fixture *fx, gconstpointer data)
{
  setup_with (fx, TRUE);
}

static void
setup_no_actions (Fixture *fx, gconstpointer data)
{
  setup_with (fx, FALSE);
}

static void
teardown (Fixture *fx, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fx->dir, "history.json", NULL);

  g_clear_object (&fx->guard);
  g_clear_object (&fx->clock);
  g_clear_object (&fx->history);
  g_unlink (path);
  g_rmdir (fx->dir);
  g_clear_object (&fx->notifier);
  g_clear_object (&fx->watcher);
  g_clear_object (&fx->settings);
  g_free (fx->dir);
}

/* Runs the main loop until scans in worker threads have come back and
 * nothing is left to do. */
static void
settle_down (void)
{
  for (int quiet = 0; quiet < 10; quiet++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        quiet = 0;
      g_usleep (2000);
    }
}

static guint
n_shown (Fixture *fx)
{
  return cg_fake_notifier_get_shown (fx->notifier)->len;
}

static const CgHistoryEntry *
newest_entry (Fixture *fx)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (fx->history);

  g_assert_cmpuint (entries->len, >, 0);
  return entries->pdata[0];
}

static guint
n_entries (Fixture *fx)
{
  g_autoptr (GPtrArray) entries = cg_history_get_entries (fx->history);
  return entries->len;
}

static void
test_warns_with_actions_and_no_value (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;
  const char *const keys[] = { "mask", "ignore", NULL };

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_nonnull (n);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_WARNING);
  g_assert_true (g_strv_equal ((const char *const *) n->action_keys, keys));
  g_assert_null (strstr (n->summary, "123456782"));
  g_assert_null (strstr (n->body, "123456782"));
  g_assert_nonnull (strstr (n->body, "*******82"));
  g_assert_true (cg_guard_can_mask_last (fx->guard));
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_UNANSWERED);
  g_assert_cmpint (newest_entry (fx)->time, ==, NOW);
}

static void
test_mask_answer (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_MASKED);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  /* a second click on the same notice does nothing more */
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_cmpuint (cg_fake_watcher_get_replacements (fx->watcher), ==, 1);
}

static void
test_ignore_answer (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "ignore");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, BSN_TEXT);
  g_assert_cmpuint (cg_fake_watcher_get_replacements (fx->watcher), ==, 0);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_IGNORED);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
}

/* The user copied again while the first copy was being scanned: its result
 * is about a copy that is gone, and says nothing. */
static void
test_stale_generation_when_scan_returns (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  cg_fake_watcher_copy_unread (fx->watcher);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  g_assert_cmpuint (n_entries (fx), ==, 0);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
}

/* An answer to an older notice does not act on a newer warning. */
static void
test_answer_to_an_old_notice (Fixture *fx, gconstpointer data)
{
  guint64 first = cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);

  settle_down ();
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  cg_fake_notifier_click_tag (fx->notifier, "mask", first);
  g_assert_cmpuint (cg_fake_watcher_get_replacements (fx->watcher), ==, 0);
  g_assert_true (cg_guard_can_mask_last (fx->guard));
  /* the first warning was settled as copied over */
  {
    g_autoptr (GPtrArray) entries = cg_history_get_entries (fx->history);
    g_assert_cmpuint (entries->len, ==, 2);
    g_assert_cmpint (((CgHistoryEntry *) entries->pdata[1])->outcome, ==, CG_OUTCOME_REPLACED);
    g_assert_cmpint (((CgHistoryEntry *) entries->pdata[0])->outcome, ==, CG_OUTCOME_UNANSWERED);
  }
}

/* Selected text is not ours to replace: a notice without buttons, and an
 * older clipboard warning stays as it is. */
static void
test_primary_copy (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_PRIMARY, BSN_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_INFO);
  g_assert_cmpuint (g_strv_length (n->action_keys), ==, 0);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_IGNORED);
  g_assert_true (cg_guard_can_mask_last (fx->guard));
  cg_fake_notifier_click_tag (fx->notifier, "mask", cg_fake_notifier_last (fx->notifier)->tag);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "IBAN NL91ABNA0417164300\n");
}

/* The copy a warning was about is gone: the notice is taken back. */
static void
test_harmless_copy_replaces_open_warning (Fixture *fx, gconstpointer data)
{
  guint64 first = cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  GArray *withdrawn;

  settle_down ();
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, HARMLESS_TEXT);
  settle_down ();
  withdrawn = cg_fake_notifier_get_withdrawn (fx->notifier);
  g_assert_cmpuint (withdrawn->len, ==, 1);
  g_assert_cmpuint (g_array_index (withdrawn, guint64, 0), ==, first);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_REPLACED);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  g_assert_cmpuint (n_shown (fx), ==, 1);
}

/* The clipboard changed between the warning and the click: nothing is
 * written, and the history says why. */
static void
test_failed_replace_in_mask (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_watcher_fail_next_replace (fx->watcher);
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_cmpuint (cg_fake_watcher_get_replacements (fx->watcher), ==, 0);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_REPLACED);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  g_assert_false (cg_guard_mask_last (fx->guard));
}

static void
test_mask_last (Fixture *fx, gconstpointer data)
{
  g_assert_false (cg_guard_mask_last (fx->guard));
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_true (cg_guard_mask_last (fx->guard));
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_MASKED);
}

/* Pausing stops the reading, and a read or a scan already under way says
 * nothing afterwards. */
static void
test_pause_drops_read_in_flight (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT); /* scan under way */
  cg_guard_pause (fx->guard, -1);
  g_assert_false (cg_fake_watcher_get_reading (fx->watcher));
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, -1);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT); /* a read that ended */
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  g_assert_cmpuint (n_entries (fx), ==, 0);
  cg_guard_resume (fx->guard);
  g_assert_true (cg_fake_watcher_get_reading (fx->watcher));
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
}

static void
on_state_changed (CgGuard *guard, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_pause_runs_out (Fixture *fx, gconstpointer data)
{
  guint changes = 0;

  g_signal_connect (fx->guard, "state-changed", G_CALLBACK (on_state_changed), &changes);
  cg_guard_pause (fx->guard, 15);
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, NOW + 15 * 60);
  g_assert_false (cg_fake_watcher_get_reading (fx->watcher));
  cg_clock_advance (fx->clock, 14 * 60);
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, NOW + 15 * 60);
  cg_clock_advance (fx->clock, 60);
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, 0);
  g_assert_true (cg_fake_watcher_get_reading (fx->watcher));
  g_assert_cmpuint (changes, ==, 2);
  /* A new pause replaces the old one's end. */
  cg_guard_pause (fx->guard, 60);
  cg_guard_pause (fx->guard, 15);
  cg_clock_advance (fx->clock, 15 * 60);
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, 0);
  cg_clock_advance (fx->clock, 60 * 60);
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, 0);
}

static void
test_auto_mask (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  g_settings_set_boolean (fx->settings, "auto-mask", TRUE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_INFO);
  g_assert_cmpuint (g_strv_length (n->action_keys), ==, 0);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_AUTO_MASKED);
}

static void
test_placeholder_style (Fixture *fx, gconstpointer data)
{
  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "Hoi,\nMijn BSN is [BSN-1], groet.\n");
}

static void
test_too_large (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_skip (fx->watcher, CG_SKIP_TOO_LARGE);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_TOO_LARGE);
  g_assert_cmpint (cg_fake_notifier_last (fx->notifier)->kind, ==, CG_NOTICE_INFO);
  /* the other reasons say nothing */
  cg_fake_watcher_skip (fx->watcher, CG_SKIP_SECRET);
  cg_fake_watcher_skip (fx->watcher, CG_SKIP_NOT_TEXT);
  cg_fake_watcher_skip (fx->watcher, CG_SKIP_UNREADABLE);
  g_assert_cmpuint (n_entries (fx), ==, 1);
  g_assert_cmpuint (n_shown (fx), ==, 1);
}

static void
test_no_notifications_setting (Fixture *fx, gconstpointer data)
{
  g_settings_set_boolean (fx->settings, "show-notifications", FALSE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_UNANSWERED);
  g_assert_true (cg_guard_can_mask_last (fx->guard));
}

/* A server without buttons: the notice says where to mask instead. */
static void
test_server_without_actions (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpuint (g_strv_length (n->action_keys), ==, 0);
  g_assert_nonnull (strstr (n->body, "Mask last copy"));
}

static void
test_detector_switched_off (Fixture *fx, gconstpointer data)
{
  g_settings_set_boolean (fx->settings, "detect-bsn", FALSE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
}

/* The history file cannot be read: the user is told once, at start, and
 * warnings go on. */
static void
test_unreadable_history_told_once (Fixture *fx, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fx->dir, "history-folder", NULL);
  g_autoptr (CgHistory) history = NULL;
  g_autoptr (CgGuard) guard = NULL;
  const CgFakeNotice *n;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*Cannot read history file*");
  history = cg_history_new (folder);
  g_test_assert_expected_messages ();
  g_clear_object (&fx->guard);
  guard = cg_guard_new (fx->settings, CG_CLIPBOARD_WATCHER (fx->watcher),
                        CG_NOTIFIER (fx->notifier), history, fx->clock, NULL);
  g_assert_cmpuint (n_shown (fx), ==, 1);
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_INFO);
  g_assert_nonnull (strstr (n->body, folder));
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 2);
  g_clear_object (&guard);
  g_clear_object (&history);
  g_rmdir (folder);
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
#define ADD(name, fn) g_test_add ("/guard/" name, Fixture, NULL, setup, fn, teardown)
  ADD ("warns-with-actions-and-no-value", test_warns_with_actions_and_no_value);
  ADD ("mask-answer", test_mask_answer);
  ADD ("ignore-answer", test_ignore_answer);
  ADD ("stale-generation-when-scan-returns", test_stale_generation_when_scan_returns);
  ADD ("answer-to-an-old-notice", test_answer_to_an_old_notice);
  ADD ("primary-copy", test_primary_copy);
  ADD ("harmless-copy-replaces-open-warning", test_harmless_copy_replaces_open_warning);
  ADD ("failed-replace-in-mask", test_failed_replace_in_mask);
  ADD ("mask-last", test_mask_last);
  ADD ("pause-drops-read-in-flight", test_pause_drops_read_in_flight);
  ADD ("pause-runs-out", test_pause_runs_out);
  ADD ("auto-mask", test_auto_mask);
  ADD ("placeholder-style", test_placeholder_style);
  ADD ("too-large", test_too_large);
  ADD ("no-notifications-setting", test_no_notifications_setting);
  ADD ("detector-switched-off", test_detector_switched_off);
  ADD ("unreadable-history-told-once", test_unreadable_history_told_once);
#undef ADD
  g_test_add ("/guard/server-without-actions", Fixture, NULL, setup_no_actions,
              test_server_without_actions, teardown);
  return g_test_run ();
}
