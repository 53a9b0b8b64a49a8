/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-text.h: the text targets of an X11 selection, to and from UTF-8.
 * Each target has its own encoding: STRING is Latin-1, COMPOUND_TEXT is
 * ISO 2022, text/plain;charset=utf-16 is UTF-16. */
#pragma once

#include <glib.h>

#include "cg-x11-atoms.h"

G_BEGIN_DECLS

/* How much a text target is preferred when reading (higher is better), or 0
 * when @target is not text. */
int cg_x11_text_target_rank (const CgX11Atoms *atoms, Atom target);

/* The text an owner sent for @target as property type @type, as UTF-8.  Bytes
 * that are not valid in their encoding are kept as they came (the scanner
 * takes any bytes); UTF-8 comes back as @data itself, not a copy.  NULL
 * when it cannot be converted at all. */
GBytes *cg_x11_text_to_utf8 (Display *display, const CgX11Atoms *atoms, Atom target, Atom type,
                             GBytes *data);

/* @text (UTF-8, possibly with invalid bytes) in the encoding of @target;
 * sets *@type to the property type to send it as.  NULL when @target is not a
 * text target we serve. */
GBytes *cg_x11_text_from_utf8 (Display *display, const CgX11Atoms *atoms, Atom target,
                               const char *text, gsize len, Atom *type);

/* The text targets served, in TARGETS order. */
guint cg_x11_text_served_targets (const CgX11Atoms *atoms, Atom *out, guint max);

G_END_DECLS
