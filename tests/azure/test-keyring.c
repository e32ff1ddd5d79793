/* test-keyring.c - secrets really kept in a (private) Secret Service:
 * found again at the next start, removed at sign-out
 *
 * Run through run-with-keyring.sh (a private D-Bus session and gnome-keyring).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-test-azure.h"

static gboolean
store_account (FbSecretStore *store, const char *kind, const char *secret, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_secret_store_store_account_async (store, "tenant-a", "client-a", kind, secret, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_secret_store_store_account_finish (store, res, error);
}

static char *
lookup_account (FbSecretStore *store, const char *kind, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_secret_store_lookup_account_async (store, "tenant-a", "client-a", kind, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_secret_store_lookup_account_finish (store, res, error);
}

static void
test_store_lookup_clear (void)
{
  g_autoptr(FbSecretStore) store = fb_secret_store_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  if (!store_account (store, FB_SECRET_KIND_CLIENT_SECRET, "s3cret-value", &error))
    {
      g_test_skip (error->message);
      return;
    }
  found = lookup_account (store, FB_SECRET_KIND_CLIENT_SECRET, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "s3cret-value");
  g_clear_pointer (&found, g_free);
  found = lookup_account (store, FB_SECRET_KIND_REFRESH_TOKEN, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  fb_secret_store_clear_account_async (store, "tenant-a", "client-a", NULL, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  g_assert_true (fb_secret_store_clear_account_finish (store, res, &error));
  found = lookup_account (store, FB_SECRET_KIND_CLIENT_SECRET, &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

static void
test_vcenter_password (void)
{
  g_autoptr(FbSecretStore) store = fb_secret_store_new ();
  g_autoptr(GAsyncResult) r1 = NULL, r2 = NULL, r3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pw = NULL;
  GAsyncResult *slot = NULL;

  fb_secret_store_store_vcenter_async (store, "vc.example", "admin@vsphere.local", "pa55", NULL, fb_test_done_cb, &slot);
  r1 = fb_test_wait_result (&slot);
  if (!fb_secret_store_store_vcenter_finish (store, r1, &error))
    {
      g_test_skip (error->message);
      return;
    }
  fb_secret_store_lookup_vcenter_async (store, "vc.example", "admin@vsphere.local", NULL, fb_test_done_cb, &slot);
  r2 = fb_test_wait_result (&slot);
  pw = fb_secret_store_lookup_vcenter_finish (store, r2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw, ==, "pa55");
  fb_secret_store_clear_vcenter_async (store, "vc.example", "admin@vsphere.local", NULL, fb_test_done_cb, &slot);
  r3 = fb_test_wait_result (&slot);
  g_assert_true (fb_secret_store_clear_vcenter_finish (store, r3, &error));
}

static void
keyring_settled (FbAzureAuth *auth)
{
  /* the secret is written in the background */
  while (fb_azure_auth_get_keyring_busy (auth))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (fb_azure_auth_get_keyring_error (auth));
}

/* Sign in with a client secret and remember it; a "next start" restores the
 * session from the keyring; sign-out removes it. */
static void
test_restore_and_sign_out (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, FALSE);
  g_autoptr(FbSecretStore) store = fb_secret_store_new ();
  g_autoptr(FbAzureAuth) first = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim),
                                                    fb_sim_server_get_client_id (t->sim), store);
  g_autoptr(FbAzureAuth) second = NULL;
  g_autoptr(FbAzureAuth) third = NULL;
  g_autoptr(GAsyncResult) r1 = NULL, r2 = NULL, r3 = NULL, r4 = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;

  fb_azure_auth_sign_in_client_secret_async (first, fb_sim_server_get_client_secret (t->sim), TRUE, NULL,
                                             fb_test_done_cb, &slot);
  r1 = fb_test_wait_result (&slot);
  g_assert_true (fb_azure_auth_sign_in_client_secret_finish (first, r1, &error));
  keyring_settled (first);

  second = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim), fb_sim_server_get_client_id (t->sim), store);
  fb_azure_auth_restore_async (second, NULL, fb_test_done_cb, &slot);
  r2 = fb_test_wait_result (&slot);
  g_assert_true (fb_azure_auth_restore_finish (second, r2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fb_azure_auth_get_kind (second), ==, FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL);

  fb_azure_auth_sign_out_async (second, NULL, fb_test_done_cb, &slot);
  r3 = fb_test_wait_result (&slot);
  g_assert_true (fb_azure_auth_sign_out_finish (second, r3, &error));
  g_assert_false (fb_azure_auth_get_signed_in (second));

  third = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim), fb_sim_server_get_client_id (t->sim), store);
  fb_azure_auth_restore_async (third, NULL, fb_test_done_cb, &slot);
  r4 = fb_test_wait_result (&slot);
  g_assert_false (fb_azure_auth_restore_finish (third, r4, &error));
  g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN);
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  if (g_getenv ("FB_TEST_KEYRING") == NULL)
    {
      g_test_message ("run through run-with-keyring.sh");
      return 77;
    }
  g_unsetenv ("FAILBACK_KEYRING");
  g_test_add_func ("/azure/keyring/store-lookup-clear", test_store_lookup_clear);
  g_test_add_func ("/azure/keyring/vcenter-password", test_vcenter_password);
  g_test_add_func ("/azure/keyring/restore-and-sign-out", test_restore_and_sign_out);
  return g_test_run ();
}
