/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-record.h: addresses whose parts are named fields of one record: a JSON,
 * YAML or XML object, key=value pairs, a table row with a header, an SQL
 * tuple, a vCard ADR line (private to detectors/). */
#pragma once

#include <glib.h>

#include "cg-field.h"
#include "cg-table.h"

G_BEGIN_DECLS

typedef struct
{
  CgTableCache *table;
  CgSqlCache *sql;
  CgFieldMemo memo;
  guint next_group; /* group ids handed out so far */
  gsize done_until; /* records are not read twice: the end of the last one */
} CgRecordScan;

/* Whether the number at text[run_start, run_end) may be a house number or
 * a postcode in a record: cheap tests of the bytes around it, so that the
 * field look-up runs on few digit runs. */
gboolean cg_record_may_hold (const char *text, gsize len, gsize run_start, gsize run_end);

/* When the digit run at @run_start is a house number or postcode named by
 * its field, reads the record it belongs to and appends one finding per part
 * (street, number, addition, postcode, place) to @findings, sharing a group
 * id.  Returns the end of the record, or 0. */
gsize cg_record_read_address (CgRecordScan *rs, const char *text, gsize len, gsize run_start,
                              gsize run_end, double threshold, gboolean include_weak,
                              GArray *findings);

G_END_DECLS
