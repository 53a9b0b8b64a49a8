/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-summary.c: notification texts from findings. */
#include "config.h"

#include "cg-summary.h"

#include <glib/gi18n.h>
#include <string.h>

#define MAX_SHOWN 3
#define PREVIEW_CHARS 40

CgCounts
cg_summary_count_values (const CgFinding *findings, const CgValues *values)
{
  CgCounts c = { 0, 0, 0, 0, NULL, 0, CG_BLOCK_NONE };
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  guint n_values = cg_values_get_n (values);

  for (guint v = 0; v < n_values; v++)
    {
      guint n_parts;
      const CgFinding *f = &findings[cg_values_get_parts (values, v, &n_parts)[0]];

      switch (f->type)
        {
        case CG_FINDING_BSN: c.n_bsn++; break;
        case CG_FINDING_IBAN: c.n_iban++; break;
        case CG_FINDING_CONFIDENTIAL:
          if (c.n_confidential++ == 0)
            c.block_kind = f->block_kind;
          break;
        case CG_FINDING_RULE:
          c.n_rule++;
          /* interned: a few distinct labels, compared as pointers */
          if (!g_ptr_array_find (labels, f->label, NULL))
            g_ptr_array_add (labels, (gpointer) f->label);
          break;
        default: c.n_address++; break;
        }
    }
  if (labels->len > 0)
    {
      g_autofree char *joined = NULL;
      g_ptr_array_add (labels, NULL);
      joined = g_strjoinv (", ", (char **) labels->pdata);
      c.labels = g_intern_string (joined);
    }
  return c;
}

CgCounts
cg_summary_count (const CgFinding *findings, guint n)
{
  g_autoptr (CgValues) values = cg_values_new (findings, n);

  return cg_summary_count_values (findings, values);
}

/* The kinds found, as a phrase; whole phrases, so that translators see what
 * they translate. */
static const char *
builtin_kinds (const CgCounts *c)
{
  guint key = (c->n_bsn ? 1 : 0) | (c->n_iban ? 2 : 0) | (c->n_address ? 4 : 0);

  switch (key)
    {
    case 1: return C_ ("kinds found", "BSN");
    case 2: return C_ ("kinds found", "IBAN");
    case 3: return C_ ("kinds found", "BSN and IBAN");
    case 4: return C_ ("kinds found", "address");
    case 5: return C_ ("kinds found", "BSN and address");
    case 6: return C_ ("kinds found", "IBAN and address");
    case 7: return C_ ("kinds found", "BSN, IBAN and address");
    default: return NULL;
    }
}

/* The built-in kinds, then the labels of the organisation's rules. */
static char *
kinds (const CgCounts *c)
{
  const char *builtin = builtin_kinds (c);

  if (c->labels == NULL)
    return g_strdup (builtin != NULL ? builtin : "");
  if (builtin == NULL)
    return g_strdup (c->labels);
  return g_strdup_printf ("%s, %s", builtin, c->labels);
}

const char *
cg_summary_block_kind (CgBlockKind kind)
{
  switch (kind)
    {
    case CG_BLOCK_PROFIT_LOSS: return C_ ("confidential block", "profit and loss statement");
    case CG_BLOCK_BALANCE: return C_ ("confidential block", "balance sheet");
    case CG_BLOCK_BUDGET: return C_ ("confidential block", "budget against actuals");
    case CG_BLOCK_FORECAST: return C_ ("confidential block", "forecast");
    case CG_BLOCK_CASH_FLOW: return C_ ("confidential block", "cash-flow statement");
    case CG_BLOCK_MARGIN: return C_ ("confidential block", "revenue and margin breakdown");
    case CG_BLOCK_SALARY: return C_ ("confidential block", "salary costs");
    case CG_BLOCK_VALUATION: return C_ ("confidential block", "valuation");
    case CG_BLOCK_LEDGER: return C_ ("confidential block", "general ledger");
    case CG_BLOCK_MARKED: return C_ ("confidential block", "a document marked confidential");
    default: return C_ ("confidential block", "internal figures");
    }
}

gboolean
cg_summary_clear_only (const char *text, gsize len, const CgFinding *findings, guint n)
{
  for (guint i = 0; i < n; i++)
    if (findings[i].type != CG_FINDING_CONFIDENTIAL
        || cg_finding_has_amounts (&findings[i], text, len))
      return FALSE;
  return n > 0;
}

/* Only confidential figures: a title of their own, naming the block. */
static gboolean
only_confidential (const CgCounts *c)
{
  return c->n_confidential > 0 && c->n_bsn == 0 && c->n_iban == 0 && c->n_address == 0
         && c->n_rule == 0;
}

char *
cg_summary_title (const CgCounts *c)
{
  g_autofree char *what = NULL;

  if (only_confidential (c))
    /* Translators: %s is what the block is: "profit and loss statement",
     * "a document marked confidential" */
    return g_strdup_printf (_ ("Confidential business figures copied: %s"),
                            cg_summary_block_kind (c->block_kind));
  what = kinds (c);
  if (c->n_confidential > 0)
    /* Translators: %s is what was found: "BSN", "BSN and IBAN", "address"... */
    return g_strdup_printf (_ ("Personal data and confidential figures copied: %s"), what);
  /* Translators: %s is what was found: "BSN", "BSN and IBAN", "address"... */
  return g_strdup_printf (_ ("Personal data copied: %s"), what);
}

char *
cg_summary_masked_title (const CgCounts *c)
{
  g_autofree char *what = NULL;

  if (only_confidential (c))
    /* Translators: %s is what the block is: "profit and loss statement" */
    return g_strdup_printf (_ ("Confidential business figures masked: %s"),
                            cg_summary_block_kind (c->block_kind));
  what = kinds (c);
  /* Translators: %s is what was found: "BSN", "BSN and IBAN", "address"... */
  return g_strdup_printf (_ ("Personal data masked: %s"), what);
}

/* ---- previews ------------------------------------------------------------ */

/* The masked form of a value's parts, joined by ", ". */
static char *
masked_value (const char *text, const CgFinding *findings, const guint *parts, guint n_parts)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < n_parts; k++)
    {
      const CgFinding *f = &findings[parts[k]];

      if (out->len > 0)
        g_string_append (out, ", ");
      cg_mask_value_append (out, f->type, text + f->start, f->end - f->start);
    }
  return g_string_free (out, FALSE);
}

/* An address's place: in its own span or, for one in parts, in any part. */
static char *
place_of (CgScanner *scanner, const char *text, const CgFinding *findings, const guint *parts,
          guint n_parts)
{
  for (guint k = 0; k < n_parts; k++)
    {
      const CgFinding *f = &findings[parts[k]];
      char *place;

      if ((place = cg_scanner_address_place (scanner, text + f->start, f->end - f->start)) != NULL)
        return place;
    }
  return NULL;
}

static char *
one_line (char *s)
{
  char *valid = g_utf8_make_valid (s, -1);

  g_free (s);
  g_strdelimit (valid, "\r\n\t", ' ');
  if (g_utf8_strlen (valid, -1) > PREVIEW_CHARS)
    *g_utf8_offset_to_pointer (valid, PREVIEW_CHARS) = '\0';
  return valid;
}

char *
cg_summary_value_tagged (CgScanner *scanner, const char *text, const CgFinding *findings,
                         const guint *parts, guint n_parts)
{
  const CgFinding *f = &findings[parts[0]];
  g_autofree char *value = NULL;

  /* a block's words are the company's: only what kind of block it is */
  if (f->type == CG_FINDING_CONFIDENTIAL)
    return g_strdup_printf ("confidential: %d", (int) f->block_kind);
  /* an address masked is all stars and says nothing: its place, or nothing */
  if (f->type == CG_FINDING_ADDRESS)
    value = scanner != NULL ? place_of (scanner, text, findings, parts, n_parts) : NULL;
  else
    value = masked_value (text, findings, parts, n_parts);
  value = value != NULL ? one_line (g_steal_pointer (&value)) : NULL;
  if (f->type == CG_FINDING_RULE)
    /* "rule: Personeelsnummer *-****56": the label, in the language of now */
    return g_strdup_printf ("rule: %s %s", f->label, value != NULL ? value : "");
  return g_strdup_printf ("%s:%s%s", cg_finding_type_to_string (f->type), value != NULL ? " " : "",
                          value != NULL ? value : "");
}

char *
cg_summary_preview_tagged (CgScanner *scanner, const char *text, const CgFinding *findings, guint n,
                           guint max)
{
  g_autoptr (CgValues) values = cg_values_new (findings, n);
  guint n_values = cg_values_get_n (values);
  GString *out = g_string_new (NULL);
  guint shown;

  for (shown = 0; shown < n_values && shown < max; shown++)
    {
      guint n_parts;
      const guint *parts = cg_values_get_parts (values, shown, &n_parts);
      g_autofree char *line = cg_summary_value_tagged (scanner, text, findings, parts, n_parts);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  if (n_values > shown)
    g_string_append_printf (out, "\n+%u", n_values - shown);
  return g_string_free (out, FALSE);
}

char *
cg_summary_preview_first (const char *all, guint max)
{
  g_auto (GStrv) lines = g_strsplit (all, "\n", -1);
  guint n = g_strv_length (lines);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n && i < max; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
    }
  if (n > max)
    g_string_append_printf (out, "\n+%u", n - max);
  return g_string_free (out, FALSE);
}

static char *
render_line (const char *line)
{
  const char *colon = strchr (line, ':');
  g_autofree char *tag = colon ? g_strndup (line, (gsize) (colon - line)) : NULL;
  CgFindingType type = tag ? cg_finding_type_from_string (tag) : 0;
  const char *value = colon ? colon + 1 : NULL;
  guint64 more;

  if (value != NULL && *value == ' ')
    value++;
  switch (type)
    {
    case CG_FINDING_BSN: return g_strdup_printf ("BSN %s", value);
    case CG_FINDING_IBAN: return g_strdup_printf ("IBAN %s", value);
    case CG_FINDING_RULE: return g_strdup (value);
    case CG_FINDING_CONFIDENTIAL:
      return g_strdup (cg_summary_block_kind ((CgBlockKind) g_ascii_strtoull (value, NULL, 10)));
    case CG_FINDING_ADDRESS:
      /* Translators: a preview line: where the address is, not which */
      return *value ? g_strdup_printf (_ ("an address in %s"), value) : g_strdup (_ ("an address"));
    default: break;
    }
  if (line[0] == '+' && (more = g_ascii_strtoull (line + 1, NULL, 10)) > 0)
    return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", (gulong) more), (guint) more);
  return g_strdup (line);
}

char *
cg_summary_render_preview (const char *tagged)
{
  g_auto (GStrv) lines = g_strsplit (tagged, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = render_line (lines[i]);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/* ---- bodies ------------------------------------------------------------ */

char *
cg_summary_warning_body (CgFindingType first_type, guint n_values, const char *preview,
                         const char *replacement, gboolean clear_only, gboolean can_answer)
{
  GString *out = g_string_new (_ ("Do not paste this into a chatbot or an external website."));

  if (replacement == NULL)
    replacement = "";
  g_string_append_c (out, '\n');
  if (!can_answer)
    {
      g_string_append (out, preview);
      g_string_append_c (out, '\n');
      g_string_append (out,
                       _ ("To mask it, choose “Mask last copy” in the clipguard menu or window."));
      return g_string_free (out, FALSE);
    }
  /* one BSN or IBAN: say what it becomes; otherwise list them */
  if (n_values == 1 && first_type == CG_FINDING_BSN)
    /* Translators: "Mask" is the button; %s the masked BSN (*******82, [BSN-1]) */
    g_string_append_printf (out, _ ("“Mask” replaces the BSN on the clipboard with %s."),
                            replacement);
  else if (n_values == 1 && first_type == CG_FINDING_IBAN)
    /* Translators: "Mask" is the button; %s the masked IBAN */
    g_string_append_printf (out, _ ("“Mask” replaces the IBAN on the clipboard with %s."),
                            replacement);
  else if (n_values == 1 && first_type == CG_FINDING_RULE)
    {
      /* an organisation's identifier: its label and masked form, and what it becomes */
      g_string_append (out, preview);
      g_string_append_c (out, '\n');
      /* Translators: "Mask" is the button; %s what the value becomes (*-****17, [ID-1]) */
      g_string_append_printf (out, _ ("“Mask” replaces it on the clipboard with %s."), replacement);
    }
  else if (clear_only)
    {
      g_string_append (out, preview);
      g_string_append_c (out, '\n');
      /* Translators: "Clear" is the button */
      g_string_append (out, _ ("It holds no amounts to mask: “Clear” empties the clipboard."));
    }
  else if (n_values == 1 && first_type == CG_FINDING_CONFIDENTIAL)
    {
      g_string_append (out, preview);
      g_string_append_c (out, '\n');
      /* Translators: "Mask" is the button */
      g_string_append (out, _ ("“Mask” replaces every amount with a placeholder and keeps the "
                               "labels and the layout."));
    }
  else
    {
      g_string_append (out, preview);
      g_string_append_c (out, '\n');
      g_string_append (out, n_values == 1 && first_type == CG_FINDING_ADDRESS
                                ? _ ("“Mask” hides the address on the clipboard.")
                                : _ ("“Mask” hides them on the clipboard."));
    }
  return g_string_free (out, FALSE);
}

char *
cg_summary_selection_body (const char *preview)
{
  return g_strdup_printf ("%s\n%s\n%s",
                          _ ("Do not paste this into a chatbot or an external website."), preview,
                          _ ("It is only selected, not copied: there is nothing to mask."));
}

char *
cg_summary_masked_body (guint n_values, const char *const *shown, const CgBlockKind *blocks,
                        guint n_shown)
{
  GString *out = g_string_new (_ ("The clipboard now holds:"));

  n_shown = MIN (MIN (n_shown, n_values), MAX_SHOWN);
  for (guint i = 0; i < n_shown; i++)
    {
      g_autofree char *line = NULL;

      if (blocks != NULL && blocks[i] != CG_BLOCK_NONE)
        /* a block: its kind, not its text (its labels and placeholders) */
        /* Translators: %s is what the block is: "profit and loss statement" */
        line = g_strdup_printf (_ ("%s, its amounts replaced"), cg_summary_block_kind (blocks[i]));
      else
        line = one_line (g_strdup (shown[i] != NULL ? shown[i] : ""));

      g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  if (n_values > n_shown)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                           (gulong) (n_values - n_shown)),
                              n_values - n_shown);
    }
  return g_string_free (out, FALSE);
}
