/* fb-protection-container-mapping.c - a protection container mapping (replicationProtectionContainerMappings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-protection-container-mapping.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbProtectionContainerMapping
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *policy_id;
  char       *policy_friendly_name;
  char       *target_protection_container_id;
  char       *target_protection_container_friendly_name;
  char       *source_protection_container_friendly_name;
  char       *source_fabric_friendly_name;
  char       *target_fabric_friendly_name;
  char       *state;
  char       *health;
  GListStore *health_errors;
  char       *provider_type;
  char       *fabric_name;
  char       *container_name;
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbProtectionContainerMapping, fb_protection_container_mapping, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbProtectionContainerMapping, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbProtectionContainerMapping, field, path, child)
#define ID_PART(field, getter) FB_FIELD_ID_PART (FbProtectionContainerMapping, field, getter)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (policy_id, STRING, "properties.policyId"),
  FIELD (policy_friendly_name, STRING, "properties.policyFriendlyName"),
  FIELD (target_protection_container_id, STRING, "properties.targetProtectionContainerId"),
  FIELD (target_protection_container_friendly_name, STRING, "properties.targetProtectionContainerFriendlyName"),
  FIELD (source_protection_container_friendly_name, STRING, "properties.sourceProtectionContainerFriendlyName"),
  FIELD (source_fabric_friendly_name, STRING, "properties.sourceFabricFriendlyName"),
  FIELD (target_fabric_friendly_name, STRING, "properties.targetFabricFriendlyName"),
  FIELD (state, STRING, "properties.state"),
  FIELD (health, STRING, "properties.health"),
  LIST (health_errors, "properties.healthErrorDetails", fb_health_error_child),
  FIELD (provider_type, STRING, "properties.providerSpecificDetails.instanceType"),
  ID_PART (fabric_name, fb_arm_id_get_fabric_name),
  ID_PART (container_name, fb_arm_id_get_container_name),
  FB_VAULT_SCOPE_FIELDS (FbProtectionContainerMapping, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_protection_container_mapping_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbProtectionContainerMapping, fb_protection_container_mapping, FB_IS_PROTECTION_CONTAINER_MAPPING, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbProtectionContainerMapping, FB_IS_PROTECTION_CONTAINER_MAPPING, RetType, function, field)

GETTER (const char *, fb_protection_container_mapping_get_id, id)
GETTER (const char *, fb_protection_container_mapping_get_name, name)
GETTER (const char *, fb_protection_container_mapping_get_policy_id, policy_id)
GETTER (const char *, fb_protection_container_mapping_get_policy_friendly_name, policy_friendly_name)
GETTER (const char *, fb_protection_container_mapping_get_target_protection_container_id, target_protection_container_id)
GETTER (const char *, fb_protection_container_mapping_get_target_protection_container_friendly_name, target_protection_container_friendly_name)
GETTER (const char *, fb_protection_container_mapping_get_source_protection_container_friendly_name, source_protection_container_friendly_name)
GETTER (const char *, fb_protection_container_mapping_get_source_fabric_friendly_name, source_fabric_friendly_name)
GETTER (const char *, fb_protection_container_mapping_get_target_fabric_friendly_name, target_fabric_friendly_name)
GETTER (const char *, fb_protection_container_mapping_get_state, state)
GETTER (const char *, fb_protection_container_mapping_get_health, health)
GETTER (GListModel *, fb_protection_container_mapping_get_health_errors, health_errors)
GETTER (const char *, fb_protection_container_mapping_get_provider_type, provider_type)
GETTER (const char *, fb_protection_container_mapping_get_fabric_name, fabric_name)
GETTER (const char *, fb_protection_container_mapping_get_container_name, container_name)
FB_VAULT_SCOPE_GETTERS (FbProtectionContainerMapping, FB_IS_PROTECTION_CONTAINER_MAPPING, fb_protection_container_mapping, scope)
