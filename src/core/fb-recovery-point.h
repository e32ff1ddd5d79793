/* fb-recovery-point.h - a recovery point of a protected item (recoveryPoints)
 *
 * recovery-point-type is "ApplicationConsistent" or "CrashConsistent"; pass the full id
 * as recoveryPointId of a failover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_RECOVERY_POINT (fb_recovery_point_get_type ())
G_DECLARE_FINAL_TYPE (FbRecoveryPoint, fb_recovery_point, FB, RECOVERY_POINT, GObject)

FbRecoveryPoint *fb_recovery_point_new_from_json    (JsonNode  *node,
                                                     GError   **error);
gboolean         fb_recovery_point_update_from_json (FbRecoveryPoint  *self,
                                                     JsonNode         *node,
                                                     GError          **error);
gboolean         fb_recovery_point_update_from      (FbRecoveryPoint *self,
                                                     FbRecoveryPoint *other);

const char *fb_recovery_point_get_id                     (FbRecoveryPoint *self);
const char *fb_recovery_point_get_name                   (FbRecoveryPoint *self);
GDateTime  *fb_recovery_point_get_recovery_point_time    (FbRecoveryPoint *self);
const char *fb_recovery_point_get_recovery_point_type    (FbRecoveryPoint *self);
const char *fb_recovery_point_get_provider_type          (FbRecoveryPoint *self);
gboolean    fb_recovery_point_get_is_multi_vm_sync_point (FbRecoveryPoint *self);
const char *fb_recovery_point_get_protected_item_name    (FbRecoveryPoint *self);

G_END_DECLS
