/* fb-jobs-view.h - the Jobs view of a vault: a live list of its Site Recovery jobs
 *
 * One row a job: state icon, operation, target, start time and duration; running jobs
 * on top, then the newest. Rows follow their FbJob as FbSession/FbJobMonitor update it
 * in place (the duration of running jobs ticks while the view is mapped). Activating a
 * row opens the job page through the window action win.show-job (the job's ARM id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-job.h"
#include "fb-labels.h"   /* fb_job_state_label (), fb_job_operation_label (), ... */
#include "fb-session.h"
#include "fb-vault.h"

G_BEGIN_DECLS

#define FB_TYPE_JOBS_VIEW (fb_jobs_view_get_type ())
G_DECLARE_FINAL_TYPE (FbJobsView, fb_jobs_view, FB, JOBS_VIEW, GtkWidget)

FbJobsView *fb_jobs_view_new         (FbSession  *session,
                                      FbVault    *vault);
FbSession  *fb_jobs_view_get_session (FbJobsView *self);
FbVault    *fb_jobs_view_get_vault   (FbJobsView *self);
/* The sorted model the list shows (running first, then newest first). */
GListModel *fb_jobs_view_get_model   (FbJobsView *self);

/* Start to end (or now while running), formatted; "" before it started. */
char       *fb_job_format_duration   (GDateTime  *start,
                                      GDateTime  *end,
                                      gboolean    running);

G_END_DECLS
