/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-text.h: text on a Wayland clipboard: the mime types that carry
 * it, reading a copy's bytes as UTF-8, and answering a paste without
 * blocking. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text mime types, best first; STRING is Latin-1 (X11's name, which
 * XWayland clients offer). */
extern const char *const cg_wayland_text_types[];

/* The text of a copy read as @mime_type, in UTF-8; NULL when it cannot be. */
GBytes *cg_wayland_text_to_utf8 (const guint8 *data, gsize len, const char *mime_type);

/* Writes @utf8 to @fd as @mime_type asks (Latin-1 for STRING), then closes
 * @fd; in the background, from the thread-default main context. */
void cg_wayland_text_send (GBytes *utf8, const char *mime_type, int fd);

G_END_DECLS
