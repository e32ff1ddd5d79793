/* fb-protected-item.c - a replication protected item (replicationProtectedItems): one VM or server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-core-enums.h"

#include "fb-protected-item.h"
#include "fb-json.h"

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
  char        *subscription_id;
  char        *resource_group;
  char        *vault_name;
  char        *fabric_name;
  char        *container_name;
  FbPhase      phase;
  FbNextStep   next_step;
};

G_DEFINE_FINAL_TYPE (FbProtectedItem, fb_protected_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_PROTECTED_ITEM_TYPE,
  PROP_PROTECTABLE_ITEM_ID,
  PROP_RECOVERY_SERVICES_PROVIDER_ID,
  PROP_PRIMARY_FABRIC_FRIENDLY_NAME,
  PROP_PRIMARY_FABRIC_PROVIDER,
  PROP_RECOVERY_FABRIC_FRIENDLY_NAME,
  PROP_RECOVERY_FABRIC_ID,
  PROP_PRIMARY_PROTECTION_CONTAINER_FRIENDLY_NAME,
  PROP_RECOVERY_PROTECTION_CONTAINER_FRIENDLY_NAME,
  PROP_RECOVERY_CONTAINER_ID,
  PROP_PROTECTION_STATE,
  PROP_PROTECTION_STATE_DESCRIPTION,
  PROP_ACTIVE_LOCATION,
  PROP_TEST_FAILOVER_STATE,
  PROP_TEST_FAILOVER_STATE_DESCRIPTION,
  PROP_ALLOWED_OPERATIONS,
  PROP_REPLICATION_HEALTH,
  PROP_FAILOVER_HEALTH,
  PROP_HEALTH_ERRORS,
  PROP_POLICY_ID,
  PROP_POLICY_FRIENDLY_NAME,
  PROP_LAST_SUCCESSFUL_FAILOVER_TIME,
  PROP_LAST_SUCCESSFUL_TEST_FAILOVER_TIME,
  PROP_CURRENT_SCENARIO_NAME,
  PROP_CURRENT_SCENARIO_JOB_ID,
  PROP_CURRENT_SCENARIO_START_TIME,
  PROP_FAILOVER_RECOVERY_POINT_ID,
  PROP_PROVIDER_TYPE,
  PROP_OS_TYPE,
  PROP_OS_NAME,
  PROP_OS_VERSION,
  PROP_DISCOVERY_TYPE,
  PROP_IP_ADDRESS,
  PROP_AGENT_VERSION,
  PROP_RPO_IN_SECONDS,
  PROP_LAST_RPO_CALCULATED_TIME,
  PROP_LAST_HEARTBEAT,
  PROP_PROTECTION_STAGE,
  PROP_RESYNC_PROGRESS_PERCENTAGE,
  PROP_PROCESS_SERVER_ID,
  PROP_PROCESS_SERVER_NAME,
  PROP_MASTER_TARGET_ID,
  PROP_MULTI_VM_GROUP_ID,
  PROP_MULTI_VM_GROUP_NAME,
  PROP_DATASTORES,
  PROP_INFRASTRUCTURE_VM_ID,
  PROP_VCENTER_INFRASTRUCTURE_ID,
  PROP_TARGET_VM_ID,
  PROP_TARGET_VM_NAME,
  PROP_ACTIVE_SITE_TYPE,
  PROP_SOURCE_VM_RAM_SIZE_IN_MB,
  PROP_SOURCE_VM_CPU_COUNT,
  PROP_REPROTECT_AGENT_ID,
  PROP_REPROTECT_AGENT_NAME,
  PROP_TARGET_DATASTORE_NAME,
  PROP_TARGET_VCENTER_ID,
  PROP_LOG_STORAGE_ACCOUNT_ID,
  PROP_LAST_PLANNED_FAILOVER_STATUS,
  PROP_IS_AGENT_REGISTRATION_SUCCESSFUL_AFTER_FAILOVER,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
  PROP_FABRIC_NAME,
  PROP_CONTAINER_NAME,
  PROP_PHASE,
  PROP_NEXT_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
health_error_new_cb (JsonNode  *node,
                     GError   **error)
{
  return fb_health_error_new_from_json (node, error);
}

static gboolean
health_error_update_cb (gpointer item,
                        gpointer other)
{
  return fb_health_error_update_from (item, other);
}

static void
fb_protected_item_dispose (GObject *object)
{
  FbProtectedItem *self = (FbProtectedItem *) object;

  g_clear_object (&self->health_errors);

  G_OBJECT_CLASS (fb_protected_item_parent_class)->dispose (object);
}

static void
fb_protected_item_finalize (GObject *object)
{
  FbProtectedItem *self = (FbProtectedItem *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->protected_item_type, g_free);
  g_clear_pointer (&self->protectable_item_id, g_free);
  g_clear_pointer (&self->recovery_services_provider_id, g_free);
  g_clear_pointer (&self->primary_fabric_friendly_name, g_free);
  g_clear_pointer (&self->primary_fabric_provider, g_free);
  g_clear_pointer (&self->recovery_fabric_friendly_name, g_free);
  g_clear_pointer (&self->recovery_fabric_id, g_free);
  g_clear_pointer (&self->primary_protection_container_friendly_name, g_free);
  g_clear_pointer (&self->recovery_protection_container_friendly_name, g_free);
  g_clear_pointer (&self->recovery_container_id, g_free);
  g_clear_pointer (&self->protection_state, g_free);
  g_clear_pointer (&self->protection_state_description, g_free);
  g_clear_pointer (&self->active_location, g_free);
  g_clear_pointer (&self->test_failover_state, g_free);
  g_clear_pointer (&self->test_failover_state_description, g_free);
  g_clear_pointer (&self->allowed_operations, g_strfreev);
  g_clear_pointer (&self->replication_health, g_free);
  g_clear_pointer (&self->failover_health, g_free);
  g_clear_pointer (&self->policy_id, g_free);
  g_clear_pointer (&self->policy_friendly_name, g_free);
  g_clear_pointer (&self->last_successful_failover_time, g_date_time_unref);
  g_clear_pointer (&self->last_successful_test_failover_time, g_date_time_unref);
  g_clear_pointer (&self->current_scenario_name, g_free);
  g_clear_pointer (&self->current_scenario_job_id, g_free);
  g_clear_pointer (&self->current_scenario_start_time, g_date_time_unref);
  g_clear_pointer (&self->failover_recovery_point_id, g_free);
  g_clear_pointer (&self->provider_type, g_free);
  g_clear_pointer (&self->os_type, g_free);
  g_clear_pointer (&self->os_name, g_free);
  g_clear_pointer (&self->os_version, g_free);
  g_clear_pointer (&self->discovery_type, g_free);
  g_clear_pointer (&self->ip_address, g_free);
  g_clear_pointer (&self->agent_version, g_free);
  g_clear_pointer (&self->last_rpo_calculated_time, g_date_time_unref);
  g_clear_pointer (&self->last_heartbeat, g_date_time_unref);
  g_clear_pointer (&self->protection_stage, g_free);
  g_clear_pointer (&self->process_server_id, g_free);
  g_clear_pointer (&self->process_server_name, g_free);
  g_clear_pointer (&self->master_target_id, g_free);
  g_clear_pointer (&self->multi_vm_group_id, g_free);
  g_clear_pointer (&self->multi_vm_group_name, g_free);
  g_clear_pointer (&self->datastores, g_strfreev);
  g_clear_pointer (&self->infrastructure_vm_id, g_free);
  g_clear_pointer (&self->vcenter_infrastructure_id, g_free);
  g_clear_pointer (&self->target_vm_id, g_free);
  g_clear_pointer (&self->target_vm_name, g_free);
  g_clear_pointer (&self->active_site_type, g_free);
  g_clear_pointer (&self->reprotect_agent_id, g_free);
  g_clear_pointer (&self->reprotect_agent_name, g_free);
  g_clear_pointer (&self->target_datastore_name, g_free);
  g_clear_pointer (&self->target_vcenter_id, g_free);
  g_clear_pointer (&self->log_storage_account_id, g_free);
  g_clear_pointer (&self->last_planned_failover_status, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);
  g_clear_pointer (&self->fabric_name, g_free);
  g_clear_pointer (&self->container_name, g_free);

  G_OBJECT_CLASS (fb_protected_item_parent_class)->finalize (object);
}

static void
fb_protected_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FbProtectedItem *self = (FbProtectedItem *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FRIENDLY_NAME:
      g_value_set_string (value, self->friendly_name);
      break;

    case PROP_PROTECTED_ITEM_TYPE:
      g_value_set_string (value, self->protected_item_type);
      break;

    case PROP_PROTECTABLE_ITEM_ID:
      g_value_set_string (value, self->protectable_item_id);
      break;

    case PROP_RECOVERY_SERVICES_PROVIDER_ID:
      g_value_set_string (value, self->recovery_services_provider_id);
      break;

    case PROP_PRIMARY_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->primary_fabric_friendly_name);
      break;

    case PROP_PRIMARY_FABRIC_PROVIDER:
      g_value_set_string (value, self->primary_fabric_provider);
      break;

    case PROP_RECOVERY_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->recovery_fabric_friendly_name);
      break;

    case PROP_RECOVERY_FABRIC_ID:
      g_value_set_string (value, self->recovery_fabric_id);
      break;

    case PROP_PRIMARY_PROTECTION_CONTAINER_FRIENDLY_NAME:
      g_value_set_string (value, self->primary_protection_container_friendly_name);
      break;

    case PROP_RECOVERY_PROTECTION_CONTAINER_FRIENDLY_NAME:
      g_value_set_string (value, self->recovery_protection_container_friendly_name);
      break;

    case PROP_RECOVERY_CONTAINER_ID:
      g_value_set_string (value, self->recovery_container_id);
      break;

    case PROP_PROTECTION_STATE:
      g_value_set_string (value, self->protection_state);
      break;

    case PROP_PROTECTION_STATE_DESCRIPTION:
      g_value_set_string (value, self->protection_state_description);
      break;

    case PROP_ACTIVE_LOCATION:
      g_value_set_string (value, self->active_location);
      break;

    case PROP_TEST_FAILOVER_STATE:
      g_value_set_string (value, self->test_failover_state);
      break;

    case PROP_TEST_FAILOVER_STATE_DESCRIPTION:
      g_value_set_string (value, self->test_failover_state_description);
      break;

    case PROP_ALLOWED_OPERATIONS:
      g_value_set_boxed (value, self->allowed_operations);
      break;

    case PROP_REPLICATION_HEALTH:
      g_value_set_string (value, self->replication_health);
      break;

    case PROP_FAILOVER_HEALTH:
      g_value_set_string (value, self->failover_health);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    case PROP_POLICY_ID:
      g_value_set_string (value, self->policy_id);
      break;

    case PROP_POLICY_FRIENDLY_NAME:
      g_value_set_string (value, self->policy_friendly_name);
      break;

    case PROP_LAST_SUCCESSFUL_FAILOVER_TIME:
      g_value_set_boxed (value, self->last_successful_failover_time);
      break;

    case PROP_LAST_SUCCESSFUL_TEST_FAILOVER_TIME:
      g_value_set_boxed (value, self->last_successful_test_failover_time);
      break;

    case PROP_CURRENT_SCENARIO_NAME:
      g_value_set_string (value, self->current_scenario_name);
      break;

    case PROP_CURRENT_SCENARIO_JOB_ID:
      g_value_set_string (value, self->current_scenario_job_id);
      break;

    case PROP_CURRENT_SCENARIO_START_TIME:
      g_value_set_boxed (value, self->current_scenario_start_time);
      break;

    case PROP_FAILOVER_RECOVERY_POINT_ID:
      g_value_set_string (value, self->failover_recovery_point_id);
      break;

    case PROP_PROVIDER_TYPE:
      g_value_set_string (value, self->provider_type);
      break;

    case PROP_OS_TYPE:
      g_value_set_string (value, self->os_type);
      break;

    case PROP_OS_NAME:
      g_value_set_string (value, self->os_name);
      break;

    case PROP_OS_VERSION:
      g_value_set_string (value, self->os_version);
      break;

    case PROP_DISCOVERY_TYPE:
      g_value_set_string (value, self->discovery_type);
      break;

    case PROP_IP_ADDRESS:
      g_value_set_string (value, self->ip_address);
      break;

    case PROP_AGENT_VERSION:
      g_value_set_string (value, self->agent_version);
      break;

    case PROP_RPO_IN_SECONDS:
      g_value_set_int64 (value, self->rpo_in_seconds);
      break;

    case PROP_LAST_RPO_CALCULATED_TIME:
      g_value_set_boxed (value, self->last_rpo_calculated_time);
      break;

    case PROP_LAST_HEARTBEAT:
      g_value_set_boxed (value, self->last_heartbeat);
      break;

    case PROP_PROTECTION_STAGE:
      g_value_set_string (value, self->protection_stage);
      break;

    case PROP_RESYNC_PROGRESS_PERCENTAGE:
      g_value_set_int64 (value, self->resync_progress_percentage);
      break;

    case PROP_PROCESS_SERVER_ID:
      g_value_set_string (value, self->process_server_id);
      break;

    case PROP_PROCESS_SERVER_NAME:
      g_value_set_string (value, self->process_server_name);
      break;

    case PROP_MASTER_TARGET_ID:
      g_value_set_string (value, self->master_target_id);
      break;

    case PROP_MULTI_VM_GROUP_ID:
      g_value_set_string (value, self->multi_vm_group_id);
      break;

    case PROP_MULTI_VM_GROUP_NAME:
      g_value_set_string (value, self->multi_vm_group_name);
      break;

    case PROP_DATASTORES:
      g_value_set_boxed (value, self->datastores);
      break;

    case PROP_INFRASTRUCTURE_VM_ID:
      g_value_set_string (value, self->infrastructure_vm_id);
      break;

    case PROP_VCENTER_INFRASTRUCTURE_ID:
      g_value_set_string (value, self->vcenter_infrastructure_id);
      break;

    case PROP_TARGET_VM_ID:
      g_value_set_string (value, self->target_vm_id);
      break;

    case PROP_TARGET_VM_NAME:
      g_value_set_string (value, self->target_vm_name);
      break;

    case PROP_ACTIVE_SITE_TYPE:
      g_value_set_string (value, self->active_site_type);
      break;

    case PROP_SOURCE_VM_RAM_SIZE_IN_MB:
      g_value_set_int64 (value, self->source_vm_ram_size_in_mb);
      break;

    case PROP_SOURCE_VM_CPU_COUNT:
      g_value_set_int64 (value, self->source_vm_cpu_count);
      break;

    case PROP_REPROTECT_AGENT_ID:
      g_value_set_string (value, self->reprotect_agent_id);
      break;

    case PROP_REPROTECT_AGENT_NAME:
      g_value_set_string (value, self->reprotect_agent_name);
      break;

    case PROP_TARGET_DATASTORE_NAME:
      g_value_set_string (value, self->target_datastore_name);
      break;

    case PROP_TARGET_VCENTER_ID:
      g_value_set_string (value, self->target_vcenter_id);
      break;

    case PROP_LOG_STORAGE_ACCOUNT_ID:
      g_value_set_string (value, self->log_storage_account_id);
      break;

    case PROP_LAST_PLANNED_FAILOVER_STATUS:
      g_value_set_string (value, self->last_planned_failover_status);
      break;

    case PROP_IS_AGENT_REGISTRATION_SUCCESSFUL_AFTER_FAILOVER:
      g_value_set_boolean (value, self->is_agent_registration_successful_after_failover);
      break;

    case PROP_SUBSCRIPTION_ID:
      g_value_set_string (value, self->subscription_id);
      break;

    case PROP_RESOURCE_GROUP:
      g_value_set_string (value, self->resource_group);
      break;

    case PROP_VAULT_NAME:
      g_value_set_string (value, self->vault_name);
      break;

    case PROP_FABRIC_NAME:
      g_value_set_string (value, self->fabric_name);
      break;

    case PROP_CONTAINER_NAME:
      g_value_set_string (value, self->container_name);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_NEXT_STEP:
      g_value_set_enum (value, self->next_step);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_protected_item_class_init (FbProtectedItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_protected_item_dispose;
  object_class->finalize = fb_protected_item_finalize;
  object_class->get_property = fb_protected_item_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FRIENDLY_NAME] =
    g_param_spec_string ("friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_ITEM_TYPE] =
    g_param_spec_string ("protected-item-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTABLE_ITEM_ID] =
    g_param_spec_string ("protectable-item-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_SERVICES_PROVIDER_ID] =
    g_param_spec_string ("recovery-services-provider-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("primary-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_FABRIC_PROVIDER] =
    g_param_spec_string ("primary-fabric-provider", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("recovery-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_FABRIC_ID] =
    g_param_spec_string ("recovery-fabric-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_PROTECTION_CONTAINER_FRIENDLY_NAME] =
    g_param_spec_string ("primary-protection-container-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_PROTECTION_CONTAINER_FRIENDLY_NAME] =
    g_param_spec_string ("recovery-protection-container-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_CONTAINER_ID] =
    g_param_spec_string ("recovery-container-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTION_STATE] =
    g_param_spec_string ("protection-state", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTION_STATE_DESCRIPTION] =
    g_param_spec_string ("protection-state-description", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVE_LOCATION] =
    g_param_spec_string ("active-location", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEST_FAILOVER_STATE] =
    g_param_spec_string ("test-failover-state", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEST_FAILOVER_STATE_DESCRIPTION] =
    g_param_spec_string ("test-failover-state-description", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALLOWED_OPERATIONS] =
    g_param_spec_boxed ("allowed-operations", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPLICATION_HEALTH] =
    g_param_spec_string ("replication-health", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAILOVER_HEALTH] =
    g_param_spec_string ("failover-health", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH_ERRORS] =
    g_param_spec_object ("health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POLICY_ID] =
    g_param_spec_string ("policy-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POLICY_FRIENDLY_NAME] =
    g_param_spec_string ("policy-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_SUCCESSFUL_FAILOVER_TIME] =
    g_param_spec_boxed ("last-successful-failover-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_SUCCESSFUL_TEST_FAILOVER_TIME] =
    g_param_spec_boxed ("last-successful-test-failover-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT_SCENARIO_NAME] =
    g_param_spec_string ("current-scenario-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT_SCENARIO_JOB_ID] =
    g_param_spec_string ("current-scenario-job-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT_SCENARIO_START_TIME] =
    g_param_spec_boxed ("current-scenario-start-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAILOVER_RECOVERY_POINT_ID] =
    g_param_spec_string ("failover-recovery-point-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* providerSpecificDetails.instanceType */
  properties[PROP_PROVIDER_TYPE] =
    g_param_spec_string ("provider-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* provider details (VMware providers only) */
  properties[PROP_OS_TYPE] =
    g_param_spec_string ("os-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_NAME] =
    g_param_spec_string ("os-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_VERSION] =
    g_param_spec_string ("os-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DISCOVERY_TYPE] =
    g_param_spec_string ("discovery-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IP_ADDRESS] =
    g_param_spec_string ("ip-address", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_VERSION] =
    g_param_spec_string ("agent-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RPO_IN_SECONDS] =
    g_param_spec_int64 ("rpo-in-seconds", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_RPO_CALCULATED_TIME] =
    g_param_spec_boxed ("last-rpo-calculated-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_HEARTBEAT] =
    g_param_spec_boxed ("last-heartbeat", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTION_STAGE] =
    g_param_spec_string ("protection-stage", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESYNC_PROGRESS_PERCENTAGE] =
    g_param_spec_int64 ("resync-progress-percentage", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROCESS_SERVER_ID] =
    g_param_spec_string ("process-server-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROCESS_SERVER_NAME] =
    g_param_spec_string ("process-server-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MASTER_TARGET_ID] =
    g_param_spec_string ("master-target-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MULTI_VM_GROUP_ID] =
    g_param_spec_string ("multi-vm-group-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MULTI_VM_GROUP_NAME] =
    g_param_spec_string ("multi-vm-group-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATASTORES] =
    g_param_spec_boxed ("datastores", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INFRASTRUCTURE_VM_ID] =
    g_param_spec_string ("infrastructure-vm-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VCENTER_INFRASTRUCTURE_ID] =
    g_param_spec_string ("vcenter-infrastructure-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_VM_ID] =
    g_param_spec_string ("target-vm-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_VM_NAME] =
    g_param_spec_string ("target-vm-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVE_SITE_TYPE] =
    g_param_spec_string ("active-site-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_VM_RAM_SIZE_IN_MB] =
    g_param_spec_int64 ("source-vm-ram-size-in-mb", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_VM_CPU_COUNT] =
    g_param_spec_int64 ("source-vm-cpu-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPROTECT_AGENT_ID] =
    g_param_spec_string ("reprotect-agent-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPROTECT_AGENT_NAME] =
    g_param_spec_string ("reprotect-agent-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_DATASTORE_NAME] =
    g_param_spec_string ("target-datastore-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_VCENTER_ID] =
    g_param_spec_string ("target-vcenter-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOG_STORAGE_ACCOUNT_ID] =
    g_param_spec_string ("log-storage-account-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_PLANNED_FAILOVER_STATUS] =
    g_param_spec_string ("last-planned-failover-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_AGENT_REGISTRATION_SUCCESSFUL_AFTER_FAILOVER] =
    g_param_spec_boolean ("is-agent-registration-successful-after-failover", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* from the id */
  properties[PROP_SUBSCRIPTION_ID] =
    g_param_spec_string ("subscription-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESOURCE_GROUP] =
    g_param_spec_string ("resource-group", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VAULT_NAME] =
    g_param_spec_string ("vault-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FABRIC_NAME] =
    g_param_spec_string ("fabric-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTAINER_NAME] =
    g_param_spec_string ("container-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* derived */
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       FB_TYPE_PHASE, FB_PHASE_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEXT_STEP] =
    g_param_spec_enum ("next-step", NULL, NULL,
                       FB_TYPE_NEXT_STEP, FB_NEXT_STEP_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_protected_item_init (FbProtectedItem *self)
{
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

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

  if (is_busy (self))
    return FB_PHASE_IN_TRANSITION;

  if (state == NULL || provider == NULL)
    return FB_PHASE_UNKNOWN;

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
fb_protected_item_parse (FbProtectedItem  *self,
                         JsonNode         *node,
                         GError          **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, PROPS "friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, PROPS "protectedItemType", &self->protected_item_type, error) ||
      !fb_json_get_string (root, PROPS "protectableItemId", &self->protectable_item_id, error) ||
      !fb_json_get_string (root, PROPS "recoveryServicesProviderId", &self->recovery_services_provider_id, error) ||
      !fb_json_get_string (root, PROPS "primaryFabricFriendlyName", &self->primary_fabric_friendly_name, error) ||
      !fb_json_get_string (root, PROPS "primaryFabricProvider", &self->primary_fabric_provider, error) ||
      !fb_json_get_string (root, PROPS "recoveryFabricFriendlyName", &self->recovery_fabric_friendly_name, error) ||
      !fb_json_get_string (root, PROPS "recoveryFabricId", &self->recovery_fabric_id, error) ||
      !fb_json_get_string (root, PROPS "primaryProtectionContainerFriendlyName", &self->primary_protection_container_friendly_name, error) ||
      !fb_json_get_string (root, PROPS "recoveryProtectionContainerFriendlyName", &self->recovery_protection_container_friendly_name, error) ||
      !fb_json_get_string (root, PROPS "recoveryContainerId", &self->recovery_container_id, error) ||
      !fb_json_get_string (root, PROPS "protectionState", &self->protection_state, error) ||
      !fb_json_get_string (root, PROPS "protectionStateDescription", &self->protection_state_description, error) ||
      !fb_json_get_string (root, PROPS "activeLocation", &self->active_location, error) ||
      !fb_json_get_string (root, PROPS "testFailoverState", &self->test_failover_state, error) ||
      !fb_json_get_string (root, PROPS "testFailoverStateDescription", &self->test_failover_state_description, error) ||
      !fb_json_get_strv (root, PROPS "allowedOperations", &self->allowed_operations, error) ||
      !fb_json_get_string (root, PROPS "replicationHealth", &self->replication_health, error) ||
      !fb_json_get_string (root, PROPS "failoverHealth", &self->failover_health, error) ||
      !fb_json_get_model_list (root, PROPS "healthErrors|"
                                     PROPS "replicationHealthErrors", health_error_new_cb, self->health_errors, error) ||
      !fb_json_get_string (root, PROPS "policyId", &self->policy_id, error) ||
      !fb_json_get_string (root, PROPS "policyFriendlyName", &self->policy_friendly_name, error) ||
      !fb_json_get_date_time (root, PROPS "lastSuccessfulFailoverTime", &self->last_successful_failover_time, error) ||
      !fb_json_get_date_time (root, PROPS "lastSuccessfulTestFailoverTime", &self->last_successful_test_failover_time, error) ||
      !fb_json_get_string (root, PROPS "currentScenario.scenarioName", &self->current_scenario_name, error) ||
      !fb_json_get_string (root, PROPS "currentScenario.jobId", &self->current_scenario_job_id, error) ||
      !fb_json_get_date_time (root, PROPS "currentScenario.startTime", &self->current_scenario_start_time, error) ||
      !fb_json_get_string (root, PROPS "failoverRecoveryPointId", &self->failover_recovery_point_id, error) ||
      !fb_json_get_string (root, PSD "instanceType", &self->provider_type, error))
    return FALSE;

  if (is_vmware_provider (self->provider_type))
    {
      if (!fb_json_get_string (root, PSD "osType|" PSD "osDetails.osType", &self->os_type, error) ||
          !fb_json_get_string (root, PSD "osName|"
                                     PSD "discoveredVmDetails.osName", &self->os_name, error) ||
          !fb_json_get_string (root, PSD "osVersion", &self->os_version, error) ||
          !fb_json_get_string (root, PSD "discoveryType", &self->discovery_type, error) ||
          !fb_json_get_string (root, PSD "ipAddress|"
                                     PSD "primaryNicIpAddress", &self->ip_address, error) ||
          !fb_json_get_string (root, PSD "agentVersion|"
                                     PSD "agentDetails.agentVersion|"
                                     PSD "mobilityAgentDetails.version", &self->agent_version, error) ||
          !fb_json_get_int64 (root, PSD "rpoInSeconds|"
                                    PSD "lastRpoInSeconds", &self->rpo_in_seconds, error) ||
          !fb_json_get_date_time (root, PSD "lastRpoCalculatedTime", &self->last_rpo_calculated_time, error) ||
          !fb_json_get_date_time (root, PSD "lastHeartbeat|"
                                        PSD "mobilityAgentDetails.lastHeartbeatUtc", &self->last_heartbeat, error) ||
          !fb_json_get_string (root, PSD "protectionStage", &self->protection_stage, error) ||
          !fb_json_get_int64 (root, PSD "resyncProgressPercentage|"
                                    PSD "initialReplicationProgressPercentage|"
                                    PSD "resyncDetails.initialReplicationProgressPercentage", &self->resync_progress_percentage, error) ||
          !fb_json_get_string_lenient (root, PSD "processServerId", &self->process_server_id, error) ||
          !fb_json_get_string (root, PSD "processServerName", &self->process_server_name, error) ||
          !fb_json_get_string_lenient (root, PSD "masterTargetId", &self->master_target_id, error) ||
          !fb_json_get_string (root, PSD "multiVmGroupId", &self->multi_vm_group_id, error) ||
          !fb_json_get_string (root, PSD "multiVmGroupName", &self->multi_vm_group_name, error) ||
          !fb_json_get_strv (root, PSD "datastores|"
                                   PSD "discoveredVmDetails.datastores", &self->datastores, error) ||
          !fb_json_get_string_lenient (root, PSD "infrastructureVmId", &self->infrastructure_vm_id, error) ||
          !fb_json_get_string_lenient (root, PSD "vCenterInfrastructureId", &self->vcenter_infrastructure_id, error) ||
          !fb_json_get_string (root, PSD "targetVmId|"
                                     PSD "azureVirtualMachineId", &self->target_vm_id, error) ||
          !fb_json_get_string (root, PSD "targetVmName|"
                                     PSD "recoveryAzureVMName", &self->target_vm_name, error) ||
          !fb_json_get_string (root, PSD "activeSiteType", &self->active_site_type, error) ||
          !fb_json_get_int64 (root, PSD "sourceVmRamSizeInMB|"
                                    PSD "sourceVmRAMSizeInMB|"
                                    PSD "allocatedMemoryInMB", &self->source_vm_ram_size_in_mb, error) ||
          !fb_json_get_int64 (root, PSD "sourceVmCpuCount|"
                                    PSD "sourceVmCPUCount|"
                                    PSD "processorCoreCount", &self->source_vm_cpu_count, error) ||
          !fb_json_get_string_lenient (root, PSD "reprotectAgentId", &self->reprotect_agent_id, error) ||
          !fb_json_get_string (root, PSD "reprotectAgentName", &self->reprotect_agent_name, error) ||
          !fb_json_get_string (root, PSD "targetDataStoreName", &self->target_datastore_name, error) ||
          !fb_json_get_string (root, PSD "targetvCenterId", &self->target_vcenter_id, error) ||
          !fb_json_get_string (root, PSD "logStorageAccountId", &self->log_storage_account_id, error) ||
          !fb_json_get_string (root, PSD "lastPlannedFailoverStatus", &self->last_planned_failover_status, error) ||
          !fb_json_get_boolean (root, PSD "isAgentRegistrationSuccessfulAfterFailover", &self->is_agent_registration_successful_after_failover, error))
        return FALSE;
    }

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);
  self->fabric_name = fb_arm_id_get_fabric_name (self->id);
  self->container_name = fb_arm_id_get_container_name (self->id);

  self->phase = derive_phase (self);
  self->next_step = derive_next_step (self);

  return TRUE;
}

/**
 * fb_protected_item_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbProtectedItem, or %NULL with @error set when a member has
 *   the wrong type
 */
FbProtectedItem *
fb_protected_item_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_autoptr(FbProtectedItem) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_PROTECTED_ITEM, NULL);
  if (!fb_protected_item_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_protected_item_update_from:
 * @self: a #FbProtectedItem
 * @other: a #FbProtectedItem with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_protected_item_update_from (FbProtectedItem *self,
                               FbProtectedItem *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTED_ITEM_TYPE], &self->protected_item_type, other->protected_item_type);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTABLE_ITEM_ID], &self->protectable_item_id, other->protectable_item_id);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_SERVICES_PROVIDER_ID], &self->recovery_services_provider_id, other->recovery_services_provider_id);
  changed |= fb_json_update_string (object, properties[PROP_PRIMARY_FABRIC_FRIENDLY_NAME], &self->primary_fabric_friendly_name, other->primary_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_PRIMARY_FABRIC_PROVIDER], &self->primary_fabric_provider, other->primary_fabric_provider);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_FABRIC_FRIENDLY_NAME], &self->recovery_fabric_friendly_name, other->recovery_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_FABRIC_ID], &self->recovery_fabric_id, other->recovery_fabric_id);
  changed |= fb_json_update_string (object, properties[PROP_PRIMARY_PROTECTION_CONTAINER_FRIENDLY_NAME], &self->primary_protection_container_friendly_name, other->primary_protection_container_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_PROTECTION_CONTAINER_FRIENDLY_NAME], &self->recovery_protection_container_friendly_name, other->recovery_protection_container_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_CONTAINER_ID], &self->recovery_container_id, other->recovery_container_id);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTION_STATE], &self->protection_state, other->protection_state);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTION_STATE_DESCRIPTION], &self->protection_state_description, other->protection_state_description);
  changed |= fb_json_update_string (object, properties[PROP_ACTIVE_LOCATION], &self->active_location, other->active_location);
  changed |= fb_json_update_string (object, properties[PROP_TEST_FAILOVER_STATE], &self->test_failover_state, other->test_failover_state);
  changed |= fb_json_update_string (object, properties[PROP_TEST_FAILOVER_STATE_DESCRIPTION], &self->test_failover_state_description, other->test_failover_state_description);
  changed |= fb_json_update_strv (object, properties[PROP_ALLOWED_OPERATIONS], &self->allowed_operations, other->allowed_operations);
  changed |= fb_json_update_string (object, properties[PROP_REPLICATION_HEALTH], &self->replication_health, other->replication_health);
  changed |= fb_json_update_string (object, properties[PROP_FAILOVER_HEALTH], &self->failover_health, other->failover_health);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_POLICY_ID], &self->policy_id, other->policy_id);
  changed |= fb_json_update_string (object, properties[PROP_POLICY_FRIENDLY_NAME], &self->policy_friendly_name, other->policy_friendly_name);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_SUCCESSFUL_FAILOVER_TIME], &self->last_successful_failover_time, other->last_successful_failover_time);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_SUCCESSFUL_TEST_FAILOVER_TIME], &self->last_successful_test_failover_time, other->last_successful_test_failover_time);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_NAME], &self->current_scenario_name, other->current_scenario_name);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_JOB_ID], &self->current_scenario_job_id, other->current_scenario_job_id);
  changed |= fb_json_update_date_time (object, properties[PROP_CURRENT_SCENARIO_START_TIME], &self->current_scenario_start_time, other->current_scenario_start_time);
  changed |= fb_json_update_string (object, properties[PROP_FAILOVER_RECOVERY_POINT_ID], &self->failover_recovery_point_id, other->failover_recovery_point_id);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_TYPE], &self->provider_type, other->provider_type);
  changed |= fb_json_update_string (object, properties[PROP_OS_TYPE], &self->os_type, other->os_type);
  changed |= fb_json_update_string (object, properties[PROP_OS_NAME], &self->os_name, other->os_name);
  changed |= fb_json_update_string (object, properties[PROP_OS_VERSION], &self->os_version, other->os_version);
  changed |= fb_json_update_string (object, properties[PROP_DISCOVERY_TYPE], &self->discovery_type, other->discovery_type);
  changed |= fb_json_update_string (object, properties[PROP_IP_ADDRESS], &self->ip_address, other->ip_address);
  changed |= fb_json_update_string (object, properties[PROP_AGENT_VERSION], &self->agent_version, other->agent_version);
  changed |= fb_json_update_int64 (object, properties[PROP_RPO_IN_SECONDS], &self->rpo_in_seconds, other->rpo_in_seconds);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_RPO_CALCULATED_TIME], &self->last_rpo_calculated_time, other->last_rpo_calculated_time);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_HEARTBEAT], &self->last_heartbeat, other->last_heartbeat);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTION_STAGE], &self->protection_stage, other->protection_stage);
  changed |= fb_json_update_int64 (object, properties[PROP_RESYNC_PROGRESS_PERCENTAGE], &self->resync_progress_percentage, other->resync_progress_percentage);
  changed |= fb_json_update_string (object, properties[PROP_PROCESS_SERVER_ID], &self->process_server_id, other->process_server_id);
  changed |= fb_json_update_string (object, properties[PROP_PROCESS_SERVER_NAME], &self->process_server_name, other->process_server_name);
  changed |= fb_json_update_string (object, properties[PROP_MASTER_TARGET_ID], &self->master_target_id, other->master_target_id);
  changed |= fb_json_update_string (object, properties[PROP_MULTI_VM_GROUP_ID], &self->multi_vm_group_id, other->multi_vm_group_id);
  changed |= fb_json_update_string (object, properties[PROP_MULTI_VM_GROUP_NAME], &self->multi_vm_group_name, other->multi_vm_group_name);
  changed |= fb_json_update_strv (object, properties[PROP_DATASTORES], &self->datastores, other->datastores);
  changed |= fb_json_update_string (object, properties[PROP_INFRASTRUCTURE_VM_ID], &self->infrastructure_vm_id, other->infrastructure_vm_id);
  changed |= fb_json_update_string (object, properties[PROP_VCENTER_INFRASTRUCTURE_ID], &self->vcenter_infrastructure_id, other->vcenter_infrastructure_id);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_VM_ID], &self->target_vm_id, other->target_vm_id);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_VM_NAME], &self->target_vm_name, other->target_vm_name);
  changed |= fb_json_update_string (object, properties[PROP_ACTIVE_SITE_TYPE], &self->active_site_type, other->active_site_type);
  changed |= fb_json_update_int64 (object, properties[PROP_SOURCE_VM_RAM_SIZE_IN_MB], &self->source_vm_ram_size_in_mb, other->source_vm_ram_size_in_mb);
  changed |= fb_json_update_int64 (object, properties[PROP_SOURCE_VM_CPU_COUNT], &self->source_vm_cpu_count, other->source_vm_cpu_count);
  changed |= fb_json_update_string (object, properties[PROP_REPROTECT_AGENT_ID], &self->reprotect_agent_id, other->reprotect_agent_id);
  changed |= fb_json_update_string (object, properties[PROP_REPROTECT_AGENT_NAME], &self->reprotect_agent_name, other->reprotect_agent_name);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_DATASTORE_NAME], &self->target_datastore_name, other->target_datastore_name);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_VCENTER_ID], &self->target_vcenter_id, other->target_vcenter_id);
  changed |= fb_json_update_string (object, properties[PROP_LOG_STORAGE_ACCOUNT_ID], &self->log_storage_account_id, other->log_storage_account_id);
  changed |= fb_json_update_string (object, properties[PROP_LAST_PLANNED_FAILOVER_STATUS], &self->last_planned_failover_status, other->last_planned_failover_status);
  changed |= fb_json_update_boolean (object, properties[PROP_IS_AGENT_REGISTRATION_SUCCESSFUL_AFTER_FAILOVER], &self->is_agent_registration_successful_after_failover, other->is_agent_registration_successful_after_failover);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_NAME], &self->fabric_name, other->fabric_name);
  changed |= fb_json_update_string (object, properties[PROP_CONTAINER_NAME], &self->container_name, other->container_name);
  if (self->phase != other->phase)
    {
      self->phase = other->phase;
      g_object_notify_by_pspec (object, properties[PROP_PHASE]);
      changed = TRUE;
    }
  if (self->next_step != other->next_step)
    {
      self->next_step = other->next_step;
      g_object_notify_by_pspec (object, properties[PROP_NEXT_STEP]);
      changed = TRUE;
    }

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_protected_item_update_from_json:
 * @self: a #FbProtectedItem
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_protected_item_update_from_json (FbProtectedItem  *self,
                                    JsonNode         *node,
                                    GError          **error)
{
  g_autoptr(FbProtectedItem) fresh = NULL;

  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_protected_item_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_protected_item_update_from (self, fresh);
  return TRUE;
}

const char *
fb_protected_item_get_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->id;
}

const char *
fb_protected_item_get_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->name;
}

const char *
fb_protected_item_get_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->friendly_name;
}

const char *
fb_protected_item_get_protected_item_type (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->protected_item_type;
}

const char *
fb_protected_item_get_protectable_item_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->protectable_item_id;
}

const char *
fb_protected_item_get_recovery_services_provider_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->recovery_services_provider_id;
}

const char *
fb_protected_item_get_primary_fabric_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->primary_fabric_friendly_name;
}

const char *
fb_protected_item_get_primary_fabric_provider (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->primary_fabric_provider;
}

const char *
fb_protected_item_get_recovery_fabric_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->recovery_fabric_friendly_name;
}

const char *
fb_protected_item_get_recovery_fabric_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->recovery_fabric_id;
}

const char *
fb_protected_item_get_primary_protection_container_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->primary_protection_container_friendly_name;
}

const char *
fb_protected_item_get_recovery_protection_container_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->recovery_protection_container_friendly_name;
}

const char *
fb_protected_item_get_recovery_container_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->recovery_container_id;
}

const char *
fb_protected_item_get_protection_state (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->protection_state;
}

const char *
fb_protected_item_get_protection_state_description (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->protection_state_description;
}

const char *
fb_protected_item_get_active_location (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->active_location;
}

const char *
fb_protected_item_get_test_failover_state (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->test_failover_state;
}

const char *
fb_protected_item_get_test_failover_state_description (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->test_failover_state_description;
}

const char * const *
fb_protected_item_get_allowed_operations (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return (const char * const *) self->allowed_operations;
}

const char *
fb_protected_item_get_replication_health (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->replication_health;
}

const char *
fb_protected_item_get_failover_health (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->failover_health;
}

/**
 * fb_protected_item_get_health_errors:
 * @self: a #FbProtectedItem
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_protected_item_get_health_errors (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}

const char *
fb_protected_item_get_policy_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->policy_id;
}

const char *
fb_protected_item_get_policy_friendly_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->policy_friendly_name;
}

GDateTime *
fb_protected_item_get_last_successful_failover_time (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->last_successful_failover_time;
}

GDateTime *
fb_protected_item_get_last_successful_test_failover_time (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->last_successful_test_failover_time;
}

const char *
fb_protected_item_get_current_scenario_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->current_scenario_name;
}

const char *
fb_protected_item_get_current_scenario_job_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->current_scenario_job_id;
}

GDateTime *
fb_protected_item_get_current_scenario_start_time (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->current_scenario_start_time;
}

const char *
fb_protected_item_get_failover_recovery_point_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->failover_recovery_point_id;
}

const char *
fb_protected_item_get_provider_type (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->provider_type;
}

const char *
fb_protected_item_get_os_type (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->os_type;
}

const char *
fb_protected_item_get_os_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->os_name;
}

const char *
fb_protected_item_get_os_version (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->os_version;
}

const char *
fb_protected_item_get_discovery_type (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->discovery_type;
}

const char *
fb_protected_item_get_ip_address (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->ip_address;
}

const char *
fb_protected_item_get_agent_version (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->agent_version;
}

gint64
fb_protected_item_get_rpo_in_seconds (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), 0);

  return self->rpo_in_seconds;
}

GDateTime *
fb_protected_item_get_last_rpo_calculated_time (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->last_rpo_calculated_time;
}

GDateTime *
fb_protected_item_get_last_heartbeat (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->last_heartbeat;
}

const char *
fb_protected_item_get_protection_stage (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->protection_stage;
}

gint64
fb_protected_item_get_resync_progress_percentage (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), 0);

  return self->resync_progress_percentage;
}

const char *
fb_protected_item_get_process_server_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->process_server_id;
}

const char *
fb_protected_item_get_process_server_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->process_server_name;
}

const char *
fb_protected_item_get_master_target_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->master_target_id;
}

const char *
fb_protected_item_get_multi_vm_group_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->multi_vm_group_id;
}

const char *
fb_protected_item_get_multi_vm_group_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->multi_vm_group_name;
}

const char * const *
fb_protected_item_get_datastores (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return (const char * const *) self->datastores;
}

const char *
fb_protected_item_get_infrastructure_vm_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->infrastructure_vm_id;
}

const char *
fb_protected_item_get_vcenter_infrastructure_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->vcenter_infrastructure_id;
}

const char *
fb_protected_item_get_target_vm_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->target_vm_id;
}

const char *
fb_protected_item_get_target_vm_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->target_vm_name;
}

const char *
fb_protected_item_get_active_site_type (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->active_site_type;
}

gint64
fb_protected_item_get_source_vm_ram_size_in_mb (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), 0);

  return self->source_vm_ram_size_in_mb;
}

gint64
fb_protected_item_get_source_vm_cpu_count (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), 0);

  return self->source_vm_cpu_count;
}

const char *
fb_protected_item_get_reprotect_agent_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->reprotect_agent_id;
}

const char *
fb_protected_item_get_reprotect_agent_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->reprotect_agent_name;
}

const char *
fb_protected_item_get_target_datastore_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->target_datastore_name;
}

const char *
fb_protected_item_get_target_vcenter_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->target_vcenter_id;
}

const char *
fb_protected_item_get_log_storage_account_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->log_storage_account_id;
}

const char *
fb_protected_item_get_last_planned_failover_status (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->last_planned_failover_status;
}

gboolean
fb_protected_item_get_is_agent_registration_successful_after_failover (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FALSE);

  return self->is_agent_registration_successful_after_failover;
}

const char *
fb_protected_item_get_subscription_id (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->subscription_id;
}

const char *
fb_protected_item_get_resource_group (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->resource_group;
}

const char *
fb_protected_item_get_vault_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->vault_name;
}

const char *
fb_protected_item_get_fabric_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->fabric_name;
}

const char *
fb_protected_item_get_container_name (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), NULL);

  return self->container_name;
}

FbPhase
fb_protected_item_get_phase (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FB_PHASE_UNKNOWN);

  return self->phase;
}

FbNextStep
fb_protected_item_get_next_step (FbProtectedItem *self)
{
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (self), FB_NEXT_STEP_NONE);

  return self->next_step;
}
