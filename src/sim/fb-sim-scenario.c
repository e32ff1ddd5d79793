/* fb-sim-scenario.c - scenario files (demo, large:N, FILE.json) into the model
 *
 * The format is documented in data/scenarios/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "fb-sim-private.h"
#include "fb-sim-resources.h"

#define DEMO_RESOURCE "/io/github/failback/sim/demo.json"

static gboolean
fail (GError **error, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError **error, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error_literal (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, msg);
  return FALSE;
}

static char *
dup_or (JsonObject *o, const char *k, const char *def)
{
  const char *v = fb_sim_obj_get_str (o, k);

  return g_strdup (v != NULL ? v : def);
}

/* ---------- free functions ---------- */

static void
process_server_free (gpointer p)
{
  FbSimProcessServer *ps = p;

  g_free (ps->id);
  g_free (ps->friendly_name);
  g_free (ps->ip_address);
  g_free (ps->os_type);
  g_free (ps);
}

static void
datastore_free (gpointer p)
{
  FbSimDatastore *ds = p;

  g_free (ds->symbolic_name);
  g_free (ds->uuid);
  g_free (ds->type);
  g_free (ds);
}

static void
volume_free (gpointer p)
{
  FbSimVolume *v = p;

  g_free (v->volume_name);
  g_free (v);
}

static void
master_target_free (gpointer p)
{
  FbSimMasterTarget *mt = p;

  g_free (mt->id);
  g_free (mt->name);
  g_free (mt->os_type);
  g_free (mt->ip_address);
  g_free (mt->os_version);
  g_ptr_array_unref (mt->retention_volumes);
  g_ptr_array_unref (mt->datastores);
  g_free (mt);
}

static void
agent_free (gpointer p)
{
  FbSimReprotectAgent *a = p;

  g_free (a->id);
  g_free (a->name);
  g_free (a->fqdn);
  g_free (a->vcenter_id);
  g_strfreev (a->datastores);
  g_free (a);
}

static void
vcenter_ref_free (gpointer p)
{
  FbSimVcenterRef *v = p;

  g_free (v->name);
  g_free (v->friendly_name);
  g_free (v->ip_address);
  g_free (v->process_server_id);
  g_free (v->run_as_account_id);
  g_free (v);
}

static void
run_as_free (gpointer p)
{
  FbSimRunAs *r = p;

  g_free (r->account_id);
  g_free (r->account_name);
  g_free (r);
}

static void
container_free (gpointer p)
{
  FbSimContainer *c = p;

  g_free (c->name);
  g_free (c->friendly_name);
  g_free (c);
}

static void
fabric_free (gpointer p)
{
  FbSimFabric *f = p;

  g_free (f->name);
  g_free (f->friendly_name);
  g_free (f->internal_id);
  g_free (f->ip_address);
  g_ptr_array_unref (f->process_servers);
  g_ptr_array_unref (f->master_targets);
  g_ptr_array_unref (f->run_as_accounts);
  g_ptr_array_unref (f->reprotect_agents);
  g_ptr_array_unref (f->vcenters);
  g_ptr_array_unref (f->containers);
  g_free (f);
}

static void
policy_free (gpointer p)
{
  FbSimPolicy *pol = p;

  g_free (pol->name);
  g_free (pol->friendly_name);
  g_free (pol->kind);
  g_free (pol);
}

static void
mapping_free (gpointer p)
{
  FbSimMapping *m = p;

  g_free (m->name);
  g_free (m);
}

static void
item_free (gpointer p)
{
  FbSimItem *i = p;

  g_free (i->name);
  g_free (i->original_name);
  g_free (i->friendly_name);
  g_free (i->vm_id);
  g_free (i->os_type);
  g_free (i->os_name);
  g_array_unref (i->disks_gb);
  g_free (i->ip_address);
  g_free (i->host);
  g_free (i->datastore);
  g_free (i->multi_vm_group);
  g_free (i->replication_health);
  g_free (i->master_target_id);
  g_free (i->process_server_id);
  g_free (i->retention_drive);
  g_free (i->reverse_datastore);
  g_free (i->reprotect_agent_id);
  g_free (i->log_storage_account_id);
  g_free (i->run_as_account_id);
  g_free (i->failover_recovery_point_id);
  g_free (i);
}

static void
plan_group_free (gpointer p)
{
  FbSimPlanGroup *g = p;

  g_free (g->group_type);
  g_ptr_array_unref (g->items);
  g_strfreev (g->manual_actions);
  g_free (g);
}

static void
plan_free (gpointer p)
{
  FbSimPlan *plan = p;

  g_free (plan->name);
  g_free (plan->friendly_name);
  g_free (plan->last_status);
  g_ptr_array_unref (plan->groups);
  g_free (plan);
}

static void
task_free (gpointer p)
{
  FbSimTask *t = p;

  g_free (t->task_id);
  g_free (t->name);
  g_free (t->friendly_name);
  g_free (t->friendly_item);
  g_free (t->state);
  g_free (t->state_description);
  g_free (t->description);
  g_clear_pointer (&t->children, g_ptr_array_unref);
  g_clear_pointer (&t->error, fb_sim_job_error_unref);
  g_free (t);
}

void
fb_sim_job_free (FbSimJob *job)
{
  if (job->timer != NULL)
    {
      g_source_destroy (job->timer);
      g_source_unref (job->timer);
    }
  g_free (job->name);
  g_free (job->activity_id);
  g_free (job->scenario_name);
  g_free (job->friendly_name);
  g_free (job->state);
  g_free (job->state_description);
  g_ptr_array_unref (job->tasks);
  g_ptr_array_unref (job->errors);
  g_ptr_array_unref (job->items);
  g_clear_pointer (&job->failed_items, g_hash_table_unref);
  g_free (job->target_object_id);
  g_free (job->target_object_name);
  g_free (job->target_instance_type);
  g_free (job->new_item_id);
  g_clear_pointer (&job->input, json_object_unref);
  g_free (job->direction);
  g_free (job);
}

static void
job_free_cb (gpointer p)
{
  fb_sim_job_free (p);
}

static void
vault_free (gpointer p)
{
  FbSimVault *v = p;

  g_free (v->name);
  g_free (v->resource_group);
  g_free (v->location);
  g_hash_table_unref (v->jobs_by_name);
  g_ptr_array_unref (v->jobs);
  g_ptr_array_unref (v->plans);
  g_hash_table_unref (v->items_by_name);
  g_ptr_array_unref (v->items);
  g_ptr_array_unref (v->removed_items);
  g_ptr_array_unref (v->mappings);
  g_ptr_array_unref (v->policies);
  g_ptr_array_unref (v->fabrics);
  g_free (v);
}

void
fb_sim_world_free (FbSimWorld *world)
{
  if (world == NULL)
    return;
  g_ptr_array_unref (world->vaults);
  g_clear_pointer (&world->vcenter_scenario, json_object_unref);
  g_clear_object (&world->vcenter);
  g_rand_free (world->rand);
  g_free (world->tenant_id);
  g_free (world->client_id);
  g_free (world->client_secret);
  g_free (world->subscription_id);
  g_free (world->subscription_name);
  g_free (world->user_name);
  g_free (world->base_uri);
  g_free (world);
}

/* The job-free helper for the task arrays. */
GPtrArray *fb_sim_task_array_new (void);

GPtrArray *
fb_sim_task_array_new (void)
{
  return g_ptr_array_new_with_free_func (task_free);
}

/* ---------- ids ---------- */

char *
fb_sim_vault_arm_id (FbSimVault *vault, gboolean capital)
{
  return g_strdup_printf ("/%s/%s/resourceGroups/%s/providers/Microsoft.RecoveryServices/vaults/%s",
                          capital ? "Subscriptions" : "subscriptions",
                          vault->world->subscription_id, vault->resource_group, vault->name);
}

char *
fb_sim_fabric_arm_id (FbSimFabric *fabric)
{
  g_autofree char *v = fb_sim_vault_arm_id (fabric->vault, TRUE);

  return g_strdup_printf ("%s/replicationFabrics/%s", v, fabric->name);
}

char *
fb_sim_container_arm_id (FbSimContainer *container)
{
  g_autofree char *f = fb_sim_fabric_arm_id (container->fabric);

  return g_strdup_printf ("%s/replicationProtectionContainers/%s", f, container->name);
}

char *
fb_sim_item_arm_id (FbSimItem *item)
{
  g_autofree char *c = fb_sim_container_arm_id (item->container);

  return g_strdup_printf ("%s/replicationProtectedItems/%s", c, item->name);
}

char *
fb_sim_policy_arm_id (FbSimPolicy *policy)
{
  g_autofree char *v = fb_sim_vault_arm_id (policy->vault, TRUE);

  return g_strdup_printf ("%s/replicationPolicies/%s", v, policy->name);
}

char *
fb_sim_plan_arm_id (FbSimPlan *plan)
{
  g_autofree char *v = fb_sim_vault_arm_id (plan->vault, TRUE);

  return g_strdup_printf ("%s/replicationRecoveryPlans/%s", v, plan->name);
}

char *
fb_sim_job_arm_id (FbSimJob *job)
{
  g_autofree char *v = fb_sim_vault_arm_id (job->vault, TRUE);

  return g_strdup_printf ("%s/replicationJobs/%s", v, job->name);
}

FbSimItem *
fb_sim_vault_find_item (FbSimVault *vault, const char *name)
{
  g_autofree char *key = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (vault->items_by_name, key);
}

void
fb_sim_vault_rename_item (FbSimVault *vault, FbSimItem *item, const char *new_name)
{
  g_autofree char *old_key = g_ascii_strdown (item->name, -1);

  g_hash_table_remove (vault->items_by_name, old_key);
  g_free (item->name);
  item->name = g_strdup (new_name);
  g_hash_table_insert (vault->items_by_name, g_ascii_strdown (new_name, -1), item);
}

void
fb_sim_vault_remove_item (FbSimVault *vault, FbSimItem *item)
{
  g_autofree char *key = g_ascii_strdown (item->name, -1);
  guint index;

  g_hash_table_remove (vault->items_by_name, key);
  if (g_ptr_array_find (vault->items, item, &index))
    g_ptr_array_add (vault->removed_items, g_ptr_array_steal_index (vault->items, index));
  if (item->plan != NULL)
    for (guint g = 0; g < item->plan->groups->len; g++)
      g_ptr_array_remove (((FbSimPlanGroup *) g_ptr_array_index (item->plan->groups, g))->items, item);
  item->plan = NULL;
}

FbSimMasterTarget *
fb_sim_fabric_find_master_target (FbSimFabric *fabric, const char *id)
{
  for (guint i = 0; id != NULL && i < fabric->master_targets->len; i++)
    {
      FbSimMasterTarget *mt = g_ptr_array_index (fabric->master_targets, i);

      if (g_ascii_strcasecmp (mt->id, id) == 0)
        return mt;
    }
  return NULL;
}

FbSimProcessServer *
fb_sim_fabric_find_process_server (FbSimFabric *fabric, const char *id)
{
  for (guint i = 0; id != NULL && i < fabric->process_servers->len; i++)
    {
      FbSimProcessServer *ps = g_ptr_array_index (fabric->process_servers, i);

      if (g_ascii_strcasecmp (ps->id, id) == 0)
        return ps;
    }
  return NULL;
}

FbSimReprotectAgent *
fb_sim_fabric_find_reprotect_agent (FbSimFabric *fabric, const char *id)
{
  for (guint i = 0; id != NULL && i < fabric->reprotect_agents->len; i++)
    {
      FbSimReprotectAgent *a = g_ptr_array_index (fabric->reprotect_agents, i);

      if (g_ascii_strcasecmp (a->id, id) == 0)
        return a;
    }
  return NULL;
}

FbSimPolicy *
fb_sim_vault_find_policy_by_id (FbSimVault *vault, const char *arm_id)
{
  const char *slash;

  if (arm_id == NULL)
    return NULL;
  slash = strrchr (arm_id, '/');
  for (guint i = 0; i < vault->policies->len; i++)
    {
      FbSimPolicy *p = g_ptr_array_index (vault->policies, i);
      g_autofree char *id = fb_sim_policy_arm_id (p);

      if (g_ascii_strcasecmp (id, arm_id) == 0)
        return p;
      /* the same id with "/subscriptions/" casing */
      if (slash != NULL && g_str_has_suffix (id, slash) && strlen (id) == strlen (arm_id) &&
          g_ascii_strcasecmp (id, arm_id) == 0)
        return p;
    }
  return NULL;
}

gboolean
fb_sim_master_target_has_snapshots (FbSimWorld *world, FbSimMasterTarget *mt)
{
  if (world->vcenter != NULL && fb_sim_vcenter_vm_exists (world->vcenter, mt->name))
    return fb_sim_vcenter_vm_has_snapshots (world->vcenter, mt->name);
  return mt->has_snapshots;
}

const char *
fb_sim_item_provider (FbSimItem *item)
{
  gboolean reverse = item->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM;

  if (item->fabric->modern)
    return reverse ? "InMageRcmFailback" : "InMageRcm";
  return reverse ? "InMage" : "InMageAzureV2";
}

/* ---------- loading ---------- */

static FbSimFabric *
find_fabric (FbSimVault *vault, const char *name)
{
  for (guint i = 0; name != NULL && i < vault->fabrics->len; i++)
    {
      FbSimFabric *f = g_ptr_array_index (vault->fabrics, i);

      if (g_ascii_strcasecmp (f->name, name) == 0 || g_ascii_strcasecmp (f->friendly_name, name) == 0)
        return f;
    }
  return NULL;
}

static FbSimPolicy *
find_policy (FbSimVault *vault, const char *name, const char *kind)
{
  for (guint i = 0; i < vault->policies->len; i++)
    {
      FbSimPolicy *p = g_ptr_array_index (vault->policies, i);

      if (name != NULL && g_ascii_strcasecmp (p->name, name) == 0)
        return p;
      if (name == NULL && kind != NULL && g_strcmp0 (p->kind, kind) == 0)
        return p;
    }
  return NULL;
}

static FbSimContainer *
find_container (FbSimVault *vault, const char *name)
{
  for (guint i = 0; name != NULL && i < vault->fabrics->len; i++)
    {
      FbSimFabric *f = g_ptr_array_index (vault->fabrics, i);

      for (guint j = 0; j < f->containers->len; j++)
        {
          FbSimContainer *c = g_ptr_array_index (f->containers, j);

          if (g_ascii_strcasecmp (c->name, name) == 0 || g_ascii_strcasecmp (c->friendly_name, name) == 0)
            return c;
        }
    }
  return NULL;
}

static gboolean
load_fabric (FbSimWorld *world, FbSimVault *vault, JsonObject *o, GError **error)
{
  FbSimFabric *f = g_new0 (FbSimFabric, 1);
  const char *kind = fb_sim_obj_get_str (o, "kind");
  JsonArray *a;

  f->vault = vault;
  f->friendly_name = dup_or (o, "friendlyName", NULL);
  if (f->friendly_name == NULL)
    {
      fabric_free (f);
      return fail (error, "vault %s: a fabric lacks friendlyName", vault->name);
    }
  f->name = fb_sim_obj_get_str (o, "name") != NULL ? dup_or (o, "name", NULL)
            : g_compute_checksum_for_string (G_CHECKSUM_SHA256, f->friendly_name, -1);
  f->internal_id = dup_or (o, "internalIdentifier", NULL);
  if (f->internal_id == NULL)
    f->internal_id = fb_sim_guid (world);
  f->ip_address = dup_or (o, "ipAddress", "10.0.0.10");
  f->modern = g_strcmp0 (kind, "InMageRcm") == 0;
  if (kind != NULL && !f->modern && g_strcmp0 (kind, "VMware") != 0)
    {
      fabric_free (f);
      return fail (error, "fabric %s: kind must be VMware or InMageRcm", vault->name);
    }
  f->process_servers = g_ptr_array_new_with_free_func (process_server_free);
  f->master_targets = g_ptr_array_new_with_free_func (master_target_free);
  f->run_as_accounts = g_ptr_array_new_with_free_func (run_as_free);
  f->reprotect_agents = g_ptr_array_new_with_free_func (agent_free);
  f->vcenters = g_ptr_array_new_with_free_func (vcenter_ref_free);
  f->containers = g_ptr_array_new_with_free_func (container_free);
  g_ptr_array_add (vault->fabrics, f);

  a = fb_sim_obj_get_arr (o, "processServers");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *po = fb_sim_arr_get_obj (a, i);
      FbSimProcessServer *ps;

      if (po == NULL)
        continue;
      ps = g_new0 (FbSimProcessServer, 1);
      ps->id = dup_or (po, "id", NULL);
      if (ps->id == NULL)
        ps->id = fb_sim_guid_upper_ps (world);
      ps->friendly_name = dup_or (po, "friendlyName", "ps");
      ps->ip_address = dup_or (po, "ipAddress", "10.0.0.11");
      ps->os_type = dup_or (po, "osType", "Windows");
      g_ptr_array_add (f->process_servers, ps);
    }

  a = fb_sim_obj_get_arr (o, "masterTargets");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *mo = fb_sim_arr_get_obj (a, i);
      FbSimMasterTarget *mt;
      JsonArray *b;

      if (mo == NULL)
        continue;
      mt = g_new0 (FbSimMasterTarget, 1);
      mt->id = dup_or (mo, "id", NULL);
      if (mt->id == NULL)
        mt->id = fb_sim_guid_upper_ps (world);
      mt->name = dup_or (mo, "name", "mt");
      mt->os_type = dup_or (mo, "osType", "Windows");
      mt->ip_address = dup_or (mo, "ipAddress", "10.0.0.12");
      mt->os_version = dup_or (mo, "osVersion", NULL);
      mt->has_snapshots = fb_sim_obj_get_bool (mo, "hasSnapshots", FALSE);
      mt->retention_volumes = g_ptr_array_new_with_free_func (volume_free);
      mt->datastores = g_ptr_array_new_with_free_func (datastore_free);
      b = fb_sim_obj_get_arr (mo, "retentionVolumes");
      for (guint j = 0; b != NULL && j < json_array_get_length (b); j++)
        {
          JsonObject *vo = fb_sim_arr_get_obj (b, j);
          FbSimVolume *v;

          if (vo == NULL)
            continue;
          v = g_new0 (FbSimVolume, 1);
          v->volume_name = dup_or (vo, "volumeName", "F");
          v->capacity_gb = fb_sim_obj_get_dbl (vo, "capacityGB", 500);
          v->free_gb = fb_sim_obj_get_dbl (vo, "freeGB", 400);
          g_ptr_array_add (mt->retention_volumes, v);
        }
      b = fb_sim_obj_get_arr (mo, "dataStores");
      for (guint j = 0; b != NULL && j < json_array_get_length (b); j++)
        {
          JsonObject *dso = fb_sim_arr_get_obj (b, j);
          FbSimDatastore *ds;

          if (dso == NULL)
            continue;
          ds = g_new0 (FbSimDatastore, 1);
          ds->symbolic_name = dup_or (dso, "symbolicName", "datastore1");
          ds->type = dup_or (dso, "type", "VMFS");
          ds->capacity_gb = fb_sim_obj_get_dbl (dso, "capacityGB", 2047.75);
          ds->free_gb = fb_sim_obj_get_dbl (dso, "freeGB", 812.5);
          ds->uuid = dup_or (dso, "uuid", NULL);
          if (ds->uuid == NULL)
            {
              g_autofree char *h = g_compute_checksum_for_string (G_CHECKSUM_MD5, ds->symbolic_name, -1);

              ds->uuid = g_strdup_printf ("%.8s-%.8s-%.4s-%.12s", h, h + 8, h + 16, h + 20);
            }
          g_ptr_array_add (mt->datastores, ds);
        }
      g_ptr_array_add (f->master_targets, mt);
    }

  a = fb_sim_obj_get_arr (o, "runAsAccounts");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *ro = fb_sim_arr_get_obj (a, i);
      FbSimRunAs *r;

      if (ro == NULL)
        continue;
      r = g_new0 (FbSimRunAs, 1);
      r->account_id = dup_or (ro, "accountId", "1");
      r->account_name = dup_or (ro, "accountName", "admin");
      g_ptr_array_add (f->run_as_accounts, r);
    }

  a = fb_sim_obj_get_arr (o, "reprotectAgents");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *ao = fb_sim_arr_get_obj (a, i);
      FbSimReprotectAgent *ra;
      JsonArray *b;
      GPtrArray *dss = g_ptr_array_new ();

      if (ao == NULL)
        {
          g_ptr_array_unref (dss);
          continue;
        }
      ra = g_new0 (FbSimReprotectAgent, 1);
      ra->id = dup_or (ao, "id", NULL);
      if (ra->id == NULL)
        ra->id = fb_sim_guid (world);
      ra->name = dup_or (ao, "name", "reprotect-agent");
      ra->fqdn = dup_or (ao, "fqdn", ra->name);
      ra->vcenter_id = dup_or (ao, "vcenterId", NULL);
      b = fb_sim_obj_get_arr (ao, "accessibleDatastores");
      for (guint j = 0; b != NULL && j < json_array_get_length (b); j++)
        {
          JsonNode *n = json_array_get_element (b, j);

          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
            g_ptr_array_add (dss, g_strdup (json_node_get_string (n)));
        }
      g_ptr_array_add (dss, NULL);
      ra->datastores = (GStrv) g_ptr_array_free (dss, FALSE);
      g_ptr_array_add (f->reprotect_agents, ra);
    }

  a = fb_sim_obj_get_arr (o, "vCenters");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *vo = fb_sim_arr_get_obj (a, i);
      FbSimVcenterRef *v;

      if (vo == NULL)
        continue;
      v = g_new0 (FbSimVcenterRef, 1);
      v->friendly_name = dup_or (vo, "friendlyName", "vcenter");
      v->name = dup_or (vo, "name", v->friendly_name);
      v->ip_address = dup_or (vo, "ipAddress", v->friendly_name);
      v->process_server_id = dup_or (vo, "processServerId", NULL);
      if (v->process_server_id == NULL && f->process_servers->len > 0)
        v->process_server_id = g_strdup (((FbSimProcessServer *) g_ptr_array_index (f->process_servers, 0))->id);
      v->run_as_account_id = dup_or (vo, "runAsAccountId", "1");
      v->connected = fb_sim_obj_get_bool (vo, "connected", TRUE);
      g_ptr_array_add (f->vcenters, v);
    }

  a = fb_sim_obj_get_arr (o, "containers");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *co = fb_sim_arr_get_obj (a, i);
      FbSimContainer *c;

      if (co == NULL)
        continue;
      c = g_new0 (FbSimContainer, 1);
      c->fabric = f;
      c->name = dup_or (co, "name", NULL);
      if (c->name == NULL)
        {
          g_autofree char *g = fb_sim_guid (world);

          c->name = g_strdup_printf ("cloud_%s", g);
        }
      c->friendly_name = dup_or (co, "friendlyName", f->friendly_name);
      g_ptr_array_add (f->containers, c);
    }
  if (f->containers->len == 0)
    {
      FbSimContainer *c = g_new0 (FbSimContainer, 1);
      g_autofree char *g = fb_sim_hash_guid (f->name);

      c->fabric = f;
      c->name = g_strdup_printf ("cloud_%s", g);
      c->friendly_name = g_strdup (f->friendly_name);
      g_ptr_array_add (f->containers, c);
    }
  return TRUE;
}

static FbSimMasterTarget *
default_master_target (FbSimFabric *f, const char *os_type)
{
  for (guint i = 0; i < f->master_targets->len; i++)
    {
      FbSimMasterTarget *mt = g_ptr_array_index (f->master_targets, i);

      if (g_ascii_strcasecmp (mt->os_type, os_type) == 0 && !mt->has_snapshots)
        return mt;
    }
  return f->master_targets->len > 0 ? g_ptr_array_index (f->master_targets, 0) : NULL;
}

static gboolean
load_item (FbSimWorld *world, FbSimVault *vault, JsonObject *o, gint64 now, GError **error)
{
  FbSimItem *it = g_new0 (FbSimItem, 1);
  const char *s;
  JsonArray *a;
  FbSimContainer *c = find_container (vault, fb_sim_obj_get_str (o, "container"));
  FbSimFabric *f = find_fabric (vault, fb_sim_obj_get_str (o, "fabric"));
  const char *arch = fb_sim_obj_get_str (o, "architecture");
  double hours;

  it->vault = vault;
  it->friendly_name = dup_or (o, "friendlyName", NULL);
  if (it->friendly_name == NULL)
    {
      item_free (it);
      return fail (error, "vault %s: an item lacks friendlyName", vault->name);
    }
  if (c != NULL)
    f = c->fabric;
  if (f == NULL)
    {
      gboolean want_modern = g_strcmp0 (arch, "modern") == 0;

      for (guint i = 0; i < vault->fabrics->len && f == NULL; i++)
        {
          FbSimFabric *cand = g_ptr_array_index (vault->fabrics, i);

          if (cand->modern == want_modern)
            f = cand;
        }
    }
  if (f == NULL)
    {
      item_free (it);
      return fail (error, "item %s: no fabric", fb_sim_obj_get_str (o, "friendlyName"));
    }
  it->fabric = f;
  it->container = c != NULL ? c : g_ptr_array_index (f->containers, 0);
  it->name = dup_or (o, "name", NULL);
  if (it->name == NULL)
    {
      g_autofree char *seed = g_strconcat (vault->name, "/", it->friendly_name, NULL);

      it->name = fb_sim_hash_guid (seed);
    }
  it->original_name = g_strdup (it->name);
  it->vm_id = dup_or (o, "vmId", NULL);
  if (it->vm_id == NULL)
    {
      g_autofree char *seed = g_strconcat ("vm/", it->name, NULL);

      it->vm_id = fb_sim_hash_guid (seed);
    }
  it->physical = g_strcmp0 (fb_sim_obj_get_str (o, "machine"), "physical") == 0;
  it->os_type = dup_or (o, "osType", "Windows");
  it->os_name = dup_or (o, "osName", g_strcmp0 (it->os_type, "Linux") == 0
                        ? "Ubuntu 22.04 LTS" : "Windows Server 2019 Datacenter");
  it->cpus = (guint) fb_sim_obj_get_int (o, "cpus", 2);
  it->memory_mb = (guint) fb_sim_obj_get_int (o, "memoryMB", 4096);
  it->disks_gb = g_array_new (FALSE, FALSE, sizeof (guint));
  a = fb_sim_obj_get_arr (o, "disksGB");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      guint gb = (guint) fb_sim_arr_get_int (a, i, 128);

      g_array_append_val (it->disks_gb, gb);
    }
  if (it->disks_gb->len == 0)
    {
      guint gb = 128;

      g_array_append_val (it->disks_gb, gb);
    }
  it->ip_address = dup_or (o, "ipAddress", "10.10.20.10");
  it->host = dup_or (o, "host", NULL);
  it->datastore = dup_or (o, "datastore", "ds-vmfs-01");
  it->multi_vm_group = dup_or (o, "multiVmGroupName", NULL);
  it->replication_health = dup_or (o, "replicationHealth", "Normal");
  it->forward_policy = find_policy (vault, fb_sim_obj_get_str (o, "policy"),
                                    f->modern ? "InMageRcm" : "InMageAzureV2");
  it->failback_policy = find_policy (vault, fb_sim_obj_get_str (o, "failbackPolicy"),
                                     f->modern ? "InMageRcmFailback" : "InMage");
  if (it->forward_policy == NULL || it->failback_policy == NULL)
    {
      g_autofree char *n = g_strdup (it->friendly_name);

      item_free (it);
      return fail (error, "item %s: the vault has no matching replication or failback policy", n);
    }
  s = fb_sim_obj_get_str (o, "phase");
  if (s == NULL)
    it->phase = FB_SIM_PHASE_PROTECTED_TO_AZURE;
  else if (!fb_sim_phase_from_string (s, &it->phase))
    {
      g_autofree char *n = g_strdup (it->friendly_name);

      item_free (it);
      return fail (error, "item %s: unknown phase '%s'", n, s);
    }
  it->test_failover_active = fb_sim_obj_get_bool (o, "testFailoverActive", FALSE);
  hours = fb_sim_obj_get_dbl (o, "protectedHours", 72);
  it->protected_since = now - (gint64) (hours * 3600 * G_TIME_SPAN_SECOND);
  if (it->phase != FB_SIM_PHASE_PROTECTED_TO_AZURE && it->phase != FB_SIM_PHASE_ENABLING)
    it->last_failover_time = now - (gint64) (fb_sim_obj_get_dbl (o, "failedOverHoursAgo", 20) * 3600 * G_TIME_SPAN_SECOND);
  it->agent_pending_seconds = fb_sim_obj_get_dbl (o, "agentRegistrationPendingMinutes", 0) * 60;
  it->azure_vm_exists = it->phase >= FB_SIM_PHASE_FAILED_OVER_TO_AZURE && it->phase <= FB_SIM_PHASE_FAILED_BACK;
  it->azure_vm_running = it->phase >= FB_SIM_PHASE_FAILED_OVER_TO_AZURE && it->phase <= FB_SIM_PHASE_PROTECTED_TO_ONPREM;

  /* reverse protection choices */
  if (it->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM)
    {
      if (f->modern)
        {
          FbSimReprotectAgent *ra = f->reprotect_agents->len > 0 ? g_ptr_array_index (f->reprotect_agents, 0) : NULL;

          it->reprotect_agent_id = dup_or (o, "reprotectAgentId", ra != NULL ? ra->id : NULL);
          it->reverse_datastore = dup_or (o, "reverseDatastore", it->datastore);
          it->log_storage_account_id = g_strdup_printf ("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Storage/storageAccounts/%slogs",
                                                        world->subscription_id, vault->resource_group, "asr");
        }
      else
        {
          FbSimMasterTarget *mt = fb_sim_fabric_find_master_target (f, fb_sim_obj_get_str (o, "masterTargetId"));
          FbSimProcessServer *ps = f->process_servers->len > 0 ? g_ptr_array_index (f->process_servers, 0) : NULL;

          if (mt == NULL)
            mt = default_master_target (f, it->os_type);
          it->master_target_id = g_strdup (mt != NULL ? mt->id : NULL);
          it->process_server_id = dup_or (o, "processServerId", ps != NULL ? ps->id : NULL);
          it->retention_drive = g_strdup (mt != NULL && mt->retention_volumes->len > 0
                                          ? ((FbSimVolume *) g_ptr_array_index (mt->retention_volumes, 0))->volume_name : "F");
          it->reverse_datastore = dup_or (o, "reverseDatastore", it->datastore);
        }
    }
  if (g_hash_table_contains (vault->items_by_name, it->name))
    {
      g_autofree char *n = g_strdup (it->name);

      item_free (it);
      return fail (error, "duplicate item name %s", n);
    }
  g_ptr_array_add (vault->items, it);
  g_hash_table_insert (vault->items_by_name, g_ascii_strdown (it->name, -1), it);
  return TRUE;
}

static FbSimItem *
find_item_by_friendly (FbSimVault *vault, const char *name)
{
  FbSimItem *it = fb_sim_vault_find_item (vault, name);

  if (it != NULL)
    return it;
  for (guint i = 0; i < vault->items->len; i++)
    {
      it = g_ptr_array_index (vault->items, i);
      if (g_ascii_strcasecmp (it->friendly_name, name) == 0)
        return it;
    }
  return NULL;
}

static gboolean
load_vault (FbSimWorld *world, JsonObject *o, gint64 now, GError **error)
{
  FbSimVault *v = g_new0 (FbSimVault, 1);
  JsonArray *a;

  v->world = world;
  v->name = dup_or (o, "name", NULL);
  v->resource_group = dup_or (o, "resourceGroup", NULL);
  v->location = dup_or (o, "location", "germanywestcentral");
  v->fabrics = g_ptr_array_new_with_free_func (fabric_free);
  v->policies = g_ptr_array_new_with_free_func (policy_free);
  v->mappings = g_ptr_array_new_with_free_func (mapping_free);
  v->items = g_ptr_array_new_with_free_func (item_free);
  v->items_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v->removed_items = g_ptr_array_new_with_free_func (item_free);
  v->plans = g_ptr_array_new_with_free_func (plan_free);
  v->jobs = g_ptr_array_new_with_free_func (job_free_cb);
  v->jobs_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_add (world->vaults, v);
  if (v->name == NULL || v->resource_group == NULL)
    return fail (error, "a vault lacks name or resourceGroup");

  a = fb_sim_obj_get_arr (o, "fabrics");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *fo = fb_sim_arr_get_obj (a, i);

      if (fo != NULL && !load_fabric (world, v, fo, error))
        return FALSE;
    }
  if (v->fabrics->len == 0)
    return fail (error, "vault %s has no fabrics", v->name);

  a = fb_sim_obj_get_arr (o, "policies");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *po = fb_sim_arr_get_obj (a, i);
      FbSimPolicy *p;

      if (po == NULL)
        continue;
      p = g_new0 (FbSimPolicy, 1);
      p->vault = v;
      p->name = dup_or (po, "name", "policy");
      p->friendly_name = dup_or (po, "friendlyName", p->name);
      p->kind = dup_or (po, "kind", "InMageAzureV2");
      p->rpo_threshold_minutes = (int) fb_sim_obj_get_int (po, "rpoThresholdMinutes", 15);
      p->retention_hours = (int) fb_sim_obj_get_int (po, "retentionHours", 24);
      p->app_consistent_minutes = (int) fb_sim_obj_get_int (po, "appConsistentMinutes", 60);
      p->crash_consistent_minutes = (int) fb_sim_obj_get_int (po, "crashConsistentMinutes", 5);
      if (p->crash_consistent_minutes <= 0)
        p->crash_consistent_minutes = 5;
      g_ptr_array_add (v->policies, p);
    }

  a = fb_sim_obj_get_arr (o, "mappings");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *mo = fb_sim_arr_get_obj (a, i);
      FbSimMapping *m;

      if (mo == NULL)
        continue;
      m = g_new0 (FbSimMapping, 1);
      m->policy = find_policy (v, fb_sim_obj_get_str (mo, "policy"), NULL);
      m->source = find_container (v, fb_sim_obj_get_str (mo, "container"));
      if (m->source == NULL)
        {
          FbSimFabric *f = find_fabric (v, fb_sim_obj_get_str (mo, "fabric"));

          if (f != NULL)
            m->source = g_ptr_array_index (f->containers, 0);
        }
      if (m->policy == NULL || m->source == NULL)
        {
          mapping_free (m);
          return fail (error, "vault %s: a mapping names an unknown policy or container", v->name);
        }
      m->to_self = g_strcmp0 (fb_sim_obj_get_str (mo, "target"), "self") == 0;
      m->name = dup_or (mo, "name", NULL);
      if (m->name == NULL)
        m->name = g_strdup_printf ("%s-mapping", m->policy->name);
      g_ptr_array_add (v->mappings, m);
    }

  a = fb_sim_obj_get_arr (o, "items");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *io = fb_sim_arr_get_obj (a, i);

      if (io != NULL && !load_item (world, v, io, now, error))
        return FALSE;
    }

  a = fb_sim_obj_get_arr (o, "recoveryPlans");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *po = fb_sim_arr_get_obj (a, i);
      FbSimPlan *plan;
      JsonArray *groups;

      if (po == NULL)
        continue;
      plan = g_new0 (FbSimPlan, 1);
      plan->vault = v;
      plan->name = dup_or (po, "name", "plan");
      plan->friendly_name = dup_or (po, "friendlyName", plan->name);
      plan->last_status = g_strdup ("Succeeded");
      plan->groups = g_ptr_array_new_with_free_func (plan_group_free);
      g_ptr_array_add (v->plans, plan);
      /* Shutdown and Failover groups always exist, like the real service */
      for (guint k = 0; k < 2; k++)
        {
          FbSimPlanGroup *g = g_new0 (FbSimPlanGroup, 1);

          g->group_type = g_strdup (k == 0 ? "Shutdown" : "Failover");
          g->items = g_ptr_array_new ();
          g_ptr_array_add (plan->groups, g);
        }
      groups = fb_sim_obj_get_arr (po, "groups");
      for (guint j = 0; groups != NULL && j < json_array_get_length (groups); j++)
        {
          JsonObject *go = fb_sim_arr_get_obj (groups, j);
          JsonArray *names = fb_sim_obj_get_arr (go, "items");
          FbSimPlanGroup *g;

          if (go == NULL)
            continue;
          g = g_new0 (FbSimPlanGroup, 1);
          g->group_type = dup_or (go, "groupType", "Boot");
          g->items = g_ptr_array_new ();
          g_ptr_array_add (plan->groups, g);
          {
            JsonArray *acts = fb_sim_obj_get_arr (go, "manualActions");
            GPtrArray *strv = g_ptr_array_new ();

            for (guint k = 0; acts != NULL && k < json_array_get_length (acts); k++)
              {
                JsonObject *ao = fb_sim_arr_get_obj (acts, k);

                if (ao != NULL && fb_sim_obj_get_str (ao, "actionName") != NULL)
                  g_ptr_array_add (strv, g_strdup_printf ("%s\n%s", fb_sim_obj_get_str (ao, "actionName"),
                                                          fb_sim_obj_get_str (ao, "description") != NULL
                                                          ? fb_sim_obj_get_str (ao, "description") : ""));
              }
            g_ptr_array_add (strv, NULL);
            g->manual_actions = (GStrv) g_ptr_array_free (strv, FALSE);
          }
          for (guint k = 0; names != NULL && k < json_array_get_length (names); k++)
            {
              const char *n = fb_sim_arr_get_str (names, k);
              FbSimItem *it = n != NULL ? find_item_by_friendly (v, n) : NULL;

              if (it == NULL)
                return fail (error, "plan %s names unknown item %s", plan->name, n != NULL ? n : "(null)");
              if (it->plan != NULL)
                return fail (error, "item %s is in two recovery plans", n);
              it->plan = plan;
              g_ptr_array_add (g->items, it);
            }
        }
    }
  return TRUE;
}

static JsonObject *
large_scenario (guint n, guint64 seed)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *root, *vault;
  JsonArray *vaults, *items, *plans;
  GRand *rand = g_rand_new_with_seed ((guint32) (seed ^ (seed >> 32)));
  static const char *phases[] = {
    "protected-to-azure", "protected-to-azure", "protected-to-azure", "protected-to-azure",
    "failed-over-to-azure", "running-in-azure", "protected-to-on-premises",
    "failed-back", "running-on-premises", "enabling-protection",
  };
  static const char *roles[] = { "web", "app", "sql", "file", "dc", "mq", "cache", "batch" };
  guint n_plans = MAX (1, MIN (20, n / 50));

  /* The infrastructure of the demo's first vault, with generated items. */
  bytes = g_resource_lookup_data (fb_sim_get_resource (), DEMO_RESOURCE, 0, NULL);
  if (bytes == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    {
      g_rand_free (rand);
      return NULL;
    }
  root = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  vaults = fb_sim_obj_get_arr (root, "vaults");
  vault = fb_sim_arr_get_obj (vaults, 0);
  while (json_array_get_length (vaults) > 1)
    json_array_remove_element (vaults, 1);
  fb_sim_set_str (vault, "name", "vault-large");
  fb_sim_set_str (vault, "resourceGroup", "rg-dr-large");
  items = fb_sim_arr ();
  plans = fb_sim_arr ();
  for (guint p = 0; p < n_plans; p++)
    {
      JsonObject *po = fb_sim_obj ();
      JsonArray *groups = fb_sim_arr ();
      JsonObject *g = fb_sim_obj ();
      g_autofree char *name = g_strdup_printf ("rp-large-%02u", p + 1);

      fb_sim_set_str (po, "name", name);
      fb_sim_set_str (g, "groupType", "Boot");
      fb_sim_set_arr (g, "items", fb_sim_arr ());
      json_array_add_object_element (groups, g);
      fb_sim_set_arr (po, "groups", groups);
      json_array_add_object_element (plans, po);
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *io = fb_sim_obj ();
      g_autofree char *fn = g_strdup_printf ("%s-%05u", roles[g_rand_int_range (rand, 0, G_N_ELEMENTS (roles))], i + 1);
      g_autofree char *nm = NULL;
      g_autofree char *ip = g_strdup_printf ("10.%u.%u.%u", 20 + i / 65536, (i / 256) % 256, i % 256);
      g_autofree char *sd = g_strdup_printf ("%" G_GUINT64_FORMAT "/%u", seed, i);
      gboolean modern = g_rand_int_range (rand, 0, 4) == 0;
      gboolean linux = g_rand_boolean (rand);

      nm = fb_sim_hash_guid (sd);
      fb_sim_set_str (io, "name", nm);
      fb_sim_set_str (io, "friendlyName", fn);
      fb_sim_set_str (io, "architecture", modern ? "modern" : "classic");
      fb_sim_set_str (io, "osType", linux ? "Linux" : "Windows");
      fb_sim_set_str (io, "osName", linux ? "Red Hat Enterprise Linux 8.8" : "Windows Server 2022 Datacenter");
      fb_sim_set_str (io, "ipAddress", ip);
      fb_sim_set_str (io, "host", "esx-nbg-01.contoso.local");
      fb_sim_set_str (io, "phase", phases[g_rand_int_range (rand, 0, G_N_ELEMENTS (phases))]);
      json_array_add_object_element (items, io);
      if (i % 5 == 0 && i / 5 < n_plans * 20)
        {
          JsonObject *po = fb_sim_arr_get_obj (plans, (i / 5) % n_plans);
          JsonObject *g = fb_sim_arr_get_obj (fb_sim_obj_get_arr (po, "groups"), 0);

          json_array_add_string_element (fb_sim_obj_get_arr (g, "items"), nm);
        }
    }
  fb_sim_set_arr (vault, "items", items);
  fb_sim_set_arr (vault, "recoveryPlans", plans);
  g_rand_free (rand);
  return root;
}

static gboolean
load_root (FbSimWorld *world, JsonObject *root, GError **error)
{
  JsonObject *id = fb_sim_obj_get_obj (root, "identity");
  JsonObject *dc = fb_sim_obj_get_obj (root, "deviceCode");
  JsonObject *jobs = fb_sim_obj_get_obj (root, "jobDurations");
  JsonArray *vaults = fb_sim_obj_get_arr (root, "vaults");
  gint64 now = g_get_real_time ();

  if (id == NULL || vaults == NULL)
    return fail (error, "a scenario needs \"identity\" and \"vaults\"");
  world->tenant_id = dup_or (id, "tenantId", NULL);
  world->client_id = dup_or (id, "clientId", NULL);
  world->client_secret = dup_or (id, "clientSecret", NULL);
  world->subscription_id = dup_or (id, "subscriptionId", NULL);
  world->subscription_name = dup_or (id, "subscriptionName", "Site Recovery");
  world->user_name = dup_or (id, "userName", "admin@contoso.com");
  if (world->tenant_id == NULL || world->client_id == NULL || world->client_secret == NULL ||
      world->subscription_id == NULL)
    return fail (error, "identity needs tenantId, clientId, clientSecret and subscriptionId");
  world->device_auto_approve_seconds = (int) fb_sim_obj_get_int (dc, "autoApproveSeconds", 6);
  world->device_expires_seconds = (int) fb_sim_obj_get_int (dc, "expiresSeconds", -1);
  world->job_min_seconds = (int) fb_sim_obj_get_int (jobs, "minSeconds", 20);
  world->job_max_seconds = (int) fb_sim_obj_get_int (jobs, "maxSeconds", 90);
  if (world->job_max_seconds < world->job_min_seconds)
    world->job_max_seconds = world->job_min_seconds;
  world->agent_registration_minutes = (int) fb_sim_obj_get_int (root, "agentRegistrationMinutes", 15);
  if (fb_sim_obj_get_obj (root, "vcenter") != NULL)
    world->vcenter_scenario = json_object_ref (fb_sim_obj_get_obj (root, "vcenter"));
  for (guint i = 0; i < json_array_get_length (vaults); i++)
    {
      JsonObject *vo = fb_sim_arr_get_obj (vaults, i);

      if (vo == NULL)
        return fail (error, "vaults[%u] is not an object", i);
      if (!load_vault (world, vo, now, error))
        return FALSE;
    }
  return TRUE;
}

FbSimWorld *
fb_sim_world_load (const char *scenario, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) root = NULL;
  FbSimWorld *world = g_new0 (FbSimWorld, 1);
  g_autoptr(GError) local = NULL;

  world->vaults = g_ptr_array_new_with_free_func (vault_free);
  world->speed = 1.0;
  world->seed = 1;
  /* ids of jobs and requests differ from run to run (an app that persists
   * job ids must not meet them again in the next demo session) unless a
   * seed is set; large:N and the fault PRNGs use world->seed */
  world->rand = g_rand_new ();
  world->page_size = 100;

  if (scenario == NULL || g_strcmp0 (scenario, "demo") == 0)
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (fb_sim_get_resource (), DEMO_RESOURCE, 0, &local);

      if (bytes == NULL ||
          !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local))
        {
          g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, "demo scenario: %s", local->message);
          fb_sim_world_free (world);
          return NULL;
        }
      root = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
    }
  else if (g_str_has_prefix (scenario, "large:"))
    {
      char *end = NULL;
      guint64 n = g_ascii_strtoull (scenario + 6, &end, 10);

      if (end == NULL || *end != '\0' || n == 0 || n > 1000000)
        {
          g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, "large:N needs 1 <= N <= 1000000, got '%s'", scenario + 6);
          fb_sim_world_free (world);
          return NULL;
        }
      root = large_scenario ((guint) n, world->seed);
      if (root == NULL)
        {
          g_set_error_literal (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, "large: the embedded demo scenario is missing");
          fb_sim_world_free (world);
          return NULL;
        }
    }
  else
    {
      JsonNode *r;

      if (!json_parser_load_from_file (parser, scenario, &local))
        {
          g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, "%s: %s", scenario, local->message);
          fb_sim_world_free (world);
          return NULL;
        }
      r = json_parser_get_root (parser);
      if (r == NULL || !JSON_NODE_HOLDS_OBJECT (r))
        {
          g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_SCENARIO, "%s: not a JSON object", scenario);
          fb_sim_world_free (world);
          return NULL;
        }
      root = json_object_ref (json_node_get_object (r));
    }
  if (!load_root (world, root, error))
    {
      fb_sim_world_free (world);
      return NULL;
    }
  g_clear_pointer (&root, json_object_unref);
  g_clear_object (&parser);
#ifdef __GLIBC__
  /* the scenario's JSON tree is gone: give its memory back (large:N) */
  malloc_trim (0);
#endif
  return world;
}

void
fb_sim_world_reseed (FbSimWorld *world, guint64 seed)
{
  world->seed = seed;
  g_rand_set_seed (world->rand, (guint32) (seed ^ (seed >> 32)));
}
