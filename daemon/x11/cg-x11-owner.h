/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-owner.h: owns the CLIPBOARD selection with a text (the masked copy)
 * and serves it to whoever pastes, in every common text target. */
#pragma once

#include <glib.h>

#include "cg-x11-atoms.h"

G_BEGIN_DECLS

typedef struct _CgX11Owner CgX11Owner;

CgX11Owner *cg_x11_owner_new (Display *display, const CgX11Atoms *atoms);
void cg_x11_owner_free (CgX11Owner *self);

/* The window that owns the selection when we do. */
Window cg_x11_owner_get_window (CgX11Owner *self);

/* Takes @selection with @text, but only while the selection's last change is
 * still @time: the X server ignores a SetSelectionOwner older than the last
 * change, which makes this a compare-and-set.  FALSE, changing nothing, when
 * somebody copied since. */
gboolean cg_x11_owner_take (CgX11Owner *self, Atom selection, Time time, GBytes *text);

/* Asks the clipboard manager (if one runs) to keep a copy of what we own.
 * Returns FALSE when there is nothing to store or no manager; else the
 * caller dispatches events until cg_x11_owner_store_done(). */
gboolean cg_x11_owner_store_begin (CgX11Owner *self);
gboolean cg_x11_owner_store_done (CgX11Owner *self);

/* Takes the events meant for the owner; TRUE when @event was one. */
gboolean cg_x11_owner_handle_event (CgX11Owner *self, const XEvent *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgX11Owner, cg_x11_owner_free)

G_END_DECLS
