/* fb-fabric-datastore.h - a datastore a master target server can write to (classic VMware fabric)
 *
 * masterTargetServers[].dataStores[]: symbolicName is the datastoreName of a reprotect.
 * The wire sends capacity and freeSpace in GB as strings ("439.5"); they are doubles here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_FABRIC_DATASTORE (fb_fabric_datastore_get_type ())
G_DECLARE_FINAL_TYPE (FbFabricDatastore, fb_fabric_datastore, FB, FABRIC_DATASTORE, GObject)

FbFabricDatastore *fb_fabric_datastore_new_from_json    (JsonNode  *node,
                                                         GError   **error);
gboolean           fb_fabric_datastore_update_from_json (FbFabricDatastore  *self,
                                                         JsonNode           *node,
                                                         GError            **error);
gboolean           fb_fabric_datastore_update_from      (FbFabricDatastore *self,
                                                         FbFabricDatastore *other);

const char *fb_fabric_datastore_get_symbolic_name  (FbFabricDatastore *self);
const char *fb_fabric_datastore_get_uuid           (FbFabricDatastore *self);
double      fb_fabric_datastore_get_capacity_gb    (FbFabricDatastore *self);
double      fb_fabric_datastore_get_free_space_gb  (FbFabricDatastore *self);
const char *fb_fabric_datastore_get_datastore_type (FbFabricDatastore *self);

G_END_DECLS
