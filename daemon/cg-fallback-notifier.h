/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-fallback-notifier.h: a notifier that shows what another cannot: a
 * warning that needs buttons the notification server lacks, or anything when
 * no server answers, goes to the fallback (the guard's own small window), so
 * that no warning is lost. */
#pragma once

#include "cg-notifier.h"

G_BEGIN_DECLS

#define CG_TYPE_FALLBACK_NOTIFIER (cg_fallback_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CgFallbackNotifier, cg_fallback_notifier, CG, FALLBACK_NOTIFIER, GObject)

/* @fallback must show anything, buttons included. */
CgNotifier *cg_fallback_notifier_new (CgNotifier *primary, CgNotifier *fallback);

G_END_DECLS
