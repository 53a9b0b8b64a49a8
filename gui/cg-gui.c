/* cg-gui.c: creates the tray once the application has started, opens the
 * windows when their actions are called, and owns the start-at-login action. */
#include "config.h"

#include "cg-gui.h"

#include <glib/gi18n.h>

#include "cg-autostart.h"
#include "cg-history-window.h"
#include "cg-preferences-window.h"
#include "cg-tray.h"

static void
present (GtkApplication *app, GType type, GtkWidget *(*create) (GtkApplication *) )
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        gtk_window_present (l->data);
        return;
      }
  gtk_window_present (GTK_WINDOW (create (app)));
}

static GtkWidget *
create_history (GtkApplication *app)
{
  return cg_history_window_new (app, cg_application_get_history (CG_APPLICATION (app)));
}

static void
on_show_history (CgApplication *app, gpointer user_data)
{
  (void) user_data;
  present (GTK_APPLICATION (app), CG_TYPE_HISTORY_WINDOW, create_history);
}

static void
on_show_preferences (CgApplication *app, gpointer user_data)
{
  (void) user_data;
  present (GTK_APPLICATION (app), CG_TYPE_PREFERENCES_WINDOW, cg_preferences_window_new);
}

static void
on_start_at_login (GSimpleAction *action, GVariant *state, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  (void) user_data;
  if (!cg_autostart_set_enabled (g_variant_get_boolean (state), &error))
    {
      g_warning ("Cannot change start at login: %s", error->message);
      return;
    }
  g_simple_action_set_state (action, g_variant_new_boolean (cg_autostart_is_enabled ()));
}

static void
on_startup (GApplication *app, gpointer user_data)
{
  GSimpleAction *login;

  (void) user_data;
  if (cg_application_get_history (CG_APPLICATION (app)) == NULL)
    return; /* the guard could not start */
  login = g_simple_action_new_stateful ("start-at-login", NULL,
                                        g_variant_new_boolean (cg_autostart_is_enabled ()));
  g_signal_connect (login, "change-state", G_CALLBACK (on_start_at_login), NULL);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (login));
  g_object_unref (login);
  g_object_set_data_full (G_OBJECT (app), "cg-tray", cg_tray_new (GTK_APPLICATION (app)),
                          (GDestroyNotify) cg_tray_free);
}

static void
on_shutdown (GApplication *app, gpointer user_data)
{
  (void) user_data;
  g_object_set_data (G_OBJECT (app), "cg-tray", NULL);
}

void
cg_gui_attach (CgApplication *app)
{
  g_signal_connect_after (app, "startup", G_CALLBACK (on_startup), NULL);
  g_signal_connect (app, "shutdown", G_CALLBACK (on_shutdown), NULL);
  g_signal_connect (app, "show-history", G_CALLBACK (on_show_history), NULL);
  g_signal_connect (app, "show-preferences", G_CALLBACK (on_show_preferences), NULL);
}
