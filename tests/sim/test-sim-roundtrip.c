/* test-sim-roundtrip.c - the failback round trip on the wire: classic and
 * modern, VMs and physical servers, recovery plans, failure cases, body
 * validation, job actions and the async pattern.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sim-test-util.h"

#define FAST 1000.0

static JsonObject *
fabric_details (SimFixture *f, JsonNode *item)
{
  /* the fabric is the item id up to /replicationProtectionContainers */
  g_autofree char *path = sim_item_path (item);
  char *cut = strstr (path, "/replicationProtectionContainers/");
  g_autoptr(JsonNode) fab = NULL;

  *cut = '\0';
  fab = sim_call (f, "GET", path, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  return json_object_ref (sim_member_obj (sim_props (fab), "customDetails"));
}

static const char *
find_by (JsonArray *a, const char *key, const char *value, const char *want)
{
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = json_array_get_object_element (a, i);

      if (g_strcmp0 (sim_member_str (o, key), value) == 0)
        return sim_member_str (o, want);
    }
  g_error ("no %s=%s", key, value);
  return NULL;
}

static char *
policy_id (const char *vault, const char *name)
{
  return g_strdup_printf ("/Subscriptions/" SIM_SUB "/resourceGroups/%s/providers/Microsoft.RecoveryServices/vaults/%s/replicationPolicies/%s",
                          g_str_equal (vault, SIM_NBG) ? "rg-dr-nbg" : "rg-dr-ffm",
                          g_str_equal (vault, SIM_NBG) ? "vault-nbg" : "vault-ffm", name);
}

static void
assert_phase (JsonNode *item, const char *provider, const char *state, const char *active, const char *first_op)
{
  JsonObject *p = sim_props (item);

  g_assert_cmpstr (sim_member_str (sim_member_obj (p, "providerSpecificDetails"), "instanceType"), ==, provider);
  g_assert_cmpstr (sim_member_str (p, "protectionState"), ==, state);
  g_assert_cmpstr (sim_member_str (p, "activeLocation"), ==, active);
  g_assert_cmpstr (sim_member_str (sim_member_obj (p, "currentScenario"), "scenarioName"), ==, "None");
  if (first_op != NULL)
    g_assert_cmpstr (json_array_get_string_element (sim_member_arr (p, "allowedOperations"), 0), ==, first_op);
}

static void
assert_job (JsonNode *job, const char *scenario, const char *state)
{
  JsonObject *p = sim_props (job);

  g_assert_cmpstr (sim_member_str (p, "scenarioName"), ==, scenario);
  if (g_strcmp0 (sim_member_str (p, "state"), state) != 0)
    {
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autofree char *s = NULL;

      json_generator_set_root (gen, job);
      s = json_generator_to_data (gen, NULL);
      g_error ("job state %s, expected %s: %s", sim_member_str (p, "state"), state, s);
    }
}

static JsonObject *
first_error (JsonNode *job)
{
  JsonArray *errors = sim_member_arr (sim_props (job), "errors");

  g_assert_cmpuint (json_array_get_length (errors), >, 0);
  return json_array_get_object_element (errors, 0);
}

static JsonNode *
refetch (SimFixture *f, JsonNode *item)
{
  g_autofree char *path = sim_item_path (item);
  JsonNode *n = sim_call (f, "GET", path, NULL);

  g_assert_cmpuint (f->status, ==, 200);
  return n;
}

static void
wait_agent (SimFixture *f, const char *path, const char *body, double speed)
{
  /* agent registration: 15 simulated minutes */
  g_usleep ((gulong) (900.0 / speed * G_USEC_PER_SEC) + 200000);
  (void) f;
  (void) path;
  (void) body;
}

static gboolean
sim_has_op_in (JsonArray *a, const char *op)
{
  for (guint i = 0; i < json_array_get_length (a); i++)
    if (g_strcmp0 (json_array_get_string_element (a, i), op) == 0)
      return TRUE;
  return FALSE;
}

/* ---- classic VM ---- */

static void
test_classic_vm (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "web-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonObject) cs = fabric_details (f, item);
  JsonArray *mts = sim_member_arr (cs, "masterTargetServers");
  JsonArray *pss = sim_member_arr (cs, "processServers");
  const char *mt = find_by (mts, "name", "mt-win-nbg-01", "id");
  const char *ps = find_by (pss, "friendlyName", "ps-nbg-02", "id");
  g_autofree char *failback_pol = policy_id (SIM_NBG, "pol-nbg-24h-failback");
  g_autofree char *forward_pol = policy_id (SIM_NBG, "pol-nbg-24h");
  g_autofree char *body = NULL;
  g_autofree char *new_path = NULL;
  JsonNode *job;
  JsonNode *now;
  JsonObject *cd;

  assert_phase (item, "InMageAzureV2", "Protected", "Primary", "UnplannedFailover");
  g_assert_null (sim_member_str (sim_member_obj (sim_props (item), "providerSpecificDetails"), "targetVmId"));

  /* 1 failover to Azure */
  job = sim_action (f, path, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (job), "customDetails"), "instanceType"), ==, "FailoverJobDetails");
  json_node_unref (job);
  now = refetch (f, item);
  assert_phase (now, "InMageAzureV2", "UnplannedFailoverCommitPendingStatesBegin", "Recovery", "Commit");
  g_assert_true (sim_has_op (sim_props (now), "ChangePit"));
  g_assert_true (sim_has_op (sim_props (now), "CancelFailover"));
  g_assert_nonnull (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "targetVmId"));
  json_node_unref (now);

  /* 2 commit */
  job = sim_action (f, path, "failoverCommit", NULL);
  assert_job (job, "CommitFailover", "Succeeded");
  json_node_unref (job);
  now = refetch (f, item);
  assert_phase (now, "InMageAzureV2", "UnplannedFailoverCommitted", "Recovery", "ReverseReplicate");
  json_node_unref (now);

  /* 3 reprotect to on-premises: a new item id */
  body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                          "\"instanceType\":\"InMage\",\"masterTargetId\":\"%s\",\"processServerId\":\"%s\","
                          "\"retentionDrive\":\"F\",\"datastoreName\":\"ds-vmfs-01\",\"runAsAccountId\":\"2\","
                          "\"profileId\":\"%s\",\"diskExclusionInput\":{\"volumeOptions\":[{\"volumeLabel\":\"Temporary Storage\",\"onlyExcludeIfSingleVolume\":\"Yes\"}]}}}}",
                          mt, ps, failback_pol);
  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "SwitchReplicationGroupProtection", "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_props (job), "friendlyName"), ==, "Reprotect");
  cd = sim_member_obj (sim_props (job), "customDetails");
  g_assert_cmpstr (sim_member_str (cd, "instanceType"), ==, "SwitchProtectionJobDetails");
  new_path = sim_path_of_id (sim_member_str (cd, "newReplicationProtectedItemId"));
  g_assert_cmpstr (new_path, !=, path);
  g_assert_true (g_str_has_suffix (new_path, "-new"));
  json_node_unref (job);
  {
    g_autoptr(JsonNode) gone = sim_call (f, "GET", path, NULL);

    g_assert_cmpuint (f->status, ==, 404);
    g_assert_cmpstr (sim_error_detail_code (gone), ==, "ArmResourceDoesNotExist");
  }
  now = sim_call (f, "GET", new_path, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  assert_phase (now, "InMage", "Protected", "Recovery", "UnplannedFailover");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "activeSiteType"), ==, "Azure");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "masterTargetId"), ==, mt);
  g_assert_cmpstr (sim_member_str (sim_props (now), "policyId"), ==, failback_pol);
  json_node_unref (now);
  {
    g_autofree char *rp = g_strdup_printf ("%s/recoveryPoints", new_path);
    g_autoptr(JsonNode) pts = sim_call (f, "GET", rp, NULL);

    g_assert_cmpuint (f->status, ==, 200);
    g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_obj (pts), "value")), >, 0);
  }

  /* 4 failback */
  job = sim_action (f, new_path, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  {
    JsonArray *tasks = sim_member_arr (sim_props (job), "tasks");
    gboolean saw_start = FALSE, saw_shutdown = FALSE;

    for (guint i = 0; i < json_array_get_length (tasks); i++)
      {
        JsonObject *t = json_array_get_object_element (tasks, i);

        saw_start |= g_strcmp0 (sim_member_str (t, "friendlyName"), "Start the virtual machine on-premises") == 0;
        saw_shutdown |= g_strcmp0 (sim_member_str (t, "friendlyName"), "Shut down the virtual machine in Azure") == 0;
        g_assert_cmpstr (sim_member_str (t, "state"), ==, "Succeeded");
      }
    g_assert_true (saw_start && saw_shutdown);
  }
  json_node_unref (job);
  now = sim_call (f, "GET", new_path, NULL);
  assert_phase (now, "InMage", "UnplannedFailoverCommitPendingStatesBegin", "Primary", "Commit");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "activeSiteType"), ==, "OnPrem");
  json_node_unref (now);

  /* 5 commit */
  job = sim_action (f, new_path, "failoverCommit", NULL);
  assert_job (job, "CommitFailover", "Succeeded");
  json_node_unref (job);
  now = sim_call (f, "GET", new_path, NULL);
  assert_phase (now, "InMage", "UnplannedFailoverCommitted", "Primary", "ReverseReplicate");
  json_node_unref (now);

  /* 6 reprotect to Azure: first "agent not installed", then it works */
  g_free (body);
  body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                          "\"instanceType\":\"InMageAzureV2\",\"processServerId\":\"%s\",\"masterTargetId\":\"%s\","
                          "\"runAsAccountId\":\"2\",\"policyId\":\"%s\"}}}", ps, ps, forward_pol);
  job = sim_action (f, new_path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Failed");
  {
    JsonObject *sed = sim_member_obj (first_error (job), "serviceErrorDetails");

    g_assert_cmpstr (sim_member_str (sed, "code"), ==, "AgentNotInstalled");
    g_assert_nonnull (strstr (sim_member_str (sed, "message"), "agent not installed"));
    g_assert_nonnull (strstr (sim_member_str (sed, "recommendedAction"), "15 minutes"));
  }
  json_node_unref (job);
  now = sim_call (f, "GET", new_path, NULL);
  assert_phase (now, "InMage", "UnplannedFailoverCommitted", "Primary", "ReverseReplicate");
  json_node_unref (now);
  wait_agent (f, new_path, body, FAST);
  job = sim_action (f, new_path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Succeeded");
  json_node_unref (job);
  now = sim_call (f, "GET", new_path, NULL);
  assert_phase (now, "InMageAzureV2", "Protected", "Primary", "UnplannedFailover");
  g_assert_null (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "targetVmId"));
  json_node_unref (now);
  sim_fixture_free (f);
}

/* ---- modern VM ---- */

static void
modern_round_trip (SimFixture *f, const char *name, gboolean from_azure)
{
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, name);
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonObject) rcm = fabric_details (f, item);
  const char *agent = find_by (sim_member_arr (rcm, "reprotectAgents"), "name", "ra-nbg-01", "id");
  const char *ps = find_by (sim_member_arr (rcm, "processServers"), "friendlyName", "nbg-appliance-01", "id");
  g_autofree char *rcm_pol = policy_id (SIM_NBG, "pol-nbg-rcm");
  g_autofree char *fb_pol = policy_id (SIM_NBG, "pol-nbg-rcm-failback");
  g_autofree char *body = NULL;
  JsonNode *job, *now;

  g_assert_cmpstr (sim_member_str (rcm, "instanceType"), ==, "InMageRcm");
  if (from_azure)
    {
      assert_phase (item, "InMageRcm", "Protected", "Primary", "UnplannedFailover");
      job = sim_action (f, path, "unplannedFailover",
                        "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                        "\"providerSpecificDetails\":{\"instanceType\":\"InMageRcm\",\"performShutdown\":\"true\"}}}");
      assert_job (job, "UnplannedFailover", "Succeeded");
      json_node_unref (job);
      now = refetch (f, item);
      assert_phase (now, "InMageRcm", "UnplannedFailoverCommitPendingStatesBegin", "Recovery", "Commit");
      g_assert_false (sim_has_op (sim_props (now), "ChangePit"));
      g_assert_true (sim_has_op (sim_props (now), "CancelFailover"));
      json_node_unref (now);
      job = sim_action (f, path, "failoverCommit", NULL);
      assert_job (job, "CommitFailover", "Succeeded");
      json_node_unref (job);
    }
  now = refetch (f, item);
  assert_phase (now, "InMageRcm", "UnplannedFailoverCommitted", "Recovery", "ReverseReplicate");
  json_node_unref (now);

  body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                          "\"instanceType\":\"InMageRcm\",\"reprotectAgentId\":\"%s\",\"datastoreName\":\"ds-vmfs-02\","
                          "\"logStorageAccountId\":\"/subscriptions/" SIM_SUB "/resourceGroups/rg-dr-nbg/providers/Microsoft.Storage/storageAccounts/asrlogsnbg\","
                          "\"policyId\":\"%s\"}}}", agent, fb_pol);
  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Succeeded");
  json_node_unref (job);
  now = refetch (f, item);   /* same id */
  assert_phase (now, "InMageRcmFailback", "Protected", "Recovery", "PlannedFailover");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "targetDataStoreName"), ==, "ds-vmfs-02");
  json_node_unref (now);

  job = sim_action (f, path, "plannedFailover",
                    "{\"properties\":{\"failoverDirection\":null,\"providerSpecificDetails\":{\"instanceType\":\"InMageRcmFailback\",\"recoveryPointType\":\"CrashConsistent\"}}}");
  assert_job (job, "PlannedFailover", "Succeeded");
  json_node_unref (job);
  now = refetch (f, item);
  assert_phase (now, "InMageRcmFailback", "PlannedFailoverCommitRequired", "Primary", "Commit");
  g_assert_cmpstr (sim_member_str (sim_props (now), "protectionStateDescription"), ==, "Planned failover finished");
  g_assert_nonnull (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "azureVirtualMachineId"));
  json_node_unref (now);

  job = sim_action (f, path, "failoverCommit", NULL);
  assert_job (job, "CommitFailover", "Succeeded");
  json_node_unref (job);
  now = refetch (f, item);
  assert_phase (now, "InMageRcmFailback", "PlannedFailoverStatesBegin", "Primary", "ReverseReplicate");
  g_assert_null (sim_member_str (sim_member_obj (sim_props (now), "providerSpecificDetails"), "azureVirtualMachineId"));
  json_node_unref (now);

  g_free (body);
  body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"providerSpecificDetails\":{"
                          "\"instanceType\":\"InMageRcmFailback\",\"processServerId\":\"%s\",\"policyId\":\"%s\"}}}", ps, rcm_pol);
  wait_agent (f, path, body, FAST);
  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Succeeded");
  json_node_unref (job);
  now = refetch (f, item);
  assert_phase (now, "InMageRcm", "Protected", "Primary", "UnplannedFailover");
  json_node_unref (now);
}

static void
test_modern_vm (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);

  modern_round_trip (f, "shop-web-01", TRUE);
  sim_fixture_free (f);
}

static void
test_physical (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "hr-app-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonObject) cs = fabric_details (f, item);
  const char *mt = find_by (sim_member_arr (cs, "masterTargetServers"), "name", "mt-win-nbg-01", "id");
  const char *ps = find_by (sim_member_arr (cs, "processServers"), "friendlyName", "cs-nbg-01", "id");
  g_autofree char *pol = policy_id (SIM_NBG, "pol-nbg-24h-failback");
  g_autofree char *body = NULL;
  g_autofree char *new_path = NULL;
  JsonNode *job, *now;

  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (item), "providerSpecificDetails"), "discoveryType"), ==, "physical");
  /* a physical server comes back as a VMware VM on an alternate location */
  body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                          "\"instanceType\":\"InMage\",\"masterTargetId\":\"%s\",\"processServerId\":\"%s\","
                          "\"retentionDrive\":\"F\",\"datastoreName\":\"vsan-nbg\",\"profileId\":\"%s\"}}}", mt, ps, pol);
  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "SwitchReplicationGroupProtection", "Succeeded");
  new_path = sim_path_of_id (sim_member_str (sim_member_obj (sim_props (job), "customDetails"), "newReplicationProtectedItemId"));
  json_node_unref (job);
  job = sim_action (f, new_path, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTag\"}}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  json_node_unref (job);
  job = sim_action (f, new_path, "failoverCommit", NULL);
  assert_job (job, "CommitFailover", "Succeeded");
  json_node_unref (job);
  now = sim_call (f, "GET", new_path, NULL);
  assert_phase (now, "InMage", "UnplannedFailoverCommitted", "Primary", "ReverseReplicate");
  json_node_unref (now);

  /* modern physical server, the full trip from Azure-protected */
  modern_round_trip (f, "app-phys-02", TRUE);
  sim_fixture_free (f);
}

/* ---- recovery plans ---- */

static void
test_plan_failback (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  const char *classic = SIM_NBG "/replicationRecoveryPlans/rp-billing";
  const char *modern = SIM_NBG "/replicationRecoveryPlans/rp-mail";
  JsonNode *plan, *job, *it;

  plan = sim_call (f, "GET", classic, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpstr (json_array_get_string_element (sim_member_arr (sim_props (plan), "replicationProviders"), 0), ==, "InMage");
  g_assert_true (sim_has_op (sim_props (plan), "UnplannedFailover"));
  json_node_unref (plan);

  job = sim_action (f, classic, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":[{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}]}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_props (job), "targetInstanceType"), ==, "RecoveryPlan");
  json_node_unref (job);
  for (guint i = 0; i < 2; i++)
    {
      it = sim_find_item (f, SIM_NBG, i == 0 ? "billing-01" : "billing-02");
      assert_phase (it, "InMage", "UnplannedFailoverCommitPendingStatesBegin", "Primary", "Commit");
      json_node_unref (it);
    }
  {
    /* the plan's LRO: Location answers the plan once the job is done */
    g_autofree char *post = g_strdup_printf ("%s/failoverCommit", classic);
    g_autoptr(JsonNode) r = sim_call (f, "POST", post, NULL);
    g_autofree char *location = g_strdup (sim_header (f, "Location"));
    g_autofree char *job_id = g_strdup (sim_header (f, "x-ms-request-id"));
    g_autoptr(JsonNode) res = NULL;

    g_assert_cmpuint (f->status, ==, 202);
    g_assert_nonnull (strstr (location, "/replicationRecoveryPlans/rp-billing/operationresults/"));
    job = sim_wait_job (f, job_id);
    assert_job (job, "CommitFailover", "Succeeded");
    json_node_unref (job);
    res = sim_call (f, "GET", location, NULL);
    g_assert_cmpuint (f->status, ==, 200);
    g_assert_cmpstr (sim_member_str (sim_obj (res), "name"), ==, "rp-billing");
  }
  it = sim_find_item (f, SIM_NBG, "billing-02");
  assert_phase (it, "InMage", "UnplannedFailoverCommitted", "Primary", "ReverseReplicate");
  json_node_unref (it);
  plan = sim_call (f, "GET", classic, NULL);
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (plan), "currentScenario"), "scenarioName"), ==, "CommitFailover");
  g_assert_cmpstr (sim_member_str (sim_props (plan), "currentScenarioStatus"), ==, "Succeeded");
  json_node_unref (plan);

  /* modern plan: planned failover with InMageRcmFailback; its manual action
   * suspends the job until it is resumed */
  plan = sim_call (f, "GET", modern, NULL);
  {
    JsonArray *groups = sim_member_arr (sim_props (plan), "groups");
    JsonObject *g2 = json_array_get_object_element (groups, 2);
    JsonObject *act = json_array_get_object_element (sim_member_arr (g2, "endGroupActions"), 0);

    g_assert_cmpstr (sim_member_str (act, "actionName"), ==, "Verify mail flow");
    g_assert_cmpstr (sim_member_str (sim_member_obj (act, "customDetails"), "instanceType"), ==, "ManualActionDetails");
  }
  json_node_unref (plan);
  job = sim_action (f, modern, "plannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\","
                    "\"providerSpecificDetails\":[{\"instanceType\":\"InMageRcmFailback\",\"recoveryPointType\":\"ApplicationConsistent\",\"useMultiVmSyncPoint\":\"True\"}]}}");
  assert_job (job, "PlannedFailover", "Suspended");
  g_assert_true (sim_has_op_in (sim_member_arr (sim_props (job), "allowedActions"), "Resume"));
  {
    JsonArray *tasks = sim_member_arr (sim_props (job), "tasks");
    JsonObject *last = json_array_get_object_element (tasks, json_array_get_length (tasks) - 1);
    g_autofree char *resume = g_strdup_printf ("%s/resume", sim_member_str (sim_obj (job), "id") + 1);
    g_autofree char *job_id = g_strdup (sim_member_str (sim_obj (job), "id"));
    g_autoptr(JsonNode) r = NULL;

    g_assert_cmpstr (sim_member_str (sim_member_obj (last, "customDetails"), "instanceType"), ==, "ManualActionTaskDetails");
    g_assert_cmpstr (sim_member_str (last, "friendlyName"), ==, "Verify mail flow");
    it = sim_find_item (f, SIM_NBG, "mail-01");
    g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (it), "allowedOperations")), ==, 0);
    json_node_unref (it);
    json_node_unref (job);
    r = sim_call (f, "POST", resume, "{\"properties\":{\"comments\":\"mail flows\"}}");
    g_assert_cmpuint (f->status, ==, 202);
    job = sim_wait_job (f, job_id);
  }
  assert_job (job, "PlannedFailover", "Succeeded");
  json_node_unref (job);
  it = sim_find_item (f, SIM_NBG, "mail-02");
  assert_phase (it, "InMageRcmFailback", "PlannedFailoverCommitRequired", "Primary", "Commit");
  json_node_unref (it);

  /* recovery plan reprotect is refused for VMware providers */
  {
    g_autoptr(JsonNode) r = sim_call (f, "POST", SIM_NBG "/replicationRecoveryPlans/rp-erp/reProtect", NULL);

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_error_detail_code (r), ==, "RecoveryPlanReprotectNotSupported");
  }
  /* the classic plan cannot use plannedFailover */
  {
    g_autoptr(JsonNode) r = sim_call (f, "POST", SIM_NBG "/replicationRecoveryPlans/rp-erp/plannedFailover",
                                      "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\"}}");

    g_assert_cmpuint (f->status, ==, 400);
  }
  sim_fixture_free (f);
}

/* ---- failure cases ---- */

static void
test_error_8038 (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "sql-prod-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonNode) job = NULL;
  g_autoptr(JsonNode) now = NULL;
  JsonObject *err, *ped;
  JsonArray *tasks;
  gboolean start_failed = FALSE;

  job = sim_action (f, path, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}");
  assert_job (job, "UnplannedFailover", "Failed");
  err = first_error (job);
  ped = sim_member_obj (err, "providerErrorDetails");
  g_assert_cmpint (json_object_get_int_member (ped, "errorCode"), ==, 8038);
  g_assert_nonnull (strstr (sim_member_str (ped, "errorMessage"), "esx-nbg-03.contoso.local"));
  g_assert_nonnull (sim_member_str (ped, "possibleCauses"));
  g_assert_nonnull (strstr (sim_member_str (ped, "recommendedAction"), "vMotion"));
  tasks = sim_member_arr (sim_props (job), "tasks");
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);

      if (g_strcmp0 (sim_member_str (t, "friendlyName"), "Start the virtual machine on-premises") == 0)
        start_failed = g_strcmp0 (sim_member_str (t, "state"), "Failed") == 0;
    }
  g_assert_true (start_failed);
  now = refetch (f, item);
  assert_phase (now, "InMage", "Protected", "Recovery", "UnplannedFailover");
  sim_fixture_free (f);
}

/* Restarts the ended @job (POST .../restart, 202); returns the new job once it has ended. */
static JsonNode *
restart_job (SimFixture *f, JsonNode *job)
{
  g_autofree char *restart = g_strdup_printf ("%s/restart", sim_member_str (sim_obj (job), "id") + 1);
  g_autoptr(JsonNode) r = sim_call (f, "POST", restart, NULL);

  g_assert_cmpuint (f->status, ==, 202);
  return sim_wait_job (f, sim_header (f, "x-ms-request-id"));
}

/* Whether the Mobility agent of the classic item at @path (GET now) has registered since
 * its failback: its last heartbeat is after the failback, not from before it. */
static gboolean
agent_registered (SimFixture *f, const char *path)
{
  g_autoptr(JsonNode) item = sim_call (f, "GET", path, NULL);
  g_autoptr(GDateTime) failback = NULL;
  g_autoptr(GDateTime) heartbeat = NULL;
  JsonObject *p;

  g_assert_cmpuint (f->status, ==, 200);
  p = sim_props (item);
  failback = g_date_time_new_from_iso8601 (sim_member_str (p, "lastSuccessfulFailoverTime"), NULL);
  heartbeat = g_date_time_new_from_iso8601 (sim_member_str (sim_member_obj (p, "providerSpecificDetails"), "lastHeartbeat"), NULL);
  g_assert_nonnull (failback);
  g_assert_nonnull (heartbeat);
  return g_date_time_compare (heartbeat, failback) > 0;
}

/* The body of a reprotect to Azure of a classic vault-nbg item. */
static char *
reprotect_to_azure_body (void)
{
  g_autofree char *pol = policy_id (SIM_NBG, "pol-nbg-24h");

  return g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                           "\"instanceType\":\"InMageAzureV2\",\"policyId\":\"%s\"}}}", pol);
}

/* file-02 was failed back 12 minutes ago; its agent registers 15 simulated minutes after the
 * simulator's start.  Held (fb_sim_server_hold_agent), it stays unregistered past that, so
 * the reprotect to Azure fails with "agent not installed" however slow the machine; released,
 * it registers at once and the job's restart succeeds. */
static void
test_agent_not_installed (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "file-02");
  g_autofree char *path = sim_item_path (item);
  g_autofree char *body = reprotect_to_azure_body ();
  g_autoptr(JsonNode) job = NULL;
  g_autoptr(JsonNode) restarted = NULL;
  JsonObject *sed;

  g_assert_true (fb_sim_server_hold_agent (f->server, "file-02", TRUE));
  g_assert_false (fb_sim_server_hold_agent (f->server, "no-such-machine", TRUE));
  /* past the clock's 15 minutes (0.9 s here): still not registered */
  g_usleep (2 * G_USEC_PER_SEC);
  g_assert_false (agent_registered (f, path));

  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Failed");
  sed = sim_member_obj (first_error (job), "serviceErrorDetails");
  g_assert_cmpstr (sim_member_str (sed, "code"), ==, "AgentNotInstalled");
  g_assert_nonnull (strstr (sim_member_str (sed, "message"), "agent not installed"));
  g_assert_nonnull (strstr (sim_member_str (sed, "recommendedAction"), "15 minutes"));
  g_assert_cmpstr (json_array_get_string_element (sim_member_arr (sim_props (job), "allowedActions"), 0), ==, "Restart");

  /* released: registered at once, and the restarted job succeeds */
  g_assert_true (fb_sim_server_hold_agent (f->server, "file-02", FALSE));
  g_assert_true (agent_registered (f, path));
  restarted = restart_job (f, job);
  assert_job (restarted, "ReverseReplication", "Succeeded");
  sim_fixture_free (f);
}

/* The registration clock itself, not held: file-02's agent registers by itself, not before
 * 15 simulated minutes after the simulator's start (0.9 s here), and then the reprotect to
 * Azure succeeds. */
static void
test_agent_registration_clock (void)
{
  gint64 started = g_get_monotonic_time ();
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "file-02");
  g_autofree char *path = sim_item_path (item);
  g_autofree char *body = reprotect_to_azure_body ();
  g_autoptr(JsonNode) job = NULL;
  gint64 registered;

  while (!agent_registered (f, path))
    {
      g_assert_cmpint (g_get_monotonic_time () - started, <, 60 * G_USEC_PER_SEC);
      g_usleep (50 * 1000);
    }
  registered = g_get_monotonic_time () - started;
  g_test_message ("registered after %" G_GINT64_FORMAT " ms", registered / 1000);
  g_assert_cmpint (registered, >=, 15 * 60 * G_USEC_PER_SEC / (gint64) FAST);

  job = sim_action (f, path, "reProtect", body);
  assert_job (job, "ReverseReplication", "Succeeded");
  sim_fixture_free (f);
}

static void
test_master_target_snapshot (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_FFM, "ffm-app-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonObject) cs = fabric_details (f, item);
  const char *mt = find_by (sim_member_arr (cs, "masterTargetServers"), "name", "mt-win-ffm-01", "id");
  const char *ps = find_by (sim_member_arr (cs, "processServers"), "friendlyName", "cs-ffm-01", "id");
  g_autofree char *pol = policy_id (SIM_FFM, "pol-ffm-24h-failback");
  g_autofree char *body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                                           "\"instanceType\":\"InMage\",\"masterTargetId\":\"%s\",\"processServerId\":\"%s\","
                                           "\"retentionDrive\":\"E\",\"datastoreName\":\"ds-ffm-vmfs-01\",\"profileId\":\"%s\"}}}", mt, ps, pol);
  g_autoptr(JsonNode) job = sim_action (f, path, "reProtect", body);
  JsonObject *t0;

  assert_job (job, "SwitchReplicationGroupProtection", "Failed");
  g_assert_cmpstr (sim_member_str (sim_member_obj (first_error (job), "serviceErrorDetails"), "code"), ==, "MasterTargetHasSnapshots");
  t0 = json_array_get_object_element (sim_member_arr (sim_props (job), "tasks"), 0);
  g_assert_cmpstr (sim_member_str (t0, "friendlyName"), ==, "Prerequisite check");
  g_assert_cmpstr (sim_member_str (t0, "state"), ==, "Failed");
  /* the fabric shows it too */
  g_assert_cmpuint (json_array_get_length (sim_member_arr (json_array_get_object_element (sim_member_arr (cs, "masterTargetServers"), 0),
                                                           "validationErrors")), ==, 1);
  sim_fixture_free (f);
}

static void
test_vcenter_not_connected (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_FFM, "ffm-db-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonNode) job = sim_action (f, path, "unplannedFailover",
                                        "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                                        "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}");
  g_autoptr(JsonNode) vcs = NULL;
  g_autoptr(JsonNode) restarted = NULL;
  JsonObject *vc;

  assert_job (job, "UnplannedFailover", "Failed");
  g_assert_cmpstr (sim_member_str (sim_member_obj (first_error (job), "serviceErrorDetails"), "code"), ==, "VCenterNotConnected");
  /* the vCenter list shows the disconnected vCenter with a health error */
  vcs = sim_call (f, "GET", SIM_FFM "/replicationvCenters", NULL);
  g_assert_cmpuint (f->status, ==, 200);
  vc = sim_member_obj (json_array_get_object_element (sim_member_arr (sim_obj (vcs), "value"), 0), "properties");
  g_assert_cmpuint (json_array_get_length (sim_member_arr (vc, "healthErrors")), ==, 1);
  /* restart repeats the job, which fails again */
  restarted = restart_job (f, job);
  assert_job (restarted, "UnplannedFailover", "Failed");
  sim_fixture_free (f);
}

static void
test_physical_2008 (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "erp-legacy-01");
  g_autofree char *path = sim_item_path (item);
  g_autoptr(JsonObject) cs = fabric_details (f, item);
  const char *mt = find_by (sim_member_arr (cs, "masterTargetServers"), "name", "mt-win-nbg-01", "id");
  const char *ps = find_by (sim_member_arr (cs, "processServers"), "friendlyName", "cs-nbg-01", "id");
  g_autofree char *pol = policy_id (SIM_NBG, "pol-nbg-24h-failback");
  g_autofree char *body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                                           "\"instanceType\":\"InMage\",\"masterTargetId\":\"%s\",\"processServerId\":\"%s\","
                                           "\"retentionDrive\":\"F\",\"datastoreName\":\"ds-vmfs-01\",\"profileId\":\"%s\"}}}", mt, ps, pol);
  g_autoptr(JsonNode) job = sim_action (f, path, "reProtect", body);
  g_autoptr(JsonNode) now = NULL;

  assert_job (job, "SwitchReplicationGroupProtection", "Failed");
  g_assert_cmpstr (sim_member_str (sim_member_obj (first_error (job), "serviceErrorDetails"), "code"), ==,
                   "PhysicalServerFailbackNotSupported");
  now = refetch (f, item);   /* same id: the reprotect did not happen */
  assert_phase (now, "InMageAzureV2", "UnplannedFailoverCommitted", "Recovery", "ReverseReplicate");
  sim_fixture_free (f);
}

static char *
reprotect_body (SimFixture *f, JsonNode *item, const char *mt_name, const char *datastore,
                const char *drop, const char *override_key, const char *override_value)
{
  g_autoptr(JsonObject) cs = fabric_details (f, item);
  const char *mt = find_by (sim_member_arr (cs, "masterTargetServers"), "name", mt_name, "id");
  const char *ps = find_by (sim_member_arr (cs, "processServers"), "friendlyName", "cs-nbg-01", "id");
  g_autofree char *pol = policy_id (SIM_NBG, "pol-nbg-24h-failback");
  g_autoptr(JsonObject) psd = json_object_new ();
  g_autoptr(JsonObject) props = json_object_new ();
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_object_set_string_member (psd, "instanceType", "InMage");
  json_object_set_string_member (psd, "masterTargetId", mt);
  json_object_set_string_member (psd, "processServerId", ps);
  json_object_set_string_member (psd, "retentionDrive", g_str_has_prefix (mt_name, "mt-lnx") ? "/mnt/retention" : "F");
  json_object_set_string_member (psd, "datastoreName", datastore);
  json_object_set_string_member (psd, "profileId", pol);
  if (drop != NULL)
    json_object_remove_member (psd, drop);
  if (override_key != NULL)
    json_object_set_string_member (psd, override_key, override_value);
  json_object_set_string_member (props, "failoverDirection", "RecoveryToPrimary");
  json_object_set_object_member (props, "providerSpecificDetails", json_object_ref (psd));
  json_object_set_object_member (root, "properties", json_object_ref (props));
  json_node_set_object (node, root);
  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

static void
expect_400 (SimFixture *f, const char *path, const char *body, const char *detail, const char *needle)
{
  g_autoptr(JsonNode) r = sim_call (f, "POST", path, body);
  JsonObject *err;

  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, detail);
  err = sim_member_obj (sim_obj (r), "error");
  g_assert_cmpstr (sim_member_str (err, "code"), ==, "BadRequest");
  if (needle != NULL && strstr (sim_member_str (err, "message"), needle) == NULL)
    g_error ("message '%s' lacks '%s'", sim_member_str (err, "message"), needle);
  /* ASR's details carry causes, action and ids */
  {
    JsonObject *d = json_array_get_object_element (sim_member_arr (err, "details"), 0);

    g_assert_true (json_object_has_member (d, "possibleCauses"));
    g_assert_true (json_object_has_member (d, "recommendedAction"));
    g_assert_cmpstr (sim_member_str (d, "clientRequestId"), ==, "0f5e1c1e-1111-4a4a-9b9b-000000000001");
    g_assert_nonnull (sim_member_str (d, "activityId"));
  }
}

static void
test_datastore_rdm (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "sql-rpt-01");
  g_autofree char *path = sim_item_path (item);
  g_autofree char *action = g_strdup_printf ("%s/reProtect", path);
  g_autofree char *rdm = reprotect_body (f, item, "mt-win-nbg-01", "ds-rdm-sql", NULL, NULL, NULL);
  g_autofree char *nfs = reprotect_body (f, item, "mt-win-nbg-01", "nfs-templates", NULL, NULL, NULL);

  expect_400 (f, action, rdm, "DatastoreTypeNotSupported", "ds-rdm-sql");
  expect_400 (f, action, nfs, "DatastoreTypeNotSupported", "NFS");
  sim_fixture_free (f);
}

static void
test_validation (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) erp = sim_find_item (f, SIM_NBG, "erp-db-01");
  g_autoptr(JsonNode) web = sim_find_item (f, SIM_NBG, "web-02");
  g_autoptr(JsonNode) shop = sim_find_item (f, SIM_NBG, "shop-db-01");
  g_autoptr(JsonNode) mail = sim_find_item (f, SIM_NBG, "mail-01");
  g_autoptr(JsonNode) crm = sim_find_item (f, SIM_NBG, "crm-app-01");
  g_autofree char *erp_rp = g_strdup_printf ("%s/reProtect", sim_member_str (sim_obj (erp), "id") + 1);
  g_autofree char *web_fo = g_strdup_printf ("%s/unplannedFailover", sim_member_str (sim_obj (web), "id") + 1);
  g_autofree char *web_commit = g_strdup_printf ("%s/failoverCommit", sim_member_str (sim_obj (web), "id") + 1);
  g_autofree char *shop_fo = g_strdup_printf ("%s/unplannedFailover", sim_member_str (sim_obj (shop), "id") + 1);
  g_autofree char *mail_fo = g_strdup_printf ("%s/unplannedFailover", sim_member_str (sim_obj (mail), "id") + 1);
  g_autofree char *crm_pfo = g_strdup_printf ("%s/plannedFailover", sim_member_str (sim_obj (crm), "id") + 1);
  g_autofree char *b = NULL;
  g_autofree char *fwd = policy_id (SIM_NBG, "pol-nbg-24h");

  /* missing required fields, naming the field */
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", "masterTargetId", NULL, NULL);
  expect_400 (f, erp_rp, b, "MissingRequiredParameter", "properties.providerSpecificDetails.masterTargetId");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", "profileId", NULL, NULL);
  expect_400 (f, erp_rp, b, "MissingRequiredParameter", "profileId");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", "retentionDrive", NULL, NULL);
  expect_400 (f, erp_rp, b, "MissingRequiredParameter", "retentionDrive");
  g_free (b);
  /* invalid references */
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", NULL, "masterTargetId", "DEADBEEF-0000-0000-000000000000");
  expect_400 (f, erp_rp, b, "InvalidMasterTargetId", "masterTargetId");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "datastore-elsewhere", NULL, NULL, NULL);
  expect_400 (f, erp_rp, b, "InvalidDatastoreName", "datastoreName");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", NULL, "profileId", fwd);
  expect_400 (f, erp_rp, b, "InvalidPolicyType", "failback policy");
  g_free (b);
  b = reprotect_body (f, erp, "mt-lnx-nbg-01", "ds-vmfs-01", NULL, NULL, NULL);
  expect_400 (f, erp_rp, b, "MasterTargetOsTypeMismatch", "mt-lnx-nbg-01");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", NULL, "instanceType", "InMageAzureV2");
  expect_400 (f, erp_rp, b, "InvalidProviderSpecificInput", "properties.providerSpecificDetails.instanceType");
  g_free (b);
  b = reprotect_body (f, erp, "mt-win-nbg-01", "ds-vmfs-01", NULL, "retentionDrive", "Q");
  expect_400 (f, erp_rp, b, "InvalidRetentionDrive", "retentionDrive");

  /* wrong instanceType for the provider and step */
  expect_400 (f, web_fo, "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}",
              "InvalidProviderSpecificInput", "Expected 'InMageAzureV2'");
  expect_400 (f, web_fo, "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}",
              "InvalidFailoverDirection", "failoverDirection");
  expect_400 (f, web_fo, "{\"nothing\":1}", "MissingRequiredParameter", "'properties'");
  expect_400 (f, web_fo, "{not json", "InvalidRequestBody", NULL);
  expect_400 (f, web_fo, "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\",\"recoveryPointId\":\"/Subscriptions/x/recoveryPoints/nope\"}}}",
              "InvalidRecoveryPointId", "recoveryPointId");
  /* InMageRcm without performShutdown */
  expect_400 (f, shop_fo, "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"providerSpecificDetails\":{\"instanceType\":\"InMageRcm\"}}}",
              "MissingRequiredParameter", "performShutdown");
  /* not in allowedOperations */
  expect_400 (f, web_commit, NULL, "OperationNotAllowed", "Commit");
  expect_400 (f, mail_fo, "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMageRcmFailback\"}}}",
              "OperationNotAllowed", "UnplannedFailover");
  expect_400 (f, crm_pfo, "{\"properties\":{}}", "UnsupportedReplicationProviderForPlannedFailover", "InMageAzureV2");
  /* wrong JSON types are 400s, never a crash or a warning */
  expect_400 (f, web_fo, "[1,2]", "InvalidRequestBody", NULL);
  expect_400 (f, web_fo, "{\"properties\":\"x\"}", "MissingRequiredParameter", "properties");
  expect_400 (f, web_fo, "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":5}}}", "MissingRequiredParameter", "instanceType");
  expect_400 (f, web_fo, "{\"properties\":{\"failoverDirection\":7,\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}",
              "InvalidFailoverDirection", "failoverDirection");
  expect_400 (f, SIM_NBG "/replicationRecoveryPlans/rp-billing/unplannedFailover",
              "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\",\"providerSpecificDetails\":[1,\"x\"]}}",
              "MissingRequiredParameter", "providerSpecificDetails[0].instanceType");
  expect_400 (f, SIM_NBG "/replicationRecoveryPlans/rp-billing/unplannedFailover",
              "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\",\"providerSpecificDetails\":[{\"instanceType\":\"InMageAzureV2\",\"recoveryPointType\":\"Latest\"}]}}",
              "InvalidProviderSpecificInput", "replication provider of the recovery plan");
  expect_400 (f, SIM_NBG "/replicationRecoveryPlans/rp-billing/unplannedFailover",
              "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\",\"providerSpecificDetails\":[{\"instanceType\":\"InMage\",\"recoveryPointType\":\"Latest\"}]}}",
              "InvalidRecoveryPointType", "LatestTime");
  sim_fixture_free (f);
}

/* ---- jobs in flight, the async pattern ---- */

static void
test_in_transition_and_cancel (void)
{
  /* slow: jobs run 2-9 s */
  SimFixture *f = sim_fixture_new (NULL, 10.0, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "app-01");
  g_autofree char *path = sim_item_path (item);
  g_autofree char *post = g_strdup_printf ("%s/unplannedFailover", path);
  const char *body = "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"Required\","
                     "\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}";
  g_autoptr(JsonNode) r = sim_call (f, "POST", post, body);
  g_autofree char *job_id = NULL;
  g_autofree char *location = NULL;
  g_autofree char *async = NULL;
  JsonNode *now;
  JsonObject *cs;

  g_assert_cmpuint (f->status, ==, 202);
  job_id = g_strdup (sim_header (f, "x-ms-request-id"));
  location = g_strdup (sim_header (f, "Location"));
  async = g_strdup (sim_header (f, "Azure-AsyncOperation"));
  g_assert_true (g_str_has_prefix (job_id, "/Subscriptions/" SIM_SUB "/"));
  g_assert_nonnull (strstr (job_id, "/replicationJobs/"));
  g_assert_nonnull (strstr (location, "/operationresults/"));
  g_assert_true (g_str_has_suffix (location, "?api-version=" SIM_ASR_API));
  g_assert_nonnull (strstr (async, "/replicationOperationStatus/"));
  g_assert_true (g_str_has_prefix (location, f->base));
  g_assert_cmpint (atoi (sim_header (f, "Retry-After")), >=, 1);
  g_assert_nonnull (sim_header (f, "x-ms-ratelimit-remaining-subscription-writes"));
  g_assert_cmpstr (sim_header (f, "x-ms-client-request-id"), ==, "0f5e1c1e-1111-4a4a-9b9b-000000000001");
  /* the same job name in all three */
  g_assert_nonnull (strstr (location, strrchr (job_id, '/') + 1));
  g_assert_nonnull (strstr (async, strrchr (job_id, '/') + 1));

  /* in transition: currentScenario names the job, no operations allowed */
  now = refetch (f, item);
  cs = sim_member_obj (sim_props (now), "currentScenario");
  g_assert_cmpstr (sim_member_str (cs, "scenarioName"), ==, "UnplannedFailover");
  g_assert_cmpstr (sim_member_str (cs, "jobId"), ==, job_id);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (now), "allowedOperations")), ==, 0);
  json_node_unref (now);
  /* a second action is a conflict */
  {
    g_autoptr(JsonNode) dup = sim_call (f, "POST", post, body);

    g_assert_cmpuint (f->status, ==, 409);
    g_assert_cmpstr (sim_error_detail_code (dup), ==, "OperationInProgress");
  }
  /* the LRO answers InProgress, the Location 202 */
  {
    g_autoptr(JsonNode) st = sim_call (f, "GET", async, NULL);

    g_assert_cmpuint (f->status, ==, 200);
    g_assert_cmpstr (sim_member_str (sim_obj (st), "status"), ==, "InProgress");
  }
  {
    g_autoptr(JsonNode) lr = sim_call (f, "GET", location, NULL);

    g_assert_cmpuint (f->status, ==, 202);
  }
  /* cancel */
  {
    g_autofree char *cancel = g_strdup_printf ("%s/cancel", job_id + 1);
    g_autoptr(JsonNode) c = sim_call (f, "POST", cancel, NULL);
    g_autoptr(JsonNode) job = NULL;

    g_assert_cmpuint (f->status, ==, 202);
    g_assert_nonnull (strstr (sim_header (f, "Location"), "/replicationJobs/"));
    g_assert_nonnull (strstr (sim_header (f, "Location"), "/operationresults/"));
    {
      g_autofree char *loc = g_strdup (sim_header (f, "Location"));

      job = sim_wait_job (f, job_id);
      assert_job (job, "UnplannedFailover", "Cancelled");
      /* the job's own LRO ends with the job's error */
      {
        g_autoptr(JsonNode) lr = sim_call (f, "GET", loc, NULL);

        g_assert_cmpuint (f->status, ==, 400);
        g_assert_cmpstr (sim_error_detail_code (lr), ==, "OperationCancelled");
      }
    }
  }
  now = refetch (f, item);
  assert_phase (now, "InMageAzureV2", "Protected", "Primary", "UnplannedFailover");
  json_node_unref (now);
  {
    g_autoptr(JsonNode) st = sim_call (f, "GET", async, NULL);

    g_assert_cmpstr (sim_member_str (sim_obj (st), "status"), ==, "Canceled");
  }
  /* resume is only for suspended jobs */
  {
    g_autofree char *resume = g_strdup_printf ("%s/resume", job_id + 1);
    g_autoptr(JsonNode) rr = sim_call (f, "POST", resume, "{\"properties\":{\"comments\":\"go\"}}");

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_error_detail_code (rr), ==, "JobNotSuspended");
  }
  sim_fixture_free (f);
}

static void
test_operation_results (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "crm-web-01");
  g_autofree char *path = sim_item_path (item);
  g_autofree char *post = g_strdup_printf ("%s/failoverCommit", path);
  g_autoptr(JsonNode) r = sim_call (f, "POST", post, NULL);
  g_autofree char *job_id = g_strdup (sim_header (f, "x-ms-request-id"));
  g_autofree char *location = g_strdup (sim_header (f, "Location"));
  g_autofree char *async = g_strdup (sim_header (f, "Azure-AsyncOperation"));
  g_autoptr(JsonNode) job = sim_wait_job (f, job_id);
  g_autoptr(JsonNode) st = sim_call (f, "GET", async, NULL);
  g_autoptr(JsonNode) res = NULL;

  g_assert_cmpstr (sim_member_str (sim_obj (st), "status"), ==, "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_obj (st), "name"), ==, strrchr (job_id, '/') + 1);
  g_assert_true (json_object_has_member (sim_obj (st), "percentComplete"));
  res = sim_call (f, "GET", location, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpstr (sim_member_str (sim_props (res), "protectionState"), ==, "UnplannedFailoverCommitted");
  sim_fixture_free (f);
}

/* ---- the other item and plan actions ---- */

static void
test_other_item_actions (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) pending = sim_find_item (f, SIM_NBG, "lnx-phys-01");
  g_autoptr(JsonNode) app2 = sim_find_item (f, SIM_NBG, "app-02");
  g_autoptr(JsonNode) crm = sim_find_item (f, SIM_NBG, "crm-app-01");
  g_autoptr(JsonNode) intra = sim_find_item (f, SIM_NBG, "intranet-01");
  g_autofree char *pending_path = sim_item_path (pending);
  g_autofree char *app2_path = sim_item_path (app2);
  g_autofree char *crm_path = sim_item_path (crm);
  g_autofree char *intra_path = sim_item_path (intra);
  JsonNode *job, *now;

  /* lnx-phys-01 waits for its test failover cleanup, and the service offers nothing else */
  g_assert_cmpstr (sim_member_str (sim_props (pending), "testFailoverState"), ==, "WaitingForCompletion");
  g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (pending), "allowedOperations")), ==, 1);
  g_assert_true (sim_has_op (sim_props (pending), "TestFailoverCleanup"));
  job = sim_action (f, pending_path, "testFailoverCleanup", "{\"properties\":{\"comments\":\"verified\"}}");
  assert_job (job, "TestFailoverCleanup", "Succeeded");
  json_node_unref (job);
  now = refetch (f, pending);
  g_assert_cmpstr (sim_member_str (sim_props (now), "testFailoverState"), ==, "None");
  g_assert_true (sim_has_op (sim_props (now), "TestFailover"));
  json_node_unref (now);

  /* test failover, then cleanup */
  job = sim_action (f, app2_path, "testFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"networkType\":\"VmNetworkAsInput\","
                    "\"networkId\":\"/subscriptions/" SIM_SUB "/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-test\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}");
  assert_job (job, "TestFailover", "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (job), "customDetails"), "instanceType"), ==, "TestFailoverJobDetails");
  json_node_unref (job);
  /* the job succeeded; the item waits for "cleanup test failover" and allows only that */
  now = refetch (f, app2);
  g_assert_cmpstr (sim_member_str (sim_props (now), "protectionState"), ==, "Protected");
  g_assert_cmpstr (sim_member_str (sim_props (now), "protectionStateDescription"), ==, "Cleanup test failover pending");
  g_assert_cmpstr (sim_member_str (sim_props (now), "testFailoverState"), ==, "WaitingForCompletion");
  g_assert_cmpstr (sim_member_str (sim_props (now), "testFailoverStateDescription"), ==, "Waiting for user input");
  g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (now), "allowedOperations")), ==, 1);
  g_assert_true (sim_has_op (sim_props (now), "TestFailoverCleanup"));
  g_assert_nonnull (sim_member_str (sim_props (now), "lastSuccessfulTestFailoverTime"));
  json_node_unref (now);
  {
    g_autofree char *post = g_strdup_printf ("%s/unplannedFailover", app2_path);
    g_autoptr(JsonNode) r = sim_call (f, "POST", post,
                                      "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}");

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_error_detail_code (r), ==, "OperationNotAllowed");
  }
  job = sim_action (f, app2_path, "testFailoverCleanup", "{\"properties\":{}}");
  assert_job (job, "TestFailoverCleanup", "Succeeded");
  json_node_unref (job);
  now = refetch (f, app2);
  g_assert_cmpstr (sim_member_str (sim_props (now), "testFailoverState"), ==, "None");
  g_assert_true (sim_has_op (sim_props (now), "UnplannedFailover"));
  json_node_unref (now);

  /* repair replication (resync) */
  job = sim_action (f, app2_path, "repairReplication", NULL);
  assert_job (job, "RepairReplication", "Succeeded");
  json_node_unref (job);

  /* change the recovery point of a failed-over item, then cancel its failover */
  {
    g_autofree char *rp_list = g_strdup_printf ("%s/recoveryPoints", crm_path);
    g_autoptr(JsonNode) pts = sim_call (f, "GET", rp_list, NULL);
    JsonArray *v = sim_member_arr (sim_obj (pts), "value");
    const char *older = sim_member_str (json_array_get_object_element (v, 3), "id");
    g_autofree char *body = g_strdup_printf ("{\"properties\":{\"recoveryPointId\":\"%s\",\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}", older);

    job = sim_action (f, crm_path, "applyRecoveryPoint", body);
    assert_job (job, "ApplyRecoveryPoint", "Succeeded");
    json_node_unref (job);
    now = refetch (f, crm);
    g_assert_cmpstr (sim_member_str (sim_props (now), "failoverRecoveryPointId"), ==, older);
    json_node_unref (now);
  }
  job = sim_action (f, crm_path, "failoverCancel", NULL);
  assert_job (job, "CancelFailover", "Succeeded");
  json_node_unref (job);
  now = refetch (f, crm);
  assert_phase (now, "InMageAzureV2", "Protected", "Primary", "UnplannedFailover");
  json_node_unref (now);

  /* cancel a failback: back to protected-to-on-premises */
  job = sim_action (f, intra_path, "failoverCancel", NULL);
  assert_job (job, "CancelFailover", "Succeeded");
  json_node_unref (job);
  now = refetch (f, intra);
  assert_phase (now, "InMage", "Protected", "Recovery", "UnplannedFailover");
  json_node_unref (now);
  sim_fixture_free (f);
}

static void
test_plan_full_cycle (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  const char *plan = SIM_NBG "/replicationRecoveryPlans/rp-billing";
  g_autoptr(JsonNode) any = sim_find_item (f, SIM_NBG, "billing-01");
  g_autoptr(JsonObject) cs = fabric_details (f, any);
  const char *ps = find_by (sim_member_arr (cs, "processServers"), "friendlyName", "cs-nbg-01", "id");
  g_autofree char *pol = policy_id (SIM_NBG, "pol-nbg-24h");
  g_autofree char *body = g_strdup_printf ("{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"providerSpecificDetails\":{"
                                           "\"instanceType\":\"InMageAzureV2\",\"processServerId\":\"%s\",\"masterTargetId\":\"%s\",\"policyId\":\"%s\"}}}",
                                           ps, ps, pol);
  JsonNode *job, *p;

  job = sim_action (f, plan, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":[{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTag\"}]}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  json_node_unref (job);
  /* cancel the plan's failback, do it again, commit */
  job = sim_action (f, plan, "failoverCancel", NULL);
  assert_job (job, "CancelFailover", "Succeeded");
  json_node_unref (job);
  job = sim_action (f, plan, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\"}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  json_node_unref (job);
  job = sim_action (f, plan, "failoverCommit", NULL);
  assert_job (job, "CommitFailover", "Succeeded");
  json_node_unref (job);
  /* reprotect to Azure item by item (plans cannot), after the agents registered */
  wait_agent (f, NULL, NULL, FAST);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, i == 0 ? "billing-01" : "billing-02");
      g_autofree char *path = sim_item_path (it);

      job = sim_action (f, path, "reProtect", body);
      assert_job (job, "ReverseReplication", "Succeeded");
      json_node_unref (job);
    }
  p = sim_call (f, "GET", plan, NULL);
  g_assert_cmpstr (json_array_get_string_element (sim_member_arr (sim_props (p), "replicationProviders"), 0), ==, "InMageAzureV2");
  g_assert_true (sim_has_op (sim_props (p), "TestFailover"));
  json_node_unref (p);
  /* wrong direction for a forward plan failover */
  {
    g_autofree char *post = g_strdup_printf ("%s/unplannedFailover", plan);
    g_autoptr(JsonNode) r = sim_call (f, "POST", post,
                                      "{\"properties\":{\"failoverDirection\":\"RecoveryToPrimary\",\"sourceSiteOperations\":\"NotRequired\"}}");

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_error_detail_code (r), ==, "InvalidFailoverDirection");
    r = (json_node_unref (r), sim_call (f, "POST", post, "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\"}}"));
    g_assert_cmpuint (f->status, ==, 400);
    g_assert_nonnull (strstr (sim_member_str (sim_member_obj (sim_obj (r), "error"), "message"), "sourceSiteOperations"));
  }
  job = sim_action (f, plan, "testFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"networkType\":\"VmNetworkAsInput\","
                    "\"providerSpecificDetails\":[{\"instanceType\":\"InMageAzureV2\",\"recoveryPointType\":\"LatestProcessed\"}]}}");
  assert_job (job, "TestFailover", "Succeeded");
  json_node_unref (job);
  /* the plan waits for its cleanup (ReplicationRecoveryPlans_TestFailover example) */
  p = sim_call (f, "GET", plan, NULL);
  g_assert_cmpstr (sim_member_str (sim_props (p), "currentScenarioStatus"), ==, "Suspended");
  g_assert_cmpstr (sim_member_str (sim_props (p), "currentScenarioStatusDescription"), ==, "WaitingForStopTestFailover");
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (p), "currentScenario"), "scenarioName"), ==, "TestFailover");
  g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (p), "allowedOperations")), ==, 1);
  g_assert_true (sim_has_op (sim_props (p), "TestFailoverCleanup"));
  json_node_unref (p);
  job = sim_action (f, plan, "testFailoverCleanup", "{\"properties\":{\"comments\":\"ok\"}}");
  assert_job (job, "TestFailoverCleanup", "Succeeded");
  json_node_unref (job);
  p = sim_call (f, "GET", plan, NULL);
  g_assert_cmpstr (sim_member_str (sim_props (p), "currentScenarioStatus"), ==, "Succeeded");
  g_assert_true (sim_has_op (sim_props (p), "UnplannedFailover"));
  json_node_unref (p);
  job = sim_action (f, plan, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"Required\","
                    "\"providerSpecificDetails\":[{\"instanceType\":\"InMageAzureV2\",\"recoveryPointType\":\"Latest\"}]}}");
  assert_job (job, "UnplannedFailover", "Succeeded");
  json_node_unref (job);
  job = sim_action (f, plan, "failoverCancel", NULL);
  assert_job (job, "CancelFailover", "Succeeded");
  json_node_unref (job);
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "billing-02");

    assert_phase (it, "InMageAzureV2", "Protected", "Primary", "UnplannedFailover");
  }
  sim_fixture_free (f);
}

static void
test_vcenter_hooks (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  FbSimVcenter *vc = fb_sim_server_get_vcenter (f->server);
  g_autoptr(JsonNode) item = sim_find_item (f, SIM_NBG, "billing-01");
  g_autofree char *path = sim_item_path (item);
  const char *body = "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                     "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}";
  JsonNode *job;

  /* the simulated vCenter disconnects: the failback's prerequisites fail */
  fb_sim_vcenter_set_connected (vc, FALSE);
  job = sim_action (f, path, "unplannedFailover", body);
  assert_job (job, "UnplannedFailover", "Failed");
  g_assert_cmpstr (sim_member_str (sim_member_obj (first_error (job), "serviceErrorDetails"), "code"), ==, "VCenterNotConnected");
  json_node_unref (job);
  fb_sim_vcenter_set_connected (vc, TRUE);
  job = sim_action (f, path, "unplannedFailover", body);
  assert_job (job, "UnplannedFailover", "Succeeded");
  json_node_unref (job);
  g_assert_true (fb_sim_vcenter_vm_exists (vc, "billing-01"));
  sim_fixture_free (f);
}

/* DisableProtection (POST .../remove): the item leaves the vault and its plan;
 * the job is DisableDr; Location answers 204 once the item is gone. */
static void
test_disable_protection (void)
{
  SimFixture *f = sim_fixture_new (NULL, FAST, 0);
  g_autoptr(JsonNode) web = sim_find_item (f, SIM_NBG, "web-02");
  g_autoptr(JsonNode) billing = sim_find_item (f, SIM_NBG, "billing-02");
  g_autoptr(JsonNode) crm = sim_find_item (f, SIM_NBG, "crm-app-01");
  g_autofree char *web_path = sim_item_path (web);
  g_autofree char *billing_path = sim_item_path (billing);
  g_autofree char *crm_path = sim_item_path (crm);
  g_autofree char *location = NULL;
  g_autofree char *job_id = NULL;
  g_autofree char *remove = g_strdup_printf ("%s/remove", web_path);
  JsonNode *job, *r;
  guint before, after;

  g_assert_true (sim_has_op (sim_props (web), "DisableProtection"));
  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API "&$top=1000", NULL);
  before = json_array_get_length (sim_member_arr (sim_obj (r), "value"));
  g_clear_pointer (&r, json_node_unref);

  /* a wrong reason, and an item whose state does not allow it */
  r = sim_call (f, "POST", remove, "{\"properties\":{\"disableProtectionReason\":\"Because\"}}");
  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "InvalidParameterValue");
  g_clear_pointer (&r, json_node_unref);
  {
    g_autofree char *crm_remove = g_strdup_printf ("%s/remove", crm_path);

    g_assert_false (sim_has_op (sim_props (crm), "DisableProtection"));
    r = sim_call (f, "POST", crm_remove, NULL);
    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_error_detail_code (r), ==, "OperationNotAllowed");
    g_clear_pointer (&r, json_node_unref);
  }

  r = sim_call (f, "POST", remove, "{\"properties\":{\"disableProtectionReason\":\"NotSpecified\"}}");
  g_assert_cmpuint (f->status, ==, 202);
  location = g_strdup (sim_header (f, "Location"));
  job_id = g_strdup (sim_header (f, "x-ms-request-id"));
  g_clear_pointer (&r, json_node_unref);
  job = sim_wait_job (f, job_id);
  assert_job (job, "DisableDr", "Succeeded");
  g_assert_cmpstr (sim_member_str (sim_props (job), "friendlyName"), ==, "Disable replication");
  json_node_unref (job);
  r = sim_call (f, "GET", location, NULL);
  g_assert_cmpuint (f->status, ==, 204);
  g_clear_pointer (&r, json_node_unref);
  r = sim_call (f, "GET", web_path, NULL);
  g_assert_cmpuint (f->status, ==, 404);
  g_clear_pointer (&r, json_node_unref);
  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API "&$top=1000", NULL);
  after = json_array_get_length (sim_member_arr (sim_obj (r), "value"));
  g_clear_pointer (&r, json_node_unref);
  g_assert_cmpuint (after, ==, before - 1);

  /* a plan member leaves its plan */
  job = sim_action (f, billing_path, "remove", NULL);
  assert_job (job, "DisableDr", "Succeeded");
  json_node_unref (job);
  r = sim_call (f, "GET", SIM_NBG "/replicationRecoveryPlans/rp-billing", NULL);
  {
    JsonArray *groups = sim_member_arr (sim_props (r), "groups");
    guint members = 0;

    for (guint g = 0; g < json_array_get_length (groups); g++)
      members += json_array_get_length (sim_member_arr (json_array_get_object_element (groups, g), "replicationProtectedItems"));
    g_assert_cmpuint (members, ==, 1);
  }
  g_clear_pointer (&r, json_node_unref);
  sim_fixture_free (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/roundtrip/classic-vm", test_classic_vm);
  g_test_add_func ("/sim/roundtrip/modern-vm", test_modern_vm);
  g_test_add_func ("/sim/roundtrip/physical", test_physical);
  g_test_add_func ("/sim/roundtrip/plan-failback", test_plan_failback);
  g_test_add_func ("/sim/failure/8038", test_error_8038);
  g_test_add_func ("/sim/failure/agent-not-installed", test_agent_not_installed);
  g_test_add_func ("/sim/failure/agent-registration-clock", test_agent_registration_clock);
  g_test_add_func ("/sim/failure/master-target-snapshot", test_master_target_snapshot);
  g_test_add_func ("/sim/failure/vcenter-not-connected", test_vcenter_not_connected);
  g_test_add_func ("/sim/failure/physical-2008r2", test_physical_2008);
  g_test_add_func ("/sim/failure/datastore-rdm", test_datastore_rdm);
  g_test_add_func ("/sim/validation/bodies", test_validation);
  g_test_add_func ("/sim/jobs/in-transition-and-cancel", test_in_transition_and_cancel);
  g_test_add_func ("/sim/jobs/operation-results", test_operation_results);
  g_test_add_func ("/sim/actions/other-item-actions", test_other_item_actions);
  g_test_add_func ("/sim/actions/plan-full-cycle", test_plan_full_cycle);
  g_test_add_func ("/sim/actions/vcenter-hooks", test_vcenter_hooks);
  g_test_add_func ("/sim/actions/disable-protection", test_disable_protection);
  return g_test_run ();
}
