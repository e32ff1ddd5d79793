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
