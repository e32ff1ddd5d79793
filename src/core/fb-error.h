/* fb-error.h - error domains of Failback's services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Wrong or unexpected JSON from a service (wrong type of a member, not an object). */
#define FB_PARSE_ERROR (fb_parse_error_quark ())
/* Azure Resource Manager / Site Recovery. */
#define FB_ARM_ERROR (fb_arm_error_quark ())
/* Entra ID sign-in. */
#define FB_AUTH_ERROR (fb_auth_error_quark ())
/* vCenter. */
#define FB_VCENTER_ERROR (fb_vcenter_error_quark ())

typedef enum {
  FB_PARSE_ERROR_INVALID,       /* not JSON at all, or truncated */
  FB_PARSE_ERROR_WRONG_TYPE,    /* a member has the wrong type; the message names it */
  FB_PARSE_ERROR_MISSING,       /* a required member is missing */
} FbParseError;

GQuark fb_parse_error_quark   (void);
GQuark fb_arm_error_quark     (void);
GQuark fb_auth_error_quark    (void);
GQuark fb_vcenter_error_quark (void);

G_END_DECLS
