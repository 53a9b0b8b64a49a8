/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-table.h: tables in text: which header cell stands above a value
 * (private to detectors/).
 *
 * Tables come separated by tabs (a spreadsheet), semicolons (Dutch CSV),
 * pipes (Markdown), commas (CSV), or aligned with runs of spaces (a printed
 * report).  The header is the first line of the table with two or more
 * label cells: title rows, empty rows and rule lines (-----) above or below
 * it do not count. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize start;
  gsize end;
} CgSpan;

#define CG_TABLE_MAX_CELLS 64

/* Remembers the table seen last, so that a scan over a long table finds and
 * splits its header once instead of for every row. */
typedef struct
{
  gboolean valid;
  char separator;    /* '\t', ';', '|', ',', or ' ' for aligned columns */
  gsize block_start; /* start of the table's first line */
  gsize known_end;   /* end of the last line known to belong to it */
  gboolean has_header;
  gsize header_start; /* start of the header line */
  gsize header_end;
  guint n_header_cells;
  CgSpan header_cells[CG_TABLE_MAX_CELLS];
  /* what each header cell names, for cg-field.c: -1 until asked */
  gint8 header_kinds[CG_TABLE_MAX_CELLS];
  guint64 header_filled; /* bit i: header cell i is not empty */
  /* for cg-address.c: the address keyword of each header cell, read once */
  const char *header_address_keyword[CG_TABLE_MAX_CELLS];
  guint64 header_address_known; /* bit i: header_address_keyword[i] is read */
  /* the row looked up last: several values of one row are asked about */
  gsize row_start;
  gsize row_end;
  char row_separator; /* 0 when that line is no row */
  gboolean row_known;
  /* that row's cells, split once (n_row_cells is G_MAXUINT until then) */
  guint n_row_cells;
  CgSpan row_cells[CG_TABLE_MAX_CELLS];
} CgTableCache;

typedef struct
{
  CgSpan cell;   /* the cell of the row that holds the position */
  CgSpan header; /* the header cell above it */
  guint column;
  guint header_index; /* into the cache's header cells */
  char separator;
} CgTableCell;

/* When @pos lies in a data row of a table with a header, fills @cell and
 * returns TRUE. */
gboolean cg_table_cell_at (CgTableCache *cache, const char *text, gsize len, gsize pos,
                           CgTableCell *cell);
/* The same for the cell @column of the row holding @pos. */
gboolean cg_table_cell_of_row (CgTableCache *cache, const char *text, gsize len, gsize pos,
                               guint column, CgTableCell *cell);
/* Every cell of the row holding @pos that has a header cell, in @cells (at
 * most CG_TABLE_MAX_CELLS); returns how many. */
guint cg_table_row_cells (CgTableCache *cache, const char *text, gsize len, gsize pos,
                          CgTableCell *cells);

/* What a long input read in pieces carries from one piece to the next: the
 * table that is open at the end of what was read, and its header line. */
typedef struct
{
  gboolean open;
  char separator;
  GString *header; /* NULL when the open table has no header */
} CgTableCarry;

/* Reads the input's next piece (contiguous with the pieces before it). */
void cg_table_carry_feed (CgTableCarry *carry, const char *text, gsize len);

G_END_DECLS
