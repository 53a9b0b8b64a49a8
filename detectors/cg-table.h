/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-table.h: tables (tab, semicolon, pipe or comma separated): which header
 * cell stands above a value (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Remembers the table block seen last, so that a scan over a long table walks
 * each line a bounded number of times instead of climbing to the header for
 * every row. */
typedef struct
{
  gboolean valid;
  char separator;
  gsize block_start; /* start of the header line */
  gsize known_end;   /* end of the last line known to belong to the block */
} CgTableCache;

typedef struct
{
  gsize start;
  gsize end;
} CgSpan;

/* When the line holding @pos is a data row of a table, sets @header to the
 * header cell of the column holding @pos and returns TRUE. */
gboolean cg_table_header_cell (CgTableCache *cache, const char *text, gsize len, gsize pos,
                               CgSpan *header);

G_END_DECLS
