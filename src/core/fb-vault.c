/* fb-vault.c - a Recovery Services vault (Microsoft.RecoveryServices/vaults)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-vault.h"
#include "fb-json.h"

struct _FbVault
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *location;
  char       *sku;
  char       *sku_tier;
  char       *provisioning_state;
  GHashTable *tags;
  char       *subscription_id;
  char       *resource_group;
};

G_DEFINE_FINAL_TYPE (FbVault, fb_vault, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LOCATION,
  PROP_SKU,
  PROP_SKU_TIER,
  PROP_PROVISIONING_STATE,
  PROP_TAGS,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_vault_finalize (GObject *object)
{
  FbVault *self = (FbVault *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->sku, g_free);
  g_clear_pointer (&self->sku_tier, g_free);
  g_clear_pointer (&self->provisioning_state, g_free);
  g_clear_pointer (&self->tags, g_hash_table_unref);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);

  G_OBJECT_CLASS (fb_vault_parent_class)->finalize (object);
}

static void
fb_vault_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FbVault *self = (FbVault *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_SKU:
      g_value_set_string (value, self->sku);
      break;

    case PROP_SKU_TIER:
      g_value_set_string (value, self->sku_tier);
      break;

    case PROP_PROVISIONING_STATE:
      g_value_set_string (value, self->provisioning_state);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_SUBSCRIPTION_ID:
      g_value_set_string (value, self->subscription_id);
      break;

    case PROP_RESOURCE_GROUP:
      g_value_set_string (value, self->resource_group);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_vault_class_init (FbVaultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_vault_finalize;
  object_class->get_property = fb_vault_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SKU] =
    g_param_spec_string ("sku", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SKU_TIER] =
    g_param_spec_string ("sku-tier", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVISIONING_STATE] =
    g_param_spec_string ("provisioning-state", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUBSCRIPTION_ID] =
    g_param_spec_string ("subscription-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESOURCE_GROUP] =
    g_param_spec_string ("resource-group", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_vault_init (FbVault *self)
{
}

static gboolean
fb_vault_parse (FbVault   *self,
                JsonNode  *node,
                GError   **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "location", &self->location, error) ||
      !fb_json_get_string (root, "sku.name", &self->sku, error) ||
      !fb_json_get_string (root, "sku.tier", &self->sku_tier, error) ||
      !fb_json_get_string (root, "properties.provisioningState", &self->provisioning_state, error) ||
      !fb_json_get_string_map (root, "tags", &self->tags, error))
    return FALSE;

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);

  return TRUE;
}

/**
 * fb_vault_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbVault, or %NULL with @error set when a member has
 *   the wrong type
 */
FbVault *
fb_vault_new_from_json (JsonNode  *node,
                        GError   **error)
{
  g_autoptr(FbVault) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_VAULT, NULL);
  if (!fb_vault_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_vault_update_from:
 * @self: a #FbVault
 * @other: a #FbVault with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_vault_update_from (FbVault *self,
                      FbVault *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_VAULT (self), FALSE);
  g_return_val_if_fail (FB_IS_VAULT (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_LOCATION], &self->location, other->location);
  changed |= fb_json_update_string (object, properties[PROP_SKU], &self->sku, other->sku);
  changed |= fb_json_update_string (object, properties[PROP_SKU_TIER], &self->sku_tier, other->sku_tier);
  changed |= fb_json_update_string (object, properties[PROP_PROVISIONING_STATE], &self->provisioning_state, other->provisioning_state);
  changed |= fb_json_update_string_map (object, properties[PROP_TAGS], &self->tags, other->tags);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_vault_update_from_json:
 * @self: a #FbVault
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_vault_update_from_json (FbVault   *self,
                           JsonNode  *node,
                           GError   **error)
{
  g_autoptr(FbVault) fresh = NULL;

  g_return_val_if_fail (FB_IS_VAULT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_vault_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_vault_update_from (self, fresh);
  return TRUE;
}

const char *
fb_vault_get_id (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->id;
}

const char *
fb_vault_get_name (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->name;
}

const char *
fb_vault_get_location (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->location;
}

const char *
fb_vault_get_sku (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->sku;
}

const char *
fb_vault_get_sku_tier (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->sku_tier;
}

const char *
fb_vault_get_provisioning_state (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->provisioning_state;
}

GHashTable *
fb_vault_get_tags (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->tags;
}

const char *
fb_vault_get_subscription_id (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->subscription_id;
}

const char *
fb_vault_get_resource_group (FbVault *self)
{
  g_return_val_if_fail (FB_IS_VAULT (self), NULL);

  return self->resource_group;
}
