/* fb-cli-azure.c - failbackctl: vaults, items, recovery points, actions, plans, jobs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "fb-cli-private.h"
#include "fb-core-enums.h"
#include "fb-health-error.h"
#include "fb-job-error.h"
#include "fb-job-task.h"
#include "fb-format.h"
#include "fb-json.h"
#include "fb-labels.h"
#include "fb-recovery-plan-group.h"
#include "fb-vault.h"

/* ---- small helpers ------------------------------------------------------------ */

static const char *
enum_nick (GType type, int value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v != NULL ? v->value_nick : "unknown";

  g_type_class_unref (klass);
  return nick;
}

static gboolean
enum_from_nick (GType type, const char *nick, int *out)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value_by_nick (klass, nick);

  if (v != NULL)
    *out = v->value;
  g_type_class_unref (klass);
  return v != NULL;
}

/* Replication health in words; "None" is what Site Recovery reports while nothing
 * replicates (running in Azure after the commit), which the item page says too. */
static const char *
health_text (const char *health)
{
  if (health != NULL && g_ascii_strcasecmp (health, "None") == 0)
    return _("Not replicating");
  return fb_replication_health_label (health);
}

/* An operation of Azure (scenario, allowed operation) in words, or as Azure names it. */
static const char *
operation_text (const char *operation)
{
  return fb_operation_label (operation) != NULL ? fb_operation_label (operation) : operation;
}

/* allowedOperations in words, each once: "Commit, Cancel failover"; NULL when there are none. */
static char *
operations_words (const char * const *ops)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  if (ops == NULL || ops[0] == NULL)
    return NULL;
  for (guint i = 0; ops[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (words, operation_text (ops[i]), g_str_equal, NULL))
      g_ptr_array_add (words, (gpointer) operation_text (ops[i]));
  g_ptr_array_add (words, NULL);
  /* Translators: separates the operations in a list ("Commit, Cancel failover") */
  return g_strjoinv (_(", "), (char **) words->pdata);
}

/* allowedOperations for the output: "Commit,CancelFailover" for scripts, words for people. */
static char *
operations_text (FbCliContext *ctx, const char * const *ops)
{
  if (fb_cli_for_people (ctx))
    return operations_words (ops);
  return ops != NULL && ops[0] != NULL ? g_strjoinv (",", (char **) ops) : NULL;
}

static const char *
recovery_point_type_text (const char *type)
{
  return g_strcmp0 (type, "ApplicationConsistent") == 0 ? _("App-consistent") : _("Crash-consistent");
}

static char *
format_time (GDateTime *dt)
{
  if (dt == NULL)
    return NULL;
  return g_date_time_format_iso8601 (dt);
}

static void
add_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_time (JsonBuilder *b, const char *name, GDateTime *dt)
{
  g_autofree char *s = format_time (dt);
  add_string (b, name, s);
}

static void
add_strv (JsonBuilder *b, const char *name, const char * const *v)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; v != NULL && v[i] != NULL; i++)
    json_builder_add_string_value (b, v[i]);
  json_builder_end_array (b);
}

char *
fb_cli_resolve_vault (FbCliContext *ctx, const char *vault, const char *resource_group, int *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVault) v = NULL;
  g_autofree char *parent = NULL;

  *exit_code = FB_CLI_EXIT_OK;
  if (vault[0] == '/')
    return g_strdup (vault);
  if (fb_cli_subscription (ctx) == NULL)
    {
      g_printerr ("failbackctl: %s\n", _("No subscription is chosen; give --subscription ID."));
      *exit_code = FB_CLI_EXIT_USAGE;
      return NULL;
    }
  parent = resource_group != NULL
           ? g_strdup_printf ("/subscriptions/%s/resourceGroups/%s", fb_cli_subscription (ctx), resource_group)
           : g_strdup_printf ("/subscriptions/%s", fb_cli_subscription (ctx));
  fb_site_recovery_find_vault_async (ctx->site_recovery, parent, vault, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  v = fb_site_recovery_find_finish (ctx->site_recovery, res, &error);
  if (v == NULL)
    {
      *exit_code = fb_cli_fail (ctx, error);
      return NULL;
    }
  return g_strdup (fb_vault_get_id (v));
}

static FbProtectedItem *
find_item (FbCliContext *ctx, const char *vault_id, const char *name, int *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbProtectedItem *item;

  if (name[0] == '/')
    fb_site_recovery_get_async (ctx->site_recovery, name, ctx->cancellable, fb_cli_async_done, ctx);
  else
    fb_site_recovery_find_item_async (ctx->site_recovery, vault_id, name, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  item = name[0] == '/' ? fb_site_recovery_get_finish (ctx->site_recovery, res, &error)
                        : fb_site_recovery_find_finish (ctx->site_recovery, res, &error);
  if (item == NULL)
    *exit_code = fb_cli_fail (ctx, error);
  return item;
}

static FbRecoveryPlan *
find_plan (FbCliContext *ctx, const char *vault_id, const char *name, int *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbRecoveryPlan *plan;

  fb_site_recovery_find_plan_async (ctx->site_recovery, vault_id, name, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  plan = fb_site_recovery_find_finish (ctx->site_recovery, res, &error);
  if (plan == NULL)
    *exit_code = fb_cli_fail (ctx, error);
  return plan;
}

static GListStore *
list_models (FbCliContext *ctx, FbSiteRecoveryList what, const char *parent, const char *filter, int *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *store;

  fb_site_recovery_list_async (ctx->site_recovery, what, parent, filter, NULL, ctx->cancellable,
                               fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  store = fb_site_recovery_list_finish (ctx->site_recovery, res, &error);
  if (store == NULL)
    *exit_code = fb_cli_fail (ctx, error);
  return store;
}

/* ---- JSON of models -------------------------------------------------------------- */

static void
build_item_json (JsonBuilder *b, FbProtectedItem *item, gboolean details)
{
  GListModel *errors = fb_protected_item_get_health_errors (item);
  guint n = errors != NULL ? g_list_model_get_n_items (errors) : 0;

  json_builder_begin_object (b);
  add_string (b, "id", fb_protected_item_get_id (item));
  add_string (b, "name", fb_protected_item_get_name (item));
  add_string (b, "friendlyName", fb_protected_item_get_friendly_name (item));
  add_string (b, "vault", fb_protected_item_get_vault_name (item));
  add_string (b, "providerType", fb_protected_item_get_provider_type (item));
  add_string (b, "protectionState", fb_protected_item_get_protection_state (item));
  add_string (b, "replicationHealth", fb_protected_item_get_replication_health (item));
  add_string (b, "activeLocation", fb_protected_item_get_active_location (item));
  add_string (b, "currentScenario", fb_protected_item_get_current_scenario_name (item));
  add_strv (b, "allowedOperations", fb_protected_item_get_allowed_operations (item));
  add_string (b, "phase", enum_nick (FB_TYPE_PHASE, fb_protected_item_get_phase (item)));
  add_string (b, "nextStep", enum_nick (FB_TYPE_NEXT_STEP, fb_protected_item_get_next_step (item)));
  add_string (b, "osType", fb_protected_item_get_os_type (item));
  json_builder_set_member_name (b, "rpoSeconds");
  json_builder_add_int_value (b, fb_protected_item_get_rpo_in_seconds (item));
  json_builder_set_member_name (b, "healthErrors");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbHealthError) he = g_list_model_get_item (errors, i);
      json_builder_begin_object (b);
      add_string (b, "code", fb_health_error_get_error_code (he));
      add_string (b, "message", fb_health_error_get_error_message (he) ?: fb_health_error_get_summary_message (he));
      if (details)
        {
          add_string (b, "possibleCauses", fb_health_error_get_possible_causes (he));
          add_string (b, "recommendedAction", fb_health_error_get_recommended_action (he));
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (details)
    {
      add_string (b, "protectionStateDescription", fb_protected_item_get_protection_state_description (item));
      add_string (b, "currentJobId", fb_protected_item_get_current_scenario_job_id (item));
      add_string (b, "osName", fb_protected_item_get_os_name (item));
      add_string (b, "ipAddress", fb_protected_item_get_ip_address (item));
      add_string (b, "discoveryType", fb_protected_item_get_discovery_type (item));
      add_string (b, "processServerId", fb_protected_item_get_process_server_id (item));
      add_string (b, "masterTargetId", fb_protected_item_get_master_target_id (item));
      add_string (b, "policyId", fb_protected_item_get_policy_id (item));
      add_string (b, "primaryFabric", fb_protected_item_get_primary_fabric_friendly_name (item));
      add_string (b, "recoveryFabric", fb_protected_item_get_recovery_fabric_friendly_name (item));
      add_time (b, "lastSuccessfulFailoverTime", fb_protected_item_get_last_successful_failover_time (item));
    }
  json_builder_end_object (b);
}

/* "items show" for people: the values the app shows in words; NULL keeps the raw value. */
static char *
item_value_text (FbCliContext *ctx, FbProtectedItem *item, const char *key)
{
  if (g_str_equal (key, "phase"))
    return g_strdup (fb_phase_to_string (fb_protected_item_get_phase (item)));
  if (g_str_equal (key, "nextStep"))
    return g_strdup (fb_next_step_to_string (fb_protected_item_get_next_step (item)));
  if (g_str_equal (key, "replicationHealth"))
    return g_strdup (health_text (fb_protected_item_get_replication_health (item)));
  if (g_str_equal (key, "currentScenario"))
    return g_strdup (operation_text (fb_protected_item_get_current_scenario_name (item)));
  if (g_str_equal (key, "allowedOperations"))
    return operations_text (ctx, fb_protected_item_get_allowed_operations (item));
  if (g_str_equal (key, "rpoSeconds"))
    return fb_format_rpo (fb_protected_item_get_rpo_in_seconds (item));
  if (g_str_equal (key, "providerType"))
    return g_strdup (fb_provider_label (fb_protected_item_get_provider_type (item)));
  if (g_str_equal (key, "lastSuccessfulFailoverTime"))
    return fb_cli_format_time (ctx, fb_protected_item_get_last_successful_failover_time (item));
  return NULL;
}

static void
build_task_json (JsonBuilder *b, FbJobTask *task)
{
  GListModel *children = fb_job_task_get_child_tasks (task);

  json_builder_begin_object (b);
  add_string (b, "name", fb_job_task_get_friendly_name (task) ?: fb_job_task_get_name (task));
  add_string (b, "state", fb_job_task_get_state (task));
  add_time (b, "startTime", fb_job_task_get_start_time (task));
  add_time (b, "endTime", fb_job_task_get_end_time (task));
  if (children != NULL && g_list_model_get_n_items (children) > 0)
    {
      json_builder_set_member_name (b, "childTasks");
      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(FbJobTask) c = g_list_model_get_item (children, i);
          build_task_json (b, c);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
build_job_json (JsonBuilder *b, FbJob *job)
{
  GListModel *tasks = fb_job_get_tasks (job);
  GListModel *errors = fb_job_get_errors (job);

  json_builder_begin_object (b);
  add_string (b, "name", fb_job_get_name (job));
  add_string (b, "id", fb_job_get_id (job));
  add_string (b, "scenarioName", fb_job_get_scenario_name (job));
  add_string (b, "friendlyName", fb_job_get_friendly_name (job));
  add_string (b, "state", fb_job_get_state (job));
  add_string (b, "stateDescription", fb_job_get_state_description (job));
  add_string (b, "targetObjectId", fb_job_get_target_object_id (job));
  add_string (b, "targetObjectName", fb_job_get_target_object_name (job));
  add_time (b, "startTime", fb_job_get_start_time (job));
  add_time (b, "endTime", fb_job_get_end_time (job));
  add_strv (b, "allowedActions", fb_job_get_allowed_actions (job));
  if (fb_job_get_new_replication_protected_item_id (job) != NULL)
    add_string (b, "newReplicationProtectedItemId", fb_job_get_new_replication_protected_item_id (job));
  json_builder_set_member_name (b, "tasks");
  json_builder_begin_array (b);
  for (guint i = 0; tasks != NULL && i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FbJobTask) t = g_list_model_get_item (tasks, i);
      build_task_json (b, t);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "errors");
  json_builder_begin_array (b);
  for (guint i = 0; errors != NULL && i < g_list_model_get_n_items (errors); i++)
    {
      g_autoptr(FbJobError) e = g_list_model_get_item (errors, i);
      json_builder_begin_object (b);
      add_string (b, "code", fb_job_error_get_service_error_code (e));
      if (fb_job_error_get_provider_error_code (e) != 0)
        {
          json_builder_set_member_name (b, "providerErrorCode");
          json_builder_add_int_value (b, fb_job_error_get_provider_error_code (e));
        }
      add_string (b, "message", fb_job_error_get_message (e));
      add_string (b, "possibleCauses", fb_job_error_get_possible_causes (e));
      add_string (b, "recommendedAction", fb_job_error_get_recommended_action (e));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
print_job (FbCliContext *ctx, FbJob *job)
{
  if (ctx->output == FB_CLI_OUTPUT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      build_job_json (b, job);
      root = json_builder_get_root (b);
      fb_cli_print_json (ctx, root);
      return;
    }
  {
    GListModel *tasks = fb_job_get_tasks (job);
    FbCliTable *t = fb_cli_table_new (ctx, "task", _("Task"), "state", _("State"), "startTime", _("Started"),
                                      "endTime", _("Ended"), NULL);
    g_autofree char *start = fb_cli_format_time (ctx, fb_job_get_start_time (job));
    g_autofree char *end = fb_cli_format_time (ctx, fb_job_get_end_time (job));
    g_autofree char *failure = NULL;

    if (fb_cli_for_people (ctx))
      {
        g_print ("%s: %s\n", _("Job"), fb_job_get_name (job));
        g_print ("%s: %s\n", _("Operation"), fb_job_operation_label (job));
        g_print ("%s: %s\n", _("Target"), fb_job_get_target_object_name (job) ?: "");
        g_print ("%s: %s\n", _("State"), fb_job_state_label (fb_job_get_state (job), fb_job_get_state_description (job)));
        g_print ("%s: %s  %s: %s\n\n", _("Started"), start ?: "-", _("Ended"), end ?: "-");
      }
    for (guint i = 0; tasks != NULL && i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(FbJobTask) task = g_list_model_get_item (tasks, i);
        g_autofree char *ts = fb_cli_format_time (ctx, fb_job_task_get_start_time (task));
        g_autofree char *te = fb_cli_format_time (ctx, fb_job_task_get_end_time (task));
        const char *state = fb_job_task_get_state (task);

        fb_cli_table_add_row (t, fb_job_task_get_friendly_name (task) ?: fb_job_task_get_name (task),
                              fb_cli_for_people (ctx)
                                ? fb_job_state_label (state, fb_job_task_get_state_description (task)) : state,
                              ts, te, NULL);
      }
    fb_cli_table_print_and_free (t);
    failure = fb_job_describe_failure (job);
    if (failure != NULL && ctx->output == FB_CLI_OUTPUT_TABLE)
      g_print ("\n%s\n", failure);
  }
}

/* ---- vaults ------------------------------------------------------------------------ */

static int
vaults_run (FbCliContext *ctx, int argc, char **argv)
{
  char *rg = NULL;
  const GOptionEntry entries[] = {
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("Only the vaults of this resource group"), N_("RG") },
    { NULL }
  };
  g_autoptr(GListStore) store = NULL;
  g_autofree char *parent = NULL;
  FbCliTable *t;
  int code;

  /* the usage line's argument is the sub-command itself: nothing to translate */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, "list", _("List the Recovery Services vaults")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 2 || !g_str_equal (argv[1], "list"))
    return fb_cli_usage_error (ctx, "vaults", "%s", _("Use “vaults list”"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if (fb_cli_subscription (ctx) == NULL)
    return fb_cli_usage_error (ctx, "vaults", "%s", _("No subscription is chosen; give --subscription ID."));
  parent = rg != NULL ? g_strdup_printf ("/subscriptions/%s/resourceGroups/%s", fb_cli_subscription (ctx), rg)
                      : g_strdup_printf ("/subscriptions/%s", fb_cli_subscription (ctx));
  g_free (rg);
  store = list_models (ctx, FB_SITE_RECOVERY_LIST_VAULTS, parent, NULL, &code);
  if (store == NULL)
    return code;
  t = fb_cli_table_new (ctx, "name", _("Name"), "resourceGroup", _("Resource group"), "location", _("Location"),
                        "id", _("Id"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(FbVault) v = g_list_model_get_item (G_LIST_MODEL (store), i);
      fb_cli_table_add_row (t, fb_vault_get_name (v), fb_vault_get_resource_group (v), fb_vault_get_location (v),
                            fb_vault_get_id (v), NULL);
    }
  fb_cli_table_print_and_free (t);
  return FB_CLI_EXIT_OK;
}

/* ---- items ------------------------------------------------------------------------- */

typedef struct {
  FbCliContext *ctx;
  int phase;
  const char *health;
  FbCliTable *table;
  guint printed;
  GError *error;
} ItemsPage;

static gboolean
items_page (JsonArray *value, gpointer data)
{
  ItemsPage *ip = data;

  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      g_autoptr(FbProtectedItem) item = fb_protected_item_new_from_json (json_array_get_element (value, i), &ip->error);
      g_autofree char *rpo = NULL;
      const char *cells[8];

      if (item == NULL)
        return FALSE;
      if (ip->phase >= 0 && (int) fb_protected_item_get_phase (item) != ip->phase)
        continue;
      if (ip->health != NULL &&
          g_ascii_strcasecmp (fb_protected_item_get_replication_health (item) ?: "", ip->health) != 0)
        continue;
      if (ip->ctx->output == FB_CLI_OUTPUT_JSON)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          g_autoptr(JsonNode) node = NULL;
          g_autoptr(JsonGenerator) gen = json_generator_new ();
          g_autofree char *text = NULL;

          build_item_json (b, item, FALSE);
          node = json_builder_get_root (b);
          json_generator_set_root (gen, node);
          json_generator_set_pretty (gen, TRUE);
          text = json_generator_to_data (gen, NULL);
          g_print ("%s%s", ip->printed++ > 0 ? ",\n" : "[\n", text);
          continue;
        }
      cells[0] = fb_protected_item_get_name (item);
      cells[1] = fb_protected_item_get_friendly_name (item);
      cells[5] = fb_protected_item_get_provider_type (item);
      cells[6] = fb_protected_item_get_os_type (item);
      if (ip->table != NULL)
        {
          /* for people: the words of the app */
          rpo = fb_format_rpo (fb_protected_item_get_rpo_in_seconds (item));
          cells[2] = fb_phase_to_string (fb_protected_item_get_phase (item));
          cells[3] = fb_next_step_to_string (fb_protected_item_get_next_step (item));
          cells[4] = health_text (fb_protected_item_get_replication_health (item));
          cells[5] = fb_provider_label (fb_protected_item_get_provider_type (item));
          cells[7] = rpo;
          fb_cli_table_add_rowv (ip->table, cells);
        }
      else
        {
          GString *line = g_string_new (NULL);

          rpo = g_strdup_printf ("%" G_GINT64_FORMAT, fb_protected_item_get_rpo_in_seconds (item));
          cells[2] = enum_nick (FB_TYPE_PHASE, fb_protected_item_get_phase (item));
          cells[3] = enum_nick (FB_TYPE_NEXT_STEP, fb_protected_item_get_next_step (item));
          cells[4] = fb_protected_item_get_replication_health (item);
          cells[7] = rpo;
          for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
            {
              if (c > 0)
                g_string_append_c (line, '\t');
              for (const char *p = cells[c] != NULL ? cells[c] : ""; *p != '\0'; p++)
                g_string_append_c (line, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
            }
          g_print ("%s\n", line->str);
          g_string_free (line, TRUE);
          ip->printed++;
        }
    }
  return TRUE;
}

static int
items_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *phase = NULL, *health = NULL;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "phase", 0, 0, G_OPTION_ARG_STRING, &phase, N_("Only items in this phase (e.g. running-in-azure)"), N_("PHASE") },
    { "health", 0, 0, G_OPTION_ARG_STRING, &health, N_("Only items with this replication health (Normal, Warning, Critical)"), N_("HEALTH") },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  int code, phase_value = -1;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("list|show [ITEM]"), _("List protected items, or show one")))
    return FB_CLI_EXIT_USAGE;
  if (argc < 2 || (!g_str_equal (argv[1], "list") && !g_str_equal (argv[1], "show")))
    return fb_cli_usage_error (ctx, "items", "%s", _("Use “items list” or “items show ITEM”"));
  if (vault == NULL)
    return fb_cli_usage_error (ctx, "items", "%s", _("--vault is required"));
  if (phase != NULL && !enum_from_nick (FB_TYPE_PHASE, phase, &phase_value))
    return fb_cli_usage_error (ctx, "items", _("Unknown phase “%s”"), phase);
  if (g_str_equal (argv[1], "show") && argc != 3)
    return fb_cli_usage_error (ctx, "items", "%s", _("“items show” needs one ITEM"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code);
  if (vault_id == NULL)
    return code;

  if (g_str_equal (argv[1], "show"))
    {
      g_autoptr(FbProtectedItem) item = find_item (ctx, vault_id, argv[2], &code);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      if (item == NULL)
        return code;
      build_item_json (b, item, TRUE);
      root = json_builder_get_root (b);
      if (ctx->output == FB_CLI_OUTPUT_JSON)
        fb_cli_print_json (ctx, root);
      else
        {
          JsonObject *o = json_node_get_object (root);
          g_autoptr(GList) members = json_object_get_members (o);
          FbCliTable *t = fb_cli_table_new (ctx, "property", _("Property"), "value", _("Value"), NULL);

          for (GList *l = members; l != NULL; l = l->next)
            {
              JsonNode *n = json_object_get_member (o, l->data);
              g_autofree char *text = fb_cli_for_people (ctx) ? item_value_text (ctx, item, l->data) : NULL;

              if (text == NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
                text = g_strdup (json_node_get_string (n));
              else if (text == NULL && !JSON_NODE_HOLDS_NULL (n))
                text = json_to_string (n, FALSE);
              fb_cli_table_add_row (t, fb_cli_property_label (ctx, l->data), text, NULL);
            }
          fb_cli_table_print_and_free (t);
        }
      return FB_CLI_EXIT_OK;
    }
  else
    {
      /* Streamed page by page: models live only while their page is printed
       * (json, tsv) or turned into table rows. */
      ItemsPage ip = { ctx, phase_value, health, NULL, 0, NULL };
      g_autoptr(GAsyncResult) res = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strconcat (vault_id, "/replicationProtectedItems", NULL);

      if (ctx->output == FB_CLI_OUTPUT_TABLE)
        ip.table = fb_cli_table_new (ctx, "name", _("Name"), "friendlyName", _("Machine"), "phase", _("Phase"),
                                     "nextStep", _("Next step"), "replicationHealth", _("Health"),
                                     "providerType", _("Provider"), "osType", _("OS"), "rpoSeconds", _("RPO"), NULL);
      fb_arm_client_list_async (ctx->arm, path, NULL, items_page, &ip, NULL, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (fb_arm_client_list_finish (ctx->arm, res, &error) < 0 || ip.error != NULL)
        {
          if (ip.table != NULL)
            fb_cli_table_print_and_free (ip.table);
          else if (ctx->output == FB_CLI_OUTPUT_JSON && ip.printed > 0)
            g_print ("\n]\n");
          return fb_cli_fail (ctx, ip.error != NULL ? ip.error : error);
        }
      if (ip.table != NULL)
        fb_cli_table_print_and_free (ip.table);
      else if (ctx->output == FB_CLI_OUTPUT_JSON)
        g_print (ip.printed > 0 ? "\n]\n" : "[]\n");
    }
  return FB_CLI_EXIT_OK;
}

static int
recovery_points_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(GListStore) store = NULL;
  FbCliTable *t;
  int code;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("list ITEM"), _("List the recovery points of an item")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 3 || !g_str_equal (argv[1], "list"))
    return fb_cli_usage_error (ctx, "recovery-points", "%s", _("Use “recovery-points list --vault V ITEM”"));
  if (vault == NULL)
    return fb_cli_usage_error (ctx, "recovery-points", "%s", _("--vault is required"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;
  if ((item = find_item (ctx, vault_id, argv[2], &code)) == NULL)
    return code;
  store = list_models (ctx, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS, fb_protected_item_get_id (item), NULL, &code);
  if (store == NULL)
    return code;
  t = fb_cli_table_new (ctx, "name", _("Name"), "time", _("Time"), "type", _("Type"), "id", _("Id"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(FbRecoveryPoint) rp = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *time = fb_cli_format_time (ctx, fb_recovery_point_get_recovery_point_time (rp));
      const char *type = fb_recovery_point_get_recovery_point_type (rp);

      fb_cli_table_add_row (t, fb_recovery_point_get_name (rp), time,
                            fb_cli_for_people (ctx) ? recovery_point_type_text (type) : type,
                            fb_recovery_point_get_id (rp), NULL);
    }
  fb_cli_table_print_and_free (t);
  return FB_CLI_EXIT_OK;
}

/* ---- running actions and waiting ------------------------------------------------------ */

typedef struct {
  FbCliContext *ctx;
  gboolean tty;
  guint last_done;
} Progress;

static void
task_changed_cb (FbJobMonitor *monitor, FbJob *job, FbJobTask *task, gpointer data)
{
  Progress *p = data;
  guint done = 0, total = 0;
  const char *name = fb_job_task_get_friendly_name (task) ?: fb_job_task_get_name (task) ?: "";
  const char *state = fb_job_task_get_state (task);
  const char *description = fb_job_task_get_state_description (task);
  const char *state_text = fb_job_state_label (state, description);

  /* "Other" says little: what Azure describes it as says more */
  if (g_strcmp0 (state, "Other") == 0 && description != NULL && g_strcmp0 (state_text, state) == 0)
    state_text = description;
  fb_job_get_progress (job, &done, &total);
  if (p->tty)
    {
      char bar[21];
      guint filled = total > 0 ? done * 20 / total : 0;
      for (guint i = 0; i < 20; i++)
        bar[i] = i < filled ? '#' : '-';
      bar[20] = '\0';
      g_printerr ("\r\033[K[%s] %u/%u %s: %s", bar, done, total, name, state_text);
    }
  else
    g_printerr ("%s: %s\n", name, state_text);
}

static int
wait_for_job (FbCliContext *ctx, const char *vault_arg, const char *vault_id, const char *job_name,
              FbJob **out_job)
{
  FbJobMonitor *monitor = fb_cli_job_monitor (ctx);
  Progress p = { ctx, isatty (STDERR_FILENO), 0 };
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = NULL;
  gulong id;

  fb_job_monitor_watch (monitor, vault_id, job_name, NULL, NULL);
  id = g_signal_connect (monitor, "task-changed", G_CALLBACK (task_changed_cb), &p);
  fb_job_monitor_wait_async (monitor, job_name, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  job = fb_job_monitor_wait_finish (monitor, res, &error);
  g_signal_handler_disconnect (monitor, id);
  if (p.tty)
    g_printerr ("\n");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_printerr ("%s\n", _("Stopped waiting; the job goes on in Azure. To keep watching it:"));
      g_printerr ("  failbackctl jobs watch --vault %s %s\n", vault_arg, job_name);
      return 130;
    }
  if (out_job != NULL)
    *out_job = fb_job_monitor_lookup (monitor, job_name) != NULL
               ? g_object_ref (fb_job_monitor_lookup (monitor, job_name)) : NULL;
  if (g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_SUSPENDED))
    {
      g_printerr ("failbackctl: %s\n", error->message);
      g_printerr ("%s\n", _("When the manual action is done, resume the job:"));
      g_printerr ("  failbackctl jobs resume --vault %s %s\n", vault_arg, job_name);
      return FB_CLI_EXIT_FAILED;
    }
  if (job == NULL)
    return fb_cli_fail (ctx, error);
  return FB_CLI_EXIT_OK;
}

static FbJob *
get_job (FbCliContext *ctx, const char *vault_id, const char *job_name, int *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = job_name[0] == '/' ? g_strdup (job_name)
                                           : g_strconcat (vault_id, "/replicationJobs/", job_name, NULL);
  FbJob *job;

  fb_site_recovery_get_async (ctx->site_recovery, id, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  job = fb_site_recovery_get_finish (ctx->site_recovery, res, &error);
  if (job == NULL)
    *exit_code = fb_cli_fail (ctx, error);
  return job;
}

/* Sends the action, then prints the job (or waits for it). */
static int
run_action (FbCliContext *ctx, const char *vault_arg, const char *vault_id, FbAction *action, gboolean wait)
{
  FbJobMonitor *monitor = fb_cli_job_monitor (ctx);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  g_autoptr(FbJob) job = NULL;
  int code = FB_CLI_EXIT_OK;

  fb_job_monitor_run_action_async (monitor, action, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  job_name = fb_job_monitor_run_action_finish (monitor, res, &error);
  if (job_name == NULL)
    return fb_cli_fail (ctx, error);
  if (ctx->output == FB_CLI_OUTPUT_TABLE)
    g_printerr (_("Started job %s\n"), job_name);

  if (wait)
    {
      code = wait_for_job (ctx, vault_arg, vault_id, job_name, &job);
      if (code == 130)
        return code;
      if (job != NULL && ctx->output == FB_CLI_OUTPUT_JSON)
        print_job (ctx, job);
      else if (job != NULL && code == FB_CLI_EXIT_OK)
        {
          const char *new_id = fb_job_get_new_replication_protected_item_id (job);
          /* Translators: a finished job: its operation ("Unplanned failover"), its state ("Succeeded") */
          g_print (_("%s: %s\n"), fb_cli_for_people (ctx) ? fb_job_operation_label (job)
                                   : fb_job_get_friendly_name (job) ?: fb_job_get_scenario_name (job) ?: job_name,
                   fb_cli_for_people (ctx) ? fb_job_state_label (fb_job_get_state (job), fb_job_get_state_description (job))
                                           : fb_job_get_state (job));
          if (new_id != NULL)
            {
              g_autofree char *name = fb_arm_id_get_name (new_id);
              g_print (_("The item is now called %s\n"), name);
            }
        }
      return code;
    }
  job = get_job (ctx, vault_id, job_name, &code);
  if (job == NULL)
    {
      /* the action runs; only showing it failed */
      g_print ("%s\n", job_name);
      return FB_CLI_EXIT_OK;
    }
  if (ctx->output == FB_CLI_OUTPUT_JSON)
    print_job (ctx, job);
  else
    g_print ("%s\n", job_name);
  return FB_CLI_EXIT_OK;
}

static gboolean
check_allowed (FbCliContext *ctx, FbProtectedItem *item, const char *operation, const char *what)
{
  const char * const *ops;
  g_autofree char *list = NULL;

  if (fb_protected_item_is_busy (item))
    {
      g_printerr ("failbackctl: ");
      /* Translators: the machine; the operation running ("Unplanned failover"); the job's name */
      g_printerr (_("%s is busy: %s is running (job %s). Wait for it with “failbackctl jobs watch”."),
                  fb_protected_item_get_friendly_name (item),
                  operation_text (fb_protected_item_get_current_scenario_name (item)) ?: "?",
                  fb_protected_item_get_current_scenario_job_id (item) ?: "?");
      g_printerr ("\n");
      return FALSE;
    }
  if (fb_protected_item_is_allowed (item, operation))
    return TRUE;
  ops = fb_protected_item_get_allowed_operations (item);
  list = ops != NULL && ops[0] != NULL ? operations_words (ops) : g_strdup (_("none"));
  g_printerr ("failbackctl: ");
  /* Translators: the operation ("Commit"), the machine, its phase ("Running in Azure"), the
   * operations Azure allows now ("Reprotect, Disable replication") and the next step ("Reprotect to
   * on-premises"): "Commit is not possible for web01 now: it is Running in Azure (allowed: …)" */
  g_printerr (_("%s is not possible for %s now: it is %s (allowed: %s); the next step is %s."), what,
              fb_protected_item_get_friendly_name (item),
              fb_phase_to_string (fb_protected_item_get_phase (item)), list,
              fb_next_step_to_string (fb_protected_item_get_next_step (item)));
  g_printerr ("\n");
  return FALSE;
}

static int
failover_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *direction = NULL, *rp = NULL;
  gboolean wait = FALSE;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "direction", 0, 0, G_OPTION_ARG_STRING, &direction, N_("to-azure or to-on-premises (failback)"), N_("DIRECTION") },
    { "recovery-point", 0, 0, G_OPTION_ARG_STRING, &rp, N_("latest, latest-processed, latest-app-consistent or a recovery point id"), N_("POINT") },
    { "wait", 0, 0, G_OPTION_ARG_NONE, &wait, N_("Wait for the job and show its progress"), NULL },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbRecoveryPointChoice choice = FB_RECOVERY_POINT_LATEST;
  FbFailoverDirection dir;
  const char *op;
  int code;

  /* Translators: the placeholder in the usage line of a failbackctl command, as in “Give one ITEM” */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("ITEM"), _("Fail an item over to Azure, or back to on-premises")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 2)
    return fb_cli_usage_error (ctx, "failover", "%s", _("Give one ITEM"));
  if (vault == NULL || direction == NULL)
    return fb_cli_usage_error (ctx, "failover", "%s", _("--vault and --direction are required"));
  if (g_str_equal (direction, "to-azure"))
    dir = FB_FAILOVER_TO_AZURE;
  else if (g_str_equal (direction, "to-on-premises"))
    dir = FB_FAILOVER_TO_ON_PREMISES;
  else
    return fb_cli_usage_error (ctx, "failover", _("Unknown direction “%s” (to-azure or to-on-premises)"), direction);
  if (rp != NULL && !fb_recovery_point_choice_from_string (rp, &choice))
    choice = FB_RECOVERY_POINT_CUSTOM;
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;
  if ((item = find_item (ctx, vault_id, argv[1], &code)) == NULL)
    return code;
  op = g_strcmp0 (fb_protected_item_get_provider_type (item), "InMageRcmFailback") == 0 ? "PlannedFailover"
                                                                                       : "UnplannedFailover";
  if (!check_allowed (ctx, item, op, dir == FB_FAILOVER_TO_AZURE ? _("Failover to Azure") : _("Failback")))
    return FB_CLI_EXIT_FAILED;
  fb_site_recovery_build_failover_async (ctx->site_recovery, item, dir, choice,
                                         choice == FB_RECOVERY_POINT_CUSTOM ? rp : NULL,
                                         ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  action = fb_site_recovery_build_failover_finish (ctx->site_recovery, res, &error);
  if (action == NULL)
    return fb_cli_fail (ctx, error);
  return run_action (ctx, vault, vault_id, action, wait);
}

static int
commit_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL;
  gboolean wait = FALSE;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "wait", 0, 0, G_OPTION_ARG_NONE, &wait, N_("Wait for the job and show its progress"), NULL },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(FbAction) action = NULL;
  int code;

  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("ITEM"), _("Commit a failover or failback")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 2 || vault == NULL)
    return fb_cli_usage_error (ctx, "commit", "%s", _("Give --vault and one ITEM"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;
  if ((item = find_item (ctx, vault_id, argv[1], &code)) == NULL)
    return code;
  if (!check_allowed (ctx, item, "Commit", _("Commit")))
    return FB_CLI_EXIT_FAILED;
  action = fb_action_new_commit (fb_protected_item_get_id (item));
  return run_action (ctx, vault, vault_id, action, wait);
}

static int
reprotect_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *to = NULL, *mt = NULL, *ps = NULL, *ds = NULL, *drive = NULL;
  g_autofree char *agent = NULL, *log_sa = NULL, *policy = NULL, *runas = NULL;
  gboolean wait = FALSE;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("on-premises or azure"), N_("SIDE") },
    { "master-target", 0, 0, G_OPTION_ARG_STRING, &mt, N_("Master target server (id or name)"), N_("ID") },
    { "process-server", 0, 0, G_OPTION_ARG_STRING, &ps, N_("Process server (id or name)"), N_("ID") },
    { "datastore", 0, 0, G_OPTION_ARG_STRING, &ds, N_("Datastore for the on-premises VM"), N_("NAME") },
    { "retention-drive", 0, 0, G_OPTION_ARG_STRING, &drive, N_("Retention drive on the master target"), N_("D") },
    { "reprotect-agent", 0, 0, G_OPTION_ARG_STRING, &agent, N_("Reprotect agent (modern)"), N_("ID") },
    { "log-storage-account", 0, 0, G_OPTION_ARG_STRING, &log_sa, N_("Log storage account (modern)"), N_("ID") },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &policy, N_("Replication or failback policy id"), N_("ID") },
    { "run-as-account", 0, 0, G_OPTION_ARG_STRING, &runas, N_("Run-as account id"), N_("ID") },
    { "wait", 0, 0, G_OPTION_ARG_NONE, &wait, N_("Wait for the job and show its progress"), NULL },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(FbReprotectChoice) choice = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbReprotectOptions given = { 0 }, options;
  gboolean reverse;
  int code;

  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("ITEM"), _("Reprotect an item (start replication in the other direction)")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 2 || vault == NULL || to == NULL)
    return fb_cli_usage_error (ctx, "reprotect", "%s", _("Give --vault, --to and one ITEM"));
  if (!g_str_equal (to, "on-premises") && !g_str_equal (to, "azure"))
    return fb_cli_usage_error (ctx, "reprotect", _("Unknown side “%s” (on-premises or azure)"), to);
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;
  if ((item = find_item (ctx, vault_id, argv[1], &code)) == NULL)
    return code;
  reverse = fb_protected_item_is_reverse (item);
  if (g_str_equal (to, "on-premises") == reverse)
    {
      g_printerr ("failbackctl: ");
      g_printerr (g_str_equal (to, "azure") ? _("%s replicates to Azure already; reprotect it to on-premises.")
                                            : _("%s replicates to on-premises already; reprotect it to Azure."),
                  fb_protected_item_get_friendly_name (item));
      g_printerr ("\n");
      return FB_CLI_EXIT_FAILED;
    }
  if (!check_allowed (ctx, item, "ReverseReplicate", _("Reprotect")))
    return FB_CLI_EXIT_FAILED;
  given.master_target_id = mt;
  given.process_server_id = ps;
  given.datastore_name = ds;
  given.retention_drive = drive;
  given.reprotect_agent_id = agent;
  given.log_storage_account_id = log_sa;
  given.policy_id = policy;
  given.run_as_account_id = runas;
  fb_site_recovery_pick_reprotect_async (ctx->site_recovery, item, &given, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  choice = fb_site_recovery_pick_reprotect_finish (ctx->site_recovery, res, &error);
  if (choice == NULL)
    return fb_cli_fail (ctx, error);
  g_printerr ("%s\n", _("Reprotect with:"));
  for (guint i = 0; i < choice->notes->len; i++)
    g_printerr ("  %s\n", (const char *) choice->notes->pdata[i]);
  fb_reprotect_choice_to_options (choice, &options);
  action = fb_action_new_reprotect (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                    &options, &error);
  if (action == NULL)
    return fb_cli_fail (ctx, error);
  return run_action (ctx, vault, vault_id, action, wait);
}

/* ---- plans ------------------------------------------------------------------------- */

static int
plans_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *direction = NULL, *rp = NULL;
  gboolean wait = FALSE;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "direction", 0, 0, G_OPTION_ARG_STRING, &direction, N_("to-azure or to-on-premises (failback)"), N_("DIRECTION") },
    { "recovery-point", 0, 0, G_OPTION_ARG_STRING, &rp, N_("latest, latest-processed or latest-app-consistent"), N_("POINT") },
    { "wait", 0, 0, G_OPTION_ARG_NONE, &wait, N_("Wait for the job and show its progress"), NULL },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  int code;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("list|show|failover|commit [PLAN]"), _("Recovery plans")))
    return FB_CLI_EXIT_USAGE;
  if (argc < 2 || vault == NULL)
    return fb_cli_usage_error (ctx, "plans", "%s", _("Use “plans list|show|failover|commit --vault V [PLAN]”"));
  if (!g_str_equal (argv[1], "list") && argc != 3)
    return fb_cli_usage_error (ctx, "plans", "%s", _("Give one PLAN"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;

  if (g_str_equal (argv[1], "list"))
    {
      g_autoptr(GListStore) store = list_models (ctx, FB_SITE_RECOVERY_LIST_PLANS, vault_id, NULL, &code);
      FbCliTable *t;

      if (store == NULL)
        return code;
      t = fb_cli_table_new (ctx, "name", _("Name"), "friendlyName", _("Plan"), "providers", _("Providers"),
                            "currentScenario", _("Running"), "allowedOperations", _("Allowed"), NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
        {
          g_autoptr(FbRecoveryPlan) p = g_list_model_get_item (G_LIST_MODEL (store), i);
          const char * const *prov = fb_recovery_plan_get_replication_providers (p);
          const char *scenario = fb_recovery_plan_get_current_scenario_name (p);
          g_autofree char *provs = prov != NULL ? g_strjoinv (",", (char **) prov) : NULL;
          g_autofree char *opss = operations_text (ctx, fb_recovery_plan_get_allowed_operations (p));

          fb_cli_table_add_row (t, fb_recovery_plan_get_name (p), fb_recovery_plan_get_friendly_name (p), provs,
                                fb_cli_for_people (ctx) ? operation_text (scenario) : scenario, opss, NULL);
        }
      fb_cli_table_print_and_free (t);
      return FB_CLI_EXIT_OK;
    }
  else
    {
      g_autoptr(FbRecoveryPlan) plan = find_plan (ctx, vault_id, argv[2], &code);
      g_autoptr(FbAction) action = NULL;
      g_autoptr(GError) error = NULL;

      if (plan == NULL)
        return code;
      if (g_str_equal (argv[1], "show"))
        {
          GListModel *groups = fb_recovery_plan_get_groups (plan);
          g_autoptr(GListStore) items = list_models (ctx, FB_SITE_RECOVERY_LIST_ITEMS, vault_id, NULL, &code);
          g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          FbCliTable *t;

          if (items == NULL)
            return code;
          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
            {
              g_autoptr(FbProtectedItem) it = g_list_model_get_item (G_LIST_MODEL (items), i);
              g_hash_table_insert (names, g_ascii_strdown (fb_protected_item_get_name (it), -1),
                                   g_strdup (fb_protected_item_get_friendly_name (it)));
            }
          t = fb_cli_table_new (ctx, "group", _("Group"), "item", _("Item"), "machine", _("Machine"), NULL);

          for (guint i = 0, boot_index = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
            {
              g_autoptr(FbRecoveryPlanGroup) g = g_list_model_get_item (groups, i);
              const char * const *ids = fb_recovery_plan_group_get_item_ids (g);
              g_autofree char *title = fb_cli_for_people (ctx) ? fb_recovery_plan_group_title (g, &boot_index)
                                                              : g_strdup (fb_recovery_plan_group_get_group_type (g));

              for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
                {
                  g_autofree char *name = fb_arm_id_get_name (ids[k]);
                  g_autofree char *key = g_ascii_strdown (name ?: "", -1);
                  fb_cli_table_add_row (t, title, name, g_hash_table_lookup (names, key), NULL);
                }
            }
          if (ctx->output == FB_CLI_OUTPUT_TABLE)
            g_print ("%s (%s)\n\n", fb_recovery_plan_get_friendly_name (plan), fb_recovery_plan_get_name (plan));
          fb_cli_table_print_and_free (t);
          return FB_CLI_EXIT_OK;
        }
      if (g_str_equal (argv[1], "failover"))
        {
          FbRecoveryPointChoice choice = FB_RECOVERY_POINT_LATEST;
          FbFailoverDirection dir;

          if (direction == NULL)
            return fb_cli_usage_error (ctx, "plans", "%s", _("--direction is required"));
          if (g_str_equal (direction, "to-azure"))
            dir = FB_FAILOVER_TO_AZURE;
          else if (g_str_equal (direction, "to-on-premises"))
            dir = FB_FAILOVER_TO_ON_PREMISES;
          else
            return fb_cli_usage_error (ctx, "plans", _("Unknown direction “%s” (to-azure or to-on-premises)"), direction);
          if (rp != NULL && !fb_recovery_point_choice_from_string (rp, &choice))
            return fb_cli_usage_error (ctx, "plans", _("Unknown recovery point “%s”"), rp);
          action = fb_action_new_plan_failover (fb_recovery_plan_get_id (plan),
                                                fb_recovery_plan_get_replication_providers (plan), dir, choice, &error);
        }
      else if (g_str_equal (argv[1], "commit"))
        action = fb_action_new_plan_commit (fb_recovery_plan_get_id (plan));
      else
        return fb_cli_usage_error (ctx, "plans", _("Unknown sub-command “%s”"), argv[1]);
      if (action == NULL)
        return fb_cli_fail (ctx, error);
      return run_action (ctx, vault, vault_id, action, wait);
    }
}

/* ---- jobs ---------------------------------------------------------------------------- */

static int
jobs_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *filter = NULL, *comments = NULL;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "filter", 0, 0, G_OPTION_ARG_STRING, &filter, N_("OData filter, e.g. \"JobStatus eq 'InProgress'\""), N_("FILTER") },
    { "comments", 0, 0, G_OPTION_ARG_STRING, &comments, N_("Comments for resume"), N_("TEXT") },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  const char *sub;
  int code;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("list|show|watch|cancel|restart|resume [JOB]"),
                     _("Site Recovery jobs")))
    return FB_CLI_EXIT_USAGE;
  if (argc < 2 || vault == NULL)
    return fb_cli_usage_error (ctx, "jobs", "%s", _("Use “jobs list|show|watch|cancel|restart|resume --vault V [JOB]”"));
  sub = argv[1];
  if (!g_str_equal (sub, "list") && argc != 3)
    return fb_cli_usage_error (ctx, "jobs", "%s", _("Give one JOB"));
  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;

  if (g_str_equal (sub, "list"))
    {
      g_autoptr(GListStore) store = list_models (ctx, FB_SITE_RECOVERY_LIST_JOBS, vault_id, filter, &code);
      FbCliTable *t;

      if (store == NULL)
        return code;
      if (ctx->output == FB_CLI_OUTPUT_JSON)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          g_autoptr(JsonNode) root = NULL;
          json_builder_begin_array (b);
          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
            {
              g_autoptr(FbJob) j = g_list_model_get_item (G_LIST_MODEL (store), i);
              build_job_json (b, j);
            }
          json_builder_end_array (b);
          root = json_builder_get_root (b);
          fb_cli_print_json (ctx, root);
          return FB_CLI_EXIT_OK;
        }
      t = fb_cli_table_new (ctx, "name", _("Name"), "operation", _("Operation"), "target", _("Target"),
                            "state", _("State"), "startTime", _("Started"), NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
        {
          g_autoptr(FbJob) j = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_autofree char *st = fb_cli_format_time (ctx, fb_job_get_start_time (j));

          if (fb_cli_for_people (ctx))
            fb_cli_table_add_row (t, fb_job_get_name (j), fb_job_operation_label (j), fb_job_get_target_object_name (j),
                                  fb_job_state_label (fb_job_get_state (j), fb_job_get_state_description (j)), st, NULL);
          else
            fb_cli_table_add_row (t, fb_job_get_name (j), fb_job_get_friendly_name (j) ?: fb_job_get_scenario_name (j),
                                  fb_job_get_target_object_name (j), fb_job_get_state (j), st, NULL);
        }
      fb_cli_table_print_and_free (t);
      return FB_CLI_EXIT_OK;
    }
  if (g_str_equal (sub, "show"))
    {
      g_autoptr(FbJob) job = get_job (ctx, vault_id, argv[2], &code);
      if (job == NULL)
        return code;
      print_job (ctx, job);
      return FB_CLI_EXIT_OK;
    }
  if (g_str_equal (sub, "watch"))
    {
      g_autoptr(FbJob) job = NULL;
      g_autofree char *name = argv[2][0] == '/' ? fb_arm_id_get_name (argv[2]) : g_strdup (argv[2]);
      code = wait_for_job (ctx, vault, vault_id, name, &job);
      if (code != 130 && job != NULL)
        print_job (ctx, job);
      return code;
    }
  if (g_str_equal (sub, "cancel") || g_str_equal (sub, "restart") || g_str_equal (sub, "resume"))
    {
      g_autofree char *job_id = argv[2][0] == '/' ? g_strdup (argv[2])
                                                  : g_strconcat (vault_id, "/replicationJobs/", argv[2], NULL);
      g_autoptr(FbAction) action = fb_action_new_job_action (job_id, sub, comments);
      return run_action (ctx, vault, vault_id, action, FALSE);
    }
  return fb_cli_usage_error (ctx, "jobs", _("Unknown sub-command “%s”"), sub);
}

const FbCliCommand fb_cli_azure_commands[] = {
  { "vaults", N_("vaults list: the Recovery Services vaults"), vaults_run },
  { "items", N_("items list|show: protected items, their phase and next step"), items_run },
  { "recovery-points", N_("recovery-points list: the recovery points of an item"), recovery_points_run },
  { "failover", N_("Fail an item over to Azure or back to on-premises"), failover_run },
  { "commit", N_("Commit a failover or failback"), commit_run },
  { "reprotect", N_("Reprotect an item to on-premises or to Azure"), reprotect_run },
  { "plans", N_("plans list|show|failover|commit: recovery plans"), plans_run },
  { "jobs", N_("jobs list|show|watch|cancel|restart|resume: Site Recovery jobs"), jobs_run },
  { NULL }
};
