/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-copy-burst.c: copies to the CLIPBOARD many times, like a user (or a
 * program) gone wild, and serves each copy's text while it lasts.  For the
 * guard's benchmark: N copies, at R a second (0: as fast as the X server
 * takes them), each with a BSN, so each one is a warning.
 *
 * usage: cg-copy-burst N RATE
 * Prints "done N" when the last copy is made, and serves until killed. */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Display *dpy;
static Window win;
static Atom a_clipboard, a_targets, a_utf8;
static char text[128];

static void
serve (XSelectionRequestEvent *req)
{
  XEvent ev = { 0 };
  Atom property = req->property != None ? req->property : req->target;

  if (req->target == a_targets)
    {
      Atom list[] = { a_targets, a_utf8 };
      XChangeProperty (dpy, req->requestor, property, XA_ATOM, 32, PropModeReplace,
                       (unsigned char *) list, 2);
    }
  else if (req->target == a_utf8)
    XChangeProperty (dpy, req->requestor, property, a_utf8, 8, PropModeReplace,
                     (unsigned char *) text, (int) strlen (text));
  else
    property = None;
  ev.xselection.type = SelectionNotify;
  ev.xselection.requestor = req->requestor;
  ev.xselection.selection = req->selection;
  ev.xselection.target = req->target;
  ev.xselection.property = property;
  ev.xselection.time = req->time;
  XSendEvent (dpy, req->requestor, False, NoEventMask, &ev);
}

static void
serve_pending (void)
{
  while (XPending (dpy) > 0)
    {
      XEvent ev;
      XNextEvent (dpy, &ev);
      if (ev.type == SelectionRequest)
        serve (&ev.xselectionrequest);
    }
  XFlush (dpy);
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? strtol (argv[1], NULL, 10) : 1000;
  double rate = argc > 2 ? strtod (argv[2], NULL) : 0;
  gint64 start;

  dpy = XOpenDisplay (NULL);
  if (dpy == NULL)
    return 1;
  a_clipboard = XInternAtom (dpy, "CLIPBOARD", False);
  a_targets = XInternAtom (dpy, "TARGETS", False);
  a_utf8 = XInternAtom (dpy, "UTF8_STRING", False);
  win = XCreateSimpleWindow (dpy, DefaultRootWindow (dpy), 0, 0, 1, 1, 0, 0, 0);
  start = g_get_monotonic_time ();
  for (long i = 0; i < n; i++)
    {
      g_snprintf (text, sizeof text, "Kopie %ld: mijn BSN is 123456782.\n", i);
      XSetSelectionOwner (dpy, a_clipboard, win, CurrentTime);
      XFlush (dpy);
      if (rate > 0)
        {
          gint64 due = start + (gint64) ((i + 1) * G_USEC_PER_SEC / rate);
          while (g_get_monotonic_time () < due)
            {
              serve_pending ();
              g_usleep (1000);
            }
        }
      else
        serve_pending ();
    }
  printf ("done %ld\n", n);
  fflush (stdout);
  for (;;)
    {
      XEvent ev;
      XNextEvent (dpy, &ev);
      if (ev.type == SelectionRequest)
        {
          serve (&ev.xselectionrequest);
          XFlush (dpy);
        }
    }
}
