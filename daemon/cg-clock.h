/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-clock.h: the time the guard goes by, injected so that tests can let a
 * pause of fifteen minutes run out in no time. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CG_TYPE_CLOCK (cg_clock_get_type ())
G_DECLARE_FINAL_TYPE (CgClock, cg_clock, CG, CLOCK, GObject)

/* The wall clock and the GLib main loop. */
CgClock *cg_clock_new_system (void);
/* A clock that stands still at @unix_seconds until cg_clock_advance(). */
CgClock *cg_clock_new_fake (gint64 unix_seconds);

/* Seconds since the epoch. */
gint64 cg_clock_now (CgClock *self);
/* Calls @func once, @seconds from now; returns an id for cg_clock_cancel(). */
guint cg_clock_call_later (CgClock *self, guint seconds, GSourceFunc func, gpointer user_data);
void cg_clock_cancel (CgClock *self, guint id);

/* Fake clocks only: moves the time on and calls what has come due. */
void cg_clock_advance (CgClock *self, guint seconds);

G_END_DECLS
