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
  CG_BSN_BOXED,       /* 1 2 3 4 5 6 7 8 2: a form's digit boxes */
  CG_BSN_MRZ,         /* the personal number of a Dutch ID card's or passport's MRZ */
  CG_BSN_SPLIT_54,    /* 12345 6782: an OCR'd deed split it, right after a keyword */
} CgBsnForm;

typedef struct
{
  gsize start;
  gsize end;
  CgBsnForm form;
  char separator; /* '.', ' ', '-' or 0 */
  char digits[9];
} CgBsnCandidate;

typedef enum
{
  CG_BSN_READ_NONE,
  CG_BSN_READ_CLEAR, /* a candidate standing on its own */
  CG_BSN_READ_LOOSE, /* only its edges are loose (see cg_bsn_read_loose) */
} CgBsnRead;

/* Reads a BSN-shaped number whose first digit run is text[run_start, run_end):
 * CLEAR when it stands on its own (not inside a longer run of digits or
 * letters, a decimal number, a URL path or a phone number), LOOSE when only
 * its edges are loose; the shape is read only once.  The 11-check is not
 * done here. */
CgBsnRead cg_bsn_read (const char *text, gsize len, gsize run_start, gsize run_end,
                       CgBsnCandidate *candidate);

/* The same shapes with looser edges: only digits right before or after
 * rule it out ("4636.08.562.H.56" holds one).  For values that are known to
 * be a BSN elsewhere in the text. */
gboolean cg_bsn_read_loose (const char *text, gsize len, gsize run_start, gsize run_end,
                            CgBsnCandidate *candidate);

G_END_DECLS

#include "clipguard-detectors.h"
#include "cg-field.h"
#include "cg-table.h"

G_BEGIN_DECLS
/* The BSN in the machine-readable zone of a Dutch identity card (line 1,
 * after the document number) or passport (line 2, the personal number) when
 * the digit run at @run_start is in one. */
gboolean cg_bsn_read_mrz (const char *text, gsize len, gsize run_start, gsize run_end,
                          CgBsnCandidate *candidate);

/* A candidate whose edges are not clear (cg_bsn_read() gave
 * CG_BSN_READ_LOOSE) that is a BSN all the same: glued to its keyword
 * ("BSN644196944", "BSN226317638_huurcontract.pdf"), a path's person
 * ("/api/personen/NNN/adres"), a folder of names ("220436058_Kuipers" among
 * more like it, or with a keyword on its line), or a data frame's float
 * ("497080308.0" in a BSN column).  Fills @finding and returns TRUE then. */
gboolean cg_bsn_score_loose (const char *text, gsize len, const CgBsnCandidate *candidate,
                             CgTableCache *table, CgSqlCache *sql, CgFinding *finding);

/* Scores a candidate that passed the 11-check by its context: a key, a
 * column or a keyword that names a BSN raises it, one that names another
 * number vetoes it.  Fills @finding. */
void cg_bsn_score (const char *text, gsize len, const CgBsnCandidate *candidate,
                   CgTableCache *table, CgSqlCache *sql, CgFinding *finding);
G_END_DECLS
