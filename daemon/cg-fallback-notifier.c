/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-fallback-notifier.c: the primary notifier first, the fallback where it
 * cannot. */
#include "config.h"

#include "cg-fallback-notifier.h"

struct _CgFallbackNotifier
{
  GObject parent_instance;
  CgNotifier *primary;
  CgNotifier *fallback;
  gboolean warned_fallback; /* the log said once that the fallback is used */
};

static void cg_fallback_notifier_iface_init (CgNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgFallbackNotifier, cg_fallback_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_NOTIFIER,
                                                      cg_fallback_notifier_iface_init))

static void
on_action (CgNotifier *notifier, const char *key, guint64 tag, gpointer user_data)
{
  g_signal_emit_by_name (user_data, "action", key, tag);
}

/* The fallback has buttons: warnings can always be answered. */
static gboolean
cg_fallback_notifier_has_actions (CgNotifier *notifier)
{
  return TRUE;
}

static gboolean
use_fallback (CgFallbackNotifier *self, const CgNotice *notice, const char *why)
{
  if (!self->warned_fallback)
    g_message ("Showing notices in clipguard's own window: %s", why);
  self->warned_fallback = TRUE;
  cg_notifier_withdraw (self->primary, notice->tag);
  return cg_notifier_show (self->fallback, notice);
}

static gboolean
cg_fallback_notifier_show (CgNotifier *notifier, const CgNotice *notice)
{
  CgFallbackNotifier *self = CG_FALLBACK_NOTIFIER (notifier);

  /* a warning's buttons are its point */
  if (notice->kind == CG_NOTICE_WARNING && notice->n_actions > 0
      && !cg_notifier_has_actions (self->primary))
    return use_fallback (self, notice, "the notification server has no buttons, or none runs");
  if (cg_notifier_show (self->primary, notice))
    {
      /* a confirmation replaces the warning it answers, wherever it is */
      cg_notifier_withdraw (self->fallback, notice->tag);
      return TRUE;
    }
  return use_fallback (self, notice, "no notification server answers");
}

static void
cg_fallback_notifier_withdraw (CgNotifier *notifier, guint64 tag)
{
  CgFallbackNotifier *self = CG_FALLBACK_NOTIFIER (notifier);

  cg_notifier_withdraw (self->primary, tag);
  cg_notifier_withdraw (self->fallback, tag);
}

static void
cg_fallback_notifier_iface_init (CgNotifierInterface *iface)
{
  iface->has_actions = cg_fallback_notifier_has_actions;
  iface->show = cg_fallback_notifier_show;
  iface->withdraw = cg_fallback_notifier_withdraw;
}

static void
cg_fallback_notifier_dispose (GObject *object)
{
  CgFallbackNotifier *self = CG_FALLBACK_NOTIFIER (object);

  if (self->primary != NULL)
    g_signal_handlers_disconnect_by_data (self->primary, self);
  if (self->fallback != NULL)
    g_signal_handlers_disconnect_by_data (self->fallback, self);
  g_clear_object (&self->primary);
  g_clear_object (&self->fallback);
  G_OBJECT_CLASS (cg_fallback_notifier_parent_class)->dispose (object);
}

static void
cg_fallback_notifier_class_init (CgFallbackNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_fallback_notifier_dispose;
}

static void
cg_fallback_notifier_init (CgFallbackNotifier *self)
{
}

CgNotifier *
cg_fallback_notifier_new (CgNotifier *primary, CgNotifier *fallback)
{
  CgFallbackNotifier *self = g_object_new (CG_TYPE_FALLBACK_NOTIFIER, NULL);

  self->primary = g_object_ref (primary);
  self->fallback = g_object_ref (fallback);
  g_signal_connect (primary, "action", G_CALLBACK (on_action), self);
  g_signal_connect (fallback, "action", G_CALLBACK (on_action), self);
  return CG_NOTIFIER (self);
}
