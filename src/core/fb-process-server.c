/* fb-process-server.c - a process server of a fabric (classic VMware or modern InMageRcm)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-process-server.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbProcessServer
{
  GObject parent_instance;

  char        *id;
  char        *friendly_name;
  char        *ip_address;
  char       **ip_addresses;
  char        *fqdn;
  char        *os_type;
  char        *os_version;
  char        *agent_version;
  char        *version_status;
  GDateTime   *last_heartbeat;
  char        *host_id;
  gint64       machine_count;
  gint64       replication_pair_count;
  gint64       protected_item_count;
  FbServerStats stats;
  char        *ps_service_status;
  GDateTime   *ssl_cert_expiry_date;
  GDateTime   *agent_expiry_date;
  GDateTime   *ps_stats_refresh_time;
  char        *throughput_status;
  char        *health;
  GListStore  *health_errors;
};

G_DEFINE_FINAL_TYPE (FbProcessServer, fb_process_server, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbProcessServer, field, KIND, path)
#define LIST(field, path, child) FB_FIELD_LIST (FbProcessServer, field, path, child)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (id, STRING_LENIENT, "id"),
  FIELD (friendly_name, STRING, "friendlyName|name"),
  FIELD (ip_address, STRING, "ipAddress"),
  FIELD (ip_addresses, STRV, "ipAddresses"),
  FIELD (fqdn, STRING, "fqdn"),
  FIELD (os_type, STRING, "osType"),
  FIELD (os_version, STRING, "osVersion"),
  FIELD (agent_version, STRING, "agentVersion|version"),
  FIELD (version_status, STRING, "versionStatus|agentVersionDetails.status"),
  FIELD (last_heartbeat, DATE_TIME, "lastHeartbeat|lastHeartbeatUtc"),
  FIELD (host_id, STRING_LENIENT, "hostId"),
  FIELD (machine_count, INT64, "machineCount"),
  FIELD (replication_pair_count, INT64, "replicationPairCount"),
  FIELD (protected_item_count, INT64, "protectedItemCount"),
  FB_SERVER_STATS_FIELDS (FbProcessServer, stats, ""),
  FIELD (ps_service_status, STRING, "psServiceStatus"),
  FIELD (ssl_cert_expiry_date, DATE_TIME, "sslCertExpiryDate"),
  FIELD (agent_expiry_date, DATE_TIME, "agentExpiryDate|agentVersionDetails.expiryDate"),
  FIELD (ps_stats_refresh_time, DATE_TIME, "psStatsRefreshTime"),
  FIELD (throughput_status, STRING, "throughputStatus"),
  FIELD (health, STRING, "health"),
  LIST (health_errors, "healthErrors", fb_health_error_child),
};

static gboolean fb_process_server_parse_more (gpointer     instance,
                                              JsonObject  *root,
                                              GError     **error);

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, fb_process_server_parse_more);

/* fb_process_server_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbProcessServer, fb_process_server, FB_IS_PROCESS_SERVER, model)

static gboolean
fb_process_server_parse_more (gpointer     instance,
                              JsonObject  *root G_GNUC_UNUSED,
                              GError     **error G_GNUC_UNUSED)
{
  FbProcessServer *self = instance;

  /* modern servers only list their addresses */
  if (self->ip_address == NULL && self->ip_addresses != NULL && self->ip_addresses[0] != NULL)
    self->ip_address = g_strdup (self->ip_addresses[0]);

  return TRUE;
}

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbProcessServer, FB_IS_PROCESS_SERVER, RetType, function, field)

GETTER (const char *, fb_process_server_get_id, id)
GETTER (const char *, fb_process_server_get_friendly_name, friendly_name)
GETTER (const char *, fb_process_server_get_ip_address, ip_address)
GETTER (const char * const *, fb_process_server_get_ip_addresses, ip_addresses)
GETTER (const char *, fb_process_server_get_fqdn, fqdn)
GETTER (const char *, fb_process_server_get_os_type, os_type)
GETTER (const char *, fb_process_server_get_os_version, os_version)
GETTER (const char *, fb_process_server_get_agent_version, agent_version)
GETTER (const char *, fb_process_server_get_version_status, version_status)
GETTER (GDateTime *, fb_process_server_get_last_heartbeat, last_heartbeat)
GETTER (const char *, fb_process_server_get_host_id, host_id)
GETTER (gint64, fb_process_server_get_machine_count, machine_count)
GETTER (gint64, fb_process_server_get_replication_pair_count, replication_pair_count)
GETTER (gint64, fb_process_server_get_protected_item_count, protected_item_count)
FB_SERVER_STATS_GETTERS (FbProcessServer, FB_IS_PROCESS_SERVER, fb_process_server, stats)
GETTER (const char *, fb_process_server_get_ps_service_status, ps_service_status)
GETTER (GDateTime *, fb_process_server_get_ssl_cert_expiry_date, ssl_cert_expiry_date)
GETTER (GDateTime *, fb_process_server_get_agent_expiry_date, agent_expiry_date)
GETTER (GDateTime *, fb_process_server_get_ps_stats_refresh_time, ps_stats_refresh_time)
GETTER (const char *, fb_process_server_get_throughput_status, throughput_status)
GETTER (const char *, fb_process_server_get_health, health)
GETTER (GListModel *, fb_process_server_get_health_errors, health_errors)

FB_MODEL_DEFINE_KEYED_CHILD (fb_process_server_child, fb_process_server, fb_process_server_get_id)
