/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-audit.c: audit events, written to the journal with GLib's structured
 * logging.
 *
 * The sink is the process's one, as GLib's log writer is: the application
 * starts it once, tests start it with a recording writer.  Every event
 * carries SYSLOG_IDENTIFIER=clipguard and GLIB_DOMAIN=clipguard, so that
 * `journalctl --user -t clipguard` shows it among the guard's other lines. */
#include "config.h"

#include "cg-audit.h"

#include <stdio.h>
#include <string.h>

#define MAX_FIELDS 16

typedef struct
{
  const char *name;
  const char *id;
  GLogLevelFlags level;
  const char *priority; /* syslog's, as the journal wants it */
  gboolean personal;    /* says what a person did: off with audit-events */
} EventType;

/* In the order of CgAuditEvent. */
static const EventType events[] = {
  { "warned", CG_AUDIT_ID_WARNED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "masked", CG_AUDIT_ID_MASKED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "kept", CG_AUDIT_ID_KEPT, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "always-allowed", CG_AUDIT_ID_ALWAYS_ALLOWED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "restored", CG_AUDIT_ID_RESTORED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "undone", CG_AUDIT_ID_UNDONE, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "skipped-too-large", CG_AUDIT_ID_SKIPPED_TOO_LARGE, G_LOG_LEVEL_INFO, "6", TRUE },
  { "paste-checked", CG_AUDIT_ID_PASTE_CHECKED, G_LOG_LEVEL_INFO, "6", TRUE },
  { "pasted-masked", CG_AUDIT_ID_PASTED_MASKED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "pasted-as-is", CG_AUDIT_ID_PASTED_AS_IS, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "paste-cancelled", CG_AUDIT_ID_PASTE_CANCELLED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "paused", CG_AUDIT_ID_PAUSED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "resumed", CG_AUDIT_ID_RESUMED, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "quit", CG_AUDIT_ID_QUIT, G_LOG_LEVEL_MESSAGE, "5", TRUE },
  { "rules-loaded", CG_AUDIT_ID_RULES_LOADED, G_LOG_LEVEL_MESSAGE, "5", FALSE },
  { "rule-error", CG_AUDIT_ID_RULE_ERROR, G_LOG_LEVEL_WARNING, "4", FALSE },
  { "backend-started", CG_AUDIT_ID_BACKEND_STARTED, G_LOG_LEVEL_MESSAGE, "5", FALSE },
};
G_STATIC_ASSERT (G_N_ELEMENTS (events) == CG_AUDIT_N_EVENTS);

static struct
{
  GSettings *settings; /* NULL: not started */
  GLogWriterFunc writer;
  gpointer user_data;
} sink;

void
cg_audit_start (GSettings *settings, GLogWriterFunc writer, gpointer user_data)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_set_object (&sink.settings, settings);
  sink.writer = writer != NULL ? writer : cg_audit_write_journal;
  sink.user_data = user_data;
}

void
cg_audit_stop (void)
{
  g_clear_object (&sink.settings);
  sink.writer = NULL;
  sink.user_data = NULL;
}

const char *
cg_audit_event_name (CgAuditEvent event)
{
  g_return_val_if_fail (event < CG_AUDIT_N_EVENTS, NULL);
  return events[event].name;
}

const char *
cg_audit_message_id (CgAuditEvent event)
{
  g_return_val_if_fail (event < CG_AUDIT_N_EVENTS, NULL);
  return events[event].id;
}

char *
cg_audit_kinds (guint n_bsn, guint n_iban, guint n_address, guint n_rule, guint n_confidential)
{
  const char *names[] = { "bsn", "iban", "address", "rule", "confidential" };
  const guint counts[] = { n_bsn, n_iban, n_address, n_rule, n_confidential };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (counts[i] > 0)
      g_string_append_printf (out, "%s%s=%u", out->len > 0 ? " " : "", names[i], counts[i]);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

char *
cg_audit_rules (const CgFinding *findings, guint n)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      /* interned: equal IDs are equal pointers */
      if (findings[i].type == CG_FINDING_RULE && findings[i].rule != NULL
          && !g_ptr_array_find (ids, findings[i].rule, NULL))
        g_ptr_array_add (ids, (gpointer) findings[i].rule);
    }
  if (ids->len == 0)
    return NULL;
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

GLogWriterOutput
cg_audit_write_journal (GLogLevelFlags level, const GLogField *fields, gsize n_fields,
                        gpointer user_data)
{
  gboolean journal = g_log_writer_journald (level, fields, n_fields, NULL) == G_LOG_WRITER_HANDLED;
  g_autofree char *line = NULL;

  /* The line on standard error too, as GLib's own lines, unless that is
   * the journal already (a systemd unit): a terminal, a log file, the
   * tests.  Where no journal runs (a container) only there. */
  if (journal && g_log_writer_is_journald (fileno (stderr)))
    return G_LOG_WRITER_HANDLED;
  line = g_log_writer_format_fields (level, fields, n_fields,
                                     g_log_writer_supports_color (fileno (stderr)));
  fprintf (stderr, "%s\n", line);
  fflush (stderr);
  return G_LOG_WRITER_HANDLED;
}

static void
add_field (GLogField *fields, gsize *n, const char *key, const char *value)
{
  if (value == NULL)
    return;
  g_assert (*n < MAX_FIELDS);
  fields[*n] = (GLogField){ key, value, -1 };
  (*n)++;
}

void
cg_audit_event (CgAuditEvent event, const CgAuditFields *fields, const char *format, ...)
{
  const CgAuditFields none = { NULL };
  const EventType *type;
  g_autofree char *message = NULL;
  GLogField f[MAX_FIELDS];
  gsize n = 0;
  va_list args;

  g_return_if_fail (event < CG_AUDIT_N_EVENTS);
  type = &events[event];
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (sink.settings == NULL)
    {
      /* not the guard (the native host): a log line as any other */
      g_log (G_LOG_DOMAIN, type->level, "%s", message);
      return;
    }
  if (type->personal && !g_settings_get_boolean (sink.settings, "audit-events"))
    return;
  if (fields == NULL)
    fields = &none;
  add_field (f, &n, "MESSAGE_ID", type->id);
  add_field (f, &n, "PRIORITY", type->priority);
  add_field (f, &n, "MESSAGE", message);
  add_field (f, &n, "SYSLOG_IDENTIFIER", "clipguard");
  add_field (f, &n, "GLIB_DOMAIN", G_LOG_DOMAIN);
  add_field (f, &n, "CLIPGUARD_EVENT", type->name);
  add_field (f, &n, "CLIPGUARD_KINDS", fields->kinds);
  add_field (f, &n, "CLIPGUARD_ACTION", fields->action);
  add_field (f, &n, "CLIPGUARD_SITE", fields->site);
  add_field (f, &n, "CLIPGUARD_APP", fields->app);
  add_field (f, &n, "CLIPGUARD_RULE", fields->rule);
  add_field (f, &n, "CLIPGUARD_BACKEND", fields->backend);
  sink.writer (type->level, f, n, sink.user_data);
}
