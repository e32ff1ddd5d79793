/* fb-protection-container.h - a protection container of a fabric (replicationProtectionContainers)
 *
 * A classic configuration server has one container named "cloud_<guid>".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_PROTECTION_CONTAINER (fb_protection_container_get_type ())
G_DECLARE_FINAL_TYPE (FbProtectionContainer, fb_protection_container, FB, PROTECTION_CONTAINER, GObject)

FbProtectionContainer *fb_protection_container_new_from_json    (JsonNode  *node,
                                                                 GError   **error);
gboolean               fb_protection_container_update_from_json (FbProtectionContainer  *self,
                                                                 JsonNode               *node,
                                                                 GError                **error);
gboolean               fb_protection_container_update_from      (FbProtectionContainer *self,
                                                                 FbProtectionContainer *other);

const char *fb_protection_container_get_id                   (FbProtectionContainer *self);
const char *fb_protection_container_get_name                 (FbProtectionContainer *self);
const char *fb_protection_container_get_friendly_name        (FbProtectionContainer *self);
const char *fb_protection_container_get_fabric_friendly_name (FbProtectionContainer *self);
const char *fb_protection_container_get_fabric_type          (FbProtectionContainer *self);
gint64      fb_protection_container_get_protected_item_count (FbProtectionContainer *self);
const char *fb_protection_container_get_pairing_status       (FbProtectionContainer *self);
const char *fb_protection_container_get_role                 (FbProtectionContainer *self);
const char *fb_protection_container_get_fabric_name          (FbProtectionContainer *self);
const char *fb_protection_container_get_subscription_id      (FbProtectionContainer *self);
const char *fb_protection_container_get_resource_group       (FbProtectionContainer *self);
const char *fb_protection_container_get_vault_name           (FbProtectionContainer *self);

G_END_DECLS
