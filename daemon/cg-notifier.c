/* cg-notifier.c: one notification at a time, replaced by the next.
 *
 * Notification servers keep history (GNOME's list, dunst's history, the lock
 * screen): the notification is transient, its body is generic or masked, and
 * its markup is escaped.  libnotify delivers actions only to a referenced
 * NotifyNotification while the main loop runs: this object keeps it. */
#include "config.h"

#include "cg-notifier.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

struct _CgNotifier
{
  GObject parent_instance;
  NotifyNotification *notification;
  guint64 tag;
};

G_DEFINE_FINAL_TYPE (CgNotifier, cg_notifier, G_TYPE_OBJECT)

enum
{
  SIGNAL_ACTION,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

static void
on_action (NotifyNotification *notification, char *action, gpointer user_data)
{
  CgNotifier *self = user_data;

  (void) notification;
  g_signal_emit (self, signals[SIGNAL_ACTION], 0, action, self->tag);
}

gboolean
cg_notifier_server_has_actions (CgNotifier *self)
{
  GList *caps = notify_get_server_caps ();
  gboolean found = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;

  (void) self;
  g_list_free_full (caps, g_free);
  return found;
}

void
cg_notifier_show (CgNotifier *self, const char *summary, const char *body, gboolean actions,
                  guint64 tag)
{
  g_autofree char *escaped = g_markup_escape_text (body, -1);
  g_autoptr (GError) error = NULL;

  self->tag = tag;
  notify_notification_update (self->notification, summary, escaped, "nl.clipguard.ClipGuard");
  notify_notification_clear_actions (self->notification);
  if (actions)
    {
      notify_notification_add_action (self->notification, "mask", _ ("Mask and keep"), on_action,
                                      self, NULL);
      notify_notification_add_action (self->notification, "ignore", _ ("Ignore"), on_action, self,
                                      NULL);
    }
  /* The server being away or restarting is no reason to stop guarding. */
  if (!notify_notification_show (self->notification, &error))
    g_warning ("Cannot show a notification: %s", error->message);
}

void
cg_notifier_close (CgNotifier *self)
{
  notify_notification_close (self->notification, NULL);
}

static void
cg_notifier_finalize (GObject *object)
{
  CgNotifier *self = CG_NOTIFIER (object);

  g_clear_object (&self->notification);
  G_OBJECT_CLASS (cg_notifier_parent_class)->finalize (object);
}

static void
cg_notifier_class_init (CgNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_notifier_finalize;
  signals[SIGNAL_ACTION]
      = g_signal_new ("action", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                      G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT64);
}

static void
cg_notifier_init (CgNotifier *self)
{
  if (!notify_is_initted ())
    notify_init ("clipguard");
  self->notification = notify_notification_new ("", NULL, NULL);
  notify_notification_set_app_name (self->notification, "clipguard");
  notify_notification_set_category (self->notification, "presence");
  notify_notification_set_urgency (self->notification, NOTIFY_URGENCY_NORMAL);
  notify_notification_set_hint (self->notification, "transient", g_variant_new_boolean (TRUE));
  notify_notification_set_hint (self->notification, "desktop-entry",
                                g_variant_new_string ("nl.clipguard.ClipGuard"));
}

CgNotifier *
cg_notifier_new (void)
{
  return g_object_new (CG_TYPE_NOTIFIER, NULL);
}
