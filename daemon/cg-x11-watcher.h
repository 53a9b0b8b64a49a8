/* cg-x11-watcher.h: the clipboard watcher for X11 (and XWayland). */
#pragma once

#include <gtk/gtk.h>

#include "cg-clipboard-watcher.h"

G_BEGIN_DECLS

#define CG_TYPE_X11_WATCHER (cg_x11_watcher_get_type ())
G_DECLARE_FINAL_TYPE (CgX11Watcher, cg_x11_watcher, CG, X11_WATCHER, GObject)

/* NULL when the default display is not an X11 display. */
CgClipboardWatcher *cg_x11_watcher_new (void);

G_END_DECLS
