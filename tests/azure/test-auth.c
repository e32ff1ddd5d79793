/* test-auth.c - Entra ID sign-in against the simulator, keyring-less path, redaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>

#include "fb-test-azure.h"
#include "fb-traffic-log.h"
#include "fb-vault.h"

#include <json-glib/json-glib.h>

typedef struct {
  FbTestAzure *t;
  gboolean approve;
  gboolean posted;
  char *user_code;
  SoupSession *session;
} DeviceFixture;

static void
sim_post_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
  *(gboolean *) data = TRUE;
}

static void
on_device_code (FbAzureAuth *auth, const char *user_code, const char *uri, const char *message, gpointer data)
{
  DeviceFixture *f = data;
  g_autofree char *url = g_strconcat (fb_sim_server_get_base_uri (f->t->sim),
                                      f->approve ? "sim/device/approve" : "sim/device/decline", NULL);
  g_autofree char *form = soup_form_encode ("user_code", user_code, NULL);
  g_autoptr(GBytes) body = g_bytes_new (form, strlen (form));
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);

  g_assert_nonnull (user_code);
  g_assert_nonnull (uri);
  g_assert_cmpstr (fb_azure_auth_get_user_code (auth), ==, user_code);
  f->user_code = g_strdup (user_code);
  soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", body);
  soup_session_send_and_read_async (f->session, msg, G_PRIORITY_DEFAULT, NULL, sim_post_cb, &f->posted);
}

static gboolean
device_sign_in (FbTestAzure *t, FbAzureAuth *auth, gboolean approve, GError **error)
{
  DeviceFixture f = { t, approve, FALSE, NULL, soup_session_new () };
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;
  gboolean ok;

  g_signal_connect (auth, "device-code", G_CALLBACK (on_device_code), &f);
  fb_azure_auth_sign_in_device_code_async (auth, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  ok = fb_azure_auth_sign_in_device_code_finish (auth, res, error);
  g_signal_handlers_disconnect_by_data (auth, &f);
  g_assert_true (f.posted);
  g_assert_null (fb_azure_auth_get_user_code (auth));   /* cleared after the flow */
  g_free (f.user_code);
  g_object_unref (f.session);
  return ok;
}

static char *
get_token (FbAzureAuth *auth, gboolean force, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_azure_auth_get_token_async (auth, force, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_azure_auth_get_token_finish (auth, res, error);
}

static void
test_device_code (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *vault = NULL;

  g_assert_false (fb_azure_auth_get_signed_in (t->auth));
  g_assert_true (device_sign_in (t, t->auth, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (fb_azure_auth_get_signed_in (t->auth));
  g_assert_cmpint (fb_azure_auth_get_kind (t->auth), ==, FB_AZURE_AUTH_KIND_DEVICE_CODE);
  first = get_token (t->auth, FALSE, &error);
  g_assert_no_error (error);
  /* refresh with the refresh token */
  second = get_token (t->auth, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  /* and ARM accepts it */
  vault = fb_test_first_vault_id (t);
  g_assert_nonnull (strstr (vault, "/vaults/"));
  fb_test_azure_free (t);
}

static void
test_device_code_declined (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_false (device_sign_in (t, t->auth, FALSE, &error));
  g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_DECLINED);
  g_assert_false (fb_azure_auth_get_signed_in (t->auth));
  fb_test_azure_free (t);
}

/* A code nobody enters expires: FB_AUTH_ERROR_EXPIRED (expired_token). */
static void
test_device_code_expired (void)
{
  g_autofree char *src = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;
  JsonObject *root, *dc;
  FbTestAzure *t;

  g_assert_true (json_parser_load_from_file (p, src, &error));
  root = json_node_get_object (json_parser_get_root (p));
  dc = json_object_get_object_member (root, "deviceCode");
  json_object_set_int_member (dc, "expiresSeconds", 1);
  json_object_set_int_member (dc, "autoApproveSeconds", -1);
  path = g_build_filename (g_get_user_state_dir (), "demo-expiring-code.json", NULL);
  g_mkdir_with_parents (g_get_user_state_dir (), 0700);
  json_generator_set_root (gen, json_parser_get_root (p));
  g_assert_true (json_generator_to_file (gen, path, &error));

  t = fb_test_azure_new (path, 5, 0, FALSE);
  fb_azure_auth_sign_in_device_code_async (t->auth, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  g_assert_false (fb_azure_auth_sign_in_device_code_finish (t->auth, res, &error));
  g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_EXPIRED);
  g_assert_null (fb_azure_auth_get_user_code (t->auth));
  fb_test_azure_free (t);
}

static void
test_client_secret (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, TRUE);
  g_autoptr(FbAzureAuth) wrong = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim),
                                                    fb_sim_server_get_client_id (t->sim), NULL);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;

  g_assert_cmpint (fb_azure_auth_get_kind (t->auth), ==, FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL);
  g_assert_cmpint (fb_azure_auth_get_token_expires_in (t->auth), >, 0);
  fb_azure_auth_sign_in_client_secret_async (wrong, "not-the-secret", FALSE, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  g_assert_false (fb_azure_auth_sign_in_client_secret_finish (wrong, res, &error));
  g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_CLIENT);
  g_assert_false (fb_azure_auth_get_signed_in (wrong));
  fb_test_azure_free (t);
}

/* A token lifetime of 2 s: requests keep working across expiries. */
static void
test_token_expiry (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 2, TRUE);
  g_autofree char *first = NULL;
  g_autofree char *later = NULL;
  g_autoptr(GError) error = NULL;

  first = get_token (t->auth, FALSE, &error);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *v = fb_test_first_vault_id (t);
      g_assert_nonnull (v);
      fb_test_run_for (1100);
    }
  later = get_token (t->auth, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, later);
  fb_test_azure_free (t);
}

/* A token that expires in the middle of a job (lifetime 1 s, a job of several seconds). */
static void
test_token_expires_during_job (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 12, 1, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(FbJob) job = NULL;
  GAsyncResult *slot = NULL;

  fb_site_recovery_find_item_async (t->sr, vault_id, "web-02", NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  item = fb_site_recovery_find_finish (t->sr, res, &error);
  g_assert_no_error (error);
  action = fb_action_new_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                   FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL, FALSE, &error);
  g_assert_no_error (error);
  job = fb_test_run_and_wait (t, action, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  /* the job ran longer than a token lives: several tokens were issued */
  g_assert_cmpuint (fb_test_count_requests (t, "POST", "/oauth2/v2.0/token", 200), >=, 2);
  fb_test_azure_free (t);
}

static void
keyring_error_cb (GObject *object, GParamSpec *pspec, gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* No Secret Service (FAILBACK_KEYRING=none stands in for a sandbox without
 * one): a clear error, and sign-in still works for the session. */
static void
test_no_keyring (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, FALSE);
  g_autoptr(FbSecretStore) store = fb_secret_store_new ();
  g_autoptr(FbAzureAuth) auth = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim),
                                                   fb_sim_server_get_client_id (t->sim), store);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;
  gboolean notified = FALSE;
  g_autofree char *secret = NULL;

  fb_secret_store_lookup_account_async (store, "t", "c", FB_SECRET_KIND_REFRESH_TOKEN, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  secret = fb_secret_store_lookup_account_finish (store, res, &error);
  g_assert_null (secret);
  g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_KEYRING_UNAVAILABLE);
  g_clear_error (&error);
  g_clear_object (&res);

  g_signal_connect (auth, "notify::keyring-error", G_CALLBACK (keyring_error_cb), &notified);
  fb_azure_auth_sign_in_client_secret_async (auth, fb_sim_server_get_client_secret (t->sim), TRUE, NULL,
                                             fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  g_assert_true (fb_azure_auth_sign_in_client_secret_finish (auth, res, &error));
  g_assert_no_error (error);
  while (!notified)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (fb_azure_auth_get_keyring_error (auth));
  g_assert_true (fb_azure_auth_get_signed_in (auth));
  g_clear_object (&res);

  /* nothing to restore at the next start */
  {
    g_autoptr(FbAzureAuth) again = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim),
                                                      fb_sim_server_get_client_id (t->sim), store);
    fb_azure_auth_restore_async (again, NULL, fb_test_done_cb, &slot);
    res = fb_test_wait_result (&slot);
    g_assert_false (fb_azure_auth_restore_finish (again, res, &error));
    g_assert_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN);
  }
  fb_test_azure_free (t);
}

static void
test_redact (void)
{
  static const struct { const char *in; const char *secret; } cases[] = {
    { "> Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOi.abc.def", "eyJ0eXAi" },
    { "< {\"token_type\":\"Bearer\",\"access_token\":\"s3cr3t-token\",\"refresh_token\":\"r3fr3sh\"}", "s3cr3t" },
    { "< {\"token_type\":\"Bearer\",\"access_token\":\"s3cr3t-token\",\"refresh_token\":\"r3fr3sh\"}", "r3fr3sh" },
    { "> grant_type=client_credentials&client_id=abc&client_secret=hunter2&scope=x", "hunter2" },
    { "> grant_type=refresh_token&refresh_token=0.AAAAfoo&client_id=abc", "0.AAAAfoo" },
    { "> grant_type=urn%3Aietf&device_code=DEVCODE123&client_id=abc", "DEVCODE123" },
    { "< {\"device_code\": \"DEVCODE456\", \"user_code\": \"ABCD\"}", "DEVCODE456" },
    { "> {\"password\":\"demo-password\"}", "demo-password" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fb_traffic_log_redact (cases[i].in);
      g_assert_null (strstr (out, cases[i].secret));
      g_assert_nonnull (strstr (out, "[redacted]"));
    }
}

static void
collect_line (const char *line, gpointer data)
{
  g_string_append (data, line);
  g_string_append_c (data, '\n');
}

/* The traffic log of a whole session holds no secret. */
static void
test_debug_log_has_no_secrets (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, FALSE);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *vault = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_traffic_log_set_sink (collect_line, log);
  g_assert_true (device_sign_in (t, t->auth, TRUE, &error));
  token = get_token (t->auth, TRUE, &error);
  g_assert_no_error (error);
  vault = fb_test_first_vault_id (t);
  fb_azure_auth_sign_in_client_secret_async (t->auth, fb_sim_server_get_client_secret (t->sim), FALSE, NULL,
                                             fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  g_assert_true (fb_azure_auth_sign_in_client_secret_finish (t->auth, res, &error));
  g_clear_pointer (&vault, g_free);
  vault = fb_test_first_vault_id (t);
  g_clear_pointer (&token, g_free);
  token = get_token (t->auth, FALSE, &error);
  fb_traffic_log_set_sink (NULL, NULL);

  g_assert_cmpuint (log->len, >, 0);
  g_assert_nonnull (strstr (log->str, "GET "));
  g_assert_nonnull (strstr (log->str, "Authorization: [redacted]"));
  g_assert_null (strstr (log->str, token));
  g_assert_null (strstr (log->str, fb_sim_server_get_client_secret (t->sim)));
  g_assert_null (strstr (log->str, "Bearer ey"));
  /* token bodies are there, but only as [redacted] */
  g_assert_nonnull (strstr (log->str, "\"access_token\":\"[redacted]\"") != NULL
                    ? "x" : strstr (log->str, "\"access_token\" : \"[redacted]\""));
  g_assert_nonnull (strstr (log->str, "refresh_token"));
  {
    /* every refresh_token value is redacted */
    const char *p = log->str;
    while ((p = strstr (p, "refresh_token")) != NULL)
      {
        const char *q = p + strlen ("refresh_token");
        while (*q == '"' || *q == ' ' || *q == ':' || *q == '=')
          q++;
        if (g_str_has_prefix (q, "%") || g_str_has_prefix (q, "&") || g_str_has_prefix (q, "\n") ||
            g_str_has_prefix (q, ",") || g_str_has_prefix (q, "\""))
          ;   /* a name, not a value (e.g. grant_type=refresh_token&) */
        else
          g_assert_true (g_str_has_prefix (q, "[redacted]"));
        p = q;
      }
  }
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_func ("/azure/auth/device-code", test_device_code);
  g_test_add_func ("/azure/auth/device-code-declined", test_device_code_declined);
  g_test_add_func ("/azure/auth/device-code-expired", test_device_code_expired);
  g_test_add_func ("/azure/auth/client-secret", test_client_secret);
  g_test_add_func ("/azure/auth/token-expiry", test_token_expiry);
  g_test_add_func ("/azure/auth/token-expires-during-job", test_token_expires_during_job);
  g_test_add_func ("/azure/auth/no-keyring", test_no_keyring);
  g_test_add_func ("/azure/auth/redact", test_redact);
  g_test_add_func ("/azure/auth/debug-log-has-no-secrets", test_debug_log_has_no_secrets);
  return g_test_run ();
}
