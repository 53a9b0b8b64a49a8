/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-keywords.h: many keywords found in one pass over a text (private to
 * detectors/).  Used by the organisation rules, whose keywords must be looked
 * for in every copy: the pass is the largest part of what rules cost. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgKeywordSet CgKeywordSet;

/* One occurrence of the keyword added with @id, as a whole word, at @start.
 * Occurrences come in the order of their anchors (three of their bytes),
 * which is text order except where keywords overlap. */
typedef void (*CgKeywordFunc) (guint id, gsize start, gpointer user_data);

CgKeywordSet *cg_keyword_set_new (void);
void cg_keyword_set_free (CgKeywordSet *set);

/* @keyword: not empty, ASCII letters in lower case (other bytes are compared
 * as they are).  The text's ASCII letters match in either case.  The same
 * keyword may be added under several IDs. */
void cg_keyword_set_add (CgKeywordSet *set, const char *keyword, guint id);
guint cg_keyword_set_get_size (const CgKeywordSet *set);
/* After the last cg_keyword_set_add(), before cg_keyword_set_find(). */
void cg_keyword_set_prepare (CgKeywordSet *set);

/* Every occurrence in text[0, len), as a whole word: the bytes around it are
 * not word bytes (cg_is_word_byte), where the keyword's own first or last
 * byte is one.  @vector: use the processor's vector instructions where it
 * has them (SSSE3); FALSE for the plain loop, which finds the same (tests
 * compare the two). */
void cg_keyword_set_find (const CgKeywordSet *set, const char *text, gsize len, gboolean vector,
                          CgKeywordFunc func, gpointer user_data);

G_END_DECLS
