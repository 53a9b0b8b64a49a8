/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-fakes.h: a clipboard watcher and a notifier for driving the guard in
 * process: the test copies, the fake emits, and both record what the guard
 * did to them. */
#pragma once

#include "cg-clipboard-watcher.h"
#include "cg-notifier.h"

G_BEGIN_DECLS

#define CG_TYPE_FAKE_WATCHER (cg_fake_watcher_get_type ())
G_DECLARE_FINAL_TYPE (CgFakeWatcher, cg_fake_watcher, CG, FAKE_WATCHER, GObject)

CgFakeWatcher *cg_fake_watcher_new (void);
/* A copy of @text to @selection: a new generation, read at once. */
guint64 cg_fake_watcher_copy (CgFakeWatcher *self, CgSelection selection, const char *text);
/* The same, from a program named @source (as the X11 watcher tells it). */
guint64 cg_fake_watcher_copy_from (CgFakeWatcher *self, CgSelection selection, const char *text,
                                   const char *source);
/* A newer copy whose text is not read yet: only the generation moves on. */
guint64 cg_fake_watcher_copy_unread (CgFakeWatcher *self);
/* A copy that could not be read for @reason. */
void cg_fake_watcher_skip (CgFakeWatcher *self, CgSkipReason reason);
/* The clipboard's text: the last copy's, or what the guard replaced it with. */
const char *cg_fake_watcher_get_text (CgFakeWatcher *self);
gboolean cg_fake_watcher_get_reading (CgFakeWatcher *self);
guint cg_fake_watcher_get_replacements (CgFakeWatcher *self);
/* Makes the next replace_text() fail as if a copy had raced it. */
void cg_fake_watcher_fail_next_replace (CgFakeWatcher *self);

typedef struct
{
  CgNoticeKind kind;
  char *summary;
  char *body;
  GStrv action_keys;
  GStrv action_labels;
  guint64 tag;
} CgFakeNotice;

#define CG_TYPE_FAKE_NOTIFIER (cg_fake_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CgFakeNotifier, cg_fake_notifier, CG, FAKE_NOTIFIER, GObject)

CgFakeNotifier *cg_fake_notifier_new (gboolean has_actions);
/* FALSE: show() fails, as without a notification server. */
void cg_fake_notifier_set_available (CgFakeNotifier *self, gboolean available);
/* Every notice shown, oldest first (CgFakeNotice). */
GPtrArray *cg_fake_notifier_get_shown (CgFakeNotifier *self);
const CgFakeNotice *cg_fake_notifier_last (CgFakeNotifier *self);
/* The tags withdrawn, oldest first. */
GArray *cg_fake_notifier_get_withdrawn (CgFakeNotifier *self);
/* The user chose @key on the notice shown last (or on one with @tag). */
void cg_fake_notifier_click (CgFakeNotifier *self, const char *key);
void cg_fake_notifier_click_tag (CgFakeNotifier *self, const char *key, guint64 tag);

G_END_DECLS
