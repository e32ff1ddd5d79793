/* fb-job-task.c - a task of a Site Recovery job (ASRTask)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job-task.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbJobTask
{
  GObject parent_instance;

  char        *task_id;
  char        *name;
  char        *friendly_name;
  char        *state;
  char        *state_description;
  GDateTime   *start_time;
  GDateTime   *end_time;
  char        *task_type;
  char        *custom_details_type;
  char       **allowed_actions;
  char        *child_job_id;
  char        *child_job_friendly_name;
  char        *child_job_scenario_name;
  char        *child_job_target_object_name;
  GListStore  *child_tasks;
  GListStore  *errors;
};

G_DEFINE_FINAL_TYPE (FbJobTask, fb_job_task, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbJobTask, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbJobTask, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (task_id, STRING_LENIENT, "taskId"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, "friendlyName"),
  FIELD (state, STRING, "state"),
  FIELD (state_description, STRING, "stateDescription"),
  FIELD (start_time, DATE_TIME, "startTime"),
  FIELD (end_time, DATE_TIME, "endTime"),
  FIELD (task_type, STRING, "taskType"),
  FIELD (custom_details_type, STRING, "customDetails.instanceType"),
  FIELD (allowed_actions, STRV, "allowedActions"),
  FIELD (child_job_id, STRING, "customDetails.jobTask.jobId"),
  FIELD (child_job_friendly_name, STRING, "customDetails.jobTask.jobFriendlyName"),
  FIELD (child_job_scenario_name, STRING, "customDetails.jobTask.jobScenarioName"),
  FIELD (child_job_target_object_name, STRING, "customDetails.jobTask.targetObjectName"),
  LIST (child_tasks, "groupTaskCustomDetails.childTasks", fb_job_task_child),
  LIST (errors, "errors", fb_job_error_child),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_job_task_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbJobTask, fb_job_task, FB_IS_JOB_TASK, model)

static gboolean
state_is_finished (const char *state)
{
  static const char * const finished[] = { "Succeeded", "Failed", "Cancelled", "Canceled",
                                           "Skipped", "Other", "CompletedWithInformation",
                                           "PartiallySucceeded", NULL };

  if (state == NULL)
    return FALSE;
  for (guint i = 0; finished[i] != NULL; i++)
    if (g_ascii_strcasecmp (state, finished[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fb_job_task_is_finished:
 * @self: a #FbJobTask
 *
 * Returns: whether the task ended (succeeded, failed, cancelled or skipped)
 */
gboolean
fb_job_task_is_finished (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), FALSE);

  return state_is_finished (self->state);
}

/**
 * fb_job_task_is_skipped:
 * @self: a #FbJobTask
 *
 * Returns: whether the service skipped the task (state "Other", "Skipped")
 */
gboolean
fb_job_task_is_skipped (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), FALSE);

  return g_strcmp0 (self->state_description, "Skipped") == 0 ||
         g_strcmp0 (self->state, "Skipped") == 0;
}

/**
 * fb_job_task_get_progress:
 * @self: a #FbJobTask
 * @done: (out) (optional): the number of finished child tasks
 * @total: (out) (optional): the number of child tasks
 *
 * The progress of a group task; a task without children counts as one step.
 */
void
fb_job_task_get_progress (FbJobTask *self,
                          guint     *done,
                          guint     *total)
{
  guint n_children, n_done = 0;

  g_return_if_fail (FB_IS_JOB_TASK (self));

  n_children = g_list_model_get_n_items (G_LIST_MODEL (self->child_tasks));
  if (n_children == 0)
    {
      if (done != NULL)
        *done = state_is_finished (self->state) ? 1 : 0;
      if (total != NULL)
        *total = 1;
      return;
    }

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(FbJobTask) child = g_list_model_get_item (G_LIST_MODEL (self->child_tasks), i);

      if (state_is_finished (child->state))
        n_done++;
    }

  if (done != NULL)
    *done = n_done;
  if (total != NULL)
    *total = n_children;
}

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbJobTask, FB_IS_JOB_TASK, RetType, function, field)

GETTER (const char *, fb_job_task_get_task_id, task_id)
GETTER (const char *, fb_job_task_get_name, name)
GETTER (const char *, fb_job_task_get_friendly_name, friendly_name)
GETTER (const char *, fb_job_task_get_state, state)
GETTER (const char *, fb_job_task_get_state_description, state_description)
GETTER (GDateTime *, fb_job_task_get_start_time, start_time)
GETTER (GDateTime *, fb_job_task_get_end_time, end_time)
GETTER (const char *, fb_job_task_get_task_type, task_type)
GETTER (const char *, fb_job_task_get_custom_details_type, custom_details_type)
GETTER (const char * const *, fb_job_task_get_allowed_actions, allowed_actions)
GETTER (const char *, fb_job_task_get_child_job_id, child_job_id)
GETTER (const char *, fb_job_task_get_child_job_friendly_name, child_job_friendly_name)
GETTER (const char *, fb_job_task_get_child_job_scenario_name, child_job_scenario_name)
GETTER (const char *, fb_job_task_get_child_job_target_object_name, child_job_target_object_name)
GETTER (GListModel *, fb_job_task_get_child_tasks, child_tasks)
GETTER (GListModel *, fb_job_task_get_errors, errors)

FB_MODEL_DEFINE_KEYED_CHILD (fb_job_task_child, fb_job_task, fb_job_task_get_task_id)
