/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-guard.h: the guard's decisions: what happens to a copy, from the scan to
 * the user's answer.  No GTK: it talks to a clipboard watcher, a notifier, the
 * history and a clock, all of which tests replace with fakes. */
#pragma once

#include <gio/gio.h>

#include "cg-allow-list.h"
#include "cg-clipboard-watcher.h"
#include "cg-clock.h"
#include "cg-history.h"
#include "cg-notifier.h"

G_BEGIN_DECLS

#define CG_TYPE_GUARD (cg_guard_get_type ())
G_DECLARE_FINAL_TYPE (CgGuard, cg_guard, CG, GUARD, GObject)

/* Signal "state-changed": paused, resumed, or a warning came or went.
 * @settings is of the schema nl.clipguard.ClipGuard. */
CgGuard *cg_guard_new (GSettings *settings, CgClipboardWatcher *watcher, CgNotifier *notifier,
                       CgHistory *history, CgAllowList *allow, CgClock *clock, GError **error);

/* @minutes < 0: until resumed.  FALSE, doing nothing, when the settings do
 * not allow it (allow-pause, max-pause-minutes: an administrator's lock). */
gboolean cg_guard_pause (CgGuard *self, int minutes);
gboolean cg_guard_may_pause (CgGuard *self, int minutes);
void cg_guard_resume (CgGuard *self);
/* 0 when active, -1 when paused until resumed, else the end as Unix time. */
gint64 cg_guard_get_paused_until (CgGuard *self);
/* Masks the last copy with findings, if the clipboard still holds it. */
gboolean cg_guard_mask_last (CgGuard *self);
/* Whether there is a copy with findings that mask-last would mask. */
gboolean cg_guard_can_mask_last (CgGuard *self);
/* The history entry of the copy with an unanswered warning, or 0. */
guint64 cg_guard_get_warning_entry (CgGuard *self);
/* Masks the copy of history entry @history_id if it is the one with a warning
 * (still on the clipboard). */
gboolean cg_guard_mask_entry (CgGuard *self, guint64 history_id);
/* "Always allow": the values of history entry @history_id never warn again. */
gboolean cg_guard_allow_entry (CgGuard *self, guint64 history_id, GError **error);
/* "Forget this entry". */
gboolean cg_guard_forget_entry (CgGuard *self, guint64 history_id);
/* The organisation's rules for the copies from now on (NULL: none). */
void cg_guard_set_rules (CgGuard *self, CgRules *rules);
/* Whether a copy is being scanned (in a worker thread) right now. */
gboolean cg_guard_is_scanning (CgGuard *self);
/* Before quitting: what clipguard serves must outlive it. */
void cg_guard_store_clipboard (CgGuard *self);

/* The browser paste guard (its native host asks over D-Bus, see
 * cg-paste-service.h).  Whether a paste on @site need not ask about the
 * value with keyed hash @hash: allowed always, or pasted as is on @site
 * before in this session.  (A copy's "Keep as is" does not count: the paste
 * into a website is the moment that matters.) */
gboolean cg_guard_paste_value_known (CgGuard *self, const char *site, const char *hash);
/* What the user did with a paste on @site holding values (@values:
 * "TYPE:HASH:LABEL" as in CgHistoryEntry, the first ones): the history
 * records it; after "Paste as is" the values are known on @site. */
void cg_guard_paste_done (CgGuard *self, const char *site, CgOutcome outcome, guint n_bsn,
                          guint n_iban, guint n_address, guint n_rule, guint n_confidential,
                          char **values);

/* The session's placeholders for the @n values of a paste (@types, @rules:
 * a rule's ID or NULL, @identities and @values as CgPlaceholderFunc has
 * them), remembered for Restore as a Mask's are; NULL when placeholders are
 * not numbered for the session. */
char **cg_guard_issue_placeholders (CgGuard *self, const CgFindingType *types,
                                    const char *const *rules, const char *const *identities,
                                    const char *const *values, guint n);

/* Placeholders for the session (mask-style "placeholder"): the last number
 * of each kind is kept in the file at @path (no value), so that a number is
 * never given to another value after a restart. */
void cg_guard_keep_placeholder_numbers (CgGuard *self, const char *path);
/* Puts the values back into the copy on the clipboard that holds
 * placeholders the guard wrote; FALSE when there is none (or a newer copy). */
gboolean cg_guard_restore_last (CgGuard *self);
gboolean cg_guard_can_restore (CgGuard *self);
/* Drops every remembered value ("Forget masked values", a locked session,
 * quitting); @why goes to the log. */
void cg_guard_forget_masked_values (CgGuard *self, const char *why);
guint cg_guard_get_n_remembered (CgGuard *self);

G_END_DECLS
