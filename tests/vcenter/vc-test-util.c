/* vc-test-util.c - helpers of the vcenter test suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vc-test-util.h"

JsonObject *
vc_test_load_scenario (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter",
                                            "fixtures", "vcenter-scenario.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_object_get_object_member (json_node_get_object (root), "vcenter"));
}

GTlsCertificate *
vc_test_load_certificate (const char *name)
{
  g_autofree char *cert = g_strdup_printf ("%s.pem", name);
  g_autofree char *key = g_strdup_printf ("%s.key", name);
  g_autofree char *cert_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter",
                                                 "fixtures", cert, NULL);
  g_autofree char *key_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter",
                                                "fixtures", key, NULL);
  g_autoptr(GError) error = NULL;
  GTlsCertificate *certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);

  g_assert_no_error (error);
  return certificate;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  FbSimVcenter *vcenter = user_data;

  if (!fb_sim_vcenter_handle (vcenter, msg, path, query))
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

VcTestServer *
vc_test_server_new (JsonObject      *scenario,
                    double           speed,
                    GTlsCertificate *certificate)
{
  return vc_test_server_new_on_port (scenario, speed, certificate, 0);
}

guint
vc_test_server_get_port (VcTestServer *server)
{
  g_autoptr(GUri) uri = g_uri_parse (server->base_uri, G_URI_FLAGS_NONE, NULL);

  return (guint) g_uri_get_port (uri);
}

VcTestServer *
vc_test_server_new_on_port (JsonObject      *scenario,
                            double           speed,
                            GTlsCertificate *certificate,
                            guint            port)
{
  VcTestServer *self = g_new0 (VcTestServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;
  GUri *uri;

  self->vcenter = fb_sim_vcenter_new (scenario, speed);
  self->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, handler, self->vcenter, NULL);
  soup_server_listen_local (self->server, port,
                            SOUP_SERVER_LISTEN_IPV4_ONLY |
                            (certificate ? SOUP_SERVER_LISTEN_HTTPS : 0), &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (self->server);
  g_assert_nonnull (uris);
  uri = uris->data;
  self->base_uri = g_strdup_printf ("%s://127.0.0.1:%d", certificate ? "https" : "http",
                                    g_uri_get_port (uri));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

void
vc_test_server_free (VcTestServer *self)
{
  if (self == NULL)
    return;
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_object (&self->vcenter);
  g_free (self->base_uri);
  g_free (self);
}

void
vc_test_store_result (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

GAsyncResult *
vc_test_wait (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static gboolean
on_sleep_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
vc_test_sleep (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, on_sleep_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
accept_any (SoupMessage *msg, GTlsCertificate *cert, GTlsCertificateFlags errors, gpointer data)
{
  return TRUE;  /* raw route tests only; the client tests check TLS trust */
}

JsonNode *
vc_test_http (VcTestServer  *server,
              const char    *method,
              const char    *path,
              const char    *token,
              const char    *body,
              const char    *basic_auth,
              guint         *status,
              char         **session_header)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *uri = g_strconcat (server->base_uri, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size = 0;

  g_assert_nonnull (msg);
  g_signal_connect (msg, "accept-certificate", G_CALLBACK (accept_any), NULL);
  if (token)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "vmware-api-session-id", token);
  if (basic_auth)
    {
      g_autofree char *encoded = g_base64_encode ((const guchar *) basic_auth, strlen (basic_auth));
      g_autofree char *value = g_strconcat ("Basic ", encoded, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", value);
    }
  if (body)
    {
      g_autoptr(GBytes) b = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", b);
    }
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL,
                                    vc_test_store_result, &result);
  vc_test_wait (&result);
  bytes = soup_session_send_and_read_finish (session, result, &error);
  g_assert_no_error (error);
  *status = soup_message_get_status (msg);
  if (session_header)
    *session_header = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                              "vmware-api-session-id"));
  g_bytes_get_data (bytes, &size);
  if (size == 0)
    return NULL;
  g_assert_cmpstr (soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL),
                   ==, "application/json");
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) size, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

const char *
vc_test_member_string (JsonNode   *node,
                       const char *member)
{
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_get_string_member_with_default (json_node_get_object (node), member, NULL);
}

/* ---- the whole simulator ---- */

VcArm *
vc_arm_new (double           speed,
            GTlsCertificate *certificate)
{
  return vc_arm_new_full (speed, certificate, 0, TRUE);
}

VcArm *
vc_arm_new_full (double           speed,
                 GTlsCertificate *certificate,
                 guint            port,
                 gboolean         want_token)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autoptr(GError) error = NULL;
  VcArm *arm = g_new0 (VcArm, 1);
  guint status = 0;
  g_autoptr(JsonNode) token = NULL;
  g_autofree char *url = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *form = "client_id=22222222-2222-2222-2222-222222222222&client_secret=demo-secret"
                     "&grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";

  arm->server = fb_sim_server_new (path, &error);
  g_assert_no_error (error);
  fb_sim_server_set_speed (arm->server, speed);
  if (certificate)
    fb_sim_server_set_tls_certificate (arm->server, certificate);
  g_assert_true (fb_sim_server_start (arm->server, port, &error));
  g_assert_no_error (error);
  arm->base = g_strdup (fb_sim_server_get_base_uri (arm->server));
  arm->session = soup_session_new ();
  if (!want_token)
    return arm;

  url = g_strdup_printf ("%s11111111-1111-1111-1111-111111111111/oauth2/v2.0/token", arm->base);
  msg = soup_message_new ("POST", url);
  body = g_bytes_new_static (form, strlen (form));
  soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", body);
  reply = soup_session_send_and_read (arm->session, msg, NULL, &error);
  g_assert_no_error (error);
  status = soup_message_get_status (msg);
  g_assert_cmpuint (status, ==, 200);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (reply, NULL),
                                             (gssize) g_bytes_get_size (reply), NULL));
  arm->token = g_strdup (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                        "access_token"));
  return arm;
}

void
vc_arm_free (VcArm *arm)
{
  if (arm == NULL)
    return;
  fb_sim_server_stop (arm->server);
  g_clear_object (&arm->server);
  g_clear_object (&arm->session);
  g_free (arm->base);
  g_free (arm->token);
  g_free (arm);
}

char *
vc_arm_vcenter_uri (VcArm *arm)
{
  char *uri = g_strdup (arm->base);

  if (g_str_has_suffix (uri, "/"))
    uri[strlen (uri) - 1] = '\0';
  return uri;
}

JsonNode *
vc_arm_call (VcArm       *arm,
             const char  *method,
             const char  *path,
             const char  *body,
             guint       *status,
             char       **async_operation)
{
  g_autofree char *url = NULL;
  g_autofree char *auth = g_strdup_printf ("Bearer %s", arm->token);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (g_str_has_prefix (path, "http"))
    url = g_strdup (path);
  else
    url = g_strdup_printf ("%s%s%s", arm->base, path,
                           strchr (path, '?') ? "" : "?api-version=" VC_ARM_API);
  msg = soup_message_new (method, url);
  g_assert_nonnull (msg);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (body)
    {
      g_autoptr(GBytes) b = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", b);
    }
  reply = soup_session_send_and_read (arm->session, msg, NULL, &error);
  g_assert_no_error (error);
  *status = soup_message_get_status (msg);
  if (async_operation)
    *async_operation = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                               "Azure-AsyncOperation"));
  if (g_bytes_get_size (reply) == 0 ||
      !json_parser_load_from_data (parser, g_bytes_get_data (reply, NULL), (gssize) g_bytes_get_size (reply), NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
first_of_list (VcArm      *arm,
               const char *path)
{
  guint status = 0;
  g_autoptr(JsonNode) list = vc_arm_call (arm, "GET", path, NULL, &status, NULL);
  JsonArray *value;

  g_assert_cmpuint (status, ==, 200);
  value = json_object_get_array_member (json_node_get_object (list), "value");
  g_assert_cmpuint (json_array_get_length (value), >=, 1);
  return json_node_copy (json_array_get_element (value, 0));
}

JsonNode *
vc_arm_find_item (VcArm      *arm,
                  const char *vault,
                  const char *friendly_name)
{
  g_autofree char *path = g_strdup_printf ("%s/replicationProtectedItems?api-version=%s&$filter=FriendlyName%%20eq%%20'%s'",
                                           vault, VC_ARM_API, friendly_name);
  return first_of_list (arm, path);
}

JsonNode *
vc_arm_find_fabric (VcArm      *arm,
                    const char *vault,
                    const char *friendly_name)
{
  g_autofree char *path = g_strdup_printf ("%s/replicationFabrics", vault);
  guint status = 0;
  g_autoptr(JsonNode) list = vc_arm_call (arm, "GET", path, NULL, &status, NULL);
  JsonArray *value = json_object_get_array_member (json_node_get_object (list), "value");

  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      JsonObject *fabric = json_array_get_object_element (value, i);
      JsonObject *props = json_object_get_object_member (fabric, "properties");
      if (g_strcmp0 (json_object_get_string_member (props, "friendlyName"), friendly_name) == 0)
        return json_node_copy (json_array_get_element (value, i));
    }
  g_error ("no fabric %s", friendly_name);
  return NULL;
}

JsonNode *
vc_arm_recovery_points (VcArm    *arm,
                        JsonNode *item)
{
  const char *id = json_object_get_string_member (json_node_get_object (item), "id");
  g_autofree char *path = g_strdup_printf ("%s/recoveryPoints", id + 1);
  guint status = 0;
  g_autoptr(JsonNode) list = vc_arm_call (arm, "GET", path, NULL, &status, NULL);

  g_assert_cmpuint (status, ==, 200);
  return json_node_copy (json_object_get_member (json_node_get_object (list), "value"));
}

char *
vc_arm_run_action (VcArm       *arm,
                   JsonNode    *item,
                   const char  *action,
                   const char  *body,
                   char       **error_code)
{
  const char *id = json_object_get_string_member (json_node_get_object (item), "id");
  g_autofree char *path = g_strdup_printf ("%s/%s", id + 1, action);
  g_autofree char *operation = NULL;
  guint status = 0;
  g_autoptr(JsonNode) reply = vc_arm_call (arm, "POST", path, body, &status, &operation);

  g_assert_cmpuint (status, ==, 202);
  g_assert_nonnull (operation);
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(JsonNode) op = vc_arm_call (arm, "GET", operation, NULL, &status, NULL);
      const char *state = json_object_get_string_member_with_default (json_node_get_object (op), "status", "");

      if (!g_str_equal (state, "InProgress") && !g_str_equal (state, ""))
        {
          if (error_code)
            {
              JsonNode *err = json_object_get_member (json_node_get_object (op), "error");
              *error_code = (err && JSON_NODE_HOLDS_OBJECT (err))
                              ? g_strdup (json_object_get_string_member_with_default (json_node_get_object (err), "code", NULL))
                              : NULL;
            }
          return g_strdup (state);
        }
      g_usleep (10000);
    }
  g_error ("job of %s did not end", action);
  return NULL;
}
