/* fb-format.h - locale-aware formatting of dates, ages, durations, sizes and numbers
 *
 * Used by the app and by failbackctl. Every function returns a newly allocated string in
 * the user's language (LANGUAGE/LC_MESSAGES) and number format (LC_NUMERIC: "1.234,5" in
 * German). Dates are shown in the local time zone, always with the zone's abbreviation or
 * an explicit UTC offset, so a recovery point time is never ambiguous.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *fb_format_date_time (GDateTime *dt);
char *fb_format_age       (GDateTime *dt,
                           GDateTime *now);
char *fb_format_duration  (GTimeSpan  span);
char *fb_format_data_loss (GTimeSpan  span);
char *fb_format_size      (guint64    bytes);
char *fb_format_memory    (guint64    bytes);
char *fb_format_number    (double     value,
                           int        decimals);
char *fb_format_rpo       (gint64     seconds);

G_END_DECLS
