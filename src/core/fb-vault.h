/* fb-vault.h - a Recovery Services vault (Microsoft.RecoveryServices/vaults)
 *
 * Parsed from the vault list of a subscription or resource group. resource-group and
 * subscription-id come from the id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_VAULT (fb_vault_get_type ())
G_DECLARE_FINAL_TYPE (FbVault, fb_vault, FB, VAULT, GObject)

FbVault  *fb_vault_new_from_json    (JsonNode  *node,
                                     GError   **error);
gboolean  fb_vault_update_from_json (FbVault   *self,
                                     JsonNode  *node,
                                     GError   **error);
gboolean  fb_vault_update_from      (FbVault *self,
                                     FbVault *other);

const char *fb_vault_get_id                 (FbVault *self);
const char *fb_vault_get_name               (FbVault *self);
const char *fb_vault_get_location           (FbVault *self);
const char *fb_vault_get_sku                (FbVault *self);
const char *fb_vault_get_sku_tier           (FbVault *self);
const char *fb_vault_get_provisioning_state (FbVault *self);
GHashTable *fb_vault_get_tags               (FbVault *self);
const char *fb_vault_get_subscription_id    (FbVault *self);
const char *fb_vault_get_resource_group     (FbVault *self);

G_END_DECLS
