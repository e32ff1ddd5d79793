/* fb-recovery-plan.h - a recovery plan (replicationRecoveryPlans) with its groups
 *
 * Last failover times are NULL when never (the service sends 1601-01-01). Failback of a
 * plan goes through the plan; reprotect of VMware items is per item (api-notes Gotcha 1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-recovery-plan-group.h"

G_BEGIN_DECLS

#define FB_TYPE_RECOVERY_PLAN (fb_recovery_plan_get_type ())
G_DECLARE_FINAL_TYPE (FbRecoveryPlan, fb_recovery_plan, FB, RECOVERY_PLAN, GObject)

FbRecoveryPlan *fb_recovery_plan_new_from_json    (JsonNode  *node,
                                                   GError   **error);
gboolean        fb_recovery_plan_update_from_json (FbRecoveryPlan  *self,
                                                   JsonNode        *node,
                                                   GError         **error);
gboolean        fb_recovery_plan_update_from      (FbRecoveryPlan *self,
                                                   FbRecoveryPlan *other);

const char         *fb_recovery_plan_get_id                                  (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_name                                (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_friendly_name                       (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_primary_fabric_id                   (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_primary_fabric_friendly_name        (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_recovery_fabric_id                  (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_recovery_fabric_friendly_name       (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_failover_deployment_model           (FbRecoveryPlan *self);
const char * const *fb_recovery_plan_get_replication_providers               (FbRecoveryPlan *self);
const char * const *fb_recovery_plan_get_allowed_operations                  (FbRecoveryPlan *self);
GDateTime          *fb_recovery_plan_get_last_planned_failover_time          (FbRecoveryPlan *self);
GDateTime          *fb_recovery_plan_get_last_unplanned_failover_time        (FbRecoveryPlan *self);
GDateTime          *fb_recovery_plan_get_last_test_failover_time             (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_current_scenario_name               (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_current_scenario_job_id             (FbRecoveryPlan *self);
GDateTime          *fb_recovery_plan_get_current_scenario_start_time         (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_current_scenario_status             (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_current_scenario_status_description (FbRecoveryPlan *self);
GListModel         *fb_recovery_plan_get_groups                              (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_subscription_id                     (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_resource_group                      (FbRecoveryPlan *self);
const char         *fb_recovery_plan_get_vault_name                          (FbRecoveryPlan *self);

gboolean    fb_recovery_plan_is_allowed      (FbRecoveryPlan *self,
                                              const char     *operation);
gboolean    fb_recovery_plan_is_busy         (FbRecoveryPlan *self);

G_END_DECLS
