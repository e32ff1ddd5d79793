/* fb-job-error.c - an error of a Site Recovery job or task (JobErrorDetails)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job-error.h"
#include "fb-json.h"

struct _FbJobError
{
  GObject parent_instance;

  char      *service_error_code;
  char      *service_error_message;
  char      *service_possible_causes;
  char      *service_recommended_action;
  char      *service_activity_id;
  gint64     provider_error_code;
  char      *provider_error_message;
  char      *provider_error_id;
  char      *provider_possible_causes;
  char      *provider_recommended_action;
  char      *error_level;
  GDateTime *creation_time;
  char      *task_id;
};

G_DEFINE_FINAL_TYPE (FbJobError, fb_job_error, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SERVICE_ERROR_CODE,
  PROP_SERVICE_ERROR_MESSAGE,
  PROP_SERVICE_POSSIBLE_CAUSES,
  PROP_SERVICE_RECOMMENDED_ACTION,
  PROP_SERVICE_ACTIVITY_ID,
  PROP_PROVIDER_ERROR_CODE,
  PROP_PROVIDER_ERROR_MESSAGE,
  PROP_PROVIDER_ERROR_ID,
  PROP_PROVIDER_POSSIBLE_CAUSES,
  PROP_PROVIDER_RECOMMENDED_ACTION,
  PROP_ERROR_LEVEL,
  PROP_CREATION_TIME,
  PROP_TASK_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_job_error_finalize (GObject *object)
{
  FbJobError *self = (FbJobError *) object;

  g_clear_pointer (&self->service_error_code, g_free);
  g_clear_pointer (&self->service_error_message, g_free);
  g_clear_pointer (&self->service_possible_causes, g_free);
  g_clear_pointer (&self->service_recommended_action, g_free);
  g_clear_pointer (&self->service_activity_id, g_free);
  g_clear_pointer (&self->provider_error_message, g_free);
  g_clear_pointer (&self->provider_error_id, g_free);
  g_clear_pointer (&self->provider_possible_causes, g_free);
  g_clear_pointer (&self->provider_recommended_action, g_free);
  g_clear_pointer (&self->error_level, g_free);
  g_clear_pointer (&self->creation_time, g_date_time_unref);
  g_clear_pointer (&self->task_id, g_free);

  G_OBJECT_CLASS (fb_job_error_parent_class)->finalize (object);
}

static void
fb_job_error_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbJobError *self = (FbJobError *) object;

  switch (prop_id)
    {
    case PROP_SERVICE_ERROR_CODE:
      g_value_set_string (value, self->service_error_code);
      break;

    case PROP_SERVICE_ERROR_MESSAGE:
      g_value_set_string (value, self->service_error_message);
      break;

    case PROP_SERVICE_POSSIBLE_CAUSES:
      g_value_set_string (value, self->service_possible_causes);
      break;

    case PROP_SERVICE_RECOMMENDED_ACTION:
      g_value_set_string (value, self->service_recommended_action);
      break;

    case PROP_SERVICE_ACTIVITY_ID:
      g_value_set_string (value, self->service_activity_id);
      break;

    case PROP_PROVIDER_ERROR_CODE:
      g_value_set_int64 (value, self->provider_error_code);
      break;

    case PROP_PROVIDER_ERROR_MESSAGE:
      g_value_set_string (value, self->provider_error_message);
      break;

    case PROP_PROVIDER_ERROR_ID:
      g_value_set_string (value, self->provider_error_id);
      break;

    case PROP_PROVIDER_POSSIBLE_CAUSES:
      g_value_set_string (value, self->provider_possible_causes);
      break;

    case PROP_PROVIDER_RECOMMENDED_ACTION:
      g_value_set_string (value, self->provider_recommended_action);
      break;

    case PROP_ERROR_LEVEL:
      g_value_set_string (value, self->error_level);
      break;

    case PROP_CREATION_TIME:
      g_value_set_boxed (value, self->creation_time);
      break;

    case PROP_TASK_ID:
      g_value_set_string (value, self->task_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_error_class_init (FbJobErrorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_job_error_finalize;
  object_class->get_property = fb_job_error_get_property;

  properties[PROP_SERVICE_ERROR_CODE] =
    g_param_spec_string ("service-error-code", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SERVICE_ERROR_MESSAGE] =
    g_param_spec_string ("service-error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SERVICE_POSSIBLE_CAUSES] =
    g_param_spec_string ("service-possible-causes", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SERVICE_RECOMMENDED_ACTION] =
    g_param_spec_string ("service-recommended-action", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SERVICE_ACTIVITY_ID] =
    g_param_spec_string ("service-activity-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_ERROR_CODE] =
    g_param_spec_int64 ("provider-error-code", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_ERROR_MESSAGE] =
    g_param_spec_string ("provider-error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_ERROR_ID] =
    g_param_spec_string ("provider-error-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_POSSIBLE_CAUSES] =
    g_param_spec_string ("provider-possible-causes", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_RECOMMENDED_ACTION] =
    g_param_spec_string ("provider-recommended-action", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_LEVEL] =
    g_param_spec_string ("error-level", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATION_TIME] =
    g_param_spec_boxed ("creation-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TASK_ID] =
    g_param_spec_string ("task-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_job_error_init (FbJobError *self)
{
}

/**
 * fb_job_error_get_message:
 * @self: a #FbJobError
 *
 * Returns: (nullable): the most specific message: the provider's, else the service's
 */
const char *
fb_job_error_get_message (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_error_message ? self->provider_error_message : self->service_error_message;
}

/**
 * fb_job_error_get_possible_causes:
 * @self: a #FbJobError
 *
 * Returns: (nullable): the provider's possible causes, else the service's
 */
const char *
fb_job_error_get_possible_causes (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_possible_causes ? self->provider_possible_causes : self->service_possible_causes;
}

/**
 * fb_job_error_get_recommended_action:
 * @self: a #FbJobError
 *
 * Returns: (nullable): the provider's recommended action, else the service's
 */
const char *
fb_job_error_get_recommended_action (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_recommended_action ? self->provider_recommended_action : self->service_recommended_action;
}

static gboolean
fb_job_error_parse (FbJobError  *self,
                    JsonNode    *node,
                    GError     **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "serviceErrorDetails.code", &self->service_error_code, error) ||
      !fb_json_get_string (root, "serviceErrorDetails.message", &self->service_error_message, error) ||
      !fb_json_get_string (root, "serviceErrorDetails.possibleCauses", &self->service_possible_causes, error) ||
      !fb_json_get_string (root, "serviceErrorDetails.recommendedAction", &self->service_recommended_action, error) ||
      !fb_json_get_string (root, "serviceErrorDetails.activityId", &self->service_activity_id, error) ||
      !fb_json_get_int64 (root, "providerErrorDetails.errorCode", &self->provider_error_code, error) ||
      !fb_json_get_string (root, "providerErrorDetails.errorMessage", &self->provider_error_message, error) ||
      !fb_json_get_string_lenient (root, "providerErrorDetails.errorId", &self->provider_error_id, error) ||
      !fb_json_get_string (root, "providerErrorDetails.possibleCauses", &self->provider_possible_causes, error) ||
      !fb_json_get_string (root, "providerErrorDetails.recommendedAction", &self->provider_recommended_action, error) ||
      !fb_json_get_string (root, "errorLevel", &self->error_level, error) ||
      !fb_json_get_date_time (root, "creationTime", &self->creation_time, error) ||
      !fb_json_get_string_lenient (root, "taskId", &self->task_id, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_job_error_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbJobError, or %NULL with @error set when a member has
 *   the wrong type
 */
FbJobError *
fb_job_error_new_from_json (JsonNode  *node,
                            GError   **error)
{
  g_autoptr(FbJobError) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_JOB_ERROR, NULL);
  if (!fb_job_error_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_job_error_update_from:
 * @self: a #FbJobError
 * @other: a #FbJobError with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_job_error_update_from (FbJobError *self,
                          FbJobError *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_JOB_ERROR (self), FALSE);
  g_return_val_if_fail (FB_IS_JOB_ERROR (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_SERVICE_ERROR_CODE], &self->service_error_code, other->service_error_code);
  changed |= fb_json_update_string (object, properties[PROP_SERVICE_ERROR_MESSAGE], &self->service_error_message, other->service_error_message);
  changed |= fb_json_update_string (object, properties[PROP_SERVICE_POSSIBLE_CAUSES], &self->service_possible_causes, other->service_possible_causes);
  changed |= fb_json_update_string (object, properties[PROP_SERVICE_RECOMMENDED_ACTION], &self->service_recommended_action, other->service_recommended_action);
  changed |= fb_json_update_string (object, properties[PROP_SERVICE_ACTIVITY_ID], &self->service_activity_id, other->service_activity_id);
  changed |= fb_json_update_int64 (object, properties[PROP_PROVIDER_ERROR_CODE], &self->provider_error_code, other->provider_error_code);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_ERROR_MESSAGE], &self->provider_error_message, other->provider_error_message);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_ERROR_ID], &self->provider_error_id, other->provider_error_id);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_POSSIBLE_CAUSES], &self->provider_possible_causes, other->provider_possible_causes);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_RECOMMENDED_ACTION], &self->provider_recommended_action, other->provider_recommended_action);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_LEVEL], &self->error_level, other->error_level);
  changed |= fb_json_update_date_time (object, properties[PROP_CREATION_TIME], &self->creation_time, other->creation_time);
  changed |= fb_json_update_string (object, properties[PROP_TASK_ID], &self->task_id, other->task_id);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_job_error_update_from_json:
 * @self: a #FbJobError
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_job_error_update_from_json (FbJobError  *self,
                               JsonNode    *node,
                               GError     **error)
{
  g_autoptr(FbJobError) fresh = NULL;

  g_return_val_if_fail (FB_IS_JOB_ERROR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_job_error_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_job_error_update_from (self, fresh);
  return TRUE;
}

const char *
fb_job_error_get_service_error_code (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->service_error_code;
}

const char *
fb_job_error_get_service_error_message (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->service_error_message;
}

const char *
fb_job_error_get_service_possible_causes (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->service_possible_causes;
}

const char *
fb_job_error_get_service_recommended_action (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->service_recommended_action;
}

const char *
fb_job_error_get_service_activity_id (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->service_activity_id;
}

gint64
fb_job_error_get_provider_error_code (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), 0);

  return self->provider_error_code;
}

const char *
fb_job_error_get_provider_error_message (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_error_message;
}

const char *
fb_job_error_get_provider_error_id (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_error_id;
}

const char *
fb_job_error_get_provider_possible_causes (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_possible_causes;
}

const char *
fb_job_error_get_provider_recommended_action (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->provider_recommended_action;
}

const char *
fb_job_error_get_error_level (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->error_level;
}

GDateTime *
fb_job_error_get_creation_time (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->creation_time;
}

const char *
fb_job_error_get_task_id (FbJobError *self)
{
  g_return_val_if_fail (FB_IS_JOB_ERROR (self), NULL);

  return self->task_id;
}
