/* test-faults.c - every fault kind on an action POST: the action is carried
 * out exactly once (never resent blindly after a lost answer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-json.h"
#include "fb-test-azure.h"

#define SPEED 500.0

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

static FbJob *
failover (FbTestAzure *t, FbProtectedItem *item, GError **error)
{
  g_autoptr(FbAction) action = fb_action_new_failover (fb_protected_item_get_id (item),
                                                       fb_protected_item_get_provider_type (item),
                                                       FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL,
                                                       FALSE, error);
  if (action == NULL)
    return NULL;
  return fb_test_run_and_wait (t, action, error);
}

static guint
jobs_for (FbTestAzure *t, const char *vault_id, FbProtectedItem *item, const char *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) jobs = fb_test_list (t, FB_SITE_RECOVERY_LIST_JOBS, vault_id, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (jobs)); i++)
    {
      g_autoptr(FbJob) j = g_list_model_get_item (G_LIST_MODEL (jobs), i);
      if (g_strcmp0 (fb_job_get_target_object_id (j), fb_protected_item_get_name (item)) == 0 &&
          g_strcmp0 (fb_job_get_scenario_name (j), scenario) == 0)
        n++;
    }
  return n;
}

/* The first failover (web-02) passes; the rule "every:2" hits the POST of the
 * second (app-02). */
static void
test_action_fault (gconstpointer data)
{
  const char *kind = data;
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, SPEED, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autofree char *rule = g_strdup_printf ("%s@every:2@/unplannedFailover", kind);
  g_autoptr(FbProtectedItem) first = item_named (t, vault_id, "web-02");
  g_autoptr(FbProtectedItem) second = item_named (t, vault_id, "app-02");
  g_autofree char *suffix = g_strconcat (fb_protected_item_get_name (second), "/unplannedFailover", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job1 = NULL;
  g_autoptr(FbJob) job2 = NULL;
  gboolean lost_after_processing = g_str_equal (kind, "reset") || g_str_equal (kind, "truncate") ||
                                   g_str_has_prefix (kind, "stall");
  guint posts, accepted;

  fb_arm_client_set_timeout (t->arm, 1);
  g_assert_true (fb_sim_server_set_faults (t->sim, rule, &error));
  g_assert_no_error (error);

  job1 = failover (t, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job1), ==, "Succeeded");

  job2 = failover (t, second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job2), ==, "Succeeded");
  g_assert_cmpstr (fb_job_get_target_object_id (job2), ==, fb_protected_item_get_name (second));

  if (g_str_has_prefix (kind, "stall"))
    fb_test_run_for (2000);   /* the stalled answer is logged when the stall ends */
  posts = fb_test_count_requests (t, "POST", suffix, 0);
  accepted = fb_test_count_requests (t, "POST", suffix, 202);
  g_test_message ("%s: %u POSTs of the second failover, %u accepted", kind, posts, accepted);
  /* the service carried the action out exactly once ... */
  g_assert_cmpuint (accepted, ==, 1);
  g_assert_cmpuint (jobs_for (t, vault_id, second, "UnplannedFailover"), ==, 1);
  /* ... and when the POST had been processed, it was never sent again */
  if (lost_after_processing)
    g_assert_cmpuint (posts, ==, 1);
  else
    g_assert_cmpuint (posts, ==, 2);   /* the refused one (429/500/503/401), then one more */
  /* nothing left pending */
  g_assert_cmpuint (fb_state_store_get_intents (t->store)->len, ==, 0);
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_data_func ("/azure/faults/action/429", "429", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/500", "500", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/503", "503", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/reset", "reset", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/stall", "stall:2500", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/truncate", "truncate", test_action_fault);
  g_test_add_data_func ("/azure/faults/action/expire-token", "expire-token", test_action_fault);
  return g_test_run ();
}
