/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-application.c: a single-instance GtkApplication that starts the guard
 * and exports its actions (pause, pause-for, resume, mask-last, mask-entry,
 * allow-entry, forget-entry, quit, and the read-only states paused-until and
 * warning-entry), which the tray, the windows, `gapplication action
 * nl.clipguard.ClipGuard NAME` and keyboard shortcuts all use.  The GUI adds
 * its own actions (gui/cg-gui.c). */
#include "config.h"

#include "cg-application.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cg-allow-list.h"
#include "cg-audit.h"
#include "cg-clock.h"
#include "cg-fallback-notifier.h"
#include "cg-gui.h"
#include "cg-guard.h"
#include "cg-history.h"
#include "cg-libnotify-notifier.h"
#include "cg-paste-service.h"
#include "cg-rule-source.h"
#include "cg-wayland-watcher.h"
#include "cg-window-notifier.h"
#include "cg-x11-watcher.h"

#define MAX_PAUSE_MINUTES (24 * 60)

struct _CgApplication
{
  GtkApplication parent_instance;
  GSettings *settings;
  CgHistory *history;
  CgAllowList *allow;
  CgGuard *guard;
  CgGui *gui;
  gboolean activated;
  gboolean background;         /* --background: no window at the start */
  gboolean login;              /* --login: started at login, if the settings want it */
  GHashTable *rejected;        /* action names whose bad calls were logged once */
  char *backend;               /* --backend: "x11", "wayland", or NULL to choose */
  CgRuleSource *rules;         /* the organisation's rules in force */
  CgPasteService *paste;       /* what the browser paste guard asks */
  GDBusConnection *system_bus; /* for logind's Lock, or NULL */
  guint lock_signals[3];       /* the screensavers' and logind's */
  gboolean quit_asked;         /* through the quit action (for the audit event) */
  guint stop_signals[3];       /* SIGTERM, SIGHUP, SIGINT */
};

G_DEFINE_FINAL_TYPE (CgApplication, cg_application, GTK_TYPE_APPLICATION)

static void
set_enabled (CgApplication *self, const char *name, gboolean enabled)
{
  g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), name)), enabled);
}

static void
sync_actions (CgApplication *self)
{
  gint64 until = cg_guard_get_paused_until (self->guard);
  GAction *state = g_action_map_lookup_action (G_ACTION_MAP (self), "paused-until");

  g_simple_action_set_state (G_SIMPLE_ACTION (state), g_variant_new_int64 (until));
  set_enabled (self, "resume", until != 0);
  set_enabled (self, "mask-last", cg_guard_can_mask_last (self->guard));
  set_enabled (self, "restore-last", cg_guard_can_restore (self->guard));
  set_enabled (self, "forget-masked", cg_guard_get_n_remembered (self->guard) > 0);
  set_enabled (self, "pause", until == 0 && cg_guard_may_pause (self->guard, -1));
  set_enabled (self, "pause-for", until == 0 && cg_guard_may_pause (self->guard, 1));
  set_enabled (self, "quit", g_settings_get_boolean (self->settings, "allow-quit"));
  g_simple_action_set_state (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "warning-entry")),
      g_variant_new_uint64 (cg_guard_get_warning_entry (self->guard)));
}

/* Actions are callable by any client on the session bus: a bad call is
 * refused, and logged once per action, not once per call. */
static void
reject (CgApplication *self, const char *action, const char *why)
{
  if (g_hash_table_add (self->rejected, g_strdup (action)))
    g_warning ("Refused a call of the action %s: %s (further ones are refused silently)", action,
               why);
}

static void
on_pause (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgApplication *self = user_data;

  if (!cg_guard_pause (self->guard, -1))
    reject (self, "pause", "the settings allow no pause until resumed");
}

static void
on_pause_for (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgApplication *self = user_data;
  int minutes = g_variant_get_int32 (parameter);

  if (minutes <= 0 || minutes > MAX_PAUSE_MINUTES)
    {
      reject (self, "pause-for", "minutes not between 1 and 1440");
      return;
    }
  if (!cg_guard_pause (self->guard, minutes))
    reject (self, "pause-for", "the settings allow no pause that long");
}

static void
on_resume (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  cg_guard_resume (CG_APPLICATION (user_data)->guard);
}

static void
on_mask_last (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  if (!cg_guard_mask_last (CG_APPLICATION (user_data)->guard))
    g_message ("mask-last: nothing to mask (no warning, or a newer copy is on the clipboard)");
}

static void
on_restore_last (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  if (!cg_guard_restore_last (CG_APPLICATION (user_data)->guard))
    g_message ("restore-last: nothing to restore (no placeholders, or a newer copy)");
}

static void
on_forget_masked (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  cg_guard_forget_masked_values (CG_APPLICATION (user_data)->guard, "asked to");
}

static void
on_mask_entry (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  if (!cg_guard_mask_entry (CG_APPLICATION (user_data)->guard, g_variant_get_uint64 (parameter)))
    g_message ("mask-entry: that copy is no longer on the clipboard, or has nothing to mask");
}

static void
on_allow_entry (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!cg_guard_allow_entry (CG_APPLICATION (user_data)->guard, g_variant_get_uint64 (parameter),
                             &error))
    g_message ("allow-entry: %s", error != NULL ? error->message : "no such entry");
}

static void
on_forget_entry (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  cg_guard_forget_entry (CG_APPLICATION (user_data)->guard, g_variant_get_uint64 (parameter));
}

static void
on_quit (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgApplication *self = user_data;

  /* a disabled action is refused by GIO already; this is for the record */
  if (!g_settings_get_boolean (self->settings, "allow-quit"))
    {
      reject (self, "quit", "the settings do not allow quitting");
      return;
    }
  self->quit_asked = TRUE;
  g_application_quit (G_APPLICATION (self));
}

/* The pause state is the guard's: it changes only through pause and resume. */
static void
on_paused_until_change (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  reject (CG_APPLICATION (user_data), "paused-until", "it is read-only; use pause or resume");
}

/* The warning's entry is the guard's too: it changes only with the warning. */
static void
on_warning_entry_change (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  reject (CG_APPLICATION (user_data), "warning-entry", "it is read-only; answer the warning");
}

static const GActionEntry actions[] = {
  { "pause", on_pause, NULL, NULL, NULL, { 0 } },
  { "pause-for", on_pause_for, "i", NULL, NULL, { 0 } },
  { "resume", on_resume, NULL, NULL, NULL, { 0 } },
  { "mask-last", on_mask_last, NULL, NULL, NULL, { 0 } },
  { "mask-entry", on_mask_entry, "t", NULL, NULL, { 0 } },
  { "restore-last", on_restore_last, NULL, NULL, NULL, { 0 } },
  { "forget-masked", on_forget_masked, NULL, NULL, NULL, { 0 } },
  { "allow-entry", on_allow_entry, "t", NULL, NULL, { 0 } },
  { "forget-entry", on_forget_entry, "t", NULL, NULL, { 0 } },
  { "quit", on_quit, NULL, NULL, NULL, { 0 } },
  /* 0 active, -1 until resumed, else Unix time */
  { "paused-until", NULL, NULL, "int64 0", on_paused_until_change, { 0 } },
  /* the history entry of the copy with an unanswered warning, or 0 */
  { "warning-entry", NULL, NULL, "uint64 0", on_warning_entry_change, { 0 } },
};

static void
on_state_changed (CgGuard *guard, gpointer user_data)
{
  sync_actions (CG_APPLICATION (user_data));
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  sync_actions (CG_APPLICATION (user_data));
}

/* Installed, the icon theme has the icon; run from the build tree
 * (CLIPGUARD_ICON_DIR, set by meson devenv and the tests) it does not, and
 * the notification server gets the file itself. */
static char *
notification_icon (const char *name)
{
  const char *dir = g_getenv ("CLIPGUARD_ICON_DIR");
  g_autofree char *file = NULL;

  if (dir == NULL)
    return g_strdup (name);
  file = g_strconcat (name, ".svg", NULL);
  return g_build_filename (dir, "hicolor", "scalable", "apps", file, NULL);
}

/* The clipboard backend: on Wayland a data-control protocol when the
 * compositor offers one (KDE Plasma, sway, Hyprland), else X11 (an X11
 * session, or XWayland under GNOME, whose mutter offers none).  The log says
 * which and why. */
static CgClipboardWatcher *
open_watcher (CgApplication *self, GError **error)
{
  gboolean wayland = g_strcmp0 (self->backend, "wayland") == 0;
  gboolean x11 = g_strcmp0 (self->backend, "x11") == 0;
  const char *wayland_display = g_getenv ("WAYLAND_DISPLAY");
  CgClipboardWatcher *watcher;

  if (!x11 && (wayland || (wayland_display != NULL && *wayland_display != '\0')))
    {
      g_autoptr (GError) wayland_error = NULL;

      watcher = cg_wayland_watcher_new (NULL, &wayland_error);
      if (watcher != NULL)
        {
          cg_audit_event (CG_AUDIT_BACKEND_STARTED, &(CgAuditFields){ .backend = "wayland" },
                          "Watching the Wayland clipboard through %s",
                          cg_wayland_watcher_get_protocol (CG_WAYLAND_WATCHER (watcher)));
          return watcher;
        }
      if (wayland)
        {
          g_propagate_error (error, g_steal_pointer (&wayland_error));
          return NULL;
        }
      g_message ("Not watching the Wayland clipboard itself (%s): trying X11 (XWayland)",
                 wayland_error->message);
    }
  watcher = cg_x11_watcher_new (NULL, error);
  if (watcher != NULL)
    {
      gboolean xwayland = wayland_display != NULL && !x11;

      cg_audit_event (CG_AUDIT_BACKEND_STARTED,
                      &(CgAuditFields){ .backend = xwayland ? "xwayland" : "x11" },
                      "Watching the X11 clipboard of display %s%s", g_getenv ("DISPLAY"),
                      xwayland ? " (XWayland)" : "");
    }
  return watcher;
}

/* The organisation's rules, loaded again on a change of rules.d or of the
 * settings that choose them: the guard and the preferences get them. */
static void
on_rules_changed (CgRuleSource *source, gpointer user_data)
{
  CgApplication *self = user_data;

  if (self->guard != NULL)
    cg_guard_set_rules (self->guard, cg_rule_source_get_rules (source));
  if (self->gui != NULL)
    cg_gui_set_rules (self->gui, cg_rule_source_get_rules (source));
}

static gboolean
start_guard (CgApplication *self, GError **error)
{
  g_autoptr (CgClipboardWatcher) watcher = open_watcher (self, error);
  g_autofree char *icon = notification_icon (APP_ID);
  g_autofree char *warning_icon = notification_icon (APP_ID "-warning");
  g_autoptr (CgNotifier) server = NULL;
  g_autoptr (CgNotifier) window = NULL;
  g_autoptr (CgNotifier) notifier = NULL;
  g_autoptr (CgClock) clock = NULL;
  g_autofree char *numbers = NULL;

  if (watcher == NULL)
    return FALSE;
  self->history = cg_history_new (NULL);
  self->allow = cg_allow_list_new (NULL, NULL);
  if (cg_allow_list_get_problem (self->allow) != NULL)
    g_warning ("Values cannot be allowed always: %s", cg_allow_list_get_problem (self->allow));
  server = cg_libnotify_notifier_new (APP_ID, icon, warning_icon);
  window = cg_window_notifier_new (GTK_APPLICATION (self), icon, warning_icon);
  notifier = cg_fallback_notifier_new (server, window);
  clock = cg_clock_new_system ();
  self->guard
      = cg_guard_new (self->settings, watcher, notifier, self->history, self->allow, clock, error);
  if (self->guard == NULL)
    return FALSE;
  numbers = g_build_filename (g_get_user_state_dir (), "clipguard", "placeholder-numbers", NULL);
  cg_guard_keep_placeholder_numbers (self->guard, numbers);
  self->rules = cg_rule_source_new (self->settings);
  g_signal_connect (self->rules, "changed", G_CALLBACK (on_rules_changed), self);
  on_rules_changed (self->rules, self);
  return TRUE;
}

/* SIGTERM (the session or systemd ending), SIGHUP (the terminal gone) and
 * SIGINT (Ctrl+C) stop the guard as the end of a session does: the values
 * behind the placeholders are wiped, the history saved, the quit event
 * recorded.  Not refused when allow-quit is off: the session ends anyway. */
static gboolean
on_stop_signal (gpointer user_data)
{
  CgApplication *self = user_data;

  g_message ("Stopping on a signal");
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_CONTINUE;
}

static void
catch_stop_signals (CgApplication *self)
{
  const int signals[] = { SIGTERM, SIGHUP, SIGINT };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    self->stop_signals[i] = g_unix_signal_add (signals[i], on_stop_signal, self);
}

/* The values behind the placeholders are forgotten when the session locks:
 * the screensavers say so on the session bus, logind on the system bus. */
static void
on_lock_signal (GDBusConnection *bus, const char *sender, const char *path, const char *interface,
                const char *signal, GVariant *parameters, gpointer user_data)
{
  CgApplication *self = user_data;

  if (g_strcmp0 (signal, "ActiveChanged") == 0)
    {
      gboolean active = FALSE;

      if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
        return;
      g_variant_get (parameters, "(b)", &active);
      if (!active)
        return;
    }
  if (self->guard != NULL)
    cg_guard_forget_masked_values (self->guard, "the session locked");
}

static void
watch_session_lock (CgApplication *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  const char *const screensavers[] = { "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver" };

  for (guint i = 0; bus != NULL && i < G_N_ELEMENTS (screensavers); i++)
    self->lock_signals[i] = g_dbus_connection_signal_subscribe (
        bus, NULL, screensavers[i], "ActiveChanged", NULL, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
        on_lock_signal, self, NULL);
  /* any session's Lock: forgetting too often costs a restore, not a leak */
  self->system_bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, NULL);
  if (self->system_bus != NULL)
    self->lock_signals[2] = g_dbus_connection_signal_subscribe (
        self->system_bus, "org.freedesktop.login1", "org.freedesktop.login1.Session", "Lock", NULL,
        NULL, G_DBUS_SIGNAL_FLAGS_NONE, on_lock_signal, self, NULL);
}

static void
unwatch_session_lock (CgApplication *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  for (guint i = 0; i < 2; i++)
    if (self->lock_signals[i] != 0 && bus != NULL)
      g_dbus_connection_signal_unsubscribe (bus, self->lock_signals[i]);
  if (self->lock_signals[2] != 0 && self->system_bus != NULL)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->lock_signals[2]);
  memset (self->lock_signals, 0, sizeof self->lock_signals);
  g_clear_object (&self->system_bus);
}

/* For the browser extension's native host (clipguard-native-host). */
static void
export_paste_service (CgApplication *self)
{
  GApplication *app = G_APPLICATION (self);
  GDBusConnection *bus = g_application_get_dbus_connection (app);
  g_autoptr (GError) error = NULL;

  if (bus == NULL)
    return;
  self->paste
      = cg_paste_service_new (self->guard, bus, g_application_get_dbus_object_path (app), &error);
  if (self->paste == NULL)
    g_warning ("The browser extension cannot reach the guard: %s", error->message);
}

static void
cg_application_startup (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  /* GTK would end the process with "cannot open display:"; say it in words
   * (options, --help among them, were handled without a display). */
  if (!gtk_init_check (NULL, NULL))
    {
      g_printerr ("%s\n", _ ("clipguard needs a desktop session: it could open neither a Wayland "
                             "nor an X11 display (WAYLAND_DISPLAY and DISPLAY are unset or "
                             "unreachable)."));
      exit (1);
    }
  G_APPLICATION_CLASS (cg_application_parent_class)->startup (app);
  self->settings = g_settings_new (APP_ID);
  if (self->login && !g_settings_get_boolean (self->settings, "start-at-login"))
    {
      g_message ("Not starting at login: start-at-login is off");
      g_application_quit (app);
      return;
    }
  /* only the guard records audit events (cg-audit.h) */
  cg_audit_start (self->settings, NULL, NULL);
  if (!start_guard (self, &error))
    {
      g_printerr (_ ("clipguard cannot watch the clipboard: %s\n"), error->message);
      g_application_quit (app);
      return;
    }
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (self->guard, "state-changed", G_CALLBACK (on_state_changed), self);
  export_paste_service (self);
  watch_session_lock (self);
  catch_stop_signals (self);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);
  sync_actions (self);
  self->gui = cg_gui_new (GTK_APPLICATION (self), self->settings, self->history, self->allow);
  cg_gui_set_rules (self->gui, cg_rule_source_get_rules (self->rules));
  /* A guard has no window: stay until told to quit. */
  g_application_hold (app);
  g_message ("Watching the clipboard");
}

static gint
cg_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  CgApplication *self = CG_APPLICATION (app);

  if (g_variant_dict_lookup (options, "backend", "s", &self->backend)
      && !g_str_equal (self->backend, "x11") && !g_str_equal (self->backend, "wayland"))
    {
      g_printerr (_ ("Unknown backend “%s”: use x11 or wayland\n"), self->backend);
      return 2;
    }
  self->background = g_variant_dict_contains (options, "background");
  self->login = g_variant_dict_contains (options, "login");
  return -1;
}

static void
cg_application_activate (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);

  /* Started from the menu, or again: the main window says that it runs and
   * what it did.  Started at login or by D-Bus (--gapplication-service, no
   * activation) or with --background: no window. */
  if (self->guard != NULL && (self->activated || !self->background))
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-main", NULL);
  self->activated = TRUE;
}

static void
cg_application_shutdown (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  if (self->guard != NULL)
    cg_audit_event (CG_AUDIT_QUIT,
                    &(CgAuditFields){ .action = self->quit_asked ? "quit" : "session-end" },
                    self->quit_asked ? "Quit: no longer watching the clipboard"
                                     : "Stopping: no longer watching the clipboard");
  g_clear_object (&self->rules);
  unwatch_session_lock (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->stop_signals); i++)
    g_clear_handle_id (&self->stop_signals[i], g_source_remove);
  if (self->guard != NULL)
    cg_guard_forget_masked_values (self->guard, "quitting");
  g_clear_pointer (&self->gui, cg_gui_free);
  g_clear_pointer (&self->paste, cg_paste_service_free);
  if (self->guard != NULL)
    cg_guard_store_clipboard (self->guard);
  g_clear_object (&self->guard);
  g_clear_object (&self->allow);
  if (self->history != NULL && !cg_history_flush (self->history, &error))
    g_warning ("The last changes of the history are not saved: %s", error->message);
  g_clear_object (&self->history);
  cg_audit_stop ();
  g_clear_object (&self->settings);
  G_APPLICATION_CLASS (cg_application_parent_class)->shutdown (app);
}

static void
cg_application_finalize (GObject *object)
{
  g_hash_table_unref (CG_APPLICATION (object)->rejected);
  g_free (CG_APPLICATION (object)->backend);
  G_OBJECT_CLASS (cg_application_parent_class)->finalize (object);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cg_application_finalize;
  app_class->startup = cg_application_startup;
  app_class->handle_local_options = cg_application_handle_local_options;
  app_class->activate = cg_application_activate;
  app_class->shutdown = cg_application_shutdown;
}

static const GOptionEntry options[] = {
  { "backend", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Watch the clipboard through this display system (for testing)"), N_ ("x11|wayland") },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Start without opening the window"), NULL },
  { "login", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
    "Started at login: quit if start-at-login is off", NULL },
  { NULL },
};

static void
cg_application_init (CgApplication *self)
{
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

CgApplication *
cg_application_new (void)
{
  return g_object_new (CG_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_DEFAULT_FLAGS, NULL);
}
