/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-clipboard-watcher.h: what the guard needs from a clipboard, whatever the
 * display system: to hear of every copy, read its text, and replace it.
 * X11 implements it in x11/, Wayland's data-control protocols in wayland/,
 * and the tests with a fake. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How long a watcher reads at most in one turn of the main loop (a large
 * copy takes several): calls into the guard wait no longer than this. */
#define CG_READ_TURN_US (5 * 1000)

typedef enum
{
  CG_SKIP_NOT_TEXT,  /*< nick=not-text >*/
  CG_SKIP_SECRET,    /*< nick=secret >*/
  CG_SKIP_TOO_LARGE, /*< nick=too-large >*/
  CG_SKIP_UNREADABLE /*< nick=unreadable >*/
} CgSkipReason;

typedef enum
{
  CG_SELECTION_CLIPBOARD, /*< nick=clipboard >*/
  CG_SELECTION_PRIMARY,   /*< nick=primary >*/
} CgSelection;

#define CG_TYPE_CLIPBOARD_WATCHER (cg_clipboard_watcher_get_type ())
G_DECLARE_INTERFACE (CgClipboardWatcher, cg_clipboard_watcher, CG, CLIPBOARD_WATCHER, GObject)

/* Signals:
 *   copied (CgSelection selection, guint64 generation, GBytes *text, const char *source)
 *   skipped (CgSelection selection, guint64 generation, CgSkipReason reason)
 * A generation numbers the copies of a selection: each new owner gets a new
 * one, and the watcher's own writes get none.  @source names the program the
 * copy came from where the display system tells (X11: its WM_CLASS class,
 * or its command name; Wayland never tells): NULL when unknown.  Skip reasons: not text
 * (images, files), secret (a password manager marked it; never read), too
 * large (over the size limit; not read), unreadable (the owner refused or did
 * not answer in time). */
struct _CgClipboardWatcherInterface
{
  GTypeInterface parent_iface;

  void (*set_watch_primary) (CgClipboardWatcher *self, gboolean watch);
  void (*set_reading) (CgClipboardWatcher *self, gboolean reading);
  void (*set_size_limit) (CgClipboardWatcher *self, gsize bytes);
  guint64 (*get_generation) (CgClipboardWatcher *self);
  gboolean (*replace_text) (CgClipboardWatcher *self, guint64 generation, const char *text,
                            gsize len);
  void (*store) (CgClipboardWatcher *self);
};

void cg_clipboard_watcher_set_watch_primary (CgClipboardWatcher *self, gboolean watch);
/* While not reading (paused), copies still get generations, but no content
 * is read at all, and a read under way is abandoned. */
void cg_clipboard_watcher_set_reading (CgClipboardWatcher *self, gboolean reading);
void cg_clipboard_watcher_set_size_limit (CgClipboardWatcher *self, gsize bytes);
/* The generation of the copy on the CLIPBOARD now. */
guint64 cg_clipboard_watcher_get_generation (CgClipboardWatcher *self);
/* Replaces the CLIPBOARD text, but only while it still holds copy @generation:
 * returns FALSE, changing nothing, when a newer copy was made. */
gboolean cg_clipboard_watcher_replace_text (CgClipboardWatcher *self, guint64 generation,
                                            const char *text, gsize len);
/* Makes text the watcher serves outlive it (a clipboard manager), before quitting. */
void cg_clipboard_watcher_store (CgClipboardWatcher *self);

G_END_DECLS
