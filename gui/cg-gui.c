/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-gui.c: the GUI's actions (the windows, start at login) and the tray.
 * When no tray host runs (stock GNOME), the user is told once, and the main
 * window (the menu entry, a second start) stays the way in. */
#include "config.h"

#include "cg-gui.h"

#include <glib/gi18n.h>

#include "cg-autostart.h"
#include "cg-history-window.h"
#include "cg-main-window.h"
#include "cg-preferences-window.h"
#include "cg-tray.h"

struct _CgGui
{
  GtkApplication *app;
  GSettings *settings;
  CgHistory *history;
  CgAllowList *allow;
  CgTray *tray;
  guint tray_check_id;
  CgRules *rules;
};

static GtkWindow *
find_window (GtkApplication *app, GType type)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static void
present (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_show_main (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgGui *gui = user_data;
  GtkWindow *window = find_window (gui->app, CG_TYPE_MAIN_WINDOW);

  present (window ? GTK_WIDGET (window)
                  : cg_main_window_new (gui->app, gui->settings, gui->history));
}

static void
on_show_history (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgGui *gui = user_data;
  GtkWindow *window = find_window (gui->app, CG_TYPE_HISTORY_WINDOW);

  present (window ? GTK_WIDGET (window) : cg_history_window_new (gui->app, gui->history));
}

static void
on_show_preferences (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgGui *gui = user_data;
  GtkWindow *window = find_window (gui->app, CG_TYPE_PREFERENCES_WINDOW);

  if (window == NULL)
    {
      window = GTK_WINDOW (cg_preferences_window_new (gui->app, gui->settings, gui->allow));
      cg_preferences_window_set_rules (CG_PREFERENCES_WINDOW (window), gui->rules);
    }
  present (GTK_WIDGET (window));
}

static const GActionEntry gui_actions[] = {
  { "show-main", on_show_main, NULL, NULL, NULL, { 0 } },
  { "show-history", on_show_history, NULL, NULL, NULL, { 0 } },
  { "show-preferences", on_show_preferences, NULL, NULL, NULL, { 0 } },
};

/* start-at-login is a setting (an administrator may lock it); the autostart
 * entry that the session reads must exist while it is on.  When it is off the
 * entry stays: started with --login, clipguard sees the setting and quits, so
 * an administrator who locks it on later still wins. */
static void
sync_autostart (CgGui *gui)
{
  g_autoptr (GError) error = NULL;

  if (g_settings_get_boolean (gui->settings, "start-at-login") && !cg_autostart_is_enabled ()
      && !cg_autostart_set_enabled (TRUE, &error))
    g_warning ("Cannot set clipguard to start at login: %s", error->message);
}

static void
on_start_at_login_changed (GSettings *settings, const char *key, gpointer user_data)
{
  sync_autostart (user_data);
}

/* Without a StatusNotifierItem host (stock GNOME) there is no tray icon:
 * say so once, with what to install, and where clipguard is instead. */
static gboolean
check_tray (gpointer user_data)
{
  CgGui *gui = user_data;
  g_autoptr (GNotification) n = NULL;

  gui->tray_check_id = 0;
  if (cg_tray_is_visible (gui->tray) || g_settings_get_boolean (gui->settings, "told-no-tray"))
    return G_SOURCE_REMOVE;
  g_message ("No tray shows clipguard's icon (no StatusNotifierItem host): the window is "
             "reachable from the applications menu");
  n = g_notification_new (_ ("clipguard runs without a tray icon"));
  g_notification_set_body (
      n, _ ("This desktop shows no tray icons. On GNOME, install the AppIndicator extension "
            "(package gnome-shell-extension-appindicator). Until then, open clipguard from the "
            "applications menu to pause it or see its history."));
  g_notification_set_default_action (n, "app.show-main");
  g_application_send_notification (G_APPLICATION (gui->app), "no-tray", n);
  g_settings_set_boolean (gui->settings, "told-no-tray", TRUE);
  return G_SOURCE_REMOVE;
}

void
cg_gui_set_rules (CgGui *gui, CgRules *rules)
{
  GtkWindow *window = find_window (gui->app, CG_TYPE_PREFERENCES_WINDOW);

  g_clear_pointer (&gui->rules, cg_rules_unref);
  gui->rules = rules != NULL ? cg_rules_ref (rules) : NULL;
  if (window != NULL)
    cg_preferences_window_set_rules (CG_PREFERENCES_WINDOW (window), gui->rules);
}

static gboolean
close_on_escape (GtkWidget *widget, GdkEventKey *event, gpointer user_data)
{
  if (event->keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  gtk_window_close (GTK_WINDOW (widget));
  return GDK_EVENT_STOP;
}

void
cg_gui_close_on_escape (GtkWindow *window)
{
  g_signal_connect (window, "key-press-event", G_CALLBACK (close_on_escape), NULL);
}

CgGui *
cg_gui_new (GtkApplication *app, GSettings *settings, CgHistory *history, CgAllowList *allow)
{
  CgGui *gui = g_new0 (CgGui, 1);
  g_autoptr (GAction) login = g_settings_create_action (settings, "start-at-login");

  gui->app = g_object_ref (app);
  gui->settings = g_object_ref (settings);
  gui->history = g_object_ref (history);
  gui->allow = g_object_ref (allow);
  g_action_map_add_action_entries (G_ACTION_MAP (app), gui_actions, G_N_ELEMENTS (gui_actions),
                                   gui);
  g_action_map_add_action (G_ACTION_MAP (app), login);
  g_signal_connect (settings, "changed::start-at-login", G_CALLBACK (on_start_at_login_changed),
                    gui);
  sync_autostart (gui);
  gui->tray = cg_tray_new (app, settings);
  /* a tray host answers within a moment of the start */
  gui->tray_check_id = g_timeout_add_seconds (5, check_tray, gui);
  return gui;
}

void
cg_gui_free (CgGui *gui)
{
  if (gui == NULL)
    return;
  g_clear_handle_id (&gui->tray_check_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (gui->settings, gui);
  g_clear_pointer (&gui->tray, cg_tray_free);
  for (guint i = 0; i < G_N_ELEMENTS (gui_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (gui->app), gui_actions[i].name);
  g_action_map_remove_action (G_ACTION_MAP (gui->app), "start-at-login");
  g_clear_object (&gui->history);
  g_clear_object (&gui->allow);
  g_clear_object (&gui->settings);
  g_clear_pointer (&gui->rules, cg_rules_unref);
  g_clear_object (&gui->app);
  g_free (gui);
}
