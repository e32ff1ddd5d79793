/* fb-health-error.c - a health error of a protected item, fabric, server or mapping (HealthError)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-health-error.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbHealthError
{
  GObject parent_instance;

  char       *error_code;
  char       *error_message;
  char       *summary_message;
  char       *possible_causes;
  char       *recommended_action;
  char       *error_level;
  char       *error_source;
  char       *error_type;
  char       *error_category;
  GDateTime  *creation_time;
  char       *recovery_provider_error_message;
  char       *entity_id;
  char       *error_id;
  char       *customer_resolvability;
  GListStore *inner_health_errors;
};

G_DEFINE_FINAL_TYPE (FbHealthError, fb_health_error, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbHealthError, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbHealthError, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (error_code, STRING_LENIENT, "errorCode"),
  FIELD (error_message, STRING, "errorMessage"),
  FIELD (summary_message, STRING, "summaryMessage"),
  FIELD (possible_causes, STRING, "possibleCauses"),
  FIELD (recommended_action, STRING, "recommendedAction"),
  FIELD (error_level, STRING, "errorLevel"),
  FIELD (error_source, STRING, "errorSource"),
  FIELD (error_type, STRING, "errorType"),
  FIELD (error_category, STRING, "errorCategory"),
  FIELD (creation_time, DATE_TIME, "creationTimeUtc"),
  FIELD (recovery_provider_error_message, STRING, "recoveryProviderErrorMessage"),
  FIELD (entity_id, STRING_LENIENT, "entityId"),
  FIELD (error_id, STRING_LENIENT, "errorId"),
  FIELD (customer_resolvability, STRING, "customerResolvability"),
  LIST (inner_health_errors, "innerHealthErrors|childErrors", fb_health_error_child),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_health_error_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbHealthError, fb_health_error, FB_IS_HEALTH_ERROR, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbHealthError, FB_IS_HEALTH_ERROR, RetType, function, field)

GETTER (const char *, fb_health_error_get_error_code, error_code)
GETTER (const char *, fb_health_error_get_error_message, error_message)
GETTER (const char *, fb_health_error_get_summary_message, summary_message)
GETTER (const char *, fb_health_error_get_possible_causes, possible_causes)
GETTER (const char *, fb_health_error_get_recommended_action, recommended_action)
GETTER (const char *, fb_health_error_get_error_level, error_level)
GETTER (const char *, fb_health_error_get_error_source, error_source)
GETTER (const char *, fb_health_error_get_error_type, error_type)
GETTER (const char *, fb_health_error_get_error_category, error_category)
GETTER (GDateTime *, fb_health_error_get_creation_time, creation_time)
GETTER (const char *, fb_health_error_get_recovery_provider_error_message, recovery_provider_error_message)
GETTER (const char *, fb_health_error_get_entity_id, entity_id)
GETTER (const char *, fb_health_error_get_error_id, error_id)
GETTER (const char *, fb_health_error_get_customer_resolvability, customer_resolvability)
GETTER (GListModel *, fb_health_error_get_inner_health_errors, inner_health_errors)

FB_MODEL_DEFINE_CHILD (fb_health_error_child, fb_health_error)
