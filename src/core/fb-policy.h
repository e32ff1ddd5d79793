/* fb-policy.h - a replication policy (replicationPolicies)
 *
 * provider-type: "InMageAzureV2" (classic forward), "InMage" (classic failback),
 * "InMageRcm", "InMageRcmFailback" (modern).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_POLICY (fb_policy_get_type ())
G_DECLARE_FINAL_TYPE (FbPolicy, fb_policy, FB, POLICY, GObject)

FbPolicy *fb_policy_new_from_json    (JsonNode  *node,
                                      GError   **error);
gboolean  fb_policy_update_from_json (FbPolicy  *self,
                                      JsonNode  *node,
                                      GError   **error);
gboolean  fb_policy_update_from      (FbPolicy *self,
                                      FbPolicy *other);

const char *fb_policy_get_id                                    (FbPolicy *self);
const char *fb_policy_get_name                                  (FbPolicy *self);
const char *fb_policy_get_friendly_name                         (FbPolicy *self);
const char *fb_policy_get_provider_type                         (FbPolicy *self);
gint64      fb_policy_get_recovery_point_history                (FbPolicy *self);
gint64      fb_policy_get_recovery_point_threshold_in_minutes   (FbPolicy *self);
gint64      fb_policy_get_app_consistent_frequency_in_minutes   (FbPolicy *self);
gint64      fb_policy_get_crash_consistent_frequency_in_minutes (FbPolicy *self);
const char *fb_policy_get_multi_vm_sync_status                  (FbPolicy *self);
const char *fb_policy_get_subscription_id                       (FbPolicy *self);
const char *fb_policy_get_resource_group                        (FbPolicy *self);
const char *fb_policy_get_vault_name                            (FbPolicy *self);

G_END_DECLS
