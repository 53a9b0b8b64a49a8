/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-reader.c: reading a selection with Xlib.
 *
 * Every read gets a window of its own.  An owner's answer names the window
 * it was asked for, so a late answer to a read that was given up (a
 * superseded owner, a slow one, an INCR transfer abandoned at the size limit)
 * lands on a window no current read listens to: it can never be taken for
 * the text of a newer copy.  Given-up windows are kept for a minute before
 * they are destroyed, so that an owner still writing to one gets no error
 * (an Xlib client without an error handler would die of it, and the user's
 * clipboard with it).
 *
 * The data stays in the X server until its size is known: a copy over the
 * limit, by its size or by its INCR announcement, is never read into memory.
 * A read has a deadline for each step and one for the whole transfer, so an
 * owner that drips a byte at a time cannot hold the reader. */
#include "cg-x11-reader.h"

#include <X11/Xatom.h>

#define STEP_TIMEOUT_MS 3000
#define READ_DEADLINE_MS 10000
#define GRAVE_KEEP_US (60 * G_USEC_PER_SEC)

typedef struct
{
  Window window;
  gint64 buried_us;
} Grave;

struct _CgX11Reader
{
  Display *display;
  const CgX11Atoms *atoms;
  GArray *graves; /* Grave */

  /* the read in progress; window is None when there is none */
  Window window;
  Atom selection, target;
  gsize limit;
  gboolean in_incr;
  GByteArray *data;
  Atom type;
  guint step_id;
  guint deadline_id;
  CgX11ReadFunc func;
  gpointer user_data;
};

static void
bury (CgX11Reader *self, Window window)
{
  Grave grave = { window, g_get_monotonic_time () };

  /* Stop listening: nothing that comes to it matters any more. */
  XSelectInput (self->display, window, NoEventMask);
  g_array_append_val (self->graves, grave);
}

static void
reap (CgX11Reader *self, gboolean all)
{
  gint64 now = g_get_monotonic_time ();
  guint kept = 0;

  for (guint i = 0; i < self->graves->len; i++)
    {
      Grave *g = &g_array_index (self->graves, Grave, i);
      if (all || now - g->buried_us > GRAVE_KEEP_US)
        XDestroyWindow (self->display, g->window);
      else
        g_array_index (self->graves, Grave, kept++) = *g;
    }
  g_array_set_size (self->graves, kept);
}

static gboolean
is_grave (CgX11Reader *self, Window window)
{
  for (guint i = 0; i < self->graves->len; i++)
    if (g_array_index (self->graves, Grave, i).window == window)
      return TRUE;
  return FALSE;
}

/* Ends the read.  A completed transfer leaves the owner nothing to send, so
 * its window goes at once; any other end buries it. */
static void
finish (CgX11Reader *self, CgReadResult result, GByteArray *data, Atom type, gboolean complete)
{
  CgX11ReadFunc func = self->func;
  gpointer user_data = self->user_data;
  g_autoptr (GBytes) bytes = data ? g_byte_array_free_to_bytes (data) : NULL;

  g_clear_handle_id (&self->step_id, g_source_remove);
  g_clear_handle_id (&self->deadline_id, g_source_remove);
  g_clear_pointer (&self->data, g_byte_array_unref);
  if (complete)
    XDestroyWindow (self->display, self->window);
  else
    bury (self, self->window);
  XFlush (self->display);
  self->window = None;
  self->in_incr = FALSE;
  self->func = NULL;
  if (func != NULL)
    func (result, result == CG_READ_OK ? bytes : NULL, type, user_data);
}

static gboolean
on_step_timeout (gpointer data)
{
  CgX11Reader *self = data;

  self->step_id = 0;
  g_debug ("selection read: no answer in %d ms", STEP_TIMEOUT_MS);
  finish (self, CG_READ_FAILED, NULL, None, FALSE);
  return G_SOURCE_REMOVE;
}

static gboolean
on_deadline (gpointer data)
{
  CgX11Reader *self = data;

  self->deadline_id = 0;
  g_debug ("selection read: not done in %d ms", READ_DEADLINE_MS);
  finish (self, CG_READ_FAILED, NULL, None, FALSE);
  return G_SOURCE_REMOVE;
}

static void
restart_step_timer (CgX11Reader *self)
{
  g_clear_handle_id (&self->step_id, g_source_remove);
  self->step_id = g_timeout_add (STEP_TIMEOUT_MS, on_step_timeout, self);
}

/* The property's type, format and size in bytes, without reading it. */
static gboolean
peek_property (CgX11Reader *self, Atom *type, gsize *size)
{
  int format;
  unsigned long n_items, after;
  unsigned char *value = NULL;

  if (XGetWindowProperty (self->display, self->window, self->atoms->property, 0, 0, False,
                          AnyPropertyType, type, &format, &n_items, &after, &value)
      != Success)
    return FALSE;
  if (value != NULL)
    XFree (value);
  *size = after;
  return *type != None;
}

/* Reads the whole property (known to be @size bytes), deleting it when
 * @delete: for an INCR transfer the deletion asks for the next piece. */
static GByteArray *
read_property (CgX11Reader *self, gsize size, gboolean delete, Atom *type)
{
  int format;
  unsigned long n_items, after;
  unsigned char *value = NULL;
  GByteArray *out = NULL;

  if (XGetWindowProperty (self->display, self->window, self->atoms->property, 0,
                          (long) (size + 3) / 4 + 1, delete, AnyPropertyType, type, &format,
                          &n_items, &after, &value)
          == Success
      && value != NULL && after == 0)
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

/* The lower bound an INCR owner announces for the whole transfer. */
static gsize
incr_announced_size (CgX11Reader *self)
{
  Atom type;
  g_autoptr (GByteArray) value = read_property (self, sizeof (long), FALSE, &type);

  if (value == NULL || value->len < sizeof (long))
    return 0;
  return (gsize) * (const unsigned long *) value->data;
}

static void
on_selection_notify (CgX11Reader *self, const XSelectionEvent *ev)
{
  Atom type;
  gsize size;

  if (ev->property == None || !peek_property (self, &type, &size))
    {
      finish (self, CG_READ_FAILED, NULL, None, TRUE);
      return;
    }
  if (type == self->atoms->incr)
    {
      gsize announced = incr_announced_size (self);

      if (announced > self->limit)
        {
          /* Not a byte is asked for: the announcement stays undeleted. */
          finish (self, CG_READ_TOO_LARGE, NULL, type, FALSE);
          return;
        }
      self->in_incr = TRUE;
      /* The announcement is a lower bound: room for it at once. */
      self->data = g_byte_array_sized_new ((guint) MIN (announced, self->limit));
      /* Deleting the announcement asks for the first piece. */
      XDeleteProperty (self->display, self->window, self->atoms->property);
      XFlush (self->display);
      restart_step_timer (self);
      return;
    }
  if (size > self->limit)
    {
      finish (self, CG_READ_TOO_LARGE, NULL, type, TRUE);
      return;
    }
  {
    GByteArray *data = read_property (self, size, TRUE, &type);
    finish (self, data ? CG_READ_OK : CG_READ_FAILED, data, type, TRUE);
  }
}

static void
on_incr_piece (CgX11Reader *self)
{
  Atom type;
  gsize size;
  g_autoptr (GByteArray) piece = NULL;

  if (!peek_property (self, &type, &size))
    return;
  if (self->data->len + size > self->limit)
    {
      finish (self, CG_READ_TOO_LARGE, NULL, type, FALSE);
      return;
    }
  piece = read_property (self, size, TRUE, &type);
  XFlush (self->display);
  if (piece == NULL)
    {
      finish (self, CG_READ_FAILED, NULL, None, FALSE);
      return;
    }
  if (piece->len == 0)
    {
      finish (self, CG_READ_OK, g_steal_pointer (&self->data), self->type, TRUE);
      return;
    }
  self->type = type;
  g_byte_array_append (self->data, piece->data, piece->len);
  restart_step_timer (self);
}

gboolean
cg_x11_reader_handle_event (CgX11Reader *self, const XEvent *ev)
{
  Window window;

  if (ev->type == SelectionNotify)
    window = ev->xselection.requestor;
  else if (ev->type == PropertyNotify)
    window = ev->xproperty.window;
  else
    return FALSE;
  if (window != self->window || window == None)
    return is_grave (self, window);
  if (ev->type == SelectionNotify)
    {
      /* Only the answer to this read's question counts. */
      if (ev->xselection.selection == self->selection && ev->xselection.target == self->target
          && !self->in_incr)
        on_selection_notify (self, &ev->xselection);
    }
  else if (self->in_incr && ev->xproperty.atom == self->atoms->property
           && ev->xproperty.state == PropertyNewValue)
    on_incr_piece (self);
  return TRUE;
}

gboolean
cg_x11_reader_start (CgX11Reader *self, Atom selection, Atom target, Time time, gsize limit,
                     CgX11ReadFunc func, gpointer user_data)
{
  XSetWindowAttributes attrs = { .event_mask = PropertyChangeMask };

  if (self->window != None)
    return FALSE;
  reap (self, FALSE);
  self->window = XCreateWindow (self->display, DefaultRootWindow (self->display), -10, -10, 1, 1, 0,
                                CopyFromParent, InputOnly, CopyFromParent, CWEventMask, &attrs);
  self->selection = selection;
  self->target = target;
  self->limit = limit;
  self->type = None;
  self->func = func;
  self->user_data = user_data;
  XConvertSelection (self->display, selection, target, self->atoms->property, self->window, time);
  XFlush (self->display);
  restart_step_timer (self);
  self->deadline_id = g_timeout_add (READ_DEADLINE_MS, on_deadline, self);
  return TRUE;
}

void
cg_x11_reader_abandon (CgX11Reader *self)
{
  if (self->window == None)
    return;
  self->func = NULL;
  finish (self, CG_READ_FAILED, NULL, None, FALSE);
}

gboolean
cg_x11_reader_busy (CgX11Reader *self)
{
  return self->window != None;
}

CgX11Reader *
cg_x11_reader_new (Display *display, const CgX11Atoms *atoms)
{
  CgX11Reader *self = g_new0 (CgX11Reader, 1);

  self->display = display;
  self->atoms = atoms;
  self->graves = g_array_new (FALSE, FALSE, sizeof (Grave));
  return self;
}

void
cg_x11_reader_free (CgX11Reader *self)
{
  if (self == NULL)
    return;
  cg_x11_reader_abandon (self);
  reap (self, TRUE);
  g_array_unref (self->graves);
  g_free (self);
}
