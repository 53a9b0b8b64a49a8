/* cg-history.c: the history as a small JSON file (json-glib).
 *
 * Why a JSON file: the history is small (a few hundred entries), read whole
 * by one window and written whole by one daemon; a JSON document written to a
 * temporary file and renamed over the old one is atomic on every local file
 * system, readable by people and tools, and needs no database library.  A
 * kill at any moment leaves the old file or the new one, never half of it.
 * Signal "changed" tells that the entries changed. */
#include "config.h"

#include "cg-history.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#define FORMAT_VERSION 1

struct _CgHistory
{
  GObject parent_instance;
  char *path;
  GPtrArray *entries; /* CgHistoryEntry, oldest first */
  guint64 next_id;
  guint days;
  guint max_entries;
};

G_DEFINE_FINAL_TYPE (CgHistory, cg_history, G_TYPE_OBJECT)

static const char *const outcome_names[] = {
  "unanswered", "masked", "ignored", "auto-masked", "too-large", "replaced",
};

const char *
cg_outcome_to_string (CgOutcome outcome)
{
  return (guint) outcome < G_N_ELEMENTS (outcome_names) ? outcome_names[outcome] : "unanswered";
}

static CgOutcome
outcome_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (outcome_names); i++)
    if (g_strcmp0 (name, outcome_names[i]) == 0)
      return (CgOutcome) i;
  return CG_OUTCOME_UNANSWERED;
}

const char *
cg_outcome_describe (CgOutcome outcome)
{
  switch (outcome)
    {
    case CG_OUTCOME_MASKED: return _ ("Masked");
    case CG_OUTCOME_IGNORED: return _ ("Ignored");
    case CG_OUTCOME_AUTO_MASKED: return _ ("Masked automatically");
    case CG_OUTCOME_TOO_LARGE: return _ ("Too large, not checked");
    case CG_OUTCOME_REPLACED: return _ ("Copied over before an answer");
    case CG_OUTCOME_UNANSWERED:
    default: return _ ("No answer");
    }
}

static void
entry_free (gpointer data)
{
  CgHistoryEntry *e = data;
  g_free (e->preview);
  g_free (e);
}

static CgHistoryEntry *
entry_from_json (JsonObject *o)
{
  CgHistoryEntry *e = g_new0 (CgHistoryEntry, 1);

  e->time = json_object_get_int_member_with_default (o, "time", 0);
  e->n_bsn = (guint) json_object_get_int_member_with_default (o, "bsn", 0);
  e->n_iban = (guint) json_object_get_int_member_with_default (o, "iban", 0);
  e->n_address = (guint) json_object_get_int_member_with_default (o, "address", 0);
  e->preview = g_strdup (json_object_get_string_member_with_default (o, "preview", ""));
  e->outcome = outcome_from_string (json_object_get_string_member_with_default (o, "outcome", ""));
  return e;
}

static gboolean
parse (CgHistory *self, const char *data, gsize len, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *list;

  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member (json_node_get_object (root), "entries")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "entries")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a clipguard history");
      return FALSE;
    }
  list = json_object_get_array_member (json_node_get_object (root), "entries");
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          CgHistoryEntry *e = entry_from_json (json_node_get_object (node));
          e->id = ++self->next_id;
          g_ptr_array_add (self->entries, e);
        }
    }
  return TRUE;
}

/* A file we cannot read as a history is kept for a person to look at, and a
 * fresh history starts. */
static void
move_aside (CgHistory *self, const char *why)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.corrupt-%s", self->path, stamp);

  if (g_rename (self->path, aside) == 0)
    g_warning ("History file %s could not be read (%s); moved it to %s and started a new history",
               self->path, why, aside);
  else
    g_warning ("History file %s could not be read (%s) nor moved aside: %s", self->path, why,
               g_strerror (errno));
}

static void
load (CgHistory *self)
{
  g_autofree char *data = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;

  g_ptr_array_set_size (self->entries, 0);
  if (!g_file_get_contents (self->path, &data, &len, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("Cannot read history file %s: %s", self->path, error->message);
      return;
    }
  if (!parse (self, data, len, &error))
    {
      g_ptr_array_set_size (self->entries, 0);
      move_aside (self, error->message);
    }
}

static JsonNode *
to_json (CgHistory *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, FORMAT_VERSION);
  json_builder_set_member_name (b, "entries");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->entries->len; i++)
    {
      CgHistoryEntry *e = g_ptr_array_index (self->entries, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "time");
      json_builder_add_int_value (b, e->time);
      json_builder_set_member_name (b, "bsn");
      json_builder_add_int_value (b, e->n_bsn);
      json_builder_set_member_name (b, "iban");
      json_builder_add_int_value (b, e->n_iban);
      json_builder_set_member_name (b, "address");
      json_builder_add_int_value (b, e->n_address);
      json_builder_set_member_name (b, "preview");
      json_builder_add_string_value (b, e->preview);
      json_builder_set_member_name (b, "outcome");
      json_builder_add_string_value (b, cg_outcome_to_string (e->outcome));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
ensure_private_dir (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot create the history folder %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
cg_history_save (CgHistory *self, GError **error)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = to_json (self);
  g_autofree char *data = NULL;
  gsize len;

  if (!ensure_private_dir (self->path, error))
    return FALSE;
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);
  return g_file_set_contents_full (self->path, data, (gssize) len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static void
save_or_warn (CgHistory *self)
{
  g_autoptr (GError) error = NULL;

  if (!cg_history_save (self, &error))
    g_warning ("Cannot save the history: %s", error->message);
  g_signal_emit_by_name (self, "changed");
}

/* Drops entries older than the retention days and beyond the entry limit. */
static gboolean
apply_retention (CgHistory *self)
{
  gint64 oldest = g_get_real_time () / G_USEC_PER_SEC - (gint64) self->days * 24 * 3600;
  guint drop = 0;

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
    save_or_warn (self);
}

guint64
cg_history_add (CgHistory *self, const CgHistoryEntry *entry)
{
  CgHistoryEntry *e = g_new0 (CgHistoryEntry, 1);
  guint64 id;

  *e = *entry;
  e->preview = g_strdup (entry->preview ? entry->preview : "");
  e->id = ++self->next_id;
  if (e->time == 0)
    e->time = g_get_real_time () / G_USEC_PER_SEC;
  g_ptr_array_add (self->entries, e);
  /* Retention may drop the new entry itself (an old time): keep its id. */
  id = e->id;
  apply_retention (self);
  save_or_warn (self);
  return id;
}

gboolean
cg_history_set_outcome (CgHistory *self, guint64 id, CgOutcome outcome)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      CgHistoryEntry *e = g_ptr_array_index (self->entries, i);
      if (e->id == id)
        {
          e->outcome = outcome;
          save_or_warn (self);
          return TRUE;
        }
    }
  return FALSE;
}

void
cg_history_clear (CgHistory *self)
{
  g_ptr_array_set_size (self->entries, 0);
  save_or_warn (self);
}

GPtrArray *
cg_history_get_entries (CgHistory *self)
{
  GPtrArray *newest_first = g_ptr_array_new ();

  for (guint i = self->entries->len; i-- > 0;)
    g_ptr_array_add (newest_first, g_ptr_array_index (self->entries, i));
  return newest_first;
}

void
cg_history_reload (CgHistory *self)
{
  load (self);
  g_signal_emit_by_name (self, "changed");
}

const char *
cg_history_get_path (CgHistory *self)
{
  return self->path;
}

static void
cg_history_finalize (GObject *object)
{
  CgHistory *self = CG_HISTORY (object);

  g_free (self->path);
  g_ptr_array_unref (self->entries);
  G_OBJECT_CLASS (cg_history_parent_class)->finalize (object);
}

static void
cg_history_class_init (CgHistoryClass *klass)
{
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
}

CgHistory *
cg_history_new (const char *path)
{
  CgHistory *self = g_object_new (CG_TYPE_HISTORY, NULL);

  self->path = path ? g_strdup (path)
                    : g_build_filename (g_get_user_state_dir (), "clipguard", "history.json", NULL);
  load (self);
  return self;
}
