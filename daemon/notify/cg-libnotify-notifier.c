/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-libnotify-notifier.c: one notification at a time, replaced by the next.
 *
 * Notification servers keep history (GNOME's list, dunst's history, the lock
 * screen): bodies are masked and escaped, since some servers read every body
 * as markup.  libnotify delivers actions only to a referenced
 * NotifyNotification while the main loop runs: this object keeps it.
 *
 * A warning must not slip away unanswered, and servers differ: GNOME Shell
 * keeps a critical notification on screen until it is answered, XFCE's and
 * dunst's keep one that never expires, KDE's keeps a resident one in its
 * history.  So a warning is all three: critical, no expiry, resident, and not
 * transient.  Confirmations and notices are normal and transient.  No
 * category: the specification's ("presence" among them) name other things. */
#include "config.h"

#include "cg-libnotify-notifier.h"

#include <libnotify/notify.h>

struct _CgLibnotifyNotifier
{
  GObject parent_instance;
  char *app_id;
  char *icon;
  char *warning_icon;
  NotifyNotification *notification;
  guint64 tag;
  gboolean shown;
};

static void cg_libnotify_notifier_iface_init (CgNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgLibnotifyNotifier, cg_libnotify_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_NOTIFIER,
                                                      cg_libnotify_notifier_iface_init))

static void
on_action (NotifyNotification *notification, char *action, gpointer user_data)
{
  CgLibnotifyNotifier *self = user_data;

  g_signal_emit_by_name (self, "action", action, self->tag);
}

static void
on_closed (NotifyNotification *notification, gpointer user_data)
{
  CG_LIBNOTIFY_NOTIFIER (user_data)->shown = FALSE;
}

static gboolean
cg_libnotify_notifier_has_actions (CgNotifier *notifier)
{
  GList *caps = notify_get_server_caps ();
  gboolean found = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;

  g_list_free_full (caps, g_free);
  return found;
}

static gboolean
cg_libnotify_notifier_show (CgNotifier *notifier, const CgNotice *notice)
{
  CgLibnotifyNotifier *self = CG_LIBNOTIFY_NOTIFIER (notifier);
  g_autofree char *escaped = g_markup_escape_text (notice->body, -1);
  g_autoptr (GError) error = NULL;
  gboolean warning = notice->kind == CG_NOTICE_WARNING;

  self->tag = notice->tag;
  notify_notification_update (self->notification, notice->summary, escaped,
                              warning ? self->warning_icon : self->icon);
  notify_notification_set_urgency (self->notification,
                                   warning ? NOTIFY_URGENCY_CRITICAL : NOTIFY_URGENCY_NORMAL);
  notify_notification_set_timeout (self->notification,
                                   warning ? NOTIFY_EXPIRES_NEVER : NOTIFY_EXPIRES_DEFAULT);
  notify_notification_set_hint (self->notification, "resident", g_variant_new_boolean (warning));
  notify_notification_set_hint (self->notification, "transient", g_variant_new_boolean (!warning));
  notify_notification_clear_actions (self->notification);
  for (guint i = 0; i < notice->n_actions; i++)
    notify_notification_add_action (self->notification, notice->actions[i].key,
                                    notice->actions[i].label, on_action, self, NULL);
  /* The server being away or restarting is no reason to stop guarding: the
   * caller shows it another way. */
  if (!notify_notification_show (self->notification, &error))
    {
      g_message ("Cannot show a notification: %s", error->message);
      self->shown = FALSE;
      return FALSE;
    }
  self->shown = TRUE;
  return TRUE;
}

static void
cg_libnotify_notifier_withdraw (CgNotifier *notifier, guint64 tag)
{
  CgLibnotifyNotifier *self = CG_LIBNOTIFY_NOTIFIER (notifier);

  if (!self->shown || self->tag != tag)
    return;
  notify_notification_close (self->notification, NULL);
  self->shown = FALSE;
}

static void
cg_libnotify_notifier_iface_init (CgNotifierInterface *iface)
{
  iface->has_actions = cg_libnotify_notifier_has_actions;
  iface->show = cg_libnotify_notifier_show;
  iface->withdraw = cg_libnotify_notifier_withdraw;
}

static void
cg_libnotify_notifier_finalize (GObject *object)
{
  CgLibnotifyNotifier *self = CG_LIBNOTIFY_NOTIFIER (object);

  if (self->notification != NULL)
    g_signal_handlers_disconnect_by_data (self->notification, self);
  g_clear_object (&self->notification);
  g_free (self->app_id);
  g_free (self->icon);
  g_free (self->warning_icon);
  G_OBJECT_CLASS (cg_libnotify_notifier_parent_class)->finalize (object);
}

static void
cg_libnotify_notifier_class_init (CgLibnotifyNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_libnotify_notifier_finalize;
}

static void
cg_libnotify_notifier_init (CgLibnotifyNotifier *self)
{
}

CgNotifier *
cg_libnotify_notifier_new (const char *app_id, const char *icon, const char *warning_icon)
{
  CgLibnotifyNotifier *self = g_object_new (CG_TYPE_LIBNOTIFY_NOTIFIER, NULL);

  if (!notify_is_initted ())
    notify_init (app_id);
  self->app_id = g_strdup (app_id);
  self->icon = g_strdup (icon);
  self->warning_icon = g_strdup (warning_icon);
  self->notification = notify_notification_new ("", NULL, NULL);
  notify_notification_set_app_name (self->notification, "clipguard");
  notify_notification_set_hint (self->notification, "desktop-entry", g_variant_new_string (app_id));
  g_signal_connect (self->notification, "closed", G_CALLBACK (on_closed), self);
  return CG_NOTIFIER (self);
}
