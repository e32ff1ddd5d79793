/* test-preferences.c - FbPreferencesWindow's vCenter trust flow against the simulator's
 * vCenter over https (tests/vcenter/fixtures certificates)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fb-application.h"
#include "fb-preferences-window.h"
#include "fb-sim-server.h"
#include "fb-vcenter-pins.h"
#include "gui3-test-util.h"

static GTlsCertificate *
load_certificate (const char *name)
{
  g_autofree char *cert = g_strdup_printf ("%s.pem", name);
  g_autofree char *key = g_strdup_printf ("%s.key", name);
  g_autofree char *cert_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter", "fixtures", cert, NULL);
  g_autofree char *key_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter", "fixtures", key, NULL);
  g_autoptr(GError) error = NULL;
  GTlsCertificate *certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);

  g_assert_no_error (error);
  return certificate;
}

static FbSimServer *
start_sim (GTlsCertificate *certificate,
           guint            port)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *sim = fb_sim_server_new ("demo", &error);

  g_assert_no_error (error);
  fb_sim_server_set_tls_certificate (sim, certificate);
  g_assert_true (fb_sim_server_start (sim, port, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (fb_sim_server_get_base_uri (sim), "https://"));
  return sim;
}

static char *
host_port_of (FbSimServer *sim)
{
  g_autoptr(GUri) uri = g_uri_parse (fb_sim_server_get_base_uri (sim), G_URI_FLAGS_NONE, NULL);

  return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
}

static GtkWidget *
child (FbPreferencesWindow *window,
       const char          *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
fill_and_connect (FbPreferencesWindow *window,
                  const char          *host_port)
{
  g_signal_emit_by_name (ut_find_named (GTK_WIDGET (window), "Add vCenter"), "clicked");
  ut_run_briefly ();
  gtk_editable_set_text (GTK_EDITABLE (child (window, "vcenter_server_row")), host_port);
  gtk_editable_set_text (GTK_EDITABLE (child (window, "vcenter_user_row")), "administrator@vsphere.local");
  gtk_editable_set_text (GTK_EDITABLE (child (window, "vcenter_password_row")), "demo-password");
  ut_run_briefly ();
  g_assert_true (gtk_widget_get_sensitive (child (window, "vcenter_connect_button")));
  g_signal_emit_by_name (child (window, "vcenter_connect_button"), "clicked");
}

static void
wait_named (GtkWidget  *root,
            const char *name,
            gboolean    present)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((ut_find_named (root, name) != NULL) != present)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ut_run_for (10);
    }
}

/* The login after "Trust" has finished: connected (subpage closed, no status). */
static void
wait_connected (FbPreferencesWindow *window)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_visible (child (window, "vcenter_spinner")) ||
         gtk_widget_get_visible (child (window, "vcenter_status_label")))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ut_run_for (10);
    }
  g_assert_null (ut_find_message_dialog ());
}

static void
test_vcenter_trust (void)
{
  g_autoptr(GTlsCertificate) cert_a = load_certificate ("cert-a");
  g_autoptr(GTlsCertificate) cert_b = load_certificate ("cert-b");
  g_autofree char *fingerprint_a = fb_vcenter_certificate_fingerprint (cert_a);
  FbSimServer *sim = start_sim (cert_a, 0);
  g_autofree char *host_port = host_port_of (sim);
  g_autofree char *forget_name = g_strdup_printf ("Forget the Certificate of %s", host_port);
  FbPreferencesWindow *window = g_object_ref (FB_PREFERENCES_WINDOW (fb_preferences_window_new (NULL)));
  g_autoptr(FbVcenterPins) pins = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  guint port;

  gtk_window_present (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_null (ut_find_named (GTK_WIDGET (window), host_port));

  /* 1. An untrusted certificate: its fingerprint is shown; cancelling pins nothing. */
  fill_and_connect (window, host_port);
  dialog = ut_wait_message_dialog (10000);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Trust This Certificate?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fingerprint_a));
  ut_respond (dialog, "cancel");
  ut_run_briefly ();
  g_assert_true (gtk_widget_has_css_class (child (window, "vcenter_status_label"), "error"));
  pins = fb_vcenter_pins_new (NULL);
  g_assert_null (fb_vcenter_pins_lookup (pins, host_port));
  g_clear_object (&pins);

  /* 2. Trusting it pins it and connects; the connection is listed with its fingerprint. */
  g_signal_emit_by_name (child (window, "vcenter_connect_button"), "clicked");
  dialog = ut_wait_message_dialog (10000);
  ut_respond (dialog, "trust");
  wait_connected (window);
  wait_named (GTK_WIDGET (window), host_port, TRUE);
  row = ut_find_named (GTK_WIDGET (window), host_port);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), fingerprint_a));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Trusted since "));
  pins = fb_vcenter_pins_new (NULL);
  g_assert_cmpstr (fb_vcenter_pins_lookup (pins, host_port), ==, fingerprint_a);
  g_clear_object (&pins);

  /* 3. Forget removes the pin. */
  g_signal_emit_by_name (ut_find_named (GTK_WIDGET (window), forget_name), "clicked");
  ut_run_briefly ();
  g_assert_null (ut_find_named (GTK_WIDGET (window), host_port));
  pins = fb_vcenter_pins_new (NULL);
  g_assert_null (fb_vcenter_pins_lookup (pins, host_port));
  g_clear_object (&pins);

  /* trust it again */
  fill_and_connect (window, host_port);
  dialog = ut_wait_message_dialog (10000);
  ut_respond (dialog, "trust");
  wait_connected (window);
  wait_named (GTK_WIDGET (window), host_port, TRUE);

  /* 4. The same host:port with another certificate: a hard stop, the pin stays. */
  {
    g_autoptr(GUri) uri = g_uri_parse (fb_sim_server_get_base_uri (sim), G_URI_FLAGS_NONE, NULL);
    port = g_uri_get_port (uri);
  }
  fb_sim_server_stop (sim);
  g_object_unref (sim);
  sim = start_sim (cert_b, port);
  ut_run_for (100);
  fill_and_connect (window, host_port);
  dialog = ut_wait_message_dialog (10000);
  g_test_message ("dialog: %s", adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The vCenter's certificate has changed");
  g_assert_false (adw_message_dialog_has_response (dialog, "remedy"));
  ut_respond (dialog, "close");
  ut_run_briefly ();
  g_assert_true (gtk_widget_has_css_class (child (window, "vcenter_status_label"), "error"));
  pins = fb_vcenter_pins_new (NULL);
  g_assert_cmpstr (fb_vcenter_pins_lookup (pins, host_port), ==, fingerprint_a);

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_for (100);
  g_assert_finalize_object (window);
  fb_sim_server_stop (sim);
  g_object_unref (sim);
}

static void
test_accounts_empty (void)
{
  FbPreferencesWindow *window = g_object_ref (FB_PREFERENCES_WINDOW (fb_preferences_window_new (NULL)));

  gtk_window_present (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_nonnull (ut_find_named (GTK_WIDGET (window), "Add Account"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child (window, "accounts_group"))),
                            "No account yet"));

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

/* Several accounts: each listed with Sign Out; signing out forgets it and shows the next.
 * The closed window holds no session (its rows' Sign Out buttons did, through groups
 * libadwaita 1.2 kept alive). */
static void
test_accounts (void)
{
  g_autoptr(FbApplication) app = fb_application_new ();
  FbSession *alice = fb_session_new (FB_SESSION_KIND_AZURE, "alice@contoso.com", "https://management.azure.com/");
  FbSession *bob = fb_session_new (FB_SESSION_KIND_AZURE, "bob@fabrikam.com", "https://management.chinacloudapi.cn/");
  g_autoptr(GError) error = NULL;
  FbPreferencesWindow *window;
  GtkWidget *parent;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  fb_application_add_session (app, alice);
  fb_application_add_session (app, bob);
  g_assert_true (fb_application_get_session (app) == bob);
  g_assert_cmpuint (g_list_model_get_n_items (fb_application_get_sessions (app)), ==, 2);

  parent = gtk_window_new ();
  gtk_window_set_application (GTK_WINDOW (parent), GTK_APPLICATION (app));
  window = g_object_ref (FB_PREFERENCES_WINDOW (fb_preferences_window_new (GTK_WINDOW (parent))));
  gtk_window_present (GTK_WINDOW (window));
  ut_run_briefly ();

  g_assert_nonnull (ut_find_named (GTK_WIDGET (window), "alice@contoso.com"));
  g_assert_nonnull (ut_find_named (GTK_WIDGET (window), "bob@fabrikam.com"));

  g_signal_emit_by_name (ut_find_named (GTK_WIDGET (window), "Sign Out of bob@fabrikam.com"), "clicked");
  ut_run_briefly ();
  g_assert_null (ut_find_named (GTK_WIDGET (window), "bob@fabrikam.com"));
  g_assert_nonnull (ut_find_named (GTK_WIDGET (window), "alice@contoso.com"));
  g_assert_true (fb_application_get_session (app) == alice);
  g_assert_cmpuint (g_list_model_get_n_items (fb_application_get_sessions (app)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (bob);
  gtk_window_destroy (GTK_WINDOW (parent));
  ut_run_briefly ();
  fb_application_remove_session (app, alice);
  g_assert_null (fb_application_get_session (app));
  g_assert_finalize_object (alice);
}

int
main (int   argc,
      char *argv[])
{
  ut_init (&argc, &argv);
  if (!ut_have_display ())
    return 0;

  g_test_add_func ("/preferences/accounts-empty", test_accounts_empty);
  g_test_add_func ("/preferences/vcenter-trust", test_vcenter_trust);
  g_test_add_func ("/preferences/accounts", test_accounts);

  return g_test_run ();
}
