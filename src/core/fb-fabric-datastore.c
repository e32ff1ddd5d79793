/* fb-fabric-datastore.c - a datastore a master target server can write to (classic VMware fabric)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric-datastore.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbFabricDatastore
{
  GObject parent_instance;

  char   *symbolic_name;
  char   *uuid;
  double  capacity_gb;
  double  free_space_gb;
  char   *datastore_type;
};

G_DEFINE_FINAL_TYPE (FbFabricDatastore, fb_fabric_datastore, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbFabricDatastore, field, KIND, path)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (symbolic_name, STRING, "symbolicName"),
  FIELD (uuid, STRING, "uuid"),
  FIELD (capacity_gb, DOUBLE, "capacity"),
  FIELD (free_space_gb, DOUBLE, "freeSpace"),
  FIELD (datastore_type, STRING, "type"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_fabric_datastore_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbFabricDatastore, fb_fabric_datastore, FB_IS_FABRIC_DATASTORE, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbFabricDatastore, FB_IS_FABRIC_DATASTORE, RetType, function, field)

GETTER (const char *, fb_fabric_datastore_get_symbolic_name, symbolic_name)
GETTER (const char *, fb_fabric_datastore_get_uuid, uuid)
GETTER (double, fb_fabric_datastore_get_capacity_gb, capacity_gb)
GETTER (double, fb_fabric_datastore_get_free_space_gb, free_space_gb)
GETTER (const char *, fb_fabric_datastore_get_datastore_type, datastore_type)

FB_MODEL_DEFINE_KEYED_CHILD (fb_fabric_datastore_child, fb_fabric_datastore, fb_fabric_datastore_get_symbolic_name)
