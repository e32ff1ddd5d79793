/* fb-recovery-point.c - a recovery point of a protected item (recoveryPoints)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-point.h"
#include "fb-json.h"

struct _FbRecoveryPoint
{
  GObject parent_instance;

  char      *id;
  char      *name;
  GDateTime *recovery_point_time;
  char      *recovery_point_type;
  char      *provider_type;
  gboolean   is_multi_vm_sync_point;
  char      *protected_item_name;
};

G_DEFINE_FINAL_TYPE (FbRecoveryPoint, fb_recovery_point, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_RECOVERY_POINT_TIME,
  PROP_RECOVERY_POINT_TYPE,
  PROP_PROVIDER_TYPE,
  PROP_IS_MULTI_VM_SYNC_POINT,
  PROP_PROTECTED_ITEM_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_recovery_point_finalize (GObject *object)
{
  FbRecoveryPoint *self = (FbRecoveryPoint *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->recovery_point_time, g_date_time_unref);
  g_clear_pointer (&self->recovery_point_type, g_free);
  g_clear_pointer (&self->provider_type, g_free);
  g_clear_pointer (&self->protected_item_name, g_free);

  G_OBJECT_CLASS (fb_recovery_point_parent_class)->finalize (object);
}

static void
fb_recovery_point_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FbRecoveryPoint *self = (FbRecoveryPoint *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RECOVERY_POINT_TIME:
      g_value_set_boxed (value, self->recovery_point_time);
      break;

    case PROP_RECOVERY_POINT_TYPE:
      g_value_set_string (value, self->recovery_point_type);
      break;

    case PROP_PROVIDER_TYPE:
      g_value_set_string (value, self->provider_type);
      break;

    case PROP_IS_MULTI_VM_SYNC_POINT:
      g_value_set_boolean (value, self->is_multi_vm_sync_point);
      break;

    case PROP_PROTECTED_ITEM_NAME:
      g_value_set_string (value, self->protected_item_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_recovery_point_class_init (FbRecoveryPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_recovery_point_finalize;
  object_class->get_property = fb_recovery_point_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_POINT_TIME] =
    g_param_spec_boxed ("recovery-point-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_POINT_TYPE] =
    g_param_spec_string ("recovery-point-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROVIDER_TYPE] =
    g_param_spec_string ("provider-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_MULTI_VM_SYNC_POINT] =
    g_param_spec_boolean ("is-multi-vm-sync-point", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_ITEM_NAME] =
    g_param_spec_string ("protected-item-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_recovery_point_init (FbRecoveryPoint *self)
{
}

static gboolean
fb_recovery_point_parse (FbRecoveryPoint  *self,
                         JsonNode         *node,
                         GError          **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_date_time (root, "properties.recoveryPointTime", &self->recovery_point_time, error) ||
      !fb_json_get_string (root, "properties.recoveryPointType", &self->recovery_point_type, error) ||
      !fb_json_get_string (root, "properties.providerSpecificDetails.instanceType", &self->provider_type, error) ||
      !fb_json_get_boolean (root, "properties.providerSpecificDetails.isMultiVmSyncPoint", &self->is_multi_vm_sync_point, error))
    return FALSE;

  self->protected_item_name = fb_arm_id_get_protected_item_name (self->id);

  return TRUE;
}

/**
 * fb_recovery_point_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbRecoveryPoint, or %NULL with @error set when a member has
 *   the wrong type
 */
FbRecoveryPoint *
fb_recovery_point_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_autoptr(FbRecoveryPoint) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_RECOVERY_POINT, NULL);
  if (!fb_recovery_point_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_recovery_point_update_from:
 * @self: a #FbRecoveryPoint
 * @other: a #FbRecoveryPoint with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_recovery_point_update_from (FbRecoveryPoint *self,
                               FbRecoveryPoint *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), FALSE);
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_date_time (object, properties[PROP_RECOVERY_POINT_TIME], &self->recovery_point_time, other->recovery_point_time);
  changed |= fb_json_update_string (object, properties[PROP_RECOVERY_POINT_TYPE], &self->recovery_point_type, other->recovery_point_type);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_TYPE], &self->provider_type, other->provider_type);
  changed |= fb_json_update_boolean (object, properties[PROP_IS_MULTI_VM_SYNC_POINT], &self->is_multi_vm_sync_point, other->is_multi_vm_sync_point);
  changed |= fb_json_update_string (object, properties[PROP_PROTECTED_ITEM_NAME], &self->protected_item_name, other->protected_item_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_recovery_point_update_from_json:
 * @self: a #FbRecoveryPoint
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_recovery_point_update_from_json (FbRecoveryPoint  *self,
                                    JsonNode         *node,
                                    GError          **error)
{
  g_autoptr(FbRecoveryPoint) fresh = NULL;

  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_recovery_point_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_recovery_point_update_from (self, fresh);
  return TRUE;
}

const char *
fb_recovery_point_get_id (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->id;
}

const char *
fb_recovery_point_get_name (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->name;
}

GDateTime *
fb_recovery_point_get_recovery_point_time (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->recovery_point_time;
}

const char *
fb_recovery_point_get_recovery_point_type (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->recovery_point_type;
}

const char *
fb_recovery_point_get_provider_type (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->provider_type;
}

gboolean
fb_recovery_point_get_is_multi_vm_sync_point (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), FALSE);

  return self->is_multi_vm_sync_point;
}

const char *
fb_recovery_point_get_protected_item_name (FbRecoveryPoint *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_POINT (self), NULL);

  return self->protected_item_name;
}
