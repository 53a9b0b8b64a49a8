/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-summary.h: the words of a warning: what was found, the risk, what to
 * do, and a preview that says something without revealing it (a masked value
 * that keeps the last digits; for an address its place only, and only when
 * the settings allow, else "an address").  Never a raw value. */
#pragma once

#include <glib.h>

#include "clipguard-detectors.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_bsn;
  guint n_iban;
  guint n_address;
  guint n_rule;           /* values of organisation rules */
  const char *labels;     /* their rules' labels, ", "-joined (interned), or NULL */
  guint n_confidential;   /* blocks of confidential figures, marked documents */
  CgBlockKind block_kind; /* the first block's kind */
} CgCounts;

/* What a confidential block is, in the user's language ("winst-en-verliesrekening"). */
const char *cg_summary_block_kind (CgBlockKind kind);
/* Whether every finding is a confidential block without amounts (a marked
 * document): Mask has nothing to hide, Clear empties the clipboard. */
gboolean cg_summary_clear_only (const char *text, gsize len, const CgFinding *findings, guint n);

CgCounts cg_summary_count (const CgFinding *findings, guint n);
/* The same from the values (cg_values_new() of @findings), in one pass. */
CgCounts cg_summary_count_values (const CgFinding *findings, const CgValues *values);
/* The values a warning and a mask's confirmation show. */
#define CG_SUMMARY_SHOWN 3
/* "Personal data copied: BSN and IBAN" / "Persoonsgegevens gekopieerd: BSN en IBAN". */
char *cg_summary_title (const CgCounts *counts);
/* "Personal data masked: BSN" (after masking without asking). */
char *cg_summary_masked_title (const CgCounts *counts);

/* One value a line, at most @max lines, then "+3" for the rest, in no
 * language ("bsn: *******82", "address:", "address: Utrecht"), so the history
 * shows it in the reader's.  An address's place is named only with
 * @scanner (else an address is just "an address"). */
char *cg_summary_preview_tagged (CgScanner *scanner, const char *text, const CgFinding *findings,
                                 guint n, guint max);
/* One value's line of a tagged preview (@parts: its findings, see
 * cg_values_get_parts()). */
char *cg_summary_value_tagged (CgScanner *scanner, const char *text, const CgFinding *findings,
                               const guint *parts, guint n_parts);
/* The first @max lines of a tagged preview of every value, then "+N" for
 * the rest: what cg_summary_preview_tagged() would give with @max, without
 * going over the text again. */
char *cg_summary_preview_first (const char *all, guint max);
/* A tagged preview in the words of the current language: "BSN *******82",
 * "an address in Utrecht", "and 3 more". */
char *cg_summary_render_preview (const char *tagged);

/* The body of a warning about the clipboard with @n_values values, the first
 * of @first_type: the risk, the preview, and what "Mask" does (@replacement:
 * what masking writes for the first value, see cg_mask_replacements(); with
 * @clear_only, a marked document without amounts, that "Clear" empties the
 * clipboard); without buttons (@can_answer FALSE) where to mask instead. */
char *cg_summary_warning_body (CgFindingType first_type, guint n_values, const char *preview,
                               const char *replacement, gboolean clear_only, gboolean can_answer);
/* The body of a notice about a selection (not copied: nothing to mask). */
char *cg_summary_selection_body (const char *preview);
/* The body of the notice after masking: what the clipboard holds now, the
 * first values' replacements (@shown, @n_shown of them; a confidential
 * block, whose @blocks entry is not CG_BLOCK_NONE, by its kind) and how many
 * more. */
char *cg_summary_masked_body (guint n_values, const char *const *shown, const CgBlockKind *blocks,
                              guint n_shown);

G_END_DECLS
