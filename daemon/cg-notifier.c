/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-notifier.c: the notifier interface. */
#include "cg-notifier.h"

G_DEFINE_INTERFACE (CgNotifier, cg_notifier, G_TYPE_OBJECT)

static void
cg_notifier_default_init (CgNotifierInterface *iface)
{
  g_signal_new ("action", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT64);
}

gboolean
cg_notifier_has_actions (CgNotifier *self)
{
  return CG_NOTIFIER_GET_IFACE (self)->has_actions (self);
}

gboolean
cg_notifier_show (CgNotifier *self, const CgNotice *notice)
{
  return CG_NOTIFIER_GET_IFACE (self)->show (self, notice);
}

void
cg_notifier_withdraw (CgNotifier *self, guint64 tag)
{
  CG_NOTIFIER_GET_IFACE (self)->withdraw (self, tag);
}
