/* fb-process-server.c - a process server of a fabric (classic VMware or modern InMageRcm)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-process-server.h"
#include "fb-json.h"

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
  double       system_load;
  char        *system_load_status;
  double       cpu_load;
  char        *cpu_load_status;
  gint64       total_memory_in_bytes;
  gint64       available_memory_in_bytes;
  char        *memory_usage_status;
  gint64       total_space_in_bytes;
  gint64       available_space_in_bytes;
  char        *space_usage_status;
  char        *ps_service_status;
  GDateTime   *ssl_cert_expiry_date;
  GDateTime   *agent_expiry_date;
  GDateTime   *ps_stats_refresh_time;
  char        *throughput_status;
  char        *health;
  GListStore  *health_errors;
};

G_DEFINE_FINAL_TYPE (FbProcessServer, fb_process_server, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FRIENDLY_NAME,
  PROP_IP_ADDRESS,
  PROP_IP_ADDRESSES,
  PROP_FQDN,
  PROP_OS_TYPE,
  PROP_OS_VERSION,
  PROP_AGENT_VERSION,
  PROP_VERSION_STATUS,
  PROP_LAST_HEARTBEAT,
  PROP_HOST_ID,
  PROP_MACHINE_COUNT,
  PROP_REPLICATION_PAIR_COUNT,
  PROP_PROTECTED_ITEM_COUNT,
  PROP_SYSTEM_LOAD,
  PROP_SYSTEM_LOAD_STATUS,
  PROP_CPU_LOAD,
  PROP_CPU_LOAD_STATUS,
  PROP_TOTAL_MEMORY_IN_BYTES,
  PROP_AVAILABLE_MEMORY_IN_BYTES,
  PROP_MEMORY_USAGE_STATUS,
  PROP_TOTAL_SPACE_IN_BYTES,
  PROP_AVAILABLE_SPACE_IN_BYTES,
  PROP_SPACE_USAGE_STATUS,
  PROP_PS_SERVICE_STATUS,
  PROP_SSL_CERT_EXPIRY_DATE,
  PROP_AGENT_EXPIRY_DATE,
  PROP_PS_STATS_REFRESH_TIME,
  PROP_THROUGHPUT_STATUS,
  PROP_HEALTH,
  PROP_HEALTH_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
health_error_new_cb (JsonNode  *node,
                     GError   **error)
{
  return fb_health_error_new_from_json (node, error);
}

static gboolean
health_error_update_cb (gpointer item,
                        gpointer other)
{
  return fb_health_error_update_from (item, other);
}

static void
fb_process_server_dispose (GObject *object)
{
  FbProcessServer *self = (FbProcessServer *) object;

  g_clear_object (&self->health_errors);

  G_OBJECT_CLASS (fb_process_server_parent_class)->dispose (object);
}

static void
fb_process_server_finalize (GObject *object)
{
  FbProcessServer *self = (FbProcessServer *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->ip_address, g_free);
  g_clear_pointer (&self->ip_addresses, g_strfreev);
  g_clear_pointer (&self->fqdn, g_free);
  g_clear_pointer (&self->os_type, g_free);
  g_clear_pointer (&self->os_version, g_free);
  g_clear_pointer (&self->agent_version, g_free);
  g_clear_pointer (&self->version_status, g_free);
  g_clear_pointer (&self->last_heartbeat, g_date_time_unref);
  g_clear_pointer (&self->host_id, g_free);
  g_clear_pointer (&self->system_load_status, g_free);
  g_clear_pointer (&self->cpu_load_status, g_free);
  g_clear_pointer (&self->memory_usage_status, g_free);
  g_clear_pointer (&self->space_usage_status, g_free);
  g_clear_pointer (&self->ps_service_status, g_free);
  g_clear_pointer (&self->ssl_cert_expiry_date, g_date_time_unref);
  g_clear_pointer (&self->agent_expiry_date, g_date_time_unref);
  g_clear_pointer (&self->ps_stats_refresh_time, g_date_time_unref);
  g_clear_pointer (&self->throughput_status, g_free);
  g_clear_pointer (&self->health, g_free);

  G_OBJECT_CLASS (fb_process_server_parent_class)->finalize (object);
}

static void
fb_process_server_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FbProcessServer *self = (FbProcessServer *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_FRIENDLY_NAME:
      g_value_set_string (value, self->friendly_name);
      break;

    case PROP_IP_ADDRESS:
      g_value_set_string (value, self->ip_address);
      break;

    case PROP_IP_ADDRESSES:
      g_value_set_boxed (value, self->ip_addresses);
      break;

    case PROP_FQDN:
      g_value_set_string (value, self->fqdn);
      break;

    case PROP_OS_TYPE:
      g_value_set_string (value, self->os_type);
      break;

    case PROP_OS_VERSION:
      g_value_set_string (value, self->os_version);
      break;

    case PROP_AGENT_VERSION:
      g_value_set_string (value, self->agent_version);
      break;

    case PROP_VERSION_STATUS:
      g_value_set_string (value, self->version_status);
      break;

    case PROP_LAST_HEARTBEAT:
      g_value_set_boxed (value, self->last_heartbeat);
      break;

    case PROP_HOST_ID:
      g_value_set_string (value, self->host_id);
      break;

    case PROP_MACHINE_COUNT:
      g_value_set_int64 (value, self->machine_count);
      break;

    case PROP_REPLICATION_PAIR_COUNT:
      g_value_set_int64 (value, self->replication_pair_count);
      break;

    case PROP_PROTECTED_ITEM_COUNT:
      g_value_set_int64 (value, self->protected_item_count);
      break;

    case PROP_SYSTEM_LOAD:
      g_value_set_double (value, self->system_load);
      break;

    case PROP_SYSTEM_LOAD_STATUS:
      g_value_set_string (value, self->system_load_status);
      break;

    case PROP_CPU_LOAD:
      g_value_set_double (value, self->cpu_load);
      break;

    case PROP_CPU_LOAD_STATUS:
      g_value_set_string (value, self->cpu_load_status);
      break;

    case PROP_TOTAL_MEMORY_IN_BYTES:
      g_value_set_int64 (value, self->total_memory_in_bytes);
      break;

    case PROP_AVAILABLE_MEMORY_IN_BYTES:
      g_value_set_int64 (value, self->available_memory_in_bytes);
      break;

    case PROP_MEMORY_USAGE_STATUS:
      g_value_set_string (value, self->memory_usage_status);
      break;

    case PROP_TOTAL_SPACE_IN_BYTES:
      g_value_set_int64 (value, self->total_space_in_bytes);
      break;

    case PROP_AVAILABLE_SPACE_IN_BYTES:
      g_value_set_int64 (value, self->available_space_in_bytes);
      break;

    case PROP_SPACE_USAGE_STATUS:
      g_value_set_string (value, self->space_usage_status);
      break;

    case PROP_PS_SERVICE_STATUS:
      g_value_set_string (value, self->ps_service_status);
      break;

    case PROP_SSL_CERT_EXPIRY_DATE:
      g_value_set_boxed (value, self->ssl_cert_expiry_date);
      break;

    case PROP_AGENT_EXPIRY_DATE:
      g_value_set_boxed (value, self->agent_expiry_date);
      break;

    case PROP_PS_STATS_REFRESH_TIME:
      g_value_set_boxed (value, self->ps_stats_refresh_time);
      break;

    case PROP_THROUGHPUT_STATUS:
      g_value_set_string (value, self->throughput_status);
      break;

    case PROP_HEALTH:
      g_value_set_string (value, self->health);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_process_server_class_init (FbProcessServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_process_server_dispose;
  object_class->finalize = fb_process_server_finalize;
  object_class->get_property = fb_process_server_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FRIENDLY_NAME] =
    g_param_spec_string ("friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IP_ADDRESS] =
    g_param_spec_string ("ip-address", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IP_ADDRESSES] =
    g_param_spec_boxed ("ip-addresses", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FQDN] =
    g_param_spec_string ("fqdn", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_TYPE] =
    g_param_spec_string ("os-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OS_VERSION] =
    g_param_spec_string ("os-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_VERSION] =
    g_param_spec_string ("agent-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_STATUS] =
    g_param_spec_string ("version-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_HEARTBEAT] =
    g_param_spec_boxed ("last-heartbeat", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HOST_ID] =
    g_param_spec_string ("host-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MACHINE_COUNT] =
    g_param_spec_int64 ("machine-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPLICATION_PAIR_COUNT] =
    g_param_spec_int64 ("replication-pair-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_ITEM_COUNT] =
    g_param_spec_int64 ("protected-item-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SYSTEM_LOAD] =
    g_param_spec_double ("system-load", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SYSTEM_LOAD_STATUS] =
    g_param_spec_string ("system-load-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CPU_LOAD] =
    g_param_spec_double ("cpu-load", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CPU_LOAD_STATUS] =
    g_param_spec_string ("cpu-load-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOTAL_MEMORY_IN_BYTES] =
    g_param_spec_int64 ("total-memory-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AVAILABLE_MEMORY_IN_BYTES] =
    g_param_spec_int64 ("available-memory-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MEMORY_USAGE_STATUS] =
    g_param_spec_string ("memory-usage-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOTAL_SPACE_IN_BYTES] =
    g_param_spec_int64 ("total-space-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AVAILABLE_SPACE_IN_BYTES] =
    g_param_spec_int64 ("available-space-in-bytes", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SPACE_USAGE_STATUS] =
    g_param_spec_string ("space-usage-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PS_SERVICE_STATUS] =
    g_param_spec_string ("ps-service-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SSL_CERT_EXPIRY_DATE] =
    g_param_spec_boxed ("ssl-cert-expiry-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_EXPIRY_DATE] =
    g_param_spec_boxed ("agent-expiry-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PS_STATS_REFRESH_TIME] =
    g_param_spec_boxed ("ps-stats-refresh-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_THROUGHPUT_STATUS] =
    g_param_spec_string ("throughput-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH] =
    g_param_spec_string ("health", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEALTH_ERRORS] =
    g_param_spec_object ("health-errors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_process_server_init (FbProcessServer *self)
{
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
}

static gboolean
fb_process_server_parse (FbProcessServer  *self,
                         JsonNode         *node,
                         GError          **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "friendlyName|name", &self->friendly_name, error) ||
      !fb_json_get_string (root, "ipAddress", &self->ip_address, error) ||
      !fb_json_get_strv (root, "ipAddresses", &self->ip_addresses, error) ||
      !fb_json_get_string (root, "fqdn", &self->fqdn, error) ||
      !fb_json_get_string (root, "osType", &self->os_type, error) ||
      !fb_json_get_string (root, "osVersion", &self->os_version, error) ||
      !fb_json_get_string (root, "agentVersion|version", &self->agent_version, error) ||
      !fb_json_get_string (root, "versionStatus|"
                                 "agentVersionDetails.status", &self->version_status, error) ||
      !fb_json_get_date_time (root, "lastHeartbeat|"
                                    "lastHeartbeatUtc", &self->last_heartbeat, error) ||
      !fb_json_get_string_lenient (root, "hostId", &self->host_id, error) ||
      !fb_json_get_int64 (root, "machineCount", &self->machine_count, error) ||
      !fb_json_get_int64 (root, "replicationPairCount", &self->replication_pair_count, error) ||
      !fb_json_get_int64 (root, "protectedItemCount", &self->protected_item_count, error) ||
      !fb_json_get_double (root, "systemLoad", &self->system_load, error) ||
      !fb_json_get_string (root, "systemLoadStatus", &self->system_load_status, error) ||
      !fb_json_get_double (root, "cpuLoad", &self->cpu_load, error) ||
      !fb_json_get_string (root, "cpuLoadStatus", &self->cpu_load_status, error) ||
      !fb_json_get_int64 (root, "totalMemoryInBytes", &self->total_memory_in_bytes, error) ||
      !fb_json_get_int64 (root, "availableMemoryInBytes", &self->available_memory_in_bytes, error) ||
      !fb_json_get_string (root, "memoryUsageStatus", &self->memory_usage_status, error) ||
      !fb_json_get_int64 (root, "totalSpaceInBytes", &self->total_space_in_bytes, error) ||
      !fb_json_get_int64 (root, "availableSpaceInBytes", &self->available_space_in_bytes, error) ||
      !fb_json_get_string (root, "spaceUsageStatus", &self->space_usage_status, error) ||
      !fb_json_get_string (root, "psServiceStatus", &self->ps_service_status, error) ||
      !fb_json_get_date_time (root, "sslCertExpiryDate", &self->ssl_cert_expiry_date, error) ||
      !fb_json_get_date_time (root, "agentExpiryDate|"
                                    "agentVersionDetails.expiryDate", &self->agent_expiry_date, error) ||
      !fb_json_get_date_time (root, "psStatsRefreshTime", &self->ps_stats_refresh_time, error) ||
      !fb_json_get_string (root, "throughputStatus", &self->throughput_status, error) ||
      !fb_json_get_string (root, "health", &self->health, error) ||
      !fb_json_get_model_list (root, "healthErrors", health_error_new_cb, self->health_errors, error))
    return FALSE;

  /* modern servers only list their addresses */
  if (self->ip_address == NULL && self->ip_addresses != NULL && self->ip_addresses[0] != NULL)
    self->ip_address = g_strdup (self->ip_addresses[0]);

  return TRUE;
}

/**
 * fb_process_server_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbProcessServer, or %NULL with @error set when a member has
 *   the wrong type
 */
FbProcessServer *
fb_process_server_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_autoptr(FbProcessServer) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_PROCESS_SERVER, NULL);
  if (!fb_process_server_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_process_server_update_from:
 * @self: a #FbProcessServer
 * @other: a #FbProcessServer with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_process_server_update_from (FbProcessServer *self,
                               FbProcessServer *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), FALSE);
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_IP_ADDRESS], &self->ip_address, other->ip_address);
  changed |= fb_json_update_strv (object, properties[PROP_IP_ADDRESSES], &self->ip_addresses, other->ip_addresses);
  changed |= fb_json_update_string (object, properties[PROP_FQDN], &self->fqdn, other->fqdn);
  changed |= fb_json_update_string (object, properties[PROP_OS_TYPE], &self->os_type, other->os_type);
  changed |= fb_json_update_string (object, properties[PROP_OS_VERSION], &self->os_version, other->os_version);
  changed |= fb_json_update_string (object, properties[PROP_AGENT_VERSION], &self->agent_version, other->agent_version);
  changed |= fb_json_update_string (object, properties[PROP_VERSION_STATUS], &self->version_status, other->version_status);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_HEARTBEAT], &self->last_heartbeat, other->last_heartbeat);
  changed |= fb_json_update_string (object, properties[PROP_HOST_ID], &self->host_id, other->host_id);
  changed |= fb_json_update_int64 (object, properties[PROP_MACHINE_COUNT], &self->machine_count, other->machine_count);
  changed |= fb_json_update_int64 (object, properties[PROP_REPLICATION_PAIR_COUNT], &self->replication_pair_count, other->replication_pair_count);
  changed |= fb_json_update_int64 (object, properties[PROP_PROTECTED_ITEM_COUNT], &self->protected_item_count, other->protected_item_count);
  changed |= fb_json_update_double (object, properties[PROP_SYSTEM_LOAD], &self->system_load, other->system_load);
  changed |= fb_json_update_string (object, properties[PROP_SYSTEM_LOAD_STATUS], &self->system_load_status, other->system_load_status);
  changed |= fb_json_update_double (object, properties[PROP_CPU_LOAD], &self->cpu_load, other->cpu_load);
  changed |= fb_json_update_string (object, properties[PROP_CPU_LOAD_STATUS], &self->cpu_load_status, other->cpu_load_status);
  changed |= fb_json_update_int64 (object, properties[PROP_TOTAL_MEMORY_IN_BYTES], &self->total_memory_in_bytes, other->total_memory_in_bytes);
  changed |= fb_json_update_int64 (object, properties[PROP_AVAILABLE_MEMORY_IN_BYTES], &self->available_memory_in_bytes, other->available_memory_in_bytes);
  changed |= fb_json_update_string (object, properties[PROP_MEMORY_USAGE_STATUS], &self->memory_usage_status, other->memory_usage_status);
  changed |= fb_json_update_int64 (object, properties[PROP_TOTAL_SPACE_IN_BYTES], &self->total_space_in_bytes, other->total_space_in_bytes);
  changed |= fb_json_update_int64 (object, properties[PROP_AVAILABLE_SPACE_IN_BYTES], &self->available_space_in_bytes, other->available_space_in_bytes);
  changed |= fb_json_update_string (object, properties[PROP_SPACE_USAGE_STATUS], &self->space_usage_status, other->space_usage_status);
  changed |= fb_json_update_string (object, properties[PROP_PS_SERVICE_STATUS], &self->ps_service_status, other->ps_service_status);
  changed |= fb_json_update_date_time (object, properties[PROP_SSL_CERT_EXPIRY_DATE], &self->ssl_cert_expiry_date, other->ssl_cert_expiry_date);
  changed |= fb_json_update_date_time (object, properties[PROP_AGENT_EXPIRY_DATE], &self->agent_expiry_date, other->agent_expiry_date);
  changed |= fb_json_update_date_time (object, properties[PROP_PS_STATS_REFRESH_TIME], &self->ps_stats_refresh_time, other->ps_stats_refresh_time);
  changed |= fb_json_update_string (object, properties[PROP_THROUGHPUT_STATUS], &self->throughput_status, other->throughput_status);
  changed |= fb_json_update_string (object, properties[PROP_HEALTH], &self->health, other->health);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_process_server_update_from_json:
 * @self: a #FbProcessServer
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_process_server_update_from_json (FbProcessServer  *self,
                                    JsonNode         *node,
                                    GError          **error)
{
  g_autoptr(FbProcessServer) fresh = NULL;

  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_process_server_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_process_server_update_from (self, fresh);
  return TRUE;
}

const char *
fb_process_server_get_id (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->id;
}

const char *
fb_process_server_get_friendly_name (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->friendly_name;
}

const char *
fb_process_server_get_ip_address (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->ip_address;
}

const char * const *
fb_process_server_get_ip_addresses (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return (const char * const *) self->ip_addresses;
}

const char *
fb_process_server_get_fqdn (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->fqdn;
}

const char *
fb_process_server_get_os_type (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->os_type;
}

const char *
fb_process_server_get_os_version (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->os_version;
}

const char *
fb_process_server_get_agent_version (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->agent_version;
}

const char *
fb_process_server_get_version_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->version_status;
}

GDateTime *
fb_process_server_get_last_heartbeat (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->last_heartbeat;
}

const char *
fb_process_server_get_host_id (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->host_id;
}

gint64
fb_process_server_get_machine_count (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->machine_count;
}

gint64
fb_process_server_get_replication_pair_count (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->replication_pair_count;
}

gint64
fb_process_server_get_protected_item_count (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->protected_item_count;
}

double
fb_process_server_get_system_load (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0.0);

  return self->system_load;
}

const char *
fb_process_server_get_system_load_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->system_load_status;
}

double
fb_process_server_get_cpu_load (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0.0);

  return self->cpu_load;
}

const char *
fb_process_server_get_cpu_load_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->cpu_load_status;
}

gint64
fb_process_server_get_total_memory_in_bytes (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->total_memory_in_bytes;
}

gint64
fb_process_server_get_available_memory_in_bytes (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->available_memory_in_bytes;
}

const char *
fb_process_server_get_memory_usage_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->memory_usage_status;
}

gint64
fb_process_server_get_total_space_in_bytes (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->total_space_in_bytes;
}

gint64
fb_process_server_get_available_space_in_bytes (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), 0);

  return self->available_space_in_bytes;
}

const char *
fb_process_server_get_space_usage_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->space_usage_status;
}

const char *
fb_process_server_get_ps_service_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->ps_service_status;
}

GDateTime *
fb_process_server_get_ssl_cert_expiry_date (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->ssl_cert_expiry_date;
}

GDateTime *
fb_process_server_get_agent_expiry_date (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->agent_expiry_date;
}

GDateTime *
fb_process_server_get_ps_stats_refresh_time (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->ps_stats_refresh_time;
}

const char *
fb_process_server_get_throughput_status (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->throughput_status;
}

const char *
fb_process_server_get_health (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return self->health;
}

/**
 * fb_process_server_get_health_errors:
 * @self: a #FbProcessServer
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_process_server_get_health_errors (FbProcessServer *self)
{
  g_return_val_if_fail (FB_IS_PROCESS_SERVER (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}
