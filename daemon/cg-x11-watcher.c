/* cg-x11-watcher.c: watches CLIPBOARD (and PRIMARY) on X11.
 *
 * Event-driven: GTK's owner-change signal (XFixes selection events), no
 * polling.  Reads go through cg-x11-selection.c: first the raw TARGETS list,
 * so that a password manager's x-kde-passwordManagerHint and non-text copies
 * are seen before any text is read, then the text with a size limit.  Reads
 * are at most ten a second (some owners answer a read by setting the
 * clipboard again) and one at a time; a copy superseded while it was being
 * read is dropped.  Our own writes are recognised by their owner window and
 * raise nothing. */
#include "cg-x11-watcher.h"

#include <gdk/gdkx.h>

#include <X11/Xatom.h>

#include "cg-x11-selection.h"

#define MIN_READ_INTERVAL_US (100 * 1000)
#define BUTTON_RECHECK_MS 150
#define TARGETS_LIMIT (64 * 1024)

struct _CgX11Watcher
{
  GObject parent_instance;

  GdkDisplay *display;
  Display *xdisplay;
  CgX11Selection *reader;
  GtkClipboard *clipboard;
  GtkClipboard *primary;
  struct
  {
    Atom clipboard, primary, targets, utf8, text_utf8, string, password_hint, copied_files;
  } atoms;

  gboolean watch_primary;
  gboolean reading;
  gsize size_limit;
  guint64 generation;      /* CLIPBOARD copies seen */
  Window generation_owner; /* who owned CLIPBOARD for that copy */
  guint64 primary_generation;

  gboolean clipboard_pending;
  gboolean primary_pending;
  gint64 last_read_us;
  guint rate_id;
  guint button_id;

  /* the read in progress */
  CgSelection job_selection;
  guint64 job_generation;

  GBytes *served; /* the text we own the clipboard with */
};

static void cg_x11_watcher_iface_init (CgClipboardWatcherInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgX11Watcher, cg_x11_watcher, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_CLIPBOARD_WATCHER,
                                                      cg_x11_watcher_iface_init))

static void schedule (CgX11Watcher *self);

static Atom
atom_of (CgX11Watcher *self, CgSelection selection)
{
  return selection == CG_SELECTION_CLIPBOARD ? self->atoms.clipboard : self->atoms.primary;
}

static guint64
current_generation (CgX11Watcher *self, CgSelection selection)
{
  return selection == CG_SELECTION_CLIPBOARD ? self->generation : self->primary_generation;
}

static gboolean
job_is_stale (CgX11Watcher *self)
{
  return self->job_generation != current_generation (self, self->job_selection);
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
  g_signal_emit_by_name (self, "skipped", (int) self->job_selection, self->job_generation,
                         (int) reason);
}

static void
on_text (CgReadResult result, GBytes *data, Atom type, gpointer user_data)
{
  CgX11Watcher *self = user_data;

  if (job_is_stale (self))
    ; /* a newer copy is waiting */
  else if (result == CG_READ_TOO_LARGE)
    skip (self, CG_SKIP_TOO_LARGE);
  else if (result != CG_READ_OK)
    skip (self, CG_SKIP_UNREADABLE);
  else if (type == self->atoms.string)
    {
      /* STRING is Latin-1 by definition. */
      gsize len;
      g_autofree char *utf8 = g_convert (g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                         "UTF-8", "ISO-8859-1", NULL, &len, NULL);
      g_autoptr (GBytes) text = utf8 ? g_bytes_new_take (g_steal_pointer (&utf8), len) : NULL;
      if (text != NULL)
        g_signal_emit_by_name (self, "copied", (int) self->job_selection, self->job_generation,
                               text);
    }
  else
    g_signal_emit_by_name (self, "copied", (int) self->job_selection, self->job_generation, data);
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
      int rank = a == self->atoms.utf8        ? 3
                 : a == self->atoms.text_utf8 ? 2
                 : a == self->atoms.string    ? 1
                                              : 0;
      *secret |= a == self->atoms.password_hint;
      *files |= a == self->atoms.copied_files;
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
  Atom target = None;

  (void) type;
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
  target = pick_text_target (self, g_bytes_get_data (data, NULL),
                             g_bytes_get_size (data) / sizeof (long), &secret, &files);
  /* A password manager's secret is never read, stored or shown. */
  if (secret)
    skip (self, CG_SKIP_SECRET);
  else if (target == None || files)
    skip (self, CG_SKIP_NOT_TEXT);
  else if (cg_x11_selection_read (self->reader, atom_of (self, self->job_selection), target,
                                  self->size_limit, on_text, self))
    return;
  job_done (self);
}

static gboolean
buttons_down (CgX11Watcher *self)
{
  Window root, child;
  int rx, ry, wx, wy;
  unsigned int mask = 0;

  XQueryPointer (self->xdisplay, DefaultRootWindow (self->xdisplay), &root, &child, &rx, &ry, &wx,
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

static void
start (CgX11Watcher *self, CgSelection selection)
{
  self->job_selection = selection;
  self->job_generation = current_generation (self, selection);
  if (selection == CG_SELECTION_CLIPBOARD)
    self->clipboard_pending = FALSE;
  else
    self->primary_pending = FALSE;
  cg_x11_selection_read (self->reader, atom_of (self, selection), self->atoms.targets,
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

  if (cg_x11_selection_busy (self->reader) || (!self->clipboard_pending && !self->primary_pending))
    return;
  wait_us = self->last_read_us + MIN_READ_INTERVAL_US - g_get_monotonic_time ();
  if (wait_us > 0)
    {
      if (self->rate_id == 0)
        self->rate_id = g_timeout_add ((guint) (wait_us / 1000) + 1, on_rate_limit_over, self);
      return;
    }
  if (self->clipboard_pending)
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

/* GDK wraps other clients' windows too (as foreign windows, for the
 * owner-change event itself): ours are the ones that are not foreign. */
static gboolean
owned_by_us (CgX11Watcher *self, Window owner)
{
  GdkWindow *window
      = owner != None ? gdk_x11_window_lookup_for_display (self->display, owner) : NULL;
  return window != NULL && gdk_window_get_window_type (window) != GDK_WINDOW_FOREIGN;
}

static void
on_owner_change (GtkClipboard *clipboard, GdkEvent *event, gpointer user_data)
{
  CgX11Watcher *self = user_data;
  gboolean is_clipboard = clipboard == self->clipboard;
  Window owner = cg_x11_selection_owner (self->reader, is_clipboard ? self->atoms.clipboard
                                                                    : self->atoms.primary);

  (void) event;
  g_debug ("%s changed owner to 0x%lx (ours: %d)", is_clipboard ? "CLIPBOARD" : "PRIMARY", owner,
           owned_by_us (self, owner));
  if (owned_by_us (self, owner))
    return;
  if (is_clipboard)
    {
      self->generation++;
      self->generation_owner = owner;
      /* A cleared clipboard (a password manager's timeout) is not read, and
       * its new generation keeps an older masked copy from coming back. */
      self->clipboard_pending = owner != None && self->reading;
    }
  else
    {
      self->primary_generation++;
      self->primary_pending = self->watch_primary && owner != None && self->reading;
    }
  schedule (self);
}

static void
serve_text (GtkClipboard *clipboard, GtkSelectionData *selection, guint info, gpointer user_data)
{
  CgX11Watcher *self = user_data;
  GdkAtom target = gtk_selection_data_get_target (selection);
  gsize len;
  const char *text;

  (void) clipboard;
  (void) info;
  if (self->served == NULL)
    return;
  text = g_bytes_get_data (self->served, &len);
  if (target == gdk_atom_intern_static_string ("UTF8_STRING")
      || target == gdk_atom_intern_static_string ("text/plain;charset=utf-8"))
    /* The bytes as masked, exactly: invalid UTF-8 in the copy stays as it was. */
    gtk_selection_data_set (selection, target, 8, (const guchar *) text, (gint) len);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, (gssize) len);
      gtk_selection_data_set_text (selection, valid, -1);
    }
}

static void
clear_text (GtkClipboard *clipboard, gpointer user_data)
{
  CgX11Watcher *self = user_data;

  (void) clipboard;
  g_clear_pointer (&self->served, g_bytes_unref);
}

static gboolean
cg_x11_watcher_replace_text (CgClipboardWatcher *watcher, guint64 generation, const char *text,
                             gsize len)
{
  CgX11Watcher *self = CG_X11_WATCHER (watcher);
  g_autoptr (GtkTargetList) list = gtk_target_list_new (NULL, 0);
  GtkTargetEntry *targets;
  int n_targets;

  /* The owner-change event of a newer copy may still be on its way: ask the
   * server who owns the clipboard now, too. */
  if (generation != self->generation
      || cg_x11_selection_owner (self->reader, self->atoms.clipboard) != self->generation_owner)
    return FALSE;
  gtk_target_list_add_text_targets (list, 0);
  targets = gtk_target_table_new_from_list (list, &n_targets);
  if (!gtk_clipboard_set_with_data (self->clipboard, targets, (guint) n_targets, serve_text,
                                    clear_text, self))
    {
      gtk_target_table_free (targets, n_targets);
      return FALSE;
    }
  gtk_target_table_free (targets, n_targets);
  g_clear_pointer (&self->served, g_bytes_unref);
  self->served = g_bytes_new (text, len);
  /* On X11 the text dies with us; let a clipboard manager keep it. */
  gtk_clipboard_set_can_store (self->clipboard, NULL, 0);
  return TRUE;
}

static void
cg_x11_watcher_set_watch_primary (CgClipboardWatcher *watcher, gboolean watch)
{
  CG_X11_WATCHER (watcher)->watch_primary = watch;
}

static void
cg_x11_watcher_set_reading (CgClipboardWatcher *watcher, gboolean reading)
{
  CG_X11_WATCHER (watcher)->reading = reading;
}

static void
cg_x11_watcher_set_size_limit (CgClipboardWatcher *watcher, gsize bytes)
{
  CG_X11_WATCHER (watcher)->size_limit = bytes;
}

static guint64
cg_x11_watcher_get_generation (CgClipboardWatcher *watcher)
{
  return CG_X11_WATCHER (watcher)->generation;
}

static void
cg_x11_watcher_store (CgClipboardWatcher *watcher)
{
  CgX11Watcher *self = CG_X11_WATCHER (watcher);

  if (self->served != NULL)
    gtk_clipboard_store (self->clipboard);
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

static void
cg_x11_watcher_dispose (GObject *object)
{
  CgX11Watcher *self = CG_X11_WATCHER (object);

  if (self->clipboard != NULL)
    g_signal_handlers_disconnect_by_data (self->clipboard, self);
  if (self->primary != NULL)
    g_signal_handlers_disconnect_by_data (self->primary, self);
  g_clear_handle_id (&self->rate_id, g_source_remove);
  g_clear_handle_id (&self->button_id, g_source_remove);
  g_clear_pointer (&self->reader, cg_x11_selection_free);
  g_clear_pointer (&self->served, g_bytes_unref);
  g_clear_object (&self->display);
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
intern_atoms (CgX11Watcher *self)
{
  Display *d = self->xdisplay;

  self->atoms.clipboard = XInternAtom (d, "CLIPBOARD", False);
  self->atoms.primary = XA_PRIMARY;
  self->atoms.targets = XInternAtom (d, "TARGETS", False);
  self->atoms.utf8 = XInternAtom (d, "UTF8_STRING", False);
  self->atoms.text_utf8 = XInternAtom (d, "text/plain;charset=utf-8", False);
  self->atoms.string = XA_STRING;
  self->atoms.password_hint = XInternAtom (d, "x-kde-passwordManagerHint", False);
  self->atoms.copied_files = XInternAtom (d, "x-special/gnome-copied-files", False);
}

CgClipboardWatcher *
cg_x11_watcher_new (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  CgX11Watcher *self;

  if (display == NULL || !GDK_IS_X11_DISPLAY (display))
    return NULL;
  self = g_object_new (CG_TYPE_X11_WATCHER, NULL);
  self->display = g_object_ref (display);
  self->xdisplay = GDK_DISPLAY_XDISPLAY (display);
  self->reader = cg_x11_selection_new (display);
  intern_atoms (self);
  self->clipboard = gtk_clipboard_get_for_display (display, GDK_SELECTION_CLIPBOARD);
  self->primary = gtk_clipboard_get_for_display (display, GDK_SELECTION_PRIMARY);
  g_signal_connect (self->clipboard, "owner-change", G_CALLBACK (on_owner_change), self);
  g_signal_connect (self->primary, "owner-change", G_CALLBACK (on_owner_change), self);
  return CG_CLIPBOARD_WATCHER (self);
}
