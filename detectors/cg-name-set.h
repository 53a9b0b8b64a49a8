/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-name-set.h: a read-only set of normalised names (streets, places), for
 * gazetteer look-ups on the scan path (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgNameSet CgNameSet;

/* The set of table @index of @file, a hash table file made at build time
 * (build-aux/make-name-table.py), used in place: nothing is copied or built.
 * The set keeps a reference on @file.  NULL with @error when the file is not
 * such a table. */
CgNameSet *cg_name_set_new (GBytes *file, guint index, GError **error);
void cg_name_set_free (CgNameSet *set);
gboolean cg_name_set_contains (const CgNameSet *set, const char *name, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgNameSet, cg_name_set_free)

G_END_DECLS
