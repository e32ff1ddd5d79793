/* fb-cli-private.h - shared between failbackctl's own command files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fb-cli.h"

#include "fb-arm-client.h"
#include "fb-azure-auth.h"
#include "fb-cloud.h"
#include "fb-job-monitor.h"
#include "fb-site-recovery.h"

G_BEGIN_DECLS

extern const FbCliCommand fb_cli_account_commands[];
extern const FbCliCommand fb_cli_azure_commands[];

/* The subscription to use (after fb_cli_azure_connect). */
const char *fb_cli_subscription (FbCliContext *ctx);
/* ".../vaults/{name}" for a vault given by name or id (prints the error). */
char       *fb_cli_resolve_vault (FbCliContext *ctx, const char *vault, const char *resource_group, int *exit_code);
/* The job monitor of this run (created on first use; state in the XDG state dir). */
FbJobMonitor *fb_cli_job_monitor (FbCliContext *ctx);
/* Prints the account file path's contents... */
JsonObject *fb_cli_load_account (void);
gboolean    fb_cli_save_account (FbCliContext *ctx, FbAzureAuth *auth, GError **error);
void        fb_cli_forget_account (void);
FbCloud    *fb_cli_make_cloud (FbCliContext *ctx, JsonObject *account, int *exit_code);

G_END_DECLS
