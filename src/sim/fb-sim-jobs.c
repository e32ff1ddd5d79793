/* fb-sim-jobs.c - actions, request validation, jobs and the round trip
 *
 * Every action is validated like the service (400 with a precise error),
 * then starts a job whose tasks run on the simulator's GMainContext in
 * scaled time.  At the end of the job the items move to their next phase
 * (/work/briefs/roundtrip.md is the table this file implements).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fb-sim-private.h"

/* from fb-sim-scenario.c / fb-sim-arm.c */
GPtrArray *fb_sim_task_array_new (void);
gboolean   fb_sim_item_recovery_point_valid (FbSimItem *item, const char *arm_id);
GPtrArray *fb_sim_plan_items (FbSimPlan *plan);
GPtrArray *fb_sim_plan_allowed_operations (FbSimPlan *plan);

#define DEFAULT_HOST "esx-nbg-01.contoso.local"

/* ---------- item state ---------- */

gboolean
fb_sim_item_agent_registered (FbSimItem *item, gint64 now)
{
  return !item->agent_held && (item->agent_registered_at == 0 || now >= item->agent_registered_at);
}

const char *
fb_sim_item_protection_state (FbSimItem *item, const char **description)
{
  const char *s, *d;

  switch (item->phase)
    {
    case FB_SIM_PHASE_ENABLING:
      s = "EnablingProtection";
      d = N_("Enabling protection");
      break;
    case FB_SIM_PHASE_PROTECTED_TO_AZURE:
      s = "Protected";
      d = item->test_failover_active ? N_("Cleanup test failover pending") : N_("Protected");
      break;
    case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
      s = "UnplannedFailoverCommitPendingStatesBegin";
      d = N_("Failover completed");
      break;
    case FB_SIM_PHASE_RUNNING_IN_AZURE:
      s = "UnplannedFailoverCommitted";
      d = N_("Failover committed");
      break;
    case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
      s = "Protected";
      d = N_("Protected");
      break;
    case FB_SIM_PHASE_FAILED_BACK:
      s = item->fabric->modern ? "PlannedFailoverCommitRequired" : "UnplannedFailoverCommitPendingStatesBegin";
      d = item->fabric->modern ? N_("Planned failover finished") : N_("Failover completed");
      break;
    case FB_SIM_PHASE_RUNNING_ONPREM:
    default:
      s = item->fabric->modern ? "PlannedFailoverStatesBegin" : "UnplannedFailoverCommitted";
      d = item->fabric->modern ? N_("Planned failover committed") : N_("Failover committed");
      break;
    }
  if (description != NULL)
    *description = d;
  return s;
}

GPtrArray *
fb_sim_item_allowed_operations (FbSimItem *item)
{
  GPtrArray *ops = g_ptr_array_new ();

  if (item->current_job != NULL)
    return ops;
  switch (item->phase)
    {
    case FB_SIM_PHASE_ENABLING:
      g_ptr_array_add (ops, "DisableProtection");
      break;
    case FB_SIM_PHASE_PROTECTED_TO_AZURE:
      /* after a test failover the service waits for its cleanup and offers
       * nothing else (ReplicationProtectedItems_TestFailover example) */
      if (item->test_failover_active)
        {
          g_ptr_array_add (ops, "TestFailoverCleanup");
          break;
        }
      g_ptr_array_add (ops, "UnplannedFailover");
      g_ptr_array_add (ops, "TestFailover");
      g_ptr_array_add (ops, "DisableProtection");
      g_ptr_array_add (ops, "RepairReplication");
      break;
    case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
      g_ptr_array_add (ops, "Commit");
      if (!item->fabric->modern)
        g_ptr_array_add (ops, "ChangePit");
      g_ptr_array_add (ops, "CancelFailover");
      break;
    case FB_SIM_PHASE_RUNNING_IN_AZURE:
    case FB_SIM_PHASE_RUNNING_ONPREM:
      g_ptr_array_add (ops, "ReverseReplicate");
      g_ptr_array_add (ops, "DisableProtection");
      break;
    case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
      g_ptr_array_add (ops, item->fabric->modern ? "PlannedFailover" : "UnplannedFailover");
      g_ptr_array_add (ops, "DisableProtection");
      break;
    case FB_SIM_PHASE_FAILED_BACK:
      g_ptr_array_add (ops, "Commit");
      g_ptr_array_add (ops, "CancelFailover");
      break;
    default:
      break;
    }
  return ops;
}

static gboolean
item_allows (FbSimItem *item, const char *op)
{
  g_autoptr(GPtrArray) ops = fb_sim_item_allowed_operations (item);

  for (guint i = 0; i < ops->len; i++)
    if (g_str_equal (g_ptr_array_index (ops, i), op))
      return TRUE;
  return FALSE;
}

static gboolean
is_win2008r2_physical (FbSimItem *item)
{
  return item->physical && g_strcmp0 (item->os_type, "Windows") == 0 &&
         item->os_name != NULL && strstr (item->os_name, "2008 R2") != NULL;
}

/* ---------- errors ---------- */

FbSimJobError *
fb_sim_job_error_ref (FbSimJobError *error)
{
  return g_rc_box_acquire (error);
}

static void
job_error_clear (gpointer p)
{
  FbSimJobError *error = p;

  for (guint l = 0; l < FB_SIM_N_LANGS; l++)
    g_clear_pointer (&error->in[l], json_object_unref);
}

void
fb_sim_job_error_unref (FbSimJobError *error)
{
  g_rc_box_release_full (error, job_error_clear);
}

/* A JobErrorDetails in every language; clears the texts. */
static FbSimJobError *
job_error (FbSimJob *job, FbSimTask *task, const char *code, FbSimText *message,
           FbSimText *causes, FbSimText *action, int provider_code, FbSimText *provider_message)
{
  FbSimJobError *error = g_rc_box_new0 (FbSimJobError);
  g_autofree char *eid = fb_sim_guid (job->vault->world);
  gint64 now = g_get_real_time ();

  for (guint l = 0; l < FB_SIM_N_LANGS; l++)
    {
      JsonObject *e = fb_sim_obj ();
      JsonObject *s = fb_sim_obj ();

      fb_sim_set_str (s, "code", code);
      fb_sim_set_str (s, "message", message->in[l]);
      fb_sim_set_str (s, "possibleCauses", causes->in[l]);
      fb_sim_set_str (s, "recommendedAction", action->in[l]);
      fb_sim_set_str (s, "activityId", job->activity_id);
      fb_sim_set_obj (e, "serviceErrorDetails", s);
      if (provider_code != 0)
        {
          JsonObject *p = fb_sim_obj ();

          fb_sim_set_int (p, "errorCode", provider_code);
          fb_sim_set_str (p, "errorMessage", provider_message != NULL ? provider_message->in[l] : message->in[l]);
          fb_sim_set_str (p, "errorId", eid);
          fb_sim_set_str (p, "possibleCauses", causes->in[l]);
          fb_sim_set_str (p, "recommendedAction", action->in[l]);
          fb_sim_set_obj (e, "providerErrorDetails", p);
        }
      else
        fb_sim_set_null (e, "providerErrorDetails");
      fb_sim_set_str (e, "errorLevel", "Error");
      fb_sim_set_time (e, "creationTime", now);
      fb_sim_set_str (e, "taskId", task != NULL ? task->task_id : NULL);
      error->in[l] = e;
    }
  fb_sim_text_clear (message);
  fb_sim_text_clear (causes);
  fb_sim_text_clear (action);
  if (provider_message != NULL)
    fb_sim_text_clear (provider_message);
  return error;
}

static FbSimJobError *
physical_not_supported (FbSimJob *job, FbSimTask *task, FbSimText *message)
{
  FbSimText causes = { 0 }, action = { 0 };

  fb_sim_text_set (&causes, N_("A physical server running Windows Server 2008 R2 SP1 that failed over to Azure cannot fail back to on-premises."));
  fb_sim_text_set (&action, N_("Keep the machine running in Azure, or rebuild it on-premises and protect it again."));
  return job_error (job, task, "PhysicalServerFailbackNotSupported", message, &causes, &action, 95110, NULL);
}

/* Runs a task's check for one item.  Returns a JobErrorDetails or NULL. */
static FbSimJobError *
run_check (FbSimJob *job, FbSimTask *task, FbSimItem *it)
{
  FbSimWorld *world = job->vault->world;
  FbSimVcenter *vc = world->vcenter;
  FbSimText message = { 0 }, causes = { 0 }, action = { 0 };

  switch (task->check)
    {
    case FB_SIM_CHECK_PREREQ_FAILBACK:
      {
        gboolean connected = vc == NULL || fb_sim_vcenter_is_connected (vc);
        FbSimVcenterRef *bad = NULL;

        for (guint i = 0; i < it->fabric->vcenters->len; i++)
          {
            FbSimVcenterRef *ref = g_ptr_array_index (it->fabric->vcenters, i);

            if (!ref->connected)
              bad = ref;
          }
        if (is_win2008r2_physical (it))
          {
            fb_sim_text_printf (&message,
                                /* Translators: Azure's words; %s: a machine name, (%s): its operating system */
                                N_("Failback of the physical server '%s' (%s) is not supported."),
                                it->friendly_name, it->os_name);
            return physical_not_supported (job, task, &message);
          }
        if (!connected || bad != NULL)
          {
            fb_sim_text_printf (&message,
                                /* Translators: Azure's words; the %s are the vCenter server, the configuration server and the machine */
                                N_("The vCenter server '%s' is not connected to the configuration server '%s'. The failback of '%s' cannot continue."),
                                bad != NULL ? bad->friendly_name : "vc-nbg-01.contoso.local",
                                it->fabric->friendly_name, it->friendly_name);
            fb_sim_text_set (&causes, N_("The vCenter server is unreachable from the configuration server or its credentials changed; disks cannot be detached or attached."));
            fb_sim_text_set (&action, N_("Reconnect the vCenter server on the configuration server (check network and the run-as account), then retry the failover."));
            return job_error (job, task, "VCenterNotConnected", &message, &causes, &action, 95109, NULL);
          }
        if (!fb_sim_item_has_recovery_points (it))
          {
            fb_sim_text_printf (&message,
                                /* Translators: Azure's words; %s: a machine name */
                                N_("No recovery point is available for '%s'."), it->friendly_name);
            fb_sim_text_set (&causes, N_("Replication has not produced a recovery point yet."));
            fb_sim_text_set (&action, N_("Wait until a recovery point is available, then retry."));
            return job_error (job, task, "NoRecoveryPointAvailable", &message, &causes, &action, 95111, NULL);
          }
        return NULL;
      }
    case FB_SIM_CHECK_PREREQ_REPROTECT_ONPREM:
      {
        FbSimMasterTarget *mt;

        if (is_win2008r2_physical (it))
          {
            fb_sim_text_printf (&message,
                                /* Translators: Azure's words; %s: a machine name, (%s): its operating system */
                                N_("Reprotect of the physical server '%s' (%s) to on-premises is not supported: it cannot fail back."),
                                it->friendly_name, it->os_name);
            return physical_not_supported (job, task, &message);
          }
        mt = it->fabric->modern ? NULL : fb_sim_fabric_find_master_target (it->fabric, fb_sim_obj_get_str (job->input, "masterTargetId"));
        if (mt != NULL && fb_sim_master_target_has_snapshots (world, mt))
          {
            fb_sim_text_printf (&message,
                                /* Translators: Azure's words; the %s are the master target server and the machine */
                                N_("The master target server '%s' has virtual machine snapshots. Reprotect of '%s' cannot continue."),
                                mt->name, it->friendly_name);
            fb_sim_text_set (&causes, N_("A snapshot of the master target virtual machine exists; disks cannot be attached to it."));
            fb_sim_text_set (&action, N_("Delete all snapshots of the master target virtual machine in vCenter, then retry the reprotect."));
            return job_error (job, task, "MasterTargetHasSnapshots", &message, &causes, &action, 95108, NULL);
          }
        return NULL;
      }
    case FB_SIM_CHECK_PREREQ_REPROTECT_AZURE:
      if (!fb_sim_item_agent_registered (it, g_get_real_time ()))
        {
          fb_sim_text_printf (&message,
                              /* Translators: Azure's words; %s: a machine name.  Keep "agent not installed" recognisable. */
                              N_("Reprotect of '%s' failed: agent not installed. The Mobility service agent on the on-premises machine has not registered with the configuration server yet."),
                              it->friendly_name);
          fb_sim_text_set (&causes, N_("After a failback the Mobility service agent of the machine takes up to 15 minutes to register with the configuration server."));
          fb_sim_text_set (&action, N_("Wait up to 15 minutes for the agent to register with the configuration server, then retry the reprotect."));
          return job_error (job, task, "AgentNotInstalled", &message, &causes, &action, 95107, NULL);
        }
      return NULL;
    case FB_SIM_CHECK_SHUTDOWN_AZURE:
      it->azure_vm_running = FALSE;
      return NULL;
    case FB_SIM_CHECK_SYNC_ONPREM:
      if (vc != NULL && !fb_sim_vcenter_vm_exists (vc, it->friendly_name))
        fb_sim_vcenter_ensure_vm (vc, it->friendly_name, it->host != NULL ? it->host : DEFAULT_HOST,
                                  it->reverse_datastore != NULL ? it->reverse_datastore : it->datastore,
                                  it->memory_mb, it->cpus,
                                  g_strcmp0 (it->os_type, "Linux") == 0 ? "OTHER_LINUX_64" : "WINDOWS_SERVER_2019");
      return NULL;
    case FB_SIM_CHECK_START_ONPREM:
      {
        g_autofree char *host = NULL;

        if (vc == NULL || fb_sim_vcenter_power_on_vm (vc, it->friendly_name, &host))
          return NULL;
        /* only a host that lacks memory is error 8038; a VM the simulated
         * vCenter does not place on any host comes up regardless */
        if (host == NULL)
          return NULL;
        {
          const char *h = host != NULL ? host : (it->host != NULL ? it->host : DEFAULT_HOST);
          FbSimText provider = { 0 };

          fb_sim_text_printf (&message,
                              /* Translators: Azure's words (error 8038); the %s are the machine and the ESXi host */
                              N_("The virtual machine '%s' could not be started on the on-premises ESXi host '%s': the host does not have enough free memory."),
                              it->friendly_name, h);
          fb_sim_text_printf (&provider,
                              /* Translators: the provider's words (error 8038); the %s are the machine and the ESXi host */
                              N_("Failed to power on virtual machine '%s' on host '%s'. Insufficient memory resources on the host."),
                              it->friendly_name, h);
          fb_sim_text_printf (&causes,
                              /* Translators: Azure's words (error 8038); %s: the ESXi host, %u: the machine's memory in MB */
                              N_("The ESXi host '%s' lacks free memory for the virtual machine (%u MB)."), h, it->memory_mb);
          fb_sim_text_printf (&action,
                              /* Translators: Azure's words (error 8038); the %s are the ESXi host and the machine */
                              N_("Give the host '%s' more memory, or migrate (vMotion) the virtual machine '%s' to an ESXi host with enough free memory, then retry the failover."),
                              h, it->friendly_name);
          return job_error (job, task, "8038", &message, &causes, &action, 8038, &provider);
        }
      }
    case FB_SIM_CHECK_START_AZURE:
      it->azure_vm_exists = TRUE;
      it->azure_vm_running = TRUE;
      return NULL;
    case FB_SIM_CHECK_SHUTDOWN_ONPREM:
      if (vc != NULL && fb_sim_vcenter_vm_exists (vc, it->friendly_name))
        fb_sim_vcenter_power_off_vm (vc, it->friendly_name);
      return NULL;
    case FB_SIM_CHECK_PREREQ_FAILOVER:
    case FB_SIM_CHECK_NONE:
    default:
      return NULL;
    }
}

/* ---------- jobs ---------- */

static FbSimTask *
task_new (FbSimJob *job, const char *name, const char *friendly, double weight, FbSimCheck check, FbSimItem *item)
{
  FbSimTask *t = g_new0 (FbSimTask, 1);

  t->task_id = fb_sim_guid (job->vault->world);
  t->name = g_strdup (name);
  t->friendly_name = g_strdup (friendly);
  t->state = g_strdup ("NotStarted");
  t->state_description = g_strdup ("NotStarted");
  t->weight = weight;
  t->check = check;
  t->item = item;
  return t;
}

/* A per-VM step: flat for a single item, a group task for a plan. */
static void
add_vm_step (FbSimJob *job, const char *name, const char *friendly, double weight, FbSimCheck check,
             const char *group_friendly)
{
  if (job->plan == NULL && job->items->len == 1)
    {
      g_ptr_array_add (job->tasks, task_new (job, name, friendly, weight, check, g_ptr_array_index (job->items, 0)));
      return;
    }
  {
    FbSimTask *g = task_new (job, "GroupTask", group_friendly != NULL ? group_friendly : friendly, weight, check, NULL);

    g->children = fb_sim_task_array_new ();
    for (guint i = 0; i < job->items->len; i++)
      {
        FbSimItem *it = g_ptr_array_index (job->items, i);
        FbSimTask *c = task_new (job, name, friendly, weight, check, it);

        c->friendly_item = g_strdup (it->friendly_name);
        g_ptr_array_add (g->children, c);
      }
    g_ptr_array_add (job->tasks, g);
  }
}

static void
add_task (FbSimJob *job, const char *name, const char *friendly, double weight, FbSimCheck check)
{
  g_ptr_array_add (job->tasks, task_new (job, name, friendly, weight, check, NULL));
}

static FbSimJob *
job_new (FbSimVault *vault, FbSimAction action, const char *scenario, const char *friendly)
{
  FbSimWorld *world = vault->world;
  FbSimJob *job = g_new0 (FbSimJob, 1);
  g_autofree char *a = fb_sim_guid (world);
  g_autofree char *b = fb_sim_guid (world);

  job->vault = vault;
  job->name = fb_sim_guid (world);
  job->activity_id = g_strdup_printf ("%s ActivityId: %s", a, b);
  job->action = action;
  job->scenario_name = g_strdup (scenario);
  job->friendly_name = g_strdup (friendly);
  job->state = g_strdup ("NotStarted");
  job->state_description = g_strdup ("NotStarted");
  job->tasks = fb_sim_task_array_new ();
  job->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_sim_job_error_unref);
  job->items = g_ptr_array_new ();
  job->failed_items = g_hash_table_new (NULL, NULL);
  job->total_seconds = world->job_min_seconds +
                       g_rand_double (world->rand) * (world->job_max_seconds - world->job_min_seconds);
  return job;
}

static void
job_register (FbSimJob *job)
{
  g_ptr_array_add (job->vault->jobs, job);
  g_hash_table_insert (job->vault->jobs_by_name, g_ascii_strdown (job->name, -1), job);
}

static void
set_str (char **field, const char *v)
{
  g_free (*field);
  *field = g_strdup (v);
}

static double
task_seconds (FbSimJob *job, FbSimTask *task)
{
  double sum = 0;

  for (guint i = 0; i < job->tasks->len; i++)
    {
      FbSimTask *t = g_ptr_array_index (job->tasks, i);

      if (!t->skipped)
        sum += t->weight;
    }
  if (task->skipped || sum <= 0)
    return 0.01;
  return job->total_seconds * task->weight / sum;
}

static void schedule_task (FbSimJob *job);
static void finish_job (FbSimJob *job, const char *state, const char *description);

static void
release_items (FbSimJob *job)
{
  for (guint i = 0; i < job->items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (job->items, i);

      if (it->current_job == job)
        it->current_job = NULL;
    }
  if (job->plan != NULL && job->plan->current_job == job)
    {
      job->plan->current_job = NULL;
      job->plan->last_job = job;
    }
}

static void
apply_transition (FbSimJob *job, FbSimItem *it)
{
  FbSimWorld *world = job->vault->world;
  gint64 now = g_get_real_time ();

  switch (job->action)
    {
    case FB_SIM_ACTION_UNPLANNED_FAILOVER:
    case FB_SIM_ACTION_PLANNED_FAILOVER:
      if (it->phase == FB_SIM_PHASE_PROTECTED_TO_AZURE)
        {
          g_autofree char *rp = fb_sim_item_latest_recovery_point_id (it, FALSE);
          const char *chosen = fb_sim_obj_get_str (job->input, "recoveryPointId");

          set_str (&it->failover_recovery_point_id, chosen != NULL ? chosen : rp);
          it->phase = FB_SIM_PHASE_FAILED_OVER_TO_AZURE;
          it->test_failover_active = FALSE;
          it->last_failover_time = now;
          it->azure_vm_exists = TRUE;
          it->azure_vm_running = TRUE;
        }
      else if (it->phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM)
        {
          gboolean app = g_strcmp0 (fb_sim_obj_get_str (job->input, "recoveryPointType"), "ApplicationConsistent") == 0 ||
                         g_strcmp0 (fb_sim_obj_get_str (job->input, "recoveryPointType"), "LatestTag") == 0;
          g_autofree char *rp = fb_sim_item_latest_recovery_point_id (it, app);
          const char *chosen = fb_sim_obj_get_str (job->input, "recoveryPointId");

          set_str (&it->failover_recovery_point_id, chosen != NULL ? chosen : rp);
          it->phase = FB_SIM_PHASE_FAILED_BACK;
          it->last_failover_time = now;
          it->azure_vm_running = FALSE;
          /* the agent registers up to 15 simulated minutes after the machine boots */
          it->agent_registered_at = now + (gint64) fb_sim_scaled_ms (world, world->agent_registration_minutes * 60.0) * 1000;
        }
      break;
    case FB_SIM_ACTION_COMMIT:
      if (it->phase == FB_SIM_PHASE_FAILED_OVER_TO_AZURE)
        it->phase = FB_SIM_PHASE_RUNNING_IN_AZURE;
      else if (it->phase == FB_SIM_PHASE_FAILED_BACK)
        {
          it->phase = FB_SIM_PHASE_RUNNING_ONPREM;
          it->azure_vm_exists = FALSE;
          it->azure_vm_running = FALSE;
        }
      break;
    case FB_SIM_ACTION_CANCEL:
      if (it->phase == FB_SIM_PHASE_FAILED_OVER_TO_AZURE)
        {
          it->phase = FB_SIM_PHASE_PROTECTED_TO_AZURE;
          it->azure_vm_exists = FALSE;
          it->azure_vm_running = FALSE;
          g_clear_pointer (&it->failover_recovery_point_id, g_free);
        }
      else if (it->phase == FB_SIM_PHASE_FAILED_BACK)
        {
          it->phase = FB_SIM_PHASE_PROTECTED_TO_ONPREM;
          it->azure_vm_running = TRUE;
          it->agent_registered_at = 0;
          if (world->vcenter != NULL && fb_sim_vcenter_vm_exists (world->vcenter, it->friendly_name))
            fb_sim_vcenter_power_off_vm (world->vcenter, it->friendly_name);
        }
      break;
    case FB_SIM_ACTION_REPROTECT:
      if (it->phase == FB_SIM_PHASE_RUNNING_IN_AZURE)
        {
          it->phase = FB_SIM_PHASE_PROTECTED_TO_ONPREM;
          it->protected_since = now;
          it->generation++;
          g_clear_pointer (&it->failover_recovery_point_id, g_free);
          if (it->fabric->modern)
            {
              set_str (&it->reprotect_agent_id, fb_sim_obj_get_str (job->input, "reprotectAgentId"));
              set_str (&it->reverse_datastore, fb_sim_obj_get_str (job->input, "datastoreName"));
              set_str (&it->log_storage_account_id, fb_sim_obj_get_str (job->input, "logStorageAccountId"));
            }
          else
            {
              const char *slash = strrchr (job->new_item_id, '/');

              set_str (&it->master_target_id, fb_sim_obj_get_str (job->input, "masterTargetId"));
              set_str (&it->process_server_id, fb_sim_obj_get_str (job->input, "processServerId"));
              set_str (&it->retention_drive, fb_sim_obj_get_str (job->input, "retentionDrive"));
              if (fb_sim_obj_get_str (job->input, "datastoreName") != NULL)
                set_str (&it->reverse_datastore, fb_sim_obj_get_str (job->input, "datastoreName"));
              if (slash != NULL)
                fb_sim_vault_rename_item (it->vault, it, slash + 1);
            }
          if (fb_sim_obj_get_str (job->input, "runAsAccountId") != NULL)
            set_str (&it->run_as_account_id, fb_sim_obj_get_str (job->input, "runAsAccountId"));
        }
      else if (it->phase == FB_SIM_PHASE_RUNNING_ONPREM)
        {
          it->phase = FB_SIM_PHASE_PROTECTED_TO_AZURE;
          it->protected_since = now;
          it->generation++;
          it->agent_registered_at = 0;
          g_clear_pointer (&it->failover_recovery_point_id, g_free);
        }
      break;
    case FB_SIM_ACTION_TEST_FAILOVER:
      it->test_failover_active = TRUE;
      it->last_test_failover_time = now;
      break;
    case FB_SIM_ACTION_TEST_FAILOVER_CLEANUP:
      it->test_failover_active = FALSE;
      break;
    case FB_SIM_ACTION_APPLY_RECOVERY_POINT:
      if (fb_sim_obj_get_str (job->input, "recoveryPointId") != NULL)
        set_str (&it->failover_recovery_point_id, fb_sim_obj_get_str (job->input, "recoveryPointId"));
      break;
    case FB_SIM_ACTION_REPAIR:
      set_str (&it->replication_health, "Normal");
      break;
    case FB_SIM_ACTION_DISABLE_PROTECTION:
      fb_sim_vault_remove_item (it->vault, it);
      break;
    default:
      break;
    }
}

static void
finish_job (FbSimJob *job, const char *state, const char *description)
{
  if (job->timer != NULL)
    {
      g_source_destroy (job->timer);
      g_clear_pointer (&job->timer, g_source_unref);
    }
  set_str (&job->state, state);
  set_str (&job->state_description, description);
  job->end_time = g_get_real_time ();
  g_debug ("job %s (%s on %s): %s", job->name, job->scenario_name, job->target_object_name, state);
  if (job->plan != NULL)
    {
      if (g_str_equal (state, "Succeeded"))
        {
          gint64 now = job->end_time;

          /* a test failover leaves the plan waiting for its cleanup
           * (ReplicationRecoveryPlans_TestFailover example) */
          set_str (&job->plan->last_status, job->action == FB_SIM_ACTION_TEST_FAILOVER ? "Suspended" : "Succeeded");
          if (job->action == FB_SIM_ACTION_UNPLANNED_FAILOVER)
            job->plan->last_unplanned_failover = now;
          else if (job->action == FB_SIM_ACTION_PLANNED_FAILOVER)
            job->plan->last_planned_failover = now;
          else if (job->action == FB_SIM_ACTION_TEST_FAILOVER)
            job->plan->last_test_failover = now;
        }
      else
        set_str (&job->plan->last_status, state);
    }
  release_items (job);
}

static void
complete_job (FbSimJob *job)
{
  guint failed = g_hash_table_size (job->failed_items);

  for (guint i = 0; i < job->items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (job->items, i);

      if (!g_hash_table_contains (job->failed_items, it))
        apply_transition (job, it);
    }
  if (failed == 0)
    finish_job (job, "Succeeded", "Completed");
  else
    finish_job (job, "Failed", failed < job->items->len ? "PartiallySucceeded" : "Failed");
}

static void
task_set_state (FbSimTask *t, const char *state, const char *desc)
{
  set_str (&t->state, state);
  set_str (&t->state_description, desc);
}

static void
start_task (FbSimTask *t, gint64 now)
{
  t->start_time = now;
  if (t->skipped)
    task_set_state (t, "InProgress", "InProgress");
  else
    task_set_state (t, "InProgress", "InProgress");
  for (guint i = 0; t->children != NULL && i < t->children->len; i++)
    start_task (g_ptr_array_index (t->children, i), now);
}

/* Ends the current task; returns FALSE when the job must stop. */
static gboolean
end_task (FbSimJob *job, FbSimTask *t)
{
  gint64 now = g_get_real_time ();
  gboolean job_fails = FALSE;

  t->end_time = now;
  if (t->skipped)
    {
      task_set_state (t, "Other", "Skipped");
      return TRUE;
    }
  if (t->children != NULL)
    {
      guint bad = 0, alive = 0;

      for (guint i = 0; i < t->children->len; i++)
        {
          FbSimTask *c = g_ptr_array_index (t->children, i);
          FbSimJobError *err;

          c->end_time = now;
          if (g_hash_table_contains (job->failed_items, c->item))
            {
              task_set_state (c, "Other", "Skipped");
              continue;
            }
          alive++;
          err = run_check (job, c, c->item);
          if (err != NULL)
            {
              task_set_state (c, "Failed", "Failed");
              c->error = fb_sim_job_error_ref (err);
              g_ptr_array_add (job->errors, err);
              g_hash_table_add (job->failed_items, c->item);
              bad++;
            }
          else
            task_set_state (c, "Succeeded", "Completed");
        }
      if (bad > 0)
        task_set_state (t, "Failed", bad < alive ? "PartiallySucceeded" : "Failed");
      else
        task_set_state (t, "Succeeded", "Completed");
      /* the job goes on while some VM of the plan is still alive */
      return g_hash_table_size (job->failed_items) < job->items->len;
    }
  if (t->item != NULL)
    {
      FbSimJobError *err = run_check (job, t, t->item);

      if (err != NULL)
        {
          t->error = fb_sim_job_error_ref (err);
          g_ptr_array_add (job->errors, err);
          g_hash_table_add (job->failed_items, t->item);
          job_fails = TRUE;
        }
    }
  else
    {
      /* job-level task: checks every item (plan prerequisites) */
      for (guint i = 0; i < job->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (job->items, i);
          FbSimJobError *err = run_check (job, t, it);

          if (err != NULL)
            {
              if (t->error == NULL)
                t->error = fb_sim_job_error_ref (err);
              g_ptr_array_add (job->errors, err);
              g_hash_table_add (job->failed_items, it);
              job_fails = TRUE;
            }
        }
    }
  if (job_fails)
    {
      task_set_state (t, "Failed", "Failed");
      /* a failed prerequisite fails the whole job, even for a plan */
      for (guint i = 0; i < job->items->len; i++)
        g_hash_table_add (job->failed_items, g_ptr_array_index (job->items, i));
      return FALSE;
    }
  task_set_state (t, "Succeeded", "Completed");
  return TRUE;
}

static gboolean
task_timer_cb (gpointer user_data)
{
  FbSimJob *job = user_data;
  FbSimTask *t = g_ptr_array_index (job->tasks, job->current_task);

  g_clear_pointer (&job->timer, g_source_unref);
  if (job->cancel_requested)
    {
      t->end_time = g_get_real_time ();
      task_set_state (t, "Cancelled", "Cancelled");
      finish_job (job, "Cancelled", "Cancelled");
      return G_SOURCE_REMOVE;
    }
  if (!end_task (job, t))
    {
      finish_job (job, "Failed", "Failed");
      return G_SOURCE_REMOVE;
    }
  job->current_task++;
  if (job->current_task >= job->tasks->len)
    {
      complete_job (job);
      return G_SOURCE_REMOVE;
    }
  schedule_task (job);
  return G_SOURCE_REMOVE;
}

static void
schedule_task (FbSimJob *job)
{
  FbSimTask *t = g_ptr_array_index (job->tasks, job->current_task);
  FbSimWorld *world = job->vault->world;

  start_task (t, g_get_real_time ());
  if (t->check == FB_SIM_CHECK_MANUAL_ACTION)
    {
      /* waits for POST .../replicationJobs/{job}/resume */
      task_set_state (t, "InProgress", "WaitingForManualAction");
      set_str (&job->state, "Suspended");
      set_str (&job->state_description, "Suspended");
      return;
    }
  job->timer = g_timeout_source_new (fb_sim_scaled_ms (world, task_seconds (job, t)));
  g_source_set_callback (job->timer, task_timer_cb, job, NULL);
  g_source_attach (job->timer, world->context);
}

static void
job_start (FbSimJob *job)
{
  job->start_time = g_get_real_time ();
  if (job->items->len > 0)
    job->phase_before = ((FbSimItem *) g_ptr_array_index (job->items, 0))->phase;
  set_str (&job->state, "InProgress");
  set_str (&job->state_description, "InProgress");
  for (guint i = 0; i < job->items->len; i++)
    ((FbSimItem *) g_ptr_array_index (job->items, i))->current_job = job;
  if (job->plan != NULL)
    job->plan->current_job = job;
  job_register (job);
  if (job->tasks->len == 0)
    add_task (job, "Task", job->friendly_name, 1, FB_SIM_CHECK_NONE);
  job->current_task = 0;
  schedule_task (job);
}

void
fb_sim_world_stop_jobs (FbSimWorld *world)
{
  for (guint v = 0; v < world->vaults->len; v++)
    {
      FbSimVault *vault = g_ptr_array_index (world->vaults, v);

      for (guint j = 0; j < vault->jobs->len; j++)
        {
          FbSimJob *job = g_ptr_array_index (vault->jobs, j);

          if (job->timer != NULL)
            {
              g_source_destroy (job->timer);
              g_clear_pointer (&job->timer, g_source_unref);
            }
        }
    }
}

/* ---------- building jobs ---------- */

/* The end actions of a plan's groups: a manual action suspends the job. */
static void
add_manual_actions (FbSimJob *job)
{
  if (job->plan == NULL)
    return;
  for (guint g = 0; g < job->plan->groups->len; g++)
    {
      FbSimPlanGroup *grp = g_ptr_array_index (job->plan->groups, g);

      for (guint k = 0; grp->manual_actions != NULL && grp->manual_actions[k] != NULL; k++)
        {
          g_auto(GStrv) parts = g_strsplit (grp->manual_actions[k], "\n", 2);
          FbSimTask *t = task_new (job, "ManualActionTask", parts[0], 0.5, FB_SIM_CHECK_MANUAL_ACTION, NULL);

          t->description = g_strdup (parts[1]);
          g_ptr_array_add (job->tasks, t);
        }
    }
}

static void
build_tasks (FbSimJob *job, FbSimPhase phase, gboolean shutdown_source)
{
  gboolean failback = phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM;

  switch (job->action)
    {
    case FB_SIM_ACTION_UNPLANNED_FAILOVER:
    case FB_SIM_ACTION_PLANNED_FAILOVER:
      if (failback)
        {
          add_task (job, "FailoverPrerequisitesCheck", N_("Prerequisites check for failover"), 1, FB_SIM_CHECK_PREREQ_FAILBACK);
          add_vm_step (job, "ShutdownAzureVmTask", N_("Shut down the virtual machine in Azure"), 2, FB_SIM_CHECK_SHUTDOWN_AZURE,
                       N_("Shut down the virtual machines in Azure"));
          add_vm_step (job, "SynchronizeDataTask", N_("Synchronizing data"), 4, FB_SIM_CHECK_SYNC_ONPREM,
                       N_("Synchronizing data"));
          add_task (job, "StartFailoverTask", N_("Start failover"), 1, FB_SIM_CHECK_NONE);
          add_vm_step (job, "StartOnPremisesVmTask", N_("Start the virtual machine on-premises"), 2, FB_SIM_CHECK_START_ONPREM,
                       N_("Group 1: Start"));
          add_manual_actions (job);
        }
      else
        {
          FbSimTask *t;

          add_task (job, "FailoverPrerequisitesCheck", N_("Prerequisites check for failover"), 1, FB_SIM_CHECK_PREREQ_FAILOVER);
          add_vm_step (job, "ShutdownSourceVmTask", N_("Shut down the virtual machine"), 1, FB_SIM_CHECK_SHUTDOWN_ONPREM,
                       N_("Shut down the virtual machines"));
          t = g_ptr_array_index (job->tasks, job->tasks->len - 1);
          t->skipped = !shutdown_source;
          for (guint i = 0; t->children != NULL && i < t->children->len; i++)
            ((FbSimTask *) g_ptr_array_index (t->children, i))->skipped = !shutdown_source;
          add_task (job, "SynchronizeLatestChangesTask", N_("Synchronizing the latest changes"), 2, FB_SIM_CHECK_NONE);
          add_task (job, "StartFailoverTask", N_("Start failover"), 2, FB_SIM_CHECK_NONE);
          add_vm_step (job, "StartReplicaVmTask", N_("Start the replica virtual machine"), 2, FB_SIM_CHECK_START_AZURE,
                       N_("Group 1: Start"));
          add_manual_actions (job);
        }
      break;
    case FB_SIM_ACTION_COMMIT:
      add_task (job, "CommitPrerequisitesCheck", N_("Prerequisites check for commit"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "CommitFailoverTask", N_("Commit failover"), 2, FB_SIM_CHECK_NONE, N_("Commit failover"));
      if (phase == FB_SIM_PHASE_FAILED_BACK)
        add_vm_step (job, "DeleteAzureVmTask", N_("Delete the virtual machine in Azure"), 2, FB_SIM_CHECK_NONE,
                     N_("Delete the virtual machines in Azure"));
      break;
    case FB_SIM_ACTION_CANCEL:
      add_task (job, "CancelFailoverPrerequisitesCheck", N_("Prerequisite check"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "CancelFailoverTask", N_("Cancel failover"), 2, FB_SIM_CHECK_NONE, N_("Cancel failover"));
      break;
    case FB_SIM_ACTION_REPROTECT:
      if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE && !job->items->len)
        break;
      if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE && !((FbSimItem *) g_ptr_array_index (job->items, 0))->fabric->modern)
        {
          FbSimTask *t;

          add_task (job, "SwitchReplicationGroupProtectionPreflightTask", N_("Prerequisite check"), 1, FB_SIM_CHECK_PREREQ_REPROTECT_ONPREM);
          add_task (job, "CommitFailoverTask", N_("Commit failover"), 0.5, FB_SIM_CHECK_NONE);
          t = g_ptr_array_index (job->tasks, job->tasks->len - 1);
          t->skipped = TRUE;
          add_task (job, "DiscoverReplicaTask", N_("Discover replica"), 1, FB_SIM_CHECK_NONE);
          add_task (job, "GetSwitchProtectionRequirementsTask", N_("Get switch protection requirements"), 1, FB_SIM_CHECK_NONE);
          add_vm_step (job, "ProtectReplicaTask", N_("Reprotecting virtual machine (1)"), 5, FB_SIM_CHECK_NONE,
                       N_("Reprotecting virtual machines"));
        }
      else if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE)
        {
          add_task (job, "ReverseReplicationPreflightTask", N_("Prerequisite check"), 1, FB_SIM_CHECK_PREREQ_REPROTECT_ONPREM);
          add_vm_step (job, "ReprotectTask", N_("Reprotecting virtual machine"), 5, FB_SIM_CHECK_NONE, N_("Reprotecting virtual machines"));
          add_vm_step (job, "InitialReplicationTask", N_("Starting initial replication"), 2, FB_SIM_CHECK_NONE, N_("Starting initial replication"));
        }
      else
        {
          add_task (job, "ReverseReplicationPreflightTask", N_("Prerequisite check"), 1, FB_SIM_CHECK_PREREQ_REPROTECT_AZURE);
          add_vm_step (job, "ReprotectTask", N_("Reprotecting virtual machine"), 5, FB_SIM_CHECK_NONE, N_("Reprotecting virtual machines"));
          add_vm_step (job, "InitialReplicationTask", N_("Starting initial replication"), 2, FB_SIM_CHECK_NONE, N_("Starting initial replication"));
        }
      break;
    case FB_SIM_ACTION_TEST_FAILOVER:
      add_task (job, "TestFailoverPrerequisitesCheck", N_("Prerequisites check for test failover"), 1, FB_SIM_CHECK_NONE);
      add_task (job, "CreateTestEnvironmentTask", N_("Create test environment"), 2, FB_SIM_CHECK_NONE);
      add_vm_step (job, "StartTestVmTask", N_("Start the virtual machine"), 2, FB_SIM_CHECK_NONE, N_("Group 1: Start"));
      add_manual_actions (job);
      break;
    case FB_SIM_ACTION_TEST_FAILOVER_CLEANUP:
      add_task (job, "TestFailoverCleanupTask", N_("Cleanup test failover"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "DeleteTestVmTask", N_("Delete the test virtual machine"), 2, FB_SIM_CHECK_NONE, N_("Delete the test virtual machines"));
      break;
    case FB_SIM_ACTION_APPLY_RECOVERY_POINT:
      add_task (job, "ChangePitPrerequisitesCheck", N_("Prerequisite check"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "ApplyRecoveryPointTask", N_("Apply recovery point"), 3, FB_SIM_CHECK_NONE, N_("Apply recovery point"));
      break;
    case FB_SIM_ACTION_REPAIR:
      add_task (job, "ResyncPrerequisitesCheck", N_("Prerequisite check"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "ResynchronizeTask", N_("Resynchronize"), 4, FB_SIM_CHECK_NONE, N_("Resynchronize"));
      break;
    case FB_SIM_ACTION_DISABLE_PROTECTION:
      add_task (job, "DisableProtectionPrerequisitesCheck", N_("Prerequisite check"), 1, FB_SIM_CHECK_NONE);
      add_vm_step (job, "DisableProtectionTask", N_("Disable replication"), 3, FB_SIM_CHECK_NONE, N_("Disable replication"));
      break;
    default:
      break;
    }
}

/* ---------- request validation ---------- */

/* A 400 with the service's words in the request's language: @causes,
 * @action and @fmt are msgids (N_), translated before formatting. */
static void
bad_request (FbSimRequest *req, const char *detail, const char *causes, const char *action, const char *fmt, ...) G_GNUC_PRINTF (5, 6);

static void
bad_request (FbSimRequest *req, const char *detail, const char *causes, const char *action, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *m = NULL;

  va_start (ap, fmt);
  m = g_strdup_vprintf (fb_sim_tr (req->world, fmt), ap);
  va_end (ap);
  fb_sim_reply_arm_error (req, 400, "BadRequest", detail, m, fb_sim_tr (req->world, causes),
                          fb_sim_tr (req->world, action));
}

static void
missing (FbSimRequest *req, const char *field)
{
  bad_request (req, "MissingRequiredParameter", N_("A required parameter of the request body is missing."),
               N_("Add the parameter and retry."),
               /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: a request field */
               N_("The required parameter '%s' is missing from the request body."), field);
}

static JsonObject *
props_of (FbSimRequest *req, gboolean required)
{
  JsonObject *p;

  if (req->body_invalid)
    {
      bad_request (req, "InvalidRequestBody", N_("The request body is not a JSON object."),
                   N_("Send the request body as JSON."), N_("The request body could not be parsed as a JSON object."));
      return NULL;
    }
  p = fb_sim_obj_get_obj (req->body, "properties");
  if (p == NULL && required)
    {
      missing (req, "properties");
      return NULL;
    }
  return p;
}

static gboolean
check_instance_type (FbSimRequest *req, JsonObject *psd, const char *expected, const char *op, FbSimItem *it)
{
  const char *got = fb_sim_obj_get_str (psd, "instanceType");

  if (psd == NULL)
    {
      missing (req, "properties.providerSpecificDetails");
      return FALSE;
    }
  if (got == NULL)
    {
      missing (req, "properties.providerSpecificDetails.instanceType");
      return FALSE;
    }
  if (g_strcmp0 (got, expected) != 0)
    {
      bad_request (req, "InvalidProviderSpecificInput",
                   N_("The provider-specific input does not match the replication provider of the protected item for this operation."),
                   N_("Use the provider-specific input type that the error names."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent, the operation, the machine, the replication provider, the expected value */
                   N_("The value '%s' of properties.providerSpecificDetails.instanceType is not valid for the operation '%s' on the protected item '%s' (replication provider '%s'). Expected '%s'."),
                   got, op, it->friendly_name, fb_sim_item_provider (it), expected);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_direction (FbSimRequest *req, JsonObject *props, const char *expected, gboolean required, const char *op, const char *name)
{
  const char *dir = fb_sim_obj_get_str (props, "failoverDirection");

  if (dir == NULL)
    {
      JsonNode *n = props != NULL ? json_object_get_member (props, "failoverDirection") : NULL;

      if (required || (n != NULL && !JSON_NODE_HOLDS_NULL (n)))
        {
          if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
            bad_request (req, "InvalidFailoverDirection", NULL, NULL,
                         N_("properties.failoverDirection must be a string ('PrimaryToRecovery' or 'RecoveryToPrimary')."));
          else
            missing (req, "properties.failoverDirection");
          return FALSE;
        }
      return TRUE;
    }
  if (g_strcmp0 (dir, expected) != 0)
    {
      bad_request (req, "InvalidFailoverDirection",
                   N_("The failover direction does not match where the protected item is active."),
                   N_("Read the item's activeLocation and allowedOperations, and send the direction the error names."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent, the operation, the protected item or plan, the expected value */
                   N_("The value '%s' of properties.failoverDirection is not valid for the operation '%s' on '%s'. Expected '%s'."),
                   dir, op, name, expected);
      return FALSE;
    }
  return TRUE;
}

static gboolean
require_str (FbSimRequest *req, JsonObject *psd, const char *field)
{
  const char *v = fb_sim_obj_get_str (psd, field);

  if (v == NULL || *v == '\0')
    {
      g_autofree char *path = g_strdup_printf ("properties.providerSpecificDetails.%s", field);

      missing (req, path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_recovery_point (FbSimRequest *req, FbSimItem *it, const char *field_path, const char *id)
{
  if (id == NULL)
    return TRUE;
  if (!fb_sim_item_recovery_point_valid (it, id))
    {
      bad_request (req, "InvalidRecoveryPointId", N_("The recovery point does not exist or belongs to another protected item."),
                   N_("List the item's recovery points and use one of their ids."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: a request field, the machine, the id sent */
                   N_("The value of %s does not name a recovery point of the protected item '%s': '%s'."),
                   field_path, it->friendly_name, id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_policy (FbSimRequest *req, FbSimItem *it, const char *field, const char *id, const char *kind)
{
  FbSimPolicy *p = fb_sim_vault_find_policy_by_id (it->vault, id);

  if (p == NULL)
    {
      bad_request (req, "InvalidPolicyId", N_("The policy does not exist in this vault."),
                   N_("Use the policyId of a replication policy of the vault."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: a request field, the vault, the id sent */
                   N_("The value of properties.providerSpecificDetails.%s does not name a replication policy of the vault '%s': '%s'."),
                   field, it->vault->name, id);
      return FALSE;
    }
  if (!g_str_equal (p->kind, kind))
    {
      gboolean failback = g_str_equal (kind, "InMage") || g_str_equal (kind, "InMageRcmFailback");

      bad_request (req, "InvalidPolicyType",
                   failback ? N_("Reprotect to on-premises needs the failback policy (mapped with source and target = the configuration server container).")
                            : N_("Reprotect to Azure needs a replication policy to Azure."),
                   N_("Use the policy of the container mapping the error names."),
                   /* Translators: the %s are a policy, a request field, the policy's type and the type needed */
                   failback ? N_("The policy '%s' in properties.providerSpecificDetails.%s is of type '%s'; the operation needs a '%s' policy (a failback policy).")
                   /* Translators: the %s are a policy, a request field, the policy's type and the type needed */
                   : N_("The policy '%s' in properties.providerSpecificDetails.%s is of type '%s'; the operation needs a '%s' policy."),
                   p->name, field, p->kind, kind);
      return FALSE;
    }
  return TRUE;
}

static FbSimDatastore *
mt_datastore (FbSimMasterTarget *mt, const char *name)
{
  for (guint i = 0; name != NULL && i < mt->datastores->len; i++)
    {
      FbSimDatastore *d = g_ptr_array_index (mt->datastores, i);

      if (g_ascii_strcasecmp (d->symbolic_name, name) == 0)
        return d;
    }
  return NULL;
}

static gboolean
check_datastore_type (FbSimRequest *req, FbSimItem *it, const char *name, const char *type)
{
  if (type != NULL && (g_ascii_strcasecmp (type, "VMFS") == 0 || g_ascii_strcasecmp (type, "vSAN") == 0))
    return TRUE;
  bad_request (req, "DatastoreTypeNotSupported",
               N_("Reprotect to an alternate location recreates the disks as new VMDKs; only VMFS and vSAN datastores are supported (RDM and NFS are not)."),
               N_("Choose a VMFS or vSAN datastore of the master target's ESXi host."),
               /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the protected item or plan, its type, the machine */
               N_("The datastore '%s' in properties.providerSpecificDetails.datastoreName is of type '%s', which is not supported for reprotect of '%s'. Use a VMFS or vSAN datastore."),
               name, type != NULL ? type : "unknown", it->friendly_name);
  return FALSE;
}

/* Reprotect Azure -> on-premises, classic (InMage input). */
static gboolean
validate_reprotect_inmage (FbSimRequest *req, FbSimItem *it, JsonObject *psd)
{
  FbSimMasterTarget *mt;
  FbSimProcessServer *ps;
  const char *ds_name;
  gboolean vol_ok = FALSE;

  if (!require_str (req, psd, "masterTargetId") || !require_str (req, psd, "processServerId") ||
      !require_str (req, psd, "retentionDrive") || !require_str (req, psd, "profileId"))
    return FALSE;
  mt = fb_sim_fabric_find_master_target (it->fabric, fb_sim_obj_get_str (psd, "masterTargetId"));
  if (mt == NULL)
    {
      bad_request (req, "InvalidMasterTargetId", N_("The master target server is not registered with the configuration server."),
                   N_("Use an id from the fabric's customDetails.masterTargetServers[].id."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the masterTargetId sent */
                   N_("The value of properties.providerSpecificDetails.masterTargetId does not name a master target server of the configuration server '%s': '%s'."),
                   it->fabric->friendly_name, fb_sim_obj_get_str (psd, "masterTargetId"));
      return FALSE;
    }
  ps = fb_sim_fabric_find_process_server (it->fabric, fb_sim_obj_get_str (psd, "processServerId"));
  if (ps == NULL)
    {
      bad_request (req, "InvalidProcessServerId", N_("The process server is not registered with the configuration server."),
                   N_("Use an id from the fabric's customDetails.processServers[].id."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the processServerId sent */
                   N_("The value of properties.providerSpecificDetails.processServerId does not name a process server of the configuration server '%s': '%s'."),
                   it->fabric->friendly_name, fb_sim_obj_get_str (psd, "processServerId"));
      return FALSE;
    }
  if (g_ascii_strcasecmp (mt->os_type, it->os_type) != 0)
    {
      bad_request (req, "MasterTargetOsTypeMismatch", N_("The master target's operating system must match the protected machine's (Windows master target for Windows machines, Linux for Linux)."),
                   N_("Choose a master target server with the same operating system type."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the master target server, its operating system, the machine, the machine's operating system */
                   N_("The master target server '%s' (properties.providerSpecificDetails.masterTargetId) runs %s; the machine '%s' runs %s."),
                   mt->name, mt->os_type, it->friendly_name, it->os_type);
      return FALSE;
    }
  for (guint i = 0; i < mt->retention_volumes->len; i++)
    if (g_ascii_strcasecmp (((FbSimVolume *) g_ptr_array_index (mt->retention_volumes, i))->volume_name,
                            fb_sim_obj_get_str (psd, "retentionDrive")) == 0)
      vol_ok = TRUE;
  if (!vol_ok)
    {
      bad_request (req, "InvalidRetentionDrive", N_("The retention volume does not exist on the master target server."),
                   N_("Use a volume from masterTargetServers[].retentionVolumes[].volumeName."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the master target server, the retentionDrive sent */
                   N_("The value of properties.providerSpecificDetails.retentionDrive is not a retention volume of the master target server '%s': '%s'."),
                   mt->name, fb_sim_obj_get_str (psd, "retentionDrive"));
      return FALSE;
    }
  ds_name = fb_sim_obj_get_str (psd, "datastoreName");
  if (ds_name != NULL)
    {
      FbSimDatastore *ds = mt_datastore (mt, ds_name);

      if (ds == NULL)
        {
          bad_request (req, "InvalidDatastoreName", N_("The datastore is not reachable from the master target's ESXi host."),
                       N_("Use a datastore from masterTargetServers[].dataStores[].symbolicName of the chosen master target."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the datastore, the master target server */
                       N_("The datastore '%s' in properties.providerSpecificDetails.datastoreName is not a datastore of the master target server '%s'."),
                       ds_name, mt->name);
          return FALSE;
        }
      if (!check_datastore_type (req, it, ds_name, ds->type))
        return FALSE;
    }
  if (fb_sim_obj_get_str (psd, "runAsAccountId") != NULL)
    {
      gboolean ok = FALSE;

      for (guint i = 0; i < it->fabric->run_as_accounts->len; i++)
        ok |= g_strcmp0 (((FbSimRunAs *) g_ptr_array_index (it->fabric->run_as_accounts, i))->account_id,
                         fb_sim_obj_get_str (psd, "runAsAccountId")) == 0;
      if (!ok)
        {
          bad_request (req, "InvalidRunAsAccountId", N_("The run-as account is not configured on the configuration server."),
                       N_("Use an id from the fabric's customDetails.runAsAccounts[].accountId."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the runAsAccountId sent */
                       N_("The value of properties.providerSpecificDetails.runAsAccountId does not name a run-as account of '%s': '%s'."),
                       it->fabric->friendly_name, fb_sim_obj_get_str (psd, "runAsAccountId"));
          return FALSE;
        }
    }
  return check_policy (req, it, "profileId", fb_sim_obj_get_str (psd, "profileId"), "InMage");
}

static gboolean
validate_reprotect_rcm (FbSimRequest *req, FbSimItem *it, JsonObject *psd)
{
  FbSimReprotectAgent *ra;
  const char *ds;
  const char *log;
  gboolean ds_ok = FALSE;

  if (!require_str (req, psd, "reprotectAgentId") || !require_str (req, psd, "datastoreName") ||
      !require_str (req, psd, "logStorageAccountId"))
    return FALSE;
  ra = fb_sim_fabric_find_reprotect_agent (it->fabric, fb_sim_obj_get_str (psd, "reprotectAgentId"));
  if (ra == NULL)
    {
      bad_request (req, "InvalidReprotectAgentId", N_("The reprotect agent is not registered with the appliance."),
                   N_("Use an id from the fabric's customDetails.reprotectAgents[].id."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the reprotectAgentId sent */
                   N_("The value of properties.providerSpecificDetails.reprotectAgentId does not name a reprotect agent of '%s': '%s'."),
                   it->fabric->friendly_name, fb_sim_obj_get_str (psd, "reprotectAgentId"));
      return FALSE;
    }
  ds = fb_sim_obj_get_str (psd, "datastoreName");
  for (guint i = 0; ra->datastores != NULL && ra->datastores[i] != NULL; i++)
    ds_ok |= g_ascii_strcasecmp (ra->datastores[i], ds) == 0;
  if (!ds_ok)
    {
      if (g_strcmp0 (ds, "ds-rdm-sql") == 0 || g_strcmp0 (ds, "nfs-templates") == 0)
        return check_datastore_type (req, it, ds, g_strcmp0 (ds, "ds-rdm-sql") == 0 ? "RDM" : "NFS");
      bad_request (req, "InvalidDatastoreName", N_("The datastore is not accessible from the reprotect agent."),
                   N_("Use a datastore from reprotectAgents[].accessibleDatastores."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the datastore, the reprotect agent */
                   N_("The datastore '%s' in properties.providerSpecificDetails.datastoreName is not accessible from the reprotect agent '%s'."),
                   ds, ra->name);
      return FALSE;
    }
  log = fb_sim_obj_get_str (psd, "logStorageAccountId");
  if (!g_str_has_prefix (log, "/subscriptions/") || strstr (log, "/providers/Microsoft.Storage/storageAccounts/") == NULL)
    {
      bad_request (req, "InvalidLogStorageAccountId", N_("The log storage account must be the ARM id of a storage account."),
                   N_("Send /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.Storage/storageAccounts/{name}."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                   N_("The value of properties.providerSpecificDetails.logStorageAccountId is not a storage account ARM id: '%s'."), log);
      return FALSE;
    }
  if (fb_sim_obj_get_str (psd, "policyId") != NULL)
    return check_policy (req, it, "policyId", fb_sim_obj_get_str (psd, "policyId"), "InMageRcmFailback");
  return TRUE;
}

static gboolean
validate_reprotect_azure (FbSimRequest *req, FbSimItem *it, JsonObject *psd)
{
  if (!it->fabric->modern)
    {
      /* InMageAzureV2: all optional in the spec; what is sent must exist */
      const char *ps = fb_sim_obj_get_str (psd, "processServerId");
      const char *mt = fb_sim_obj_get_str (psd, "masterTargetId");

      if (ps != NULL && fb_sim_fabric_find_process_server (it->fabric, ps) == NULL)
        {
          bad_request (req, "InvalidProcessServerId", NULL, N_("Use an id from the fabric's customDetails.processServers[].id."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the value sent */
                       N_("The value of properties.providerSpecificDetails.processServerId does not name a process server of '%s': '%s'."),
                       it->fabric->friendly_name, ps);
          return FALSE;
        }
      if (mt != NULL && fb_sim_fabric_find_master_target (it->fabric, mt) == NULL &&
          fb_sim_fabric_find_process_server (it->fabric, mt) == NULL)
        {
          bad_request (req, "InvalidMasterTargetId", NULL, N_("Use an id from the fabric's process servers or master targets."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the masterTargetId sent */
                       N_("The value of properties.providerSpecificDetails.masterTargetId does not name a server of '%s': '%s'."),
                       it->fabric->friendly_name, mt);
          return FALSE;
        }
      if (fb_sim_obj_get_str (psd, "policyId") != NULL)
        return check_policy (req, it, "policyId", fb_sim_obj_get_str (psd, "policyId"), "InMageAzureV2");
      return TRUE;
    }
  if (!require_str (req, psd, "processServerId") || !require_str (req, psd, "policyId"))
    return FALSE;
  if (fb_sim_fabric_find_process_server (it->fabric, fb_sim_obj_get_str (psd, "processServerId")) == NULL)
    {
      bad_request (req, "InvalidProcessServerId", NULL, N_("Use an id from the InMageRcm fabric's processServers[].id."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the configuration server, the processServerId sent */
                   N_("The value of properties.providerSpecificDetails.processServerId does not name a process server of '%s': '%s'."),
                   it->fabric->friendly_name, fb_sim_obj_get_str (psd, "processServerId"));
      return FALSE;
    }
  return check_policy (req, it, "policyId", fb_sim_obj_get_str (psd, "policyId"), "InMageRcm");
}

void
fb_sim_reply_accepted (FbSimRequest *req, const char *resource_path, FbSimJob *job)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (req->msg);
  g_autofree char *vault = fb_sim_vault_arm_id (job->vault, TRUE);
  g_autofree char *loc_path = g_strdup_printf ("%s/operationresults/%s", resource_path, job->name);
  g_autofree char *op_path = g_strdup_printf ("%s/replicationOperationStatus/%s", vault, job->name);
  g_autofree char *loc = fb_sim_abs_uri (req->world, loc_path, req->api_version);
  g_autofree char *op = fb_sim_abs_uri (req->world, op_path, req->api_version);
  g_autofree char *jid = fb_sim_job_arm_id (job);
  g_autofree char *ra = g_strdup_printf ("%u", MAX (1u, (guint) (30.0 / req->world->speed)));

  soup_message_headers_replace (h, "Location", loc);
  soup_message_headers_replace (h, "Azure-AsyncOperation", op);
  soup_message_headers_replace (h, "Retry-After", ra);
  soup_message_headers_replace (h, "x-ms-request-id", jid);
  fb_sim_reply_json (req, 202, NULL);
}

static void
reply_busy (FbSimRequest *req, const char *name, FbSimJob *job)
{
  g_autofree char *m = fb_sim_trf (req->world,
                                   /* Translators: Azure's words; the %s are a job's name, its id and a protected item or plan */
                                   N_("Another operation '%s' (job '%s') is in progress on '%s'. Wait for it to finish, then retry."),
                                   fb_sim_tr (req->world, job->friendly_name), job->name, name);

  fb_sim_reply_arm_error (req, 409, "Conflict", "OperationInProgress", m,
                          fb_sim_tr (req->world, N_("A job is already running on the object.")),
                          fb_sim_tr (req->world, N_("Monitor the running job; retry when it has finished.")));
}

static void
reply_not_allowed (FbSimRequest *req, FbSimItem *it, const char *op)
{
  g_autoptr(GPtrArray) ops = fb_sim_item_allowed_operations (it);
  g_autoptr(GString) list = g_string_new (NULL);
  const char *desc = NULL;

  fb_sim_item_protection_state (it, &desc);
  for (guint i = 0; i < ops->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (ops, i));
  bad_request (req, "OperationNotAllowed", N_("The operation is not allowed in the protected item's current state."),
               N_("Read the item's allowedOperations and offer only those."),
               /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the operation, the machine, the protection state, its description, the allowed operations */
               N_("The operation '%s' is not allowed for the protected item '%s' in its current state '%s' (%s). Allowed operations: %s."),
               op, it->friendly_name, fb_sim_item_protection_state (it, NULL), fb_sim_tr (req->world, desc),
               list->len > 0 ? list->str : "none");
}

/* FALSE (and the 400 answered) when @op is not in the item's allowedOperations. */
static gboolean
require_allowed (FbSimRequest *req, FbSimItem *it, const char *op)
{
  if (item_allows (it, op))
    return TRUE;
  reply_not_allowed (req, it, op);
  return FALSE;
}

static JsonObject *
dup_obj (JsonObject *o)
{
  JsonNode *n;
  JsonObject *copy;
  g_autoptr(JsonNode) src = NULL;

  if (o == NULL)
    return NULL;
  src = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (src, o);
  n = json_node_copy (src);
  copy = json_object_ref (json_node_get_object (n));
  json_node_unref (n);
  return copy;
}

static FbSimJob *
item_job (FbSimItem *it, FbSimAction action, const char *scenario, const char *friendly, JsonObject *input)
{
  FbSimJob *job = job_new (it->vault, action, scenario, friendly);

  g_ptr_array_add (job->items, it);
  job->target_object_id = g_strdup (it->name);
  job->target_object_name = g_strdup (it->friendly_name);
  job->target_instance_type = g_strdup ("ProtectionEntity");
  job->input = dup_obj (input);
  return job;
}

void
fb_sim_item_action (FbSimRequest *req, FbSimItem *it, const char *action)
{
  JsonObject *props = NULL;
  JsonObject *psd = NULL;
  const char *prov = fb_sim_item_provider (it);
  FbSimJob *job = NULL;
  FbSimPhase phase = it->phase;
  gboolean shutdown = FALSE;
  g_autofree char *ipath = NULL;
  static const char * const known[] = {
    "unplannedFailover", "plannedFailover", "testFailover", "testFailoverCleanup", "failoverCommit",
    "failoverCancel", "reProtect", "applyRecoveryPoint", "repairReplication", "remove", NULL
  };
  gboolean is_known = FALSE;

  for (guint i = 0; known[i] != NULL; i++)
    if (g_ascii_strcasecmp (known[i], action) == 0)
      {
        action = known[i];
        is_known = TRUE;
      }
  if (!is_known)
    {
      g_autofree char *m = fb_sim_trf (req->world,
                                       /* Translators: Azure's words; %s: an action name from the request URL */
                                       N_("The action '%s' is not supported on replication protected items."), action);

      fb_sim_reply_arm_error (req, 404, "InvalidResourceType", NULL, m, NULL, NULL);
      return;
    }
  if (it->current_job != NULL)
    {
      reply_busy (req, it->friendly_name, it->current_job);
      return;
    }

  if (g_str_equal (action, "unplannedFailover"))
    {
      if (!require_allowed (req, it, "UnplannedFailover"))
        return;
      if ((props = props_of (req, TRUE)) == NULL)
        return;
      psd = fb_sim_obj_get_obj (props, "providerSpecificDetails");
      if (!check_instance_type (req, psd, prov, action, it))
        return;
      /* api-notes 1c: the reverse item fails back "PrimaryToRecovery" */
      if (!check_direction (req, props, "PrimaryToRecovery", FALSE, action, it->friendly_name))
        return;
      if (g_str_equal (prov, "InMage"))
        {
          const char *rpt = fb_sim_obj_get_str (psd, "recoveryPointType");

          if (rpt == NULL)
            {
              missing (req, "properties.providerSpecificDetails.recoveryPointType");
              return;
            }
          if (!g_str_equal (rpt, "LatestTime") && !g_str_equal (rpt, "LatestTag") && !g_str_equal (rpt, "Custom"))
            {
              bad_request (req, "InvalidRecoveryPointType", NULL, N_("Use 'LatestTime', 'LatestTag' or 'Custom'."),
                           /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                           N_("The value '%s' of properties.providerSpecificDetails.recoveryPointType is not valid for InMage. Expected 'LatestTime', 'LatestTag' or 'Custom'."), rpt);
              return;
            }
          if (g_str_equal (rpt, "Custom"))
            {
              if (!require_str (req, psd, "recoveryPointId"))
                return;
              if (!check_recovery_point (req, it, "properties.providerSpecificDetails.recoveryPointId", fb_sim_obj_get_str (psd, "recoveryPointId")))
                return;
            }
        }
      else
        {
          if (g_str_equal (prov, "InMageRcm"))
            {
              const char *ps = fb_sim_obj_get_str (psd, "performShutdown");

              if (ps == NULL)
                {
                  missing (req, "properties.providerSpecificDetails.performShutdown");
                  return;
                }
              if (!g_str_equal (ps, "true") && !g_str_equal (ps, "false"))
                {
                  bad_request (req, "InvalidParameterValue", NULL, N_("Send the string \"true\" or \"false\"."),
                               /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                               N_("The value '%s' of properties.providerSpecificDetails.performShutdown is not valid. Expected 'true' or 'false'."), ps);
                  return;
                }
              shutdown = g_str_equal (ps, "true");
            }
          else
            shutdown = g_strcmp0 (fb_sim_obj_get_str (props, "sourceSiteOperations"), "Required") == 0;
          if (!check_recovery_point (req, it, "properties.providerSpecificDetails.recoveryPointId", fb_sim_obj_get_str (psd, "recoveryPointId")))
            return;
        }
      job = item_job (it, FB_SIM_ACTION_UNPLANNED_FAILOVER, "UnplannedFailover",
                      phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM ? N_("Unplanned failover") : N_("Failover"), psd);
    }
  else if (g_str_equal (action, "plannedFailover"))
    {
      const char *rpt;

      if (!g_str_equal (prov, "InMageRcmFailback"))
        {
          bad_request (req, "UnsupportedReplicationProviderForPlannedFailover",
                       N_("Planned failover is not supported for the replication providers InMageAzureV2, InMage and InMageRcm."),
                       N_("Use unplannedFailover for this protected item."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the machine, the replication provider */
                       N_("Planned failover is not supported for the protected item '%s' (replication provider '%s')."),
                       it->friendly_name, prov);
          return;
        }
      if (!require_allowed (req, it, "PlannedFailover"))
        return;
      if ((props = props_of (req, TRUE)) == NULL)
        return;
      psd = fb_sim_obj_get_obj (props, "providerSpecificDetails");
      if (!check_instance_type (req, psd, prov, action, it))
        return;
      if (!check_direction (req, props, "RecoveryToPrimary", FALSE, action, it->friendly_name))
        return;
      rpt = fb_sim_obj_get_str (psd, "recoveryPointType");
      if (rpt == NULL)
        {
          missing (req, "properties.providerSpecificDetails.recoveryPointType");
          return;
        }
      if (!g_str_equal (rpt, "ApplicationConsistent") && !g_str_equal (rpt, "CrashConsistent"))
        {
          bad_request (req, "InvalidRecoveryPointType", NULL, N_("Use 'ApplicationConsistent' or 'CrashConsistent'."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                       N_("The value '%s' of properties.providerSpecificDetails.recoveryPointType is not valid for InMageRcmFailback. Expected 'ApplicationConsistent' or 'CrashConsistent'."), rpt);
          return;
        }
      job = item_job (it, FB_SIM_ACTION_PLANNED_FAILOVER, "PlannedFailover", N_("Planned failover"), psd);
    }
  else if (g_str_equal (action, "testFailover"))
    {
      if (!require_allowed (req, it, "TestFailover"))
        return;
      if ((props = props_of (req, TRUE)) == NULL)
        return;
      psd = fb_sim_obj_get_obj (props, "providerSpecificDetails");
      if (!check_instance_type (req, psd, prov, action, it))
        return;
      if (!check_direction (req, props, "PrimaryToRecovery", FALSE, action, it->friendly_name))
        return;
      if (!check_recovery_point (req, it, "properties.providerSpecificDetails.recoveryPointId", fb_sim_obj_get_str (psd, "recoveryPointId")))
        return;
      job = item_job (it, FB_SIM_ACTION_TEST_FAILOVER, "TestFailover", N_("Test failover"), psd);
    }
  else if (g_str_equal (action, "testFailoverCleanup"))
    {
      if (!require_allowed (req, it, "TestFailoverCleanup"))
        return;
      if (req->body_invalid)
        {
          props_of (req, FALSE);
          return;
        }
      job = item_job (it, FB_SIM_ACTION_TEST_FAILOVER_CLEANUP, "TestFailoverCleanup", N_("Cleanup test failover"), NULL);
    }
  else if (g_str_equal (action, "failoverCommit"))
    {
      if (!require_allowed (req, it, "Commit"))
        return;
      job = item_job (it, FB_SIM_ACTION_COMMIT, "CommitFailover", N_("Commit"), NULL);
    }
  else if (g_str_equal (action, "failoverCancel"))
    {
      if (!require_allowed (req, it, "CancelFailover"))
        return;
      job = item_job (it, FB_SIM_ACTION_CANCEL, "CancelFailover", N_("Cancel failover"), NULL);
    }
  else if (g_str_equal (action, "reProtect"))
    {
      const char *expected;
      const char *direction;

      if (!require_allowed (req, it, "ReverseReplicate"))
        return;
      if ((props = props_of (req, TRUE)) == NULL)
        return;
      psd = fb_sim_obj_get_obj (props, "providerSpecificDetails");
      if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE)
        {
          expected = it->fabric->modern ? "InMageRcm" : "InMage";
          direction = "RecoveryToPrimary";
        }
      else
        {
          expected = it->fabric->modern ? "InMageRcmFailback" : "InMageAzureV2";
          direction = it->fabric->modern ? "PrimaryToRecovery" : "RecoveryToPrimary";
        }
      if (!check_instance_type (req, psd, expected, action, it))
        return;
      if (!check_direction (req, props, direction, TRUE, action, it->friendly_name))
        return;
      if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE)
        {
          if (!(it->fabric->modern ? validate_reprotect_rcm (req, it, psd) : validate_reprotect_inmage (req, it, psd)))
            return;
        }
      else if (!validate_reprotect_azure (req, it, psd))
        return;
      if (phase == FB_SIM_PHASE_RUNNING_IN_AZURE && !it->fabric->modern)
        {
          g_autofree char *cid = fb_sim_container_arm_id (it->container);
          g_autofree char *new_name = it->generation == 0 ? g_strdup_printf ("%s-new", it->original_name)
                                      : g_strdup_printf ("%s-new%u", it->original_name, it->generation + 1);

          job = item_job (it, FB_SIM_ACTION_REPROTECT, "SwitchReplicationGroupProtection", N_("Reprotect"), psd);
          job->new_item_id = g_strdup_printf ("%s/replicationProtectedItems/%s", cid, new_name);
        }
      else
        job = item_job (it, FB_SIM_ACTION_REPROTECT, "ReverseReplication", N_("Reprotect"), psd);
    }
  else if (g_str_equal (action, "applyRecoveryPoint"))
    {
      const char *rp;

      if (!require_allowed (req, it, "ChangePit"))
        return;
      if ((props = props_of (req, TRUE)) == NULL)
        return;
      psd = fb_sim_obj_get_obj (props, "providerSpecificDetails");
      if (!check_instance_type (req, psd, prov, action, it))
        return;
      rp = fb_sim_obj_get_str (props, "recoveryPointId");
      if (rp == NULL)
        {
          missing (req, "properties.recoveryPointId");
          return;
        }
      if (!check_recovery_point (req, it, "properties.recoveryPointId", rp))
        return;
      job = item_job (it, FB_SIM_ACTION_APPLY_RECOVERY_POINT, "ApplyRecoveryPoint", N_("Change recovery point"), props);
    }
  else if (g_str_equal (action, "repairReplication"))
    {
      if (!require_allowed (req, it, "RepairReplication"))
        return;
      job = item_job (it, FB_SIM_ACTION_REPAIR, "RepairReplication", N_("Resynchronize"), NULL);
    }
  else if (g_str_equal (action, "remove"))
    {
      const char *reason;

      /* disable protection: DisableProtectionInput, every field optional */
      if (!require_allowed (req, it, "DisableProtection"))
        return;
      if (req->body_invalid)
        {
          props_of (req, FALSE);
          return;
        }
      props = props_of (req, FALSE);
      reason = fb_sim_obj_get_str (props, "disableProtectionReason");
      if (reason != NULL && !g_str_equal (reason, "NotSpecified") && !g_str_equal (reason, "MigrationComplete"))
        {
          bad_request (req, "InvalidParameterValue", NULL, NULL,
                       /* Translators: Azure's words; %s: the value the request sent */
                       N_("The value '%s' of properties.disableProtectionReason is not valid. Expected 'NotSpecified' or 'MigrationComplete'."),
                       reason);
          return;
        }
      job = item_job (it, FB_SIM_ACTION_DISABLE_PROTECTION, "DisableDr", N_("Disable replication"), props);
    }
  g_assert (job != NULL);
  job->direction = g_strdup (fb_sim_obj_get_str (props, "failoverDirection"));
  build_tasks (job, phase, shutdown);
  ipath = fb_sim_item_arm_id (it);
  job_start (job);
  fb_sim_reply_accepted (req, ipath, job);
}

/* ---------- recovery plans ---------- */

static gboolean
plan_allows (FbSimPlan *plan, const char *op)
{
  g_autoptr(GPtrArray) ops = fb_sim_plan_allowed_operations (plan);

  for (guint i = 0; i < ops->len; i++)
    if (g_str_equal (g_ptr_array_index (ops, i), op))
      return TRUE;
  return FALSE;
}

static void
reply_plan_not_allowed (FbSimRequest *req, FbSimPlan *plan, const char *op)
{
  g_autoptr(GPtrArray) ops = fb_sim_plan_allowed_operations (plan);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < ops->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (ops, i));
  bad_request (req, "OperationNotAllowed",
               N_("The protected items of the plan are not all in a state that allows the operation."),
               N_("Read the plan's allowedOperations; run the operation per item if the items are in different states."),
               /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the operation, the recovery plan, the allowed operations */
               N_("The operation '%s' is not allowed for the recovery plan '%s' in its current state. Allowed operations: %s."),
               op, plan->friendly_name, list->len > 0 ? list->str : "none");
}

static gboolean
validate_plan_psd (FbSimRequest *req, FbSimPlan *plan, JsonObject *props, GPtrArray *providers, JsonObject **out_first)
{
  JsonNode *n = props != NULL ? json_object_get_member (props, "providerSpecificDetails") : NULL;
  JsonArray *a;

  *out_first = NULL;
  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    {
      bad_request (req, "InvalidProviderSpecificInput", NULL, N_("Send an array with one entry per replication provider of the plan."),
                   N_("properties.providerSpecificDetails of a recovery plan action must be an array."));
      return FALSE;
    }
  a = json_node_get_array (n);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *e = fb_sim_arr_get_obj (a, i);
      const char *t = fb_sim_obj_get_str (e, "instanceType");
      const char *rpt = fb_sim_obj_get_str (e, "recoveryPointType");
      gboolean ok = FALSE;
      const char *valid;

      if (t == NULL)
        {
          g_autofree char *f = g_strdup_printf ("properties.providerSpecificDetails[%u].instanceType", i);

          missing (req, f);
          return FALSE;
        }
      for (guint k = 0; k < providers->len; k++)
        ok |= g_str_equal (g_ptr_array_index (providers, k), t);
      if (!ok)
        {
          bad_request (req, "InvalidProviderSpecificInput", N_("Each entry must match a provider in the plan's replicationProviders."),
                       N_("Read the plan's replicationProviders."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent, an index, the recovery plan */
                       N_("The value '%s' of properties.providerSpecificDetails[%u].instanceType is not a replication provider of the recovery plan '%s'."),
                       t, i, plan->friendly_name);
          return FALSE;
        }
      if (g_str_equal (t, "InMage"))
        valid = "LatestTime LatestTag Custom";
      else if (g_str_equal (t, "InMageRcmFailback"))
        valid = "ApplicationConsistent CrashConsistent";
      else
        valid = "Latest LatestApplicationConsistent LatestCrashConsistent LatestProcessed";
      if (rpt == NULL)
        {
          g_autofree char *f = g_strdup_printf ("properties.providerSpecificDetails[%u].recoveryPointType", i);

          missing (req, f);
          return FALSE;
        }
      {
        g_auto(GStrv) vs = g_strsplit (valid, " ", -1);

        if (!g_strv_contains ((const char * const *) vs, rpt))
          {
            bad_request (req, "InvalidRecoveryPointType", NULL, NULL,
                         /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent, an index, the replication provider, the valid values */
                         N_("The value '%s' of properties.providerSpecificDetails[%u].recoveryPointType is not valid for %s. Expected one of: %s."),
                         rpt, i, t, valid);
            return FALSE;
          }
      }
      if (*out_first == NULL)
        *out_first = e;
    }
  return TRUE;
}

void
fb_sim_plan_action (FbSimRequest *req, FbSimPlan *plan, const char *action)
{
  g_autoptr(GPtrArray) items = fb_sim_plan_items (plan);
  GPtrArray *providers;
  JsonObject *props = NULL;
  JsonObject *first = NULL;
  FbSimJob *job = NULL;
  FbSimAction act;
  const char *scenario, *friendly, *op;
  FbSimPhase phase;
  gboolean modern;
  g_autofree char *ppath = NULL;
  static const char * const known[] = {
    "unplannedFailover", "plannedFailover", "testFailover", "testFailoverCleanup", "failoverCommit",
    "failoverCancel", "reProtect", NULL
  };
  gboolean is_known = FALSE;

  for (guint i = 0; known[i] != NULL; i++)
    if (g_ascii_strcasecmp (known[i], action) == 0)
      {
        action = known[i];
        is_known = TRUE;
      }
  if (!is_known)
    {
      g_autofree char *m = fb_sim_trf (req->world,
                                       /* Translators: Azure's words; %s: an action name from the request URL */
                                       N_("The action '%s' is not supported on recovery plans."), action);

      fb_sim_reply_arm_error (req, 404, "InvalidResourceType", NULL, m, NULL, NULL);
      return;
    }
  if (plan->current_job != NULL)
    {
      reply_busy (req, plan->friendly_name, plan->current_job);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (items, i);

      if (it->current_job != NULL)
        {
          reply_busy (req, it->friendly_name, it->current_job);
          return;
        }
    }
  if (items->len == 0)
    {
      bad_request (req, "RecoveryPlanEmpty", NULL, N_("Add protected items to the plan."),
                   /* Translators: Azure's words; the placeholder: the recovery plan */
                   N_("The recovery plan '%s' has no protected items."), plan->friendly_name);
      return;
    }
  phase = ((FbSimItem *) g_ptr_array_index (items, 0))->phase;
  modern = ((FbSimItem *) g_ptr_array_index (items, 0))->fabric->modern;
  providers = g_ptr_array_new ();
  for (guint i = 0; i < items->len; i++)
    {
      const char *p = fb_sim_item_provider (g_ptr_array_index (items, i));
      gboolean seen = FALSE;

      for (guint k = 0; k < providers->len; k++)
        seen |= g_str_equal (g_ptr_array_index (providers, k), p);
      if (!seen)
        g_ptr_array_add (providers, (gpointer) p);
    }

  if (g_str_equal (action, "reProtect"))
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint k = 0; k < providers->len; k++)
        g_string_append_printf (list, "%s%s", k > 0 ? ", " : "", (const char *) g_ptr_array_index (providers, k));
      bad_request (req, "RecoveryPlanReprotectNotSupported",
                   N_("A recovery plan reprotect has no provider input (process server, master target, datastore); VMware and physical replication needs it."),
                   N_("Reprotect each protected item of the plan with reProtect on the item."),
                   /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the recovery plan, the replication providers */
                   N_("Reprotect of the recovery plan '%s' is not supported for the replication provider(s) '%s'. Reprotect each protected item instead."),
                   plan->friendly_name, list->str);
      g_ptr_array_unref (providers);
      return;
    }
  if (g_str_equal (action, "unplannedFailover"))
    {
      act = FB_SIM_ACTION_UNPLANNED_FAILOVER;
      scenario = "UnplannedFailover";
      friendly = phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM ? N_("Unplanned failover") : N_("Failover");
      op = "UnplannedFailover";
    }
  else if (g_str_equal (action, "plannedFailover"))
    {
      act = FB_SIM_ACTION_PLANNED_FAILOVER;
      scenario = "PlannedFailover";
      friendly = N_("Planned failover");
      op = "PlannedFailover";
      if (!modern || phase != FB_SIM_PHASE_PROTECTED_TO_ONPREM)
        {
          bad_request (req, "UnsupportedReplicationProviderForPlannedFailover",
                       N_("Planned failover is not supported for the replication providers InMageAzureV2, InMage and InMageRcm."),
                       N_("Use unplannedFailover for this recovery plan."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the recovery plan, the replication provider */
                       N_("Planned failover is not supported for the recovery plan '%s' (replication provider '%s')."),
                       plan->friendly_name, (const char *) g_ptr_array_index (providers, 0));
          g_ptr_array_unref (providers);
          return;
        }
    }
  else if (g_str_equal (action, "testFailover"))
    {
      act = FB_SIM_ACTION_TEST_FAILOVER;
      scenario = "TestFailover";
      friendly = N_("Test failover");
      op = "TestFailover";
    }
  else if (g_str_equal (action, "testFailoverCleanup"))
    {
      act = FB_SIM_ACTION_TEST_FAILOVER_CLEANUP;
      scenario = "TestFailoverCleanup";
      friendly = N_("Cleanup test failover");
      op = "TestFailoverCleanup";
    }
  else if (g_str_equal (action, "failoverCommit"))
    {
      act = FB_SIM_ACTION_COMMIT;
      scenario = "CommitFailover";
      friendly = N_("Commit");
      op = "Commit";
    }
  else
    {
      act = FB_SIM_ACTION_CANCEL;
      scenario = "CancelFailover";
      friendly = N_("Cancel failover");
      op = "CancelFailover";
    }

  if (act == FB_SIM_ACTION_TEST_FAILOVER_CLEANUP)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < items->len; i++)
        any |= ((FbSimItem *) g_ptr_array_index (items, i))->test_failover_active;
      if (!any)
        {
          reply_plan_not_allowed (req, plan, op);
          g_ptr_array_unref (providers);
          return;
        }
    }
  else if (!plan_allows (plan, op))
    {
      reply_plan_not_allowed (req, plan, op);
      g_ptr_array_unref (providers);
      return;
    }
  if (act == FB_SIM_ACTION_UNPLANNED_FAILOVER || act == FB_SIM_ACTION_PLANNED_FAILOVER || act == FB_SIM_ACTION_TEST_FAILOVER)
    {
      const char *expected = phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM ? "RecoveryToPrimary" : "PrimaryToRecovery";
      const char *dir;

      if ((props = props_of (req, TRUE)) == NULL)
        {
          g_ptr_array_unref (providers);
          return;
        }
      dir = fb_sim_obj_get_str (props, "failoverDirection");
      if (dir == NULL)
        {
          missing (req, "properties.failoverDirection");
          g_ptr_array_unref (providers);
          return;
        }
      if (!g_str_equal (dir, "PrimaryToRecovery") && !g_str_equal (dir, "RecoveryToPrimary"))
        {
          bad_request (req, "InvalidFailoverDirection", NULL, NULL,
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                       N_("The value '%s' of properties.failoverDirection is not valid. Expected 'PrimaryToRecovery' or 'RecoveryToPrimary'."), dir);
          g_ptr_array_unref (providers);
          return;
        }
      if (!check_direction (req, props, expected, TRUE, action, plan->friendly_name))
        {
          g_ptr_array_unref (providers);
          return;
        }
      if (act == FB_SIM_ACTION_UNPLANNED_FAILOVER)
        {
          const char *sso = fb_sim_obj_get_str (props, "sourceSiteOperations");

          if (sso == NULL)
            {
              missing (req, "properties.sourceSiteOperations");
              g_ptr_array_unref (providers);
              return;
            }
          if (!g_str_equal (sso, "Required") && !g_str_equal (sso, "NotRequired"))
            {
              bad_request (req, "InvalidParameterValue", NULL, NULL,
                           /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the value sent */
                           N_("The value '%s' of properties.sourceSiteOperations is not valid. Expected 'Required' or 'NotRequired'."), sso);
              g_ptr_array_unref (providers);
              return;
            }
        }
      if (act == FB_SIM_ACTION_TEST_FAILOVER && fb_sim_obj_get_str (props, "networkType") == NULL)
        {
          missing (req, "properties.networkType");
          g_ptr_array_unref (providers);
          return;
        }
      if (!validate_plan_psd (req, plan, props, providers, &first))
        {
          g_ptr_array_unref (providers);
          return;
        }
      if (act == FB_SIM_ACTION_PLANNED_FAILOVER && first == NULL)
        {
          missing (req, "properties.providerSpecificDetails");
          g_ptr_array_unref (providers);
          return;
        }
    }
  g_ptr_array_unref (providers);

  job = job_new (plan->vault, act, scenario, friendly);
  job->plan = plan;
  for (guint i = 0; i < items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (items, i);

      if (act == FB_SIM_ACTION_TEST_FAILOVER_CLEANUP && !it->test_failover_active)
        continue;
      g_ptr_array_add (job->items, it);
    }
  job->target_object_id = g_strdup (plan->name);
  job->target_object_name = g_strdup (plan->friendly_name);
  job->target_instance_type = g_strdup ("RecoveryPlan");
  job->input = dup_obj (first);
  if (props != NULL)
    job->direction = g_strdup (fb_sim_obj_get_str (props, "failoverDirection"));
  build_tasks (job, phase, g_strcmp0 (fb_sim_obj_get_str (props, "sourceSiteOperations"), "Required") == 0);
  ppath = fb_sim_plan_arm_id (plan);
  job_start (job);
  fb_sim_reply_accepted (req, ppath, job);
}

/* ---------- job actions ---------- */

static gboolean
cancel_done_cb (gpointer user_data)
{
  FbSimJob *job = user_data;

  g_clear_pointer (&job->timer, g_source_unref);
  if (job->end_time == 0)
    {
      FbSimTask *t = job->current_task < job->tasks->len ? g_ptr_array_index (job->tasks, job->current_task) : NULL;

      if (t != NULL)
        {
          t->end_time = g_get_real_time ();
          task_set_state (t, "Cancelled", "Cancelled");
        }
      finish_job (job, "Cancelled", "Cancelled");
    }
  return G_SOURCE_REMOVE;
}

void
fb_sim_job_action (FbSimRequest *req, FbSimJob *job, const char *action)
{
  g_autofree char *jpath = fb_sim_job_arm_id (job);

  if (g_ascii_strcasecmp (action, "cancel") == 0)
    {
      if (job->end_time != 0)
        {
          bad_request (req, "JobNotCancellable", NULL, N_("Only running jobs can be cancelled."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the job id, the job state */
                       N_("The job '%s' has already ended (state '%s') and cannot be cancelled."), job->name, job->state);
          return;
        }
      if (!job->cancel_requested)
        {
          job->cancel_requested = TRUE;
          set_str (&job->state, "Cancelling");
          set_str (&job->state_description, "Cancelling");
          if (job->timer != NULL)
            {
              g_source_destroy (job->timer);
              g_source_unref (job->timer);
            }
          job->timer = g_timeout_source_new (fb_sim_scaled_ms (req->world, 2));
          g_source_set_callback (job->timer, cancel_done_cb, job, NULL);
          g_source_attach (job->timer, req->world->context);
        }
      fb_sim_reply_accepted (req, jpath, job);
      return;
    }
  if (g_ascii_strcasecmp (action, "restart") == 0)
    {
      FbSimJob *nj;
      FbSimPhase phase;

      if (job->end_time == 0 || g_strcmp0 (job->state, "Succeeded") == 0)
        {
          bad_request (req, "JobNotRestartable", NULL, N_("Only failed or cancelled jobs can be restarted."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the job id, the job state */
                       N_("The job '%s' (state '%s') cannot be restarted."), job->name, job->state);
          return;
        }
      for (guint i = 0; i < job->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (job->items, i);

          if (it->current_job != NULL)
            {
              reply_busy (req, it->friendly_name, it->current_job);
              return;
            }
        }
      if (job->items->len == 0)
        {
          /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the job id */
          bad_request (req, "JobNotRestartable", NULL, NULL, N_("The job '%s' has no target to restart."), job->name);
          return;
        }
      phase = ((FbSimItem *) g_ptr_array_index (job->items, 0))->phase;
      if (phase != job->phase_before)
        {
          bad_request (req, "JobNotRestartable", N_("The protected item changed its state since the job ran."),
                       N_("Start the operation the item's allowedOperations offer instead."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the job id */
                       N_("The job '%s' cannot be restarted: its target is no longer in the state the job started from."), job->name);
          return;
        }
      nj = job_new (job->vault, job->action, job->scenario_name, job->friendly_name);
      nj->plan = job->plan;
      for (guint i = 0; i < job->items->len; i++)
        g_ptr_array_add (nj->items, g_ptr_array_index (job->items, i));
      nj->target_object_id = g_strdup (job->target_object_id);
      nj->target_object_name = g_strdup (job->target_object_name);
      nj->target_instance_type = g_strdup (job->target_instance_type);
      nj->input = job->input != NULL ? json_object_ref (job->input) : NULL;
      nj->direction = g_strdup (job->direction);
      nj->new_item_id = g_strdup (job->new_item_id);
      nj->restart_of = job;
      build_tasks (nj, phase, FALSE);
      job_start (nj);
      fb_sim_reply_accepted (req, jpath, nj);
      return;
    }
  if (g_ascii_strcasecmp (action, "resume") == 0)
    {
      FbSimTask *t;

      if (g_strcmp0 (job->state, "Suspended") != 0)
        {
          bad_request (req, "JobNotSuspended", NULL, N_("Only a suspended job (waiting for a manual action) can be resumed."),
                       /* Translators: Azure's words; keep request fields and quoted values as they are; the placeholders: the job id, the job state */
                       N_("The job '%s' is not suspended (state '%s')."), job->name, job->state);
          return;
        }
      if (req->body_invalid)
        {
          props_of (req, FALSE);
          return;
        }
      t = g_ptr_array_index (job->tasks, job->current_task);
      t->end_time = g_get_real_time ();
      task_set_state (t, "Succeeded", "Completed");
      set_str (&job->state, "InProgress");
      set_str (&job->state_description, "InProgress");
      job->current_task++;
      if (job->current_task >= job->tasks->len)
        complete_job (job);
      else
        schedule_task (job);
      fb_sim_reply_accepted (req, jpath, job);
      return;
    }
  {
    g_autofree char *m = fb_sim_trf (req->world,
                                       /* Translators: Azure's words; %s: an action name from the request URL */
                                       N_("The action '%s' is not supported on jobs."), action);

    fb_sim_reply_arm_error (req, 404, "InvalidResourceType", NULL, m, NULL, NULL);
  }
}

/* ---------- job JSON ---------- */

static JsonObject *
task_to_json (FbSimWorld *world, FbSimTask *t)
{
  g_autofree char *friendly = t->friendly_item != NULL
                              ? g_strdup_printf ("%s (%s)", fb_sim_tr (world, t->friendly_name), t->friendly_item)
                              : g_strdup (fb_sim_tr (world, t->friendly_name));
  JsonObject *o = fb_sim_obj ();
  JsonObject *cd = fb_sim_obj ();
  JsonArray *errors = fb_sim_arr ();
  JsonArray *aa = fb_sim_arr ();

  fb_sim_set_str (o, "taskId", t->task_id);
  fb_sim_set_str (o, "name", t->name);
  if (t->start_time > 0)
    fb_sim_set_time (o, "startTime", t->start_time);
  else
    fb_sim_set_str (o, "startTime", FB_SIM_ZERO_TIME);
  if (t->end_time > 0)
    fb_sim_set_time (o, "endTime", t->end_time);
  else
    fb_sim_set_str (o, "endTime", FB_SIM_ZERO_TIME);
  fb_sim_set_arr (o, "allowedActions", aa);
  fb_sim_set_str (o, "friendlyName", friendly);
  fb_sim_set_str (o, "state", t->state);
  fb_sim_set_str (o, "stateDescription", t->state_description);
  if (t->children != NULL)
    {
      JsonObject *g = fb_sim_obj ();
      JsonArray *kids = fb_sim_arr ();

      fb_sim_set_str (o, "taskType", "GroupTaskDetails");
      fb_sim_set_str (cd, "instanceType", "TaskDetails");
      fb_sim_set_str (g, "instanceType", "RecoveryPlanGroupTaskDetails");
      for (guint i = 0; i < t->children->len; i++)
        json_array_add_object_element (kids, task_to_json (world, g_ptr_array_index (t->children, i)));
      fb_sim_set_arr (g, "childTasks", kids);
      fb_sim_set_str (g, "name", friendly);
      fb_sim_set_str (g, "groupId", t->task_id);
      fb_sim_set_str (g, "rpGroupType", "Boot");
      fb_sim_set_obj (o, "groupTaskCustomDetails", g);
    }
  else
    {
      const char *type = t->check == FB_SIM_CHECK_MANUAL_ACTION ? "ManualActionTaskDetails"
                         : t->item != NULL ? "VirtualMachineTaskDetails" : "TaskDetails";

      fb_sim_set_str (o, "taskType", t->check == FB_SIM_CHECK_MANUAL_ACTION ? "TaskDetails" : type);
      fb_sim_set_str (cd, "instanceType", type);
      if (t->check == FB_SIM_CHECK_MANUAL_ACTION)
        {
          fb_sim_set_str (cd, "name", friendly);
          fb_sim_set_str (cd, "instructions", fb_sim_tr (world, t->description));
          fb_sim_set_str (cd, "observation", "");
        }
      if (g_strcmp0 (t->state_description, "WaitingForManualAction") == 0)
        fb_sim_arr_add_str (aa, "Resume");
      if (t->item != NULL)
        {
          fb_sim_set_null (cd, "skippedReason");
          fb_sim_set_null (cd, "skippedReasonString");
        }
      fb_sim_set_null (o, "groupTaskCustomDetails");
    }
  fb_sim_set_obj (o, "customDetails", cd);
  if (t->error != NULL)
    {
      g_autoptr(JsonNode) n = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (n, t->error->in[world->lang]);
      json_array_add_element (errors, json_node_copy (n));
    }
  fb_sim_set_arr (o, "errors", errors);
  return o;
}

static JsonObject *
affected_objects (FbSimJob *job)
{
  JsonObject *a = fb_sim_obj ();
  FbSimItem *it = job->items->len > 0 ? g_ptr_array_index (job->items, 0) : NULL;

  if (it == NULL || job->plan != NULL)
    return a;
  fb_sim_set_str (a, "PrimaryCloudId", it->container->name);
  fb_sim_set_str (a, "PrimaryCloudName", it->container->friendly_name);
  fb_sim_set_str (a, "PrimaryFabricProviderId", it->fabric->modern ? "InMageRcmFabric" : "VMware");
  fb_sim_set_str (a, "PrimaryVmId", it->vm_id);
  fb_sim_set_str (a, "PrimaryVmName", it->friendly_name);
  fb_sim_set_str (a, "ProtectionProfileId", it->forward_policy->name);
  fb_sim_set_str (a, "RecoveryCloudName", "Microsoft Azure");
  fb_sim_set_str (a, "RecoveryFabricProviderId", "Azure");
  fb_sim_set_str (a, "RecoveryVmName", it->friendly_name);
  return a;
}

JsonObject *
fb_sim_job_to_json (FbSimWorld *world, FbSimJob *job)
{
  g_autofree char *id = fb_sim_job_arm_id (job);
  JsonObject *o = fb_sim_obj ();
  JsonObject *p = fb_sim_obj ();
  JsonObject *cd = fb_sim_obj ();
  JsonArray *tasks = fb_sim_arr ();
  JsonArray *errors = fb_sim_arr ();
  JsonArray *aa = fb_sim_arr ();

  fb_sim_set_str (o, "id", id);
  fb_sim_set_str (o, "name", job->name);
  fb_sim_set_str (o, "type", FB_SIM_ASR_TYPE_PREFIX "/replicationJobs");
  fb_sim_set_str (p, "activityId", job->activity_id);
  fb_sim_set_str (p, "scenarioName", job->scenario_name);
  fb_sim_set_str (p, "friendlyName", fb_sim_tr (world, job->friendly_name));
  fb_sim_set_str (p, "state", job->state);
  fb_sim_set_str (p, "stateDescription", job->state_description);
  for (guint i = 0; i < job->tasks->len; i++)
    json_array_add_object_element (tasks, task_to_json (world, g_ptr_array_index (job->tasks, i)));
  fb_sim_set_arr (p, "tasks", tasks);
  for (guint i = 0; i < job->errors->len; i++)
    {
      g_autoptr(JsonNode) n = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (n, ((FbSimJobError *) g_ptr_array_index (job->errors, i))->in[world->lang]);
      json_array_add_element (errors, json_node_copy (n));
    }
  fb_sim_set_arr (p, "errors", errors);
  fb_sim_set_time (p, "startTime", job->start_time);
  if (job->end_time > 0)
    fb_sim_set_time (p, "endTime", job->end_time);
  else
    fb_sim_set_null (p, "endTime");
  if (job->end_time == 0 && !job->cancel_requested)
    fb_sim_arr_add_str (aa, "Cancel");
  if (g_strcmp0 (job->state, "Suspended") == 0)
    fb_sim_arr_add_str (aa, "Resume");
  else if (job->end_time != 0 && g_strcmp0 (job->state, "Succeeded") != 0 && job->items->len > 0)
    fb_sim_arr_add_str (aa, "Restart");
  fb_sim_set_arr (p, "allowedActions", aa);
  fb_sim_set_str (p, "targetObjectId", job->target_object_id);
  fb_sim_set_str (p, "targetObjectName", job->target_object_name);
  fb_sim_set_str (p, "targetInstanceType", job->target_instance_type);

  fb_sim_set_obj (cd, "affectedObjectDetails", affected_objects (job));
  if (job->new_item_id != NULL)
    {
      fb_sim_set_str (cd, "instanceType", "SwitchProtectionJobDetails");
      fb_sim_set_str (cd, "newReplicationProtectedItemId", job->new_item_id);
    }
  else if (job->action == FB_SIM_ACTION_UNPLANNED_FAILOVER || job->action == FB_SIM_ACTION_PLANNED_FAILOVER ||
           job->action == FB_SIM_ACTION_TEST_FAILOVER)
    {
      JsonArray *details = fb_sim_arr ();

      fb_sim_set_str (cd, "instanceType", job->action == FB_SIM_ACTION_TEST_FAILOVER ? "TestFailoverJobDetails" : "FailoverJobDetails");
      if (job->action == FB_SIM_ACTION_TEST_FAILOVER)
        {
          fb_sim_set_str (cd, "testFailoverStatus", job->end_time > 0 ? "Completed" : "InProgress");
          fb_sim_set_str (cd, "comments", "");
          fb_sim_set_str (cd, "networkName", "vnet-dr-test");
          fb_sim_set_str (cd, "networkFriendlyName", "vnet-dr-test");
          fb_sim_set_str (cd, "networkType", "VmNetworkAsInput");
        }
      for (guint i = 0; i < job->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (job->items, i);
          JsonObject *d = fb_sim_obj ();
          g_autofree char *test = g_strdup_printf ("%s-test", it->friendly_name);

          fb_sim_set_str (d, "name", it->name);
          fb_sim_set_str (d, "friendlyName", it->friendly_name);
          fb_sim_set_str (d, "testVmName", job->action == FB_SIM_ACTION_TEST_FAILOVER ? test : NULL);
          fb_sim_set_str (d, "testVmFriendlyName", job->action == FB_SIM_ACTION_TEST_FAILOVER ? test : NULL);
          fb_sim_set_str (d, "networkConnectionStatus", "Connected");
          fb_sim_set_str (d, "networkFriendlyName", "vnet-dr");
          fb_sim_set_str (d, "subnet", "snet-servers");
          fb_sim_set_str (d, "recoveryPointId", it->failover_recovery_point_id);
          if (it->last_failover_time > 0 && job->end_time > 0)
            fb_sim_set_time (d, "recoveryPointTime", it->last_failover_time);
          else
            fb_sim_set_null (d, "recoveryPointTime");
          json_array_add_object_element (details, d);
        }
      fb_sim_set_arr (cd, "protectedItemDetails", details);
    }
  else
    fb_sim_set_str (cd, "instanceType", "AsrJobDetails");
  fb_sim_set_obj (p, "customDetails", cd);
  fb_sim_set_obj (o, "properties", p);
  return o;
}

/* ---------- history ---------- */

static int
compare_jobs (gconstpointer a, gconstpointer b)
{
  const FbSimJob *ja = *(FbSimJob * const *) a;
  const FbSimJob *jb = *(FbSimJob * const *) b;

  return ja->start_time < jb->start_time ? -1 : ja->start_time > jb->start_time ? 1 : 0;
}

/* The jobs that brought the scenario's items to their phases, so that the
 * job list is not empty when the simulator starts. */
void
fb_sim_world_seed_history (FbSimWorld *world)
{
  for (guint v = 0; v < world->vaults->len; v++)
    {
      FbSimVault *vault = g_ptr_array_index (world->vaults, v);

      /* at most 1,000 jobs of history a vault (large:N) */
      for (guint i = 0; i < vault->items->len && vault->jobs->len < 1000; i++)
        {
          FbSimItem *it = g_ptr_array_index (vault->items, i);
          FbSimJob *job;
          FbSimAction act;
          const char *scenario, *friendly;
          FbSimPhase build_phase;
          gint64 end;

          switch (it->phase)
            {
            case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
              act = FB_SIM_ACTION_UNPLANNED_FAILOVER, scenario = "UnplannedFailover", friendly = N_("Failover");
              build_phase = FB_SIM_PHASE_PROTECTED_TO_AZURE;
              break;
            case FB_SIM_PHASE_RUNNING_IN_AZURE:
              act = FB_SIM_ACTION_COMMIT, scenario = "CommitFailover", friendly = N_("Commit");
              build_phase = FB_SIM_PHASE_FAILED_OVER_TO_AZURE;
              break;
            case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
              act = FB_SIM_ACTION_REPROTECT, friendly = N_("Reprotect");
              scenario = it->fabric->modern ? "ReverseReplication" : "SwitchReplicationGroupProtection";
              build_phase = FB_SIM_PHASE_RUNNING_IN_AZURE;
              break;
            case FB_SIM_PHASE_FAILED_BACK:
              act = it->fabric->modern ? FB_SIM_ACTION_PLANNED_FAILOVER : FB_SIM_ACTION_UNPLANNED_FAILOVER;
              scenario = it->fabric->modern ? "PlannedFailover" : "UnplannedFailover";
              friendly = it->fabric->modern ? N_("Planned failover") : N_("Unplanned failover");
              build_phase = FB_SIM_PHASE_PROTECTED_TO_ONPREM;
              break;
            case FB_SIM_PHASE_RUNNING_ONPREM:
              act = FB_SIM_ACTION_COMMIT, scenario = "CommitFailover", friendly = N_("Commit");
              build_phase = FB_SIM_PHASE_FAILED_BACK;
              break;
            default:
              continue;
            }
          job = item_job (it, act, scenario, friendly, NULL);
          build_tasks (job, build_phase, FALSE);
          end = it->last_failover_time > 0 ? it->last_failover_time : g_get_real_time () - 3600 * G_TIME_SPAN_SECOND;
          if (it->phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM)
            end = it->protected_since;
          job->start_time = end - (gint64) (job->total_seconds * G_TIME_SPAN_SECOND);
          job->end_time = end;
          for (guint t = 0; t < job->tasks->len; t++)
            {
              FbSimTask *task = g_ptr_array_index (job->tasks, t);

              task->start_time = job->start_time + (end - job->start_time) * t / job->tasks->len;
              task->end_time = job->start_time + (end - job->start_time) * (t + 1) / job->tasks->len;
              task_set_state (task, task->skipped ? "Other" : "Succeeded", task->skipped ? "Skipped" : "Completed");
            }
          if (act == FB_SIM_ACTION_REPROTECT && !it->fabric->modern)
            {
              g_autofree char *iid = fb_sim_item_arm_id (it);

              job->new_item_id = g_strdup (iid);
            }
          set_str (&job->state, "Succeeded");
          set_str (&job->state_description, "Completed");
          job_register (job);
        }
      /* oldest first */
      g_ptr_array_sort (vault->jobs, compare_jobs);
    }
}
