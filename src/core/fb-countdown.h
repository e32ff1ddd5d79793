/* fb-countdown.h - a visible countdown before a retry (e.g. while the Mobility
 * agent registers with the configuration server after a failback)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FB_TYPE_COUNTDOWN (fb_countdown_get_type ())
G_DECLARE_FINAL_TYPE (FbCountdown, fb_countdown, FB, COUNTDOWN, GObject)

/* Counts @seconds down, one "tick" (remaining seconds) every @tick_ms
 * milliseconds of real time per simulated second (1000 normally; tests and
 * demo mode use less).  "finished" is emitted once at zero, not when cancelled. */
FbCountdown *fb_countdown_new           (guint        seconds,
                                         guint        tick_ms);
void         fb_countdown_start         (FbCountdown *self);
void         fb_countdown_cancel        (FbCountdown *self);
guint        fb_countdown_get_remaining (FbCountdown *self);
guint        fb_countdown_get_total     (FbCountdown *self);
gboolean     fb_countdown_is_running    (FbCountdown *self);

G_END_DECLS
