/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-wayland-watcher.c: watches the clipboard (and the primary selection)
 * through a data-control protocol.
 *
 * Event-driven: the compositor sends a selection event at every copy, no
 * polling.  Each is a new copy with a new generation, except the first one
 * after binding (the state the guard found, not a copy) and those of our own
 * sources (recognised by a private mime type in the offer).  The offer's
 * mime types arrive before the selection event, so a password manager's
 * x-kde-passwordManagerHint and non-text copies are known before a byte is
 * read.  Reads go through a pipe, one at a time, at most ten a second, with
 * the size limit enforced while reading and deadlines per step and per read;
 * a newer copy abandons the read of an older one at once.
 *
 * Wayland has no compare-and-set for the selection: replace_text() takes
 * every event the compositor sent before answering a roundtrip, compares
 * generations, and only then sets the selection.  A copy made in the few
 * microseconds between the compositor's answer and our request reaching it
 * is the window that remains.
 *
 * PRIMARY changes with every drag of a selection, and there is no pointer to
 * ask whether a button is down: it is read once it has not changed for a
 * moment (a debounce). */
#include "config.h"

#include "cg-wayland-watcher.h"

#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <string.h>
#include <unistd.h>

#include "cg-wayland-connection.h"
#include "cg-wayland-text.h"

#define MIN_READ_INTERVAL_US (100 * 1000)
#define PRIMARY_QUIET_MS 300
#define STEP_TIMEOUT_MS 3000
#define READ_TIMEOUT_MS 10000
#define READ_CHUNK 65536
#define KEEPER_TIMEOUT_MS 2000

#define PASSWORD_HINT "x-kde-passwordManagerHint"

static const char *const file_types[] = { "text/uri-list", "x-special/gnome-copied-files", NULL };

/* ---- offers ------------------------------------------------------------- */

typedef struct
{
  struct wl_proxy *proxy;
  const CgDataControl *dc;
  GPtrArray *mime_types;
} Offer;

static void
offer_free (Offer *offer)
{
  if (offer == NULL)
    return;
  offer->dc->offer_destroy (offer->proxy);
  g_ptr_array_unref (offer->mime_types);
  g_free (offer);
}

static gboolean
offer_has (const Offer *offer, const char *mime_type)
{
  for (guint i = 0; i < offer->mime_types->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (offer->mime_types, i), mime_type) == 0)
      return TRUE;
  return FALSE;
}

static const char *
offer_text_type (const Offer *offer)
{
  for (guint i = 0; cg_wayland_text_types[i] != NULL; i++)
    if (offer_has (offer, cg_wayland_text_types[i]))
      return cg_wayland_text_types[i];
  return NULL;
}

static void
on_offer_mime_type (void *data, struct wl_proxy *proxy, const char *mime_type)
{
  Offer *offer = data;

  /* a hostile client may offer without end */
  if (offer->mime_types->len < 256)
    g_ptr_array_add (offer->mime_types, g_strdup (mime_type));
}

static const CgDcOfferListener offer_listener = { on_offer_mime_type };

/* ---- served text ---------------------------------------------------------- */

/* A source of ours and the text it serves; it lives until the compositor
 * cancels it (another copy) or the watcher ends. */
typedef struct
{
  struct wl_proxy *proxy;
  const CgDataControl *dc;
  GBytes *text;
  GList *link; /* in the watcher's list of sources */
  gpointer watcher;
} Served;

/* ---- the watcher ---------------------------------------------------------- */

typedef struct
{
  Offer *offer; /* the selection's offer now, or NULL */
  guint64 generation;
  gboolean pending; /* a copy waits to be read */
  gboolean seen;    /* the state at binding came */
  gboolean ours;    /* the selection is a source of ours */
} SelectionState;

struct _CgWaylandWatcher
{
  GObject parent_instance;

  CgWaylandConnection *connection;
  const CgDataControl *dc;
  struct wl_proxy *device;
  GPtrArray *fresh_offers; /* introduced, not yet a selection's */
  GList *sources;          /* Served */

  gboolean watch_primary;
  gboolean reading;
  gsize size_limit;
  SelectionState selections[2]; /* indexed by CgSelection */

  gint64 last_read_us;
  guint rate_id;
  guint primary_quiet_id;

  /* the read in progress */
  int job_fd;
  guint job_watch;
  guint job_step_id;
  gint64 job_deadline_us;
  CgSelection job_selection;
  guint64 job_generation;
  const char *job_type;
  GByteArray *job_data;
};

static void cg_wayland_watcher_iface_init (CgClipboardWatcherInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgWaylandWatcher, cg_wayland_watcher, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_CLIPBOARD_WATCHER,
                                                      cg_wayland_watcher_iface_init))

static void schedule (CgWaylandWatcher *self);

static const char *
selection_name (CgSelection selection)
{
  return selection == CG_SELECTION_CLIPBOARD ? "CLIPBOARD" : "PRIMARY";
}

/* ---- reading ------------------------------------------------------------ */

static gboolean
job_busy (CgWaylandWatcher *self)
{
  return self->job_fd >= 0;
}

static void
job_stop (CgWaylandWatcher *self)
{
  g_clear_handle_id (&self->job_watch, g_source_remove);
  g_clear_handle_id (&self->job_step_id, g_source_remove);
  if (self->job_fd >= 0)
    close (self->job_fd);
  self->job_fd = -1;
  g_clear_pointer (&self->job_data, g_byte_array_unref);
}

static void
job_done (CgWaylandWatcher *self)
{
  job_stop (self);
  self->last_read_us = g_get_monotonic_time ();
  schedule (self);
}

static void
skip (CgWaylandWatcher *self, CgSelection selection, guint64 generation, CgSkipReason reason)
{
  g_signal_emit_by_name (self, "skipped", selection, generation, reason);
}

static gboolean
on_step_timeout (gpointer data)
{
  CgWaylandWatcher *self = data;

  self->job_step_id = 0;
  g_debug ("read of %s copy %" G_GUINT64_FORMAT " timed out", selection_name (self->job_selection),
           self->job_generation);
  skip (self, self->job_selection, self->job_generation, CG_SKIP_UNREADABLE);
  job_done (self);
  return G_SOURCE_REMOVE;
}

static void
restart_step_timer (CgWaylandWatcher *self)
{
  gint64 left_ms = (self->job_deadline_us - g_get_monotonic_time ()) / 1000;

  g_clear_handle_id (&self->job_step_id, g_source_remove);
  self->job_step_id
      = g_timeout_add ((guint) CLAMP (left_ms, 1, STEP_TIMEOUT_MS), on_step_timeout, self);
}

static gboolean
on_readable (gint fd, GIOCondition condition, gpointer user_data)
{
  CgWaylandWatcher *self = user_data;
  guint8 buf[READ_CHUNK];
  /* a large copy is read over several turns of the main loop, not in one */
  gint64 turn_ends = g_get_monotonic_time () + CG_READ_TURN_US;

  for (;;)
    {
      gssize n;

      if (g_get_monotonic_time () >= turn_ends)
        {
          restart_step_timer (self);
          return G_SOURCE_CONTINUE;
        }
      n = read (fd, buf, sizeof buf);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && errno == EAGAIN)
        {
          restart_step_timer (self);
          return G_SOURCE_CONTINUE;
        }
      if (n < 0)
        {
          self->job_watch = 0;
          skip (self, self->job_selection, self->job_generation, CG_SKIP_UNREADABLE);
          job_done (self);
          return G_SOURCE_REMOVE;
        }
      if (n == 0)
        break;
      /* the limit holds while reading: Wayland says no size beforehand */
      if ((gsize) self->job_data->len + (gsize) n > self->size_limit)
        {
          self->job_watch = 0;
          skip (self, self->job_selection, self->job_generation, CG_SKIP_TOO_LARGE);
          job_done (self);
          return G_SOURCE_REMOVE;
        }
      g_byte_array_append (self->job_data, buf, (guint) n);
    }
  self->job_watch = 0;
  {
    g_autoptr (GBytes) text
        = cg_wayland_text_to_utf8 (self->job_data->data, self->job_data->len, self->job_type);
    if (text == NULL)
      skip (self, self->job_selection, self->job_generation, CG_SKIP_UNREADABLE);
    else
      /* Wayland does not tell whose copy it is */
      g_signal_emit_by_name (self, "copied", self->job_selection, self->job_generation, text, NULL);
  }
  job_done (self);
  return G_SOURCE_REMOVE;
}

static void
start (CgWaylandWatcher *self, CgSelection selection)
{
  SelectionState *state = &self->selections[selection];
  Offer *offer = state->offer;
  int fds[2];

  state->pending = FALSE;
  self->job_selection = selection;
  self->job_generation = state->generation;
  /* A password manager's secret is never read, stored or shown. */
  if (offer_has (offer, PASSWORD_HINT))
    {
      skip (self, selection, state->generation, CG_SKIP_SECRET);
      return;
    }
  self->job_type = offer_text_type (offer);
  if (self->job_type == NULL || offer_has (offer, file_types[0])
      || offer_has (offer, file_types[1]))
    {
      skip (self, selection, state->generation, CG_SKIP_NOT_TEXT);
      return;
    }
  if (!g_unix_open_pipe (fds, FD_CLOEXEC, NULL))
    {
      skip (self, selection, state->generation, CG_SKIP_UNREADABLE);
      return;
    }
  g_debug ("reading copy %" G_GUINT64_FORMAT " of %s as %s", state->generation,
           selection_name (selection), self->job_type);
  self->dc->offer_receive (offer->proxy, self->job_type, fds[1]);
  wl_display_flush (cg_wayland_connection_get_display (self->connection));
  close (fds[1]);
  g_unix_set_fd_nonblocking (fds[0], TRUE, NULL);
  self->job_fd = fds[0];
  self->job_data = g_byte_array_new ();
  self->job_deadline_us = g_get_monotonic_time () + READ_TIMEOUT_MS * 1000;
  self->job_watch = g_unix_fd_add (fds[0], G_IO_IN | G_IO_HUP | G_IO_ERR, on_readable, self);
  restart_step_timer (self);
}

static gboolean
on_rate_limit_over (gpointer data)
{
  CgWaylandWatcher *self = data;

  self->rate_id = 0;
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (CgWaylandWatcher *self)
{
  gint64 wait_us;
  gboolean clipboard = self->selections[CG_SELECTION_CLIPBOARD].pending;
  gboolean primary = self->selections[CG_SELECTION_PRIMARY].pending;

  while (!job_busy (self) && (clipboard || primary))
    {
      wait_us = self->last_read_us + MIN_READ_INTERVAL_US - g_get_monotonic_time ();
      if (wait_us > 0)
        {
          if (self->rate_id == 0)
            self->rate_id = g_timeout_add ((guint) (wait_us / 1000) + 1, on_rate_limit_over, self);
          return;
        }
      start (self, clipboard ? CG_SELECTION_CLIPBOARD : CG_SELECTION_PRIMARY);
      clipboard = self->selections[CG_SELECTION_CLIPBOARD].pending;
      primary = self->selections[CG_SELECTION_PRIMARY].pending;
    }
}

/* ---- events ------------------------------------------------------------- */

static gboolean
on_primary_quiet (gpointer data)
{
  CgWaylandWatcher *self = data;
  SelectionState *state = &self->selections[CG_SELECTION_PRIMARY];

  self->primary_quiet_id = 0;
  state->pending = state->offer != NULL && !state->ours && self->reading && self->watch_primary;
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
selection_changed (CgWaylandWatcher *self, CgSelection selection, struct wl_proxy *proxy)
{
  SelectionState *state = &self->selections[selection];
  Offer *offer = NULL;
  gboolean first = !state->seen;

  /* the new offer leaves the fresh ones; those never used go */
  for (guint i = 0; i < self->fresh_offers->len; i++)
    if (((Offer *) g_ptr_array_index (self->fresh_offers, i))->proxy == proxy)
      offer = g_ptr_array_steal_index (self->fresh_offers, i);
  g_ptr_array_set_size (self->fresh_offers, 0);
  g_clear_pointer (&state->offer, offer_free);
  state->offer = offer;
  state->seen = TRUE;
  state->ours = offer != NULL && offer_has (offer, CG_DATA_CONTROL_OWN_MIME);
  g_debug ("%s changed%s%s", selection_name (selection), offer == NULL ? " (empty)" : "",
           state->ours ? " (ours)"
           : first     ? " (the state at start)"
                       : "");
  if (state->ours)
    return;
  state->generation++;
  /* A read of the copy this one replaces is moot. */
  if (job_busy (self) && self->job_selection == selection)
    job_stop (self);
  /* The clipboard as it was when the guard started is not a copy; a cleared
   * clipboard (a password manager's timeout) is not read, and its new
   * generation keeps an older masked copy from coming back. */
  if (first || offer == NULL || !self->reading)
    {
      state->pending = FALSE;
      schedule (self);
      return;
    }
  if (selection == CG_SELECTION_PRIMARY)
    {
      state->pending = FALSE;
      g_clear_handle_id (&self->primary_quiet_id, g_source_remove);
      if (self->watch_primary)
        self->primary_quiet_id = g_timeout_add (PRIMARY_QUIET_MS, on_primary_quiet, self);
      return;
    }
  state->pending = TRUE;
  schedule (self);
}

static void
on_data_offer (void *data, struct wl_proxy *device, struct wl_proxy *proxy)
{
  CgWaylandWatcher *self = data;
  Offer *offer = g_new0 (Offer, 1);

  offer->proxy = proxy;
  offer->dc = self->dc;
  offer->mime_types = g_ptr_array_new_with_free_func (g_free);
  cg_data_control_offer_listen (proxy, &offer_listener, offer);
  g_ptr_array_add (self->fresh_offers, offer);
}

static void
on_selection (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
  selection_changed (data, CG_SELECTION_CLIPBOARD, offer);
}

static void
on_primary_selection (void *data, struct wl_proxy *device, struct wl_proxy *offer)
{
  selection_changed (data, CG_SELECTION_PRIMARY, offer);
}

static void
on_finished (void *data, struct wl_proxy *device)
{
  CgWaylandWatcher *self = data;

  /* the seat is gone; a desktop session without one is over */
  g_message ("The Wayland compositor ended clipguard's data device");
  self->dc->device_destroy (self->device);
  self->device = NULL;
}

static const CgDcDeviceListener device_listener
    = { on_data_offer, on_selection, on_finished, on_primary_selection };

static gboolean
on_connection_lost (gpointer data)
{
  GApplication *app = g_application_get_default ();

  g_message ("The connection to the Wayland compositor is lost: stopping");
  if (app != NULL)
    g_application_quit (app);
  return G_SOURCE_REMOVE;
}

/* ---- our own sources ------------------------------------------------------ */

static void
served_free (Served *served)
{
  served->dc->source_destroy (served->proxy);
  g_bytes_unref (served->text);
  g_free (served);
}

static void
on_source_send (void *data, struct wl_proxy *source, const char *mime_type, int32_t fd)
{
  cg_wayland_text_send (((Served *) data)->text, mime_type, fd);
}

static void
on_source_cancelled (void *data, struct wl_proxy *source)
{
  Served *served = data;
  CgWaylandWatcher *self = served->watcher;

  self->sources = g_list_delete_link (self->sources, served->link);
  served_free (served);
}

static const CgDcSourceListener source_listener = { on_source_send, on_source_cancelled };

static Served *
serve_text (CgWaylandWatcher *self, GBytes *text)
{
  Served *served = g_new0 (Served, 1);
  struct wl_proxy *manager = cg_wayland_connection_get_manager (self->connection);

  served->dc = self->dc;
  served->text = g_bytes_ref (text);
  served->watcher = self;
  served->proxy = self->dc->create_data_source (manager);
  cg_data_control_source_listen (served->proxy, &source_listener, served);
  for (guint i = 0; cg_wayland_text_types[i] != NULL; i++)
    self->dc->source_offer (served->proxy, cg_wayland_text_types[i]);
  self->dc->source_offer (served->proxy, CG_DATA_CONTROL_OWN_MIME);
  self->sources = g_list_prepend (self->sources, served);
  served->link = self->sources;
  return served;
}

/* ---- the interface ------------------------------------------------------ */

static gboolean
cg_wayland_watcher_replace_text (CgClipboardWatcher *watcher, guint64 generation, const char *text,
                                 gsize len)
{
  CgWaylandWatcher *self = CG_WAYLAND_WATCHER (watcher);
  g_autoptr (GBytes) bytes = NULL;
  Served *served;

  /* Every copy the compositor knew of when it answered: take it first. */
  if (self->device == NULL || !cg_wayland_connection_roundtrip (self->connection))
    return FALSE;
  if (generation != self->selections[CG_SELECTION_CLIPBOARD].generation)
    return FALSE;
  bytes = g_bytes_new (text, len);
  served = serve_text (self, bytes);
  self->dc->set_selection (self->device, served->proxy);
  wl_display_flush (cg_wayland_connection_get_display (self->connection));
  return TRUE;
}

static void
cg_wayland_watcher_set_watch_primary (CgClipboardWatcher *watcher, gboolean watch)
{
  CgWaylandWatcher *self = CG_WAYLAND_WATCHER (watcher);

  self->watch_primary = watch && cg_wayland_connection_has_primary (self->connection);
  if (!self->watch_primary)
    {
      g_clear_handle_id (&self->primary_quiet_id, g_source_remove);
      self->selections[CG_SELECTION_PRIMARY].pending = FALSE;
    }
}

static void
cg_wayland_watcher_set_reading (CgClipboardWatcher *watcher, gboolean reading)
{
  CgWaylandWatcher *self = CG_WAYLAND_WATCHER (watcher);

  self->reading = reading;
  if (reading)
    return;
  /* Paused: not a byte more is read, not even of a read under way. */
  job_stop (self);
  g_clear_handle_id (&self->primary_quiet_id, g_source_remove);
  self->selections[CG_SELECTION_CLIPBOARD].pending = FALSE;
  self->selections[CG_SELECTION_PRIMARY].pending = FALSE;
}

static void
cg_wayland_watcher_set_size_limit (CgClipboardWatcher *watcher, gsize bytes)
{
  CG_WAYLAND_WATCHER (watcher)->size_limit = bytes;
}

static guint64
cg_wayland_watcher_get_generation (CgClipboardWatcher *watcher)
{
  return CG_WAYLAND_WATCHER (watcher)->selections[CG_SELECTION_CLIPBOARD].generation;
}

/* Nothing keeps a Wayland clipboard when its source's client exits: the
 * text we serve goes on in a process of its own (`clipguard
 * --keep-clipboard`, as wl-copy does), if it is still the clipboard. */
static void
cg_wayland_watcher_store (CgClipboardWatcher *watcher)
{
  CgWaylandWatcher *self = CG_WAYLAND_WATCHER (watcher);
  /* this very program, whatever its path (and even if it was upgraded) */
  const char *argv[] = { "/proc/self/exe", "clipguard", "--keep-clipboard", NULL };
  g_autoptr (GError) error = NULL;
  Served *served;
  int in_fd = -1, out_fd = -1;
  gsize len;
  const char *data;
  char answer[8] = "";
  GPollFD poll_fd;

  if (self->device == NULL || !cg_wayland_connection_roundtrip (self->connection)
      || !self->selections[CG_SELECTION_CLIPBOARD].ours || self->sources == NULL)
    return;
  served = self->sources->data; /* the newest */
  /* without G_SPAWN_DO_NOT_REAP_CHILD GLib forks twice: the keeper is
   * nobody's child to reap */
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_FILE_AND_ARGV_ZERO, NULL, NULL,
                                 NULL, &in_fd, &out_fd, NULL, &error))
    {
      g_message ("The masked clipboard ends with clipguard: %s", error->message);
      return;
    }
  data = g_bytes_get_data (served->text, &len);
  for (gsize done = 0; done < len;)
    {
      gssize n = write (in_fd, data + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += (gsize) n;
    }
  close (in_fd);
  poll_fd.fd = out_fd;
  poll_fd.events = G_IO_IN;
  if (g_poll (&poll_fd, 1, KEEPER_TIMEOUT_MS) > 0 && read (out_fd, answer, sizeof answer - 1) > 0
      && g_str_has_prefix (answer, "kept"))
    g_debug ("the masked clipboard is kept by a process of its own");
  else
    g_message ("The masked clipboard may end with clipguard: its keeper did not answer");
  close (out_fd);
}

static void
cg_wayland_watcher_iface_init (CgClipboardWatcherInterface *iface)
{
  iface->set_watch_primary = cg_wayland_watcher_set_watch_primary;
  iface->set_reading = cg_wayland_watcher_set_reading;
  iface->set_size_limit = cg_wayland_watcher_set_size_limit;
  iface->get_generation = cg_wayland_watcher_get_generation;
  iface->replace_text = cg_wayland_watcher_replace_text;
  iface->store = cg_wayland_watcher_store;
}

/* ---- life --------------------------------------------------------------- */

static void
cg_wayland_watcher_dispose (GObject *object)
{
  CgWaylandWatcher *self = CG_WAYLAND_WATCHER (object);

  job_stop (self);
  g_clear_handle_id (&self->rate_id, g_source_remove);
  g_clear_handle_id (&self->primary_quiet_id, g_source_remove);
  g_list_free_full (g_steal_pointer (&self->sources), (GDestroyNotify) served_free);
  g_clear_pointer (&self->selections[0].offer, offer_free);
  g_clear_pointer (&self->selections[1].offer, offer_free);
  g_clear_pointer (&self->fresh_offers, g_ptr_array_unref);
  if (self->device != NULL)
    {
      self->dc->device_destroy (self->device);
      self->device = NULL;
    }
  g_clear_pointer (&self->connection, cg_wayland_connection_free);
  G_OBJECT_CLASS (cg_wayland_watcher_parent_class)->dispose (object);
}

static void
cg_wayland_watcher_class_init (CgWaylandWatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_wayland_watcher_dispose;
}

static void
cg_wayland_watcher_init (CgWaylandWatcher *self)
{
  self->size_limit = 64 << 20;
  self->reading = TRUE;
  self->job_fd = -1;
  self->fresh_offers = g_ptr_array_new_with_free_func ((GDestroyNotify) offer_free);
}

const char *
cg_wayland_watcher_get_protocol (CgWaylandWatcher *self)
{
  return self->dc->name;
}

CgClipboardWatcher *
cg_wayland_watcher_new (const char *display_name, GError **error)
{
  g_autoptr (CgWaylandWatcher) self = g_object_new (CG_TYPE_WAYLAND_WATCHER, NULL);

  self->connection = cg_wayland_connection_new (display_name, error);
  if (self->connection == NULL)
    return NULL;
  self->dc = cg_wayland_connection_get_protocol (self->connection);
  self->device = self->dc->get_data_device (cg_wayland_connection_get_manager (self->connection),
                                            cg_wayland_connection_get_seat (self->connection));
  cg_data_control_device_listen (self->device, &device_listener, self);
  /* The selections as they are now arrive first: they are not copies. */
  if (!cg_wayland_connection_roundtrip (self->connection))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE,
                           "The Wayland compositor closed the connection");
      return NULL;
    }
  self->selections[CG_SELECTION_CLIPBOARD].seen = TRUE;
  self->selections[CG_SELECTION_PRIMARY].seen = TRUE;
  cg_wayland_connection_attach (self->connection, on_connection_lost, self);
  return CG_CLIPBOARD_WATCHER (g_steal_pointer (&self));
}
