/* fb-reprotect-agent.c - a reprotect agent of a modern (InMageRcm) fabric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-reprotect-agent.h"
#include "fb-json.h"

struct _FbReprotectAgent
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *bios_id;
  char        *fabric_object_id;
  char        *fqdn;
  char        *version;
  GDateTime   *last_heartbeat;
  char        *health;
  GListStore  *health_errors;
  gint64       protected_item_count;
  char       **accessible_datastores;
  char        *vcenter_id;
  GDateTime   *last_discovery_time;
};

G_DEFINE_FINAL_TYPE (FbReprotectAgent, fb_reprotect_agent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BIOS_ID,
  PROP_FABRIC_OBJECT_ID,
  PROP_FQDN,
  PROP_VERSION,
  PROP_LAST_HEARTBEAT,
  PROP_HEALTH,
  PROP_HEALTH_ERRORS,
  PROP_PROTECTED_ITEM_COUNT,
  PROP_ACCESSIBLE_DATASTORES,
  PROP_VCENTER_ID,
  PROP_LAST_DISCOVERY_TIME,
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
fb_reprotect_agent_dispose (GObject *object)
{
  FbReprotectAgent *self = (FbReprotectAgent *) object;

  g_clear_object (&self->health_errors);

  G_OBJECT_CLASS (fb_reprotect_agent_parent_class)->dispose (object);
}

static void
fb_reprotect_agent_finalize (GObject *object)
{
  FbReprotectAgent *self = (FbReprotectAgent *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->bios_id, g_free);
  g_clear_pointer (&self->fabric_object_id, g_free);
  g_clear_pointer (&self->fqdn, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->last_heartbeat, g_date_time_unref);
  g_clear_pointer (&self->health, g_free);
  g_clear_pointer (&self->accessible_datastores, g_strfreev);
  g_clear_pointer (&self->vcenter_id, g_free);
  g_clear_pointer (&self->last_discovery_time, g_date_time_unref);

  G_OBJECT_CLASS (fb_reprotect_agent_parent_class)->finalize (object);
}

static void
fb_reprotect_agent_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FbReprotectAgent *self = (FbReprotectAgent *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BIOS_ID:
      g_value_set_string (value, self->bios_id);
      break;

    case PROP_FABRIC_OBJECT_ID:
      g_value_set_string (value, self->fabric_object_id);
      break;

    case PROP_FQDN:
      g_value_set_string (value, self->fqdn);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_LAST_HEARTBEAT:
      g_value_set_boxed (value, self->last_heartbeat);
      break;

    case PROP_HEALTH:
      g_value_set_string (value, self->health);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    case PROP_PROTECTED_ITEM_COUNT:
      g_value_set_int64 (value, self->protected_item_count);
      break;

    case PROP_ACCESSIBLE_DATASTORES:
      g_value_set_boxed (value, self->accessible_datastores);
      break;

    case PROP_VCENTER_ID:
      g_value_set_string (value, self->vcenter_id);
      break;

    case PROP_LAST_DISCOVERY_TIME:
      g_value_set_boxed (value, self->last_discovery_time);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_reprotect_agent_class_init (FbReprotectAgentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_reprotect_agent_dispose;
  object_class->finalize = fb_reprotect_agent_finalize;
  object_class->get_property = fb_reprotect_agent_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BIOS_ID] =
    g_param_spec_string ("bios-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FABRIC_OBJECT_ID] =
    g_param_spec_string ("fabric-object-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FQDN] =
    g_param_spec_string ("fqdn", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_HEARTBEAT] =
    g_param_spec_boxed ("last-heartbeat", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH] =
    g_param_spec_string ("health", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH_ERRORS] =
    g_param_spec_object ("health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_ITEM_COUNT] =
    g_param_spec_int64 ("protected-item-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACCESSIBLE_DATASTORES] =
    g_param_spec_boxed ("accessible-datastores", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VCENTER_ID] =
    g_param_spec_string ("vcenter-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_DISCOVERY_TIME] =
    g_param_spec_boxed ("last-discovery-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_reprotect_agent_init (FbReprotectAgent *self)
{
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

static gboolean
fb_reprotect_agent_parse (FbReprotectAgent  *self,
                          JsonNode          *node,
                          GError           **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "biosId", &self->bios_id, error) ||
      !fb_json_get_string (root, "fabricObjectId", &self->fabric_object_id, error) ||
      !fb_json_get_string (root, "fqdn", &self->fqdn, error) ||
      !fb_json_get_string (root, "version", &self->version, error) ||
      !fb_json_get_date_time (root, "lastHeartbeatUtc|"
                                    "lastHeartbeat", &self->last_heartbeat, error) ||
      !fb_json_get_string (root, "health", &self->health, error) ||
      !fb_json_get_model_list (root, "healthErrors", health_error_new_cb, self->health_errors, error) ||
      !fb_json_get_int64 (root, "protectedItemCount", &self->protected_item_count, error) ||
      !fb_json_get_strv (root, "accessibleDatastores", &self->accessible_datastores, error) ||
      !fb_json_get_string (root, "vcenterId|vCenterId", &self->vcenter_id, error) ||
      !fb_json_get_date_time (root, "lastDiscoveryInUtc", &self->last_discovery_time, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_reprotect_agent_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbReprotectAgent, or %NULL with @error set when a member has
 *   the wrong type
 */
FbReprotectAgent *
fb_reprotect_agent_new_from_json (JsonNode  *node,
                                  GError   **error)
{
  g_autoptr(FbReprotectAgent) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_REPROTECT_AGENT, NULL);
  if (!fb_reprotect_agent_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_reprotect_agent_update_from:
 * @self: a #FbReprotectAgent
 * @other: a #FbReprotectAgent with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_reprotect_agent_update_from (FbReprotectAgent *self,
                                FbReprotectAgent *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), FALSE);
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_BIOS_ID], &self->bios_id, other->bios_id);
  changed |= fb_json_update_string (object, properties[PROP_FABRIC_OBJECT_ID], &self->fabric_object_id, other->fabric_object_id);
  changed |= fb_json_update_string (object, properties[PROP_FQDN], &self->fqdn, other->fqdn);
  changed |= fb_json_update_string (object, properties[PROP_VERSION], &self->version, other->version);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_HEARTBEAT], &self->last_heartbeat, other->last_heartbeat);
  changed |= fb_json_update_string (object, properties[PROP_HEALTH], &self->health, other->health);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);
  changed |= fb_json_update_int64 (object, properties[PROP_PROTECTED_ITEM_COUNT], &self->protected_item_count, other->protected_item_count);
  changed |= fb_json_update_strv (object, properties[PROP_ACCESSIBLE_DATASTORES], &self->accessible_datastores, other->accessible_datastores);
  changed |= fb_json_update_string (object, properties[PROP_VCENTER_ID], &self->vcenter_id, other->vcenter_id);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_DISCOVERY_TIME], &self->last_discovery_time, other->last_discovery_time);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_reprotect_agent_update_from_json:
 * @self: a #FbReprotectAgent
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_reprotect_agent_update_from_json (FbReprotectAgent  *self,
                                     JsonNode          *node,
                                     GError           **error)
{
  g_autoptr(FbReprotectAgent) fresh = NULL;

  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_reprotect_agent_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_reprotect_agent_update_from (self, fresh);
  return TRUE;
}

const char *
fb_reprotect_agent_get_id (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->id;
}

const char *
fb_reprotect_agent_get_name (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->name;
}

const char *
fb_reprotect_agent_get_bios_id (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->bios_id;
}

const char *
fb_reprotect_agent_get_fabric_object_id (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->fabric_object_id;
}

const char *
fb_reprotect_agent_get_fqdn (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->fqdn;
}

const char *
fb_reprotect_agent_get_version (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->version;
}

GDateTime *
fb_reprotect_agent_get_last_heartbeat (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->last_heartbeat;
}

const char *
fb_reprotect_agent_get_health (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->health;
}

/**
 * fb_reprotect_agent_get_health_errors:
 * @self: a #FbReprotectAgent
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_reprotect_agent_get_health_errors (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}

gint64
fb_reprotect_agent_get_protected_item_count (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), 0);

  return self->protected_item_count;
}

const char * const *
fb_reprotect_agent_get_accessible_datastores (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return (const char * const *) self->accessible_datastores;
}

const char *
fb_reprotect_agent_get_vcenter_id (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->vcenter_id;
}

GDateTime *
fb_reprotect_agent_get_last_discovery_time (FbReprotectAgent *self)
{
  g_return_val_if_fail (FB_IS_REPROTECT_AGENT (self), NULL);

  return self->last_discovery_time;
}
