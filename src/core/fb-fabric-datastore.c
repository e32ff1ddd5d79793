/* fb-fabric-datastore.c - a datastore a master target server can write to (classic VMware fabric)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric-datastore.h"
#include "fb-json.h"

struct _FbFabricDatastore
{
  GObject parent_instance;

  char   *symbolic_name;
  char   *uuid;
  double  capacity_gb;
  double  free_space_gb;
  char   *datastore_type;
};

G_DEFINE_FINAL_TYPE (FbFabricDatastore, fb_fabric_datastore, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SYMBOLIC_NAME,
  PROP_UUID,
  PROP_CAPACITY_GB,
  PROP_FREE_SPACE_GB,
  PROP_DATASTORE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_fabric_datastore_finalize (GObject *object)
{
  FbFabricDatastore *self = (FbFabricDatastore *) object;

  g_clear_pointer (&self->symbolic_name, g_free);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->datastore_type, g_free);

  G_OBJECT_CLASS (fb_fabric_datastore_parent_class)->finalize (object);
}

static void
fb_fabric_datastore_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FbFabricDatastore *self = (FbFabricDatastore *) object;

  switch (prop_id)
    {
    case PROP_SYMBOLIC_NAME:
      g_value_set_string (value, self->symbolic_name);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_CAPACITY_GB:
      g_value_set_double (value, self->capacity_gb);
      break;

    case PROP_FREE_SPACE_GB:
      g_value_set_double (value, self->free_space_gb);
      break;

    case PROP_DATASTORE_TYPE:
      g_value_set_string (value, self->datastore_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_fabric_datastore_class_init (FbFabricDatastoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_fabric_datastore_finalize;
  object_class->get_property = fb_fabric_datastore_get_property;

  properties[PROP_SYMBOLIC_NAME] =
    g_param_spec_string ("symbolic-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAPACITY_GB] =
    g_param_spec_double ("capacity-gb", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FREE_SPACE_GB] =
    g_param_spec_double ("free-space-gb", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* "VMFS", "vSAN", ... */
  properties[PROP_DATASTORE_TYPE] =
    g_param_spec_string ("datastore-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_fabric_datastore_init (FbFabricDatastore *self)
{
}

static gboolean
fb_fabric_datastore_parse (FbFabricDatastore  *self,
                           JsonNode           *node,
                           GError            **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "symbolicName", &self->symbolic_name, error) ||
      !fb_json_get_string (root, "uuid", &self->uuid, error) ||
      !fb_json_get_double (root, "capacity", &self->capacity_gb, error) ||
      !fb_json_get_double (root, "freeSpace", &self->free_space_gb, error) ||
      !fb_json_get_string (root, "type", &self->datastore_type, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_fabric_datastore_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbFabricDatastore, or %NULL with @error set when a member has
 *   the wrong type
 */
FbFabricDatastore *
fb_fabric_datastore_new_from_json (JsonNode  *node,
                                   GError   **error)
{
  g_autoptr(FbFabricDatastore) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_FABRIC_DATASTORE, NULL);
  if (!fb_fabric_datastore_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_fabric_datastore_update_from:
 * @self: a #FbFabricDatastore
 * @other: a #FbFabricDatastore with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_fabric_datastore_update_from (FbFabricDatastore *self,
                                 FbFabricDatastore *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), FALSE);
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_SYMBOLIC_NAME], &self->symbolic_name, other->symbolic_name);
  changed |= fb_json_update_string (object, properties[PROP_UUID], &self->uuid, other->uuid);
  changed |= fb_json_update_double (object, properties[PROP_CAPACITY_GB], &self->capacity_gb, other->capacity_gb);
  changed |= fb_json_update_double (object, properties[PROP_FREE_SPACE_GB], &self->free_space_gb, other->free_space_gb);
  changed |= fb_json_update_string (object, properties[PROP_DATASTORE_TYPE], &self->datastore_type, other->datastore_type);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_fabric_datastore_update_from_json:
 * @self: a #FbFabricDatastore
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_fabric_datastore_update_from_json (FbFabricDatastore  *self,
                                      JsonNode           *node,
                                      GError            **error)
{
  g_autoptr(FbFabricDatastore) fresh = NULL;

  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_fabric_datastore_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_fabric_datastore_update_from (self, fresh);
  return TRUE;
}

const char *
fb_fabric_datastore_get_symbolic_name (FbFabricDatastore *self)
{
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), NULL);

  return self->symbolic_name;
}

const char *
fb_fabric_datastore_get_uuid (FbFabricDatastore *self)
{
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), NULL);

  return self->uuid;
}

double
fb_fabric_datastore_get_capacity_gb (FbFabricDatastore *self)
{
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), 0.0);

  return self->capacity_gb;
}

double
fb_fabric_datastore_get_free_space_gb (FbFabricDatastore *self)
{
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), 0.0);

  return self->free_space_gb;
}

const char *
fb_fabric_datastore_get_datastore_type (FbFabricDatastore *self)
{
  g_return_val_if_fail (FB_IS_FABRIC_DATASTORE (self), NULL);

  return self->datastore_type;
}
