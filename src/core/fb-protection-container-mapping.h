/* fb-protection-container-mapping.h - a protection container mapping (replicationProtectionContainerMappings)
 *
 * Pairs a container with a policy: the failback mapping (policy provider "InMage")
 * of a classic configuration server maps its container to itself; its policy-id is the
 * profileId of a classic reprotect.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-health-error.h"

G_BEGIN_DECLS

#define FB_TYPE_PROTECTION_CONTAINER_MAPPING (fb_protection_container_mapping_get_type ())
G_DECLARE_FINAL_TYPE (FbProtectionContainerMapping, fb_protection_container_mapping, FB, PROTECTION_CONTAINER_MAPPING, GObject)

FbProtectionContainerMapping *fb_protection_container_mapping_new_from_json    (JsonNode  *node,
                                                                                GError   **error);
gboolean                      fb_protection_container_mapping_update_from_json (FbProtectionContainerMapping  *self,
                                                                                JsonNode                      *node,
                                                                                GError                       **error);
gboolean                      fb_protection_container_mapping_update_from      (FbProtectionContainerMapping *self,
                                                                                FbProtectionContainerMapping *other);

const char *fb_protection_container_mapping_get_id                                        (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_name                                      (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_policy_id                                 (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_policy_friendly_name                      (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_target_protection_container_id            (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_target_protection_container_friendly_name (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_source_protection_container_friendly_name (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_source_fabric_friendly_name               (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_target_fabric_friendly_name               (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_state                                     (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_health                                    (FbProtectionContainerMapping *self);
GListModel *fb_protection_container_mapping_get_health_errors                             (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_provider_type                             (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_fabric_name                               (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_container_name                            (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_subscription_id                           (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_resource_group                            (FbProtectionContainerMapping *self);
const char *fb_protection_container_mapping_get_vault_name                                (FbProtectionContainerMapping *self);

G_END_DECLS
