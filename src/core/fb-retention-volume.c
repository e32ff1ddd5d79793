/* fb-retention-volume.c - a retention volume of a master target server (classic VMware fabric)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-retention-volume.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbRetentionVolume
{
  GObject parent_instance;

  char   *volume_name;
  gint64  capacity_in_bytes;
  gint64  free_space_in_bytes;
  gint64  threshold_percentage;
};

G_DEFINE_FINAL_TYPE (FbRetentionVolume, fb_retention_volume, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbRetentionVolume, field, KIND, path)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (volume_name, STRING, "volumeName"),
  FIELD (capacity_in_bytes, INT64, "capacityInBytes"),
  FIELD (free_space_in_bytes, INT64, "freeSpaceInBytes"),
  FIELD (threshold_percentage, INT64, "thresholdPercentage"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_retention_volume_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbRetentionVolume, fb_retention_volume, FB_IS_RETENTION_VOLUME, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbRetentionVolume, FB_IS_RETENTION_VOLUME, RetType, function, field)

GETTER (const char *, fb_retention_volume_get_volume_name, volume_name)
GETTER (gint64, fb_retention_volume_get_capacity_in_bytes, capacity_in_bytes)
GETTER (gint64, fb_retention_volume_get_free_space_in_bytes, free_space_in_bytes)
GETTER (gint64, fb_retention_volume_get_threshold_percentage, threshold_percentage)

FB_MODEL_DEFINE_KEYED_CHILD (fb_retention_volume_child, fb_retention_volume, fb_retention_volume_get_volume_name)
