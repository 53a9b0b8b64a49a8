/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-owner.c: the owner side of ICCCM selections with Xlib.
 *
 * Each text target is served in its own encoding (cg-x11-text.c): UTF-8
 * targets get the masked bytes exactly, STRING gets Latin-1 with the line
 * ends untouched.  Texts larger than one request go out in INCR pieces, one
 * transfer per requestor, each given up when the requestor stops asking. */
#include "cg-x11-owner.h"

#include <X11/Xatom.h>

#include "cg-x11-text.h"

#define INCR_CHUNK (256 * 1024)
#define TRANSFER_TIMEOUT_US (10 * G_USEC_PER_SEC)

typedef struct
{
  Window requestor;
  Atom property;
  Atom type;
  GBytes *data;
  gsize offset;
  gint64 last_us;
  gboolean done; /* the closing empty piece was sent */
} Transfer;

struct _CgX11Owner
{
  Display *display;
  const CgX11Atoms *atoms;
  Window window;
  Atom selection;
  Time time;
  GBytes *text; /* NULL when we do not own the selection */
  GPtrArray *transfers;
  gsize chunk;
  gboolean storing;
};

static void
transfer_free (gpointer data)
{
  Transfer *t = data;
  g_bytes_unref (t->data);
  g_free (t);
}

static void
send_notify (CgX11Owner *self, const XSelectionRequestEvent *req, Atom property)
{
  XEvent reply = { 0 };

  reply.xselection.type = SelectionNotify;
  reply.xselection.requestor = req->requestor;
  reply.xselection.selection = req->selection;
  reply.xselection.target = req->target;
  reply.xselection.property = property;
  reply.xselection.time = req->time;
  XSendEvent (self->display, req->requestor, False, NoEventMask, &reply);
}

static void
drop_stale_transfers (CgX11Owner *self)
{
  gint64 now = g_get_monotonic_time ();

  for (guint i = self->transfers->len; i-- > 0;)
    {
      Transfer *t = g_ptr_array_index (self->transfers, i);
      if (t->done || now - t->last_us > TRANSFER_TIMEOUT_US)
        g_ptr_array_remove_index_fast (self->transfers, i);
    }
}

static void
start_incr (CgX11Owner *self, const XSelectionRequestEvent *req, Atom property, Atom type,
            GBytes *data)
{
  Transfer *t = g_new0 (Transfer, 1);
  long size = (long) g_bytes_get_size (data);

  drop_stale_transfers (self);
  t->requestor = req->requestor;
  t->property = property;
  t->type = type;
  t->data = g_bytes_ref (data);
  t->last_us = g_get_monotonic_time ();
  g_ptr_array_add (self->transfers, t);
  /* The requestor's deletion of each piece asks for the next. */
  XSelectInput (self->display, req->requestor, PropertyChangeMask);
  XChangeProperty (self->display, req->requestor, property, self->atoms->incr, 32, PropModeReplace,
                   (const guchar *) &size, 1);
}

static void
serve_text (CgX11Owner *self, const XSelectionRequestEvent *req, Atom property, Atom target,
            gboolean *ok)
{
  gsize len;
  const char *text = g_bytes_get_data (self->text, &len);
  Atom type;
  g_autoptr (GBytes) data
      = cg_x11_text_from_utf8 (self->display, self->atoms, target, text, len, &type);

  if (data == NULL)
    return;
  *ok = TRUE;
  if (g_bytes_get_size (data) > self->chunk)
    start_incr (self, req, property, type, data);
  else
    XChangeProperty (self->display, req->requestor, property, type, 8, PropModeReplace,
                     g_bytes_get_data (data, NULL), (int) g_bytes_get_size (data));
}

static void
serve_targets (CgX11Owner *self, const XSelectionRequestEvent *req, Atom property)
{
  Atom targets[16];
  guint n = 0;

  targets[n++] = self->atoms->targets;
  targets[n++] = self->atoms->timestamp;
  targets[n++] = self->atoms->save_targets;
  n += cg_x11_text_served_targets (self->atoms, targets + n, G_N_ELEMENTS (targets) - n);
  XChangeProperty (self->display, req->requestor, property, XA_ATOM, 32, PropModeReplace,
                   (const guchar *) targets, (int) n);
}

static void
on_request (CgX11Owner *self, const XSelectionRequestEvent *req)
{
  /* Obsolete requestors name no property: use the target's name. */
  Atom property = req->property != None ? req->property : req->target;
  gboolean ok = FALSE;

  if (self->text == NULL || req->selection != self->selection
      || (req->time != CurrentTime && req->time < self->time))
    ;
  else if (req->target == self->atoms->targets)
    serve_targets (self, req, property), ok = TRUE;
  else if (req->target == self->atoms->timestamp)
    {
      long t = (long) self->time;
      XChangeProperty (self->display, req->requestor, property, XA_INTEGER, 32, PropModeReplace,
                       (const guchar *) &t, 1);
      ok = TRUE;
    }
  else if (req->target == self->atoms->save_targets)
    {
      /* A clipboard manager may ask us; the answer is an empty NULL-typed one. */
      XChangeProperty (self->display, req->requestor, property,
                       XInternAtom (self->display, "NULL", False), 32, PropModeReplace, NULL, 0);
      ok = TRUE;
    }
  else
    serve_text (self, req, property, req->target, &ok);
  send_notify (self, req, ok ? property : None);
  XFlush (self->display);
}

static Transfer *
find_transfer (CgX11Owner *self, Window requestor, Atom property)
{
  for (guint i = 0; i < self->transfers->len; i++)
    {
      Transfer *t = g_ptr_array_index (self->transfers, i);
      if (t->requestor == requestor && t->property == property && !t->done)
        return t;
    }
  return NULL;
}

static void
on_piece_taken (CgX11Owner *self, Transfer *t)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (t->data, &len);
  gsize n = MIN (self->chunk, len - t->offset);

  XChangeProperty (self->display, t->requestor, t->property, t->type, 8, PropModeReplace,
                   data + t->offset, (int) n);
  t->offset += n;
  t->last_us = g_get_monotonic_time ();
  if (n == 0)
    {
      /* The empty piece closes it; the requestor's window is not ours. */
      t->done = TRUE;
      XSelectInput (self->display, t->requestor, NoEventMask);
    }
  XFlush (self->display);
}

gboolean
cg_x11_owner_handle_event (CgX11Owner *self, const XEvent *ev)
{
  Transfer *t;

  switch (ev->type)
    {
    case SelectionRequest:
      if (ev->xselectionrequest.owner != self->window)
        return FALSE;
      on_request (self, &ev->xselectionrequest);
      return TRUE;
    case SelectionClear:
      if (ev->xselectionclear.window != self->window)
        return FALSE;
      /* Somebody copied: what we served is no longer the clipboard.
       * Transfers under way keep their own reference. */
      if (ev->xselectionclear.selection == self->selection)
        g_clear_pointer (&self->text, g_bytes_unref);
      return TRUE;
    case SelectionNotify:
      if (ev->xselection.requestor != self->window)
        return FALSE;
      if (ev->xselection.selection == self->atoms->clipboard_manager)
        self->storing = FALSE;
      return TRUE;
    case PropertyNotify:
      if (ev->xproperty.state != PropertyDelete
          || (t = find_transfer (self, ev->xproperty.window, ev->xproperty.atom)) == NULL)
        return FALSE;
      on_piece_taken (self, t);
      drop_stale_transfers (self);
      return TRUE;
    default: return FALSE;
    }
}

gboolean
cg_x11_owner_take (CgX11Owner *self, Atom selection, Time time, GBytes *text)
{
  XSetSelectionOwner (self->display, selection, self->window, time);
  if (XGetSelectionOwner (self->display, selection) != self->window)
    return FALSE;
  g_clear_pointer (&self->text, g_bytes_unref);
  self->text = g_bytes_ref (text);
  self->selection = selection;
  self->time = time;
  return TRUE;
}

gboolean
cg_x11_owner_store_begin (CgX11Owner *self)
{
  Atom targets[8];
  guint n;

  if (self->text == NULL
      || XGetSelectionOwner (self->display, self->atoms->clipboard_manager) == None)
    return FALSE;
  n = cg_x11_text_served_targets (self->atoms, targets, G_N_ELEMENTS (targets));
  XChangeProperty (self->display, self->window, self->atoms->property, XA_ATOM, 32, PropModeReplace,
                   (const guchar *) targets, (int) n);
  XConvertSelection (self->display, self->atoms->clipboard_manager, self->atoms->save_targets,
                     self->atoms->property, self->window, self->time);
  XFlush (self->display);
  self->storing = TRUE;
  return TRUE;
}

gboolean
cg_x11_owner_store_done (CgX11Owner *self)
{
  return !self->storing;
}

Window
cg_x11_owner_get_window (CgX11Owner *self)
{
  return self->window;
}

CgX11Owner *
cg_x11_owner_new (Display *display, const CgX11Atoms *atoms)
{
  CgX11Owner *self = g_new0 (CgX11Owner, 1);
  long max_request = XExtendedMaxRequestSize (display);

  self->display = display;
  self->atoms = atoms;
  self->window = XCreateWindow (display, DefaultRootWindow (display), -10, -10, 1, 1, 0,
                                CopyFromParent, InputOnly, CopyFromParent, 0, NULL);
  self->transfers = g_ptr_array_new_with_free_func (transfer_free);
  if (max_request == 0)
    max_request = XMaxRequestSize (display);
  /* Request sizes count 4-byte units and include the request's header. */
  self->chunk = MIN (INCR_CHUNK, (gsize) max_request * 4 - 100);
  return self;
}

void
cg_x11_owner_free (CgX11Owner *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->text, g_bytes_unref);
  g_ptr_array_unref (self->transfers);
  XDestroyWindow (self->display, self->window);
  g_free (self);
}
