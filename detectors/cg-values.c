/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-values.c: the findings of a scan grouped into values, in one pass. */
#include "clipguard-detectors.h"

struct _CgValues
{
  guint n_values;
  guint *starts;   /* n_values + 1 offsets into parts */
  guint *parts;    /* finding indices, value by value */
  guint *value_of; /* finding index -> value index */
};

CgValues *
cg_values_new (const CgFinding *findings, guint n)
{
  CgValues *v = g_new0 (CgValues, 1);
  g_autoptr (GHashTable) by_group = g_hash_table_new (NULL, NULL);
  g_autofree guint *fill = NULL;

  v->value_of = g_new (guint, MAX (n, 1));
  /* each finding's value: a new one, or the one its group began */
  for (guint i = 0; i < n; i++)
    {
      gpointer known;

      if (findings[i].group != 0
          && g_hash_table_lookup_extended (by_group, GUINT_TO_POINTER (findings[i].group), NULL,
                                           &known))
        {
          v->value_of[i] = GPOINTER_TO_UINT (known);
          continue;
        }
      v->value_of[i] = v->n_values++;
      if (findings[i].group != 0)
        g_hash_table_insert (by_group, GUINT_TO_POINTER (findings[i].group),
                             GUINT_TO_POINTER (v->value_of[i]));
    }
  /* counting sort of the findings by value: parts stay ascending */
  v->starts = g_new0 (guint, v->n_values + 1);
  for (guint i = 0; i < n; i++)
    v->starts[v->value_of[i] + 1]++;
  for (guint k = 0; k < v->n_values; k++)
    v->starts[k + 1] += v->starts[k];
  v->parts = g_new (guint, MAX (n, 1));
  fill = g_memdup2 (v->starts, sizeof (guint) * (v->n_values + 1));
  for (guint i = 0; i < n; i++)
    v->parts[fill[v->value_of[i]]++] = i;
  return v;
}

void
cg_values_free (CgValues *v)
{
  if (v == NULL)
    return;
  g_free (v->starts);
  g_free (v->parts);
  g_free (v->value_of);
  g_free (v);
}

guint
cg_values_get_n (const CgValues *v)
{
  return v->n_values;
}

const guint *
cg_values_get_parts (const CgValues *v, guint i, guint *n_parts)
{
  g_return_val_if_fail (i < v->n_values, NULL);
  *n_parts = v->starts[i + 1] - v->starts[i];
  return v->parts + v->starts[i];
}

guint
cg_values_of_finding (const CgValues *v, guint finding)
{
  return v->value_of[finding];
}
