/* fb-job-error.h - an error of a Site Recovery job or task (JobErrorDetails)
 *
 * service-* come from serviceErrorDetails, provider-* from providerErrorDetails; the
 * provider error code is a number (8038: the on-premises VM could not be started because
 * its ESXi host lacks memory), sent as a string by some api-versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_JOB_ERROR (fb_job_error_get_type ())
G_DECLARE_FINAL_TYPE (FbJobError, fb_job_error, FB, JOB_ERROR, GObject)

FbJobError *fb_job_error_new_from_json    (JsonNode  *node,
                                           GError   **error);
gboolean    fb_job_error_update_from_json (FbJobError  *self,
                                           JsonNode    *node,
                                           GError     **error);
gboolean    fb_job_error_update_from      (FbJobError *self,
                                           FbJobError *other);

const char *fb_job_error_get_service_error_code          (FbJobError *self);
const char *fb_job_error_get_service_error_message       (FbJobError *self);
const char *fb_job_error_get_service_possible_causes     (FbJobError *self);
const char *fb_job_error_get_service_recommended_action  (FbJobError *self);
const char *fb_job_error_get_service_activity_id         (FbJobError *self);
gint64      fb_job_error_get_provider_error_code         (FbJobError *self);
const char *fb_job_error_get_provider_error_message      (FbJobError *self);
const char *fb_job_error_get_provider_error_id           (FbJobError *self);
const char *fb_job_error_get_provider_possible_causes    (FbJobError *self);
const char *fb_job_error_get_provider_recommended_action (FbJobError *self);
const char *fb_job_error_get_error_level                 (FbJobError *self);
GDateTime  *fb_job_error_get_creation_time               (FbJobError *self);
const char *fb_job_error_get_task_id                     (FbJobError *self);

const char *fb_job_error_get_message            (FbJobError *self);
const char *fb_job_error_get_possible_causes    (FbJobError *self);
const char *fb_job_error_get_recommended_action (FbJobError *self);

G_END_DECLS
