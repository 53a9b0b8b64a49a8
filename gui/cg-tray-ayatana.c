/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-tray-ayatana.c: the tray with libayatana-appindicator3.
 *
 * An indicator is rendered only with a shown GtkMenu and ACTIVE status; it
 * registers with org.kde.StatusNotifierWatcher and the library falls back to
 * a GtkStatusIcon where no watcher runs.  Every item calls an action of the
 * application, so the tray, `gapplication action` and shortcuts agree. */
#include "config.h"

#include "cg-tray.h"

#include <gdk/gdkx.h>
#include <glib/gi18n.h>
#include <libayatana-appindicator/app-indicator.h>

#define ICON_ACTIVE APP_ID "-symbolic"
#define ICON_PAUSED APP_ID "-paused-symbolic"
#define ICON_ATTENTION APP_ID "-attention-symbolic"

/* The library's fallback, a GtkStatusIcon, is an XEmbed tray icon: X11
 * only.  On Wayland it has no widget to draw in (and GTK says so in
 * criticals): there the indicator is a StatusNotifierItem or nothing. */
typedef AppIndicator CgIndicator;
typedef AppIndicatorClass CgIndicatorClass;

GType cg_indicator_get_type (void);
G_DEFINE_TYPE (CgIndicator, cg_indicator, APP_INDICATOR_TYPE)

static GtkStatusIcon *
cg_indicator_fallback (AppIndicator *self)
{
  GtkStatusIcon *icon;

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return NULL;
  icon = APP_INDICATOR_CLASS (cg_indicator_parent_class)->fallback (self);
  /* for cg_tray_is_visible(); the library owns it */
  g_object_set_data (G_OBJECT (self), "cg-status-icon", icon);
  return icon;
}

static void
cg_indicator_unfallback (AppIndicator *self, GtkStatusIcon *icon)
{
  g_object_set_data (G_OBJECT (self), "cg-status-icon", NULL);
  APP_INDICATOR_CLASS (cg_indicator_parent_class)->unfallback (self, icon);
}

static void
cg_indicator_class_init (CgIndicatorClass *klass)
{
  klass->fallback = cg_indicator_fallback;
  klass->unfallback = cg_indicator_unfallback;
}

static void
cg_indicator_init (CgIndicator *self)
{
}

struct _CgTray
{
  GtkApplication *app;
  GSettings *settings;
  AppIndicator *indicator;
  gboolean connected; /* to a StatusNotifierItem host */
  GtkWidget *menu;
  GtkWidget *status_item;
  GtkWidget *mask_item;
  GtkWidget *restore_item;   /* shown while a copy with placeholders can be restored */
  GtkWidget *forget_item;    /* shown while masked values are remembered */
  GtkWidget *pause_items[2]; /* 15 minutes, 1 hour */
};

static char *
status_text (gint64 paused_until)
{
  g_autoptr (GDateTime) until = NULL;
  g_autofree char *clock = NULL;

  if (paused_until == 0)
    return g_strdup (_ ("Active"));
  if (paused_until < 0)
    return g_strdup (_ ("Paused"));
  until = g_date_time_new_from_unix_local (paused_until);
  clock = g_date_time_format (until, "%H:%M");
  /* Translators: %s is a time of day, such as 14:30 */
  return g_strdup_printf (_ ("Paused until %s"), clock);
}

static void
update (CgTray *tray)
{
  GActionGroup *group = G_ACTION_GROUP (tray->app);
  g_autoptr (GVariant) state = g_action_group_get_action_state (group, "paused-until");
  gint64 paused_until = state ? g_variant_get_int64 (state) : 0;
  gboolean attention = g_action_group_get_action_enabled (group, "mask-last");
  g_autofree char *status = status_text (paused_until);

  gtk_menu_item_set_label (GTK_MENU_ITEM (tray->status_item), status);
  gtk_widget_set_visible (tray->mask_item, attention);
  gtk_widget_set_visible (tray->restore_item,
                          g_action_group_get_action_enabled (group, "restore-last"));
  gtk_widget_set_visible (tray->forget_item,
                          g_action_group_get_action_enabled (group, "forget-masked"));
  /* pauses longer than an administrator allows are not offered */
  for (guint i = 0; i < G_N_ELEMENTS (tray->pause_items); i++)
    {
      guint max = g_settings_get_uint (tray->settings, "max-pause-minutes");
      int minutes
          = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (tray->pause_items[i]), "minutes"));

      gtk_widget_set_visible (tray->pause_items[i], max == 0 || (guint) minutes <= max);
    }
  app_indicator_set_icon_full (tray->indicator, paused_until != 0 ? ICON_PAUSED : ICON_ACTIVE,
                               status);
  app_indicator_set_status (tray->indicator, attention && paused_until == 0
                                                 ? APP_INDICATOR_STATUS_ATTENTION
                                                 : APP_INDICATOR_STATUS_ACTIVE);
  app_indicator_set_title (tray->indicator, status);
}

static void
on_state_changed (GActionGroup *group, const char *name, GVariant *state, gpointer user_data)
{
  if (g_strcmp0 (name, "paused-until") == 0)
    update (user_data);
}

static void
on_enabled_changed (GActionGroup *group, const char *name, gboolean enabled, gpointer user_data)
{
  if (g_strcmp0 (name, "mask-last") == 0 || g_strcmp0 (name, "restore-last") == 0
      || g_strcmp0 (name, "forget-masked") == 0)
    update (user_data);
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  if (g_str_equal (key, "max-pause-minutes"))
    update (user_data);
}

static void
on_connection_changed (AppIndicator *indicator, gboolean connected, gpointer user_data)
{
  ((CgTray *) user_data)->connected = connected;
}

static GtkWidget *
add_item (GtkWidget *menu, const char *label, const char *action, GVariant *target)
{
  GtkWidget *item = gtk_menu_item_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (item), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (item), target);
  gtk_menu_shell_append (GTK_MENU_SHELL (menu), item);
  return item;
}

static void
add_separator (GtkWidget *menu)
{
  gtk_menu_shell_append (GTK_MENU_SHELL (menu), gtk_separator_menu_item_new ());
}

static GtkWidget *
build_menu (CgTray *tray)
{
  GtkWidget *menu = gtk_menu_new ();
  GtkWidget *login;

  /* The menu is no child of an application window: give it the app's actions. */
  gtk_widget_insert_action_group (menu, "app", G_ACTION_GROUP (tray->app));
  tray->status_item = gtk_menu_item_new_with_label (_ ("Active"));
  gtk_widget_set_sensitive (tray->status_item, FALSE);
  gtk_menu_shell_append (GTK_MENU_SHELL (menu), tray->status_item);
  add_separator (menu);
  tray->pause_items[0]
      = add_item (menu, _ ("Pause for _15 minutes"), "app.pause-for", g_variant_new_int32 (15));
  tray->pause_items[1]
      = add_item (menu, _ ("Pause for 1 _hour"), "app.pause-for", g_variant_new_int32 (60));
  g_object_set_data (G_OBJECT (tray->pause_items[0]), "minutes", GINT_TO_POINTER (15));
  g_object_set_data (G_OBJECT (tray->pause_items[1]), "minutes", GINT_TO_POINTER (60));
  add_item (menu, _ ("Pause until _resumed"), "app.pause", NULL);
  add_item (menu, _ ("Res_ume"), "app.resume", NULL);
  add_separator (menu);
  tray->mask_item = add_item (menu, _ ("_Mask last copy"), "app.mask-last", NULL);
  tray->restore_item = add_item (menu, _ ("Res_tore values"), "app.restore-last", NULL);
  tray->forget_item = add_item (menu, _ ("_Forget masked values"), "app.forget-masked", NULL);
  add_item (menu, _ ("_Open clipguard"), "app.show-main", NULL);
  add_item (menu, _ ("Hi_story…"), "app.show-history", NULL);
  add_item (menu, _ ("_Preferences…"), "app.show-preferences", NULL);
  login = gtk_check_menu_item_new_with_mnemonic (_ ("Start at _login"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (login), "app.start-at-login");
  gtk_menu_shell_append (GTK_MENU_SHELL (menu), login);
  add_separator (menu);
  add_item (menu, _ ("_Quit"), "app.quit", NULL);
  gtk_widget_show_all (menu);
  return menu;
}

CgTray *
cg_tray_new (GtkApplication *app, GSettings *settings)
{
  CgTray *tray = g_new0 (CgTray, 1);
  const char *icon_dir = g_getenv ("CLIPGUARD_ICON_DIR");

  tray->app = g_object_ref (app);
  tray->settings = g_object_ref (settings);
  /* app_indicator_new(), for the subclass */
  tray->indicator = g_object_new (cg_indicator_get_type (), "id", APP_ID, "category",
                                  "ApplicationStatus", "icon-name", ICON_ACTIVE, NULL);
  /* Run from the build tree, the icons are not in the theme yet.  The path
   * goes into our own icon theme first: without a StatusNotifierItem host
   * the library falls back to a GtkStatusIcon and looks for the path in the
   * default theme's search path with a loop that reads past its end unless
   * it finds it (libayatana-appindicator 0.5.92; valgrind and ASan show it). */
  if (icon_dir != NULL)
    {
      gtk_icon_theme_append_search_path (gtk_icon_theme_get_default (), icon_dir);
      app_indicator_set_icon_theme_path (tray->indicator, icon_dir);
    }
  app_indicator_set_attention_icon_full (tray->indicator, ICON_ATTENTION,
                                         _ ("Personal data on the clipboard"));
  tray->menu = g_object_ref_sink (build_menu (tray));
  app_indicator_set_menu (tray->indicator, GTK_MENU (tray->menu));
  app_indicator_set_status (tray->indicator, APP_INDICATOR_STATUS_ACTIVE);
  g_signal_connect (app, "action-state-changed", G_CALLBACK (on_state_changed), tray);
  g_signal_connect (app, "action-enabled-changed", G_CALLBACK (on_enabled_changed), tray);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), tray);
  g_signal_connect (tray->indicator, APP_INDICATOR_SIGNAL_CONNECTION_CHANGED,
                    G_CALLBACK (on_connection_changed), tray);
  update (tray);
  return tray;
}

gboolean
cg_tray_is_visible (CgTray *tray)
{
  GtkStatusIcon *icon = g_object_get_data (G_OBJECT (tray->indicator), "cg-status-icon");

  gboolean embedded;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  embedded = icon != NULL && gtk_status_icon_is_embedded (icon);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return tray->connected || embedded;
}

void
cg_tray_free (CgTray *tray)
{
  if (tray == NULL)
    return;
  g_signal_handlers_disconnect_by_data (tray->app, tray);
  g_signal_handlers_disconnect_by_data (tray->settings, tray);
  g_signal_handlers_disconnect_by_data (tray->indicator, tray);
  g_clear_object (&tray->indicator);
  g_clear_object (&tray->settings);
  if (tray->menu != NULL)
    gtk_widget_destroy (tray->menu);
  g_clear_object (&tray->menu);
  g_clear_object (&tray->app);
  g_free (tray);
}
