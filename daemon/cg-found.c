/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-found.c: a scan's findings made ready for a warning, in one pass over
 * the values. */
#include "config.h"

#include "cg-found.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cg-audit.h"

/* the allow list's bound on a stored label (cg-history.c checks the same) */
#define MAX_LABEL 200

typedef struct
{
  CgFound found;
  gatomicrefcount ref;
} FoundBox;

/* "TYPE:HASH:LABEL", the label cut on a character boundary so that one
 * long label (an organisation rule's) never makes the value invalid. */
static char *
history_value (const char *line, const char *hash)
{
  const char *colon = strchr (line, ':');
  g_autofree char *type = colon != NULL ? g_strndup (line, (gsize) (colon - line)) : NULL;
  const char *end = line + MIN (strlen (line), MAX_LABEL);

  if (type == NULL)
    return NULL;
  if (*end != '\0')
    end = g_utf8_find_prev_char (line, end + 1);
  return g_strdup_printf ("%s:%s:%.*s", type, hash, (int) (end - line), line);
}

CgFound *
cg_found_new (CgAllowList *allow, CgScanner *places, const char *text, GArray *findings)
{
  FoundBox *box = g_new0 (FoundBox, 1);
  CgFound *found = &box->found;
  const CgFinding *f = (const CgFinding *) findings->data;
  guint n = findings->len;
  g_autoptr (CgValues) all = cg_values_new (f, n);
  guint n_all = cg_values_get_n (all), n_kept;
  g_autofree gboolean *allowed = g_new0 (gboolean, MAX (n_all, 1));
  g_autoptr (GString) tagged = g_string_new (NULL);
  GPtrArray *history = g_ptr_array_new ();
  const CgFinding *kept;

  g_atomic_ref_count_init (&box->ref);
  found->epoch = cg_allow_list_get_epoch (allow);
  found->hashes = g_ptr_array_new_with_free_func (g_free);
  for (guint v = 0; v < n_all; v++)
    {
      guint n_parts;
      const guint *parts = cg_values_get_parts (all, v, &n_parts);
      char *hash = cg_allow_list_hash_value (allow, text, f, parts, n_parts);

      if ((allowed[v] = cg_allow_list_allows (allow, hash)))
        {
          found->n_allowed++;
          g_free (hash);
        }
      else
        g_ptr_array_add (found->hashes, hash); /* values keep their order */
    }
  /* the findings of the values not allowed, in the order of the text */
  if (found->n_allowed == 0)
    found->findings = g_array_ref (findings); /* no copy of a large scan's findings */
  else
    {
      found->findings = g_array_sized_new (FALSE, FALSE, sizeof (CgFinding), n);
      for (guint i = 0; i < n; i++)
        if (!allowed[cg_values_of_finding (all, i)])
          g_array_append_val (found->findings, f[i]);
    }
  kept = (const CgFinding *) found->findings->data;
  found->values = cg_values_new (kept, found->findings->len);
  n_kept = cg_values_get_n (found->values);
  g_assert (n_kept == found->hashes->len);
  found->counts = cg_summary_count_values (kept, found->values);
  found->rules = cg_audit_rules (kept, found->findings->len);
  /* the preview and the history: the first values only */
  for (guint v = 0; v < n_kept && v < MAX (CG_SUMMARY_SHOWN, CG_FOUND_MAX_HISTORY_VALUES); v++)
    {
      guint n_parts;
      const guint *parts = cg_values_get_parts (found->values, v, &n_parts);
      g_autofree char *line = cg_summary_value_tagged (places, text, kept, parts, n_parts);
      char *value;

      if (v < CG_SUMMARY_SHOWN)
        {
          if (tagged->len > 0)
            g_string_append_c (tagged, '\n');
          g_string_append (tagged, line);
          found->n_shown_findings = MAX (found->n_shown_findings, parts[n_parts - 1] + 1);
        }
      if (v < CG_FOUND_MAX_HISTORY_VALUES
          && (value = history_value (line, found->hashes->pdata[v])) != NULL)
        g_ptr_array_add (history, value);
    }
  if (n_kept > CG_SUMMARY_SHOWN)
    g_string_append_printf (tagged, "\n+%u", n_kept - CG_SUMMARY_SHOWN);
  found->tagged = g_string_free (g_steal_pointer (&tagged), FALSE);
  g_ptr_array_add (history, NULL);
  found->history = (char **) g_ptr_array_free (history, FALSE);
  return found;
}

CgFound *
cg_found_ref (CgFound *found)
{
  g_atomic_ref_count_inc (&((FoundBox *) found)->ref);
  return found;
}

void
cg_found_unref (CgFound *found)
{
  if (found == NULL || !g_atomic_ref_count_dec (&((FoundBox *) found)->ref))
    return;
  g_array_unref (found->findings);
  cg_values_free (found->values);
  g_ptr_array_unref (found->hashes);
  g_free (found->rules);
  g_free (found->tagged);
  g_strfreev (found->history);
  g_free (found);
#ifdef __GLIBC__
  /* a large copy's findings and hashes were many small blocks: give their
   * pages back, so that the guard returns to its idle size */
  malloc_trim (0);
#endif
}

guint
cg_found_get_n_values (const CgFound *found)
{
  return cg_values_get_n (found->values);
}

guint
cg_found_first_part (const CgFound *found, guint i)
{
  guint n_parts;

  return cg_values_get_parts (found->values, i, &n_parts)[0];
}
