/* fb-protection-container-mapping.c - a protection container mapping (replicationProtectionContainerMappings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-protection-container-mapping.h"
#include "fb-json.h"

struct _FbProtectionContainerMapping
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *policy_id;
  char       *policy_friendly_name;
  char       *target_protection_container_id;
  char       *target_protection_container_friendly_name;
  char       *source_protection_container_friendly_name;
  char       *source_fabric_friendly_name;
  char       *target_fabric_friendly_name;
  char       *state;
  char       *health;
  GListStore *health_errors;
  char       *provider_type;
  char       *fabric_name;
  char       *container_name;
  char       *subscription_id;
  char       *resource_group;
  char       *vault_name;
};

G_DEFINE_FINAL_TYPE (FbProtectionContainerMapping, fb_protection_container_mapping, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POLICY_ID,
  PROP_POLICY_FRIENDLY_NAME,
  PROP_TARGET_PROTECTION_CONTAINER_ID,
  PROP_TARGET_PROTECTION_CONTAINER_FRIENDLY_NAME,
  PROP_SOURCE_PROTECTION_CONTAINER_FRIENDLY_NAME,
  PROP_SOURCE_FABRIC_FRIENDLY_NAME,
  PROP_TARGET_FABRIC_FRIENDLY_NAME,
  PROP_STATE,
  PROP_HEALTH,
  PROP_HEALTH_ERRORS,
  PROP_PROVIDER_TYPE,
  PROP_FABRIC_NAME,
  PROP_CONTAINER_NAME,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
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
fb_protection_container_mapping_dispose (GObject *object)
{
  FbProtectionContainerMapping *self = (FbProtectionContainerMapping *) object;

  g_clear_object (&self->health_errors);

  G_OBJECT_CLASS (fb_protection_container_mapping_parent_class)->dispose (object);
}

static void
fb_protection_container_mapping_finalize (GObject *object)
{
  FbProtectionContainerMapping *self = (FbProtectionContainerMapping *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->policy_id, g_free);
  g_clear_pointer (&self->policy_friendly_name, g_free);
  g_clear_pointer (&self->target_protection_container_id, g_free);
  g_clear_pointer (&self->target_protection_container_friendly_name, g_free);
  g_clear_pointer (&self->source_protection_container_friendly_name, g_free);
  g_clear_pointer (&self->source_fabric_friendly_name, g_free);
  g_clear_pointer (&self->target_fabric_friendly_name, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->health, g_free);
  g_clear_pointer (&self->provider_type, g_free);
  g_clear_pointer (&self->fabric_name, g_free);
  g_clear_pointer (&self->container_name, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_protection_container_mapping_parent_class)->finalize (object);
}

static void
fb_protection_container_mapping_get_property (GObject    *object,
                                              guint       prop_id,
                                              GValue     *value,
                                              GParamSpec *pspec)
{
  FbProtectionContainerMapping *self = (FbProtectionContainerMapping *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POLICY_ID:
      g_value_set_string (value, self->policy_id);
      break;

    case PROP_POLICY_FRIENDLY_NAME:
      g_value_set_string (value, self->policy_friendly_name);
      break;

    case PROP_TARGET_PROTECTION_CONTAINER_ID:
      g_value_set_string (value, self->target_protection_container_id);
      break;

    case PROP_TARGET_PROTECTION_CONTAINER_FRIENDLY_NAME:
      g_value_set_string (value, self->target_protection_container_friendly_name);
      break;

    case PROP_SOURCE_PROTECTION_CONTAINER_FRIENDLY_NAME:
      g_value_set_string (value, self->source_protection_container_friendly_name);
      break;

    case PROP_SOURCE_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->source_fabric_friendly_name);
      break;

    case PROP_TARGET_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->target_fabric_friendly_name);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_HEALTH:
      g_value_set_string (value, self->health);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    case PROP_PROVIDER_TYPE:
      g_value_set_string (value, self->provider_type);
      break;

    case PROP_FABRIC_NAME:
      g_value_set_string (value, self->fabric_name);
      break;

    case PROP_CONTAINER_NAME:
      g_value_set_string (value, self->container_name);
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
fb_protection_container_mapping_class_init (FbProtectionContainerMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_protection_container_mapping_dispose;
  object_class->finalize = fb_protection_container_mapping_finalize;
  object_class->get_property = fb_protection_container_mapping_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POLICY_ID] =
    g_param_spec_string ("policy-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POLICY_FRIENDLY_NAME] =
    g_param_spec_string ("policy-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_PROTECTION_CONTAINER_ID] =
    g_param_spec_string ("target-protection-container-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_PROTECTION_CONTAINER_FRIENDLY_NAME] =
    g_param_spec_string ("target-protection-container-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_PROTECTION_CONTAINER_FRIENDLY_NAME] =
    g_param_spec_string ("source-protection-container-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("source-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("target-fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH] =
    g_param_spec_string ("health", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH_ERRORS] =
    g_param_spec_object ("health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_TYPE] =
    g_param_spec_string ("provider-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FABRIC_NAME] =
    g_param_spec_string ("fabric-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTAINER_NAME] =
    g_param_spec_string ("container-name", NULL, NULL,
                         NULL,
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
fb_protection_container_mapping_init (FbProtectionContainerMapping *self)
{
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

static gboolean
fb_protection_container_mapping_parse (FbProtectionContainerMapping  *self,
                                       JsonNode                      *node,
                                       GError                       **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "properties.policyId", &self->policy_id, error) ||
      !fb_json_get_string (root, "properties.policyFriendlyName", &self->policy_friendly_name, error) ||
      !fb_json_get_string (root, "properties.targetProtectionContainerId", &self->target_protection_container_id, error) ||
      !fb_json_get_string (root, "properties.targetProtectionContainerFriendlyName", &self->target_protection_container_friendly_name, error) ||
      !fb_json_get_string (root, "properties.sourceProtectionContainerFriendlyName", &self->source_protection_container_friendly_name, error) ||
      !fb_json_get_string (root, "properties.sourceFabricFriendlyName", &self->source_fabric_friendly_name, error) ||
      !fb_json_get_string (root, "properties.targetFabricFriendlyName", &self->target_fabric_friendly_name, error) ||
      !fb_json_get_string (root, "properties.state", &self->state, error) ||
      !fb_json_get_string (root, "properties.health", &self->health, error) ||
      !fb_json_get_model_list (root, "properties.healthErrorDetails", health_error_new_cb, self->health_errors, error) ||
      !fb_json_get_string (root, "properties.providerSpecificDetails.instanceType", &self->provider_type, error))
    return FALSE;

  self->fabric_name = fb_arm_id_get_fabric_name (self->id);
  self->container_name = fb_arm_id_get_container_name (self->id);
  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_protection_container_mapping_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbProtectionContainerMapping, or %NULL with @error set when a member has
 *   the wrong type
 */
FbProtectionContainerMapping *
fb_protection_container_mapping_new_from_json (JsonNode  *node,
                                               GError   **error)
{
  g_autoptr(FbProtectionContainerMapping) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_PROTECTION_CONTAINER_MAPPING, NULL);
  if (!fb_protection_container_mapping_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_protection_container_mapping_update_from:
 * @self: a #FbProtectionContainerMapping
 * @other: a #FbProtectionContainerMapping with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_protection_container_mapping_update_from (FbProtectionContainerMapping *self,
                                             FbProtectionContainerMapping *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), FALSE);
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_POLICY_ID], &self->policy_id, other->policy_id);
  changed |= fb_json_update_string (object, properties[PROP_POLICY_FRIENDLY_NAME], &self->policy_friendly_name, other->policy_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_PROTECTION_CONTAINER_ID], &self->target_protection_container_id, other->target_protection_container_id);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_PROTECTION_CONTAINER_FRIENDLY_NAME], &self->target_protection_container_friendly_name, other->target_protection_container_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_SOURCE_PROTECTION_CONTAINER_FRIENDLY_NAME], &self->source_protection_container_friendly_name, other->source_protection_container_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_SOURCE_FABRIC_FRIENDLY_NAME], &self->source_fabric_friendly_name, other->source_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_TARGET_FABRIC_FRIENDLY_NAME], &self->target_fabric_friendly_name, other->target_fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_STATE], &self->state, other->state);
  changed |= fb_json_update_string (object, properties[PROP_HEALTH], &self->health, other->health);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_TYPE], &self->provider_type, other->provider_type);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_NAME], &self->fabric_name, other->fabric_name);
  changed |= fb_json_update_string (object, properties[PROP_CONTAINER_NAME], &self->container_name, other->container_name);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_protection_container_mapping_update_from_json:
 * @self: a #FbProtectionContainerMapping
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_protection_container_mapping_update_from_json (FbProtectionContainerMapping  *self,
                                                  JsonNode                      *node,
                                                  GError                       **error)
{
  g_autoptr(FbProtectionContainerMapping) fresh = NULL;

  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_protection_container_mapping_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_protection_container_mapping_update_from (self, fresh);
  return TRUE;
}

const char *
fb_protection_container_mapping_get_id (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->id;
}

const char *
fb_protection_container_mapping_get_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->name;
}

const char *
fb_protection_container_mapping_get_policy_id (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->policy_id;
}

const char *
fb_protection_container_mapping_get_policy_friendly_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->policy_friendly_name;
}

const char *
fb_protection_container_mapping_get_target_protection_container_id (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->target_protection_container_id;
}

const char *
fb_protection_container_mapping_get_target_protection_container_friendly_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->target_protection_container_friendly_name;
}

const char *
fb_protection_container_mapping_get_source_protection_container_friendly_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->source_protection_container_friendly_name;
}

const char *
fb_protection_container_mapping_get_source_fabric_friendly_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->source_fabric_friendly_name;
}

const char *
fb_protection_container_mapping_get_target_fabric_friendly_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->target_fabric_friendly_name;
}

const char *
fb_protection_container_mapping_get_state (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->state;
}

const char *
fb_protection_container_mapping_get_health (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->health;
}

/**
 * fb_protection_container_mapping_get_health_errors:
 * @self: a #FbProtectionContainerMapping
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_protection_container_mapping_get_health_errors (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}

const char *
fb_protection_container_mapping_get_provider_type (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->provider_type;
}

const char *
fb_protection_container_mapping_get_fabric_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->fabric_name;
}

const char *
fb_protection_container_mapping_get_container_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->container_name;
}

const char *
fb_protection_container_mapping_get_subscription_id (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->subscription_id;
}

const char *
fb_protection_container_mapping_get_resource_group (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->resource_group;
}

const char *
fb_protection_container_mapping_get_vault_name (FbProtectionContainerMapping *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER_MAPPING (self), NULL);

  return self->vault_name;
}
