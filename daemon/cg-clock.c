/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-clock.c: the system clock, or a fake one that moves only when told. */
#include "cg-clock.h"

typedef struct
{
  guint id;
  gint64 due;
  GSourceFunc func;
  gpointer user_data;
} Timer;

struct _CgClock
{
  GObject parent_instance;
  gboolean fake;
  gint64 now;     /* fake clocks */
  GArray *timers; /* fake clocks: Timer */
  guint next_id;
};

G_DEFINE_FINAL_TYPE (CgClock, cg_clock, G_TYPE_OBJECT)

static void
cg_clock_finalize (GObject *object)
{
  g_clear_pointer (&CG_CLOCK (object)->timers, g_array_unref);
  G_OBJECT_CLASS (cg_clock_parent_class)->finalize (object);
}

static void
cg_clock_class_init (CgClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_clock_finalize;
}

static void
cg_clock_init (CgClock *self)
{
  self->timers = g_array_new (FALSE, FALSE, sizeof (Timer));
}

CgClock *
cg_clock_new_system (void)
{
  return g_object_new (CG_TYPE_CLOCK, NULL);
}

CgClock *
cg_clock_new_fake (gint64 unix_seconds)
{
  CgClock *self = g_object_new (CG_TYPE_CLOCK, NULL);

  self->fake = TRUE;
  self->now = unix_seconds;
  return self;
}

gint64
cg_clock_now (CgClock *self)
{
  return self->fake ? self->now : g_get_real_time () / G_USEC_PER_SEC;
}

guint
cg_clock_call_later (CgClock *self, guint seconds, GSourceFunc func, gpointer user_data)
{
  Timer t;

  if (!self->fake)
    return g_timeout_add_seconds (seconds, func, user_data);
  t.id = ++self->next_id;
  t.due = self->now + seconds;
  t.func = func;
  t.user_data = user_data;
  g_array_append_val (self->timers, t);
  return t.id;
}

void
cg_clock_cancel (CgClock *self, guint id)
{
  if (id == 0)
    return;
  if (!self->fake)
    {
      g_source_remove (id);
      return;
    }
  for (guint i = 0; i < self->timers->len; i++)
    if (g_array_index (self->timers, Timer, i).id == id)
      {
        g_array_remove_index (self->timers, i);
        return;
      }
}

void
cg_clock_advance (CgClock *self, guint seconds)
{
  g_return_if_fail (self->fake);
  self->now += seconds;
  /* A callback may add or cancel timers: look again after each call. */
  for (guint i = 0; i < self->timers->len;)
    {
      Timer t = g_array_index (self->timers, Timer, i);

      if (t.due > self->now)
        {
          i++;
          continue;
        }
      g_array_remove_index (self->timers, i);
      t.func (t.user_data);
      i = 0;
    }
}
