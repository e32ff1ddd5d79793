/* fb-protected-item.h - a replication protected item (replicationProtectedItems): one VM or server
 *
 * Besides the ARM properties of api-notes 4a and the VMware provider details
 * (InMageAzureV2 and InMage classic, InMageRcm and InMageRcmFailback modern; the
 * details of other providers are ignored), it derives where the item stands in the
 * failback round trip: "phase" and "next-step" (/work/briefs/roundtrip.md). The next
 * step is offered only when allowedOperations permits it; an item with a job running
 * (currentScenario not "None") is in transition. Fabric, container and vault names come
 * from the id. After a classic reprotect the item gets a new id (see FbJob).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-core-types.h"
#include "fb-health-error.h"

G_BEGIN_DECLS

#define FB_TYPE_PROTECTED_ITEM (fb_protected_item_get_type ())
G_DECLARE_FINAL_TYPE (FbProtectedItem, fb_protected_item, FB, PROTECTED_ITEM, GObject)

FbProtectedItem *fb_protected_item_new_from_json    (JsonNode  *node,
                                                     GError   **error);
gboolean         fb_protected_item_update_from_json (FbProtectedItem  *self,
                                                     JsonNode         *node,
                                                     GError          **error);
gboolean         fb_protected_item_update_from      (FbProtectedItem *self,
                                                     FbProtectedItem *other);

const char         *fb_protected_item_get_id                                              (FbProtectedItem *self);
const char         *fb_protected_item_get_name                                            (FbProtectedItem *self);
const char         *fb_protected_item_get_friendly_name                                   (FbProtectedItem *self);
const char         *fb_protected_item_get_protected_item_type                             (FbProtectedItem *self);
const char         *fb_protected_item_get_protectable_item_id                             (FbProtectedItem *self);
const char         *fb_protected_item_get_recovery_services_provider_id                   (FbProtectedItem *self);
const char         *fb_protected_item_get_primary_fabric_friendly_name                    (FbProtectedItem *self);
const char         *fb_protected_item_get_primary_fabric_provider                         (FbProtectedItem *self);
const char         *fb_protected_item_get_recovery_fabric_friendly_name                   (FbProtectedItem *self);
const char         *fb_protected_item_get_recovery_fabric_id                              (FbProtectedItem *self);
const char         *fb_protected_item_get_primary_protection_container_friendly_name      (FbProtectedItem *self);
const char         *fb_protected_item_get_recovery_protection_container_friendly_name     (FbProtectedItem *self);
const char         *fb_protected_item_get_recovery_container_id                           (FbProtectedItem *self);
const char         *fb_protected_item_get_protection_state                                (FbProtectedItem *self);
const char         *fb_protected_item_get_protection_state_description                    (FbProtectedItem *self);
const char         *fb_protected_item_get_active_location                                 (FbProtectedItem *self);
const char         *fb_protected_item_get_test_failover_state                             (FbProtectedItem *self);
const char         *fb_protected_item_get_test_failover_state_description                 (FbProtectedItem *self);
const char * const *fb_protected_item_get_allowed_operations                              (FbProtectedItem *self);
const char         *fb_protected_item_get_replication_health                              (FbProtectedItem *self);
const char         *fb_protected_item_get_failover_health                                 (FbProtectedItem *self);
GListModel         *fb_protected_item_get_health_errors                                   (FbProtectedItem *self);
const char         *fb_protected_item_get_policy_id                                       (FbProtectedItem *self);
const char         *fb_protected_item_get_policy_friendly_name                            (FbProtectedItem *self);
GDateTime          *fb_protected_item_get_last_successful_failover_time                   (FbProtectedItem *self);
GDateTime          *fb_protected_item_get_last_successful_test_failover_time              (FbProtectedItem *self);
const char         *fb_protected_item_get_current_scenario_name                           (FbProtectedItem *self);
const char         *fb_protected_item_get_current_scenario_job_id                         (FbProtectedItem *self);
GDateTime          *fb_protected_item_get_current_scenario_start_time                     (FbProtectedItem *self);
const char         *fb_protected_item_get_failover_recovery_point_id                      (FbProtectedItem *self);
const char         *fb_protected_item_get_provider_type                                   (FbProtectedItem *self);
const char         *fb_protected_item_get_os_type                                         (FbProtectedItem *self);
const char         *fb_protected_item_get_os_name                                         (FbProtectedItem *self);
const char         *fb_protected_item_get_os_version                                      (FbProtectedItem *self);
const char         *fb_protected_item_get_discovery_type                                  (FbProtectedItem *self);
const char         *fb_protected_item_get_ip_address                                      (FbProtectedItem *self);
const char         *fb_protected_item_get_agent_version                                   (FbProtectedItem *self);
gint64              fb_protected_item_get_rpo_in_seconds                                  (FbProtectedItem *self);
GDateTime          *fb_protected_item_get_last_rpo_calculated_time                        (FbProtectedItem *self);
GDateTime          *fb_protected_item_get_last_heartbeat                                  (FbProtectedItem *self);
const char         *fb_protected_item_get_protection_stage                                (FbProtectedItem *self);
gint64              fb_protected_item_get_resync_progress_percentage                      (FbProtectedItem *self);
const char         *fb_protected_item_get_process_server_id                               (FbProtectedItem *self);
const char         *fb_protected_item_get_process_server_name                             (FbProtectedItem *self);
const char         *fb_protected_item_get_master_target_id                                (FbProtectedItem *self);
const char         *fb_protected_item_get_multi_vm_group_id                               (FbProtectedItem *self);
const char         *fb_protected_item_get_multi_vm_group_name                             (FbProtectedItem *self);
const char * const *fb_protected_item_get_datastores                                      (FbProtectedItem *self);
const char         *fb_protected_item_get_infrastructure_vm_id                            (FbProtectedItem *self);
const char         *fb_protected_item_get_vcenter_infrastructure_id                       (FbProtectedItem *self);
const char         *fb_protected_item_get_target_vm_id                                    (FbProtectedItem *self);
const char         *fb_protected_item_get_target_vm_name                                  (FbProtectedItem *self);
const char         *fb_protected_item_get_active_site_type                                (FbProtectedItem *self);
gint64              fb_protected_item_get_source_vm_ram_size_in_mb                        (FbProtectedItem *self);
gint64              fb_protected_item_get_source_vm_cpu_count                             (FbProtectedItem *self);
const char         *fb_protected_item_get_reprotect_agent_id                              (FbProtectedItem *self);
const char         *fb_protected_item_get_reprotect_agent_name                            (FbProtectedItem *self);
const char         *fb_protected_item_get_target_datastore_name                           (FbProtectedItem *self);
const char         *fb_protected_item_get_target_vcenter_id                               (FbProtectedItem *self);
const char         *fb_protected_item_get_log_storage_account_id                          (FbProtectedItem *self);
const char         *fb_protected_item_get_last_planned_failover_status                    (FbProtectedItem *self);
gboolean            fb_protected_item_get_is_agent_registration_successful_after_failover (FbProtectedItem *self);
const char         *fb_protected_item_get_subscription_id                                 (FbProtectedItem *self);
const char         *fb_protected_item_get_resource_group                                  (FbProtectedItem *self);
const char         *fb_protected_item_get_vault_name                                      (FbProtectedItem *self);
const char         *fb_protected_item_get_fabric_name                                     (FbProtectedItem *self);
const char         *fb_protected_item_get_container_name                                  (FbProtectedItem *self);
FbPhase             fb_protected_item_get_phase                                           (FbProtectedItem *self);
FbNextStep          fb_protected_item_get_next_step                                       (FbProtectedItem *self);

gboolean    fb_protected_item_is_allowed             (FbProtectedItem *self,
                                                      const char      *operation);
gboolean    fb_protected_item_is_busy                (FbProtectedItem *self);
gboolean    fb_protected_item_is_modern              (FbProtectedItem *self);
gboolean    fb_protected_item_is_reverse             (FbProtectedItem *self);
const char *fb_protected_item_get_operation_for_step (FbProtectedItem *self,
                                                      FbNextStep       step);

G_END_DECLS
