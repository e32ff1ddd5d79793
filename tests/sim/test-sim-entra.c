/* test-sim-entra.c - Entra ID v2.0 of failback-sim: client credentials,
 * device code (pending, slow_down, approve, decline, expiry, bad code),
 * refresh tokens, and ARM's answers to missing, invalid and expired tokens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sim-test-util.h"

static SimFixture *
fixture (guint token_lifetime, int auto_approve)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("demo", &error);

  g_assert_no_error (error);
  fb_sim_server_set_speed (server, 1.0);
  if (token_lifetime > 0)
    fb_sim_server_set_token_lifetime (server, token_lifetime);
  fb_sim_server_set_device_auto_approve (server, auto_approve);
  return sim_fixture_new_server (server);
}

static JsonNode *
form (SimFixture *f, const char *endpoint, const char *body)
{
  g_autofree char *url = g_strdup_printf ("%s" SIM_TENANT "/oauth2/v2.0/%s", f->base, endpoint);

  return sim_call_full (f, "POST", url, "application/x-www-form-urlencoded", body, NULL);
}

static void
assert_aad_error (SimFixture *f, JsonNode *n, guint status, const char *error, int code)
{
  JsonObject *o = sim_obj (n);
  JsonArray *codes;

  g_assert_cmpuint (f->status, ==, status);
  g_assert_cmpstr (sim_member_str (o, "error"), ==, error);
  codes = sim_member_arr (o, "error_codes");
  g_assert_cmpint (json_array_get_int_element (codes, 0), ==, code);
  {
    g_autofree char *prefix = g_strdup_printf ("AADSTS%d: ", code);

    g_assert_true (g_str_has_prefix (sim_member_str (o, "error_description"), prefix));
  }
  g_assert_nonnull (sim_member_str (o, "timestamp"));
  g_assert_nonnull (sim_member_str (o, "trace_id"));
  g_assert_nonnull (sim_member_str (o, "correlation_id"));
}

static void
test_client_credentials (void)
{
  SimFixture *f = fixture (0, -1);
  g_autoptr(JsonNode) ok = form (f, "token", "client_id=" SIM_CLIENT "&client_secret=demo-secret&grant_type=client_credentials"
                                 "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  JsonObject *o = sim_obj (ok);
  g_autoptr(JsonNode) bad = NULL;
  g_autoptr(JsonNode) scope = NULL;
  g_autoptr(JsonNode) tenant = NULL;
  g_autoptr(JsonNode) app = NULL;
  g_autoptr(JsonNode) grant = NULL;

  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpstr (sim_member_str (o, "token_type"), ==, "Bearer");
  g_assert_cmpint (json_object_get_int_member (o, "expires_in"), ==, 3600);
  g_assert_false (json_object_has_member (o, "refresh_token"));
  g_assert_cmpuint (strlen (sim_member_str (o, "access_token")), >, 40);

  bad = form (f, "token", "client_id=" SIM_CLIENT "&client_secret=wrong&grant_type=client_credentials"
              "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  assert_aad_error (f, bad, 401, "invalid_client", 7000215);
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (f->body, NULL), g_bytes_get_size (f->body));

    g_assert_null (strstr (text, "demo-secret"));
  }
  scope = form (f, "token", "client_id=" SIM_CLIENT "&client_secret=demo-secret&grant_type=client_credentials&scope=openid");
  assert_aad_error (f, scope, 400, "invalid_scope", 1002012);
  app = form (f, "token", "client_id=99999999-9999-9999-9999-999999999999&client_secret=demo-secret&grant_type=client_credentials"
              "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  assert_aad_error (f, app, 400, "unauthorized_client", 700016);
  /* client_secret_basic */
  {
    g_autofree char *url = g_strdup_printf ("%s" SIM_TENANT "/oauth2/v2.0/token", f->base);
    g_autofree char *cred = g_base64_encode ((const guchar *) SIM_CLIENT ":demo-secret", strlen (SIM_CLIENT ":demo-secret"));
    g_autofree char *auth = g_strdup_printf ("Basic %s", cred);
    g_autoptr(JsonNode) basic = sim_call_full (f, "POST", url, "application/x-www-form-urlencoded",
                                               "grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", auth);

    g_assert_cmpuint (f->status, ==, 200);
    g_assert_nonnull (sim_member_str (sim_obj (basic), "access_token"));
  }
  grant = form (f, "token", "client_id=" SIM_CLIENT "&grant_type=password");
  assert_aad_error (f, grant, 400, "unsupported_grant_type", 70003);
  {
    g_autofree char *url = g_strdup_printf ("%sno-such-tenant/oauth2/v2.0/token", f->base);

    tenant = sim_call_full (f, "POST", url, "application/x-www-form-urlencoded",
                            "client_id=" SIM_CLIENT "&client_secret=demo-secret&grant_type=client_credentials"
                            "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", NULL);
    assert_aad_error (f, tenant, 400, "invalid_request", 90002);
  }
  sim_fixture_free (f);
}

static void
test_device_code (void)
{
  SimFixture *f = fixture (0, -1);
  g_autoptr(JsonNode) dc = form (f, "devicecode", "client_id=" SIM_CLIENT
                                 "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default%20offline_access");
  JsonObject *o = sim_obj (dc);
  g_autofree char *poll = NULL;
  g_autofree char *approve_url = g_strdup_printf ("%ssim/device/approve", f->base);
  g_autofree char *approve_body = NULL;
  JsonNode *r;
  JsonObject *tok;
  g_autofree char *refresh = NULL;
  g_autofree char *refresh_body = NULL;

  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpuint (strlen (sim_member_str (o, "user_code")), ==, 9);
  g_assert_nonnull (sim_member_str (o, "device_code"));
  g_assert_true (g_str_has_prefix (sim_member_str (o, "verification_uri"), f->base));
  g_assert_cmpint (json_object_get_int_member (o, "expires_in"), ==, 900);
  g_assert_cmpint (json_object_get_int_member (o, "interval"), ==, 5);
  g_assert_nonnull (strstr (sim_member_str (o, "message"), sim_member_str (o, "user_code")));
  g_assert_false (json_object_has_member (o, "verification_uri_complete"));

  poll = g_strdup_printf ("grant_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Agrant-type%%3Adevice_code&client_id=" SIM_CLIENT "&device_code=%s",
                          sim_member_str (o, "device_code"));
  r = form (f, "token", poll);
  assert_aad_error (f, r, 400, "authorization_pending", 70016);
  json_node_unref (r);
  /* polled again at once: slow down */
  r = form (f, "token", poll);
  assert_aad_error (f, r, 400, "slow_down", 70016);
  json_node_unref (r);

  approve_body = g_strdup_printf ("{\"user_code\":\"%s\"}", sim_member_str (o, "user_code"));
  r = sim_call_full (f, "POST", approve_url, "application/json", approve_body, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  r = form (f, "token", poll);
  g_assert_cmpuint (f->status, ==, 200);
  tok = sim_obj (r);
  g_assert_nonnull (sim_member_str (tok, "access_token"));
  refresh = g_strdup (sim_member_str (tok, "refresh_token"));
  g_assert_nonnull (refresh);
  json_node_unref (r);
  /* the code is used up */
  r = form (f, "token", poll);
  assert_aad_error (f, r, 400, "bad_verification_code", 70000);
  json_node_unref (r);

  /* refresh, rotating */
  refresh_body = g_strdup_printf ("grant_type=refresh_token&client_id=" SIM_CLIENT "&refresh_token=%s"
                                  "&scope=https%%3A%%2F%%2Fmanagement.azure.com%%2F.default%%20offline_access", refresh);
  r = form (f, "token", refresh_body);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_nonnull (sim_member_str (sim_obj (r), "refresh_token"));
  g_assert_cmpstr (sim_member_str (sim_obj (r), "refresh_token"), !=, refresh);
  json_node_unref (r);
  r = form (f, "token", refresh_body);
  assert_aad_error (f, r, 400, "invalid_grant", 9002313);
  json_node_unref (r);
  sim_fixture_free (f);
}

static void
test_device_decline_and_bad_code (void)
{
  SimFixture *f = fixture (0, -1);
  g_autoptr(JsonNode) dc = form (f, "devicecode", "client_id=" SIM_CLIENT "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  g_autofree char *poll = g_strdup_printf ("grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" SIM_CLIENT "&device_code=%s",
                                           sim_member_str (sim_obj (dc), "device_code"));
  g_autofree char *decline_url = g_strdup_printf ("%ssim/device/decline", f->base);
  g_autofree char *decline_body = g_strdup_printf ("user_code=%s", sim_member_str (sim_obj (dc), "user_code"));
  JsonNode *r;

  r = sim_call_full (f, "POST", decline_url, "application/x-www-form-urlencoded", decline_body, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  r = form (f, "token", poll);
  assert_aad_error (f, r, 400, "authorization_declined", 65004);
  json_node_unref (r);
  r = form (f, "token", "grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" SIM_CLIENT "&device_code=nonsense");
  assert_aad_error (f, r, 400, "bad_verification_code", 70000);
  json_node_unref (r);
  r = sim_call_full (f, "POST", decline_url, "application/json", "{\"user_code\":\"NOSUCHONE\"}", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  json_node_unref (r);
  /* the sign-in page of demo mode approves a code entered by hand */
  {
    g_autoptr(JsonNode) dc2 = form (f, "devicecode", "client_id=" SIM_CLIENT "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
    g_autofree char *page = g_strdup (sim_member_str (sim_obj (dc2), "verification_uri"));
    g_autofree char *entered = g_strdup_printf ("user_code=%s", sim_member_str (sim_obj (dc2), "user_code"));
    g_autofree char *poll2 = g_strdup_printf ("grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" SIM_CLIENT "&device_code=%s",
                                              sim_member_str (sim_obj (dc2), "device_code"));

    r = sim_call_full (f, "GET", page, NULL, NULL, NULL);
    g_assert_cmpuint (f->status, ==, 200);
    g_assert_true (g_str_has_prefix (sim_header (f, "Content-Type"), "text/html"));
    r = sim_call_full (f, "POST", page, "application/x-www-form-urlencoded", entered, NULL);
    g_assert_cmpuint (f->status, ==, 200);
    {
      g_autofree char *html = g_strndup (g_bytes_get_data (f->body, NULL), g_bytes_get_size (f->body));

      g_assert_nonnull (strstr (html, "Signed in"));
    }
    r = form (f, "token", poll2);
    g_assert_cmpuint (f->status, ==, 200);
    json_node_unref (r);
  }
  sim_fixture_free (f);
}

static void
test_device_auto_approve (void)
{
  /* the demo approves a code after a few simulated seconds */
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("demo", &error);
  SimFixture *f;
  JsonNode *dc, *r;
  g_autofree char *poll = NULL;

  fb_sim_server_set_speed (server, 100.0);
  f = sim_fixture_new_server (server);
  dc = form (f, "devicecode", "client_id=" SIM_CLIENT "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  g_assert_cmpint (json_object_get_int_member (sim_obj (dc), "interval"), ==, 1);
  poll = g_strdup_printf ("grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" SIM_CLIENT "&device_code=%s",
                          sim_member_str (sim_obj (dc), "device_code"));
  g_usleep (200 * 1000);
  r = form (f, "token", poll);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  json_node_unref (dc);
  sim_fixture_free (f);
}

static void
test_device_expiry (void)
{
  /* at speed 900 the 900 s code would last 1 s; it lasts at least 60 s */
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("demo", &error);
  SimFixture *f;
  g_autoptr(JsonNode) dc = NULL;

  fb_sim_server_set_speed (server, 900.0);
  fb_sim_server_set_device_auto_approve (server, -1);
  f = sim_fixture_new_server (server);
  dc = form (f, "devicecode", "client_id=" SIM_CLIENT "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  g_assert_cmpint (json_object_get_int_member (sim_obj (dc), "expires_in"), ==, 60);
  sim_fixture_free (f);
}

static void
test_device_expired_custom_scenario (void)
{
  /* a minimal scenario file of its own: the format's defaults fill the rest */
  static const char scenario[] =
    "{\"identity\":{\"tenantId\":\"" SIM_TENANT "\",\"clientId\":\"" SIM_CLIENT "\","
    "\"clientSecret\":\"s3cr3t\",\"subscriptionId\":\"" SIM_SUB "\"},"
    "\"deviceCode\":{\"autoApproveSeconds\":-1,\"expiresSeconds\":1},"
    "\"vaults\":[{\"name\":\"v1\",\"resourceGroup\":\"rg1\",\"fabrics\":[{\"friendlyName\":\"cs1\",\"kind\":\"VMware\"}],"
    "\"policies\":[{\"name\":\"p\",\"kind\":\"InMageAzureV2\"},{\"name\":\"pf\",\"kind\":\"InMage\"}],"
    "\"items\":[{\"friendlyName\":\"vm1\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("fb-sim-min-XXXXXX.json", &path, &error);
  FbSimServer *server;
  SimFixture *f;
  g_autoptr(JsonNode) dc = NULL;
  g_autoptr(JsonNode) r = NULL;
  g_autoptr(JsonNode) items = NULL;
  g_autofree char *poll = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, scenario, -1, &error));
  close (fd);
  server = fb_sim_server_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_sim_server_get_client_secret (server), ==, "s3cr3t");
  f = sim_fixture_new_server (server);
  dc = form (f, "devicecode", "client_id=" SIM_CLIENT "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
  g_assert_cmpint (json_object_get_int_member (sim_obj (dc), "expires_in"), ==, 1);
  poll = g_strdup_printf ("grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=" SIM_CLIENT "&device_code=%s",
                          sim_member_str (sim_obj (dc), "device_code"));
  g_usleep (1100 * 1000);
  r = form (f, "token", poll);
  assert_aad_error (f, r, 400, "expired_token", 70019);
  /* the one item is there */
  f->token = g_strdup ("x");
  {
    g_autofree char *url = g_strdup_printf ("%s" SIM_TENANT "/oauth2/v2.0/token", f->base);
    g_autoptr(JsonNode) t = sim_call_full (f, "POST", url, "application/x-www-form-urlencoded",
                                           "client_id=" SIM_CLIENT "&client_secret=s3cr3t&grant_type=client_credentials"
                                           "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", NULL);

    g_free (f->token);
    f->token = g_strdup (sim_member_str (sim_obj (t), "access_token"));
  }
  items = sim_call (f, "GET", "subscriptions/" SIM_SUB "/resourceGroups/rg1/providers/Microsoft.RecoveryServices/vaults/v1/replicationProtectedItems", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_obj (items), "value")), ==, 1);
  sim_fixture_free (f);
  g_unlink (path);
}

static void
test_arm_tokens (void)
{
  SimFixture *f = fixture (1, -1);
  const char *url_path = "subscriptions?api-version=2022-12-01";
  g_autofree char *url = g_strdup_printf ("%s%s", f->base, url_path);
  g_autofree char *auth = NULL;
  JsonNode *r;
  JsonObject *err;

  r = sim_call_full (f, "GET", url, NULL, NULL, NULL);
  g_assert_cmpuint (f->status, ==, 401);
  err = sim_member_obj (sim_obj (r), "error");
  g_assert_cmpstr (sim_member_str (err, "code"), ==, "AuthenticationFailed");
  g_assert_nonnull (strstr (sim_header (f, "WWW-Authenticate"), "Bearer authorization_uri="));
  json_node_unref (r);

  r = sim_call_full (f, "GET", url, NULL, NULL, "Bearer not-a-token");
  g_assert_cmpuint (f->status, ==, 401);
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_obj (r), "error"), "code"), ==, "InvalidAuthenticationToken");
  json_node_unref (r);

  f->token = sim_get_token (f);
  auth = g_strdup_printf ("Bearer %s", f->token);
  r = sim_call_full (f, "GET", url, NULL, NULL, auth);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  /* the token lives one second */
  g_usleep (1200 * 1000);
  r = sim_call_full (f, "GET", url, NULL, NULL, auth);
  g_assert_cmpuint (f->status, ==, 401);
  err = sim_member_obj (sim_obj (r), "error");
  g_assert_cmpstr (sim_member_str (err, "code"), ==, "ExpiredAuthenticationToken");
  g_assert_nonnull (strstr (sim_member_str (err, "message"), "is earlier than current UTC time"));
  g_assert_nonnull (strstr (sim_header (f, "WWW-Authenticate"), "error=\"invalid_token\""));
  json_node_unref (r);
  /* a new token works again */
  g_free (f->token);
  f->token = sim_get_token (f);
  g_free (auth);
  auth = g_strdup_printf ("Bearer %s", f->token);
  r = sim_call_full (f, "GET", url, NULL, NULL, auth);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  sim_fixture_free (f);
}

static void
test_identity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbSimServer) server = fb_sim_server_new ("demo", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (fb_sim_server_get_tenant_id (server), ==, SIM_TENANT);
  g_assert_cmpstr (fb_sim_server_get_client_id (server), ==, SIM_CLIENT);
  g_assert_cmpstr (fb_sim_server_get_client_secret (server), ==, "demo-secret");
  g_assert_cmpstr (fb_sim_server_get_subscription_id (server), ==, SIM_SUB);
  g_assert_null (fb_sim_server_get_base_uri (server));
  g_assert_true (fb_sim_server_start (server, 0, &error));
  g_assert_true (g_str_has_prefix (fb_sim_server_get_base_uri (server), "http://127.0.0.1:"));
  g_assert_nonnull (fb_sim_server_get_vcenter (server));
  fb_sim_server_stop (server);
  /* bad scenarios */
  g_assert_null (fb_sim_server_new ("/nonexistent/scenario.json", &error));
  g_assert_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO);
  g_clear_error (&error);
  g_assert_null (fb_sim_server_new ("large:zero", &error));
  g_assert_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/entra/client-credentials", test_client_credentials);
  g_test_add_func ("/sim/entra/device-code", test_device_code);
  g_test_add_func ("/sim/entra/device-decline-bad-code", test_device_decline_and_bad_code);
  g_test_add_func ("/sim/entra/device-auto-approve", test_device_auto_approve);
  g_test_add_func ("/sim/entra/device-expiry", test_device_expiry);
  g_test_add_func ("/sim/entra/device-expired", test_device_expired_custom_scenario);
  g_test_add_func ("/sim/entra/arm-tokens", test_arm_tokens);
  g_test_add_func ("/sim/entra/identity", test_identity);
  return g_test_run ();
}
