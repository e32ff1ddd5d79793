/* fb-master-target.c - a master target server of a classic VMware fabric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-master-target.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbMasterTarget
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *ip_address;
  char       *os_type;
  char       *os_version;
  char       *agent_version;
  char       *version_status;
  GDateTime  *last_heartbeat;
  GDateTime  *agent_expiry_date;
  char       *mars_agent_version;
  gint64      disk_count;
  GListStore *retention_volumes;
  GListStore *datastores;
  GListStore *validation_errors;
  GListStore *health_errors;
};

G_DEFINE_FINAL_TYPE (FbMasterTarget, fb_master_target, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbMasterTarget, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbMasterTarget, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING_LENIENT, "id"),
  FIELD (name, STRING, "name"),
  FIELD (ip_address, STRING, "ipAddress"),
  FIELD (os_type, STRING, "osType"),
  FIELD (os_version, STRING, "osVersion"),
  FIELD (agent_version, STRING, "agentVersion"),
  FIELD (version_status, STRING, "versionStatus"),
  FIELD (last_heartbeat, DATE_TIME, "lastHeartbeat"),
  FIELD (agent_expiry_date, DATE_TIME, "agentExpiryDate|agentVersionDetails.expiryDate"),
  FIELD (mars_agent_version, STRING, "marsAgentVersion"),
  FIELD (disk_count, INT64, "diskCount"),
  LIST (retention_volumes, "retentionVolumes", fb_retention_volume_child),
  LIST (datastores, "dataStores|datastores", fb_fabric_datastore_child),
  LIST (validation_errors, "validationErrors", fb_health_error_child),
  LIST (health_errors, "healthErrors", fb_health_error_child),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_master_target_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbMasterTarget, fb_master_target, FB_IS_MASTER_TARGET, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbMasterTarget, FB_IS_MASTER_TARGET, RetType, function, field)

GETTER (const char *, fb_master_target_get_id, id)
GETTER (const char *, fb_master_target_get_name, name)
GETTER (const char *, fb_master_target_get_ip_address, ip_address)
GETTER (const char *, fb_master_target_get_os_type, os_type)
GETTER (const char *, fb_master_target_get_os_version, os_version)
GETTER (const char *, fb_master_target_get_agent_version, agent_version)
GETTER (const char *, fb_master_target_get_version_status, version_status)
GETTER (GDateTime *, fb_master_target_get_last_heartbeat, last_heartbeat)
GETTER (GDateTime *, fb_master_target_get_agent_expiry_date, agent_expiry_date)
GETTER (const char *, fb_master_target_get_mars_agent_version, mars_agent_version)
GETTER (gint64, fb_master_target_get_disk_count, disk_count)
GETTER (GListModel *, fb_master_target_get_retention_volumes, retention_volumes)
GETTER (GListModel *, fb_master_target_get_datastores, datastores)
GETTER (GListModel *, fb_master_target_get_validation_errors, validation_errors)
GETTER (GListModel *, fb_master_target_get_health_errors, health_errors)

FB_MODEL_DEFINE_KEYED_CHILD (fb_master_target_child, fb_master_target, fb_master_target_get_id)
