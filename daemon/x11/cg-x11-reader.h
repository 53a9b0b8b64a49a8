/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-reader.h: reads one target of an X11 selection, asynchronously, with
 * a size limit and a deadline, the way ICCCM describes it (INCR included). */
#pragma once

#include <glib.h>

#include "cg-x11-atoms.h"

G_BEGIN_DECLS

typedef enum
{
  CG_READ_OK,
  CG_READ_FAILED,    /* no owner, refused, or no answer in time */
  CG_READ_TOO_LARGE, /* over the limit: announced or reached; nothing kept */
} CgReadResult;

typedef struct _CgX11Reader CgX11Reader;

/* @data is NULL unless @result is CG_READ_OK; @type is the property type. */
typedef void (*CgX11ReadFunc) (CgReadResult result, GBytes *data, Atom type, gpointer user_data);

CgX11Reader *cg_x11_reader_new (Display *display, const CgX11Atoms *atoms);
void cg_x11_reader_free (CgX11Reader *self);

/* Asks the owner of @selection for @target as of @time (the time stamp of the
 * ownership being read) and reads the answer, at most @limit bytes.  One read
 * at a time: FALSE (and no callback) while another is running. */
gboolean cg_x11_reader_start (CgX11Reader *self, Atom selection, Atom target, Time time,
                              gsize limit, CgX11ReadFunc func, gpointer user_data);
/* Gives up the read in progress without a callback.  Whatever its owner still
 * sends goes nowhere: a later read never sees it. */
void cg_x11_reader_abandon (CgX11Reader *self);
gboolean cg_x11_reader_busy (CgX11Reader *self);

/* Takes the events meant for the reader's windows; TRUE when @event was one. */
gboolean cg_x11_reader_handle_event (CgX11Reader *self, const XEvent *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgX11Reader, cg_x11_reader_free)

G_END_DECLS
