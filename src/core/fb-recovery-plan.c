/* fb-recovery-plan.c - a recovery plan (replicationRecoveryPlans) with its groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-plan.h"
#include "fb-json.h"
#include "fb-model-fields.h"

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
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbRecoveryPlan, fb_recovery_plan, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbRecoveryPlan, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbRecoveryPlan, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, "properties.friendlyName"),
  FIELD (primary_fabric_id, STRING, "properties.primaryFabricId"),
  FIELD (primary_fabric_friendly_name, STRING, "properties.primaryFabricFriendlyName"),
  FIELD (recovery_fabric_id, STRING, "properties.recoveryFabricId"),
  FIELD (recovery_fabric_friendly_name, STRING, "properties.recoveryFabricFriendlyName"),
  FIELD (failover_deployment_model, STRING, "properties.failoverDeploymentModel"),
  FIELD (replication_providers, STRV, "properties.replicationProviders"),
  FIELD (allowed_operations, STRV, "properties.allowedOperations"),
  FIELD (last_planned_failover_time, DATE_TIME, "properties.lastPlannedFailoverTime"),
  FIELD (last_unplanned_failover_time, DATE_TIME, "properties.lastUnplannedFailoverTime"),
  FIELD (last_test_failover_time, DATE_TIME, "properties.lastTestFailoverTime"),
  FIELD (current_scenario_name, STRING, "properties.currentScenario.scenarioName"),
  FIELD (current_scenario_job_id, STRING, "properties.currentScenario.jobId"),
  FIELD (current_scenario_start_time, DATE_TIME, "properties.currentScenario.startTime"),
  FIELD (current_scenario_status, STRING, "properties.currentScenarioStatus"),
  FIELD (current_scenario_status_description, STRING, "properties.currentScenarioStatusDescription"),
  LIST (groups, "properties.groups", fb_recovery_plan_group_child),
  FB_VAULT_SCOPE_FIELDS (FbRecoveryPlan, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_recovery_plan_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbRecoveryPlan, fb_recovery_plan, FB_IS_RECOVERY_PLAN, model)

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

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbRecoveryPlan, FB_IS_RECOVERY_PLAN, RetType, function, field)

GETTER (const char *, fb_recovery_plan_get_id, id)
GETTER (const char *, fb_recovery_plan_get_name, name)
GETTER (const char *, fb_recovery_plan_get_friendly_name, friendly_name)
GETTER (const char *, fb_recovery_plan_get_primary_fabric_id, primary_fabric_id)
GETTER (const char *, fb_recovery_plan_get_primary_fabric_friendly_name, primary_fabric_friendly_name)
GETTER (const char *, fb_recovery_plan_get_recovery_fabric_id, recovery_fabric_id)
GETTER (const char *, fb_recovery_plan_get_recovery_fabric_friendly_name, recovery_fabric_friendly_name)
GETTER (const char *, fb_recovery_plan_get_failover_deployment_model, failover_deployment_model)
GETTER (const char * const *, fb_recovery_plan_get_replication_providers, replication_providers)
GETTER (const char * const *, fb_recovery_plan_get_allowed_operations, allowed_operations)
GETTER (GDateTime *, fb_recovery_plan_get_last_planned_failover_time, last_planned_failover_time)
GETTER (GDateTime *, fb_recovery_plan_get_last_unplanned_failover_time, last_unplanned_failover_time)
GETTER (GDateTime *, fb_recovery_plan_get_last_test_failover_time, last_test_failover_time)
GETTER (const char *, fb_recovery_plan_get_current_scenario_name, current_scenario_name)
GETTER (const char *, fb_recovery_plan_get_current_scenario_job_id, current_scenario_job_id)
GETTER (GDateTime *, fb_recovery_plan_get_current_scenario_start_time, current_scenario_start_time)
GETTER (const char *, fb_recovery_plan_get_current_scenario_status, current_scenario_status)
GETTER (const char *, fb_recovery_plan_get_current_scenario_status_description, current_scenario_status_description)
GETTER (GListModel *, fb_recovery_plan_get_groups, groups)
FB_VAULT_SCOPE_GETTERS (FbRecoveryPlan, FB_IS_RECOVERY_PLAN, fb_recovery_plan, scope)
