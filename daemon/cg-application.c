/* cg-application.c: wires the guard into a single-instance GtkApplication and
 * exports its actions (pause, pause-for, resume, mask-last, show-history,
 * quit), which the tray, `gapplication action nl.clipguard.ClipGuard NAME`
 * and keyboard shortcuts all use. */
#include "config.h"

#include "cg-application.h"

#include <glib/gi18n.h>

#include "cg-guard.h"
#include "cg-history.h"
#include "cg-notifier.h"
#include "cg-x11-watcher.h"

struct _CgApplication
{
  GtkApplication parent_instance;
  GSettings *settings;
  CgHistory *history;
  CgGuard *guard;
  gboolean activated;
};

G_DEFINE_FINAL_TYPE (CgApplication, cg_application, GTK_TYPE_APPLICATION)

static void
sync_actions (CgApplication *self)
{
  gint64 until = cg_guard_get_paused_until (self->guard);
  GAction *state = g_action_map_lookup_action (G_ACTION_MAP (self), "paused-until");

  g_simple_action_set_state (G_SIMPLE_ACTION (state), g_variant_new_int64 (until));
  g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "resume")), until != 0);
  g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "mask-last")),
      cg_guard_can_mask_last (self->guard));
}

static void
on_pause (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  (void) action;
  (void) parameter;
  cg_guard_pause (CG_APPLICATION (user_data)->guard, -1);
}

static void
on_pause_for (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  int minutes = g_variant_get_int32 (parameter);

  (void) action;
  if (minutes <= 0 || minutes > 24 * 60)
    {
      g_warning ("pause-for: %d minutes is not between 1 and 1440", minutes);
      return;
    }
  cg_guard_pause (CG_APPLICATION (user_data)->guard, minutes);
}

static void
on_resume (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  (void) action;
  (void) parameter;
  cg_guard_resume (CG_APPLICATION (user_data)->guard);
}

static void
on_mask_last (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  (void) action;
  (void) parameter;
  if (!cg_guard_mask_last (CG_APPLICATION (user_data)->guard))
    g_message ("mask-last: nothing to mask (no warning, or a newer copy is on the clipboard)");
}

static void
on_show_history (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  CgApplication *self = user_data;

  (void) action;
  (void) parameter;
  g_signal_emit_by_name (self, "show-history");
}

static void
on_show_preferences (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  (void) action;
  (void) parameter;
  g_signal_emit_by_name (user_data, "show-preferences");
}

static void
on_quit (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  (void) action;
  (void) parameter;
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry actions[] = {
  { "pause", on_pause, NULL, NULL, NULL, { 0 } },
  { "pause-for", on_pause_for, "i", NULL, NULL, { 0 } },
  { "resume", on_resume, NULL, NULL, NULL, { 0 } },
  { "mask-last", on_mask_last, NULL, NULL, NULL, { 0 } },
  { "show-history", on_show_history, NULL, NULL, NULL, { 0 } },
  { "show-preferences", on_show_preferences, NULL, NULL, NULL, { 0 } },
  { "quit", on_quit, NULL, NULL, NULL, { 0 } },
  /* read-only state for the tray: 0 active, -1 until resumed, else Unix time */
  { "paused-until", NULL, NULL, "int64 0", NULL, { 0 } },
};

static void
on_state_changed (CgGuard *guard, gpointer user_data)
{
  (void) guard;
  sync_actions (CG_APPLICATION (user_data));
}

static void
cg_application_startup (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  g_autoptr (CgClipboardWatcher) watcher = NULL;
  g_autoptr (CgNotifier) notifier = NULL;
  g_autoptr (GError) error = NULL;

  G_APPLICATION_CLASS (cg_application_parent_class)->startup (app);
  watcher = cg_x11_watcher_new ();
  if (watcher == NULL)
    {
      g_printerr (_ ("clipguard needs an X11 display (on Wayland: XWayland, GDK_BACKEND=x11).\n"));
      g_application_quit (app);
      return;
    }
  self->settings = g_settings_new ("nl.clipguard.ClipGuard");
  self->history = cg_history_new (NULL);
  notifier = cg_notifier_new ();
  self->guard = cg_guard_new (self->settings, watcher, notifier, self->history, &error);
  if (self->guard == NULL)
    {
      g_printerr ("clipguard: %s\n", error->message);
      g_application_quit (app);
      return;
    }
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (self->guard, "state-changed", G_CALLBACK (on_state_changed), self);
  sync_actions (self);
  /* A guard has no window: stay until told to quit. */
  g_application_hold (app);
  g_message ("Watching the clipboard");
}

static void
cg_application_activate (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);

  /* The first activation is the start itself; a later one is the user
   * starting clipguard again (from the menu): show what it has done. */
  if (self->activated && self->guard != NULL)
    g_signal_emit_by_name (self, "show-history");
  self->activated = TRUE;
}

static void
cg_application_shutdown (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);

  if (self->guard != NULL)
    cg_guard_store_clipboard (self->guard);
  g_clear_object (&self->guard);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  G_APPLICATION_CLASS (cg_application_parent_class)->shutdown (app);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = cg_application_startup;
  app_class->activate = cg_application_activate;
  app_class->shutdown = cg_application_shutdown;
  g_signal_new ("show-history", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
  g_signal_new ("show-preferences", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                NULL, G_TYPE_NONE, 0);
}

static void
cg_application_init (CgApplication *self)
{
  (void) self;
}

CgHistory *
cg_application_get_history (CgApplication *self)
{
  return self->guard != NULL ? self->history : NULL;
}

CgApplication *
cg_application_new (void)
{
  return g_object_new (CG_TYPE_APPLICATION, "application-id", "nl.clipguard.ClipGuard", "flags",
                       G_APPLICATION_DEFAULT_FLAGS, NULL);
}
