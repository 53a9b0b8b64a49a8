/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-tray.h: the tray icon and its menu.  A small interface, so that the
 * implementation can move from libayatana-appindicator3 (deprecated upstream)
 * to libayatana-appindicator-glib without touching the rest. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _CgTray CgTray;

/* The menu calls @app's actions (app.pause-for, app.resume, ...) and follows
 * their state: the status line, the icon, which items apply. */
CgTray *cg_tray_new (GtkApplication *app, GSettings *settings);
/* Whether a tray shows the icon (a StatusNotifierItem host, or on X11 a
 * system tray). */
gboolean cg_tray_is_visible (CgTray *tray);
void cg_tray_free (CgTray *tray);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgTray, cg_tray_free)

G_END_DECLS
