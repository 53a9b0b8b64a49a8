/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-mask.c: masking found values, in place of the value and nowhere else. */
#include "clipguard-detectors.h"

#include <string.h>

#include "cg-confidential.h"
#include "cg-text.h"

/* How many of the last letters and digits stay readable, so that a user can
 * tell two masked values apart but never rebuild one. */
#define VISIBLE_TAIL 2

/* Bytes of the letter or digit at value[i]: 1 for ASCII, 3 for a full-width
 * one (U+FF10..FF19, FF21..FF3A, FF41..FF5A), 0 for anything else. */
static gsize
alnum_len (const char *value, gsize len, gsize i)
{
  const guchar *s = (const guchar *) value + i;

  if (cg_is_ascii_alpha (s[0]) || cg_is_digit (s[0]))
    return 1;
  if (len - i >= 3 && s[0] == 0xEF
      && ((s[1] == 0xBC && ((s[2] >= 0x90 && s[2] <= 0x99) || (s[2] >= 0xA1 && s[2] <= 0xBA)))
          || (s[1] == 0xBD && s[2] >= 0x81 && s[2] <= 0x9A)))
    return 3;
  return 0;
}

static guint
count_alnum (const char *value, gsize len)
{
  guint n = 0;

  for (gsize i = 0; i < len;)
    {
      gsize k = alnum_len (value, len, i);
      n += k > 0;
      i += MAX (k, 1);
    }
  return n;
}

/* BSN and IBAN: letters and digits (full-width ones too) become '*',
 * separators stay; an IBAN keeps its country code, both keep their last
 * VISIBLE_TAIL characters. */
static void
append_number_stars (GString *out, CgFindingType type, const char *value, gsize len)
{
  guint total = count_alnum (value, len);
  guint seen = 0;

  for (gsize i = 0; i < len;)
    {
      gsize k = alnum_len (value, len, i);
      gboolean visible;

      if (k == 0)
        {
          g_string_append_c (out, value[i++]);
          continue;
        }
      seen++;
      visible = seen + VISIBLE_TAIL > total || (type == CG_FINDING_IBAN && seen <= 2);
      if (visible)
        g_string_append_len (out, value + i, (gssize) k);
      else
        g_string_append_c (out, '*');
      i += k;
    }
}

/* Addresses: every character of a word becomes one '*' (a multi-byte UTF-8
 * character too), white space and punctuation stay, so the layout is kept. */
static void
append_text_stars (GString *out, const char *value, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) value[i];

      if (c >= 0xC0 || cg_is_ascii_alpha (c) || cg_is_digit (c))
        g_string_append_c (out, '*');
      else if (c < 0x80)
        g_string_append_c (out, (char) c);
      /* continuation bytes 0x80..0xBF belong to the '*' already written */
    }
}

/* A confidential block: the digits of its amounts, nothing else. */
static void
append_amount_stars (GString *out, const char *value, gsize len)
{
  gsize pos = 0, a, b;

  while (cg_confidential_next_amount (value, 0, pos, len, &a, &b))
    {
      g_string_append_len (out, value + pos, (gssize) (a - pos));
      for (gsize k = a; k < b; k++)
        g_string_append_c (out, cg_is_digit ((guchar) value[k]) ? '*' : value[k]);
      pos = b;
    }
  g_string_append_len (out, value + pos, (gssize) (len - pos));
}

static void
append_stars (GString *out, CgFindingType type, const char *value, gsize len)
{
  if (type == CG_FINDING_CONFIDENTIAL)
    append_amount_stars (out, value, len);
  else if (type == CG_FINDING_ADDRESS)
    append_text_stars (out, value, len);
  else
    append_number_stars (out, type, value, len);
}

char *
cg_mask_value (CgFindingType type, const char *value, gsize len)
{
  GString *out = g_string_sized_new (len + 1);
  append_stars (out, type, value, len);
  return g_string_free (out, FALSE);
}

void
cg_mask_value_append (GString *out, CgFindingType type, const char *value, gsize len)
{
  append_stars (out, type, value, len);
}

static const char *
placeholder_name (CgFindingType type)
{
  switch (type)
    {
    case CG_FINDING_BSN: return "BSN";
    case CG_FINDING_IBAN: return "IBAN";
    case CG_FINDING_CONFIDENTIAL: return "BEDRAG";
    default: return "ADRES";
    }
}

/* A rule's own mask style, where it has one. */
static CgMaskStyle
style_of (const CgFinding *f, CgMaskStyle style)
{
  return f->type == CG_FINDING_RULE && f->rule_mask >= 0 ? (CgMaskStyle) f->rule_mask : style;
}

/* The same value gets the same number within one text, however it is written:
 * "1234.56.782" and "123456782" are one BSN; the parts of one address (its
 * fields in a JSON object) are one address. */
static char *
identity_key (const CgFinding *f, const char *value)
{
  GString *key
      = g_string_new (f->type == CG_FINDING_RULE ? f->rule : cg_finding_type_to_string (f->type));

  if (f->group != 0)
    {
      g_string_append_printf (key, "#group%u", f->group);
      return g_string_free (key, FALSE);
    }
  g_string_append_c (key, ':');
  for (gsize i = 0; i < f->end - f->start; i++)
    if (cg_is_word_byte ((guchar) value[i]))
      g_string_append_c (key, (char) cg_ascii_lower ((guchar) value[i]));
  return g_string_free (key, FALSE);
}

/* Numbers within one text: what cg_mask_text() and cg_mask_replacements()
 * use when no session numbers the placeholders. */
typedef struct
{
  GHashTable *numbers; /* identity -> number; "#ID" -> a rule's last number */
  guint counters[4];
} PerText;

static void
per_text_placeholder (GString *out, const CgFinding *f, const char *identity, const char *value,
                      gsize value_len, gpointer user_data)
{
  PerText *p = user_data;
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (p->numbers, identity));
  guint slot = f->type == CG_FINDING_BSN            ? 0
               : f->type == CG_FINDING_IBAN         ? 1
               : f->type == CG_FINDING_CONFIDENTIAL ? 3
                                                    : 2;

  if (number == 0 && f->type == CG_FINDING_RULE)
    {
      /* each rule counts its own: "#ID" holds its last number */
      g_autofree char *count_key = g_strconcat ("#", f->rule, NULL);
      number = GPOINTER_TO_UINT (g_hash_table_lookup (p->numbers, count_key)) + 1;
      g_hash_table_insert (p->numbers, g_steal_pointer (&count_key), GUINT_TO_POINTER (number));
      g_hash_table_insert (p->numbers, g_strdup (identity), GUINT_TO_POINTER (number));
    }
  else if (number == 0)
    {
      number = ++p->counters[slot];
      g_hash_table_insert (p->numbers, g_strdup (identity), GUINT_TO_POINTER (number));
    }
  if (f->type == CG_FINDING_RULE)
    {
      /* "[PERSONEELSNUMMER-1]": the rule's ID, upper case */
      g_autofree char *name = g_ascii_strup (f->rule, -1);
      g_string_append_printf (out, "[%s-%u]", name, number);
      return;
    }
  g_string_append_printf (out, "[%s-%u]", placeholder_name (f->type), number);
}

char **
cg_mask_replacements (const char *text, gsize len, const CgFinding *findings, guint n_findings,
                      CgMaskStyle style)
{
  PerText p = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), { 0, 0, 0, 0 } };
  char **out = cg_mask_replacements_numbered (text, len, findings, n_findings, style,
                                              per_text_placeholder, &p);

  g_hash_table_unref (p.numbers);
  return out;
}

char *
cg_mask_text (const char *text, gsize len, const CgFinding *findings, guint n_findings,
              CgMaskStyle style, gsize *out_len)
{
  PerText p = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), { 0, 0, 0, 0 } };
  char *out = cg_mask_text_numbered (text, len, findings, n_findings, style, per_text_placeholder,
                                     &p, out_len);

  g_hash_table_unref (p.numbers);
  return out;
}

/* ---- placeholders numbered across texts ------------------------------------ */

typedef struct
{
  GString *identity;
  GString *value;
} Group;

static void
group_free (gpointer data)
{
  Group *g = data;

  g_string_free (g->identity, TRUE);
  g_string_free (g->value, TRUE);
  g_free (g);
}

/* The identity and the text of each group of parts, in one pass. */
static GHashTable *
groups_of (const char *text, gsize len, const CgFinding *findings, guint n_findings)
{
  GHashTable *groups = g_hash_table_new_full (NULL, NULL, NULL, group_free);

  for (guint i = 0; i < n_findings; i++)
    {
      const CgFinding *f = &findings[i];
      Group *g;

      /* a confidential block's pieces are masked amount by amount */
      if (f->group == 0 || f->end > len || f->end <= f->start || f->type == CG_FINDING_CONFIDENTIAL)
        continue;
      g = g_hash_table_lookup (groups, GUINT_TO_POINTER (f->group));
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          g->identity = g_string_new (
              f->type == CG_FINDING_RULE ? f->rule : cg_finding_type_to_string (f->type));
          g_string_append_c (g->identity, ':');
          g->value = g_string_new (NULL);
          g_hash_table_insert (groups, GUINT_TO_POINTER (f->group), g);
        }
      else
        {
          g_string_append_c (g->identity, '|');
          g_string_append (g->value, ", ");
        }
      for (gsize k = f->start; k < f->end; k++)
        if (cg_is_word_byte ((guchar) text[k]))
          g_string_append_c (g->identity, (char) cg_ascii_lower ((guchar) text[k]));
      g_string_append_len (g->value, text + f->start, (gssize) (f->end - f->start));
    }
  return groups;
}

static void
append_numbered (GString *out, GHashTable *groups, const CgFinding *f, const char *text,
                 CgPlaceholderFunc func, gpointer user_data)
{
  Group *g = f->group != 0 ? g_hash_table_lookup (groups, GUINT_TO_POINTER (f->group)) : NULL;

  if (g != NULL)
    func (out, f, g->identity->str, g->value->str, g->value->len, user_data);
  else
    {
      g_autofree char *identity = identity_key (f, text + f->start);
      func (out, f, identity, text + f->start, f->end - f->start, user_data);
    }
}

/* A confidential block: every amount in it replaced, its labels and layout
 * kept.  An amount is its own value: the same bytes get the same number, and
 * a sign is part of them ("-12.345" is not "12.345"). */
static void
append_block (GString *out, const CgFinding *f, const char *text, CgMaskStyle style,
              CgPlaceholderFunc func, gpointer user_data)
{
  gsize pos = f->start, a, b;

  while (cg_confidential_next_amount (text, f->start, pos, f->end, &a, &b))
    {
      g_string_append_len (out, text + pos, (gssize) (a - pos));
      if (style == CG_MASK_PLACEHOLDER)
        {
          CgFinding amount = *f;
          g_autoptr (GString) identity = g_string_new ("confidential:");

          amount.start = a;
          amount.end = b;
          amount.group = 0;
          g_string_append_len (identity, text + a, (gssize) (b - a));
          func (out, &amount, identity->str, text + a, b - a, user_data);
        }
      else
        for (gsize k = a; k < b; k++)
          g_string_append_c (out, cg_is_digit ((guchar) text[k]) ? '*' : text[k]);
      pos = b;
    }
  g_string_append_len (out, text + pos, (gssize) (f->end - pos));
}

char *
cg_mask_text_numbered (const char *text, gsize len, const CgFinding *findings, guint n_findings,
                       CgMaskStyle style, CgPlaceholderFunc func, gpointer user_data,
                       gsize *out_len)
{
  g_autoptr (GHashTable) groups = groups_of (text, len, findings, n_findings);
  GString *out = g_string_sized_new (len + 1);
  gsize copied = 0;

  for (guint i = 0; i < n_findings; i++)
    {
      const CgFinding *f = &findings[i];

      if (f->start < copied || f->end > len || f->end <= f->start)
        continue;
      g_string_append_len (out, text + copied, (gssize) (f->start - copied));
      if (f->type == CG_FINDING_CONFIDENTIAL)
        append_block (out, f, text, style, func, user_data);
      else if (style_of (f, style) == CG_MASK_PLACEHOLDER)
        append_numbered (out, groups, f, text, func, user_data);
      else
        append_stars (out, f->type, text + f->start, f->end - f->start);
      copied = f->end;
    }
  g_string_append_len (out, text + copied, (gssize) (len - copied));
  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

char **
cg_mask_replacements_numbered (const char *text, gsize len, const CgFinding *findings,
                               guint n_findings, CgMaskStyle style, CgPlaceholderFunc func,
                               gpointer user_data)
{
  g_autoptr (GHashTable) groups = groups_of (text, len, findings, n_findings);
  char **out = g_new0 (char *, n_findings + 1);

  for (guint i = 0; i < n_findings; i++)
    {
      const CgFinding *f = &findings[i];
      GString *r = g_string_new (NULL);

      if (f->end <= len && f->start < f->end)
        {
          if (f->type == CG_FINDING_CONFIDENTIAL)
            append_block (r, f, text, style, func, user_data);
          else if (style_of (f, style) == CG_MASK_PLACEHOLDER)
            append_numbered (r, groups, f, text, func, user_data);
          else
            append_stars (r, f->type, text + f->start, f->end - f->start);
        }
      out[i] = g_string_free (r, FALSE);
    }
  return out;
}
