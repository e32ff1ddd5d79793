/* test-models.c - the ARM models from fixtures shaped like the service's payloads
 *
 * Fabrics (classic configuration server, modern replication appliance), protected item
 * details of the four VMware providers, jobs with group tasks, child jobs and 8038
 * errors, recovery plans, points, policies, mappings, vaults; wrong-type members;
 * in-place updates that notify only what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric.h"
#include "fb-job.h"
#include "fb-json.h"
#include "fb-policy.h"
#include "fb-protected-item.h"
#include "fb-protection-container.h"
#include "fb-protection-container-mapping.h"
#include "fb-recovery-plan.h"
#include "fb-recovery-point.h"
#include "fb-vault.h"
#include "core-test-util.h"

#define NEW_FUNC(f) ((FbJsonNewFunc) (void (*) (void)) (f))

#define VAULT_ID "/Subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourceGroups/FailbackRG/providers/" \
                 "Microsoft.RecoveryServices/vaults/FailbackVault"
#define CLASSIC_FABRIC "9a60d28b65543435e52e1b81073c6a3aca7dd5d00d201e49fbe4e86848c495ed"
#define CLASSIC_CONTAINER "cloud_01fbe5d9-6391-45fc-a729-bef0b458c9fe"

static gpointer
load_model (const char    *fixture,
            FbJsonNewFunc  new_func)
{
  g_autoptr(JsonNode) node = core_test_load_fixture (fixture);
  g_autoptr(GError) error = NULL;
  gpointer model = new_func (node, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static GPtrArray *
load_models (const char     *fixture,
             FbJsonNewFunc   new_func,
             char          **next_link)
{
  g_autoptr(JsonNode) page = core_test_load_fixture (fixture);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *models;

  g_assert_true (fb_json_parse_list_page (page, &nodes, next_link, &error));
  g_assert_no_error (error);
  models = fb_json_new_models (nodes, new_func, &error);
  g_assert_no_error (error);
  return models;
}

static gpointer
find_by_name (GPtrArray  *models,
              const char *name)
{
  for (guint i = 0; i < models->len; i++)
    {
      g_autofree char *model_name = core_test_property_string (models->pdata[i], "name");

      if (g_strcmp0 (model_name, name) == 0)
        return models->pdata[i];
    }

  g_error ("no model named %s", name);
  return NULL;
}

/* ---------------------------------------------------------------------------------- */

static void
test_fabric_classic (void)
{
  g_autoptr(FbFabric) fabric = load_model ("fabric-vmware-classic.json", NEW_FUNC (fb_fabric_new_from_json));
  GListModel *servers = fb_fabric_get_process_servers (fabric);
  GListModel *targets = fb_fabric_get_master_target_servers (fabric);
  GListModel *accounts = fb_fabric_get_run_as_accounts (fabric);
  FbProcessServer *azure_ps;
  FbMasterTarget *mt;
  FbFabricDatastore *datastore;
  FbRetentionVolume *volume;
  FbHealthError *health_error;

  g_assert_true (fb_fabric_is_classic_vmware (fabric));
  g_assert_false (fb_fabric_is_modern_vmware (fabric));
  core_assert_property (fabric, "name", CLASSIC_FABRIC);
  core_assert_property (fabric, "friendly-name", "ContosoCS");
  core_assert_property (fabric, "instance-type", "VMware");
  core_assert_property (fabric, "vault-name", "FailbackVault");
  core_assert_property (fabric, "resource-group", "FailbackRG");
  core_assert_property (fabric, "subscription-id", "b8aef8e1-37df-4f17-a537-f10e183c8eca");
  core_assert_property (fabric, "health", "Normal");
  core_assert_property (fabric, "health-errors", "n=0");
  core_assert_property (fabric, "bcdr-state", "Valid");
  /* the configuration server */
  core_assert_property (fabric, "host-name", "ContosoCS");
  core_assert_property (fabric, "ip-address", "10.144.130.132");
  core_assert_property (fabric, "cs-service-status", "Running");
  core_assert_property (fabric, "agent-version", "9.41.0.0");
  core_assert_property (fabric, "version-status", "Supported");
  core_assert_property (fabric, "last-heartbeat", "2026-11-27T05:42:50.995485Z");
  core_assert_property (fabric, "agent-expiry-date", "(null)");   /* 9999-12-31T23:59:59.9999999 */
  core_assert_property (fabric, "ssl-cert-expiry-date", "2028-03-18T14:07:03Z");
  core_assert_property (fabric, "process-server-count", "3");      /* "3" */
  core_assert_property (fabric, "agent-count", "5");
  core_assert_property (fabric, "protected-servers", "4");
  core_assert_property (fabric, "cpu-load", "3");                  /* "3%" */
  core_assert_property (fabric, "total-memory-in-bytes", "20266405888");
  core_assert_property (fabric, "database-server-load-status", "Green");
  core_assert_property (fabric, "ps-template-version", "202102.14.00");
  core_assert_property (fabric, "reprotect-agents", "n=0");

  /* process servers */
  g_assert_cmpuint (g_list_model_get_n_items (servers), ==, 3);
  core_assert_property (core_test_list_item (servers, 0), "friendly-name", "V2A-PS-200");
  core_assert_property (core_test_list_item (servers, 0), "machine-count", "3");
  core_assert_property (core_test_list_item (servers, 0), "replication-pair-count", "4");
  core_assert_property (core_test_list_item (servers, 0), "cpu-load", "12");
  core_assert_property (core_test_list_item (servers, 0), "available-memory-in-bytes", "8589934592");
  core_assert_property (core_test_list_item (servers, 0), "ps-service-status", "Running");
  core_assert_property (core_test_list_item (servers, 0), "agent-expiry-date", "(null)");
  azure_ps = fb_fabric_lookup_process_server (fabric, "d8a3d0e6-2d1c-0a45-9a52f0b1b3c7a9e1");
  g_assert_nonnull (azure_ps);
  core_assert_property (azure_ps, "friendly-name", "azure-ps-01");
  core_assert_property (azure_ps, "health", "Warning");
  core_assert_property (azure_ps, "cpu-load", "87.5");
  core_assert_property (azure_ps, "cpu-load-status", "Warning");
  core_assert_property (azure_ps, "last-heartbeat", "2026-11-27T05:39:02.123456Z");  /* no zone: UTC */
  core_assert_property (azure_ps, "health-errors", "n=1");
  health_error = core_test_list_item (fb_process_server_get_health_errors (azure_ps), 0);
  core_assert_property (health_error, "error-code", "60001");      /* a number on the wire */
  core_assert_property (health_error, "summary-message", "Process server load is high");
  core_assert_property (health_error, "recommended-action", "Add a scale-out process server.");
  core_assert_property (health_error, "error-level", "Warning");
  core_assert_property (health_error, "customer-resolvability", "Allowed");
  core_assert_property (health_error, "creation-time", "2026-11-27T05:30:00.123456Z");
  core_assert_property (health_error, "inner-health-errors", "n=1");
  core_assert_property (core_test_list_item (fb_health_error_get_inner_health_errors (health_error), 0),
                        "creation-time", "(null)");
  g_assert_null (fb_fabric_lookup_process_server (fabric, "no-such-server"));

  /* master targets, their retention volumes and datastores */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 3);
  mt = fb_fabric_lookup_master_target (fabric, "30AE6187-5869-8E44-B8AF6AA66E3ECC8F");
  g_assert_nonnull (mt);
  core_assert_property (mt, "name", "V2A-PS-200");
  core_assert_property (mt, "os-type", "Windows");
  core_assert_property (mt, "disk-count", "3");
  core_assert_property (mt, "retention-volumes", "n=1");
  core_assert_property (mt, "datastores", "n=2");
  volume = core_test_list_item (fb_master_target_get_retention_volumes (mt), 0);
  core_assert_property (volume, "volume-name", "F");
  core_assert_property (volume, "capacity-in-bytes", "10734268416");
  core_assert_property (volume, "threshold-percentage", "80");
  datastore = core_test_list_item (fb_master_target_get_datastores (mt), 0);
  core_assert_property (datastore, "symbolic-name", "datastore1");
  core_assert_property (datastore, "uuid", "6005a082-e4a06cce-c50c-f0d4e2e6578e");
  g_assert_cmpfloat (fb_fabric_datastore_get_capacity_gb (datastore), ==, 439.5);      /* "439.5" */
  g_assert_cmpfloat (fb_fabric_datastore_get_free_space_gb (datastore), ==, 154.11);   /* "154.11" */
  core_assert_property (datastore, "datastore-type", "VMFS");
  datastore = core_test_list_item (fb_master_target_get_datastores (mt), 1);
  core_assert_property (datastore, "symbolic-name", "DS-77");
  core_assert_property (datastore, "capacity-gb", "2047.75");

  /* the Linux master target for Linux VMs, with a snapshot validation error */
  mt = core_test_list_item (targets, 2);
  core_assert_property (mt, "name", "lnx-mt-01");
  core_assert_property (mt, "os-type", "Linux");
  core_assert_property (mt, "last-heartbeat", "2026-11-27T05:12:00Z");
  volume = core_test_list_item (fb_master_target_get_retention_volumes (mt), 0);
  core_assert_property (volume, "volume-name", "/mnt/retention");
  core_assert_property (volume, "capacity-in-bytes", "536870912000");          /* a string */
  core_assert_property (volume, "free-space-in-bytes", "429496729600");
  datastore = core_test_list_item (fb_master_target_get_datastores (mt), 0);
  core_assert_property (datastore, "datastore-type", "vsan");
  core_assert_property (datastore, "capacity-gb", "4096");
  core_assert_property (datastore, "free-space-gb", "1024.5");
  core_assert_property (mt, "validation-errors", "n=1");
  core_assert_property (core_test_list_item (fb_master_target_get_validation_errors (mt), 0),
                        "recommended-action", "Delete the snapshots of the master target.");

  /* the CS itself is also a master target, with no datastores */
  core_assert_property (core_test_list_item (targets, 0), "datastores", "n=0");
  core_assert_property (core_test_list_item (targets, 0), "mars-agent-version", "2.0.9202.0");

  /* run-as accounts: bare ids, "2" sent once as a number */
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 3);
  core_assert_property (core_test_list_item (accounts, 1), "account-id", "2");
  core_assert_property (core_test_list_item (accounts, 1), "account-name", "windowsuser");
  core_assert_property (core_test_list_item (accounts, 2), "account-name", "linuxuser");
}

static void
test_fabric_modern (void)
{
  g_autoptr(FbFabric) fabric = load_model ("fabric-inmage-rcm.json", NEW_FUNC (fb_fabric_new_from_json));
  GListModel *agents = fb_fabric_get_reprotect_agents (fabric);
  FbProcessServer *server;
  FbReprotectAgent *agent;

  g_assert_true (fb_fabric_is_modern_vmware (fabric));
  core_assert_property (fabric, "instance-type", "InMageRcm");
  core_assert_property (fabric, "friendly-name", "contoso-appliance");
  core_assert_property (fabric, "vault-name", "FailbackVault");       /* from a "/subscriptions/" id */
  core_assert_property (fabric, "service-endpoint", "https://weu-rcm.hypervrecoverymanager.windowsazure.com");
  core_assert_property (fabric, "master-target-servers", "n=0");
  core_assert_property (fabric, "run-as-accounts", "n=0");
  core_assert_property (fabric, "host-name", "(null)");

  core_assert_property (fabric, "process-servers", "n=1");
  server = core_test_list_item (fb_fabric_get_process_servers (fabric), 0);
  core_assert_property (server, "friendly-name", "contoso-appliance");  /* "name" */
  core_assert_property (server, "agent-version", "9.55.6765.1");        /* "version" */
  core_assert_property (server, "last-heartbeat", "2026-11-27T05:59:00Z");  /* lastHeartbeatUtc */
  core_assert_property (server, "ip-address", "10.1.0.5");             /* first of ipAddresses */
  core_assert_property (server, "ip-addresses", "10.1.0.5,192.168.1.5");
  core_assert_property (server, "fqdn", "contoso-appliance.contoso.local");
  core_assert_property (server, "protected-item-count", "7");
  core_assert_property (server, "system-load", "3");

  g_assert_cmpuint (g_list_model_get_n_items (agents), ==, 2);
  agent = fb_fabric_lookup_reprotect_agent (fabric, "RA-0001");
  g_assert_nonnull (agent);
  core_assert_property (agent, "name", "contoso-ra01");
  core_assert_property (agent, "health", "Normal");
  core_assert_property (agent, "accessible-datastores", "vsanDatastore,datastore2");
  core_assert_property (agent, "vcenter-id", "vcenter-1");
  core_assert_property (agent, "last-heartbeat", "2026-11-27T05:58:30Z");
  core_assert_property (agent, "last-discovery-time", "2026-11-27T05:00:00Z");
  core_assert_property (agent, "protected-item-count", "3");
  agent = core_test_list_item (agents, 1);
  core_assert_property (agent, "health", "Critical");
  core_assert_property (agent, "protected-item-count", "0");           /* "0" */
  core_assert_property (agent, "accessible-datastores", "");
  core_assert_property (core_test_list_item (fb_reprotect_agent_get_health_errors (agent), 0),
                        "error-code", "148013");
}

/* ---------------------------------------------------------------------------------- */

static void
test_item_details (void)
{
  g_autoptr(GPtrArray) classic = NULL;
  g_autoptr(GPtrArray) modern = NULL;
  g_autoptr(GPtrArray) unknown = NULL;
  g_autofree char *next_link = NULL;
  g_autofree char *no_link = NULL;
  FbProtectedItem *item;

  classic = load_models ("items-classic.json", NEW_FUNC (fb_protected_item_new_from_json), &next_link);
  modern = load_models ("items-modern.json", NEW_FUNC (fb_protected_item_new_from_json), &no_link);
  unknown = load_models ("items-unknown.json", NEW_FUNC (fb_protected_item_new_from_json), NULL);
  g_assert_cmpuint (classic->len, ==, 7);
  g_assert_cmpuint (modern->len, ==, 7);
  g_assert_cmpuint (unknown->len, ==, 5);
  g_assert_true (g_str_has_suffix (next_link, "skipToken=Y2xhc3NpYw%3D%3D"));
  g_assert_null (no_link);

  /* InMageAzureV2 */
  item = find_by_name (classic, "app01");
  core_assert_property (item, "friendly-name", "app01");
  core_assert_property (item, "vault-name", "FailbackVault");
  core_assert_property (item, "resource-group", "FailbackRG");
  core_assert_property (item, "subscription-id", "b8aef8e1-37df-4f17-a537-f10e183c8eca");
  core_assert_property (item, "fabric-name", CLASSIC_FABRIC);
  core_assert_property (item, "container-name", CLASSIC_CONTAINER);
  core_assert_property (item, "primary-fabric-friendly-name", "ContosoCS");
  core_assert_property (item, "recovery-fabric-friendly-name", "Microsoft Azure");
  core_assert_property (item, "recovery-fabric-id", "Microsoft Azure");
  core_assert_property (item, "primary-protection-container-friendly-name", "ContosoCS");
  core_assert_property (item, "policy-friendly-name", "VMwarePolicy");
  core_assert_property (item, "policy-id", VAULT_ID "/replicationPolicies/VMwarePolicy");
  core_assert_property (item, "replication-health", "Normal");
  core_assert_property (item, "health-errors", "n=0");
  core_assert_property (item, "allowed-operations", "UnplannedFailover,TestFailover,DisableProtection,RepairReplication");
  core_assert_property (item, "current-scenario-name", "None");
  core_assert_property (item, "current-scenario-start-time", "(null)");  /* 1753-01-01T01:01:01Z */
  core_assert_property (item, "last-successful-failover-time", "(null)");
  core_assert_property (item, "provider-type", "InMageAzureV2");
  core_assert_property (item, "os-type", "Windows");
  core_assert_property (item, "os-name", "Windows Server 2019");
  core_assert_property (item, "os-version", "Microsoft Windows Server 2019 Datacenter");
  core_assert_property (item, "discovery-type", "vCenter");
  core_assert_property (item, "rpo-in-seconds", "42");
  core_assert_property (item, "process-server-id", "30AE6187-5869-8E44-B8AF6AA66E3ECC8F");
  core_assert_property (item, "process-server-name", "V2A-PS-200");
  core_assert_property (item, "master-target-id", "30AE6187-5869-8E44-B8AF6AA66E3ECC8F");
  core_assert_property (item, "multi-vm-group-name", "f603ba51-2220-4acf-84a7-da8da01e5252");
  core_assert_property (item, "last-heartbeat", "2026-11-27T05:58:15Z");
  core_assert_property (item, "datastores", "datastore1");
  core_assert_property (item, "target-vm-id", "(null)");
  core_assert_property (item, "target-vm-name", "app01");
  core_assert_property (item, "source-vm-cpu-count", "2");
  core_assert_property (item, "source-vm-ram-size-in-mb", "4096");
  core_assert_property (item, "agent-version", "9.41.0.0");
  core_assert_property (item, "ip-address", "10.150.208.125");
  core_assert_property (item, "vcenter-infrastructure-id", "5");
  g_assert_false (fb_protected_item_is_modern (item));
  g_assert_false (fb_protected_item_is_reverse (item));
  g_assert_false (fb_protected_item_is_busy (item));

  item = find_by_name (classic, "app02");
  core_assert_property (item, "last-successful-failover-time", "2026-11-27T04:10:00.123456Z");
  core_assert_property (item, "target-vm-id", "/subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourceGroups/"
                        "RecoveryRG/providers/Microsoft.Compute/virtualMachines/app02");
  g_assert_true (g_str_has_suffix (fb_protected_item_get_failover_recovery_point_id (item),
                                   "/recoveryPoints/3b789f30-6ef0-4f77-97c5-27f0040cfdda"));
  item = find_by_name (classic, "app03");
  core_assert_property (item, "discovery-type", "physical");
  core_assert_property (item, "os-type", "Linux");

  /* InMage (classic reverse) */
  item = find_by_name (classic, "app04-new");
  g_assert_true (fb_protected_item_is_reverse (item));
  core_assert_property (item, "friendly-name", "app04");
  core_assert_property (item, "name", "app04-new");
  core_assert_property (item, "active-site-type", "Azure");
  core_assert_property (item, "os-type", "Windows");                       /* osDetails.osType */
  core_assert_property (item, "agent-version", "9.41.0.0");                /* agentDetails.agentVersion */
  core_assert_property (item, "rpo-in-seconds", "61");                     /* "61" */
  core_assert_property (item, "resync-progress-percentage", "100");        /* resyncDetails, "100" */
  core_assert_property (item, "multi-vm-group-name", "app-tier");
  core_assert_property (item, "datastores", "datastore1,DS-77");
  core_assert_property (item, "process-server-id", "D8A3D0E6-2D1C-0A45-9A52F0B1B3C7A9E1");
  core_assert_property (item, "policy-friendly-name", "VMwarePolicy-failback");
  core_assert_property (find_by_name (classic, "app06-new"), "active-site-type", "OnPrem");

  /* in transition */
  item = find_by_name (classic, "app07");
  g_assert_true (fb_protected_item_is_busy (item));
  core_assert_property (item, "current-scenario-name", "UnplannedFailover");
  core_assert_property (item, "current-scenario-job-id", VAULT_ID "/replicationJobs/8f9a1c2e-5b1d-4a3f-9e7c-6d5b4a3f2e1d");
  core_assert_property (item, "current-scenario-start-time", "2026-11-27T06:05:00.123456Z");
  core_assert_property (item, "allowed-operations", "");

  /* InMageRcm */
  item = find_by_name (modern, "web01");
  g_assert_true (fb_protected_item_is_modern (item));
  core_assert_property (item, "os-type", "Linux");
  core_assert_property (item, "os-name", "Ubuntu 22.04 LTS");             /* discoveredVmDetails */
  core_assert_property (item, "rpo-in-seconds", "35");                    /* lastRpoInSeconds */
  core_assert_property (item, "source-vm-ram-size-in-mb", "8192");         /* allocatedMemoryInMB 8192.0 */
  core_assert_property (item, "source-vm-cpu-count", "4");                 /* processorCoreCount */
  core_assert_property (item, "last-heartbeat", "2026-11-27T05:59:40Z");   /* mobilityAgentDetails */
  core_assert_property (item, "agent-version", "9.55.6765.1");
  core_assert_property (item, "ip-address", "10.1.0.7");
  core_assert_property (item, "datastores", "vsanDatastore");
  core_assert_property (item, "process-server-name", "contoso-appliance");
  core_assert_property (item, "multi-vm-group-name", "web-tier");
  core_assert_property (item, "target-vm-name", "web01");
  core_assert_property (item, "fabric-name", "contoso-appliance-vmwarefabric");
  core_assert_property (item, "container-name", "contoso-appliance-vmwarecontainer");

  /* InMageRcmFailback */
  item = find_by_name (modern, "web06");
  g_assert_true (fb_protected_item_is_modern (item));
  g_assert_true (fb_protected_item_is_reverse (item));
  core_assert_property (item, "reprotect-agent-id", "ra-0001");
  core_assert_property (item, "reprotect-agent-name", "contoso-ra01");
  core_assert_property (item, "target-datastore-name", "vsanDatastore");
  core_assert_property (item, "target-vcenter-id", "vcenter-1");
  core_assert_property (item, "target-vm-id", "/subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourceGroups/"
                        "RecoveryRG/providers/Microsoft.Compute/virtualMachines/web01");
  core_assert_property (item, "is-agent-registration-successful-after-failover", "true");
  core_assert_property (item, "last-planned-failover-status", "Succeeded");
  core_assert_property (item, "log-storage-account-id", "/subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/"
                        "resourceGroups/FailbackRG/providers/Microsoft.Storage/storageAccounts/failbacklog");
  core_assert_property (find_by_name (modern, "web04"), "is-agent-registration-successful-after-failover", "false");

  /* an unknown provider: its details (with members of surprising types) are ignored */
  item = find_by_name (unknown, "db03");
  core_assert_property (item, "provider-type", "HyperVReplicaAzure");
  core_assert_property (item, "os-type", "(null)");
  core_assert_property (item, "rpo-in-seconds", "0");
  core_assert_property (item, "friendly-name", "db03");
  core_assert_property (item, "protection-state-description", "Protected");
  item = find_by_name (unknown, "db02");
  core_assert_property (item, "protection-state", "UnplannedFailoverCompletionFailed");
  core_assert_property (item, "protection-state-description", "Failover couldn't be completed");
}

/* ---------------------------------------------------------------------------------- */

static void
test_job_reprotect (void)
{
  g_autoptr(FbJob) job = load_model ("job-reprotect-classic.json", NEW_FUNC (fb_job_new_from_json));
  GListModel *tasks = fb_job_get_tasks (job);
  GHashTable *affected = fb_job_get_affected_object_details (job);
  FbJobTask *task;
  FbJobTask *child;
  guint done = 0, total = 0;

  core_assert_property (job, "name", "4a6c1e1e-6f8d-4b5e-9b0c-2f3d4e5f6a7b");
  core_assert_property (job, "scenario-name", "SwitchReplicationGroupProtection");
  core_assert_property (job, "friendly-name", "Reprotect");
  core_assert_property (job, "state", "Succeeded");
  core_assert_property (job, "state-description", "Completed");
  core_assert_property (job, "start-time", "2026-11-27T04:30:00.500000Z");
  core_assert_property (job, "end-time", "2026-11-27T04:52:11Z");
  core_assert_property (job, "target-object-name", "app04");
  core_assert_property (job, "target-instance-type", "ProtectionEntity");
  core_assert_property (job, "custom-details-type", "SwitchProtectionJobDetails");
  core_assert_property (job, "new-replication-protected-item-id",
                        VAULT_ID "/replicationFabrics/" CLASSIC_FABRIC "/replicationProtectionContainers/"
                        CLASSIC_CONTAINER "/replicationProtectedItems/app04-new");
  core_assert_property (job, "vault-name", "FailbackVault");
  g_assert_cmpstr (g_hash_table_lookup (affected, "PrimaryVmName"), ==, "app04");
  g_assert_cmpstr (g_hash_table_lookup (affected, "protectionProfileId"), ==, "7");  /* a number */
  g_assert_false (fb_job_is_running (job));
  g_assert_false (fb_job_is_allowed (job, "Cancel"));

  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 5);
  fb_job_get_progress (job, &done, &total);
  g_assert_cmpuint (done, ==, 5);
  g_assert_cmpuint (total, ==, 5);

  task = core_test_list_item (tasks, 0);
  core_assert_property (task, "friendly-name", "Prerequisite check");
  core_assert_property (task, "start-time", "2026-11-27T04:30:01.123456Z");
  /* the skipped commit: state Other, not started (0001-01-01) */
  task = core_test_list_item (tasks, 1);
  g_assert_true (fb_job_task_is_skipped (task));
  g_assert_true (fb_job_task_is_finished (task));
  core_assert_property (task, "state", "Other");
  core_assert_property (task, "start-time", "(null)");
  core_assert_property (task, "end-time", "(null)");

  /* the group task with its child job */
  task = core_test_list_item (tasks, 4);
  core_assert_property (task, "friendly-name", "Reprotecting virtual machine (1)");
  core_assert_property (task, "task-type", "GroupTaskDetails");
  core_assert_property (task, "child-tasks", "n=1");
  fb_job_task_get_progress (task, &done, &total);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (total, ==, 1);
  child = core_test_list_item (fb_job_task_get_child_tasks (task), 0);
  core_assert_property (child, "name", "EnableDr");
  core_assert_property (child, "custom-details-type", "JobTaskDetails");
  core_assert_property (child, "child-job-id", VAULT_ID "/replicationJobs/9d8c7b6a-5f4e-4d3c-8b2a-190807060504");
  core_assert_property (child, "child-job-friendly-name", "Enable replication");
  core_assert_property (child, "child-job-scenario-name", "EnableDr");
  core_assert_property (child, "child-job-target-object-name", "app04");
  core_assert_property (child, "child-tasks", "n=0");
}

static void
test_job_failed_8038 (void)
{
  g_autoptr(FbJob) job = load_model ("job-failback-failed-8038.json", NEW_FUNC (fb_job_new_from_json));
  GListModel *tasks = fb_job_get_tasks (job);
  FbJobError *error;
  FbJobTask *task;
  guint done = 0, total = 0;

  core_assert_property (job, "state", "Failed");
  core_assert_property (job, "scenario-name", "UnplannedFailover");
  core_assert_property (job, "allowed-actions", "Restart");
  core_assert_property (job, "custom-details-type", "FailoverJobDetails");
  core_assert_property (job, "errors", "n=1");
  g_assert_false (fb_job_is_running (job));
  g_assert_true (fb_job_is_allowed (job, "Restart"));

  error = core_test_list_item (fb_job_get_errors (job), 0);
  core_assert_property (error, "provider-error-code", "8038");
  core_assert_property (error, "provider-error-id", "8038");
  core_assert_property (error, "service-error-code", "28127");
  core_assert_property (error, "error-level", "Error");
  core_assert_property (error, "task-id", "StartVmOnPremTask");
  core_assert_property (error, "creation-time", "2026-11-27T05:20:31.123456Z");
  g_assert_true (g_str_has_prefix (fb_job_error_get_message (error), "Failed to power on the virtual machine app05"));
  g_assert_true (g_str_has_prefix (fb_job_error_get_recommended_action (error), "Add memory to the host"));
  g_assert_true (g_str_has_prefix (fb_job_error_get_possible_causes (error), "The ESXi host esx-02.contoso.local"));
  core_assert_property (error, "service-activity-id", "c0ffee00-1111-4222-8333-444455556666");

  /* the failed task carries the same error, its code sent as a string */
  task = core_test_list_item (tasks, 2);
  core_assert_property (task, "state", "Failed");
  core_assert_property (core_test_list_item (fb_job_task_get_errors (task), 0), "provider-error-code", "8038");
  g_assert_true (fb_job_find_provider_error (job, 8038) == error);
  g_assert_null (fb_job_find_provider_error (job, 8039));

  /* a task whose custom details carry "jobTask": {"jobId": null}: no child job */
  core_assert_property (core_test_list_item (tasks, 1), "child-job-id", "(null)");
  core_assert_property (core_test_list_item (tasks, 1), "custom-details-type", "VirtualMachineTaskDetails");

  fb_job_get_progress (job, &done, &total);
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpuint (total, ==, 4);
}

static void
test_job_running (void)
{
  g_autoptr(FbJob) job = load_model ("job-planned-failover-running.json", NEW_FUNC (fb_job_new_from_json));
  GListModel *tasks = fb_job_get_tasks (job);
  FbJobTask *group;
  guint done = 0, total = 0;

  g_assert_true (fb_job_is_running (job));
  g_assert_true (fb_job_is_allowed (job, "Cancel"));
  g_assert_true (fb_job_is_state_running ("NotStarted"));
  g_assert_true (fb_job_is_state_running ("Cancelling"));
  g_assert_false (fb_job_is_state_running ("Suspended"));
  g_assert_false (fb_job_is_state_running (NULL));
  core_assert_property (job, "end-time", "(null)");
  core_assert_property (job, "affected-object-details", "");
  core_assert_property (job, "new-replication-protected-item-id", "(null)");
  core_assert_property (job, "vault-name", "FailbackVault");

  fb_job_get_progress (job, &done, &total);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (total, ==, 4);

  core_assert_property (core_test_list_item (tasks, 1), "allowed-actions", "Cancel");
  core_assert_property (core_test_list_item (tasks, 1), "end-time", "(null)");
  group = core_test_list_item (tasks, 2);
  g_assert_false (fb_job_task_is_finished (group));
  fb_job_task_get_progress (group, &done, &total);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (total, ==, 3);
  /* an unknown task type is kept by name, nothing else */
  core_assert_property (core_test_list_item (tasks, 3), "custom-details-type", "SomethingNewTaskDetails");
  fb_job_task_get_progress (core_test_list_item (tasks, 3), &done, &total);
  g_assert_cmpuint (done, ==, 0);
  g_assert_cmpuint (total, ==, 1);
}

/* ---------------------------------------------------------------------------------- */

static void
test_recovery_plan (void)
{
  g_autoptr(GPtrArray) plans = load_models ("recovery-plan-vmware.json", NEW_FUNC (fb_recovery_plan_new_from_json), NULL);
  FbRecoveryPlan *plan;
  GListModel *groups;
  FbRecoveryPlanGroup *group;

  g_assert_cmpuint (plans->len, ==, 1);
  plan = plans->pdata[0];
  core_assert_property (plan, "name", "ContosoFailback");
  core_assert_property (plan, "friendly-name", "Contoso failback");
  core_assert_property (plan, "primary-fabric-friendly-name", "ContosoCS");
  core_assert_property (plan, "recovery-fabric-id", "Microsoft Azure");
  core_assert_property (plan, "replication-providers", "InMage");
  core_assert_property (plan, "allowed-operations", "UnplannedFailover,DisableProtection");
  core_assert_property (plan, "failover-deployment-model", "ResourceManager");
  core_assert_property (plan, "last-planned-failover-time", "(null)");          /* 1601-01-01 */
  core_assert_property (plan, "last-test-failover-time", "(null)");
  core_assert_property (plan, "last-unplanned-failover-time", "2026-11-27T03:00:00Z");  /* no zone */
  core_assert_property (plan, "current-scenario-name", "None");
  core_assert_property (plan, "current-scenario-status", "Succeeded");
  core_assert_property (plan, "current-scenario-status-description", "Completed");
  core_assert_property (plan, "vault-name", "FailbackVault");
  g_assert_true (fb_recovery_plan_is_allowed (plan, "UnplannedFailover"));
  g_assert_false (fb_recovery_plan_is_allowed (plan, "PlannedFailover"));
  g_assert_false (fb_recovery_plan_is_busy (plan));

  groups = fb_recovery_plan_get_groups (plan);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 4);
  core_assert_property (core_test_list_item (groups, 0), "group-type", "Shutdown");
  core_assert_property (core_test_list_item (groups, 0), "item-ids", "");
  group = core_test_list_item (groups, 2);
  core_assert_property (group, "group-type", "Boot");
  g_assert_cmpuint (g_strv_length ((char **) fb_recovery_plan_group_get_item_ids (group)), ==, 2);
  g_assert_true (g_str_has_suffix (fb_recovery_plan_group_get_item_ids (group)[1], "/replicationProtectedItems/db04-new"));
  core_assert_property (group, "virtual-machine-ids",
                        "44f5732e-954b-11e7-b6a4-0050568f2e8f,99f5732e-954b-11e7-b6a4-0050568f2e8f");
  core_assert_property (group, "start-actions", "Check ESXi capacity");
  core_assert_property (group, "end-actions", "");
  group = core_test_list_item (groups, 3);
  core_assert_property (group, "end-actions", "Reconfigure DNS,Notify owners");
}

static void
test_recovery_points (void)
{
  g_autofree char *next_link = NULL;
  g_autoptr(GPtrArray) points = load_models ("recovery-points.json", NEW_FUNC (fb_recovery_point_new_from_json), &next_link);

  g_assert_cmpuint (points->len, ==, 3);
  g_assert_true (g_str_has_suffix (next_link, "skipToken=abc"));
  core_assert_property (points->pdata[0], "recovery-point-type", "ApplicationConsistent");
  core_assert_property (points->pdata[0], "recovery-point-time", "2026-11-27T04:00:00.123456Z");
  core_assert_property (points->pdata[0], "is-multi-vm-sync-point", "true");      /* "true" */
  core_assert_property (points->pdata[0], "provider-type", "InMageAzureV2");
  core_assert_property (points->pdata[0], "protected-item-name", "app02");
  core_assert_property (points->pdata[1], "is-multi-vm-sync-point", "false");     /* "False" */
  core_assert_property (points->pdata[1], "recovery-point-time", "2026-11-27T04:05:00Z");
  core_assert_property (points->pdata[2], "is-multi-vm-sync-point", "true");      /* true */
  core_assert_property (points->pdata[2], "recovery-point-time", "2026-11-27T02:10:00Z");  /* +02:00 */
  core_assert_property (points->pdata[2], "provider-type", "InMageRcm");
}

static void
test_policies_mappings_vaults (void)
{
  g_autoptr(GPtrArray) policies = load_models ("policies.json", NEW_FUNC (fb_policy_new_from_json), NULL);
  g_autoptr(GPtrArray) mappings = load_models ("container-mappings.json", NEW_FUNC (fb_protection_container_mapping_new_from_json), NULL);
  g_autofree char *next_link = NULL;
  g_autoptr(GPtrArray) vaults = load_models ("vaults.json", NEW_FUNC (fb_vault_new_from_json), &next_link);
  FbProtectionContainerMapping *mapping;

  g_assert_cmpuint (policies->len, ==, 3);
  core_assert_property (policies->pdata[0], "provider-type", "InMageAzureV2");
  core_assert_property (policies->pdata[0], "recovery-point-history", "1440");
  core_assert_property (policies->pdata[0], "crash-consistent-frequency-in-minutes", "5");
  core_assert_property (policies->pdata[1], "provider-type", "InMage");
  core_assert_property (policies->pdata[1], "friendly-name", "VMwarePolicy-failback");
  core_assert_property (policies->pdata[1], "recovery-point-history", "1440");             /* "1440" */
  core_assert_property (policies->pdata[1], "recovery-point-threshold-in-minutes", "15");  /* "15" */
  core_assert_property (policies->pdata[2], "provider-type", "InMageRcmFailback");

  g_assert_cmpuint (mappings->len, ==, 1);
  mapping = mappings->pdata[0];
  core_assert_property (mapping, "state", "Paired");
  core_assert_property (mapping, "provider-type", "InMage");
  core_assert_property (mapping, "policy-id", VAULT_ID "/replicationPolicies/VMwarePolicy-failback");
  core_assert_property (mapping, "target-protection-container-id",
                        VAULT_ID "/replicationFabrics/" CLASSIC_FABRIC "/replicationProtectionContainers/" CLASSIC_CONTAINER);
  core_assert_property (mapping, "fabric-name", CLASSIC_FABRIC);
  core_assert_property (mapping, "container-name", CLASSIC_CONTAINER);
  core_assert_property (mapping, "health", "Warning");
  core_assert_property (mapping, "health-errors", "n=1");
  core_assert_property (core_test_list_item (fb_protection_container_mapping_get_health_errors (mapping), 0),
                        "error-code", "539");
  /* the failback mapping maps the CS container to itself */
  g_assert_true (g_str_has_suffix (fb_protection_container_mapping_get_target_protection_container_id (mapping),
                                   fb_protection_container_mapping_get_container_name (mapping)));

  g_assert_cmpuint (vaults->len, ==, 2);
  g_assert_null (next_link);                                  /* "" */
  core_assert_property (vaults->pdata[0], "name", "FailbackVault");
  core_assert_property (vaults->pdata[0], "location", "westeurope");
  core_assert_property (vaults->pdata[0], "sku", "RS0");
  core_assert_property (vaults->pdata[0], "sku-tier", "Standard");
  core_assert_property (vaults->pdata[0], "provisioning-state", "Succeeded");
  core_assert_property (vaults->pdata[0], "resource-group", "FailbackRG");
  core_assert_property (vaults->pdata[0], "tags", "costCenter=4711,dr=true,owner=infra-team");
  core_assert_property (vaults->pdata[1], "tags", "(null)");
  core_assert_property (vaults->pdata[1], "sku", "(null)");
  core_assert_property (vaults->pdata[1], "provisioning-state", "(null)");
  core_assert_property (vaults->pdata[1], "resource-group", "OtherRG");
}

/* ---------------------------------------------------------------------------------- */

typedef struct {
  FbJsonNewFunc  new_func;
  const char    *json;
  const char    *message;     /* the whole message, or its start when it ends in "*" */
} WrongType;

static void
test_wrong_types (void)
{
  const WrongType cases[] = {
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":{\"allowedOperations\":\"Commit\"}}",
      "properties.allowedOperations: expected an array" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":{\"allowedOperations\":[\"Commit\",{}]}}",
      "properties.allowedOperations[1]: expected a string" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"id\":5}", "id: expected a string" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":[]}", "properties: expected an object" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":{\"currentScenario\":\"None\"}}",
      "properties.currentScenario: expected an object" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":{\"lastSuccessfulFailoverTime\":\"yesterday\"}}",
      "properties.lastSuccessfulFailoverTime: expected a date*" },
    { NEW_FUNC (fb_protected_item_new_from_json), "{\"properties\":{\"healthErrors\":[{\"errorMessage\":5}]}}",
      "properties.healthErrors[0].errorMessage: expected a string" },
    { NEW_FUNC (fb_protected_item_new_from_json),
      "{\"properties\":{\"replicationHealthErrors\":[{\"childErrors\":[{\"creationTimeUtc\":7}]}]}}",
      "properties.replicationHealthErrors[0].childErrors[0].creationTimeUtc: expected a date" },
    { NEW_FUNC (fb_protected_item_new_from_json),
      "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"rpoInSeconds\":{}}}}",
      "properties.providerSpecificDetails.rpoInSeconds: expected a number" },
    { NEW_FUNC (fb_protected_item_new_from_json),
      "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"osDetails\":\"Windows\"}}}",
      "properties.providerSpecificDetails.osDetails: expected an object" },
    { NEW_FUNC (fb_protected_item_new_from_json),
      "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMageRcmFailback\","
      "\"isAgentRegistrationSuccessfulAfterFailover\":\"sometimes\"}}}",
      "properties.providerSpecificDetails.isAgentRegistrationSuccessfulAfterFailover: expected a boolean" },
    { NEW_FUNC (fb_protected_item_new_from_json),
      "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\",\"datastores\":\"datastore1\"}}}",
      "properties.providerSpecificDetails.datastores: expected an array" },
    { NEW_FUNC (fb_protected_item_new_from_json), "[]", "The service sent something other than a JSON object" },
    { NEW_FUNC (fb_fabric_new_from_json),
      "{\"properties\":{\"customDetails\":{\"instanceType\":\"VMware\",\"masterTargetServers\":"
      "[{\"dataStores\":[{\"symbolicName\":\"ds\",\"capacity\":\"big\"}]}]}}}",
      "properties.customDetails.masterTargetServers[0].dataStores[0].capacity: expected a number" },
    { NEW_FUNC (fb_fabric_new_from_json),
      "{\"properties\":{\"customDetails\":{\"processServers\":{}}}}",
      "properties.customDetails.processServers: expected an array" },
    { NEW_FUNC (fb_fabric_new_from_json),
      "{\"properties\":{\"customDetails\":{\"processServers\":[{\"id\":\"a\"},1]}}}",
      "properties.customDetails.processServers[1]: expected an object" },
    { NEW_FUNC (fb_fabric_new_from_json),
      "{\"properties\":{\"customDetails\":{\"masterTargetServers\":[{\"retentionVolumes\":[{\"capacityInBytes\":true}]}]}}}",
      "properties.customDetails.masterTargetServers[0].retentionVolumes[0].capacityInBytes: expected a number" },
    { NEW_FUNC (fb_fabric_new_from_json),
      "{\"properties\":{\"customDetails\":{\"reprotectAgents\":[{\"accessibleDatastores\":[1]}]}}}",
      "properties.customDetails.reprotectAgents[0].accessibleDatastores[0]: expected a string" },
    { NEW_FUNC (fb_fabric_new_from_json), "{\"properties\":{\"customDetails\":{\"lastHeartbeat\":12}}}",
      "properties.customDetails.lastHeartbeat: expected a date" },
    { NEW_FUNC (fb_fabric_new_from_json), "{\"properties\":{\"healthErrorDetails\":[{\"innerHealthErrors\":{}}]}}",
      "properties.healthErrorDetails[0].innerHealthErrors: expected an array" },
    { NEW_FUNC (fb_job_new_from_json), "{\"properties\":{\"state\":3}}", "properties.state: expected a string" },
    { NEW_FUNC (fb_job_new_from_json),
      "{\"properties\":{\"tasks\":[{\"groupTaskCustomDetails\":{\"childTasks\":[{\"errors\":"
      "[{\"providerErrorDetails\":{\"errorCode\":\"eight\"}}]}]}}]}}",
      "properties.tasks[0].groupTaskCustomDetails.childTasks[0].errors[0].providerErrorDetails.errorCode: expected a number" },
    { NEW_FUNC (fb_job_new_from_json), "{\"properties\":{\"customDetails\":{\"affectedObjectDetails\":[]}}}",
      "properties.customDetails.affectedObjectDetails: expected an object" },
    { NEW_FUNC (fb_job_new_from_json), "{\"properties\":{\"tasks\":[{\"customDetails\":{\"jobTask\":{\"jobId\":[]}}}]}}",
      "properties.tasks[0].customDetails.jobTask.jobId: expected a string" },
    { NEW_FUNC (fb_recovery_plan_new_from_json),
      "{\"properties\":{\"groups\":[{\"replicationProtectedItems\":[{\"id\":5}]}]}}",
      "properties.groups[0].replicationProtectedItems[0].id: expected a string" },
    { NEW_FUNC (fb_recovery_plan_new_from_json), "{\"properties\":{\"replicationProviders\":\"InMage\"}}",
      "properties.replicationProviders: expected an array" },
    { NEW_FUNC (fb_recovery_plan_new_from_json), "{\"properties\":{\"lastUnplannedFailoverTime\":false}}",
      "properties.lastUnplannedFailoverTime: expected a date" },
    { NEW_FUNC (fb_recovery_point_new_from_json),
      "{\"properties\":{\"providerSpecificDetails\":{\"isMultiVmSyncPoint\":\"perhaps\"}}}",
      "properties.providerSpecificDetails.isMultiVmSyncPoint: expected a boolean" },
    { NEW_FUNC (fb_vault_new_from_json), "{\"tags\":[\"a\"]}", "tags: expected an object" },
    { NEW_FUNC (fb_vault_new_from_json), "{\"sku\":\"RS0\"}", "sku: expected an object" },
    { NEW_FUNC (fb_policy_new_from_json), "{\"properties\":{\"providerSpecificDetails\":{\"recoveryPointHistory\":true}}}",
      "properties.providerSpecificDetails.recoveryPointHistory: expected a number" },
    { NEW_FUNC (fb_protection_container_new_from_json), "{\"properties\":{\"protectedItemCount\":\"many\"}}",
      "properties.protectedItemCount: expected a number" },
    { NEW_FUNC (fb_protection_container_mapping_new_from_json), "{\"properties\":{\"healthErrorDetails\":{}}}",
      "properties.healthErrorDetails: expected an array" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = core_test_parse (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) model = cases[i].new_func (node, &error);
      gsize length = strlen (cases[i].message);

      g_test_message ("%s", cases[i].json);
      g_assert_null (model);
      g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
      if (cases[i].message[length - 1] == '*')
        {
          g_autofree char *prefix = g_strndup (cases[i].message, length - 1);
          g_assert_true (g_str_has_prefix (error->message, prefix));
        }
      else
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Every model: an empty object parses to an all-unset model, a non-object is an error. */
static void
test_empty_and_non_objects (void)
{
  const FbJsonNewFunc new_funcs[] = {
    NEW_FUNC (fb_vault_new_from_json), NEW_FUNC (fb_fabric_new_from_json),
    NEW_FUNC (fb_process_server_new_from_json), NEW_FUNC (fb_master_target_new_from_json),
    NEW_FUNC (fb_retention_volume_new_from_json), NEW_FUNC (fb_fabric_datastore_new_from_json),
    NEW_FUNC (fb_run_as_account_new_from_json), NEW_FUNC (fb_reprotect_agent_new_from_json),
    NEW_FUNC (fb_protection_container_new_from_json), NEW_FUNC (fb_protection_container_mapping_new_from_json),
    NEW_FUNC (fb_policy_new_from_json), NEW_FUNC (fb_protected_item_new_from_json),
    NEW_FUNC (fb_recovery_point_new_from_json), NEW_FUNC (fb_recovery_plan_new_from_json),
    NEW_FUNC (fb_recovery_plan_group_new_from_json), NEW_FUNC (fb_job_new_from_json),
    NEW_FUNC (fb_job_task_new_from_json), NEW_FUNC (fb_job_error_new_from_json),
    NEW_FUNC (fb_health_error_new_from_json),
  };
  const char *non_objects[] = { "[]", "\"text\"", "42", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (new_funcs); i++)
    {
      g_autoptr(JsonNode) empty = core_test_parse ("{\"unknownMember\":{\"deep\":[1,2,3]},\"properties\":null}");
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) model = new_funcs[i] (empty, &error);

      g_assert_no_error (error);
      g_assert_nonnull (model);

      for (guint j = 0; j < G_N_ELEMENTS (non_objects); j++)
        {
          g_autoptr(JsonNode) node = core_test_parse (non_objects[j]);
          g_autoptr(GObject) none = new_funcs[i] (node, &error);

          g_assert_null (none);
          g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
          g_clear_error (&error);
        }

      {
        g_autoptr(GObject) none = new_funcs[i] (NULL, &error);
        g_assert_null (none);
        g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
      }
    }
}

/* A plan keeps its last job in currentScenario after it ended: only the status
 * says whether a job runs (the service's examples: CommitFailover/Succeeded). */
static void
test_recovery_plan_busy (void)
{
  static const struct {
    const char *scenario;
    const char *status;
    gboolean    busy;
  } cases[] = {
    { "None", "Succeeded", FALSE },
    { "CommitFailover", "Succeeded", FALSE },
    { "UnplannedFailover", "Failed", FALSE },
    { "CancelFailover", "Cancelled", FALSE },
    { "UnplannedFailover", "InProgress", TRUE },
    { "UnplannedFailover", "NotStarted", TRUE },
    { "UnplannedFailover", "Suspended", TRUE },
    { "UnplannedFailover", "Cancelling", TRUE },
    { "UnplannedFailover", NULL, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(FbRecoveryPlan) plan = NULL;
      g_autoptr(GError) error = NULL;

      json = g_strdup_printf ("{\"id\":\"/Subscriptions/s/resourceGroups/rg/providers/"
                              "Microsoft.RecoveryServices/vaults/v/replicationRecoveryPlans/p\","
                              "\"name\":\"p\",\"properties\":{\"currentScenario\":"
                              "{\"scenarioName\":\"%s\"}%s%s%s}}",
                              cases[i].scenario,
                              cases[i].status ? ",\"currentScenarioStatus\":\"" : "",
                              cases[i].status ? cases[i].status : "",
                              cases[i].status ? "\"" : "");
      node = core_test_parse (json);
      plan = fb_recovery_plan_new_from_json (node, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fb_recovery_plan_is_busy (plan), ==, cases[i].busy);
    }
}

/* ---------------------------------------------------------------------------------- */
/* In-place updates */

static JsonNode *
edited_copy (JsonNode   *node,
             const char *from,
             const char *to)
{
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(GString) edited = g_string_new (text);

  g_assert_true (g_string_replace (edited, from, to, 0) > 0);
  return core_test_parse (edited->str);
}

static void
test_update_item (void)
{
  g_autoptr(JsonNode) page = core_test_load_fixture ("items-classic.json");
  g_autoptr(GPtrArray) nodes = core_test_list_values (page);
  JsonNode *node = nodes->pdata[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(FbProtectedItem) item = fb_protected_item_new_from_json (node, &error);
  g_autoptr(JsonNode) failed_over = NULL;
  g_autoptr(JsonNode) step1 = NULL;
  g_autoptr(JsonNode) step2 = NULL;
  g_autoptr(JsonNode) step3 = NULL;
  g_autoptr(JsonNode) wrong = NULL;
  g_autofree char *names = NULL;
  GListModel *health_errors;
  CoreNotifyLog log;

  g_assert_no_error (error);
  health_errors = fb_protected_item_get_health_errors (item);
  core_notify_log_start (&log, item);

  /* the same JSON: nothing changes, nothing is notified */
  g_assert_true (fb_protected_item_update_from_json (item, node, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.names->len, ==, 0);

  /* the failover finished: exactly the changed properties are notified, once each */
  step1 = edited_copy (node, "\"protectionState\":\"Protected\"",
                       "\"protectionState\":\"UnplannedFailoverCommitPendingStatesBegin\"");
  step2 = edited_copy (step1, "\"protectionStateDescription\":\"Protected\"",
                       "\"protectionStateDescription\":\"Failover completed\"");
  step3 = edited_copy (step2, "\"activeLocation\":\"Primary\"", "\"activeLocation\":\"Recovery\"");
  failed_over = edited_copy (step3, "\"allowedOperations\":[\"UnplannedFailover\",\"TestFailover\",\"DisableProtection\",\"RepairReplication\"]",
                             "\"allowedOperations\":[\"Commit\",\"ChangePit\",\"CancelFailover\"]");
  g_assert_true (fb_protected_item_update_from_json (item, failed_over, &error));
  g_assert_no_error (error);
  names = core_notify_log_names (&log);
  g_assert_cmpstr (names, ==, "active-location,allowed-operations,next-step,phase,protection-state,protection-state-description");
  g_assert_cmpint (fb_protected_item_get_phase (item), ==, FB_PHASE_FAILED_OVER_TO_AZURE);
  g_assert_cmpint (fb_protected_item_get_next_step (item), ==, FB_NEXT_STEP_COMMIT);
  g_assert_true (fb_protected_item_get_health_errors (item) == health_errors);
  g_clear_pointer (&names, g_free);
  g_ptr_array_set_size (log.names, 0);

  /* a wrong type: an error, and the item is left as it was */
  wrong = edited_copy (failed_over, "\"rpoInSeconds\":42", "\"rpoInSeconds\":[42]");
  g_assert_false (fb_protected_item_update_from_json (item, wrong, &error));
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "properties.providerSpecificDetails.rpoInSeconds: expected a number");
  g_clear_error (&error);
  g_assert_cmpuint (log.names->len, ==, 0);
  g_assert_cmpint (fb_protected_item_get_rpo_in_seconds (item), ==, 42);

  /* a job starts on the item */
  {
    g_autoptr(JsonNode) busy = edited_copy (failed_over, "\"scenarioName\":\"None\"", "\"scenarioName\":\"CommitFailover\"");

    g_assert_true (fb_protected_item_update_from_json (item, busy, &error));
    names = core_notify_log_names (&log);
    g_assert_cmpstr (names, ==, "current-scenario-name,next-step,phase");
    g_assert_cmpint (fb_protected_item_get_phase (item), ==, FB_PHASE_IN_TRANSITION);
  }

  core_notify_log_stop (&log);
}

static void
test_update_fabric (void)
{
  g_autoptr(JsonNode) node = core_test_load_fixture ("fabric-vmware-classic.json");
  g_autoptr(FbFabric) fabric = fb_fabric_new_from_json (node, NULL);
  g_autoptr(GError) error = NULL;
  GListModel *servers = fb_fabric_get_process_servers (fabric);
  GListModel *targets = fb_fabric_get_master_target_servers (fabric);
  g_autoptr(FbProcessServer) ps0 = g_list_model_get_item (servers, 0);
  g_autoptr(FbMasterTarget) mt1 = g_list_model_get_item (targets, 1);
  g_autoptr(FbFabricDatastore) ds0 = g_list_model_get_item (fb_master_target_get_datastores (mt1), 0);
  g_autoptr(JsonNode) newer = NULL;
  g_autofree char *fabric_names = NULL;
  g_autofree char *ps_names = NULL;
  g_autofree char *ds_names = NULL;
  CoreNotifyLog fabric_log, ps_log, ds_log;
  guint servers_changed = 0, targets_changed = 0;

  g_assert_nonnull (fabric);
  core_notify_log_start (&fabric_log, fabric);
  core_notify_log_start (&ps_log, ps0);
  core_notify_log_start (&ds_log, ds0);
  g_signal_connect (servers, "items-changed", G_CALLBACK (core_count_items_changed), &servers_changed);
  g_signal_connect (targets, "items-changed", G_CALLBACK (core_count_items_changed), &targets_changed);

  /* a newer GET: one process server sent a heartbeat, a datastore filled up, and the
   * configuration server's own heartbeat moved on */
  {
    g_autoptr(JsonNode) a = edited_copy (node, "\"lastHeartbeat\":\"2026-11-27T05:40:44Z\"",
                                         "\"lastHeartbeat\":\"2026-11-27T05:55:44Z\"");
    g_autoptr(JsonNode) b = edited_copy (a, "\"freeSpace\":\"154.11\"", "\"freeSpace\":\"120\"");

    newer = edited_copy (b, "\"lastHeartbeat\":\"2026-11-27T05:42:50.995485Z\"",
                         "\"lastHeartbeat\":\"2026-11-27T05:57:50Z\"");
  }
  g_assert_true (fb_fabric_update_from_json (fabric, newer, &error));
  g_assert_no_error (error);

  fabric_names = core_notify_log_names (&fabric_log);
  ps_names = core_notify_log_names (&ps_log);
  ds_names = core_notify_log_names (&ds_log);
  g_assert_cmpstr (fabric_names, ==, "last-heartbeat");
  g_assert_cmpstr (ps_names, ==, "last-heartbeat");
  g_assert_cmpstr (ds_names, ==, "free-space-gb");
  /* the rows stay: same objects, no items-changed */
  g_assert_cmpuint (servers_changed, ==, 0);
  g_assert_cmpuint (targets_changed, ==, 0);
  g_assert_true (core_test_list_item (servers, 0) == (gpointer) ps0);
  g_assert_true (core_test_list_item (fb_master_target_get_datastores (mt1), 0) == (gpointer) ds0);
  core_assert_property (ds0, "free-space-gb", "120");

  /* a process server goes away: the list changes, the others stay the same objects */
  {
    JsonObject *custom = json_object_get_object_member (
      json_object_get_object_member (json_node_get_object (newer), "properties"), "customDetails");
    JsonArray *array = json_object_get_array_member (custom, "processServers");
    g_autoptr(FbProcessServer) ps1 = g_list_model_get_item (servers, 1);

    json_array_remove_element (array, 0);
    g_assert_true (fb_fabric_update_from_json (fabric, newer, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (servers_changed, ==, 1);
    g_assert_cmpuint (targets_changed, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (servers), ==, 2);
    g_assert_true (core_test_list_item (servers, 0) == (gpointer) ps1);
  }

  core_notify_log_stop (&fabric_log);
  core_notify_log_stop (&ps_log);
  core_notify_log_stop (&ds_log);
}

static void
test_update_job (void)
{
  g_autoptr(JsonNode) node = core_test_load_fixture ("job-planned-failover-running.json");
  g_autoptr(FbJob) job = fb_job_new_from_json (node, NULL);
  GListModel *tasks = fb_job_get_tasks (job);
  g_autoptr(FbJobTask) shutdown = g_list_model_get_item (tasks, 1);
  g_autoptr(FbJobTask) group = g_list_model_get_item (tasks, 2);
  g_autoptr(FbJobTask) disk1 = g_list_model_get_item (fb_job_task_get_child_tasks (group), 1);
  g_autoptr(JsonNode) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_names = NULL;
  g_autofree char *task_names = NULL;
  g_autofree char *disk_names = NULL;
  CoreNotifyLog job_log, task_log, disk_log;
  guint tasks_changed = 0;

  core_notify_log_start (&job_log, job);
  core_notify_log_start (&task_log, shutdown);
  core_notify_log_start (&disk_log, disk1);
  g_signal_connect (tasks, "items-changed", G_CALLBACK (core_count_items_changed), &tasks_changed);

  /* the shutdown task finished and disk 1 synchronised */
  {
    g_autofree char *text = json_to_string (node, FALSE);
    JsonObject *properties;
    JsonArray *array;
    JsonObject *t2, *t3b;

    newer = core_test_parse (text);
    properties = json_object_get_object_member (json_node_get_object (newer), "properties");
    array = json_object_get_array_member (properties, "tasks");
    t2 = json_array_get_object_element (array, 1);
    json_object_set_string_member (t2, "state", "Succeeded");
    json_object_set_string_member (t2, "stateDescription", "Completed");
    json_object_set_string_member (t2, "endTime", "2026-11-27T06:09:00Z");
    json_object_set_array_member (t2, "allowedActions", json_array_new ());
    t3b = json_array_get_object_element (
      json_object_get_array_member (json_object_get_object_member (json_array_get_object_element (array, 2),
                                                                   "groupTaskCustomDetails"), "childTasks"), 1);
    json_object_set_string_member (t3b, "state", "Succeeded");
  }

  g_assert_true (fb_job_update_from_json (job, newer, &error));
  g_assert_no_error (error);
  job_names = core_notify_log_names (&job_log);
  task_names = core_notify_log_names (&task_log);
  disk_names = core_notify_log_names (&disk_log);
  g_assert_cmpstr (job_names, ==, "");
  g_assert_cmpstr (task_names, ==, "allowed-actions,end-time,state,state-description");
  g_assert_cmpstr (disk_names, ==, "state");
  g_assert_cmpuint (tasks_changed, ==, 0);
  g_assert_true (core_test_list_item (tasks, 1) == (gpointer) shutdown);

  {
    guint done = 0, total = 0;

    fb_job_get_progress (job, &done, &total);
    g_assert_cmpuint (done, ==, 2);
    fb_job_task_get_progress (group, &done, &total);
    g_assert_cmpuint (done, ==, 2);
    g_assert_cmpuint (total, ==, 3);
  }

  core_notify_log_stop (&job_log);
  core_notify_log_stop (&task_log);
  core_notify_log_stop (&disk_log);
}

static const char *
item_key (gpointer item)
{
  return fb_protected_item_get_id (item);
}

static gboolean
item_update (gpointer item,
             gpointer other)
{
  return fb_protected_item_update_from (item, other);
}

/* What the UI does with a refreshed list page: merge it into its GListStore. */
static void
test_merge_store (void)
{
  g_autoptr(GPtrArray) first = load_models ("items-classic.json", NEW_FUNC (fb_protected_item_new_from_json), NULL);
  g_autoptr(GPtrArray) second = load_models ("items-classic.json", NEW_FUNC (fb_protected_item_new_from_json), NULL);
  g_autoptr(GListStore) store = g_list_store_new (FB_TYPE_PROTECTED_ITEM);
  g_autoptr(GListStore) fresh = g_list_store_new (FB_TYPE_PROTECTED_ITEM);
  g_autoptr(GPtrArray) unknown = load_models ("items-unknown.json", NEW_FUNC (fb_protected_item_new_from_json), NULL);
  FbProtectedItem *kept;
  guint changed = 0;

  g_list_store_splice (store, 0, 0, first->pdata, first->len);
  g_signal_connect (store, "items-changed", G_CALLBACK (core_count_items_changed), &changed);

  /* the same page again: no change at all */
  g_list_store_splice (fresh, 0, 0, second->pdata, second->len);
  g_assert_false (fb_json_merge_store (store, G_LIST_MODEL (fresh), item_key, item_update));
  g_assert_cmpuint (changed, ==, 0);

  /* ids differ in case only ("/subscriptions/"): still the same items */
  {
    g_autoptr(JsonNode) page = core_test_load_fixture ("items-classic.json");
    g_autofree char *text = json_to_string (page, FALSE);
    g_autoptr(GString) lower = g_string_new (text);
    g_autoptr(JsonNode) lower_page = NULL;
    g_autoptr(GPtrArray) nodes = NULL;
    g_autoptr(GPtrArray) models = NULL;

    g_string_replace (lower, "/Subscriptions/", "/subscriptions/", 0);
    lower_page = core_test_parse (lower->str);
    g_assert_true (fb_json_parse_list_page (lower_page, &nodes, NULL, NULL));
    models = fb_json_new_models (nodes, NEW_FUNC (fb_protected_item_new_from_json), NULL);
    g_list_store_remove_all (fresh);
    g_list_store_splice (fresh, 0, 0, models->pdata, models->len);
    kept = core_test_list_item (G_LIST_MODEL (store), 3);
    fb_json_merge_store (store, G_LIST_MODEL (fresh), item_key, item_update);
    g_assert_cmpuint (changed, ==, 0);
    g_assert_true (core_test_list_item (G_LIST_MODEL (store), 3) == (gpointer) kept);
  }

  /* one item left (reprotect gave it a new id), one came */
  kept = core_test_list_item (G_LIST_MODEL (store), 1);
  g_list_store_remove_all (fresh);
  g_list_store_splice (fresh, 0, 0, second->pdata, second->len);
  g_list_store_remove (fresh, 0);
  g_list_store_append (fresh, unknown->pdata[0]);
  g_assert_true (fb_json_merge_store (store, G_LIST_MODEL (fresh), item_key, item_update));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 7);
  g_assert_true (core_test_list_item (G_LIST_MODEL (store), 0) == (gpointer) kept);
  g_assert_true (core_test_list_item (G_LIST_MODEL (store), 6) == unknown->pdata[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/models/fabric-classic", test_fabric_classic);
  g_test_add_func ("/core/models/fabric-modern", test_fabric_modern);
  g_test_add_func ("/core/models/item-details", test_item_details);
  g_test_add_func ("/core/models/job-reprotect", test_job_reprotect);
  g_test_add_func ("/core/models/job-failed-8038", test_job_failed_8038);
  g_test_add_func ("/core/models/job-running", test_job_running);
  g_test_add_func ("/core/models/recovery-plan", test_recovery_plan);
  g_test_add_func ("/core/models/recovery-plan-busy", test_recovery_plan_busy);
  g_test_add_func ("/core/models/recovery-points", test_recovery_points);
  g_test_add_func ("/core/models/policies-mappings-vaults", test_policies_mappings_vaults);
  g_test_add_func ("/core/models/wrong-types", test_wrong_types);
  g_test_add_func ("/core/models/empty-and-non-objects", test_empty_and_non_objects);
  g_test_add_func ("/core/models/update-item", test_update_item);
  g_test_add_func ("/core/models/update-fabric", test_update_fabric);
  g_test_add_func ("/core/models/update-job", test_update_job);
  g_test_add_func ("/core/models/merge-store", test_merge_store);

  return g_test_run ();
}
