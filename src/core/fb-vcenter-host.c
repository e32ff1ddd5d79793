/* fb-vcenter-host.c - an ESXi host
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-vcenter-client.h"
#include "fb-vcenter-private.h"

struct _FbVcenterHost
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *connection_state;
  char    *power_state;
  gint64   memory_total;
  gint64   memory_used;
  GStrv    datastore_ids;
};

G_DEFINE_FINAL_TYPE (FbVcenterHost, fb_vcenter_host, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CONNECTION_STATE,
  PROP_POWER_STATE,
  PROP_MEMORY_TOTAL,
  PROP_MEMORY_USED,
  PROP_MEMORY_FREE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_vcenter_host_finalize (GObject *object)
{
  FbVcenterHost *self = FB_VCENTER_HOST (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->connection_state);
  g_free (self->power_state);
  g_strfreev (self->datastore_ids);

  G_OBJECT_CLASS (fb_vcenter_host_parent_class)->finalize (object);
}

static void
fb_vcenter_host_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FbVcenterHost *self = FB_VCENTER_HOST (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_CONNECTION_STATE: g_value_set_string (value, self->connection_state); break;
    case PROP_POWER_STATE: g_value_set_string (value, self->power_state); break;
    case PROP_MEMORY_TOTAL: g_value_set_int64 (value, self->memory_total); break;
    case PROP_MEMORY_USED: g_value_set_int64 (value, self->memory_used); break;
    case PROP_MEMORY_FREE: g_value_set_int64 (value, fb_vcenter_host_get_memory_free (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_vcenter_host_class_init (FbVcenterHostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fb_vcenter_host_finalize;
  object_class->get_property = fb_vcenter_host_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CONNECTION_STATE] = g_param_spec_string ("connection-state", NULL, NULL, NULL, flags);
  properties[PROP_POWER_STATE] = g_param_spec_string ("power-state", NULL, NULL, NULL, flags);
  properties[PROP_MEMORY_TOTAL] = g_param_spec_int64 ("memory-total", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_MEMORY_USED] = g_param_spec_int64 ("memory-used", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_MEMORY_FREE] = g_param_spec_int64 ("memory-free", NULL, NULL, -1, G_MAXINT64, -1, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_vcenter_host_init (FbVcenterHost *self)
{
  self->memory_total = -1;
  self->memory_used = -1;
  self->datastore_ids = g_new0 (char *, 1);
}

FbVcenterHost *
fb_vcenter_host_new_from_summary (JsonObject *obj,
                                  GError    **error)
{
  g_autoptr(FbVcenterHost) self = g_object_new (FB_TYPE_VCENTER_HOST, NULL);
  const char *id, *name, *connection, *power;

  if (!fb_vcenter_json_string (obj, "host", "host", TRUE, &id, error) ||
      !fb_vcenter_json_string (obj, "host", "name", TRUE, &name, error) ||
      !fb_vcenter_json_string (obj, "host", "connection_state", TRUE, &connection, error) ||
      !fb_vcenter_json_string (obj, "host", "power_state", FALSE, &power, error))
    return NULL;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->connection_state = g_strdup (connection);
  self->power_state = g_strdup (power);
  return g_steal_pointer (&self);
}

gboolean
fb_vcenter_host_set_vim_summary (FbVcenterHost *self,
                                 JsonObject    *summary,
                                 GError       **error)
{
  JsonObject *hardware = NULL, *stats = NULL;
  gint64 size = -1, usage = -1;

  if (summary == NULL)
    return TRUE;
  if (!fb_vcenter_json_object (summary, "HostListSummary", "hardware", FALSE, &hardware, error) ||
      !fb_vcenter_json_object (summary, "HostListSummary", "quickStats", FALSE, &stats, error))
    return FALSE;
  if (hardware &&
      !fb_vcenter_json_int (hardware, "HostListSummary.hardware", "memorySize", FALSE, -1, &size, error))
    return FALSE;
  if (stats &&
      !fb_vcenter_json_int (stats, "HostListSummary.quickStats", "overallMemoryUsage", FALSE, -1,
                            &usage, error))
    return FALSE;
  self->memory_total = size;
  /* overallMemoryUsage is in MB, memorySize in bytes */
  self->memory_used = usage >= 0 ? usage * 1024 * 1024 : -1;
  return TRUE;
}

void
fb_vcenter_host_set_datastore_ids (FbVcenterHost *self,
                                   GStrv          ids)
{
  g_strfreev (self->datastore_ids);
  self->datastore_ids = ids ? ids : g_new0 (char *, 1);
}

const char *
fb_vcenter_host_get_id (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), NULL);
  return self->id;
}

const char *
fb_vcenter_host_get_name (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), NULL);
  return self->name;
}

const char *
fb_vcenter_host_get_connection_state (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), NULL);
  return self->connection_state;
}

const char *
fb_vcenter_host_get_power_state (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), NULL);
  return self->power_state;
}

gboolean
fb_vcenter_host_is_usable (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), FALSE);
  return g_strcmp0 (self->connection_state, "CONNECTED") == 0 &&
         g_strcmp0 (self->power_state, "POWERED_ON") == 0;
}

gint64
fb_vcenter_host_get_memory_total (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), -1);
  return self->memory_total;
}

gint64
fb_vcenter_host_get_memory_used (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), -1);
  return self->memory_used;
}

gint64
fb_vcenter_host_get_memory_free (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), -1);
  if (self->memory_total < 0 || self->memory_used < 0)
    return -1;
  return MAX (0, self->memory_total - self->memory_used);
}

const char * const *
fb_vcenter_host_get_datastore_ids (FbVcenterHost *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), NULL);
  return (const char * const *) self->datastore_ids;
}

gboolean
fb_vcenter_host_mounts (FbVcenterHost *self,
                        const char    *datastore_id)
{
  g_return_val_if_fail (FB_IS_VCENTER_HOST (self), FALSE);
  return datastore_id && g_strv_contains ((const char * const *) self->datastore_ids, datastore_id);
}
