/* fb-labels.h - Site Recovery's raw values in the user's words
 *
 * Shared by the app and failbackctl so that both say the same thing: job and task
 * states ("InProgress" -> "In progress"), a job's operation ("UnplannedFailover" ->
 * "Unplanned failover"), replication providers ("InMageAzureV2" -> "VMware to Azure
 * (classic)") and replication health ("Normal" -> "Healthy", "None" -> "Not replicating"). Phases and next
 * steps have theirs in fb-core-types.h (fb_phase_to_string, fb_next_step_to_string).
 * Everything here is pure: no GTK, no I/O. Labels are translated (domain "failback");
 * icon names and style classes are fixed strings the app hands to GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fb-job.h"
#include "fb-recovery-plan-group.h"

G_BEGIN_DECLS

/* A job's or task's state ("Succeeded", "Other" + description "Skipped", ...) in words;
 * an unknown state is returned as it is. */
const char *fb_job_state_label          (const char *state,
                                         const char *state_description);
/* The symbolic icon of a state. */
const char *fb_job_state_icon_name      (const char *state,
                                         const char *state_description);
/* A style class for the state icon: "success", "error", "warning", "accent" or "dim-label". */
const char *fb_job_state_css_class      (const char *state,
                                         const char *state_description);
/* An operation or scenario name of Azure ("UnplannedFailover", "ReverseReplicate", ...)
 * in words; NULL when it is not one Failback knows. */
const char *fb_operation_label          (const char *scenario);
/* The job's operation in words ("Unplanned failover", "Reprotect", "Commit", ...). */
const char *fb_job_operation_label      (FbJob      *job);

/* A replication provider ("InMageAzureV2", "InMage", ...) in words: its direction and
 * architecture, "VMware to Azure (classic)"; an unknown one is returned as it is. */
const char *fb_provider_label           (const char *provider);

/* Replication health ("Normal", "Warning", "Critical", anything else) ranked for
 * sorting: 0 critical, 1 warning, 2 healthy, 3 unknown. */
int         fb_replication_health_rank  (const char *health);
/* Health "None": Site Recovery's word for "nothing replicates". */
gboolean    fb_replication_health_is_none (const char *health);
/* "Critical", "Warning", "Healthy", "Not replicating" (for "None") or "Unknown", translated. */
const char *fb_replication_health_label (const char *health);

/* A recovery plan group as the portal names it: "Shutdown", "Failover", or the boot
 * groups numbered "Group 1", "Group 2", ... (*boot_index counts them; start at 0). */
char       *fb_recovery_plan_group_title (FbRecoveryPlanGroup *group,
                                          guint               *boot_index);

G_END_DECLS
