/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-summary.c: notification texts from findings. */
#include "config.h"

#include "cg-summary.h"

#include <glib/gi18n.h>
#include <string.h>

/* Whether @f is a later part of a value whose first part came before it
 * (the fields of one address share a group). */
static gboolean
later_part (const CgFinding *findings, guint i)
{
  for (guint k = 0; findings[i].group != 0 && k < i; k++)
    if (findings[k].group == findings[i].group)
      return TRUE;
  return FALSE;
}

CgCounts
cg_summary_count (const CgFinding *findings, guint n)
{
  CgCounts c = { 0, 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      if (later_part (findings, i))
        continue;
      switch (findings[i].type)
        {
        case CG_FINDING_BSN: c.n_bsn++; break;
        case CG_FINDING_IBAN: c.n_iban++; break;
        default: c.n_address++; break;
        }
    }
  return c;
}

/* Whole sentences per combination, so that translators see what they translate. */
char *
cg_summary_title (const CgCounts *c)
{
  guint key = (c->n_bsn ? 1 : 0) | (c->n_iban ? 2 : 0) | (c->n_address ? 4 : 0);

  switch (key)
    {
    case 1: return g_strdup (_ ("BSN copied"));
    case 2: return g_strdup (_ ("IBAN copied"));
    case 3: return g_strdup (_ ("BSN and IBAN copied"));
    case 4: return g_strdup (_ ("Address copied"));
    case 5: return g_strdup (_ ("BSN and address copied"));
    case 6: return g_strdup (_ ("IBAN and address copied"));
    case 7: return g_strdup (_ ("BSN, IBAN and address copied"));
    default: return g_strdup (_ ("Personal data copied"));
    }
}

static const char *
type_label (CgFindingType type)
{
  switch (type)
    {
    case CG_FINDING_BSN: return _ ("BSN");
    case CG_FINDING_IBAN: return _ ("IBAN");
    default: return _ ("Address");
    }
}

char *
cg_summary_render_preview (const char *tagged)
{
  g_auto (GStrv) lines = g_strsplit (tagged, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');
      g_autofree char *tag = colon ? g_strndup (lines[i], (gsize) (colon - lines[i])) : NULL;
      CgFindingType type = tag ? cg_finding_type_from_string (tag) : 0;
      guint64 more;

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (type != 0)
        g_string_append_printf (out, "%s:%s", type_label (type), colon + 1);
      else if (lines[i][0] == '+' && (more = g_ascii_strtoull (lines[i] + 1, NULL, 10)) > 0)
        g_string_append_printf (
            out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", (gulong) more),
            (guint) more);
      else
        g_string_append (out, lines[i]);
    }
  return g_string_free (out, FALSE);
}

/* The masked form of finding @i and, for a value in parts, of the parts
 * after it, joined by ", ". */
static char *
masked_value (const char *text, const CgFinding *findings, guint n, guint i)
{
  GString *out = g_string_new (NULL);

  for (guint k = i; k < n; k++)
    {
      const CgFinding *f = &findings[k];
      g_autofree char *masked = NULL;

      if (k > i && (findings[i].group == 0 || f->group != findings[i].group))
        continue;
      masked = cg_mask_value (f->type, text + f->start, f->end - f->start);
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, masked);
    }
  return g_string_free (out, FALSE);
}

/* The history keeps the preview in this language-free form ("bsn: *******82",
 * "+2"), so that a window in another language shows its own words. */
char *
cg_summary_preview_tagged (const char *text, const CgFinding *findings, guint n, guint max)
{
  GString *out = g_string_new (NULL);
  guint shown = 0, values = 0;

  for (guint i = 0; i < n; i++)
    {
      const CgFinding *f = &findings[i];
      g_autofree char *masked = NULL;
      g_autofree char *valid = NULL;

      if (later_part (findings, i))
        continue;
      values++;
      if (shown == max)
        continue;
      masked = masked_value (text, findings, n, i);
      valid = g_utf8_make_valid (masked, -1);
      g_strdelimit (valid, "\r\n\t", ' ');
      if (g_utf8_strlen (valid, -1) > 40)
        *g_utf8_offset_to_pointer (valid, 40) = '\0';
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s: %s", cg_finding_type_to_string (f->type), valid);
      shown++;
    }
  if (values > shown)
    g_string_append_printf (out, "\n+%u", values - shown);
  return g_string_free (out, FALSE);
}
