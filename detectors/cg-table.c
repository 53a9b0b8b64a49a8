/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-table.c: header cells of tables: tab, semicolon, pipe or comma separated. */
#include "cg-table.h"

#include <string.h>

#include "cg-text.h"

/* A table row longer than this is not a row of a table people copy; giving
 * up on it keeps every look-up bounded. */
#define MAX_ROW 8192

/* Tabs (spreadsheets), semicolons (Dutch CSV), pipes (Markdown, a table in
 * a chat prompt) and commas (CSV), in that order of trust. */
static char
separator_of (const char *text, gsize line_start, gsize line_end)
{
  static const char separators[] = { '\t', ';', '|', ',' };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (memchr (text + line_start, separators[i], line_end - line_start) != NULL)
      return separators[i];
  return 0;
}

static guint
count_of (const char *text, gsize from, gsize to, char separator)
{
  guint n = 0;

  for (gsize i = from; i < to; i++)
    n += text[i] == separator;
  return n;
}

static gboolean
line_has (const char *text, gsize line_start, gsize line_end, char separator)
{
  return memchr (text + line_start, separator, line_end - line_start) != NULL;
}

/* Walks forward from the cached block's last known line to @line_start; TRUE
 * when every line between has the separator, i.e. the block goes on. */
static gboolean
extend_block (CgTableCache *cache, const char *text, gsize len, gsize line_start)
{
  gsize ls = cache->known_end + 1;

  while (ls < line_start)
    {
      gsize le = cg_text_line_end (text, len, ls, MAX_ROW);
      if (!cg_text_is_line_end (text, len, le) || !line_has (text, ls, le, cache->separator))
        return FALSE;
      cache->known_end = le;
      ls = le + 1;
    }
  return TRUE;
}

static void
find_block_start (CgTableCache *cache, const char *text, gsize line_start, gsize line_end,
                  char separator)
{
  gsize start = line_start;

  while (start > 0)
    {
      gsize above = cg_text_line_start (text, start - 1, MAX_ROW);
      if (!cg_text_is_line_start (text, above) || !line_has (text, above, start - 1, separator))
        break;
      start = above;
    }
  cache->valid = TRUE;
  cache->separator = separator;
  cache->block_start = start;
  cache->known_end = line_end;
}

static gboolean
nth_cell (const char *text, gsize line_start, gsize line_end, char separator, guint column,
          CgSpan *cell)
{
  gsize start = line_start;

  for (guint c = 0; c < column; c++)
    {
      const char *sep = memchr (text + start, separator, line_end - start);
      if (sep == NULL)
        return FALSE;
      start = (gsize) (sep - text) + 1;
    }
  cell->start = start;
  cell->end = start;
  while (cell->end < line_end && text[cell->end] != separator)
    cell->end++;
  return TRUE;
}

/* A header cell is a short label ("BSN", "Ordernr."), never a value: a cell
 * with a digit is a data row, so the block has no header. */
static gboolean
looks_like_header (const char *text, const CgSpan *cell)
{
  if (cell->end - cell->start > 40)
    return FALSE;
  for (gsize i = cell->start; i < cell->end; i++)
    if (cg_is_digit ((guchar) text[i]))
      return FALSE;
  return TRUE;
}

gboolean
cg_table_header_cell (CgTableCache *cache, const char *text, gsize len, gsize pos, CgSpan *header)
{
  gsize line_start = cg_text_line_start (text, pos, MAX_ROW);
  gsize line_end = cg_text_line_end (text, len, pos, MAX_ROW);
  gsize header_end;
  char separator;

  if (!cg_text_is_line_start (text, line_start) || !cg_text_is_line_end (text, len, line_end))
    return FALSE;
  separator = separator_of (text, line_start, line_end);
  if (separator == 0)
    return FALSE;
  if (!(cache->valid && cache->separator == separator && line_start >= cache->block_start
        && (line_start <= cache->known_end || extend_block (cache, text, len, line_start))))
    find_block_start (cache, text, line_start, line_end, separator);
  if (line_end > cache->known_end)
    cache->known_end = line_end;
  if (cache->block_start == line_start)
    return FALSE; /* this is the header row itself */
  header_end = cg_text_line_end (text, len, cache->block_start, MAX_ROW);
  /* Commas are common in prose: a comma table is one whose rows have as many
   * cells as its header. */
  if (separator == ','
      && count_of (text, line_start, line_end, ',')
             != count_of (text, cache->block_start, header_end, ','))
    return FALSE;
  return nth_cell (text, cache->block_start, header_end, separator,
                   count_of (text, line_start, pos, separator), header)
         && looks_like_header (text, header);
}
