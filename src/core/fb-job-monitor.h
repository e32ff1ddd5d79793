/* fb-job-monitor.h - every tracked Site Recovery job, one adaptive timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FbJobMonitor owns the jobs the app started or watches. One timer polls
 * all of them: a vault with one running job gets a GET of that job; a vault
 * with several gets ONE replicationJobs list call with a $filter per cycle.
 * The interval adapts (Retry-After of the 202, slower while nothing changes,
 * backing off when throttled). Task changes are emitted as they happen;
 * finished jobs are marked, forgotten by the FbStateStore, and the item they
 * touched (the new item after a classic reprotect) is fetched again.
 *
 * Actions go through fb_job_monitor_run_action_async(): the intent is
 * recorded in the FbStateStore before the POST; when the answer is lost
 * (reset, timeout, 5xx, a cut body) the monitor looks for the job that POST
 * started (the item's currentScenario, then the vault's jobs of that item and
 * scenario since the POST) and adopts it; it resends only when none exists
 * after a grace period, and never after a restart.
 *
 * Signals:
 *   job-updated   (FbJob *job)                      any change of a tracked job
 *   task-changed  (FbJob *job, FbJobTask *task)     a task's state changed (also child tasks)
 *   job-finished  (FbJob *job)                      it left NotStarted/InProgress/Cancelling
 *   job-suspended (FbJob *job)                      it waits for a manual action (still tracked)
 *   item-refreshed (GObject *model)                 FbProtectedItem or FbRecoveryPlan after a job
 *   intent-unresolved (FbAction *action)            after a restart, a POST whose job was not found
 */
#pragma once

#include <gio/gio.h>

#include "fb-action.h"
#include "fb-job.h"
#include "fb-site-recovery.h"
#include "fb-state-store.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB_MONITOR (fb_job_monitor_get_type ())
G_DECLARE_FINAL_TYPE (FbJobMonitor, fb_job_monitor, FB, JOB_MONITOR, GObject)

/* store may be NULL (nothing persisted). */
FbJobMonitor *fb_job_monitor_new                  (FbSiteRecovery *site_recovery,
                                                   FbStateStore   *store);
/* Base poll interval (default 15000 ms) and the grace period before an
 * action whose answer was lost and whose job is not found is resent
 * (default 30000 ms). Both are real milliseconds. */
void          fb_job_monitor_set_poll_interval    (FbJobMonitor *self, guint milliseconds);
void          fb_job_monitor_set_lost_response_grace (FbJobMonitor *self, guint milliseconds);

/* The FbJobs tracked so far (running and finished), in tracking order. */
GListModel   *fb_job_monitor_get_jobs             (FbJobMonitor *self);
FbJob        *fb_job_monitor_lookup               (FbJobMonitor *self, const char *job_name);
/* Number of ARM requests the monitor made for polling (for tests/benchmarks). */
guint         fb_job_monitor_get_poll_requests    (FbJobMonitor *self);

void          fb_job_monitor_watch                (FbJobMonitor *self,
                                                   const char   *vault_id,
                                                   const char   *job_name,
                                                   const char   *target_id,
                                                   const char   *scenario);
/* Picks up what the store holds: watches its jobs again and resolves its
 * pending intents (adopting their jobs, never resending). */
void          fb_job_monitor_resume               (FbJobMonitor *self);

/* Sends @action; finish returns the name of the job it started. */
void          fb_job_monitor_run_action_async     (FbJobMonitor        *self,
                                                   FbAction            *action,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
char         *fb_job_monitor_run_action_finish    (FbJobMonitor  *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);

/* Waits until the job finished. finish returns the job; a job that ended
 * Failed/Cancelled is FB_ARM_ERROR_OPERATION_FAILED with the job's error
 * message and recommended action (the job is still fetched with
 * fb_job_monitor_lookup()); a job that waits for a manual action (Suspended)
 * is FB_ARM_ERROR_SUSPENDED. Cancelling stops waiting, not the job. */
void          fb_job_monitor_wait_async           (FbJobMonitor        *self,
                                                   const char          *job_name,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
FbJob        *fb_job_monitor_wait_finish          (FbJobMonitor  *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);

/* The failure text of a finished job (message + recommended action), or NULL. */
char         *fb_job_describe_failure             (FbJob *job);

G_END_DECLS
