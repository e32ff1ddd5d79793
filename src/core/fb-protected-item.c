/* fb-protected-item.c - a replication protected item (replicationProtectedItems): one VM or server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-core-enums.h"

#include "fb-protected-item.h"
#include "fb-json.h"
#include "fb-model-fields.h"

/* prefixes of member paths */
#define PSD "properties.providerSpecificDetails."
#define PROPS "properties."

struct _FbProtectedItem
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *friendly_name;
  char        *protected_item_type;
  char        *protectable_item_id;
  char        *recovery_services_provider_id;
  char        *primary_fabric_friendly_name;
  char        *primary_fabric_provider;
  char        *recovery_fabric_friendly_name;
  char        *recovery_fabric_id;
  char        *primary_protection_container_friendly_name;
  char        *recovery_protection_container_friendly_name;
  char        *recovery_container_id;
  char        *protection_state;
  char        *protection_state_description;
  char        *active_location;
  char        *test_failover_state;
  char        *test_failover_state_description;
  char       **allowed_operations;
  char        *replication_health;
  char        *failover_health;
  GListStore  *health_errors;
  char        *policy_id;
  char        *policy_friendly_name;
  GDateTime   *last_successful_failover_time;
  GDateTime   *last_successful_test_failover_time;
  char        *current_scenario_name;
  char        *current_scenario_job_id;
  GDateTime   *current_scenario_start_time;
  char        *failover_recovery_point_id;
  char        *provider_type;
  char        *os_type;
  char        *os_name;
  char        *os_version;
  char        *discovery_type;
  char        *ip_address;
  char        *agent_version;
  gint64       rpo_in_seconds;
  GDateTime   *last_rpo_calculated_time;
  GDateTime   *last_heartbeat;
  char        *protection_stage;
  gint64       resync_progress_percentage;
  char        *process_server_id;
  char        *process_server_name;
  char        *master_target_id;
  char        *multi_vm_group_id;
  char        *multi_vm_group_name;
  char       **datastores;
  char        *infrastructure_vm_id;
  char        *vcenter_infrastructure_id;
  char        *target_vm_id;
  char        *target_vm_name;
  char        *active_site_type;
  gint64       source_vm_ram_size_in_mb;
  gint64       source_vm_cpu_count;
  char        *reprotect_agent_id;
  char        *reprotect_agent_name;
  char        *target_datastore_name;
  char        *target_vcenter_id;
  char        *log_storage_account_id;
  char        *last_planned_failover_status;
  gboolean     is_agent_registration_successful_after_failover;
  FbVaultScope scope;
  char        *fabric_name;
  char        *container_name;
  FbPhase      phase;
  FbNextStep   next_step;
};

G_DEFINE_FINAL_TYPE (FbProtectedItem, fb_protected_item, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbProtectedItem, field, KIND, path)
#define GROUP(field, KIND, path, group) FB_FIELD_GROUP (FbProtectedItem, field, KIND, path, group)
#define LIST(field, path, child) FB_FIELD_LIST (FbProtectedItem, field, path, child)
#define ENUM(field, get_type, value) FB_FIELD_ENUM (FbProtectedItem, field, get_type, value)
#define ID_PART(field, getter) FB_FIELD_ID_PART (FbProtectedItem, field, getter)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, PROPS "friendlyName"),
  FIELD (protected_item_type, STRING, PROPS "protectedItemType"),
  FIELD (protectable_item_id, STRING, PROPS "protectableItemId"),
  FIELD (recovery_services_provider_id, STRING, PROPS "recoveryServicesProviderId"),
  FIELD (primary_fabric_friendly_name, STRING, PROPS "primaryFabricFriendlyName"),
  FIELD (primary_fabric_provider, STRING, PROPS "primaryFabricProvider"),
  FIELD (recovery_fabric_friendly_name, STRING, PROPS "recoveryFabricFriendlyName"),
  FIELD (recovery_fabric_id, STRING, PROPS "recoveryFabricId"),
  FIELD (primary_protection_container_friendly_name, STRING, PROPS "primaryProtectionContainerFriendlyName"),
  FIELD (recovery_protection_container_friendly_name, STRING, PROPS "recoveryProtectionContainerFriendlyName"),
  FIELD (recovery_container_id, STRING, PROPS "recoveryContainerId"),
  FIELD (protection_state, STRING, PROPS "protectionState"),
  FIELD (protection_state_description, STRING, PROPS "protectionStateDescription"),
  FIELD (active_location, STRING, PROPS "activeLocation"),
  FIELD (test_failover_state, STRING, PROPS "testFailoverState"),
  FIELD (test_failover_state_description, STRING, PROPS "testFailoverStateDescription"),
  FIELD (allowed_operations, STRV, PROPS "allowedOperations"),
  FIELD (replication_health, STRING, PROPS "replicationHealth"),
  FIELD (failover_health, STRING, PROPS "failoverHealth"),
  LIST (health_errors, PROPS "healthErrors|" PROPS "replicationHealthErrors", fb_health_error_child),
  FIELD (policy_id, STRING, PROPS "policyId"),
  FIELD (policy_friendly_name, STRING, PROPS "policyFriendlyName"),
  FIELD (last_successful_failover_time, DATE_TIME, PROPS "lastSuccessfulFailoverTime"),
  FIELD (last_successful_test_failover_time, DATE_TIME, PROPS "lastSuccessfulTestFailoverTime"),
  FIELD (current_scenario_name, STRING, PROPS "currentScenario.scenarioName"),
  FIELD (current_scenario_job_id, STRING, PROPS "currentScenario.jobId"),
  FIELD (current_scenario_start_time, DATE_TIME, PROPS "currentScenario.startTime"),
  FIELD (failover_recovery_point_id, STRING, PROPS "failoverRecoveryPointId"),
  FIELD (provider_type, STRING, PSD "instanceType"),
  GROUP (os_type, STRING, PSD "osType|" PSD "osDetails.osType", 1),
  GROUP (os_name, STRING, PSD "osName|" PSD "discoveredVmDetails.osName", 1),
  GROUP (os_version, STRING, PSD "osVersion", 1),
  GROUP (discovery_type, STRING, PSD "discoveryType", 1),
  GROUP (ip_address, STRING, PSD "ipAddress|" PSD "primaryNicIpAddress", 1),
  GROUP (agent_version, STRING, PSD "agentVersion|" PSD "agentDetails.agentVersion|" PSD "mobilityAgentDetails.version", 1),
  GROUP (rpo_in_seconds, INT64, PSD "rpoInSeconds|" PSD "lastRpoInSeconds", 1),
  GROUP (last_rpo_calculated_time, DATE_TIME, PSD "lastRpoCalculatedTime", 1),
  GROUP (last_heartbeat, DATE_TIME, PSD "lastHeartbeat|" PSD "mobilityAgentDetails.lastHeartbeatUtc", 1),
  GROUP (protection_stage, STRING, PSD "protectionStage", 1),
  GROUP (resync_progress_percentage, INT64, PSD "resyncProgressPercentage|" PSD "initialReplicationProgressPercentage|" PSD "resyncDetails.initialReplicationProgressPercentage", 1),
  GROUP (process_server_id, STRING_LENIENT, PSD "processServerId", 1),
  GROUP (process_server_name, STRING, PSD "processServerName", 1),
  GROUP (master_target_id, STRING_LENIENT, PSD "masterTargetId", 1),
  GROUP (multi_vm_group_id, STRING, PSD "multiVmGroupId", 1),
  GROUP (multi_vm_group_name, STRING, PSD "multiVmGroupName", 1),
  GROUP (datastores, STRV, PSD "datastores|" PSD "discoveredVmDetails.datastores", 1),
  GROUP (infrastructure_vm_id, STRING_LENIENT, PSD "infrastructureVmId", 1),
  GROUP (vcenter_infrastructure_id, STRING_LENIENT, PSD "vCenterInfrastructureId", 1),
  GROUP (target_vm_id, STRING, PSD "targetVmId|" PSD "azureVirtualMachineId", 1),
  GROUP (target_vm_name, STRING, PSD "targetVmName|" PSD "recoveryAzureVMName", 1),
  GROUP (active_site_type, STRING, PSD "activeSiteType", 1),
  GROUP (source_vm_ram_size_in_mb, INT64, PSD "sourceVmRamSizeInMB|" PSD "sourceVmRAMSizeInMB|" PSD "allocatedMemoryInMB", 1),
  GROUP (source_vm_cpu_count, INT64, PSD "sourceVmCpuCount|" PSD "sourceVmCPUCount|" PSD "processorCoreCount", 1),
  GROUP (reprotect_agent_id, STRING_LENIENT, PSD "reprotectAgentId", 1),
  GROUP (reprotect_agent_name, STRING, PSD "reprotectAgentName", 1),
  GROUP (target_datastore_name, STRING, PSD "targetDataStoreName", 1),
  GROUP (target_vcenter_id, STRING, PSD "targetvCenterId", 1),
  GROUP (log_storage_account_id, STRING, PSD "logStorageAccountId", 1),
  GROUP (last_planned_failover_status, STRING, PSD "lastPlannedFailoverStatus", 1),
  GROUP (is_agent_registration_successful_after_failover, BOOLEAN, PSD "isAgentRegistrationSuccessfulAfterFailover", 1),
  FB_VAULT_SCOPE_FIELDS (FbProtectedItem, scope),
  ID_PART (fabric_name, fb_arm_id_get_fabric_name),
  ID_PART (container_name, fb_arm_id_get_container_name),
  ENUM (phase, fb_phase_get_type, FB_PHASE_UNKNOWN),
  ENUM (next_step, fb_next_step_get_type, FB_NEXT_STEP_NONE),
};

static gboolean fb_protected_item_parse_more (gpointer     instance,
                                              JsonObject  *root,
                                              GError     **error);

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, fb_protected_item_parse_more);

/* fb_protected_item_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbProtectedItem, fb_protected_item, FB_IS_PROTECTED_ITEM, model)

static gboolean
str_equal (const char *a,
           const char *b)
{
  return a != NULL && b != NULL && g_ascii_strcasecmp (a, b) == 0;
}

static gboolean
is_vmware_provider (const char *provider_type)
{
  return str_equal (provider_type, "InMageAzureV2") ||
         str_equal (provider_type, "InMage") ||
         str_equal (provider_type, "InMageRcm") ||
         str_equal (provider_type, "InMageRcmFailback");
}

static gboolean
allows (FbProtectedItem *self,
        const char      *operation)
{
  if (self->allowed_operations == NULL)
    return FALSE;

  for (guint i = 0; self->allowed_operations[i] != NULL; i++)
    if (str_equal (self->allowed_operations[i], operation))
      return TRUE;

  return FALSE;
}

static gboolean
is_busy (FbProtectedItem *self)
{
  return self->current_scenario_name != NULL &&
         *self->current_scenario_name != '\0' &&
         !str_equal (self->current_scenario_name, "None");
}

/* activeLocation (and for InMage activeSiteType) may be missing; when present it must
 * agree with the state */
static gboolean
located (FbProtectedItem *self,
         const char      *active_location,
         const char      *active_site_type)
{
  if (self->active_location != NULL && !str_equal (self->active_location, active_location))
    return FALSE;
  if (active_site_type != NULL && self->active_site_type != NULL &&
      !str_equal (self->active_site_type, active_site_type))
    return FALSE;
  return TRUE;
}

/* The table of /work/briefs/roundtrip.md */
static FbPhase
derive_phase (FbProtectedItem *self)
{
  const char *state = self->protection_state;
  const char *provider = self->provider_type;

  if (state == NULL || provider == NULL)
    return is_busy (self) ? FB_PHASE_IN_TRANSITION : FB_PHASE_UNKNOWN;

  /* Protection being enabled, the initial replication running (a job may run it: this
   * says more than "in transition"); only forward replication starts this way. */
  if ((str_equal (provider, "InMageAzureV2") || str_equal (provider, "InMageRcm")) &&
      str_equal (state, "EnablingProtection"))
    return FB_PHASE_ENABLING_PROTECTION;

  if (is_busy (self))
    return FB_PHASE_IN_TRANSITION;

  if (str_equal (provider, "InMageAzureV2") || str_equal (provider, "InMageRcm"))
    {
      if (str_equal (state, "Protected") && located (self, "Primary", NULL))
        return FB_PHASE_PROTECTED_TO_AZURE;
      if (str_equal (state, "UnplannedFailoverCommitPendingStatesBegin") && located (self, "Recovery", NULL))
        return FB_PHASE_FAILED_OVER_TO_AZURE;
      if (str_equal (state, "UnplannedFailoverCommitted") && located (self, "Recovery", NULL))
        return FB_PHASE_RUNNING_IN_AZURE;
    }
  else if (str_equal (provider, "InMage"))
    {
      if (str_equal (state, "Protected") && located (self, "Recovery", "Azure"))
        return FB_PHASE_PROTECTED_TO_ON_PREMISES;
      if (str_equal (state, "UnplannedFailoverCommitPendingStatesBegin") && located (self, "Primary", "OnPrem"))
        return FB_PHASE_FAILED_BACK;
      if (str_equal (state, "UnplannedFailoverCommitted") && located (self, "Primary", "OnPrem"))
        return FB_PHASE_RUNNING_ON_PREMISES;
    }
  else if (str_equal (provider, "InMageRcmFailback"))
    {
      if (str_equal (state, "Protected") && located (self, "Recovery", NULL))
        return FB_PHASE_PROTECTED_TO_ON_PREMISES;
      if (str_equal (state, "PlannedFailoverCommitRequired") && located (self, "Primary", NULL))
        return FB_PHASE_FAILED_BACK;
      if (str_equal (state, "PlannedFailoverStatesBegin") && located (self, "Primary", NULL))
        return FB_PHASE_RUNNING_ON_PREMISES;
    }

  return FB_PHASE_UNKNOWN;
}

/* The operation that performs @step for this provider. */
static const char *
operation_for_step (FbProtectedItem *self,
                    FbNextStep       step)
{
  switch (step)
    {
    case FB_NEXT_STEP_FAILOVER:
      return "UnplannedFailover";
    case FB_NEXT_STEP_COMMIT:
      return "Commit";
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      return "ReverseReplicate";
    case FB_NEXT_STEP_FAILBACK:
      return str_equal (self->provider_type, "InMageRcmFailback") ? "PlannedFailover" : "UnplannedFailover";
    case FB_NEXT_STEP_NONE:
    default:
      return NULL;
    }
}

static FbNextStep
derive_next_step (FbProtectedItem *self)
{
  FbNextStep step = FB_NEXT_STEP_NONE;

  switch (self->phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
      step = FB_NEXT_STEP_FAILOVER;
      break;
    case FB_PHASE_FAILED_OVER_TO_AZURE:
    case FB_PHASE_FAILED_BACK:
      step = FB_NEXT_STEP_COMMIT;
      break;
    case FB_PHASE_RUNNING_IN_AZURE:
      step = FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES;
      break;
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      step = FB_NEXT_STEP_FAILBACK;
      break;
    case FB_PHASE_RUNNING_ON_PREMISES:
      step = FB_NEXT_STEP_REPROTECT_TO_AZURE;
      break;
    case FB_PHASE_IN_TRANSITION:
    case FB_PHASE_ENABLING_PROTECTION:
      /* wait: the job or the initial replication ends by itself */
      return FB_NEXT_STEP_NONE;
    case FB_PHASE_UNKNOWN:
    default:
      {
        /* an unknown state of a known provider: offer the step the allowed
         * operations permit, when exactly one does */
        static const FbNextStep forward[] = { FB_NEXT_STEP_FAILOVER, FB_NEXT_STEP_COMMIT,
                                              FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES };
        static const FbNextStep reverse[] = { FB_NEXT_STEP_FAILBACK, FB_NEXT_STEP_COMMIT,
                                              FB_NEXT_STEP_REPROTECT_TO_AZURE };
        const FbNextStep *candidates;
        guint n_permitted = 0;

        if (str_equal (self->provider_type, "InMageAzureV2") || str_equal (self->provider_type, "InMageRcm"))
          candidates = forward;
        else if (str_equal (self->provider_type, "InMage") || str_equal (self->provider_type, "InMageRcmFailback"))
          candidates = reverse;
        else
          return FB_NEXT_STEP_NONE;

        for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
          if (allows (self, operation_for_step (self, candidates[i])))
            {
              step = candidates[i];
              n_permitted++;
            }

        return n_permitted == 1 ? step : FB_NEXT_STEP_NONE;
      }
    }

  return allows (self, operation_for_step (self, step)) ? step : FB_NEXT_STEP_NONE;
}

/**
 * fb_protected_item_is_allowed:
 * @self: a #FbProtectedItem
 * @operation: an operation of allowedOperations ("UnplannedFailover", "Commit",
 *   "ReverseReplicate", "PlannedFailover", ...)
 *
 * Returns: whether the service allows @operation now
 */
gboolean
fb_protected_item_is_allowed (FbProtectedItem *self,
                              const char      *operation)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);
  g_return_val_if_fail (operation != NULL, FALSE);

  return allows (self, operation);
}

/**
 * fb_protected_item_is_busy:
 * @self: a #FbProtectedItem
 *
 * Returns: whether a job runs on the item (currentScenario is not "None")
 */
gboolean
fb_protected_item_is_busy (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);

  return is_busy (self);
}

/**
 * fb_protected_item_is_modern:
 * @self: a #FbProtectedItem
 *
 * Returns: whether the item replicates with the modern architecture (InMageRcm,
 *   InMageRcmFailback); %FALSE for classic and unknown providers
 */
gboolean
fb_protected_item_is_modern (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);

  return str_equal (self->provider_type, "InMageRcm") ||
         str_equal (self->provider_type, "InMageRcmFailback");
}

/**
 * fb_protected_item_is_reverse:
 * @self: a #FbProtectedItem
 *
 * Returns: whether the item replicates from Azure to on-premises (InMage,
 *   InMageRcmFailback)
 */
gboolean
fb_protected_item_is_reverse (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);

  return str_equal (self->provider_type, "InMage") ||
         str_equal (self->provider_type, "InMageRcmFailback");
}

/**
 * fb_protected_item_get_operation_for_step:
 * @self: a #FbProtectedItem
 * @step: a next step
 *
 * Returns: (nullable): the allowedOperations name that performs @step for the item's
 *   provider ("UnplannedFailover", "PlannedFailover", "Commit", "ReverseReplicate")
 */
const char *
fb_protected_item_get_operation_for_step (FbProtectedItem *self,
                                          FbNextStep       step)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return operation_for_step (self, step);
}

static gboolean
fb_protected_item_parse_more (gpointer     instance,
                              JsonObject  *root,
                              GError     **error)
{
  FbProtectedItem *self = instance;

  if (is_vmware_provider (self->provider_type))
    {
      if (!fb_model_parse (self, &model, 1, root, error))
        return FALSE;
    }

  self->phase = derive_phase (self);
  self->next_step = derive_next_step (self);

  return TRUE;
}

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbProtectedItem, FB_IS_PROTECTED_ITEM, RetType, function, field)

GETTER (const char *, fb_protected_item_get_id, id)
GETTER (const char *, fb_protected_item_get_name, name)
GETTER (const char *, fb_protected_item_get_friendly_name, friendly_name)
GETTER (const char *, fb_protected_item_get_protected_item_type, protected_item_type)
GETTER (const char *, fb_protected_item_get_protectable_item_id, protectable_item_id)
GETTER (const char *, fb_protected_item_get_recovery_services_provider_id, recovery_services_provider_id)
GETTER (const char *, fb_protected_item_get_primary_fabric_friendly_name, primary_fabric_friendly_name)
GETTER (const char *, fb_protected_item_get_primary_fabric_provider, primary_fabric_provider)
GETTER (const char *, fb_protected_item_get_recovery_fabric_friendly_name, recovery_fabric_friendly_name)
GETTER (const char *, fb_protected_item_get_recovery_fabric_id, recovery_fabric_id)
GETTER (const char *, fb_protected_item_get_primary_protection_container_friendly_name, primary_protection_container_friendly_name)
GETTER (const char *, fb_protected_item_get_recovery_protection_container_friendly_name, recovery_protection_container_friendly_name)
GETTER (const char *, fb_protected_item_get_recovery_container_id, recovery_container_id)
GETTER (const char *, fb_protected_item_get_protection_state, protection_state)
GETTER (const char *, fb_protected_item_get_protection_state_description, protection_state_description)
GETTER (const char *, fb_protected_item_get_active_location, active_location)
GETTER (const char *, fb_protected_item_get_test_failover_state, test_failover_state)
GETTER (const char *, fb_protected_item_get_test_failover_state_description, test_failover_state_description)
GETTER (const char * const *, fb_protected_item_get_allowed_operations, allowed_operations)
GETTER (const char *, fb_protected_item_get_replication_health, replication_health)
GETTER (const char *, fb_protected_item_get_failover_health, failover_health)
GETTER (GListModel *, fb_protected_item_get_health_errors, health_errors)
GETTER (const char *, fb_protected_item_get_policy_id, policy_id)
GETTER (const char *, fb_protected_item_get_policy_friendly_name, policy_friendly_name)
GETTER (GDateTime *, fb_protected_item_get_last_successful_failover_time, last_successful_failover_time)
GETTER (GDateTime *, fb_protected_item_get_last_successful_test_failover_time, last_successful_test_failover_time)
GETTER (const char *, fb_protected_item_get_current_scenario_name, current_scenario_name)
GETTER (const char *, fb_protected_item_get_current_scenario_job_id, current_scenario_job_id)
GETTER (GDateTime *, fb_protected_item_get_current_scenario_start_time, current_scenario_start_time)
GETTER (const char *, fb_protected_item_get_failover_recovery_point_id, failover_recovery_point_id)
GETTER (const char *, fb_protected_item_get_provider_type, provider_type)
GETTER (const char *, fb_protected_item_get_os_type, os_type)
GETTER (const char *, fb_protected_item_get_os_name, os_name)
GETTER (const char *, fb_protected_item_get_os_version, os_version)
GETTER (const char *, fb_protected_item_get_discovery_type, discovery_type)
GETTER (const char *, fb_protected_item_get_ip_address, ip_address)
GETTER (const char *, fb_protected_item_get_agent_version, agent_version)
GETTER (gint64, fb_protected_item_get_rpo_in_seconds, rpo_in_seconds)
GETTER (GDateTime *, fb_protected_item_get_last_rpo_calculated_time, last_rpo_calculated_time)
GETTER (GDateTime *, fb_protected_item_get_last_heartbeat, last_heartbeat)
GETTER (const char *, fb_protected_item_get_protection_stage, protection_stage)
GETTER (gint64, fb_protected_item_get_resync_progress_percentage, resync_progress_percentage)
GETTER (const char *, fb_protected_item_get_process_server_id, process_server_id)
GETTER (const char *, fb_protected_item_get_process_server_name, process_server_name)
GETTER (const char *, fb_protected_item_get_master_target_id, master_target_id)
GETTER (const char *, fb_protected_item_get_multi_vm_group_id, multi_vm_group_id)
GETTER (const char *, fb_protected_item_get_multi_vm_group_name, multi_vm_group_name)
GETTER (const char * const *, fb_protected_item_get_datastores, datastores)
GETTER (const char *, fb_protected_item_get_infrastructure_vm_id, infrastructure_vm_id)
GETTER (const char *, fb_protected_item_get_vcenter_infrastructure_id, vcenter_infrastructure_id)
GETTER (const char *, fb_protected_item_get_target_vm_id, target_vm_id)
GETTER (const char *, fb_protected_item_get_target_vm_name, target_vm_name)
GETTER (const char *, fb_protected_item_get_active_site_type, active_site_type)
GETTER (gint64, fb_protected_item_get_source_vm_ram_size_in_mb, source_vm_ram_size_in_mb)
GETTER (gint64, fb_protected_item_get_source_vm_cpu_count, source_vm_cpu_count)
GETTER (const char *, fb_protected_item_get_reprotect_agent_id, reprotect_agent_id)
GETTER (const char *, fb_protected_item_get_reprotect_agent_name, reprotect_agent_name)
GETTER (const char *, fb_protected_item_get_target_datastore_name, target_datastore_name)
GETTER (const char *, fb_protected_item_get_target_vcenter_id, target_vcenter_id)
GETTER (const char *, fb_protected_item_get_log_storage_account_id, log_storage_account_id)
GETTER (const char *, fb_protected_item_get_last_planned_failover_status, last_planned_failover_status)
GETTER (gboolean, fb_protected_item_get_is_agent_registration_successful_after_failover, is_agent_registration_successful_after_failover)
FB_VAULT_SCOPE_GETTERS (FbProtectedItem, FB_IS_PROTECTED_ITEM, fb_protected_item, scope)
GETTER (const char *, fb_protected_item_get_fabric_name, fabric_name)
GETTER (const char *, fb_protected_item_get_container_name, container_name)
GETTER (FbPhase, fb_protected_item_get_phase, phase)
GETTER (FbNextStep, fb_protected_item_get_next_step, next_step)
