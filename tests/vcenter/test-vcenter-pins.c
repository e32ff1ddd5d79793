/* test-vcenter-pins.c - FbVcenterPins: dates, listing, old pin files, two writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fb-vcenter-client.h"
#include "fb-vcenter-pins.h"

#define FP_A "BB:28:4F:A8:1B:65:E4:8A:F7:D7:41:6A:1A:4C:02:A6:45:3A:4F:39:DF:2C:41:F5:B1:80:5E:10:C4:7C:15:26"
#define FP_B "01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10:11:12:13:14:15:16:17:18:19:1A:1B:1C:1D:1E:1F:20"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("fb-pins-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sub", "vcenter-pins.ini", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *sub = g_path_get_dirname (f->path);

  g_remove (f->path);
  g_rmdir (sub);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
read_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Adding stores the date; list gives host, port, fingerprint and that date. */
static void
test_add_and_list (Fixture *f, gconstpointer data)
{
  g_autoptr(FbVcenterPins) pins = fb_vcenter_pins_new (f->path);
  g_autoptr(FbVcenterPins) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *host_port = NULL;
  FbVcenterPin *pin;

  list = fb_vcenter_pins_list (pins);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (fb_vcenter_pins_add (pins, "vc-nbg-01.contoso.local:443", FP_A, &error));
  g_assert_no_error (error);
  g_assert_true (fb_vcenter_pins_add (pins, "10.0.0.5:8443", FP_B, &error));
  g_assert_no_error (error);
  after = g_date_time_new_now_utc ();

  text = read_file (f->path);
  g_assert_nonnull (strstr (text, "accepted="));

  /* a new store reads the same from the file */
  again = fb_vcenter_pins_new (f->path);
  list = fb_vcenter_pins_list (again);
  g_assert_cmpuint (list->len, ==, 2);
  pin = g_ptr_array_index (list, 0);   /* sorted by host */
  g_assert_cmpstr (pin->host, ==, "10.0.0.5");
  g_assert_cmpuint (pin->port, ==, 8443);
  g_assert_cmpstr (pin->fingerprint, ==, FP_B);
  pin = g_ptr_array_index (list, 1);
  g_assert_cmpstr (pin->host, ==, "vc-nbg-01.contoso.local");
  g_assert_cmpuint (pin->port, ==, 443);
  g_assert_cmpstr (pin->fingerprint, ==, FP_A);
  g_assert_nonnull (pin->accepted);
  /* stored to the second */
  g_assert_cmpint (g_date_time_to_unix (pin->accepted), >=, g_date_time_to_unix (before));
  g_assert_cmpint (g_date_time_to_unix (pin->accepted), <=, g_date_time_to_unix (after));
  host_port = fb_vcenter_pin_dup_host_port (pin);
  g_assert_cmpstr (host_port, ==, "vc-nbg-01.contoso.local:443");

  /* a copy is independent of the list */
  {
    g_autoptr(FbVcenterPin) copy = fb_vcenter_pin_copy (pin);

    g_clear_pointer (&list, g_ptr_array_unref);
    g_assert_cmpstr (copy->fingerprint, ==, FP_A);
    g_assert_nonnull (copy->accepted);
    g_assert_true (G_TYPE_IS_BOXED (FB_TYPE_VCENTER_PIN));
  }

  /* the same fingerprint again keeps the first date; another one is refused */
  g_assert_true (fb_vcenter_pins_add (again, "vc-nbg-01.contoso.local:443", FP_A, &error));
  g_assert_false (fb_vcenter_pins_add (again, "vc-nbg-01.contoso.local:443", FP_B, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
  g_clear_error (&error);

  g_assert_true (fb_vcenter_pins_remove (again, "10.0.0.5:8443", &error));
  g_assert_no_error (error);
  list = fb_vcenter_pins_list (again);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_null (fb_vcenter_pins_lookup (again, "10.0.0.5:8443"));
}

/* A pin file of an older Failback (no dates) still works: listed without a
 * date, trusted by the client; malformed groups are left out. */
static void
test_old_file (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autoptr(FbVcenterPins) pins = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  FbVcenterPin *pin;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path,
                                      "[vc-old.contoso.local:443]\n"
                                      "sha256=" FP_A "\n"
                                      "\n"
                                      "[no-port.contoso.local]\n"
                                      "sha256=" FP_B "\n"
                                      "\n"
                                      "[vc-empty.contoso.local:443]\n"
                                      "other=1\n"
                                      "\n"
                                      "[vc-bad-date.contoso.local:443]\n"
                                      "sha256=" FP_B "\n"
                                      "accepted=yesterday\n",
                                      -1, NULL));
  pins = fb_vcenter_pins_new (f->path);
  g_assert_cmpstr (fb_vcenter_pins_lookup (pins, "vc-old.contoso.local:443"), ==, FP_A);

  list = fb_vcenter_pins_list (pins);
  g_assert_cmpuint (list->len, ==, 2);
  pin = g_ptr_array_index (list, 0);
  g_assert_cmpstr (pin->host, ==, "vc-bad-date.contoso.local");
  g_assert_null (pin->accepted);
  pin = g_ptr_array_index (list, 1);
  g_assert_cmpstr (pin->host, ==, "vc-old.contoso.local");
  g_assert_cmpuint (pin->port, ==, 443);
  g_assert_cmpstr (pin->fingerprint, ==, FP_A);
  g_assert_null (pin->accepted);

  /* adding another pin keeps the old one as it was */
  g_assert_true (fb_vcenter_pins_add (pins, "vc-new.contoso.local:443", FP_B, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  {
    g_autoptr(FbVcenterPins) again = fb_vcenter_pins_new (f->path);

    list = fb_vcenter_pins_list (again);
    g_assert_cmpuint (list->len, ==, 3);
    pin = g_ptr_array_index (list, 1);
    g_assert_cmpstr (pin->host, ==, "vc-new.contoso.local");
    g_assert_nonnull (pin->accepted);
    pin = g_ptr_array_index (list, 2);
    g_assert_cmpstr (pin->host, ==, "vc-old.contoso.local");
    g_assert_null (pin->accepted);
  }
}

/* Two stores on one file (the app and failbackctl): a change through one does
 * not drop what the other wrote. */
static void
test_two_writers (Fixture *f, gconstpointer data)
{
  g_autoptr(FbVcenterPins) app = fb_vcenter_pins_new (f->path);
  g_autoptr(FbVcenterPins) cli = fb_vcenter_pins_new (f->path);
  g_autoptr(FbVcenterPins) check = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fb_vcenter_pins_add (app, "vc-a.contoso.local:443", FP_A, &error));
  g_assert_true (fb_vcenter_pins_add (cli, "vc-b.contoso.local:443", FP_B, &error));
  g_assert_no_error (error);
  check = fb_vcenter_pins_new (f->path);
  list = fb_vcenter_pins_list (check);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* the other store pinned a different certificate for vc-b meanwhile */
  g_assert_false (fb_vcenter_pins_add (app, "vc-b.contoso.local:443", FP_A, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
  g_clear_error (&error);

  g_assert_true (fb_vcenter_pins_remove (cli, "vc-a.contoso.local:443", &error));
  g_assert_no_error (error);
  g_clear_object (&check);
  check = fb_vcenter_pins_new (f->path);
  list = fb_vcenter_pins_list (check);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FbVcenterPin *) g_ptr_array_index (list, 0))->host, ==, "vc-b.contoso.local");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/vcenter/pins/add-and-list", Fixture, NULL, fixture_set_up, test_add_and_list, fixture_tear_down);
  g_test_add ("/vcenter/pins/old-file", Fixture, NULL, fixture_set_up, test_old_file, fixture_tear_down);
  g_test_add ("/vcenter/pins/two-writers", Fixture, NULL, fixture_set_up, test_two_writers, fixture_tear_down);
  return g_test_run ();
}
