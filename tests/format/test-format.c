/* test-format.c - fb-format in English (exact strings) and German (numbers, zones)
 *
 * Deterministic: fixed GDateTime values, TZ set by the test. German needs the
 * de_DE.UTF-8 locale (./dev generates it); without it the German cases are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>
#include <time.h>
#include <glib.h>

#include "fb-format.h"

#define T_SEC G_TIME_SPAN_SECOND
#define T_MIN G_TIME_SPAN_MINUTE
#define T_HOUR G_TIME_SPAN_HOUR

static void
set_tz (const char *tz)
{
  g_setenv ("TZ", tz, TRUE);
  tzset ();
}

static GDateTime *
berlin (int year, int month, int day, int hour, int minute, double seconds)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, year, month, day, hour, minute, seconds);
}

#define assert_format(expr, expected) \
  G_STMT_START { g_autofree char *s_ = (expr); g_assert_cmpstr (s_, ==, (expected)); } G_STMT_END

static void
test_date_time_en (void)
{
  g_autoptr(GDateTime) winter = berlin (2026, 11, 27, 14, 5, 30);
  g_autoptr(GDateTime) summer = berlin (2026, 7, 1, 9, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 11, 27, 13, 5, 0);

  set_tz ("Europe/Berlin");
  assert_format (fb_format_date_time (winter), "27 Nov 2026, 14:05 CET");
  assert_format (fb_format_date_time (summer), "1 Jul 2026, 09:00 CEST");
  /* A UTC time is shown in the local zone. */
  assert_format (fb_format_date_time (utc), "27 Nov 2026, 14:05 CET");
  assert_format (fb_format_date_time (NULL), "—");

  set_tz ("UTC");
  assert_format (fb_format_date_time (winter), "27 Nov 2026, 13:05 UTC");

  /* tzdata has no abbreviation for Dubai ("+04"): an explicit offset instead. */
  set_tz ("Asia/Dubai");
  assert_format (fb_format_date_time (winter), "27 Nov 2026, 17:05 UTC+04:00");

  /* A POSIX zone with a numeric name and a half-hour offset. */
  set_tz ("<+0530>-5:30");
  assert_format (fb_format_date_time (winter), "27 Nov 2026, 18:35 UTC+05:30");

  set_tz ("America/New_York");
  assert_format (fb_format_date_time (winter), "27 Nov 2026, 08:05 EST");

  set_tz ("Europe/Berlin");
}

static void
test_age_en (void)
{
  g_autoptr(GDateTime) now = berlin (2026, 11, 27, 14, 5, 30);
  struct { GTimeSpan ago; const char *text; } cases[] = {
    { 0, "just now" },
    { -5 * T_SEC, "just now" },           /* clock skew */
    { T_SEC, "1 second ago" },
    { 42 * T_SEC, "42 seconds ago" },
    { 59 * T_SEC, "59 seconds ago" },
    { T_MIN, "1 minute ago" },
    { 3 * T_MIN + 59 * T_SEC, "3 minutes ago" },
    { 59 * T_MIN, "59 minutes ago" },
    { T_HOUR, "1 hour ago" },
    { 23 * T_HOUR, "23 hours ago" },
    { G_TIME_SPAN_DAY, "1 day ago" },
    { 3 * G_TIME_SPAN_DAY + 5 * T_HOUR, "3 days ago" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add (now, -cases[i].ago);

      assert_format (fb_format_age (then, now), cases[i].text);
    }

  assert_format (fb_format_age (NULL, now), "Never");

  /* Without @now the real clock is used. */
  {
    g_autoptr(GDateTime) real_now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) then = g_date_time_add_minutes (real_now, -10);
    g_autofree char *s = fb_format_age (then, NULL);

    g_assert_true (g_str_equal (s, "10 minutes ago") || g_str_equal (s, "11 minutes ago"));
  }
}

static void
test_duration_en (void)
{
  struct { GTimeSpan span; const char *text; } cases[] = {
    { -3 * T_SEC, "0 s" },
    { 0, "0 s" },
    { 999 * G_TIME_SPAN_MILLISECOND, "0 s" },
    { 42 * T_SEC, "42 s" },
    { T_MIN, "1 min" },
    { 3 * T_MIN + 5 * T_SEC, "3 min 05 s" },
    { 59 * T_MIN + 59 * T_SEC, "59 min 59 s" },
    { T_HOUR, "1 h" },
    { T_HOUR + 5 * T_MIN, "1 h 05 min" },
    { T_HOUR + 5 * T_MIN + 59 * T_SEC, "1 h 05 min" },
    { 23 * T_HOUR + 59 * T_MIN, "23 h 59 min" },
    { 2 * G_TIME_SPAN_DAY, "2 d" },
    { 2 * G_TIME_SPAN_DAY + 3 * T_HOUR + 10 * T_MIN, "2 d 3 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_format (fb_format_duration (cases[i].span), cases[i].text);
}

static void
test_data_loss_en (void)
{
  struct { GTimeSpan span; const char *text; } cases[] = {
    { 0, "as recent as the latest processed point" },
    { -T_MIN, "as recent as the latest processed point" },
    { 20 * T_SEC, "less than a minute of changes will be lost" },
    { T_MIN, "about 1 minute of changes will be lost" },
    { T_MIN + 20 * T_SEC, "about 1 minute of changes will be lost" },
    { 11 * T_MIN + 40 * T_SEC, "about 12 minutes of changes will be lost" },
    { 59 * T_MIN + 40 * T_SEC, "about 1 hour of changes will be lost" },
    { 2 * T_HOUR + 10 * T_MIN, "about 2 hours of changes will be lost" },
    { 2 * T_HOUR + 40 * T_MIN, "about 3 hours of changes will be lost" },
    { 26 * T_HOUR, "about 1 day of changes will be lost" },
    { 60 * T_HOUR, "about 3 days of changes will be lost" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_format (fb_format_data_loss (cases[i].span), cases[i].text);
}

static void
test_numbers_en (void)
{
  /* C.UTF-8: no grouping, decimal point. */
  assert_format (fb_format_number (1234.5, 1), "1234.5");
  assert_format (fb_format_number (1234.5, 0), "1234");
  assert_format (fb_format_number (0.125, 2), "0.12");
  assert_format (fb_format_number (-3, 0), "-3");
  assert_format (fb_format_number (1.0 / 0.0, 1), "—");
  {
    g_autofree char *s = fb_format_size (1500000);

    g_assert_true (g_str_has_prefix (s, "1.5"));
    g_assert_nonnull (strstr (s, "MB"));
  }
  /* memory in binary units, as vSphere counts it: 24576 MiB is 24.0 GiB (not 25.8 GB) */
  assert_format (fb_format_memory (24576ull * 1024 * 1024), "24.0\u00a0GiB");
  assert_format (fb_format_memory (512ull * 1024 * 1024), "512.0\u00a0MiB");
  assert_format (fb_format_rpo (-1), "—");
  assert_format (fb_format_rpo (0), "0 s");
  assert_format (fb_format_rpo (42), "42 s");
  assert_format (fb_format_rpo (310), "5 min 10 s");
  assert_format (fb_format_rpo (3900), "1 h 05 min");
}

static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("locale %s is not installed "
                                                  "(generate it with locale-gen)", name);
      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

static void
test_numbers_en_us (void)
{
  if (!use_locale ("en_US.UTF-8"))
    return;

  assert_format (fb_format_number (1234567.25, 2), "1,234,567.25");

  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_german (void)
{
  g_autoptr(GDateTime) winter = berlin (2026, 11, 27, 14, 5, 30);

  if (!use_locale ("de_DE.UTF-8"))
    return;

  /* Numbers follow LC_NUMERIC: grouping dots, decimal comma. */
  assert_format (fb_format_number (1234.5, 1), "1.234,5");
  assert_format (fb_format_number (1234567.25, 2), "1.234.567,25");
  assert_format (fb_format_number (0.5, 1), "0,5");
  {
    g_autofree char *s = fb_format_size (1500000);

    g_assert_true (g_str_has_prefix (s, "1,5"));
    g_assert_nonnull (strstr (s, "MB"));
  }
  assert_format (fb_format_memory (24576ull * 1024 * 1024), "24,0\u00a0GiB");

  /* The time zone is always there, and the time is local. */
  set_tz ("Europe/Berlin");
  {
    g_autofree char *s = fb_format_date_time (winter);

    g_assert_nonnull (strstr (s, "14:05"));
    g_assert_true (g_str_has_suffix (s, " CET"));
    g_assert_nonnull (strstr (s, "2026"));
  }
  set_tz ("Asia/Dubai");
  {
    g_autofree char *s = fb_format_date_time (winter);

    g_assert_true (g_str_has_suffix (s, " UTC+04:00"));
  }
  set_tz ("Europe/Berlin");

  /* Plurals and durations come out as non-empty text in any case. */
  {
    g_autoptr(GDateTime) then = g_date_time_add_minutes (winter, -3);
    g_autofree char *age = fb_format_age (then, winter);
    g_autofree char *loss = fb_format_data_loss (12 * T_MIN);

    g_assert_nonnull (strstr (age, "3"));
    g_assert_nonnull (strstr (loss, "12"));
  }

  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int argc, char **argv)
{
  /* English strings are the msgids: no translation, C.UTF-8 numbers. */
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  set_tz ("Europe/Berlin");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/en/date-time", test_date_time_en);
  g_test_add_func ("/format/en/age", test_age_en);
  g_test_add_func ("/format/en/duration", test_duration_en);
  g_test_add_func ("/format/en/data-loss", test_data_loss_en);
  g_test_add_func ("/format/en/numbers", test_numbers_en);
  g_test_add_func ("/format/en-us/numbers", test_numbers_en_us);
  g_test_add_func ("/format/de/numbers-and-zones", test_german);

  return g_test_run ();
}
