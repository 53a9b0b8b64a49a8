/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-normalize.h: a copy of a text in which layout no longer breaks values,
 * with the way back to the original offsets (private to detectors/).
 *
 * Copies from PDFs, web pages and spreadsheets put a no-break, narrow or
 * zero-width space inside a BSN, an IBAN or a postcode, or type digits in
 * full width; calendar and contact files fold long lines.  The detectors read
 * ASCII digits and plain spaces, so such a text is scanned in a normalised
 * copy and the findings are mapped back.  Texts without any of these (almost
 * all) are scanned as they are, without a copy. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgNormalized CgNormalized;

/* A normalised copy of @text, or NULL when it needs none.  With @reuse the
 * copy's buffer is kept for the calling thread's next copy. */
CgNormalized *cg_normalize (const char *text, gsize len, gboolean reuse);
void cg_normalized_free (CgNormalized *self);
const char *cg_normalized_text (const CgNormalized *self, gsize *len);

/* The original offset of the character at @pos of the copy (for the start
 * of a span), or of the end of the span that ends at @pos. */
gsize cg_normalized_start_to_original (const CgNormalized *self, gsize pos);
gsize cg_normalized_end_to_original (const CgNormalized *self, gsize pos);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgNormalized, cg_normalized_free)

G_END_DECLS
