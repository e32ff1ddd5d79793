/* fb-job.c - a Site Recovery job (replicationJobs) with its tasks and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job.h"
#include "fb-json.h"
#include "fb-model-fields.h"

/* prefixes of member paths */
#define PROPS "properties."

struct _FbJob
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *activity_id;
  char        *scenario_name;
  char        *friendly_name;
  char        *state;
  char        *state_description;
  GDateTime   *start_time;
  GDateTime   *end_time;
  char       **allowed_actions;
  char        *target_object_id;
  char        *target_object_name;
  char        *target_instance_type;
  char        *custom_details_type;
  char        *new_replication_protected_item_id;
  GHashTable  *affected_object_details;
  GListStore  *tasks;
  GListStore  *errors;
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbJob, fb_job, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbJob, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbJob, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (activity_id, STRING, PROPS "activityId"),
  FIELD (scenario_name, STRING, PROPS "scenarioName"),
  FIELD (friendly_name, STRING, PROPS "friendlyName"),
  FIELD (state, STRING, PROPS "state"),
  FIELD (state_description, STRING, PROPS "stateDescription"),
  FIELD (start_time, DATE_TIME, PROPS "startTime"),
  FIELD (end_time, DATE_TIME, PROPS "endTime"),
  FIELD (allowed_actions, STRV, PROPS "allowedActions"),
  FIELD (target_object_id, STRING_LENIENT, PROPS "targetObjectId"),
  FIELD (target_object_name, STRING, PROPS "targetObjectName"),
  FIELD (target_instance_type, STRING, PROPS "targetInstanceType"),
  FIELD (custom_details_type, STRING, PROPS "customDetails.instanceType"),
  FIELD (new_replication_protected_item_id, STRING, PROPS "customDetails.newReplicationProtectedItemId"),
  FIELD (affected_object_details, STRING_MAP, PROPS "customDetails.affectedObjectDetails"),
  LIST (tasks, PROPS "tasks", fb_job_task_child),
  LIST (errors, PROPS "errors", fb_job_error_child),
  FB_VAULT_SCOPE_FIELDS (FbJob, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_job_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbJob, fb_job, FB_IS_JOB, model)

/**
 * fb_job_is_state_running:
 * @state: (nullable): a job state
 *
 * Returns: whether @state is one of NotStarted, InProgress, Cancelling
 */
gboolean
fb_job_is_state_running (const char *state)
{
  static const char * const running[] = { "NotStarted", "InProgress", "Cancelling", NULL };

  if (state == NULL)
    return FALSE;
  for (guint i = 0; running[i] != NULL; i++)
    if (g_ascii_strcasecmp (state, running[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fb_job_is_running:
 * @self: a #FbJob
 *
 * Returns: whether the job still runs (NotStarted, InProgress, Cancelling); a
 *   Suspended job waits for the user (see allowed-actions)
 */
gboolean
fb_job_is_running (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), FALSE);

  return fb_job_is_state_running (self->state);
}

/**
 * fb_job_is_allowed:
 * @self: a #FbJob
 * @action: "Cancel", "Resume", "Restart"
 *
 * Returns: whether allowedActions contains @action
 */
gboolean
fb_job_is_allowed (FbJob      *self,
                   const char *action)
{
  g_return_val_if_fail (FB_IS_JOB (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  return self->allowed_actions != NULL &&
         g_strv_contains ((const char * const *) self->allowed_actions, action);
}

/**
 * fb_job_get_progress:
 * @self: a #FbJob
 * @done: (out) (optional): finished tasks (succeeded, failed, cancelled, skipped)
 * @total: (out) (optional): all tasks
 *
 * The progress of the job counted in its top-level tasks.
 */
void
fb_job_get_progress (FbJob *self,
                     guint *done,
                     guint *total)
{
  guint n_tasks, n_done = 0;

  g_return_if_fail (FB_IS_JOB (self));

  n_tasks = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  for (guint i = 0; i < n_tasks; i++)
    {
      g_autoptr(FbJobTask) task = g_list_model_get_item (G_LIST_MODEL (self->tasks), i);

      if (fb_job_task_is_finished (task))
        n_done++;
    }

  if (done != NULL)
    *done = n_done;
  if (total != NULL)
    *total = n_tasks;
}

static FbJobError *
find_error_in (GListModel *errors,
               gint64      code)
{
  guint n_items = g_list_model_get_n_items (errors);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FbJobError) error = g_list_model_get_item (errors, i);

      if (fb_job_error_get_provider_error_code (error) == code)
        return error;
    }

  return NULL;
}

/**
 * fb_job_find_provider_error:
 * @self: a #FbJob
 * @provider_error_code: a provider error code such as 8038
 *
 * Looks in the job's errors and in the errors of its tasks and child tasks.
 *
 * Returns: (transfer none) (nullable): the first error with that code
 */
FbJobError *
fb_job_find_provider_error (FbJob  *self,
                            gint64  provider_error_code)
{
  g_autoptr(GPtrArray) pending = NULL;
  FbJobError *found;
  guint n_tasks;

  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  found = find_error_in (G_LIST_MODEL (self->errors), provider_error_code);
  if (found != NULL)
    return found;

  pending = g_ptr_array_new_with_free_func (g_object_unref);
  n_tasks = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  for (guint i = 0; i < n_tasks; i++)
    g_ptr_array_add (pending, g_list_model_get_item (G_LIST_MODEL (self->tasks), i));

  for (guint i = 0; i < pending->len; i++)
    {
      FbJobTask *task = g_ptr_array_index (pending, i);
      GListModel *children = fb_job_task_get_child_tasks (task);

      found = find_error_in (fb_job_task_get_errors (task), provider_error_code);
      if (found != NULL)
        return found;

      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        g_ptr_array_add (pending, g_list_model_get_item (children, j));
    }

  return NULL;
}

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbJob, FB_IS_JOB, RetType, function, field)

GETTER (const char *, fb_job_get_id, id)
GETTER (const char *, fb_job_get_name, name)
GETTER (const char *, fb_job_get_activity_id, activity_id)
GETTER (const char *, fb_job_get_scenario_name, scenario_name)
GETTER (const char *, fb_job_get_friendly_name, friendly_name)
GETTER (const char *, fb_job_get_state, state)
GETTER (const char *, fb_job_get_state_description, state_description)
GETTER (GDateTime *, fb_job_get_start_time, start_time)
GETTER (GDateTime *, fb_job_get_end_time, end_time)
GETTER (const char * const *, fb_job_get_allowed_actions, allowed_actions)
GETTER (const char *, fb_job_get_target_object_id, target_object_id)
GETTER (const char *, fb_job_get_target_object_name, target_object_name)
GETTER (const char *, fb_job_get_target_instance_type, target_instance_type)
GETTER (const char *, fb_job_get_custom_details_type, custom_details_type)
GETTER (const char *, fb_job_get_new_replication_protected_item_id, new_replication_protected_item_id)
GETTER (GHashTable *, fb_job_get_affected_object_details, affected_object_details)
GETTER (GListModel *, fb_job_get_tasks, tasks)
GETTER (GListModel *, fb_job_get_errors, errors)
FB_VAULT_SCOPE_GETTERS (FbJob, FB_IS_JOB, fb_job, scope)
