/* fb-fabric.c - a Site Recovery fabric (replicationFabrics), with the VMware details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric.h"
#include "fb-json.h"

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
  double      system_load;
  char       *system_load_status;
  double      cpu_load;
  char       *cpu_load_status;
  gint64      total_memory_in_bytes;
  gint64      available_memory_in_bytes;
  char       *memory_usage_status;
  gint64      total_space_in_bytes;
  gint64      available_space_in_bytes;
  char       *space_usage_status;
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
  char       *subscription_id;
  char       *resource_group;
  char       *vault_name;
};

G_DEFINE_FINAL_TYPE (FbFabric, fb_fabric, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FRIENDLY_NAME,
  PROP_INSTANCE_TYPE,
  PROP_INTERNAL_IDENTIFIER,
  PROP_BCDR_STATE,
  PROP_HEALTH,
  PROP_HEALTH_ERRORS,
  PROP_HOST_NAME,
  PROP_IP_ADDRESS,
  PROP_LAST_HEARTBEAT,
  PROP_AGENT_VERSION,
  PROP_VERSION_STATUS,
  PROP_AGENT_EXPIRY_DATE,
  PROP_CS_SERVICE_STATUS,
  PROP_PROCESS_SERVER_COUNT,
  PROP_AGENT_COUNT,
  PROP_REPLICATION_PAIR_COUNT,
  PROP_PROTECTED_SERVERS,
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
  PROP_WEB_LOAD_STATUS,
  PROP_DATABASE_SERVER_LOAD_STATUS,
  PROP_SSL_CERT_EXPIRY_DATE,
  PROP_PS_TEMPLATE_VERSION,
  PROP_VMWARE_SITE_ID,
  PROP_PHYSICAL_SITE_ID,
  PROP_SERVICE_ENDPOINT,
  PROP_PROCESS_SERVERS,
  PROP_MASTER_TARGET_SERVERS,
  PROP_RUN_AS_ACCOUNTS,
  PROP_REPROTECT_AGENTS,
  PROP_SUBSCRIPTION_ID,
  PROP_RESOURCE_GROUP,
  PROP_VAULT_NAME,
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

static gpointer
process_server_new_cb (JsonNode  *node,
                       GError   **error)
{
  return fb_process_server_new_from_json (node, error);
}

static gboolean
process_server_update_cb (gpointer item,
                          gpointer other)
{
  return fb_process_server_update_from (item, other);
}

static const char *
process_server_key_cb (gpointer item)
{
  return fb_process_server_get_id (item);
}

static gpointer
master_target_new_cb (JsonNode  *node,
                      GError   **error)
{
  return fb_master_target_new_from_json (node, error);
}

static gboolean
master_target_update_cb (gpointer item,
                         gpointer other)
{
  return fb_master_target_update_from (item, other);
}

static const char *
master_target_key_cb (gpointer item)
{
  return fb_master_target_get_id (item);
}

static gpointer
run_as_account_new_cb (JsonNode  *node,
                       GError   **error)
{
  return fb_run_as_account_new_from_json (node, error);
}

static gboolean
run_as_account_update_cb (gpointer item,
                          gpointer other)
{
  return fb_run_as_account_update_from (item, other);
}

static const char *
run_as_account_key_cb (gpointer item)
{
  return fb_run_as_account_get_account_id (item);
}

static gpointer
reprotect_agent_new_cb (JsonNode  *node,
                        GError   **error)
{
  return fb_reprotect_agent_new_from_json (node, error);
}

static gboolean
reprotect_agent_update_cb (gpointer item,
                           gpointer other)
{
  return fb_reprotect_agent_update_from (item, other);
}

static const char *
reprotect_agent_key_cb (gpointer item)
{
  return fb_reprotect_agent_get_id (item);
}

static void
fb_fabric_dispose (GObject *object)
{
  FbFabric *self = (FbFabric *) object;

  g_clear_object (&self->health_errors);
  g_clear_object (&self->process_servers);
  g_clear_object (&self->master_target_servers);
  g_clear_object (&self->run_as_accounts);
  g_clear_object (&self->reprotect_agents);

  G_OBJECT_CLASS (fb_fabric_parent_class)->dispose (object);
}

static void
fb_fabric_finalize (GObject *object)
{
  FbFabric *self = (FbFabric *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->friendly_name, g_free);
  g_clear_pointer (&self->instance_type, g_free);
  g_clear_pointer (&self->internal_identifier, g_free);
  g_clear_pointer (&self->bcdr_state, g_free);
  g_clear_pointer (&self->health, g_free);
  g_clear_pointer (&self->host_name, g_free);
  g_clear_pointer (&self->ip_address, g_free);
  g_clear_pointer (&self->last_heartbeat, g_date_time_unref);
  g_clear_pointer (&self->agent_version, g_free);
  g_clear_pointer (&self->version_status, g_free);
  g_clear_pointer (&self->agent_expiry_date, g_date_time_unref);
  g_clear_pointer (&self->cs_service_status, g_free);
  g_clear_pointer (&self->system_load_status, g_free);
  g_clear_pointer (&self->cpu_load_status, g_free);
  g_clear_pointer (&self->memory_usage_status, g_free);
  g_clear_pointer (&self->space_usage_status, g_free);
  g_clear_pointer (&self->web_load_status, g_free);
  g_clear_pointer (&self->database_server_load_status, g_free);
  g_clear_pointer (&self->ssl_cert_expiry_date, g_date_time_unref);
  g_clear_pointer (&self->ps_template_version, g_free);
  g_clear_pointer (&self->vmware_site_id, g_free);
  g_clear_pointer (&self->physical_site_id, g_free);
  g_clear_pointer (&self->service_endpoint, g_free);
  g_clear_pointer (&self->subscription_id, g_free);
  g_clear_pointer (&self->resource_group, g_free);
  g_clear_pointer (&self->vault_name, g_free);

  G_OBJECT_CLASS (fb_fabric_parent_class)->finalize (object);
}

static void
fb_fabric_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FbFabric *self = (FbFabric *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FRIENDLY_NAME:
      g_value_set_string (value, self->friendly_name);
      break;

    case PROP_INSTANCE_TYPE:
      g_value_set_string (value, self->instance_type);
      break;

    case PROP_INTERNAL_IDENTIFIER:
      g_value_set_string (value, self->internal_identifier);
      break;

    case PROP_BCDR_STATE:
      g_value_set_string (value, self->bcdr_state);
      break;

    case PROP_HEALTH:
      g_value_set_string (value, self->health);
      break;

    case PROP_HEALTH_ERRORS:
      g_value_set_object (value, self->health_errors);
      break;

    case PROP_HOST_NAME:
      g_value_set_string (value, self->host_name);
      break;

    case PROP_IP_ADDRESS:
      g_value_set_string (value, self->ip_address);
      break;

    case PROP_LAST_HEARTBEAT:
      g_value_set_boxed (value, self->last_heartbeat);
      break;

    case PROP_AGENT_VERSION:
      g_value_set_string (value, self->agent_version);
      break;

    case PROP_VERSION_STATUS:
      g_value_set_string (value, self->version_status);
      break;

    case PROP_AGENT_EXPIRY_DATE:
      g_value_set_boxed (value, self->agent_expiry_date);
      break;

    case PROP_CS_SERVICE_STATUS:
      g_value_set_string (value, self->cs_service_status);
      break;

    case PROP_PROCESS_SERVER_COUNT:
      g_value_set_int64 (value, self->process_server_count);
      break;

    case PROP_AGENT_COUNT:
      g_value_set_int64 (value, self->agent_count);
      break;

    case PROP_REPLICATION_PAIR_COUNT:
      g_value_set_int64 (value, self->replication_pair_count);
      break;

    case PROP_PROTECTED_SERVERS:
      g_value_set_int64 (value, self->protected_servers);
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

    case PROP_WEB_LOAD_STATUS:
      g_value_set_string (value, self->web_load_status);
      break;

    case PROP_DATABASE_SERVER_LOAD_STATUS:
      g_value_set_string (value, self->database_server_load_status);
      break;

    case PROP_SSL_CERT_EXPIRY_DATE:
      g_value_set_boxed (value, self->ssl_cert_expiry_date);
      break;

    case PROP_PS_TEMPLATE_VERSION:
      g_value_set_string (value, self->ps_template_version);
      break;

    case PROP_VMWARE_SITE_ID:
      g_value_set_string (value, self->vmware_site_id);
      break;

    case PROP_PHYSICAL_SITE_ID:
      g_value_set_string (value, self->physical_site_id);
      break;

    case PROP_SERVICE_ENDPOINT:
      g_value_set_string (value, self->service_endpoint);
      break;

    case PROP_PROCESS_SERVERS:
      g_value_set_object (value, self->process_servers);
      break;

    case PROP_MASTER_TARGET_SERVERS:
      g_value_set_object (value, self->master_target_servers);
      break;

    case PROP_RUN_AS_ACCOUNTS:
      g_value_set_object (value, self->run_as_accounts);
      break;

    case PROP_REPROTECT_AGENTS:
      g_value_set_object (value, self->reprotect_agents);
      break;

    case PROP_SUBSCRIPTION_ID:
      g_value_set_string (value, self->subscription_id);
      break;

    case PROP_RESOURCE_GROUP:
      g_value_set_string (value, self->resource_group);
      break;

    case PROP_VAULT_NAME:
      g_value_set_string (value, self->vault_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_fabric_class_init (FbFabricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_fabric_dispose;
  object_class->finalize = fb_fabric_finalize;
  object_class->get_property = fb_fabric_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FRIENDLY_NAME] =
    g_param_spec_string ("friendly-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INSTANCE_TYPE] =
    g_param_spec_string ("instance-type", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INTERNAL_IDENTIFIER] =
    g_param_spec_string ("internal-identifier", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BCDR_STATE] =
    g_param_spec_string ("bcdr-state", NULL, NULL,
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

  /* configuration server (classic) */
  properties[PROP_HOST_NAME] =
    g_param_spec_string ("host-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IP_ADDRESS] =
    g_param_spec_string ("ip-address", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_HEARTBEAT] =
    g_param_spec_boxed ("last-heartbeat", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_VERSION] =
    g_param_spec_string ("agent-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERSION_STATUS] =
    g_param_spec_string ("version-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_EXPIRY_DATE] =
    g_param_spec_boxed ("agent-expiry-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CS_SERVICE_STATUS] =
    g_param_spec_string ("cs-service-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROCESS_SERVER_COUNT] =
    g_param_spec_int64 ("process-server-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENT_COUNT] =
    g_param_spec_int64 ("agent-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPLICATION_PAIR_COUNT] =
    g_param_spec_int64 ("replication-pair-count", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROTECTED_SERVERS] =
    g_param_spec_int64 ("protected-servers", NULL, NULL,
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

  properties[PROP_WEB_LOAD_STATUS] =
    g_param_spec_string ("web-load-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATABASE_SERVER_LOAD_STATUS] =
    g_param_spec_string ("database-server-load-status", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SSL_CERT_EXPIRY_DATE] =
    g_param_spec_boxed ("ssl-cert-expiry-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PS_TEMPLATE_VERSION] =
    g_param_spec_string ("ps-template-version", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* replication appliance (modern) */
  properties[PROP_VMWARE_SITE_ID] =
    g_param_spec_string ("vmware-site-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHYSICAL_SITE_ID] =
    g_param_spec_string ("physical-site-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SERVICE_ENDPOINT] =
    g_param_spec_string ("service-endpoint", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROCESS_SERVERS] =
    g_param_spec_object ("process-servers", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MASTER_TARGET_SERVERS] =
    g_param_spec_object ("master-target-servers", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RUN_AS_ACCOUNTS] =
    g_param_spec_object ("run-as-accounts", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REPROTECT_AGENTS] =
    g_param_spec_object ("reprotect-agents", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUBSCRIPTION_ID] =
    g_param_spec_string ("subscription-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESOURCE_GROUP] =
    g_param_spec_string ("resource-group", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VAULT_NAME] =
    g_param_spec_string ("vault-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_fabric_init (FbFabric *self)
{
  self->health_errors = g_list_store_new (FB_TYPE_HEALTH_ERROR);
  self->process_servers = g_list_store_new (FB_TYPE_PROCESS_SERVER);
  self->master_target_servers = g_list_store_new (FB_TYPE_MASTER_TARGET);
  self->run_as_accounts = g_list_store_new (FB_TYPE_RUN_AS_ACCOUNT);
  self->reprotect_agents = g_list_store_new (FB_TYPE_REPROTECT_AGENT);
}

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

  return lookup_by_id (self->process_servers, id, process_server_key_cb);
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

  return lookup_by_id (self->master_target_servers, id, master_target_key_cb);
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

  return lookup_by_id (self->reprotect_agents, id, reprotect_agent_key_cb);
}

static gboolean
fb_fabric_parse (FbFabric  *self,
                 JsonNode  *node,
                 GError   **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string (root, "id", &self->id, error) ||
      !fb_json_get_string (root, "name", &self->name, error) ||
      !fb_json_get_string (root, "properties.friendlyName", &self->friendly_name, error) ||
      !fb_json_get_string (root, CD "instanceType", &self->instance_type, error) ||
      !fb_json_get_string (root, "properties.internalIdentifier", &self->internal_identifier, error) ||
      !fb_json_get_string (root, "properties.bcdrState", &self->bcdr_state, error) ||
      !fb_json_get_string (root, "properties.health", &self->health, error) ||
      !fb_json_get_model_list (root, "properties.healthErrorDetails", health_error_new_cb, self->health_errors, error) ||
      !fb_json_get_string (root, CD "hostName", &self->host_name, error) ||
      !fb_json_get_string (root, CD "ipAddress", &self->ip_address, error) ||
      !fb_json_get_date_time (root, CD "lastHeartbeat", &self->last_heartbeat, error) ||
      !fb_json_get_string (root, CD "agentVersion", &self->agent_version, error) ||
      !fb_json_get_string (root, CD "versionStatus", &self->version_status, error) ||
      !fb_json_get_date_time (root, CD "agentExpiryDate|"
                                    CD "agentVersionDetails.expiryDate", &self->agent_expiry_date, error) ||
      !fb_json_get_string (root, CD "csServiceStatus", &self->cs_service_status, error) ||
      !fb_json_get_int64 (root, CD "processServerCount", &self->process_server_count, error) ||
      !fb_json_get_int64 (root, CD "agentCount", &self->agent_count, error) ||
      !fb_json_get_int64 (root, CD "replicationPairCount", &self->replication_pair_count, error) ||
      !fb_json_get_int64 (root, CD "protectedServers", &self->protected_servers, error) ||
      !fb_json_get_double (root, CD "systemLoad", &self->system_load, error) ||
      !fb_json_get_string (root, CD "systemLoadStatus", &self->system_load_status, error) ||
      !fb_json_get_double (root, CD "cpuLoad", &self->cpu_load, error) ||
      !fb_json_get_string (root, CD "cpuLoadStatus", &self->cpu_load_status, error) ||
      !fb_json_get_int64 (root, CD "totalMemoryInBytes", &self->total_memory_in_bytes, error) ||
      !fb_json_get_int64 (root, CD "availableMemoryInBytes", &self->available_memory_in_bytes, error) ||
      !fb_json_get_string (root, CD "memoryUsageStatus", &self->memory_usage_status, error) ||
      !fb_json_get_int64 (root, CD "totalSpaceInBytes", &self->total_space_in_bytes, error) ||
      !fb_json_get_int64 (root, CD "availableSpaceInBytes", &self->available_space_in_bytes, error) ||
      !fb_json_get_string (root, CD "spaceUsageStatus", &self->space_usage_status, error) ||
      !fb_json_get_string (root, CD "webLoadStatus", &self->web_load_status, error) ||
      !fb_json_get_string (root, CD "databaseServerLoadStatus", &self->database_server_load_status, error) ||
      !fb_json_get_date_time (root, CD "sslCertExpiryDate", &self->ssl_cert_expiry_date, error) ||
      !fb_json_get_string (root, CD "psTemplateVersion", &self->ps_template_version, error) ||
      !fb_json_get_string (root, CD "vmwareSiteId", &self->vmware_site_id, error) ||
      !fb_json_get_string (root, CD "physicalSiteId", &self->physical_site_id, error) ||
      !fb_json_get_string (root, CD "serviceEndpoint", &self->service_endpoint, error) ||
      !fb_json_get_model_list (root, CD "processServers", process_server_new_cb, self->process_servers, error) ||
      !fb_json_get_model_list (root, CD "masterTargetServers", master_target_new_cb, self->master_target_servers, error) ||
      !fb_json_get_model_list (root, CD "runAsAccounts", run_as_account_new_cb, self->run_as_accounts, error) ||
      !fb_json_get_model_list (root, CD "reprotectAgents", reprotect_agent_new_cb, self->reprotect_agents, error))
    return FALSE;

  self->subscription_id = fb_arm_id_get_subscription (self->id);
  self->resource_group = fb_arm_id_get_resource_group (self->id);
  self->vault_name = fb_arm_id_get_vault_name (self->id);

  return TRUE;
}

/**
 * fb_fabric_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbFabric, or %NULL with @error set when a member has
 *   the wrong type
 */
FbFabric *
fb_fabric_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(FbFabric) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_FABRIC, NULL);
  if (!fb_fabric_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_fabric_update_from:
 * @self: a #FbFabric
 * @other: a #FbFabric with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_fabric_update_from (FbFabric *self,
                       FbFabric *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_FABRIC (self), FALSE);
  g_return_val_if_fail (FB_IS_FABRIC (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ID], &self->id, other->id);
  changed |= fb_json_update_string (object, properties[PROP_NAME], &self->name, other->name);
  changed |= fb_json_update_string (object, properties[PROP_FRIENDLY_NAME], &self->friendly_name, other->friendly_name);
  changed |= fb_json_update_string (object, properties[PROP_INSTANCE_TYPE], &self->instance_type, other->instance_type);
  changed |= fb_json_update_string (object, properties[PROP_INTERNAL_IDENTIFIER], &self->internal_identifier, other->internal_identifier);
  changed |= fb_json_update_string (object, properties[PROP_BCDR_STATE], &self->bcdr_state, other->bcdr_state);
  changed |= fb_json_update_string (object, properties[PROP_HEALTH], &self->health, other->health);
  changed |= fb_json_merge_store (self->health_errors, G_LIST_MODEL (other->health_errors),
                                  NULL, health_error_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_HOST_NAME], &self->host_name, other->host_name);
  changed |= fb_json_update_string (object, properties[PROP_IP_ADDRESS], &self->ip_address, other->ip_address);
  changed |= fb_json_update_date_time (object, properties[PROP_LAST_HEARTBEAT], &self->last_heartbeat, other->last_heartbeat);
  changed |= fb_json_update_string (object, properties[PROP_AGENT_VERSION], &self->agent_version, other->agent_version);
  changed |= fb_json_update_string (object, properties[PROP_VERSION_STATUS], &self->version_status, other->version_status);
  changed |= fb_json_update_date_time (object, properties[PROP_AGENT_EXPIRY_DATE], &self->agent_expiry_date, other->agent_expiry_date);
  changed |= fb_json_update_string (object, properties[PROP_CS_SERVICE_STATUS], &self->cs_service_status, other->cs_service_status);
  changed |= fb_json_update_int64 (object, properties[PROP_PROCESS_SERVER_COUNT], &self->process_server_count, other->process_server_count);
  changed |= fb_json_update_int64 (object, properties[PROP_AGENT_COUNT], &self->agent_count, other->agent_count);
  changed |= fb_json_update_int64 (object, properties[PROP_REPLICATION_PAIR_COUNT], &self->replication_pair_count, other->replication_pair_count);
  changed |= fb_json_update_int64 (object, properties[PROP_PROTECTED_SERVERS], &self->protected_servers, other->protected_servers);
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
  changed |= fb_json_update_string (object, properties[PROP_WEB_LOAD_STATUS], &self->web_load_status, other->web_load_status);
  changed |= fb_json_update_string (object, properties[PROP_DATABASE_SERVER_LOAD_STATUS], &self->database_server_load_status, other->database_server_load_status);
  changed |= fb_json_update_date_time (object, properties[PROP_SSL_CERT_EXPIRY_DATE], &self->ssl_cert_expiry_date, other->ssl_cert_expiry_date);
  changed |= fb_json_update_string (object, properties[PROP_PS_TEMPLATE_VERSION], &self->ps_template_version, other->ps_template_version);
  changed |= fb_json_update_string (object, properties[PROP_VMWARE_SITE_ID], &self->vmware_site_id, other->vmware_site_id);
  changed |= fb_json_update_string (object, properties[PROP_PHYSICAL_SITE_ID], &self->physical_site_id, other->physical_site_id);
  changed |= fb_json_update_string (object, properties[PROP_SERVICE_ENDPOINT], &self->service_endpoint, other->service_endpoint);
  changed |= fb_json_merge_store (self->process_servers, G_LIST_MODEL (other->process_servers),
                                  process_server_key_cb, process_server_update_cb);
  changed |= fb_json_merge_store (self->master_target_servers, G_LIST_MODEL (other->master_target_servers),
                                  master_target_key_cb, master_target_update_cb);
  changed |= fb_json_merge_store (self->run_as_accounts, G_LIST_MODEL (other->run_as_accounts),
                                  run_as_account_key_cb, run_as_account_update_cb);
  changed |= fb_json_merge_store (self->reprotect_agents, G_LIST_MODEL (other->reprotect_agents),
                                  reprotect_agent_key_cb, reprotect_agent_update_cb);
  changed |= fb_json_update_string (object, properties[PROP_SUBSCRIPTION_ID], &self->subscription_id, other->subscription_id);
  changed |= fb_json_update_string (object, properties[PROP_RESOURCE_GROUP], &self->resource_group, other->resource_group);
  changed |= fb_json_update_string (object, properties[PROP_VAULT_NAME], &self->vault_name, other->vault_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_fabric_update_from_json:
 * @self: a #FbFabric
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_fabric_update_from_json (FbFabric  *self,
                            JsonNode  *node,
                            GError   **error)
{
  g_autoptr(FbFabric) fresh = NULL;

  g_return_val_if_fail (FB_IS_FABRIC (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_fabric_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_fabric_update_from (self, fresh);
  return TRUE;
}

const char *
fb_fabric_get_id (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->id;
}

const char *
fb_fabric_get_name (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->name;
}

const char *
fb_fabric_get_friendly_name (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->friendly_name;
}

const char *
fb_fabric_get_instance_type (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->instance_type;
}

const char *
fb_fabric_get_internal_identifier (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->internal_identifier;
}

const char *
fb_fabric_get_bcdr_state (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->bcdr_state;
}

const char *
fb_fabric_get_health (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->health;
}

/**
 * fb_fabric_get_health_errors:
 * @self: a #FbFabric
 *
 * Returns: (transfer none): the health errors, a #GListModel of #FbHealthError that
 *   updates in place
 */
GListModel *
fb_fabric_get_health_errors (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return G_LIST_MODEL (self->health_errors);
}

const char *
fb_fabric_get_host_name (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->host_name;
}

const char *
fb_fabric_get_ip_address (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->ip_address;
}

GDateTime *
fb_fabric_get_last_heartbeat (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->last_heartbeat;
}

const char *
fb_fabric_get_agent_version (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->agent_version;
}

const char *
fb_fabric_get_version_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->version_status;
}

GDateTime *
fb_fabric_get_agent_expiry_date (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->agent_expiry_date;
}

const char *
fb_fabric_get_cs_service_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->cs_service_status;
}

gint64
fb_fabric_get_process_server_count (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->process_server_count;
}

gint64
fb_fabric_get_agent_count (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->agent_count;
}

gint64
fb_fabric_get_replication_pair_count (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->replication_pair_count;
}

gint64
fb_fabric_get_protected_servers (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->protected_servers;
}

double
fb_fabric_get_system_load (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0.0);

  return self->system_load;
}

const char *
fb_fabric_get_system_load_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->system_load_status;
}

double
fb_fabric_get_cpu_load (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0.0);

  return self->cpu_load;
}

const char *
fb_fabric_get_cpu_load_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->cpu_load_status;
}

gint64
fb_fabric_get_total_memory_in_bytes (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->total_memory_in_bytes;
}

gint64
fb_fabric_get_available_memory_in_bytes (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->available_memory_in_bytes;
}

const char *
fb_fabric_get_memory_usage_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->memory_usage_status;
}

gint64
fb_fabric_get_total_space_in_bytes (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->total_space_in_bytes;
}

gint64
fb_fabric_get_available_space_in_bytes (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), 0);

  return self->available_space_in_bytes;
}

const char *
fb_fabric_get_space_usage_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->space_usage_status;
}

const char *
fb_fabric_get_web_load_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->web_load_status;
}

const char *
fb_fabric_get_database_server_load_status (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->database_server_load_status;
}

GDateTime *
fb_fabric_get_ssl_cert_expiry_date (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->ssl_cert_expiry_date;
}

const char *
fb_fabric_get_ps_template_version (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->ps_template_version;
}

const char *
fb_fabric_get_vmware_site_id (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->vmware_site_id;
}

const char *
fb_fabric_get_physical_site_id (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->physical_site_id;
}

const char *
fb_fabric_get_service_endpoint (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->service_endpoint;
}

/**
 * fb_fabric_get_process_servers:
 * @self: a #FbFabric
 *
 * Returns: (transfer none): the process servers, a #GListModel of #FbProcessServer that
 *   updates in place
 */
GListModel *
fb_fabric_get_process_servers (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return G_LIST_MODEL (self->process_servers);
}

/**
 * fb_fabric_get_master_target_servers:
 * @self: a #FbFabric
 *
 * Returns: (transfer none): the master target servers, a #GListModel of #FbMasterTarget that
 *   updates in place
 */
GListModel *
fb_fabric_get_master_target_servers (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return G_LIST_MODEL (self->master_target_servers);
}

/**
 * fb_fabric_get_run_as_accounts:
 * @self: a #FbFabric
 *
 * Returns: (transfer none): the run as accounts, a #GListModel of #FbRunAsAccount that
 *   updates in place
 */
GListModel *
fb_fabric_get_run_as_accounts (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return G_LIST_MODEL (self->run_as_accounts);
}

/**
 * fb_fabric_get_reprotect_agents:
 * @self: a #FbFabric
 *
 * Returns: (transfer none): the reprotect agents, a #GListModel of #FbReprotectAgent that
 *   updates in place
 */
GListModel *
fb_fabric_get_reprotect_agents (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return G_LIST_MODEL (self->reprotect_agents);
}

const char *
fb_fabric_get_subscription_id (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->subscription_id;
}

const char *
fb_fabric_get_resource_group (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->resource_group;
}

const char *
fb_fabric_get_vault_name (FbFabric *self)
{
  g_return_val_if_fail (FB_IS_FABRIC (self), NULL);

  return self->vault_name;
}
