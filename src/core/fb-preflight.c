/* fb-preflight.c - know before you fail back: the on-premises pre-flight checks
 *
 * First every vCenter fact is gathered in parallel (hosts, datastores, the
 * master targets' VMs with their snapshots, each item's on-premises VM);
 * then the checks are decided synchronously from the models and those facts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fb-core-types.h"
#include "fb-fabric-datastore.h"
#include "fb-health-error.h"
#include "fb-master-target.h"
#include "fb-format.h"
#include "fb-labels.h"
#include "fb-preflight.h"
#include "fb-process-server.h"
#include "fb-recovery-point.h"
#include "fb-reprotect-agent.h"
#include "fb-retention-volume.h"

#define AGENT_REGISTRATION_SECONDS (15 * 60)

G_DEFINE_ENUM_TYPE (FbPreflightStage, fb_preflight_stage,
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES, "reprotect-to-on-premises"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STAGE_FAILBACK, "failback"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE, "reprotect-to-azure"))

typedef struct {
  FbProtectedItem *item;
  GListModel      *points;   /* nullable */
} Entry;

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->item);
  g_clear_object (&entry->points);
  g_free (entry);
}

typedef struct {
  char      *name;
  GDateTime *heartbeat;
  char      *discovery;
  char      *problem;
} AsrVcenter;

static void
asr_vcenter_free (AsrVcenter *vc)
{
  g_free (vc->name);
  g_clear_pointer (&vc->heartbeat, g_date_time_unref);
  g_free (vc->discovery);
  g_free (vc->problem);
  g_free (vc);
}

struct _FbPreflight
{
  GObject           parent_instance;

  FbPreflightStage  stage;
  FbFabric         *fabric;
  FbVcenterClient  *vcenter;
  char             *vcenter_name;
  GPtrArray        *entries;
  GPtrArray        *asr_vcenters;
  char             *master_target_id;
  char             *process_server_id;
  char             *datastore_name;
  GTimeSpan         heartbeat_max_age;
  GDateTime        *now;
};

G_DEFINE_FINAL_TYPE (FbPreflight, fb_preflight, G_TYPE_OBJECT)

static void
fb_preflight_finalize (GObject *object)
{
  FbPreflight *self = FB_PREFLIGHT (object);

  g_clear_object (&self->fabric);
  g_clear_object (&self->vcenter);
  g_free (self->vcenter_name);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
  g_free (self->master_target_id);
  g_free (self->process_server_id);
  g_free (self->datastore_name);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (fb_preflight_parent_class)->finalize (object);
}

static void
fb_preflight_class_init (FbPreflightClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fb_preflight_finalize;
}

static void
fb_preflight_init (FbPreflight *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->asr_vcenters = g_ptr_array_new_with_free_func ((GDestroyNotify) asr_vcenter_free);
  self->heartbeat_max_age = 30 * G_TIME_SPAN_MINUTE;
}

FbPreflight *
fb_preflight_new (FbPreflightStage  stage,
                  FbFabric         *fabric,
                  FbVcenterClient  *vcenter)
{
  FbPreflight *self;

  g_return_val_if_fail (fabric == NULL || FB_IS_FABRIC (fabric), NULL);
  g_return_val_if_fail (vcenter == NULL || FB_IS_VCENTER_CLIENT (vcenter), NULL);

  self = g_object_new (FB_TYPE_PREFLIGHT, NULL);
  self->stage = stage;
  g_set_object (&self->fabric, fabric);
  g_set_object (&self->vcenter, vcenter);
  return self;
}

void
fb_preflight_set_vcenter_name (FbPreflight *self,
                               const char  *name)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));

  g_free (self->vcenter_name);
  self->vcenter_name = g_strdup (name);
}

FbPreflightStage
fb_preflight_get_stage (FbPreflight *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT (self), FB_PREFLIGHT_STAGE_FAILBACK);
  return self->stage;
}

void
fb_preflight_add_item (FbPreflight     *self,
                       FbProtectedItem *item,
                       GListModel      *recovery_points)
{
  Entry *entry;

  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_return_if_fail (FB_IS_PROTECTED_ITEM (item));
  g_return_if_fail (recovery_points == NULL || G_IS_LIST_MODEL (recovery_points));

  entry = g_new0 (Entry, 1);
  entry->item = g_object_ref (item);
  entry->points = recovery_points ? g_object_ref (recovery_points) : NULL;
  g_ptr_array_add (self->entries, entry);
}

static gboolean
json_string_member (JsonObject  *obj,
                    const char  *member,
                    const char **out,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *path = g_strconcat ("replicationvCenter.properties.", member, NULL);

      /* Translators: %s is the path of a JSON member in the service's answer */
      g_set_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE, _("%s: expected a string"), path);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
fb_preflight_add_asr_vcenter (FbPreflight  *self,
                              JsonNode     *vcenter,
                              GError      **error)
{
  JsonObject *props;
  JsonNode *node;
  const char *name, *heartbeat, *discovery;
  AsrVcenter *vc;

  g_return_val_if_fail (FB_IS_PREFLIGHT (self), FALSE);
  g_return_val_if_fail (vcenter != NULL, FALSE);

  node = JSON_NODE_HOLDS_OBJECT (vcenter) ? json_object_get_member (json_node_get_object (vcenter), "properties") : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      /* Translators: %s is the path of a JSON member in the service's answer */
      g_set_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE, _("%s: expected an object"),
                   "replicationvCenter.properties");
      return FALSE;
    }
  props = json_node_get_object (node);
  if (!json_string_member (props, "friendlyName", &name, error) ||
      !json_string_member (props, "lastHeartbeat", &heartbeat, error) ||
      !json_string_member (props, "discoveryStatus", &discovery, error))
    return FALSE;
  vc = g_new0 (AsrVcenter, 1);
  vc->name = g_strdup (name ? name : "vCenter");
  if (heartbeat)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      vc->heartbeat = g_date_time_new_from_iso8601 (heartbeat, utc);
    }
  vc->discovery = g_strdup (discovery);
  node = json_object_get_member (props, "healthErrors");
  if (node && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);
      const char *text = NULL;

      if (JSON_NODE_HOLDS_OBJECT (first) &&
          json_string_member (json_node_get_object (first), "summaryMessage", &text, NULL) && text == NULL)
        json_string_member (json_node_get_object (first), "errorMessage", &text, NULL);
      vc->problem = g_strdup (text);
    }
  g_ptr_array_add (self->asr_vcenters, vc);
  return TRUE;
}

void
fb_preflight_set_master_target_id (FbPreflight *self,
                                   const char  *id)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_free (self->master_target_id);
  self->master_target_id = g_strdup (id);
}

void
fb_preflight_set_process_server_id (FbPreflight *self,
                                    const char  *id)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_free (self->process_server_id);
  self->process_server_id = g_strdup (id);
}

void
fb_preflight_set_datastore_name (FbPreflight *self,
                                 const char  *name)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_free (self->datastore_name);
  self->datastore_name = g_strdup (name);
}

void
fb_preflight_set_heartbeat_max_age (FbPreflight *self,
                                    GTimeSpan    max_age)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));
  self->heartbeat_max_age = max_age;
}

void
fb_preflight_set_now (FbPreflight *self,
                      GDateTime   *now)
{
  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
}

/* ---------------------------------------------------------------------------
 * Gathering the vCenter facts
 */

typedef struct {
  FbPreflight *self;
  GDateTime   *now;
  guint        pending;

  GError      *vcenter_error;   /* login failed: nothing from vCenter */
  GPtrArray   *hosts;           /* FbVcenterHost, NULL on error */
  GError      *hosts_error;
  GPtrArray   *datastores;      /* FbVcenterDatastore */
  GError      *datastores_error;
  GHashTable  *vms;             /* name -> FbVcenterVm (found) */
  GHashTable  *vm_errors;       /* name -> GError (NOT_FOUND: missing) */
  GHashTable  *snapshots;       /* master target name -> GPtrArray of FbVcenterSnapshot */
  GHashTable  *snapshot_errors; /* master target name -> GError */
  GHashTable  *mt_names;        /* names of master target VMs (set) */

  /* decided along the way */
  GHashTable  *host_demand_mib; /* host id -> gint64* (memory of VMs that will start there) */
  FbPreflightResult *result;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->self);
  g_clear_pointer (&run->now, g_date_time_unref);
  g_clear_error (&run->vcenter_error);
  g_clear_pointer (&run->hosts, g_ptr_array_unref);
  g_clear_error (&run->hosts_error);
  g_clear_pointer (&run->datastores, g_ptr_array_unref);
  g_clear_error (&run->datastores_error);
  g_clear_pointer (&run->vms, g_hash_table_unref);
  g_clear_pointer (&run->vm_errors, g_hash_table_unref);
  g_clear_pointer (&run->snapshots, g_hash_table_unref);
  g_clear_pointer (&run->snapshot_errors, g_hash_table_unref);
  g_clear_pointer (&run->mt_names, g_hash_table_unref);
  g_clear_pointer (&run->host_demand_mib, g_hash_table_unref);
  g_clear_object (&run->result);
  g_free (run);
}

static const char *
item_name (FbProtectedItem *item)
{
  const char *name = fb_protected_item_get_friendly_name (item);

  return name ? name : fb_protected_item_get_name (item);
}

static FbMasterTarget *
lookup_master_target_by_os (FbFabric   *fabric,
                            const char *os_type)
{
  GListModel *list = fb_fabric_get_master_target_servers (fabric);

  for (guint i = 0; list && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FbMasterTarget) mt = g_list_model_get_item (list, i);
      const char *mt_os = fb_master_target_get_os_type (mt);

      if (os_type == NULL || (mt_os && g_ascii_strcasecmp (mt_os, os_type) == 0))
        return mt;  /* owned by the fabric's list */
    }
  return NULL;
}

/* The master target an item will use: the chosen one, the item's own, or the
 * first with the item's OS. */
static FbMasterTarget *
master_target_for (FbPreflight     *self,
                   FbProtectedItem *item)
{
  FbMasterTarget *mt = NULL;

  if (self->fabric == NULL)
    return NULL;
  if (self->master_target_id)
    return fb_fabric_lookup_master_target (self->fabric, self->master_target_id);
  if (fb_protected_item_get_master_target_id (item))
    mt = fb_fabric_lookup_master_target (self->fabric, fb_protected_item_get_master_target_id (item));
  if (mt == NULL)
    mt = lookup_master_target_by_os (self->fabric, fb_protected_item_get_os_type (item));
  return mt;
}

static const char *
process_server_id_for (FbPreflight     *self,
                       FbProtectedItem *item)
{
  return self->process_server_id ? self->process_server_id
                                 : fb_protected_item_get_process_server_id (item);
}

static void gather_done (GTask *task);

static void
on_hosts (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  run->hosts = fb_vcenter_client_list_hosts_finish (FB_VCENTER_CLIENT (source), result, &run->hosts_error);
  gather_done (task);
}

static void
on_datastores (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  run->datastores = fb_vcenter_client_list_datastores_finish (FB_VCENTER_CLIENT (source), result,
                                                              &run->datastores_error);
  gather_done (task);
}

typedef struct {
  GTask *task;
  char  *name;
} VmCall;

static void
on_snapshots (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  VmCall *call = user_data;
  Run *run = g_task_get_task_data (call->task);
  GError *error = NULL;
  GPtrArray *snapshots = fb_vcenter_client_list_snapshots_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (snapshots)
    g_hash_table_replace (run->snapshots, g_strdup (call->name), snapshots);
  else
    g_hash_table_replace (run->snapshot_errors, g_strdup (call->name), error);
  gather_done (call->task);
  g_free (call->name);
  g_free (call);
}

static void
on_vm (GObject      *source,
       GAsyncResult *result,
       gpointer      user_data)
{
  VmCall *call = user_data;
  Run *run = g_task_get_task_data (call->task);
  GError *error = NULL;
  FbVcenterVm *vm = fb_vcenter_client_find_vm_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (vm)
    {
      g_hash_table_replace (run->vms, g_strdup (call->name), vm);
      if (g_hash_table_contains (run->mt_names, call->name))
        {
          run->pending++;
          fb_vcenter_client_list_snapshots_async (FB_VCENTER_CLIENT (source), fb_vcenter_vm_get_id (vm),
                                                  g_task_get_cancellable (call->task), on_snapshots, call);
          gather_done (call->task);
          return;
        }
    }
  else
    g_hash_table_replace (run->vm_errors, g_strdup (call->name), error);
  gather_done (call->task);
  g_free (call->name);
  g_free (call);
}

static void decide (Run *run);

static void
gather_done (GTask *task)
{
  Run *run = g_task_get_task_data (task);

  if (--run->pending > 0)
    return;
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  decide (run);
  g_task_return_pointer (task, g_steal_pointer (&run->result), g_object_unref);
  g_object_unref (task);
}

static void
on_login (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  FbVcenterClient *client = FB_VCENTER_CLIENT (source);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!fb_vcenter_client_login_finish (client, result, &run->vcenter_error))
    {
      gather_done (task);
      return;
    }

  /* the VMs to look at: master targets, then the items' on-premises VMs */
  for (guint i = 0; i < run->self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (run->self->entries, i);
      FbMasterTarget *mt = master_target_for (run->self, entry->item);

      if (mt && fb_master_target_get_name (mt) &&
          g_hash_table_add (seen, (gpointer) fb_master_target_get_name (mt)))
        {
          g_hash_table_add (run->mt_names, g_strdup (fb_master_target_get_name (mt)));
          g_ptr_array_add (names, g_strdup (fb_master_target_get_name (mt)));
        }
    }
  for (guint i = 0; i < run->self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (run->self->entries, i);
      const char *name = item_name (entry->item);

      if (name && g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (names, g_strdup (name));
    }

  run->pending += 2 + names->len;
  fb_vcenter_client_list_hosts_async (client, cancellable, on_hosts, task);
  fb_vcenter_client_list_datastores_async (client, cancellable, on_datastores, task);
  for (guint i = 0; i < names->len; i++)
    {
      VmCall *call = g_new0 (VmCall, 1);

      call->task = task;
      call->name = g_strdup (g_ptr_array_index (names, i));
      fb_vcenter_client_find_vm_async (client, call->name, cancellable, on_vm, call);
    }
  gather_done (task);   /* the login's own count */
}

void
fb_preflight_run_async (FbPreflight         *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  Run *run;

  g_return_if_fail (FB_IS_PREFLIGHT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_preflight_run_async);
  run = g_new0 (Run, 1);
  run->self = g_object_ref (self);
  run->now = self->now ? g_date_time_ref (self->now) : g_date_time_new_now_utc ();
  run->vms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  run->vm_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_error_free);
  run->snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  run->snapshot_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_error_free);
  run->mt_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->host_demand_mib = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->result = fb_preflight_result_new ();
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  run->pending = 1;
  if (self->vcenter)
    fb_vcenter_client_login_async (self->vcenter, cancellable, on_login, task);
  else
    gather_done (task);
}

FbPreflightResult *
fb_preflight_run_finish (FbPreflight   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Deciding
 */

static FbPreflightCheck *
add (Run               *run,
     const char        *id,
     const char        *subject,
     FbPreflightStatus  status,
     char              *message,  /* taken */
     char              *remedy)   /* taken, may be NULL */
{
  g_autoptr(FbPreflightCheck) check = fb_preflight_check_new (id, subject, status, message, remedy);

  g_free (message);
  g_free (remedy);
  fb_preflight_result_add (run->result, check);
  return check;
}

static gboolean
already_checked (Run        *run,
                 const char *id,
                 const char *subject)
{
  return fb_preflight_result_lookup (run->result, id, subject) != NULL;
}

/* "12 minutes ago" style age; NULL time -> NULL */
static char *
format_age (GDateTime *then,
            GDateTime *now)
{
  GTimeSpan age = g_date_time_difference (now, then);
  gint64 minutes = age / G_TIME_SPAN_MINUTE;

  if (minutes <= 0)
    return g_strdup (_("less than a minute ago"));
  if (minutes < 120)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute ago", "%u minutes ago",
                                         (gulong) minutes), (guint) minutes);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour ago", "%u hours ago",
                                       (gulong) (minutes / 60)), (guint) (minutes / 60));
}

static gboolean
heartbeat_fresh (Run       *run,
                 GDateTime *heartbeat)
{
  return heartbeat != NULL &&
         g_date_time_difference (run->now, heartbeat) <= run->self->heartbeat_max_age;
}

/* The first health error's text (free it), or NULL when there is none. */
static char *
first_health_error (GListModel *errors)
{
  g_autoptr(FbHealthError) error = NULL;
  const char *text;

  if (errors == NULL || g_list_model_get_n_items (errors) == 0)
    return NULL;
  error = g_list_model_get_item (errors, 0);
  text = fb_health_error_get_summary_message (error);
  if (text == NULL)
    text = fb_health_error_get_error_message (error);
  return g_strdup (text ? text : "");
}

static void
check_configuration_server (Run *run)
{
  FbFabric *fabric = run->self->fabric;
  const char *name;
  GDateTime *heartbeat;
  g_autofree char *age = NULL;
  g_autofree char *problem = NULL;

  if (fabric == NULL)
    {
      add (run, "configuration-server", NULL, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup (_("The on-premises site (configuration server) of the vault is not known.")),
           g_strdup (_("Refresh the vault and check that its VMware site is registered.")));
      return;
    }
  name = fb_fabric_get_friendly_name (fabric);

  if (fb_fabric_is_modern_vmware (fabric))
    {
      /* modernized: the replication appliance's reprotect agents heartbeat instead */
      GListModel *agents = fb_fabric_get_reprotect_agents (fabric);
      GDateTime *newest = NULL;

      for (guint i = 0; agents && i < g_list_model_get_n_items (agents); i++)
        {
          g_autoptr(FbReprotectAgent) agent = g_list_model_get_item (agents, i);
          GDateTime *hb = fb_reprotect_agent_get_last_heartbeat (agent);
          if (hb && (newest == NULL || g_date_time_compare (hb, newest) > 0))
            newest = hb;
        }
      if (!heartbeat_fresh (run, newest))
        {
          age = newest ? format_age (newest, run->now) : g_strdup (_("never"));
          add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_FAIL,
               /* Translators: the configuration server (fabric); when it last reported, as an age ("3 minutes
                * ago") or "never" */
               g_strdup_printf (_("The replication appliance of %s last reported %s."), name, age),
               g_strdup (_("Start the replication appliance and check its connection to Azure, then refresh.")));
        }
      else
        add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_PASS,
             g_strdup_printf (_("The replication appliance of %s is connected."), name), NULL);
      return;
    }

  heartbeat = fb_fabric_get_last_heartbeat (fabric);
  if (heartbeat == NULL)
    {
      add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The configuration server %s has not reported a heartbeat."), name),
           g_strdup (_("Check that the configuration server runs and is registered with the vault.")));
      return;
    }
  age = format_age (heartbeat, run->now);
  if (!heartbeat_fresh (run, heartbeat))
    {
      add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the configuration server; its last heartbeat as an age ("3 minutes ago") or "never"
            * Translators: the configuration server; its last heartbeat as an age ("3 minutes ago") or "never" */
           g_strdup_printf (_("The configuration server %s is not connected: its last heartbeat was %s."),
                            name, age),
           g_strdup (_("Start the configuration server and check its connection to the vault (HTTPS 443). "
                       "Failback needs it running and connected.")));
      return;
    }
  if (fb_fabric_get_cs_service_status (fabric) &&
      g_ascii_strcasecmp (fb_fabric_get_cs_service_status (fabric), "Running") != 0)
    {
      add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the configuration server; the service state as Azure reports it, untranslated
            * ("Stopped") */
           g_strdup_printf (_("The configuration server service on %s is %s."), name,
                            fb_fabric_get_cs_service_status (fabric)),
           g_strdup (_("Start the configuration server service (cxprocessserver / tmansvc) on the server.")));
      return;
    }
  problem = first_health_error (fb_fabric_get_health_errors (fabric));
  if (problem)
    {
      add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_WARN,
           /* Translators: the configuration server; its last heartbeat as an age ("3 minutes ago"); Azure's
            * health error message */
           g_strdup_printf (_("The configuration server %s is connected (heartbeat %s) but reports: %s"),
                            name, age, problem),
           g_strdup (_("Resolve the configuration server's health errors in the vault.")));
      return;
    }
  add (run, "configuration-server", name, FB_PREFLIGHT_STATUS_PASS,
       /* Translators: the configuration server; its last heartbeat as an age ("3 minutes ago") */
       g_strdup_printf (_("The configuration server %s is connected (heartbeat %s)."), name, age), NULL);
}

static void
check_process_server (Run        *run,
                      const char *ps_id)
{
  FbProcessServer *ps;
  const char *name, *health, *service;
  g_autofree char *problem = NULL;
  g_autofree char *age = NULL;
  GDateTime *heartbeat;

  if (run->self->fabric == NULL || ps_id == NULL)
    {
      if (!already_checked (run, "process-server", NULL))
        add (run, "process-server", NULL, FB_PREFLIGHT_STATUS_UNKNOWN,
             g_strdup (_("No process server is chosen for this operation.")),
             g_strdup (_("Choose a process server.")));
      return;
    }
  ps = fb_fabric_lookup_process_server (run->self->fabric, ps_id);
  if (ps == NULL)
    {
      if (!already_checked (run, "process-server", ps_id))
        add (run, "process-server", ps_id, FB_PREFLIGHT_STATUS_FAIL,
             g_strdup_printf (_("The process server %s is not registered with the configuration server."), ps_id),
             g_strdup (_("Choose a process server that the configuration server lists.")));
      return;
    }
  name = fb_process_server_get_friendly_name (ps) ? fb_process_server_get_friendly_name (ps) : ps_id;
  if (already_checked (run, "process-server", name))
    return;
  heartbeat = fb_process_server_get_last_heartbeat (ps);
  health = fb_process_server_get_health (ps);
  service = fb_process_server_get_ps_service_status (ps);
  problem = first_health_error (fb_process_server_get_health_errors (ps));
  age = heartbeat ? format_age (heartbeat, run->now) : g_strdup (_("never"));

  if (!heartbeat_fresh (run, heartbeat))
    add (run, "process-server", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the process server; its last heartbeat as an age ("3 minutes ago") or "never" */
         g_strdup_printf (_("The process server %s is not connected: its last heartbeat was %s."), name, age),
         g_strdup (_("Start the process server and check its connection to the configuration server.")));
  else if (service && g_ascii_strcasecmp (service, "Running") != 0)
    add (run, "process-server", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the process server; the service state as Azure reports it, untranslated ("Stopped") */
         g_strdup_printf (_("The process server service on %s is %s."), name, service),
         g_strdup (_("Start the process server service.")));
  else if (g_strcmp0 (health, "Critical") == 0)
    add (run, "process-server", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the process server; Azure's health error message */
         g_strdup_printf (_("The process server %s is in critical health: %s"), name, problem ? problem : ""),
         g_strdup (_("Resolve the process server's health errors (free space, memory, throughput) first.")));
  else if (g_strcmp0 (health, "Warning") == 0 || problem)
    add (run, "process-server", name, FB_PREFLIGHT_STATUS_WARN,
         /* Translators: the process server; Azure's health error message */
         g_strdup_printf (_("The process server %s reports a warning: %s"), name, problem ? problem : health),
         g_strdup (_("Check the process server's health in the vault.")));
  else
    add (run, "process-server", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the process server; its last heartbeat as an age ("3 minutes ago") */
         g_strdup_printf (_("The process server %s is healthy (heartbeat %s)."), name, age), NULL);
}

static char *
master_target_names_with_os (FbFabric   *fabric,
                             const char *os_type)
{
  GListModel *list = fb_fabric_get_master_target_servers (fabric);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; list && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FbMasterTarget) mt = g_list_model_get_item (list, i);
      if (fb_master_target_get_os_type (mt) && os_type &&
          g_ascii_strcasecmp (fb_master_target_get_os_type (mt), os_type) == 0)
        g_string_append_printf (names, "%s%s", names->len ? ", " : "", fb_master_target_get_name (mt));
    }
  return names->len ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

static void
check_master_target (Run            *run,
                     FbMasterTarget *mt)
{
  const char *name = fb_master_target_get_name (mt);
  GDateTime *heartbeat = fb_master_target_get_last_heartbeat (mt);
  GListModel *volumes = fb_master_target_get_retention_volumes (mt);
  g_autofree char *problem = first_health_error (fb_master_target_get_health_errors (mt));
  g_autofree char *age = heartbeat ? format_age (heartbeat, run->now) : g_strdup (_("never"));

  if (already_checked (run, "master-target", name))
    return;
  if (!heartbeat_fresh (run, heartbeat))
    add (run, "master-target", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the master target server; its last heartbeat as an age ("3 minutes ago") or "never" */
         g_strdup_printf (_("The master target server %s is not connected: its last heartbeat was %s."),
                          name, age),
         g_strdup (_("Start the master target server and check that its agent reaches the configuration server.")));
  else if (volumes == NULL || g_list_model_get_n_items (volumes) == 0)
    add (run, "master-target", name, FB_PREFLIGHT_STATUS_FAIL,
         g_strdup_printf (_("The master target server %s has no retention volume."), name),
         g_strdup (_("Add a retention disk to the master target (not FAT/FAT32, not the cache volume).")));
  else if (problem)
    add (run, "master-target", name, FB_PREFLIGHT_STATUS_WARN,
         /* Translators: the master target server; Azure's health error message */
         g_strdup_printf (_("The master target server %s reports: %s"), name, problem),
         g_strdup (_("Resolve the master target's health errors in the vault.")));
  else
    add (run, "master-target", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the master target server; its last heartbeat as an age ("3 minutes ago") */
         g_strdup_printf (_("The master target server %s is healthy (heartbeat %s)."), name, age), NULL);
}

static void
check_master_target_snapshots (Run        *run,
                               const char *mt_name)
{
  GPtrArray *snapshots;
  GError *error;

  if (already_checked (run, "master-target-snapshots", mt_name))
    return;
  if (run->vcenter_error || run->self->vcenter == NULL)
    {
      add (run, "master-target-snapshots", mt_name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The snapshots of %s cannot be checked without vCenter."), mt_name),
           g_strdup (_("Connect to vCenter, or check in the vSphere Client that the master target has no snapshots.")));
      return;
    }
  error = g_hash_table_lookup (run->vm_errors, mt_name);
  if (error)
    {
      add (run, "master-target-snapshots", mt_name, FB_PREFLIGHT_STATUS_UNKNOWN,
           /* Translators: the master target's VM name; vCenter's error message */
           g_strdup_printf (_("The master target's virtual machine %s was not found in vCenter: %s"),
                            mt_name, error->message),
           g_strdup (_("Check that the master target is a VM in this vCenter.")));
      return;
    }
  snapshots = g_hash_table_lookup (run->snapshots, mt_name);
  if (snapshots == NULL)
    {
      error = g_hash_table_lookup (run->snapshot_errors, mt_name);
      add (run, "master-target-snapshots", mt_name, FB_PREFLIGHT_STATUS_UNKNOWN,
           /* Translators: the master target's VM name; vCenter's error message */
           g_strdup_printf (_("The snapshots of %s could not be read: %s"), mt_name,
                            error ? error->message : _("unknown error")),
           NULL);
      return;
    }
  if (snapshots->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < snapshots->len; i++)
        g_string_append_printf (names, "%s“%s”", i ? ", " : "",
                                ((FbVcenterSnapshot *) g_ptr_array_index (snapshots, i))->name);
      add (run, "master-target-snapshots", mt_name, FB_PREFLIGHT_STATUS_FAIL,
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The master target %s has %u snapshot (%s). Reprotect and failback fail while it exists.",
                                         "The master target %s has %u snapshots (%s). Reprotect and failback fail while they exist.",
                                         snapshots->len),
                            mt_name, snapshots->len, names->str),
           g_strdup_printf (_("Delete all snapshots of %s in vCenter (Snapshots > Delete All), then run the check again."),
                            mt_name));
      return;
    }
  add (run, "master-target-snapshots", mt_name, FB_PREFLIGHT_STATUS_PASS,
       g_strdup_printf (_("The master target %s has no snapshots."), mt_name), NULL);
}

/* The name the checks give the vCenter Failback connects to: the one Site Recovery knows
 * it by when the app said so (fb_preflight_set_vcenter_name), else its address. */
static const char *
vcenter_name (FbPreflight *self)
{
  if (self->vcenter_name != NULL)
    return self->vcenter_name;
  return self->vcenter != NULL ? fb_vcenter_client_get_server (self->vcenter) : NULL;
}

/* The configuration server's view of the vCenter Failback connects to, if it has one. */
static AsrVcenter *
connected_asr_vcenter (FbPreflight *self)
{
  const char *name = vcenter_name (self);

  for (guint i = 0; name != NULL && i < self->asr_vcenters->len; i++)
    {
      AsrVcenter *vc = g_ptr_array_index (self->asr_vcenters, i);

      if (g_ascii_strcasecmp (vc->name, name) == 0)
        return vc;
    }
  return NULL;
}

/* Adds the configuration server's failed check of @vc and returns FALSE; when it passed,
 * returns TRUE and its sentence in @pass_text, for the caller's row of the vCenter. */
static gboolean
check_asr_vcenter (Run        *run,
                   AsrVcenter *vc,
                   char      **pass_text)
{
  g_autofree char *age = vc->heartbeat ? format_age (vc->heartbeat, run->now) : g_strdup (_("never"));

  if (g_strcmp0 (vc->discovery, "Failed") == 0 || !heartbeat_fresh (run, vc->heartbeat))
    {
      add (run, "vcenter", vc->name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: vCenter; its last contact as an age ("3 minutes ago") or "never"; then either ": "
            * and vCenter's error message, or "." alone */
           g_strdup_printf (_("The configuration server is not connected to vCenter %s (last contact %s)%s%s"),
                            vc->name, age, vc->problem ? ": " : ".", vc->problem ? vc->problem : ""),
           g_strdup (_("Reconnect vCenter on the configuration server and wait for a successful discovery "
                       "before failing back; otherwise detaching and attaching disks fails.")));
      return FALSE;
    }

  /* Translators: vCenter; its last contact as an age ("3 minutes ago") */
  *pass_text = g_strdup_printf (_("The configuration server is connected to vCenter %s (last contact %s)."),
                                vc->name, age);
  return TRUE;
}

/* Every vCenter once: the one Failback connects to is checked with check_vcenter. */
static void
check_asr_vcenters (Run *run)
{
  AsrVcenter *connected = run->self->vcenter != NULL ? connected_asr_vcenter (run->self) : NULL;

  for (guint i = 0; i < run->self->asr_vcenters->len; i++)
    {
      AsrVcenter *vc = g_ptr_array_index (run->self->asr_vcenters, i);
      char *text = NULL;

      if (vc != connected && check_asr_vcenter (run, vc, &text))
        add (run, "vcenter", vc->name, FB_PREFLIGHT_STATUS_PASS, text, NULL);
    }
}

/* "<configuration server's sentence> <Failback's sentence>" for one vCenter, or the latter alone */
static char *
join_vcenter_texts (char *asr_text,   /* taken, may be NULL */
                    char *text)       /* taken */
{
  char *joined;

  if (asr_text == NULL)
    return text;
  joined = g_strconcat (asr_text, " ", text, NULL);
  g_free (asr_text);
  g_free (text);
  return joined;
}

static void
check_vcenter (Run *run)
{
  const char *server;
  AsrVcenter *asr;
  char *asr_text = NULL;
  guint disconnected = 0;

  check_asr_vcenters (run);

  if (run->self->vcenter == NULL)
    {
      add (run, "vcenter", NULL, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup (_("No vCenter is configured, so the on-premises side cannot be checked.")),
           g_strdup (_("Add the vCenter that manages the on-premises VMs (failback goes only to the original vCenter).")));
      return;
    }
  /* one row for the vCenter: the configuration server's view of it first */
  server = vcenter_name (run->self);
  asr = connected_asr_vcenter (run->self);
  if (asr != NULL && !check_asr_vcenter (run, asr, &asr_text))
    return;
  if (run->vcenter_error || run->hosts_error)
    {
      GError *error = run->vcenter_error ? run->vcenter_error : run->hosts_error;
      const char *remedy;

      if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED))
        remedy = _("Compare the certificate's fingerprint with the one the vCenter administrator shows, then trust it.");
      else if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED))
        remedy = _("Do not continue until the vCenter administrator has confirmed the new certificate.");
      else if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED) ||
               g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD))
        remedy = _("Log in to vCenter again with a valid account.");
      else
        remedy = _("Reconnect vCenter before failing back; otherwise detaching and attaching disks fails.");
      add (run, "vcenter", server, FB_PREFLIGHT_STATUS_FAIL,
           join_vcenter_texts (asr_text,
                               /* Translators: the vCenter server; the error message */
                               g_strdup_printf (_("vCenter %s is not connected: %s"), server, error->message)),
           g_strdup (remedy));
      return;
    }
  for (guint i = 0; i < run->hosts->len; i++)
    if (!fb_vcenter_host_is_usable (g_ptr_array_index (run->hosts, i)))
      disconnected++;
  if (disconnected > 0)
    add (run, "vcenter", server, FB_PREFLIGHT_STATUS_WARN,
         join_vcenter_texts (asr_text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "vCenter %s is connected, but %u ESXi host is not connected or not powered on.",
                                       "vCenter %s is connected, but %u ESXi hosts are not connected or not powered on.",
                                       disconnected), server, disconnected)),
         g_strdup (_("Reconnect the ESXi hosts in vCenter.")));
  else
    add (run, "vcenter", server, FB_PREFLIGHT_STATUS_PASS,
         join_vcenter_texts (asr_text,
                             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "vCenter %s is connected (%u ESXi host).",
                                                           "vCenter %s is connected (%u ESXi hosts).", run->hosts->len),
                                              server, run->hosts->len)), NULL);
}

static FbVcenterHost *
host_by_id (Run        *run,
            const char *id)
{
  for (guint i = 0; run->hosts && id && i < run->hosts->len; i++)
    if (g_str_equal (fb_vcenter_host_get_id (g_ptr_array_index (run->hosts, i)), id))
      return g_ptr_array_index (run->hosts, i);
  return NULL;
}

static FbVcenterDatastore *
datastore_by_name (Run        *run,
                   const char *name)
{
  for (guint i = 0; run->datastores && name && i < run->datastores->len; i++)
    if (g_str_equal (fb_vcenter_datastore_get_name (g_ptr_array_index (run->datastores, i)), name))
      return g_ptr_array_index (run->datastores, i);
  return NULL;
}

/* Names of the datastores @vm's disks are on (unique, in order). */
static GPtrArray *
vm_datastore_names (FbVcenterVm *vm)
{
  GPtrArray *names = g_ptr_array_new ();
  GPtrArray *disks = fb_vcenter_vm_get_disks (vm);

  for (guint i = 0; i < disks->len; i++)
    {
      FbVcenterDisk *disk = g_ptr_array_index (disks, i);
      if (disk->datastore && !g_ptr_array_find_with_equal_func (names, disk->datastore, g_str_equal, NULL))
        g_ptr_array_add (names, disk->datastore);
    }
  return names;
}

static gboolean
host_mounts_all (Run           *run,
                 FbVcenterHost *host,
                 GPtrArray     *datastore_names)
{
  for (guint i = 0; i < datastore_names->len; i++)
    {
      FbVcenterDatastore *ds = datastore_by_name (run, g_ptr_array_index (datastore_names, i));
      if (ds == NULL || !fb_vcenter_host_mounts (host, fb_vcenter_datastore_get_id (ds)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
vcenter_facts (Run *run)
{
  return run->self->vcenter != NULL && run->vcenter_error == NULL &&
         run->hosts != NULL && run->datastores != NULL;
}

/* The VM of @name, NULL when missing (*missing TRUE) or unknown (*missing FALSE). */
static FbVcenterVm *
vm_for (Run        *run,
        const char *name,
        gboolean   *missing)
{
  GError *error = g_hash_table_lookup (run->vm_errors, name);

  *missing = error != NULL && g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);
  return g_hash_table_lookup (run->vms, name);
}

static gboolean
is_physical (FbProtectedItem *item)
{
  return g_strcmp0 (fb_protected_item_get_discovery_type (item), "physical") == 0 ||
         g_strcmp0 (fb_protected_item_get_discovery_type (item), "Physical") == 0;
}

static gboolean
is_windows_2008_r2 (FbProtectedItem *item)
{
  const char *os_name = fb_protected_item_get_os_name (item);
  const char *version = fb_protected_item_get_os_version (item);

  if (os_name && strstr (os_name, "2008 R2"))
    return TRUE;
  return g_strcmp0 (fb_protected_item_get_os_type (item), "Windows") == 0 && version &&
         (g_str_equal (version, "6.1") || g_str_has_prefix (version, "6.1."));
}

static void
check_master_target_os (Run             *run,
                        FbProtectedItem *item,
                        FbMasterTarget  *mt)
{
  const char *name = item_name (item);
  const char *item_os = fb_protected_item_get_os_type (item);
  const char *mt_os = fb_master_target_get_os_type (mt);

  if (item_os == NULL || mt_os == NULL)
    add (run, "master-target-os", name, FB_PREFLIGHT_STATUS_UNKNOWN,
         /* Translators: the VM; the master target server */
         g_strdup_printf (_("The operating system of %s or of the master target %s is not known."),
                          name, fb_master_target_get_name (mt)),
         g_strdup (_("Use a Windows master target for Windows VMs and a Linux master target for Linux VMs.")));
  else if (g_ascii_strcasecmp (item_os, mt_os) != 0)
    {
      g_autofree char *fitting = master_target_names_with_os (run->self->fabric, item_os);

      add (run, "master-target-os", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the VM, its OS type ("Windows", "Linux"), the master target server, its OS type */
           g_strdup_printf (_("%s runs %s, but the master target %s runs %s."), name, item_os,
                            fb_master_target_get_name (mt), mt_os),
           fitting ? g_strdup_printf (_("Choose a %s master target: %s."), item_os, fitting)
                   /* Translators: an OS type ("Windows", "Linux") */
                   : g_strdup_printf (_("Deploy a %s master target server on-premises and choose it."), item_os));
    }
  else
    add (run, "master-target-os", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the VM, the master target server, their OS type ("Windows", "Linux") */
         g_strdup_printf (_("%s and the master target %s both run %s."), name,
                          fb_master_target_get_name (mt), item_os), NULL);
}

static void
check_item_health (Run             *run,
                   FbProtectedItem *item)
{
  const char *name = item_name (item);
  FbPhase phase = fb_protected_item_get_phase (item);
  const char *health = fb_protected_item_get_replication_health (item);
  g_autofree char *problem = first_health_error (fb_protected_item_get_health_errors (item));
  FbPhase expected;
  const char *state_text;

  switch (run->self->stage)
    {
    case FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES: expected = FB_PHASE_RUNNING_IN_AZURE; break;
    case FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE: expected = FB_PHASE_RUNNING_ON_PREMISES; break;
    case FB_PREFLIGHT_STAGE_FAILBACK:
    default: expected = FB_PHASE_PROTECTED_TO_ON_PREMISES; break;
    }
  state_text = fb_phase_to_string (phase);

  if (fb_protected_item_is_busy (item))
    {
      const char *scenario = fb_protected_item_get_current_scenario_name (item);
      const char *operation = fb_operation_label (scenario) ? fb_operation_label (scenario) : scenario;

      add (run, "item-health", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the job's operation ("Unplanned failover", "Reprotect"); the VM */
           g_strdup_printf (_("A job (%s) is running on %s."), operation, name),
           g_strdup (_("Wait until the job has finished.")));
      return;
    }
  if (phase != expected)
    {
      const char *remedy;

      if (run->self->stage == FB_PREFLIGHT_STAGE_FAILBACK)
        remedy = _("Reprotect the item to on-premises and wait until it is protected and its replication is healthy.");
      else if (run->self->stage == FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES)
        remedy = _("Fail over to Azure and commit the failover first.");
      else
        remedy = _("Fail back and commit the failback first.");
      add (run, "item-health", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the VM; its phase ("Running in Azure") */
           g_strdup_printf (_("%s is in the state “%s”, which does not allow this step."), name, state_text),
           g_strdup (remedy));
      return;
    }
  if (run->self->stage == FB_PREFLIGHT_STAGE_FAILBACK)
    {
      if (g_strcmp0 (health, "Critical") == 0)
        {
          add (run, "item-health", name, FB_PREFLIGHT_STATUS_FAIL,
               /* Translators: the VM; Azure's health error message */
               g_strdup_printf (_("The replication of %s is critical: %s"), name, problem ? problem : ""),
               g_strdup (_("Resolve the replication health errors, then wait until the health is OK.")));
          return;
        }
      if (g_strcmp0 (health, "Normal") != 0 || problem)
        {
          add (run, "item-health", name, FB_PREFLIGHT_STATUS_WARN,
               /* Translators: the VM; the replication health ("Warning"); then either ": " and Azure's health
                * error message, or "." alone */
               g_strdup_printf (_("The replication of %s is protected but its health is %s%s%s"), name,
                                health ? fb_replication_health_label (health) : _("unknown"), problem ? ": " : ".", problem ? problem : ""),
               g_strdup (_("Wait until the replication health is OK, or fail back knowing that data may be missing.")));
          return;
        }
      add (run, "item-health", name, FB_PREFLIGHT_STATUS_PASS,
           g_strdup_printf (_("%s is protected to on-premises and its replication is healthy."), name), NULL);
      return;
    }
  add (run, "item-health", name, FB_PREFLIGHT_STATUS_PASS,
       /* Translators: the VM; its phase ("Running in Azure") */
       g_strdup_printf (_("%s is in the state “%s”."), name, state_text), NULL);
}

static void
check_recovery_points (Run   *run,
                       Entry *entry)
{
  const char *name = item_name (entry->item);
  guint n;
  GDateTime *newest = NULL;
  g_autofree char *age = NULL;

  if (entry->points == NULL)
    {
      add (run, "recovery-points", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The recovery points of %s were not read."), name),
           g_strdup (_("Refresh the item's recovery points.")));
      return;
    }
  n = g_list_model_get_n_items (entry->points);
  if (n == 0)
    {
      add (run, "recovery-points", name, FB_PREFLIGHT_STATUS_FAIL,
           g_strdup_printf (_("%s has no recovery point yet."), name),
           g_strdup (_("Wait until the reverse replication has produced its first recovery point.")));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbRecoveryPoint) point = g_list_model_get_item (entry->points, i);
      GDateTime *t = fb_recovery_point_get_recovery_point_time (point);
      if (t && (newest == NULL || g_date_time_compare (t, newest) > 0))
        newest = t;
    }
  age = newest ? format_age (newest, run->now) : g_strdup (_("unknown"));
  add (run, "recovery-points", name, FB_PREFLIGHT_STATUS_PASS,
       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s has %u recovery point; the newest is from %s.",
                                     "%s has %u recovery points; the newest is from %s.", n),
                        name, n, age), NULL);
}

static void
check_physical (Run             *run,
                FbProtectedItem *item)
{
  const char *name = item_name (item);

  if (!is_physical (item))
    add (run, "physical-server", name, FB_PREFLIGHT_STATUS_PASS,
         g_strdup_printf (_("%s is a VMware virtual machine."), name), NULL);
  else if (is_windows_2008_r2 (item))
    add (run, "physical-server", name, FB_PREFLIGHT_STATUS_FAIL,
         g_strdup_printf (_("%s is a physical Windows Server 2008 R2 SP1 server. It cannot fail back."), name),
         g_strdup (_("Keep it running in Azure, or migrate its workload to a newer Windows Server version.")));
  else
    add (run, "physical-server", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the physical server */
         g_strdup_printf (_("%s is a physical server: it comes back as a VMware virtual machine, at an alternate location."),
                          name), NULL);
}

static void
check_location (Run             *run,
                FbProtectedItem *item,
                FbVcenterVm     *vm,
                gboolean         missing,
                FbMasterTarget  *mt)
{
  const char *name = item_name (item);
  const char *mt_name = mt ? fb_master_target_get_name (mt) : _("the master target");

  if (is_physical (item))
    {
      add (run, "recovery-location", name, FB_PREFLIGHT_STATUS_WARN,
           /* Translators: the physical server; the master target server (or "the master target") */
           g_strdup_printf (_("%s is a physical server: it can only come back as a new VMware VM on the ESXi host of %s "
                              "(alternate location), with a full download of its data. This takes much longer."),
                            name, mt_name),
           g_strdup (_("Plan for the longer transfer, and choose a VMFS or vSAN datastore with room for all its disks.")));
      return;
    }
  if (vm)
    {
      add (run, "recovery-location", name, FB_PREFLIGHT_STATUS_PASS,
           g_strdup_printf (_("%s still exists on-premises: original location recovery, only the changes replicate back."),
                            name), NULL);
      return;
    }
  if (missing)
    {
      add (run, "recovery-location", name, FB_PREFLIGHT_STATUS_WARN,
           g_strdup_printf (_("%s no longer exists on-premises: alternate location recovery. The VM is recreated on the "
                              "ESXi host of %s with new VMDKs and a full download of its data, which takes much longer. "
                              "RDM disks cannot be recreated."), name, mt_name),
           g_strdup (_("Accept the full download, or restore the original VM in vCenter first.")));
      return;
    }
  add (run, "recovery-location", name, FB_PREFLIGHT_STATUS_UNKNOWN,
       g_strdup_printf (_("Whether %s still exists on-premises is not known without vCenter."), name),
       g_strdup (_("Connect to vCenter to find out whether the original VM still exists.")));
}

/* The host of @mt's VM. */
static FbVcenterHost *
master_target_host (Run            *run,
                    FbMasterTarget *mt)
{
  FbVcenterVm *vm = mt ? g_hash_table_lookup (run->vms, fb_master_target_get_name (mt)) : NULL;

  return vm ? host_by_id (run, fb_vcenter_vm_get_host_id (vm)) : NULL;
}

/* The configuration server reports the master target's datastores with a type;
 * "RDM" marks a datastore of raw device mappings. */
static gboolean
fabric_datastore_is_rdm (FbMasterTarget *mt,
                         const char     *name)
{
  GListModel *list = mt ? fb_master_target_get_datastores (mt) : NULL;

  for (guint i = 0; list && name && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FbFabricDatastore) ds = g_list_model_get_item (list, i);
      if (g_strcmp0 (fb_fabric_datastore_get_symbolic_name (ds), name) == 0)
        return g_ascii_strcasecmp (fb_fabric_datastore_get_datastore_type (ds) ? fb_fabric_datastore_get_datastore_type (ds) : "", "RDM") == 0;
    }
  return FALSE;
}

static void
check_datastore (Run             *run,
                 FbProtectedItem *item,
                 FbVcenterVm     *vm,
                 FbMasterTarget  *mt)
{
  const char *name = item_name (item);
  FbVcenterHost *host = master_target_host (run, mt);
  gint64 required = vm ? fb_vcenter_vm_get_disk_capacity (vm) : 0;
  g_autofree char *required_text = fb_format_size ((guint64) MAX (required, 0));
  g_autoptr(GString) candidates = g_string_new (NULL);
  const char *chosen = run->self->datastore_name;

  if (!vcenter_facts (run) || host == NULL)
    {
      add (run, "datastore", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The datastores reachable from the master target's ESXi host are not known.")),
           g_strdup (_("Connect to vCenter and make sure the master target is a VM in it.")));
      return;
    }

  if (chosen)
    {
      FbVcenterDatastore *ds = datastore_by_name (run, chosen);
      g_autofree char *free_text = ds ? fb_format_size ((guint64) MAX (fb_vcenter_datastore_get_free_space (ds), 0)) : NULL;

      if (fabric_datastore_is_rdm (mt, chosen))
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
             g_strdup_printf (_("The datastore %s holds raw device mappings (RDM). Failback cannot write to RDM; "
                                "it needs a VMFS or vSAN datastore."), chosen),
             g_strdup (_("Choose a VMFS or vSAN datastore.")));
      else if (ds == NULL)
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
             g_strdup_printf (_("The datastore %s does not exist in vCenter."), chosen),
             g_strdup (_("Choose a datastore that the master target's ESXi host mounts.")));
      else if (!fb_vcenter_datastore_is_block (ds))
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
             /* Translators: the datastore; its type ("NFS", "vsan") */
             g_strdup_printf (_("The datastore %s is %s. Failback needs a VMFS or vSAN datastore (no NFS, no RDM)."),
                              chosen, fb_vcenter_datastore_get_ds_type (ds)),
             g_strdup (_("Choose a VMFS or vSAN datastore.")));
      else if (!fb_vcenter_host_mounts (host, fb_vcenter_datastore_get_id (ds)))
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
             /* Translators: the datastore; the ESXi host */
             g_strdup_printf (_("The datastore %s is not mounted on %s, the ESXi host of the master target."),
                              chosen, fb_vcenter_host_get_name (host)),
             g_strdup (_("Choose a datastore that the master target's ESXi host mounts, or move the master target.")));
      else if (fb_vcenter_datastore_get_free_space (ds) < required)
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
             /* Translators: datastore, its free space ("120 GB"), the VM, the space it needs */
             g_strdup_printf (_("The datastore %s has %s free, but %s needs %s."), chosen,
                              free_text, name, required_text),
             g_strdup (_("Free space on the datastore or choose another one.")));
      else
        add (run, "datastore", name, FB_PREFLIGHT_STATUS_PASS,
             /* Translators: datastore, its type ("VMFS"), its free space ("120 GB"), the ESXi host */
             g_strdup_printf (_("The datastore %s (%s, %s free) is reachable from %s."), chosen,
                              fb_vcenter_datastore_get_ds_type (ds), free_text, fb_vcenter_host_get_name (host)),
             NULL);
      return;
    }

  for (guint i = 0; i < run->datastores->len; i++)
    {
      FbVcenterDatastore *ds = g_ptr_array_index (run->datastores, i);

      if (fb_vcenter_datastore_is_block (ds) &&
          !fabric_datastore_is_rdm (mt, fb_vcenter_datastore_get_name (ds)) &&
          fb_vcenter_host_mounts (host, fb_vcenter_datastore_get_id (ds)) &&
          fb_vcenter_datastore_get_free_space (ds) >= MAX (required, 1))
        {
          g_autofree char *free_text = fb_format_size (fb_vcenter_datastore_get_free_space (ds));

          /* Translators: a list of datastores: separator, name, free space ("1.2 TB") */
          g_string_append_printf (candidates, _("%s%s (%s free)"), candidates->len ? ", " : "",
                                  fb_vcenter_datastore_get_name (ds), free_text);
        }
    }
  if (candidates->len == 0)
    add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the ESXi host, the space needed ("120 GB"), the VM */
         g_strdup_printf (_("No VMFS or vSAN datastore on %s (the ESXi host of the master target) has %s free for %s."),
                          fb_vcenter_host_get_name (host), required_text, name),
         g_strdup (_("Free space on a VMFS or vSAN datastore of that host, or present one to it. NFS and RDM do not work.")));
  else
    add (run, "datastore", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the ESXi host; the VM; a list of datastores with their free space */
         g_strdup_printf (_("VMFS or vSAN datastores on %s with room for %s: %s."),
                          fb_vcenter_host_get_name (host), name, candidates->str), NULL);
}

/* Original location: the master target's ESXi host must reach the VM's datastores. */
static void
check_datastore_access (Run             *run,
                        FbProtectedItem *item,
                        FbVcenterVm     *vm,
                        FbMasterTarget  *mt)
{
  const char *name = item_name (item);
  FbVcenterHost *host = master_target_host (run, mt);
  g_autoptr(GPtrArray) needed = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) fitting = g_string_new (NULL);
  FbVcenterHost *target = NULL;
  FbVcenterVm *mt_vm;
  FbPreflightCheck *check;

  if (vm == NULL)
    return;   /* alternate location: nothing existing to reach */
  if (host == NULL)
    {
      add (run, "datastore-access", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup (_("The ESXi host of the master target is not known.")),
           g_strdup (_("Make sure the master target is a VM in this vCenter.")));
      return;
    }
  needed = vm_datastore_names (vm);
  for (guint i = 0; i < needed->len; i++)
    {
      FbVcenterDatastore *ds = datastore_by_name (run, g_ptr_array_index (needed, i));
      if (ds == NULL || !fb_vcenter_host_mounts (host, fb_vcenter_datastore_get_id (ds)))
        g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", (char *) g_ptr_array_index (needed, i));
    }
  if (missing->len == 0)
    {
      add (run, "datastore-access", name, FB_PREFLIGHT_STATUS_PASS,
           /* Translators: the ESXi host; the VM; then either nothing or the next message
            * (" (its RDM disks exist and stay attached)") */
           g_strdup_printf (_("%s, the ESXi host of the master target, reaches every datastore of %s%s."),
                            fb_vcenter_host_get_name (host), name,
                            /* Translators: added after the VM's name in "…reaches every datastore of web01" */
                            fb_vcenter_vm_has_rdm_disks (vm) ? _(" (its RDM disks exist and stay attached)") : ""),
           NULL);
      return;
    }
  for (guint i = 0; i < run->hosts->len; i++)
    {
      FbVcenterHost *h = g_ptr_array_index (run->hosts, i);
      if (fb_vcenter_host_is_usable (h) && host_mounts_all (run, h, needed))
        {
          g_string_append_printf (fitting, "%s%s", fitting->len ? ", " : "", fb_vcenter_host_get_name (h));
          if (target == NULL)
            target = h;
        }
    }
  check = add (run, "datastore-access", name, FB_PREFLIGHT_STATUS_FAIL,
               /* Translators: the ESXi host; a list of datastores; the VM */
               g_strdup_printf (_("The master target's ESXi host %s does not mount %s, where %s has its disks."),
                                fb_vcenter_host_get_name (host), missing->str, name),
               fitting->len
                 /* Translators: the master target server; a list of ESXi hosts; a list of datastores; the
                  * master target's ESXi host */
                 ? g_strdup_printf (_("vMotion the master target %s to a host that mounts them (%s), or present %s to %s."),
                                    fb_master_target_get_name (mt), fitting->str, missing->str,
                                    fb_vcenter_host_get_name (host))
                 /* Translators: a list of datastores; an ESXi host */
                 : g_strdup_printf (_("Present %s to %s."), missing->str, fb_vcenter_host_get_name (host)));
  mt_vm = g_hash_table_lookup (run->vms, fb_master_target_get_name (mt));
  if (target && mt_vm)
    {
      FbPreflightAction action = { FB_PREFLIGHT_ACTION_VMOTION,
                                   (char *) fb_vcenter_vm_get_id (mt_vm), (char *) fb_vcenter_vm_get_name (mt_vm),
                                   (char *) fb_vcenter_host_get_id (target), (char *) fb_vcenter_host_get_name (target), 0 };
      fb_preflight_check_set_action (check, &action);
    }
}

/* Memory given in MiB, as the user reads it ("24.0 GiB"); less than nothing is nothing. */
static char *
memory_text (gint64 mib)
{
  return fb_format_memory ((guint64) MAX (mib, 0) * 1024 * 1024);
}

/* 8038: the host where the VM starts must have free memory for it (and for the
 * other VMs of the run that start there). */
static void
check_host_memory (Run             *run,
                   FbProtectedItem *item,
                   FbVcenterVm     *vm,
                   FbMasterTarget  *mt)
{
  const char *name = item_name (item);
  FbVcenterHost *host;
  gint64 need_mib, free_mib, *demand;
  g_autoptr(GPtrArray) needed = NULL;
  g_autoptr(GString) roomy = g_string_new (NULL);
  FbVcenterHost *target = NULL;
  FbPreflightCheck *check;
  g_autofree char *free_text = NULL;
  g_autofree char *need_text = NULL;

  if (!vcenter_facts (run))
    {
      add (run, "host-memory", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The free memory of the ESXi host of %s cannot be checked without vCenter."), name),
           g_strdup (_("Connect to vCenter.")));
      return;
    }
  if (vm && fb_vcenter_vm_is_powered_on (vm))
    {
      add (run, "host-memory", name, FB_PREFLIGHT_STATUS_PASS,
           g_strdup_printf (_("%s already runs on-premises."), name), NULL);
      return;
    }
  host = vm ? host_by_id (run, fb_vcenter_vm_get_host_id (vm)) : master_target_host (run, mt);
  need_mib = vm ? fb_vcenter_vm_get_memory_mib (vm) : fb_protected_item_get_source_vm_ram_size_in_mb (item);
  if (host == NULL || need_mib <= 0 || fb_vcenter_host_get_memory_free (host) < 0)
    {
      add (run, "host-memory", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("The ESXi host of %s or the memory it needs is not known."), name),
           NULL);
      return;
    }

  demand = g_hash_table_lookup (run->host_demand_mib, fb_vcenter_host_get_id (host));
  if (demand == NULL)
    {
      demand = g_new0 (gint64, 1);
      g_hash_table_insert (run->host_demand_mib, g_strdup (fb_vcenter_host_get_id (host)), demand);
    }
  free_mib = fb_vcenter_host_get_memory_free (host) / (1024 * 1024) - *demand;
  *demand += need_mib;

  if (free_mib >= need_mib)
    {
      free_text = memory_text (free_mib);
      need_text = memory_text (need_mib);
      add (run, "host-memory", name, FB_PREFLIGHT_STATUS_PASS,
           /* Translators: the ESXi host, its free memory ("24.0 GiB"), the VM, the memory the VM needs */
           g_strdup_printf (_("%s (%s free) has room for %s (%s)."),
                            fb_vcenter_host_get_name (host), free_text, name, need_text), NULL);
      return;
    }

  needed = vm ? vm_datastore_names (vm) : g_ptr_array_new ();
  for (guint i = 0; i < run->hosts->len; i++)
    {
      FbVcenterHost *h = g_ptr_array_index (run->hosts, i);
      gint64 *other = g_hash_table_lookup (run->host_demand_mib, fb_vcenter_host_get_id (h));
      gint64 h_free = fb_vcenter_host_get_memory_free (h) / (1024 * 1024) - (other ? *other : 0);
      g_autofree char *h_free_text = NULL;

      if (h == host || !fb_vcenter_host_is_usable (h) || h_free < need_mib)
        continue;
      h_free_text = memory_text (h_free);
      /* Translators: a list of ESXi hosts: separator (", " or nothing), host, its free memory ("24.0 GiB") */
      g_string_append_printf (roomy, _("%s%s (%s free)"), roomy->len ? ", " : "",
                              fb_vcenter_host_get_name (h), h_free_text);
      if (target == NULL && host_mounts_all (run, h, needed))
        target = h;
    }

  free_text = memory_text (free_mib);
  need_text = memory_text (need_mib);
  check = add (run, "host-memory", name, FB_PREFLIGHT_STATUS_FAIL,
               /* Translators: the VM, its ESXi host, the host's free memory and the memory the VM
                * needs (both like "24.0 GiB") */
               g_strdup_printf (_("%s will not start (error 8038): its ESXi host %s has %s free, "
                                  "but it needs %s."),
                                name, fb_vcenter_host_get_name (host), free_text, need_text),
               roomy->len == 0
                 ? g_strdup_printf (_("No ESXi host has enough free memory. Give %s more memory or power off other VMs."),
                                    fb_vcenter_host_get_name (host))
                 : target
                   /* Translators: the VM; the ESXi host to move it to; its current ESXi host; a list of hosts
                    * with their free memory */
                   ? g_strdup_printf (_("vMotion %s to %s, or give %s more memory. Hosts with enough free memory: %s."),
                                      name, fb_vcenter_host_get_name (target), fb_vcenter_host_get_name (host), roomy->str)
                   : g_strdup_printf (_("Give %s more memory. Hosts with enough free memory (%s) do not mount all datastores of %s."),
                                      fb_vcenter_host_get_name (host), roomy->str, name));
  if (target && vm)
    {
      FbPreflightAction action = { FB_PREFLIGHT_ACTION_VMOTION,
                                   (char *) fb_vcenter_vm_get_id (vm), (char *) fb_vcenter_vm_get_name (vm),
                                   (char *) fb_vcenter_host_get_id (target), (char *) fb_vcenter_host_get_name (target), 0 };
      fb_preflight_check_set_action (check, &action);
    }
}

static void
check_agent_registration (Run             *run,
                          FbProtectedItem *item)
{
  const char *name = item_name (item);
  GDateTime *failed_back = fb_protected_item_get_last_successful_failover_time (item);
  GDateTime *heartbeat = fb_protected_item_get_last_heartbeat (item);
  gboolean registered;
  FbPreflightCheck *check;
  FbPreflightAction action = { FB_PREFLIGHT_ACTION_WAIT_AND_RETRY, NULL, NULL, NULL, NULL, 0 };
  g_autoptr(FbCountdown) countdown = NULL;

  if (fb_protected_item_is_modern (item))
    registered = fb_protected_item_get_is_agent_registration_successful_after_failover (item);
  else if (heartbeat && failed_back)
    registered = g_date_time_compare (heartbeat, failed_back) > 0;
  else
    {
      add (run, "agent-registration", name, FB_PREFLIGHT_STATUS_UNKNOWN,
           g_strdup_printf (_("Whether the Mobility agent of %s has registered again is not known."), name),
           g_strdup (_("If reprotect fails with “agent not installed”, wait up to 15 minutes and retry.")));
      return;
    }
  if (registered)
    {
      add (run, "agent-registration", name, FB_PREFLIGHT_STATUS_PASS,
           g_strdup_printf (_("The Mobility agent of %s has registered with the configuration server."), name), NULL);
      return;
    }
  countdown = fb_preflight_new_agent_countdown (failed_back, run->now, 1000);
  action.seconds = fb_countdown_get_total (countdown);
  check = add (run, "agent-registration", name, FB_PREFLIGHT_STATUS_FAIL,
               g_strdup_printf (_("The Mobility agent of %s has not registered with the configuration server since the "
                                  "failback. Until it does, reprotect fails with “agent not installed”."), name),
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Wait about %u minute for the registration, then retry the reprotect.",
                                             "Wait about %u minutes for the registration, then retry the reprotect.",
                                             (action.seconds + 59) / 60),
                                (action.seconds + 59) / 60));
  fb_preflight_check_set_action (check, &action);
}

/* Modernized architecture: the replication appliance's reprotect agent takes the
 * master target's place (no master target, no retention volume). */
/* Returns: (transfer full) (nullable) */
static FbReprotectAgent *
reprotect_agent_for (FbPreflight     *self,
                     FbProtectedItem *item)
{
  GListModel *agents;

  if (self->fabric == NULL)
    return NULL;
  if (fb_protected_item_get_reprotect_agent_id (item))
    {
      FbReprotectAgent *agent = fb_fabric_lookup_reprotect_agent (self->fabric,
                                                                  fb_protected_item_get_reprotect_agent_id (item));
      return agent ? g_object_ref (agent) : NULL;
    }
  agents = fb_fabric_get_reprotect_agents (self->fabric);
  return agents && g_list_model_get_n_items (agents) > 0 ? g_list_model_get_item (agents, 0) : NULL;
}

static void
check_reprotect_agent (Run              *run,
                       FbProtectedItem  *item,
                       FbReprotectAgent *agent)
{
  const char *name;
  GDateTime *heartbeat;
  g_autofree char *problem = NULL;
  g_autofree char *age = NULL;

  if (agent == NULL)
    {
      add (run, "reprotect-agent", item_name (item), FB_PREFLIGHT_STATUS_FAIL,
           g_strdup_printf (_("No reprotect agent of the replication appliance serves %s."), item_name (item)),
           g_strdup (_("Deploy a reprotect agent on the on-premises site and let it discover vCenter.")));
      return;
    }
  name = fb_reprotect_agent_get_name (agent);
  if (already_checked (run, "reprotect-agent", name))
    return;
  heartbeat = fb_reprotect_agent_get_last_heartbeat (agent);
  problem = first_health_error (fb_reprotect_agent_get_health_errors (agent));
  age = heartbeat ? format_age (heartbeat, run->now) : g_strdup (_("never"));
  if (!heartbeat_fresh (run, heartbeat))
    add (run, "reprotect-agent", name, FB_PREFLIGHT_STATUS_FAIL,
         /* Translators: the reprotect agent; its last heartbeat as an age ("3 minutes ago") or "never" */
         g_strdup_printf (_("The reprotect agent %s is not connected: its last heartbeat was %s."), name, age),
         g_strdup (_("Start the reprotect agent's VM and check its connection to the replication appliance.")));
  else if (problem)
    add (run, "reprotect-agent", name, FB_PREFLIGHT_STATUS_WARN,
         /* Translators: the reprotect agent; Azure's health error message */
         g_strdup_printf (_("The reprotect agent %s reports: %s"), name, problem),
         g_strdup (_("Resolve the reprotect agent's health errors in the vault.")));
  else
    add (run, "reprotect-agent", name, FB_PREFLIGHT_STATUS_PASS,
         /* Translators: the reprotect agent; its last heartbeat as an age ("3 minutes ago") */
         g_strdup_printf (_("The reprotect agent %s is healthy (heartbeat %s)."), name, age), NULL);
}

/* The chosen datastore (or, without a choice, any) must be one the reprotect
 * agent reaches, and VMFS or vSAN. */
static void
check_reprotect_agent_datastore (Run              *run,
                                 FbProtectedItem  *item,
                                 FbReprotectAgent *agent)
{
  const char *name = item_name (item);
  const char * const *reachable = agent ? fb_reprotect_agent_get_accessible_datastores (agent) : NULL;
  const char *chosen = run->self->datastore_name;

  if (agent == NULL)
    return;
  if (chosen && (reachable == NULL || !g_strv_contains (reachable, chosen)))
    {
      add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
           /* Translators: the reprotect agent; the datastore */
           g_strdup_printf (_("The reprotect agent %s cannot reach the datastore %s."),
                            fb_reprotect_agent_get_name (agent), chosen),
           g_strdup (_("Choose a datastore that the reprotect agent lists as accessible.")));
      return;
    }
  for (guint i = 0; reachable && reachable[i]; i++)
    {
      FbVcenterDatastore *ds;

      if (chosen && g_strcmp0 (chosen, reachable[i]) != 0)
        continue;
      ds = vcenter_facts (run) ? datastore_by_name (run, reachable[i]) : NULL;
      if (ds != NULL && !fb_vcenter_datastore_is_block (ds))
        {
          if (chosen)
            {
              add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
                   /* Translators: the datastore; its type ("NFS", "vsan") */
                   g_strdup_printf (_("The datastore %s is %s. Failback needs a VMFS or vSAN datastore (no NFS, no RDM)."),
                                    chosen, fb_vcenter_datastore_get_ds_type (ds)),
                   g_strdup (_("Choose a VMFS or vSAN datastore.")));
              return;
            }
          continue;
        }
      add (run, "datastore", name, FB_PREFLIGHT_STATUS_PASS,
           /* Translators: the reprotect agent; the datastore */
           g_strdup_printf (_("The reprotect agent %s reaches the datastore %s."),
                            fb_reprotect_agent_get_name (agent), reachable[i]), NULL);
      return;
    }
  add (run, "datastore", name, FB_PREFLIGHT_STATUS_FAIL,
       g_strdup_printf (_("The reprotect agent %s reaches no VMFS or vSAN datastore."),
                        fb_reprotect_agent_get_name (agent)),
       g_strdup (_("Give the reprotect agent's ESXi host access to a VMFS or vSAN datastore.")));
}

static void
decide (Run *run)
{
  FbPreflight *self = run->self;
  gboolean onprem_target = self->stage != FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE;

  check_configuration_server (run);
  check_vcenter (run);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      FbProtectedItem *item = entry->item;
      gboolean modern = fb_protected_item_is_modern (item);
      FbMasterTarget *mt = onprem_target && !modern ? master_target_for (self, item) : NULL;
      g_autoptr(FbReprotectAgent) agent = onprem_target && modern ? reprotect_agent_for (self, item) : NULL;
      gboolean missing = FALSE;
      FbVcenterVm *vm = vm_for (run, item_name (item), &missing);

      check_process_server (run, process_server_id_for (self, item));
      if (onprem_target && modern)
        check_reprotect_agent (run, item, agent);
      else if (onprem_target)
        {
          if (mt == NULL)
            add (run, "master-target", item_name (item), FB_PREFLIGHT_STATUS_FAIL,
                 g_strdup_printf (_("No master target server fits %s."), item_name (item)),
                 g_strdup (_("Deploy or choose a master target with the same operating system as the VM.")));
          else
            {
              check_master_target (run, mt);
              check_master_target_snapshots (run, fb_master_target_get_name (mt));
              check_master_target_os (run, item, mt);
            }
        }
      check_item_health (run, item);
      if (self->stage == FB_PREFLIGHT_STAGE_FAILBACK)
        check_recovery_points (run, entry);
      if (onprem_target)
        {
          check_physical (run, item);
          check_location (run, item, vm, missing, mt);
          if (self->stage == FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES && modern)
            check_reprotect_agent_datastore (run, item, agent);
          else if (self->stage == FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES)
            {
              check_datastore (run, item, vm, mt);
              check_datastore_access (run, item, vm, mt);
            }
          check_host_memory (run, item, vm, mt);
        }
      else
        check_agent_registration (run, item);
    }
}

/* ---------------------------------------------------------------------------
 * Remedies
 */

static void
on_relocated (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!fb_vcenter_client_relocate_finish (FB_VCENTER_CLIENT (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
fb_preflight_apply_remedy_async (FbPreflight         *self,
                                 FbPreflightCheck    *check,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  const FbPreflightAction *action;

  g_return_if_fail (FB_IS_PREFLIGHT (self));
  g_return_if_fail (FB_IS_PREFLIGHT_CHECK (check));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_preflight_apply_remedy_async);
  action = fb_preflight_check_get_action (check);
  if (action == NULL || action->kind != FB_PREFLIGHT_ACTION_VMOTION || self->vcenter == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Failback cannot carry out this remedy itself."));
      g_object_unref (task);
      return;
    }
  fb_vcenter_client_relocate_async (self->vcenter, action->vm_id, action->host_id, NULL,
                                    cancellable, on_relocated, task);
}

gboolean
fb_preflight_apply_remedy_finish (FbPreflight   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
fb_preflight_is_agent_not_registered (const char *error_code,
                                      const char *message)
{
  if (error_code && (g_ascii_strcasecmp (error_code, "AgentNotInstalled") == 0))
    return TRUE;
  if (message)
    {
      g_autofree char *lower = g_ascii_strdown (message, -1);
      return strstr (lower, "agent not installed") != NULL ||
             strstr (lower, "agent is not installed") != NULL;
    }
  return FALSE;
}

FbCountdown *
fb_preflight_new_agent_countdown (GDateTime *failed_back_at,
                                  GDateTime *now,
                                  guint      tick_ms)
{
  gint64 seconds = AGENT_REGISTRATION_SECONDS;

  if (failed_back_at && now)
    seconds = AGENT_REGISTRATION_SECONDS - g_date_time_difference (now, failed_back_at) / G_TIME_SPAN_SECOND;
  return fb_countdown_new ((guint) CLAMP (seconds, 60, AGENT_REGISTRATION_SECONDS), tick_ms);
}
