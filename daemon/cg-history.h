/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history.h: the warning history, kept under $XDG_STATE_HOME/clipguard/.
 * It never holds a raw value: only types, counts, a masked preview and what
 * happened. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The nicks are the words the history file uses. */
typedef enum
{
  CG_OUTCOME_UNANSWERED,  /*< nick=unanswered >*/
  CG_OUTCOME_MASKED,      /*< nick=masked >*/
  CG_OUTCOME_IGNORED,     /*< nick=ignored >*/
  CG_OUTCOME_AUTO_MASKED, /*< nick=auto-masked >*/
  CG_OUTCOME_TOO_LARGE,   /*< nick=too-large >*/
  CG_OUTCOME_REPLACED,    /*< nick=replaced >*/
  CG_OUTCOME_UNDONE,      /*< nick=undone >*/
  /* a paste into a guarded website (the browser extension) */
  CG_OUTCOME_PASTED_MASKED,     /*< nick=pasted-masked >*/
  CG_OUTCOME_PASTED_AS_IS,      /*< nick=pasted-as-is >*/
  CG_OUTCOME_PASTE_CANCELLED,   /*< nick=paste-cancelled >*/
  CG_OUTCOME_PASTE_AUTO_MASKED, /*< nick=paste-auto-masked >*/
  /* a document marked confidential without amounts: the clipboard emptied */
  CG_OUTCOME_CLEARED, /*< nick=cleared >*/
} CgOutcome;

typedef struct
{
  guint64 id;
  gint64 time; /* seconds since the epoch, UTC */
  guint n_bsn;
  guint n_iban;
  guint n_address;
  guint n_rule;         /* values of organisation rules */
  guint n_confidential; /* blocks of confidential figures, marked documents */
  char *preview;        /* masked, language-free (see cg-summary.h) */
  CgOutcome outcome;
  /* the values found, for "Always allow" later: "TYPE:HASH:LABEL", the hash
   * keyed (cg-allow-list.h), the label masked; the first
   * CG_HISTORY_MAX_VALUES only (the counts say how many); NULL for none */
  char **values;
  /* a paste's website: its host name only, never the page's address or
   * title; NULL for a copy */
  char *site;
} CgHistoryEntry;

#define CG_HISTORY_MAX_VALUES 100

#define CG_TYPE_HISTORY (cg_history_get_type ())
G_DECLARE_FINAL_TYPE (CgHistory, cg_history, CG, HISTORY, GObject)

/* Signal "changed": the entries changed.
 *
 * @path NULL: $XDG_STATE_HOME/clipguard/history.json.  Loads it.  A file that
 * is not a history is moved aside (history.json.corrupt-TIME); one with bad
 * entries keeps its good ones and a copy of itself (history.json.bad-TIME);
 * one that cannot be read at all is left alone, and the history lives in
 * memory only (cg_history_get_problem()). */
CgHistory *cg_history_new (const char *path);
/* Why the file cannot be used (translated, for the user), or NULL. */
const char *cg_history_get_problem (CgHistory *self);

/* @days 0 keeps no history at all. */
void cg_history_set_retention (CgHistory *self, guint days, guint max_entries);
/* Adds a copy of @entry (its id set, and its time when 0).  Returns the id,
 * or 0 when the history keeps nothing. */
guint64 cg_history_add (CgHistory *self, const CgHistoryEntry *entry);
gboolean cg_history_set_outcome (CgHistory *self, guint64 id, CgOutcome outcome);
/* The entry @id, or NULL; it belongs to the history. */
const CgHistoryEntry *cg_history_get_entry (CgHistory *self, guint64 id);
/* Forgets one entry. */
gboolean cg_history_remove (CgHistory *self, guint64 id);
void cg_history_clear (CgHistory *self);
/* Newest first; the entries belong to the history. */
GPtrArray *cg_history_get_entries (CgHistory *self);

/* Changes are saved in the background, merged, at most one write per main
 * loop turn.  This waits for a write under way and writes what is pending. */
gboolean cg_history_flush (CgHistory *self, GError **error);

/* Whether @value is of the form of CgHistoryEntry.values. */
gboolean cg_history_value_is_valid (const char *value);

const char *cg_outcome_to_string (CgOutcome outcome);
/* What happened, in words ("Masked", "Pasted masked into chatgpt.com"). */
char *cg_history_entry_describe (const CgHistoryEntry *entry);
/* Whether @site is a host name as the history keeps it (lower-case letters,
 * digits, dots and hyphens, at most 253 bytes). */
gboolean cg_history_site_is_valid (const char *site);

G_END_DECLS
