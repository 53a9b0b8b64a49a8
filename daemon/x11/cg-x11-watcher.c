/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-watcher.c: watches CLIPBOARD (and PRIMARY) on X11.
 *
 * Event-driven: XFixes tells of every new owner, no polling.  Each owner
 * change is a new copy with a new generation and the time stamp of its
 * ownership.  A read asks first for TARGETS, so that a password manager's
 * x-kde-passwordManagerHint and non-text copies are seen before any text is
 * read, then for the best text target.  Reads go one at a time, at most ten a
 * second (some owners answer a read by copying again); a newer copy abandons
 * the read of an older one at once.  Our own writes are recognised by their
 * owner window and raise nothing. */
#include "config.h"

#include "cg-x11-watcher.h"

#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xfixes.h>
#include <gio/gio.h>
#include <string.h>

#include "cg-x11-owner.h"
#include "cg-x11-reader.h"
#include "cg-x11-text.h"

#define MIN_READ_INTERVAL_US (100 * 1000)
#define BUTTON_RECHECK_MS 150
#define TARGETS_LIMIT (64 * 1024)
#define STORE_TIMEOUT_US (2 * G_USEC_PER_SEC)

typedef struct
{
  Atom atom;
  guint64 generation;
  Window owner;
  Time change_time; /* of the last owner change, ours included */
  gboolean pending;
} SelectionState;

struct _CgX11Watcher
{
  GObject parent_instance;

  Display *display;
  int xfixes_event_base;
  CgX11Atoms atoms;
  CgX11Reader *reader;
  CgX11Owner *owner;
  GSource *source;

  gboolean watch_primary;
  gboolean reading;
  gsize size_limit;
  SelectionState selections[2]; /* indexed by CgSelection */

  gint64 last_read_us;
  guint rate_id;
  guint button_id;

  /* the read in progress */
  CgSelection job_selection;
  guint64 job_generation;
  Atom job_target;
  char *job_source; /* the owner's program, or NULL */
};

static void cg_x11_watcher_iface_init (CgClipboardWatcherInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgX11Watcher, cg_x11_watcher, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_CLIPBOARD_WATCHER,
                                                      cg_x11_watcher_iface_init))

static void schedule (CgX11Watcher *self);

/* ---- X errors ----------------------------------------------------------- */

/* Xlib reports errors to one handler per process.  A requestor that closes
 * its window in the middle of a paste must not end the guard, so errors on
 * our connection are logged and dropped; every other connection's (GDK's)
 * go to the handler that was there before.  Xlib gives the handler no user
 * data: these two statics are the price. */
static Display *error_display;
static XErrorHandler previous_error_handler;

static int
on_x_error (Display *display, XErrorEvent *error)
{
  if (display == error_display)
    {
      g_debug ("X error %d on request %d.%d ignored", error->error_code, error->request_code,
               error->minor_code);
      return 0;
    }
  return previous_error_handler ? previous_error_handler (display, error) : 0;
}

/* ---- reading ------------------------------------------------------------ */

static SelectionState *
job_state (CgX11Watcher *self)
{
  return &self->selections[self->job_selection];
}

static gboolean
job_is_stale (CgX11Watcher *self)
{
  return self->job_generation != job_state (self)->generation;
}

static void
job_done (CgX11Watcher *self)
{
  self->last_read_us = g_get_monotonic_time ();
  schedule (self);
}

static void
skip (CgX11Watcher *self, CgSkipReason reason)
{
  g_signal_emit_by_name (self, "skipped", self->job_selection, self->job_generation, reason);
}

static void
on_text (CgReadResult result, GBytes *data, Atom type, gpointer user_data)
{
  CgX11Watcher *self = user_data;
  g_autoptr (GBytes) text = NULL;

  if (job_is_stale (self))
    ; /* a newer copy is waiting */
  else if (result == CG_READ_TOO_LARGE)
    skip (self, CG_SKIP_TOO_LARGE);
  else if (result != CG_READ_OK)
    skip (self, CG_SKIP_UNREADABLE);
  else if ((text = cg_x11_text_to_utf8 (self->display, &self->atoms, self->job_target, type, data))
           == NULL)
    skip (self, CG_SKIP_UNREADABLE);
  else
    g_signal_emit_by_name (self, "copied", self->job_selection, self->job_generation, text,
                           self->job_source);
  job_done (self);
}

static Atom
pick_text_target (CgX11Watcher *self, const long *atoms, gsize n, gboolean *secret, gboolean *files)
{
  Atom best = None;
  int best_rank = 0;

  for (gsize i = 0; i < n; i++)
    {
      Atom a = (Atom) atoms[i];
      int rank = cg_x11_text_target_rank (&self->atoms, a);

      *secret |= a == self->atoms.password_hint;
      *files |= a == self->atoms.copied_files || a == self->atoms.uri_list;
      if (rank > best_rank)
        best = a, best_rank = rank;
    }
  return best;
}

static void
on_targets (CgReadResult result, GBytes *data, Atom type, gpointer user_data)
{
  CgX11Watcher *self = user_data;
  gboolean secret = FALSE, files = FALSE;

  if (job_is_stale (self))
    {
      job_done (self);
      return;
    }
  if (result != CG_READ_OK)
    {
      skip (self, CG_SKIP_UNREADABLE);
      job_done (self);
      return;
    }
  self->job_target = pick_text_target (self, g_bytes_get_data (data, NULL),
                                       g_bytes_get_size (data) / sizeof (long), &secret, &files);
  /* A password manager's secret is never read, stored or shown. */
  if (secret)
    skip (self, CG_SKIP_SECRET);
  else if (self->job_target == None || files)
    skip (self, CG_SKIP_NOT_TEXT);
  else if (cg_x11_reader_start (self->reader, job_state (self)->atom, self->job_target,
                                job_state (self)->change_time, self->size_limit, on_text, self))
    return;
  job_done (self);
}

static gboolean
buttons_down (CgX11Watcher *self)
{
  Window root, child;
  int rx, ry, wx, wy;
  unsigned int mask = 0;

  XQueryPointer (self->display, DefaultRootWindow (self->display), &root, &child, &rx, &ry, &wx,
                 &wy, &mask);
  return (mask & (Button1Mask | Button2Mask | Button3Mask)) != 0;
}

static gboolean
on_button_recheck (gpointer data)
{
  CgX11Watcher *self = data;

  self->button_id = 0;
  schedule (self);
  return G_SOURCE_REMOVE;
}

/* ---- the owner's program ------------------------------------------------ */

static char *
class_of (Display *display, Window window)
{
  XClassHint hint = { NULL, NULL };
  char *name = NULL;

  if (window != None && XGetClassHint (display, window, &hint) && hint.res_class != NULL)
    name = g_utf8_make_valid (hint.res_class, MIN (strlen (hint.res_class), 64));
  if (hint.res_name != NULL)
    XFree (hint.res_name);
  if (hint.res_class != NULL)
    XFree (hint.res_class);
  return name;
}

static gboolean
window_property (Display *display, Window window, Atom property, Atom type, unsigned long *value)
{
  Atom actual;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  gboolean found = FALSE;

  if (XGetWindowProperty (display, window, property, 0, 1, False, type, &actual, &format, &n,
                          &after, &data)
          == Success
      && data != NULL && n == 1 && format == 32)
    {
      *value = *(unsigned long *) (void *) data;
      found = TRUE;
    }
  if (data != NULL)
    XFree (data);
  return found;
}

/* The program that owns a selection: its window's WM_CLASS class, or its
 * client leader's (GTK owns through a hidden window), or the command name
 * of the process in _NET_WM_PID (a local client).  NULL when none says. */
static char *
owner_program (CgX11Watcher *self, Window owner)
{
  unsigned long leader = None, pid = 0;
  char *name = class_of (self->display, owner);
  g_autofree char *path = NULL, *comm = NULL;

  if (name != NULL)
    return name;
  if (window_property (self->display, owner, self->atoms.client_leader, XA_WINDOW, &leader)
      && (name = class_of (self->display, (Window) leader)) != NULL)
    return name;
  if (!window_property (self->display, owner, self->atoms.wm_pid, XA_CARDINAL, &pid) || pid == 0)
    return NULL;
  path = g_strdup_printf ("/proc/%lu/comm", pid);
  if (!g_file_get_contents (path, &comm, NULL, NULL))
    return NULL;
  g_strstrip (comm);
  return *comm != '\0' ? g_utf8_make_valid (comm, -1) : NULL;
}

static void
start (CgX11Watcher *self, CgSelection selection)
{
  SelectionState *state = &self->selections[selection];

  self->job_selection = selection;
  self->job_generation = state->generation;
  self->job_target = None;
  g_free (self->job_source);
  self->job_source = owner_program (self, state->owner);
  state->pending = FALSE;
  g_debug ("reading copy %" G_GUINT64_FORMAT " of %s", state->generation,
           selection == CG_SELECTION_CLIPBOARD ? "CLIPBOARD" : "PRIMARY");
  cg_x11_reader_start (self->reader, state->atom, self->atoms.targets, state->change_time,
                       TARGETS_LIMIT, on_targets, self);
}

static gboolean
on_rate_limit_over (gpointer data)
{
  CgX11Watcher *self = data;

  self->rate_id = 0;
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (CgX11Watcher *self)
{
  gint64 wait_us;
  gboolean clipboard = self->selections[CG_SELECTION_CLIPBOARD].pending;
  gboolean primary = self->selections[CG_SELECTION_PRIMARY].pending;

  if (cg_x11_reader_busy (self->reader) || (!clipboard && !primary))
    return;
  wait_us = self->last_read_us + MIN_READ_INTERVAL_US - g_get_monotonic_time ();
  if (wait_us > 0)
    {
      if (self->rate_id == 0)
        self->rate_id = g_timeout_add ((guint) (wait_us / 1000) + 1, on_rate_limit_over, self);
      return;
    }
  if (clipboard)
    {
      start (self, CG_SELECTION_CLIPBOARD);
      return;
    }
  /* PRIMARY changes with every drag: read it once the button is up. */
  if (buttons_down (self))
    {
      if (self->button_id == 0)
        self->button_id = g_timeout_add (BUTTON_RECHECK_MS, on_button_recheck, self);
      return;
    }
  start (self, CG_SELECTION_PRIMARY);
}

/* ---- events ------------------------------------------------------------- */

static void
on_owner_change (CgX11Watcher *self, const XFixesSelectionNotifyEvent *ev)
{
  CgSelection selection
      = ev->selection == self->atoms.clipboard ? CG_SELECTION_CLIPBOARD : CG_SELECTION_PRIMARY;
  SelectionState *state = &self->selections[selection];
  gboolean ours = ev->owner != None && ev->owner == cg_x11_owner_get_window (self->owner);

  g_debug ("%s changed owner to 0x%lx (ours: %d)",
           selection == CG_SELECTION_CLIPBOARD ? "CLIPBOARD" : "PRIMARY", ev->owner, ours);
  state->change_time = ev->selection_timestamp;
  if (ours)
    return;
  state->generation++;
  state->owner = ev->owner;
  /* A read of the copy this one replaces is moot. */
  if (cg_x11_reader_busy (self->reader) && self->job_selection == selection)
    cg_x11_reader_abandon (self->reader);
  /* A cleared clipboard (a password manager's timeout) is not read, and its
   * new generation keeps an older masked copy from coming back. */
  state->pending = ev->owner != None && self->reading
                   && (selection == CG_SELECTION_CLIPBOARD || self->watch_primary);
  schedule (self);
}

static void
handle_event (CgX11Watcher *self, XEvent *ev)
{
  if (ev->type == self->xfixes_event_base + XFixesSelectionNotify)
    on_owner_change (self, (XFixesSelectionNotifyEvent *) ev);
  else if (!cg_x11_reader_handle_event (self->reader, ev))
    cg_x11_owner_handle_event (self->owner, ev);
}

/* Handles the events Xlib has; with @bounded for CG_READ_TURN_US at most,
 * so that an INCR transfer of a large copy (each chunk an event) is read
 * over several turns of the main loop: what is left stays queued, and
 * x_source_prepare() sees it. */
static void
dispatch_some (CgX11Watcher *self, gboolean bounded)
{
  gint64 turn_ends = g_get_monotonic_time () + CG_READ_TURN_US;

  while (XPending (self->display) > 0)
    {
      XEvent ev;
      XNextEvent (self->display, &ev);
      handle_event (self, &ev);
      if (bounded && g_get_monotonic_time () >= turn_ends)
        return;
    }
}

static void
dispatch_pending (CgX11Watcher *self)
{
  dispatch_some (self, FALSE);
}

typedef struct
{
  GSource source;
  CgX11Watcher *watcher; /* not a reference: the watcher owns the source */
  gpointer fd_tag;
} XSource;

static gboolean
x_source_prepare (GSource *source, gint *timeout)
{
  XSource *xs = (XSource *) source;

  *timeout = -1;
  /* Events Xlib has read already (while answering a request) wait in its
   * queue, not on the socket. */
  return XEventsQueued (xs->watcher->display, QueuedAfterFlush) > 0;
}

static gboolean
x_source_check (GSource *source)
{
  XSource *xs = (XSource *) source;

  return (g_source_query_unix_fd (source, xs->fd_tag) & G_IO_IN)
         || XEventsQueued (xs->watcher->display, QueuedAlready) > 0;
}

static gboolean
x_source_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  dispatch_some (((XSource *) source)->watcher, TRUE);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs x_source_funcs
    = { x_source_prepare, x_source_check, x_source_dispatch, NULL, NULL, NULL };

static GSource *
x_source_new (CgX11Watcher *self)
{
  GSource *source = g_source_new (&x_source_funcs, sizeof (XSource));
  XSource *xs = (XSource *) source;

  xs->watcher = self;
  xs->fd_tag = g_source_add_unix_fd (source, ConnectionNumber (self->display), G_IO_IN);
  g_source_set_name (source, "clipguard X11");
  return source;
}

/* ---- the interface ------------------------------------------------------ */

static gboolean
cg_x11_watcher_replace_text (CgClipboardWatcher *watcher, guint64 generation, const char *text,
                             gsize len)
{
  CgX11Watcher *self = CG_X11_WATCHER (watcher);
  SelectionState *state = &self->selections[CG_SELECTION_CLIPBOARD];
  g_autoptr (GBytes) bytes = NULL;

  /* Owner changes that reached the server but not us yet: take them first. */
  XSync (self->display, False);
  dispatch_pending (self);
  if (generation != state->generation)
    return FALSE;
  bytes = g_bytes_new (text, len);
  return cg_x11_owner_take (self->owner, state->atom, state->change_time, bytes);
}

static void
cg_x11_watcher_set_watch_primary (CgClipboardWatcher *watcher, gboolean watch)
{
  CG_X11_WATCHER (watcher)->watch_primary = watch;
}

static void
cg_x11_watcher_set_reading (CgClipboardWatcher *watcher, gboolean reading)
{
  CgX11Watcher *self = CG_X11_WATCHER (watcher);

  self->reading = reading;
  if (reading)
    return;
  /* Paused: not a byte more is read, not even of a read under way. */
  cg_x11_reader_abandon (self->reader);
  self->selections[CG_SELECTION_CLIPBOARD].pending = FALSE;
  self->selections[CG_SELECTION_PRIMARY].pending = FALSE;
}

static void
cg_x11_watcher_set_size_limit (CgClipboardWatcher *watcher, gsize bytes)
{
  CG_X11_WATCHER (watcher)->size_limit = bytes;
}

static guint64
cg_x11_watcher_get_generation (CgClipboardWatcher *watcher)
{
  return CG_X11_WATCHER (watcher)->selections[CG_SELECTION_CLIPBOARD].generation;
}

/* On X11 what we serve dies with us: hand it to a clipboard manager. */
static void
cg_x11_watcher_store (CgClipboardWatcher *watcher)
{
  CgX11Watcher *self = CG_X11_WATCHER (watcher);
  gint64 deadline = g_get_monotonic_time () + STORE_TIMEOUT_US;
  GPollFD fd = { ConnectionNumber (self->display), G_IO_IN, 0 };

  if (!cg_x11_owner_store_begin (self->owner))
    return;
  while (!cg_x11_owner_store_done (self->owner) && g_get_monotonic_time () < deadline)
    {
      dispatch_pending (self);
      if (!cg_x11_owner_store_done (self->owner))
        g_poll (&fd, 1, 100);
    }
  g_debug ("clipboard %s by the clipboard manager",
           cg_x11_owner_store_done (self->owner) ? "kept" : "not kept in time");
}

static void
cg_x11_watcher_iface_init (CgClipboardWatcherInterface *iface)
{
  iface->set_watch_primary = cg_x11_watcher_set_watch_primary;
  iface->set_reading = cg_x11_watcher_set_reading;
  iface->set_size_limit = cg_x11_watcher_set_size_limit;
  iface->get_generation = cg_x11_watcher_get_generation;
  iface->replace_text = cg_x11_watcher_replace_text;
  iface->store = cg_x11_watcher_store;
}

/* ---- life --------------------------------------------------------------- */

static void
cg_x11_watcher_dispose (GObject *object)
{
  CgX11Watcher *self = CG_X11_WATCHER (object);

  g_clear_handle_id (&self->rate_id, g_source_remove);
  g_clear_handle_id (&self->button_id, g_source_remove);
  if (self->source != NULL)
    g_source_destroy (self->source);
  g_clear_pointer (&self->source, g_source_unref);
  g_clear_pointer (&self->reader, cg_x11_reader_free);
  g_clear_pointer (&self->owner, cg_x11_owner_free);
  g_clear_pointer (&self->job_source, g_free);
  if (self->display != NULL)
    {
      if (error_display == self->display)
        error_display = NULL;
      XCloseDisplay (self->display);
      self->display = NULL;
    }
  G_OBJECT_CLASS (cg_x11_watcher_parent_class)->dispose (object);
}

static void
cg_x11_watcher_class_init (CgX11WatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_x11_watcher_dispose;
}

static void
cg_x11_watcher_init (CgX11Watcher *self)
{
  self->size_limit = 64 << 20;
  self->reading = TRUE;
}

static void
watch_selection (CgX11Watcher *self, CgSelection selection, Atom atom)
{
  self->selections[selection].atom = atom;
  XFixesSelectSelectionInput (self->display, DefaultRootWindow (self->display), atom,
                              XFixesSetSelectionOwnerNotifyMask
                                  | XFixesSelectionWindowDestroyNotifyMask
                                  | XFixesSelectionClientCloseNotifyMask);
}

CgClipboardWatcher *
cg_x11_watcher_new (const char *display_name, GError **error)
{
  g_autoptr (CgX11Watcher) self = NULL;
  Display *display = XOpenDisplay (display_name);
  int error_base;

  if (display == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "Cannot open the X display “%s”",
                   display_name           ? display_name
                   : g_getenv ("DISPLAY") ? g_getenv ("DISPLAY")
                                          : "");
      return NULL;
    }
  self = g_object_new (CG_TYPE_X11_WATCHER, NULL);
  self->display = display;
  if (!XFixesQueryExtension (display, &self->xfixes_event_base, &error_base))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "The X server lacks the XFIXES extension");
      return NULL;
    }
  if (error_display == NULL)
    {
      error_display = display;
      previous_error_handler = XSetErrorHandler (on_x_error);
    }
  cg_x11_atoms_init (display, &self->atoms);
  self->reader = cg_x11_reader_new (display, &self->atoms);
  self->owner = cg_x11_owner_new (display, &self->atoms);
  watch_selection (self, CG_SELECTION_CLIPBOARD, self->atoms.clipboard);
  watch_selection (self, CG_SELECTION_PRIMARY, self->atoms.primary);
  XFlush (display);
  self->source = x_source_new (self);
  g_source_attach (self->source, NULL);
  return CG_CLIPBOARD_WATCHER (g_steal_pointer (&self));
}
