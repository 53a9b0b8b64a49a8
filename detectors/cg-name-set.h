/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-name-set.h: a read-only set of normalised names (streets, places), for
 * gazetteer look-ups on the scan path (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgNameSet CgNameSet;

/* Builds a set from @lines: one normalised name a line (see
 * build-aux/compact-gazetteer.py).  The set keeps a reference on @lines and
 * points into it, so the names cost no copy. */
CgNameSet *cg_name_set_new (GBytes *lines);
/* Adds the last word of each name of @names (for a cheap first test). */
CgNameSet *cg_name_set_new_last_words (const CgNameSet *names);
void cg_name_set_free (CgNameSet *set);
gboolean cg_name_set_contains (const CgNameSet *set, const char *name, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgNameSet, cg_name_set_free)

G_END_DECLS
