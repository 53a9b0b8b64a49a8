/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-paste-service.h: the guard's side of the browser paste guard: exports
 * nl.clipguard.ClipGuard.Paste (data/nl.clipguard.ClipGuard.Paste.xml) for
 * the native messaging host, checks what it sends, and answers from the
 * guard. */
#pragma once

#include <gio/gio.h>

#include "cg-guard.h"

G_BEGIN_DECLS

typedef struct _CgPasteService CgPasteService;

/* Exports the interface at @path on @connection until freed. */
CgPasteService *cg_paste_service_new (CgGuard *guard, GDBusConnection *connection, const char *path,
                                      GError **error);
void cg_paste_service_free (CgPasteService *service);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgPasteService, cg_paste_service_free)

G_END_DECLS
