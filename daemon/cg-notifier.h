/* cg-notifier.h: the one notification clipguard shows at a time (libnotify). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CG_TYPE_NOTIFIER (cg_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CgNotifier, cg_notifier, CG, NOTIFIER, GObject)

/* Signal: action (const char *key, guint64 tag): the user chose "mask" or
 * "ignore" on the notification shown with @tag. */
CgNotifier *cg_notifier_new (void);

/* Whether the notification server can show buttons; asked anew each time, as
 * the server may have been replaced. */
gboolean cg_notifier_server_has_actions (CgNotifier *self);

/* Shows (or replaces) the notification.  @body is plain text: it is escaped,
 * since some servers read every body as markup.  With @actions, the buttons
 * "Mask and keep" (key "mask") and "Ignore" (key "ignore") are added. */
void cg_notifier_show (CgNotifier *self, const char *summary, const char *body, gboolean actions,
                       guint64 tag);
void cg_notifier_close (CgNotifier *self);

G_END_DECLS
