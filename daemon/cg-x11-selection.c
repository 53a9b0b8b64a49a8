/* cg-x11-selection.c: reading a selection with Xlib instead of GtkClipboard.
 *
 * GTK reads a whole selection into memory before it hands it over, and drops
 * targets that are not MIME types (x-kde-passwordManagerHint).  Here the data
 * stays in the X server until its size is known: a copy over the limit is
 * never read into our memory, an INCR transfer is stopped at the limit, and
 * an owner that never answers is given up after a few seconds. */
#include "cg-x11-selection.h"

#include <X11/Xatom.h>

#define READ_TIMEOUT_SECONDS 3

struct _CgX11Selection
{
  GdkDisplay *display;
  Display *xdisplay;
  Window window; /* our own unmapped window that receives the data */
  Atom property; /* where owners put it */
  Atom incr;

  /* the read in progress */
  gboolean busy;
  gboolean in_incr;
  gsize limit;
  GByteArray *incr_data;
  Atom incr_type;
  guint timeout_id;
  CgX11ReadFunc func;
  gpointer user_data;
};

static void
finish (CgX11Selection *self, CgReadResult result, GByteArray *data, Atom type)
{
  g_debug ("selection read finished: %d, %u bytes", result, data ? data->len : 0);
  CgX11ReadFunc func = self->func;
  gpointer user_data = self->user_data;
  g_autoptr (GBytes) bytes = data ? g_byte_array_free_to_bytes (data) : NULL;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->incr_data, g_byte_array_unref);
  self->busy = FALSE;
  self->in_incr = FALSE;
  self->func = NULL;
  XDeleteProperty (self->xdisplay, self->window, self->property);
  if (func != NULL)
    func (result, result == CG_READ_OK ? bytes : NULL, type, user_data);
}

/* Reads the whole property (known to be at most @size bytes), deleting it. */
static GByteArray *
take_property (CgX11Selection *self, gsize size, Atom *type)
{
  int format;
  unsigned long n_items, after;
  unsigned char *value = NULL;
  GByteArray *out = NULL;

  if (XGetWindowProperty (self->xdisplay, self->window, self->property, 0,
                          (long) (size + 3) / 4 + 1, True, AnyPropertyType, type, &format, &n_items,
                          &after, &value)
          == Success
      && value != NULL)
    {
      /* Format 32 arrives as an array of C longs, whatever their size. */
      gsize unit = format == 32 ? sizeof (long) : (gsize) format / 8;
      out = g_byte_array_sized_new ((guint) (n_items * unit));
      g_byte_array_append (out, value, (guint) (n_items * unit));
    }
  if (value != NULL)
    XFree (value);
  return out;
}

/* The property's type and size, without reading it. */
static gboolean
peek_property (CgX11Selection *self, Atom *type, gsize *size)
{
  int format;
  unsigned long n_items, after;
  unsigned char *value = NULL;

  if (XGetWindowProperty (self->xdisplay, self->window, self->property, 0, 0, False,
                          AnyPropertyType, type, &format, &n_items, &after, &value)
      != Success)
    return FALSE;
  if (value != NULL)
    XFree (value);
  *size = after;
  return *type != None;
}

static void
on_selection_notify (CgX11Selection *self, const XSelectionEvent *ev)
{
  Atom type;
  gsize size;

  if (ev->property == None || !peek_property (self, &type, &size))
    {
      finish (self, CG_READ_FAILED, NULL, None);
      return;
    }
  if (type == self->incr)
    {
      /* The owner sends it in pieces; each deletion asks for the next. */
      self->in_incr = TRUE;
      self->incr_data = g_byte_array_new ();
      XDeleteProperty (self->xdisplay, self->window, self->property);
      XFlush (self->xdisplay);
      return;
    }
  if (size > self->limit)
    {
      finish (self, CG_READ_TOO_LARGE, NULL, type);
      return;
    }
  {
    GByteArray *data = take_property (self, size, &type);
    finish (self, data ? CG_READ_OK : CG_READ_FAILED, data, type);
  }
}

static void
on_incr_piece (CgX11Selection *self)
{
  Atom type;
  gsize size;
  g_autoptr (GByteArray) piece = NULL;

  if (!peek_property (self, &type, &size))
    return;
  if (self->incr_data->len + size > self->limit)
    {
      finish (self, CG_READ_TOO_LARGE, NULL, type);
      return;
    }
  piece = take_property (self, size, &type);
  XFlush (self->xdisplay);
  if (piece == NULL)
    {
      finish (self, CG_READ_FAILED, NULL, None);
      return;
    }
  if (piece->len == 0)
    {
      finish (self, CG_READ_OK, g_steal_pointer (&self->incr_data), type);
      return;
    }
  self->incr_type = type;
  g_byte_array_append (self->incr_data, piece->data, piece->len);
  /* The piece is still there for owners that check: restart the clock. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

static gboolean
on_timeout (gpointer data)
{
  CgX11Selection *self = data;

  self->timeout_id = 0;
  finish (self, CG_READ_FAILED, NULL, None);
  return G_SOURCE_REMOVE;
}

static GdkFilterReturn
filter_events (GdkXEvent *xevent, GdkEvent *event, gpointer data)
{
  CgX11Selection *self = data;
  XEvent *ev = xevent;

  (void) event;
  if (!self->busy)
    return GDK_FILTER_CONTINUE;
  if (ev->type == SelectionNotify && ev->xselection.requestor == self->window)
    {
      on_selection_notify (self, &ev->xselection);
      return GDK_FILTER_REMOVE;
    }
  if (ev->type == PropertyNotify && ev->xproperty.window == self->window && self->in_incr
      && ev->xproperty.atom == self->property && ev->xproperty.state == PropertyNewValue)
    {
      on_incr_piece (self);
      if (self->busy && self->timeout_id == 0)
        self->timeout_id = g_timeout_add_seconds (READ_TIMEOUT_SECONDS, on_timeout, self);
      return GDK_FILTER_REMOVE;
    }
  return GDK_FILTER_CONTINUE;
}

CgX11Selection *
cg_x11_selection_new (GdkDisplay *display)
{
  CgX11Selection *self = g_new0 (CgX11Selection, 1);

  self->display = g_object_ref (display);
  self->xdisplay = GDK_DISPLAY_XDISPLAY (display);
  self->window = XCreateSimpleWindow (self->xdisplay, DefaultRootWindow (self->xdisplay), -10, -10,
                                      1, 1, 0, 0, 0);
  XSelectInput (self->xdisplay, self->window, PropertyChangeMask);
  self->property = XInternAtom (self->xdisplay, "CLIPGUARD_SELECTION", False);
  self->incr = XInternAtom (self->xdisplay, "INCR", False);
  gdk_window_add_filter (NULL, filter_events, self);
  return self;
}

void
cg_x11_selection_free (CgX11Selection *self)
{
  if (self == NULL)
    return;
  gdk_window_remove_filter (NULL, filter_events, self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->incr_data, g_byte_array_unref);
  XDestroyWindow (self->xdisplay, self->window);
  g_object_unref (self->display);
  g_free (self);
}

gboolean
cg_x11_selection_read (CgX11Selection *self, Atom selection, Atom target, gsize limit,
                       CgX11ReadFunc func, gpointer user_data)
{
  if (self->busy)
    return FALSE;
  g_debug ("selection read started");
  self->busy = TRUE;
  self->limit = limit;
  self->func = func;
  self->user_data = user_data;
  XDeleteProperty (self->xdisplay, self->window, self->property);
  XConvertSelection (self->xdisplay, selection, target, self->property, self->window, CurrentTime);
  XFlush (self->xdisplay);
  self->timeout_id = g_timeout_add_seconds (READ_TIMEOUT_SECONDS, on_timeout, self);
  return TRUE;
}

gboolean
cg_x11_selection_busy (CgX11Selection *self)
{
  return self->busy;
}

Window
cg_x11_selection_owner (CgX11Selection *self, Atom selection)
{
  return XGetSelectionOwner (self->xdisplay, selection);
}
