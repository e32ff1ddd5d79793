/* fb-cli-main.c - failbackctl: global options, dispatcher, shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "fb-cli-private.h"
#include "fb-format.h"
#include "fb-traffic-log.h"

#ifdef FB_CLI_HAVE_VCENTER
extern const FbCliCommand fb_cli_vcenter_commands[];
#endif

/* ---- async helpers ---------------------------------------------------------- */

void
fb_cli_async_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FbCliContext *ctx = user_data;

  g_clear_object (&ctx->pending_result);
  ctx->pending_result = g_object_ref (result);
}

GAsyncResult *
fb_cli_wait (FbCliContext *ctx)
{
  while (ctx->pending_result == NULL)
    g_main_context_iteration (ctx->main_context, TRUE);
  return g_steal_pointer (&ctx->pending_result);
}

static gboolean
sleep_done_cb (gpointer data)
{
  gboolean *done = data;
  *done = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
fb_cli_sleep (FbCliContext *ctx, guint milliseconds)
{
  gboolean done = FALSE;
  guint id = g_timeout_add (milliseconds, sleep_done_cb, &done);

  while (!done && !ctx->interrupted)
    g_main_context_iteration (ctx->main_context, TRUE);
  if (!done)
    g_source_remove (id);
  return !ctx->interrupted;
}

/* ---- errors --------------------------------------------------------------- */

int
fb_cli_exit_code_for_error (const GError *error)
{
  if (error == NULL)
    return FB_CLI_EXIT_OK;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return 130;
  if (error->domain == FB_AUTH_ERROR)
    return error->code == FB_AUTH_ERROR_NETWORK ? FB_CLI_EXIT_UNAVAILABLE : FB_CLI_EXIT_AUTH;
  if (error->domain == FB_ARM_ERROR)
    switch ((FbArmError) error->code)
      {
      case FB_ARM_ERROR_AUTH:
      case FB_ARM_ERROR_FORBIDDEN:
        return FB_CLI_EXIT_AUTH;
      case FB_ARM_ERROR_NOT_FOUND:
        return FB_CLI_EXIT_NOT_FOUND;
      case FB_ARM_ERROR_THROTTLED:
      case FB_ARM_ERROR_SERVER:
      case FB_ARM_ERROR_NETWORK:
        return FB_CLI_EXIT_UNAVAILABLE;
      default:
        return FB_CLI_EXIT_FAILED;
      }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return FB_CLI_EXIT_NOT_FOUND;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT))
    return FB_CLI_EXIT_USAGE;
  return FB_CLI_EXIT_FAILED;
}

int
fb_cli_fail (FbCliContext *ctx, const GError *error)
{
  int code = fb_cli_exit_code_for_error (error);
  g_autoptr(FbArmErrorInfo) info = fb_arm_error_get_info (error);

  if (code == 130)
    return code;
  g_printerr ("failbackctl: %s\n", error->message);
  if (info != NULL && info->possible_causes != NULL)
    g_printerr ("%s %s\n", _("Possible causes:"), info->possible_causes);
  switch (code)
    {
    case FB_CLI_EXIT_AUTH:
      if (error->domain == FB_ARM_ERROR && error->code == FB_ARM_ERROR_FORBIDDEN)
        g_printerr ("%s\n", _("Ask for a Site Recovery role (e.g. Site Recovery Contributor) on the vault."));
      else
        g_printerr ("%s\n", _("Sign in with “failbackctl login”, or set --tenant, --client-id and FAILBACK_CLIENT_SECRET."));
      break;
    case FB_CLI_EXIT_UNAVAILABLE:
      g_printerr ("%s\n", _("Azure could not be reached or is busy; try again in a few minutes."));
      break;
    default:
      break;
    }
  if (info != NULL && (info->request_id != NULL || info->client_request_id != NULL) && ctx != NULL && ctx->debug)
    g_printerr ("x-ms-request-id: %s, x-ms-client-request-id: %s\n", info->request_id ?: "-",
                info->client_request_id ?: "-");
  return code;
}

int
fb_cli_usage_error (FbCliContext *ctx, const char *command, const char *format, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_printerr ("failbackctl %s: %s\n", command, msg);
  g_printerr (_("Try “failbackctl %s --help”.\n"), command);
  return FB_CLI_EXIT_USAGE;
}

gboolean
fb_cli_parse (FbCliContext *ctx, int *argc, char ***argv, const GOptionEntry *entries,
              const char *parameter_string, const char *summary)
{
  g_autoptr(GOptionContext) oc = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("failbackctl %s", (*argv)[0]);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (oc, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (oc, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (oc, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (oc, argc, argv, &error))
    {
      fb_cli_usage_error (ctx, (*argv)[0], "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- output ----------------------------------------------------------------- */

struct _FbCliTable
{
  FbCliContext *ctx;
  GPtrArray *keys;
  GPtrArray *headers;
  GPtrArray *rows;   /* GPtrArray of char* */
};

FbCliTable *
fb_cli_table_new (FbCliContext *ctx, const char *first_key, ...)
{
  FbCliTable *t = g_new0 (FbCliTable, 1);
  const char *key = first_key;
  va_list ap;

  t->ctx = ctx;
  t->keys = g_ptr_array_new_with_free_func (g_free);
  t->headers = g_ptr_array_new_with_free_func (g_free);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  va_start (ap, first_key);
  while (key != NULL)
    {
      const char *header = va_arg (ap, const char *);
      g_ptr_array_add (t->keys, g_strdup (key));
      g_ptr_array_add (t->headers, g_strdup (header));
      key = va_arg (ap, const char *);
    }
  va_end (ap);
  return t;
}

void
fb_cli_table_add_rowv (FbCliTable *t, const char * const *values)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < t->keys->len; i++)
    g_ptr_array_add (row, g_strdup (values[i] != NULL ? values[i] : ""));
  g_ptr_array_add (t->rows, row);
}

void
fb_cli_table_add_row (FbCliTable *t, const char *first_value, ...)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (values, (gpointer) first_value);
  va_start (ap, first_value);
  for (guint i = 1; i < t->keys->len; i++)
    g_ptr_array_add (values, va_arg (ap, char *));
  va_end (ap);
  fb_cli_table_add_rowv (t, (const char * const *) values->pdata);
}

void
fb_cli_print_json (FbCliContext *ctx, JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (gen, node);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  g_print ("%s\n", text);
}

gboolean
fb_cli_for_people (FbCliContext *ctx)
{
  return ctx->output == FB_CLI_OUTPUT_TABLE;
}

typedef struct {
  const char *key;
  const char *label;
} CliLabel;

static const char *
cli_label (FbCliContext *ctx, const CliLabel *labels, gsize n, const char *key)
{
  if (key == NULL || !fb_cli_for_people (ctx))
    return key;
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (labels[i].key, key))
      return _(labels[i].label);
  return key;
}

/* the rows of "items show", "account show" and "vcenter vm show" */
static const CliLabel properties[] = {
  { "id", N_("ID") },
  { "name", N_("Name") },
  { "friendlyName", N_("Machine") },
  { "vault", N_("Vault") },
  { "providerType", N_("Provider") },
  { "protectionState", N_("Protection state") },
  { "replicationHealth", N_("Replication health") },
  { "activeLocation", N_("Active location") },
  { "currentScenario", N_("Current operation") },
  { "allowedOperations", N_("Allowed operations") },
  { "phase", N_("Phase") },
  { "nextStep", N_("Next step") },
  { "osType", N_("OS") },
  { "rpoSeconds", N_("RPO") },
  { "healthErrors", N_("Health errors") },
  { "protectionStateDescription", N_("Protection state description") },
  { "currentJobId", N_("Current job") },
  { "osName", N_("Operating system") },
  { "ipAddress", N_("IP address") },
  { "discoveryType", N_("Discovery type") },
  { "processServerId", N_("Process server") },
  { "masterTargetId", N_("Master target") },
  { "policyId", N_("Replication policy") },
  /* Translators: the site (configuration server or appliance) the machine was protected from */
  { "primaryFabric", N_("Primary site") },
  /* Translators: the Azure region the machine replicates to */
  { "recoveryFabric", N_("Recovery site") },
  { "lastSuccessfulFailoverTime", N_("Last failover") },
  { "cloud", N_("Cloud") },
  { "loginEndpoint", N_("Sign-in endpoint") },
  { "armEndpoint", N_("Resource Manager endpoint") },
  { "tenant", N_("Tenant") },
  { "clientId", N_("Client ID") },
  /* Translators: how the account signed in: device code or service principal */
  { "kind", N_("Sign-in") },
  { "user", N_("User") },
  { "subscription", N_("Subscription") },
  { "tokenExpiresInSeconds", N_("Token expires in") },
  { "powerState", N_("Power") },
  { "guestOS", N_("Guest OS") },
  { "hardwareVersion", N_("Hardware version") },
  { "cpuCount", N_("CPUs") },
  { "memoryMiB", N_("Memory") },
  { "instanceUuid", N_("Instance UUID") },
  { "host", N_("Host") },
  { "hostId", N_("Host ID") },
  { "disks", N_("Disks") },
  { "snapshots", N_("Snapshots") },
};

const char *
fb_cli_property_label (FbCliContext *ctx, const char *key)
{
  return cli_label (ctx, properties, G_N_ELEMENTS (properties), key);
}

/* vSphere's power states (VM and host) and host connection states */
static const CliLabel vcenter_states[] = {
  { "POWERED_ON", N_("Powered on") },
  { "POWERED_OFF", N_("Powered off") },
  { "SUSPENDED", N_("Suspended") },
  { "STANDBY", N_("Standby") },
  { "CONNECTED", N_("Connected") },
  { "DISCONNECTED", N_("Disconnected") },
  { "NOT_RESPONDING", N_("Not responding") },
};

const char *
fb_cli_vcenter_state_label (FbCliContext *ctx, const char *state)
{
  return cli_label (ctx, vcenter_states, G_N_ELEMENTS (vcenter_states), state);
}

char *
fb_cli_format_time (FbCliContext *ctx, GDateTime *dt)
{
  if (dt == NULL)
    return NULL;
  return fb_cli_for_people (ctx) ? fb_format_date_time (dt) : g_date_time_format_iso8601 (dt);
}

static char *
sanitize_tsv (const char *s)
{
  char *r = g_strdup (s);
  for (char *p = r; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return r;
}

void
fb_cli_table_print_and_free (FbCliTable *t)
{
  switch (t->ctx->output)
    {
    case FB_CLI_OUTPUT_JSON:
      {
        g_autoptr(JsonBuilder) b = json_builder_new ();
        g_autoptr(JsonNode) root = NULL;

        json_builder_begin_array (b);
        for (guint r = 0; r < t->rows->len; r++)
          {
            GPtrArray *row = t->rows->pdata[r];
            json_builder_begin_object (b);
            for (guint c = 0; c < t->keys->len; c++)
              {
                json_builder_set_member_name (b, t->keys->pdata[c]);
                json_builder_add_string_value (b, row->pdata[c]);
              }
            json_builder_end_object (b);
          }
        json_builder_end_array (b);
        root = json_builder_get_root (b);
        fb_cli_print_json (t->ctx, root);
      }
      break;
    case FB_CLI_OUTPUT_TSV:
      for (guint r = 0; r < t->rows->len; r++)
        {
          GPtrArray *row = t->rows->pdata[r];
          GString *line = g_string_new (NULL);
          for (guint c = 0; c < t->keys->len; c++)
            {
              g_autofree char *cell = sanitize_tsv (row->pdata[c]);
              if (c > 0)
                g_string_append_c (line, '\t');
              g_string_append (line, cell);
            }
          g_print ("%s\n", line->str);
          g_string_free (line, TRUE);
        }
      break;
    case FB_CLI_OUTPUT_TABLE:
    default:
      {
        g_autofree glong *widths = g_new0 (glong, t->keys->len);
        GString *out = g_string_new (NULL);

        for (guint c = 0; c < t->keys->len; c++)
          widths[c] = g_utf8_strlen (t->headers->pdata[c], -1);
        for (guint r = 0; r < t->rows->len; r++)
          {
            GPtrArray *row = t->rows->pdata[r];
            for (guint c = 0; c < t->keys->len; c++)
              widths[c] = MAX (widths[c], g_utf8_strlen (row->pdata[c], -1));
          }
        for (guint r = 0; r <= t->rows->len; r++)
          {
            GPtrArray *cells = r == 0 ? t->headers : t->rows->pdata[r - 1];
            for (guint c = 0; c < t->keys->len; c++)
              {
                const char *cell = cells->pdata[c];
                g_string_append (out, cell);
                if (c + 1 < t->keys->len)
                  for (glong pad = g_utf8_strlen (cell, -1); pad < widths[c] + 2; pad++)
                    g_string_append_c (out, ' ');
              }
            g_string_append_c (out, '\n');
          }
        fputs (out->str, stdout);
        g_string_free (out, TRUE);
      }
      break;
    }
  g_ptr_array_unref (t->keys);
  g_ptr_array_unref (t->headers);
  g_ptr_array_unref (t->rows);
  g_free (t);
}

/* ---- the account (no secrets) ------------------------------------------------ */

static char *
account_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "failback", "account.json", NULL);
}

JsonObject *
fb_cli_load_account (void)
{
  g_autofree char *path = account_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_file (parser, path, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

static const char *
account_string (JsonObject *account, const char *name)
{
  JsonNode *n;

  if (account == NULL)
    return NULL;
  n = json_object_get_member (account, name);
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

gboolean
fb_cli_save_account (FbCliContext *ctx, FbAzureAuth *auth, GError **error)
{
  g_autofree char *path = account_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  FbCloud *cloud = fb_azure_auth_get_cloud (auth);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "cloud");
  json_builder_add_string_value (b, fb_cloud_get_name (cloud));
  json_builder_set_member_name (b, "loginEndpoint");
  json_builder_add_string_value (b, fb_cloud_get_login_endpoint (cloud));
  json_builder_set_member_name (b, "armEndpoint");
  json_builder_add_string_value (b, fb_cloud_get_arm_endpoint (cloud));
  json_builder_set_member_name (b, "tenant");
  json_builder_add_string_value (b, fb_azure_auth_get_tenant (auth));
  json_builder_set_member_name (b, "clientId");
  json_builder_add_string_value (b, fb_azure_auth_get_client_id (auth));
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, fb_azure_auth_get_kind (auth) == FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL
                                    ? "service-principal" : "device-code");
  if (fb_cli_subscription (ctx) != NULL)
    {
      json_builder_set_member_name (b, "subscription");
      json_builder_add_string_value (b, fb_cli_subscription (ctx));
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot create %s"), dir);
      return FALSE;
    }
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
fb_cli_forget_account (void)
{
  g_autofree char *path = account_path ();
  g_unlink (path);
}

FbCloud *
fb_cli_make_cloud (FbCliContext *ctx, JsonObject *account, int *exit_code)
{
  g_autoptr(GError) error = NULL;
  FbCloud *cloud;

  *exit_code = FB_CLI_EXIT_OK;
  if (ctx->login_endpoint != NULL || ctx->arm_endpoint != NULL)
    {
      if (ctx->login_endpoint == NULL || ctx->arm_endpoint == NULL)
        {
          g_printerr ("failbackctl: %s\n", _("A custom cloud needs both --login-endpoint and --arm-endpoint."));
          *exit_code = FB_CLI_EXIT_USAGE;
          return NULL;
        }
      cloud = fb_cloud_new_custom (ctx->login_endpoint, ctx->arm_endpoint, NULL, &error);
    }
  else if (ctx->cloud_name != NULL)
    {
      cloud = fb_cloud_new_named (ctx->cloud_name);
      if (cloud == NULL)
        {
          g_autofree char *names = g_strjoinv (", ", (char **) fb_cloud_get_known_names ());
          g_printerr ("failbackctl: ");
          /* Translators: the cloud given; the clouds failbackctl knows ("AzureCloud, AzureChinaCloud, …") */
          g_printerr (_("Unknown cloud “%s” (known: %s; or give --login-endpoint and --arm-endpoint)."),
                      ctx->cloud_name, names);
          g_printerr ("\n");
          *exit_code = FB_CLI_EXIT_USAGE;
          return NULL;
        }
    }
  else if (account_string (account, "cloud") != NULL && g_strcmp0 (account_string (account, "cloud"), "Custom") == 0)
    cloud = fb_cloud_new_custom (account_string (account, "loginEndpoint"), account_string (account, "armEndpoint"),
                                 NULL, &error);
  else if (account_string (account, "cloud") != NULL)
    cloud = fb_cloud_new_named (account_string (account, "cloud"));
  else
    cloud = fb_cloud_new_named ("AzureCloud");
  if (cloud == NULL)
    {
      g_printerr ("failbackctl: %s\n", error != NULL ? error->message : _("Unknown cloud"));
      *exit_code = FB_CLI_EXIT_USAGE;
    }
  return cloud;
}

/* ---- connecting ---------------------------------------------------------------- */

static void
traffic_to_stderr (const char *line, gpointer user_data)
{
  g_printerr ("%s\n", line);
}

static void
apply_dev_knobs (FbCliContext *ctx)
{
  /* for tests against a fast simulator; not user-facing */
  const char *scale = g_getenv ("FAILBACK_TIME_SCALE");
  const char *timeout = g_getenv ("FAILBACK_HTTP_TIMEOUT");

  if (scale != NULL)
    fb_arm_client_set_time_scale (ctx->arm, g_ascii_strtod (scale, NULL));
  if (timeout != NULL)
    fb_arm_client_set_timeout (ctx->arm, (guint) g_ascii_strtoull (timeout, NULL, 10));
}

const char *
fb_cli_subscription (FbCliContext *ctx)
{
  return ctx->subscription;
}

int
fb_cli_azure_connect (FbCliContext *ctx)
{
  g_autoptr(JsonObject) account = fb_cli_load_account ();
  g_autoptr(FbCloud) cloud = NULL;
  g_autoptr(FbAzureAuth) auth = NULL;
  g_autoptr(GError) error = NULL;
  const char *secret = g_getenv ("FAILBACK_CLIENT_SECRET");
  const char *tenant = ctx->tenant != NULL ? ctx->tenant : account_string (account, "tenant");
  const char *client_id = ctx->client_id != NULL ? ctx->client_id : account_string (account, "clientId");
  int code;

  if (ctx->arm != NULL)
    return FB_CLI_EXIT_OK;
  cloud = fb_cli_make_cloud (ctx, account, &code);
  if (cloud == NULL)
    return code;
  if (ctx->subscription == NULL && account_string (account, "subscription") != NULL)
    ctx->subscription = g_strdup (account_string (account, "subscription"));

  if (secret != NULL && *secret != '\0' && ctx->tenant != NULL && ctx->client_id != NULL)
    {
      /* non-interactive: no keyring at all */
      g_autoptr(GAsyncResult) res = NULL;

      auth = fb_azure_auth_new (cloud, ctx->tenant, ctx->client_id, NULL);
      fb_azure_auth_sign_in_client_secret_async (auth, secret, FALSE, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (!fb_azure_auth_sign_in_client_secret_finish (auth, res, &error))
        return fb_cli_fail (ctx, error);
    }
  else
    {
      g_autoptr(FbSecretStore) store = fb_secret_store_new ();
      g_autoptr(GAsyncResult) res = NULL;

      if (tenant == NULL)
        {
          g_printerr ("failbackctl: %s\n", _("You are not signed in to Azure."));
          g_printerr ("%s\n", _("Sign in with “failbackctl login”, or set --tenant, --client-id and FAILBACK_CLIENT_SECRET."));
          return FB_CLI_EXIT_AUTH;
        }
      auth = fb_azure_auth_new (cloud, tenant, client_id, store);
      fb_azure_auth_restore_async (auth, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (!fb_azure_auth_restore_finish (auth, res, &error))
        return fb_cli_fail (ctx, error);
    }

  ctx->cloud = g_object_ref (cloud);
  ctx->auth = g_object_ref (auth);
  ctx->arm = fb_arm_client_new (auth);
  ctx->site_recovery = fb_site_recovery_new (ctx->arm);
  apply_dev_knobs (ctx);

  if (ctx->subscription == NULL)
    {
      g_autoptr(GAsyncResult) res = NULL;
      g_autoptr(GPtrArray) subs = NULL;

      fb_site_recovery_list_subscriptions_async (ctx->site_recovery, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      subs = fb_site_recovery_list_json_finish (ctx->site_recovery, res, &error);
      if (subs == NULL)
        return fb_cli_fail (ctx, error);
      if (subs->len == 1 && JSON_NODE_HOLDS_OBJECT (subs->pdata[0]))
        {
          JsonObject *o = json_node_get_object (subs->pdata[0]);
          JsonNode *id = json_object_get_member (o, "subscriptionId");
          if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
            ctx->subscription = g_strdup (json_node_get_string (id));
        }
    }
  return FB_CLI_EXIT_OK;
}

FbJobMonitor *
fb_cli_job_monitor (FbCliContext *ctx)
{
  if (ctx->job_monitor == NULL)
    {
      g_autoptr(FbStateStore) store = fb_state_store_new (NULL);
      const char *interval = g_getenv ("FAILBACK_POLL_INTERVAL_MS");
      const char *grace = g_getenv ("FAILBACK_LOST_RESPONSE_GRACE_MS");

      ctx->job_monitor = fb_job_monitor_new (ctx->site_recovery, store);
      fb_job_monitor_set_poll_interval (ctx->job_monitor,
                                        interval != NULL ? (guint) g_ascii_strtoull (interval, NULL, 10) : 10000);
      if (grace != NULL)
        fb_job_monitor_set_lost_response_grace (ctx->job_monitor, (guint) g_ascii_strtoull (grace, NULL, 10));
    }
  return ctx->job_monitor;
}

/* ---- dispatcher ------------------------------------------------------------------ */

static const FbCliCommand *command_tables[] = {
  fb_cli_account_commands,
  fb_cli_azure_commands,
#ifdef FB_CLI_HAVE_VCENTER
  fb_cli_vcenter_commands,
#endif
  NULL
};

/* The global options for the help: name, placeholder, what it does. */
static const struct {
  const char *option;
  const char *metavar;   /* N_() or NULL */
  const char *help;      /* N_() */
} global_options[] = {
  /* Translators: placeholders of the global options in “failbackctl --help”, in capitals */
  { "--cloud", N_("NAME"), N_("AzureCloud (default), AzureChinaCloud or AzureUSGovernment") },
  { "--login-endpoint", N_("URL"), N_("Entra ID endpoint of a custom cloud (with --arm-endpoint)") },
  { "--arm-endpoint", N_("URL"), N_("Azure Resource Manager endpoint of a custom cloud") },
  { "--tenant", N_("ID"), N_("Entra ID tenant") },
  { "--client-id", N_("ID"), N_("Application (client) id") },
  { "--subscription", N_("ID"), N_("Azure subscription") },
  { "-o, --output", N_("FORMAT"), N_("table (default), json or tsv") },
  { "--debug", NULL, N_("Print the HTTP traffic to stderr (secrets redacted)") },
  { "--version", NULL, N_("Print the version") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: failbackctl [GLOBAL OPTIONS] COMMAND [OPTIONS]"));
  g_print ("%s\n", _("Fail VMware VMs and physical servers over to Azure and back with Azure Site Recovery."));
  g_print ("\n%s\n", _("Commands:"));
  for (guint t = 0; command_tables[t] != NULL; t++)
    for (guint i = 0; command_tables[t][i].name != NULL; i++)
      g_print ("  %-18s %s\n", command_tables[t][i].name, _(command_tables[t][i].help));
  g_print ("\n%s\n", _("Global options:"));
  for (guint i = 0; i < G_N_ELEMENTS (global_options); i++)
    {
      g_autofree char *option = global_options[i].metavar != NULL
                                ? g_strdup_printf ("%s %s", global_options[i].option, _(global_options[i].metavar))
                                : g_strdup (global_options[i].option);
      GString *line = g_string_new ("  ");

      /* padded by characters, not bytes: a translated placeholder may not be ASCII */
      g_string_append (line, option);
      for (glong pad = g_utf8_strlen (option, -1); pad < 22; pad++)
        g_string_append_c (line, ' ');
      g_print ("%s%s\n", line->str, _(global_options[i].help));
      g_string_free (line, TRUE);
    }
  g_print ("\n%s\n", _("With --tenant, --client-id and the environment variable FAILBACK_CLIENT_SECRET set, every command signs in as that service principal without a keyring."));
  g_print ("%s\n", _("Exit codes: 0 done, 1 the operation failed, 2 usage, 3 authentication, 4 not found, 5 throttled or unavailable, 130 stopped waiting with Ctrl+C (the job goes on)."));
}

static gboolean
take_value (int *i, int argc, char **argv, const char *name, char **out, int *exit_code)
{
  const char *arg = argv[*i];
  gsize n = strlen (name);

  if (g_str_has_prefix (arg, name) && arg[n] == '=')
    {
      g_free (*out);
      *out = g_strdup (arg + n + 1);
      return TRUE;
    }
  if (g_str_equal (arg, name))
    {
      if (*i + 1 >= argc)
        {
          g_printerr ("failbackctl: ");
          g_printerr (_("Option %s needs a value"), name);
          g_printerr ("\n");
          *exit_code = FB_CLI_EXIT_USAGE;
          return TRUE;
        }
      g_free (*out);
      *out = g_strdup (argv[++(*i)]);
      return TRUE;
    }
  return FALSE;
}

static gboolean
interrupt_cb (gpointer data)
{
  FbCliContext *ctx = data;

  ctx->interrupted = TRUE;
  g_cancellable_cancel (ctx->cancellable);
  return G_SOURCE_CONTINUE;
}

int
main (int argc, char **argv)
{
  FbCliContext ctx = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autofree char *output = NULL;
  int exit_code = FB_CLI_EXIT_OK;
  const FbCliCommand *command = NULL;
  gboolean help = FALSE;

  setlocale (LC_ALL, "");
  /* FAILBACK_LOCALEDIR points at a build tree's po/ folder (<build>/po), as for the app. */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("FAILBACK_LOCALEDIR") != NULL && *g_getenv ("FAILBACK_LOCALEDIR") != '\0'
                    ? g_getenv ("FAILBACK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options may stand anywhere before "--". */
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--"))
        {
          for (; i < argc; i++)
            g_ptr_array_add (rest, argv[i]);
          break;
        }
      if (take_value (&i, argc, argv, "--cloud", &ctx.cloud_name, &exit_code) ||
          take_value (&i, argc, argv, "--login-endpoint", &ctx.login_endpoint, &exit_code) ||
          take_value (&i, argc, argv, "--arm-endpoint", &ctx.arm_endpoint, &exit_code) ||
          take_value (&i, argc, argv, "--tenant", &ctx.tenant, &exit_code) ||
          take_value (&i, argc, argv, "--client-id", &ctx.client_id, &exit_code) ||
          take_value (&i, argc, argv, "--subscription", &ctx.subscription, &exit_code) ||
          take_value (&i, argc, argv, "--output", &output, &exit_code) ||
          take_value (&i, argc, argv, "-o", &output, &exit_code))
        continue;
      if (g_str_equal (arg, "--debug"))
        ctx.debug = TRUE;
      else if (g_str_equal (arg, "--version") && rest->len == 0)
        {
          g_print ("failbackctl %s\n", PACKAGE_VERSION);
          return FB_CLI_EXIT_OK;
        }
      else if ((g_str_equal (arg, "--help") || g_str_equal (arg, "-h")) && rest->len == 0)
        help = TRUE;
      else
        g_ptr_array_add (rest, argv[i]);
    }
  if (exit_code != FB_CLI_EXIT_OK)
    return exit_code;
  if (help || (rest->len > 0 && g_str_equal (rest->pdata[0], "help")))
    {
      print_help ();
      return FB_CLI_EXIT_OK;
    }
  if (rest->len == 0)
    {
      print_help ();
      return FB_CLI_EXIT_USAGE;
    }
  if (output == NULL || g_str_equal (output, "table"))
    ctx.output = FB_CLI_OUTPUT_TABLE;
  else if (g_str_equal (output, "json"))
    ctx.output = FB_CLI_OUTPUT_JSON;
  else if (g_str_equal (output, "tsv"))
    ctx.output = FB_CLI_OUTPUT_TSV;
  else
    {
      g_printerr ("failbackctl: ");
      g_printerr (_("Unknown output format “%s” (table, json or tsv)"), output);
      g_printerr ("\n");
      return FB_CLI_EXIT_USAGE;
    }

  for (guint t = 0; command_tables[t] != NULL && command == NULL; t++)
    for (guint i = 0; command_tables[t][i].name != NULL; i++)
      if (g_str_equal (command_tables[t][i].name, rest->pdata[0]))
        {
          command = &command_tables[t][i];
          break;
        }
  if (command == NULL)
    {
      g_printerr ("failbackctl: ");
      g_printerr (_("Unknown command “%s”"), (const char *) rest->pdata[0]);
      g_printerr ("\n");
      g_printerr (_("Try “failbackctl --help”.\n"));
      return FB_CLI_EXIT_USAGE;
    }

  if (ctx.debug)
    fb_traffic_log_set_sink (traffic_to_stderr, NULL);
  ctx.cancellable = g_cancellable_new ();
  ctx.main_context = g_main_context_ref_thread_default ();
  g_unix_signal_add (SIGINT, interrupt_cb, &ctx);
  g_ptr_array_add (rest, NULL);
  exit_code = command->run (&ctx, (int) rest->len - 1, (char **) rest->pdata);

  g_clear_object (&ctx.job_monitor);
  g_clear_object (&ctx.site_recovery);
  g_clear_object (&ctx.arm);
  g_clear_object (&ctx.auth);
  g_clear_object (&ctx.cloud);
  g_clear_object (&ctx.cancellable);
  g_clear_object (&ctx.pending_result);
  g_main_context_unref (ctx.main_context);
  g_free (ctx.cloud_name);
  g_free (ctx.login_endpoint);
  g_free (ctx.arm_endpoint);
  g_free (ctx.tenant);
  g_free (ctx.client_id);
  g_free (ctx.subscription);
  return exit_code;
}
