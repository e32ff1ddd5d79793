/* fb-retention-volume.c - a retention volume of a master target server (classic VMware fabric)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-retention-volume.h"
#include "fb-json.h"

struct _FbRetentionVolume
{
  GObject parent_instance;

  char   *volume_name;
  gint64  capacity_in_bytes;
  gint64  free_space_in_bytes;
  gint64  threshold_percentage;
};

G_DEFINE_FINAL_TYPE (FbRetentionVolume, fb_retention_volume, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VOLUME_NAME,
  PROP_CAPACITY_IN_BYTES,
  PROP_FREE_SPACE_IN_BYTES,
  PROP_THRESHOLD_PERCENTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_retention_volume_finalize (GObject *object)
{
  FbRetentionVolume *self = (FbRetentionVolume *) object;

  g_clear_pointer (&self->volume_name, g_free);

  G_OBJECT_CLASS (fb_retention_volume_parent_class)->finalize (object);
}

static void
fb_retention_volume_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FbRetentionVolume *self = (FbRetentionVolume *) object;

  switch (prop_id)
    {
    case PROP_VOLUME_NAME:
      g_value_set_string (value, self->volume_name);
      break;

    case PROP_CAPACITY_IN_BYTES:
      g_value_set_int64 (value, self->capacity_in_bytes);
      break;

    case PROP_FREE_SPACE_IN_BYTES:
      g_value_set_int64 (value, self->free_space_in_bytes);
      break;

    case PROP_THRESHOLD_PERCENTAGE:
      g_value_set_int64 (value, self->threshold_percentage);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_retention_volume_class_init (FbRetentionVolumeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_retention_volume_finalize;
  object_class->get_property = fb_retention_volume_get_property;

  properties[PROP_VOLUME_NAME] =
    g_param_spec_string ("volume-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAPACITY_IN_BYTES] =
    g_param_spec_int64 ("capacity-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FREE_SPACE_IN_BYTES] =
    g_param_spec_int64 ("free-space-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_THRESHOLD_PERCENTAGE] =
    g_param_spec_int64 ("threshold-percentage", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_retention_volume_init (FbRetentionVolume *self)
{
}

static gboolean
fb_retention_volume_parse (FbRetentionVolume  *self,
                           JsonNode           *node,
                           GError            **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "volumeName", &self->volume_name, error) ||
      !fb_json_get_int64 (root, "capacityInBytes", &self->capacity_in_bytes, error) ||
      !fb_json_get_int64 (root, "freeSpaceInBytes", &self->free_space_in_bytes, error) ||
      !fb_json_get_int64 (root, "thresholdPercentage", &self->threshold_percentage, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_retention_volume_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbRetentionVolume, or %NULL with @error set when a member has
 *   the wrong type
 */
FbRetentionVolume *
fb_retention_volume_new_from_json (JsonNode  *node,
                                   GError   **error)
{
  g_autoptr(FbRetentionVolume) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_RETENTION_VOLUME, NULL);
  if (!fb_retention_volume_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_retention_volume_update_from:
 * @self: a #FbRetentionVolume
 * @other: a #FbRetentionVolume with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_retention_volume_update_from (FbRetentionVolume *self,
                                 FbRetentionVolume *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), FALSE);
  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_VOLUME_NAME], &self->volume_name, other->volume_name);
  changed |= fb_json_update_int64 (object, properties[PROP_CAPACITY_IN_BYTES], &self->capacity_in_bytes, other->capacity_in_bytes);
  changed |= fb_json_update_int64 (object, properties[PROP_FREE_SPACE_IN_BYTES], &self->free_space_in_bytes, other->free_space_in_bytes);
  changed |= fb_json_update_int64 (object, properties[PROP_THRESHOLD_PERCENTAGE], &self->threshold_percentage, other->threshold_percentage);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_retention_volume_update_from_json:
 * @self: a #FbRetentionVolume
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_retention_volume_update_from_json (FbRetentionVolume  *self,
                                      JsonNode           *node,
                                      GError            **error)
{
  g_autoptr(FbRetentionVolume) fresh = NULL;

  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_retention_volume_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_retention_volume_update_from (self, fresh);
  return TRUE;
}

const char *
fb_retention_volume_get_volume_name (FbRetentionVolume *self)
{
  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), NULL);

  return self->volume_name;
}

gint64
fb_retention_volume_get_capacity_in_bytes (FbRetentionVolume *self)
{
  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), 0);

  return self->capacity_in_bytes;
}

gint64
fb_retention_volume_get_free_space_in_bytes (FbRetentionVolume *self)
{
  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), 0);

  return self->free_space_in_bytes;
}

gint64
fb_retention_volume_get_threshold_percentage (FbRetentionVolume *self)
{
  g_return_val_if_fail (FB_IS_RETENTION_VOLUME (self), 0);

  return self->threshold_percentage;
}
