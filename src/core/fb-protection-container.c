/* fb-protection-container.c - a protection container of a fabric (replicationProtectionContainers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-protection-container.h"
#include "fb-json.h"

struct _FbProtectionContainer
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *friendly_name;
  char   *fabric_friendly_name;
  char   *fabric_type;
  gint64  protected_item_count;
  char   *pairing_status;
  char   *role;
  char   *fabric_name;
  char   *subscription_id;
  char   *resource_group;
  char   *vault_name;
};

G_DEFINE_FINAL_TYPE (FbProtectionContainer, fb_protection_container, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_FABRIC_FRIENDLY_NAME,
  PROP_FABRIC_TYPE,
  PROP_PROTECTED_ITEM_COUNT,
  PROP_PAIRING_STATUS,
  PROP_ROLE,
  PROP_FABRIC_NAME,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_protection_container_finalize (GObject *object)
{
  FbProtectionContainer *self = (FbProtectionContainer *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->fabric_friendly_name, g_free);
  g_clear_pointer (&self->fabric_type, g_free);
  g_clear_pointer (&self->pairing_status, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->fabric_name, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_protection_container_parent_class)->finalize (object);
}

static void
fb_protection_container_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  FbProtectionContainer *self = (FbProtectionContainer *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FRIENDLY_NAME:
      g_value_set_string (value, self->friendly_name);
      break;

    case PROP_FABRIC_FRIENDLY_NAME:
      g_value_set_string (value, self->fabric_friendly_name);
      break;

    case PROP_FABRIC_TYPE:
      g_value_set_string (value, self->fabric_type);
      break;

    case PROP_PROTECTED_ITEM_COUNT:
      g_value_set_int64 (value, self->protected_item_count);
      break;

    case PROP_PAIRING_STATUS:
      g_value_set_string (value, self->pairing_status);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_FABRIC_NAME:
      g_value_set_string (value, self->fabric_name);
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
fb_protection_container_class_init (FbProtectionContainerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_protection_container_finalize;
  object_class->get_property = fb_protection_container_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
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

  properties[PROP_FABRIC_FRIENDLY_NAME] =
    g_param_spec_string ("fabric-friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FABRIC_TYPE] =
    g_param_spec_string ("fabric-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_ITEM_COUNT] =
    g_param_spec_int64 ("protected-item-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PAIRING_STATUS] =
    g_param_spec_string ("pairing-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FABRIC_NAME] =
    g_param_spec_string ("fabric-name", NULL, NULL,
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
fb_protection_container_init (FbProtectionContainer *self)
{
}

static gboolean
fb_protection_container_parse (FbProtectionContainer  *self,
                               JsonNode               *node,
                               GError                **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "properties.friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, "properties.fabricFriendlyName", &self->fabric_friendly_name, error) ||
      !fb_json_get_string (root, "properties.fabricType", &self->fabric_type, error) ||
      !fb_json_get_int64 (root, "properties.protectedItemCount", &self->protected_item_count, error) ||
      !fb_json_get_string (root, "properties.pairingStatus", &self->pairing_status, error) ||
      !fb_json_get_string (root, "properties.role", &self->role, error))
    return FALSE;

  self->fabric_name = fb_arm_id_get_fabric_name (self->id);
  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_protection_container_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbProtectionContainer, or %NULL with @error set when a member has
 *   the wrong type
 */
FbProtectionContainer *
fb_protection_container_new_from_json (JsonNode  *node,
                                       GError   **error)
{
  g_autoptr(FbProtectionContainer) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_PROTECTION_CONTAINER, NULL);
  if (!fb_protection_container_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_protection_container_update_from:
 * @self: a #FbProtectionContainer
 * @other: a #FbProtectionContainer with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_protection_container_update_from (FbProtectionContainer *self,
                                     FbProtectionContainer *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), FALSE);
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_FRIENDLY_NAME], &self->fabric_friendly_name, other->fabric_friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_TYPE], &self->fabric_type, other->fabric_type);
  changed |= fb_json_update_int64 (object, properties[PROP_PROTECTED_ITEM_COUNT], &self->protected_item_count, other->protected_item_count);
  changed |= fb_json_update_string (object, properties[PROP_PAIRING_STATUS], &self->pairing_status, other->pairing_status);
  changed |= fb_json_update_string (object, properties[PROP_ROLE], &self->role, other->role);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_NAME], &self->fabric_name, other->fabric_name);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_protection_container_update_from_json:
 * @self: a #FbProtectionContainer
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_protection_container_update_from_json (FbProtectionContainer  *self,
                                          JsonNode               *node,
                                          GError                **error)
{
  g_autoptr(FbProtectionContainer) fresh = NULL;

  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_protection_container_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_protection_container_update_from (self, fresh);
  return TRUE;
}

const char *
fb_protection_container_get_id (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->id;
}

const char *
fb_protection_container_get_name (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->name;
}

const char *
fb_protection_container_get_friendly_name (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->friendly_name;
}

const char *
fb_protection_container_get_fabric_friendly_name (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->fabric_friendly_name;
}

const char *
fb_protection_container_get_fabric_type (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->fabric_type;
}

gint64
fb_protection_container_get_protected_item_count (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), 0);

  return self->protected_item_count;
}

const char *
fb_protection_container_get_pairing_status (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->pairing_status;
}

const char *
fb_protection_container_get_role (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->role;
}

const char *
fb_protection_container_get_fabric_name (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->fabric_name;
}

const char *
fb_protection_container_get_subscription_id (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->subscription_id;
}

const char *
fb_protection_container_get_resource_group (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->resource_group;
}

const char *
fb_protection_container_get_vault_name (FbProtectionContainer *self)
{
  g_return_val_if_fail (FB_IS_PROTECTION_CONTAINER (self), NULL);

  return self->vault_name;
}
