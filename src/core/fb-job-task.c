/* fb-job-task.c - a task of a Site Recovery job (ASRTask)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job-task.h"
#include "fb-json.h"

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

enum {
  PROP_0,
  PROP_TASK_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_STATE,
  PROP_STATE_DESCRIPTION,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_TASK_TYPE,
  PROP_CUSTOM_DETAILS_TYPE,
  PROP_ALLOWED_ACTIONS,
  PROP_CHILD_JOB_ID,
  PROP_CHILD_JOB_FRIENDLY_NAME,
  PROP_CHILD_JOB_SCENARIO_NAME,
  PROP_CHILD_JOB_TARGET_OBJECT_NAME,
  PROP_CHILD_TASKS,
  PROP_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
job_task_new_cb (JsonNode  *node,
                 GError   **error)
{
  return fb_job_task_new_from_json (node, error);
}

static gboolean
job_task_update_cb (gpointer item,
                    gpointer other)
{
  return fb_job_task_update_from (item, other);
}

static const char *
job_task_key_cb (gpointer item)
{
  return fb_job_task_get_task_id (item);
}

static gpointer
job_error_new_cb (JsonNode  *node,
                  GError   **error)
{
  return fb_job_error_new_from_json (node, error);
}

static gboolean
job_error_update_cb (gpointer item,
                     gpointer other)
{
  return fb_job_error_update_from (item, other);
}

static void
fb_job_task_dispose (GObject *object)
{
  FbJobTask *self = (FbJobTask *) object;

  g_clear_object (&self->child_tasks);
  g_clear_object (&self->errors);

  G_OBJECT_CLASS (fb_job_task_parent_class)->dispose (object);
}

static void
fb_job_task_finalize (GObject *object)
{
  FbJobTask *self = (FbJobTask *) object;

  g_clear_pointer (&self->task_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->state_description, g_free);
  g_clear_pointer (&self->start_time, g_date_time_unref);
  g_clear_pointer (&self->end_time, g_date_time_unref);
  g_clear_pointer (&self->task_type, g_free);
  g_clear_pointer (&self->custom_details_type, g_free);
  g_clear_pointer (&self->allowed_actions, g_strfreev);
  g_clear_pointer (&self->child_job_id, g_free);
  g_clear_pointer (&self->child_job_friendly_name, g_free);
  g_clear_pointer (&self->child_job_scenario_name, g_free);
  g_clear_pointer (&self->child_job_target_object_name, g_free);

  G_OBJECT_CLASS (fb_job_task_parent_class)->finalize (object);
}

static void
fb_job_task_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FbJobTask *self = (FbJobTask *) object;

  switch (prop_id)
    {
    case PROP_TASK_ID:
      g_value_set_string (value, self->task_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FRIENDLY_NAME:
      g_value_set_string (value, self->friendly_name);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_STATE_DESCRIPTION:
      g_value_set_string (value, self->state_description);
      break;

    case PROP_START_TIME:
      g_value_set_boxed (value, self->start_time);
      break;

    case PROP_END_TIME:
      g_value_set_boxed (value, self->end_time);
      break;

    case PROP_TASK_TYPE:
      g_value_set_string (value, self->task_type);
      break;

    case PROP_CUSTOM_DETAILS_TYPE:
      g_value_set_string (value, self->custom_details_type);
      break;

    case PROP_ALLOWED_ACTIONS:
      g_value_set_boxed (value, self->allowed_actions);
      break;

    case PROP_CHILD_JOB_ID:
      g_value_set_string (value, self->child_job_id);
      break;

    case PROP_CHILD_JOB_FRIENDLY_NAME:
      g_value_set_string (value, self->child_job_friendly_name);
      break;

    case PROP_CHILD_JOB_SCENARIO_NAME:
      g_value_set_string (value, self->child_job_scenario_name);
      break;

    case PROP_CHILD_JOB_TARGET_OBJECT_NAME:
      g_value_set_string (value, self->child_job_target_object_name);
      break;

    case PROP_CHILD_TASKS:
      g_value_set_object (value, self->child_tasks);
      break;

    case PROP_ERRORS:
      g_value_set_object (value, self->errors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_task_class_init (FbJobTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_job_task_dispose;
  object_class->finalize = fb_job_task_finalize;
  object_class->get_property = fb_job_task_get_property;

  properties[PROP_TASK_ID] =
    g_param_spec_string ("task-id", NULL, NULL,
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

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE_DESCRIPTION] =
    g_param_spec_string ("state-description", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_TIME] =
    g_param_spec_boxed ("start-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_TIME] =
    g_param_spec_boxed ("end-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TASK_TYPE] =
    g_param_spec_string ("task-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOM_DETAILS_TYPE] =
    g_param_spec_string ("custom-details-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ALLOWED_ACTIONS] =
    g_param_spec_boxed ("allowed-actions", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILD_JOB_ID] =
    g_param_spec_string ("child-job-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILD_JOB_FRIENDLY_NAME] =
    g_param_spec_string ("child-job-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILD_JOB_SCENARIO_NAME] =
    g_param_spec_string ("child-job-scenario-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILD_JOB_TARGET_OBJECT_NAME] =
    g_param_spec_string ("child-job-target-object-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHILD_TASKS] =
    g_param_spec_object ("child-tasks", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERRORS] =
    g_param_spec_object ("errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_job_task_init (FbJobTask *self)
{
  self->child_tasks = g_list_store_new (FB_TYPE_JOB_TASK);
  self->errors = g_list_store_new (FB_TYPE_JOB_ERROR);
}

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

static gboolean
fb_job_task_parse (FbJobTask  *self,
                   JsonNode   *node,
                   GError    **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "taskId", &self->task_id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, "state", &self->state, error) ||
      !fb_json_get_string (root, "stateDescription", &self->state_description, error) ||
      !fb_json_get_date_time (root, "startTime", &self->start_time, error) ||
      !fb_json_get_date_time (root, "endTime", &self->end_time, error) ||
      !fb_json_get_string (root, "taskType", &self->task_type, error) ||
      !fb_json_get_string (root, "customDetails.instanceType", &self->custom_details_type, error) ||
      !fb_json_get_strv (root, "allowedActions", &self->allowed_actions, error) ||
      !fb_json_get_string (root, "customDetails.jobTask.jobId", &self->child_job_id, error) ||
      !fb_json_get_string (root, "customDetails.jobTask.jobFriendlyName", &self->child_job_friendly_name, error) ||
      !fb_json_get_string (root, "customDetails.jobTask.jobScenarioName", &self->child_job_scenario_name, error) ||
      !fb_json_get_string (root, "customDetails.jobTask.targetObjectName", &self->child_job_target_object_name, error) ||
      !fb_json_get_model_list (root, "groupTaskCustomDetails.childTasks", job_task_new_cb, self->child_tasks, error) ||
      !fb_json_get_model_list (root, "errors", job_error_new_cb, self->errors, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_job_task_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbJobTask, or %NULL with @error set when a member has
 *   the wrong type
 */
FbJobTask *
fb_job_task_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(FbJobTask) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_JOB_TASK, NULL);
  if (!fb_job_task_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_job_task_update_from:
 * @self: a #FbJobTask
 * @other: a #FbJobTask with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_job_task_update_from (FbJobTask *self,
                         FbJobTask *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_JOB_TASK (self), FALSE);
  g_return_val_if_fail (FB_IS_JOB_TASK (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_TASK_ID], &self->task_id, other->task_id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_STATE], &self->state, other->state);
  changed |= fb_json_update_string (object, properties[PROP_STATE_DESCRIPTION], &self->state_description, other->state_description);
  changed |= fb_json_update_date_time (object, properties[PROP_START_TIME], &self->start_time, other->start_time);
  changed |= fb_json_update_date_time (object, properties[PROP_END_TIME], &self->end_time, other->end_time);
  changed |= fb_json_update_string (object, properties[PROP_TASK_TYPE], &self->task_type, other->task_type);
  changed |= fb_json_update_string (object, properties[PROP_CUSTOM_DETAILS_TYPE], &self->custom_details_type, other->custom_details_type);
  changed |= fb_json_update_strv (object, properties[PROP_ALLOWED_ACTIONS], &self->allowed_actions, other->allowed_actions);
  changed |= fb_json_update_string (object, properties[PROP_CHILD_JOB_ID], &self->child_job_id, other->child_job_id);
  changed |= fb_json_update_string (object, properties[PROP_CHILD_JOB_FRIENDLY_NAME], &self->child_job_friendly_name, other->child_job_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_CHILD_JOB_SCENARIO_NAME], &self->child_job_scenario_name, other->child_job_scenario_name);
  changed |= fb_json_update_string (object, properties[PROP_CHILD_JOB_TARGET_OBJECT_NAME], &self->child_job_target_object_name, other->child_job_target_object_name);
  changed |= fb_json_merge_store (self->child_tasks, G_LIST_MODEL (other->child_tasks),
                                  job_task_key_cb, job_task_update_cb);
  changed |= fb_json_merge_store (self->errors, G_LIST_MODEL (other->errors),
                                  NULL, job_error_update_cb);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_job_task_update_from_json:
 * @self: a #FbJobTask
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_job_task_update_from_json (FbJobTask  *self,
                              JsonNode   *node,
                              GError    **error)
{
  g_autoptr(FbJobTask) fresh = NULL;

  g_return_val_if_fail (FB_IS_JOB_TASK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_job_task_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_job_task_update_from (self, fresh);
  return TRUE;
}

const char *
fb_job_task_get_task_id (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->task_id;
}

const char *
fb_job_task_get_name (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->name;
}

const char *
fb_job_task_get_friendly_name (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->friendly_name;
}

const char *
fb_job_task_get_state (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->state;
}

const char *
fb_job_task_get_state_description (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->state_description;
}

GDateTime *
fb_job_task_get_start_time (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->start_time;
}

GDateTime *
fb_job_task_get_end_time (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->end_time;
}

const char *
fb_job_task_get_task_type (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->task_type;
}

const char *
fb_job_task_get_custom_details_type (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->custom_details_type;
}

const char * const *
fb_job_task_get_allowed_actions (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return (const char * const *) self->allowed_actions;
}

const char *
fb_job_task_get_child_job_id (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->child_job_id;
}

const char *
fb_job_task_get_child_job_friendly_name (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->child_job_friendly_name;
}

const char *
fb_job_task_get_child_job_scenario_name (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->child_job_scenario_name;
}

const char *
fb_job_task_get_child_job_target_object_name (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return self->child_job_target_object_name;
}

/**
 * fb_job_task_get_child_tasks:
 * @self: a #FbJobTask
 *
 * Returns: (transfer none): the child tasks, a #GListModel of #FbJobTask that
 *   updates in place
 */
GListModel *
fb_job_task_get_child_tasks (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return G_LIST_MODEL (self->child_tasks);
}

/**
 * fb_job_task_get_errors:
 * @self: a #FbJobTask
 *
 * Returns: (transfer none): the errors, a #GListModel of #FbJobError that
 *   updates in place
 */
GListModel *
fb_job_task_get_errors (FbJobTask *self)
{
  g_return_val_if_fail (FB_IS_JOB_TASK (self), NULL);

  return G_LIST_MODEL (self->errors);
}
