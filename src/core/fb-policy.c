/* fb-policy.c - a replication policy (replicationPolicies)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-policy.h"
#include "fb-json.h"

struct _FbPolicy
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *friendly_name;
  char   *provider_type;
  gint64  recovery_point_history;
  gint64  recovery_point_threshold_in_minutes;
  gint64  app_consistent_frequency_in_minutes;
  gint64  crash_consistent_frequency_in_minutes;
  char   *multi_vm_sync_status;
  char   *subscription_id;
  char   *resource_group;
  char   *vault_name;
};

G_DEFINE_FINAL_TYPE (FbPolicy, fb_policy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_PROVIDER_TYPE,
  PROP_RECOVERY_POINT_HISTORY,
  PROP_RECOVERY_POINT_THRESHOLD_IN_MINUTES,
  PROP_APP_CONSISTENT_FREQUENCY_IN_MINUTES,
  PROP_CRASH_CONSISTENT_FREQUENCY_IN_MINUTES,
  PROP_MULTI_VM_SYNC_STATUS,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_policy_finalize (GObject *object)
{
  FbPolicy *self = (FbPolicy *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->provider_type, g_free);
  g_clear_pointer (&self->multi_vm_sync_status, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_policy_parent_class)->finalize (object);
}

static void
fb_policy_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FbPolicy *self = (FbPolicy *) object;

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

    case PROP_PROVIDER_TYPE:
      g_value_set_string (value, self->provider_type);
      break;

    case PROP_RECOVERY_POINT_HISTORY:
      g_value_set_int64 (value, self->recovery_point_history);
      break;

    case PROP_RECOVERY_POINT_THRESHOLD_IN_MINUTES:
      g_value_set_int64 (value, self->recovery_point_threshold_in_minutes);
      break;

    case PROP_APP_CONSISTENT_FREQUENCY_IN_MINUTES:
      g_value_set_int64 (value, self->app_consistent_frequency_in_minutes);
      break;

    case PROP_CRASH_CONSISTENT_FREQUENCY_IN_MINUTES:
      g_value_set_int64 (value, self->crash_consistent_frequency_in_minutes);
      break;

    case PROP_MULTI_VM_SYNC_STATUS:
      g_value_set_string (value, self->multi_vm_sync_status);
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
fb_policy_class_init (FbPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_policy_finalize;
  object_class->get_property = fb_policy_get_property;

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

  properties[PROP_PROVIDER_TYPE] =
    g_param_spec_string ("provider-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_POINT_HISTORY] =
    g_param_spec_int64 ("recovery-point-history", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECOVERY_POINT_THRESHOLD_IN_MINUTES] =
    g_param_spec_int64 ("recovery-point-threshold-in-minutes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_APP_CONSISTENT_FREQUENCY_IN_MINUTES] =
    g_param_spec_int64 ("app-consistent-frequency-in-minutes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CRASH_CONSISTENT_FREQUENCY_IN_MINUTES] =
    g_param_spec_int64 ("crash-consistent-frequency-in-minutes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MULTI_VM_SYNC_STATUS] =
    g_param_spec_string ("multi-vm-sync-status", NULL, NULL,
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
fb_policy_init (FbPolicy *self)
{
}

static gboolean
fb_policy_parse (FbPolicy  *self,
                 JsonNode  *node,
                 GError   **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "properties.friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, "properties.providerSpecificDetails.instanceType", &self->provider_type, error) ||
      !fb_json_get_int64 (root, "properties.providerSpecificDetails.recoveryPointHistory|"
                                "properties.providerSpecificDetails.recoveryPointHistoryInMinutes", &self->recovery_point_history, error) ||
      !fb_json_get_int64 (root, "properties.providerSpecificDetails.recoveryPointThresholdInMinutes", &self->recovery_point_threshold_in_minutes, error) ||
      !fb_json_get_int64 (root, "properties.providerSpecificDetails.appConsistentFrequencyInMinutes", &self->app_consistent_frequency_in_minutes, error) ||
      !fb_json_get_int64 (root, "properties.providerSpecificDetails.crashConsistentFrequencyInMinutes", &self->crash_consistent_frequency_in_minutes, error) ||
      !fb_json_get_string (root, "properties.providerSpecificDetails.multiVmSyncStatus|"
                                 "properties.providerSpecificDetails.enableMultiVmSync", &self->multi_vm_sync_status, error))
    return FALSE;

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_policy_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbPolicy, or %NULL with @error set when a member has
 *   the wrong type
 */
FbPolicy *
fb_policy_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(FbPolicy) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_POLICY, NULL);
  if (!fb_policy_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_policy_update_from:
 * @self: a #FbPolicy
 * @other: a #FbPolicy with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_policy_update_from (FbPolicy *self,
                       FbPolicy *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_POLICY (self), FALSE);
  g_return_val_if_fail (FB_IS_POLICY (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_PROVIDER_TYPE], &self->provider_type, other->provider_type);
  changed |= fb_json_update_int64 (object, properties[PROP_RECOVERY_POINT_HISTORY], &self->recovery_point_history, other->recovery_point_history);
  changed |= fb_json_update_int64 (object, properties[PROP_RECOVERY_POINT_THRESHOLD_IN_MINUTES], &self->recovery_point_threshold_in_minutes, other->recovery_point_threshold_in_minutes);
  changed |= fb_json_update_int64 (object, properties[PROP_APP_CONSISTENT_FREQUENCY_IN_MINUTES], &self->app_consistent_frequency_in_minutes, other->app_consistent_frequency_in_minutes);
  changed |= fb_json_update_int64 (object, properties[PROP_CRASH_CONSISTENT_FREQUENCY_IN_MINUTES], &self->crash_consistent_frequency_in_minutes, other->crash_consistent_frequency_in_minutes);
  changed |= fb_json_update_string (object, properties[PROP_MULTI_VM_SYNC_STATUS], &self->multi_vm_sync_status, other->multi_vm_sync_status);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_policy_update_from_json:
 * @self: a #FbPolicy
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_policy_update_from_json (FbPolicy  *self,
                            JsonNode  *node,
                            GError   **error)
{
  g_autoptr(FbPolicy) fresh = NULL;

  g_return_val_if_fail (FB_IS_POLICY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_policy_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_policy_update_from (self, fresh);
  return TRUE;
}

const char *
fb_policy_get_id (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->id;
}

const char *
fb_policy_get_name (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->name;
}

const char *
fb_policy_get_friendly_name (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->friendly_name;
}

const char *
fb_policy_get_provider_type (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->provider_type;
}

gint64
fb_policy_get_recovery_point_history (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), 0);

  return self->recovery_point_history;
}

gint64
fb_policy_get_recovery_point_threshold_in_minutes (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), 0);

  return self->recovery_point_threshold_in_minutes;
}

gint64
fb_policy_get_app_consistent_frequency_in_minutes (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), 0);

  return self->app_consistent_frequency_in_minutes;
}

gint64
fb_policy_get_crash_consistent_frequency_in_minutes (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), 0);

  return self->crash_consistent_frequency_in_minutes;
}

const char *
fb_policy_get_multi_vm_sync_status (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->multi_vm_sync_status;
}

const char *
fb_policy_get_subscription_id (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->subscription_id;
}

const char *
fb_policy_get_resource_group (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->resource_group;
}

const char *
fb_policy_get_vault_name (FbPolicy *self)
{
  g_return_val_if_fail (FB_IS_POLICY (self), NULL);

  return self->vault_name;
}
