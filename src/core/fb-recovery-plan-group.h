/* fb-recovery-plan-group.h - a group of a recovery plan (groups[])
 *
 * group-type is "Shutdown", "Failover" or "Boot"; item-ids are the ARM ids of its
 * protected items, start/end actions the names of its recovery plan actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_RECOVERY_PLAN_GROUP (fb_recovery_plan_group_get_type ())
G_DECLARE_FINAL_TYPE (FbRecoveryPlanGroup, fb_recovery_plan_group, FB, RECOVERY_PLAN_GROUP, GObject)

FbRecoveryPlanGroup *fb_recovery_plan_group_new_from_json    (JsonNode  *node,
                                                              GError   **error);
gboolean             fb_recovery_plan_group_update_from_json (FbRecoveryPlanGroup  *self,
                                                              JsonNode             *node,
                                                              GError              **error);
gboolean             fb_recovery_plan_group_update_from      (FbRecoveryPlanGroup *self,
                                                              FbRecoveryPlanGroup *other);

const char         *fb_recovery_plan_group_get_group_type          (FbRecoveryPlanGroup *self);
const char * const *fb_recovery_plan_group_get_item_ids            (FbRecoveryPlanGroup *self);
const char * const *fb_recovery_plan_group_get_virtual_machine_ids (FbRecoveryPlanGroup *self);
const char * const *fb_recovery_plan_group_get_start_actions       (FbRecoveryPlanGroup *self);
const char * const *fb_recovery_plan_group_get_end_actions         (FbRecoveryPlanGroup *self);

G_END_DECLS
