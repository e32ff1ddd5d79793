/* test-monitor.c - FbJobMonitor: restart resume, lost intents, one list call
 * per vault and cycle, nothing secret in the state dir
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-json.h"
#include "fb-test-azure.h"

static FbProtectedItem *
item_named (FbTestAzure *t, const char *vault_id, const char *name)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;
  FbProtectedItem *item;

  fb_site_recovery_find_item_async (t->sr, vault_id, name, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  item = fb_site_recovery_find_finish (t->sr, res, &error);
  g_assert_no_error (error);
  return item;
}

static FbAction *
failover_action (FbProtectedItem *item)
{
  g_autoptr(GError) error = NULL;
  FbAction *a = fb_action_new_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                        FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL, FALSE, &error);
  g_assert_no_error (error);
  return a;
}

static char *
start_action (FbTestAzure *t, FbAction *action)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;
  char *name;

  fb_job_monitor_run_action_async (t->monitor, action, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  name = fb_job_monitor_run_action_finish (t->monitor, res, &error);
  g_assert_no_error (error);
  return name;
}

static FbJob *
wait_job (FbTestAzure *t, const char *name, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_job_monitor_wait_async (t->monitor, name, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_job_monitor_wait_finish (t->monitor, res, error);
}

static void
count_task_change (FbJobMonitor *m, FbJob *job, FbJobTask *task, gpointer data)
{
  (*(guint *) data)++;
}

/* A job started before a "restart" is watched to its end by a new monitor. */
static void
test_resume_after_restart (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, 20, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "web-02");
  g_autoptr(FbAction) action = failover_action (item);
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  guint changes = 0;

  name = start_action (t, action);
  g_assert_cmpuint (fb_state_store_get_jobs (t->store)->len, ==, 1);
  g_assert_cmpuint (fb_state_store_get_intents (t->store)->len, ==, 0);

  /* "restart": a new monitor and store on the same state dir */
  fb_test_azure_restart_monitor (t);
  g_assert_cmpuint (fb_state_store_get_jobs (t->store)->len, ==, 1);
  g_assert_cmpstr (((FbTrackedJob *) fb_state_store_get_jobs (t->store)->pdata[0])->job_name, ==, name);
  g_signal_connect (t->monitor, "task-changed", G_CALLBACK (count_task_change), &changes);
  fb_job_monitor_resume (t->monitor);
  while (fb_job_monitor_lookup (t->monitor, name) == NULL)
    g_main_context_iteration (NULL, TRUE);
  job = wait_job (t, name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  g_assert_cmpuint (changes, >, 0);
  g_assert_cmpuint (fb_state_store_get_jobs (t->store)->len, ==, 0);
  fb_test_azure_free (t);
}

static void
post_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  fb_test_done_cb (source, result, data);
}

/* The process died between the POST and its answer: the new monitor finds
 * the job the POST started and adopts it without sending it again. */
static void
test_intent_adopted_after_restart (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, 50, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "app-02");
  g_autoptr(FbAction) action = failover_action (item);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(FbArmOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  GAsyncResult *slot = NULL;
  g_autofree char *suffix = g_strconcat (fb_protected_item_get_name (item), "/unplannedFailover", NULL);
  gboolean unresolved = FALSE;

  /* what run_action does before the POST, then the POST whose answer "gets lost" */
  action->posted_at = g_get_real_time ();
  fb_state_store_add_intent (t->store, action);
  fb_arm_client_post_action_async (t->arm, action->path, action->body, NULL, post_cb, &slot);
  res = fb_test_wait_result (&slot);
  op = fb_arm_client_post_action_finish (t->arm, res, &error);
  g_assert_no_error (error);

  fb_test_azure_restart_monitor (t);
  g_assert_cmpuint (fb_state_store_get_intents (t->store)->len, ==, 1);
  g_signal_connect_swapped (t->monitor, "intent-unresolved", G_CALLBACK (g_nullify_pointer), &unresolved);
  fb_job_monitor_resume (t->monitor);
  while (fb_job_monitor_lookup (t->monitor, op->job_name) == NULL)
    g_main_context_iteration (NULL, TRUE);
  job = wait_job (t, op->job_name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_name (job), ==, op->job_name);
  g_assert_cmpuint (fb_state_store_get_intents (t->store)->len, ==, 0);
  g_assert_cmpuint (fb_test_count_requests (t, "POST", suffix, 0), ==, 1);
  g_assert_false (unresolved);
  fb_test_azure_free (t);
}

/* Several jobs in one vault: the monitor lists the vault's jobs once per
 * cycle instead of one GET per job. */
static void
test_one_list_per_cycle (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, 30, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  const char *names[] = { "web-02", "app-01", "app-02", "mq-01" };
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_free);
  guint lists, gets, polls;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(FbProtectedItem) item = item_named (t, vault_id, names[i]);
      g_autoptr(FbAction) action = failover_action (item);
      g_ptr_array_add (jobs, start_action (t, action));
    }
  for (guint i = 0; i < jobs->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FbJob) job = wait_job (t, jobs->pdata[i], &error);
      g_assert_no_error (error);
    }
  lists = fb_test_count_requests (t, "GET", "/replicationJobs", 0);
  gets = 0;
  for (guint i = 0; i < jobs->len; i++)
    {
      g_autofree char *suffix = g_strconcat ("/replicationJobs/", (char *) jobs->pdata[i], NULL);
      gets += fb_test_count_requests (t, "GET", suffix, 0);
    }
  polls = fb_job_monitor_get_poll_requests (t->monitor);
  g_test_message ("%u poll requests: %u job lists, %u single-job GETs", polls, lists, gets);
  g_assert_cmpuint (lists, >=, 2);
  g_assert_cmpuint (lists + gets, ==, polls);
  /* while 4 jobs ran, one request a cycle: far fewer than one GET per job and cycle */
  g_assert_cmpuint (gets, <, lists * 2);
  fb_test_azure_free (t);
}

static void
assert_no_secret_in_dir (const char *path, const char *secret, const char *token)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_autofree char *data = NULL;
      if (g_file_get_contents (path, &data, NULL, NULL))
        {
          g_assert_null (strstr (data, secret));
          g_assert_null (strstr (data, token));
        }
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_str_equal (name, "requests.log"))
        continue;   /* the simulator's own log */
      assert_no_secret_in_dir (child, secret, token);
    }
}

static void
test_state_dir_has_no_secrets (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, 200, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "web-02");
  g_autoptr(FbAction) action = failover_action (item);
  g_autofree char *name = start_action (t, action);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *data = NULL;
  GAsyncResult *slot = NULL;

  fb_azure_auth_get_token_async (t->auth, FALSE, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  token = fb_azure_auth_get_token_finish (t->auth, res, &error);
  g_assert_no_error (error);
  /* the state file exists while the job runs */
  g_assert_true (g_file_get_contents (fb_state_store_get_path (t->store), &data, NULL, NULL));
  g_assert_nonnull (strstr (data, name));
  assert_no_secret_in_dir (t->dir, fb_sim_server_get_client_secret (t->sim), token);
  assert_no_secret_in_dir (g_get_user_state_dir (), fb_sim_server_get_client_secret (t->sim), token);
  assert_no_secret_in_dir (g_get_user_config_dir (), fb_sim_server_get_client_secret (t->sim), token);
  {
    g_autoptr(FbJob) job = wait_job (t, name, &error);
    g_assert_no_error (error);
  }
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_func ("/azure/monitor/resume-after-restart", test_resume_after_restart);
  g_test_add_func ("/azure/monitor/intent-adopted-after-restart", test_intent_adopted_after_restart);
  g_test_add_func ("/azure/monitor/one-list-per-cycle", test_one_list_per_cycle);
  g_test_add_func ("/azure/monitor/state-dir-has-no-secrets", test_state_dir_has_no_secrets);
  return g_test_run ();
}
