/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-hostile-owner.c: a scripted CLIPBOARD owner for the end-to-end tests,
 * in plain Xlib so that it can misbehave the way real owners do: answer
 * late, send INCR pieces slowly, announce a size that is not true, push
 * pieces nobody asked for, or offer text only in old encodings.
 *
 * usage: cg-hostile-owner [OPTION...] TARGET[|TYPE]=>VALUE...
 *   (targets hold '=', so "=>" ends them); VALUE "@FILE" reads FILE,
 *   "hex:..." is bytes in hex.
 *   TYPE is the property type to answer with (default: TARGET).
 *   --delay-ms=N       wait N ms before answering each request
 *   --incr=N           send values over N bytes with INCR, N-byte pieces
 *   --piece-delay-ms=N wait N ms before each piece
 *   --announce=N       announce N bytes in the INCR property (default: true size)
 *   --push             send pieces without waiting for the requestor to ask
 * Prints "owning", then "request TARGET", "piece N", "done" and "lost". */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>

typedef struct
{
  Atom target;
  Atom type;
  GBytes *value;
} Offer;

static Display *dpy;
static Window win;
static GPtrArray *offers;
static long delay_ms, incr_size, piece_delay_ms, announce = -1;
static gboolean push;
static Atom a_clipboard, a_targets, a_incr;

static void
say (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
sleep_ms (long ms)
{
  if (ms > 0)
    g_usleep ((gulong) ms * 1000);
}

static GBytes *
parse_value (const char *v)
{
  if (v[0] == '@')
    {
      char *contents;
      gsize len;
      if (!g_file_get_contents (v + 1, &contents, &len, NULL))
        exit (2);
      return g_bytes_new_take (contents, len);
    }
  if (g_str_has_prefix (v, "hex:"))
    {
      gsize n = strlen (v + 4) / 2;
      guint8 *bytes = g_malloc (n + 1);
      for (gsize i = 0; i < n; i++)
        bytes[i] = (guint8) (g_ascii_xdigit_value (v[4 + 2 * i]) * 16
                             + g_ascii_xdigit_value (v[5 + 2 * i]));
      return g_bytes_new_take (bytes, n);
    }
  return g_bytes_new (v, strlen (v));
}

static void
parse_offer (const char *arg)
{
  Offer *o = g_new0 (Offer, 1);
  const char *arrow = strstr (arg, "=>");
  g_autofree char *name = NULL;
  char *bar;

  if (arrow == NULL)
    exit (2);
  name = g_strndup (arg, (gsize) (arrow - arg));
  bar = strchr (name, '|');
  if (bar != NULL)
    {
      *bar = '\0';
      o->type = XInternAtom (dpy, bar + 1, False);
    }
  o->target = XInternAtom (dpy, name, False);
  if (o->type == None)
    o->type = o->target;
  o->value = parse_value (arrow + 2);
  g_ptr_array_add (offers, o);
}

static void
reply (XSelectionRequestEvent *req, Atom property)
{
  XEvent ev = { 0 };

  ev.xselection.type = SelectionNotify;
  ev.xselection.requestor = req->requestor;
  ev.xselection.selection = req->selection;
  ev.xselection.target = req->target;
  ev.xselection.property = property;
  ev.xselection.time = req->time;
  XSendEvent (dpy, req->requestor, False, NoEventMask, &ev);
  XFlush (dpy);
}

/* Waits for the requestor to delete @property (it asks for the next
 * piece), at most a few seconds; FALSE when it never does. */
static gboolean
wait_for_delete (Window requestor, Atom property)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      XEvent ev;
      if (!XCheckWindowEvent (dpy, requestor, PropertyChangeMask, &ev))
        {
          g_usleep (2000);
          continue;
        }
      if (ev.xproperty.atom == property && ev.xproperty.state == PropertyDelete)
        return TRUE;
    }
  return FALSE;
}

static void
send_incr (XSelectionRequestEvent *req, Atom property, Offer *o)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (o->value, &len);
  long size = announce >= 0 ? announce : (long) len;
  guint piece = 0;

  XSelectInput (dpy, req->requestor, PropertyChangeMask);
  XChangeProperty (dpy, req->requestor, property, a_incr, 32, PropModeReplace,
                   (unsigned char *) &size, 1);
  reply (req, property);
  for (gsize off = 0;; off += (gsize) incr_size)
    {
      gsize n = off < len ? MIN ((gsize) incr_size, len - off) : 0;

      if (!push && !wait_for_delete (req->requestor, property))
        {
          say ("stalled");
          return;
        }
      sleep_ms (piece_delay_ms);
      XChangeProperty (dpy, req->requestor, property, o->type, 8, PropModeReplace,
                       data + MIN (off, len), (int) n);
      XFlush (dpy);
      say ("piece %u", ++piece);
      if (n == 0)
        break;
    }
  say ("done");
}

static void
on_request (XSelectionRequestEvent *req)
{
  Atom property = req->property != None ? req->property : req->target;
  char *name = XGetAtomName (dpy, req->target);

  say ("request %s", name);
  XFree (name);
  sleep_ms (delay_ms);
  if (req->target == a_targets)
    {
      Atom *list = g_new (Atom, offers->len + 1);
      list[0] = a_targets;
      for (guint i = 0; i < offers->len; i++)
        list[i + 1] = ((Offer *) offers->pdata[i])->target;
      XChangeProperty (dpy, req->requestor, property, XA_ATOM, 32, PropModeReplace,
                       (unsigned char *) list, (int) offers->len + 1);
      g_free (list);
      reply (req, property);
      return;
    }
  for (guint i = 0; i < offers->len; i++)
    {
      Offer *o = offers->pdata[i];
      gsize len;
      const guint8 *data;

      if (o->target != req->target)
        continue;
      data = g_bytes_get_data (o->value, &len);
      if (incr_size > 0 && len > (gsize) incr_size)
        {
          send_incr (req, property, o);
          return;
        }
      XChangeProperty (dpy, req->requestor, property, o->type, 8, PropModeReplace, data, (int) len);
      reply (req, property);
      return;
    }
  reply (req, None);
}

int
main (int argc, char **argv)
{
  int i = 1;

  dpy = XOpenDisplay (NULL);
  if (dpy == NULL)
    return 1;
  offers = g_ptr_array_new ();
  a_clipboard = XInternAtom (dpy, "CLIPBOARD", False);
  a_targets = XInternAtom (dpy, "TARGETS", False);
  a_incr = XInternAtom (dpy, "INCR", False);
  for (; i < argc && g_str_has_prefix (argv[i], "--"); i++)
    {
      const char *eq = strchr (argv[i], '=');
      long n = eq ? strtol (eq + 1, NULL, 10) : 0;

      if (g_str_has_prefix (argv[i], "--delay-ms="))
        delay_ms = n;
      else if (g_str_has_prefix (argv[i], "--incr="))
        incr_size = n;
      else if (g_str_has_prefix (argv[i], "--piece-delay-ms="))
        piece_delay_ms = n;
      else if (g_str_has_prefix (argv[i], "--announce="))
        announce = n;
      else if (g_str_equal (argv[i], "--push"))
        push = TRUE;
      else
        return 2;
    }
  for (; i < argc; i++)
    parse_offer (argv[i]);
  win = XCreateSimpleWindow (dpy, DefaultRootWindow (dpy), 0, 0, 1, 1, 0, 0, 0);
  XSetSelectionOwner (dpy, a_clipboard, win, CurrentTime);
  if (XGetSelectionOwner (dpy, a_clipboard) != win)
    return 1;
  say ("owning");
  for (;;)
    {
      XEvent ev;

      XNextEvent (dpy, &ev);
      if (ev.type == SelectionRequest)
        on_request (&ev.xselectionrequest);
      else if (ev.type == SelectionClear)
        say ("lost");
    }
}
