/* fb-policy.c - a replication policy (replicationPolicies)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-policy.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbPolicy
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *friendly_name;
  char   *provider_type;
  gint64  recovery_point_history;
  gint64  recovery_point_threshold_in_minutes;
  gint64  app_consistent_frequency_in_minutes;
  gint64  crash_consistent_frequency_in_minutes;
  char   *multi_vm_sync_status;
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbPolicy, fb_policy, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbPolicy, field, KIND, path)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, "properties.friendlyName"),
  FIELD (provider_type, STRING, "properties.providerSpecificDetails.instanceType"),
  FIELD (recovery_point_history, INT64, "properties.providerSpecificDetails.recoveryPointHistory|properties.providerSpecificDetails.recoveryPointHistoryInMinutes"),
  FIELD (recovery_point_threshold_in_minutes, INT64, "properties.providerSpecificDetails.recoveryPointThresholdInMinutes"),
  FIELD (app_consistent_frequency_in_minutes, INT64, "properties.providerSpecificDetails.appConsistentFrequencyInMinutes"),
  FIELD (crash_consistent_frequency_in_minutes, INT64, "properties.providerSpecificDetails.crashConsistentFrequencyInMinutes"),
  FIELD (multi_vm_sync_status, STRING, "properties.providerSpecificDetails.multiVmSyncStatus|properties.providerSpecificDetails.enableMultiVmSync"),
  FB_VAULT_SCOPE_FIELDS (FbPolicy, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_policy_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbPolicy, fb_policy, FB_IS_POLICY, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbPolicy, FB_IS_POLICY, RetType, function, field)

GETTER (const char *, fb_policy_get_id, id)
GETTER (const char *, fb_policy_get_name, name)
GETTER (const char *, fb_policy_get_friendly_name, friendly_name)
GETTER (const char *, fb_policy_get_provider_type, provider_type)
GETTER (gint64, fb_policy_get_recovery_point_history, recovery_point_history)
GETTER (gint64, fb_policy_get_recovery_point_threshold_in_minutes, recovery_point_threshold_in_minutes)
GETTER (gint64, fb_policy_get_app_consistent_frequency_in_minutes, app_consistent_frequency_in_minutes)
GETTER (gint64, fb_policy_get_crash_consistent_frequency_in_minutes, crash_consistent_frequency_in_minutes)
GETTER (const char *, fb_policy_get_multi_vm_sync_status, multi_vm_sync_status)
FB_VAULT_SCOPE_GETTERS (FbPolicy, FB_IS_POLICY, fb_policy, scope)
