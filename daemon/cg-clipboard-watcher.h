/* cg-clipboard-watcher.h: what the guard needs from a clipboard, whatever the
 * display system: to hear of every copy, read its text, and replace it.
 * X11 implements it now (cg-x11-watcher.c); wlroots' data-control protocol is
 * the planned Wayland one. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CG_SKIP_NOT_TEXT,  /* images, files */
  CG_SKIP_SECRET,    /* a password manager marked it */
  CG_SKIP_TOO_LARGE, /* over the size limit: not read */
  CG_SKIP_UNREADABLE /* the owner did not answer */
} CgSkipReason;

typedef enum
{
  CG_SELECTION_CLIPBOARD,
  CG_SELECTION_PRIMARY,
} CgSelection;

#define CG_TYPE_CLIPBOARD_WATCHER (cg_clipboard_watcher_get_type ())
G_DECLARE_INTERFACE (CgClipboardWatcher, cg_clipboard_watcher, CG, CLIPBOARD_WATCHER, GObject)

/* Signals:
 *   copied (CgSelection selection, guint64 generation, GBytes *text)
 *   skipped (CgSelection selection, guint64 generation, CgSkipReason reason)
 * A generation numbers the copies: each new owner of the CLIPBOARD selection
 * gets a new one, and the watcher's own writes get none. */
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
 * is read at all. */
void cg_clipboard_watcher_set_reading (CgClipboardWatcher *self, gboolean reading);
void cg_clipboard_watcher_set_size_limit (CgClipboardWatcher *self, gsize bytes);
guint64 cg_clipboard_watcher_get_generation (CgClipboardWatcher *self);
/* Replaces the CLIPBOARD text, but only while it still holds copy @generation:
 * returns FALSE, changing nothing, when a newer copy was made. */
gboolean cg_clipboard_watcher_replace_text (CgClipboardWatcher *self, guint64 generation,
                                            const char *text, gsize len);
/* Hands text the watcher owns to the clipboard manager, before quitting. */
void cg_clipboard_watcher_store (CgClipboardWatcher *self);

G_END_DECLS
