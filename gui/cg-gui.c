/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-gui.c: the GUI's actions (the windows, start at login) and the tray. */
#include "config.h"

#include "cg-gui.h"

#include <glib/gi18n.h>

#include "cg-autostart.h"
#include "cg-history-window.h"
#include "cg-preferences-window.h"
#include "cg-tray.h"

struct _CgGui
{
  GtkApplication *app;
  CgHistory *history;
  CgTray *tray;
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
on_show_history (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgGui *gui = user_data;
  GtkWindow *window = find_window (gui->app, CG_TYPE_HISTORY_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (cg_history_window_new (gui->app, gui->history));
  gtk_window_present (window);
}

static void
on_show_preferences (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgGui *gui = user_data;
  GtkWindow *window = find_window (gui->app, CG_TYPE_PREFERENCES_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (cg_preferences_window_new (gui->app));
  gtk_window_present (window);
}

static void
on_start_at_login (GSimpleAction *action, GVariant *state, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!cg_autostart_set_enabled (g_variant_get_boolean (state), &error))
    {
      g_warning ("Cannot change start at login: %s", error->message);
      return;
    }
  g_simple_action_set_state (action, g_variant_new_boolean (cg_autostart_is_enabled ()));
}

static const GActionEntry gui_actions[] = {
  { "show-history", on_show_history, NULL, NULL, NULL, { 0 } },
  { "show-preferences", on_show_preferences, NULL, NULL, NULL, { 0 } },
  { "start-at-login", NULL, NULL, "false", on_start_at_login, { 0 } },
};

CgGui *
cg_gui_new (GtkApplication *app, CgHistory *history)
{
  CgGui *gui = g_new0 (CgGui, 1);
  GAction *login;

  gui->app = g_object_ref (app);
  gui->history = g_object_ref (history);
  g_action_map_add_action_entries (G_ACTION_MAP (app), gui_actions, G_N_ELEMENTS (gui_actions),
                                   gui);
  login = g_action_map_lookup_action (G_ACTION_MAP (app), "start-at-login");
  g_simple_action_set_state (G_SIMPLE_ACTION (login),
                             g_variant_new_boolean (cg_autostart_is_enabled ()));
  gui->tray = cg_tray_new (app);
  return gui;
}

void
cg_gui_free (CgGui *gui)
{
  if (gui == NULL)
    return;
  g_clear_pointer (&gui->tray, cg_tray_free);
  for (guint i = 0; i < G_N_ELEMENTS (gui_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (gui->app), gui_actions[i].name);
  g_clear_object (&gui->history);
  g_clear_object (&gui->app);
  g_free (gui);
}
