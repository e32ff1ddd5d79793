/* fb-reprotect-agent.h - a reprotect agent of a modern (InMageRcm) fabric
 *
 * customDetails.reprotectAgents[]: its id is the reprotectAgentId of a modern reprotect;
 * accessibleDatastores are the datastores it can write to (datastoreName).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-health-error.h"

G_BEGIN_DECLS

#define FB_TYPE_REPROTECT_AGENT (fb_reprotect_agent_get_type ())
G_DECLARE_FINAL_TYPE (FbReprotectAgent, fb_reprotect_agent, FB, REPROTECT_AGENT, GObject)

FbReprotectAgent *fb_reprotect_agent_new_from_json    (JsonNode  *node,
                                                       GError   **error);
gboolean          fb_reprotect_agent_update_from_json (FbReprotectAgent  *self,
                                                       JsonNode          *node,
                                                       GError           **error);
gboolean          fb_reprotect_agent_update_from      (FbReprotectAgent *self,
                                                       FbReprotectAgent *other);

const char         *fb_reprotect_agent_get_id                    (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_name                  (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_bios_id               (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_fabric_object_id      (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_fqdn                  (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_version               (FbReprotectAgent *self);
GDateTime          *fb_reprotect_agent_get_last_heartbeat        (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_health                (FbReprotectAgent *self);
GListModel         *fb_reprotect_agent_get_health_errors         (FbReprotectAgent *self);
gint64              fb_reprotect_agent_get_protected_item_count  (FbReprotectAgent *self);
const char * const *fb_reprotect_agent_get_accessible_datastores (FbReprotectAgent *self);
const char         *fb_reprotect_agent_get_vcenter_id            (FbReprotectAgent *self);
GDateTime          *fb_reprotect_agent_get_last_discovery_time   (FbReprotectAgent *self);

G_END_DECLS
