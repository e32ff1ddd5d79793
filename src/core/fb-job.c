/* fb-job.c - a Site Recovery job (replicationJobs) with its tasks and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job.h"
#include "fb-json.h"

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
  char        *subscription_id;
  char        *resource_group;
  char        *vault_name;
};

G_DEFINE_FINAL_TYPE (FbJob, fb_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ACTIVITY_ID,
  PROP_SCENARIO_NAME,
  PROP_FRIENDLY_NAME,
  PROP_STATE,
  PROP_STATE_DESCRIPTION,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_ALLOWED_ACTIONS,
  PROP_TARGET_OBJECT_ID,
  PROP_TARGET_OBJECT_NAME,
  PROP_TARGET_INSTANCE_TYPE,
  PROP_CUSTOM_DETAILS_TYPE,
  PROP_NEW_REPLICATION_PROTECTED_ITEM_ID,
  PROP_AFFECTED_OBJECT_DETAILS,
  PROP_TASKS,
  PROP_ERRORS,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
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
fb_job_dispose (GObject *object)
{
  FbJob *self = (FbJob *) object;

  g_clear_object (&self->tasks);
  g_clear_object (&self->errors);

  G_OBJECT_CLASS (fb_job_parent_class)->dispose (object);
}

static void
fb_job_finalize (GObject *object)
{
  FbJob *self = (FbJob *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->activity_id, g_free);
  g_clear_pointer (&self->scenario_name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->state_description, g_free);
  g_clear_pointer (&self->start_time, g_date_time_unref);
  g_clear_pointer (&self->end_time, g_date_time_unref);
  g_clear_pointer (&self->allowed_actions, g_strfreev);
  g_clear_pointer (&self->target_object_id, g_free);
  g_clear_pointer (&self->target_object_name, g_free);
  g_clear_pointer (&self->target_instance_type, g_free);
  g_clear_pointer (&self->custom_details_type, g_free);
  g_clear_pointer (&self->new_replication_protected_item_id, g_free);
  g_clear_pointer (&self->affected_object_details, g_hash_table_unref);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_job_parent_class)->finalize (object);
}

static void
fb_job_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  FbJob *self = (FbJob *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ACTIVITY_ID:
      g_value_set_string (value, self->activity_id);
      break;

    case PROP_SCENARIO_NAME:
      g_value_set_string (value, self->scenario_name);
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

    case PROP_ALLOWED_ACTIONS:
      g_value_set_boxed (value, self->allowed_actions);
      break;

    case PROP_TARGET_OBJECT_ID:
      g_value_set_string (value, self->target_object_id);
      break;

    case PROP_TARGET_OBJECT_NAME:
      g_value_set_string (value, self->target_object_name);
      break;

    case PROP_TARGET_INSTANCE_TYPE:
      g_value_set_string (value, self->target_instance_type);
      break;

    case PROP_CUSTOM_DETAILS_TYPE:
      g_value_set_string (value, self->custom_details_type);
      break;

    case PROP_NEW_REPLICATION_PROTECTED_ITEM_ID:
      g_value_set_string (value, self->new_replication_protected_item_id);
      break;

    case PROP_AFFECTED_OBJECT_DETAILS:
      g_value_set_boxed (value, self->affected_object_details);
      break;

    case PROP_TASKS:
      g_value_set_object (value, self->tasks);
      break;

    case PROP_ERRORS:
      g_value_set_object (value, self->errors);
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
fb_job_class_init (FbJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_job_dispose;
  object_class->finalize = fb_job_finalize;
  object_class->get_property = fb_job_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVITY_ID] =
    g_param_spec_string ("activity-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCENARIO_NAME] =
    g_param_spec_string ("scenario-name", NULL, NULL,
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

  properties[PROP_ALLOWED_ACTIONS] =
    g_param_spec_boxed ("allowed-actions", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_OBJECT_ID] =
    g_param_spec_string ("target-object-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_OBJECT_NAME] =
    g_param_spec_string ("target-object-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_INSTANCE_TYPE] =
    g_param_spec_string ("target-instance-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOM_DETAILS_TYPE] =
    g_param_spec_string ("custom-details-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEW_REPLICATION_PROTECTED_ITEM_ID] =
    g_param_spec_string ("new-replication-protected-item-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AFFECTED_OBJECT_DETAILS] =
    g_param_spec_boxed ("affected-object-details", NULL, NULL,
                        G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TASKS] =
    g_param_spec_object ("tasks", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERRORS] =
    g_param_spec_object ("errors", NULL, NULL,
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
fb_job_init (FbJob *self)
{
  self->tasks = g_list_store_new (FB_TYPE_JOB_TASK);
  self->errors = g_list_store_new (FB_TYPE_JOB_ERROR);
}

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

static gboolean
fb_job_parse (FbJob     *self,
              JsonNode  *node,
              GError   **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, PROPS "activityId", &self->activity_id, error) ||
      !fb_json_get_string (root, PROPS "scenarioName", &self->scenario_name, error) ||
      !fb_json_get_string (root, PROPS "friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, PROPS "state", &self->state, error) ||
      !fb_json_get_string (root, PROPS "stateDescription", &self->state_description, error) ||
      !fb_json_get_date_time (root, PROPS "startTime", &self->start_time, error) ||
      !fb_json_get_date_time (root, PROPS "endTime", &self->end_time, error) ||
      !fb_json_get_strv (root, PROPS "allowedActions", &self->allowed_actions, error) ||
      !fb_json_get_string_lenient (root, PROPS "targetObjectId", &self->target_object_id, error) ||
      !fb_json_get_string (root, PROPS "targetObjectName", &self->target_object_name, error) ||
      !fb_json_get_string (root, PROPS "targetInstanceType", &self->target_instance_type, error) ||
      !fb_json_get_string (root, PROPS "customDetails.instanceType", &self->custom_details_type, error) ||
      !fb_json_get_string (root, PROPS "customDetails.newReplicationProtectedItemId", &self->new_replication_protected_item_id, error) ||
      !fb_json_get_string_map (root, PROPS "customDetails.affectedObjectDetails", &self->affected_object_details, error) ||
      !fb_json_get_model_list (root, PROPS "tasks", job_task_new_cb, self->tasks, error) ||
      !fb_json_get_model_list (root, PROPS "errors", job_error_new_cb, self->errors, error))
    return FALSE;

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_job_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbJob, or %NULL with @error set when a member has
 *   the wrong type
 */
FbJob *
fb_job_new_from_json (JsonNode  *node,
                      GError   **error)
{
  g_autoptr(FbJob) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_JOB, NULL);
  if (!fb_job_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_job_update_from:
 * @self: a #FbJob
 * @other: a #FbJob with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_job_update_from (FbJob *self,
                    FbJob *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_JOB (self), FALSE);
  g_return_val_if_fail (FB_IS_JOB (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_ACTIVITY_ID], &self->activity_id, other->activity_id);
  changed |= fb_json_update_string (object, properties[PROP_SCENARIO_NAME], &self->scenario_name, other->scenario_name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_STATE], &self->state, other->state);
  changed |= fb_json_update_string (object, properties[PROP_STATE_DESCRIPTION], &self->state_description, other->state_description);
  changed |= fb_json_update_date_time (object, properties[PROP_START_TIME], &self->start_time, other->start_time);
  changed |= fb_json_update_date_time (object, properties[PROP_END_TIME], &self->end_time, other->end_time);
  changed |= fb_json_update_strv (object, properties[PROP_ALLOWED_ACTIONS], &self->allowed_actions, other->allowed_actions);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_OBJECT_ID], &self->target_object_id, other->target_object_id);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_OBJECT_NAME], &self->target_object_name, other->target_object_name);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_INSTANCE_TYPE], &self->target_instance_type, other->target_instance_type);
  changed |= fb_json_update_string (object, properties[PROP_CUSTOM_DETAILS_TYPE], &self->custom_details_type, other->custom_details_type);
  changed |= fb_json_update_string (object, properties[PROP_NEW_REPLICATION_PROTECTED_ITEM_ID], &self->new_replication_protected_item_id, other->new_replication_protected_item_id);
  changed |= fb_json_update_string_map (object, properties[PROP_AFFECTED_OBJECT_DETAILS], &self->affected_object_details, other->affected_object_details);
  changed |= fb_json_merge_store (self->tasks, G_LIST_MODEL (other->tasks),
                                  job_task_key_cb, job_task_update_cb);
  changed |= fb_json_merge_store (self->errors, G_LIST_MODEL (other->errors),
                                  NULL, job_error_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_job_update_from_json:
 * @self: a #FbJob
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_job_update_from_json (FbJob     *self,
                         JsonNode  *node,
                         GError   **error)
{
  g_autoptr(FbJob) fresh = NULL;

  g_return_val_if_fail (FB_IS_JOB (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_job_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_job_update_from (self, fresh);
  return TRUE;
}

const char *
fb_job_get_id (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->id;
}

const char *
fb_job_get_name (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->name;
}

const char *
fb_job_get_activity_id (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->activity_id;
}

const char *
fb_job_get_scenario_name (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->scenario_name;
}

const char *
fb_job_get_friendly_name (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->friendly_name;
}

const char *
fb_job_get_state (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->state;
}

const char *
fb_job_get_state_description (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->state_description;
}

GDateTime *
fb_job_get_start_time (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->start_time;
}

GDateTime *
fb_job_get_end_time (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->end_time;
}

const char * const *
fb_job_get_allowed_actions (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return (const char * const *) self->allowed_actions;
}

const char *
fb_job_get_target_object_id (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->target_object_id;
}

const char *
fb_job_get_target_object_name (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->target_object_name;
}

const char *
fb_job_get_target_instance_type (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->target_instance_type;
}

const char *
fb_job_get_custom_details_type (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->custom_details_type;
}

const char *
fb_job_get_new_replication_protected_item_id (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->new_replication_protected_item_id;
}

GHashTable *
fb_job_get_affected_object_details (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->affected_object_details;
}

/**
 * fb_job_get_tasks:
 * @self: a #FbJob
 *
 * Returns: (transfer none): the tasks, a #GListModel of #FbJobTask that
 *   updates in place
 */
GListModel *
fb_job_get_tasks (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return G_LIST_MODEL (self->tasks);
}

/**
 * fb_job_get_errors:
 * @self: a #FbJob
 *
 * Returns: (transfer none): the errors, a #GListModel of #FbJobError that
 *   updates in place
 */
GListModel *
fb_job_get_errors (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return G_LIST_MODEL (self->errors);
}

const char *
fb_job_get_subscription_id (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->subscription_id;
}

const char *
fb_job_get_resource_group (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->resource_group;
}

const char *
fb_job_get_vault_name (FbJob *self)
{
  g_return_val_if_fail (FB_IS_JOB (self), NULL);

  return self->vault_name;
}
