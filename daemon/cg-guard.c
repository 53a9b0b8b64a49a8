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
  CgScanner *scanner;

  gint64 paused_until;
  guint resume_id;
  GCancellable *scan_cancellable;
  Warning *warning; /* the last copy with findings, unanswered */
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

static CgFindingType
enabled_types (GSettings *settings)
{
  return (g_settings_get_boolean (settings, "detect-bsn") ? CG_FINDING_BSN : 0)
         | (g_settings_get_boolean (settings, "detect-iban") ? CG_FINDING_IBAN : 0)
         | (g_settings_get_boolean (settings, "detect-address") ? CG_FINDING_ADDRESS : 0);
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

  (void) settings;
  if (g_str_has_prefix (key, "detect-") && !rebuild_scanner (self, &error))
    g_warning ("Cannot rebuild the scanner: %s", error->message);
  apply_settings (self);
}

/* ---- answers ---------------------------------------------------------- */

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
                         (CgMaskStyle) g_settings_get_enum (self->settings, "mask-style"),
                         &masked_len);
  if (!cg_clipboard_watcher_replace_text (self->watcher, w->generation, masked, masked_len))
    {
      /* The user copied something else in the meantime: theirs wins. */
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

  (void) notifier;
  if (self->warning == NULL || self->warning->generation != tag)
    return; /* an answer to a warning that is gone */
  if (g_strcmp0 (key, "mask") == 0)
    mask_warning (self, CG_OUTCOME_MASKED);
  else if (g_strcmp0 (key, "ignore") == 0)
    settle (self, CG_OUTCOME_IGNORED);
}

/* ---- warnings ---------------------------------------------------------- */

static void
notify (CgGuard *self, const char *summary, const char *body, gboolean ask, guint64 tag)
{
  if (!g_settings_get_boolean (self->settings, "show-notifications"))
    return;
  cg_notifier_show (self->notifier, summary, body, ask, tag);
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
  gboolean auto_mask = g_settings_get_boolean (self->settings, "auto-mask");
  gboolean clipboard = selection == CG_SELECTION_CLIPBOARD;
  CgHistoryEntry entry = {
    .n_bsn = counts.n_bsn, .n_iban = counts.n_iban, .n_address = counts.n_address, .preview = tagged
  };
  Warning *w;

  settle (self, CG_OUTCOME_REPLACED); /* an unanswered older warning */
  g_message ("Copy %" G_GUINT64_FORMAT " holds %u BSN, %u IBAN, %u address", generation,
             counts.n_bsn, counts.n_iban, counts.n_address);
  entry.outcome = clipboard ? CG_OUTCOME_UNANSWERED : CG_OUTCOME_IGNORED;
  w = g_new0 (Warning, 1);
  w->generation = generation;
  w->text = g_bytes_ref (text);
  w->findings = g_array_ref (findings);
  w->history_id = cg_history_add (self->history, &entry);
  if (!clipboard)
    {
      /* The selection is not ours to replace: a warning only. */
      warning_free (w);
      notify (self, title, preview, FALSE, 0);
      return;
    }
  self->warning = w;
  if (auto_mask && mask_warning (self, CG_OUTCOME_AUTO_MASKED))
    {
      g_autofree char *body
          = g_strdup_printf ("%s\n%s", preview, _ ("The clipboard now holds a masked copy."));
      notify (self, title, body, FALSE, generation);
    }
  else if (cg_notifier_server_has_actions (self->notifier))
    notify (self, title, preview, TRUE, generation);
  else
    {
      g_autofree char *body = g_strdup_printf (
          "%s\n%s", preview, _ ("To mask it, choose “Mask last copy” in the clipguard menu."));
      notify (self, title, body, FALSE, generation);
    }
  state_changed (self);
}

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

  (void) source;
  (void) cancellable;
  g_task_return_pointer (task, cg_scanner_scan (job->scanner, text, len, CG_SCAN_FLAGS_NONE),
                         (GDestroyNotify) g_array_unref);
}

static void
on_scanned (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CgGuard *self = CG_GUARD (source);
  ScanJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GArray) findings = g_task_propagate_pointer (G_TASK (result), NULL);

  (void) user_data;
  if (findings == NULL)
    return; /* cancelled: a newer copy came */
  if (job->selection == CG_SELECTION_CLIPBOARD
      && job->generation != cg_clipboard_watcher_get_generation (self->watcher))
    return;
  if (findings->len == 0)
    {
      /* A harmless copy makes an older warning moot: its copy is gone. */
      if (job->selection == CG_SELECTION_CLIPBOARD && self->warning != NULL)
        {
          settle (self, CG_OUTCOME_REPLACED);
          cg_notifier_close (self->notifier);
        }
      return;
    }
  warn (self, job->selection, job->generation, job->text, findings);
}

static gboolean
is_paused (CgGuard *self)
{
  return self->paused_until != 0;
}

static void
on_copied (CgClipboardWatcher *watcher, int selection, guint64 generation, GBytes *text,
           gpointer user_data)
{
  CgGuard *self = user_data;
  ScanJob *job;
  g_autoptr (GTask) task = NULL;

  (void) watcher;
  if (is_paused (self))
    return; /* a read that began before the pause */
  g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  self->scan_cancellable = g_cancellable_new ();
  job = g_new0 (ScanJob, 1);
  job->selection = (CgSelection) selection;
  job->generation = generation;
  job->text = g_bytes_ref (text);
  job->scanner = cg_scanner_ref (self->scanner);
  task = g_task_new (self, self->scan_cancellable, on_scanned, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) scan_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, scan_in_thread);
}

static void
on_skipped (CgClipboardWatcher *watcher, int selection, guint64 generation, int reason,
            gpointer user_data)
{
  CgGuard *self = user_data;
  CgHistoryEntry entry = { .outcome = CG_OUTCOME_TOO_LARGE, .preview = NULL };
  g_autofree char *body = NULL;

  (void) watcher;
  (void) selection;
  g_debug ("Copy %" G_GUINT64_FORMAT " skipped (reason %d)", generation, reason);
  if (reason != CG_SKIP_TOO_LARGE || is_paused (self))
    return;
  cg_history_add (self->history, &entry);
  body = g_strdup_printf (
      _ ("Copies over %u MB are not checked. Change the limit in the preferences."),
      g_settings_get_uint (self->settings, "size-limit-mb"));
  notify (self, _ ("Copy too large to check"), body, FALSE, 0);
}

/* ---- pause ------------------------------------------------------------- */

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
  g_clear_handle_id (&self->resume_id, g_source_remove);
  if (minutes < 0)
    self->paused_until = -1;
  else
    {
      self->paused_until = g_get_real_time () / G_USEC_PER_SEC + (gint64) minutes * 60;
      self->resume_id = g_timeout_add_seconds ((guint) minutes * 60, on_pause_over, self);
    }
  cg_clipboard_watcher_set_reading (self->watcher, FALSE);
  g_message ("Paused %s", minutes < 0 ? "until resumed" : "for a while");
  state_changed (self);
}

void
cg_guard_resume (CgGuard *self)
{
  g_clear_handle_id (&self->resume_id, g_source_remove);
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

/* ---- life -------------------------------------------------------------- */

static void
cg_guard_dispose (GObject *object)
{
  CgGuard *self = CG_GUARD (object);

  g_clear_handle_id (&self->resume_id, g_source_remove);
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
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
  (void) self;
}

CgGuard *
cg_guard_new (GSettings *settings, CgClipboardWatcher *watcher, CgNotifier *notifier,
              CgHistory *history, GError **error)
{
  g_autoptr (CgGuard) self = g_object_new (CG_TYPE_GUARD, NULL);

  self->settings = g_object_ref (settings);
  self->watcher = g_object_ref (watcher);
  self->notifier = g_object_ref (notifier);
  self->history = g_object_ref (history);
  if (!rebuild_scanner (self, error))
    return NULL;
  apply_settings (self);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (watcher, "copied", G_CALLBACK (on_copied), self);
  g_signal_connect (watcher, "skipped", G_CALLBACK (on_skipped), self);
  g_signal_connect (notifier, "action", G_CALLBACK (on_action), self);
  return g_steal_pointer (&self);
}
