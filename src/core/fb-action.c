/* fb-action.c - Site Recovery actions and their request bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "fb-action.h"
#include "fb-error.h"
#include "fb-json.h"

G_DEFINE_BOXED_TYPE (FbAction, fb_action, fb_action_copy, fb_action_free)

FbAction *
fb_action_new (const char *vault_id, const char *target_id, const char *kind, JsonNode *body,
               const char *scenario)
{
  FbAction *a = g_new0 (FbAction, 1);

  a->vault_id = g_strdup (vault_id);
  a->target_id = g_strdup (target_id);
  a->kind = g_strdup (kind);
  a->path = g_strconcat (target_id, "/", kind, NULL);
  a->body = body != NULL ? json_node_ref (body) : NULL;
  a->scenario = g_strdup (scenario);
  return a;
}

FbAction *
fb_action_copy (const FbAction *action)
{
  FbAction *a = g_new0 (FbAction, 1);

  a->vault_id = g_strdup (action->vault_id);
  a->path = g_strdup (action->path);
  a->body = action->body != NULL ? json_node_copy (action->body) : NULL;
  a->target_id = g_strdup (action->target_id);
  a->scenario = g_strdup (action->scenario);
  a->kind = g_strdup (action->kind);
  a->posted_at = action->posted_at;
  a->intent_id = g_strdup (action->intent_id);
  return a;
}

void
fb_action_free (FbAction *action)
{
  if (action == NULL)
    return;
  g_free (action->vault_id);
  g_free (action->path);
  g_clear_pointer (&action->body, json_node_unref);
  g_free (action->target_id);
  g_free (action->scenario);
  g_free (action->kind);
  g_free (action->intent_id);
  g_free (action);
}

JsonNode *
fb_action_to_json (const FbAction *action)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "vaultId");
  json_builder_add_string_value (b, action->vault_id);
  json_builder_set_member_name (b, "path");
  json_builder_add_string_value (b, action->path);
  json_builder_set_member_name (b, "targetId");
  json_builder_add_string_value (b, action->target_id);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, action->kind);
  json_builder_set_member_name (b, "scenario");
  json_builder_add_string_value (b, action->scenario);
  json_builder_set_member_name (b, "postedAt");
  json_builder_add_int_value (b, action->posted_at);
  json_builder_set_member_name (b, "intentId");
  json_builder_add_string_value (b, action->intent_id);
  json_builder_set_member_name (b, "body");
  if (action->body != NULL)
    json_builder_add_value (b, json_node_copy (action->body));
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

FbAction *
fb_action_from_json (JsonNode *node, GError **error)
{
  JsonObject *obj;
  g_autoptr(FbAction) a = g_new0 (FbAction, 1);
  JsonNode *body = NULL;

  if (!fb_json_node_get_object (node, &obj, error) ||
      !fb_json_get_string (obj, "vaultId", &a->vault_id, error) ||
      !fb_json_get_string (obj, "path", &a->path, error) ||
      !fb_json_get_string (obj, "targetId", &a->target_id, error) ||
      !fb_json_get_string (obj, "kind", &a->kind, error) ||
      !fb_json_get_string (obj, "scenario", &a->scenario, error) ||
      !fb_json_get_string (obj, "intentId", &a->intent_id, error) ||
      !fb_json_get_int64 (obj, "postedAt", &a->posted_at, error) ||
      !fb_json_get_node (obj, "body", &body, error))
    return NULL;
  if (a->path == NULL || a->target_id == NULL || a->vault_id == NULL)
    {
      g_set_error_literal (error, FB_PARSE_ERROR, FB_PARSE_ERROR_MISSING,
                           _("A saved operation is incomplete: its path, target or vault is missing"));
      return NULL;
    }
  if (body != NULL && !JSON_NODE_HOLDS_NULL (body))
    a->body = json_node_copy (body);
  return g_steal_pointer (&a);
}

gboolean
fb_recovery_point_choice_from_string (const char *text, FbRecoveryPointChoice *out)
{
  if (g_strcmp0 (text, "latest") == 0)
    *out = FB_RECOVERY_POINT_LATEST;
  else if (g_strcmp0 (text, "latest-processed") == 0)
    *out = FB_RECOVERY_POINT_LATEST_PROCESSED;
  else if (g_strcmp0 (text, "latest-app-consistent") == 0)
    *out = FB_RECOVERY_POINT_LATEST_APP_CONSISTENT;
  else
    return FALSE;
  return TRUE;
}

static FbAction *
action_for_item (const char *item_id, const char *kind, JsonNode *body, const char *scenario)
{
  g_autofree char *vault_id = fb_arm_id_get_vault_id (item_id);
  FbAction *a = fb_action_new (vault_id != NULL ? vault_id : item_id, item_id, kind, body, scenario);

  if (body != NULL)
    json_node_unref (body);
  return a;
}

static gboolean
is_provider (const char *provider, const char *name)
{
  return provider != NULL && g_ascii_strcasecmp (provider, name) == 0;
}

static void
unsupported (GError **error, const char *provider, const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               /* Translators: first %s is an action, second the replication provider */
               _("%s is not possible for an item replicated with %s"), what,
               provider != NULL ? provider : _("an unknown provider"));
}

FbAction *
fb_action_new_failover (const char *item_id, const char *provider, FbFailoverDirection direction,
                        FbRecoveryPointChoice choice, const char *recovery_point_id,
                        gboolean perform_shutdown, GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  gboolean to_azure_provider = is_provider (provider, "InMageAzureV2") || is_provider (provider, "InMageRcm");
  gboolean planned = is_provider (provider, "InMageRcmFailback");

  g_return_val_if_fail (item_id != NULL, NULL);

  if (direction == FB_FAILOVER_TO_AZURE && !to_azure_provider)
    {
      unsupported (error, provider, _("Failover to Azure"));
      return NULL;
    }
  if (direction == FB_FAILOVER_TO_ON_PREMISES && !is_provider (provider, "InMage") && !planned)
    {
      if (to_azure_provider)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("The item still replicates to Azure; reprotect it to on-premises before failing back"));
      else
        unsupported (error, provider, _("Failback"));
      return NULL;
    }
  if (choice == FB_RECOVERY_POINT_CUSTOM && (recovery_point_id == NULL || *recovery_point_id == '\0'))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No recovery point was given"));
      return NULL;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  if (!planned)
    {
      /* api-notes 1c: PrimaryToRecovery at item level, also for the reverse InMage item */
      json_builder_set_member_name (b, "failoverDirection");
      json_builder_add_string_value (b, "PrimaryToRecovery");
      json_builder_set_member_name (b, "sourceSiteOperations");
      json_builder_add_string_value (b, "NotRequired");
    }
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "instanceType");
  if (is_provider (provider, "InMageAzureV2") || is_provider (provider, "InMageRcm"))
    {
      json_builder_add_string_value (b, is_provider (provider, "InMageRcm") ? "InMageRcm" : "InMageAzureV2");
      if (is_provider (provider, "InMageRcm"))
        {
          json_builder_set_member_name (b, "performShutdown");
          json_builder_add_string_value (b, perform_shutdown ? "true" : "false");
        }
      if (recovery_point_id != NULL && *recovery_point_id != '\0')
        {
          json_builder_set_member_name (b, "recoveryPointId");
          json_builder_add_string_value (b, recovery_point_id);
        }
    }
  else if (is_provider (provider, "InMage"))
    {
      json_builder_add_string_value (b, "InMage");
      json_builder_set_member_name (b, "recoveryPointType");
      switch (choice)
        {
        case FB_RECOVERY_POINT_LATEST_APP_CONSISTENT:
          json_builder_add_string_value (b, "LatestTag");
          break;
        case FB_RECOVERY_POINT_CUSTOM:
          json_builder_add_string_value (b, "Custom");
          json_builder_set_member_name (b, "recoveryPointId");
          json_builder_add_string_value (b, recovery_point_id);
          break;
        case FB_RECOVERY_POINT_LATEST:
        case FB_RECOVERY_POINT_LATEST_PROCESSED:
        default:
          json_builder_add_string_value (b, "LatestTime");
          break;
        }
    }
  else /* InMageRcmFailback: planned failover */
    {
      if (choice == FB_RECOVERY_POINT_CUSTOM)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("A modern failback cannot use a chosen recovery point; use latest or latest app-consistent"));
          return NULL;
        }
      json_builder_add_string_value (b, "InMageRcmFailback");
      json_builder_set_member_name (b, "recoveryPointType");
      json_builder_add_string_value (b, choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT
                                        ? "ApplicationConsistent" : "CrashConsistent");
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  if (planned)
    return action_for_item (item_id, "plannedFailover", json_builder_get_root (b), "PlannedFailover");
  return action_for_item (item_id, "unplannedFailover", json_builder_get_root (b), "UnplannedFailover");
}

FbAction *
fb_action_new_commit (const char *item_id)
{
  return action_for_item (item_id, "failoverCommit", NULL, "CommitFailover");
}

FbAction *
fb_action_new_failover_cancel (const char *item_id)
{
  return action_for_item (item_id, "failoverCancel", NULL, "CancelFailover");
}

FbAction *
fb_action_new_test_failover (const char *item_id, const char *provider, const char *network_id,
                             const char *recovery_point_id, GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (!is_provider (provider, "InMageAzureV2") && !is_provider (provider, "InMageRcm") &&
      !is_provider (provider, "InMage"))
    {
      unsupported (error, provider, _("Test failover"));
      return NULL;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "failoverDirection");
  json_builder_add_string_value (b, "PrimaryToRecovery");
  if (network_id != NULL)
    {
      json_builder_set_member_name (b, "networkType");
      json_builder_add_string_value (b, "VmNetworkAsInput");
      json_builder_set_member_name (b, "networkId");
      json_builder_add_string_value (b, network_id);
    }
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "instanceType");
  json_builder_add_string_value (b, is_provider (provider, "InMageRcm") ? "InMageRcm" :
                                    is_provider (provider, "InMage") ? "InMage" : "InMageAzureV2");
  if (is_provider (provider, "InMage"))
    {
      json_builder_set_member_name (b, "recoveryPointType");
      json_builder_add_string_value (b, recovery_point_id != NULL ? "Custom" : "LatestTime");
    }
  if (is_provider (provider, "InMageRcm") && network_id != NULL)
    {
      json_builder_set_member_name (b, "networkId");
      json_builder_add_string_value (b, network_id);
    }
  if (recovery_point_id != NULL)
    {
      json_builder_set_member_name (b, "recoveryPointId");
      json_builder_add_string_value (b, recovery_point_id);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return action_for_item (item_id, "testFailover", json_builder_get_root (b), "TestFailover");
}

static JsonNode *
comments_body (const char *comments)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  if (comments != NULL)
    {
      json_builder_set_member_name (b, "comments");
      json_builder_add_string_value (b, comments);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

FbAction *
fb_action_new_test_failover_cleanup (const char *item_id, const char *comments)
{
  return action_for_item (item_id, "testFailoverCleanup", comments_body (comments), "TestFailoverCleanup");
}

FbAction *
fb_action_new_apply_recovery_point (const char *item_id, const char *provider, const char *recovery_point_id,
                                    GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (!is_provider (provider, "InMageAzureV2") && !is_provider (provider, "InMageRcm"))
    {
      unsupported (error, provider, _("Changing the recovery point"));
      return NULL;
    }
  if (recovery_point_id == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No recovery point was given"));
      return NULL;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "recoveryPointId");
  json_builder_add_string_value (b, recovery_point_id);
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "instanceType");
  json_builder_add_string_value (b, is_provider (provider, "InMageRcm") ? "InMageRcm" : "InMageAzureV2");
  if (is_provider (provider, "InMageRcm"))
    {
      json_builder_set_member_name (b, "recoveryPointId");
      json_builder_add_string_value (b, recovery_point_id);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return action_for_item (item_id, "applyRecoveryPoint", json_builder_get_root (b), "ApplyRecoveryPoint");
}

static gboolean
require (const char *value, const char *name, GPtrArray *missing)
{
  if (value == NULL || *value == '\0')
    {
      g_ptr_array_add (missing, (gpointer) name);
      return FALSE;
    }
  return TRUE;
}

static void
add_opt (JsonBuilder *b, const char *name, const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

FbAction *
fb_action_new_reprotect (const char *item_id, const char *provider, const FbReprotectOptions *o,
                         GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  const char *direction = "RecoveryToPrimary";
  const char *scenario = "ReverseReplication";

  g_return_val_if_fail (o != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  if (is_provider (provider, "InMageRcmFailback"))
    direction = "PrimaryToRecovery";
  json_builder_set_member_name (b, "failoverDirection");
  json_builder_add_string_value (b, direction);
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "instanceType");

  if (is_provider (provider, "InMageAzureV2"))
    {
      /* classic, Azure -> VMware: the reverse provider is InMage */
      json_builder_add_string_value (b, "InMage");
      require (o->master_target_id, "master target", missing);
      require (o->process_server_id, "process server", missing);
      require (o->retention_drive, "retention drive", missing);
      require (o->policy_id, "failback policy", missing);
      add_opt (b, "masterTargetId", o->master_target_id);
      add_opt (b, "processServerId", o->process_server_id);
      add_opt (b, "retentionDrive", o->retention_drive);
      add_opt (b, "datastoreName", o->datastore_name);
      add_opt (b, "runAsAccountId", o->run_as_account_id);
      add_opt (b, "profileId", o->policy_id);
      scenario = "SwitchReplicationGroupProtection";
    }
  else if (is_provider (provider, "InMageRcm"))
    {
      json_builder_add_string_value (b, "InMageRcm");
      require (o->reprotect_agent_id, "reprotect agent", missing);
      require (o->datastore_name, "datastore", missing);
      require (o->log_storage_account_id, "log storage account", missing);
      add_opt (b, "reprotectAgentId", o->reprotect_agent_id);
      add_opt (b, "datastoreName", o->datastore_name);
      add_opt (b, "logStorageAccountId", o->log_storage_account_id);
      add_opt (b, "policyId", o->policy_id);
    }
  else if (is_provider (provider, "InMage"))
    {
      /* classic, VMware -> Azure again */
      json_builder_add_string_value (b, "InMageAzureV2");
      require (o->process_server_id, "process server", missing);
      require (o->policy_id, "replication policy", missing);
      add_opt (b, "processServerId", o->process_server_id);
      add_opt (b, "masterTargetId", o->master_target_id);
      add_opt (b, "runAsAccountId", o->run_as_account_id);
      add_opt (b, "policyId", o->policy_id);
      add_opt (b, "logStorageAccountId", o->log_storage_account_id);
    }
  else if (is_provider (provider, "InMageRcmFailback"))
    {
      json_builder_add_string_value (b, "InMageRcmFailback");
      require (o->process_server_id, "process server", missing);
      require (o->policy_id, "replication policy", missing);
      add_opt (b, "processServerId", o->process_server_id);
      add_opt (b, "policyId", o->policy_id);
      add_opt (b, "runAsAccountId", o->run_as_account_id);
    }
  else
    {
      unsupported (error, provider, _("Reprotect"));
      return NULL;
    }
  if (missing->len > 0)
    {
      g_autofree char *list = NULL;
      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s lists what is missing, e.g. "master target, datastore" */
                   _("Reprotect needs: %s"), list);
      return NULL;
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return action_for_item (item_id, "reProtect", json_builder_get_root (b), scenario);
}

static gboolean
providers_have (const char * const *providers, const char *name)
{
  for (guint i = 0; providers != NULL && providers[i] != NULL; i++)
    if (g_ascii_strcasecmp (providers[i], name) == 0)
      return TRUE;
  return FALSE;
}

FbAction *
fb_action_new_plan_failover (const char *plan_id, const char * const *providers, FbFailoverDirection direction,
                             FbRecoveryPointChoice choice, GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  gboolean planned = FALSE;
  guint n = 0;

  if (choice == FB_RECOVERY_POINT_CUSTOM)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("A recovery plan fails over to latest, latest processed or latest app-consistent points only"));
      return NULL;
    }
  if (direction == FB_FAILOVER_TO_ON_PREMISES && providers_have (providers, "InMageRcmFailback"))
    planned = TRUE;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "failoverDirection");
  json_builder_add_string_value (b, direction == FB_FAILOVER_TO_AZURE ? "PrimaryToRecovery" : "RecoveryToPrimary");
  if (!planned)
    {
      json_builder_set_member_name (b, "sourceSiteOperations");
      json_builder_add_string_value (b, "NotRequired");
    }
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_array (b);
  for (guint i = 0; providers != NULL && providers[i] != NULL; i++)
    {
      const char *p = providers[i];
      const char *type = NULL;

      if (direction == FB_FAILOVER_TO_AZURE && (is_provider (p, "InMageAzureV2") || is_provider (p, "InMageRcm")))
        type = choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT ? "LatestApplicationConsistent" :
               choice == FB_RECOVERY_POINT_LATEST_PROCESSED ? "LatestProcessed" : "Latest";
      else if (direction == FB_FAILOVER_TO_ON_PREMISES && is_provider (p, "InMage"))
        type = choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT ? "LatestTag" : "LatestTime";
      else if (direction == FB_FAILOVER_TO_ON_PREMISES && is_provider (p, "InMageRcmFailback"))
        type = choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT ? "ApplicationConsistent" : "CrashConsistent";
      if (type == NULL)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "instanceType");
      json_builder_add_string_value (b, is_provider (p, "InMageAzureV2") ? "InMageAzureV2" :
                                        is_provider (p, "InMageRcm") ? "InMageRcm" :
                                        is_provider (p, "InMage") ? "InMage" : "InMageRcmFailback");
      json_builder_set_member_name (b, "recoveryPointType");
      json_builder_add_string_value (b, type);
      json_builder_end_object (b);
      n++;
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  if (n == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   direction == FB_FAILOVER_TO_AZURE
                   ? _("No item of this recovery plan replicates to Azure")
                   : _("No item of this recovery plan is protected to on-premises; reprotect its items first"));
      return NULL;
    }
  {
    g_autofree char *vault_id = fb_arm_id_get_vault_id (plan_id);
    g_autoptr(JsonNode) root = json_builder_get_root (b);
    return fb_action_new (vault_id, plan_id, planned ? "plannedFailover" : "unplannedFailover", root,
                          planned ? "PlannedFailover" : "UnplannedFailover");
  }
}

FbAction *
fb_action_new_plan_commit (const char *plan_id)
{
  return action_for_item (plan_id, "failoverCommit", NULL, "CommitFailover");
}

FbAction *
fb_action_new_plan_failover_cancel (const char *plan_id)
{
  return action_for_item (plan_id, "failoverCancel", NULL, "CancelFailover");
}

FbAction *
fb_action_new_plan_test_failover (const char *plan_id, const char * const *providers, const char *network_id,
                                  GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "failoverDirection");
  json_builder_add_string_value (b, "PrimaryToRecovery");
  json_builder_set_member_name (b, "networkType");
  json_builder_add_string_value (b, network_id != NULL ? "VmNetworkAsInput" : "NoNetworkAttachAsInput");
  add_opt (b, "networkId", network_id);
  json_builder_set_member_name (b, "providerSpecificDetails");
  json_builder_begin_array (b);
  for (guint i = 0; providers != NULL && providers[i] != NULL; i++)
    if (is_provider (providers[i], "InMageAzureV2") || is_provider (providers[i], "InMageRcm"))
      {
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "instanceType");
        json_builder_add_string_value (b, is_provider (providers[i], "InMageRcm") ? "InMageRcm" : "InMageAzureV2");
        json_builder_set_member_name (b, "recoveryPointType");
        json_builder_add_string_value (b, "Latest");
        json_builder_end_object (b);
      }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  (void) error;
  return action_for_item (plan_id, "testFailover", json_builder_get_root (b), "TestFailover");
}

FbAction *
fb_action_new_plan_test_failover_cleanup (const char *plan_id, const char *comments)
{
  return action_for_item (plan_id, "testFailoverCleanup", comments_body (comments), "TestFailoverCleanup");
}

FbAction *
fb_action_new_job_action (const char *job_id, const char *verb, const char *comments)
{
  JsonNode *body = g_str_equal (verb, "resume") ? comments_body (comments) : NULL;
  /* A job action starts no job of a known scenario; after a lost answer it is
   * not resent (the job's state tells what happened). */
  return action_for_item (job_id, verb, body, NULL);
}
