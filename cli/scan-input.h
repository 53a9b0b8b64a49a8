/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scan-input.h: reads a file or standard input in bounded chunks for
 * clipguard-scan, so a gigabyte input never sits in memory whole. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One chunk: @chunk holds the input's bytes from @base on.  The bytes before
 * @report_from were in the previous chunk too (an overlap of a few lines, so
 * an address split by the cut is still seen whole): findings that start
 * there were reported already.  The callee may keep a reference on @chunk
 * (to scan it in another thread). */
typedef void (*CgChunkFunc) (GBytes *chunk, gsize base, gsize report_from, gpointer user_data);

/* Feeds @file ("-" for standard input) to @func chunk by chunk.  Regular files
 * are mapped, anything else is read. */
gboolean cg_scan_input (const char *file, CgChunkFunc func, gpointer user_data, GError **error);

/* The chunk size, for tests that cross a chunk border. */
#define CG_SCAN_INPUT_CHUNK (8u << 20)

G_END_DECLS
