/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-field.c: keys, columns and labels of values in structured text. */
#include "cg-field.h"

#include <string.h>

#include "cg-text.h"

#define MAX_KEY 48
#define MAX_LABEL 40
#define SQL_LOOK_BACK (64 * 1024)

/* ---- what a name means ------------------------------------------------- */

static gboolean
has (const char *s, const char *part)
{
  return strstr (s, part) != NULL;
}

static gboolean
is (const char *s, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (s, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
ends (const char *s, gsize n, const char *suffix)
{
  gsize k = strlen (suffix);
  return n >= k && strcmp (s + n - k, suffix) == 0;
}

/* Lower-case letters of @name, without anything else: "houseNumber",
 * "house_number" and "Huisnr." become "housenumber", "housenumber", "huisnr". */
static gsize
letters_of (const char *name, gsize len, char *out)
{
  gsize n = 0;

  for (gsize i = 0; i < len && n < MAX_KEY; i++)
    if (cg_is_ascii_alpha ((guchar) name[i]))
      out[n++] = (char) cg_ascii_lower ((guchar) name[i]);
  out[n] = '\0';
  return n;
}

static CgFieldKind
address_kind (const char *s, gsize n)
{
  static const char *const number_words[]
      = { "nummer", "number", "nr", "no", "hnr", "huisnr", "num", NULL };
  static const char *const addition_words[] = { "toev", "suffix", "letter", "ext", NULL };
  static const char *const place_words[]
      = { "town", "locality", "stad", "residence", "place", "woonplaats", "plaats", NULL };
  /* ISO 20022 (SEPA, camt): StrtNm, BldgNb, PstCd, TwnNm */
  gboolean postcode
      = has (s, "postcode") || has (s, "postalcode") || has (s, "zip") || strcmp (s, "pstcd") == 0;
  gboolean place
      = has (s, "plaats") || has (s, "city") || is (s, place_words) || strcmp (s, "twnnm") == 0;
  gboolean street = has (s, "straat") || has (s, "street") || has (s, "openbareruimte")
                    || strcmp (s, "strtnm") == 0;
  gboolean number = has (s, "huisnummer") || has (s, "housenumber") || has (s, "huisnr")
                    || is (s, number_words) || strcmp (s, "bldgnb") == 0;

  if (has (s, "toevoeging") || has (s, "huisletter") || has (s, "addition")
      || has (s, "huisnummertoev") || is (s, addition_words))
    return CG_FIELD_ADDITION;
  if (postcode && place)
    return CG_FIELD_POSTCODE_PLACE;
  if (postcode)
    return CG_FIELD_POSTCODE;
  if (street && (number || ends (s, n, "nummer") || ends (s, n, "nr")))
    return CG_FIELD_STREET_NUMBER;
  if (street)
    return CG_FIELD_STREET;
  if (number)
    return CG_FIELD_HOUSE_NUMBER;
  if (place)
    return CG_FIELD_PLACE;
  if (has (s, "bezoekadres") || has (s, "postadres") || has (s, "vestigingsadres")
      || has (s, "kantooradres"))
    return CG_FIELD_ORGANISATION;
  if (has (s, "adres") || has (s, "address"))
    return CG_FIELD_ADDRESS;
  return CG_FIELD_NONE;
}

/* "nr", "nummer", "No.": a number, but of what the words around say. */
static gboolean
is_bare_number_word (const char *name, gsize len)
{
  static const char *const words[] = { "nummer", "number", "nr", "no", "num", NULL };
  char s[MAX_KEY + 1];

  letters_of (name, len, s);
  return is (s, words);
}

CgFieldKind
cg_field_kind (const char *name, gsize len)
{
  static const char *const iban_words[]
      = { "rekeningnummer", "rekeningnr", "bankrekening", "bankrekeningnummer", "rekening",
          "accountnumber",  NULL };
  char s[MAX_KEY + 1];
  gsize n = letters_of (name, len, s);
  CgFieldKind kind;

  if (n == 0)
    return CG_FIELD_NONE;
  if (has (s, "bsn") || g_str_has_prefix (s, "burgerserv") || has (s, "sofinummer")
      || strcmp (s, "sofinr") == 0 || strcmp (s, "sofi") == 0 || g_str_has_prefix (s, "persoonsn")
      || has (s, "citizenservice"))
    return CG_FIELD_BSN;
  if (has (s, "iban") || is (s, iban_words))
    return CG_FIELD_IBAN;
  if (has (s, "bedrijf") || has (s, "handelsnaam") || has (s, "kvk") || has (s, "company")
      || has (s, "organisatie") || has (s, "rsin") || has (s, "vestiging"))
    return CG_FIELD_ORGANISATION;
  if ((kind = address_kind (s, n)) != CG_FIELD_NONE)
    return kind;
  if (ends (s, n, "nummer") || ends (s, n, "nr") || ends (s, n, "number") || ends (s, n, "id")
      || ends (s, n, "code") || ends (s, n, "no") || has (s, "telefoon") || has (s, "phone")
      || has (s, "mobiel") || has (s, "order") || has (s, "klant") || has (s, "factuur")
      || has (s, "kenmerk") || has (s, "referentie"))
    return CG_FIELD_OTHER_NUMBER;
  return CG_FIELD_NONE;
}

CgFieldKind
cg_field_kind_memo (CgFieldMemo *memo, const char *name, gsize len)
{
  guint32 h = 2166136261u;
  guint slot;

  if (len == 0 || len >= sizeof memo->entries[0].name)
    return cg_field_kind (name, len);
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) name[i]) * 16777619u;
  slot = h % CG_FIELD_MEMO_SIZE;
  if (memo->entries[slot].len == len && memcmp (memo->entries[slot].name, name, len) == 0)
    return (CgFieldKind) memo->entries[slot].kind;
  memcpy (memo->entries[slot].name, name, len);
  memo->entries[slot].len = (guint8) len;
  memo->entries[slot].kind = (gint8) cg_field_kind (name, len);
  return (CgFieldKind) memo->entries[slot].kind;
}

const char *
cg_field_kind_to_string (CgFieldKind kind)
{
  static const char *const names[] = {
    "none",         "bsn",
    "iban",         "address",
    "street",       "street and number",
    "number",       "addition",
    "postcode",     "postcode and place",
    "place",        "organisation",
    "other number",
  };
  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "none";
}

/* ---- keys before a value ------------------------------------------------ */

static gboolean
is_key_byte (guchar c)
{
  return cg_is_ascii_alpha (c) || cg_is_digit (c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* The last segment of a key: "BG:inp.bsn" is "bsn", "gor.straatnaam" is
 * "straatnaam". */
static void
last_segment (const char *text, CgSpan *key)
{
  for (gsize i = key->end; i > key->start; i--)
    if (text[i - 1] == '.' || text[i - 1] == ':')
      {
        if (i < key->end)
          key->start = i;
        return;
      }
}

/* <ns:tag attr="x">value: the tag of the element the value is in. */
static gboolean
xml_tag_before (const char *text, gsize line_start, gsize gt, CgSpan *key)
{
  gsize lt = gt;
  gsize e;

  while (lt > line_start && text[lt - 1] != '<' && gt - lt < 160)
    lt--;
  if (lt == line_start || text[lt - 1] != '<' || text[lt] == '/' || text[lt] == '!'
      || text[lt] == '?')
    return FALSE;
  e = lt;
  while (e < gt && is_key_byte ((guchar) text[e]))
    e++;
  if (e == lt || e - lt > MAX_KEY)
    return FALSE;
  key->start = lt;
  key->end = e;
  last_segment (text, key);
  return TRUE;
}

/* "Postcode en woonplaats: 7944 HR Meppel": a short label from the start of
 * its line (after a form's numbering) up to the colon. */
static gboolean
form_label_before (const char *text, gsize line_start, gsize colon, CgSpan *key)
{
  gsize s = line_start;
  guint words = 0;

  while (s < colon && (cg_is_blank ((guchar) text[s]) || text[s] == '-' || text[s] == '*'))
    s++;
  if (colon - s > MAX_LABEL || colon == s)
    return FALSE;
  for (gsize i = s; i < colon; i++)
    {
      if (cg_is_digit ((guchar) text[i]) && i > s + 3)
        return FALSE;
      if (text[i] == ' ' && i + 1 < colon && text[i + 1] != ' ')
        words++;
    }
  if (words > 5)
    return FALSE;
  key->start = s;
  key->end = colon;
  while (key->end > key->start && cg_is_blank ((guchar) text[key->end - 1]))
    key->end--;
  return key->end > key->start;
}

gboolean
cg_field_key_before (const char *text, gsize len, gsize pos, CgSpan *key)
{
  gsize line_start = cg_text_line_start (text, pos, 256);
  gsize i = pos, k;

  /* the value's opening quote or bracket, then blanks: "(bsn)=(692937894)" */
  if (i > line_start && (text[i - 1] == '"' || text[i - 1] == '\'' || text[i - 1] == '('))
    i--;
  for (k = 0; i > line_start && cg_is_blank ((guchar) text[i - 1]) && k < 8; k++)
    i--;
  if (i == line_start)
    return FALSE;
  if (text[i - 1] == '>')
    {
      /* "key" => value (PHP, Perl), or an XML element's content */
      if (i >= 2 && text[i - 2] == '=')
        i -= 2;
      else
        return xml_tag_before (text, line_start, i - 1, key);
    }
  else if (text[i - 1] == ':' || text[i - 1] == '=')
    {
      /* 12:30 is a time, not a key */
      if (i >= 2 && cg_is_digit ((guchar) text[i - 2]))
        return FALSE;
      i--;
    }
  else
    return FALSE;
  {
    gsize sep = i;

    while (i > line_start && cg_is_blank ((guchar) text[i - 1]))
      i--;
    if (i > line_start
        && (text[i - 1] == '"' || text[i - 1] == '\'' || text[i - 1] == ')' || text[i - 1] == ']'))
      i--;
    key->end = i;
    while (i > line_start && is_key_byte ((guchar) text[i - 1]) && key->end - i < MAX_KEY)
      i--;
    key->start = i;
    if (key->end > key->start && (i == line_start || !cg_is_word_byte ((guchar) text[i - 1])))
      {
        /* a one-word key; a label of several words is a form's */
        if (text[sep] == ':' && i > line_start && text[i - 1] == ' '
            && form_label_before (text, line_start, sep, key))
          return TRUE;
        last_segment (text, key);
        return TRUE;
      }
    return text[sep] == ':' && form_label_before (text, line_start, sep, key);
  }
}

/* ---- SQL ---------------------------------------------------------------- */

/* The tuple holding @pos on its line: sets *@open to its '(' and *@index to
 * the value's position in it.  Quotes are followed; FALSE when @pos is not
 * inside a tuple. */
static gboolean
tuple_index (const char *text, gsize len, gsize pos, gsize *open, guint *index)
{
  gsize i = cg_text_line_start (text, pos, 4096);
  gboolean found = FALSE;

  if (memchr (text + i, '(', pos - i) == NULL)
    return FALSE;
  char quote = 0;
  guint depth = 0;

  for (; i < pos; i++)
    {
      char c = text[i];
      if (quote != 0)
        {
          if (c == quote)
            quote = 0;
          continue;
        }
      if (c == '\'' || c == '"')
        quote = c;
      else if (c == '(')
        {
          depth++;
          if (depth == 1)
            *open = i, *index = 0, found = TRUE;
        }
      else if (c == ')' && depth > 0)
        depth--, found = depth > 0 && found;
      else if (c == ',' && depth == 1)
        (*index)++;
    }
  return found && depth == 1;
}

/* Case-insensitive search backwards for the word VALUES. */
static gsize
find_values_before (const char *text, gsize from, gsize limit)
{
  gsize stop = from > limit ? from - limit : 0;

  for (gsize i = from; i >= stop + 6; i--)
    if ((text[i - 1] == 's' || text[i - 1] == 'S') && (text[i - 2] == 'e' || text[i - 2] == 'E')
        && g_ascii_strncasecmp (text + i - 6, "values", 6) == 0
        && (i - 6 == 0 || !cg_is_word_byte ((guchar) text[i - 7])))
      return i;
  return 0;
}

static gboolean
parse_column_list (CgSqlCache *cache, const char *text, gsize values_end)
{
  gsize i = values_end - 6, close, open;

  while (i > 0 && g_ascii_isspace (text[i - 1]))
    i--;
  if (i == 0 || text[i - 1] != ')')
    return FALSE;
  close = i - 1;
  open = close;
  while (open > 0 && text[open] != '(' && close - open < 2048)
    open--;
  if (text[open] != '(')
    return FALSE;
  cache->values_at = values_end + 1;
  cache->list_start = open + 1;
  cache->list_end = close;
  return TRUE;
}

/* A tuple of an INSERT opens a line ("  (4411, ..."), follows VALUES, or
 * follows the tuple before it on the same line; "foo (a, b)" in code does
 * not. */
static gboolean
opens_tuple (const char *text, gsize open)
{
  gsize i = open, line_start = cg_text_line_start (text, open, 4096);

  while (i > line_start && cg_is_blank ((guchar) text[i - 1]))
    i--;
  if (i == line_start)
    return TRUE;
  if (text[i - 1] == ',' && i >= 2 && text[i - 2] == ')')
    return TRUE;
  return i >= line_start + 6 && g_ascii_strncasecmp (text + i - 6, "values", 6) == 0;
}

gboolean
cg_field_sql_column (CgSqlCache *cache, const char *text, gsize len, gsize pos, CgSpan *column,
                     guint *index)
{
  gsize open, values;
  guint n = 0;
  gsize start;

  if (!tuple_index (text, len, pos, &open, index) || !opens_tuple (text, open))
    return FALSE;
  /* The statement seen last goes on while its tuples do. */
  if (cache->values_at == 0 || open + 1 < cache->values_at || open - cache->values_at > (1 << 20))
    {
      /* what was searched already and held no VALUES is not searched again */
      gsize limit = open > cache->searched_to && open - cache->searched_to < SQL_LOOK_BACK
                        ? open - cache->searched_to
                        : SQL_LOOK_BACK;
      values = find_values_before (text, open, limit);
      cache->searched_to = MAX (cache->searched_to, open);
      if (values == 0 || !parse_column_list (cache, text, values))
        return FALSE;
    }
  start = cache->list_start;
  for (gsize i = cache->list_start; i <= cache->list_end; i++)
    if (i == cache->list_end || text[i] == ',')
      {
        if (n++ == *index)
          {
            column->start = start;
            column->end = i;
            return TRUE;
          }
        start = i + 1;
      }
  return FALSE;
}

gboolean
cg_field_sql_value (const char *text, gsize len, gsize pos, guint index, CgSpan *value)
{
  gsize open, i;
  guint at;
  char quote = 0;
  guint n = 0;
  gsize start;

  if (!tuple_index (text, len, pos, &open, &at))
    return FALSE;
  start = open + 1;
  for (i = open + 1; i < len && i - open < 4096; i++)
    {
      char c = text[i];
      if (quote != 0)
        {
          if (c == quote)
            quote = 0;
          continue;
        }
      if (c == '\'' || c == '"')
        quote = c;
      else if (c == ',' || c == ')')
        {
          if (n++ == index)
            {
              value->start = start;
              value->end = i;
              while (value->start < value->end
                     && (g_ascii_isspace (text[value->start]) || text[value->start] == '\''
                         || text[value->start] == '"'))
                value->start++;
              while (value->end > value->start
                     && (g_ascii_isspace (text[value->end - 1]) || text[value->end - 1] == '\''
                         || text[value->end - 1] == '"'))
                value->end--;
              return TRUE;
            }
          if (c == ')')
            return FALSE;
          start = i + 1;
        }
      else if (c == '\n')
        return FALSE;
    }
  return FALSE;
}

/* ---- all together ------------------------------------------------------- */

CgFieldKind
cg_field_kind_of_column (CgTableCache *table, const char *text, const CgTableCell *cell)
{
  gint8 *kind = &table->header_kinds[cell->header_index];

  if (*kind < 0)
    {
      const CgSpan *h = &table->header_cells[cell->header_index];
      *kind = (gint8) cg_field_kind (text + h->start, h->end - h->start);
      /* "nr" or "nummer" alone is a house number right after a street
       * column; a table's first column "nr" counts its rows */
      if (*kind == CG_FIELD_HOUSE_NUMBER
          && is_bare_number_word (text + h->start, h->end - h->start))
        {
          const CgSpan *left = cell->header_index > 0 ? h - 1 : NULL;
          if (left == NULL
              || cg_field_kind (text + left->start, left->end - left->start) != CG_FIELD_STREET)
            *kind = CG_FIELD_OTHER_NUMBER;
        }
    }
  return (CgFieldKind) *kind;
}

CgFieldKind
cg_field_kind_at (CgTableCache *table, CgSqlCache *sql, CgFieldMemo *memo, const char *text,
                  gsize len, gsize pos)
{
  CgSpan name;
  CgTableCell cell;
  guint index;

  if (cg_field_key_before (text, len, pos, &name)
      || cg_field_sql_column (sql, text, len, pos, &name, &index))
    return cg_field_kind_memo (memo, text + name.start, name.end - name.start);
  if (cg_table_cell_at (table, text, len, pos, &cell))
    return cg_field_kind_of_column (table, text, &cell);
  return CG_FIELD_NONE;
}
