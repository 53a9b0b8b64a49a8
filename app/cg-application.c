/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-application.c: a single-instance GtkApplication that starts the guard
 * and exports its actions (pause, pause-for, resume, mask-last, quit, and the
 * read-only state paused-until), which the tray, `gapplication action
 * nl.clipguard.ClipGuard NAME` and keyboard shortcuts all use.  The GUI adds
 * its own actions (gui/cg-gui.c). */
#include "config.h"

#include "cg-application.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "cg-clock.h"
#include "cg-gui.h"
#include "cg-guard.h"
#include "cg-history.h"
#include "cg-libnotify-notifier.h"
#include "cg-wayland-watcher.h"
#include "cg-x11-watcher.h"

#define MAX_PAUSE_MINUTES (24 * 60)

struct _CgApplication
{
  GtkApplication parent_instance;
  GSettings *settings;
  CgHistory *history;
  CgGuard *guard;
  CgGui *gui;
  gboolean activated;
  GHashTable *rejected; /* action names whose bad calls were logged once */
  char *backend;        /* --backend: "x11", "wayland", or NULL to choose */
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
  cg_guard_pause (CG_APPLICATION (user_data)->guard, -1);
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
  cg_guard_pause (self->guard, minutes);
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
on_quit (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The pause state is the guard's: it changes only through pause and resume. */
static void
on_paused_until_change (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  reject (CG_APPLICATION (user_data), "paused-until", "it is read-only; use pause or resume");
}

static const GActionEntry actions[] = {
  { "pause", on_pause, NULL, NULL, NULL, { 0 } },
  { "pause-for", on_pause_for, "i", NULL, NULL, { 0 } },
  { "resume", on_resume, NULL, NULL, NULL, { 0 } },
  { "mask-last", on_mask_last, NULL, NULL, NULL, { 0 } },
  { "quit", on_quit, NULL, NULL, NULL, { 0 } },
  /* 0 active, -1 until resumed, else Unix time */
  { "paused-until", NULL, NULL, "int64 0", on_paused_until_change, { 0 } },
};

static void
on_state_changed (CgGuard *guard, gpointer user_data)
{
  sync_actions (CG_APPLICATION (user_data));
}

/* Installed, the icon theme has the icon; run from the build tree
 * (CLIPGUARD_ICON_DIR, set by meson devenv and the tests) it does not, and
 * the notification server gets the file itself. */
static char *
notification_icon (void)
{
  const char *dir = g_getenv ("CLIPGUARD_ICON_DIR");

  if (dir == NULL)
    return g_strdup (APP_ID);
  return g_build_filename (dir, "hicolor", "scalable", "apps", APP_ID ".svg", NULL);
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
          g_message ("Watching the Wayland clipboard through %s",
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
    g_message ("Watching the X11 clipboard of display %s%s", g_getenv ("DISPLAY"),
               wayland_display != NULL && !x11 ? " (XWayland)" : "");
  return watcher;
}

static gboolean
start_guard (CgApplication *self, GError **error)
{
  g_autoptr (CgClipboardWatcher) watcher = open_watcher (self, error);
  g_autofree char *icon = notification_icon ();
  g_autoptr (CgNotifier) notifier = NULL;
  g_autoptr (CgClock) clock = NULL;

  if (watcher == NULL)
    return FALSE;
  self->settings = g_settings_new (APP_ID);
  self->history = cg_history_new (NULL);
  notifier = cg_libnotify_notifier_new (APP_ID, icon);
  clock = cg_clock_new_system ();
  self->guard = cg_guard_new (self->settings, watcher, notifier, self->history, clock, error);
  return self->guard != NULL;
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
  if (!start_guard (self, &error))
    {
      g_printerr (_ ("clipguard cannot watch the clipboard: %s\n"), error->message);
      g_application_quit (app);
      return;
    }
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (self->guard, "state-changed", G_CALLBACK (on_state_changed), self);
  sync_actions (self);
  self->gui = cg_gui_new (GTK_APPLICATION (self), self->history);
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
  return -1;
}

static void
cg_application_activate (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);

  /* The first activation is the start itself; a later one is the user
   * starting clipguard again (from the menu): show what it has done. */
  if (self->activated && self->guard != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-history", NULL);
  self->activated = TRUE;
}

static void
cg_application_shutdown (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->gui, cg_gui_free);
  if (self->guard != NULL)
    cg_guard_store_clipboard (self->guard);
  g_clear_object (&self->guard);
  if (self->history != NULL && !cg_history_flush (self->history, &error))
    g_warning ("The last changes of the history are not saved: %s", error->message);
  g_clear_object (&self->history);
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
