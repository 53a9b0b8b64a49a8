/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-summary.h: the words of a warning: what was found, as a notification
 * summary, a masked preview and counts.  Never a raw value. */
#pragma once

#include <glib.h>

#include "clipguard-detectors.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_bsn;
  guint n_iban;
  guint n_address;
} CgCounts;

CgCounts cg_summary_count (const CgFinding *findings, guint n);
/* "BSN en IBAN gekopieerd" / "BSN and IBAN copied". */
char *cg_summary_title (const CgCounts *counts);
/* One masked value a line, at most @max lines, then "+3" for the rest, in no
 * language ("bsn: *******82"), so the history shows it in the reader's. */
char *cg_summary_preview_tagged (const char *text, const CgFinding *findings, guint n, guint max);
/* A tagged preview in the words of the current language. */
char *cg_summary_render_preview (const char *tagged);

G_END_DECLS
