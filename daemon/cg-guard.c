/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-guard.c: from a copy to a warning to the user's answer.
 *
 * A copy is scanned in a worker thread (GTask), so a 20 MB copy never stalls
 * the main loop.  Each copy carries the watcher's generation; a result or an
 * answer for a copy that is no longer on the clipboard is dropped, so a newer
 * copy is never overwritten with an older masked one.  Logs say what was
 * found and what the user chose, never a value.
 *
 * A warning stays until answered or until its copy is gone.  "Keep as is"
 * means the same values do not warn again this session; "Always allow" keeps
 * their keyed hashes (cg-allow-list.h).  After masking, a confirmation offers
 * Undo for a minute: the original text is held in memory that long, and
 * nowhere else.
 *
 * With placeholders, a Mask numbers the values for the whole session
 * ("[BSN-1]" is that BSN in every copy; cg-vault.h keeps what each stood
 * for, in memory only), and a later copy with placeholders the guard wrote,
 * a chatbot's answer, can be restored: the values put back in place of the
 * placeholders, with Undo. */
#include "config.h"

#include "cg-guard.h"

#include <glib/gi18n.h>

#include <string.h>

#include "cg-audit.h"
#include "cg-enums.h"
#include "cg-found.h"
#include "cg-summary.h"
#include "cg-vault.h"
#include "clipguard-detectors.h"

#define PREVIEW_LINES 3
#define UNDO_SECONDS 60
/* values pasted as is, remembered per website for the session */
#define MAX_PASTED_AS_IS 10000
/* values remembered for putting back into a chatbot's answer */
#define MAX_REMEMBERED 10000
#define EXPIRY_CHECK_SECONDS 60

typedef struct
{
  guint64 generation;
  GBytes *text;
  CgFound *found; /* the values not allowed, made ready in the worker thread */
  guint64 history_id;
  char *source; /* the copying program, or NULL */
} Warning;

/* What Undo needs after a mask: the copy's original text, for a minute. */
typedef struct
{
  guint64 generation;
  GBytes *original;
  guint64 history_id; /* 0: none (after a restore, or no history kept) */
  CgFound *found;     /* for "Keep as is" and the audit event (NULL after a restore) */
  char *source;
} Undo;

/* The last copy with placeholders the guard wrote, while it is on the clipboard. */
typedef struct
{
  guint64 generation;
  GBytes *text;
  guint n; /* how many placeholders it holds */
} Restorable;

struct _CgGuard
{
  GObject parent_instance;
  GSettings *settings;
  CgClipboardWatcher *watcher;
  CgNotifier *notifier;
  CgHistory *history;
  CgClock *clock;
  CgScanner *scanner;
  CgRules *rules; /* the organisation's, or NULL */

  gint64 paused_until;
  guint resume_id;
  CgAllowList *allow;
  GCancellable *scans[2]; /* the scan under way, per CgSelection */
  guint n_scanning;       /* worker threads whose result has not come back */
  Warning *warning;       /* the last copy with findings, unanswered */
  Undo *undo;             /* the last mask, while it can be undone */
  guint undo_timer;
  GHashTable *pasted_as_is; /* "SITE HASH" of values pasted as is, this session */
  GQueue pasted_order;      /* the same keys, oldest first, for the bound */
  CgVault *vault;           /* what the placeholders stood for */
  guint expiry_timer;
  Restorable *restorable;
};

G_DEFINE_FINAL_TYPE (CgGuard, cg_guard, G_TYPE_OBJECT)

static void
warning_free (Warning *w)
{
  g_bytes_unref (w->text);
  cg_found_unref (w->found);
  g_free (w->source);
  g_free (w);
}

static void
restorable_free (Restorable *r)
{
  g_bytes_unref (r->text);
  g_free (r);
}

static void
undo_free (Undo *u)
{
  g_bytes_unref (u->original);
  g_clear_pointer (&u->found, cg_found_unref);
  g_free (u->source);
  g_free (u);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Warning, warning_free)

static void
state_changed (CgGuard *self)
{
  g_signal_emit_by_name (self, "state-changed");
}

/* An audit event about a copy with the values @found: their kinds and
 * rules, never a value (cg-audit.h); @words say what happened. */
static void
audit_copy (CgAuditEvent event, const char *action, const char *words, guint64 generation,
            const CgFound *found, const char *source)
{
  const CgCounts *counts = &found->counts;
  g_autofree char *kinds = cg_audit_kinds (counts->n_bsn, counts->n_iban, counts->n_address,
                                           counts->n_rule, counts->n_confidential);
  CgAuditFields fields = { .kinds = kinds, .action = action, .app = source, .rule = found->rules };

  cg_audit_event (event, &fields, "Copy %" G_GUINT64_FORMAT " (%s%s%s): %s", generation,
                  kinds != NULL ? kinds : "nothing", source != NULL ? ", from " : "",
                  source != NULL ? source : "", words);
}

/* ---- settings ----------------------------------------------------------- */

static CgFindingType
enabled_types (GSettings *settings)
{
  return (g_settings_get_boolean (settings, "detect-bsn") ? CG_FINDING_BSN : 0)
         | (g_settings_get_boolean (settings, "detect-iban") ? CG_FINDING_IBAN : 0)
         | (g_settings_get_boolean (settings, "detect-address") ? CG_FINDING_ADDRESS : 0)
         | (g_settings_get_boolean (settings, "detect-confidential") ? CG_FINDING_CONFIDENTIAL : 0);
}

static CgMaskStyle
mask_style (CgGuard *self)
{
  g_autofree char *nick = g_settings_get_string (self->settings, "mask-style");
  g_autoptr (GEnumClass) klass = g_type_class_ref (CG_TYPE_MASK_STYLE);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value ? value->value : CG_MASK_STARS;
}

/* ---- placeholders for the session ------------------------------------------ */

/* restore-hours 0: nothing is remembered, placeholders count per copy. */
static guint
restore_hours (CgGuard *self)
{
  return g_settings_get_uint (self->settings, "restore-hours");
}

static gboolean
numbers_for_session (CgGuard *self)
{
  return mask_style (self) == CG_MASK_PLACEHOLDER && restore_hours (self) > 0;
}

/* "BSN", "IBAN", "ADRES" (in English "ADDRESS"), "BEDRAG" ("AMOUNT"), a
 * rule's ID in upper case. */
static const char *
placeholder_kind (const CgFinding *f, char **owned)
{
  switch (f->type)
    {
    case CG_FINDING_BSN: return "BSN";
    case CG_FINDING_IBAN: return "IBAN";
    case CG_FINDING_CONFIDENTIAL:
      /* TRANSLATORS: the name in an amount's placeholder, [AMOUNT-1]:
       * upper case, letters only */
      return C_ ("placeholder", "AMOUNT");
    case CG_FINDING_RULE:
      *owned = g_ascii_strup (f->rule, -1);
      for (char *c = *owned; *c != '\0'; c++)
        if (!g_ascii_isalnum (*c) && *c != '_')
          *c = '_';
      return *owned;
    default:
      /* TRANSLATORS: the name in an address's placeholder, [ADDRESS-1]:
       * upper case, letters only */
      return C_ ("placeholder", "ADDRESS");
    }
}

static void
issue_placeholder (GString *out, const CgFinding *f, const char *identity, const char *value,
                   gsize value_len, gpointer user_data)
{
  CgGuard *self = user_data;
  g_autofree char *owned = NULL;

  cg_vault_issue (self->vault, out, placeholder_kind (f, &owned), identity, value, value_len,
                  cg_clock_now (self->clock));
}

static void
peek_placeholder (GString *out, const CgFinding *f, const char *identity, const char *value,
                  gsize value_len, gpointer user_data)
{
  CgGuard *self = user_data;
  g_autofree char *owned = NULL;

  cg_vault_peek (self->vault, out, placeholder_kind (f, &owned), identity);
}

static gboolean
on_expiry_check (gpointer user_data)
{
  CgGuard *self = user_data;
  guint hours = restore_hours (self);

  self->expiry_timer = 0;
  cg_vault_expire (self->vault,
                   hours == 0 ? G_MAXINT64 : cg_clock_now (self->clock) - (gint64) hours * 3600);
  if (cg_vault_size (self->vault) > 0)
    self->expiry_timer
        = cg_clock_call_later (self->clock, EXPIRY_CHECK_SECONDS, on_expiry_check, self);
  return G_SOURCE_REMOVE;
}

/* After values were remembered: the numbers to disk, the expiry check on. */
static void
placeholders_issued (CgGuard *self)
{
  cg_vault_sync (self->vault);
  if (self->expiry_timer == 0 && cg_vault_size (self->vault) > 0)
    self->expiry_timer
        = cg_clock_call_later (self->clock, EXPIRY_CHECK_SECONDS, on_expiry_check, self);
}

/* The masked text, its placeholders numbered for the session when they are. */
static char *
mask_text (CgGuard *self, const char *text, gsize len, const CgFinding *f, guint n, gsize *out_len)
{
  char *masked;

  if (!numbers_for_session (self))
    return cg_mask_text (text, len, f, n, mask_style (self), out_len);
  masked = cg_mask_text_numbered (text, len, f, n, CG_MASK_PLACEHOLDER, issue_placeholder, self,
                                  out_len);
  placeholders_issued (self);
  return masked;
}

char **
cg_guard_issue_placeholders (CgGuard *self, const CgFindingType *types, const char *const *rules,
                             const char *const *identities, const char *const *values, guint n)
{
  GPtrArray *out;

  g_return_val_if_fail (CG_IS_GUARD (self), NULL);
  if (!numbers_for_session (self))
    return NULL;
  out = g_ptr_array_new_full (n + 1, g_free);
  for (guint i = 0; i < n; i++)
    {
      CgFinding f = { .type = types[i], .rule = rules[i] };
      GString *p = g_string_new (NULL);

      issue_placeholder (p, &f, identities[i], values[i], strlen (values[i]), self);
      g_ptr_array_add (out, g_string_free (p, FALSE));
    }
  placeholders_issued (self);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* What mask_text() puts (or would put) in place of each finding. */
static char **
mask_replacements (CgGuard *self, const char *text, gsize len, const CgFinding *f, guint n)
{
  if (!numbers_for_session (self))
    return cg_mask_replacements (text, len, f, n, mask_style (self));
  return cg_mask_replacements_numbered (text, len, f, n, CG_MASK_PLACEHOLDER, peek_placeholder,
                                        self);
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
notify (CgGuard *self, CgNoticeKind kind, const char *summary, const char *body,
        const CgNoticeAction *actions, guint n_actions, guint64 tag)
{
  CgNotice notice = { kind, summary, body, actions, n_actions, tag };

  if (!g_settings_get_boolean (self->settings, "show-notifications"))
    return;
  cg_notifier_show (self->notifier, &notice);
}

static void
notify_info (CgGuard *self, const char *summary, const char *body)
{
  notify (self, CG_NOTICE_INFO, summary, body, NULL, 0, 0);
}

static void
notify_masked (CgGuard *self, const char *summary, const char *body, guint64 generation)
{
  const CgNoticeAction undo[] = { { "undo", _ ("Undo") } };

  notify (self, CG_NOTICE_CONFIRMATION, summary, body, undo, 1, generation);
}

/* ---- answers ------------------------------------------------------------ */

static void
settle (CgGuard *self, CgOutcome outcome)
{
  g_autoptr (Warning) w = g_steal_pointer (&self->warning);

  if (w == NULL)
    return;
  /* answered or gone: its notification goes (a notice no longer replaces it) */
  cg_notifier_withdraw (self->notifier, w->generation);
  cg_history_set_outcome (self->history, w->history_id, outcome);
  if (outcome == CG_OUTCOME_REPLACED) /* the other outcomes are audit events */
    g_message ("Copy %" G_GUINT64_FORMAT ": %s", w->generation, cg_outcome_to_string (outcome));
  state_changed (self);
}

static void
keep_for_session (CgGuard *self, GPtrArray *hashes)
{
  cg_allow_list_allow_for_session_all (self->allow, hashes);
}

static void
forget_undo (CgGuard *self)
{
  cg_clock_cancel (self->clock, self->undo_timer);
  self->undo_timer = 0;
  g_clear_pointer (&self->undo, undo_free);
}

static gboolean
on_undo_over (gpointer user_data)
{
  CgGuard *self = user_data;

  self->undo_timer = 0;
  g_clear_pointer (&self->undo, undo_free);
  return G_SOURCE_REMOVE;
}

/* Masks the warning's copy; a confirmation says what the clipboard holds
 * and offers Undo (@title: the notice's title, "Masked" when the user chose
 * it).  FALSE when a newer copy came first. */
static gboolean
mask_warning (CgGuard *self, CgOutcome outcome, const char *title)
{
  Warning *w = self->warning;
  gsize text_len, masked_len;
  const char *text;
  g_autofree char *masked = NULL;
  g_auto (GStrv) replacements = NULL;
  g_autofree char *body = NULL;
  const CgFinding *f;
  guint64 generation;
  const char *shown[CG_SUMMARY_SHOWN];
  CgBlockKind blocks[CG_SUMMARY_SHOWN];
  guint n_shown;

  if (w == NULL)
    return FALSE;
  text = g_bytes_get_data (w->text, &text_len);
  f = (const CgFinding *) w->found->findings->data;
  /* every value masked; the words for the first few only */
  masked = mask_text (self, text, text_len, f, w->found->findings->len, &masked_len);
  if (!cg_clipboard_watcher_replace_text (self->watcher, w->generation, masked, masked_len))
    {
      /* The user copied something else in the meantime: theirs wins. */
      settle (self, CG_OUTCOME_REPLACED);
      return FALSE;
    }
  replacements = mask_replacements (self, text, text_len, f, w->found->n_shown_findings);
  n_shown = MIN (cg_found_get_n_values (w->found), CG_SUMMARY_SHOWN);
  for (guint i = 0; i < n_shown; i++)
    {
      guint first = cg_found_first_part (w->found, i);

      shown[i] = replacements[first];
      blocks[i] = f[first].type == CG_FINDING_CONFIDENTIAL ? f[first].block_kind : CG_BLOCK_NONE;
    }
  body = cg_summary_masked_body (cg_found_get_n_values (w->found), shown, blocks, n_shown);
  generation = w->generation;
  forget_undo (self);
  self->undo = g_new0 (Undo, 1);
  self->undo->generation = generation;
  self->undo->original = g_bytes_ref (w->text);
  self->undo->history_id = w->history_id;
  self->undo->found = cg_found_ref (w->found);
  self->undo->source = g_strdup (w->source);
  self->undo_timer = cg_clock_call_later (self->clock, UNDO_SECONDS, on_undo_over, self);
  if (outcome == CG_OUTCOME_AUTO_MASKED)
    audit_copy (CG_AUDIT_MASKED, "auto-mask", "masked without asking", generation, w->found,
                w->source);
  else
    audit_copy (CG_AUDIT_MASKED, "mask", "masked", generation, w->found, w->source);
  settle (self, outcome);
  notify_masked (self, title, body, generation);
  return TRUE;
}

/* Puts the original back, if the clipboard still holds what we masked. */
static void
undo_mask (CgGuard *self)
{
  Undo *u = self->undo;
  gsize len;
  const char *original;

  if (u == NULL)
    return;
  original = g_bytes_get_data (u->original, &len);
  if (u->generation == cg_clipboard_watcher_get_generation (self->watcher)
      && cg_clipboard_watcher_replace_text (self->watcher, u->generation, original, len))
    {
      if (u->found != NULL)
        {
          cg_history_set_outcome (self->history, u->history_id, CG_OUTCOME_UNDONE);
          /* undoing is keeping it as it was */
          keep_for_session (self, u->found->hashes);
          audit_copy (CG_AUDIT_UNDONE, "undo", "masking undone", u->generation, u->found,
                      u->source);
        }
      else
        g_message ("Copy %" G_GUINT64_FORMAT ": restore undone", u->generation);
    }
  cg_notifier_withdraw (self->notifier, u->generation);
  forget_undo (self);
  state_changed (self);
}

static void
keep_as_is (CgGuard *self)
{
  if (self->warning == NULL)
    return;
  keep_for_session (self, self->warning->found->hashes);
  audit_copy (CG_AUDIT_KEPT, "keep", "kept as is", self->warning->generation, self->warning->found,
              self->warning->source);
  settle (self, CG_OUTCOME_IGNORED);
}

/* A document marked confidential without amounts: nothing to mask, so the
 * clipboard is emptied (if it still holds that copy). */
static void
clear_warning (CgGuard *self)
{
  Warning *w = self->warning;

  if (w == NULL)
    return;
  if (!cg_clipboard_watcher_replace_text (self->watcher, w->generation, "", 0))
    {
      cg_notifier_withdraw (self->notifier, w->generation);
      settle (self, CG_OUTCOME_REPLACED);
      return;
    }
  audit_copy (CG_AUDIT_MASKED, "clear", "cleared", w->generation, w->found, w->source);
  settle (self, CG_OUTCOME_CLEARED);
}

/* Puts the values back into the copy with placeholders, if it is still on
 * the clipboard. */
static gboolean
restore_values (CgGuard *self)
{
  Restorable *r = self->restorable;
  gsize len, restored_len;
  const char *text;
  char *restored;
  guint n;
  g_autofree char *body = NULL;
  const CgNoticeAction undo[] = { { "undo", _ ("Undo") } };

  if (r == NULL)
    return FALSE;
  text = g_bytes_get_data (r->text, &len);
  restored = cg_vault_restore (self->vault, text, len,
                               g_settings_get_boolean (self->settings, "restore-bare"), &n,
                               &restored_len);
  if (n == 0
      || !cg_clipboard_watcher_replace_text (self->watcher, r->generation, restored, restored_len))
    {
      /* the values were dropped meanwhile, or a newer copy came: nothing to do */
      explicit_bzero (restored, restored_len);
      g_free (restored);
      cg_notifier_withdraw (self->notifier, r->generation);
      g_clear_pointer (&self->restorable, restorable_free);
      state_changed (self);
      return FALSE;
    }
  explicit_bzero (restored, restored_len);
  g_free (restored);
  {
    CgAuditFields fields = { .action = "restore" };

    cg_audit_event (CG_AUDIT_RESTORED, &fields,
                    "Copy %" G_GUINT64_FORMAT ": %u placeholder(s) restored", r->generation, n);
  }
  forget_undo (self);
  self->undo = g_new0 (Undo, 1);
  self->undo->generation = r->generation;
  self->undo->original = g_bytes_ref (r->text);
  self->undo_timer = cg_clock_call_later (self->clock, UNDO_SECONDS, on_undo_over, self);
  body = g_strdup_printf (ngettext ("%u value was put back in place of its placeholder.",
                                    "%u values were put back in place of their placeholders.", n),
                          n);
  notify (self, CG_NOTICE_CONFIRMATION, _ ("Values restored"), body, undo, 1, r->generation);
  g_clear_pointer (&self->restorable, restorable_free);
  state_changed (self);
  return TRUE;
}

/* A copy that holds placeholders the guard wrote (a chatbot's answer):
 * Restore is offered. */
static void
offer_restore (CgGuard *self, guint64 generation, GBytes *text)
{
  gsize len;
  const char *data = g_bytes_get_data (text, &len);
  guint n = cg_vault_size (self->vault) > 0 ? cg_vault_count_in (
                self->vault, data, len, g_settings_get_boolean (self->settings, "restore-bare"))
                                            : 0;
  g_autofree char *body = NULL;
  const CgNoticeAction restore[] = { { "restore", _ ("Restore values") } };

  if (self->restorable != NULL)
    cg_notifier_withdraw (self->notifier, self->restorable->generation);
  g_clear_pointer (&self->restorable, restorable_free);
  if (n == 0)
    return;
  self->restorable = g_new0 (Restorable, 1);
  self->restorable->generation = generation;
  self->restorable->text = g_bytes_ref (text);
  self->restorable->n = n;
  g_message ("Copy %" G_GUINT64_FORMAT ": %u placeholder(s) clipguard wrote", generation, n);
  body = g_strdup_printf (
      ngettext ("This copy holds %u placeholder that clipguard wrote when it masked. Restore "
                "puts the real value back.",
                "This copy holds %u placeholders that clipguard wrote when it masked. Restore "
                "puts the real values back.",
                n),
      n);
  notify (self, CG_NOTICE_CONFIRMATION, _ ("Placeholders copied"), body, restore,
          cg_notifier_has_actions (self->notifier) ? 1 : 0, generation);
  state_changed (self);
}

static void
on_action (CgNotifier *notifier, const char *key, guint64 tag, gpointer user_data)
{
  CgGuard *self = user_data;

  if (g_strcmp0 (key, "restore") == 0)
    {
      if (self->restorable != NULL && self->restorable->generation == tag)
        restore_values (self);
      return;
    }

  if (g_strcmp0 (key, "undo") == 0)
    {
      if (self->undo != NULL && self->undo->generation == tag)
        undo_mask (self);
      return;
    }
  if (self->warning == NULL || self->warning->generation != tag)
    return; /* an answer to a warning that is gone */
  if (g_strcmp0 (key, "mask") == 0)
    mask_warning (self, CG_OUTCOME_MASKED, _ ("Masked"));
  else if (g_strcmp0 (key, "ignore") == 0)
    keep_as_is (self);
  else if (g_strcmp0 (key, "clear") == 0)
    clear_warning (self);
}

/* ---- warnings ----------------------------------------------------------- */

/* What a warning does, for its audit event: ask (Mask, Keep as is), mask
 * without asking, tell only (the selection, or no buttons), or nothing. */
static const char *
warn_action (CgGuard *self, gboolean clipboard)
{
  if (clipboard && g_settings_get_boolean (self->settings, "auto-mask"))
    return "auto-mask";
  if (!g_settings_get_boolean (self->settings, "show-notifications"))
    return "quiet";
  return clipboard && cg_notifier_has_actions (self->notifier) ? "ask" : "tell";
}

static void
warn (CgGuard *self, CgSelection selection, guint64 generation, GBytes *text, CgFound *found,
      const char *source)
{
  const CgCounts *counts = &found->counts;
  g_autofree char *title = cg_summary_title (counts);
  g_autofree char *preview = cg_summary_render_preview (found->tagged);
  gboolean clipboard = selection == CG_SELECTION_CLIPBOARD;
  /* a bounded preview: the first values and the counts */
  CgHistoryEntry entry = { .time = cg_clock_now (self->clock),
                           .n_bsn = counts->n_bsn,
                           .n_iban = counts->n_iban,
                           .n_address = counts->n_address,
                           .n_rule = counts->n_rule,
                           .n_confidential = counts->n_confidential,
                           .preview = found->tagged,
                           .outcome = clipboard ? CG_OUTCOME_UNANSWERED : CG_OUTCOME_IGNORED,
                           .values = found->history };
  guint64 history_id;

  audit_copy (CG_AUDIT_WARNED, warn_action (self, clipboard),
              clipboard ? "personal data on the clipboard" : "personal data in the selection",
              generation, found, source);
  history_id = cg_history_add (self->history, &entry);
  if (!clipboard)
    {
      /* The selection is not ours to replace: a notice only. */
      g_autofree char *body = cg_summary_selection_body (preview);
      notify_info (self, title, body);
      return;
    }
  settle (self, CG_OUTCOME_REPLACED); /* an unanswered older warning */
  self->warning = g_new0 (Warning, 1);
  self->warning->generation = generation;
  self->warning->text = g_bytes_ref (text);
  self->warning->found = cg_found_ref (found);
  self->warning->history_id = history_id;
  self->warning->source = g_strdup (source);
  /* a marked document without amounts has nothing to mask: asked, even with auto-mask */
  if (g_settings_get_boolean (self->settings, "auto-mask")
      && !cg_summary_clear_only (g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                                 (const CgFinding *) found->findings->data, found->findings->len))
    {
      g_autofree char *masked_title = cg_summary_masked_title (counts);
      mask_warning (self, CG_OUTCOME_AUTO_MASKED, masked_title);
    }
  else
    {
      gsize len;
      const char *bytes = g_bytes_get_data (text, &len);
      gboolean can_answer = cg_notifier_has_actions (self->notifier);
      const CgFinding *f = (const CgFinding *) found->findings->data;
      /* what the first value becomes: from the findings up to it only */
      g_auto (GStrv) replacements
          = mask_replacements (self, bytes, len, f, found->n_shown_findings);
      gboolean clear = cg_summary_clear_only (bytes, len, f, found->findings->len);
      g_autofree char *body = cg_summary_warning_body (f[0].type, cg_found_get_n_values (found),
                                                       preview, replacements[0], clear, can_answer);
      const CgNoticeAction choices[] = { { "mask", _ ("Mask") }, { "ignore", _ ("Keep as is") } };
      const CgNoticeAction clear_choices[]
          = { { "clear", _ ("Clear") }, { "ignore", _ ("Keep as is") } };

      notify (self, CG_NOTICE_WARNING, title, body, clear ? clear_choices : choices,
              can_answer ? 2 : 0, generation);
    }
  state_changed (self);
}

/* A copy without findings, or with allowed ones only, or from an excluded
 * program: an older warning's copy is gone. */
static void
copy_is_harmless (CgGuard *self, CgSelection selection)
{
  if (selection == CG_SELECTION_CLIPBOARD && self->warning != NULL)
    settle (self, CG_OUTCOME_REPLACED);
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
  CgRules *rules;     /* or NULL */
  char *source;       /* the copying program, or NULL */
  CgAllowList *allow; /* its checks are thread-safe */
  CgScanner *places;  /* for the preview's places, or NULL */
  GArray *findings;   /* once scanned: for checking again with a newer allow list */
} ScanJob;

static void
scan_job_free (ScanJob *job)
{
  g_bytes_unref (job->text);
  cg_scanner_unref (job->scanner);
  g_clear_pointer (&job->rules, cg_rules_unref);
  g_free (job->source);
  g_object_unref (job->allow);
  g_clear_pointer (&job->places, cg_scanner_unref);
  g_clear_pointer (&job->findings, g_array_unref);
  g_free (job);
}

/* The values not allowed, and what a warning needs of them: all of it here,
 * in the worker thread, so that the main loop never goes over the values. */
static void
prepare_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ScanJob *job = task_data;
  const char *text = g_bytes_get_data (job->text, NULL);

  g_task_return_pointer (task, cg_found_new (job->allow, job->places, text, job->findings),
                         (GDestroyNotify) cg_found_unref);
}

static void
scan_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ScanJob *job = task_data;
  gsize len;
  const char *text = g_bytes_get_data (job->text, &len);

  job->findings
      = cg_scanner_scan_with_rules (job->scanner, job->rules, text, len, CG_SCAN_FLAGS_NONE);
  if (job->findings->len == 0)
    {
      g_task_return_pointer (task, NULL, NULL); /* nothing found */
      return;
    }
  prepare_in_thread (task, source, task_data, cancellable);
}

static void
on_scanned (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CgGuard *self = CG_GUARD (source);
  ScanJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (CgFound) found = g_task_propagate_pointer (G_TASK (result), &error);

  self->n_scanning--;
  if (error != NULL)
    return; /* cancelled: a newer copy came, or a pause */
  if (job->selection == CG_SELECTION_CLIPBOARD
      && job->generation != cg_clipboard_watcher_get_generation (self->watcher))
    return; /* the copy is gone */
  if (found != NULL && found->epoch != cg_allow_list_get_epoch (self->allow))
    {
      /* values were allowed (or no longer) meanwhile: check them again */
      g_autoptr (GTask) task
          = g_task_new (self, g_task_get_cancellable (G_TASK (result)), on_scanned, NULL);
      ScanJob *again = g_new0 (ScanJob, 1);

      *again = *job;
      again->text = g_bytes_ref (job->text);
      again->scanner = cg_scanner_ref (job->scanner);
      again->rules = job->rules != NULL ? cg_rules_ref (job->rules) : NULL;
      again->source = g_strdup (job->source);
      again->allow = g_object_ref (job->allow);
      again->places = job->places != NULL ? cg_scanner_ref (job->places) : NULL;
      again->findings = g_array_ref (job->findings);
      g_task_set_task_data (task, again, (GDestroyNotify) scan_job_free);
      g_task_set_return_on_cancel (task, TRUE);
      self->n_scanning++;
      g_task_run_in_thread (task, prepare_in_thread);
      return;
    }
  if (found != NULL)
    {
      if (found->n_allowed > 0)
        g_message ("Copy %" G_GUINT64_FORMAT ": %u value(s) kept as is or allowed before",
                   job->generation, found->n_allowed);
      if (found->findings->len > 0)
        {
          warn (self, job->selection, job->generation, job->text, found, job->source);
          return;
        }
    }
  /* A harmless copy makes an older warning moot: its copy is gone. */
  copy_is_harmless (self, job->selection);
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

/* warn-at "paste": the desktop stays quiet at copy time, the browser
 * extension warns at a paste into a guarded website. */
static gboolean
warns_at_copy (CgGuard *self)
{
  g_autofree char *when = g_settings_get_string (self->settings, "warn-at");

  return g_strcmp0 (when, "paste") != 0;
}

/* Whether @source is one of the programs the user or the administrator
 * excluded (a payroll program in which copying BSNs is the daily work). */
static gboolean
is_excluded (CgGuard *self, const char *source)
{
  g_auto (GStrv) excluded = NULL;

  if (source == NULL)
    return FALSE;
  excluded = g_settings_get_strv (self->settings, "excluded-applications");
  for (guint i = 0; excluded[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip (excluded[i]), source) == 0)
      return TRUE;
  return FALSE;
}

static void
on_copied (CgClipboardWatcher *watcher, CgSelection selection, guint64 generation, GBytes *text,
           const char *source, gpointer user_data)
{
  CgGuard *self = user_data;
  ScanJob *job;
  g_autoptr (GTask) task = NULL;

  if (is_paused (self))
    return; /* a read that ended after the pause began */
  if (selection == CG_SELECTION_CLIPBOARD)
    offer_restore (self, generation, text);
  if (!warns_at_copy (self))
    {
      g_debug ("Copy %" G_GUINT64_FORMAT ": not checked, warn-at is paste", generation);
      copy_is_harmless (self, selection);
      return;
    }
  if (is_excluded (self, source))
    {
      g_message ("Copy %" G_GUINT64_FORMAT " from %s, an excluded application: not checked",
                 generation, source);
      copy_is_harmless (self, selection);
      return;
    }
  if (self->scans[selection] != NULL)
    g_cancellable_cancel (self->scans[selection]);
  g_clear_object (&self->scans[selection]);
  self->scans[selection] = g_cancellable_new ();
  job = g_new0 (ScanJob, 1);
  job->selection = selection;
  job->generation = generation;
  job->text = g_bytes_ref (text);
  job->scanner = cg_scanner_ref (self->scanner);
  job->rules = self->rules != NULL ? cg_rules_ref (self->rules) : NULL;
  job->source = g_strdup (source);
  job->allow = g_object_ref (self->allow);
  job->places = g_settings_get_boolean (self->settings, "preview-place")
                    ? cg_scanner_ref (self->scanner)
                    : NULL;
  task = g_task_new (self, self->scans[selection], on_scanned, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) scan_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  self->n_scanning++;
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
  cg_audit_event (CG_AUDIT_SKIPPED_TOO_LARGE, &(CgAuditFields){ .action = "skip" },
                  "Copy %" G_GUINT64_FORMAT ": over the size limit of %u MB, not checked",
                  generation, g_settings_get_uint (self->settings, "size-limit-mb"));
  cg_history_add (self->history, &entry);
  body = g_strdup_printf (
      _ ("Copies over %u MB are not checked. Change the limit in the preferences."),
      g_settings_get_uint (self->settings, "size-limit-mb"));
  notify_info (self, _ ("Copy too large to check"), body);
}

/* ---- pause -------------------------------------------------------------- */

/* @action: "resume" (asked for) or "pause-over", for the audit event. */
static void
resume (CgGuard *self, const char *action)
{
  cg_clock_cancel (self->clock, self->resume_id);
  self->resume_id = 0;
  if (self->paused_until == 0)
    return;
  self->paused_until = 0;
  cg_clipboard_watcher_set_reading (self->watcher, TRUE);
  cg_audit_event (CG_AUDIT_RESUMED, &(CgAuditFields){ .action = action }, "Resumed");
  state_changed (self);
}

static gboolean
on_pause_over (gpointer user_data)
{
  CgGuard *self = user_data;

  self->resume_id = 0;
  resume (self, "pause-over");
  return G_SOURCE_REMOVE;
}

gboolean
cg_guard_may_pause (CgGuard *self, int minutes)
{
  guint max = g_settings_get_uint (self->settings, "max-pause-minutes");

  if (!g_settings_get_boolean (self->settings, "allow-pause"))
    return FALSE;
  return max == 0 || (minutes >= 0 && (guint) minutes <= max);
}

gboolean
cg_guard_pause (CgGuard *self, int minutes)
{
  if (!cg_guard_may_pause (self, minutes))
    return FALSE;
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
    cg_audit_event (CG_AUDIT_PAUSED, &(CgAuditFields){ .action = "until-resumed" },
                    "Paused until resumed");
  else
    cg_audit_event (CG_AUDIT_PAUSED, &(CgAuditFields){ .action = "timed" }, "Paused for %d minutes",
                    minutes);
  state_changed (self);
  return TRUE;
}

void
cg_guard_resume (CgGuard *self)
{
  resume (self, "resume");
}

gint64
cg_guard_get_paused_until (CgGuard *self)
{
  return self->paused_until;
}

gboolean
cg_guard_mask_last (CgGuard *self)
{
  return mask_warning (self, CG_OUTCOME_MASKED, _ ("Masked"));
}

gboolean
cg_guard_mask_entry (CgGuard *self, guint64 history_id)
{
  if (self->warning == NULL || history_id == 0 || self->warning->history_id != history_id)
    return FALSE;
  return cg_guard_mask_last (self);
}

guint64
cg_guard_get_warning_entry (CgGuard *self)
{
  return self->warning != NULL ? self->warning->history_id : 0;
}

gboolean
cg_guard_allow_entry (CgGuard *self, guint64 history_id, GError **error)
{
  const CgHistoryEntry *e = cg_history_get_entry (self->history, history_id);
  guint n_allowed = 0;

  if (e == NULL || e->values == NULL || e->values[0] == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("This entry has no values to allow."));
      return FALSE;
    }
  for (guint i = 0; e->values[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (e->values[i], ":", 3);
      if (!cg_history_value_is_valid (e->values[i]))
        continue;
      if (!cg_allow_list_allow_always (self->allow, parts[1],
                                       cg_finding_type_from_string (parts[0]), parts[2],
                                       cg_clock_now (self->clock), error))
        return FALSE;
      n_allowed++;
    }
  if (n_allowed == 0)
    {
      /* never a success that stored nothing */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("This entry has no values to allow."));
      return FALSE;
    }
  {
    g_autofree char *kinds
        = cg_audit_kinds (e->n_bsn, e->n_iban, e->n_address, e->n_rule, e->n_confidential);
    CgAuditFields fields = { .kinds = kinds, .action = "always-allow", .site = e->site };

    cg_audit_event (CG_AUDIT_ALWAYS_ALLOWED, &fields,
                    "History entry %" G_GUINT64_FORMAT ": its values are allowed always",
                    history_id);
  }
  /* allowing the copy on the clipboard answers its warning */
  if (self->warning != NULL && self->warning->history_id == history_id)
    settle (self, CG_OUTCOME_IGNORED);
  return TRUE;
}

gboolean
cg_guard_forget_entry (CgGuard *self, guint64 history_id)
{
  if (self->warning != NULL && self->warning->history_id == history_id)
    self->warning->history_id = 0;
  return cg_history_remove (self->history, history_id);
}

gboolean
cg_guard_can_mask_last (CgGuard *self)
{
  return self->warning != NULL;
}

gboolean
cg_guard_is_scanning (CgGuard *self)
{
  return self->n_scanning > 0;
}

void
cg_guard_store_clipboard (CgGuard *self)
{
  cg_clipboard_watcher_store (self->watcher);
}

/* ---- pastes into websites ---------------------------------------------- */

static char *
pasted_key (const char *site, const char *hash)
{
  return g_strconcat (site, " ", hash, NULL);
}

gboolean
cg_guard_paste_value_known (CgGuard *self, const char *site, const char *hash)
{
  g_autofree char *key = pasted_key (site, hash);

  /* only "always": a copy's "Keep as is" is no answer for a website */
  return cg_allow_list_allows_always (self->allow, hash)
         || g_hash_table_contains (self->pasted_as_is, key);
}

static void
remember_pasted_as_is (CgGuard *self, const char *site, char **values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (values[i], ":", 3);
      char *key;

      if (g_strv_length (parts) != 3)
        continue;
      key = pasted_key (site, parts[1]);
      if (!g_hash_table_add (self->pasted_as_is, key))
        continue;
      g_queue_push_tail (&self->pasted_order, key);
      if (g_queue_get_length (&self->pasted_order) > MAX_PASTED_AS_IS)
        g_hash_table_remove (self->pasted_as_is, g_queue_pop_head (&self->pasted_order));
    }
}

/* The first values' labels (see history_values()), then "+N". */
static char *
paste_preview (char **values, guint n_values)
{
  GString *out = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; values != NULL && values[i] != NULL && shown < PREVIEW_LINES; i++)
    {
      const char *label = strchr (values[i], ':');
      label = label != NULL ? strchr (label + 1, ':') : NULL;
      if (label == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, label + 1);
      shown++;
    }
  if (n_values > shown)
    g_string_append_printf (out, "\n+%u", n_values - shown);
  return g_string_free (out, FALSE);
}

/* The audit event of a paste's outcome (the native host reports only these). */
static void
audit_paste (const char *site, CgOutcome outcome, guint n_bsn, guint n_iban, guint n_address,
             guint n_rule, guint n_confidential)
{
  g_autofree char *kinds = cg_audit_kinds (n_bsn, n_iban, n_address, n_rule, n_confidential);
  CgAuditFields fields = { .kinds = kinds, .site = site };
  CgAuditEvent event;

  switch (outcome)
    {
    case CG_OUTCOME_PASTED_MASKED:
    case CG_OUTCOME_PASTE_AUTO_MASKED:
      event = CG_AUDIT_PASTED_MASKED;
      fields.action = outcome == CG_OUTCOME_PASTED_MASKED ? "mask" : "auto-mask";
      break;
    case CG_OUTCOME_PASTED_AS_IS:
      event = CG_AUDIT_PASTED_AS_IS;
      fields.action = "paste-as-is";
      break;
    case CG_OUTCOME_PASTE_CANCELLED:
      event = CG_AUDIT_PASTE_CANCELLED;
      fields.action = "cancel";
      break;
    default: g_return_if_reached ();
    }
  cg_audit_event (event, &fields, "Paste into %s holding %s: %s", site,
                  kinds != NULL ? kinds : "nothing", cg_outcome_to_string (outcome));
}

void
cg_guard_paste_done (CgGuard *self, const char *site, CgOutcome outcome, guint n_bsn, guint n_iban,
                     guint n_address, guint n_rule, guint n_confidential, char **values)
{
  g_autofree char *preview
      = paste_preview (values, n_bsn + n_iban + n_address + n_rule + n_confidential);
  CgHistoryEntry entry = { .time = cg_clock_now (self->clock),
                           .n_bsn = n_bsn,
                           .n_iban = n_iban,
                           .n_address = n_address,
                           .n_rule = n_rule,
                           .n_confidential = n_confidential,
                           .preview = preview,
                           .outcome = outcome,
                           .values = values,
                           .site = (char *) site };

  audit_paste (site, outcome, n_bsn, n_iban, n_address, n_rule, n_confidential);
  cg_history_add (self->history, &entry);
  if (outcome == CG_OUTCOME_PASTED_AS_IS)
    remember_pasted_as_is (self, site, values);
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
  if (self->clock != NULL)
    cg_clock_cancel (self->clock, self->undo_timer);
  self->undo_timer = 0;
  g_clear_pointer (&self->undo, undo_free);
  if (self->clock != NULL)
    cg_clock_cancel (self->clock, self->expiry_timer);
  self->expiry_timer = 0;
  g_clear_pointer (&self->restorable, restorable_free);
  g_clear_pointer (&self->vault, cg_vault_free);
  if (self->watcher != NULL)
    g_signal_handlers_disconnect_by_data (self->watcher, self);
  if (self->notifier != NULL)
    g_signal_handlers_disconnect_by_data (self->notifier, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->watcher);
  g_clear_object (&self->notifier);
  g_clear_object (&self->history);
  g_clear_object (&self->allow);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->scanner, cg_scanner_unref);
  g_clear_pointer (&self->rules, cg_rules_unref);
  g_queue_clear (&self->pasted_order);
  g_clear_pointer (&self->pasted_as_is, g_hash_table_unref);
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
  self->pasted_as_is = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->pasted_order);
  self->vault = cg_vault_new (MAX_REMEMBERED, NULL);
}

CgGuard *
cg_guard_new (GSettings *settings, CgClipboardWatcher *watcher, CgNotifier *notifier,
              CgHistory *history, CgAllowList *allow, CgClock *clock, GError **error)
{
  g_autoptr (CgGuard) self = g_object_new (CG_TYPE_GUARD, NULL);

  self->settings = g_object_ref (settings);
  self->allow = g_object_ref (allow);
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
    notify_info (self, _ ("The history cannot be saved"), cg_history_get_problem (history));
  return g_steal_pointer (&self);
}

void
cg_guard_set_rules (CgGuard *self, CgRules *rules)
{
  g_clear_pointer (&self->rules, cg_rules_unref);
  if (rules != NULL && cg_rules_get_n_loaded (rules) > 0)
    self->rules = cg_rules_ref (rules);
}

/* ---- placeholders ---------------------------------------------------------- */

void
cg_guard_keep_placeholder_numbers (CgGuard *self, const char *path)
{
  cg_vault_free (self->vault);
  self->vault = cg_vault_new (MAX_REMEMBERED, path);
}

gboolean
cg_guard_restore_last (CgGuard *self)
{
  return restore_values (self);
}

gboolean
cg_guard_can_restore (CgGuard *self)
{
  return self->restorable != NULL
         && self->restorable->generation == cg_clipboard_watcher_get_generation (self->watcher);
}

void
cg_guard_forget_masked_values (CgGuard *self, const char *why)
{
  guint n = cg_vault_size (self->vault);

  cg_vault_forget (self->vault);
  if (self->restorable != NULL)
    cg_notifier_withdraw (self->notifier, self->restorable->generation);
  g_clear_pointer (&self->restorable, restorable_free);
  if (n > 0)
    g_message ("%u masked value(s) forgotten: %s", n, why);
  state_changed (self);
}

guint
cg_guard_get_n_remembered (CgGuard *self)
{
  return cg_vault_size (self->vault);
}
