/* test-sign-in.c - FbSignInWindow against the in-process simulator's Entra ID
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>

#include "fb-session.h"
#include "fb-sign-in-window.h"
#include "fb-sim-server.h"
#include "gui3-test-util.h"

static GtkWidget *
child (FbSignInWindow *window,
       const char     *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_SIGN_IN_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
set_text (FbSignInWindow *window,
          const char     *row,
          const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (window, row)), text);
  ut_run_briefly ();
}

static FbSimServer *
start_sim (void)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *sim = fb_sim_server_new ("demo", &error);

  g_assert_no_error (error);
  fb_sim_server_set_speed (sim, 20);
  fb_sim_server_set_device_auto_approve (sim, -1);
  g_assert_true (fb_sim_server_start (sim, 0, &error));
  g_assert_no_error (error);
  return sim;
}

static void
use_custom_cloud (FbSignInWindow *window,
                  FbSimServer    *sim)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "cloud_row")), 3);
  ut_run_briefly ();
  g_assert_true (gtk_widget_get_visible (child (window, "login_row")));
  set_text (window, "login_row", fb_sim_server_get_base_uri (sim));
  set_text (window, "arm_row", fb_sim_server_get_base_uri (sim));
}

static void
signed_in_cb (FbSignInWindow *window,
              FbSession      *session,
              FbSession     **out)
{
  g_set_object (out, session);
}

static void
test_validation (void)
{
  FbSignInWindow *window = g_object_ref (fb_sign_in_window_new (NULL));
  GtkWidget *tenant, *sign_in, *message, *login, *device;

  g_assert_true (fb_sign_in_is_guid ("11111111-1111-1111-1111-111111111111"));
  g_assert_true (fb_sign_in_is_guid ("0a1B2c3D-4e5f-6789-abcd-ef0123456789"));
  g_assert_false (fb_sign_in_is_guid ("11111111-1111-1111-1111-11111111111"));
  g_assert_false (fb_sign_in_is_guid ("11111111111111111111111111111111"));
  g_assert_false (fb_sign_in_is_guid ("contoso.onmicrosoft.com"));
  g_assert_false (fb_sign_in_is_guid (""));

  g_assert_null (fb_sign_in_check_endpoint ("https://login.example.com/"));
  g_assert_null (fb_sign_in_check_endpoint ("http://127.0.0.1:8080/"));
  g_assert_null (fb_sign_in_check_endpoint ("http://localhost:8080"));
  {
    g_autofree char *plain = fb_sign_in_check_endpoint ("http://login.example.com/");
    g_autofree char *not_url = fb_sign_in_check_endpoint ("login.example.com");

    g_assert_nonnull (plain);
    g_assert_nonnull (not_url);
  }

  gtk_window_present (GTK_WINDOW (window));
  ut_run_briefly ();

  /* Service principal: errors while typing, Sign In only when all is valid. */
  g_signal_emit_by_name (child (window, "principal_button"), "clicked");
  ut_run_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "stack"))), ==, "service-principal");
  tenant = child (window, "tenant_row");
  sign_in = ut_find_named (GTK_WIDGET (window), "_Sign In");
  g_assert_true (sign_in == child (window, "principal_sign_in_button"));
  message = child (window, "principal_error_label");

  g_assert_false (gtk_widget_has_css_class (tenant, "error"));
  g_assert_false (gtk_widget_get_sensitive (sign_in));

  set_text (window, "tenant_row", "1111-not-a-guid");
  g_assert_true (gtk_widget_has_css_class (tenant, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "Tenant ID must be a GUID"));

  set_text (window, "tenant_row", "11111111-1111-1111-1111-111111111111");
  g_assert_false (gtk_widget_has_css_class (tenant, "error"));
  g_assert_false (gtk_widget_get_visible (message));
  set_text (window, "client_row", "22222222-2222-2222-2222-222222222222");
  g_assert_false (gtk_widget_get_sensitive (sign_in));   /* no secret yet */
  set_text (window, "secret_row", "s3cret");
  g_assert_true (gtk_widget_get_sensitive (sign_in));

  /* Custom cloud: only https (http for this computer). */
  g_signal_emit_by_name (child (window, "back_button"), "clicked");
  ut_run_briefly ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "cloud_row")), 3);
  ut_run_briefly ();
  login = child (window, "login_row");
  device = child (window, "device_button");
  g_assert_false (gtk_widget_get_sensitive (device));
  set_text (window, "login_row", "http://login.example.com/");
  g_assert_true (gtk_widget_has_css_class (login, "error"));
  g_assert_true (gtk_widget_get_visible (child (window, "endpoint_error_label")));
  set_text (window, "login_row", "https://login.example.com/");
  set_text (window, "arm_row", "https://management.example.com/");
  g_assert_false (gtk_widget_has_css_class (login, "error"));
  g_assert_true (gtk_widget_get_sensitive (device));

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

static void
test_service_principal (void)
{
  FbSimServer *sim = start_sim ();
  FbSignInWindow *window = g_object_ref (fb_sign_in_window_new (NULL));
  g_autoptr(FbSession) session = NULL;
  gint64 end;

  g_signal_connect (window, "signed-in", G_CALLBACK (signed_in_cb), &session);
  gtk_window_present (GTK_WINDOW (window));
  use_custom_cloud (window, sim);
  g_signal_emit_by_name (child (window, "principal_button"), "clicked");
  set_text (window, "tenant_row", fb_sim_server_get_tenant_id (sim));
  set_text (window, "client_row", fb_sim_server_get_client_id (sim));

  /* a wrong secret: the window says so and stays */
  set_text (window, "secret_row", "wrong-secret");
  g_signal_emit_by_name (child (window, "principal_sign_in_button"), "clicked");
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!gtk_widget_get_visible (child (window, "principal_error_label")))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_null (session);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (window, "principal_error_label"))),
                            "The client ID or secret is wrong"));

  set_text (window, "secret_row", fb_sim_server_get_client_secret (sim));
  g_signal_emit_by_name (child (window, "principal_sign_in_button"), "clicked");
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (session == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  g_assert_cmpint (fb_session_get_kind (session), ==, FB_SESSION_KIND_AZURE);
  g_assert_true (fb_session_get_ready (session));
  g_assert_true (fb_sign_in_window_get_session (window) == session);
  g_assert_true (fb_azure_auth_get_signed_in (fb_sign_in_window_get_auth (window)));
  /* No keyring in the tests: the window says the secret is kept for this session only. */
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "stack"))), "no-keyring") != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "stack"))), ==, "no-keyring");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (child (window, "no_keyring_page"))),
                            "secret cannot be kept"));

  /* the session loads the account's vaults */
  ut_wait_until_items (fb_session_get_vaults (session), 2, 10000);

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
  while (fb_session_get_loading (session))
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (g_steal_pointer (&session));
  fb_sim_server_stop (sim);
  g_object_unref (sim);
}

static void
approve (FbSimServer *sim,
         const char  *user_code)
{
  g_autoptr(SoupSession) soup = soup_session_new ();
  g_autofree char *uri = g_strconcat (fb_sim_server_get_base_uri (sim), "sim/device/approve", NULL);
  g_autofree char *body = g_strdup_printf ("user_code=%s", user_code);
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
  g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) error = NULL;

  soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", request);
  response = soup_session_send_and_read (soup, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), <, 300);
}

static void
test_device_code (void)
{
  FbSimServer *sim = start_sim ();
  FbSignInWindow *window = g_object_ref (fb_sign_in_window_new (NULL));
  g_autoptr(FbSession) session = NULL;
  GtkWidget *code, *copy, *open, *status;
  g_autofree char *user_code = NULL;
  gint64 end;

  g_signal_connect (window, "signed-in", G_CALLBACK (signed_in_cb), &session);
  gtk_window_present (GTK_WINDOW (window));
  use_custom_cloud (window, sim);
  set_text (window, "device_client_row", fb_sim_server_get_client_id (sim));
  g_signal_emit_by_name (ut_find_named (GTK_WIDGET (window), "Sign in with a Browser"), "clicked");
  ut_run_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "stack"))), ==, "device-code");

  code = child (window, "code_label");
  copy = ut_find_named (GTK_WIDGET (window), "Copy Code");
  open = ut_find_named (GTK_WIDGET (window), "Open Browser");
  status = child (window, "device_status_label");
  g_assert_true (copy == child (window, "copy_button"));
  g_assert_true (open == child (window, "open_button"));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (child (window, "device_spinner"))));

  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!gtk_widget_get_sensitive (copy))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  user_code = g_strdup (gtk_label_get_label (GTK_LABEL (code)));
  g_assert_cmpuint (strlen (user_code), ==, 9);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (code)));
  g_assert_true (gtk_widget_has_css_class (code, "monospace"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (window, "verification_label"))), "devicelogin"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (status)), "Waiting"));

  /* Copy puts the code on the clipboard. */
  g_signal_emit_by_name (copy, "clicked");
  ut_run_briefly ();
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
    g_autoptr(GAsyncResult) result = NULL;
    g_autofree char *text = NULL;

    gdk_clipboard_read_text_async (clipboard, NULL, ut_store_result_cb, &result);
    ut_wait_result (&result);
    text = gdk_clipboard_read_text_finish (clipboard, result, NULL);
    g_assert_cmpstr (text, ==, user_code);
  }

  approve (sim, user_code);
  end = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (session == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (fb_azure_auth_get_kind (fb_session_get_auth (session)), ==, FB_AZURE_AUTH_KIND_DEVICE_CODE);
  g_assert_true (fb_session_get_ready (session));
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (child (window, "device_spinner"))));

  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
  ut_wait_until_items (fb_session_get_vaults (session), 2, 10000);
  while (fb_session_get_loading (session))
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (g_steal_pointer (&session));
  fb_sim_server_stop (sim);
  g_object_unref (sim);
}

/* Cancel on the device code page goes back; the flow stops. */
static void
test_device_code_cancel (void)
{
  FbSimServer *sim = start_sim ();
  FbSignInWindow *window = g_object_ref (fb_sign_in_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  use_custom_cloud (window, sim);
  set_text (window, "device_client_row", fb_sim_server_get_client_id (sim));
  g_signal_emit_by_name (child (window, "device_button"), "clicked");
  ut_run_for (200);
  g_signal_emit_by_name (ut_find_named (child (window, "stack"), "_Cancel"), "clicked");
  ut_run_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "stack"))), ==, "choose");
  g_assert_null (fb_sign_in_window_get_auth (window));
  g_assert_false (gtk_spinner_get_spinning (GTK_SPINNER (child (window, "device_spinner"))));

  gtk_window_destroy (GTK_WINDOW (window));
  /* the cancelled sign-in lets go of the window once its request has ended */
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (G_OBJECT (window)->ref_count > 1)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, end);
        ut_run_for (10);
      }
  }
  g_assert_finalize_object (window);
  fb_sim_server_stop (sim);
  g_object_unref (sim);
}

int
main (int   argc,
      char *argv[])
{
  ut_init (&argc, &argv);
  if (!ut_have_display ())
    return 0;

  g_test_add_func ("/sign-in/validation", test_validation);
  g_test_add_func ("/sign-in/service-principal", test_service_principal);
  g_test_add_func ("/sign-in/device-code", test_device_code);
  g_test_add_func ("/sign-in/device-code-cancel", test_device_code_cancel);

  return g_test_run ();
}
