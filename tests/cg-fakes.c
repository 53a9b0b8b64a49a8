/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-fakes.c: the fake watcher and the recording notifier. */
#include "cg-fakes.h"

struct _CgFakeWatcher
{
  GObject parent_instance;
  guint64 generation;
  char *text;
  gboolean reading;
  gboolean fail_next;
  guint replacements;
};

static void cg_fake_watcher_iface_init (CgClipboardWatcherInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgFakeWatcher, cg_fake_watcher, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_CLIPBOARD_WATCHER,
                                                      cg_fake_watcher_iface_init))

static void
fake_set_watch_primary (CgClipboardWatcher *watcher, gboolean watch)
{
}

static void
fake_set_reading (CgClipboardWatcher *watcher, gboolean reading)
{
  CG_FAKE_WATCHER (watcher)->reading = reading;
}

static void
fake_set_size_limit (CgClipboardWatcher *watcher, gsize bytes)
{
}

static guint64
fake_get_generation (CgClipboardWatcher *watcher)
{
  return CG_FAKE_WATCHER (watcher)->generation;
}

static gboolean
fake_replace_text (CgClipboardWatcher *watcher, guint64 generation, const char *text, gsize len)
{
  CgFakeWatcher *self = CG_FAKE_WATCHER (watcher);

  if (self->fail_next || generation != self->generation)
    {
      self->fail_next = FALSE;
      return FALSE;
    }
  g_free (self->text);
  self->text = g_strndup (text, len);
  self->replacements++;
  return TRUE;
}

static void
fake_store (CgClipboardWatcher *watcher)
{
}

static void
cg_fake_watcher_iface_init (CgClipboardWatcherInterface *iface)
{
  iface->set_watch_primary = fake_set_watch_primary;
  iface->set_reading = fake_set_reading;
  iface->set_size_limit = fake_set_size_limit;
  iface->get_generation = fake_get_generation;
  iface->replace_text = fake_replace_text;
  iface->store = fake_store;
}

static void
cg_fake_watcher_finalize (GObject *object)
{
  g_free (CG_FAKE_WATCHER (object)->text);
  G_OBJECT_CLASS (cg_fake_watcher_parent_class)->finalize (object);
}

static void
cg_fake_watcher_class_init (CgFakeWatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_fake_watcher_finalize;
}

static void
cg_fake_watcher_init (CgFakeWatcher *self)
{
  self->reading = TRUE;
}

CgFakeWatcher *
cg_fake_watcher_new (void)
{
  return g_object_new (CG_TYPE_FAKE_WATCHER, NULL);
}

guint64
cg_fake_watcher_copy (CgFakeWatcher *self, CgSelection selection, const char *text)
{
  return cg_fake_watcher_copy_from (self, selection, text, NULL);
}

guint64
cg_fake_watcher_copy_from (CgFakeWatcher *self, CgSelection selection, const char *text,
                           const char *source)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  guint64 generation = 1;

  if (selection == CG_SELECTION_CLIPBOARD)
    {
      generation = ++self->generation;
      g_free (self->text);
      self->text = g_strdup (text);
    }
  g_signal_emit_by_name (self, "copied", selection, generation, bytes, source);
  return generation;
}

guint64
cg_fake_watcher_copy_unread (CgFakeWatcher *self)
{
  g_clear_pointer (&self->text, g_free);
  return ++self->generation;
}

void
cg_fake_watcher_skip (CgFakeWatcher *self, CgSkipReason reason)
{
  g_signal_emit_by_name (self, "skipped", CG_SELECTION_CLIPBOARD, ++self->generation, reason);
}

const char *
cg_fake_watcher_get_text (CgFakeWatcher *self)
{
  return self->text;
}

gboolean
cg_fake_watcher_get_reading (CgFakeWatcher *self)
{
  return self->reading;
}

guint
cg_fake_watcher_get_replacements (CgFakeWatcher *self)
{
  return self->replacements;
}

void
cg_fake_watcher_fail_next_replace (CgFakeWatcher *self)
{
  self->fail_next = TRUE;
}

/* ---- notifier ----------------------------------------------------------- */

struct _CgFakeNotifier
{
  GObject parent_instance;
  gboolean has_actions;
  GPtrArray *shown;
  GArray *withdrawn;
  gboolean unavailable; /* as if no notification server answered */
};

static void cg_fake_notifier_iface_init (CgNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgFakeNotifier, cg_fake_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_NOTIFIER,
                                                      cg_fake_notifier_iface_init))

static void
notice_free (gpointer data)
{
  CgFakeNotice *n = data;
  g_free (n->summary);
  g_free (n->body);
  g_strfreev (n->action_keys);
  g_strfreev (n->action_labels);
  g_free (n);
}

static gboolean
fake_has_actions (CgNotifier *notifier)
{
  return CG_FAKE_NOTIFIER (notifier)->has_actions;
}

static gboolean
fake_show (CgNotifier *notifier, const CgNotice *notice)
{
  CgFakeNotifier *self = CG_FAKE_NOTIFIER (notifier);
  CgFakeNotice *n;

  if (self->unavailable)
    return FALSE;
  n = g_new0 (CgFakeNotice, 1);
  n->kind = notice->kind;
  n->summary = g_strdup (notice->summary);
  n->body = g_strdup (notice->body);
  n->tag = notice->tag;
  n->action_keys = g_new0 (char *, notice->n_actions + 1);
  n->action_labels = g_new0 (char *, notice->n_actions + 1);
  for (guint i = 0; i < notice->n_actions; i++)
    {
      n->action_keys[i] = g_strdup (notice->actions[i].key);
      n->action_labels[i] = g_strdup (notice->actions[i].label);
    }
  g_ptr_array_add (self->shown, n);
  return TRUE;
}

void
cg_fake_notifier_set_available (CgFakeNotifier *self, gboolean available)
{
  self->unavailable = !available;
}

static void
fake_withdraw (CgNotifier *notifier, guint64 tag)
{
  g_array_append_val (CG_FAKE_NOTIFIER (notifier)->withdrawn, tag);
}

static void
cg_fake_notifier_iface_init (CgNotifierInterface *iface)
{
  iface->has_actions = fake_has_actions;
  iface->show = fake_show;
  iface->withdraw = fake_withdraw;
}

static void
cg_fake_notifier_finalize (GObject *object)
{
  CgFakeNotifier *self = CG_FAKE_NOTIFIER (object);

  g_ptr_array_unref (self->shown);
  g_array_unref (self->withdrawn);
  G_OBJECT_CLASS (cg_fake_notifier_parent_class)->finalize (object);
}

static void
cg_fake_notifier_class_init (CgFakeNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_fake_notifier_finalize;
}

static void
cg_fake_notifier_init (CgFakeNotifier *self)
{
  self->shown = g_ptr_array_new_with_free_func (notice_free);
  self->withdrawn = g_array_new (FALSE, FALSE, sizeof (guint64));
}

CgFakeNotifier *
cg_fake_notifier_new (gboolean has_actions)
{
  CgFakeNotifier *self = g_object_new (CG_TYPE_FAKE_NOTIFIER, NULL);

  self->has_actions = has_actions;
  return self;
}

GPtrArray *
cg_fake_notifier_get_shown (CgFakeNotifier *self)
{
  return self->shown;
}

const CgFakeNotice *
cg_fake_notifier_last (CgFakeNotifier *self)
{
  return self->shown->len > 0 ? g_ptr_array_index (self->shown, self->shown->len - 1) : NULL;
}

GArray *
cg_fake_notifier_get_withdrawn (CgFakeNotifier *self)
{
  return self->withdrawn;
}

void
cg_fake_notifier_click_tag (CgFakeNotifier *self, const char *key, guint64 tag)
{
  g_signal_emit_by_name (self, "action", key, tag);
}

void
cg_fake_notifier_click (CgFakeNotifier *self, const char *key)
{
  const CgFakeNotice *last = cg_fake_notifier_last (self);

  g_assert_nonnull (last);
  cg_fake_notifier_click_tag (self, key, last->tag);
}
