/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-record.h: addresses whose parts are named fields of one record: a JSON,
 * YAML or XML object, key=value pairs, a table row with a header, an SQL
 * tuple, a vCard ADR line (private to detectors/). */
#pragma once

#include <glib.h>

#include "cg-field.h"
#include "cg-text.h"
#include "cg-table.h"

G_BEGIN_DECLS

typedef struct
{
  CgTableCache *table;
  CgSqlCache *sql;
  CgFieldMemo memo;
  guint next_group; /* group ids handed out so far */
  gsize done_until; /* records are not read twice: the end of the last one */
  /* the extents of records that hold an organisation's or a work address:
   * an address read in them as prose is that one (CgSpan; NULL until one) */
  GArray *not_personal;
  /* the address fields of the last record read, first to last: numbers in
   * them need no reading as prose */
  CgSpan fields;
} CgRecordScan;

/* Whether the number at text[run_start, run_end) may be a house number or
 * a postcode in a record: cheap tests of the bytes around it, so that the
 * field look-up runs on few digit runs (inline: it runs on every one). */
/* The end of a table cell: a separator or two spaces. */
static inline gboolean
cg_record_ends_cell (const char *text, gsize len, gsize i)
{
  if (i >= len)
    return FALSE;
  if (text[i] == '\t' || text[i] == ';' || text[i] == '|')
    return TRUE;
  return text[i] == ' ' && i + 1 < len && text[i + 1] == ' ';
}

/* ",86" and then no digit nor comma: the cents of an amount, not the next
 * cell of a comma-separated row ("Molenweg,41,3911 AC"). */
static inline gboolean
cg_record_cents_after (const char *text, gsize len, gsize i)
{
  return i + 2 < len && text[i] == ',' && cg_is_digit ((guchar) text[i + 1])
         && cg_is_digit ((guchar) text[i + 2])
         && (i + 3 >= len || (!cg_is_digit ((guchar) text[i + 3]) && text[i + 3] != ','));
}

static inline gboolean
cg_record_may_hold (const char *text, gsize len, gsize run_start, gsize run_end)
{
  gsize n = run_end - run_start, i = run_start;
  guchar prev;

  if (n > 5)
    return FALSE;
  /* a house number is a number, not part of a time, a date or an amount
   * ("24398,86") */
  if (run_end < len
      && (text[run_end] == ':' || text[run_end] == '.' || text[run_end] == '-'
          || text[run_end] == '/' || text[run_end] == '%'
          || cg_record_cents_after (text, len, run_end)))
    return FALSE;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '\''))
    i--;
  prev = i > 0 ? (guchar) text[i - 1] : ' ';
  /* after a key: the key ends in a letter or quote ("12:30" is a time) */
  if (prev == ':' || prev == '=')
    return i >= 2
           && (cg_is_ascii_alpha ((guchar) text[i - 2]) || text[i - 2] == '"' || text[i - 2] == '\''
               || text[i - 2] == ')' || text[i - 2] == ']');
  if (prev == ',')
    return i >= 2 && !cg_is_digit ((guchar) text[i - 2]); /* not "12,50" */
  if (prev == '>' || prev == ';' || prev == '\t' || prev == '(' || prev == '|')
    return TRUE;
  /* a cell of a report aligned with spaces: "Julianastraat      48   II   2808BZ" */
  if (run_start >= 2 && text[run_start - 1] == ' ' && text[run_start - 2] == ' ')
    return TRUE;
  /* "HAUPTSTRASSE 35" at the end of an address column's cell */
  return run_start >= 2 && text[run_start - 1] == ' '
         && cg_is_ascii_alpha ((guchar) text[run_start - 2])
         && cg_record_ends_cell (text, len, run_end);
}

/* When the digit run at @run_start is a house number or postcode named by
 * its field, reads the record it belongs to and appends one finding per part
 * (street, number, addition, postcode, place) to @findings, sharing a group
 * id.  Returns the end of the record, or 0. */
gsize cg_record_read_address (CgRecordScan *rs, const char *text, gsize len, gsize run_start,
                              gsize run_end, double threshold, gboolean include_weak,
                              GArray *findings);

G_END_DECLS
