/* fb-health-error.h - a health error of a protected item, fabric, server or mapping (HealthError)
 *
 * Parsed from the HealthError of api-notes 4a; the same shape is used by healthErrors,
 * healthErrorDetails, validationErrors and the older replicationHealthErrors.
 * Inner errors (innerHealthErrors, or childErrors on older api-versions) are a nested list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_HEALTH_ERROR (fb_health_error_get_type ())
G_DECLARE_FINAL_TYPE (FbHealthError, fb_health_error, FB, HEALTH_ERROR, GObject)

FbHealthError *fb_health_error_new_from_json    (JsonNode  *node,
                                                 GError   **error);
gboolean       fb_health_error_update_from_json (FbHealthError  *self,
                                                 JsonNode       *node,
                                                 GError        **error);
gboolean       fb_health_error_update_from      (FbHealthError *self,
                                                 FbHealthError *other);

const char *fb_health_error_get_error_code                      (FbHealthError *self);
const char *fb_health_error_get_error_message                   (FbHealthError *self);
const char *fb_health_error_get_summary_message                 (FbHealthError *self);
const char *fb_health_error_get_possible_causes                 (FbHealthError *self);
const char *fb_health_error_get_recommended_action              (FbHealthError *self);
const char *fb_health_error_get_error_level                     (FbHealthError *self);
const char *fb_health_error_get_error_source                    (FbHealthError *self);
const char *fb_health_error_get_error_type                      (FbHealthError *self);
const char *fb_health_error_get_error_category                  (FbHealthError *self);
GDateTime  *fb_health_error_get_creation_time                   (FbHealthError *self);
const char *fb_health_error_get_recovery_provider_error_message (FbHealthError *self);
const char *fb_health_error_get_entity_id                       (FbHealthError *self);
const char *fb_health_error_get_error_id                        (FbHealthError *self);
const char *fb_health_error_get_customer_resolvability          (FbHealthError *self);
GListModel *fb_health_error_get_inner_health_errors             (FbHealthError *self);

G_END_DECLS
