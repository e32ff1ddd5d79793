/* fb-vcenter-datastore.c - a datastore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-vcenter-client.h"
#include "fb-vcenter-private.h"

struct _FbVcenterDatastore
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *ds_type;
  gint64   capacity;
  gint64   free_space;
  GStrv    host_ids;
};

G_DEFINE_FINAL_TYPE (FbVcenterDatastore, fb_vcenter_datastore, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DS_TYPE,
  PROP_CAPACITY,
  PROP_FREE_SPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_vcenter_datastore_finalize (GObject *object)
{
  FbVcenterDatastore *self = FB_VCENTER_DATASTORE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->ds_type);
  g_strfreev (self->host_ids);

  G_OBJECT_CLASS (fb_vcenter_datastore_parent_class)->finalize (object);
}

static void
fb_vcenter_datastore_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FbVcenterDatastore *self = FB_VCENTER_DATASTORE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DS_TYPE: g_value_set_string (value, self->ds_type); break;
    case PROP_CAPACITY: g_value_set_int64 (value, self->capacity); break;
    case PROP_FREE_SPACE: g_value_set_int64 (value, self->free_space); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_vcenter_datastore_class_init (FbVcenterDatastoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fb_vcenter_datastore_finalize;
  object_class->get_property = fb_vcenter_datastore_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DS_TYPE] = g_param_spec_string ("ds-type", NULL, NULL, NULL, flags);
  properties[PROP_CAPACITY] = g_param_spec_int64 ("capacity", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_FREE_SPACE] = g_param_spec_int64 ("free-space", NULL, NULL, -1, G_MAXINT64, -1, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_vcenter_datastore_init (FbVcenterDatastore *self)
{
  self->capacity = -1;
  self->free_space = -1;
  self->host_ids = g_new0 (char *, 1);
}

FbVcenterDatastore *
fb_vcenter_datastore_new_from_summary (JsonObject *obj,
                                       GError    **error)
{
  g_autoptr(FbVcenterDatastore) self = g_object_new (FB_TYPE_VCENTER_DATASTORE, NULL);
  const char *id, *name, *type;

  if (!fb_vcenter_json_string (obj, "datastore", "datastore", TRUE, &id, error) ||
      !fb_vcenter_json_string (obj, "datastore", "name", TRUE, &name, error) ||
      !fb_vcenter_json_string (obj, "datastore", "type", TRUE, &type, error) ||
      !fb_vcenter_json_int (obj, "datastore", "capacity", FALSE, -1, &self->capacity, error) ||
      !fb_vcenter_json_int (obj, "datastore", "free_space", FALSE, -1, &self->free_space, error))
    return NULL;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->ds_type = g_strdup (type);
  return g_steal_pointer (&self);
}

void
fb_vcenter_datastore_set_host_ids (FbVcenterDatastore *self,
                                   GStrv               ids)
{
  g_strfreev (self->host_ids);
  self->host_ids = ids ? ids : g_new0 (char *, 1);
}

const char *
fb_vcenter_datastore_get_id (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), NULL);
  return self->id;
}

const char *
fb_vcenter_datastore_get_name (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), NULL);
  return self->name;
}

const char *
fb_vcenter_datastore_get_ds_type (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), NULL);
  return self->ds_type;
}

gboolean
fb_vcenter_datastore_is_block (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), FALSE);
  return g_strcmp0 (self->ds_type, "VMFS") == 0 || g_strcmp0 (self->ds_type, "VSAN") == 0;
}

gint64
fb_vcenter_datastore_get_capacity (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), -1);
  return self->capacity;
}

gint64
fb_vcenter_datastore_get_free_space (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), -1);
  return self->free_space;
}

const char * const *
fb_vcenter_datastore_get_host_ids (FbVcenterDatastore *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), NULL);
  return (const char * const *) self->host_ids;
}

gboolean
fb_vcenter_datastore_is_mounted_on (FbVcenterDatastore *self,
                                    const char         *host_id)
{
  g_return_val_if_fail (FB_IS_VCENTER_DATASTORE (self), FALSE);
  return host_id && g_strv_contains ((const char * const *) self->host_ids, host_id);
}
