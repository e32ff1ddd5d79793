/* fb-protection-container.c - a protection container of a fabric (replicationProtectionContainers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-protection-container.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbProtectionContainer
{
  GObject parent_instance;

  char   *id;
  char   *name;
  char   *friendly_name;
  char   *fabric_friendly_name;
  char   *fabric_type;
  gint64  protected_item_count;
  char   *pairing_status;
  char   *role;
  char   *fabric_name;
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbProtectionContainer, fb_protection_container, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbProtectionContainer, field, KIND, path)
#define ID_PART(field, getter) FB_FIELD_ID_PART (FbProtectionContainer, field, getter)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, "properties.friendlyName"),
  FIELD (fabric_friendly_name, STRING, "properties.fabricFriendlyName"),
  FIELD (fabric_type, STRING, "properties.fabricType"),
  FIELD (protected_item_count, INT64, "properties.protectedItemCount"),
  FIELD (pairing_status, STRING, "properties.pairingStatus"),
  FIELD (role, STRING, "properties.role"),
  ID_PART (fabric_name, fb_arm_id_get_fabric_name),
  FB_VAULT_SCOPE_FIELDS (FbProtectionContainer, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_protection_container_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbProtectionContainer, fb_protection_container, FB_IS_PROTECTION_CONTAINER, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbProtectionContainer, FB_IS_PROTECTION_CONTAINER, RetType, function, field)

GETTER (const char *, fb_protection_container_get_id, id)
GETTER (const char *, fb_protection_container_get_name, name)
GETTER (const char *, fb_protection_container_get_friendly_name, friendly_name)
GETTER (const char *, fb_protection_container_get_fabric_friendly_name, fabric_friendly_name)
GETTER (const char *, fb_protection_container_get_fabric_type, fabric_type)
GETTER (gint64, fb_protection_container_get_protected_item_count, protected_item_count)
GETTER (const char *, fb_protection_container_get_pairing_status, pairing_status)
GETTER (const char *, fb_protection_container_get_role, role)
GETTER (const char *, fb_protection_container_get_fabric_name, fabric_name)
FB_VAULT_SCOPE_GETTERS (FbProtectionContainer, FB_IS_PROTECTION_CONTAINER, fb_protection_container, scope)
