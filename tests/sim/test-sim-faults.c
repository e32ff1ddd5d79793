/* test-sim-faults.c - fault injection and the request log of failback-sim
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sim-test-util.h"

static void
set_faults (SimFixture *f, const char *spec)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fb_sim_server_set_faults (f->server, spec, &error));
  g_assert_no_error (error);
}

static void
test_spec_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbSimServer) server = fb_sim_server_new ("demo", &error);
  const char *bad[] = { "418@every:1", "429", "429@every:0", "500@p:2", "stall:x@every:1", "reset@sometimes", "500@after:" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (fb_sim_server_set_faults (server, bad[i], &error));
      g_assert_error (error, FB_SIM_ERROR, FB_SIM_ERROR_FAULT_SPEC);
      g_clear_error (&error);
    }
  g_assert_true (fb_sim_server_set_faults (server, "429@every:3@/replicationJobs, stall:10@p:0.5,truncate@after:4", &error));
  g_assert_true (fb_sim_server_set_faults (server, NULL, &error));
}

static void
test_status_faults (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  JsonNode *r;

  set_faults (f, "429@every:1@/replicationFabrics");
  r = sim_call (f, "GET", SIM_NBG "/replicationFabrics", NULL);
  g_assert_cmpuint (f->status, ==, 429);
  g_assert_cmpstr (sim_header (f, "Retry-After"), ==, "1");
  g_assert_cmpstr (sim_error_detail_code (r), ==, "SubscriptionRequestsThrottled");
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);

  set_faults (f, "500@after:2@/replicationPolicies");
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  for (guint i = 0; i < 2; i++)
    {
      r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
      g_assert_cmpuint (f->status, ==, 500);
      g_assert_cmpstr (sim_error_detail_code (r), ==, "InternalServerError");
      json_node_unref (r);
    }

  set_faults (f, "503@every:2");
  for (guint i = 1; i <= 4; i++)
    {
      r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
      g_assert_cmpuint (f->status, ==, i % 2 == 0 ? 503 : 200);
      if (i % 2 == 0)
        g_assert_nonnull (sim_header (f, "Retry-After"));
      g_clear_pointer (&r, json_node_unref);
    }
  /* a rejected action starts no job */
  set_faults (f, "503@every:1@/failoverCommit");
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "crm-app-01");
    g_autofree char *post = g_strdup_printf ("%s/failoverCommit", sim_member_str (sim_obj (it), "id") + 1);
    g_autoptr(JsonNode) again = NULL;

    r = sim_call (f, "POST", post, NULL);
    g_assert_cmpuint (f->status, ==, 503);
    g_clear_pointer (&r, json_node_unref);
    again = sim_find_item (f, SIM_NBG, "crm-app-01");
    g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (again), "currentScenario"), "scenarioName"), ==, "None");
  }
  set_faults (f, "");
  sim_fixture_free (f);
}

static GArray *
probability_run (guint64 seed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = sim_test_scenario_file ();
  FbSimServer *server = fb_sim_server_new (file, &error);
  SimFixture *f;
  GArray *statuses = g_array_new (FALSE, FALSE, sizeof (guint));

  fb_sim_server_set_seed (server, seed);
  f = sim_fixture_new_server (server);
  f->token = sim_get_token (f);
  set_faults (f, "500@p:0.3@/replicationPolicies");
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(JsonNode) r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);

      g_array_append_val (statuses, f->status);
    }
  sim_fixture_free (f);
  g_unlink (file);
  return statuses;
}

static void
test_probability_deterministic (void)
{
  g_autoptr(GArray) a = probability_run (7);
  g_autoptr(GArray) b = probability_run (7);
  g_autoptr(GArray) c = probability_run (8);
  guint fails = 0;
  gboolean differs = FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      g_assert_cmpuint (g_array_index (a, guint, i), ==, g_array_index (b, guint, i));
      fails += g_array_index (a, guint, i) == 500;
      differs |= g_array_index (a, guint, i) != g_array_index (c, guint, i);
    }
  g_assert_cmpuint (fails, >, 2);
  g_assert_cmpuint (fails, <, 30);
  g_assert_true (differs);
}

static void
test_stall_and_truncate (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  gint64 t0;
  JsonNode *r;

  set_faults (f, "stall:400@every:1@/replicationPolicies");
  t0 = g_get_monotonic_time ();
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpint (g_get_monotonic_time () - t0, >=, 380 * 1000);
  g_assert_nonnull (r);
  json_node_unref (r);

  set_faults (f, "truncate@every:1@/replicationPolicies");
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  /* the headers promise more than the body brings */
  g_assert_null (r);
  set_faults (f, NULL);
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  sim_fixture_free (f);
}

static void
test_expire_token (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  JsonNode *r;

  set_faults (f, "expire-token@every:1@/replicationVaultHealth");
  r = sim_call (f, "GET", SIM_NBG "/replicationVaultHealth", NULL);
  g_assert_cmpuint (f->status, ==, 401);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "ExpiredAuthenticationToken");
  json_node_unref (r);
  set_faults (f, NULL);
  /* the token stays expired */
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 401);
  json_node_unref (r);
  g_free (f->token);
  f->token = sim_get_token (f);
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  json_node_unref (r);
  sim_fixture_free (f);
}

static void
test_vcenter_session_expire (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  g_autofree char *login = g_strdup_printf ("%sapi/session", f->base);
  g_autofree char *hosts = g_strdup_printf ("%sapi/vcenter/host", f->base);
  g_autofree char *basic = NULL;
  g_autofree char *cred = g_base64_encode ((const guchar *) "administrator@vsphere.local:demo-password", 41);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *session = NULL;
  g_autoptr(GError) error = NULL;

  basic = g_strdup_printf ("Basic %s", cred);
  {
    g_autoptr(JsonNode) s = sim_call_full (f, "POST", login, NULL, NULL, basic);

    if (f->status != 201 && f->status != 200)
      {
        g_test_skip ("the simulated vCenter has no login in this scenario");
        sim_fixture_free (f);
        return;
      }
    g_assert_true (JSON_NODE_HOLDS_VALUE (s));
    session = g_strdup (json_node_get_string (s));
  }
  for (guint round = 0; round < 2; round++)
    {
      g_clear_object (&msg);
      g_clear_pointer (&body, g_bytes_unref);
      msg = soup_message_new ("GET", hosts);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "vmware-api-session-id", session);
      body = soup_session_send_and_read (f->session, msg, NULL, &error);
      g_assert_no_error (error);
      if (round == 0)
        {
          g_assert_cmpuint (soup_message_get_status (msg), ==, 200);
          set_faults (f, "vcenter-session-expire@every:1@/api/vcenter/host");
        }
      else
        g_assert_cmpuint (soup_message_get_status (msg), ==, 401);
    }
  sim_fixture_free (f);
}

static void
test_reset_and_request_log (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  g_autofree char *log_path = NULL;
  int fd = g_file_open_tmp ("fb-sim-log-XXXXXX.jsonl", &log_path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "dc-nbg-02");
  g_autofree char *post = g_strdup_printf ("%s/unplannedFailover", sim_member_str (sim_obj (it), "id") + 1);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint posts = 0, n_lines = 0;
  JsonNode *r;
  g_autoptr(JsonNode) now = NULL;
  g_autoptr(JsonNode) jobs = NULL;
  g_autofree char *token_copy = g_strdup (f->token);

  close (fd);
  g_assert_true (fb_sim_server_set_request_log (f->server, log_path, &error));
  g_free (f->token);
  f->token = sim_get_token (f);   /* the token request is logged without the secret */

  /* the action is accepted and its job started, then the answer is lost */
  set_faults (f, "reset@every:1@/unplannedFailover");
  r = sim_call (f, "POST", post, "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\","
                "\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}");
  g_assert_null (r);
  g_assert_cmpuint (f->status, ==, 0);
  set_faults (f, NULL);
  /* the client can find the job the lost POST started */
  {
    g_autofree char *q = g_strdup_printf (SIM_NBG "/replicationJobs?api-version=" SIM_ASR_API
                                          "&$filter=TargetObjectId%%20eq%%20'%s'%%20and%%20ScenarioName%%20eq%%20'UnplannedFailover'",
                                          sim_member_str (sim_obj (it), "name"));

    jobs = sim_call (f, "GET", q, NULL);
    g_assert_cmpuint (f->status, ==, 200);
    g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_obj (jobs), "value")), ==, 1);
  }
  {
    g_autoptr(JsonNode) job = sim_wait_job (f, sim_member_str (json_array_get_object_element (sim_member_arr (sim_obj (jobs), "value"), 0), "id"));

    g_assert_cmpstr (sim_member_str (sim_props (job), "state"), ==, "Succeeded");
  }
  now = sim_find_item (f, SIM_NBG, "dc-nbg-02");
  g_assert_cmpstr (sim_member_str (sim_props (now), "protectionState"), ==, "UnplannedFailoverCommitPendingStatesBegin");

  /* the reset on a GET */
  set_faults (f, "reset@every:1@/replicationPolicies");
  r = sim_call (f, "GET", SIM_NBG "/replicationPolicies", NULL);
  g_assert_null (r);
  g_assert_cmpuint (f->status, ==, 0);
  set_faults (f, NULL);

  g_assert_true (fb_sim_server_set_request_log (f->server, NULL, &error));
  g_assert_true (g_file_get_contents (log_path, &contents, NULL, &error));
  g_assert_null (strstr (contents, "demo-secret"));
  g_assert_null (strstr (contents, f->token));
  g_assert_null (strstr (contents, token_copy));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) p = json_parser_new ();
      JsonObject *o;

      if (*lines[i] == '\0')
        continue;
      n_lines++;
      g_assert_true (json_parser_load_from_data (p, lines[i], -1, NULL));
      o = json_node_get_object (json_parser_get_root (p));
      g_assert_nonnull (sim_member_str (o, "time"));
      g_assert_nonnull (sim_member_str (o, "method"));
      g_assert_nonnull (sim_member_str (o, "path"));
      g_assert_nonnull (sim_member_str (o, "query"));
      g_assert_true (json_object_has_member (o, "status"));
      g_assert_true (json_object_has_member (o, "ms"));
      g_assert_true (json_object_has_member (o, "bodySize"));
      if (g_strcmp0 (sim_member_str (o, "method"), "POST") == 0 &&
          g_str_has_suffix (sim_member_str (o, "path"), "/unplannedFailover"))
        {
          posts++;
          g_assert_cmpint (json_object_get_int_member (o, "status"), ==, 202);
          g_assert_cmpstr (sim_member_str (o, "fault"), ==, "reset");
          g_assert_cmpstr (sim_member_str (o, "query"), ==, "api-version=" SIM_ASR_API);
        }
    }
  g_assert_cmpuint (posts, ==, 1);
  g_assert_cmpuint (n_lines, >=, 5);
  g_unlink (log_path);
  sim_fixture_free (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/faults/spec-errors", test_spec_errors);
  g_test_add_func ("/sim/faults/status", test_status_faults);
  g_test_add_func ("/sim/faults/probability-deterministic", test_probability_deterministic);
  g_test_add_func ("/sim/faults/stall-truncate", test_stall_and_truncate);
  g_test_add_func ("/sim/faults/expire-token", test_expire_token);
  g_test_add_func ("/sim/faults/vcenter-session-expire", test_vcenter_session_expire);
  g_test_add_func ("/sim/faults/reset-and-request-log", test_reset_and_request_log);
  return g_test_run ();
}
