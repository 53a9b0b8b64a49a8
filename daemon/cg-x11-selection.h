/* cg-x11-selection.h: reads one target of an X11 selection, asynchronously and
 * with a size limit, the way ICCCM describes it (INCR included). */
#pragma once

#include <gdk/gdkx.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CG_READ_OK,
  CG_READ_FAILED,    /* no owner, refused, timed out */
  CG_READ_TOO_LARGE, /* stopped at the limit; nothing kept */
} CgReadResult;

typedef struct _CgX11Selection CgX11Selection;

/* @data is NULL unless @result is CG_READ_OK; @type is the property type. */
typedef void (*CgX11ReadFunc) (CgReadResult result, GBytes *data, Atom type, gpointer user_data);

CgX11Selection *cg_x11_selection_new (GdkDisplay *display);
void cg_x11_selection_free (CgX11Selection *self);

/* Converts @selection to @target and reads the result, at most @limit bytes.
 * One read at a time: FALSE (and no callback) while another is running. */
gboolean cg_x11_selection_read (CgX11Selection *self, Atom selection, Atom target, gsize limit,
                                CgX11ReadFunc func, gpointer user_data);
gboolean cg_x11_selection_busy (CgX11Selection *self);

/* The window that owns @selection now, or None. */
Window cg_x11_selection_owner (CgX11Selection *self, Atom selection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgX11Selection, cg_x11_selection_free)

G_END_DECLS
