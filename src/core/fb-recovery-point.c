/* fb-recovery-point.c - a recovery point of a protected item (recoveryPoints)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-recovery-point.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbRecoveryPoint
{
  GObject parent_instance;

  char      *id;
  char      *name;
  GDateTime *recovery_point_time;
  char      *recovery_point_type;
  char      *provider_type;
  gboolean   is_multi_vm_sync_point;
  char      *protected_item_name;
};

G_DEFINE_FINAL_TYPE (FbRecoveryPoint, fb_recovery_point, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbRecoveryPoint, field, KIND, path)
#define ID_PART(field, getter) FB_FIELD_ID_PART (FbRecoveryPoint, field, getter)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (recovery_point_time, DATE_TIME, "properties.recoveryPointTime"),
  FIELD (recovery_point_type, STRING, "properties.recoveryPointType"),
  FIELD (provider_type, STRING, "properties.providerSpecificDetails.instanceType"),
  FIELD (is_multi_vm_sync_point, BOOLEAN, "properties.providerSpecificDetails.isMultiVmSyncPoint"),
  ID_PART (protected_item_name, fb_arm_id_get_protected_item_name),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_recovery_point_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbRecoveryPoint, fb_recovery_point, FB_IS_RECOVERY_POINT, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbRecoveryPoint, FB_IS_RECOVERY_POINT, RetType, function, field)

GETTER (const char *, fb_recovery_point_get_id, id)
GETTER (const char *, fb_recovery_point_get_name, name)
GETTER (GDateTime *, fb_recovery_point_get_recovery_point_time, recovery_point_time)
GETTER (const char *, fb_recovery_point_get_recovery_point_type, recovery_point_type)
GETTER (const char *, fb_recovery_point_get_provider_type, provider_type)
GETTER (gboolean, fb_recovery_point_get_is_multi_vm_sync_point, is_multi_vm_sync_point)
GETTER (const char *, fb_recovery_point_get_protected_item_name, protected_item_name)
