/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-rule-source.c: loading the rules, and watching where they come from. */
#include "config.h"

#include "cg-rule-source.h"

#include "cg-audit.h"

#include <string.h>

/* an editor writes a file in several steps: load once they are done */
#define SETTLE_MS 300

struct _CgRuleSource
{
  GObject parent_instance;
  GSettings *settings;
  CgRules *rules;
  GPtrArray *monitors; /* GFileMonitor of the rules.d directories or their parents */
  guint reload_id;
};

G_DEFINE_FINAL_TYPE (CgRuleSource, cg_rule_source, G_TYPE_OBJECT)

static void watch (CgRuleSource *self);

/* @error: "FILE: rule 'ID': REASON", or "FILE: REASON" for a whole file. */
static void
audit_rule_error (const char *error)
{
  const char *start = strstr (error, ": rule '");
  const char *end = start != NULL ? strchr (start + 8, '\'') : NULL;
  g_autofree char *id = end != NULL ? g_strndup (start + 8, (gsize) (end - start - 8)) : NULL;

  cg_audit_event (CG_AUDIT_RULE_ERROR, &(CgAuditFields){ .rule = id },
                  "Organisation rule not loaded: %s", error);
}

static void
audit_rules_loaded (CgRules *rules)
{
  GPtrArray *info = cg_rules_get_info (rules);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < info->len; i++)
    {
      const CgRuleInfo *r = info->pdata[i];
      if (r->enabled)
        g_ptr_array_add (ids, (gpointer) r->id);
    }
  g_ptr_array_add (ids, NULL);
  joined = ids->len > 1 ? g_strjoinv (" ", (char **) ids->pdata) : NULL;
  cg_audit_event (CG_AUDIT_RULES_LOADED, &(CgAuditFields){ .rule = joined },
                  "Organisation rules: %u loaded", cg_rules_get_n_loaded (rules));
}

/* A rule that does not load is logged (and listed in the preferences); the
 * others work. */
void
cg_rule_source_reload (CgRuleSource *self)
{
  g_autoptr (CgRules) rules = cg_rules_new ();
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) disabled = g_settings_get_strv (self->settings, "disabled-rules");

  cg_rules_load_directories (rules, g_settings_get_boolean (self->settings, "user-rules"), errors);
  cg_rules_disable (rules, (const char *const *) disabled);
  for (guint i = 0; i < errors->len; i++)
    audit_rule_error (errors->pdata[i]);
  audit_rules_loaded (rules);
  g_clear_pointer (&self->rules, cg_rules_unref);
  self->rules = g_steal_pointer (&rules);
  g_signal_emit_by_name (self, "changed");
}

static gboolean
on_settled (gpointer user_data)
{
  CgRuleSource *self = user_data;

  self->reload_id = 0;
  cg_rule_source_reload (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (CgRuleSource *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (SETTLE_MS, on_settled, self);
}

static void
on_directory_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                      gpointer user_data)
{
  CgRuleSource *self = user_data;
  const char *waiting_for = g_object_get_data (G_OBJECT (monitor), "waiting-for");
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;

  /* a parent of a rules.d that does not exist yet: only the next step of
   * the path matters (its creation); then watch anew, one level closer */
  if (waiting_for != NULL)
    {
      if (g_strcmp0 (name, waiting_for) != 0)
        return;
      watch (self);
    }
  else if ((event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_MOVED_OUT)
           && !g_file_query_exists (g_object_get_data (G_OBJECT (monitor), "dir"), NULL))
    watch (self); /* rules.d itself went: wait for it again */
  schedule_reload (self);
}

static void
drop_monitor (gpointer data)
{
  g_signal_handlers_disconnect_matched (data, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_directory_changed,
                                        NULL);
  g_file_monitor_cancel (data);
  g_object_unref (data);
}

/* Each rules.d directory, or while it does not exist its nearest existing
 * parent (GLib would poll for a missing path every few seconds: a guard
 * must not wake up when idle). */
static void
watch (CgRuleSource *self)
{
  g_auto (GStrv) dirs = cg_rules_get_directories (TRUE);

  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  self->monitors = g_ptr_array_new_with_free_func (drop_monitor);
  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup (dirs[i]);
      g_autofree char *child = NULL;
      g_autoptr (GFile) dir = NULL;
      GFileMonitor *m;

      while (!g_file_test (path, G_FILE_TEST_IS_DIR) && strcmp (path, "/") != 0
             && strcmp (path, ".") != 0)
        {
          char *parent = g_path_get_dirname (path);
          g_free (child);
          child = g_path_get_basename (path);
          g_free (path);
          path = parent;
        }
      dir = g_file_new_for_path (path);
      m = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (m == NULL)
        continue;
      if (child != NULL)
        g_object_set_data_full (G_OBJECT (m), "waiting-for", g_steal_pointer (&child), g_free);
      g_object_set_data_full (G_OBJECT (m), "dir", g_object_ref (dir), g_object_unref);
      g_signal_connect (m, "changed", G_CALLBACK (on_directory_changed), self);
      g_ptr_array_add (self->monitors, m);
    }
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  schedule_reload (user_data);
}

CgRules *
cg_rule_source_get_rules (CgRuleSource *self)
{
  return self->rules;
}

static void
cg_rule_source_dispose (GObject *object)
{
  CgRuleSource *self = CG_RULE_SOURCE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->rules, cg_rules_unref);
  G_OBJECT_CLASS (cg_rule_source_parent_class)->dispose (object);
}

static void
cg_rule_source_class_init (CgRuleSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_rule_source_dispose;
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
cg_rule_source_init (CgRuleSource *self)
{
}

CgRuleSource *
cg_rule_source_new (GSettings *settings)
{
  CgRuleSource *self = g_object_new (CG_TYPE_RULE_SOURCE, NULL);

  self->settings = g_object_ref (settings);
  cg_rule_source_reload (self);
  watch (self);
  g_signal_connect (settings, "changed::user-rules", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (settings, "changed::disabled-rules", G_CALLBACK (on_settings_changed), self);
  return self;
}
