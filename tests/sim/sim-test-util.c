/* sim-test-util.c - plain libsoup requests against an in-process FbSimServer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sim-test-util.h"

char *
sim_test_scenario_file (void)
{
  const char *src = g_getenv ("FB_SOURCE_DIR");
  g_autofree char *demo_path = g_build_filename (src, "data", "scenarios", "demo.json", NULL);
  g_autofree char *vc_path = g_build_filename (src, "tests", "vcenter", "fixtures", "vcenter-scenario.json", NULL);
  g_autoptr(JsonParser) demo = json_parser_new ();
  g_autoptr(JsonParser) vc = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  JsonObject *root;
  char *out;
  int fd;

  g_assert_nonnull (src);
  g_assert_true (json_parser_load_from_file (demo, demo_path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (demo));
  if (!json_object_has_member (root, "vcenter") && g_file_test (vc_path, G_FILE_TEST_EXISTS))
    {
      JsonObject *vroot;

      g_assert_true (json_parser_load_from_file (vc, vc_path, &error));
      vroot = json_node_get_object (json_parser_get_root (vc));
      json_object_set_member (root, "vcenter", json_node_copy (json_object_get_member (vroot, "vcenter")));
    }
  fd = g_file_open_tmp ("fb-sim-test-XXXXXX.json", &out, &error);
  g_assert_no_error (error);
  close (fd);
  json_generator_set_root (gen, json_parser_get_root (demo));
  g_assert_true (json_generator_to_file (gen, out, &error));
  return out;
}

SimFixture *
sim_fixture_new_server (FbSimServer *server)
{
  SimFixture *f = g_new0 (SimFixture, 1);
  g_autoptr(GError) error = NULL;

  f->server = server;
  g_assert_true (fb_sim_server_start (server, 0, &error));
  g_assert_no_error (error);
  f->base = g_strdup (fb_sim_server_get_base_uri (server));
  f->session = soup_session_new_with_options ("timeout", 30, "max-conns", 50, "max-conns-per-host", 50, NULL);
  return f;
}

SimFixture *
sim_fixture_new (const char *scenario, double speed, guint page_size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  FbSimServer *server;
  SimFixture *f;

  if (scenario == NULL)
    file = sim_test_scenario_file ();
  server = fb_sim_server_new (scenario != NULL ? scenario : file, &error);
  g_assert_no_error (error);
  fb_sim_server_set_speed (server, speed);
  if (page_size > 0)
    fb_sim_server_set_page_size (server, page_size);
  f = sim_fixture_new_server (server);
  f->scenario_file = g_steal_pointer (&file);
  f->token = sim_get_token (f);
  return f;
}

void
sim_fixture_free (SimFixture *f)
{
  fb_sim_server_stop (f->server);
  g_object_unref (f->server);
  g_object_unref (f->session);
  if (f->scenario_file != NULL)
    g_unlink (f->scenario_file);
  g_free (f->scenario_file);
  g_free (f->base);
  g_free (f->token);
  g_clear_pointer (&f->headers, soup_message_headers_unref);
  g_clear_pointer (&f->body, g_bytes_unref);
  g_free (f);
}

char *
sim_get_token (SimFixture *f)
{
  g_autofree char *url = g_strdup_printf ("%s%s/oauth2/v2.0/token", f->base, SIM_TENANT);
  g_autoptr(JsonNode) n = sim_call_full (f, "POST", url, "application/x-www-form-urlencoded",
                                         "client_id=" SIM_CLIENT "&client_secret=demo-secret"
                                         "&grant_type=client_credentials"
                                         "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", NULL);

  g_assert_cmpuint (f->status, ==, 200);
  return g_strdup (sim_member_str (sim_obj (n), "access_token"));
}

JsonNode *
sim_call_full (SimFixture *f, const char *method, const char *url, const char *content_type,
               const char *body, const char *authorization)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize len;

  g_assert_nonnull (msg);
  if (body != NULL)
    {
      g_autoptr(GBytes) b = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, content_type, b);
    }
  if (authorization != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", authorization);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "x-ms-client-request-id",
                                "0f5e1c1e-1111-4a4a-9b9b-000000000001");
  if (f->accept_language != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept-Language", f->accept_language);
  g_clear_pointer (&f->body, g_bytes_unref);
  f->body = soup_session_send_and_read (f->session, msg, NULL, &error);
  g_clear_pointer (&f->headers, soup_message_headers_unref);
  if (error != NULL)
    {
      f->status = 0;
      return NULL;
    }
  f->status = soup_message_get_status (msg);
  f->headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  len = g_bytes_get_size (f->body);
  if (len == 0 || !json_parser_load_from_data (parser, g_bytes_get_data (f->body, NULL), len, NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

JsonNode *
sim_call (SimFixture *f, const char *method, const char *path, const char *json_body)
{
  g_autofree char *url = NULL;
  g_autofree char *auth = g_strdup_printf ("Bearer %s", f->token);

  if (g_str_has_prefix (path, "http"))
    url = g_strdup (path);
  else if (strchr (path, '?') != NULL)
    url = g_strdup_printf ("%s%s", f->base, path);
  else
    url = g_strdup_printf ("%s%s?api-version=%s", f->base, path,
                           strstr (path, "/replication") != NULL ? SIM_ASR_API
                           : strstr (path, "Microsoft.RecoveryServices") != NULL ? "2026-08-01" : "2022-12-01");
  return sim_call_full (f, method, url, "application/json", json_body, auth);
}

const char *
sim_header (SimFixture *f, const char *name)
{
  return f->headers != NULL ? soup_message_headers_get_one (f->headers, name) : NULL;
}

JsonObject *
sim_obj (JsonNode *node)
{
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

JsonObject *
sim_member_obj (JsonObject *o, const char *member)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || !JSON_NODE_HOLDS_OBJECT (n))
    g_error ("member %s is not an object", member);
  return json_node_get_object (n);
}

const char *
sim_member_str (JsonObject *o, const char *member)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    g_error ("member %s is not a string", member);
  return json_node_get_string (n);
}

JsonArray *
sim_member_arr (JsonObject *o, const char *member)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    g_error ("member %s is not an array", member);
  return json_node_get_array (n);
}

JsonObject *
sim_props (JsonNode *node)
{
  return sim_member_obj (sim_obj (node), "properties");
}

JsonNode *
sim_find_item (SimFixture *f, const char *vault, const char *friendly_name)
{
  g_autofree char *path = g_strdup_printf ("%s/replicationProtectedItems?api-version=%s&$filter=FriendlyName%%20eq%%20'%s'",
                                           vault, SIM_ASR_API, friendly_name);
  g_autoptr(JsonNode) list = sim_call (f, "GET", path, NULL);
  JsonArray *value;

  g_assert_cmpuint (f->status, ==, 200);
  value = sim_member_arr (sim_obj (list), "value");
  g_assert_cmpuint (json_array_get_length (value), ==, 1);
  return json_node_copy (json_array_get_element (value, 0));
}

char *
sim_path_of_id (const char *arm_id)
{
  g_assert_true (arm_id[0] == '/');
  return g_strdup (arm_id + 1);
}

char *
sim_item_path (JsonNode *item)
{
  return sim_path_of_id (sim_member_str (sim_obj (item), "id"));
}

JsonNode *
sim_wait_job (SimFixture *f, const char *job_arm_id)
{
  g_autofree char *path = sim_path_of_id (job_arm_id);
  gint64 deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < deadline)
    {
      JsonNode *job = sim_call (f, "GET", path, NULL);
      const char *state;

      g_assert_cmpuint (f->status, ==, 200);
      state = sim_member_str (sim_props (job), "state");
      if (g_strcmp0 (state, "InProgress") != 0 && g_strcmp0 (state, "NotStarted") != 0 &&
          g_strcmp0 (state, "Cancelling") != 0)
        return job;
      json_node_unref (job);
      g_usleep (10 * 1000);
    }
  g_error ("job %s did not end", job_arm_id);
  return NULL;
}

JsonNode *
sim_action (SimFixture *f, const char *resource_path, const char *action, const char *json_body)
{
  g_autofree char *path = g_strdup_printf ("%s/%s", resource_path, action);
  g_autoptr(JsonNode) r = sim_call (f, "POST", path, json_body);
  g_autofree char *job_id = NULL;

  if (f->status != 202)
    {
      g_autofree char *b = f->body != NULL ? g_strndup (g_bytes_get_data (f->body, NULL), g_bytes_get_size (f->body)) : NULL;

      g_error ("POST %s: %u %s", action, f->status, b);
    }
  job_id = g_strdup (sim_header (f, "x-ms-request-id"));
  g_assert_nonnull (job_id);
  return sim_wait_job (f, job_id);
}

gboolean
sim_has_op (JsonObject *props, const char *op)
{
  JsonArray *ops = sim_member_arr (props, "allowedOperations");

  for (guint i = 0; i < json_array_get_length (ops); i++)
    if (g_strcmp0 (json_array_get_string_element (ops, i), op) == 0)
      return TRUE;
  return FALSE;
}

const char *
sim_error_detail_code (JsonNode *body)
{
  JsonObject *err = sim_member_obj (sim_obj (body), "error");
  JsonArray *details;

  if (!json_object_has_member (err, "details"))
    return sim_member_str (err, "code");
  details = sim_member_arr (err, "details");
  g_assert_cmpuint (json_array_get_length (details), >, 0);
  return sim_member_str (json_array_get_object_element (details, 0), "code");
}
