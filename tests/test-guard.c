/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-guard.c: the guard's decisions in process, with a fake clipboard, a
 * recording notifier, a fake clock and settings in memory: stale scans,
 * PRIMARY, a harmless copy after a warning, a mask that loses the race, a
 * pause during a read and one that runs out, the answers, and what the
 * history says after each; and the audit events of each, recorded in
 * process, with no value in any field. */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "cg-audit.h"
#include "cg-fakes.h"
#include "cg-fallback-notifier.h"
#include "cg-guard.h"
#include "cg-paste-service.h"
#include "cg-rule-source.h"

#include <sys/socket.h>

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
  CgAllowList *allow;
  CgClock *clock;
  CgGuard *guard;
} Fixture;

/* The guard of the test under way: settle_down() waits for its scans. */
static CgGuard *settling;

/* The audit events of the test under way, each a table of its fields. */
static GPtrArray *recorded;

static GLogWriterOutput
record_event (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user_data)
{
  GHashTable *event = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (gsize i = 0; i < n_fields; i++)
    {
      g_assert_cmpint (fields[i].length, ==, -1);
      g_assert_false (g_hash_table_contains (event, fields[i].key));
      g_hash_table_insert (event, g_strdup (fields[i].key), g_strdup (fields[i].value));
    }
  g_ptr_array_add (recorded, event);
  return G_LOG_WRITER_HANDLED;
}

static void
setup_with (Fixture *fx, gboolean has_actions)
{
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *path = NULL;
  g_autofree char *key_path = NULL;
  g_autofree char *allowed_path = NULL;
  g_autoptr (GError) error = NULL;

  NOW = g_get_real_time () / G_USEC_PER_SEC;
  fx->dir = g_dir_make_tmp ("clipguard-guard-XXXXXX", NULL);
  path = g_build_filename (fx->dir, "history.json", NULL);
  key_path = g_build_filename (fx->dir, "allow.key", NULL);
  allowed_path = g_build_filename (fx->dir, "allowed.json", NULL);
  fx->allow = cg_allow_list_new (key_path, allowed_path);
  g_assert_null (cg_allow_list_get_problem (fx->allow));
  fx->settings = g_settings_new_with_backend (APP_ID, backend);
  fx->watcher = cg_fake_watcher_new ();
  fx->notifier = cg_fake_notifier_new (has_actions);
  fx->history = cg_history_new (path);
  fx->clock = cg_clock_new_fake (NOW);
  fx->guard = cg_guard_new (fx->settings, CG_CLIPBOARD_WATCHER (fx->watcher),
                            CG_NOTIFIER (fx->notifier), fx->history, fx->allow, fx->clock, &error);
  g_assert_no_error (error);
  /* the tests below were written for stars; placeholders have their own */
  g_settings_set_string (fx->settings, "mask-style", "stars");
  settling = fx->guard;
  recorded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  cg_audit_start (fx->settings, record_event, NULL);
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
  g_autofree char *key_path = g_build_filename (fx->dir, "allow.key", NULL);
  g_autofree char *allowed_path = g_build_filename (fx->dir, "allowed.json", NULL);

  settling = NULL;
  cg_audit_stop ();
  g_clear_pointer (&recorded, g_ptr_array_unref);
  g_clear_object (&fx->guard);
  g_clear_object (&fx->clock);
  g_clear_object (&fx->history);
  g_clear_object (&fx->allow);
  g_unlink (path);
  g_unlink (key_path);
  g_unlink (allowed_path);
  g_rmdir (fx->dir);
  g_clear_object (&fx->notifier);
  g_clear_object (&fx->watcher);
  g_clear_object (&fx->settings);
  g_free (fx->dir);
}

/* Runs the main loop until the scans in worker threads have come back (a
 * scan under sanitizers on a busy machine may take long: waiting for a
 * quiet moment alone was not enough) and nothing is left to do. */
static void
settle_down (void)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  for (int quiet = 0; quiet < 10; quiet++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        quiet = 0;
      if (settling != NULL && cg_guard_is_scanning (settling))
        {
          g_assert_cmpint (g_get_monotonic_time (), <, give_up);
          quiet = -1;
        }
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

/* Issue 19, defect 3: a notice (PRIMARY) does not take the warning's place:
 * the warning is not withdrawn and its Mask still works; once answered, its
 * notification is withdrawn (no other notice replaces it any more). */
static void
test_notice_leaves_the_warning (Fixture *fx, gconstpointer data)
{
  guint64 warned;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  warned = cg_fake_notifier_last (fx->notifier)->tag;
  g_assert_cmpint (cg_fake_notifier_last (fx->notifier)->kind, ==, CG_NOTICE_WARNING);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_PRIMARY, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  g_assert_cmpint (cg_fake_notifier_last (fx->notifier)->kind, ==, CG_NOTICE_INFO);
  g_assert_cmpuint (cg_fake_notifier_get_withdrawn (fx->notifier)->len, ==, 0);
  g_assert_true (cg_guard_can_mask_last (fx->guard));
  cg_fake_notifier_click_tag (fx->notifier, "mask", warned);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  /* answered: the warning's notification goes */
  g_assert_cmpuint (cg_fake_notifier_get_withdrawn (fx->notifier)->len, ==, 1);
  g_assert_cmpuint (g_array_index (cg_fake_notifier_get_withdrawn (fx->notifier), guint64, 0), ==,
                    warned);
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
on_heard (guint64 *heard, const char *key, guint64 tag)
{
  *heard = tag;
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
  /* it says what it did, with what is really on the clipboard, and can be undone */
  g_assert_cmpint (n->kind, ==, CG_NOTICE_CONFIRMATION);
  g_assert_cmpstr (n->summary, ==, "Personal data masked: BSN");
  g_assert_nonnull (strstr (n->body, "*******82"));
  g_assert_cmpstr (n->action_keys[0], ==, "undo");
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_AUTO_MASKED);
  /* placeholders: the notice shows the placeholder, not stars */
  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Relatie BSN 111222333\n");
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "Relatie BSN [BSN-1]\n");
  g_assert_nonnull (strstr (n->body, "[BSN-1]"));
  g_assert_null (strstr (n->body, "*******33"));
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
  g_assert_null (strstr (n->body, "123456782"));
}

/* The words a user reads: the risk in the title, what to do in the body,
 * short buttons. */
static void
test_warning_words (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (n->summary, ==, "Personal data copied: BSN");
  g_assert_nonnull (strstr (n->body, "chatbot"));
  g_assert_nonnull (strstr (n->body, "replaces the BSN on the clipboard with *******82"));
  g_assert_cmpstr (n->action_labels[0], ==, "Mask");
  g_assert_cmpstr (n->action_labels[1], ==, "Keep as is");
  /* an address: no stars, the place only when the settings allow */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Graag versturen naar:\nKerkstraat 12\n3511 AB Utrecht\n");
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (n->summary, ==, "Personal data copied: address");
  g_assert_nonnull (strstr (n->body, "an address"));
  g_assert_null (strstr (n->body, "Utrecht"));
  g_assert_null (strstr (n->body, "Kerkstraat"));
  g_assert_null (strstr (n->body, "**"));
  g_settings_set_boolean (fx->settings, "preview-place", TRUE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Graag versturen naar:\nDorpsweg 3\n1234 AB Zwolle\n");
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_nonnull (strstr (n->body, "an address in Zwolle"));
  g_assert_null (strstr (n->body, "Dorpsweg"));
}

/* Masking is confirmed, with Undo: the original comes back, for a minute. */
static void
test_undo (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_CONFIRMATION);
  g_assert_cmpstr (n->action_keys[0], ==, "undo");
  g_assert_cmpstr (n->action_labels[0], ==, "Undo");
  g_assert_nonnull (strstr (n->body, "*******82"));
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  cg_fake_notifier_click (fx->notifier, "undo");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, BSN_TEXT);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_UNDONE);
  /* undone is kept as is: the same value does not warn again */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 2);
}

static void
test_undo_runs_out (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
  cg_clock_advance (fx->clock, 61);
  cg_fake_notifier_click (fx->notifier, "undo");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_MASKED);
}

/* "Keep as is" on a value: the same value, however written, does not warn
 * again this session; another value does. */
static void
test_ignore_then_copy_again (Fixture *fx, gconstpointer data)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "ignore");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Rekening: nl91 abna 0417 1643 00, t.n.v. De Vries\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "IBAN NL91ABNA0417164300 en BSN 123456782\n");
  settle_down ();
  /* the BSN is new: a warning about it alone */
  g_assert_cmpuint (n_shown (fx), ==, 2);
  g_assert_cmpstr (cg_fake_notifier_last (fx->notifier)->summary, ==, "Personal data copied: BSN");
  /* a new session (a new guard on the same allow list) warns again */
  g_clear_object (&fx->guard);
  g_clear_object (&fx->allow);
  {
    g_autofree char *key_path = g_build_filename (fx->dir, "allow.key", NULL);
    g_autofree char *allowed_path = g_build_filename (fx->dir, "allowed.json", NULL);
    fx->allow = cg_allow_list_new (key_path, allowed_path);
  }
  fx->guard = cg_guard_new (fx->settings, CG_CLIPBOARD_WATCHER (fx->watcher),
                            CG_NOTIFIER (fx->notifier), fx->history, fx->allow, fx->clock, NULL);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 3);
}

/* "Always allow" from the history: on disk only a keyed hash, and the value
 * does not warn in a later session either. */
static void
test_always_allow (Fixture *fx, gconstpointer data)
{
  g_autofree char *key_path = g_build_filename (fx->dir, "allow.key", NULL);
  g_autofree char *allowed_path = g_build_filename (fx->dir, "allowed.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  guint64 id;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  id = newest_entry (fx)->id;
  g_assert_true (cg_guard_allow_entry (fx->guard, id, &error));
  g_assert_no_error (error);
  /* allowing the copy with the open warning answers it */
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_IGNORED);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  g_assert_true (g_file_get_contents (allowed_path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "123456782"));
  g_assert_null (strstr (contents, "12345678"));
  g_assert_nonnull (strstr (contents, "*******82"));
  g_clear_object (&fx->guard);
  g_clear_object (&fx->allow);
  fx->allow = cg_allow_list_new (key_path, allowed_path);
  g_assert_cmpuint (cg_allow_list_get_entries (fx->allow)->len, ==, 1);
  fx->guard = cg_guard_new (fx->settings, CG_CLIPBOARD_WATCHER (fx->watcher),
                            CG_NOTIFIER (fx->notifier), fx->history, fx->allow, fx->clock, NULL);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "bsn: 1234 56 782\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  /* removed from the list, it warns again */
  g_assert_true (cg_allow_list_remove (
      fx->allow, ((CgAllowEntry *) cg_allow_list_get_entries (fx->allow)->pdata[0])->hash));
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 2);
}

/* Issue 19: a rule's label of about 185 bytes or more made "Always allow"
 * store nothing (and say it did), and the history set the entry aside after
 * a restart. */
static void
test_always_allow_long_label (Fixture *fx, gconstpointer data)
{
  g_autofree char *rules_path = g_build_filename (fx->dir, "10-long.rules", NULL);
  g_autofree char *history_path = g_build_filename (fx->dir, "history.json", NULL);
  g_autofree char *label = g_strnfill (300, 'L');
  g_autofree char *rule = g_strdup_printf (
      "[Rule personeelsnummer]\nLabel=%s\nPattern=\\bP-\\d{6}\\b\nConfidence=0.9\n", label);
  g_autoptr (CgRules) rules = cg_rules_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (rules_path, rule, -1, NULL));
  g_assert_true (cg_rules_load_file (rules, rules_path, TRUE, NULL));
  g_unlink (rules_path);
  cg_guard_set_rules (fx->guard, rules);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Nummer P-004217\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  g_assert_cmpuint (g_strv_length (newest_entry (fx)->values), ==, 1);
  g_assert_true (cg_guard_allow_entry (fx->guard, newest_entry (fx)->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cg_allow_list_get_entries (fx->allow)->len, ==, 1);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Nogmaals P-004217\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  /* after a restart the entry is still there, with its value */
  g_assert_true (cg_history_flush (fx->history, NULL));
  g_clear_object (&fx->guard);
  g_clear_object (&fx->history);
  fx->history = cg_history_new (history_path);
  g_assert_cmpuint (n_entries (fx), ==, 1);
  g_assert_cmpuint (g_strv_length (newest_entry (fx)->values), ==, 1);
}

/* Issue 19: an export of many rows warns with a bounded preview, the
 * history holds the counts and the first values, and Mask replaces every
 * value. */
static void
test_many_values (Fixture *fx, gconstpointer data)
{
  const guint rows = 20000;
  g_autoptr (GString) text = g_string_new ("nr;bsn;iban\n");
  const CgFakeNotice *notice;
  const CgHistoryEntry *e;
  const char *masked;
  g_auto (GStrv) lines = NULL;

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, "%u;123456782;NL91ABNA0417164300\n", i + 1);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, text->str);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  notice = cg_fake_notifier_last (fx->notifier);
  g_assert_nonnull (strstr (notice->body, "and 39997 more"));
  g_assert_null (strstr (notice->body, "123456782"));
  e = newest_entry (fx);
  g_assert_cmpuint (e->n_bsn, ==, rows);
  g_assert_cmpuint (e->n_iban, ==, rows);
  g_assert_cmpuint (g_strv_length (e->values), ==, CG_HISTORY_MAX_VALUES);
  lines = g_strsplit (e->preview, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4); /* three values and "+39997" */
  cg_fake_notifier_click (fx->notifier, "mask");
  masked = cg_fake_watcher_get_text (fx->watcher);
  g_assert_null (strstr (masked, "123456782"));
  g_assert_null (strstr (masked, "NL91ABNA0417164300"));
  notice = cg_fake_notifier_last (fx->notifier);
  g_assert_nonnull (strstr (notice->body, "*******82"));
  g_assert_nonnull (strstr (notice->body, "and 39997 more"));
}

/* Issue 19, defect 2: only a missing key file makes a key.  A key that
 * cannot be read (here a folder in its place, or a file of the wrong size:
 * tests may run as root, whom permissions do not stop) is told once and
 * left as it is; it used to be replaced by a new key, and every value
 * allowed always silently stopped matching. */
static void
test_allow_key_left_alone (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clipguard-key-XXXXXX", NULL);
  g_autofree char *key = g_build_filename (dir, "sub", "allow.key", NULL);
  g_autofree char *list = g_build_filename (dir, "allowed.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (CgAllowList) allow = NULL;
  g_autofree char *hash = NULL;
  CgFinding f = { .type = CG_FINDING_BSN, .start = 0, .end = 9 };
  gsize len;
  GStatBuf st;

  /* missing: made, 0600 */
  allow = cg_allow_list_new (key, list);
  g_assert_null (cg_allow_list_get_problem (allow));
  g_assert_true (g_file_get_contents (key, &contents, &len, NULL));
  g_assert_cmpuint (len, ==, 32);
  g_assert_cmpint (g_stat (key, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  hash = cg_allow_list_hash (allow, "123456782", &f, 1, 0);
  g_clear_object (&allow);
  /* the same key again: the same hash */
  allow = cg_allow_list_new (key, list);
  {
    g_autofree char *again = cg_allow_list_hash (allow, "123456782", &f, 1, 0);
    g_assert_cmpstr (again, ==, hash);
  }
  g_clear_object (&allow);

  /* the wrong size: told, left alone */
  g_assert_true (g_file_set_contents (key, "short", -1, NULL));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*No key for allowed values*");
  allow = cg_allow_list_new (key, list);
  g_test_assert_expected_messages ();
  g_assert_nonnull (cg_allow_list_get_problem (allow));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (key, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "short");
  /* "for now" still works with the session's key, which is not all zeros */
  {
    g_autofree char *other = cg_allow_list_hash (allow, "123456782", &f, 1, 0);
    cg_allow_list_allow_for_session (allow, other);
    g_assert_true (cg_allow_list_allows (allow, other));
  }
  g_clear_object (&allow);

  /* a read error the old code wrote over (a link that loops: reading fails,
   * an atomic write would replace it): told, left alone */
  g_assert_cmpint (g_unlink (key), ==, 0);
  g_assert_cmpint (symlink (key, key), ==, 0);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*No key for allowed values*");
  allow = cg_allow_list_new (key, list);
  g_test_assert_expected_messages ();
  g_assert_nonnull (cg_allow_list_get_problem (allow));
  g_assert_true (g_file_test (key, G_FILE_TEST_IS_SYMLINK));
  g_clear_object (&allow);
  g_unlink (key);
  g_clear_pointer (&contents, g_free);
  contents = g_path_get_dirname (key);
  g_rmdir (contents);
  g_rmdir (dir);
}

/* "Keep as is" remembers the newest 100,000 values of the session. */
static void
test_session_memory_bounded (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clipguard-key-XXXXXX", NULL);
  g_autofree char *key = g_build_filename (dir, "allow.key", NULL);
  g_autofree char *list = g_build_filename (dir, "allowed.json", NULL);
  g_autoptr (CgAllowList) allow = cg_allow_list_new (key, list);
  char hash[32];

  for (guint i = 0; i < 100005; i++)
    {
      g_snprintf (hash, sizeof hash, "%u", i);
      cg_allow_list_allow_for_session (allow, hash);
    }
  g_assert_cmpuint (cg_allow_list_get_n_session (allow), ==, 100000);
  g_assert_false (cg_allow_list_allows (allow, "0"));
  g_assert_true (cg_allow_list_allows (allow, "100004"));
  g_clear_object (&allow);
  g_unlink (key);
  g_rmdir (dir);
}

/* A program in which copying BSNs is the daily work is not checked. */
static void
test_excluded_application (Fixture *fx, gconstpointer data)
{
  const char *const excluded[] = { "Payroll", NULL };

  g_settings_set_strv (fx->settings, "excluded-applications", excluded);
  cg_fake_watcher_copy_from (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT, "Payroll");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  cg_fake_watcher_copy_from (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT, "Firefox");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
  /* an unknown source (Wayland) is checked */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 2);
}

/* The history row of the copy still on the clipboard can mask it; an older
 * one cannot. */
static void
test_mask_entry (Fixture *fx, gconstpointer data)
{
  guint64 first_id, second_id;

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL91ABNA0417164300\n");
  settle_down ();
  first_id = newest_entry (fx)->id;
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  second_id = newest_entry (fx)->id;
  g_assert_cmpuint (cg_guard_get_warning_entry (fx->guard), ==, second_id);
  g_assert_false (cg_guard_mask_entry (fx->guard, first_id));
  g_assert_true (cg_guard_mask_entry (fx->guard, second_id));
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  g_assert_cmpuint (cg_guard_get_warning_entry (fx->guard), ==, 0);
  g_assert_true (cg_guard_forget_entry (fx->guard, first_id));
  g_assert_null (cg_history_get_entry (fx->history, first_id));
}

/* An administrator's limits on pausing. */
static void
test_pause_limits (Fixture *fx, gconstpointer data)
{
  g_settings_set_uint (fx->settings, "max-pause-minutes", 30);
  g_assert_false (cg_guard_pause (fx->guard, -1));
  g_assert_false (cg_guard_pause (fx->guard, 60));
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, 0);
  g_assert_true (cg_guard_pause (fx->guard, 15));
  cg_guard_resume (fx->guard);
  g_settings_set_boolean (fx->settings, "allow-pause", FALSE);
  g_assert_false (cg_guard_may_pause (fx->guard, 15));
  g_assert_false (cg_guard_pause (fx->guard, 15));
  g_assert_cmpint (cg_guard_get_paused_until (fx->guard), ==, 0);
}

/* No notification server, or one without buttons: the warning goes to the
 * fallback (the guard's own window), other notices stay with the server. */
static void
test_fallback_notifier (void)
{
  g_autoptr (CgFakeNotifier) server = cg_fake_notifier_new (FALSE);
  g_autoptr (CgFakeNotifier) window = cg_fake_notifier_new (TRUE);
  g_autoptr (CgNotifier) notifier
      = cg_fallback_notifier_new (CG_NOTIFIER (server), CG_NOTIFIER (window));
  const CgNoticeAction actions[] = { { "mask", "Mask" } };
  CgNotice warning = { CG_NOTICE_WARNING, "W", "w", actions, 1, 7 };
  CgNotice info = { CG_NOTICE_INFO, "I", "i", NULL, 0, 0 };

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*own window*");
  g_assert_true (cg_notifier_show (notifier, &warning));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (cg_fake_notifier_get_shown (window)->len, ==, 1);
  g_assert_cmpuint (cg_fake_notifier_get_shown (server)->len, ==, 0);
  g_assert_true (cg_notifier_show (notifier, &info));
  g_assert_cmpuint (cg_fake_notifier_get_shown (server)->len, ==, 1);
  /* no server at all */
  cg_fake_notifier_set_available (server, FALSE);
  g_assert_true (cg_notifier_show (notifier, &info));
  g_assert_cmpuint (cg_fake_notifier_get_shown (window)->len, ==, 2);
  /* the answer comes back through the fallback notifier */
  {
    guint64 heard = 0;
    g_signal_connect_swapped (notifier, "action", G_CALLBACK (on_heard), &heard);
    cg_fake_notifier_click_tag (window, "mask", 7);
    g_assert_cmpuint (heard, ==, 7);
  }
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
                        CG_NOTIFIER (fx->notifier), history, fx->allow, fx->clock, NULL);
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

/* The browser paste guard's questions: a paste's values are known on a
 * site after "Paste as is" there, always after "Always allow", and not after
 * a copy's "Keep as is" (the paste into a website is the moment that
 * matters); the history records what was pasted where. */
static void
test_paste_into_a_website (Fixture *fx, gconstpointer data)
{
  g_autoptr (GArray) findings = NULL;
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  g_autofree char *hash = NULL;
  g_autofree char *value = NULL;
  char *values[2] = { NULL, NULL };
  const CgHistoryEntry *e;

  findings = cg_scanner_scan (scanner, BSN_TEXT, strlen (BSN_TEXT), CG_SCAN_FLAGS_NONE);
  g_assert_cmpuint (findings->len, ==, 1);
  hash = cg_allow_list_hash (fx->allow, BSN_TEXT, (CgFinding *) findings->data, 1, 0);
  value = g_strdup_printf ("bsn:%s:bsn: *******82", hash);
  values[0] = value;

  g_assert_false (cg_guard_paste_value_known (fx->guard, "chatgpt.com", hash));
  /* a copy's "Keep as is" is no answer for a website */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "ignore");
  g_assert_false (cg_guard_paste_value_known (fx->guard, "chatgpt.com", hash));

  cg_guard_paste_done (fx->guard, "chatgpt.com", CG_OUTCOME_PASTED_MASKED, 1, 0, 0, 0, 0, values);
  e = newest_entry (fx);
  g_assert_cmpint (e->outcome, ==, CG_OUTCOME_PASTED_MASKED);
  g_assert_cmpstr (e->site, ==, "chatgpt.com");
  g_assert_cmpstr (e->preview, ==, "bsn: *******82");
  g_assert_cmpuint (e->n_bsn, ==, 1);
  g_assert_false (cg_guard_paste_value_known (fx->guard, "chatgpt.com", hash));
  {
    g_autofree char *words = cg_history_entry_describe (e);
    g_assert_cmpstr (words, ==, "Pasted masked into chatgpt.com");
  }

  cg_guard_paste_done (fx->guard, "chatgpt.com", CG_OUTCOME_PASTED_AS_IS, 1, 0, 0, 0, 0, values);
  g_assert_true (cg_guard_paste_value_known (fx->guard, "chatgpt.com", hash));
  g_assert_false (cg_guard_paste_value_known (fx->guard, "claude.ai", hash));

  /* "Always allow" on the paste's history row: known everywhere */
  g_assert_true (cg_guard_allow_entry (fx->guard, newest_entry (fx)->id, NULL));
  g_assert_true (cg_guard_paste_value_known (fx->guard, "claude.ai", hash));
}

/* warn-at "paste": the desktop stays quiet at copy time. */
static void
test_warn_at_paste (Fixture *fx, gconstpointer data)
{
  g_settings_set_string (fx->settings, "warn-at", "paste");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  g_assert_cmpuint (n_entries (fx), ==, 0);
  g_assert_false (cg_guard_can_mask_last (fx->guard));
  g_settings_set_string (fx->settings, "warn-at", "copy-and-paste");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 1);
}

/* ---- placeholders for the session, and restoring them ------------------------ */

#define ANSWER_TEXT                                                           \
  "Beste mevrouw,\n\nUw BSN [BSN-1] staat nu goed: **[bsn-1]**, `[ BSN\u2011" \
  "1 ]`, "                                                                    \
  "[BSN\u2013"                                                                \
  "1], [BSN-1].\nNiet: [BSN-7], BSN-1, [IBAN-1].\n"
#define RESTORED_TEXT                                                              \
  "Beste mevrouw,\n\nUw BSN 123456782 staat nu goed: **123456782**, `123456782`, " \
  "123456782, 123456782.\nNiet: [BSN-7], BSN-1, [IBAN-1].\n"

static GHashTable *find_event (const char *name, guint nth);

static void
mask_with_placeholders (Fixture *fx, const char *text)
{
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, text);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
}

static void
test_placeholder_is_the_default (Fixture *fx, gconstpointer data)
{
  g_autofree char *style = NULL;

  g_settings_reset (fx->settings, "mask-style");
  style = g_settings_get_string (fx->settings, "mask-style");
  g_assert_cmpstr (style, ==, "placeholder");
  g_assert_cmpuint (g_settings_get_uint (fx->settings, "restore-hours"), ==, 8);
}

static void
test_restore_values (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;

  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  mask_with_placeholders (fx, BSN_TEXT);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "Hoi,\nMijn BSN is [BSN-1], groet.\n");
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 1);
  /* the chatbot's answer, copied from the browser: Restore is offered */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, ANSWER_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpint (n->kind, ==, CG_NOTICE_CONFIRMATION);
  g_assert_cmpstr (n->action_keys[0], ==, "restore");
  g_assert_nonnull (strstr (n->body, "5 placeholders"));
  g_assert_null (strstr (n->body, "123456782"));
  g_assert_true (cg_guard_can_restore (fx->guard));
  cg_fake_notifier_click (fx->notifier, "restore");
  /* the originals in place of the five it issued; the rest byte for byte */
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, RESTORED_TEXT);
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (n->summary, ==, "Values restored");
  g_assert_nonnull (strstr (n->body, "5 values were put back"));
  g_assert_null (strstr (n->body, "123456782"));
  g_assert_cmpstr (n->action_keys[0], ==, "undo");
  g_assert_false (cg_guard_can_restore (fx->guard));
  g_assert_cmpstr (g_hash_table_lookup (find_event ("restored", 0), "CLIPGUARD_ACTION"), ==,
                   "restore");
  /* a restored copy is the guard's own write: no new copy, no warning */
  settle_down ();
  g_assert_cmpstr (cg_fake_notifier_last (fx->notifier)->summary, ==, "Values restored");
  cg_fake_notifier_click (fx->notifier, "undo");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, ANSWER_TEXT);
}

static void
test_restore_only_what_it_issued (Fixture *fx, gconstpointer data)
{
  guint before;

  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  /* nothing issued yet: a copy with placeholders is left alone */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Zie [BSN-1] en [ADDRESS-2].\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, 0);
  mask_with_placeholders (fx, BSN_TEXT);
  before = n_shown (fx);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Zie [BSN-2], [BSN-1x], [BSN 1], BSN-1 en [IBAN-1].\n");
  settle_down ();
  g_assert_cmpuint (n_shown (fx), ==, before);
  g_assert_false (cg_guard_can_restore (fx->guard));
  /* bare placeholders only when the user asks for it */
  g_settings_set_boolean (fx->settings, "restore-bare", TRUE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Zie BSN-1 en xBSN-1.\n");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "restore");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "Zie 123456782 en xBSN-1.\n");
}

static void
test_restore_never_overwrites_a_newer_copy (Fixture *fx, gconstpointer data)
{
  guint64 tag;

  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  mask_with_placeholders (fx, BSN_TEXT);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Over [BSN-1].\n");
  settle_down ();
  tag = cg_fake_notifier_last (fx->notifier)->tag;
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, HARMLESS_TEXT);
  settle_down ();
  cg_fake_notifier_click_tag (fx->notifier, "restore", tag);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, HARMLESS_TEXT);
  g_assert_false (cg_guard_restore_last (fx->guard));
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, HARMLESS_TEXT);
  /* nor when the newer copy comes while the restore writes */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Over [BSN-1].\n");
  settle_down ();
  cg_fake_watcher_fail_next_replace (fx->watcher);
  g_assert_false (cg_guard_restore_last (fx->guard));
  g_assert_false (cg_guard_can_restore (fx->guard));
}

static void
test_same_value_same_placeholder (Fixture *fx, gconstpointer data)
{
  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  mask_with_placeholders (fx, "Relatie BSN 111222333, IBAN NL91ABNA0417164300.\n");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "Relatie BSN [BSN-1], IBAN [IBAN-1].\n");
  /* another copy: the same BSN keeps its number, a new one gets the next */
  mask_with_placeholders (fx, "BSN 111222333 en BSN 123456782 van de partner.\n");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "BSN [BSN-1] en BSN [BSN-2] van de partner.\n");
  /* so an answer that mixes both copies restores each */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "[BSN-2] / [BSN-1] / [IBAN-1]");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "restore");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "123456782 / 111222333 / NL91ABNA0417164300");
}

static void
test_remembered_values_expire (Fixture *fx, gconstpointer data)
{
  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  mask_with_placeholders (fx, BSN_TEXT);
  cg_clock_advance (fx->clock, 7 * 3600);
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 1);
  cg_clock_advance (fx->clock, 3600 + 120);
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 0);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "Over [BSN-1].\n");
  settle_down ();
  g_assert_false (cg_guard_can_restore (fx->guard));
  /* a number is never given to another value: the next BSN is the second */
  mask_with_placeholders (fx, "BSN 111222333\n");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "BSN [BSN-2]\n");
  /* forgetting (the tray's "Forget masked values", a locked session) */
  cg_guard_forget_masked_values (fx->guard, "test");
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 0);
  /* restore-hours 0: nothing is remembered, placeholders count per copy */
  g_settings_set_uint (fx->settings, "restore-hours", 0);
  mask_with_placeholders (fx, "BSN 123456782\n");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "BSN [BSN-1]\n");
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 0);
}

/* ---- audit events ------------------------------------------------------ */

/* The @nth (from 0) recorded event named @name, or NULL. */
static GHashTable *
find_event (const char *name, guint nth)
{
  for (guint i = 0; i < recorded->len; i++)
    {
      GHashTable *e = recorded->pdata[i];
      if (g_strcmp0 (g_hash_table_lookup (e, "CLIPGUARD_EVENT"), name) == 0 && nth-- == 0)
        return e;
    }
  return NULL;
}

static guint
n_events (const char *name)
{
  guint n = 0;

  while (find_event (name, n) != NULL)
    n++;
  return n;
}

#define assert_field(e, key, value) g_assert_cmpstr (g_hash_table_lookup ((e), (key)), ==, (value))

/* What every event has: its MESSAGE_ID, a priority, words, the identifier
 * that `journalctl -t clipguard` finds, and only fields of the project. */
static void
assert_well_formed (GHashTable *e)
{
  static const char *const allowed[] = { "MESSAGE_ID",
                                         "PRIORITY",
                                         "MESSAGE",
                                         "SYSLOG_IDENTIFIER",
                                         "GLIB_DOMAIN",
                                         "CLIPGUARD_EVENT",
                                         "CLIPGUARD_KINDS",
                                         "CLIPGUARD_ACTION",
                                         "CLIPGUARD_SITE",
                                         "CLIPGUARD_APP",
                                         "CLIPGUARD_RULE",
                                         "CLIPGUARD_BACKEND",
                                         NULL };
  const char *name = g_hash_table_lookup (e, "CLIPGUARD_EVENT");
  const char *id = g_hash_table_lookup (e, "MESSAGE_ID");
  GHashTableIter iter;
  gpointer key;
  CgAuditEvent event;

  g_assert_nonnull (name);
  for (event = 0; event < CG_AUDIT_N_EVENTS; event++)
    if (g_str_equal (cg_audit_event_name (event), name))
      break;
  g_assert_cmpint (event, <, CG_AUDIT_N_EVENTS);
  g_assert_cmpstr (id, ==, cg_audit_message_id (event));
  g_assert_cmpuint (strlen (id), ==, 32);
  assert_field (e, "SYSLOG_IDENTIFIER", "clipguard");
  assert_field (e, "GLIB_DOMAIN", "clipguard");
  g_assert_nonnull (strchr ("456", *(char *) g_hash_table_lookup (e, "PRIORITY")));
  g_assert_cmpuint (strlen (g_hash_table_lookup (e, "MESSAGE")), >, 5);
  g_hash_table_iter_init (&iter, e);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_strv_contains (allowed, key));
}

/* Every MESSAGE_ID differs, and each is the catalog's (data/clipguard.catalog
 * has an English and a Dutch entry for it). */
#define PL_TEXT                                                          \
  "Winst-en-verliesrekening 2024\n\t2024\t2023\nOmzet\t18.412\t16.977\n" \
  "Brutomarge\t7.207\t6.589\nPersoneelskosten\t-3.940\t-3.611\nEBITDA\t1.468\t1.308\n"
#define PL_MASKED                                                                  \
  "Winst-en-verliesrekening 2024\n\t2024\t2023\nOmzet\t[AMOUNT-1]\t[AMOUNT-2]\n"   \
  "Brutomarge\t[AMOUNT-3]\t[AMOUNT-4]\nPersoneelskosten\t[AMOUNT-5]\t[AMOUNT-6]\n" \
  "EBITDA\t[AMOUNT-7]\t[AMOUNT-8]\n"

/* Confidential figures: the warning names the statement and no figure;
 * Mask puts placeholders in place of the amounts, and Restore puts them back. */
static void
test_confidential_figures (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;
  const char *const keys[] = { "mask", "ignore", NULL };

  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, PL_TEXT);
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (n->summary, ==,
                   "Confidential business figures copied: profit and loss statement");
  g_assert_true (g_strv_equal ((const char *const *) n->action_keys, keys));
  g_assert_null (strstr (n->body, "18.412"));
  g_assert_null (strstr (n->body, "Omzet"));
  g_assert_null (strstr (newest_entry (fx)->preview, "18.412"));
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, PL_MASKED);
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_null (strstr (n->body, "18.412"));
  /* the block by its kind, whole (a value's replacement is cut, a block's words are not shown) */
  g_assert_cmpstr (n->body, ==,
                   "The clipboard now holds:\nprofit and loss statement, its amounts replaced");
  g_assert_cmpstr (g_hash_table_lookup (find_event ("masked", 0), "CLIPGUARD_KINDS"), ==,
                   "confidential=1");
  /* the chatbot's answer with two of the placeholders */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "De omzet steeg van [AMOUNT-2] naar [AMOUNT-1].");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "restore");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "De omzet steeg van 16.977 naar 18.412.");
}

/* A marked document without amounts: Clear and Keep as is, no Mask. */
static void
test_confidential_marked_clear (Fixture *fx, gconstpointer data)
{
  const CgFakeNotice *n;
  const char *const keys[] = { "clear", "ignore", NULL };

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "STRIKT VERTROUWELIJK\n\nNotitie reorganisatie klantenservice\n");
  settle_down ();
  n = cg_fake_notifier_last (fx->notifier);
  g_assert_cmpstr (n->summary, ==,
                   "Confidential business figures copied: a document marked confidential");
  g_assert_true (g_strv_equal ((const char *const *) n->action_keys, keys));
  g_assert_null (strstr (n->body, "reorganisatie"));
  cg_fake_notifier_click (fx->notifier, "clear");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, "");
  g_assert_cmpint (newest_entry (fx)->outcome, ==, CG_OUTCOME_CLEARED);
}

/* Switched off, a statement is no warning. */
static void
test_confidential_switched_off (Fixture *fx, gconstpointer data)
{
  g_settings_set_boolean (fx->settings, "detect-confidential", FALSE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, PL_TEXT);
  settle_down ();
  g_assert_null (cg_fake_notifier_last (fx->notifier));
}

static void
test_audit_ids (void)
{
  g_autofree char *catalog_path
      = g_test_build_filename (G_TEST_DIST, "..", "data", "clipguard.catalog", NULL);
  g_autofree char *catalog = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (g_file_get_contents (catalog_path, &catalog, NULL, NULL));
  for (CgAuditEvent event = 0; event < CG_AUDIT_N_EVENTS; event++)
    {
      const char *id = cg_audit_message_id (event);
      g_autofree char *en = g_strdup_printf ("-- %s\n", id);
      g_autofree char *nl = g_strdup_printf ("-- %s nl\n", id);
      g_autofree char *subject = NULL;
      const char *entry, *next;

      g_assert_true (g_hash_table_add (seen, (gpointer) id));
      for (const char *p = id; *p; p++)
        g_assert_true (g_ascii_isxdigit (*p) && !g_ascii_isupper (*p));
      g_assert_nonnull (strstr (catalog, en));
      g_assert_nonnull (strstr (catalog, nl));
      /* the English entry names its CLIPGUARD_EVENT, before the next entry */
      subject = g_strdup_printf ("\njournalctl CLIPGUARD_EVENT=%s lists these events.\n",
                                 cg_audit_event_name (event));
      entry = strstr (catalog, en);
      next = strstr (entry + 1, "\n-- ");
      g_assert_nonnull (next);
      g_assert_nonnull (g_strstr_len (entry, next - entry, subject));
    }
  g_assert_cmpstr (cg_audit_kinds (0, 0, 0, 0, 0), ==, NULL);
  {
    g_autofree char *kinds = cg_audit_kinds (2, 1, 0, 3, 0);
    g_assert_cmpstr (kinds, ==, "bsn=2 iban=1 rule=3");
  }
  {
    /* a confidential block counts like every type */
    g_autofree char *kinds = cg_audit_kinds (0, 0, 1, 0, 1);
    g_assert_cmpstr (kinds, ==, "address=1 confidential=1");
  }
}

/* A copy warned about, masked, undone, copied again and kept: one event
 * each, with the kinds, the program and what was done. */
static void
test_audit_copy_events (Fixture *fx, gconstpointer data)
{
  GHashTable *e;

  cg_fake_watcher_copy_from (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT, "Thunderbird");
  settle_down ();
  e = find_event ("warned", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "MESSAGE_ID", CG_AUDIT_ID_WARNED);
  assert_field (e, "PRIORITY", "5");
  assert_field (e, "CLIPGUARD_KINDS", "bsn=1");
  assert_field (e, "CLIPGUARD_ACTION", "ask");
  assert_field (e, "CLIPGUARD_APP", "Thunderbird");
  assert_field (e, "CLIPGUARD_SITE", NULL);
  assert_field (e, "CLIPGUARD_RULE", NULL);
  cg_fake_notifier_click (fx->notifier, "mask");
  e = find_event ("masked", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "mask");
  assert_field (e, "CLIPGUARD_KINDS", "bsn=1");
  assert_field (e, "CLIPGUARD_APP", "Thunderbird");
  cg_fake_notifier_click (fx->notifier, "undo");
  e = find_event ("undone", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "MESSAGE_ID", CG_AUDIT_ID_UNDONE);
  assert_field (e, "CLIPGUARD_ACTION", "undo");
  assert_field (e, "CLIPGUARD_KINDS", "bsn=1");
  assert_field (e, "CLIPGUARD_APP", "Thunderbird");
  /* an IBAN and an address, kept as is (from Wayland: no program known) */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "IBAN NL91ABNA0417164300\nGraag versturen naar:\nKerkstraat 12\n"
                        "3511 AB Utrecht\n");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "ignore");
  e = find_event ("kept", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "keep");
  assert_field (e, "CLIPGUARD_KINDS", "iban=1 address=1");
  assert_field (e, "CLIPGUARD_APP", NULL);
  g_assert_cmpuint (n_events ("warned"), ==, 2);
  g_assert_cmpuint (n_events ("masked"), ==, 1);
  /* the selection is told about, not asked (the BSN above is kept: undone) */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_PRIMARY, "Relatie BSN 111222333\n");
  settle_down ();
  assert_field (find_event ("warned", 2), "CLIPGUARD_ACTION", "tell");
  /* a newer copy replacing a warning is no audit event */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, "IBAN NL02RABO0300065264\n");
  settle_down ();
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, HARMLESS_TEXT);
  settle_down ();
  g_assert_cmpuint (recorded->len, ==, 6);
  for (guint i = 0; i < recorded->len; i++)
    assert_well_formed (recorded->pdata[i]);
}

static void
test_audit_auto_mask_and_rules (Fixture *fx, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fx->dir, "10-test.rules", NULL);
  g_autoptr (CgRules) rules = cg_rules_new ();
  GHashTable *e;

  g_assert_true (g_file_set_contents (path,
                                      "[Rule personeelsnummer]\nLabel=Personnel number\n"
                                      "Pattern=\\bP-\\d{6}\\b\nChecksum=none\nConfidence=0.9\n",
                                      -1, NULL));
  g_assert_true (cg_rules_load_file (rules, path, TRUE, NULL));
  g_unlink (path);
  cg_guard_set_rules (fx->guard, rules);
  g_settings_set_boolean (fx->settings, "auto-mask", TRUE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "BSN 123456782 en P-004217, BSN 111222333\n");
  settle_down ();
  e = find_event ("warned", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "auto-mask");
  assert_field (e, "CLIPGUARD_KINDS", "bsn=2 rule=1");
  assert_field (e, "CLIPGUARD_RULE", "personeelsnummer");
  e = find_event ("masked", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "auto-mask");
  assert_field (e, "CLIPGUARD_RULE", "personeelsnummer");
  /* no notifications at all: the event says so */
  g_settings_set_boolean (fx->settings, "auto-mask", FALSE);
  g_settings_set_boolean (fx->settings, "show-notifications", FALSE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  assert_field (find_event ("warned", 1), "CLIPGUARD_ACTION", "quiet");
}

static void
test_audit_pause_too_large_allow (Fixture *fx, gconstpointer data)
{
  GHashTable *e;

  g_assert_true (cg_guard_pause (fx->guard, -1));
  e = find_event ("paused", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "until-resumed");
  cg_guard_resume (fx->guard);
  e = find_event ("resumed", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_ACTION", "resume");
  g_assert_true (cg_guard_pause (fx->guard, 15));
  assert_field (find_event ("paused", 1), "CLIPGUARD_ACTION", "timed");
  g_assert_nonnull (strstr (g_hash_table_lookup (find_event ("paused", 1), "MESSAGE"), "15"));
  cg_clock_advance (fx->clock, 15 * 60);
  assert_field (find_event ("resumed", 1), "CLIPGUARD_ACTION", "pause-over");
  /* resuming when not paused records nothing */
  cg_guard_resume (fx->guard);
  g_assert_cmpuint (n_events ("resumed"), ==, 2);

  cg_fake_watcher_skip (fx->watcher, CG_SKIP_TOO_LARGE);
  cg_fake_watcher_skip (fx->watcher, CG_SKIP_SECRET);
  e = find_event ("skipped-too-large", 0);
  assert_well_formed (e);
  assert_field (e, "PRIORITY", "6");
  g_assert_cmpuint (n_events ("skipped-too-large"), ==, 1);

  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  g_assert_true (cg_guard_allow_entry (fx->guard, newest_entry (fx)->id, NULL));
  e = find_event ("always-allowed", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_KINDS", "bsn=1");
  assert_field (e, "CLIPGUARD_ACTION", "always-allow");
  /* allowing answers the warning, but it is not also "kept" */
  g_assert_cmpuint (n_events ("kept"), ==, 0);
}

static void
test_audit_pastes (Fixture *fx, gconstpointer data)
{
  char *values[] = { "bsn:"
                     "0000000000000000000000000000000000000000000000000000000000000000"
                     ":bsn: *******82",
                     NULL };
  const struct
  {
    CgOutcome outcome;
    const char *event, *action;
  } cases[] = {
    { CG_OUTCOME_PASTED_MASKED, "pasted-masked", "mask" },
    { CG_OUTCOME_PASTE_AUTO_MASKED, "pasted-masked", "auto-mask" },
    { CG_OUTCOME_PASTED_AS_IS, "pasted-as-is", "paste-as-is" },
    { CG_OUTCOME_PASTE_CANCELLED, "paste-cancelled", "cancel" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GHashTable *e;

      cg_guard_paste_done (fx->guard, "chatgpt.com", cases[i].outcome, 1, 0, 1, 0, 0, values);
      g_assert_cmpuint (recorded->len, ==, i + 1);
      e = recorded->pdata[i];
      assert_well_formed (e);
      assert_field (e, "CLIPGUARD_EVENT", cases[i].event);
      assert_field (e, "CLIPGUARD_ACTION", cases[i].action);
      assert_field (e, "CLIPGUARD_SITE", "chatgpt.com");
      assert_field (e, "CLIPGUARD_KINDS", "bsn=1 address=1");
      /* the label is a masked preview: never in an event */
      g_assert_null (strstr (g_hash_table_lookup (e, "MESSAGE"), "*******82"));
    }
  /* a statement pasted masked: its block counted, in the event and the history */
  {
    char *block[] = { "confidential:"
                      "1111111111111111111111111111111111111111111111111111111111111111"
                      ":confidential: 1",
                      NULL };
    const CgHistoryEntry *h;

    cg_guard_paste_done (fx->guard, "chatgpt.com", CG_OUTCOME_PASTED_MASKED, 0, 0, 0, 0, 1, block);
    assert_field (recorded->pdata[recorded->len - 1], "CLIPGUARD_KINDS", "confidential=1");
    h = newest_entry (fx);
    g_assert_cmpuint (h->n_confidential, ==, 1);
    g_assert_cmpuint (h->n_address, ==, 0);
  }
}

/* audit-events off: nothing a person did is recorded. */
static void
test_audit_switched_off (Fixture *fx, gconstpointer data)
{
  g_settings_set_boolean (fx->settings, "audit-events", FALSE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD, BSN_TEXT);
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "mask");
  g_assert_true (cg_guard_pause (fx->guard, 5));
  cg_guard_resume (fx->guard);
  cg_guard_paste_done (fx->guard, "claude.ai", CG_OUTCOME_PASTED_AS_IS, 1, 0, 0, 0, 0, NULL);
  g_assert_cmpuint (recorded->len, ==, 0);
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==, MASKED_BSN_TEXT);
  g_settings_set_boolean (fx->settings, "audit-events", TRUE);
  g_assert_true (cg_guard_pause (fx->guard, 5));
  g_assert_cmpuint (n_events ("paused"), ==, 1);
}

/* The rules in force and the ones that did not load, from the rules.d
 * directories (XDG_CONFIG_DIRS of this test, see main()). */
static void
test_audit_rule_source (Fixture *fx, gconstpointer data)
{
  const char *const *dirs = g_get_system_config_dirs ();
  g_autofree char *rules_d = g_build_filename (dirs[0], "clipguard", "rules.d", NULL);
  g_autofree char *path = g_build_filename (rules_d, "10-test.rules", NULL);
  g_autoptr (CgRuleSource) source = NULL;
  GHashTable *e;

  g_assert_cmpint (g_mkdir_with_parents (rules_d, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
                                      "[Rule personeelsnummer]\nLabel=Personnel number\n"
                                      "Pattern=\\bP-\\d{6}\\b\nChecksum=none\n"
                                      "[Rule kapot]\nLabel=Broken\nPattern=(\n",
                                      -1, NULL));
  source = cg_rule_source_new (fx->settings);
  g_unlink (path);
  e = find_event ("rule-error", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "PRIORITY", "4");
  assert_field (e, "CLIPGUARD_RULE", "kapot");
  g_assert_nonnull (strstr (g_hash_table_lookup (e, "MESSAGE"), "kapot"));
  g_assert_cmpuint (n_events ("rule-error"), ==, 1);
  e = find_event ("rules-loaded", 0);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_RULE", "personeelsnummer");
  g_assert_nonnull (strstr (g_hash_table_lookup (e, "MESSAGE"), "1 loaded"));
  /* with audit-events off these are still recorded: they say nothing of a person */
  g_settings_set_boolean (fx->settings, "audit-events", FALSE);
  cg_rule_source_reload (source);
  e = find_event ("rules-loaded", 1);
  g_assert_nonnull (e);
  assert_field (e, "CLIPGUARD_RULE", NULL);
}

/* Texts with known values go through every path that records an event:
 * no field of any event holds a value, a part of one or a masked preview. */
static void
test_audit_no_value_in_any_field (Fixture *fx, gconstpointer data)
{
  const char *const texts[] = {
    "Mijn BSN is 123456782, groet.\n",
    "bsn: 1112.22.333 graag\n",
    "IBAN NL91ABNA0417164300 voor de huur\n",
    "Rekening NL39 RABO 0300 0652 64 t.n.v. Jansen\n",
    "Graag versturen naar:\nKerkstraat 12\n3511 AB Utrecht\n",
    "Adres: Dorpsweg 3, 1234 AB Zwolle\n",
    "BSN 100000009 en IBAN NL20INGB0001234567, Schoolstraat 5, 9711 AA Groningen\n",
  };
  const char *const secrets[] = {
    "123456782",
    "12345678",
    "111222333",
    "1112.22.333",
    "NL91ABNA0417164300",
    "0417164300",
    "NL39 RABO",
    "0300065264",
    "0300 0652",
    "Kerkstraat",
    "3511 AB",
    "3511AB",
    "Utrecht",
    "Dorpsweg",
    "1234 AB",
    "Zwolle",
    "Jansen",
    "*******82",
    "huur",
    "versturen",
    "100000009",
    "*******09",
    "NL20INGB0001234567",
    "1234567",
    "Schoolstraat",
    "9711 AA",
    "Groningen",
    "247593163",
    "Kerkstraat 14",
  };
  g_autofree char *value = NULL;
  char *values[2] = { NULL, NULL };

  g_settings_set_boolean (fx->settings, "preview-place", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      guint n_warned = n_events ("warned");
      guint64 id;

      /* the clipboard: each text's values are new */
      cg_fake_watcher_copy_from (fx->watcher, CG_SELECTION_CLIPBOARD, texts[i], "Firefox");
      settle_down ();
      g_assert_cmpuint (n_events ("warned"), ==, n_warned + 1);
      id = newest_entry (fx)->id;
      switch (i % 3)
        {
        case 0:
          cg_fake_notifier_click (fx->notifier, "mask");
          cg_fake_notifier_click (fx->notifier, "undo");
          break;
        case 1: cg_fake_notifier_click (fx->notifier, "ignore"); break;
        default: g_assert_true (cg_guard_allow_entry (fx->guard, id, NULL));
        }
      /* the selection: values kept or allowed above do not warn again */
      cg_fake_watcher_copy (fx->watcher, CG_SELECTION_PRIMARY, texts[i]);
      settle_down ();
    }
  g_settings_set_boolean (fx->settings, "auto-mask", TRUE);
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Nog eens: BSN 247593163 naar Kerkstraat 14, 3511 AB Utrecht\n");
  settle_down ();
  /* a paste's labels are masked previews, as the native host sends them */
  value = g_strdup_printf ("bsn:%064d:bsn: *******82", 0);
  values[0] = value;
  cg_guard_paste_done (fx->guard, "chatgpt.com", CG_OUTCOME_PASTED_AS_IS, 1, 0, 0, 0, 0, values);

  g_assert_cmpuint (n_events ("warned"), >=, G_N_ELEMENTS (texts) + 1);
  g_assert_cmpuint (n_events ("masked"), ==, 4);
  g_assert_cmpuint (n_events ("undone"), ==, 3);
  g_assert_cmpuint (n_events ("kept"), ==, 2);
  g_assert_cmpuint (n_events ("always-allowed"), ==, 2);
  g_assert_cmpuint (n_events ("pasted-as-is"), ==, 1);
  for (guint i = 0; i < recorded->len; i++)
    {
      GHashTableIter iter;
      gpointer key, field;

      assert_well_formed (recorded->pdata[i]);
      g_hash_table_iter_init (&iter, recorded->pdata[i]);
      while (g_hash_table_iter_next (&iter, &key, &field))
        for (guint k = 0; k < G_N_ELEMENTS (secrets); k++)
          if (strstr (field, secrets[k]) != NULL)
            g_error ("%s of a %s event holds \"%s\": %s", (char *) key,
                     (char *) g_hash_table_lookup (recorded->pdata[i], "CLIPGUARD_EVENT"),
                     secrets[k], (char *) field);
    }
}

/* ---- pastes over D-Bus, as the native host asks ---------------------- */

static void
on_connection (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  *(GDBusConnection **) user_data = g_dbus_connection_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_reply (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  *(GVariant **) user_data
      = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_assert_no_error (error);
}

static void
on_refusal (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GVariant) reply
      = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, user_data);

  g_assert_null (reply);
}

/* The error a call is refused with (it must be). */
static GError *
call_refused (GDBusConnection *client, const char *method, GVariant *args)
{
  GError *error = NULL;

  g_dbus_connection_call (client, NULL, "/nl/clipguard/ClipGuard", "nl.clipguard.ClipGuard.Paste",
                          method, args, NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, on_refusal,
                          &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  return error;
}

/* A peer-to-peer connection (no bus): the guard's end and the caller's. */
static void
connect_peers (GDBusConnection **server, GDBusConnection **client)
{
  g_autofree char *guid = g_dbus_generate_guid ();
  g_autoptr (GSocket) s0 = NULL;
  g_autoptr (GSocket) s1 = NULL;
  g_autoptr (GSocketConnection) c0 = NULL;
  g_autoptr (GSocketConnection) c1 = NULL;
  int fds[2];

  g_assert_cmpint (socketpair (AF_UNIX, SOCK_STREAM, 0, fds), ==, 0);
  s0 = g_socket_new_from_fd (fds[0], NULL);
  s1 = g_socket_new_from_fd (fds[1], NULL);
  c0 = g_socket_connection_factory_create_connection (s0);
  c1 = g_socket_connection_factory_create_connection (s1);
  *server = *client = NULL;
  g_dbus_connection_new (G_IO_STREAM (c0), guid, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_SERVER,
                         NULL, NULL, on_connection, server);
  g_dbus_connection_new (G_IO_STREAM (c1), NULL, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT,
                         NULL, NULL, on_connection, client);
  while (*server == NULL || *client == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static GVariant *
call (GDBusConnection *client, const char *method, GVariant *args)
{
  GVariant *reply = NULL;

  g_dbus_connection_call (client, NULL, "/nl/clipguard/ClipGuard", "nl.clipguard.ClipGuard.Paste",
                          method, args, NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, on_reply, &reply);
  while (reply == NULL)
    g_main_context_iteration (NULL, TRUE);
  return reply;
}

/* CheckValues records paste-checked (asking, or all known), Report the
 * paste's outcome, with the site and never the hash or the preview. */
static void
test_audit_paste_service (Fixture *fx, gconstpointer data)
{
  g_autoptr (GDBusConnection) server = NULL;
  g_autoptr (GDBusConnection) client = NULL;
  g_autoptr (CgPasteService) service = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autofree char *hash = g_strnfill (64, 'a');
  const char *hashes[] = { hash, NULL };
  GHashTable *e;

  connect_peers (&server, &client);
  service = cg_paste_service_new (fx->guard, server, "/nl/clipguard/ClipGuard", &error);
  g_assert_no_error (error);
  reply = call (client, "CheckValues", g_variant_new ("(s^as)", "chatgpt.com", hashes));
  e = find_event ("paste-checked", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "PRIORITY", "6");
  assert_field (e, "CLIPGUARD_SITE", "chatgpt.com");
  assert_field (e, "CLIPGUARD_ACTION", "ask");
  g_clear_pointer (&reply, g_variant_unref);
  reply = call (
      client, "Report",
      g_variant_new_parsed ("('chatgpt.com', 'pasted-as-is', (@u 1, @u 0, @u 0, @u 0, @u 0), "
                            "[('bsn', %s, 'bsn: *******82')])",
                            hash));
  e = find_event ("pasted-as-is", 0);
  g_assert_nonnull (e);
  assert_well_formed (e);
  assert_field (e, "CLIPGUARD_SITE", "chatgpt.com");
  assert_field (e, "CLIPGUARD_KINDS", "bsn=1");
  g_clear_pointer (&reply, g_variant_unref);
  /* pasted as is there before: known, the user is not asked */
  reply = call (client, "CheckValues", g_variant_new ("(s^as)", "chatgpt.com", hashes));
  assert_field (find_event ("paste-checked", 1), "CLIPGUARD_ACTION", "known");
  g_assert_cmpuint (recorded->len, ==, 3);
  for (guint i = 0; i < recorded->len; i++)
    {
      GHashTableIter iter;
      gpointer field;

      g_hash_table_iter_init (&iter, recorded->pdata[i]);
      while (g_hash_table_iter_next (&iter, NULL, &field))
        {
          g_assert_null (strstr (field, hash));
          g_assert_null (strstr (field, "*******82"));
        }
    }
  g_dbus_connection_close_sync (client, NULL, NULL);
}

/* The browser's "Paste masked" gets the session's placeholders through
 * Placeholders: the same value the same one as a copy's Mask, a new value
 * the next number, remembered so that an answer restores; none with stars;
 * bad arguments refused, and no value in the reply or an event. */
static void
test_paste_placeholders (Fixture *fx, gconstpointer data)
{
  g_autoptr (GDBusConnection) server = NULL;
  g_autoptr (GDBusConnection) client = NULL;
  g_autoptr (CgPasteService) service = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autofree char *printed = NULL;
  g_auto (GStrv) placeholders = NULL;
  GVariant *values;

  g_settings_set_string (fx->settings, "mask-style", "placeholder");
  mask_with_placeholders (fx, BSN_TEXT);
  connect_peers (&server, &client);
  service = cg_paste_service_new (fx->guard, server, "/nl/clipguard/ClipGuard", &error);
  g_assert_no_error (error);
  values = g_variant_new_parsed ("[('bsn', '', 'bsn:123456782', '123456782'), "
                                 "('iban', '', 'iban:nl91abna0417164300', 'NL91ABNA0417164300'), "
                                 "('rule', 'personeelsnummer', 'personeelsnummer:p004217', "
                                 "'P-004217')]");
  reply = call (client, "Placeholders", g_variant_new ("(s@a(ssss))", "chatgpt.com", values));
  g_assert_true (g_variant_is_of_type (reply, G_VARIANT_TYPE ("(as)")));
  printed = g_variant_print (reply, FALSE);
  g_assert_null (strstr (printed, "123456782"));
  g_variant_get (reply, "(^as)", &placeholders);
  g_assert_cmpuint (g_strv_length (placeholders), ==, 3);
  g_assert_cmpstr (placeholders[0], ==, "[BSN-1]");
  g_assert_cmpstr (placeholders[1], ==, "[IBAN-1]");
  g_assert_cmpstr (placeholders[2], ==, "[PERSONEELSNUMMER-1]");
  g_assert_cmpuint (cg_guard_get_n_remembered (fx->guard), ==, 3);
  /* the chatbot's answer restores the pasted values */
  cg_fake_watcher_copy (fx->watcher, CG_SELECTION_CLIPBOARD,
                        "Rekening [IBAN-1] van [BSN-1] ([PERSONEELSNUMMER-1]).\n");
  settle_down ();
  cg_fake_notifier_click (fx->notifier, "restore");
  g_assert_cmpstr (cg_fake_watcher_get_text (fx->watcher), ==,
                   "Rekening NL91ABNA0417164300 van 123456782 (P-004217).\n");
  /* refused: an unknown type, a rule without an ID, a type with one, no identity */
  for (guint i = 0; i < 4; i++)
    {
      static const char *const bad[] = { "[('ssn', '', 'x:1', '1')]", "[('rule', '', 'x:1', '1')]",
                                         "[('bsn', 'x', 'bsn:1', '1')]", "[('bsn', '', '', '1')]" };
      g_autoptr (GError) refusal = call_refused (
          client, "Placeholders",
          g_variant_new ("(s@a(ssss))", "chatgpt.com", g_variant_new_parsed (bad[i])));
      g_assert_error (refusal, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
    }
  /* stars: no placeholders for the session, the host numbers its own */
  g_settings_set_string (fx->settings, "mask-style", "stars");
  g_clear_pointer (&reply, g_variant_unref);
  g_clear_pointer (&placeholders, g_strfreev);
  reply = call (client, "Placeholders",
                g_variant_new ("(s@a(ssss))", "chatgpt.com",
                               g_variant_new_parsed ("[('bsn', '', 'bsn:1', '1')]")));
  g_variant_get (reply, "(^as)", &placeholders);
  g_assert_cmpuint (g_strv_length (placeholders), ==, 0);
  for (guint i = 0; i < recorded->len; i++)
    {
      GHashTableIter iter;
      gpointer field;

      g_hash_table_iter_init (&iter, recorded->pdata[i]);
      while (g_hash_table_iter_next (&iter, NULL, &field))
        g_assert_null (strstr (field, "NL91ABNA0417164300"));
    }
  g_dbus_connection_close_sync (client, NULL, NULL);
}

int
main (int argc, char **argv)
{
  g_autofree char *xdg = g_dir_make_tmp ("clipguard-guard-xdg-XXXXXX", NULL);
  g_autofree char *xdg_system = g_build_filename (xdg, "system", NULL);
  g_autofree char *xdg_user = g_build_filename (xdg, "user", NULL);
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  /* the rule source's directories: this test's own */
  g_setenv ("XDG_CONFIG_DIRS", xdg_system, TRUE);
  g_setenv ("XDG_CONFIG_HOME", xdg_user, TRUE);
  g_test_init (&argc, &argv, NULL);
#define ADD(name, fn) g_test_add ("/guard/" name, Fixture, NULL, setup, fn, teardown)
  ADD ("warns-with-actions-and-no-value", test_warns_with_actions_and_no_value);
  ADD ("mask-answer", test_mask_answer);
  ADD ("confidential-figures", test_confidential_figures);
  ADD ("confidential-marked-clear", test_confidential_marked_clear);
  ADD ("confidential-switched-off", test_confidential_switched_off);
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
  ADD ("warning-words", test_warning_words);
  ADD ("undo", test_undo);
  ADD ("undo-runs-out", test_undo_runs_out);
  ADD ("ignore-then-copy-again", test_ignore_then_copy_again);
  ADD ("always-allow", test_always_allow);
  ADD ("notice-leaves-the-warning", test_notice_leaves_the_warning);
  ADD ("always-allow-long-label", test_always_allow_long_label);
  ADD ("many-values", test_many_values);
  ADD ("excluded-application", test_excluded_application);
  ADD ("mask-entry", test_mask_entry);
  ADD ("pause-limits", test_pause_limits);
  ADD ("paste-into-a-website", test_paste_into_a_website);
  ADD ("warn-at-paste", test_warn_at_paste);
  ADD ("placeholder-is-the-default", test_placeholder_is_the_default);
  ADD ("restore-values", test_restore_values);
  ADD ("restore-only-what-it-issued", test_restore_only_what_it_issued);
  ADD ("restore-never-overwrites-a-newer-copy", test_restore_never_overwrites_a_newer_copy);
  ADD ("paste-placeholders", test_paste_placeholders);
  ADD ("same-value-same-placeholder", test_same_value_same_placeholder);
  ADD ("remembered-values-expire", test_remembered_values_expire);
#undef ADD
  g_test_add_func ("/guard/fallback-notifier", test_fallback_notifier);
  g_test_add_func ("/guard/allow-key-left-alone", test_allow_key_left_alone);
  g_test_add_func ("/guard/session-memory-bounded", test_session_memory_bounded);
  g_test_add ("/guard/server-without-actions", Fixture, NULL, setup_no_actions,
              test_server_without_actions, teardown);
  g_test_add_func ("/guard/audit/ids", test_audit_ids);
#define ADD(name, fn) g_test_add ("/guard/audit/" name, Fixture, NULL, setup, fn, teardown)
  ADD ("copy-events", test_audit_copy_events);
  ADD ("auto-mask-and-rules", test_audit_auto_mask_and_rules);
  ADD ("pause-too-large-allow", test_audit_pause_too_large_allow);
  ADD ("pastes", test_audit_pastes);
  ADD ("switched-off", test_audit_switched_off);
  ADD ("rule-source", test_audit_rule_source);
  ADD ("no-value-in-any-field", test_audit_no_value_in_any_field);
  ADD ("paste-service", test_audit_paste_service);
#undef ADD
  status = g_test_run ();
  {
    g_autofree char *rules_d = g_build_filename (xdg_system, "clipguard", "rules.d", NULL);
    g_autofree char *clipguard = g_build_filename (xdg_system, "clipguard", NULL);
    g_rmdir (rules_d);
    g_rmdir (clipguard);
    g_rmdir (xdg_system);
    g_rmdir (xdg);
  }
  return status;
}
