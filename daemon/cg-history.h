/* cg-history.h: the warning history, kept under $XDG_STATE_HOME/clipguard/.
 * It never holds a raw value: only types, counts, a masked preview and what
 * happened. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CG_OUTCOME_UNANSWERED,
  CG_OUTCOME_MASKED,
  CG_OUTCOME_IGNORED,
  CG_OUTCOME_AUTO_MASKED,
  CG_OUTCOME_TOO_LARGE, /* over the size limit: not checked */
  CG_OUTCOME_REPLACED,  /* a newer copy came before an answer; not masked */
} CgOutcome;

typedef struct
{
  guint64 id;
  gint64 time; /* seconds since the epoch, UTC */
  guint n_bsn;
  guint n_iban;
  guint n_address;
  char *preview; /* masked */
  CgOutcome outcome;
} CgHistoryEntry;

#define CG_TYPE_HISTORY (cg_history_get_type ())
G_DECLARE_FINAL_TYPE (CgHistory, cg_history, CG, HISTORY, GObject)

/* @path NULL: $XDG_STATE_HOME/clipguard/history.json.  Loads it; a corrupt
 * file is moved aside (history.json.corrupt-TIME) with a warning. */
CgHistory *cg_history_new (const char *path);
const char *cg_history_get_path (CgHistory *self);

void cg_history_set_retention (CgHistory *self, guint days, guint max_entries);
/* Adds an entry (copying @entry; its id and, when 0, its time are set) and
 * saves.  Returns the id. */
guint64 cg_history_add (CgHistory *self, const CgHistoryEntry *entry);
gboolean cg_history_set_outcome (CgHistory *self, guint64 id, CgOutcome outcome);
void cg_history_clear (CgHistory *self);
/* Newest first; the array and entries belong to the history. */
GPtrArray *cg_history_get_entries (CgHistory *self);
/* Reads the file again (another process changed it). */
void cg_history_reload (CgHistory *self);

const char *cg_outcome_to_string (CgOutcome outcome);
const char *cg_outcome_describe (CgOutcome outcome); /* translated */

/* Writes the file atomically (write and rename, mode 0600, directory 0700). */
gboolean cg_history_save (CgHistory *self, GError **error);

G_END_DECLS
