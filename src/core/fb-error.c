/* fb-error.c - error domains of Failback's services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-error.h"

G_DEFINE_QUARK (fb-parse-error-quark, fb_parse_error)
G_DEFINE_QUARK (fb-arm-error-quark, fb_arm_error)
G_DEFINE_QUARK (fb-auth-error-quark, fb_auth_error)
G_DEFINE_QUARK (fb-vcenter-error-quark, fb_vcenter_error)
