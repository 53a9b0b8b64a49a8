/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-name-set.c: open-addressing hash set over names kept in one buffer.
 *
 * The table is made at build time and compiled into the program, so a
 * scanner starts without hashing 160 000 street names, and the table is
 * shared read-only memory, touched only where a look-up lands. */
#include "cg-name-set.h"

#include <string.h>

#include "clipguard-detectors.h"

#define HEADER_SIZE 16
#define MAX_TABLES 4

struct _CgNameSet
{
  GBytes *bytes;
  const guint8 *slots; /* little-endian u32 each */
  const char *blob;
  guint32 mask;
  guint32 blob_size;
};

static guint32
read_u32 (const guint8 *p)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return GUINT32_FROM_LE (v);
}

/* Must match build-aux/make-name-table.py. */
static guint32
hash_name (const char *s, gsize len)
{
  guint32 h = 2166136261u; /* FNV-1a */

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) s[i];
      h *= 16777619u;
    }
  return h;
}

CgNameSet *
cg_name_set_new (GBytes *file, guint index, GError **error)
{
  gsize size, offset;
  const guint8 *data = g_bytes_get_data (file, &size);
  guint32 n_tables, blob_size, mask = 0;
  CgNameSet *set;

  if (size < HEADER_SIZE || memcmp (data, "CGNT", 4) != 0 || read_u32 (data + 4) != 2)
    goto bad;
  n_tables = read_u32 (data + 8);
  blob_size = read_u32 (data + 12);
  if (n_tables == 0 || n_tables > MAX_TABLES || index >= n_tables
      || size < HEADER_SIZE + n_tables * 8)
    goto bad;
  /* Every table's size is a power of two; together with the blob they fill
   * the file exactly. */
  offset = HEADER_SIZE + n_tables * 8;
  for (guint t = 0; t < n_tables; t++)
    {
      guint32 m = read_u32 (data + HEADER_SIZE + t * 8 + 4);
      if ((m & (m + 1)) != 0 || m > (1u << 26))
        goto bad;
      if (t == index)
        mask = m;
      else if (t < index)
        offset += ((gsize) m + 1) * 4;
    }
  {
    gsize slots_total = 0;
    for (guint t = 0; t < n_tables; t++)
      slots_total += ((gsize) read_u32 (data + HEADER_SIZE + t * 8 + 4) + 1) * 4;
    if (size != HEADER_SIZE + n_tables * 8 + slots_total + blob_size)
      goto bad;
    set = g_new0 (CgNameSet, 1);
    set->bytes = g_bytes_ref (file);
    set->mask = mask;
    set->slots = data + offset;
    set->blob = (const char *) data + HEADER_SIZE + n_tables * 8 + slots_total;
    set->blob_size = blob_size;
  }
  return set;

bad:
  g_set_error (error, CG_SCANNER_ERROR, CG_SCANNER_ERROR_DATA, "A name table is damaged");
  return NULL;
}

void
cg_name_set_free (CgNameSet *set)
{
  if (set == NULL)
    return;
  g_bytes_unref (set->bytes);
  g_free (set);
}

gboolean
cg_name_set_contains (const CgNameSet *set, const char *name, gsize len)
{
  guint32 i;

  if (len == 0)
    return FALSE;
  i = hash_name (name, len) & set->mask;
  for (guint32 probes = 0; probes <= set->mask; probes++, i = (i + 1) & set->mask)
    {
      guint32 slot = read_u32 (set->slots + (gsize) i * 4);
      guint32 offset;

      if (slot == 0)
        return FALSE;
      offset = slot - 1;
      /* The blob ends every name with '\n'; bounds are checked, not trusted. */
      if (offset < set->blob_size && set->blob_size - offset > len
          && set->blob[offset + len] == '\n' && memcmp (set->blob + offset, name, len) == 0)
        return TRUE;
    }
  return FALSE;
}
