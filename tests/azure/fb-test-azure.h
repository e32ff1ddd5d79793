/* fb-test-azure.h - shared set-up of the azure tests: an in-process simulator
 * and a signed-in core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fb-arm-client.h"
#include "fb-azure-auth.h"
#include "fb-cloud.h"
#include "fb-job-monitor.h"
#include "fb-protected-item.h"
#include "fb-sim-server.h"
#include "fb-site-recovery.h"
#include "fb-state-store.h"

G_BEGIN_DECLS

typedef struct {
  FbSimServer    *sim;
  char           *dir;        /* temporary directory of this test */
  char           *log_path;   /* the simulator's request log */
  double          speed;
  FbCloud        *cloud;
  FbAzureAuth    *auth;
  FbArmClient    *arm;
  FbSiteRecovery *sr;
  FbStateStore   *store;
  FbJobMonitor   *monitor;
  char           *subscription_id;
} FbTestAzure;

/* Sets XDG dirs to a temporary directory and FAILBACK_KEYRING=none; call
 * first in main(). */
void          fb_test_azure_init_env   (int *argc, char ***argv);

/* speed: simulator speed; token_lifetime 0 = default. The core is signed in
 * with the scenario's client secret unless sign_in is FALSE. */
FbTestAzure  *fb_test_azure_new        (const char *scenario, double speed, guint token_lifetime,
                                        gboolean sign_in);
void          fb_test_azure_free       (FbTestAzure *t);
/* A new job monitor and state store on the same directory (a "restart"). */
void          fb_test_azure_restart_monitor (FbTestAzure *t);

/* Runs the default main context until the async call stored its result. */
void          fb_test_done_cb          (GObject *source, GAsyncResult *result, gpointer user_data);
GAsyncResult *fb_test_wait_result      (GAsyncResult **slot);
/* Iterates the main context for @ms milliseconds. */
void          fb_test_run_for          (guint ms);

/* Synchronous wrappers for the tests. */
char         *fb_test_first_vault_id   (FbTestAzure *t);
GListStore   *fb_test_list             (FbTestAzure *t, FbSiteRecoveryList what, const char *parent,
                                        const char *filter, GError **error);
gpointer      fb_test_get              (FbTestAzure *t, const char *id, GError **error);
/* Runs the action through the monitor and waits for the job; returns the job
 * (a ref) or NULL with @error. */
FbJob        *fb_test_run_and_wait     (FbTestAzure *t, FbAction *action, GError **error);

/* Request-log lines with this method, path suffix and status (0: any). */
guint         fb_test_count_requests   (FbTestAzure *t, const char *method, const char *path_suffix,
                                        int status);
/* A copy of the demo scenario where only web-01 stays on the ESXi host short
 * of memory (path to free). */
char         *fb_test_scenario_roomy   (void);

G_END_DECLS
