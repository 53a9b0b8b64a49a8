/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-vault.c: the session's placeholders and what they stood for.
 *
 * Every value, its identity and the index that finds a value by its
 * identity live in one anonymous mapping that is kept out of core dumps
 * (MADV_DONTDUMP) and zeroed and given back when values are dropped; the
 * heap holds only the placeholders' names ("BSN-3") and the numbers.  The
 * values sit in a ring of fixed slots: the oldest go first, and dropping
 * the values remembered before a time drops from the oldest end. */
#include "cg-vault.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#define SLOT_BYTES 512
#define NAME_MAX_BYTES 96

typedef struct
{
  gint64 time; /* when remembered */
  guint32 number;
  guint16 kind_len;
  guint16 identity_len;
  guint16 value_len;
  guint16 used;
  char data[SLOT_BYTES - 20]; /* kind NUL identity NUL value NUL */
} Slot;

G_STATIC_ASSERT (sizeof (Slot) == SLOT_BYTES);

struct _CgVault
{
  guint capacity;
  char *numbers_path;
  GHashTable *numbers; /* kind -> last number issued */
  gboolean numbers_changed;

  /* the protected mapping: capacity slots, then the index */
  void *region;
  gsize region_size;
  Slot *slots;
  guint32 *index; /* slot + 1, or 0; open addressing, linear probing */
  guint index_mask;
  guint head, count; /* the ring: the oldest slot, how many are used */
  GHashTable *names; /* "BSN-3" -> slot + 1 */
};

static const char *
slot_kind (const Slot *s)
{
  return s->data;
}

static const char *
slot_identity (const Slot *s)
{
  return s->data + s->kind_len + 1;
}

static const char *
slot_value (const Slot *s)
{
  return s->data + s->kind_len + 1 + s->identity_len + 1;
}

static guint64
hash_of (const char *s, gsize len)
{
  guint64 h = 0xcbf29ce484222325ULL; /* FNV-1a; the index is in the mapping too */

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) s[i];
      h *= 0x100000001b3ULL;
    }
  return h;
}

static gboolean
ensure_region (CgVault *v)
{
  guint index_size = 1;
  gsize slots_size;
  void *p;

  if (v->region != NULL)
    return TRUE;
  while (index_size < v->capacity * 2)
    index_size <<= 1;
  slots_size = (gsize) v->capacity * sizeof (Slot);
  v->region_size = slots_size + (gsize) index_size * sizeof (guint32);
  p = mmap (NULL, v->region_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    {
      g_warning ("Cannot set memory aside for the masked values: %s", g_strerror (errno));
      return FALSE;
    }
#ifdef MADV_DONTDUMP
  if (madvise (p, v->region_size, MADV_DONTDUMP) != 0)
    g_warning ("The masked values cannot be kept out of core dumps: %s", g_strerror (errno));
#endif
  v->region = p;
  v->slots = p;
  v->index = (guint32 *) (void *) ((char *) p + slots_size);
  v->index_mask = index_size - 1;
  return TRUE;
}

static void
release_region (CgVault *v)
{
  if (v->region == NULL)
    return;
  explicit_bzero (v->region, v->region_size);
  munmap (v->region, v->region_size);
  v->region = NULL;
  v->slots = NULL;
  v->index = NULL;
  v->head = v->count = 0;
  g_hash_table_remove_all (v->names);
}

/* ---- the index: identity -> slot ------------------------------------------- */

static gint
index_find (CgVault *v, const char *identity, gsize len)
{
  if (v->region == NULL)
    return -1;
  for (guint i = (guint) hash_of (identity, len) & v->index_mask;; i = (i + 1) & v->index_mask)
    {
      guint32 e = v->index[i];
      const Slot *s;

      if (e == 0)
        return -1;
      s = &v->slots[e - 1];
      if (s->identity_len == len && memcmp (slot_identity (s), identity, len) == 0)
        return (gint) (e - 1);
    }
}

static void
index_insert (CgVault *v, guint slot)
{
  const Slot *s = &v->slots[slot];
  guint i = (guint) hash_of (slot_identity (s), s->identity_len) & v->index_mask;

  while (v->index[i] != 0)
    i = (i + 1) & v->index_mask;
  v->index[i] = slot + 1;
}

/* Linear probing with backward shift: no tombstones. */
static void
index_remove (CgVault *v, guint slot)
{
  const Slot *s = &v->slots[slot];
  guint i = (guint) hash_of (slot_identity (s), s->identity_len) & v->index_mask;

  while (v->index[i] != slot + 1)
    {
      if (v->index[i] == 0)
        return;
      i = (i + 1) & v->index_mask;
    }
  for (guint j = (i + 1) & v->index_mask; v->index[j] != 0; j = (j + 1) & v->index_mask)
    {
      const Slot *t = &v->slots[v->index[j] - 1];
      guint home = (guint) hash_of (slot_identity (t), t->identity_len) & v->index_mask;

      /* moves back when its home is not in (i, j] */
      if (((j - home) & v->index_mask) >= ((j - i) & v->index_mask))
        {
          v->index[i] = v->index[j];
          i = j;
        }
    }
  v->index[i] = 0;
}

static char *
name_of (const char *kind, guint number)
{
  return g_strdup_printf ("%s-%u", kind, number);
}

static void
drop_oldest (CgVault *v)
{
  Slot *s = &v->slots[v->head];
  g_autofree char *name = name_of (slot_kind (s), s->number);

  index_remove (v, v->head);
  g_hash_table_remove (v->names, name);
  explicit_bzero (s, sizeof *s);
  v->head = (v->head + 1) % v->capacity;
  v->count--;
}

/* ---- the numbers ------------------------------------------------------------- */

static void
load_numbers (CgVault *v)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_auto (GStrv) kinds = NULL;

  if (v->numbers_path == NULL || !g_key_file_load_from_file (file, v->numbers_path, 0, NULL))
    return;
  kinds = g_key_file_get_keys (file, "numbers", NULL, NULL);
  for (guint i = 0; kinds != NULL && kinds[i] != NULL; i++)
    {
      guint64 n = g_key_file_get_uint64 (file, "numbers", kinds[i], NULL);
      if (n > 0 && n < G_MAXUINT32 && strlen (kinds[i]) < NAME_MAX_BYTES)
        g_hash_table_insert (v->numbers, g_strdup (kinds[i]), GUINT_TO_POINTER ((guint) n));
    }
}

static void
save_numbers (CgVault *v)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  GHashTableIter iter;
  gpointer kind, number;

  if (v->numbers_path == NULL || !v->numbers_changed)
    return;
  v->numbers_changed = FALSE;
  g_hash_table_iter_init (&iter, v->numbers);
  while (g_hash_table_iter_next (&iter, &kind, &number))
    g_key_file_set_uint64 (file, "numbers", kind, GPOINTER_TO_UINT (number));
  dir = g_path_get_dirname (v->numbers_path);
  g_mkdir_with_parents (dir, 0700);
  if (!g_key_file_save_to_file (file, v->numbers_path, &error))
    g_warning ("Cannot keep the placeholders' numbers: %s", error->message);
}

/* ---- the vault ----------------------------------------------------------------- */

CgVault *
cg_vault_new (guint capacity, const char *numbers_path)
{
  CgVault *v = g_new0 (CgVault, 1);

  v->capacity = MAX (capacity, 1);
  v->numbers_path = g_strdup (numbers_path);
  v->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  load_numbers (v);
  return v;
}

void
cg_vault_free (CgVault *vault)
{
  if (vault == NULL)
    return;
  save_numbers (vault);
  release_region (vault);
  g_hash_table_unref (vault->names);
  g_hash_table_unref (vault->numbers);
  g_free (vault->numbers_path);
  g_free (vault);
}

void
cg_vault_sync (CgVault *vault)
{
  save_numbers (vault);
}

void
cg_vault_forget (CgVault *vault)
{
  save_numbers (vault);
  release_region (vault);
}

void
cg_vault_expire (CgVault *vault, gint64 time)
{
  while (vault->count > 0 && vault->slots[vault->head].time < time)
    drop_oldest (vault);
  if (vault->count == 0)
    release_region (vault);
}

guint
cg_vault_size (CgVault *vault)
{
  return vault->count;
}

const void *
cg_vault_region (CgVault *vault, gsize *size)
{
  *size = vault->region != NULL ? vault->region_size : 0;
  return vault->region;
}

static guint
next_number (CgVault *v, const char *kind)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (v->numbers, kind)) + 1;
}

void
cg_vault_peek (CgVault *vault, GString *out, const char *kind, const char *identity)
{
  gint slot = index_find (vault, identity, strlen (identity));

  g_string_append_printf (out, "[%s-%u]", kind,
                          slot >= 0 ? vault->slots[slot].number : next_number (vault, kind));
}

void
cg_vault_issue (CgVault *vault, GString *out, const char *kind, const char *identity,
                const char *value, gsize value_len, gint64 now)
{
  gsize kind_len = strlen (kind), identity_len = strlen (identity);
  gint found = index_find (vault, identity, identity_len);
  guint number;
  guint slot;
  Slot *s;

  if (found >= 0)
    {
      g_string_append_printf (out, "[%s-%u]", kind, vault->slots[found].number);
      return;
    }
  number = next_number (vault, kind);
  if (kind_len < NAME_MAX_BYTES)
    {
      g_hash_table_insert (vault->numbers, g_strdup (kind), GUINT_TO_POINTER (number));
      vault->numbers_changed = TRUE;
    }
  g_string_append_printf (out, "[%s-%u]", kind, number);
  if (kind_len >= NAME_MAX_BYTES || kind_len + identity_len + value_len + 3 > sizeof s->data
      || !ensure_region (vault))
    return; /* too long to remember: it cannot be put back */
  if (vault->count == vault->capacity)
    drop_oldest (vault);
  slot = (vault->head + vault->count) % vault->capacity;
  s = &vault->slots[slot];
  s->time = now;
  s->number = number;
  s->kind_len = (guint16) kind_len;
  s->identity_len = (guint16) identity_len;
  s->value_len = (guint16) value_len;
  s->used = 1;
  memcpy (s->data, kind, kind_len + 1);
  memcpy (s->data + kind_len + 1, identity, identity_len + 1);
  memcpy (s->data + kind_len + 1 + identity_len + 1, value, value_len);
  s->data[kind_len + 1 + identity_len + 1 + value_len] = '\0';
  vault->count++;
  index_insert (vault, slot);
  g_hash_table_insert (vault->names, name_of (kind, number), GUINT_TO_POINTER (slot + 1));
}

/* ---- finding the placeholders in a text ------------------------------------- */

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c >= 0x80;
}

/* Reads a placeholder's name from @s (at most @len bytes, up to @stop or
 * the end) into @buf as the vault spells it: upper case, a plain hyphen,
 * no spaces (with @spaces, spaces are read over).  Returns the bytes read,
 * 0 when they do not end in a hyphen and a number. */
static gsize
read_name (const char *s, gsize len, char stop, char buf[NAME_MAX_BYTES], gboolean spaces)
{
  gsize i = 0, n = 0, dash = 0;

  while (i < len && n < NAME_MAX_BYTES - 1)
    {
      guchar c = (guchar) s[i];
      const guchar *u = (const guchar *) s + i;

      if (stop != 0 && c == (guchar) stop)
        break;
      if (g_ascii_isalnum (c) || c == '_')
        {
          buf[n++] = g_ascii_toupper ((char) c);
          i++;
        }
      else if (c == '-'
               || (len - i >= 3 && u[0] == 0xE2
                   && ((u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x93)
                       || (u[1] == 0x88 && u[2] == 0x92))))
        {
          /* -, and the typographic ones: ‐ ‑ ‒ – − */
          dash = n;
          buf[n++] = '-';
          i += c == '-' ? 1 : 3;
        }
      else if (spaces && (c == ' ' || c == '\t'))
        i++;
      else if (spaces && len - i >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        i += 2;
      else if (spaces && len - i >= 3 && u[0] == 0xE2 && u[1] == 0x80
               && (u[2] == 0xAF || u[2] == 0x89))
        i += 3;
      else
        break;
    }
  buf[n] = '\0';
  if (dash == 0 || dash + 1 >= n)
    return 0;
  for (gsize k = dash + 1; k < n; k++)
    if (!g_ascii_isdigit (buf[k]))
      return 0;
  return i;
}

typedef void (*FoundFunc) (gsize start, gsize end, const Slot *slot, gpointer data);

static void
find_placeholders (CgVault *v, const char *text, gsize len, gboolean bare, FoundFunc func,
                   gpointer data)
{
  char buf[NAME_MAX_BYTES];
  gsize i = 0;

  if (v->count == 0)
    return;
  while (i < len)
    {
      if (!bare)
        {
          const char *b = memchr (text + i, '[', len - i);
          if (b == NULL)
            return;
          i = (gsize) (b - text);
        }
      if (text[i] == '[')
        {
          gsize max = MIN (len - i - 1, (gsize) NAME_MAX_BYTES * 2);
          gsize n = read_name (text + i + 1, max, ']', buf, TRUE);
          gpointer slot;

          if (n > 0 && i + 1 + n < len && text[i + 1 + n] == ']'
              && (slot = g_hash_table_lookup (v->names, buf)) != NULL)
            {
              func (i, i + 2 + n, &v->slots[GPOINTER_TO_UINT (slot) - 1], data);
              i += 2 + n;
              continue;
            }
        }
      else if (bare && g_ascii_isalpha (text[i])
               && (i == 0 || !is_word_byte ((guchar) text[i - 1])))
        {
          gsize n = read_name (text + i, MIN (len - i, (gsize) NAME_MAX_BYTES), 0, buf, FALSE);
          gpointer slot;

          if (n > 0 && (i + n == len || !is_word_byte ((guchar) text[i + n]))
              && (slot = g_hash_table_lookup (v->names, buf)) != NULL)
            {
              func (i, i + n, &v->slots[GPOINTER_TO_UINT (slot) - 1], data);
              i += n;
              continue;
            }
          /* the rest of this word is no placeholder's start */
          while (i < len && is_word_byte ((guchar) text[i]))
            i++;
          continue;
        }
      i++;
    }
}

static void
count_one (gsize start, gsize end, const Slot *slot, gpointer data)
{
  (*(guint *) data)++;
}

guint
cg_vault_count_in (CgVault *vault, const char *text, gsize len, gboolean bare)
{
  guint n = 0;

  find_placeholders (vault, text, len, bare, count_one, &n);
  return n;
}

typedef struct
{
  const char *text;
  GString *out;
  gsize copied;
  guint n;
} Restore;

static void
restore_one (gsize start, gsize end, const Slot *slot, gpointer data)
{
  Restore *r = data;

  g_string_append_len (r->out, r->text + r->copied, (gssize) (start - r->copied));
  g_string_append_len (r->out, slot_value (slot), slot->value_len);
  r->copied = end;
  r->n++;
}

char *
cg_vault_restore (CgVault *vault, const char *text, gsize len, gboolean bare, guint *n_restored,
                  gsize *out_len)
{
  Restore r = { text, g_string_sized_new (len + 1), 0, 0 };

  find_placeholders (vault, text, len, bare, restore_one, &r);
  g_string_append_len (r.out, text + r.copied, (gssize) (len - r.copied));
  if (n_restored != NULL)
    *n_restored = r.n;
  if (out_len != NULL)
    *out_len = r.out->len;
  return g_string_free (r.out, FALSE);
}
