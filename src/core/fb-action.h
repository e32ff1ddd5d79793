/* fb-action.h - one Site Recovery action: the POST, its body, and the job it should start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builders produce the request bodies of /work/briefs/roundtrip.md and
 * api-notes.md sections 1 and 3 exactly: the provider instanceType per step
 * and the failoverDirection per the evidence in 1c. FbJobMonitor sends an
 * FbAction (recording the intent first) and, after a lost answer, looks for
 * the job of scenario @scenario on @target_id instead of resending blindly.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  FB_RECOVERY_POINT_LATEST,                 /* newest point (crash-consistent) */
  FB_RECOVERY_POINT_LATEST_PROCESSED,       /* newest processed point */
  FB_RECOVERY_POINT_LATEST_APP_CONSISTENT,  /* newest app-consistent point */
  FB_RECOVERY_POINT_CUSTOM,                 /* a given recovery point id */
} FbRecoveryPointChoice;

typedef enum {
  FB_FAILOVER_TO_AZURE,
  FB_FAILOVER_TO_ON_PREMISES,
} FbFailoverDirection;

typedef struct _FbAction FbAction;
struct _FbAction
{
  char     *vault_id;     /* ".../vaults/{vault}" */
  char     *path;         /* the POST path (ARM id + "/action") */
  JsonNode *body;         /* NULL: no body */
  char     *target_id;    /* the item or plan (or job) acted on */
  char     *scenario;     /* the scenarioName of the job it starts, NULL when unknown */
  char     *kind;         /* "unplannedFailover", "reProtect", ... (the last path segment) */
  gint64    posted_at;    /* unix µs of the first POST, 0 before */
  char     *intent_id;    /* set by the monitor while the intent is recorded */
};

#define FB_TYPE_ACTION (fb_action_get_type ())
GType     fb_action_get_type (void) G_GNUC_CONST;
FbAction *fb_action_new      (const char *vault_id, const char *target_id, const char *kind,
                              JsonNode *body, const char *scenario);
FbAction *fb_action_copy     (const FbAction *action);
void      fb_action_free     (FbAction *action);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbAction, fb_action_free)

/* Persistence (no secrets in actions). */
JsonNode *fb_action_to_json   (const FbAction *action);
FbAction *fb_action_from_json (JsonNode *node, GError **error);

/* Parsing of command-line-ish names. */
gboolean  fb_recovery_point_choice_from_string (const char *text, FbRecoveryPointChoice *out);

/* Builders. @provider is the item's providerSpecificDetails.instanceType
 * (InMageAzureV2, InMageRcm, InMage, InMageRcmFailback). Errors are
 * G_IO_ERROR_INVALID_ARGUMENT / NOT_SUPPORTED with a translated message. */

/* Failover to Azure (InMageAzureV2 / InMageRcm) or failback (InMage:
 * unplannedFailover; InMageRcmFailback: plannedFailover).
 * recovery_point_id: the ARM id of the point for to-Azure (NULL = latest;
 * resolve latest-app-consistent to an id first) and for InMage Custom. */
FbAction *fb_action_new_failover          (const char *item_id, const char *provider,
                                           FbFailoverDirection direction,
                                           FbRecoveryPointChoice choice,
                                           const char *recovery_point_id,
                                           gboolean perform_shutdown,
                                           GError **error);
FbAction *fb_action_new_commit            (const char *item_id);
FbAction *fb_action_new_failover_cancel   (const char *item_id);
FbAction *fb_action_new_test_failover     (const char *item_id, const char *provider,
                                           const char *network_id, const char *recovery_point_id,
                                           GError **error);
FbAction *fb_action_new_test_failover_cleanup (const char *item_id, const char *comments);
FbAction *fb_action_new_apply_recovery_point  (const char *item_id, const char *provider,
                                               const char *recovery_point_id, GError **error);

typedef struct {
  /* classic to on-premises (InMage) */
  const char *master_target_id;
  const char *process_server_id;   /* also classic/modern to Azure */
  const char *retention_drive;
  const char *datastore_name;      /* also modern to on-premises */
  const char *run_as_account_id;   /* optional */
  const char *policy_id;           /* failback policy = profileId (classic); policyId otherwise */
  /* modern to on-premises (InMageRcm) */
  const char *reprotect_agent_id;
  const char *log_storage_account_id;
} FbReprotectOptions;

/* Reprotect: InMageAzureV2 -> InMage, InMageRcm -> InMageRcmFailback (to
 * on-premises); InMage -> InMageAzureV2, InMageRcmFailback -> InMageRcm (to
 * Azure). Missing required options are an error naming them. */
FbAction *fb_action_new_reprotect         (const char *item_id, const char *provider,
                                           const FbReprotectOptions *options, GError **error);

/* Recovery plans: providers = the plan's replicationProviders. */
FbAction *fb_action_new_plan_failover     (const char *plan_id, const char * const *providers,
                                           FbFailoverDirection direction,
                                           FbRecoveryPointChoice choice, GError **error);
FbAction *fb_action_new_plan_commit       (const char *plan_id);
FbAction *fb_action_new_plan_test_failover (const char *plan_id, const char * const *providers,
                                            const char *network_id, GError **error);
FbAction *fb_action_new_plan_test_failover_cleanup (const char *plan_id, const char *comments);
FbAction *fb_action_new_plan_failover_cancel (const char *plan_id);

/* Jobs: verb = "cancel", "restart", "resume". */
FbAction *fb_action_new_job_action        (const char *job_id, const char *verb, const char *comments);

G_END_DECLS
