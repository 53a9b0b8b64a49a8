/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-bsn.h: the shape and checksum of a BSN candidate (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CG_BSN_PLAIN,       /* 123456782 */
  CG_BSN_PLAIN_8,     /* 12345674: a BSN whose leading zero was dropped */
  CG_BSN_GROUPED_423, /* 1234.56.782, 1234 56 782, 1234-56-782 */
  CG_BSN_GROUPED_333, /* 123.456.782, 123 456 782, 123-456-782 */
} CgBsnForm;

typedef struct
{
  gsize start;
  gsize end;
  CgBsnForm form;
  char separator; /* '.', ' ', '-' or 0 */
  char digits[9];
} CgBsnCandidate;

/* Reads a BSN-shaped number whose first digit run is text[run_start, run_end),
 * standing on its own: not inside a longer run of digits or letters, a
 * decimal number, a URL path or a phone number.  The 11-check is not done here. */
gboolean cg_bsn_read_candidate (const char *text, gsize len, gsize run_start, gsize run_end,
                                CgBsnCandidate *candidate);

G_END_DECLS

#include "clipguard-detectors.h"
#include "cg-table.h"

G_BEGIN_DECLS
/* Scores a candidate that passed the 11-check by its context: a keyword or a
 * table column that names a BSN raises it, one that names another number
 * vetoes it.  Fills @finding. */
void cg_bsn_score (const char *text, gsize len, const CgBsnCandidate *candidate,
                   CgTableCache *table, CgFinding *finding);
G_END_DECLS
