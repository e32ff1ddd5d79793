/* test-reference.c - every published example and recording parses into the models
 *
 * $FB_SHARED_DIR/reference/azure-asr/examples/: spec examples (responses.<status>.body,
 * single resources and list pages); recordings/: azure-powershell session records
 * (Entries[].ResponseBody, a JSON string) and an azure-cli recording (YAML; the response
 * bodies are single-quoted scalars). Each body is parsed with the model of its resource
 * type; the test then checks real values from those files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-fabric.h"
#include "fb-job.h"
#include "fb-json.h"
#include "fb-policy.h"
#include "fb-protected-item.h"
#include "fb-protection-container.h"
#include "fb-protection-container-mapping.h"
#include "fb-recovery-plan.h"
#include "fb-recovery-point.h"
#include "fb-vault.h"
#include "core-test-util.h"

#define NEW_FUNC(f) ((FbJsonNewFunc) (void (*) (void)) (f))

/* Parsed bodies: "<file>#<key>" -> GPtrArray of models (or of JsonNode for bodies
 * without a model: vCenters, operation status, ARM errors). */
static GHashTable *parsed;
static char *reference_dir;
static guint n_bodies;

typedef struct {
  const char   *collection;   /* ARM collection segment, or example operationId prefix */
  FbJsonNewFunc new_func;     /* NULL: no model; kept as JSON */
} ModelKind;

static const ModelKind kinds[] = {
  { "vaults", NEW_FUNC (fb_vault_new_from_json) },
  { "ListBySubscriptionIds", NEW_FUNC (fb_vault_new_from_json) },
  { "replicationFabrics", NEW_FUNC (fb_fabric_new_from_json) },
  { "ReplicationFabrics", NEW_FUNC (fb_fabric_new_from_json) },
  { "replicationProtectionContainers", NEW_FUNC (fb_protection_container_new_from_json) },
  { "ReplicationProtectionContainers", NEW_FUNC (fb_protection_container_new_from_json) },
  { "replicationProtectionContainerMappings", NEW_FUNC (fb_protection_container_mapping_new_from_json) },
  { "ReplicationProtectionContainerMappings", NEW_FUNC (fb_protection_container_mapping_new_from_json) },
  { "replicationPolicies", NEW_FUNC (fb_policy_new_from_json) },
  { "replicationProtectedItems", NEW_FUNC (fb_protected_item_new_from_json) },
  { "ReplicationProtectedItems", NEW_FUNC (fb_protected_item_new_from_json) },
  { "recoveryPoints", NEW_FUNC (fb_recovery_point_new_from_json) },
  { "RecoveryPoints", NEW_FUNC (fb_recovery_point_new_from_json) },
  { "replicationRecoveryPlans", NEW_FUNC (fb_recovery_plan_new_from_json) },
  { "ReplicationRecoveryPlans", NEW_FUNC (fb_recovery_plan_new_from_json) },
  { "replicationJobs", NEW_FUNC (fb_job_new_from_json) },
  { "ReplicationJobs", NEW_FUNC (fb_job_new_from_json) },
  { "replicationvCenters", NULL },
  { "ReplicationvCenters", NULL },
  { "replicationOperationStatus", NULL },
};

static const ModelKind *
find_kind (const char *collection)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (kinds[i].collection, collection) == 0)
      return &kinds[i];
  return NULL;
}

/* Parses one body (a resource, a list page or an ARM error) and records the result. */
static void
parse_body (const char     *source,
            const char     *key,
            const ModelKind *kind,
            JsonNode       *body)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (body));
  object = json_node_get_object (body);
  n_bodies++;

  if (json_object_has_member (object, "error") && !json_object_get_null_member (object, "error"))
    {
      /* an ARM error body (404 of a recovery plan) */
      results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
      g_ptr_array_add (results, json_node_ref (body));
    }
  else if (json_object_has_member (object, "value"))
    {
      g_autoptr(GPtrArray) nodes = NULL;
      g_autofree char *next_link = NULL;

      g_assert_true (fb_json_parse_list_page (body, &nodes, &next_link, &error));
      g_assert_no_error (error);
      if (kind->new_func != NULL)
        {
          results = fb_json_new_models (nodes, kind->new_func, &error);
          g_assert_no_error (error);
        }
      else
        {
          results = g_steal_pointer (&nodes);
        }
    }
  else
    {
      if (kind->new_func != NULL)
        {
          GObject *model = kind->new_func (body, &error);

          g_assert_no_error (error);
          results = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (results, model);
        }
      else
        {
          results = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
          g_ptr_array_add (results, json_node_ref (body));
        }
    }

  g_hash_table_insert (parsed, g_strdup_printf ("%s#%s", source, key), g_steal_pointer (&results));
}

/* The kind of the resource a request URI addresses: the last collection segment
 * ("…/replicationFabrics" lists, "…/replicationFabrics/{name}" gets one). */
static const ModelKind *
kind_for_uri (const char *uri)
{
  g_autofree char *path = g_strdup (uri);
  g_auto(GStrv) segments = NULL;
  char *query = strchr (path, '?');
  guint n;

  if (query != NULL)
    *query = '\0';
  segments = g_strsplit (path, "/", -1);
  n = g_strv_length (segments);

  for (guint i = n; i > 0; i--)
    {
      const ModelKind *kind = find_kind (segments[i - 1]);

      if (kind != NULL && n - i <= 1)
        return kind;
    }

  g_error ("no model for %s", uri);
  return NULL;
}

static gboolean
load_reference (void)
{
  const char *shared_dir = g_getenv ("FB_SHARED_DIR");

  if (parsed != NULL)
    return reference_dir != NULL;

  parsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  if (shared_dir != NULL)
    {
      g_autofree char *dir = g_build_filename (shared_dir, "reference", "azure-asr", NULL);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        reference_dir = g_steal_pointer (&dir);
    }

  return reference_dir != NULL;
}

static gboolean
skip_without_reference (void)
{
  if (load_reference ())
    return FALSE;

  g_test_skip ("the reference folder $FB_SHARED_DIR/reference/azure-asr does not exist");
  return TRUE;
}

static void
parse_examples (void)
{
  static gboolean done;
  g_autofree char *dir = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  if (skip_without_reference ())
    return;
  if (done)
    return;
  done = TRUE;

  dir = g_build_filename (reference_dir, "examples", NULL);
  handle = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *prefix = NULL;
      g_autoptr(JsonNode) root = NULL;
      JsonObject *responses;
      const ModelKind *kind;
      char *underscore;
      JsonObjectIter iter;
      const char *status;
      JsonNode *response;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      n_files++;
      prefix = g_strndup (name, strlen (name) - strlen (".json"));
      underscore = strchr (prefix, '_');
      if (underscore != NULL)
        *underscore = '\0';
      kind = find_kind (prefix);
      if (kind == NULL)
        g_error ("no model for the example %s", name);

      root = core_test_load_file (path);
      responses = json_object_get_object_member (json_node_get_object (root), "responses");
      g_assert_nonnull (responses);

      json_object_iter_init (&iter, responses);
      while (json_object_iter_next (&iter, &status, &response))
        {
          JsonObject *object = json_node_get_object (response);

          if (!json_object_has_member (object, "body"))
            continue;
          g_test_message ("%s %s", name, status);
          parse_body (name, status, kind, json_object_get_member (object, "body"));
        }
    }

  g_assert_cmpuint (n_files, >=, 32);
}

static void
parse_session_records (void)
{
  static gboolean done;
  g_autofree char *dir = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  if (skip_without_reference ())
    return;
  if (done)
    return;
  done = TRUE;

  dir = g_build_filename (reference_dir, "recordings", NULL);
  handle = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(JsonNode) root = NULL;
      JsonArray *entries;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      n_files++;
      root = core_test_load_file (path);
      entries = json_object_get_array_member (json_node_get_object (root), "Entries");
      g_assert_nonnull (entries);

      for (guint i = 0; i < json_array_get_length (entries); i++)
        {
          JsonObject *entry = json_array_get_object_element (entries, i);
          const char *uri = json_object_get_string_member (entry, "RequestUri");
          const char *body = json_object_get_string_member (entry, "ResponseBody");
          g_autoptr(JsonNode) node = NULL;
          g_autofree char *key = g_strdup_printf ("%u", i);

          g_test_message ("%s %u %s", name, i, uri);
          node = fb_json_parse_data (body, -1, &error);
          g_assert_no_error (error);
          parse_body (name, key, kind_for_uri (uri), node);
        }
    }

  g_assert_cmpuint (n_files, >=, 3);
}

/* A single-quoted YAML scalar that may continue on the next lines. */
static char *
read_yaml_single_quoted (char **lines,
                         guint *i,
                         const char *start)
{
  GString *value = g_string_new (NULL);
  const char *text = start;

  for (;;)
    {
      gsize length = strlen (text);
      gsize quotes = 0;

      while (quotes < length && text[length - 1 - quotes] == '\'')
        quotes++;

      if (quotes % 2 == 1)
        {
          g_string_append_len (value, text, (gssize) (length - 1));
          break;
        }

      g_string_append (value, text);
      (*i)++;
      g_assert_nonnull (lines[*i]);
      g_string_append_c (value, ' ');
      text = lines[*i];
      while (*text == ' ')
        text++;
    }

  g_string_replace (value, "''", "'", 0);
  return g_string_free (value, FALSE);
}

static void
parse_cli_recordings (void)
{
  static gboolean done;
  g_autofree char *dir = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  if (skip_without_reference ())
    return;
  if (done)
    return;
  done = TRUE;

  dir = g_build_filename (reference_dir, "recordings", NULL);
  handle = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *uri = NULL;
      g_auto(GStrv) lines = NULL;
      guint interaction = 0;

      if (!g_str_has_suffix (name, ".yaml"))
        continue;

      n_files++;
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      lines = g_strsplit (contents, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          const char *line = lines[i];

          while (*line == ' ')
            line++;

          if (g_str_has_prefix (line, "uri: "))
            {
              g_free (uri);
              uri = g_strdup (line + strlen ("uri: "));
            }
          else if (g_str_has_prefix (line, "string: '"))
            {
              g_autofree char *body = read_yaml_single_quoted (lines, &i, line + strlen ("string: '"));
              g_autofree char *key = g_strdup_printf ("%u", interaction++);
              g_autoptr(JsonNode) node = NULL;

              g_assert_nonnull (uri);
              if (*body == '\0')
                continue;   /* the 202 of the PUT */

              g_test_message ("%s %s %s", name, key, uri);
              node = fb_json_parse_data (body, -1, &error);
              g_assert_no_error (error);
              parse_body (name, key, kind_for_uri (uri), node);
            }
        }

      g_assert_cmpuint (interaction, ==, 4);
    }

  g_assert_cmpuint (n_files, >=, 1);
}

static void
test_examples (void)
{
  parse_examples ();
}

static void
test_session_records (void)
{
  parse_session_records ();
}

static void
test_cli_recordings (void)
{
  parse_cli_recordings ();
}

/* ---------------------------------------------------------------------------------- */
/* Values from those files */

static GPtrArray *
results_of (const char *source,
            const char *key)
{
  g_autofree char *full = g_strdup_printf ("%s#%s", source, key);
  GPtrArray *results;

  results = g_hash_table_lookup (parsed, full);
  if (results == NULL)
    g_error ("%s was not parsed", full);
  return results;
}

typedef struct {
  const char *source;
  const char *key;
  guint       index;
  const char *property;
  const char *expected;
} Expectation;

static const Expectation expectations[] = {
  /* vaults (2026-08-01 example) */
  { "ListBySubscriptionIds.json", "200", 0, "name", "patchtest" },
  { "ListBySubscriptionIds.json", "200", 1, "name", "swaggerExample" },
  { "ListBySubscriptionIds.json", "200", 2, "name", "today1" },
  { "ListBySubscriptionIds.json", "200", 0, "sku", "Standard" },
  { "ListBySubscriptionIds.json", "200", 0, "provisioning-state", "Succeeded" },
  { "ListBySubscriptionIds.json", "200", 0, "resource-group", "Default-RecoveryServices-ResourceGroup" },
  { "ListBySubscriptionIds.json", "200", 1, "resource-group", "HelloWorld" },
  { "ListBySubscriptionIds.json", "200", 0, "tags", "Love=India" },
  { "ListBySubscriptionIds.json", "200", 2, "location", "westus" },
  /* protected items (HyperV payloads: provider details ignored, phase unknown) */
  { "ReplicationProtectedItems_Get.json", "200", 0, "friendly-name", "vm1" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "protection-state", "Protected" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "active-location", "Primary" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "allowed-operations", "PlannedFailover,UnplannedFailover,DisableProtection,TestFailover" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "provider-type", "HyperVReplicaAzure" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "current-scenario-name", "None" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "current-scenario-start-time", "(null)" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "vault-name", "vault1" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "resource-group", "resourceGroupPS1" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "fabric-name", "cloud1" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "container-name", "cloud_6d224fc6-f326-5d35-96de-fbf51efb3179" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "recovery-fabric-id", "Microsoft Azure" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "policy-friendly-name", "protectionprofile1" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "replication-health", "Normal" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "phase", "unknown" },
  { "ReplicationProtectedItems_Get.json", "200", 0, "next-step", "none" },
  { "ReplicationProtectedItems_List.json", "200", 0, "friendly-name", "vm1" },
  { "ReplicationProtectedItems_UnplannedFailover.json", "200", 0, "protection-state", "UnplannedFailoverCommitPendingStatesBegin" },
  { "ReplicationProtectedItems_UnplannedFailover.json", "200", 0, "protection-state-description", "Failover completed" },
  { "ReplicationProtectedItems_UnplannedFailover.json", "200", 0, "active-location", "Recovery" },
  { "ReplicationProtectedItems_UnplannedFailover.json", "200", 0, "last-successful-failover-time", "2017-04-26T08:42:33.099612Z" },
  { "ReplicationProtectedItems_UnplannedFailover.json", "200", 0, "allowed-operations", "CompleteMigration,Commit,DisableProtection,ChangePit" },
  { "ReplicationProtectedItems_PlannedFailover.json", "200", 0, "protection-state", "PlannedFailoverCommitRequired" },
  { "ReplicationProtectedItems_PlannedFailover.json", "200", 0, "protection-state-description", "Planned failover finished" },
  { "ReplicationProtectedItems_FailoverCommit.json", "200", 0, "protection-state", "PlannedFailoverStatesBegin" },
  { "ReplicationProtectedItems_FailoverCommit.json", "200", 0, "protection-state-description", "Planned failover committed" },
  { "ReplicationProtectedItems_TestFailover.json", "200", 0, "protection-state-description", "Cleanup test failover pending" },
  { "ReplicationProtectedItems_TestFailover.json", "200", 0, "test-failover-state", "WaitingForCompletion" },
  { "ReplicationProtectedItems_TestFailoverCleanup.json", "200", 0, "test-failover-state", "MarkedForDeletion" },
  /* recovery points */
  { "RecoveryPoints_Get.json", "200", 0, "name", "b22134ea-620c-474b-9fa5-3c1cb47708e3" },
  { "RecoveryPoints_Get.json", "200", 0, "recovery-point-type", "CrashConsistent" },
  { "RecoveryPoints_Get.json", "200", 0, "protected-item-name", "f8491e4f-817a-40dd-a90c-af773978c75b" },
  { "RecoveryPoints_ListByReplicationProtectedItems.json", "200", 0, "recovery-point-time", "2017-04-26T06:37:50.808271Z" },
  { "RecoveryPoints_ListByReplicationProtectedItems.json", "200", 1, "recovery-point-time", "2017-04-26T07:37:30.972201Z" },
  /* fabrics, containers, mappings */
  { "ReplicationFabrics_Get.json", "200", 0, "friendly-name", "cloud1" },
  { "ReplicationFabrics_Get.json", "200", 0, "instance-type", "HyperVSite" },
  { "ReplicationFabrics_Get.json", "200", 0, "process-servers", "n=0" },
  { "ReplicationFabrics_List.json", "200", 0, "name", "cloud1" },
  { "ReplicationProtectionContainers_ListByReplicationFabrics.json", "200", 0, "friendly-name", "cloud1" },
  { "ReplicationProtectionContainers_ListByReplicationFabrics.json", "200", 0, "fabric-name", "cloud1" },
  { "ReplicationProtectionContainerMappings_List.json", "200", 0, "name", "cloud1protectionprofile1" },
  { "ReplicationProtectionContainerMappings_List.json", "200", 0, "state", "Paired" },
  { "ReplicationProtectionContainerMappings_List.json", "200", 0, "policy-friendly-name", "protectionprofile1" },
  /* jobs */
  { "ReplicationJobs_Get.json", "200", 0, "friendly-name", "Delete a recovery plan" },
  { "ReplicationJobs_Get.json", "200", 0, "scenario-name", "DeleteRecoveryPlan" },
  { "ReplicationJobs_Get.json", "200", 0, "state", "Succeeded" },
  { "ReplicationJobs_Get.json", "200", 0, "start-time", "2017-04-27T11:25:56.800358Z" },
  { "ReplicationJobs_Get.json", "200", 0, "end-time", "2017-04-27T11:25:57Z" },
  { "ReplicationJobs_Get.json", "200", 0, "target-object-name", "RPtest1" },
  { "ReplicationJobs_Get.json", "200", 0, "custom-details-type", "AsrJobDetails" },
  { "ReplicationJobs_Get.json", "200", 0, "tasks", "n=1" },
  { "ReplicationJobs_List.json", "200", 0, "scenario-name", "AddProtectionProfile" },
  { "ReplicationJobs_List.json", "200", 1, "friendly-name", "Register the Azure Site Recovery Provider" },
  { "ReplicationJobs_List.json", "200", 2, "scenario-name", "CreateSite" },
  { "ReplicationJobs_Cancel.json", "200", 0, "state", "Cancelling" },
  { "ReplicationJobs_Cancel.json", "200", 0, "scenario-name", "PlannedFailover" },
  { "ReplicationJobs_Resume.json", "200", 0, "state", "Suspended" },
  { "ReplicationJobs_Resume.json", "200", 0, "custom-details-type", "TestFailoverJobDetails" },
  { "ReplicationJobs_Resume.json", "200", 0, "scenario-name", "TestFailover" },
  /* recovery plans */
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "friendly-name", "RPtest1" },
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "groups", "n=4" },
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "replication-providers", "HyperVReplicaAzure" },
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "allowed-operations", "PlannedFailover,UnplannedFailover,TestFailover" },
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "recovery-fabric-id", "Microsoft Azure" },
  { "ReplicationRecoveryPlans_Get.json", "200", 0, "primary-fabric-friendly-name", "cloud1" },
  { "ReplicationRecoveryPlans_List.json", "200", 0, "name", "RPtest1" },

  /* azure-powershell recordings: the real classic configuration server */
  { "v2aFailbackReprotect.json", "0", 0, "name", "PwsTestVault" },
  { "v2aFailbackReprotect.json", "0", 0, "resource-group", "PwsTestRG" },
  { "v2aFailbackReprotect.json", "0", 0, "subscription-id", "b8aef8e1-37df-4f17-a537-f10e183c8eca" },
  { "v2aFailbackReprotect.json", "0", 0, "location", "centraluseuap" },
  { "v2aFailbackReprotect.json", "0", 0, "sku", "RS0" },
  { "v2aFailbackReprotect.json", "3", 0, "friendly-name", "PwsTestCS" },
  { "v2aFailbackReprotect.json", "3", 0, "instance-type", "VMware" },
  { "v2aFailbackReprotect.json", "3", 0, "host-name", "PwsTestCS" },
  { "v2aFailbackReprotect.json", "3", 0, "ip-address", "10.144.130.132" },
  { "v2aFailbackReprotect.json", "3", 0, "cs-service-status", "Running" },
  { "v2aFailbackReprotect.json", "3", 0, "last-heartbeat", "2021-04-05T17:42:50.995485Z" },
  { "v2aFailbackReprotect.json", "3", 0, "agent-expiry-date", "(null)" },
  { "v2aFailbackReprotect.json", "3", 0, "process-server-count", "2" },
  { "v2aFailbackReprotect.json", "3", 0, "agent-count", "3" },
  { "v2aFailbackReprotect.json", "3", 0, "cpu-load", "0" },
  { "v2aFailbackReprotect.json", "3", 0, "process-servers", "n=2" },
  { "v2aFailbackReprotect.json", "3", 0, "master-target-servers", "n=2" },
  { "v2aFailbackReprotect.json", "3", 0, "run-as-accounts", "n=3" },
  { "v2aFailbackReprotect.json", "3", 0, "health", "Normal" },
  { "v2aFailbackReprotect.json", "3", 0, "vault-name", "PwsTestVault" },
  { "v2aFailbackReprotect.json", "1", 0, "friendly-name", "PwsTestCS" },
  /* V2AFabricTests: 25 fabrics of all kinds */
  { "V2AFabricTests.json", "0", 0, "name", "IbizaV2ATest" },
  { "V2AFabricTests.json", "0", 1, "name", "SrilathaVault" },
  { "V2AFabricTests.json", "0", 2, "location", "southeastasia" },
  { "V2AFabricTests.json", "1", 0, "friendly-name", "PRGOYAL-TEST3" },
  { "V2AFabricTests.json", "1", 0, "host-name", "prgoyal-test3" },
  { "V2AFabricTests.json", "1", 0, "health", "Error" },
  { "V2AFabricTests.json", "1", 0, "last-heartbeat", "2017-09-14T14:05:41.667000Z" },
  { "V2AFabricTests.json", "1", 1, "instance-type", "Azure" },
  { "V2AFabricTests.json", "1", 1, "friendly-name", "East Asia" },
  { "V2AFabricTests.json", "3", 0, "friendly-name", "V2A-W2K12-400" },
  { "V2AFabricTests.json", "3", 0, "process-servers", "n=1" },
  { "V2AFabricTests.json", "3", 0, "health-errors", "n=1" },
  /* TestRPJob: containers, mappings, policies and a real InMageAzureV2 item */
  { "TestRPJob.json", "3", 0, "name", "cloud_a5441e09-275c-4f15-a1b9-450a22c89d7b" },
  { "TestRPJob.json", "3", 0, "fabric-type", "VMware" },
  { "TestRPJob.json", "3", 0, "protected-item-count", "1" },
  { "TestRPJob.json", "3", 0, "pairing-status", "Paired" },
  { "TestRPJob.json", "3", 0, "role", "Primary" },
  { "TestRPJob.json", "4", 0, "friendly-name", "V2A-W2K12-400" },
  { "TestRPJob.json", "5", 0, "name", "pcmmappingv2avm1" },
  { "TestRPJob.json", "5", 0, "target-protection-container-id", "Microsoft Azure" },
  { "TestRPJob.json", "5", 2, "name", "reverseMapping3" },
  { "TestRPJob.json", "5", 2, "policy-friendly-name", "V2aTestPolicy3-failback" },
  { "TestRPJob.json", "5", 2, "target-protection-container-friendly-name", "V2A-W2K12-400" },
  { "TestRPJob.json", "6", 0, "provider-type", "InMageAzureV2" },
  { "TestRPJob.json", "6", 0, "recovery-point-history", "2400" },
  { "TestRPJob.json", "6", 0, "crash-consistent-frequency-in-minutes", "5" },
  { "TestRPJob.json", "8", 0, "provider-type", "InMage" },
  { "TestRPJob.json", "8", 0, "friendly-name", "V2aTestPolicy3-failback" },
  { "TestRPJob.json", "10", 0, "name", "V2ATest-rpi-v2avm1" },
  { "TestRPJob.json", "10", 0, "friendly-name", "V2aVm1" },
  { "TestRPJob.json", "10", 0, "provider-type", "InMageAzureV2" },
  { "TestRPJob.json", "10", 0, "protection-state", "UnplannedFailoverCompletionFailed" },
  { "TestRPJob.json", "10", 0, "protection-state-description", "Failover couldn't be completed" },
  { "TestRPJob.json", "10", 0, "test-failover-state", "MarkedForDeletion" },
  { "TestRPJob.json", "10", 0, "replication-health", "Critical" },
  { "TestRPJob.json", "10", 0, "health-errors", "n=4" },          /* replicationHealthErrors */
  { "TestRPJob.json", "10", 0, "rpo-in-seconds", "8225" },
  { "TestRPJob.json", "10", 0, "source-vm-cpu-count", "2" },      /* sourceVmCPUCount */
  { "TestRPJob.json", "10", 0, "source-vm-ram-size-in-mb", "2047" },  /* sourceVmRAMSizeInMB */
  { "TestRPJob.json", "10", 0, "os-type", "Windows" },
  { "TestRPJob.json", "10", 0, "os-version", "Microsoft Windows Server 2012 R2 Datacenter" },
  { "TestRPJob.json", "10", 0, "discovery-type", "vCenter" },
  { "TestRPJob.json", "10", 0, "datastores", "datastore-local" },
  { "TestRPJob.json", "10", 0, "process-server-id", "F69DF410-66A9-EA46-AF73D9593D9F1771" },
  { "TestRPJob.json", "10", 0, "master-target-id", "F69DF410-66A9-EA46-AF73D9593D9F1771" },
  { "TestRPJob.json", "10", 0, "last-heartbeat", "2017-09-12T08:22:15Z" },
  { "TestRPJob.json", "10", 0, "target-vm-name", "V2aVm1" },
  { "TestRPJob.json", "10", 0, "vault-name", "IbizaV2ATest" },
  { "TestRPJob.json", "10", 0, "container-name", "cloud_a5441e09-275c-4f15-a1b9-450a22c89d7b" },
  /* a failover that could not complete: unknown phase, failover is the only step left */
  { "TestRPJob.json", "10", 0, "phase", "unknown" },
  { "TestRPJob.json", "10", 0, "next-step", "failover" },

  /* azure-cli recording: the policy the V2A scenario creates */
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "name", "cli-test-policy-V2ACS-1" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "provider-type", "InMageAzureV2" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "recovery-point-history", "2880" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "recovery-point-threshold-in-minutes", "10" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "app-consistent-frequency-in-minutes", "0" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "2", 0, "multi-vm-sync-status", "Enabled" },
  { "test_siterecovery_V2A_CS_scenarios.yaml", "3", 0, "vault-name", "CLITeraform-Testing-CSVault" },
};

static void
test_values (void)
{
  if (skip_without_reference ())
    return;

  parse_examples ();
  parse_session_records ();
  parse_cli_recordings ();

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      const Expectation *e = &expectations[i];
      GPtrArray *results = results_of (e->source, e->key);
      g_autofree char *value = NULL;

      g_assert_cmpuint (e->index, <, results->len);
      value = core_test_property_string (results->pdata[e->index], e->property);
      if (g_strcmp0 (value, e->expected) != 0)
        g_error ("%s #%s [%u] %s is “%s”, expected “%s”", e->source, e->key, e->index,
                 e->property, value, e->expected);
    }
}

static void
test_details (void)
{
  GPtrArray *results;
  FbFabric *fabric;
  FbMasterTarget *mt;
  FbFabricDatastore *datastore;
  FbProtectedItem *item;
  FbHealthError *health_error;
  guint n_vmware = 0;

  if (skip_without_reference ())
    return;

  parse_examples ();
  parse_session_records ();
  parse_cli_recordings ();

  /* the scale-out process server / master target of the real configuration server */
  results = results_of ("v2aFailbackReprotect.json", "3");
  fabric = results->pdata[0];
  mt = fb_fabric_lookup_master_target (fabric, "30ae6187-5869-8e44-b8af6aa66e3ecc8f");
  g_assert_nonnull (mt);
  core_assert_property (mt, "name", "V2A-PS-200");
  core_assert_property (mt, "disk-count", "3");
  core_assert_property (core_test_list_item (fb_master_target_get_retention_volumes (mt), 0), "volume-name", "F");
  core_assert_property (core_test_list_item (fb_master_target_get_retention_volumes (mt), 0), "capacity-in-bytes", "10734268416");
  core_assert_property (core_test_list_item (fb_master_target_get_retention_volumes (mt), 0), "threshold-percentage", "0");
  datastore = core_test_list_item (fb_master_target_get_datastores (mt), 0);
  core_assert_property (datastore, "symbolic-name", "datastore1");
  g_assert_cmpfloat (fb_fabric_datastore_get_capacity_gb (datastore), ==, 439.5);
  g_assert_cmpfloat (fb_fabric_datastore_get_free_space_gb (datastore), ==, 154.11);
  core_assert_property (datastore, "datastore-type", "VMFS");
  core_assert_property (core_test_list_item (fb_master_target_get_datastores (mt), 1), "symbolic-name", "DS-77");
  core_assert_property (core_test_list_item (fb_master_target_get_datastores (mt), 1), "capacity-gb", "2047.75");
  /* the CS itself: retention volume D, no datastores */
  mt = fb_fabric_lookup_master_target (fabric, "14968BDF-E18E-7F45-A9B0E3EFAC2DDCA2");
  core_assert_property (mt, "datastores", "n=0");
  core_assert_property (core_test_list_item (fb_master_target_get_retention_volumes (mt), 0), "volume-name", "D");
  core_assert_property (core_test_list_item (fb_fabric_get_run_as_accounts (fabric), 1), "account-id", "2");
  core_assert_property (core_test_list_item (fb_fabric_get_run_as_accounts (fabric), 1), "account-name", "windowsuser");
  core_assert_property (core_test_list_item (fb_fabric_get_process_servers (fabric), 0), "friendly-name", "V2A-PS-200");
  core_assert_property (core_test_list_item (fb_fabric_get_process_servers (fabric), 0), "last-heartbeat", "2021-04-05T17:40:44Z");
  core_assert_property (core_test_list_item (fb_fabric_get_process_servers (fabric), 0), "machine-count", "0");
  core_assert_property (core_test_list_item (fb_fabric_get_process_servers (fabric), 0), "total-memory-in-bytes", "5032087552");
  core_assert_property (core_test_list_item (fb_fabric_get_process_servers (fabric), 0), "agent-expiry-date", "(null)");

  /* 25 fabrics of four kinds; only the VMware ones have a configuration server */
  results = results_of ("V2AFabricTests.json", "1");
  g_assert_cmpuint (results->len, ==, 25);
  for (guint i = 0; i < results->len; i++)
    if (fb_fabric_is_classic_vmware (results->pdata[i]))
      {
        n_vmware++;
        g_assert_nonnull (fb_fabric_get_host_name (results->pdata[i]));
      }
  g_assert_cmpuint (n_vmware, ==, 18);

  /* the configuration server V2A-W2K12-400, six datastores, a health error in +05:30 */
  results = results_of ("V2AFabricTests.json", "3");
  fabric = results->pdata[0];
  mt = core_test_list_item (fb_fabric_get_master_target_servers (fabric), 0);
  core_assert_property (mt, "datastores", "n=6");
  core_assert_property (core_test_list_item (fb_master_target_get_datastores (mt), 5), "symbolic-name", "datastore-local");
  core_assert_property (core_test_list_item (fb_master_target_get_datastores (mt), 5), "free-space-gb", "7.84");
  core_assert_property (core_test_list_item (fb_master_target_get_retention_volumes (mt), 1), "volume-name", "W");
  health_error = core_test_list_item (fb_fabric_get_health_errors (fabric), 0);
  core_assert_property (health_error, "error-code", "UnsupportedDraVersionForAcsToAadMigration");
  core_assert_property (health_error, "creation-time", "2017-09-19T05:40:06.188887Z");
  core_assert_property (health_error, "entity-id", "");

  /* the real item's replication health errors (the older "replicationHealthErrors") */
  results = results_of ("TestRPJob.json", "10");
  item = results->pdata[0];
  health_error = core_test_list_item (fb_protected_item_get_health_errors (item), 0);
  core_assert_property (health_error, "error-code", "78024");
  core_assert_property (health_error, "error-level", "Error");
  core_assert_property (health_error, "error-source", "ReplicationUnitProviderErrorOnPrimary");
  core_assert_property (health_error, "creation-time", "2017-09-12T08:22:56.471328Z");
  core_assert_property (health_error, "inner-health-errors", "n=0");    /* "childErrors": [] */
  health_error = core_test_list_item (fb_protected_item_get_health_errors (item), 3);
  core_assert_property (health_error, "error-code", "78037");
  core_assert_property (health_error, "creation-time", "(null)");       /* 0001-01-01T00:00:00 */
  g_assert_true (fb_protected_item_is_allowed (item, "RepairReplication"));

  /* the 404 of a missing recovery plan: an ARM error body, kept as JSON */
  results = results_of ("TestRPJob.json", "11");
  {
    JsonObject *root = json_node_get_object (results->pdata[0]);
    g_autofree char *code = NULL;
    g_autofree char *detail = NULL;

    g_assert_true (fb_json_get_string (root, "error.code", &code, NULL));
    g_assert_cmpstr (code, ==, "NotFound");
    detail = g_strdup (json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (root, "error"),
                                                                   "details"), 0), "code"));
    g_assert_cmpstr (detail, ==, "ArmResourceDoesNotExist");
  }

  /* vCenters have no model of their own here; the helpers read them */
  results = results_of ("ReplicationvCenters_Get.json", "200");
  {
    JsonObject *root = json_node_get_object (results->pdata[0]);
    g_autofree char *friendly_name = NULL;
    g_autofree char *process_server = NULL;
    gint64 port = 0;

    g_assert_true (fb_json_get_string (root, "properties.friendlyName", &friendly_name, NULL));
    g_assert_true (fb_json_get_int64 (root, "properties.port", &port, NULL));
    g_assert_true (fb_json_get_string (root, "properties.processServerId", &process_server, NULL));
    g_assert_cmpstr (friendly_name, ==, "esx-78");
    g_assert_cmpint (port, ==, 443);    /* "443" */
    g_assert_cmpstr (process_server, ==, "5A720CAB-39CB-F445-BD1662B0B33164B5");
  }
  g_assert_cmpuint (results_of ("ReplicationvCenters_List.json", "200")->len, ==, 1);

  /* the azure-cli operation status: a 7-digit fraction */
  results = results_of ("test_siterecovery_V2A_CS_scenarios.yaml", "1");
  {
    JsonObject *root = json_node_get_object (results->pdata[0]);
    g_autofree char *status = NULL;
    g_autoptr(GDateTime) start = NULL;

    g_assert_true (fb_json_get_string (root, "status", &status, NULL));
    g_assert_cmpstr (status, ==, "Succeeded");
    g_assert_true (fb_json_get_date_time (root, "startTime", &start, NULL));
    g_assert_cmpint (g_date_time_get_microsecond (start), ==, 154636);
  }

  /* a job being cancelled still runs; a suspended one waits for the user */
  g_assert_true (fb_job_is_running (results_of ("ReplicationJobs_Cancel.json", "200")->pdata[0]));
  g_assert_false (fb_job_is_running (results_of ("ReplicationJobs_Resume.json", "200")->pdata[0]));

  /* list pages, all of them */
  g_assert_cmpuint (results_of ("ReplicationJobs_List.json", "200")->len, ==, 3);
  g_assert_cmpuint (results_of ("RecoveryPoints_ListByReplicationProtectedItems.json", "200")->len, ==, 2);
  g_assert_cmpuint (results_of ("TestRPJob.json", "5")->len, ==, 4);
  g_assert_cmpuint (results_of ("TestRPJob.json", "1")->len, ==, 23);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/reference/examples", test_examples);
  g_test_add_func ("/core/reference/session-records", test_session_records);
  g_test_add_func ("/core/reference/cli-recordings", test_cli_recordings);
  g_test_add_func ("/core/reference/values", test_values);
  g_test_add_func ("/core/reference/details", test_details);

  status = g_test_run ();

  if (load_reference ())
    g_test_message ("%u bodies parsed", n_bodies);
  g_clear_pointer (&parsed, g_hash_table_unref);
  g_clear_pointer (&reference_dir, g_free);
  return status;
}
