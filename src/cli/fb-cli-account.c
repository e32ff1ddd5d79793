/* fb-cli-account.c - failbackctl login, logout, account show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include "fb-cli-private.h"
#include "fb-format.h"

static void
device_code_cb (FbAzureAuth *auth, const char *user_code, const char *uri, const char *message, gpointer data)
{
  /* Translators: first %s is a URL, second the code to type there */
  g_printerr (_("To sign in, open %s and enter the code %s\n"), uri, user_code);
  g_printerr ("%s\n", _("Waiting for the sign-in to be approved… (Ctrl+C cancels)"));
}

/* Reads a secret without echo from the terminal. */
static char *
read_secret (const char *prompt)
{
  struct termios old, quiet;
  char buf[4096];
  gboolean tty = isatty (STDIN_FILENO);
  char *line;

  if (!tty)
    return NULL;
  g_printerr ("%s", prompt);
  if (tcgetattr (STDIN_FILENO, &old) != 0)
    return NULL;
  quiet = old;
  quiet.c_lflag &= ~(tcflag_t) ECHO;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
  line = fgets (buf, sizeof buf, stdin);
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &old);
  g_printerr ("\n");
  if (line == NULL)
    return NULL;
  g_strchomp (buf);
  line = g_strdup (buf);
  memset (buf, 0, sizeof buf);
  return line;
}

static int
login_run (FbCliContext *ctx, int argc, char **argv)
{
  gboolean sp = FALSE;
  const GOptionEntry entries[] = {
    { "service-principal", 0, 0, G_OPTION_ARG_NONE, &sp,
      N_("Sign in as a service principal (needs --tenant and --client-id; the secret comes from FAILBACK_CLIENT_SECRET or a prompt)"), NULL },
    { NULL }
  };
  g_autoptr(JsonObject) account = fb_cli_load_account ();
  g_autoptr(FbCloud) cloud = NULL;
  g_autoptr(FbSecretStore) store = NULL;
  g_autoptr(FbAzureAuth) auth = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  int code;

  if (!fb_cli_parse (ctx, &argc, &argv, entries, NULL, _("Sign in to Azure (device code, or a service principal)")))
    return FB_CLI_EXIT_USAGE;
  if (argc > 1)
    return fb_cli_usage_error (ctx, "login", _("Unexpected argument “%s”"), argv[1]);
  cloud = fb_cli_make_cloud (ctx, NULL, &code);
  if (cloud == NULL)
    return code;
  store = fb_secret_store_new ();

  if (sp)
    {
      g_autofree char *secret = NULL;
      const char *env = g_getenv ("FAILBACK_CLIENT_SECRET");

      if (ctx->tenant == NULL || ctx->client_id == NULL)
        return fb_cli_usage_error (ctx, "login", "%s", _("--service-principal needs --tenant and --client-id"));
      if (env != NULL && *env != '\0')
        secret = g_strdup (env);
      else
        secret = read_secret (_("Client secret: "));
      if (secret == NULL || *secret == '\0')
        return fb_cli_usage_error (ctx, "login", "%s",
                                   _("No client secret: set FAILBACK_CLIENT_SECRET or run in a terminal to be asked (never on the command line)"));
      auth = fb_azure_auth_new (cloud, ctx->tenant, ctx->client_id, store);
      fb_azure_auth_sign_in_client_secret_async (auth, secret, TRUE, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (!fb_azure_auth_sign_in_client_secret_finish (auth, res, &error))
        return fb_cli_fail (ctx, error);
    }
  else
    {
      auth = fb_azure_auth_new (cloud, ctx->tenant != NULL ? ctx->tenant : "organizations", ctx->client_id, store);
      g_signal_connect (auth, "device-code", G_CALLBACK (device_code_cb), ctx);
      fb_azure_auth_sign_in_device_code_async (auth, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (!fb_azure_auth_sign_in_device_code_finish (auth, res, &error))
        return fb_cli_fail (ctx, error);
    }

  /* the keyring write runs in the background: let it finish before exiting */
  while (fb_azure_auth_get_keyring_busy (auth) && !ctx->interrupted)
    g_main_context_iteration (ctx->main_context, TRUE);
  if (fb_azure_auth_get_keyring_error (auth) != NULL)
    g_printerr ("%s\n", fb_azure_auth_get_keyring_error (auth));

  ctx->auth = g_object_ref (auth);
  ctx->cloud = g_object_ref (cloud);
  if (ctx->subscription == NULL)
    {
      g_autoptr(GAsyncResult) res2 = NULL;
      g_autoptr(GPtrArray) subs = NULL;
      g_autoptr(GError) e2 = NULL;

      ctx->arm = fb_arm_client_new (auth);
      ctx->site_recovery = fb_site_recovery_new (ctx->arm);
      fb_site_recovery_list_subscriptions_async (ctx->site_recovery, ctx->cancellable, fb_cli_async_done, ctx);
      res2 = fb_cli_wait (ctx);
      subs = fb_site_recovery_list_json_finish (ctx->site_recovery, res2, &e2);
      if (subs != NULL && subs->len == 1 && JSON_NODE_HOLDS_OBJECT (subs->pdata[0]))
        {
          JsonNode *id = json_object_get_member (json_node_get_object (subs->pdata[0]), "subscriptionId");
          if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
            ctx->subscription = g_strdup (json_node_get_string (id));
        }
    }
  if (!fb_cli_save_account (ctx, auth, &error))
    return fb_cli_fail (ctx, error);
  g_print ("%s\n", _("Signed in."));
  (void) account;
  return FB_CLI_EXIT_OK;
}

static int
logout_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autoptr(JsonObject) account = fb_cli_load_account ();
  g_autoptr(FbCloud) cloud = NULL;
  g_autoptr(FbSecretStore) store = NULL;
  g_autoptr(FbAzureAuth) auth = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  const char *tenant = NULL, *client_id = NULL;
  int code;

  if (!fb_cli_parse (ctx, &argc, &argv, NULL, NULL, _("Sign out and remove the stored secrets")))
    return FB_CLI_EXIT_USAGE;
  if (account != NULL && json_object_has_member (account, "tenant"))
    tenant = json_object_get_string_member_with_default (account, "tenant", NULL);
  if (account != NULL)
    client_id = json_object_get_string_member_with_default (account, "clientId", NULL);
  if (ctx->tenant != NULL)
    tenant = ctx->tenant;
  if (ctx->client_id != NULL)
    client_id = ctx->client_id;
  if (tenant != NULL)
    {
      cloud = fb_cli_make_cloud (ctx, account, &code);
      if (cloud == NULL)
        return code;
      store = fb_secret_store_new ();
      auth = fb_azure_auth_new (cloud, tenant, client_id, store);
      fb_azure_auth_sign_out_async (auth, ctx->cancellable, fb_cli_async_done, ctx);
      res = fb_cli_wait (ctx);
      if (!fb_azure_auth_sign_out_finish (auth, res, &error))
        g_printerr ("%s\n", error->message);
    }
  fb_cli_forget_account ();
  g_print ("%s\n", _("Signed out."));
  return FB_CLI_EXIT_OK;
}

static int
account_run (FbCliContext *ctx, int argc, char **argv)
{
  g_autoptr(JsonObject) account = NULL;
  FbAzureAuth *auth;
  int code;
  FbCliTable *t;
  g_autofree char *expires = NULL;
  g_autofree char *upn = NULL;

  /* the usage line's argument is the sub-command itself: nothing to translate */
  if (!fb_cli_parse (ctx, &argc, &argv, NULL, "show", _("Show the signed-in account")))
    return FB_CLI_EXIT_USAGE;
  if (argc != 2 || !g_str_equal (argv[1], "show"))
    return fb_cli_usage_error (ctx, "account", "%s", _("Use “account show”"));
  code = fb_cli_azure_connect (ctx);
  if (code != FB_CLI_EXIT_OK)
    return code;
  auth = ctx->auth;
  account = fb_cli_load_account ();
  expires = fb_cli_for_people (ctx)
            ? fb_format_duration (fb_azure_auth_get_token_expires_in (auth) * G_TIME_SPAN_SECOND)
            : g_strdup_printf ("%" G_GINT64_FORMAT, fb_azure_auth_get_token_expires_in (auth));
  upn = fb_azure_auth_dup_claim (auth, "upn");
  t = fb_cli_table_new (ctx, "property", _("Property"), "value", _("Value"), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "cloud"), fb_cloud_get_name (ctx->cloud), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "loginEndpoint"), fb_cloud_get_login_endpoint (ctx->cloud), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "armEndpoint"), fb_cloud_get_arm_endpoint (ctx->cloud), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "tenant"), fb_azure_auth_get_tenant (auth), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "clientId"), fb_azure_auth_get_client_id (auth), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "kind"), fb_azure_auth_get_kind (auth) == FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL
                                   ? (fb_cli_for_people (ctx) ? _("Service principal") : "service-principal")
                                   : (fb_cli_for_people (ctx) ? _("Device code") : "device-code"), NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "user"), upn != NULL ? upn : "", NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "subscription"), fb_cli_subscription (ctx) ?: "", NULL);
  fb_cli_table_add_row (t, fb_cli_property_label (ctx, "tokenExpiresInSeconds"), expires, NULL);
  fb_cli_table_print_and_free (t);
  return FB_CLI_EXIT_OK;
}

const FbCliCommand fb_cli_account_commands[] = {
  { "login", N_("Sign in to Azure (device code; --service-principal for a client secret)"), login_run },
  { "logout", N_("Sign out and remove the stored refresh token or client secret"), logout_run },
  { "account", N_("account show: the signed-in account"), account_run },
  { NULL }
};
