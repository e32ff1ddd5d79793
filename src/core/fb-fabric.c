/* fb-fabric.c - a Site Recovery fabric (replicationFabrics), with the VMware details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric.h"
#include "fb-json.h"
#include "fb-model-fields.h"

/* prefixes of member paths */
#define CD "properties.customDetails."

struct _FbFabric
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *friendly_name;
  char       *instance_type;
  char       *internal_identifier;
  char       *bcdr_state;
  char       *health;
  GListStore *health_errors;
  char       *host_name;
  char       *ip_address;
  GDateTime  *last_heartbeat;
  char       *agent_version;
  char       *version_status;
  GDateTime  *agent_expiry_date;
  char       *cs_service_status;
  gint64      process_server_count;
  gint64      agent_count;
  gint64      replication_pair_count;
  gint64      protected_servers;
  FbServerStats stats;
  char       *web_load_status;
  char       *database_server_load_status;
  GDateTime  *ssl_cert_expiry_date;
  char       *ps_template_version;
  char       *vmware_site_id;
  char       *physical_site_id;
  char       *service_endpoint;
  GListStore *process_servers;
  GListStore *master_target_servers;
  GListStore *run_as_accounts;
  GListStore *reprotect_agents;
  FbVaultScope scope;
};

G_DEFINE_FINAL_TYPE (FbFabric, fb_fabric, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbFabric, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbFabric, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING, "id"),
  FIELD (name, STRING, "name"),
  FIELD (friendly_name, STRING, "properties.friendlyName"),
  FIELD (instance_type, STRING, CD "instanceType"),
  FIELD (internal_identifier, STRING, "properties.internalIdentifier"),
  FIELD (bcdr_state, STRING, "properties.bcdrState"),
  FIELD (health, STRING, "properties.health"),
  LIST (health_errors, "properties.healthErrorDetails", fb_health_error_child),
  FIELD (host_name, STRING, CD "hostName"),
  FIELD (ip_address, STRING, CD "ipAddress"),
  FIELD (last_heartbeat, DATE_TIME, CD "lastHeartbeat"),
  FIELD (agent_version, STRING, CD "agentVersion"),
  FIELD (version_status, STRING, CD "versionStatus"),
  FIELD (agent_expiry_date, DATE_TIME, CD "agentExpiryDate|" CD "agentVersionDetails.expiryDate"),
  FIELD (cs_service_status, STRING, CD "csServiceStatus"),
  FIELD (process_server_count, INT64, CD "processServerCount"),
  FIELD (agent_count, INT64, CD "agentCount"),
  FIELD (replication_pair_count, INT64, CD "replicationPairCount"),
  FIELD (protected_servers, INT64, CD "protectedServers"),
  FB_SERVER_STATS_FIELDS (FbFabric, stats, CD),
  FIELD (web_load_status, STRING, CD "webLoadStatus"),
  FIELD (database_server_load_status, STRING, CD "databaseServerLoadStatus"),
  FIELD (ssl_cert_expiry_date, DATE_TIME, CD "sslCertExpiryDate"),
  FIELD (ps_template_version, STRING, CD "psTemplateVersion"),
  FIELD (vmware_site_id, STRING, CD "vmwareSiteId"),
  FIELD (physical_site_id, STRING, CD "physicalSiteId"),
  FIELD (service_endpoint, STRING, CD "serviceEndpoint"),
  LIST (process_servers, CD "processServers", fb_process_server_child),
  LIST (master_target_servers, CD "masterTargetServers", fb_master_target_child),
  LIST (run_as_accounts, CD "runAsAccounts", fb_run_as_account_child),
  LIST (reprotect_agents, CD "reprotectAgents", fb_reprotect_agent_child),
  FB_VAULT_SCOPE_FIELDS (FbFabric, scope),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_fabric_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbFabric, fb_fabric, FB_IS_FABRIC, model)

static gpointer
lookup_by_id (GListStore   *store,
              const char   *id,
              FbJsonKeyFunc key_func)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (fb_arm_id_equal (key_func (item), id))
        return item;
    }

  return NULL;
}

/**
 * fb_fabric_is_classic_vmware:
 * @self: a #FbFabric
 *
 * Returns: whether this is a classic configuration server (instanceType "VMware")
 */
gboolean
fb_fabric_is_classic_vmware (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), FALSE);

  return g_strcmp0 (self->instance_type, "VMware") == 0;
}

/**
 * fb_fabric_is_modern_vmware:
 * @self: a #FbFabric
 *
 * Returns: whether this is a modern replication appliance fabric (instanceType "InMageRcm")
 */
gboolean
fb_fabric_is_modern_vmware (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), FALSE);

  return g_strcmp0 (self->instance_type, "InMageRcm") == 0;
}

/**
 * fb_fabric_lookup_process_server:
 * @self: a #FbFabric
 * @id: a process server id (compared case-insensitively)
 *
 * Returns: (transfer none) (nullable): the process server with @id
 */
FbProcessServer *
fb_fabric_lookup_process_server (FbFabric   *self,
                                 const char *id)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return lookup_by_id (self->process_servers, id, fb_process_server_child.get_key);
}

/**
 * fb_fabric_lookup_master_target:
 * @self: a #FbFabric
 * @id: a master target id (compared case-insensitively)
 *
 * Returns: (transfer none) (nullable): the master target server with @id
 */
FbMasterTarget *
fb_fabric_lookup_master_target (FbFabric   *self,
                                const char *id)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return lookup_by_id (self->master_target_servers, id, fb_master_target_child.get_key);
}

/**
 * fb_fabric_lookup_reprotect_agent:
 * @self: a #FbFabric
 * @id: a reprotect agent id (compared case-insensitively)
 *
 * Returns: (transfer none) (nullable): the reprotect agent with @id
 */
FbReprotectAgent *
fb_fabric_lookup_reprotect_agent (FbFabric   *self,
                                  const char *id)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return lookup_by_id (self->reprotect_agents, id, fb_reprotect_agent_child.get_key);
}

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbFabric, FB_IS_FABRIC, RetType, function, field)

GETTER (const char *, fb_fabric_get_id, id)
GETTER (const char *, fb_fabric_get_name, name)
GETTER (const char *, fb_fabric_get_friendly_name, friendly_name)
GETTER (const char *, fb_fabric_get_instance_type, instance_type)
GETTER (const char *, fb_fabric_get_internal_identifier, internal_identifier)
GETTER (const char *, fb_fabric_get_bcdr_state, bcdr_state)
GETTER (const char *, fb_fabric_get_health, health)
GETTER (GListModel *, fb_fabric_get_health_errors, health_errors)
GETTER (const char *, fb_fabric_get_host_name, host_name)
GETTER (const char *, fb_fabric_get_ip_address, ip_address)
GETTER (GDateTime *, fb_fabric_get_last_heartbeat, last_heartbeat)
GETTER (const char *, fb_fabric_get_agent_version, agent_version)
GETTER (const char *, fb_fabric_get_version_status, version_status)
GETTER (GDateTime *, fb_fabric_get_agent_expiry_date, agent_expiry_date)
GETTER (const char *, fb_fabric_get_cs_service_status, cs_service_status)
GETTER (gint64, fb_fabric_get_process_server_count, process_server_count)
GETTER (gint64, fb_fabric_get_agent_count, agent_count)
GETTER (gint64, fb_fabric_get_replication_pair_count, replication_pair_count)
GETTER (gint64, fb_fabric_get_protected_servers, protected_servers)
FB_SERVER_STATS_GETTERS (FbFabric, FB_IS_FABRIC, fb_fabric, stats)
GETTER (const char *, fb_fabric_get_web_load_status, web_load_status)
GETTER (const char *, fb_fabric_get_database_server_load_status, database_server_load_status)
GETTER (GDateTime *, fb_fabric_get_ssl_cert_expiry_date, ssl_cert_expiry_date)
GETTER (const char *, fb_fabric_get_ps_template_version, ps_template_version)
GETTER (const char *, fb_fabric_get_vmware_site_id, vmware_site_id)
GETTER (const char *, fb_fabric_get_physical_site_id, physical_site_id)
GETTER (const char *, fb_fabric_get_service_endpoint, service_endpoint)
GETTER (GListModel *, fb_fabric_get_process_servers, process_servers)
GETTER (GListModel *, fb_fabric_get_master_target_servers, master_target_servers)
GETTER (GListModel *, fb_fabric_get_run_as_accounts, run_as_accounts)
GETTER (GListModel *, fb_fabric_get_reprotect_agents, reprotect_agents)
FB_VAULT_SCOPE_GETTERS (FbFabric, FB_IS_FABRIC, fb_fabric, scope)
