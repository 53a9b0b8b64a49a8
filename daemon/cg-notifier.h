/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-notifier.h: what the guard needs from a notification server: show a
 * notice, maybe with buttons, hear which button was chosen, and take a notice
 * back.  libnotify implements it (notify/); tests record what was shown. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CG_NOTICE_WARNING,      /* personal data on the clipboard: stays until answered */
  CG_NOTICE_INFO,         /* something the user should know; goes away by itself */
  CG_NOTICE_CONFIRMATION, /* what was done (with Undo); goes away by itself */
} CgNoticeKind;

typedef struct
{
  const char *key;   /* passed back in the "action" signal */
  const char *label; /* translated */
} CgNoticeAction;

typedef struct
{
  CgNoticeKind kind;
  const char *summary;
  const char *body; /* plain text, never markup */
  const CgNoticeAction *actions;
  guint n_actions;
  guint64 tag; /* the guard's name for what the notice is about */
} CgNotice;

#define CG_TYPE_NOTIFIER (cg_notifier_get_type ())
G_DECLARE_INTERFACE (CgNotifier, cg_notifier, CG, NOTIFIER, GObject)

/* Signal: action (const char *key, guint64 tag): the user chose a button of
 * the notice shown with @tag. */
struct _CgNotifierInterface
{
  GTypeInterface parent_iface;

  gboolean (*has_actions) (CgNotifier *self);
  gboolean (*show) (CgNotifier *self, const CgNotice *notice);
  void (*withdraw) (CgNotifier *self, guint64 tag);
};

/* Whether notices can carry buttons (the server may have changed since the
 * last time: asked anew each time). */
gboolean cg_notifier_has_actions (CgNotifier *self);
/* Shows @notice: a warning replaces the warning shown before, any other
 * notice the other notice before it, never a warning (its buttons stay
 * until it is answered or withdrawn).  FALSE when it could not be shown
 * (no notification server). */
gboolean cg_notifier_show (CgNotifier *self, const CgNotice *notice);
/* Takes back the notice shown with @tag, if it is still up. */
void cg_notifier_withdraw (CgNotifier *self, guint64 tag);

G_END_DECLS
