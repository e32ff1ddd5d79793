/* fb-recovery-plan.c - a recovery plan (replicationRecoveryPlans) with its groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-plan.h"
#include "fb-json.h"

struct _FbRecoveryPlan
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *friendly_name;
  char        *primary_fabric_id;
  char        *primary_fabric_friendly_name;
  char        *recovery_fabric_id;
  char        *recovery_fabric_friendly_name;
  char        *failover_deployment_model;
  char       **replication_providers;
  char       **allowed_operations;
  GDateTime   *last_planned_failover_time;
  GDateTime   *last_unplanned_failover_time;
  GDateTime   *last_test_failover_time;
  char        *current_scenario_name;
  char        *current_scenario_job_id;
  GDateTime   *current_scenario_start_time;
  char        *current_scenario_status;
  char        *current_scenario_status_description;
  GListStore  *groups;
  char        *subscription_id;
  char        *resource_group;
  char        *vault_name;
};

G_DEFINE_FINAL_TYPE (FbRecoveryPlan, fb_recovery_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_PRIMARY_FABRIC_ID,
  PROP_PRIMARY_FABRIC_FRIENDLY_NAME,
  PROP_RECOVERY_FABRIC_ID,
  PROP_RECOVERY_FABRIC_FRIENDLY_NAME,
  PROP_FAILOVER_DEPLOYMENT_MODEL,
  PROP_REPLICATION_PROVIDERS,
  PROP_ALLOWED_OPERATIONS,
  PROP_LAST_PLANNED_FAILOVER_TIME,
  PROP_LAST_UNPLANNED_FAILOVER_TIME,
  PROP_LAST_TEST_FAILOVER_TIME,
  PROP_CURRENT_SCENARIO_NAME,
  PROP_CURRENT_SCENARIO_JOB_ID,
  PROP_CURRENT_SCENARIO_START_TIME,
  PROP_CURRENT_SCENARIO_STATUS,
  PROP_CURRENT_SCENARIO_STATUS_DESCRIPTION,
  PROP_GROUPS,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
recovery_plan_group_new_cb (JsonNode  *node,
                            GError   **error)
{
  return fb_recovery_plan_group_new_from_json (node, error);
}

static gboolean
recovery_plan_group_update_cb (gpointer item,
                               gpointer other)
{
  return fb_recovery_plan_group_update_from (item, other);
}

static void
fb_recovery_plan_dispose (GObject *object)
{
  FbRecoveryPlan *self = (FbRecoveryPlan *) object;

  g_clear_object (&self->groups);

  G_OBJECT_CLASS (fb_recovery_plan_parent_class)->dispose (object);
}

static void
fb_recovery_plan_finalize (GObject *object)
{
  FbRecoveryPlan *self = (FbRecoveryPlan *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->primary_fabric_id, g_free);
  g_clear_pointer (&self->primary_fabric_friendly_name, g_free);
  g_clear_pointer (&self->recovery_fabric_id, g_free);
  g_clear_pointer (&self->recovery_fabric_friendly_name, g_free);
  g_clear_pointer (&self->failover_deployment_model, g_free);
  g_clear_pointer (&self->replication_providers, g_strfreev);
  g_clear_pointer (&self->allowed_operations, g_strfreev);
  g_clear_pointer (&self->last_planned_failover_time, g_date_time_unref);
  g_clear_pointer (&self->last_unplanned_failover_time, g_date_time_unref);
  g_clear_pointer (&self->last_test_failover_time, g_date_time_unref);
  g_clear_pointer (&self->current_scenario_name, g_free);
  g_clear_pointer (&self->current_scenario_job_id, g_free);
  g_clear_pointer (&self->current_scenario_start_time, g_date_time_unref);
  g_clear_pointer (&self->current_scenario_status, g_free);
  g_clear_pointer (&self->current_scenario_status_description, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_recovery_plan_parent_class)->finalize (object);
}

static void
fb_recovery_plan_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FbRecoveryPlan *self = (FbRecoveryPlan *) object;

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

    case PROP_PRIMARY_FABRIC_ID:
      g_value_set_string (value, self->primary_fabric_id);
      break;

    case PROP_PRIMARY_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->primary_fabric_friendly_name);
      break;

    case PROP_RECOVERY_FABRIC_ID:
      g_value_set_string (value, self->recovery_fabric_id);
      break;

    case PROP_RECOVERY_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->recovery_fabric_friendly_name);
      break;

    case PROP_FAILOVER_DEPLOYMENT_MODEL:
      g_value_set_string (value, self->failover_deployment_model);
      break;

    case PROP_REPLICATION_PROVIDERS:
      g_value_set_boxed (value, self->replication_providers);
      break;

    case PROP_ALLOWED_OPERATIONS:
      g_value_set_boxed (value, self->allowed_operations);
      break;

    case PROP_LAST_PLANNED_FAILOVER_TIME:
      g_value_set_boxed (value, self->last_planned_failover_time);
      break;

    case PROP_LAST_UNPLANNED_FAILOVER_TIME:
      g_value_set_boxed (value, self->last_unplanned_failover_time);
      break;

    case PROP_LAST_TEST_FAILOVER_TIME:
      g_value_set_boxed (value, self->last_test_failover_time);
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

    case PROP_CURRENT_SCENARIO_STATUS:
      g_value_set_string (value, self->current_scenario_status);
      break;

    case PROP_CURRENT_SCENARIO_STATUS_DESCRIPTION:
      g_value_set_string (value, self->current_scenario_status_description);
      break;

    case PROP_GROUPS:
      g_value_set_object (value, self->groups);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_recovery_plan_class_init (FbRecoveryPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_recovery_plan_dispose;
  object_class->finalize = fb_recovery_plan_finalize;
  object_class->get_property = fb_recovery_plan_get_property;

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

  properties[PROP_PRIMARY_FABRIC_ID] =
    g_param_spec_string ("primary-fabric-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRIMARY_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("primary-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_FABRIC_ID] =
    g_param_spec_string ("recovery-fabric-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("recovery-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAILOVER_DEPLOYMENT_MODEL] =
    g_param_spec_string ("failover-deployment-model", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPLICATION_PROVIDERS] =
    g_param_spec_boxed ("replication-providers", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALLOWED_OPERATIONS] =
    g_param_spec_boxed ("allowed-operations", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_PLANNED_FAILOVER_TIME] =
    g_param_spec_boxed ("last-planned-failover-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_UNPLANNED_FAILOVER_TIME] =
    g_param_spec_boxed ("last-unplanned-failover-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_TEST_FAILOVER_TIME] =
    g_param_spec_boxed ("last-test-failover-time", NULL, NULL,
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

  properties[PROP_CURRENT_SCENARIO_STATUS] =
    g_param_spec_string ("current-scenario-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT_SCENARIO_STATUS_DESCRIPTION] =
    g_param_spec_string ("current-scenario-status-description", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GROUPS] =
    g_param_spec_object ("groups", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_recovery_plan_init (FbRecoveryPlan *self)
{
  self->groups = g_list_store_new (FB_TYPE_RECOVERY_PLAN_GROUP);
}

/**
 * fb_recovery_plan_is_allowed:
 * @self: a #FbRecoveryPlan
 * @operation: an operation name ("UnplannedFailover", "Commit", ...)
 *
 * Returns: whether allowedOperations contains @operation
 */
gboolean
fb_recovery_plan_is_allowed (FbRecoveryPlan *self,
                             const char     *operation)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), FALSE);
  g_return_val_if_fail (operation != NULL, FALSE);

  return self->allowed_operations != NULL &&
         g_strv_contains ((const char * const *) self->allowed_operations, operation);
}

/**
 * fb_recovery_plan_is_busy:
 * @self: a #FbRecoveryPlan
 *
 * A plan keeps its last job in currentScenario after the job ended (the
 * service's examples show "CommitFailover" with currentScenarioStatus
 * "Succeeded"), so the scenario name alone says nothing: the status decides.
 * Without a status, a named scenario counts as running.
 *
 * Returns: whether a job runs on the plan, or waits on it (Suspended)
 */
gboolean
fb_recovery_plan_is_busy (FbRecoveryPlan *self)
{
  static const char * const finished[] = {
    "Succeeded", "Failed", "Cancelled", "Canceled", "Completed", "Skipped", NULL
  };

  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), FALSE);

  if (self->current_scenario_name == NULL ||
      g_ascii_strcasecmp (self->current_scenario_name, "None") == 0)
    return FALSE;

  if (self->current_scenario_status == NULL || *self->current_scenario_status == '\0')
    return TRUE;

  for (guint i = 0; finished[i] != NULL; i++)
    if (g_ascii_strcasecmp (self->current_scenario_status, finished[i]) == 0)
      return FALSE;

  return TRUE;
}

static gboolean
fb_recovery_plan_parse (FbRecoveryPlan  *self,
                        JsonNode        *node,
                        GError         **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "properties.friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, "properties.primaryFabricId", &self->primary_fabric_id, error) ||
      !fb_json_get_string (root, "properties.primaryFabricFriendlyName", &self->primary_fabric_friendly_name, error) ||
      !fb_json_get_string (root, "properties.recoveryFabricId", &self->recovery_fabric_id, error) ||
      !fb_json_get_string (root, "properties.recoveryFabricFriendlyName", &self->recovery_fabric_friendly_name, error) ||
      !fb_json_get_string (root, "properties.failoverDeploymentModel", &self->failover_deployment_model, error) ||
      !fb_json_get_strv (root, "properties.replicationProviders", &self->replication_providers, error) ||
      !fb_json_get_strv (root, "properties.allowedOperations", &self->allowed_operations, error) ||
      !fb_json_get_date_time (root, "properties.lastPlannedFailoverTime", &self->last_planned_failover_time, error) ||
      !fb_json_get_date_time (root, "properties.lastUnplannedFailoverTime", &self->last_unplanned_failover_time, error) ||
      !fb_json_get_date_time (root, "properties.lastTestFailoverTime", &self->last_test_failover_time, error) ||
      !fb_json_get_string (root, "properties.currentScenario.scenarioName", &self->current_scenario_name, error) ||
      !fb_json_get_string (root, "properties.currentScenario.jobId", &self->current_scenario_job_id, error) ||
      !fb_json_get_date_time (root, "properties.currentScenario.startTime", &self->current_scenario_start_time, error) ||
      !fb_json_get_string (root, "properties.currentScenarioStatus", &self->current_scenario_status, error) ||
      !fb_json_get_string (root, "properties.currentScenarioStatusDescription", &self->current_scenario_status_description, error) ||
      !fb_json_get_model_list (root, "properties.groups", recovery_plan_group_new_cb, self->groups, error))
    return FALSE;

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_recovery_plan_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbRecoveryPlan, or %NULL with @error set when a member has
 *   the wrong type
 */
FbRecoveryPlan *
fb_recovery_plan_new_from_json (JsonNode  *node,
                                GError   **error)
{
  g_autoptr(FbRecoveryPlan) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_RECOVERY_PLAN, NULL);
  if (!fb_recovery_plan_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_recovery_plan_update_from:
 * @self: a #FbRecoveryPlan
 * @other: a #FbRecoveryPlan with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_recovery_plan_update_from (FbRecoveryPlan *self,
                              FbRecoveryPlan *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), FALSE);
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_PRIMARY_FABRIC_ID], &self->primary_fabric_id, other->primary_fabric_id);
  changed |= fb_json_update_string (object, properties[PROP_PRIMARY_FABRIC_FRIENDLY_NAME], &self->primary_fabric_friendly_name, other->primary_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_FABRIC_ID], &self->recovery_fabric_id, other->recovery_fabric_id);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_FABRIC_FRIENDLY_NAME], &self->recovery_fabric_friendly_name, other->recovery_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_FAILOVER_DEPLOYMENT_MODEL], &self->failover_deployment_model, other->failover_deployment_model);
  changed |= fb_json_update_strv (object, properties[PROP_REPLICATION_PROVIDERS], &self->replication_providers, other->replication_providers);
  changed |= fb_json_update_strv (object, properties[PROP_ALLOWED_OPERATIONS], &self->allowed_operations, other->allowed_operations);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_PLANNED_FAILOVER_TIME], &self->last_planned_failover_time, other->last_planned_failover_time);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_UNPLANNED_FAILOVER_TIME], &self->last_unplanned_failover_time, other->last_unplanned_failover_time);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_TEST_FAILOVER_TIME], &self->last_test_failover_time, other->last_test_failover_time);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_NAME], &self->current_scenario_name, other->current_scenario_name);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_JOB_ID], &self->current_scenario_job_id, other->current_scenario_job_id);
  changed |= fb_json_update_date_time (object, properties[PROP_CURRENT_SCENARIO_START_TIME], &self->current_scenario_start_time, other->current_scenario_start_time);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_STATUS], &self->current_scenario_status, other->current_scenario_status);
  changed |= fb_json_update_string (object, properties[PROP_CURRENT_SCENARIO_STATUS_DESCRIPTION], &self->current_scenario_status_description, other->current_scenario_status_description);
  changed |= fb_json_merge_store (self->groups, G_LIST_MODEL (other->groups),
                                  NULL, recovery_plan_group_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_recovery_plan_update_from_json:
 * @self: a #FbRecoveryPlan
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_recovery_plan_update_from_json (FbRecoveryPlan  *self,
                                   JsonNode        *node,
                                   GError         **error)
{
  g_autoptr(FbRecoveryPlan) fresh = NULL;

  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_recovery_plan_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_recovery_plan_update_from (self, fresh);
  return TRUE;
}

const char *
fb_recovery_plan_get_id (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->id;
}

const char *
fb_recovery_plan_get_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->name;
}

const char *
fb_recovery_plan_get_friendly_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->friendly_name;
}

const char *
fb_recovery_plan_get_primary_fabric_id (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->primary_fabric_id;
}

const char *
fb_recovery_plan_get_primary_fabric_friendly_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->primary_fabric_friendly_name;
}

const char *
fb_recovery_plan_get_recovery_fabric_id (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->recovery_fabric_id;
}

const char *
fb_recovery_plan_get_recovery_fabric_friendly_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->recovery_fabric_friendly_name;
}

const char *
fb_recovery_plan_get_failover_deployment_model (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->failover_deployment_model;
}

const char * const *
fb_recovery_plan_get_replication_providers (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return (const char * const *) self->replication_providers;
}

const char * const *
fb_recovery_plan_get_allowed_operations (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return (const char * const *) self->allowed_operations;
}

GDateTime *
fb_recovery_plan_get_last_planned_failover_time (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->last_planned_failover_time;
}

GDateTime *
fb_recovery_plan_get_last_unplanned_failover_time (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->last_unplanned_failover_time;
}

GDateTime *
fb_recovery_plan_get_last_test_failover_time (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->last_test_failover_time;
}

const char *
fb_recovery_plan_get_current_scenario_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->current_scenario_name;
}

const char *
fb_recovery_plan_get_current_scenario_job_id (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->current_scenario_job_id;
}

GDateTime *
fb_recovery_plan_get_current_scenario_start_time (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->current_scenario_start_time;
}

const char *
fb_recovery_plan_get_current_scenario_status (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->current_scenario_status;
}

const char *
fb_recovery_plan_get_current_scenario_status_description (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->current_scenario_status_description;
}

/**
 * fb_recovery_plan_get_groups:
 * @self: a #FbRecoveryPlan
 *
 * Returns: (transfer none): the groups, a #GListModel of #FbRecoveryPlanGroup that
 *   updates in place
 */
GListModel *
fb_recovery_plan_get_groups (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return G_LIST_MODEL (self->groups);
}

const char *
fb_recovery_plan_get_subscription_id (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->subscription_id;
}

const char *
fb_recovery_plan_get_resource_group (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->resource_group;
}

const char *
fb_recovery_plan_get_vault_name (FbRecoveryPlan *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (self), NULL);

  return self->vault_name;
}
