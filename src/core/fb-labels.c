/* fb-labels.c - Site Recovery's raw values in the user's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-labels.h"

/* ---- job and task states ------------------------------------------------------------ */

static gboolean
state_is (const char *state,
          const char *name)
{
  return state != NULL && g_ascii_strcasecmp (state, name) == 0;
}

static gboolean
is_skipped (const char *state,
            const char *description)
{
  return state_is (state, "Other") && description != NULL && g_ascii_strcasecmp (description, "Skipped") == 0;
}

const char *
fb_job_state_label (const char *state,
                    const char *state_description)
{
  if (is_skipped (state, state_description))
    return C_("job state", "Skipped");
  if (state_is (state, "InProgress"))
    return C_("job state", "In progress");
  if (state_is (state, "NotStarted"))
    return C_("job state", "Not started");
  if (state_is (state, "Succeeded"))
    return C_("job state", "Succeeded");
  if (state_is (state, "Failed"))
    return C_("job state", "Failed");
  if (state_is (state, "Cancelling"))
    return C_("job state", "Cancelling");
  if (state_is (state, "Cancelled"))
    return C_("job state", "Cancelled");
  if (state_is (state, "Suspended"))
    return C_("job state", "Waiting for you");
  if (state_is (state, "CompletedWithInformation") || state_is (state, "PartiallySucceeded"))
    return C_("job state", "Completed with warnings");
  if (state == NULL)
    return C_("job state", "Unknown");

  return state;
}

const char *
fb_job_state_icon_name (const char *state,
                        const char *state_description)
{
  if (is_skipped (state, state_description))
    return "media-skip-forward-symbolic";
  if (state_is (state, "InProgress") || state_is (state, "Cancelling"))
    return "content-loading-symbolic";
  if (state_is (state, "NotStarted"))
    return "content-loading-symbolic";
  if (state_is (state, "Succeeded"))
    return "emblem-ok-symbolic";
  if (state_is (state, "Failed"))
    return "dialog-error-symbolic";
  if (state_is (state, "Cancelled"))
    return "process-stop-symbolic";
  if (state_is (state, "Suspended"))
    return "media-playback-pause-symbolic";

  return "dialog-information-symbolic";
}

const char *
fb_job_state_css_class (const char *state,
                        const char *state_description)
{
  if (is_skipped (state, state_description) || state_is (state, "NotStarted") || state_is (state, "Cancelled"))
    return "dim-label";
  if (state_is (state, "InProgress") || state_is (state, "Cancelling"))
    return "accent";
  if (state_is (state, "Succeeded"))
    return "success";
  if (state_is (state, "Failed"))
    return "error";

  return "warning";
}

/* ---- operations --------------------------------------------------------------------- */

/* A raw value of Azure and its words (N_() msgids). */
typedef struct {
  const char *raw;
  const char *label;
} Label;

/* The translated words of @raw (compared case-insensitively) in @table, or NULL. */
static const char *
lookup_label (const Label *table,
              gsize        n,
              const char  *raw)
{
  for (gsize i = 0; raw != NULL && i < n; i++)
    if (g_ascii_strcasecmp (raw, table[i].raw) == 0)
      return _(table[i].label);
  return NULL;
}

/* Azure's scenario names (a job's scenarioName, an item's currentScenario) and the
 * operation names of allowedOperations, in the user's words. */
static const Label operations[] = {
  { "UnplannedFailover", N_("Unplanned failover") },
  { "PlannedFailover", N_("Planned failover") },
  { "TestFailover", N_("Test failover") },
  { "TestFailoverCleanup", N_("Test failover cleanup") },
  { "CommitFailover", N_("Commit") },
  { "Commit", N_("Commit") },
  { "SwitchReplicationGroupProtection", N_("Reprotect") },
  { "SwitchProtection", N_("Reprotect") },
  { "ReverseReplication", N_("Reprotect") },
  { "ReverseReplicate", N_("Reprotect") },
  { "Reprotect", N_("Reprotect") },
  { "CancelFailover", N_("Cancel failover") },
  { "EnableDr", N_("Enable replication") },
  { "EnableProtection", N_("Enable replication") },
  { "DisableDr", N_("Disable replication") },
  { "DisableProtection", N_("Disable replication") },
  { "ChangePit", N_("Change recovery point") },
  { "ApplyRecoveryPoint", N_("Change recovery point") },
  { "RepairReplication", N_("Resynchronize") },
  { "FailoverCommit", N_("Commit") },
  { "CompleteMigration", N_("Complete migration") },
};

const char *
fb_operation_label (const char *scenario)
{
  return lookup_label (operations, G_N_ELEMENTS (operations), scenario);
}

const char *
fb_job_operation_label (FbJob *job)
{
  const char *scenario;

  g_return_val_if_fail (FB_IS_JOB (job), NULL);

  scenario = fb_job_get_scenario_name (job);
  if (fb_operation_label (scenario) != NULL)
    return fb_operation_label (scenario);
  if (fb_job_get_friendly_name (job) != NULL)
    return fb_job_get_friendly_name (job);
  if (scenario != NULL)
    return scenario;

  return _("Job");
}

/* ---- replication providers ---------------------------------------------------------- */

/* Azure's replication providers (instanceType of providerSpecificDetails): the direction
 * of the replication and the architecture, classic (configuration server) or modern
 * (replication appliance). */
static const Label providers[] = {
  /* Translators: a replication provider: VMware VMs and physical servers replicating to Azure, classic architecture */
  { "InMageAzureV2", N_("VMware to Azure (classic)") },
  /* Translators: a replication provider: VMware VMs and physical servers replicating to Azure, modern architecture */
  { "InMageRcm", N_("VMware to Azure (modern)") },
  /* Translators: a replication provider: reprotected from Azure back to VMware, classic architecture */
  { "InMage", N_("Azure to VMware (classic)") },
  /* Translators: a replication provider: reprotected from Azure back to VMware, modern architecture */
  { "InMageRcmFailback", N_("Azure to VMware (modern)") },
};

const char *
fb_provider_label (const char *provider)
{
  const char *label = lookup_label (providers, G_N_ELEMENTS (providers), provider);

  return label != NULL ? label : provider;
}

/* ---- replication health ------------------------------------------------------------- */

gboolean
fb_replication_health_is_none (const char *health)
{
  return health != NULL && g_ascii_strcasecmp (health, "None") == 0;
}

int
fb_replication_health_rank (const char *health)
{
  if (health == NULL)
    return 3;
  if (g_ascii_strcasecmp (health, "Critical") == 0)
    return 0;
  if (g_ascii_strcasecmp (health, "Warning") == 0)
    return 1;
  if (g_ascii_strcasecmp (health, "Normal") == 0)
    return 2;
  return 3;
}

const char *
fb_replication_health_label (const char *health)
{
  switch (fb_replication_health_rank (health))
    {
    case 0:
      return C_("replication health", "Critical");
    case 1:
      return C_("replication health", "Warning");
    case 2:
      return C_("replication health", "Healthy");
    default:
      /* Site Recovery reports "None" while nothing replicates (e.g. running in Azure
       * after the commit) */
      if (fb_replication_health_is_none (health))
        return C_("replication health", "Not replicating");
      return C_("replication health", "Unknown");
    }
}

/* ---- recovery plans ----------------------------------------------------------------- */

char *
fb_recovery_plan_group_title (FbRecoveryPlanGroup *group,
                              guint               *boot_index)
{
  const char *type = fb_recovery_plan_group_get_group_type (group);

  if (g_strcmp0 (type, "Shutdown") == 0)
    return g_strdup (_("Shutdown"));
  if (g_strcmp0 (type, "Failover") == 0)
    return g_strdup (_("Failover"));

  /* Translators: a boot group of a recovery plan, numbered as the portal does */
  return g_strdup_printf (_("Group %u"), ++(*boot_index));
}
