/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-context.h: the words around a candidate that make it more or less likely
 * to be what it looks like (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CG_KEYWORDS_BSN,     /* BSN, burgerservicenummer, ...; vetoes: ordernummer, tel, ... */
  CG_KEYWORDS_ADDRESS, /* adres, straat, huisnummer, woonachtig, ... */
} CgKeywordSet;

typedef enum
{
  CG_VERDICT_NONE,
  CG_VERDICT_POSITIVE,
  CG_VERDICT_VETO,
} CgVerdict;

typedef struct
{
  CgVerdict verdict;
  const char *keyword; /* static: the listed word that decided, or "*nummer" */
} CgContext;

/* How one lower-cased token counts for @set; sets *@keyword (static) when it counts. */
CgVerdict cg_keywords_classify (CgKeywordSet set, const char *token, gsize len,
                                const char **keyword);

/* The keyword nearest to text[start, end) on its line: first looking back at
 * most @reach bytes, then forward a little.  Sets @out and returns its verdict. */
CgVerdict cg_context_on_line (CgKeywordSet set, const char *text, gsize len, gsize start, gsize end,
                              gsize reach, CgContext *out);

/* For a value alone on its line ("BSN:\n123456782"): the last words of the
 * nearest non-empty line above. */
CgVerdict cg_context_label_above (CgKeywordSet set, const char *text, gsize start, CgContext *out);

/* The keyword at the end of the line before the value's (a sentence wrapped
 * after "BSN"); positive verdicts only. */
CgVerdict cg_context_line_before (CgKeywordSet set, const char *text, gsize len, gsize start,
                                  CgContext *out);

/* The label paired with the value alone on its line at @start when a form's
 * labels and values stand in two blocks of equal length; positive only. */
CgVerdict cg_context_label_block (CgKeywordSet set, const char *text, gsize len, gsize start,
                                  CgContext *out);

/* A bare number on its line (besides a chat's speaker and time, at most
 * three words) answering a line above that asks for a BSN; positive only. */
CgVerdict cg_context_conversation (const char *text, gsize len, gsize start, gsize end,
                                   CgContext *out);

/* The verdict of the words in text[from, to), nearest to @to first (a
 * form's label: "Uw burgerservicenummer"). */
CgVerdict cg_context_in_span_backwards (CgKeywordSet set, const char *text, gsize from, gsize to,
                                        CgContext *out);

/* The verdict of the words in text[from, to) (a table header cell). */
CgVerdict cg_context_in_span (CgKeywordSet set, const char *text, gsize from, gsize to,
                              CgContext *out);

G_END_DECLS
