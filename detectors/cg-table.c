/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-table.c: header cells of delimited and aligned tables. */
#define _GNU_SOURCE /* memrchr */
#include "cg-table.h"

#include <string.h>

#include "cg-text.h"

/* A table row longer than this is not a row of a table people copy; giving
 * up on it keeps every look-up bounded. */
#define MAX_ROW 8192
/* Lines looked at above a row for its table's first line, at most. */
#define MAX_CLIMB 400
#define MAX_CELLS CG_TABLE_MAX_CELLS

typedef struct
{
  gsize start;
  gsize end; /* without a trailing '\r' */
} Line;

static Line
line_at (const char *text, gsize len, gsize pos)
{
  Line l = { cg_text_line_start (text, pos, MAX_ROW), cg_text_line_end (text, len, pos, MAX_ROW) };

  if (l.end > l.start && text[l.end - 1] == '\r')
    l.end--;
  return l;
}

static gboolean
whole_line (const char *text, gsize len, gsize pos)
{
  gsize s = cg_text_line_start (text, pos, MAX_ROW), e = cg_text_line_end (text, len, pos, MAX_ROW);
  return cg_text_is_line_start (text, s) && cg_text_is_line_end (text, len, e);
}

/* ---- cells ------------------------------------------------------------- */

/* Columns aligned with spaces are parted by two or more of them. */
static gboolean
is_gap (const char *text, gsize i, gsize end)
{
  return i + 1 < end && text[i] == ' ' && text[i + 1] == ' ';
}

/* Splits @l into cells; returns how many (at most MAX_CELLS). */
static guint
split (const char *text, Line l, char sep, CgSpan *cells)
{
  guint n = 0;
  gsize i = l.start;

  if (sep != ' ')
    {
      /* cells are short: a loop of bytes beats a call of memchr() per cell */
      gsize start = l.start, e;
      while (n < MAX_CELLS)
        {
          for (e = start; e < l.end && text[e] != sep; e++)
            ;
          cells[n].start = start;
          cells[n++].end = e;
          if (e >= l.end)
            break;
          start = e + 1;
        }
      return n;
    }
  while (i < l.end && n < MAX_CELLS)
    {
      gsize s;
      while (i < l.end && (text[i] == ' ' || text[i] == '\t'))
        i++;
      if (i >= l.end)
        break;
      s = i;
      while (i < l.end && !is_gap (text, i, l.end) && text[i] != '\t')
        i++;
      cells[n].start = s;
      cells[n].end = i;
      while (cells[n].end > s && text[cells[n].end - 1] == ' ')
        cells[n].end--;
      n++;
    }
  return n;
}

static gboolean
cell_is_empty (const char *text, CgSpan c)
{
  for (gsize i = c.start; i < c.end; i++)
    if (!cg_is_blank ((guchar) text[i]) && text[i] != '"' && text[i] != '\r')
      return FALSE;
  return TRUE;
}

/* A label, not a value: short, at most four words, no digit but one that
 * ends it ("Geb.datum", "Pers.nr", "BSN", "bsn_ouder1"; not "10230" nor
 * "Kerkstraat 12"). */
static gboolean
cell_is_label (const char *text, CgSpan c)
{
  guint words = 0;

  if (c.end - c.start > 40)
    return FALSE;
  for (gsize i = c.start; i < c.end; i++)
    {
      /* "bsn_ouder1", "Adres2", "BSN ouder 1": a label's number at its end,
       * after a letter, or after a space and two words ("Molenweg 1" is a
       * street) */
      if (cg_is_digit ((guchar) text[i])
          && !(i > c.start && i + 1 < c.end && cg_is_ascii_alpha ((guchar) text[i - 1])
               && cg_is_ascii_alpha ((guchar) text[i + 1])) /* "HbA1c" */
          && !(i + 1 == c.end && i >= c.start + 3
               && (cg_is_ascii_alpha ((guchar) text[i - 1]) || text[i - 1] == '_'
                   || (text[i - 1] == ' ' && cg_is_ascii_alpha ((guchar) text[i - 2])
                       && words >= 2))))
        return FALSE;
      words += cg_is_word_byte ((guchar) text[i])
               && (i == c.start || !cg_is_word_byte ((guchar) text[i - 1]));
    }
  return words <= 4;
}

/* ---- kinds of lines ---------------------------------------------------- */

static gboolean
is_rule_line (const char *text, Line l)
{
  guint marks = 0;

  for (gsize i = l.start; i < l.end; i++)
    {
      char c = text[i];
      if (c == '-' || c == '=' || c == '_' || c == '+' || c == '*')
        marks++;
      else if (c != ' ' && c != '\t' && c != '|')
        return FALSE;
    }
  return marks >= 3;
}

static guint
count_gaps (const char *text, Line l)
{
  guint gaps = 0;
  gsize i = l.start;

  while (i < l.end && text[i] == ' ')
    i++;
  for (; i < l.end; i++)
    if (is_gap (text, i, l.end))
      {
        while (i < l.end && text[i] == ' ')
          i++;
        if (i < l.end)
          gaps++;
      }
  return gaps;
}

static gboolean
line_has (const char *text, Line l, char sep)
{
  if (sep == ' ')
    return count_gaps (text, l) >= 1;
  return memchr (text + l.start, sep, l.end - l.start) != NULL;
}

/* Tabs (spreadsheets), semicolons (Dutch CSV) and pipes (Markdown), in that
 * order of trust; then columns aligned with spaces (a printed report, whose
 * cells may hold commas: "DEKKER, M.J.", "100,0"); then commas (CSV). */
static char
separator_of (const char *text, Line l)
{
  static const char separators[] = { '\t', ';', '|' };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (memchr (text + l.start, separators[i], l.end - l.start) != NULL)
      return separators[i];
  if (count_gaps (text, l) >= 2)
    return ' ';
  return memchr (text + l.start, ',', l.end - l.start) != NULL ? ',' : 0;
}

/* A line of the block: one with the separator, a rule line, or (in a
 * delimited table) a line of empty cells. */
static gboolean
belongs (const char *text, Line l, char sep)
{
  return line_has (text, l, sep) || is_rule_line (text, l);
}

/* ---- the block and its header ----------------------------------------- */

static Line
line_above (const char *text, gsize len, Line l)
{
  return line_at (text, len, l.start - 1);
}

static Line
line_below (const char *text, gsize len, Line l)
{
  return line_at (text, len, cg_text_line_end (text, len, l.start, MAX_ROW) + 1);
}

static gboolean
header_like (const char *text, Line l, char sep)
{
  CgSpan cells[MAX_CELLS];
  guint n = split (text, l, sep, cells), labels = 0;

  if (is_rule_line (text, l))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (cell_is_empty (text, cells[i]))
        continue;
      if (!cell_is_label (text, cells[i]))
        return FALSE;
      labels++;
    }
  /* prose has commas: a comma table's header has three labels at least */
  return labels >= (sep == ',' ? 3u : 2u);
}

/* Two or more non-empty cells: a header or a data row, not a title. */
static gboolean
is_row (const char *text, Line l, char sep)
{
  CgSpan cells[MAX_CELLS];
  guint n = split (text, l, sep, cells), filled = 0;

  for (guint i = 0; i < n && filled < 2; i++)
    filled += !cell_is_empty (text, cells[i]);
  return filled >= 2 && !is_rule_line (text, l);
}

/* A data frame prints its labels right-aligned over its columns, and narrow
 * columns' labels one space apart ("huisnr toev postcode"): a header cell of
 * several words whose first word ends where a cell of the first row ends is
 * split into its words. */
static guint
split_aligned_header (const char *text, gsize len, Line header, CgSpan *cells, guint n)
{
  CgSpan row_cells[MAX_CELLS], out[MAX_CELLS];
  Line row = line_below (text, len, header);
  guint rn, m = 0;

  while (row.start > header.start && row.start < len && is_rule_line (text, row))
    row = line_below (text, len, row);
  if (row.start <= header.start || row.end <= row.start)
    return n;
  rn = split (text, row, ' ', row_cells);
  for (guint i = 0; i < n && m < MAX_CELLS; i++)
    {
      const char *space = memchr (text + cells[i].start, ' ', cells[i].end - cells[i].start);
      gboolean aligned = FALSE;

      if (space != NULL)
        {
          gsize first_end = cg_text_column (text, header.start, (gsize) (space - text));
          for (guint k = 0; k < rn && !aligned; k++)
            aligned = cg_text_column (text, row.start, row_cells[k].end) == first_end;
        }
      if (!aligned)
        {
          out[m++] = cells[i];
          continue;
        }
      for (gsize p = cells[i].start; p < cells[i].end && m < MAX_CELLS;)
        {
          gsize e = p;
          while (e < cells[i].end && text[e] != ' ')
            e++;
          out[m].start = p;
          out[m++].end = e;
          for (p = e; p < cells[i].end && text[p] == ' '; p++)
            ;
        }
    }
  memcpy (cells, out, m * sizeof out[0]);
  return m;
}

static void
find_block (CgTableCache *cache, const char *text, gsize len, Line row, char sep)
{
  Line l = row;
  gsize start = row.start;

  for (guint climbed = 0; l.start > 0 && climbed < MAX_CLIMB; climbed++)
    {
      Line above = line_above (text, len, l);
      if (!cg_text_is_line_start (text, above.start))
        break;
      /* a report may leave an empty line under its header ("DLNR  SOFINR
       * NAAM", empty, then the rows): skip one, if a header is above it */
      if (above.end == above.start && above.start > 0)
        {
          Line header = line_above (text, len, above);
          if (cg_text_is_line_start (text, header.start) && is_row (text, header, sep)
              && header_like (text, header, sep))
            {
              start = header.start;
              break;
            }
        }
      if (!belongs (text, above, sep))
        break;
      start = above.start;
      l = above;
    }
  cache->valid = TRUE;
  cache->separator = sep;
  cache->block_start = start;
  cache->known_end = row.end;
  /* The header: the first row of the block, if its cells are labels (also
   * when @row is that first row: a digit in a label, "BSN ouder 1", asks
   * first, and the block is cached for the rows below). */
  cache->has_header = FALSE;
  for (l = line_at (text, len, start);; l = line_below (text, len, l))
    {
      if (!is_row (text, l, sep))
        {
          if (l.start >= row.start)
            break;
          continue;
        }
      cache->has_header = header_like (text, l, sep);
      cache->header_start = l.start;
      cache->header_end = l.end;
      if (cache->has_header)
        {
          cache->n_header_cells = split (text, l, sep, cache->header_cells);
          if (sep == ' ')
            cache->n_header_cells
                = split_aligned_header (text, len, l, cache->header_cells, cache->n_header_cells);
          memset (cache->header_kinds, -1, sizeof cache->header_kinds);
          cache->header_address_known = 0;
          /* header_like() saw every filled cell is a label */
          cache->header_filled = 0;
          for (guint i = 0; i < cache->n_header_cells; i++)
            if (!cell_is_empty (text, cache->header_cells[i]))
              cache->header_filled |= G_GUINT64_CONSTANT (1) << i;
        }
      break;
    }
}

/* Walks on from the cached block's last known line to @row; TRUE when every
 * line between belongs, i.e. the block goes on. */
static gboolean
extend_block (CgTableCache *cache, const char *text, gsize len, Line row)
{
  gsize ls = cache->known_end + 1;

  while (ls < row.start)
    {
      Line l = line_at (text, len, ls);
      if (!whole_line (text, len, ls) || !belongs (text, l, cache->separator))
        return FALSE;
      cache->known_end = l.end;
      ls = cg_text_line_end (text, len, ls, MAX_ROW) + 1;
    }
  return TRUE;
}

/* ---- columns ----------------------------------------------------------- */

static guint
index_of (const CgSpan *cells, guint n, gsize pos)
{
  for (guint i = 0; i < n; i++)
    if (pos < cells[i].end || i + 1 == n || pos < cells[i + 1].start)
      return i;
  return n;
}

/* The header cell of an aligned table that overlaps @cell most. */
static guint
aligned_header_index (const char *text, Line row, CgSpan cell, Line header, const CgSpan *hcells,
                      guint n)
{
  gsize vs = cg_text_column (text, row.start, cell.start),
        ve = cg_text_column (text, row.start, cell.end);
  guint best = n;
  gssize best_overlap = -1;

  /* a value that starts where a label starts, or ends where one ends (a
   * data frame's or a database's numbers are aligned to the right, under
   * their labels), is in that label's column */
  for (guint i = 0; i < n; i++)
    if (cg_text_column (text, header.start, hcells[i].end) == ve
        || cg_text_column (text, header.start, hcells[i].start) == vs)
      return i;
  for (guint i = 0; i < n; i++)
    {
      gsize hs = cg_text_column (text, header.start, hcells[i].start);
      /* a header cell reaches to the next one */
      gsize he = i + 1 < n ? cg_text_column (text, header.start, hcells[i + 1].start) - 1
                           : cg_text_column (text, header.start, hcells[i].end) + 8;
      gssize overlap = (gssize) MIN (ve, he) - (gssize) MAX (vs, hs);
      if (overlap > best_overlap)
        best = i, best_overlap = overlap;
    }
  return best_overlap > 0 ? best : n;
}

static gboolean
locate (CgTableCache *cache, const char *text, gsize len, gsize pos, Line *row, char *sep)
{
  if (cache->row_known && pos >= cache->row_start && pos <= cache->row_end)
    {
      row->start = cache->row_start;
      row->end = cache->row_end;
      *sep = cache->row_separator;
      if (*sep == 0)
        return FALSE;
      return cache->valid && cache->separator == *sep && cache->has_header
             && row->start > cache->header_start && row->start >= cache->block_start
             && row->end <= cache->known_end;
    }
  if (!whole_line (text, len, pos))
    return FALSE;
  *row = line_at (text, len, pos);
  *sep = separator_of (text, *row);
  cache->row_known = TRUE;
  cache->row_start = row->start;
  cache->row_end = row->end;
  cache->row_separator = *sep;
  cache->n_row_cells = G_MAXUINT;
  if (*sep == 0)
    return FALSE;
  if (!(cache->valid && cache->separator == *sep && row->start >= cache->block_start
        && (row->start <= cache->known_end || extend_block (cache, text, len, *row))))
    find_block (cache, text, len, *row, *sep);
  if (row->end > cache->known_end)
    cache->known_end = row->end;
  return cache->has_header && row->start > cache->header_start;
}

/* The cells of the row located last, split once however often asked. */
static const CgSpan *
row_cells (CgTableCache *cache, const char *text, Line row, char sep, guint *n)
{
  if (cache->n_row_cells == G_MAXUINT)
    cache->n_row_cells = split (text, row, sep, cache->row_cells);
  *n = cache->n_row_cells;
  return cache->row_cells;
}

static gboolean
fill_cell (CgTableCache *cache, const char *text, Line row, char sep, const CgSpan *cells, guint n,
           guint column, CgTableCell *out)
{
  Line header = { cache->header_start, cache->header_end };
  const CgSpan *hcells = cache->header_cells;
  guint hn = cache->n_header_cells;
  guint h = column;

  if (column >= n)
    return FALSE;
  if (sep == ' ')
    h = aligned_header_index (text, row, cells[column], header, hcells, hn);
  /* Commas are common in prose: a comma table is one whose rows have as
   * many cells as its header. */
  else if (sep == ',' && n != hn)
    return FALSE;
  if (h >= hn || !(cache->header_filled & (G_GUINT64_CONSTANT (1) << h)))
    return FALSE;
  out->cell = cells[column];
  out->header = hcells[h];
  out->header_index = h;
  out->column = column;
  out->separator = sep;
  return TRUE;
}

gboolean
cg_table_cell_at (CgTableCache *cache, const char *text, gsize len, gsize pos, CgTableCell *out)
{
  const CgSpan *cells;
  Line row;
  char sep;
  guint n;

  if (!locate (cache, text, len, pos, &row, &sep))
    return FALSE;
  cells = row_cells (cache, text, row, sep, &n);
  return fill_cell (cache, text, row, sep, cells, n, index_of (cells, n, pos), out);
}

gboolean
cg_table_cell_of_row (CgTableCache *cache, const char *text, gsize len, gsize pos, guint column,
                      CgTableCell *out)
{
  const CgSpan *cells;
  Line row;
  char sep;
  guint n;

  if (!locate (cache, text, len, pos, &row, &sep))
    return FALSE;
  cells = row_cells (cache, text, row, sep, &n);
  return fill_cell (cache, text, row, sep, cells, n, column, out);
}

guint
cg_table_row_cells (CgTableCache *cache, const char *text, gsize len, gsize pos, CgTableCell *out)
{
  const CgSpan *cells;
  Line row;
  char sep;
  guint n, found = 0;

  if (!locate (cache, text, len, pos, &row, &sep))
    return 0;
  cells = row_cells (cache, text, row, sep, &n);
  for (guint column = 0; column < n; column++)
    if (fill_cell (cache, text, row, sep, cells, n, column, &out[found]))
      found++;
  return found;
}

/* ---- pieces of a long input -------------------------------------------- */

static void
carry_close (CgTableCarry *carry)
{
  carry->open = FALSE;
  carry->separator = 0;
  if (carry->header != NULL)
    g_string_free (g_steal_pointer (&carry->header), TRUE);
}

void
cg_table_carry_feed (CgTableCarry *carry, const char *text, gsize len)
{
  gsize last_pos;
  Line l, top;
  char sep;

  /* a piece that ends inside a line ends, for this, at its last line end;
   * one without a line end goes on with the line the last piece ended in */
  if (len > 0 && text[len - 1] != '\n')
    {
      const char *nl = memrchr (text, '\n', len);
      if (nl == NULL)
        return;
      len = (gsize) (nl - text) + 1;
    }
  if (len < 2)
    {
      carry_close (carry);
      return;
    }
  /* the piece's last line, before its final line break */
  last_pos = len - 2;
  l = line_at (text, len, last_pos);
  sep = whole_line (text, len, last_pos) && text[last_pos] != '\n' ? separator_of (text, l) : 0;
  if (sep == 0 || !belongs (text, l, sep))
    {
      carry_close (carry);
      return;
    }
  /* Up to the table's first line; linear in the piece, and only at a piece
   * that ends in a table. */
  top = l;
  while (top.start > 0)
    {
      Line above = line_at (text, len, top.start - 1);
      if (!cg_text_is_line_start (text, above.start) || !belongs (text, above, sep))
        break;
      top = above;
    }
  /* the table of an earlier piece goes on through this one */
  if (top.start == 0 && carry->open && carry->separator == sep)
    return;
  carry_close (carry);
  carry->open = TRUE;
  carry->separator = sep;
  /* its header: the first row of the block, if its cells are labels */
  for (Line r = top;; r = line_below (text, len, r))
    {
      if (is_row (text, r, sep))
        {
          if (header_like (text, r, sep))
            carry->header = g_string_new_len (text + r.start, (gssize) (r.end - r.start));
          break;
        }
      if (r.start >= l.start)
        break;
    }
}
