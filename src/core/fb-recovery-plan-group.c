/* fb-recovery-plan-group.c - a group of a recovery plan (groups[])
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-plan-group.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbRecoveryPlanGroup
{
  GObject parent_instance;

  char  *group_type;
  char **item_ids;
  char **virtual_machine_ids;
  char **start_actions;
  char **end_actions;
};

G_DEFINE_FINAL_TYPE (FbRecoveryPlanGroup, fb_recovery_plan_group, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbRecoveryPlanGroup, field, KIND, path)
#define MEMBERS(field, path, member) FB_FIELD_MEMBERS (FbRecoveryPlanGroup, field, path, member)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (group_type, STRING, "groupType"),
  MEMBERS (item_ids, "replicationProtectedItems", "id"),
  MEMBERS (virtual_machine_ids, "replicationProtectedItems", "virtualMachineId"),
  MEMBERS (start_actions, "startGroupActions", "actionName"),
  MEMBERS (end_actions, "endGroupActions", "actionName"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_recovery_plan_group_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbRecoveryPlanGroup, fb_recovery_plan_group, FB_IS_RECOVERY_PLAN_GROUP, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbRecoveryPlanGroup, FB_IS_RECOVERY_PLAN_GROUP, RetType, function, field)

GETTER (const char *, fb_recovery_plan_group_get_group_type, group_type)
GETTER (const char * const *, fb_recovery_plan_group_get_item_ids, item_ids)
GETTER (const char * const *, fb_recovery_plan_group_get_virtual_machine_ids, virtual_machine_ids)
GETTER (const char * const *, fb_recovery_plan_group_get_start_actions, start_actions)
GETTER (const char * const *, fb_recovery_plan_group_get_end_actions, end_actions)

FB_MODEL_DEFINE_CHILD (fb_recovery_plan_group_child, fb_recovery_plan_group)
