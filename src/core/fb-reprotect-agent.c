/* fb-reprotect-agent.c - a reprotect agent of a modern (InMageRcm) fabric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-reprotect-agent.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbReprotectAgent
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *bios_id;
  char        *fabric_object_id;
  char        *fqdn;
  char        *version;
  GDateTime   *last_heartbeat;
  char        *health;
  GListStore  *health_errors;
  gint64       protected_item_count;
  char       **accessible_datastores;
  char        *vcenter_id;
  GDateTime   *last_discovery_time;
};

G_DEFINE_FINAL_TYPE (FbReprotectAgent, fb_reprotect_agent, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbReprotectAgent, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbReprotectAgent, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING_LENIENT, "id"),
  FIELD (name, STRING, "name"),
  FIELD (bios_id, STRING, "biosId"),
  FIELD (fabric_object_id, STRING, "fabricObjectId"),
  FIELD (fqdn, STRING, "fqdn"),
  FIELD (version, STRING, "version"),
  FIELD (last_heartbeat, DATE_TIME, "lastHeartbeatUtc|lastHeartbeat"),
  FIELD (health, STRING, "health"),
  LIST (health_errors, "healthErrors", fb_health_error_child),
  FIELD (protected_item_count, INT64, "protectedItemCount"),
  FIELD (accessible_datastores, STRV, "accessibleDatastores"),
  FIELD (vcenter_id, STRING, "vcenterId|vCenterId"),
  FIELD (last_discovery_time, DATE_TIME, "lastDiscoveryInUtc"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_reprotect_agent_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbReprotectAgent, fb_reprotect_agent, FB_IS_REPROTECT_AGENT, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbReprotectAgent, FB_IS_REPROTECT_AGENT, RetType, function, field)

GETTER (const char *, fb_reprotect_agent_get_id, id)
GETTER (const char *, fb_reprotect_agent_get_name, name)
GETTER (const char *, fb_reprotect_agent_get_bios_id, bios_id)
GETTER (const char *, fb_reprotect_agent_get_fabric_object_id, fabric_object_id)
GETTER (const char *, fb_reprotect_agent_get_fqdn, fqdn)
GETTER (const char *, fb_reprotect_agent_get_version, version)
GETTER (GDateTime *, fb_reprotect_agent_get_last_heartbeat, last_heartbeat)
GETTER (const char *, fb_reprotect_agent_get_health, health)
GETTER (GListModel *, fb_reprotect_agent_get_health_errors, health_errors)
GETTER (gint64, fb_reprotect_agent_get_protected_item_count, protected_item_count)
GETTER (const char * const *, fb_reprotect_agent_get_accessible_datastores, accessible_datastores)
GETTER (const char *, fb_reprotect_agent_get_vcenter_id, vcenter_id)
GETTER (GDateTime *, fb_reprotect_agent_get_last_discovery_time, last_discovery_time)

FB_MODEL_DEFINE_KEYED_CHILD (fb_reprotect_agent_child, fb_reprotect_agent, fb_reprotect_agent_get_id)
