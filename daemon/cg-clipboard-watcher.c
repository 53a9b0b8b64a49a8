/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-clipboard-watcher.c: the clipboard watcher interface. */
#include "cg-clipboard-watcher.h"

#include "cg-enums.h"

G_DEFINE_INTERFACE (CgClipboardWatcher, cg_clipboard_watcher, G_TYPE_OBJECT)

static void
cg_clipboard_watcher_default_init (CgClipboardWatcherInterface *iface)
{
  g_signal_new ("copied", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 4, CG_TYPE_SELECTION, G_TYPE_UINT64, G_TYPE_BYTES, G_TYPE_STRING);
  g_signal_new ("skipped", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 3, CG_TYPE_SELECTION, G_TYPE_UINT64, CG_TYPE_SKIP_REASON);
}

void
cg_clipboard_watcher_set_watch_primary (CgClipboardWatcher *self, gboolean watch)
{
  CG_CLIPBOARD_WATCHER_GET_IFACE (self)->set_watch_primary (self, watch);
}

void
cg_clipboard_watcher_set_reading (CgClipboardWatcher *self, gboolean reading)
{
  CG_CLIPBOARD_WATCHER_GET_IFACE (self)->set_reading (self, reading);
}

void
cg_clipboard_watcher_set_size_limit (CgClipboardWatcher *self, gsize bytes)
{
  CG_CLIPBOARD_WATCHER_GET_IFACE (self)->set_size_limit (self, bytes);
}

guint64
cg_clipboard_watcher_get_generation (CgClipboardWatcher *self)
{
  return CG_CLIPBOARD_WATCHER_GET_IFACE (self)->get_generation (self);
}

gboolean
cg_clipboard_watcher_replace_text (CgClipboardWatcher *self, guint64 generation, const char *text,
                                   gsize len)
{
  return CG_CLIPBOARD_WATCHER_GET_IFACE (self)->replace_text (self, generation, text, len);
}

void
cg_clipboard_watcher_store (CgClipboardWatcher *self)
{
  CG_CLIPBOARD_WATCHER_GET_IFACE (self)->store (self);
}
