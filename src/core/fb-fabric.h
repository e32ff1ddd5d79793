/* fb-fabric.h - a Site Recovery fabric (replicationFabrics), with the VMware details
 *
 * instance-type is customDetails.instanceType: "VMware" for a classic configuration
 * server (host name, heartbeat, health, process servers, master target servers with
 * retention volumes and datastores, run-as accounts) or "InMageRcm" for a modern
 * replication appliance (process servers, reprotect agents). Other fabrics (Azure,
 * HyperVSite, ...) only fill the common properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-health-error.h"
#include "fb-master-target.h"
#include "fb-process-server.h"
#include "fb-reprotect-agent.h"
#include "fb-run-as-account.h"

G_BEGIN_DECLS

#define FB_TYPE_FABRIC (fb_fabric_get_type ())
G_DECLARE_FINAL_TYPE (FbFabric, fb_fabric, FB, FABRIC, GObject)

FbFabric *fb_fabric_new_from_json    (JsonNode  *node,
                                      GError   **error);
gboolean  fb_fabric_update_from_json (FbFabric  *self,
                                      JsonNode  *node,
                                      GError   **error);
gboolean  fb_fabric_update_from      (FbFabric *self,
                                      FbFabric *other);

const char *fb_fabric_get_id                          (FbFabric *self);
const char *fb_fabric_get_name                        (FbFabric *self);
const char *fb_fabric_get_friendly_name               (FbFabric *self);
const char *fb_fabric_get_instance_type               (FbFabric *self);
const char *fb_fabric_get_internal_identifier         (FbFabric *self);
const char *fb_fabric_get_bcdr_state                  (FbFabric *self);
const char *fb_fabric_get_health                      (FbFabric *self);
GListModel *fb_fabric_get_health_errors               (FbFabric *self);
const char *fb_fabric_get_host_name                   (FbFabric *self);
const char *fb_fabric_get_ip_address                  (FbFabric *self);
GDateTime  *fb_fabric_get_last_heartbeat              (FbFabric *self);
const char *fb_fabric_get_agent_version               (FbFabric *self);
const char *fb_fabric_get_version_status              (FbFabric *self);
GDateTime  *fb_fabric_get_agent_expiry_date           (FbFabric *self);
const char *fb_fabric_get_cs_service_status           (FbFabric *self);
gint64      fb_fabric_get_process_server_count        (FbFabric *self);
gint64      fb_fabric_get_agent_count                 (FbFabric *self);
gint64      fb_fabric_get_replication_pair_count      (FbFabric *self);
gint64      fb_fabric_get_protected_servers           (FbFabric *self);
double      fb_fabric_get_system_load                 (FbFabric *self);
const char *fb_fabric_get_system_load_status          (FbFabric *self);
double      fb_fabric_get_cpu_load                    (FbFabric *self);
const char *fb_fabric_get_cpu_load_status             (FbFabric *self);
gint64      fb_fabric_get_total_memory_in_bytes       (FbFabric *self);
gint64      fb_fabric_get_available_memory_in_bytes   (FbFabric *self);
const char *fb_fabric_get_memory_usage_status         (FbFabric *self);
gint64      fb_fabric_get_total_space_in_bytes        (FbFabric *self);
gint64      fb_fabric_get_available_space_in_bytes    (FbFabric *self);
const char *fb_fabric_get_space_usage_status          (FbFabric *self);
const char *fb_fabric_get_web_load_status             (FbFabric *self);
const char *fb_fabric_get_database_server_load_status (FbFabric *self);
GDateTime  *fb_fabric_get_ssl_cert_expiry_date        (FbFabric *self);
const char *fb_fabric_get_ps_template_version         (FbFabric *self);
const char *fb_fabric_get_vmware_site_id              (FbFabric *self);
const char *fb_fabric_get_physical_site_id            (FbFabric *self);
const char *fb_fabric_get_service_endpoint            (FbFabric *self);
GListModel *fb_fabric_get_process_servers             (FbFabric *self);
GListModel *fb_fabric_get_master_target_servers       (FbFabric *self);
GListModel *fb_fabric_get_run_as_accounts             (FbFabric *self);
GListModel *fb_fabric_get_reprotect_agents            (FbFabric *self);
const char *fb_fabric_get_subscription_id             (FbFabric *self);
const char *fb_fabric_get_resource_group              (FbFabric *self);
const char *fb_fabric_get_vault_name                  (FbFabric *self);

gboolean          fb_fabric_is_classic_vmware      (FbFabric   *self);
gboolean          fb_fabric_is_modern_vmware       (FbFabric   *self);
FbProcessServer  *fb_fabric_lookup_process_server  (FbFabric   *self,
                                                    const char *id);
FbMasterTarget   *fb_fabric_lookup_master_target   (FbFabric   *self,
                                                    const char *id);
FbReprotectAgent *fb_fabric_lookup_reprotect_agent (FbFabric   *self,
                                                    const char *id);

G_END_DECLS
