/* fb-test-azure.c - shared set-up of the azure tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fb-test-azure.h"
#include "fb-vault.h"

static char *test_root;

void
fb_test_azure_init_env (int *argc, char ***argv)
{
  g_autofree char *state = NULL;
  g_autofree char *config = NULL;

  test_root = g_dir_make_tmp ("fb-azure-test-XXXXXX", NULL);
  g_assert_nonnull (test_root);
  state = g_build_filename (test_root, "state", NULL);
  config = g_build_filename (test_root, "config", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("FAILBACK_KEYRING", "none", TRUE);
  g_test_init (argc, argv, NULL);
}

void
fb_test_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **slot = user_data;
  *slot = g_object_ref (result);
}

GAsyncResult *
fb_test_wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return g_steal_pointer (slot);
}

static gboolean
flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
fb_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_rf (child);
        }
    }
  g_remove (path);
}

/* demo.json with every VM except web-01 moved off the ESXi host that is
 * short of memory (esx-nbg-01), so that round trips can succeed there. */
char *
fb_test_scenario_roomy (void)
{
  g_autofree char *src = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *vaults;
  char *out = g_build_filename (test_root, "demo-roomy.json", NULL);

  g_assert_true (json_parser_load_from_file (p, src, &error));
  g_assert_no_error (error);
  vaults = json_object_get_array_member (json_node_get_object (json_parser_get_root (p)), "vaults");
  for (guint v = 0; v < json_array_get_length (vaults); v++)
    {
      JsonArray *items = json_object_get_array_member (json_array_get_object_element (vaults, v), "items");
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *it = json_array_get_object_element (items, i);
          if (g_strcmp0 (json_object_get_string_member_with_default (it, "host", ""), "esx-nbg-01.contoso.local") == 0 &&
              g_strcmp0 (json_object_get_string_member (it, "friendlyName"), "web-01") != 0)
            json_object_set_string_member (it, "host", "esx-nbg-02.contoso.local");
        }
    }
  /* the demo may not carry a vCenter inventory yet: one with room on esx-nbg-02/03 */
  if (!json_object_has_member (json_node_get_object (json_parser_get_root (p)), "vcenter"))
    {
      static const char vcenter[] =
        "{\"server\":\"vc-nbg-01.contoso.local\",\"connected\":true,"
        "\"users\":[{\"name\":\"administrator@vsphere.local\",\"password\":\"demo-password\"}],"
        "\"hosts\":["
        "{\"id\":\"host-11\",\"name\":\"esx-nbg-01.contoso.local\",\"connectionState\":\"CONNECTED\",\"powerState\":\"POWERED_ON\",\"memoryGiB\":64,\"baseUsageGiB\":62,\"cpuCores\":16,\"datastores\":[\"ds-vmfs-01\",\"ds-vmfs-02\",\"vsan-nbg\"]},"
        "{\"id\":\"host-12\",\"name\":\"esx-nbg-02.contoso.local\",\"connectionState\":\"CONNECTED\",\"powerState\":\"POWERED_ON\",\"memoryGiB\":1024,\"baseUsageGiB\":16,\"cpuCores\":64,\"datastores\":[\"ds-vmfs-01\",\"ds-vmfs-02\",\"vsan-nbg\"]},"
        "{\"id\":\"host-13\",\"name\":\"esx-nbg-03.contoso.local\",\"connectionState\":\"CONNECTED\",\"powerState\":\"POWERED_ON\",\"memoryGiB\":1024,\"baseUsageGiB\":16,\"cpuCores\":64,\"datastores\":[\"ds-vmfs-01\",\"ds-vmfs-02\",\"vsan-nbg\"]}],"
        "\"datastores\":[{\"id\":\"datastore-1\",\"name\":\"ds-vmfs-01\",\"type\":\"VMFS\",\"capacityGiB\":8192,\"freeGiB\":3100,\"accessible\":true},"
        "{\"id\":\"datastore-2\",\"name\":\"ds-vmfs-02\",\"type\":\"VMFS\",\"capacityGiB\":4096,\"freeGiB\":2200,\"accessible\":true},"
        "{\"id\":\"datastore-3\",\"name\":\"vsan-nbg\",\"type\":\"VSAN\",\"capacityGiB\":16384,\"freeGiB\":9120,\"accessible\":true}],"
        "\"vms\":[]}";
      g_autoptr(JsonNode) vc = json_from_string (vcenter, &error);
      g_assert_no_error (error);
      json_object_set_member (json_node_get_object (json_parser_get_root (p)), "vcenter", g_steal_pointer (&vc));
    }
  json_generator_set_root (gen, json_parser_get_root (p));
  g_assert_true (json_generator_to_file (gen, out, &error));
  return out;
}

FbTestAzure *
fb_test_azure_new (const char *scenario, double speed, guint token_lifetime, gboolean sign_in)
{
  FbTestAzure *t = g_new0 (FbTestAzure, 1);
  g_autoptr(GError) error = NULL;
  static guint counter;

  t->dir = g_strdup_printf ("%s/t%u", test_root, ++counter);
  g_mkdir_with_parents (t->dir, 0700);
  t->log_path = g_build_filename (t->dir, "requests.log", NULL);
  t->speed = speed;
  t->sim = fb_sim_server_new (scenario, &error);
  g_assert_no_error (error);
  fb_sim_server_set_speed (t->sim, speed);
  fb_sim_server_set_seed (t->sim, 42);
  if (token_lifetime > 0)
    fb_sim_server_set_token_lifetime (t->sim, token_lifetime);
  fb_sim_server_set_device_auto_approve (t->sim, -1);
  g_assert_true (fb_sim_server_set_request_log (t->sim, t->log_path, &error));
  g_assert_no_error (error);
  g_assert_true (fb_sim_server_start (t->sim, 0, &error));
  g_assert_no_error (error);

  t->cloud = fb_cloud_new_custom (fb_sim_server_get_base_uri (t->sim), fb_sim_server_get_base_uri (t->sim),
                                  NULL, &error);
  g_assert_no_error (error);
  t->auth = fb_azure_auth_new (t->cloud, fb_sim_server_get_tenant_id (t->sim),
                               fb_sim_server_get_client_id (t->sim), NULL);
  t->arm = fb_arm_client_new (t->auth);
  /* delays (backoff, Retry-After) run as fast as the simulator */
  fb_arm_client_set_time_scale (t->arm, 1.0 / speed);
  fb_arm_client_set_timeout (t->arm, 5);
  t->sr = fb_site_recovery_new (t->arm);
  t->subscription_id = g_strdup (fb_sim_server_get_subscription_id (t->sim));
  fb_test_azure_restart_monitor (t);

  if (sign_in)
    {
      g_autoptr(GAsyncResult) res = NULL;
      GAsyncResult *slot = NULL;

      fb_azure_auth_sign_in_client_secret_async (t->auth, fb_sim_server_get_client_secret (t->sim), FALSE, NULL,
                                                 fb_test_done_cb, &slot);
      res = fb_test_wait_result (&slot);
      g_assert_true (fb_azure_auth_sign_in_client_secret_finish (t->auth, res, &error));
      g_assert_no_error (error);
    }
  return t;
}

void
fb_test_azure_restart_monitor (FbTestAzure *t)
{
  g_autofree char *state_dir = g_build_filename (t->dir, "state", NULL);

  g_clear_object (&t->monitor);
  g_clear_object (&t->store);
  t->store = fb_state_store_new (state_dir);
  t->monitor = fb_job_monitor_new (t->sr, t->store);
  fb_job_monitor_set_poll_interval (t->monitor, 50);
  fb_job_monitor_set_lost_response_grace (t->monitor, 30000);  /* scaled by 1/speed */
}

void
fb_test_azure_free (FbTestAzure *t)
{
  g_clear_object (&t->monitor);
  g_clear_object (&t->store);
  g_clear_object (&t->sr);
  g_clear_object (&t->arm);
  g_clear_object (&t->auth);
  g_clear_object (&t->cloud);
  fb_sim_server_stop (t->sim);
  g_clear_object (&t->sim);
  /* let pending callbacks of cancelled requests run */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  rm_rf (t->dir);
  g_free (t->dir);
  g_free (t->log_path);
  g_free (t->subscription_id);
  g_free (t);
}

GListStore *
fb_test_list (FbTestAzure *t, FbSiteRecoveryList what, const char *parent, const char *filter, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_site_recovery_list_async (t->sr, what, parent, filter, NULL, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_site_recovery_list_finish (t->sr, res, error);
}

gpointer
fb_test_get (FbTestAzure *t, const char *id, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_site_recovery_get_async (t->sr, id, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_site_recovery_get_finish (t->sr, res, error);
}

char *
fb_test_first_vault_id (FbTestAzure *t)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_strconcat ("/subscriptions/", t->subscription_id, NULL);
  g_autoptr(GListStore) vaults = fb_test_list (t, FB_SITE_RECOVERY_LIST_VAULTS, parent, NULL, &error);
  g_autoptr(FbVault) v = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vaults)), >, 0);
  v = g_list_model_get_item (G_LIST_MODEL (vaults), 0);
  return g_strdup (fb_vault_get_id (v));
}

FbJob *
fb_test_run_and_wait (FbTestAzure *t, FbAction *action, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GAsyncResult) res2 = NULL;
  GAsyncResult *slot = NULL;
  g_autofree char *name = NULL;

  fb_job_monitor_run_action_async (t->monitor, action, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  name = fb_job_monitor_run_action_finish (t->monitor, res, error);
  if (name == NULL)
    return NULL;
  fb_job_monitor_wait_async (t->monitor, name, NULL, fb_test_done_cb, &slot);
  res2 = fb_test_wait_result (&slot);
  return fb_job_monitor_wait_finish (t->monitor, res2, error);
}

guint
fb_test_count_requests (FbTestAzure *t, const char *method, const char *path_suffix, int status)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  /* the simulator logs a request when its answer is written: let it finish */
  fb_test_run_for (100);
  if (!g_file_get_contents (t->log_path, &data, NULL, NULL))
    return 0;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) p = json_parser_new ();
      JsonObject *o;
      const char *m, *path;

      if (*lines[i] == '\0' || !json_parser_load_from_data (p, lines[i], -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (p)))
        continue;
      o = json_node_get_object (json_parser_get_root (p));
      m = json_object_get_string_member_with_default (o, "method", "");
      path = json_object_get_string_member_with_default (o, "path", "");
      if (g_strcmp0 (m, method) == 0 && g_str_has_suffix (path, path_suffix) &&
          (status == 0 || json_object_get_int_member_with_default (o, "status", 0) == status))
        n++;
    }
  return n;
}
