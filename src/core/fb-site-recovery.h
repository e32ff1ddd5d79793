/* fb-site-recovery.h - Azure Site Recovery resources as models, and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists fill a GListStore page by page as the pages arrive (pass your own
 * store to see them grow, or NULL for a new one); finish returns the store.
 * Paths are ARM ids ("/subscriptions/.../vaults/{vault}"); ids from the
 * service ("/Subscriptions/...") work too.
 */
#pragma once

#include <gio/gio.h>

#include "fb-action.h"
#include "fb-arm-client.h"
#include "fb-fabric.h"
#include "fb-job.h"
#include "fb-protected-item.h"
#include "fb-recovery-plan.h"
#include "fb-recovery-point.h"

G_BEGIN_DECLS

typedef enum {
  FB_SITE_RECOVERY_LIST_VAULTS,         /* FbVault */
  FB_SITE_RECOVERY_LIST_FABRICS,        /* FbFabric */
  FB_SITE_RECOVERY_LIST_CONTAINERS,     /* FbProtectionContainer */
  FB_SITE_RECOVERY_LIST_MAPPINGS,       /* FbProtectionContainerMapping */
  FB_SITE_RECOVERY_LIST_POLICIES,       /* FbPolicy */
  FB_SITE_RECOVERY_LIST_ITEMS,          /* FbProtectedItem */
  FB_SITE_RECOVERY_LIST_RECOVERY_POINTS,/* FbRecoveryPoint */
  FB_SITE_RECOVERY_LIST_PLANS,          /* FbRecoveryPlan */
  FB_SITE_RECOVERY_LIST_JOBS,           /* FbJob */
} FbSiteRecoveryList;

#define FB_TYPE_SITE_RECOVERY (fb_site_recovery_get_type ())
G_DECLARE_FINAL_TYPE (FbSiteRecovery, fb_site_recovery, FB, SITE_RECOVERY, GObject)

FbSiteRecovery *fb_site_recovery_new     (FbArmClient *arm);
FbArmClient    *fb_site_recovery_get_arm (FbSiteRecovery *self);

/* Generic list: @parent is the subscription id ("/subscriptions/{sub}",
 * optionally with "/resourceGroups/{rg}") for vaults, the vault id for
 * fabrics/containers/mappings/policies/items/plans/jobs, the item id for
 * recovery points. @filter is an OData $filter (items, jobs) or NULL. */
void        fb_site_recovery_list_async   (FbSiteRecovery      *self,
                                           FbSiteRecoveryList   what,
                                           const char          *parent,
                                           const char          *filter,
                                           GListStore          *store,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GListStore *fb_site_recovery_list_finish  (FbSiteRecovery  *self,
                                           GAsyncResult    *result,
                                           GError         **error);

/* Subscriptions and vCenters have no model: finish returns a GPtrArray of
 * JsonNode objects ({subscriptionId, displayName, state} / ARM vCenters). */
void        fb_site_recovery_list_subscriptions_async  (FbSiteRecovery *self, GCancellable *cancellable,
                                                        GAsyncReadyCallback callback, gpointer user_data);
void        fb_site_recovery_list_vcenters_async       (FbSiteRecovery *self, const char *vault_id,
                                                        GCancellable *cancellable,
                                                        GAsyncReadyCallback callback, gpointer user_data);
GPtrArray  *fb_site_recovery_list_json_finish          (FbSiteRecovery *self, GAsyncResult *result,
                                                        GError **error);

/* GET one resource as its model (FbProtectedItem, FbRecoveryPlan, FbJob,
 * FbFabric, FbVault; the type follows from the id). */
void        fb_site_recovery_get_async    (FbSiteRecovery      *self,
                                           const char          *id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gpointer    fb_site_recovery_get_finish   (FbSiteRecovery  *self,
                                           GAsyncResult    *result,
                                           GError         **error);

/* Finds a vault by name (or id) in the subscription; then an item of it by
 * name, friendly name or id; a plan by name or friendly name. Not found is
 * FB_ARM_ERROR_NOT_FOUND. */
void        fb_site_recovery_find_vault_async (FbSiteRecovery *self, const char *subscription_id,
                                               const char *name, GCancellable *cancellable,
                                               GAsyncReadyCallback callback, gpointer user_data);
void        fb_site_recovery_find_item_async  (FbSiteRecovery *self, const char *vault_id,
                                               const char *name, GCancellable *cancellable,
                                               GAsyncReadyCallback callback, gpointer user_data);
void        fb_site_recovery_find_plan_async  (FbSiteRecovery *self, const char *vault_id,
                                               const char *name, GCancellable *cancellable,
                                               GAsyncReadyCallback callback, gpointer user_data);
gpointer    fb_site_recovery_find_finish      (FbSiteRecovery *self, GAsyncResult *result, GError **error);

/* The newest recovery point of @item matching @choice (LATEST: newest;
 * LATEST_APP_CONSISTENT: newest ApplicationConsistent). NULL without error
 * when the item has none. */
void             fb_site_recovery_pick_recovery_point_async  (FbSiteRecovery *self, FbProtectedItem *item,
                                                              FbRecoveryPointChoice choice,
                                                              GCancellable *cancellable,
                                                              GAsyncReadyCallback callback, gpointer user_data);
FbRecoveryPoint *fb_site_recovery_pick_recovery_point_finish (FbSiteRecovery *self, GAsyncResult *result,
                                                              GError **error);

/* Builds the failover action for @item, resolving the recovery point choice
 * (latest app-consistent becomes a point id where the provider needs one). */
void        fb_site_recovery_build_failover_async  (FbSiteRecovery *self, FbProtectedItem *item,
                                                    FbFailoverDirection direction,
                                                    FbRecoveryPointChoice choice,
                                                    const char *recovery_point_id,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback, gpointer user_data);
FbAction   *fb_site_recovery_build_failover_finish (FbSiteRecovery *self, GAsyncResult *result,
                                                    GError **error);

/* Valid reprotect choices. */
typedef struct {
  char *master_target_id;
  char *master_target_name;
  char *process_server_id;
  char *process_server_name;
  char *retention_drive;
  char *datastore_name;
  char *run_as_account_id;
  char *policy_id;
  char *policy_name;
  char *reprotect_agent_id;
  char *reprotect_agent_name;
  char *log_storage_account_id;
  GPtrArray *notes;   /* translated sentences: what was picked and why */
} FbReprotectChoice;

void fb_reprotect_choice_free (FbReprotectChoice *choice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbReprotectChoice, fb_reprotect_choice_free)
/* Borrowed view for fb_action_new_reprotect(). */
void fb_reprotect_choice_to_options (const FbReprotectChoice *choice, FbReprotectOptions *options);

/* Picks valid choices for reprotecting @item in the direction its provider
 * allows (InMageAzureV2/InMageRcm: to on-premises; InMage/InMageRcmFailback:
 * to Azure): the master target whose OS matches the VM's, its retention
 * volume with the most free space, a VMFS/vSAN datastore with room, the
 * process server, the run-as account, the policy from the container mapping.
 * Values already set in @given are kept (and checked to exist). */
void               fb_site_recovery_pick_reprotect_async  (FbSiteRecovery *self, FbProtectedItem *item,
                                                           const FbReprotectOptions *given,
                                                           GCancellable *cancellable,
                                                           GAsyncReadyCallback callback, gpointer user_data);
FbReprotectChoice *fb_site_recovery_pick_reprotect_finish (FbSiteRecovery *self, GAsyncResult *result,
                                                           GError **error);

G_END_DECLS
