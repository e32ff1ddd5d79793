/* fb-vault.c - a Recovery Services vault (Microsoft.RecoveryServices/vaults)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-vault.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbVault
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *location;
  char       *sku;
  char       *sku_tier;
  char       *provisioning_state;
  GHashTable *tags;
  char       *subscription_id;
  char       *resource_group;
};

G_DEFINE_FINAL_TYPE (FbVault, fb_vault, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbVault, field, KIND, path)
#define ID_PART(field, getter) FB_FIELD_ID_PART (FbVault, field, getter)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (location, STRING, "location"),
  FIELD (sku, STRING, "sku.name"),
  FIELD (sku_tier, STRING, "sku.tier"),
  FIELD (provisioning_state, STRING, "properties.provisioningState"),
  FIELD (tags, STRING_MAP, "tags"),
  ID_PART (subscription_id, fb_arm_id_get_subscription),
  ID_PART (resource_group, fb_arm_id_get_resource_group),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_vault_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbVault, fb_vault, FB_IS_VAULT, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbVault, FB_IS_VAULT, RetType, function, field)

GETTER (const char *, fb_vault_get_id, id)
GETTER (const char *, fb_vault_get_name, name)
GETTER (const char *, fb_vault_get_location, location)
GETTER (const char *, fb_vault_get_sku, sku)
GETTER (const char *, fb_vault_get_sku_tier, sku_tier)
GETTER (const char *, fb_vault_get_provisioning_state, provisioning_state)
GETTER (GHashTable *, fb_vault_get_tags, tags)
GETTER (const char *, fb_vault_get_subscription_id, subscription_id)
GETTER (const char *, fb_vault_get_resource_group, resource_group)
