/* fb-preflight-result.h - the checks of one pre-flight run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-preflight-check.h"

G_BEGIN_DECLS

#define FB_TYPE_PREFLIGHT_RESULT (fb_preflight_result_get_type ())
G_DECLARE_FINAL_TYPE (FbPreflightResult, fb_preflight_result, FB, PREFLIGHT_RESULT, GObject)

FbPreflightResult *fb_preflight_result_new          (void);
void               fb_preflight_result_add          (FbPreflightResult *self,
                                                     FbPreflightCheck  *check);
/* GListModel of FbPreflightCheck, in the order the checks ran. */
GListModel        *fb_preflight_result_get_checks   (FbPreflightResult *self);
guint              fb_preflight_result_count        (FbPreflightResult *self,
                                                     FbPreflightStatus  status);
/* The worst status (fail > unknown > warn > pass); pass when empty. */
FbPreflightStatus  fb_preflight_result_get_status   (FbPreflightResult *self);
/* A failed check blocks; a warning (or unknown) needs @override_warnings. */
gboolean           fb_preflight_result_can_proceed  (FbPreflightResult *self,
                                                     gboolean           override_warnings);
/* First check with @id (and @subject when not NULL), or NULL. */
FbPreflightCheck  *fb_preflight_result_lookup       (FbPreflightResult *self,
                                                     const char        *id,
                                                     const char        *subject);
/* {"status": "...", "canProceed": bool, "checks": [{id, title, subject, status,
 *  message, remedy, action?: {kind, vmId, vmName, hostId, hostName, seconds}}]} */
JsonNode          *fb_preflight_result_to_json      (FbPreflightResult *self);

G_END_DECLS
