/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-libnotify-notifier.c: two notifications, the warning and the notice.
 *
 * A warning replaces the warning before it, a notice or a confirmation the
 * notice before it: never one the other, so that an information notice (a
 * PRIMARY copy, "Copy too large to check") cannot take the Mask and Keep
 * buttons away from a warning the guard still waits to hear about.
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

typedef struct
{
  NotifyNotification *notification;
  guint64 tag;
  gboolean shown;
} Slot;

struct _CgLibnotifyNotifier
{
  GObject parent_instance;
  char *app_id;
  char *icon;
  char *warning_icon;
  Slot warning; /* CG_NOTICE_WARNING */
  Slot notice;  /* the others */
};

static void cg_libnotify_notifier_iface_init (CgNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgLibnotifyNotifier, cg_libnotify_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_NOTIFIER,
                                                      cg_libnotify_notifier_iface_init))

static Slot *
slot_of (CgLibnotifyNotifier *self, NotifyNotification *notification)
{
  return notification == self->warning.notification ? &self->warning : &self->notice;
}

static void
on_action (NotifyNotification *notification, char *action, gpointer user_data)
{
  CgLibnotifyNotifier *self = user_data;

  g_signal_emit_by_name (self, "action", action, slot_of (self, notification)->tag);
}

static void
on_closed (NotifyNotification *notification, gpointer user_data)
{
  slot_of (CG_LIBNOTIFY_NOTIFIER (user_data), notification)->shown = FALSE;
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
  Slot *slot = warning ? &self->warning : &self->notice;
  NotifyNotification *n = slot->notification;

  slot->tag = notice->tag;
  notify_notification_update (n, notice->summary, escaped,
                              warning ? self->warning_icon : self->icon);
  notify_notification_set_urgency (n, warning ? NOTIFY_URGENCY_CRITICAL : NOTIFY_URGENCY_NORMAL);
  notify_notification_set_timeout (n, warning ? NOTIFY_EXPIRES_NEVER : NOTIFY_EXPIRES_DEFAULT);
  notify_notification_set_hint (n, "resident", g_variant_new_boolean (warning));
  notify_notification_set_hint (n, "transient", g_variant_new_boolean (!warning));
  notify_notification_clear_actions (n);
  for (guint i = 0; i < notice->n_actions; i++)
    notify_notification_add_action (n, notice->actions[i].key, notice->actions[i].label, on_action,
                                    self, NULL);
  /* The server being away or restarting is no reason to stop guarding: the
   * caller shows it another way. */
  if (!notify_notification_show (n, &error))
    {
      g_message ("Cannot show a notification: %s", error->message);
      slot->shown = FALSE;
      return FALSE;
    }
  slot->shown = TRUE;
  return TRUE;
}

static void
cg_libnotify_notifier_withdraw (CgNotifier *notifier, guint64 tag)
{
  CgLibnotifyNotifier *self = CG_LIBNOTIFY_NOTIFIER (notifier);
  Slot *slots[] = { &self->warning, &self->notice };

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    if (slots[i]->shown && slots[i]->tag == tag)
      {
        notify_notification_close (slots[i]->notification, NULL);
        slots[i]->shown = FALSE;
      }
}

static void
slot_init (CgLibnotifyNotifier *self, Slot *slot)
{
  slot->notification = notify_notification_new ("", NULL, NULL);
  notify_notification_set_app_name (slot->notification, "clipguard");
  notify_notification_set_hint (slot->notification, "desktop-entry",
                                g_variant_new_string (self->app_id));
  g_signal_connect (slot->notification, "closed", G_CALLBACK (on_closed), self);
}

static void
slot_clear (CgLibnotifyNotifier *self, Slot *slot)
{
  if (slot->notification != NULL)
    g_signal_handlers_disconnect_by_data (slot->notification, self);
  g_clear_object (&slot->notification);
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

  slot_clear (self, &self->warning);
  slot_clear (self, &self->notice);
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
  slot_init (self, &self->warning);
  slot_init (self, &self->notice);
  return CG_NOTIFIER (self);
}
