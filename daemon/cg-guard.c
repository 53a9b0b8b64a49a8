/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-guard.c: from a copy to a warning to the user's answer.
 *
 * A copy is scanned in a worker thread (GTask), so a 20 MB copy never stalls
 * the main loop.  Each copy carries the watcher's generation; a result or an
 * answer for a copy that is no longer on the clipboard is dropped, so a newer
 * copy is never overwritten with an older masked one.  Logs say what was
 * found and what the user chose, never a value. */
#include "config.h"

#include "cg-guard.h"

#include <glib/gi18n.h>

#include "cg-enums.h"
#include "cg-summary.h"
#include "clipguard-detectors.h"

#define PREVIEW_LINES 3

typedef struct
{
  guint64 generation;
  GBytes *text;
  GArray *findings;
  guint64 history_id;
} Warning;

struct _CgGuard
{
  GObject parent_instance;
  GSettings *settings;
  CgClipboardWatcher *watcher;
  CgNotifier *notifier;
  CgHistory *history;
  CgClock *clock;
  CgScanner *scanner;

  gint64 paused_until;
  guint resume_id;
  GCancellable *scans[2]; /* the scan under way, per CgSelection */
  Warning *warning;       /* the last copy with findings, unanswered */
};

G_DEFINE_FINAL_TYPE (CgGuard, cg_guard, G_TYPE_OBJECT)

static void
warning_free (Warning *w)
{
  g_bytes_unref (w->text);
  g_array_unref (w->findings);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Warning, warning_free)

static void
state_changed (CgGuard *self)
{
  g_signal_emit_by_name (self, "state-changed");
}

/* ---- settings ----------------------------------------------------------- */

static CgFindingType
enabled_types (GSettings *settings)
{
  return (g_settings_get_boolean (settings, "detect-bsn") ? CG_FINDING_BSN : 0)
         | (g_settings_get_boolean (settings, "detect-iban") ? CG_FINDING_IBAN : 0)
         | (g_settings_get_boolean (settings, "detect-address") ? CG_FINDING_ADDRESS : 0);
}

static CgMaskStyle
mask_style (CgGuard *self)
{
  g_autofree char *nick = g_settings_get_string (self->settings, "mask-style");
  g_autoptr (GEnumClass) klass = g_type_class_ref (CG_TYPE_MASK_STYLE);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value ? value->value : CG_MASK_STARS;
}

static gboolean
rebuild_scanner (CgGuard *self, GError **error)
{
  CgScanner *scanner
      = cg_scanner_new (enabled_types (self->settings), CG_SCANNER_DEFAULT_THRESHOLD, error);
  if (scanner == NULL)
    return FALSE;
  g_clear_pointer (&self->scanner, cg_scanner_unref);
  self->scanner = scanner;
  return TRUE;
}

static void
apply_settings (CgGuard *self)
{
  cg_clipboard_watcher_set_watch_primary (self->watcher,
                                          g_settings_get_boolean (self->settings, "watch-primary"));
  cg_clipboard_watcher_set_size_limit (
      self->watcher, (gsize) g_settings_get_uint (self->settings, "size-limit-mb") << 20);
  cg_history_set_retention (self->history, g_settings_get_uint (self->settings, "history-days"),
                            g_settings_get_uint (self->settings, "history-entries"));
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  CgGuard *self = user_data;
  g_autoptr (GError) error = NULL;

  if (g_str_has_prefix (key, "detect-") && !rebuild_scanner (self, &error))
    g_warning ("Cannot rebuild the scanner: %s", error->message);
  apply_settings (self);
}

/* ---- notices ------------------------------------------------------------ */

static void
notify (CgGuard *self, CgNoticeKind kind, const char *summary, const char *body, gboolean ask,
        guint64 tag)
{
  static const CgNoticeAction choices[]
      = { { "mask", N_ ("Mask and keep") }, { "ignore", N_ ("Ignore") } };
  CgNoticeAction actions[G_N_ELEMENTS (choices)];
  CgNotice notice = { kind, summary, body, actions, 0, tag };

  if (!g_settings_get_boolean (self->settings, "show-notifications"))
    return;
  for (guint i = 0; ask && i < G_N_ELEMENTS (choices); i++)
    {
      actions[i].key = choices[i].key;
      actions[i].label = _ (choices[i].label);
      notice.n_actions++;
    }
  cg_notifier_show (self->notifier, &notice);
}

/* ---- answers ------------------------------------------------------------ */

static void
settle (CgGuard *self, CgOutcome outcome)
{
  g_autoptr (Warning) w = g_steal_pointer (&self->warning);

  if (w == NULL)
    return;
  cg_history_set_outcome (self->history, w->history_id, outcome);
  g_message ("Copy %" G_GUINT64_FORMAT ": %s", w->generation, cg_outcome_to_string (outcome));
  state_changed (self);
}

static gboolean
mask_warning (CgGuard *self, CgOutcome outcome)
{
  Warning *w = self->warning;
  gsize text_len, masked_len;
  const char *text;
  g_autofree char *masked = NULL;

  if (w == NULL)
    return FALSE;
  text = g_bytes_get_data (w->text, &text_len);
  masked = cg_mask_text (text, text_len, (CgFinding *) w->findings->data, w->findings->len,
                         mask_style (self), &masked_len);
  if (!cg_clipboard_watcher_replace_text (self->watcher, w->generation, masked, masked_len))
    {
      /* The user copied something else in the meantime: theirs wins. */
      cg_notifier_withdraw (self->notifier, w->generation);
      settle (self, CG_OUTCOME_REPLACED);
      return FALSE;
    }
  settle (self, outcome);
  return TRUE;
}

static void
on_action (CgNotifier *notifier, const char *key, guint64 tag, gpointer user_data)
{
  CgGuard *self = user_data;

  if (self->warning == NULL || self->warning->generation != tag)
    return; /* an answer to a warning that is gone */
  if (g_strcmp0 (key, "mask") == 0)
    mask_warning (self, CG_OUTCOME_MASKED);
  else if (g_strcmp0 (key, "ignore") == 0)
    settle (self, CG_OUTCOME_IGNORED);
}

/* ---- warnings ----------------------------------------------------------- */

static void
warn_about_clipboard (CgGuard *self, const char *title, const char *preview, guint64 generation)
{
  if (g_settings_get_boolean (self->settings, "auto-mask")
      && mask_warning (self, CG_OUTCOME_AUTO_MASKED))
    {
      g_autofree char *body
          = g_strdup_printf ("%s\n%s", preview, _ ("The clipboard now holds a masked copy."));
      notify (self, CG_NOTICE_INFO, title, body, FALSE, generation);
    }
  else if (self->warning == NULL)
    ; /* the copy was gone before it could be masked */
  else if (cg_notifier_has_actions (self->notifier))
    notify (self, CG_NOTICE_WARNING, title, preview, TRUE, generation);
  else
    {
      g_autofree char *body = g_strdup_printf (
          "%s\n%s", preview, _ ("To mask it, choose “Mask last copy” in the clipguard menu."));
      notify (self, CG_NOTICE_WARNING, title, body, FALSE, generation);
    }
}

static void
warn (CgGuard *self, CgSelection selection, guint64 generation, GBytes *text, GArray *findings)
{
  const char *data = g_bytes_get_data (text, NULL);
  const CgFinding *f = (const CgFinding *) findings->data;
  CgCounts counts = cg_summary_count (f, findings->len);
  g_autofree char *title = cg_summary_title (&counts);
  g_autofree char *tagged = cg_summary_preview_tagged (data, f, findings->len, PREVIEW_LINES);
  g_autofree char *preview = cg_summary_render_preview (tagged);
  gboolean clipboard = selection == CG_SELECTION_CLIPBOARD;
  CgHistoryEntry entry = { .time = cg_clock_now (self->clock),
                           .n_bsn = counts.n_bsn,
                           .n_iban = counts.n_iban,
                           .n_address = counts.n_address,
                           .preview = tagged,
                           .outcome = clipboard ? CG_OUTCOME_UNANSWERED : CG_OUTCOME_IGNORED };
  guint64 history_id;

  g_message ("Copy %" G_GUINT64_FORMAT " (%s) holds %u BSN, %u IBAN, %u address", generation,
             clipboard ? "clipboard" : "selection", counts.n_bsn, counts.n_iban, counts.n_address);
  history_id = cg_history_add (self->history, &entry);
  if (!clipboard)
    {
      /* The selection is not ours to replace: a warning only. */
      notify (self, CG_NOTICE_INFO, title, preview, FALSE, 0);
      return;
    }
  settle (self, CG_OUTCOME_REPLACED); /* an unanswered older warning */
  self->warning = g_new0 (Warning, 1);
  self->warning->generation = generation;
  self->warning->text = g_bytes_ref (text);
  self->warning->findings = g_array_ref (findings);
  self->warning->history_id = history_id;
  warn_about_clipboard (self, title, preview, generation);
  state_changed (self);
}

/* ---- scanning ----------------------------------------------------------- */

/* Everything a scan needs, owned by the job: the worker thread touches
 * nothing of the guard (the scanner may be replaced meanwhile). */
typedef struct
{
  CgSelection selection;
  guint64 generation;
  GBytes *text;
  CgScanner *scanner;
} ScanJob;

static void
scan_job_free (ScanJob *job)
{
  g_bytes_unref (job->text);
  cg_scanner_unref (job->scanner);
  g_free (job);
}

static void
scan_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ScanJob *job = task_data;
  gsize len;
  const char *text = g_bytes_get_data (job->text, &len);

  g_task_return_pointer (task, cg_scanner_scan (job->scanner, text, len, CG_SCAN_FLAGS_NONE),
                         (GDestroyNotify) g_array_unref);
}

static void
on_scanned (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CgGuard *self = CG_GUARD (source);
  ScanJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GArray) findings = g_task_propagate_pointer (G_TASK (result), NULL);

  if (findings == NULL)
    return; /* cancelled: a newer copy came, or a pause */
  if (job->selection == CG_SELECTION_CLIPBOARD
      && job->generation != cg_clipboard_watcher_get_generation (self->watcher))
    return; /* the copy is gone */
  if (findings->len > 0)
    {
      warn (self, job->selection, job->generation, job->text, findings);
      return;
    }
  /* A harmless copy makes an older warning moot: its copy is gone. */
  if (job->selection == CG_SELECTION_CLIPBOARD && self->warning != NULL)
    {
      cg_notifier_withdraw (self->notifier, self->warning->generation);
      settle (self, CG_OUTCOME_REPLACED);
    }
}

static gboolean
is_paused (CgGuard *self)
{
  return self->paused_until != 0;
}

static void
cancel_scans (CgGuard *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->scans); i++)
    if (self->scans[i] != NULL)
      {
        g_cancellable_cancel (self->scans[i]);
        g_clear_object (&self->scans[i]);
      }
}

static void
on_copied (CgClipboardWatcher *watcher, CgSelection selection, guint64 generation, GBytes *text,
           gpointer user_data)
{
  CgGuard *self = user_data;
  ScanJob *job;
  g_autoptr (GTask) task = NULL;

  if (is_paused (self))
    return; /* a read that ended after the pause began */
  if (self->scans[selection] != NULL)
    g_cancellable_cancel (self->scans[selection]);
  g_clear_object (&self->scans[selection]);
  self->scans[selection] = g_cancellable_new ();
  job = g_new0 (ScanJob, 1);
  job->selection = selection;
  job->generation = generation;
  job->text = g_bytes_ref (text);
  job->scanner = cg_scanner_ref (self->scanner);
  task = g_task_new (self, self->scans[selection], on_scanned, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) scan_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, scan_in_thread);
}

static void
on_skipped (CgClipboardWatcher *watcher, CgSelection selection, guint64 generation,
            CgSkipReason reason, gpointer user_data)
{
  CgGuard *self = user_data;
  CgHistoryEntry entry = { .time = cg_clock_now (self->clock), .outcome = CG_OUTCOME_TOO_LARGE };
  g_autofree char *body = NULL;
  g_autoptr (GEnumClass) reasons = g_type_class_ref (CG_TYPE_SKIP_REASON);

  g_debug ("Copy %" G_GUINT64_FORMAT " skipped: %s", generation,
           g_enum_get_value (reasons, reason)->value_nick);
  if (reason != CG_SKIP_TOO_LARGE || is_paused (self))
    return;
  cg_history_add (self->history, &entry);
  body = g_strdup_printf (
      _ ("Copies over %u MB are not checked. Change the limit in the preferences."),
      g_settings_get_uint (self->settings, "size-limit-mb"));
  notify (self, CG_NOTICE_INFO, _ ("Copy too large to check"), body, FALSE, 0);
}

/* ---- pause -------------------------------------------------------------- */

static gboolean
on_pause_over (gpointer user_data)
{
  CgGuard *self = user_data;

  self->resume_id = 0;
  cg_guard_resume (self);
  return G_SOURCE_REMOVE;
}

void
cg_guard_pause (CgGuard *self, int minutes)
{
  cg_clock_cancel (self->clock, self->resume_id);
  self->resume_id = 0;
  if (minutes < 0)
    self->paused_until = -1;
  else
    {
      self->paused_until = cg_clock_now (self->clock) + (gint64) minutes * 60;
      self->resume_id
          = cg_clock_call_later (self->clock, (guint) minutes * 60, on_pause_over, self);
    }
  /* Paused means not read: a read or a scan under way is dropped too. */
  cg_clipboard_watcher_set_reading (self->watcher, FALSE);
  cancel_scans (self);
  if (minutes < 0)
    g_message ("Paused until resumed");
  else
    g_message ("Paused for %d minutes", minutes);
  state_changed (self);
}

void
cg_guard_resume (CgGuard *self)
{
  cg_clock_cancel (self->clock, self->resume_id);
  self->resume_id = 0;
  if (self->paused_until == 0)
    return;
  self->paused_until = 0;
  cg_clipboard_watcher_set_reading (self->watcher, TRUE);
  g_message ("Resumed");
  state_changed (self);
}

gint64
cg_guard_get_paused_until (CgGuard *self)
{
  return self->paused_until;
}

gboolean
cg_guard_mask_last (CgGuard *self)
{
  return mask_warning (self, CG_OUTCOME_MASKED);
}

gboolean
cg_guard_can_mask_last (CgGuard *self)
{
  return self->warning != NULL;
}

void
cg_guard_store_clipboard (CgGuard *self)
{
  cg_clipboard_watcher_store (self->watcher);
}

/* ---- life --------------------------------------------------------------- */

static void
cg_guard_dispose (GObject *object)
{
  CgGuard *self = CG_GUARD (object);

  if (self->clock != NULL)
    cg_clock_cancel (self->clock, self->resume_id);
  self->resume_id = 0;
  cancel_scans (self);
  g_clear_pointer (&self->warning, warning_free);
  if (self->watcher != NULL)
    g_signal_handlers_disconnect_by_data (self->watcher, self);
  if (self->notifier != NULL)
    g_signal_handlers_disconnect_by_data (self->notifier, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->watcher);
  g_clear_object (&self->notifier);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->scanner, cg_scanner_unref);
  G_OBJECT_CLASS (cg_guard_parent_class)->dispose (object);
}

static void
cg_guard_class_init (CgGuardClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_guard_dispose;
  g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
cg_guard_init (CgGuard *self)
{
}

CgGuard *
cg_guard_new (GSettings *settings, CgClipboardWatcher *watcher, CgNotifier *notifier,
              CgHistory *history, CgClock *clock, GError **error)
{
  g_autoptr (CgGuard) self = g_object_new (CG_TYPE_GUARD, NULL);

  self->settings = g_object_ref (settings);
  self->watcher = g_object_ref (watcher);
  self->notifier = g_object_ref (notifier);
  self->history = g_object_ref (history);
  self->clock = g_object_ref (clock);
  if (!rebuild_scanner (self, error))
    return NULL;
  apply_settings (self);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (watcher, "copied", G_CALLBACK (on_copied), self);
  g_signal_connect (watcher, "skipped", G_CALLBACK (on_skipped), self);
  g_signal_connect (notifier, "action", G_CALLBACK (on_action), self);
  /* A history file that cannot be read is left alone; the user hears of it
   * once, here, and the log has the details. */
  if (cg_history_get_problem (history) != NULL)
    notify (self, CG_NOTICE_INFO, _ ("The history cannot be saved"),
            cg_history_get_problem (history), FALSE, 0);
  return g_steal_pointer (&self);
}
