/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-record.c: address parts in the named fields of a record.
 *
 * A house number or postcode in structured text is found at its digit run,
 * like every other value; its name (a key, a column, an SQL column) says it
 * is one.  The record around it is then read: the other fields of the same
 * object, row or tuple, each with its name.  A street, a number and a
 * postcode or place together make an address; each part is a finding of its
 * own, so that masking keeps the keys, quotes and separators as they were,
 * and they share a group id, so that they count (and get a placeholder) as
 * one address. */
#include "cg-record.h"

#include <string.h>

#include "clipguard-detectors.h"
#include "cg-organisation.h"
#include "cg-text.h"

#define MAX_FIELDS 24
#define RECORD_LINES 10
#define LINE_LIMIT 4096

typedef struct
{
  CgFieldKind kind;
  CgSpan value;
} Field;

typedef struct
{
  Field fields[MAX_FIELDS];
  guint n;
  gboolean work;      /* a vCard's work address */
  gboolean table_row; /* the record is a table's row, which stands alone */
  gsize start;        /* the record's extent, for the organisation test */
  gsize end;
  const char *text;
  gsize len;
} Record;

/* ---- cheap tests --------------------------------------------------------- */

/* ---- values ------------------------------------------------------------ */

static gsize
skip_blanks (const char *text, gsize i, gsize end)
{
  while (i < end && cg_is_blank ((guchar) text[i]))
    i++;
  return i;
}

/* A key and '=' (or ':' and a blank) at @i: the next pair of a line. */
static gboolean
starts_pair (const char *text, gsize i, gsize line_end)
{
  gsize k = i;

  while (k < line_end && (cg_is_word_byte ((guchar) text[k]) || text[k] == '_' || text[k] == '.'))
    k++;
  if (k == i || k >= line_end || !cg_is_ascii_alpha ((guchar) text[i]))
    return FALSE;
  return text[k] == '=' || (text[k] == ':' && k + 1 < line_end && text[k + 1] == ' ');
}

/* The value that starts at or after @i on the line: a quoted string (without
 * its quotes), an XML element's text, or a bare value up to a delimiter. */
static gboolean
read_value (const char *text, gsize i, gsize line_end, gboolean xml, CgSpan *value)
{
  i = skip_blanks (text, i, line_end);
  if (i < line_end && (text[i] == '"' || text[i] == '\''))
    {
      const char *close = memchr (text + i + 1, text[i], line_end - i - 1);
      if (close == NULL)
        return FALSE;
      value->start = i + 1;
      value->end = (gsize) (close - text);
      return TRUE;
    }
  value->start = i;
  while (i < line_end)
    {
      char c = text[i];
      if (xml ? c == '<' : (c == ',' || c == ';' || c == '}' || c == ')' || c == ']' || c == '\r'))
        break;
      /* a form's next field on the same line: "Postcode: 3553 RS   Land: NL" */
      if (!xml && c == ' ' && i + 1 < line_end && text[i + 1] == ' ')
        break;
      /* logfmt's next pair: "zip=3911AC huisnummer=41" */
      if (!xml && c == ' ' && starts_pair (text, i + 1, line_end))
        break;
      i++;
    }
  value->end = i;
  while (value->end > value->start && cg_is_blank ((guchar) text[value->end - 1]))
    value->end--;
  return TRUE;
}

static gboolean
value_is_empty (const char *text, CgSpan v)
{
  gsize n = v.end - v.start;

  return n == 0
         || (n == 4
             && (memcmp (text + v.start, "null", 4) == 0 || memcmp (text + v.start, "NULL", 4) == 0
                 || memcmp (text + v.start, "None", 4) == 0));
}

static gboolean
is_address_part (CgFieldKind kind)
{
  return kind == CG_FIELD_STREET || kind == CG_FIELD_HOUSE_NUMBER || kind == CG_FIELD_ADDITION
         || kind == CG_FIELD_POSTCODE || kind == CG_FIELD_POSTCODE_PLACE || kind == CG_FIELD_PLACE
         || kind == CG_FIELD_STREET_NUMBER || kind == CG_FIELD_ADDRESS;
}

/* A value masked already, wholly or in part ("[ADRES-1]", "**** **",
 * "Kerkstraat **"): not a field's value. */
static gboolean
is_masked (const char *text, gsize len, CgSpan v)
{
  for (gsize i = v.start; i < v.end; i++)
    /* a masked character, or a placeholder (the value may end inside it,
     * at its ']'): no address has either */
    if (text[i] == '*' || (text[i] == '[' && cg_text_placeholder_starts_at (text, len, i)))
      return TRUE;
  return FALSE;
}

static void
add_field (Record *r, CgFieldKind kind, CgSpan value)
{
  /* a company's field counts even when its value was masked */
  if (r->n < MAX_FIELDS && !(is_address_part (kind) && is_masked (r->text, r->len, value)))
    {
      r->fields[r->n].kind = kind;
      r->fields[r->n].value = value;
      r->n++;
    }
  r->start = MIN (r->start, value.start);
  r->end = MAX (r->end, value.end);
}

/* From the first address field to the last: the words of the record's other
 * fields (a company's name in the same row) are its surroundings. */
static gboolean
address_extent (const Record *r, CgSpan *extent)
{
  extent->start = G_MAXSIZE;
  extent->end = 0;
  for (guint i = 0; i < r->n; i++)
    if (is_address_part (r->fields[i].kind))
      {
        extent->start = MIN (extent->start, r->fields[i].value.start);
        extent->end = MAX (extent->end, r->fields[i].value.end);
      }
  return extent->end > extent->start;
}

static gboolean
has_kind (const Record *r, CgFieldKind kind)
{
  for (guint i = 0; i < r->n; i++)
    if (r->fields[i].kind == kind)
      return TRUE;
  return FALSE;
}

/* ---- key/value records --------------------------------------------------- */

/* The key=value (or key: value, <key>value) pairs in text[from, to): every
 * separator is tried as the start of a value. */
static guint
read_pairs (Record *r, const char *text, gsize len, gsize from, gsize to)
{
  guint found = 0;

  for (gsize i = from; i < to; i++)
    {
      CgSpan key, value;
      CgFieldKind kind;
      gboolean xml = text[i] == '>';

      if (text[i] != ':' && text[i] != '=' && !xml)
        continue;
      if (!read_value (text, i + 1, to, xml, &value) || value.start >= to)
        continue;
      if (!cg_field_key_before (
              text, len,
              value.start > 0 && (text[value.start - 1] == '"' || text[value.start - 1] == '\'')
                  ? value.start - 1
                  : value.start,
              &key))
        continue;
      kind = cg_field_kind (text + key.start, key.end - key.start);
      if (kind == CG_FIELD_NONE || kind == CG_FIELD_BSN || kind == CG_FIELD_IBAN
          || kind == CG_FIELD_OTHER_NUMBER)
        {
          found++; /* a field of the record, not of its address */
          continue;
        }
      if (!value_is_empty (text, value))
        add_field (r, kind, value);
      else
        r->start = MIN (r->start, value.start), r->end = MAX (r->end, value.end);
      found++;
    }
  return found;
}

typedef struct
{
  gsize start;
  gsize end;
} Line;

static Line
line_of (const char *text, gsize len, gsize pos)
{
  Line l = { cg_text_line_start (text, pos, LINE_LIMIT),
             cg_text_line_end (text, len, pos, LINE_LIMIT) };
  return l;
}

/* A line that opens or closes a structure ("{", "},", "  adres:", "- naam:",
 * "<BG:verblijfsadres>") ends a record of one pair a line. */
static gboolean
is_boundary (const char *text, Line l)
{
  gsize i = skip_blanks (text, l.start, l.end);
  gsize e = l.end;

  while (e > i && (g_ascii_isspace (text[e - 1])))
    e--;
  if (i >= e)
    return TRUE;
  if (text[i] == '{' || text[i] == '}' || text[i] == '[' || text[i] == ']' || text[i] == '-')
    return TRUE;
  if (text[e - 1] == '{' || text[e - 1] == '[' || text[e - 1] == ':')
    return TRUE;
  /* an XML element with no text of its own */
  if (text[i] == '<' && text[e - 1] == '>' && memchr (text + i + 1, '<', e - i - 1) == NULL)
    return TRUE;
  return FALSE;
}

/* The innermost {...} or (...) around @pos on its line, for a record written
 * on one line (minified JSON, a toString()). */
static gboolean
inline_bounds (const char *text, Line l, gsize pos, gsize *from, gsize *to)
{
  gsize s = pos, e = pos;
  guint depth = 0;

  for (; s > l.start; s--)
    {
      char c = text[s - 1];
      if (c == '}' || c == ')')
        depth++;
      else if ((c == '{' || c == '(') && depth-- == 0)
        break;
    }
  if (s == l.start)
    return FALSE;
  depth = 0;
  for (; e < l.end; e++)
    {
      char c = text[e];
      if (c == '{' || c == '(')
        depth++;
      else if ((c == '}' || c == ')') && depth-- == 0)
        break;
    }
  if (e == l.end)
    return FALSE;
  *from = s;
  *to = e;
  return TRUE;
}

static void
read_key_value_record (Record *r, const char *text, gsize len, gsize pos)
{
  Line anchor = line_of (text, len, pos), l;
  gsize from, to;

  if (inline_bounds (text, anchor, pos, &from, &to) && read_pairs (r, text, len, from, to) > 1)
    return;
  r->n = 0;
  read_pairs (r, text, len, anchor.start, anchor.end);
  /* one pair a line: the lines around, up to a line that opens or closes */
  l = anchor;
  for (guint k = 0; k < RECORD_LINES && l.start > 0; k++)
    {
      l = line_of (text, len, l.start - 1);
      if (is_boundary (text, l) || read_pairs (r, text, len, l.start, l.end) == 0)
        break;
    }
  l = anchor;
  for (guint k = 0; k < RECORD_LINES && l.end < len; k++)
    {
      l = line_of (text, len, l.end + 1);
      if (is_boundary (text, l) || read_pairs (r, text, len, l.start, l.end) == 0)
        break;
    }
}

/* ---- rows and tuples ---------------------------------------------------- */

static void
read_table_record (Record *r, CgTableCache *table, const char *text, gsize len, gsize pos)
{
  CgTableCell cells[CG_TABLE_MAX_CELLS];
  guint n = cg_table_row_cells (table, text, len, pos, cells);

  for (guint i = 0; i < n; i++)
    {
      CgFieldKind kind = cg_field_kind_of_column (table, text, &cells[i]);
      CgSpan v = cells[i].cell;

      while (v.start < v.end && (cg_is_blank ((guchar) text[v.start]) || text[v.start] == '"'))
        v.start++;
      while (v.end > v.start
             && (cg_is_blank ((guchar) text[v.end - 1]) || text[v.end - 1] == '"'
                 || text[v.end - 1] == '\r'))
        v.end--;
      r->start = MIN (r->start, cells[i].cell.start);
      r->end = MAX (r->end, cells[i].cell.end);
      if (kind != CG_FIELD_NONE && !value_is_empty (text, v))
        add_field (r, kind, v);
    }
}

static void
read_sql_record (Record *r, CgSqlCache *sql, const char *text, gsize len, gsize pos)
{
  for (guint index = 0; index < 64; index++)
    {
      CgSpan column, value;
      guint at;

      if (!cg_field_sql_value (text, len, pos, index, &value))
        break;
      /* the column of that value, asked at the value itself */
      if (!cg_field_sql_column (sql, text, len, value.start, &column, &at) || at != index)
        continue;
      r->start = MIN (r->start, value.start);
      r->end = MAX (r->end, value.end);
      if (!value_is_empty (text, value))
        add_field (r, cg_field_kind (text + column.start, column.end - column.start), value);
    }
}

/* vCard: ADR;TYPE=HOME:pobox;extended;street;locality;region;postcode;country */
static gboolean
read_vcard_record (Record *r, const char *text, gsize len, gsize pos)
{
  static const CgFieldKind kinds[]
      = { CG_FIELD_NONE, CG_FIELD_NONE,     CG_FIELD_STREET_NUMBER, CG_FIELD_PLACE,
          CG_FIELD_NONE, CG_FIELD_POSTCODE, CG_FIELD_NONE };
  Line l = line_of (text, len, pos);
  const char *colon;
  gsize start;
  guint index = 0;

  if (l.end - l.start < 4 || g_ascii_strncasecmp (text + l.start, "ADR", 3) != 0
      || (text[l.start + 3] != ';' && text[l.start + 3] != ':'))
    return FALSE;
  colon = memchr (text + l.start, ':', l.end - l.start);
  if (colon == NULL)
    return FALSE;
  /* a work address is an organisation's */
  for (gsize i = l.start; i + 4 <= (gsize) (colon - text); i++)
    if (g_ascii_strncasecmp (text + i, "WORK", 4) == 0)
      r->work = TRUE;
  start = (gsize) (colon - text) + 1;
  for (gsize i = start; i <= l.end && index < G_N_ELEMENTS (kinds); i++)
    if (i == l.end || text[i] == ';' || text[i] == '\r')
      {
        CgSpan v = { start, i };
        r->start = MIN (r->start, v.start);
        r->end = MAX (r->end, v.end);
        if (kinds[index] != CG_FIELD_NONE && !value_is_empty (text, v))
          add_field (r, kinds[index], v);
        index++;
        start = i + 1;
        if (i < l.end && text[i] == '\r')
          break;
      }
  return TRUE;
}

/* ---- from fields to an address ------------------------------------------- */

static gboolean
is_postcode (const char *text, CgSpan v)
{
  gsize i = v.start, n = 0;

  while (i < v.end && cg_is_digit ((guchar) text[i]) && n < 5)
    i++, n++;
  if (n != 4 || text[v.start] == '0')
    return FALSE;
  if (i < v.end && text[i] == ' ')
    i++;
  return i + 2 == v.end && cg_is_ascii_alpha ((guchar) text[i])
         && cg_is_ascii_alpha ((guchar) text[i + 1]);
}

static gboolean
has_letter (const char *text, CgSpan v)
{
  for (gsize i = v.start; i < v.end; i++)
    if (cg_is_ascii_alpha ((guchar) text[i]) || (guchar) text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* "Kerkstraat 27", "HAUPTSTRASSE 35": words, then a number (and an
 * addition) at the end. */
static gboolean
is_street_and_number (const char *text, CgSpan v)
{
  gsize i = v.end;

  while (i > v.start && !cg_is_digit ((guchar) text[i - 1]) && v.end - i < 8)
    i--;
  if (i == v.start || !cg_is_digit ((guchar) text[i - 1]))
    return FALSE;
  while (i > v.start && (cg_is_digit ((guchar) text[i - 1])))
    i--;
  return i > v.start + 2 && text[i - 1] == ' ' && has_letter (text, (CgSpan){ v.start, i });
}

static gboolean
is_number (const char *text, CgSpan v)
{
  return v.end > v.start && cg_is_digit ((guchar) text[v.start]) && text[v.start] != '0'
         && v.end - v.start <= 12;
}

typedef struct
{
  gboolean street, number, postcode, place;
} Have;

static Have
what_it_has (const Record *r, const char *text)
{
  Have h = { FALSE, FALSE, FALSE, FALSE };

  for (guint i = 0; i < r->n; i++)
    {
      const Field *f = &r->fields[i];
      switch (f->kind)
        {
        case CG_FIELD_STREET: h.street |= has_letter (text, f->value); break;
        case CG_FIELD_HOUSE_NUMBER: h.number |= is_number (text, f->value); break;
        case CG_FIELD_STREET_NUMBER:
        case CG_FIELD_ADDRESS:
          if (is_street_and_number (text, f->value))
            h.street = h.number = TRUE;
          break;
        case CG_FIELD_POSTCODE: h.postcode |= is_postcode (text, f->value); break;
        case CG_FIELD_POSTCODE_PLACE:
          h.postcode = TRUE;
          h.place = TRUE;
          break;
        case CG_FIELD_PLACE: h.place |= has_letter (text, f->value); break;
        default: break;
        }
    }
  return h;
}

gsize
cg_record_read_address (CgRecordScan *rs, const char *text, gsize len, gsize run_start,
                        gsize run_end, double threshold, gboolean include_weak, GArray *findings)
{
  Record r = { .n = 0, .start = G_MAXSIZE, .end = 0, .text = text, .len = len };
  CgSpan extent;
  CgFieldKind kind;
  Have h;
  double confidence;
  const char *reason;
  guint group;

  if (run_start < rs->done_until)
    return 0;
  if (!read_vcard_record (&r, text, len, run_start))
    {
      kind = cg_field_kind_at (rs->table, rs->sql, &rs->memo, text, len, run_start);
      if (kind != CG_FIELD_HOUSE_NUMBER && kind != CG_FIELD_POSTCODE
          && kind != CG_FIELD_POSTCODE_PLACE && kind != CG_FIELD_STREET_NUMBER
          && kind != CG_FIELD_ADDRESS)
        return 0;
      {
        CgSpan key;
        CgTableCell cell;
        guint index;
        if (cg_field_key_before (
                text, len,
                run_start > 0 && (text[run_start - 1] == '"' || text[run_start - 1] == '\'')
                    ? run_start - 1
                    : run_start,
                &key))
          read_key_value_record (&r, text, len, run_start);
        else if (cg_field_sql_column (rs->sql, text, len, run_start, &key, &index))
          read_sql_record (&r, rs->sql, text, len, run_start);
        else if (cg_table_cell_at (rs->table, text, len, run_start, &cell))
          {
            read_table_record (&r, rs->table, text, len, run_start);
            r.table_row = TRUE;
          }
      }
    }
  h = what_it_has (&r, text);
  if (h.street && h.number && (h.postcode || h.place))
    confidence = 0.95, reason = "fields: street + house number + postcode or place";
  else if (h.postcode && h.number)
    confidence = 0.9, reason = "fields: postcode + house number";
  else if (h.street && h.postcode)
    confidence = 0.85, reason = "fields: street + postcode";
  else
    return 0;
  if (address_extent (&r, &extent))
    rs->fields = extent;
  /* a company's record: a name, a KvK number, "bezoekadres", "zakelijk", in
   * the record or the lines around it (the object that holds it) */
  if (has_kind (&r, CG_FIELD_ORGANISATION) || r.work
      || (extent.end > extent.start
          && (r.table_row
                  ? cg_organisation_table (text, len, extent.start, extent.end,
                                           rs->table->header_start, rs->table->header_end)
                  : cg_organisation_near (text, len, extent.start, extent.end, FALSE, &reason))))
    {
      CgSpan whole = { r.start, r.end };
      confidence = 0.2, reason = "fields of an organisation's address";
      if (rs->not_personal == NULL)
        rs->not_personal = g_array_new (FALSE, FALSE, sizeof (CgSpan));
      g_array_append_val (rs->not_personal, whole);
    }
  rs->done_until = r.end;
  if (confidence < threshold && !include_weak)
    return r.end;
  group = ++rs->next_group;
  for (guint i = 0; i < r.n; i++)
    if (is_address_part (r.fields[i].kind))
      {
        CgFinding f = { .type = CG_FINDING_ADDRESS,
                        .group = group,
                        .start = r.fields[i].value.start,
                        .end = r.fields[i].value.end,
                        .confidence = confidence,
                        .reason = reason };
        g_array_append_val (findings, f);
      }
  return r.end;
}
