/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-audit-emitter.c: the guard with a fake clipboard and notifier, but
 * the real audit writer, going through the events a day brings (for
 * test-journal.py, which runs it against its own systemd-journald).
 *
 * Usage: cg-audit-emitter RULES_DIR, with GSETTINGS_SCHEMA_DIR set; the
 * rules go to RULES_DIR/clipguard/rules.d (XDG_CONFIG_DIRS=RULES_DIR). */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "cg-audit.h"
#include "cg-fakes.h"
#include "cg-guard.h"
#include "cg-rule-source.h"

static void
settle_down (CgGuard *guard)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
    }
  while (cg_guard_is_scanning (guard) || g_main_context_pending (NULL));
}

static void
write_rules (const char *config_dir)
{
  g_autofree char *dir = g_build_filename (config_dir, "clipguard", "rules.d", NULL);
  g_autofree char *path = g_build_filename (dir, "10-test.rules", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
                                      "[Rule personeelsnummer]\nLabel=Personnel number\n"
                                      "Pattern=\\bP-\\d{6}\\b\nChecksum=none\n"
                                      "[Rule kapot]\nLabel=Broken\nPattern=(\n",
                                      -1, NULL));
}

int
main (int argc, char **argv)
{
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *dir = g_dir_make_tmp ("clipguard-emitter-XXXXXX", NULL);
  g_autofree char *history_path = g_build_filename (dir, "history.json", NULL);
  g_autofree char *key_path = g_build_filename (dir, "allow.key", NULL);
  g_autofree char *allowed_path = g_build_filename (dir, "allowed.json", NULL);
  g_autoptr (CgFakeWatcher) watcher = cg_fake_watcher_new ();
  g_autoptr (CgFakeNotifier) notifier = cg_fake_notifier_new (TRUE);
  g_autoptr (CgHistory) history = cg_history_new (history_path);
  g_autoptr (CgAllowList) allow = cg_allow_list_new (key_path, allowed_path);
  g_autoptr (CgClock) clock = cg_clock_new_fake (g_get_real_time () / G_USEC_PER_SEC);
  g_autoptr (CgRuleSource) rules = NULL;
  g_autoptr (CgGuard) guard = NULL;
  g_autoptr (GError) error = NULL;
  char *values[] = { "bsn:0000000000000000000000000000000000000000000000000000000000000000"
                     ":bsn: *******82",
                     NULL };

  if (argc != 2)
    {
      g_printerr ("usage: cg-audit-emitter RULES_DIR\n");
      return 2;
    }
  g_setenv ("XDG_CONFIG_DIRS", argv[1], TRUE);
  write_rules (argv[1]);
  settings = g_settings_new_with_backend (APP_ID, backend);
  cg_audit_start (settings, NULL, NULL); /* the journal's writer */
  rules = cg_rule_source_new (settings); /* rules-loaded, rule-error */
  guard = cg_guard_new (settings, CG_CLIPBOARD_WATCHER (watcher), CG_NOTIFIER (notifier), history,
                        allow, clock, &error);
  g_assert_no_error (error);
  cg_guard_set_rules (guard, cg_rule_source_get_rules (rules));

  /* warned (ask, from Thunderbird), masked, undone */
  cg_fake_watcher_copy_from (watcher, CG_SELECTION_CLIPBOARD,
                             "Mijn BSN is 123456782, personeelsnummer P-004217.\n", "Thunderbird");
  settle_down (guard);
  cg_fake_notifier_click (notifier, "mask");
  cg_fake_notifier_click (notifier, "undo");
  /* warned, kept */
  cg_fake_watcher_copy (watcher, CG_SELECTION_CLIPBOARD,
                        "IBAN NL91ABNA0417164300\nGraag versturen naar:\nKerkstraat 12\n"
                        "3511 AB Utrecht\n");
  settle_down (guard);
  cg_fake_notifier_click (notifier, "ignore");
  /* skipped-too-large, paused, resumed */
  cg_fake_watcher_skip (watcher, CG_SKIP_TOO_LARGE);
  g_assert_true (cg_guard_pause (guard, 15));
  cg_clock_advance (clock, 15 * 60);
  /* a paste into a website, as the native host reports it */
  cg_guard_paste_done (guard, "chatgpt.com", CG_OUTCOME_PASTED_AS_IS, 1, 0, 0, 0, 0, values);
  cg_guard_paste_done (guard, "claude.ai", CG_OUTCOME_PASTE_CANCELLED, 1, 0, 0, 0, 0, values);

  g_clear_object (&guard);
  g_clear_object (&rules);
  cg_audit_stop ();
  g_clear_object (&history);
  g_clear_object (&allow);
  g_unlink (history_path);
  g_unlink (key_path);
  g_unlink (allowed_path);
  g_rmdir (dir);
  return 0;
}
