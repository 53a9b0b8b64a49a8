/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-allow-list.c: keyed hashes of allowed values, for the session and on
 * disk.  The file is small and written whole, atomically, mode 0600; a bad
 * entry is skipped, a file that cannot be read is left alone. */
#include "config.h"

#include "cg-allow-list.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/random.h>

#define KEY_SIZE 32
#define HASH_HEX (2 * 32)
#define MAX_LABEL 200
#define MAX_ENTRIES 10000
/* values kept as is this session: a bound, so a long session of large
 * exports cannot grow the guard without end (the oldest go first) */
#define MAX_SESSION 100000

struct _CgAllowList
{
  GObject parent_instance;
  guint8 key[KEY_SIZE];
  char *list_path;
  char *problem;
  /* The guard's worker thread checks values while the main loop may add
   * some: @lock guards session, session_order, index and epoch (the key is
   * fixed once made, and only the main loop touches always). */
  GMutex lock;
  GHashTable *session;  /* hash -> hash */
  GQueue session_order; /* the same hashes, oldest first, for the bound */
  GPtrArray *always;    /* CgAllowEntry, newest first */
  GHashTable *index;    /* hash -> CgAllowEntry of always */
  guint64 epoch;        /* counts the changes, so a check can tell it is stale */
  gboolean readonly;    /* the native host's: never makes or writes a file */
  gboolean no_key;      /* no key at all: nothing is hashed or allowed */
};

G_DEFINE_FINAL_TYPE (CgAllowList, cg_allow_list, G_TYPE_OBJECT)

static void
entry_free (CgAllowEntry *e)
{
  g_free (e->hash);
  g_free (e->label);
  g_free (e);
}

/* ---- the key -------------------------------------------------------------- */

static gboolean
random_bytes (guint8 *out, gsize n)
{
  gsize done = 0;

  while (done < n)
    {
      gssize got = getrandom (out + done, n - done, 0);
      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return FALSE;
      done += (gsize) got;
    }
  return TRUE;
}

/* A missing key file is made; any other failure (permissions, a read
 * error, a file of the wrong size) leaves the file as it is, so that the
 * values allowed with it match again once it can be read. */
static gboolean
load_key (CgAllowList *self, const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  gsize len;
  g_autoptr (GError) read_error = NULL;
  guint8 key[KEY_SIZE];

  if (g_file_get_contents (path, &contents, &len, &read_error))
    {
      if (len != KEY_SIZE)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s is not a key", path);
          return FALSE;
        }
      memcpy (self->key, contents, KEY_SIZE);
      explicit_bzero (contents, len);
      return TRUE;
    }
  if (self->readonly || !g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }
  if (!random_bytes (key, KEY_SIZE))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "No random bytes");
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "Cannot make %s: %s", dir,
                   g_strerror (saved));
      explicit_bzero (key, KEY_SIZE);
      return FALSE;
    }
  memcpy (self->key, key, KEY_SIZE);
  explicit_bzero (key, KEY_SIZE);
  return g_file_set_contents_full (path, (const char *) self->key, KEY_SIZE,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* ---- hashing ---------------------------------------------------------------- */

/* A value as it is, whatever its spelling: a BSN's nine digits (a dropped
 * leading zero restored), an IBAN's letters and digits in upper case, an
 * address's letters and digits in lower case. */
static void
append_normal (GString *out, CgFindingType type, const char *v, gsize n)
{
  gsize start = out->len;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) v[i];
      if (type == CG_FINDING_BSN)
        {
          if (g_ascii_isdigit (c))
            g_string_append_c (out, (char) c);
        }
      else if (g_ascii_isalnum (c))
        g_string_append_c (out,
                           type == CG_FINDING_IBAN ? g_ascii_toupper (c) : g_ascii_tolower (c));
      else if (c >= 0x80)
        g_string_append_c (out, (char) c);
    }
  if (type == CG_FINDING_BSN && out->len - start == 8)
    g_string_insert_c (out, (gssize) start, '0');
}

char *
cg_allow_list_hash (CgAllowList *self, const char *text, const CgFinding *findings, guint n,
                    guint i)
{
  g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (parts, i);
  for (guint k = i + 1; findings[i].group != 0 && k < n; k++)
    if (findings[k].group == findings[i].group)
      g_array_append_val (parts, k);
  return cg_allow_list_hash_value (self, text, findings, (const guint *) parts->data, parts->len);
}

char *
cg_allow_list_hash_value (CgAllowList *self, const char *text, const CgFinding *findings,
                          const guint *parts, guint n_parts)
{
  const CgFinding *first = &findings[parts[0]];
  g_autoptr (GString) normal = NULL;

  if (self->no_key)
    return g_strnfill (HASH_HEX, '0'); /* matches nothing: nothing is allowed */
  normal = g_string_new (first->type == CG_FINDING_RULE ? first->rule
                                                        : cg_finding_type_to_string (first->type));

  g_string_append_c (normal, ':');
  for (guint k = 0; k < n_parts; k++)
    {
      const CgFinding *f = &findings[parts[k]];
      if (k > 0)
        g_string_append_c (normal, '|');
      append_normal (normal, f->type, text + f->start, f->end - f->start);
    }
  return g_compute_hmac_for_data (G_CHECKSUM_SHA256, self->key, KEY_SIZE,
                                  (const guchar *) normal->str, normal->len);
}

/* ---- the file ---------------------------------------------------------------- */

static gboolean
is_hash (const char *s)
{
  if (s == NULL || strlen (s) != HASH_HEX)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static CgAllowEntry *
entry_from_json (JsonNode *node)
{
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *hash, *type, *label;
  CgAllowEntry *e;

  if (o == NULL || !json_object_has_member (o, "hash") || !json_object_has_member (o, "type")
      || !json_object_has_member (o, "label") || !json_object_has_member (o, "added"))
    return NULL;
  hash = json_object_get_string_member_with_default (o, "hash", NULL);
  type = json_object_get_string_member_with_default (o, "type", NULL);
  label = json_object_get_string_member_with_default (o, "label", NULL);
  if (!is_hash (hash) || type == NULL || cg_finding_type_from_string (type) == 0 || label == NULL
      || strlen (label) > MAX_LABEL || !g_utf8_validate (label, -1, NULL))
    return NULL;
  e = g_new0 (CgAllowEntry, 1);
  e->hash = g_strdup (hash);
  e->type = cg_finding_type_from_string (type);
  e->label = g_strdup (label);
  e->added = json_object_get_int_member_with_default (o, "added", 0);
  return e;
}

static void
load_list (CgAllowList *self)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonNode *root;
  JsonArray *values;

  if (!g_file_test (self->list_path, G_FILE_TEST_EXISTS))
    return;
  if (!json_parser_load_from_file (parser, self->list_path, &error)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member (json_node_get_object (root), "values")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "values")))
    {
      g_warning ("The list of values allowed always (%s) cannot be read; it is left as it is",
                 self->list_path);
      g_free (self->problem);
      self->problem = g_strdup_printf (_ ("The list of values allowed always cannot be read: %s"),
                                       self->list_path);
      return;
    }
  values = json_node_get_array (json_object_get_member (json_node_get_object (root), "values"));
  for (guint i = 0; i < json_array_get_length (values) && i < MAX_ENTRIES; i++)
    {
      CgAllowEntry *e = entry_from_json (json_array_get_element (values, i));
      if (e == NULL)
        g_warning ("A bad entry in %s is skipped", self->list_path);
      else if (g_hash_table_contains (self->index, e->hash))
        entry_free (e);
      else
        {
          g_ptr_array_add (self->always, e);
          g_hash_table_insert (self->index, e->hash, e);
        }
    }
}

static gboolean
save_list (CgAllowList *self, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir = g_path_get_dirname (self->list_path);
  gsize len;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "values");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->always->len; i++)
    {
      const CgAllowEntry *e = self->always->pdata[i];
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "hash");
      json_builder_add_string_value (b, e->hash);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, cg_finding_type_to_string (e->type));
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, e->label);
      json_builder_set_member_name (b, "added");
      json_builder_add_int_value (b, e->added);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "Cannot make %s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (self->list_path, data, (gssize) len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* ---- the lists ---------------------------------------------------------------- */

static CgAllowEntry *
find_always (CgAllowList *self, const char *hash, guint *index)
{
  CgAllowEntry *e = g_hash_table_lookup (self->index, hash);

  if (e != NULL && index != NULL)
    g_ptr_array_find (self->always, e, index);
  return e;
}

gboolean
cg_allow_list_allows (CgAllowList *self, const char *hash)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return g_hash_table_contains (self->session, hash) || find_always (self, hash, NULL) != NULL;
}

gboolean
cg_allow_list_allows_always (CgAllowList *self, const char *hash)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return find_always (self, hash, NULL) != NULL;
}

guint64
cg_allow_list_get_epoch (CgAllowList *self)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return self->epoch;
}

static void
add_for_session (CgAllowList *self, const char *hash)
{
  char *key;

  if (self->no_key || g_hash_table_contains (self->session, hash))
    return;
  key = g_strdup (hash);
  g_hash_table_add (self->session, key);
  g_queue_push_tail (&self->session_order, key);
  if (g_queue_get_length (&self->session_order) > MAX_SESSION)
    g_hash_table_remove (self->session, g_queue_pop_head (&self->session_order));
  self->epoch++;
}

void
cg_allow_list_allow_for_session (CgAllowList *self, const char *hash)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  add_for_session (self, hash);
}

void
cg_allow_list_allow_for_session_all (CgAllowList *self, GPtrArray *hashes)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  for (guint i = 0; i < hashes->len; i++)
    add_for_session (self, hashes->pdata[i]);
}

guint
cg_allow_list_get_n_session (CgAllowList *self)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return g_hash_table_size (self->session);
}

/* The index changes under the lock; the list and its file are the main loop's. */
static void
index_insert (CgAllowList *self, CgAllowEntry *e)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  g_hash_table_insert (self->index, e->hash, e);
  self->epoch++;
}

static void
index_remove (CgAllowList *self, const char *hash)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  g_hash_table_remove (self->index, hash);
  self->epoch++;
}

gboolean
cg_allow_list_allow_always (CgAllowList *self, const char *hash, CgFindingType type,
                            const char *label, gint64 now, GError **error)
{
  CgAllowEntry *e;

  if (self->problem != NULL || self->readonly)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           self->problem ? self->problem : "read only");
      return FALSE;
    }
  if (cg_allow_list_allows_always (self, hash))
    return TRUE;
  e = g_new0 (CgAllowEntry, 1);
  e->hash = g_strdup (hash);
  e->type = type;
  e->label = g_utf8_make_valid (label, MIN (strlen (label), MAX_LABEL));
  e->added = now;
  g_ptr_array_insert (self->always, 0, e);
  index_insert (self, e);
  if (!save_list (self, error))
    {
      index_remove (self, e->hash);
      g_ptr_array_remove_index (self->always, 0);
      return FALSE;
    }
  g_signal_emit_by_name (self, "changed");
  return TRUE;
}

gboolean
cg_allow_list_remove (CgAllowList *self, const char *hash)
{
  g_autoptr (GError) error = NULL;
  guint index;

  if (find_always (self, hash, &index) == NULL)
    return FALSE;
  index_remove (self, hash);
  g_ptr_array_remove_index (self->always, index);
  if (self->readonly)
    return TRUE;
  if (!save_list (self, &error))
    g_warning ("Cannot save the list of values allowed always: %s", error->message);
  g_signal_emit_by_name (self, "changed");
  return TRUE;
}

GPtrArray *
cg_allow_list_get_entries (CgAllowList *self)
{
  return self->always;
}

const char *
cg_allow_list_get_problem (CgAllowList *self)
{
  return self->problem;
}

/* ---- life ------------------------------------------------------------------ */

static void
cg_allow_list_finalize (GObject *object)
{
  CgAllowList *self = CG_ALLOW_LIST (object);

  explicit_bzero (self->key, sizeof self->key);
  g_queue_clear (&self->session_order);
  g_hash_table_unref (self->session);
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->always);
  g_free (self->list_path);
  g_free (self->problem);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (cg_allow_list_parent_class)->finalize (object);
}

static void
cg_allow_list_class_init (CgAllowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_allow_list_finalize;
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
cg_allow_list_init (CgAllowList *self)
{
  g_mutex_init (&self->lock);
  self->session = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->session_order);
  self->always = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static CgAllowList *
allow_list_new (const char *key_path, const char *list_path, gboolean readonly)
{
  CgAllowList *self = g_object_new (CG_TYPE_ALLOW_LIST, NULL);
  g_autofree char *default_key
      = g_build_filename (g_get_user_data_dir (), "clipguard", "allow.key", NULL);
  g_autoptr (GError) error = NULL;

  self->list_path = list_path != NULL ? g_strdup (list_path)
                                      : g_build_filename (g_get_user_state_dir (), "clipguard",
                                                          "allowed.json", NULL);
  self->readonly = readonly;
  if (!load_key (self, key_path != NULL ? key_path : default_key, &error) && readonly)
    {
      /* the guard makes the key; without it nothing can be allowed yet */
      self->problem = g_strdup (error->message);
      return self;
    }
  if (error != NULL)
    {
      /* A key for this session: "for now" still works.  Told once, here;
       * the file is left as it is.  Without random bytes no key at all: an
       * all-zero key would make the hashes guessable. */
      g_warning ("No key for allowed values (%s): values can be allowed for this session only",
                 error->message);
      self->problem = g_strdup (_ ("Values can be allowed for this session only: the key file "
                                   "cannot be read or made."));
      if (!random_bytes (self->key, KEY_SIZE))
        {
          g_critical ("No random bytes for a session key: nothing can be allowed");
          g_free (self->problem);
          self->problem = g_strdup (_ ("Values cannot be allowed: no random key can be made."));
          self->no_key = TRUE;
        }
      return self;
    }
  load_list (self);
  return self;
}

CgAllowList *
cg_allow_list_new (const char *key_path, const char *list_path)
{
  return allow_list_new (key_path, list_path, FALSE);
}

CgAllowList *
cg_allow_list_new_readonly (const char *key_path, const char *list_path)
{
  return allow_list_new (key_path, list_path, TRUE);
}
