/* fb-job-error.c - an error of a Site Recovery job or task (JobErrorDetails)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-job-error.h"
#include "fb-json.h"
#include "fb-model-fields.h"

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

#define FIELD(field, KIND, path) FB_FIELD (FbJobError, field, KIND, path)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (service_error_code, STRING_LENIENT, "serviceErrorDetails.code"),
  FIELD (service_error_message, STRING, "serviceErrorDetails.message"),
  FIELD (service_possible_causes, STRING, "serviceErrorDetails.possibleCauses"),
  FIELD (service_recommended_action, STRING, "serviceErrorDetails.recommendedAction"),
  FIELD (service_activity_id, STRING, "serviceErrorDetails.activityId"),
  FIELD (provider_error_code, INT64, "providerErrorDetails.errorCode"),
  FIELD (provider_error_message, STRING, "providerErrorDetails.errorMessage"),
  FIELD (provider_error_id, STRING_LENIENT, "providerErrorDetails.errorId"),
  FIELD (provider_possible_causes, STRING, "providerErrorDetails.possibleCauses"),
  FIELD (provider_recommended_action, STRING, "providerErrorDetails.recommendedAction"),
  FIELD (error_level, STRING, "errorLevel"),
  FIELD (creation_time, DATE_TIME, "creationTime"),
  FIELD (task_id, STRING_LENIENT, "taskId"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_job_error_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbJobError, fb_job_error, FB_IS_JOB_ERROR, model)

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

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbJobError, FB_IS_JOB_ERROR, RetType, function, field)

GETTER (const char *, fb_job_error_get_service_error_code, service_error_code)
GETTER (const char *, fb_job_error_get_service_error_message, service_error_message)
GETTER (const char *, fb_job_error_get_service_possible_causes, service_possible_causes)
GETTER (const char *, fb_job_error_get_service_recommended_action, service_recommended_action)
GETTER (const char *, fb_job_error_get_service_activity_id, service_activity_id)
GETTER (gint64, fb_job_error_get_provider_error_code, provider_error_code)
GETTER (const char *, fb_job_error_get_provider_error_message, provider_error_message)
GETTER (const char *, fb_job_error_get_provider_error_id, provider_error_id)
GETTER (const char *, fb_job_error_get_provider_possible_causes, provider_possible_causes)
GETTER (const char *, fb_job_error_get_provider_recommended_action, provider_recommended_action)
GETTER (const char *, fb_job_error_get_error_level, error_level)
GETTER (GDateTime *, fb_job_error_get_creation_time, creation_time)
GETTER (const char *, fb_job_error_get_task_id, task_id)

FB_MODEL_DEFINE_CHILD (fb_job_error_child, fb_job_error)
