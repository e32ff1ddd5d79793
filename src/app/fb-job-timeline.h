/* fb-job-timeline.h - a drawn timeline of a job's tasks
 *
 * One bar per task on a time axis from the job's start to its end (or now while the job
 * runs), coloured by state: succeeded, failed, cancelled, in progress (a moving stripe),
 * not started (an outline), skipped (greyed). Task names on the left, elapsed time on
 * the axis. Follows the job's changes; an image to assistive technologies, with a
 * summary in words as its label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fb-job.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB_TIMELINE (fb_job_timeline_get_type ())
G_DECLARE_FINAL_TYPE (FbJobTimeline, fb_job_timeline, FB, JOB_TIMELINE, GtkWidget)

GtkWidget  *fb_job_timeline_new         (void);

FbJob      *fb_job_timeline_get_job     (FbJobTimeline *self);
void        fb_job_timeline_set_job     (FbJobTimeline *self,
                                         FbJob         *job);

const char *fb_job_timeline_get_summary (FbJobTimeline *self);

G_END_DECLS
