/* test-round-trip.c - the failback round trip against the in-process simulator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-core-enums.h"
#include "fb-json.h"
#include "fb-test-azure.h"

#define SPEED 2000.0

static const char *
vault_id_by_name (FbTestAzure *t, const char *name, char **out)
{
  *out = g_strdup_printf ("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.RecoveryServices/vaults/%s",
                          t->subscription_id, g_str_equal (name, "vault-ffm") ? "rg-dr-ffm" : "rg-dr-nbg", name);
  return *out;
}

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
  g_assert_true (FB_IS_PROTECTED_ITEM (item));
  return item;
}

static void
assert_phase (FbTestAzure *t, const char *vault_id, const char *name, FbPhase phase)
{
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, name);
  g_autofree char *have = g_enum_to_string (FB_TYPE_PHASE, fb_protected_item_get_phase (item));
  g_autofree char *want = g_enum_to_string (FB_TYPE_PHASE, phase);

  g_test_message ("%s: %s (%s, %s)", name, have, fb_protected_item_get_provider_type (item),
                  fb_protected_item_get_protection_state (item));
  g_assert_cmpstr (have, ==, want);
}

static FbJob *
failover (FbTestAzure *t, const char *vault_id, const char *name, FbFailoverDirection dir,
          FbRecoveryPointChoice choice, GError **error)
{
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, name);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(FbAction) action = NULL;
  GAsyncResult *slot = NULL;

  fb_site_recovery_build_failover_async (t->sr, item, dir, choice, NULL, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  action = fb_site_recovery_build_failover_finish (t->sr, res, error);
  if (action == NULL)
    return NULL;
  return fb_test_run_and_wait (t, action, error);
}

static FbJob *
commit (FbTestAzure *t, const char *vault_id, const char *name, GError **error)
{
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, name);
  g_autoptr(FbAction) action = fb_action_new_commit (fb_protected_item_get_id (item));

  return fb_test_run_and_wait (t, action, error);
}

static FbJob *
reprotect (FbTestAzure *t, const char *vault_id, const char *name, const FbReprotectOptions *given, GError **error)
{
  g_autoptr(FbProtectedItem) item = item_named (t, vault_id, name);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(FbReprotectChoice) choice = NULL;
  g_autoptr(FbAction) action = NULL;
  FbReprotectOptions options;
  GAsyncResult *slot = NULL;

  fb_site_recovery_pick_reprotect_async (t->sr, item, given, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  choice = fb_site_recovery_pick_reprotect_finish (t->sr, res, error);
  if (choice == NULL)
    return NULL;
  for (guint i = 0; i < choice->notes->len; i++)
    g_test_message ("  %s", (const char *) choice->notes->pdata[i]);
  if (choice->run_as_account_id != NULL)
    {
      /* the notes name the run-as account as the configuration server does, not by id */
      g_autofree char *by_id = g_strdup_printf ("Run-as account: %s", choice->run_as_account_id);
      gboolean named = FALSE;

      for (guint i = 0; i < choice->notes->len; i++)
        {
          const char *note = choice->notes->pdata[i];

          g_assert_cmpstr (note, !=, by_id);
          named |= g_str_has_prefix (note, "Run-as account: ");
        }
      g_assert_true (named);
    }
  fb_reprotect_choice_to_options (choice, &options);
  action = fb_action_new_reprotect (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                    &options, error);
  if (action == NULL)
    return NULL;
  return fb_test_run_and_wait (t, action, error);
}

static void
on_item_refreshed (FbJobMonitor *monitor, GObject *model, gpointer data)
{
  char **last = data;

  if (FB_IS_PROTECTED_ITEM (model))
    {
      g_free (*last);
      *last = g_strdup (fb_protected_item_get_id (FB_PROTECTED_ITEM (model)));
    }
}

/* The whole trip; @classic: the item gets a new id at reprotect. */
static void
round_trip (const char *scenario, const char *name, gboolean classic)
{
  FbTestAzure *t = fb_test_azure_new (scenario, SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autofree char *old_id = NULL;
  g_autofree char *refreshed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  FbJob *j;

  vault_id_by_name (t, "vault-nbg", &vault_id);
  g_signal_connect (t->monitor, "item-refreshed", G_CALLBACK (on_item_refreshed), &refreshed);
  assert_phase (t, vault_id, name, FB_PHASE_PROTECTED_TO_AZURE);
  {
    g_autoptr(FbProtectedItem) item = item_named (t, vault_id, name);
    old_id = g_strdup (fb_protected_item_get_id (item));
  }

  /* 1 failover to Azure */
  job = failover (t, vault_id, name, FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "UnplannedFailover");
  g_clear_object (&job);
  assert_phase (t, vault_id, name, FB_PHASE_FAILED_OVER_TO_AZURE);

  /* 2 commit */
  job = commit (t, vault_id, name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "CommitFailover");
  g_clear_object (&job);
  assert_phase (t, vault_id, name, FB_PHASE_RUNNING_IN_AZURE);

  /* 3 reprotect to on-premises (modern needs a log storage account from the user) */
  {
    g_autofree char *log_sa = g_strdup_printf ("/subscriptions/%s/resourceGroups/rg-dr-nbg/providers/Microsoft.Storage/storageAccounts/stnbgfailbacklog",
                                               t->subscription_id);
    FbReprotectOptions given = { .log_storage_account_id = log_sa };
    job = reprotect (t, vault_id, name, classic ? NULL : &given, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  if (classic)
    {
      const char *new_id = fb_job_get_new_replication_protected_item_id (job);
      g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "SwitchReplicationGroupProtection");
      g_assert_nonnull (new_id);
      g_assert_false (fb_arm_id_equal (new_id, old_id));
      /* the monitor looked the item up again under its new id */
      while (refreshed == NULL || !fb_arm_id_equal (refreshed, new_id))
        g_main_context_iteration (NULL, TRUE);
    }
  else
    g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "ReverseReplication");
  g_clear_object (&job);
  assert_phase (t, vault_id, name, FB_PHASE_PROTECTED_TO_ON_PREMISES);

  /* 4 failback at the latest app-consistent point */
  job = failover (t, vault_id, name, FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST_APP_CONSISTENT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, classic ? "UnplannedFailover" : "PlannedFailover");
  g_clear_object (&job);
  assert_phase (t, vault_id, name, FB_PHASE_FAILED_BACK);

  /* 5 commit */
  job = commit (t, vault_id, name, &error);
  g_assert_no_error (error);
  g_clear_object (&job);
  assert_phase (t, vault_id, name, FB_PHASE_RUNNING_ON_PREMISES);

  /* 6 reprotect to Azure; the agent may still be registering (retry as the app does) */
  for (guint attempt = 0; attempt < 20; attempt++)
    {
      g_clear_error (&error);
      g_clear_object (&job);
      job = reprotect (t, vault_id, name, NULL, &error);
      if (job != NULL || !g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED))
        break;
      g_test_message ("reprotect to Azure: %s; retrying", error->message);
      fb_test_run_for (500);
    }
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "ReverseReplication");
  assert_phase (t, vault_id, name, FB_PHASE_PROTECTED_TO_AZURE);

  /* every job the monitor tracked is finished and forgotten by the store */
  g_assert_cmpuint (fb_state_store_get_jobs (t->store)->len, ==, 0);
  g_assert_cmpuint (fb_state_store_get_intents (t->store)->len, ==, 0);
  j = fb_job_monitor_lookup (t->monitor, fb_job_get_name (job));
  g_assert_nonnull (j);
  g_signal_handlers_disconnect_by_data (t->monitor, &refreshed);
  fb_test_azure_free (t);
}

static void
test_classic_windows (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  round_trip (scenario, "dc-nbg-02", TRUE);
}

static void
test_classic_linux (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  round_trip (scenario, "app-02", TRUE);
}

static void
test_classic_physical (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  round_trip (scenario, "print-01", TRUE);
}

static void
test_modern (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  round_trip (scenario, "shop-db-01", FALSE);
}

static void
test_plan_failback (void)
{
  g_autofree char *scenario = fb_test_scenario_roomy ();
  FbTestAzure *t = fb_test_azure_new (scenario, SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(FbRecoveryPlan) plan = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  vault_id_by_name (t, "vault-nbg", &vault_id);
  fb_site_recovery_find_plan_async (t->sr, vault_id, "rp-billing", NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  plan = fb_site_recovery_find_finish (t->sr, res, &error);
  g_assert_no_error (error);
  g_assert_true (fb_recovery_plan_is_allowed (plan, "UnplannedFailover"));

  action = fb_action_new_plan_failover (fb_recovery_plan_get_id (plan), fb_recovery_plan_get_replication_providers (plan),
                                        FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST_APP_CONSISTENT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (action->kind, ==, "unplannedFailover");
  job = fb_test_run_and_wait (t, action, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  assert_phase (t, vault_id, "billing-01", FB_PHASE_FAILED_BACK);
  assert_phase (t, vault_id, "billing-02", FB_PHASE_FAILED_BACK);

  g_clear_pointer (&action, fb_action_free);
  g_clear_object (&job);
  action = fb_action_new_plan_commit (fb_recovery_plan_get_id (plan));
  job = fb_test_run_and_wait (t, action, &error);
  g_assert_no_error (error);
  assert_phase (t, vault_id, "billing-01", FB_PHASE_RUNNING_ON_PREMISES);
  assert_phase (t, vault_id, "billing-02", FB_PHASE_RUNNING_ON_PREMISES);
  fb_test_azure_free (t);
}

/* ---- the failure cases of the demo scenario ------------------------------ */

static void
assert_failed_with (GError *error, const char *needle)
{
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_true (error->domain == FB_ARM_ERROR);
  g_assert_nonnull (strstr (error->message, needle));
}

/* sql-prod-01 fails back onto esx-nbg-03, which lacks free memory */
static void
test_fail_8038 (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  FbJob *failed;

  vault_id_by_name (t, "vault-nbg", &vault_id);
  job = failover (t, vault_id, "sql-prod-01", FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST, &error);
  g_assert_null (job);
  g_assert_error (error, FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED);
  assert_failed_with (error, "8038");
  g_assert_nonnull (strstr (error->message, "vMotion"));
  /* the job carries the provider error code */
  failed = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (fb_job_monitor_get_jobs (t->monitor)); i++)
    {
      g_autoptr(FbJob) j = g_list_model_get_item (fb_job_monitor_get_jobs (t->monitor), i);
      if (g_strcmp0 (fb_job_get_state (j), "Failed") == 0)
        failed = j;
    }
  g_assert_nonnull (failed);
  g_assert_nonnull (fb_job_find_provider_error (failed, 8038));
  fb_test_azure_free (t);
}

static void
test_fail_agent_not_installed (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 200.0, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;

  /* file-02's agent has not registered since its failback: the simulator holds it so,
   * however long the test takes, until it is released */
  g_assert_true (fb_sim_server_hold_agent (t->sim, "file-02", TRUE));
  vault_id_by_name (t, "vault-nbg", &vault_id);
  job = reprotect (t, vault_id, "file-02", NULL, &error);
  g_assert_null (job);
  assert_failed_with (error, "agent");
  g_assert_true (g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED));
  assert_phase (t, vault_id, "file-02", FB_PHASE_RUNNING_ON_PREMISES);

  /* the agent registers: the reprotect again succeeds */
  g_clear_error (&error);
  g_assert_true (fb_sim_server_hold_agent (t->sim, "file-02", FALSE));
  job = reprotect (t, vault_id, "file-02", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_job_get_scenario_name (job), ==, "ReverseReplication");
  g_assert_cmpstr (fb_job_get_state (job), ==, "Succeeded");
  assert_phase (t, vault_id, "file-02", FB_PHASE_PROTECTED_TO_AZURE);
  g_clear_object (&job);
  fb_test_azure_free (t);
}

static void
test_fail_master_target_snapshot (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;

  vault_id_by_name (t, "vault-ffm", &vault_id);
  job = reprotect (t, vault_id, "ffm-app-01", NULL, &error);
  g_assert_null (job);
  assert_failed_with (error, "snapshot");
  fb_test_azure_free (t);
}

static void
test_fail_vcenter_disconnected (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;

  vault_id_by_name (t, "vault-ffm", &vault_id);
  job = failover (t, vault_id, "ffm-db-01", FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST, &error);
  g_assert_null (job);
  assert_failed_with (error, "vCenter");
  fb_test_azure_free (t);
}

static void
test_fail_physical_2008 (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;

  vault_id_by_name (t, "vault-nbg", &vault_id);
  job = reprotect (t, vault_id, "erp-legacy-01", NULL, &error);
  g_assert_null (job);
  assert_failed_with (error, "2008 R2");
  fb_test_azure_free (t);
}

static void
test_fail_rdm (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", SPEED, 0, TRUE);
  g_autofree char *vault_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(FbAction) action = NULL;
  FbReprotectOptions given = { .datastore_name = "ds-rdm-sql" };
  FbReprotectOptions opts = { 0 };

  vault_id_by_name (t, "vault-nbg", &vault_id);
  /* the picker refuses an RDM datastore itself ... */
  job = reprotect (t, vault_id, "sql-rpt-01", &given, &error);
  g_assert_null (job);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "RDM"));
  g_clear_error (&error);

  /* ... and the service refuses it too, with its message */
  item = item_named (t, vault_id, "sql-rpt-01");
  opts.master_target_id = "C7085121-8E7A-DC35-02907DDD2C1A";
  opts.process_server_id = "1BE8C8D9-228A-750D-050B2DC1CB5F";
  opts.retention_drive = "F";
  opts.datastore_name = "ds-rdm-sql";
  opts.policy_id = fb_protected_item_get_policy_id (item);
  {
    g_autofree char *failback_policy = g_strconcat (vault_id, "/replicationPolicies/pol-nbg-24h-failback", NULL);
    opts.policy_id = failback_policy;
    action = fb_action_new_reprotect (fb_protected_item_get_id (item), "InMageAzureV2", &opts, &error);
    g_assert_no_error (error);
    job = fb_test_run_and_wait (t, action, &error);
  }
  g_assert_null (job);
  assert_failed_with (error, "RDM");
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_func ("/azure/round-trip/classic-windows-vm", test_classic_windows);
  g_test_add_func ("/azure/round-trip/classic-linux-vm", test_classic_linux);
  g_test_add_func ("/azure/round-trip/classic-physical-server", test_classic_physical);
  g_test_add_func ("/azure/round-trip/modern", test_modern);
  g_test_add_func ("/azure/round-trip/plan-failback", test_plan_failback);
  g_test_add_func ("/azure/failures/8038-host-memory", test_fail_8038);
  g_test_add_func ("/azure/failures/agent-not-installed", test_fail_agent_not_installed);
  g_test_add_func ("/azure/failures/master-target-snapshot", test_fail_master_target_snapshot);
  g_test_add_func ("/azure/failures/vcenter-disconnected", test_fail_vcenter_disconnected);
  g_test_add_func ("/azure/failures/physical-2008-r2", test_fail_physical_2008);
  g_test_add_func ("/azure/failures/rdm-datastore", test_fail_rdm);
  return g_test_run ();
}
