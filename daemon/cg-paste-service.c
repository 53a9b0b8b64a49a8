/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-paste-service.c: nl.clipguard.ClipGuard.Paste on the session bus.
 *
 * Any client of the session bus can call it, so every argument is checked
 * and bounded before the guard sees it: host names as the history keeps
 * them, hashes of 64 lower-case hex digits, known kinds, short labels, at
 * most MAX_VALUES values a call (MAX_PLACEHOLDERS values for placeholders,
 * each bounded).  A bad call is refused with an error that
 * names the argument, never echoing it. */
#include "config.h"

#include "cg-paste-service.h"

#include <string.h>

#include "cg-audit.h"
#include "cg-enums.h"
#include "cg-paste-dbus.h"

#define MAX_VALUES 1000
#define MAX_COUNT 10000000
/* Placeholders: at most as many values as the vault holds, each of at most
 * 64 KiB (a longer one gets a number, and is not remembered) */
#define MAX_PLACEHOLDERS 10000
#define MAX_VALUE_BYTES 65536
#define MAX_RULE_ID 64

struct _CgPasteService
{
  CgGuard *guard;
  CgDBusPaste *skeleton;
};

static gboolean
refuse (GDBusMethodInvocation *invocation, const char *what)
{
  g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                         "Bad argument: %s", what);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
is_hash (const char *s)
{
  if (strlen (s) != 64)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static gboolean
on_check_values (CgDBusPaste *skeleton, GDBusMethodInvocation *invocation, const char *site,
                 const char *const *hashes, gpointer user_data)
{
  CgPasteService *self = user_data;
  g_autoptr (GVariantBuilder) known = g_variant_builder_new (G_VARIANT_TYPE ("ab"));
  guint n = g_strv_length ((char **) hashes);
  guint n_known = 0;

  if (!cg_history_site_is_valid (site))
    return refuse (invocation, "site");
  if (n > MAX_COUNT)
    return refuse (invocation, "hashes");
  for (guint i = 0; i < n; i++)
    if (!is_hash (hashes[i]))
      return refuse (invocation, "hashes");
  for (guint i = 0; i < n; i++)
    {
      gboolean is_known = cg_guard_paste_value_known (self->guard, site, hashes[i]);
      n_known += is_known;
      g_variant_builder_add (known, "b", is_known);
    }
  /* "ask": the extension asks the user about the values not known */
  cg_audit_event (CG_AUDIT_PASTE_CHECKED,
                  &(CgAuditFields){ .site = site, .action = n_known < n ? "ask" : "known" },
                  "Paste into %s checked: %u value(s), %u known", site, n, n_known);
  cg_dbus_paste_complete_check_values (skeleton, invocation, g_variant_builder_end (known));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
outcome_of (const char *name, CgOutcome *out)
{
  static const struct
  {
    const char *name;
    CgOutcome outcome;
  } outcomes[] = {
    { "pasted-masked", CG_OUTCOME_PASTED_MASKED },
    { "pasted-as-is", CG_OUTCOME_PASTED_AS_IS },
    { "paste-cancelled", CG_OUTCOME_PASTE_CANCELLED },
    { "paste-auto-masked", CG_OUTCOME_PASTE_AUTO_MASKED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_str_equal (name, outcomes[i].name))
      {
        *out = outcomes[i].outcome;
        return TRUE;
      }
  return FALSE;
}

static gboolean
on_report (CgDBusPaste *skeleton, GDBusMethodInvocation *invocation, const char *site,
           const char *outcome_name, GVariant *counts, GVariant *values, gpointer user_data)
{
  CgPasteService *self = user_data;
  guint32 n_bsn, n_iban, n_address, n_rule, n_confidential;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GVariantIter iter;
  const char *type, *hash, *label;
  CgOutcome outcome;

  if (!cg_history_site_is_valid (site))
    return refuse (invocation, "site");
  if (!outcome_of (outcome_name, &outcome))
    return refuse (invocation, "outcome");
  g_variant_get (counts, "(uuuuu)", &n_bsn, &n_iban, &n_address, &n_rule, &n_confidential);
  if (n_bsn > MAX_COUNT || n_iban > MAX_COUNT || n_address > MAX_COUNT || n_rule > MAX_COUNT
      || n_confidential > MAX_COUNT)
    return refuse (invocation, "counts");
  if (g_variant_n_children (values) > MAX_VALUES)
    return refuse (invocation, "values");
  g_variant_iter_init (&iter, values);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &type, &hash, &label))
    {
      char *line = g_strdup_printf ("%s:%s:%s", type, hash, label);
      if (strchr (label, '\n') != NULL || !cg_history_value_is_valid (line))
        {
          g_free (line);
          return refuse (invocation, "values");
        }
      g_ptr_array_add (lines, line);
    }
  g_ptr_array_add (lines, NULL);
  cg_guard_paste_done (self->guard, site, outcome, n_bsn, n_iban, n_address, n_rule, n_confidential,
                       (char **) lines->pdata);
  cg_dbus_paste_complete_report (skeleton, invocation);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* A rule's ID as cg-rules.c takes it: letters, digits, '-' and '_'. */
static gboolean
is_rule_id (const char *s)
{
  gsize len = strlen (s);

  if (len == 0 || len > MAX_RULE_ID)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
on_placeholders (CgDBusPaste *skeleton, GDBusMethodInvocation *invocation, const char *site,
                 GVariant *values, gpointer user_data)
{
  CgPasteService *self = user_data;
  gsize n = g_variant_n_children (values);
  g_autofree CgFindingType *types = NULL;
  g_autofree const char **rules = NULL, **identities = NULL, **texts = NULL;
  g_auto (GStrv) placeholders = NULL;
  const char *type_name, *rule, *identity, *value;
  GVariantIter iter;
  guint i = 0;

  if (!cg_history_site_is_valid (site))
    return refuse (invocation, "site");
  if (n > MAX_PLACEHOLDERS)
    return refuse (invocation, "values");
  types = g_new (CgFindingType, MAX (n, 1));
  rules = g_new (const char *, MAX (n, 1));
  identities = g_new (const char *, MAX (n, 1));
  texts = g_new (const char *, MAX (n, 1));
  g_variant_iter_init (&iter, values);
  while (g_variant_iter_next (&iter, "(&s&s&s&s)", &type_name, &rule, &identity, &value))
    {
      types[i] = g_str_equal (type_name, "rule") ? CG_FINDING_RULE
                                                 : cg_finding_type_from_string (type_name);
      if (types[i] == 0 || (types[i] == CG_FINDING_RULE) != (rule[0] != '\0'))
        return refuse (invocation, "values");
      if (types[i] == CG_FINDING_RULE && !is_rule_id (rule))
        return refuse (invocation, "values");
      if (identity[0] == '\0' || strlen (identity) > MAX_VALUE_BYTES
          || strlen (value) > MAX_VALUE_BYTES)
        return refuse (invocation, "values");
      rules[i] = types[i] == CG_FINDING_RULE ? rule : NULL;
      identities[i] = identity;
      texts[i] = value;
      i++;
    }
  placeholders = cg_guard_issue_placeholders (self->guard, types, rules, identities, texts, i);
  cg_dbus_paste_complete_placeholders (skeleton, invocation,
                                       placeholders != NULL ? (const char *const *) placeholders
                                                            : (const char *const[]){ NULL });
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static void
on_state_changed (CgGuard *guard, gpointer user_data)
{
  CgPasteService *self = user_data;
  gint64 until = cg_guard_get_paused_until (guard);

  if (cg_dbus_paste_get_paused_until (self->skeleton) != until)
    cg_dbus_paste_set_paused_until (self->skeleton, until);
}

CgPasteService *
cg_paste_service_new (CgGuard *guard, GDBusConnection *connection, const char *path, GError **error)
{
  g_autoptr (CgPasteService) self = g_new0 (CgPasteService, 1);

  self->guard = g_object_ref (guard);
  self->skeleton = cg_dbus_paste_skeleton_new ();
  cg_dbus_paste_set_paused_until (self->skeleton, cg_guard_get_paused_until (guard));
  g_signal_connect (self->skeleton, "handle-check-values", G_CALLBACK (on_check_values), self);
  g_signal_connect (self->skeleton, "handle-report", G_CALLBACK (on_report), self);
  g_signal_connect (self->skeleton, "handle-placeholders", G_CALLBACK (on_placeholders), self);
  g_signal_connect (guard, "state-changed", G_CALLBACK (on_state_changed), self);
  if (!g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton), connection,
                                         path, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
cg_paste_service_free (CgPasteService *self)
{
  if (self == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->guard, self);
  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)))
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
  g_object_unref (self->skeleton);
  g_object_unref (self->guard);
  g_free (self);
}
