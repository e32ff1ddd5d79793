/* fb-job.h - a Site Recovery job (replicationJobs) with its tasks and errors
 *
 * Every action (failover, commit, reprotect, failback) starts a job. A classic reprotect
 * (scenario "SwitchReplicationGroupProtection") reports the new protected item in
 * customDetails.newReplicationProtectedItemId (SwitchProtectionJobDetails): the item
 * changes identity. Running = NotStarted, InProgress or Cancelling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-job-error.h"
#include "fb-job-task.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB (fb_job_get_type ())
G_DECLARE_FINAL_TYPE (FbJob, fb_job, FB, JOB, GObject)

FbJob    *fb_job_new_from_json    (JsonNode  *node,
                                   GError   **error);
gboolean  fb_job_update_from_json (FbJob     *self,
                                   JsonNode  *node,
                                   GError   **error);
gboolean  fb_job_update_from      (FbJob *self,
                                   FbJob *other);

const char         *fb_job_get_id                                (FbJob *self);
const char         *fb_job_get_name                              (FbJob *self);
const char         *fb_job_get_activity_id                       (FbJob *self);
const char         *fb_job_get_scenario_name                     (FbJob *self);
const char         *fb_job_get_friendly_name                     (FbJob *self);
const char         *fb_job_get_state                             (FbJob *self);
const char         *fb_job_get_state_description                 (FbJob *self);
GDateTime          *fb_job_get_start_time                        (FbJob *self);
GDateTime          *fb_job_get_end_time                          (FbJob *self);
const char * const *fb_job_get_allowed_actions                   (FbJob *self);
const char         *fb_job_get_target_object_id                  (FbJob *self);
const char         *fb_job_get_target_object_name                (FbJob *self);
const char         *fb_job_get_target_instance_type              (FbJob *self);
const char         *fb_job_get_custom_details_type               (FbJob *self);
const char         *fb_job_get_new_replication_protected_item_id (FbJob *self);
GHashTable         *fb_job_get_affected_object_details           (FbJob *self);
GListModel         *fb_job_get_tasks                             (FbJob *self);
GListModel         *fb_job_get_errors                            (FbJob *self);
const char         *fb_job_get_subscription_id                   (FbJob *self);
const char         *fb_job_get_resource_group                    (FbJob *self);
const char         *fb_job_get_vault_name                        (FbJob *self);

gboolean    fb_job_is_running           (FbJob      *self);
gboolean    fb_job_is_state_running     (const char *state);
gboolean    fb_job_is_allowed           (FbJob      *self,
                                         const char *action);
void        fb_job_get_progress         (FbJob      *self,
                                         guint      *done,
                                         guint      *total);
FbJobError *fb_job_find_provider_error  (FbJob      *self,
                                         gint64      provider_error_code);

G_END_DECLS
