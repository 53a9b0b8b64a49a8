/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-name-set.c: open-addressing hash set over names kept in one buffer.
 *
 * 160 000 street names as GHashTable entries would cost some 10 MB of small
 * allocations in a daemon meant to idle under 40 MB; here each name is a
 * (offset, length) pair into the embedded list, in a power-of-two table. */
#include "cg-name-set.h"

#include <string.h>

typedef struct
{
  guint32 offset;
  guint32 len; /* 0 marks an empty slot */
} Slot;

struct _CgNameSet
{
  GBytes *bytes; /* owner of the names, may be NULL for a derived set */
  const char *base;
  Slot *slots;
  guint32 mask;
  guint n_names;
};

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

static gboolean
slot_equals (const CgNameSet *set, const Slot *slot, const char *name, gsize len)
{
  return slot->len == len && memcmp (set->base + slot->offset, name, len) == 0;
}

/* Inserts base[offset, offset + len) unless it is there already. */
static void
insert (CgNameSet *set, guint32 offset, guint32 len)
{
  const char *name = set->base + offset;
  guint32 i = hash_name (name, len) & set->mask;

  while (set->slots[i].len != 0)
    {
      if (slot_equals (set, &set->slots[i], name, len))
        return;
      i = (i + 1) & set->mask;
    }
  set->slots[i].offset = offset;
  set->slots[i].len = len;
  set->n_names++;
}

static guint
count_lines (const char *data, gsize size)
{
  guint n = 0;

  for (const char *p = data; p < data + size; p++)
    n += *p == '\n';
  return n + 1;
}

static void
allocate_slots (CgNameSet *set, guint n_names)
{
  guint32 capacity = 1024;

  while (capacity < n_names * 2u)
    capacity *= 2;
  set->slots = g_new0 (Slot, capacity);
  set->mask = capacity - 1;
}

static void
insert_lines (CgNameSet *set, gsize size)
{
  gsize start = 0;

  for (gsize i = 0; i <= size; i++)
    {
      if (i == size || set->base[i] == '\n')
        {
          gsize end = i;
          if (end > start && set->base[end - 1] == '\r')
            end--;
          if (end > start && set->base[start] != '#')
            insert (set, (guint32) start, (guint32) (end - start));
          start = i + 1;
        }
    }
}

CgNameSet *
cg_name_set_new (GBytes *lines)
{
  CgNameSet *set = g_new0 (CgNameSet, 1);
  gsize size;

  set->bytes = g_bytes_ref (lines);
  set->base = g_bytes_get_data (lines, &size);
  if (set->base == NULL)
    set->base = "";
  allocate_slots (set, count_lines (set->base, size));
  insert_lines (set, size);
  return set;
}

CgNameSet *
cg_name_set_new_last_words (const CgNameSet *names)
{
  CgNameSet *set = g_new0 (CgNameSet, 1);

  /* The last words are substrings of the names: point into the same buffer. */
  set->bytes = names->bytes ? g_bytes_ref (names->bytes) : NULL;
  set->base = names->base;
  allocate_slots (set, names->n_names);
  for (guint32 i = 0; i <= names->mask; i++)
    {
      const Slot *s = &names->slots[i];
      const char *name = names->base + s->offset;
      const char *space;

      if (s->len == 0)
        continue;
      space = g_strrstr_len (name, s->len, " ");
      if (space == NULL)
        insert (set, s->offset, s->len);
      else
        insert (set, (guint32) (space + 1 - names->base), (guint32) (name + s->len - space - 1));
    }
  return set;
}

void
cg_name_set_free (CgNameSet *set)
{
  if (set == NULL)
    return;
  g_clear_pointer (&set->bytes, g_bytes_unref);
  g_free (set->slots);
  g_free (set);
}

gboolean
cg_name_set_contains (const CgNameSet *set, const char *name, gsize len)
{
  guint32 i;

  if (len == 0)
    return FALSE;
  i = hash_name (name, len) & set->mask;
  while (set->slots[i].len != 0)
    {
      if (slot_equals (set, &set->slots[i], name, len))
        return TRUE;
      i = (i + 1) & set->mask;
    }
  return FALSE;
}
