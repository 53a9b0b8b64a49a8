/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-native-framing.h: the native messaging protocol's framing: each
 * message is a 32-bit length in native byte order, then that many bytes of
 * UTF-8 JSON.  The reader takes the bytes as they come, in pieces of any
 * size, and never holds more than one message of at most its limit; a longer
 * one is skipped as it arrives and reported, not buffered. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgFrameReader CgFrameReader;

/* @data: one whole message (not NUL-terminated), or NULL with @too_large
 * TRUE for a message over the limit (@len: the length it announced). */
typedef void (*CgFrameFunc) (const char *data, gsize len, gboolean too_large, gpointer user_data);

CgFrameReader *cg_frame_reader_new (gsize max_message);
void cg_frame_reader_free (CgFrameReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgFrameReader, cg_frame_reader_free)
/* Feeds the next @len bytes of the stream; @func is called once for each
 * message they complete. */
void cg_frame_reader_feed (CgFrameReader *reader, const char *data, gsize len, CgFrameFunc func,
                           gpointer user_data);
/* Whether the stream ended in the middle of a message. */
gboolean cg_frame_reader_is_partial (CgFrameReader *reader);

/* The message @json framed, appended to @out. */
void cg_frame_append (GByteArray *out, const char *json, gsize len);

G_END_DECLS
