/* fb-session.h - the account or endpoint the window currently shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fb-azure-auth.h"
#include "fb-arm-client.h"
#include "fb-job-monitor.h"
#include "fb-site-recovery.h"
#include "fb-vault.h"

G_BEGIN_DECLS

/**
 * FbSessionKind:
 * @FB_SESSION_KIND_DEMO: the demo site, served in-process by the simulator
 * @FB_SESSION_KIND_AZURE: a signed-in Azure account
 */
typedef enum
{
  FB_SESSION_KIND_DEMO,
  FB_SESSION_KIND_AZURE,
} FbSessionKind;

#define FB_TYPE_SESSION_KIND (fb_session_kind_get_type ())
GType fb_session_kind_get_type (void);

#define FB_TYPE_SESSION (fb_session_get_type ())
G_DECLARE_FINAL_TYPE (FbSession, fb_session, FB, SESSION, GObject)

FbSession     *fb_session_new          (FbSessionKind  kind,
                                        const char    *title,
                                        const char    *endpoint);
FbSessionKind  fb_session_get_kind     (FbSession     *self);
const char    *fb_session_get_title    (FbSession     *self);
const char    *fb_session_get_endpoint (FbSession     *self);

/* The core services of this account (owned by the session; never NULL once
 * the session is ready - see the "ready" property). */
gboolean        fb_session_get_ready         (FbSession *self);
FbAzureAuth    *fb_session_get_auth          (FbSession *self);
FbArmClient    *fb_session_get_arm           (FbSession *self);
FbSiteRecovery *fb_session_get_site_recovery (FbSession *self);
FbJobMonitor   *fb_session_get_job_monitor   (FbSession *self);

/* Collections the views bind to: GListStores updated in place on refresh
 * (the same objects stay, so selections survive). */
GListModel     *fb_session_get_vaults        (FbSession *self);   /* FbVault */
GListModel     *fb_session_get_items         (FbSession *self,    /* FbProtectedItem */
                                              FbVault   *vault);
GListModel     *fb_session_get_plans         (FbSession *self,    /* FbRecoveryPlan */
                                              FbVault   *vault);
GListModel     *fb_session_get_fabrics       (FbSession *self,    /* FbFabric */
                                              FbVault   *vault);
GListModel     *fb_session_get_jobs          (FbSession *self,    /* FbJob, newest first */
                                              FbVault   *vault);
FbVault        *fb_session_find_vault_for_id (FbSession  *self,
                                              const char *arm_id);

/* Reloads one vault's collections (or all vaults when @vault is NULL). */
void            fb_session_refresh_async     (FbSession           *self,
                                              FbVault             *vault,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean        fb_session_refresh_finish    (FbSession     *self,
                                              GAsyncResult  *result,
                                              GError       **error);

/* Demo site only: the simulated vCenter's base URI and credentials are the
 * simulator's; NULL for Azure sessions until a vCenter connection is set up. */
const char     *fb_session_get_vcenter_uri   (FbSession *self);

G_END_DECLS
