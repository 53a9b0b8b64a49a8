/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-iban.h: the IBAN registry table and the IBAN matcher (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_IBAN_MAX_LENGTH 34

typedef struct
{
  guint8 count;
  char kind; /* 'n' digit, 'a' letter, 'c' letter or digit */
} CgBbanPart;

typedef struct
{
  char code[3];
  guint8 length; /* whole IBAN, country code included */
  guint8 n_parts;
  CgBbanPart parts[10];
} CgIbanFormat;

typedef struct _CgIbanRegistry CgIbanRegistry;

/* Parses data/iban-registry.tsv. */
CgIbanRegistry *cg_iban_registry_new (GBytes *tsv, GError **error);
void cg_iban_registry_free (CgIbanRegistry *registry);
const CgIbanFormat *cg_iban_registry_lookup (const CgIbanRegistry *registry, guchar c1, guchar c2);
/* The formats, in registry order, for tests. */
const CgIbanFormat *cg_iban_registry_get (const CgIbanRegistry *registry, guint index);
guint cg_iban_registry_size (const CgIbanRegistry *registry);

/* Reads an IBAN whose country code starts at text[start]: compact or grouped
 * by four with single spaces, upper or lower case, exactly the length of its
 * country's format.  On success sets *@end (exclusive) and returns TRUE. */
gboolean cg_iban_match (const CgIbanRegistry *registry, const char *text, gsize len, gsize start,
                        gsize *end);

/* Checks a compact IBAN (no spaces): country, length, BBAN format, mod-97. */
gboolean cg_iban_check_compact (const CgIbanRegistry *registry, const char *iban, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgIbanRegistry, cg_iban_registry_free)

G_END_DECLS
