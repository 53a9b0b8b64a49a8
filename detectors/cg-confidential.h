/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-confidential.h: confidential business figures and documents marked
 * confidential (private to detectors/). */
#pragma once

#include "clipguard-detectors.h"

G_BEGIN_DECLS

/* The vocabulary, built once per scanner and immutable afterwards. */
typedef struct _CgConfidential CgConfidential;

CgConfidential *cg_confidential_new (void);
void cg_confidential_free (CgConfidential *conf);

/* Appends one CG_FINDING_CONFIDENTIAL finding per block found (a table or
 * a message with internal figures, or the whole text when its author marked
 * it), sorted by start.  Candidates below @threshold only with @include_weak. */
void cg_confidential_scan (const CgConfidential *conf, const char *text, gsize len,
                           double threshold, gboolean include_weak, GArray *findings);

/* The next amount in text[from, to), read as in text[floor, to) (what stands
 * before it counts from @floor on): its first and end byte, the part a mask
 * replaces (digits, separators and a sign; not the currency nor the unit).
 * FALSE when there is none. */
gboolean cg_confidential_next_amount (const char *text, gsize floor, gsize from, gsize to,
                                      gsize *start, gsize *end);

G_END_DECLS
