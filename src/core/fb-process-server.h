/* fb-process-server.h - a process server of a fabric (classic VMware or modern InMageRcm)
 *
 * customDetails.processServers[]; the id is a bare id, the processServerId of a reprotect.
 * Classic servers send friendlyName/agentVersion/lastHeartbeat, modern ones
 * name/version/lastHeartbeatUtc and ipAddresses[]; both end up in the same properties.
 * Counts and loads sent as strings ("0", "0%") are numbers here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-health-error.h"

G_BEGIN_DECLS

#define FB_TYPE_PROCESS_SERVER (fb_process_server_get_type ())
G_DECLARE_FINAL_TYPE (FbProcessServer, fb_process_server, FB, PROCESS_SERVER, GObject)

FbProcessServer *fb_process_server_new_from_json    (JsonNode  *node,
                                                     GError   **error);
gboolean         fb_process_server_update_from_json (FbProcessServer  *self,
                                                     JsonNode         *node,
                                                     GError          **error);
gboolean         fb_process_server_update_from      (FbProcessServer *self,
                                                     FbProcessServer *other);

const char         *fb_process_server_get_id                        (FbProcessServer *self);
const char         *fb_process_server_get_friendly_name             (FbProcessServer *self);
const char         *fb_process_server_get_ip_address                (FbProcessServer *self);
const char * const *fb_process_server_get_ip_addresses              (FbProcessServer *self);
const char         *fb_process_server_get_fqdn                      (FbProcessServer *self);
const char         *fb_process_server_get_os_type                   (FbProcessServer *self);
const char         *fb_process_server_get_os_version                (FbProcessServer *self);
const char         *fb_process_server_get_agent_version             (FbProcessServer *self);
const char         *fb_process_server_get_version_status            (FbProcessServer *self);
GDateTime          *fb_process_server_get_last_heartbeat            (FbProcessServer *self);
const char         *fb_process_server_get_host_id                   (FbProcessServer *self);
gint64              fb_process_server_get_machine_count             (FbProcessServer *self);
gint64              fb_process_server_get_replication_pair_count    (FbProcessServer *self);
gint64              fb_process_server_get_protected_item_count      (FbProcessServer *self);
double              fb_process_server_get_system_load               (FbProcessServer *self);
const char         *fb_process_server_get_system_load_status        (FbProcessServer *self);
double              fb_process_server_get_cpu_load                  (FbProcessServer *self);
const char         *fb_process_server_get_cpu_load_status           (FbProcessServer *self);
gint64              fb_process_server_get_total_memory_in_bytes     (FbProcessServer *self);
gint64              fb_process_server_get_available_memory_in_bytes (FbProcessServer *self);
const char         *fb_process_server_get_memory_usage_status       (FbProcessServer *self);
gint64              fb_process_server_get_total_space_in_bytes      (FbProcessServer *self);
gint64              fb_process_server_get_available_space_in_bytes  (FbProcessServer *self);
const char         *fb_process_server_get_space_usage_status        (FbProcessServer *self);
const char         *fb_process_server_get_ps_service_status         (FbProcessServer *self);
GDateTime          *fb_process_server_get_ssl_cert_expiry_date      (FbProcessServer *self);
GDateTime          *fb_process_server_get_agent_expiry_date         (FbProcessServer *self);
GDateTime          *fb_process_server_get_ps_stats_refresh_time     (FbProcessServer *self);
const char         *fb_process_server_get_throughput_status         (FbProcessServer *self);
const char         *fb_process_server_get_health                    (FbProcessServer *self);
GListModel         *fb_process_server_get_health_errors             (FbProcessServer *self);

G_END_DECLS
