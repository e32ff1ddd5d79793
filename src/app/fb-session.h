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
#include "fb-sim-server.h"
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

/* A session that never signs in by itself (no services; for tests of the shell). */
FbSession     *fb_session_new          (FbSessionKind  kind,
                                        const char    *title,
                                        const char    *endpoint);
/* The demo site: signs in to @server (the in-process simulator, started) with its
 * client secret, then loads the vaults. "ready" turns TRUE once signed in; a
 * failed sign-in sets "error" and emits "failed". @title may be NULL: the demo
 * site's name in the user's language ("Demo Site"). */
FbSession     *fb_session_new_demo     (FbSimServer   *server,
                                        const char    *title);
/* An Azure account: @auth is already signed in (the sign-in window made it).
 * Ready at once; loading the vaults starts. */
FbSession     *fb_session_new_for_account (FbAzureAuth *auth,
                                           const char  *title);
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

/* TRUE while a refresh runs (any vault or the vault list). Views show their
 * empty state only when the vault is loaded and not loading. */
gboolean        fb_session_get_loading       (FbSession *self);
gboolean        fb_session_get_vault_loaded  (FbSession *self,
                                              FbVault   *vault);
/* The last sign-in or load error (NULL when the last load went well). Every
 * failure is also emitted as "failed" (GError *error). "refreshed" (FbVault *vault)
 * is emitted when a vault's collections finished a load. */
const GError   *fb_session_get_error         (FbSession *self);
/* The display name of a subscription (its id when unknown). */
const char     *fb_session_get_subscription_name (FbSession  *self,
                                                  const char *subscription_id);
/* Looks up a loaded model by ARM id (case-insensitive), or NULL. A job is
 * found by id or by name. (transfer none) */
FbProtectedItem *fb_session_lookup_item      (FbSession  *self,
                                              const char *arm_id);
FbRecoveryPlan  *fb_session_lookup_plan      (FbSession  *self,
                                              const char *arm_id);
FbJob           *fb_session_lookup_job       (FbSession  *self,
                                              const char *id_or_name);
/* Refreshes every vault each polling-interval seconds (GSettings) while enabled;
 * the window enables it while it is mapped. */
void            fb_session_set_auto_refresh  (FbSession *self,
                                              gboolean   enabled);

/* Demo site only: the simulated vCenter's base URI and credentials are the
 * simulator's; NULL for Azure sessions until a vCenter connection is set up. */
const char     *fb_session_get_vcenter_uri   (FbSession *self);
const char     *fb_session_get_vcenter_name  (FbSession *self);

G_END_DECLS
