/* fb-master-target.h - a master target server of a classic VMware fabric
 *
 * customDetails.masterTargetServers[]: the target of a classic reprotect (masterTargetId),
 * with its retention volumes (retentionDrive) and datastores (datastoreName).
 * A Windows master target serves Windows VMs, a Linux one Linux VMs (os-type).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-fabric-datastore.h"
#include "fb-health-error.h"
#include "fb-retention-volume.h"

G_BEGIN_DECLS

#define FB_TYPE_MASTER_TARGET (fb_master_target_get_type ())
G_DECLARE_FINAL_TYPE (FbMasterTarget, fb_master_target, FB, MASTER_TARGET, GObject)

FbMasterTarget *fb_master_target_new_from_json    (JsonNode  *node,
                                                   GError   **error);
gboolean        fb_master_target_update_from_json (FbMasterTarget  *self,
                                                   JsonNode        *node,
                                                   GError         **error);
gboolean        fb_master_target_update_from      (FbMasterTarget *self,
                                                   FbMasterTarget *other);

const char *fb_master_target_get_id                 (FbMasterTarget *self);
const char *fb_master_target_get_name               (FbMasterTarget *self);
const char *fb_master_target_get_ip_address         (FbMasterTarget *self);
const char *fb_master_target_get_os_type            (FbMasterTarget *self);
const char *fb_master_target_get_os_version         (FbMasterTarget *self);
const char *fb_master_target_get_agent_version      (FbMasterTarget *self);
const char *fb_master_target_get_version_status     (FbMasterTarget *self);
GDateTime  *fb_master_target_get_last_heartbeat     (FbMasterTarget *self);
GDateTime  *fb_master_target_get_agent_expiry_date  (FbMasterTarget *self);
const char *fb_master_target_get_mars_agent_version (FbMasterTarget *self);
gint64      fb_master_target_get_disk_count         (FbMasterTarget *self);
GListModel *fb_master_target_get_retention_volumes  (FbMasterTarget *self);
GListModel *fb_master_target_get_datastores         (FbMasterTarget *self);
GListModel *fb_master_target_get_validation_errors  (FbMasterTarget *self);
GListModel *fb_master_target_get_health_errors      (FbMasterTarget *self);

G_END_DECLS
