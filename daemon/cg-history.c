/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-history.c: the history as a small JSON file (json-glib).
 *
 * Why a JSON file: the history is small (a few hundred entries), read whole
 * by one window and written whole by one daemon; a JSON document written to a
 * temporary file and renamed over the old one is atomic on every local file
 * system, readable by people and tools, and needs no database library.  A
 * kill at any moment leaves the old file or the new one, never half of it.
 *
 * Writing happens in a worker thread: the main loop only turns the entries
 * into text.  Changes made while a write is under way are merged into the
 * next write, and changes made in one main loop turn (a warning and its
 * automatic answer) into one. */
#include "config.h"

#include "cg-history.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cg-enums.h"
#include "clipguard-detectors.h"

#define FORMAT_VERSION 1
#define MAX_COUNT 1000000
#define MAX_PREVIEW 4096

struct _CgHistory
{
  GObject parent_instance;
  char *path;
  char *problem;      /* the file cannot be used: memory only */
  GPtrArray *entries; /* CgHistoryEntry, oldest first */
  guint64 next_id;
  guint days;
  guint max_entries;

  /* saving */
  gboolean dirty;
  guint save_idle_id;
  GMutex lock;
  GCond written;
  gboolean writing; /* under lock */
  gboolean save_failed;
};

G_DEFINE_FINAL_TYPE (CgHistory, cg_history, G_TYPE_OBJECT)

/* ---- outcomes ----------------------------------------------------------- */

const char *
cg_outcome_to_string (CgOutcome outcome)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (CG_TYPE_OUTCOME);
  GEnumValue *v = g_enum_get_value (klass, (int) outcome);

  /* The nicks are static strings of the generated enum table. */
  return v ? v->value_nick : "unanswered";
}

static gboolean
outcome_from_string (const char *name, CgOutcome *out)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (CG_TYPE_OUTCOME);
  GEnumValue *v = name ? g_enum_get_value_by_nick (klass, name) : NULL;

  if (v == NULL)
    return FALSE;
  *out = (CgOutcome) v->value;
  return TRUE;
}

static const char *
outcome_words (CgOutcome outcome)
{
  switch (outcome)
    {
    case CG_OUTCOME_MASKED: return _ ("Masked");
    case CG_OUTCOME_IGNORED: return _ ("Kept as is");
    case CG_OUTCOME_UNDONE: return _ ("Masked, then undone");
    case CG_OUTCOME_AUTO_MASKED: return _ ("Masked automatically");
    case CG_OUTCOME_TOO_LARGE: return _ ("Too large, not checked");
    case CG_OUTCOME_REPLACED: return _ ("Copied over before an answer");
    case CG_OUTCOME_PASTED_MASKED: return _ ("Pasted masked");
    case CG_OUTCOME_PASTED_AS_IS: return _ ("Pasted as is");
    case CG_OUTCOME_PASTE_CANCELLED: return _ ("Paste cancelled");
    case CG_OUTCOME_PASTE_AUTO_MASKED: return _ ("Pasted masked automatically");
    case CG_OUTCOME_CLEARED: return _ ("Clipboard cleared");
    case CG_OUTCOME_UNANSWERED:
    default: return _ ("No answer");
    }
}

char *
cg_history_entry_describe (const CgHistoryEntry *e)
{
  if (e->site == NULL)
    return g_strdup (outcome_words (e->outcome));
  switch (e->outcome)
    {
    /* Translators: %s is a website's host name, such as chatgpt.com */
    case CG_OUTCOME_PASTED_MASKED: return g_strdup_printf (_ ("Pasted masked into %s"), e->site);
    /* Translators: %s is a website's host name, such as chatgpt.com */
    case CG_OUTCOME_PASTED_AS_IS: return g_strdup_printf (_ ("Pasted as is into %s"), e->site);
    /* Translators: %s is a website's host name, such as chatgpt.com */
    case CG_OUTCOME_PASTE_CANCELLED:
      return g_strdup_printf (_ ("Paste into %s cancelled"), e->site);
    case CG_OUTCOME_PASTE_AUTO_MASKED:
      /* Translators: %s is a website's host name, such as chatgpt.com */
      return g_strdup_printf (_ ("Pasted masked automatically into %s"), e->site);
    default: return g_strdup_printf ("%s (%s)", outcome_words (e->outcome), e->site);
    }
}

gboolean
cg_history_site_is_valid (const char *site)
{
  gsize n = site != NULL ? strlen (site) : 0;

  if (n == 0 || n > 253)
    return FALSE;
  for (const char *p = site; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

/* ---- reading ------------------------------------------------------------ */

static void
entry_free (gpointer data)
{
  CgHistoryEntry *e = data;
  g_free (e->preview);
  g_strfreev (e->values);
  g_free (e->site);
  g_free (e);
}

static gboolean
get_int (JsonObject *o, const char *name, gint64 min, gint64 max, gint64 *out, const char **why)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
      || json_node_get_int (n) < min || json_node_get_int (n) > max)
    {
      *why = name;
      return FALSE;
    }
  *out = json_node_get_int (n);
  return TRUE;
}

static const char *
get_string (JsonObject *o, const char *name, gsize max, const char **why)
{
  JsonNode *n = json_object_get_member (o, name);
  const char *s;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || (s = json_node_get_string (n)) == NULL || strlen (s) > max)
    {
      *why = name;
      return NULL;
    }
  return s;
}

/* "TYPE:HASH:LABEL": a known type, 64 lower-case hex digits, a short label. */
gboolean
cg_history_value_is_valid (const char *value)
{
  g_auto (GStrv) parts = value ? g_strsplit (value, ":", 3) : NULL;

  if (parts == NULL || g_strv_length (parts) != 3 || cg_finding_type_from_string (parts[0]) == 0
      || strlen (parts[1]) != 64 || strlen (parts[2]) > 200)
    return FALSE;
  for (const char *p = parts[1]; *p; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

/* The values: a bad one (too long, not of the form) is left out, never the
 * entry for it; at most CG_HISTORY_MAX_VALUES. */
static char **
get_values (JsonObject *o, const char **why)
{
  JsonNode *n = json_object_get_member (o, "values");
  JsonArray *a;
  GPtrArray *out;
  guint skipped = 0;

  *why = "values";
  if (!JSON_NODE_HOLDS_ARRAY (n))
    return NULL;
  a = json_node_get_array (n);
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (a) && out->len < CG_HISTORY_MAX_VALUES; i++)
    {
      JsonNode *v = json_array_get_element (a, i);
      const char *s = JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING
                          ? json_node_get_string (v)
                          : NULL;
      if (!cg_history_value_is_valid (s) || !g_utf8_validate (s, -1, NULL))
        skipped++;
      else
        g_ptr_array_add (out, g_strdup (s));
    }
  if (skipped > 0)
    g_warning ("History: %u bad value(s) of an entry left out", skipped);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* At most @max bytes of @s, cut between two characters (made valid). */
static char *
cut_valid (const char *s, gsize max)
{
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  char *end;

  if (strlen (valid) <= max)
    return g_steal_pointer (&valid);
  end = g_utf8_find_prev_char (valid, valid + max + 1);
  *(end != NULL ? end : valid) = '\0';
  return g_steal_pointer (&valid);
}

/* Every field is checked: a history written by a newer or a broken program,
 * or edited by hand, must not put a NULL or a nonsense count on screen.
 * Sets *@why to the field at fault. */
static CgHistoryEntry *
entry_from_json (JsonNode *node, const char **why)
{
  g_autofree CgHistoryEntry *e = g_new0 (CgHistoryEntry, 1);
  JsonObject *o;
  gint64 time, bsn, iban, address;
  const char *preview, *outcome;

  *why = "entry";
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  o = json_node_get_object (node);
  if (!get_int (o, "time", 0, G_MAXINT64, &time, why)
      || !get_int (o, "bsn", 0, MAX_COUNT, &bsn, why)
      || !get_int (o, "iban", 0, MAX_COUNT, &iban, why)
      || !get_int (o, "address", 0, MAX_COUNT, &address, why)
      || !(preview = get_string (o, "preview", G_MAXSIZE, why))
      || !(outcome = get_string (o, "outcome", 64, why)))
    return NULL;
  if (!outcome_from_string (outcome, &e->outcome))
    {
      *why = "outcome";
      return NULL;
    }
  /* the values: optional (older histories have none), each checked */
  if (json_object_has_member (o, "values") && !(e->values = get_values (o, why)))
    return NULL;
  e->time = time;
  e->n_bsn = (guint) bsn;
  e->n_iban = (guint) iban;
  e->n_address = (guint) address;
  /* organisation rules: optional (older histories have none) */
  if (json_object_has_member (o, "rules"))
    {
      gint64 rules;
      if (!get_int (o, "rules", 0, MAX_COUNT, &rules, why))
        return NULL;
      e->n_rule = (guint) rules;
    }
  /* confidential blocks: optional (older histories have none) */
  if (json_object_has_member (o, "confidential"))
    {
      gint64 blocks;
      if (!get_int (o, "confidential", 0, MAX_COUNT, &blocks, why))
        return NULL;
      e->n_confidential = (guint) blocks;
    }
  /* a paste's website: optional (copies have none) */
  if (json_object_has_member (o, "site"))
    {
      const char *site = get_string (o, "site", 253, why);
      if (site == NULL || !cg_history_site_is_valid (site))
        {
          *why = "site";
          return NULL;
        }
      e->site = g_strdup (site);
    }
  /* a preview too long is cut, not a reason to drop the entry */
  e->preview = cut_valid (preview, MAX_PREVIEW);
  return g_steal_pointer (&e);
}

/* Reads the entries; returns how many were skipped, or -1 when @data is not
 * a history at all. */
static int
parse (CgHistory *self, const char *data, gsize len, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root, *list;
  int skipped = 0;
  const char *first_why = NULL;
  guint first_index = 0;

  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    return -1;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || (list = json_object_get_member (json_node_get_object (root), "entries")) == NULL
      || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a clipguard history");
      return -1;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      const char *why;
      CgHistoryEntry *e
          = entry_from_json (json_array_get_element (json_node_get_array (list), i), &why);
      if (e == NULL)
        {
          if (skipped++ == 0)
            first_why = why, first_index = i + 1;
          continue;
        }
      e->id = ++self->next_id;
      g_ptr_array_add (self->entries, e);
    }
  if (skipped > 0)
    g_warning ("History file %s: skipped %d bad entries (the first, entry %u: field “%s”)",
               self->path, skipped, first_index, first_why);
  return skipped;
}

static char *
aside_path (CgHistory *self, const char *what)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  return g_strdup_printf ("%s.%s-%s", self->path, what, stamp);
}

/* A file we cannot read as a history is kept for a person to look at, and a
 * fresh history starts. */
static void
move_aside (CgHistory *self, const char *why)
{
  g_autofree char *aside = aside_path (self, "corrupt");

  if (g_rename (self->path, aside) == 0)
    g_warning ("History file %s could not be read (%s); moved it to %s and started a new history",
               self->path, why, aside);
  else
    {
      int saved = errno;
      g_warning ("History file %s could not be read (%s) nor moved aside: %s", self->path, why,
                 g_strerror (saved));
      self->problem
          = g_strdup_printf (_ ("The history file %s cannot be read or replaced."), self->path);
    }
}

/* The entries that could not be read are not lost: a copy of the file as it
 * was is kept beside it. */
static void
keep_copy (CgHistory *self, const char *data, gsize len)
{
  g_autofree char *aside = aside_path (self, "bad");
  g_autoptr (GError) error = NULL;

  if (g_file_set_contents_full (aside, data, (gssize) len, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                &error))
    g_warning ("Kept a copy of the history file as it was in %s", aside);
  else
    g_warning ("Cannot keep a copy of the history file: %s", error->message);
}

static void
load (CgHistory *self)
{
  g_autofree char *data = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;
  int skipped;

  if (!g_file_get_contents (self->path, &data, &len, &error))
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return;
      /* Unreadable (permissions, another owner, an I/O error): the entries
       * in it are not ours to throw away.  Never write over it. */
      g_warning ("Cannot read history file %s: %s; keeping the history in memory only", self->path,
                 error->message);
      self->problem = g_strdup_printf (
          _ ("The history file %s cannot be read. New warnings are kept until clipguard quits, "
             "and the file is left as it is."),
          self->path);
      return;
    }
  skipped = parse (self, data, len, &error);
  if (skipped < 0)
    {
      g_ptr_array_set_size (self->entries, 0);
      move_aside (self, error->message);
    }
  else if (skipped > 0)
    keep_copy (self, data, len);
}

/* g_file_set_contents_full() writes "history.json.XXXXXX" and renames it; a
 * kill between the two leaves the temporary file behind. */
static void
remove_orphans (CgHistory *self)
{
  g_autofree char *dir_path = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  gsize base_len = strlen (base);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean orphan
          = strlen (name) == base_len + 7 && g_str_has_prefix (name, base) && name[base_len] == '.';

      for (gsize i = base_len + 1; orphan && name[i] != '\0'; i++)
        orphan = g_ascii_isalnum (name[i]);
      if (orphan)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          if (g_unlink (path) == 0)
            g_message ("Removed %s, left by an interrupted save", path);
        }
    }
}

/* ---- writing ------------------------------------------------------------ */

static void
add_entry_json (JsonBuilder *b, const CgHistoryEntry *e)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "time");
  json_builder_add_int_value (b, e->time);
  json_builder_set_member_name (b, "bsn");
  json_builder_add_int_value (b, e->n_bsn);
  json_builder_set_member_name (b, "iban");
  json_builder_add_int_value (b, e->n_iban);
  json_builder_set_member_name (b, "address");
  json_builder_add_int_value (b, e->n_address);
  if (e->n_rule > 0)
    {
      json_builder_set_member_name (b, "rules");
      json_builder_add_int_value (b, e->n_rule);
    }
  if (e->n_confidential > 0)
    {
      json_builder_set_member_name (b, "confidential");
      json_builder_add_int_value (b, e->n_confidential);
    }
  json_builder_set_member_name (b, "preview");
  json_builder_add_string_value (b, e->preview);
  json_builder_set_member_name (b, "outcome");
  json_builder_add_string_value (b, cg_outcome_to_string (e->outcome));
  if (e->site != NULL)
    {
      json_builder_set_member_name (b, "site");
      json_builder_add_string_value (b, e->site);
    }
  if (e->values != NULL)
    {
      json_builder_set_member_name (b, "values");
      json_builder_begin_array (b);
      for (guint i = 0; e->values[i] != NULL; i++)
        json_builder_add_string_value (b, e->values[i]);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static GBytes *
serialise (CgHistory *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  gsize len;
  char *data;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, FORMAT_VERSION);
  json_builder_set_member_name (b, "entries");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->entries->len; i++)
    add_entry_json (b, g_ptr_array_index (self->entries, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);
  return g_bytes_new_take (data, len);
}

static gboolean
write_file (const char *path, GBytes *data, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot create the history folder %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (
      path, g_bytes_get_data (data, NULL), (gssize) g_bytes_get_size (data),
      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

typedef struct
{
  char *path;
  GBytes *data;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_free (job->path);
  g_bytes_unref (job->data);
  g_free (job);
}

static void
write_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  CgHistory *self = source;
  WriteJob *job = task_data;
  GError *error = NULL;
  gboolean ok = write_file (job->path, job->data, &error);

  g_mutex_lock (&self->lock);
  self->writing = FALSE;
  g_cond_broadcast (&self->written);
  g_mutex_unlock (&self->lock);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void note_written (CgHistory *self, gboolean ok, GError *error);
static void request_save (CgHistory *self);

static void
on_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CgHistory *self = CG_HISTORY (source);
  g_autoptr (GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  note_written (self, ok, error);
  if (self->dirty)
    request_save (self);
}

/* One line when saving starts to fail and one when it works again, not one
 * per warning. */
static void
note_written (CgHistory *self, gboolean ok, GError *error)
{
  if (!ok && !self->save_failed)
    g_warning ("Cannot save the history: %s", error->message);
  else if (ok && self->save_failed)
    g_message ("The history is saved again");
  self->save_failed = !ok;
}

static gboolean
start_save (gpointer user_data)
{
  CgHistory *self = user_data;
  g_autoptr (GTask) task = NULL;
  WriteJob *job;

  self->save_idle_id = 0;
  g_mutex_lock (&self->lock);
  if (self->writing)
    {
      /* on_written() asks again */
      g_mutex_unlock (&self->lock);
      return G_SOURCE_REMOVE;
    }
  self->writing = TRUE;
  g_mutex_unlock (&self->lock);
  job = g_new0 (WriteJob, 1);
  job->path = g_strdup (self->path);
  job->data = serialise (self);
  self->dirty = FALSE;
  task = g_task_new (self, NULL, on_written, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_in_thread);
  return G_SOURCE_REMOVE;
}

static void
request_save (CgHistory *self)
{
  if (self->problem != NULL)
    return;
  self->dirty = TRUE;
  if (self->save_idle_id == 0)
    self->save_idle_id = g_idle_add_full (G_PRIORITY_LOW, start_save, self, NULL);
}

static void
changed (CgHistory *self)
{
  request_save (self);
  g_signal_emit_by_name (self, "changed");
}

gboolean
cg_history_flush (CgHistory *self, GError **error)
{
  g_autoptr (GBytes) data = NULL;
  g_autoptr (GError) local = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  while (self->writing)
    g_cond_wait (&self->written, &self->lock);
  g_mutex_unlock (&self->lock);
  g_clear_handle_id (&self->save_idle_id, g_source_remove);
  if (!self->dirty || self->problem != NULL)
    return TRUE;
  data = serialise (self);
  self->dirty = FALSE;
  ok = write_file (self->path, data, &local);
  note_written (self, ok, local);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));
  return ok;
}

/* ---- changing ----------------------------------------------------------- */

/* Drops entries older than the retention days and beyond the entry limit. */
static gboolean
apply_retention (CgHistory *self)
{
  gint64 oldest = g_get_real_time () / G_USEC_PER_SEC - (gint64) self->days * 24 * 3600;
  guint drop = 0;

  if (self->days == 0)
    drop = self->entries->len;
  while (drop < self->entries->len
         && (((CgHistoryEntry *) g_ptr_array_index (self->entries, drop))->time < oldest
             || self->entries->len - drop > self->max_entries))
    drop++;
  if (drop > 0)
    g_ptr_array_remove_range (self->entries, 0, drop);
  return drop > 0;
}

void
cg_history_set_retention (CgHistory *self, guint days, guint max_entries)
{
  self->days = days;
  self->max_entries = max_entries;
  if (apply_retention (self))
    changed (self);
}

/* The first CG_HISTORY_MAX_VALUES valid values (an entry for an export of
 * 100,000 rows keeps 100: the counts say how many there were). */
static char **
copy_values (char **values)
{
  GPtrArray *out;

  if (values == NULL)
    return NULL;
  out = g_ptr_array_new ();
  for (guint i = 0; values[i] != NULL && out->len < CG_HISTORY_MAX_VALUES; i++)
    if (cg_history_value_is_valid (values[i]) && g_utf8_validate (values[i], -1, NULL))
      g_ptr_array_add (out, g_strdup (values[i]));
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

guint64
cg_history_add (CgHistory *self, const CgHistoryEntry *entry)
{
  CgHistoryEntry *e;
  guint64 id;

  if (self->days == 0 || self->max_entries == 0)
    return 0;
  e = g_new0 (CgHistoryEntry, 1);
  *e = *entry;
  e->preview = cut_valid (entry->preview ? entry->preview : "", MAX_PREVIEW);
  e->values = copy_values (entry->values);
  e->site = g_strdup (entry->site);
  e->id = id = ++self->next_id;
  if (e->time == 0)
    e->time = g_get_real_time () / G_USEC_PER_SEC;
  g_ptr_array_add (self->entries, e);
  apply_retention (self);
  changed (self);
  /* Retention may have dropped the entry itself (an old time): the id is
   * still the one it had. */
  return id;
}

gboolean
cg_history_set_outcome (CgHistory *self, guint64 id, CgOutcome outcome)
{
  for (guint i = 0; id != 0 && i < self->entries->len; i++)
    {
      CgHistoryEntry *e = g_ptr_array_index (self->entries, i);
      if (e->id == id)
        {
          e->outcome = outcome;
          changed (self);
          return TRUE;
        }
    }
  return FALSE;
}

const CgHistoryEntry *
cg_history_get_entry (CgHistory *self, guint64 id)
{
  for (guint i = 0; id != 0 && i < self->entries->len; i++)
    if (((CgHistoryEntry *) g_ptr_array_index (self->entries, i))->id == id)
      return g_ptr_array_index (self->entries, i);
  return NULL;
}

gboolean
cg_history_remove (CgHistory *self, guint64 id)
{
  for (guint i = 0; id != 0 && i < self->entries->len; i++)
    if (((CgHistoryEntry *) g_ptr_array_index (self->entries, i))->id == id)
      {
        g_ptr_array_remove_index (self->entries, i);
        changed (self);
        return TRUE;
      }
  return FALSE;
}

void
cg_history_clear (CgHistory *self)
{
  g_ptr_array_set_size (self->entries, 0);
  changed (self);
}

GPtrArray *
cg_history_get_entries (CgHistory *self)
{
  GPtrArray *newest_first = g_ptr_array_new ();

  for (guint i = self->entries->len; i-- > 0;)
    g_ptr_array_add (newest_first, g_ptr_array_index (self->entries, i));
  return newest_first;
}

const char *
cg_history_get_problem (CgHistory *self)
{
  return self->problem;
}

/* ---- life --------------------------------------------------------------- */

static void
cg_history_dispose (GObject *object)
{
  CgHistory *self = CG_HISTORY (object);

  /* What is not on disk yet goes there now. */
  if (self->entries != NULL)
    cg_history_flush (self, NULL);
  G_OBJECT_CLASS (cg_history_parent_class)->dispose (object);
}

static void
cg_history_finalize (GObject *object)
{
  CgHistory *self = CG_HISTORY (object);

  g_free (self->path);
  g_free (self->problem);
  g_ptr_array_unref (self->entries);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->written);
  G_OBJECT_CLASS (cg_history_parent_class)->finalize (object);
}

static void
cg_history_class_init (CgHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_history_dispose;
  G_OBJECT_CLASS (klass)->finalize = cg_history_finalize;
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
cg_history_init (CgHistory *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->days = 30;
  self->max_entries = 500;
  g_mutex_init (&self->lock);
  g_cond_init (&self->written);
}

CgHistory *
cg_history_new (const char *path)
{
  CgHistory *self = g_object_new (CG_TYPE_HISTORY, NULL);

  self->path = path ? g_strdup (path)
                    : g_build_filename (g_get_user_state_dir (), "clipguard", "history.json", NULL);
  remove_orphans (self);
  load (self);
  return self;
}
