/* test-actions.c - the other actions: test failover and cleanup, change of
 * recovery point, failover cancel, job cancel and restart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-core-enums.h"
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

static void
run_ok (FbTestAzure *t, FbAction *action, const char *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = fb_test_run_and_wait (t, action, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, scenario);
}

static void
test_test_failover_and_cleanup (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 500, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "web-02");
  g_autoptr(FbProtectedItem) after = NULL;
  g_autoptr(FbAction) tfo = NULL;
  g_autoptr(FbAction) cleanup = NULL;
  g_autoptr(GError) error = NULL;

  tfo = fb_action_new_test_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                     NULL, NULL, &error);
  g_assert_no_error (error);
  run_ok (t, tfo, "TestFailover");
  after = item_named (t, vault_id, "web-02");
  g_assert_true (fb_protected_item_is_allowed (after, "TestFailoverCleanup"));
  cleanup = fb_action_new_test_failover_cleanup (fb_protected_item_get_id (item), "checked the test VM");
  run_ok (t, cleanup, "TestFailoverCleanup");
  g_clear_object (&after);
  after = item_named (t, vault_id, "web-02");
  g_assert_false (fb_protected_item_is_allowed (after, "TestFailoverCleanup"));
  g_assert_cmpint (fb_protected_item_get_phase (after), ==, FB_PHASE_PROTECTED_TO_AZURE);
  fb_test_azure_free (t);
}

static void
test_change_point_and_cancel (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 500, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "app-01");
  g_autoptr(FbProtectedItem) after = NULL;
  g_autoptr(FbAction) failover = NULL;
  g_autoptr(FbAction) change = NULL;
  g_autoptr(FbAction) cancel = NULL;
  g_autoptr(FbRecoveryPoint) rp = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *slot = NULL;

  failover = fb_action_new_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                     FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL, FALSE, &error);
  run_ok (t, failover, "UnplannedFailover");
  after = item_named (t, vault_id, "app-01");
  g_assert_true (fb_protected_item_is_allowed (after, "ChangePit"));

  fb_site_recovery_pick_recovery_point_async (t->sr, after, FB_RECOVERY_POINT_LATEST_APP_CONSISTENT, NULL,
                                              fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  rp = fb_site_recovery_pick_recovery_point_finish (t->sr, res, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rp);
  change = fb_action_new_apply_recovery_point (fb_protected_item_get_id (after),
                                               fb_protected_item_get_provider_type (after),
                                               fb_recovery_point_get_id (rp), &error);
  g_assert_no_error (error);
  run_ok (t, change, "ApplyRecoveryPoint");

  cancel = fb_action_new_failover_cancel (fb_protected_item_get_id (after));
  run_ok (t, cancel, "CancelFailover");
  g_clear_object (&after);
  after = item_named (t, vault_id, "app-01");
  g_assert_cmpint (fb_protected_item_get_phase (after), ==, FB_PHASE_PROTECTED_TO_AZURE);
  fb_test_azure_free (t);
}

static void
test_job_cancel_and_restart (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 20, 0, TRUE);
  g_autofree char *vault_id = fb_test_first_vault_id (t);
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, "dc-nbg-02");
  g_autoptr(FbAction) failover = NULL;
  g_autoptr(FbAction) cancel = NULL;
  g_autoptr(FbAction) restart = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GAsyncResult) res2 = NULL;
  g_autoptr(GAsyncResult) res3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  g_autofree char *name = NULL;
  g_autofree char *same = NULL;
  g_autofree char *job_id = NULL;
  GAsyncResult *slot = NULL;

  failover = fb_action_new_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                     FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL, FALSE, &error);
  fb_job_monitor_run_action_async (t->monitor, failover, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  name = fb_job_monitor_run_action_finish (t->monitor, res, &error);
  g_assert_no_error (error);

  job_id = g_strconcat (vault_id, "/replicationJobs/", name, NULL);
  cancel = fb_action_new_job_action (job_id, "cancel", NULL);
  fb_job_monitor_run_action_async (t->monitor, cancel, NULL, fb_test_done_cb, &slot);
  res2 = fb_test_wait_result (&slot);
  same = fb_job_monitor_run_action_finish (t->monitor, res2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (same, ==, name);

  fb_job_monitor_wait_async (t->monitor, name, NULL, fb_test_done_cb, &slot);
  res3 = fb_test_wait_result (&slot);
  job = fb_job_monitor_wait_finish (t->monitor, res3, &error);
  g_assert_null (job);
  g_assert_error (error, FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED);
  g_assert_cmpstr (fb_job_get_state (fb_job_monitor_lookup (t->monitor, name)), ==, "Cancelled");
  g_clear_error (&error);

  /* restart starts a new job of the same kind */
  restart = fb_action_new_job_action (job_id, "restart", NULL);
  fb_test_run_and_wait (t, restart, &error);
  g_assert_no_error (error);
  {
    g_autoptr(FbProtectedItem) after = item_named (t, vault_id, "dc-nbg-02");
    g_assert_cmpint (fb_protected_item_get_phase (after), ==, FB_PHASE_FAILED_OVER_TO_AZURE);
  }
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_func ("/azure/actions/test-failover-and-cleanup", test_test_failover_and_cleanup);
  g_test_add_func ("/azure/actions/change-point-and-cancel", test_change_point_and_cancel);
  g_test_add_func ("/azure/actions/job-cancel-and-restart", test_job_cancel_and_restart);
  return g_test_run ();
}
