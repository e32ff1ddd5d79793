/* fb-run-as-account.h - a run-as account of a configuration server (runAsAccounts[])
 *
 * accountId is a bare id ("2"), the runAsAccountId of a reprotect.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FB_TYPE_RUN_AS_ACCOUNT (fb_run_as_account_get_type ())
G_DECLARE_FINAL_TYPE (FbRunAsAccount, fb_run_as_account, FB, RUN_AS_ACCOUNT, GObject)

FbRunAsAccount *fb_run_as_account_new_from_json    (JsonNode  *node,
                                                    GError   **error);
gboolean        fb_run_as_account_update_from_json (FbRunAsAccount  *self,
                                                    JsonNode        *node,
                                                    GError         **error);
gboolean        fb_run_as_account_update_from      (FbRunAsAccount *self,
                                                    FbRunAsAccount *other);

const char *fb_run_as_account_get_account_id   (FbRunAsAccount *self);
const char *fb_run_as_account_get_account_name (FbRunAsAccount *self);

G_END_DECLS
