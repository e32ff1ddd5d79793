/* fb-recovery-plan-group.c - a group of a recovery plan (groups[])
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-plan-group.h"
#include "fb-json.h"

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

enum {
  PROP_0,
  PROP_GROUP_TYPE,
  PROP_ITEM_IDS,
  PROP_VIRTUAL_MACHINE_IDS,
  PROP_START_ACTIONS,
  PROP_END_ACTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_recovery_plan_group_finalize (GObject *object)
{
  FbRecoveryPlanGroup *self = (FbRecoveryPlanGroup *) object;

  g_clear_pointer (&self->group_type, g_free);
  g_clear_pointer (&self->item_ids, g_strfreev);
  g_clear_pointer (&self->virtual_machine_ids, g_strfreev);
  g_clear_pointer (&self->start_actions, g_strfreev);
  g_clear_pointer (&self->end_actions, g_strfreev);

  G_OBJECT_CLASS (fb_recovery_plan_group_parent_class)->finalize (object);
}

static void
fb_recovery_plan_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  FbRecoveryPlanGroup *self = (FbRecoveryPlanGroup *) object;

  switch (prop_id)
    {
    case PROP_GROUP_TYPE:
      g_value_set_string (value, self->group_type);
      break;

    case PROP_ITEM_IDS:
      g_value_set_boxed (value, self->item_ids);
      break;

    case PROP_VIRTUAL_MACHINE_IDS:
      g_value_set_boxed (value, self->virtual_machine_ids);
      break;

    case PROP_START_ACTIONS:
      g_value_set_boxed (value, self->start_actions);
      break;

    case PROP_END_ACTIONS:
      g_value_set_boxed (value, self->end_actions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_recovery_plan_group_class_init (FbRecoveryPlanGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_recovery_plan_group_finalize;
  object_class->get_property = fb_recovery_plan_group_get_property;

  properties[PROP_GROUP_TYPE] =
    g_param_spec_string ("group-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ITEM_IDS] =
    g_param_spec_boxed ("item-ids", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VIRTUAL_MACHINE_IDS] =
    g_param_spec_boxed ("virtual-machine-ids", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_ACTIONS] =
    g_param_spec_boxed ("start-actions", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_ACTIONS] =
    g_param_spec_boxed ("end-actions", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_recovery_plan_group_init (FbRecoveryPlanGroup *self)
{
}

static gboolean
fb_recovery_plan_group_parse (FbRecoveryPlanGroup  *self,
                              JsonNode             *node,
                              GError              **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "groupType", &self->group_type, error) ||
      !fb_json_get_strv_of_members (root, "replicationProtectedItems", "id", &self->item_ids, error) ||
      !fb_json_get_strv_of_members (root, "replicationProtectedItems", "virtualMachineId", &self->virtual_machine_ids, error) ||
      !fb_json_get_strv_of_members (root, "startGroupActions", "actionName", &self->start_actions, error) ||
      !fb_json_get_strv_of_members (root, "endGroupActions", "actionName", &self->end_actions, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_recovery_plan_group_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbRecoveryPlanGroup, or %NULL with @error set when a member has
 *   the wrong type
 */
FbRecoveryPlanGroup *
fb_recovery_plan_group_new_from_json (JsonNode  *node,
                                      GError   **error)
{
  g_autoptr(FbRecoveryPlanGroup) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_RECOVERY_PLAN_GROUP, NULL);
  if (!fb_recovery_plan_group_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_recovery_plan_group_update_from:
 * @self: a #FbRecoveryPlanGroup
 * @other: a #FbRecoveryPlanGroup with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_recovery_plan_group_update_from (FbRecoveryPlanGroup *self,
                                    FbRecoveryPlanGroup *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), FALSE);
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_GROUP_TYPE], &self->group_type, other->group_type);
  changed |= fb_json_update_strv (object, properties[PROP_ITEM_IDS], &self->item_ids, other->item_ids);
  changed |= fb_json_update_strv (object, properties[PROP_VIRTUAL_MACHINE_IDS], &self->virtual_machine_ids, other->virtual_machine_ids);
  changed |= fb_json_update_strv (object, properties[PROP_START_ACTIONS], &self->start_actions, other->start_actions);
  changed |= fb_json_update_strv (object, properties[PROP_END_ACTIONS], &self->end_actions, other->end_actions);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_recovery_plan_group_update_from_json:
 * @self: a #FbRecoveryPlanGroup
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_recovery_plan_group_update_from_json (FbRecoveryPlanGroup  *self,
                                         JsonNode             *node,
                                         GError              **error)
{
  g_autoptr(FbRecoveryPlanGroup) fresh = NULL;

  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_recovery_plan_group_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_recovery_plan_group_update_from (self, fresh);
  return TRUE;
}

const char *
fb_recovery_plan_group_get_group_type (FbRecoveryPlanGroup *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), NULL);

  return self->group_type;
}

const char * const *
fb_recovery_plan_group_get_item_ids (FbRecoveryPlanGroup *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), NULL);

  return (const char * const *) self->item_ids;
}

const char * const *
fb_recovery_plan_group_get_virtual_machine_ids (FbRecoveryPlanGroup *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), NULL);

  return (const char * const *) self->virtual_machine_ids;
}

const char * const *
fb_recovery_plan_group_get_start_actions (FbRecoveryPlanGroup *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), NULL);

  return (const char * const *) self->start_actions;
}

const char * const *
fb_recovery_plan_group_get_end_actions (FbRecoveryPlanGroup *self)
{
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN_GROUP (self), NULL);

  return (const char * const *) self->end_actions;
}
