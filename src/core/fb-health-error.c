/* fb-health-error.c - a health error of a protected item, fabric, server or mapping (HealthError)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-health-error.h"
#include "fb-json.h"

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

enum {
  PROP_0,
  PROP_ERROR_CODE,
  PROP_ERROR_MESSAGE,
  PROP_SUMMARY_MESSAGE,
  PROP_POSSIBLE_CAUSES,
  PROP_RECOMMENDED_ACTION,
  PROP_ERROR_LEVEL,
  PROP_ERROR_SOURCE,
  PROP_ERROR_TYPE,
  PROP_ERROR_CATEGORY,
  PROP_CREATION_TIME,
  PROP_RECOVERY_PROVIDER_ERROR_MESSAGE,
  PROP_ENTITY_ID,
  PROP_ERROR_ID,
  PROP_CUSTOMER_RESOLVABILITY,
  PROP_INNER_HEALTH_ERRORS,
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
fb_health_error_dispose (GObject *object)
{
  FbHealthError *self = (FbHealthError *) object;

  g_clear_object (&self->inner_health_errors);

  G_OBJECT_CLASS (fb_health_error_parent_class)->dispose (object);
}

static void
fb_health_error_finalize (GObject *object)
{
  FbHealthError *self = (FbHealthError *) object;

  g_clear_pointer (&self->error_code, g_free);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->summary_message, g_free);
  g_clear_pointer (&self->possible_causes, g_free);
  g_clear_pointer (&self->recommended_action, g_free);
  g_clear_pointer (&self->error_level, g_free);
  g_clear_pointer (&self->error_source, g_free);
  g_clear_pointer (&self->error_type, g_free);
  g_clear_pointer (&self->error_category, g_free);
  g_clear_pointer (&self->creation_time, g_date_time_unref);
  g_clear_pointer (&self->recovery_provider_error_message, g_free);
  g_clear_pointer (&self->entity_id, g_free);
  g_clear_pointer (&self->error_id, g_free);
  g_clear_pointer (&self->customer_resolvability, g_free);

  G_OBJECT_CLASS (fb_health_error_parent_class)->finalize (object);
}

static void
fb_health_error_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FbHealthError *self = (FbHealthError *) object;

  switch (prop_id)
    {
    case PROP_ERROR_CODE:
      g_value_set_string (value, self->error_code);
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;

    case PROP_SUMMARY_MESSAGE:
      g_value_set_string (value, self->summary_message);
      break;

    case PROP_POSSIBLE_CAUSES:
      g_value_set_string (value, self->possible_causes);
      break;

    case PROP_RECOMMENDED_ACTION:
      g_value_set_string (value, self->recommended_action);
      break;

    case PROP_ERROR_LEVEL:
      g_value_set_string (value, self->error_level);
      break;

    case PROP_ERROR_SOURCE:
      g_value_set_string (value, self->error_source);
      break;

    case PROP_ERROR_TYPE:
      g_value_set_string (value, self->error_type);
      break;

    case PROP_ERROR_CATEGORY:
      g_value_set_string (value, self->error_category);
      break;

    case PROP_CREATION_TIME:
      g_value_set_boxed (value, self->creation_time);
      break;

    case PROP_RECOVERY_PROVIDER_ERROR_MESSAGE:
      g_value_set_string (value, self->recovery_provider_error_message);
      break;

    case PROP_ENTITY_ID:
      g_value_set_string (value, self->entity_id);
      break;

    case PROP_ERROR_ID:
      g_value_set_string (value, self->error_id);
      break;

    case PROP_CUSTOMER_RESOLVABILITY:
      g_value_set_string (value, self->customer_resolvability);
      break;

    case PROP_INNER_HEALTH_ERRORS:
      g_value_set_object (value, self->inner_health_errors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_health_error_class_init (FbHealthErrorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_health_error_dispose;
  object_class->finalize = fb_health_error_finalize;
  object_class->get_property = fb_health_error_get_property;

  properties[PROP_ERROR_CODE] =
    g_param_spec_string ("error-code", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY_MESSAGE] =
    g_param_spec_string ("summary-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSSIBLE_CAUSES] =
    g_param_spec_string ("possible-causes", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOMMENDED_ACTION] =
    g_param_spec_string ("recommended-action", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_LEVEL] =
    g_param_spec_string ("error-level", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_SOURCE] =
    g_param_spec_string ("error-source", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_TYPE] =
    g_param_spec_string ("error-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_CATEGORY] =
    g_param_spec_string ("error-category", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATION_TIME] =
    g_param_spec_boxed ("creation-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_PROVIDER_ERROR_MESSAGE] =
    g_param_spec_string ("recovery-provider-error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENTITY_ID] =
    g_param_spec_string ("entity-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_ID] =
    g_param_spec_string ("error-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CUSTOMER_RESOLVABILITY] =
    g_param_spec_string ("customer-resolvability", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INNER_HEALTH_ERRORS] =
    g_param_spec_object ("inner-health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_health_error_init (FbHealthError *self)
{
  self->inner_health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

static gboolean
fb_health_error_parse (FbHealthError  *self,
                       JsonNode       *node,
                       GError        **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "errorCode", &self->error_code, error) ||
      !fb_json_get_string (root, "errorMessage", &self->error_message, error) ||
      !fb_json_get_string (root, "summaryMessage", &self->summary_message, error) ||
      !fb_json_get_string (root, "possibleCauses", &self->possible_causes, error) ||
      !fb_json_get_string (root, "recommendedAction", &self->recommended_action, error) ||
      !fb_json_get_string (root, "errorLevel", &self->error_level, error) ||
      !fb_json_get_string (root, "errorSource", &self->error_source, error) ||
      !fb_json_get_string (root, "errorType", &self->error_type, error) ||
      !fb_json_get_string (root, "errorCategory", &self->error_category, error) ||
      !fb_json_get_date_time (root, "creationTimeUtc", &self->creation_time, error) ||
      !fb_json_get_string (root, "recoveryProviderErrorMessage", &self->recovery_provider_error_message, error) ||
      !fb_json_get_string_lenient (root, "entityId", &self->entity_id, error) ||
      !fb_json_get_string_lenient (root, "errorId", &self->error_id, error) ||
      !fb_json_get_string (root, "customerResolvability", &self->customer_resolvability, error) ||
      !fb_json_get_model_list (root, "innerHealthErrors|"
                                     "childErrors", health_error_new_cb, self->inner_health_errors, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_health_error_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbHealthError, or %NULL with @error set when a member has
 *   the wrong type
 */
FbHealthError *
fb_health_error_new_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(FbHealthError) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_HEALTH_ERROR, NULL);
  if (!fb_health_error_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_health_error_update_from:
 * @self: a #FbHealthError
 * @other: a #FbHealthError with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_health_error_update_from (FbHealthError *self,
                             FbHealthError *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), FALSE);
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ERROR_CODE], &self->error_code, other->error_code);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_MESSAGE], &self->error_message, other->error_message);
  changed |= fb_json_update_string (object, properties[PROP_SUMMARY_MESSAGE], &self->summary_message, other->summary_message);
  changed |= fb_json_update_string (object, properties[PROP_POSSIBLE_CAUSES], &self->possible_causes, other->possible_causes);
  changed |= fb_json_update_string (object, properties[PROP_RECOMMENDED_ACTION], &self->recommended_action, other->recommended_action);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_LEVEL], &self->error_level, other->error_level);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_SOURCE], &self->error_source, other->error_source);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_TYPE], &self->error_type, other->error_type);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_CATEGORY], &self->error_category, other->error_category);
  changed |= fb_json_update_date_time (object, properties[PROP_CREATION_TIME], &self->creation_time, other->creation_time);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_PROVIDER_ERROR_MESSAGE], &self->recovery_provider_error_message, other->recovery_provider_error_message);
  changed |= fb_json_update_string (object, properties[PROP_ENTITY_ID], &self->entity_id, other->entity_id);
  changed |= fb_json_update_string (object, properties[PROP_ERROR_ID], &self->error_id, other->error_id);
  changed |= fb_json_update_string (object, properties[PROP_CUSTOMER_RESOLVABILITY], &self->customer_resolvability, other->customer_resolvability);
  changed |= fb_json_merge_store (self->inner_health_errors, G_LIST_MODEL (other->inner_health_errors),
                                  NULL, health_error_update_cb);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_health_error_update_from_json:
 * @self: a #FbHealthError
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_health_error_update_from_json (FbHealthError  *self,
                                  JsonNode       *node,
                                  GError        **error)
{
  g_autoptr(FbHealthError) fresh = NULL;

  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_health_error_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_health_error_update_from (self, fresh);
  return TRUE;
}

const char *
fb_health_error_get_error_code (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_code;
}

const char *
fb_health_error_get_error_message (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_message;
}

const char *
fb_health_error_get_summary_message (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->summary_message;
}

const char *
fb_health_error_get_possible_causes (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->possible_causes;
}

const char *
fb_health_error_get_recommended_action (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->recommended_action;
}

const char *
fb_health_error_get_error_level (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_level;
}

const char *
fb_health_error_get_error_source (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_source;
}

const char *
fb_health_error_get_error_type (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_type;
}

const char *
fb_health_error_get_error_category (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_category;
}

GDateTime *
fb_health_error_get_creation_time (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->creation_time;
}

const char *
fb_health_error_get_recovery_provider_error_message (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->recovery_provider_error_message;
}

const char *
fb_health_error_get_entity_id (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->entity_id;
}

const char *
fb_health_error_get_error_id (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->error_id;
}

const char *
fb_health_error_get_customer_resolvability (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return self->customer_resolvability;
}

/**
 * fb_health_error_get_inner_health_errors:
 * @self: a #FbHealthError
 *
 * Returns: (transfer none): the inner health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_health_error_get_inner_health_errors (FbHealthError *self)
{
  g_return_val_if_fail (FB_IS_HEALTH_ERROR (self), NULL);

  return G_LIST_MODEL (self->inner_health_errors);
}
