/* fb-format.c - locale-aware formatting of dates, ages, durations, sizes and numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fb-format.h"

/* The zone of @dt as shown to the user: its abbreviation ("CET", "UTC") when the zone
 * database has one, otherwise an explicit offset ("UTC+05:30"); tzdata spells zones
 * without a name as "+03", which users do not read as a time zone. */
static char *
format_zone (GDateTime *dt)
{
  const char *abbreviation = g_date_time_get_timezone_abbreviation (dt);
  GTimeSpan offset;
  gint64 minutes;
  char sign;

  if (abbreviation != NULL && abbreviation[0] != '\0' &&
      abbreviation[0] != '+' && abbreviation[0] != '-' &&
      !g_ascii_isdigit (abbreviation[0]))
    return g_strdup (abbreviation);

  offset = g_date_time_get_utc_offset (dt);
  if (offset == 0)
    return g_strdup ("UTC");

  sign = offset < 0 ? '-' : '+';
  minutes = ABS (offset) / G_TIME_SPAN_MINUTE;

  return g_strdup_printf ("UTC%c%02d:%02d", sign,
                          (int) (minutes / 60), (int) (minutes % 60));
}

/**
 * fb_format_date_time:
 * @dt: (nullable): a date and time
 *
 * Formats @dt in the local time zone and the user's language, with the time zone:
 * "27 Nov 2026, 14:05 CET" (English), "27.11.2026, 14:05 CET" (German).
 *
 * Returns: (transfer full): the text; "—" for %NULL
 */
char *
fb_format_date_time (GDateTime *dt)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *zone = NULL;

  if (dt == NULL)
    /* TRANSLATORS: shown instead of a date and time that is not known */
    return g_strdup (C_("date-time", "—"));

  local = g_date_time_to_local (dt);
  if (local == NULL)
    return g_strdup (C_("date-time", "—"));

  /* xgettext:no-c-format
   * TRANSLATORS: a date and time for g_date_time_format(), without the time zone
   * (it follows). English: "27 Nov 2026, 14:05". Use your language's usual order and
   * a 24-hour clock where that is usual, e.g. German "%d.%m.%Y, %H:%M". */
  date = g_date_time_format (local, C_("date-time format", "%-d %b %Y, %H:%M"));
  if (date == NULL)
    date = g_date_time_format (local, "%Y-%m-%d %H:%M");

  zone = format_zone (local);

  /* TRANSLATORS: a date and time (first %s) followed by its time zone (second %s), as
   * in "27 Nov 2026, 14:05 CET" */
  return g_strdup_printf (C_("date-time with zone", "%s %s"), date, zone);
}

/**
 * fb_format_age:
 * @dt: (nullable): a point in time
 * @now: (nullable): the current time, or %NULL for the real clock
 *
 * How long ago @dt was: "3 minutes ago", "1 hour ago", "2 days ago"; less than a second
 * (and times slightly in the future, clock skew) is "just now".
 *
 * Returns: (transfer full): the text; "Never" for a %NULL @dt
 */
char *
fb_format_age (GDateTime *dt,
               GDateTime *now)
{
  g_autoptr(GDateTime) real_now = NULL;
  GTimeSpan diff;
  gint64 n;

  if (dt == NULL)
    /* TRANSLATORS: the age of something that never happened (no recovery point, ...) */
    return g_strdup (C_("age", "Never"));

  if (now == NULL)
    now = real_now = g_date_time_new_now_utc ();

  diff = g_date_time_difference (now, dt);
  if (diff < G_TIME_SPAN_SECOND)
    return g_strdup (_("just now"));

  if (diff < G_TIME_SPAN_MINUTE)
    {
      n = diff / G_TIME_SPAN_SECOND;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d second ago", "%d seconds ago", n), (int) n);
    }
  if (diff < G_TIME_SPAN_HOUR)
    {
      n = diff / G_TIME_SPAN_MINUTE;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d minute ago", "%d minutes ago", n), (int) n);
    }
  if (diff < G_TIME_SPAN_DAY)
    {
      n = diff / G_TIME_SPAN_HOUR;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d hour ago", "%d hours ago", n), (int) n);
    }

  n = diff / G_TIME_SPAN_DAY;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d day ago", "%d days ago", (gulong) n),
                          (int) MIN (n, G_MAXINT));
}

/**
 * fb_format_duration:
 * @span: a duration; negative counts as zero
 *
 * A short duration with units: "42 s", "3 min 05 s", "1 h 05 min", "2 d 3 h".
 *
 * Returns: (transfer full): the text
 */
char *
fb_format_duration (GTimeSpan span)
{
  gint64 seconds = MAX (span, 0) / G_TIME_SPAN_SECOND;

  if (seconds < 60)
    /* TRANSLATORS: a duration in seconds, e.g. "42 s" */
    return g_strdup_printf (C_("duration", "%d s"), (int) seconds);

  if (seconds < 60 * 60)
    {
      int min = seconds / 60, sec = seconds % 60;

      if (sec == 0)
        /* TRANSLATORS: a duration in whole minutes, e.g. "3 min" */
        return g_strdup_printf (C_("duration", "%d min"), min);
      /* TRANSLATORS: a duration in minutes and seconds, e.g. "3 min 05 s" */
      return g_strdup_printf (C_("duration", "%d min %02d s"), min, sec);
    }

  if (seconds < 24 * 60 * 60)
    {
      int h = seconds / 3600, min = (seconds % 3600) / 60;

      if (min == 0)
        /* TRANSLATORS: a duration in whole hours, e.g. "2 h" */
        return g_strdup_printf (C_("duration", "%d h"), h);
      /* TRANSLATORS: a duration in hours and minutes, e.g. "1 h 05 min" */
      return g_strdup_printf (C_("duration", "%d h %02d min"), h, min);
    }

  {
    gint64 d = seconds / 86400;
    int h = (seconds % 86400) / 3600;

    if (h == 0)
      /* TRANSLATORS: a duration in whole days, e.g. "2 d" */
      return g_strdup_printf (C_("duration", "%d d"), (int) MIN (d, G_MAXINT));
    /* TRANSLATORS: a duration in days and hours, e.g. "2 d 3 h" */
    return g_strdup_printf (C_("duration", "%d d %d h"), (int) MIN (d, G_MAXINT), h);
  }
}

/**
 * fb_format_data_loss:
 * @span: how much older the chosen recovery point is than the latest processed one
 *
 * What choosing that recovery point costs, rounded: "about 12 minutes of changes will
 * be lost", "about 1 hour of changes will be lost".
 *
 * Returns: (transfer full): the text
 */
char *
fb_format_data_loss (GTimeSpan span)
{
  gint64 n;

  if (span <= 0)
    /* Translators: the chosen point is as new as the latest processed one: nothing more is lost */
    return g_strdup (_("as recent as the latest processed point"));

  if (span < G_TIME_SPAN_MINUTE)
    return g_strdup (_("less than a minute of changes will be lost"));

  if (span < G_TIME_SPAN_HOUR - G_TIME_SPAN_MINUTE / 2)
    {
      n = MAX (1, (span + G_TIME_SPAN_MINUTE / 2) / G_TIME_SPAN_MINUTE);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "about %d minute of changes will be lost",
                                           "about %d minutes of changes will be lost", n),
                              (int) n);
    }

  if (span < G_TIME_SPAN_DAY - G_TIME_SPAN_HOUR / 2)
    {
      n = MAX (1, (span + G_TIME_SPAN_HOUR / 2) / G_TIME_SPAN_HOUR);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "about %d hour of changes will be lost",
                                           "about %d hours of changes will be lost", n),
                              (int) n);
    }

  n = MAX (1, (span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "about %d day of changes will be lost",
                                       "about %d days of changes will be lost",
                                       (gulong) n),
                          (int) MIN (n, G_MAXINT));
}

/**
 * fb_format_size:
 * @bytes: a size in bytes
 *
 * Like g_format_size() (SI units, "1.5 MB"), which prints its number with printf and so
 * already follows LC_NUMERIC ("1,5 MB" in German); kept here so that every caller formats
 * sizes the same way.
 *
 * Returns: (transfer full): the text
 */
char *
fb_format_size (guint64 bytes)
{
  return g_format_size (bytes);
}

/**
 * fb_format_memory:
 * @bytes: an amount of memory (RAM) in bytes
 *
 * Memory in binary units, as vSphere counts it: a VM with 24576 MiB of RAM is
 * "24.0 GiB" ("24,0 GiB" in German), not the "25.8 GB" that fb_format_size() would
 * print and that no vSphere screen shows. Disk and datastore sizes stay with
 * fb_format_size().
 *
 * Returns: (transfer full): the text
 */
char *
fb_format_memory (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

/**
 * fb_format_number:
 * @value: a number
 * @decimals: digits after the decimal separator (0-9)
 *
 * A number with the locale's grouping and decimal separator: "1,234.5" (en_US),
 * "1.234,5" (de_DE), "1234.5" (C).
 *
 * Returns: (transfer full): the text
 */
char *
fb_format_number (double value,
                  int    decimals)
{
  decimals = CLAMP (decimals, 0, 9);

  if (isnan (value) || isinf (value))
    return g_strdup (C_("number", "—"));

  return g_strdup_printf ("%'.*f", decimals, value);
}

/**
 * fb_format_rpo:
 * @seconds: the recovery point objective reached, in seconds; negative when not known
 *
 * The RPO as a short duration ("42 s", "5 min 10 s", "1 h 05 min").
 *
 * Returns: (transfer full): the text; "—" when not known
 */
char *
fb_format_rpo (gint64 seconds)
{
  if (seconds < 0)
    /* TRANSLATORS: an RPO that Site Recovery has not calculated yet */
    return g_strdup (C_("rpo", "—"));

  return fb_format_duration (MIN (seconds, G_MAXINT64 / G_TIME_SPAN_SECOND) * G_TIME_SPAN_SECOND);
}
