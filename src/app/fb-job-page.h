/* fb-job-page.h - one Site Recovery job: its tasks as they change, its timeline, its actions
 *
 * The page follows its FbJob as FbSession/FbJobMonitor update it in place (a running job
 * the monitor does not track yet is watched when the page opens). It shows the state,
 * start, end and duration; the drawn FbJobTimeline; the tasks with their states, times
 * and errors (possible causes and recommended action); the failure through
 * FbErrorPresenter with the remedy the tool can carry out (a countdown and retry while
 * the Mobility agent registers); and the actions Cancel (confirmed), Restart and Resume,
 * each shown only when the job's allowedActions has it. After Restart the page follows
 * the new job.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-job.h"
#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB_PAGE (fb_job_page_get_type ())
G_DECLARE_FINAL_TYPE (FbJobPage, fb_job_page, FB, JOB_PAGE, GtkWidget)

FbJobPage *fb_job_page_new         (FbSession *session,
                                    FbJob     *job);
FbSession *fb_job_page_get_session (FbJobPage *self);
/* The job shown (after a restart: the new job). */
FbJob     *fb_job_page_get_job     (FbJobPage *self);
/* TRUE while an action (cancel, restart, resume) is being sent. */
gboolean   fb_job_page_get_busy    (FbJobPage *self);

G_END_DECLS
