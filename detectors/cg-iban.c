/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-iban.c: IBANs of every country of the SWIFT registry, checked by length,
 * BBAN format and ISO 7064 mod-97. */
#include "cg-iban.h"

#include <stdlib.h>
#include <string.h>

#include "clipguard-detectors.h"
#include "cg-text.h"

struct _CgIbanRegistry
{
  GArray *formats;       /* CgIbanFormat, in file order */
  gint16 index[26 * 26]; /* country code -> position in formats, or -1 */
};

static gboolean
parse_structure (const char *spec, CgIbanFormat *format)
{
  const char *p = spec;
  guint total = 4;

  format->n_parts = 0;
  while (*p != '\0')
    {
      char *after;
      guint64 count = g_ascii_strtoull (p, &after, 10);

      if (after == p || *after != '!' || count == 0 || count > 34)
        return FALSE;
      if (after[1] != 'n' && after[1] != 'a' && after[1] != 'c')
        return FALSE;
      if (format->n_parts == G_N_ELEMENTS (format->parts))
        return FALSE;
      format->parts[format->n_parts].count = (guint8) count;
      format->parts[format->n_parts].kind = after[1];
      format->n_parts++;
      total += (guint) count;
      p = after + 2;
    }
  return total == format->length;
}

static gboolean
parse_line (const char *line, CgIbanFormat *format)
{
  g_auto (GStrv) fields = g_strsplit (line, "\t", 4);
  guint64 length;

  if (g_strv_length (fields) < 3 || strlen (fields[0]) != 2 || !cg_is_upper ((guchar) fields[0][0])
      || !cg_is_upper ((guchar) fields[0][1]))
    return FALSE;
  length = g_ascii_strtoull (fields[1], NULL, 10);
  if (length < 5 || length > CG_IBAN_MAX_LENGTH)
    return FALSE;
  memcpy (format->code, fields[0], 3);
  format->length = (guint8) length;
  return parse_structure (fields[2], format);
}

CgIbanRegistry *
cg_iban_registry_new (GBytes *tsv, GError **error)
{
  g_autoptr (CgIbanRegistry) registry = g_new0 (CgIbanRegistry, 1);
  g_autofree char *text = g_strndup (g_bytes_get_data (tsv, NULL), g_bytes_get_size (tsv));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  registry->formats = g_array_new (FALSE, TRUE, sizeof (CgIbanFormat));
  memset (registry->index, 0xff, sizeof registry->index);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      CgIbanFormat format = { 0 };

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (!parse_line (lines[i], &format))
        {
          g_set_error (error, CG_SCANNER_ERROR, CG_SCANNER_ERROR_DATA,
                       "IBAN registry, line %u: cannot parse the format", i + 1);
          return NULL;
        }
      registry->index[(format.code[0] - 'A') * 26 + (format.code[1] - 'A')]
          = (gint16) registry->formats->len;
      g_array_append_val (registry->formats, format);
    }
  if (registry->formats->len == 0)
    {
      g_set_error (error, CG_SCANNER_ERROR, CG_SCANNER_ERROR_DATA, "IBAN registry is empty");
      return NULL;
    }
  return g_steal_pointer (&registry);
}

void
cg_iban_registry_free (CgIbanRegistry *registry)
{
  if (registry == NULL)
    return;
  if (registry->formats != NULL)
    g_array_unref (registry->formats);
  g_free (registry);
}

const CgIbanFormat *
cg_iban_registry_lookup (const CgIbanRegistry *registry, guchar c1, guchar c2)
{
  gint16 i;

  c1 = (guchar) g_ascii_toupper (c1);
  c2 = (guchar) g_ascii_toupper (c2);
  if (!cg_is_upper (c1) || !cg_is_upper (c2))
    return NULL;
  i = registry->index[(c1 - 'A') * 26 + (c2 - 'A')];
  return i < 0 ? NULL : &g_array_index (registry->formats, CgIbanFormat, i);
}

const CgIbanFormat *
cg_iban_registry_get (const CgIbanRegistry *registry, guint index)
{
  g_return_val_if_fail (index < registry->formats->len, NULL);
  return &g_array_index (registry->formats, CgIbanFormat, index);
}

guint
cg_iban_registry_size (const CgIbanRegistry *registry)
{
  return registry->formats->len;
}

static gboolean
char_fits (char kind, guchar c)
{
  switch (kind)
    {
    case 'n': return cg_is_digit (c);
    case 'a': return cg_is_upper (c);
    default: return cg_is_upper (c) || cg_is_digit (c);
    }
}

static gboolean
bban_fits (const CgIbanFormat *format, const char *iban)
{
  gsize k = 4;

  for (guint p = 0; p < format->n_parts; p++)
    for (guint i = 0; i < format->parts[p].count; i++, k++)
      if (!char_fits (format->parts[p].kind, (guchar) iban[k]))
        return FALSE;
  return TRUE;
}

/* ISO 7064 mod 97-10 over the IBAN with its first four characters moved to
 * the end and letters counted as 10..35. */
static guint
mod97 (const char *iban, gsize len)
{
  guint64 rest = 0;

  /* the first four characters go last; reduced only when the number grows
   * large, not for every digit */
  for (gsize n = 0; n < len; n++)
    {
      guchar c = (guchar) iban[n + 4 < len ? n + 4 : n + 4 - len];
      if (cg_is_digit (c))
        rest = rest * 10 + (guint64) (c - '0');
      else
        rest = rest * 100 + (guint64) (c - 'A' + 10);
      if (rest >= G_GUINT64_CONSTANT (100000000000000))
        rest %= 97;
    }
  return (guint) (rest % 97);
}

gboolean
cg_iban_check_compact (const CgIbanRegistry *registry, const char *iban, gsize len)
{
  const CgIbanFormat *format;

  if (len < 5)
    return FALSE;
  format = cg_iban_registry_lookup (registry, (guchar) iban[0], (guchar) iban[1]);
  if (format == NULL || format->length != len)
    return FALSE;
  if (!cg_is_upper ((guchar) iban[0]) || !cg_is_upper ((guchar) iban[1])
      || !cg_is_digit ((guchar) iban[2]) || !cg_is_digit ((guchar) iban[3]))
    return FALSE;
  return bban_fits (format, iban) && mod97 (iban, len) == 1;
}

static gboolean
is_alnum (guchar c)
{
  return cg_is_ascii_alpha (c) || cg_is_digit (c);
}

/* A line break inside an IBAN (a PDF or a mail wrapped it): the break, the
 * next line's indentation and an e-mail's quote marks.  Returns the offset
 * where the IBAN goes on, or 0. */
static gsize
skip_wrap (const char *text, gsize len, gsize i)
{
  if (i < len && text[i] == ' ')
    i++;
  if (i < len && text[i] == '\r')
    i++;
  if (i >= len || text[i] != '\n')
    return 0;
  i++;
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '>'))
    i++;
  return i < len && is_alnum ((guchar) text[i]) ? i : 0;
}

/* Collects the IBAN characters from text[start], upper-cased, into @out;
 * spaces are allowed only between groups of four and after the country
 * code, and one line break
 * anywhere.  Returns the offset after the last character taken, or 0 when
 * the text stops short. */
static gsize
collect (const char *text, gsize len, gsize start, guint want, char *out)
{
  gsize i = start, next;
  guint k = 0;
  gboolean wrapped = FALSE;

  while (k < want && i < len)
    {
      guchar c = (guchar) text[i];

      if (is_alnum (c))
        {
          out[k++] = (char) (cg_is_lower (c) ? c - 32 : c);
          i++;
        }
      /* "NL91 ABNA ...", and "NL 91 ABNA ..." with a space after the country */
      else if (c == ' ' && (k % 4 == 0 || k == 2) && k > 0 && i + 1 < len
               && is_alnum ((guchar) text[i + 1]))
        i++;
      else if (!wrapped && k >= 4 && (next = skip_wrap (text, len, i)) != 0)
        {
          wrapped = TRUE;
          i = next;
        }
      else
        return 0;
    }
  return k == want ? i : 0;
}

/* One written IBAN keeps one case: "nl91abna..." or "NL91ABNA...", and a
 * mix only in a country code or check digits typed by hand. */
static gboolean
case_is_consistent (const char *text, gsize start, gsize end)
{
  gboolean upper = FALSE, lower = FALSE;

  for (gsize i = start + 4; i < end; i++)
    {
      upper |= cg_is_upper ((guchar) text[i]);
      lower |= cg_is_lower ((guchar) text[i]);
    }
  return !(upper && lower);
}

gboolean
cg_iban_match (const CgIbanRegistry *registry, const char *text, gsize len, gsize start, gsize *end)
{
  const CgIbanFormat *format;
  char compact[CG_IBAN_MAX_LENGTH];
  gsize after;

  if (start + 4 > len)
    return FALSE;
  format = cg_iban_registry_lookup (registry, (guchar) text[start], (guchar) text[start + 1]);
  if (format == NULL)
    return FALSE;
  after = collect (text, len, start, format->length, compact);
  if (after == 0)
    return FALSE;
  /* A longer run of letters or digits is another thing (or a typo): never
   * take a prefix of it, and never swallow a neighbouring word. */
  if (after < len
      && (cg_is_word_byte ((guchar) text[after])
          || cg_text_placeholder_starts_at (text, len, after)))
    return FALSE;
  if (!case_is_consistent (text, start, after))
    return FALSE;
  if (!cg_iban_check_compact (registry, compact, format->length))
    return FALSE;
  *end = after;
  return TRUE;
}
