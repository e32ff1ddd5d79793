/* fb-job-task.h - a task of a Site Recovery job (ASRTask)
 *
 * Group tasks (groupTaskCustomDetails, e.g. "Reprotecting virtual machine (1)") carry
 * child tasks; JobTaskDetails tasks point to a child job (child-job-id) that can be
 * fetched like any job. Not started tasks have no start/end time (the wire sends
 * 0001-01-01); a skipped task has state "Other", state-description "Skipped".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-job-error.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB_TASK (fb_job_task_get_type ())
G_DECLARE_FINAL_TYPE (FbJobTask, fb_job_task, FB, JOB_TASK, GObject)

FbJobTask *fb_job_task_new_from_json    (JsonNode  *node,
                                         GError   **error);
gboolean   fb_job_task_update_from_json (FbJobTask  *self,
                                         JsonNode   *node,
                                         GError    **error);
gboolean   fb_job_task_update_from      (FbJobTask *self,
                                         FbJobTask *other);

const char         *fb_job_task_get_task_id                      (FbJobTask *self);
const char         *fb_job_task_get_name                         (FbJobTask *self);
const char         *fb_job_task_get_friendly_name                (FbJobTask *self);
const char         *fb_job_task_get_state                        (FbJobTask *self);
const char         *fb_job_task_get_state_description            (FbJobTask *self);
GDateTime          *fb_job_task_get_start_time                   (FbJobTask *self);
GDateTime          *fb_job_task_get_end_time                     (FbJobTask *self);
const char         *fb_job_task_get_task_type                    (FbJobTask *self);
const char         *fb_job_task_get_custom_details_type          (FbJobTask *self);
const char * const *fb_job_task_get_allowed_actions              (FbJobTask *self);
const char         *fb_job_task_get_child_job_id                 (FbJobTask *self);
const char         *fb_job_task_get_child_job_friendly_name      (FbJobTask *self);
const char         *fb_job_task_get_child_job_scenario_name      (FbJobTask *self);
const char         *fb_job_task_get_child_job_target_object_name (FbJobTask *self);
GListModel         *fb_job_task_get_child_tasks                  (FbJobTask *self);
GListModel         *fb_job_task_get_errors                       (FbJobTask *self);

gboolean    fb_job_task_is_finished     (FbJobTask *self);
gboolean    fb_job_task_is_skipped      (FbJobTask *self);
void        fb_job_task_get_progress    (FbJobTask *self,
                                         guint     *done,
                                         guint     *total);

G_END_DECLS
