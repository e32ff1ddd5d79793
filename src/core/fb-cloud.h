/* fb-cloud.h - an Azure cloud: where to sign in and where ARM lives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FB_TYPE_CLOUD (fb_cloud_get_type ())
G_DECLARE_FINAL_TYPE (FbCloud, fb_cloud, FB, CLOUD, GObject)

/* name: "AzureCloud", "AzureChinaCloud", "AzureUSGovernment" (case-insensitive).
 * Returns NULL for an unknown name. */
FbCloud    *fb_cloud_new_named          (const char *name);
/* A custom cloud (Azure Stack-like setups, the simulator): both endpoints
 * given as absolute http(s) URLs. NULL with an error
 * (G_IO_ERROR_INVALID_ARGUMENT) when one is not a URL. @audience is the ARM
 * token audience (resource id); NULL = "https://management.azure.com/" (what
 * the simulator and most ARM-compatible endpoints expect). */
FbCloud    *fb_cloud_new_custom         (const char *login_endpoint,
                                         const char *arm_endpoint,
                                         const char *audience,
                                         GError    **error);

const char *fb_cloud_get_name           (FbCloud *self);
const char *fb_cloud_get_login_endpoint (FbCloud *self);
const char *fb_cloud_get_arm_endpoint   (FbCloud *self);
/* The OAuth scope for ARM: "<audience>/.default". */
const char *fb_cloud_get_arm_scope      (FbCloud *self);

/* The names of the well-known clouds, NULL-terminated. */
const char * const *fb_cloud_get_known_names (void);

G_END_DECLS
