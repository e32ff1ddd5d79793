/* fb-preflight.h - know before you fail back: the on-premises pre-flight checks
 *
 * Input: the ASR models (the configuration server's FbFabric, the protected
 * items with their recovery points) and an FbVcenterClient; FbPreflight does
 * not talk to ARM itself.  It reads the vCenter inventory (hosts with memory,
 * datastores with their hosts, the master target's VM and snapshots, each
 * item's on-premises VM) and decides every check of docs/domain.md and of gap 1
 * that the data allows.  A failed check blocks the action; a warning (or an
 * unknown) needs an explicit override: fb_preflight_result_can_proceed().
 *
 * Check ids: configuration-server, process-server, master-target,
 * master-target-os, master-target-snapshots, vcenter, datastore,
 * datastore-access, recovery-location, physical-server, item-health,
 * recovery-points, host-memory, agent-registration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fb-countdown.h"
#include "fb-fabric.h"
#include "fb-preflight-check.h"
#include "fb-preflight-result.h"
#include "fb-protected-item.h"
#include "fb-vcenter-client.h"

G_BEGIN_DECLS

typedef enum {
  FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES,  /* stage 3 */
  FB_PREFLIGHT_STAGE_FAILBACK,                  /* stage 4 */
  FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE,        /* stage 6 */
} FbPreflightStage;

#define FB_TYPE_PREFLIGHT_STAGE (fb_preflight_stage_get_type ())
GType fb_preflight_stage_get_type (void) G_GNUC_CONST;

#define FB_TYPE_PREFLIGHT (fb_preflight_get_type ())
G_DECLARE_FINAL_TYPE (FbPreflight, fb_preflight, FB, PREFLIGHT, GObject)

/* @fabric: the on-premises fabric (configuration server / appliance), may be
 * NULL (its checks are then unknown); @vcenter may be NULL likewise. */
FbPreflight       *fb_preflight_new                     (FbPreflightStage  stage,
                                                         FbFabric         *fabric,
                                                         FbVcenterClient  *vcenter);
FbPreflightStage   fb_preflight_get_stage               (FbPreflight      *self);
/* One item; for a recovery plan add every item of the plan.
 * @recovery_points: GListModel of FbRecoveryPoint, NULL when not known. */
void               fb_preflight_add_item                (FbPreflight      *self,
                                                         FbProtectedItem  *item,
                                                         GListModel       *recovery_points);
/* The name Site Recovery knows the connected vCenter by (its replicationvCenters
 * friendlyName), when Failback reaches it at another address (the demo's simulated vCenter
 * listens on 127.0.0.1). Each vCenter is then one "vcenter" check, by that name, with
 * the configuration server's view and Failback's own connection. Without it, a vCenter of
 * Site Recovery whose name is the client's server is merged the same way. */
void               fb_preflight_set_vcenter_name        (FbPreflight      *self,
                                                         const char       *name);
/* The configuration server's own view of a vCenter: one replicationvCenters
 * resource of the vault (ARM JSON).  A vCenter the configuration server has lost
 * fails the "vcenter" check (disks cannot be detached or attached then).
 * FALSE with FB_PARSE_ERROR when @vcenter is not such a resource. */
gboolean           fb_preflight_add_asr_vcenter         (FbPreflight      *self,
                                                         JsonNode         *vcenter,
                                                         GError          **error);
/* The choices of the reprotect (each optional: the item's own values, else
 * the first fitting server). */
void               fb_preflight_set_master_target_id    (FbPreflight      *self,
                                                         const char       *id);
void               fb_preflight_set_process_server_id   (FbPreflight      *self,
                                                         const char       *id);
void               fb_preflight_set_datastore_name      (FbPreflight      *self,
                                                         const char       *name);
/* A heartbeat older than this is stale (default 30 minutes). */
void               fb_preflight_set_heartbeat_max_age   (FbPreflight      *self,
                                                         GTimeSpan         max_age);
/* The time the checks compare with (default: now). */
void               fb_preflight_set_now                 (FbPreflight      *self,
                                                         GDateTime        *now);

void               fb_preflight_run_async               (FbPreflight         *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
FbPreflightResult *fb_preflight_run_finish              (FbPreflight         *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* Carries out a check's FB_PREFLIGHT_ACTION_VMOTION through the vCenter
 * client (relocate + task polling).  Other actions: G_IO_ERROR_NOT_SUPPORTED
 * (a wait-and-retry is an FbCountdown the caller shows, then retries). */
void               fb_preflight_apply_remedy_async      (FbPreflight         *self,
                                                         FbPreflightCheck    *check,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean           fb_preflight_apply_remedy_finish     (FbPreflight         *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* TRUE for the reprotect error that means "the Mobility agent has not
 * registered with the configuration server yet" (retry after a wait). */
gboolean           fb_preflight_is_agent_not_registered (const char       *error_code,
                                                         const char       *message);
/* A countdown for that wait: up to 15 minutes after @failed_back_at
 * (NULL: the full 15 minutes), at least one minute. */
FbCountdown       *fb_preflight_new_agent_countdown     (GDateTime        *failed_back_at,
                                                         GDateTime        *now,
                                                         guint             tick_ms);

G_END_DECLS
