/* fb-retention-volume.h - a retention volume of a master target server (classic VMware fabric)
 *
 * masterTargetServers[].retentionVolumes[]: its volumeName is the retentionDrive of a
 * classic reprotect (e.g. "F").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_RETENTION_VOLUME (fb_retention_volume_get_type ())
G_DECLARE_FINAL_TYPE (FbRetentionVolume, fb_retention_volume, FB, RETENTION_VOLUME, GObject)

FbRetentionVolume *fb_retention_volume_new_from_json    (JsonNode  *node,
                                                         GError   **error);
gboolean           fb_retention_volume_update_from_json (FbRetentionVolume  *self,
                                                         JsonNode           *node,
                                                         GError            **error);
gboolean           fb_retention_volume_update_from      (FbRetentionVolume *self,
                                                         FbRetentionVolume *other);

const char *fb_retention_volume_get_volume_name          (FbRetentionVolume *self);
gint64      fb_retention_volume_get_capacity_in_bytes    (FbRetentionVolume *self);
gint64      fb_retention_volume_get_free_space_in_bytes  (FbRetentionVolume *self);
gint64      fb_retention_volume_get_threshold_percentage (FbRetentionVolume *self);

G_END_DECLS
