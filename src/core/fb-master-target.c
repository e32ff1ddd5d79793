/* fb-master-target.c - a master target server of a classic VMware fabric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-master-target.h"
#include "fb-json.h"

struct _FbMasterTarget
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *ip_address;
  char       *os_type;
  char       *os_version;
  char       *agent_version;
  char       *version_status;
  GDateTime  *last_heartbeat;
  GDateTime  *agent_expiry_date;
  char       *mars_agent_version;
  gint64      disk_count;
  GListStore *retention_volumes;
  GListStore *datastores;
  GListStore *validation_errors;
  GListStore *health_errors;
};

G_DEFINE_FINAL_TYPE (FbMasterTarget, fb_master_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_IP_ADDRESS,
  PROP_OS_TYPE,
  PROP_OS_VERSION,
  PROP_AGENT_VERSION,
  PROP_VERSION_STATUS,
  PROP_LAST_HEARTBEAT,
  PROP_AGENT_EXPIRY_DATE,
  PROP_MARS_AGENT_VERSION,
  PROP_DISK_COUNT,
  PROP_RETENTION_VOLUMES,
  PROP_DATASTORES,
  PROP_VALIDATION_ERRORS,
  PROP_HEALTH_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
retention_volume_new_cb (JsonNode  *node,
                         GError   **error)
{
  return fb_retention_volume_new_from_json (node, error);
}

static gboolean
retention_volume_update_cb (gpointer item,
                            gpointer other)
{
  return fb_retention_volume_update_from (item, other);
}

static const char *
retention_volume_key_cb (gpointer item)
{
  return fb_retention_volume_get_volume_name (item);
}

static gpointer
fabric_datastore_new_cb (JsonNode  *node,
                         GError   **error)
{
  return fb_fabric_datastore_new_from_json (node, error);
}

static gboolean
fabric_datastore_update_cb (gpointer item,
                            gpointer other)
{
  return fb_fabric_datastore_update_from (item, other);
}

static const char *
fabric_datastore_key_cb (gpointer item)
{
  return fb_fabric_datastore_get_symbolic_name (item);
}

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
fb_master_target_dispose (GObject *object)
{
  FbMasterTarget *self = (FbMasterTarget *) object;

  g_clear_object (&self->retention_volumes);
  g_clear_object (&self->datastores);
  g_clear_object (&self->validation_errors);
  g_clear_object (&self->health_errors);

  G_OBJECT_CLASS (fb_master_target_parent_class)->dispose (object);
}

static void
fb_master_target_finalize (GObject *object)
{
  FbMasterTarget *self = (FbMasterTarget *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->ip_address, g_free);
  g_clear_pointer (&self->os_type, g_free);
  g_clear_pointer (&self->os_version, g_free);
  g_clear_pointer (&self->agent_version, g_free);
  g_clear_pointer (&self->version_status, g_free);
  g_clear_pointer (&self->last_heartbeat, g_date_time_unref);
  g_clear_pointer (&self->agent_expiry_date, g_date_time_unref);
  g_clear_pointer (&self->mars_agent_version, g_free);

  G_OBJECT_CLASS (fb_master_target_parent_class)->finalize (object);
}

static void
fb_master_target_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FbMasterTarget *self = (FbMasterTarget *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_IP_ADDRESS:
      g_value_set_string (value, self->ip_address);
      break;

    case PROP_OS_TYPE:
      g_value_set_string (value, self->os_type);
      break;

    case PROP_OS_VERSION:
      g_value_set_string (value, self->os_version);
      break;

    case PROP_AGENT_VERSION:
      g_value_set_string (value, self->agent_version);
      break;

    case PROP_VERSION_STATUS:
      g_value_set_string (value, self->version_status);
      break;

    case PROP_LAST_HEARTBEAT:
      g_value_set_boxed (value, self->last_heartbeat);
      break;

    case PROP_AGENT_EXPIRY_DATE:
      g_value_set_boxed (value, self->agent_expiry_date);
      break;

    case PROP_MARS_AGENT_VERSION:
      g_value_set_string (value, self->mars_agent_version);
      break;

    case PROP_DISK_COUNT:
      g_value_set_int64 (value, self->disk_count);
      break;

    case PROP_RETENTION_VOLUMES:
      g_value_set_object (value, self->retention_volumes);
      break;

    case PROP_DATASTORES:
      g_value_set_object (value, self->datastores);
      break;

    case PROP_VALIDATION_ERRORS:
      g_value_set_object (value, self->validation_errors);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_master_target_class_init (FbMasterTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_master_target_dispose;
  object_class->finalize = fb_master_target_finalize;
  object_class->get_property = fb_master_target_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IP_ADDRESS] =
    g_param_spec_string ("ip-address", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_TYPE] =
    g_param_spec_string ("os-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_VERSION] =
    g_param_spec_string ("os-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_VERSION] =
    g_param_spec_string ("agent-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_STATUS] =
    g_param_spec_string ("version-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_HEARTBEAT] =
    g_param_spec_boxed ("last-heartbeat", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_EXPIRY_DATE] =
    g_param_spec_boxed ("agent-expiry-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MARS_AGENT_VERSION] =
    g_param_spec_string ("mars-agent-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DISK_COUNT] =
    g_param_spec_int64 ("disk-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RETENTION_VOLUMES] =
    g_param_spec_object ("retention-volumes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATASTORES] =
    g_param_spec_object ("datastores", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALIDATION_ERRORS] =
    g_param_spec_object ("validation-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH_ERRORS] =
    g_param_spec_object ("health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_master_target_init (FbMasterTarget *self)
{
  self->retention_volumes = g_list_store_new (FB_TYPE_RETENTION_VOLUME);
  self->datastores = g_list_store_new (FB_TYPE_FABRIC_DATASTORE);
  self->validation_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

static gboolean
fb_master_target_parse (FbMasterTarget  *self,
                        JsonNode        *node,
                        GError         **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "ipAddress", &self->ip_address, error) ||
      !fb_json_get_string (root, "osType", &self->os_type, error) ||
      !fb_json_get_string (root, "osVersion", &self->os_version, error) ||
      !fb_json_get_string (root, "agentVersion", &self->agent_version, error) ||
      !fb_json_get_string (root, "versionStatus", &self->version_status, error) ||
      !fb_json_get_date_time (root, "lastHeartbeat", &self->last_heartbeat, error) ||
      !fb_json_get_date_time (root, "agentExpiryDate|"
                                    "agentVersionDetails.expiryDate", &self->agent_expiry_date, error) ||
      !fb_json_get_string (root, "marsAgentVersion", &self->mars_agent_version, error) ||
      !fb_json_get_int64 (root, "diskCount", &self->disk_count, error) ||
      !fb_json_get_model_list (root, "retentionVolumes", retention_volume_new_cb, self->retention_volumes, error) ||
      !fb_json_get_model_list (root, "dataStores|"
                                     "datastores", fabric_datastore_new_cb, self->datastores, error) ||
      !fb_json_get_model_list (root, "validationErrors", health_error_new_cb, self->validation_errors, error) ||
      !fb_json_get_model_list (root, "healthErrors", health_error_new_cb, self->health_errors, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_master_target_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbMasterTarget, or %NULL with @error set when a member has
 *   the wrong type
 */
FbMasterTarget *
fb_master_target_new_from_json (JsonNode  *node,
                                GError   **error)
{
  g_autoptr(FbMasterTarget) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_MASTER_TARGET, NULL);
  if (!fb_master_target_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_master_target_update_from:
 * @self: a #FbMasterTarget
 * @other: a #FbMasterTarget with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_master_target_update_from (FbMasterTarget *self,
                              FbMasterTarget *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), FALSE);
  g_return_val_if_fail (FB_IS_MASTER_TARGET (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_IP_ADDRESS], &self->ip_address, other->ip_address);
  changed |= fb_json_update_string (object, properties[PROP_OS_TYPE], &self->os_type, other->os_type);
  changed |= fb_json_update_string (object, properties[PROP_OS_VERSION], &self->os_version, other->os_version);
  changed |= fb_json_update_string (object, properties[PROP_AGENT_VERSION], &self->agent_version, other->agent_version);
  changed |= fb_json_update_string (object, properties[PROP_VERSION_STATUS], &self->version_status, other->version_status);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_HEARTBEAT], &self->last_heartbeat, other->last_heartbeat);
  changed |= fb_json_update_date_time (object, properties[PROP_AGENT_EXPIRY_DATE], &self->agent_expiry_date, other->agent_expiry_date);
  changed |= fb_json_update_string (object, properties[PROP_MARS_AGENT_VERSION], &self->mars_agent_version, other->mars_agent_version);
  changed |= fb_json_update_int64 (object, properties[PROP_DISK_COUNT], &self->disk_count, other->disk_count);
  changed |= fb_json_merge_store (self->retention_volumes, G_LIST_MODEL (other->retention_volumes),
                                  retention_volume_key_cb, retention_volume_update_cb);
  changed |= fb_json_merge_store (self->datastores, G_LIST_MODEL (other->datastores),
                                  fabric_datastore_key_cb, fabric_datastore_update_cb);
  changed |= fb_json_merge_store (self->validation_errors, G_LIST_MODEL (other->validation_errors),
                                  NULL, health_error_update_cb);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_master_target_update_from_json:
 * @self: a #FbMasterTarget
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_master_target_update_from_json (FbMasterTarget  *self,
                                   JsonNode        *node,
                                   GError         **error)
{
  g_autoptr(FbMasterTarget) fresh = NULL;

  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_master_target_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_master_target_update_from (self, fresh);
  return TRUE;
}

const char *
fb_master_target_get_id (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->id;
}

const char *
fb_master_target_get_name (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->name;
}

const char *
fb_master_target_get_ip_address (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->ip_address;
}

const char *
fb_master_target_get_os_type (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->os_type;
}

const char *
fb_master_target_get_os_version (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->os_version;
}

const char *
fb_master_target_get_agent_version (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->agent_version;
}

const char *
fb_master_target_get_version_status (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->version_status;
}

GDateTime *
fb_master_target_get_last_heartbeat (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->last_heartbeat;
}

GDateTime *
fb_master_target_get_agent_expiry_date (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->agent_expiry_date;
}

const char *
fb_master_target_get_mars_agent_version (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return self->mars_agent_version;
}

gint64
fb_master_target_get_disk_count (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), 0);

  return self->disk_count;
}

/**
 * fb_master_target_get_retention_volumes:
 * @self: a #FbMasterTarget
 *
 * Returns: (transfer none): the retention volumes, a #GListModel of #FbRetentionVolume that
 *   updates in place
 */
GListModel *
fb_master_target_get_retention_volumes (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return G_LIST_MODEL (self->retention_volumes);
}

/**
 * fb_master_target_get_datastores:
 * @self: a #FbMasterTarget
 *
 * Returns: (transfer none): the datastores, a #GListModel of #FbFabricDatastore that
 *   updates in place
 */
GListModel *
fb_master_target_get_datastores (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return G_LIST_MODEL (self->datastores);
}

/**
 * fb_master_target_get_validation_errors:
 * @self: a #FbMasterTarget
 *
 * Returns: (transfer none): the validation errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_master_target_get_validation_errors (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return G_LIST_MODEL (self->validation_errors);
}

/**
 * fb_master_target_get_health_errors:
 * @self: a #FbMasterTarget
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_master_target_get_health_errors (FbMasterTarget *self)
{
  g_return_val_if_fail (FB_IS_MASTER_TARGET (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}
