/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-found.h: what a copy's scan found, made ready for a warning in the
 * worker thread: the values not allowed, their hashes, the counts and a
 * bounded preview, so that the main loop does nothing that grows with the
 * number of values (an export of 100,000 rows holds 200,000). */
#pragma once

#include "cg-allow-list.h"
#include "cg-summary.h"
#include "clipguard-detectors.h"

G_BEGIN_DECLS

/* The values the history keeps of one copy (for "Always allow"). */
#define CG_FOUND_MAX_HISTORY_VALUES 100

typedef struct
{
  GArray *findings;       /* of the values not allowed (CgFinding) */
  CgValues *values;       /* of @findings */
  GPtrArray *hashes;      /* one per value, for "Keep as is" */
  CgCounts counts;        /* of the values */
  char *rules;            /* their rules' IDs, for the audit event, or NULL */
  char *tagged;           /* the first CG_SUMMARY_SHOWN values, then "+N" (cg-summary.h) */
  char **history;         /* the first CG_FOUND_MAX_HISTORY_VALUES "TYPE:HASH:LABEL" */
  guint n_shown_findings; /* the findings up to the last part of the values shown */
  guint n_allowed;        /* values left out: allowed, for the session or always */
  guint64 epoch;          /* the allow list's when checked (cg_allow_list_get_epoch()) */
} CgFound;

/* Any thread: @places names an address's place in the preview (NULL: not). */
CgFound *cg_found_new (CgAllowList *allow, CgScanner *places, const char *text, GArray *findings);
CgFound *cg_found_ref (CgFound *found);
void cg_found_unref (CgFound *found);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgFound, cg_found_unref)
guint cg_found_get_n_values (const CgFound *found);
/* The index into @findings of value @i's first part. */
guint cg_found_first_part (const CgFound *found, guint i);

G_END_DECLS
