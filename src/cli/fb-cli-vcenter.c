/* fb-cli-vcenter.c - failbackctl vcenter … and failbackctl preflight …
 *
 *   failbackctl vcenter login [--server URL] [--user USER] [--trust SHA256]
 *   failbackctl vcenter hosts|datastores
 *   failbackctl vcenter vm show NAME|INSTANCE-UUID
 *   failbackctl vcenter pins
 *   failbackctl vcenter forget HOST[:PORT]
 *   failbackctl preflight --vault V [--stage S] [--master-target MT] [--process-server PS]
 *                         [--datastore DS] ITEM
 *   failbackctl preflight --vault V --plan PLAN
 *
 * The vCenter password comes from FAILBACK_VCENTER_PASSWORD or a prompt, and is
 * kept in the keyring after "vcenter login"; never from the command line.  The
 * server and user of the last login are remembered (not secret) in
 * $XDG_CONFIG_HOME/failback/vcenter.ini.  A self-signed certificate is trusted
 * only with --trust and exactly the fingerprint vCenter presented; "vcenter
 * pins" lists the pinned certificates, "vcenter forget" removes one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "fb-cli-private.h"
#include "fb-format.h"
#include "fb-preflight.h"
#include "fb-recovery-plan-group.h"
#include "fb-vcenter-client.h"

#define GIB (1024.0 * 1024.0 * 1024.0)

/* ---- the remembered server and user ---------------------------------------- */

static char *
config_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "failback", "vcenter.ini", NULL);
}

static void
load_config (char **server,
             char **user)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autofree char *path = config_path ();

  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL))
    return;
  if (*server == NULL)
    *server = g_key_file_get_string (kf, "vcenter", "server", NULL);
  if (*user == NULL)
    *user = g_key_file_get_string (kf, "vcenter", "user", NULL);
}

static gboolean
save_config (const char  *server,
             const char  *user,
             GError     **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autofree char *path = config_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_key_file_set_string (kf, "vcenter", "server", server);
  g_key_file_set_string (kf, "vcenter", "user", user);
  g_mkdir_with_parents (dir, 0700);
  return g_key_file_save_to_file (kf, path, error);
}

static char *
base_uri_for (const char *server)
{
  if (g_str_has_prefix (server, "https://") || g_str_has_prefix (server, "http://"))
    return g_strdup (server);
  return g_strdup_printf ("https://%s", server);
}

static char *
read_password (const char *prompt)
{
  struct termios old, quiet;
  gboolean tty = isatty (STDIN_FILENO);
  char buf[512];
  char *line;

  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &old);
      quiet = old;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  line = fgets (buf, sizeof buf, stdin);
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &old);
      g_printerr ("\n");
    }
  if (line == NULL)
    return NULL;
  g_strchomp (buf);
  line = g_strdup (buf);
  memset (buf, 0, sizeof buf);
  return line;
}

/* Explains a vCenter error (certificates above all) and returns the exit code. */
static int
vcenter_fail (FbCliContext    *ctx,
              FbVcenterClient *client,
              const GError    *error)
{
  g_printerr ("failbackctl: %s\n", error->message);
  if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED))
    {
      g_printerr (_("If the vCenter administrator confirms this SHA-256 fingerprint, trust it with:\n"
                    "  failbackctl vcenter login --trust %s\n"), fb_vcenter_client_get_peer_fingerprint (client));
      return FB_CLI_EXIT_AUTH;
    }
  if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED) ||
      g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED))
    return FB_CLI_EXIT_AUTH;
  if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD))
    {
      g_printerr ("%s\n", _("Log in with “failbackctl vcenter login”, or set FAILBACK_VCENTER_PASSWORD."));
      return FB_CLI_EXIT_AUTH;
    }
  if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND))
    return FB_CLI_EXIT_NOT_FOUND;
  if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NETWORK) ||
      g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_SERVICE_UNAVAILABLE))
    return FB_CLI_EXIT_UNAVAILABLE;
  return fb_cli_exit_code_for_error (error);
}

/* A client for the remembered (or given) vCenter; NULL with *code set when
 * there is none configured. */
static FbVcenterClient *
make_client (FbCliContext *ctx,
             const char   *server_opt,
             const char   *user_opt,
             gboolean      required,
             int          *code)
{
  g_autofree char *server = g_strdup (server_opt);
  g_autofree char *user = g_strdup (user_opt);
  g_autofree char *uri = NULL;
  const char *env = g_getenv ("FAILBACK_VCENTER_PASSWORD");
  FbVcenterClient *client;

  *code = FB_CLI_EXIT_OK;
  load_config (&server, &user);
  if (server == NULL || user == NULL)
    {
      if (required)
        *code = fb_cli_usage_error (ctx, "vcenter", "%s",
                                    _("No vCenter yet: run “failbackctl vcenter login --server HOST --user USER”"));
      return NULL;
    }
  uri = base_uri_for (server);
  client = fb_vcenter_client_new (uri, user, NULL);
  if (env != NULL && *env != '\0')
    fb_vcenter_client_set_password (client, env);
  return client;
}

static gboolean
client_login (FbCliContext    *ctx,
              FbVcenterClient *client,
              int             *code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  fb_vcenter_client_login_async (client, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  if (!fb_vcenter_client_login_finish (client, res, &error))
    {
      *code = vcenter_fail (ctx, client, error);
      return FALSE;
    }
  return TRUE;
}

static void
client_logout (FbCliContext    *ctx,
               FbVcenterClient *client)
{
  g_autoptr(GAsyncResult) res = NULL;

  fb_vcenter_client_logout_async (client, NULL, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  fb_vcenter_client_logout_finish (client, res, NULL);
}

/* A size for the output: for people "24.0 GiB" (memory, binary units as vSphere shows
 * it) or "1.2 TB" (disks), in their locale; for scripts GiB with a point in every locale. */
static char *
size_text (FbCliContext *ctx,
           gint64        bytes,
           gboolean      memory)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (bytes < 0)
    return g_strdup ("-");
  if (fb_cli_for_people (ctx))
    return memory ? fb_format_memory ((guint64) bytes) : fb_format_size ((guint64) bytes);
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.1f", bytes / GIB));
}

/* ---- vcenter ---------------------------------------------------------------- */

static int
vcenter_login (FbCliContext *ctx,
               const char   *server,
               const char   *user,
               const char   *trust)
{
  g_autoptr(FbVcenterClient) client = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_server = g_strdup (server);
  g_autofree char *saved_user = g_strdup (user);
  int code;

  load_config (&saved_server, &saved_user);
  if (saved_server == NULL || saved_user == NULL)
    return fb_cli_usage_error (ctx, "vcenter", "%s", _("“vcenter login” needs --server and --user the first time"));
  client = make_client (ctx, saved_server, saved_user, TRUE, &code);
  if (client == NULL)
    return code;
  if (trust != NULL && !fb_vcenter_client_trust_certificate (client, trust, &error))
    return vcenter_fail (ctx, client, error);
  if (g_getenv ("FAILBACK_VCENTER_PASSWORD") == NULL)
    {
      /* Translators: a prompt: the vCenter user ("administrator@vsphere.local"), the vCenter server */
      g_autofree char *prompt = g_strdup_printf (_("Password of %s on %s: "), saved_user, saved_server);
      g_autofree char *password = read_password (prompt);

      if (password == NULL || *password == '\0')
        return fb_cli_usage_error (ctx, "vcenter", "%s",
                                   _("No password: set FAILBACK_VCENTER_PASSWORD or run in a terminal to be asked (never on the command line)"));
      fb_vcenter_client_set_password (client, password);
      memset (password, 0, strlen (password));
    }
  if (!client_login (ctx, client, &code))
    return code;
  if (trust == NULL && fb_vcenter_client_get_peer_fingerprint (client) == NULL)
    g_debug ("certificate validated normally");

  fb_vcenter_client_remember_password_async (client, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  if (!fb_vcenter_client_remember_password_finish (client, res, &error))
    g_printerr ("failbackctl: %s\n%s\n", error->message,
                _("The password was not stored; set FAILBACK_VCENTER_PASSWORD for later commands."));
  g_clear_error (&error);
  if (!save_config (saved_server, saved_user, &error))
    g_printerr ("failbackctl: %s\n", error->message);
  client_logout (ctx, client);
  /* Translators: the vCenter server ("vc01.example.com:443"), the user */
  g_print (_("Logged in to vCenter %s as %s.\n"), fb_vcenter_client_get_server (client), saved_user);
  return FB_CLI_EXIT_OK;
}

static int
vcenter_hosts (FbCliContext    *ctx,
               FbVcenterClient *client)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  FbCliTable *t;

  fb_vcenter_client_list_hosts_async (client, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  hosts = fb_vcenter_client_list_hosts_finish (client, res, &error);
  if (hosts == NULL)
    return vcenter_fail (ctx, client, error);
  t = fb_cli_table_new (ctx, "name", _("Host"), "id", _("Id"), "connectionState", _("Connection"),
                        "powerState", _("Power"), "memoryTotalGiB", _("Memory"),
                        "memoryUsedGiB", _("Used"), "memoryFreeGiB", _("Free"),
                        "datastores", _("Datastores"), NULL);
  for (guint i = 0; i < hosts->len; i++)
    {
      FbVcenterHost *h = g_ptr_array_index (hosts, i);
      g_autofree char *total = size_text (ctx, fb_vcenter_host_get_memory_total (h), TRUE);
      g_autofree char *used = size_text (ctx, fb_vcenter_host_get_memory_used (h), TRUE);
      g_autofree char *free_ = size_text (ctx, fb_vcenter_host_get_memory_free (h), TRUE);
      g_autofree char *ds = g_strjoinv (",", (char **) fb_vcenter_host_get_datastore_ids (h));

      fb_cli_table_add_row (t, fb_vcenter_host_get_name (h), fb_vcenter_host_get_id (h),
                            fb_cli_vcenter_state_label (ctx, fb_vcenter_host_get_connection_state (h)),
                            fb_vcenter_host_get_power_state (h) ? fb_cli_vcenter_state_label (ctx, fb_vcenter_host_get_power_state (h)) : "-",
                            total, used, free_, ds, NULL);
    }
  fb_cli_table_print_and_free (t);
  return FB_CLI_EXIT_OK;
}

static int
vcenter_datastores (FbCliContext    *ctx,
                    FbVcenterClient *client)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  FbCliTable *t;

  fb_vcenter_client_list_datastores_async (client, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  list = fb_vcenter_client_list_datastores_finish (client, res, &error);
  if (list == NULL)
    return vcenter_fail (ctx, client, error);
  t = fb_cli_table_new (ctx, "name", _("Datastore"), "id", _("Id"), "type", _("Type"),
                        "capacityGiB", _("Capacity"), "freeGiB", _("Free"),
                        "hosts", _("Mounted on"), NULL);
  for (guint i = 0; i < list->len; i++)
    {
      FbVcenterDatastore *d = g_ptr_array_index (list, i);
      g_autofree char *cap = size_text (ctx, fb_vcenter_datastore_get_capacity (d), FALSE);
      g_autofree char *free_ = size_text (ctx, fb_vcenter_datastore_get_free_space (d), FALSE);
      g_autofree char *hosts = g_strjoinv (",", (char **) fb_vcenter_datastore_get_host_ids (d));

      fb_cli_table_add_row (t, fb_vcenter_datastore_get_name (d), fb_vcenter_datastore_get_id (d),
                            fb_vcenter_datastore_get_ds_type (d), cap, free_, hosts, NULL);
    }
  fb_cli_table_print_and_free (t);
  return FB_CLI_EXIT_OK;
}

static int
vcenter_vm_show (FbCliContext    *ctx,
                 FbVcenterClient *client,
                 const char      *name)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterVm) vm = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GPtrArray *disks;

  fb_vcenter_client_find_vm_async (client, name, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  vm = fb_vcenter_client_find_vm_finish (client, res, &error);
  if (vm == NULL)
    return vcenter_fail (ctx, client, error);
  g_clear_object (&res);
  fb_vcenter_client_list_snapshots_async (client, fb_vcenter_vm_get_id (vm), ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  snapshots = fb_vcenter_client_list_snapshots_finish (client, res, &error);
  if (snapshots == NULL)
    return vcenter_fail (ctx, client, error);

  disks = fb_vcenter_vm_get_disks (vm);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, fb_vcenter_vm_get_id (vm));
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, fb_vcenter_vm_get_name (vm));
  json_builder_set_member_name (b, "powerState");
  json_builder_add_string_value (b, fb_vcenter_vm_get_power_state (vm));
  json_builder_set_member_name (b, "guestOS");
  json_builder_add_string_value (b, fb_vcenter_vm_get_guest_os (vm));
  json_builder_set_member_name (b, "hardwareVersion");
  json_builder_add_string_value (b, fb_vcenter_vm_get_hardware_version (vm));
  json_builder_set_member_name (b, "cpuCount");
  json_builder_add_int_value (b, fb_vcenter_vm_get_cpu_count (vm));
  json_builder_set_member_name (b, "memoryMiB");
  json_builder_add_int_value (b, fb_vcenter_vm_get_memory_mib (vm));
  json_builder_set_member_name (b, "instanceUuid");
  json_builder_add_string_value (b, fb_vcenter_vm_get_instance_uuid (vm));
  json_builder_set_member_name (b, "host");
  json_builder_add_string_value (b, fb_vcenter_vm_get_host_name (vm));
  json_builder_set_member_name (b, "hostId");
  json_builder_add_string_value (b, fb_vcenter_vm_get_host_id (vm));
  json_builder_set_member_name (b, "disks");
  json_builder_begin_array (b);
  for (guint i = 0; i < disks->len; i++)
    {
      FbVcenterDisk *d = g_ptr_array_index (disks, i);
      g_autofree char *file = g_strdup_printf ("[%s] %s", d->datastore ? d->datastore : "", d->path ? d->path : "");

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, d->label);
      json_builder_set_member_name (b, "vmdkFile");
      json_builder_add_string_value (b, file);
      json_builder_set_member_name (b, "capacity");
      json_builder_add_int_value (b, d->capacity);
      json_builder_set_member_name (b, "rdm");
      json_builder_add_boolean_value (b, d->rdm);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "snapshots");
  json_builder_begin_array (b);
  for (guint i = 0; i < snapshots->len; i++)
    json_builder_add_string_value (b, ((FbVcenterSnapshot *) g_ptr_array_index (snapshots, i))->name);
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  if (ctx->output == FB_CLI_OUTPUT_JSON)
    fb_cli_print_json (ctx, root);
  else
    {
      FbCliTable *t = fb_cli_table_new (ctx, "property", _("Property"), "value", _("Value"), NULL);
      JsonObject *o = json_node_get_object (root);
      g_autoptr(GList) members = json_object_get_members (o);

      for (GList *l = members; l; l = l->next)
        {
          JsonNode *n = json_object_get_member (o, l->data);
          g_autofree char *text = NULL;

          if (g_str_equal (l->data, "memoryMiB") && fb_cli_for_people (ctx))
            text = size_text (ctx, (gint64) fb_vcenter_vm_get_memory_mib (vm) * 1024 * 1024, TRUE);
          else if (g_str_equal (l->data, "powerState"))
            text = g_strdup (fb_cli_vcenter_state_label (ctx, fb_vcenter_vm_get_power_state (vm)));
          else if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
            text = g_strdup (json_node_get_string (n));
          else if (!JSON_NODE_HOLDS_NULL (n))
            text = json_to_string (n, FALSE);
          fb_cli_table_add_row (t, fb_cli_property_label (ctx, l->data), text, NULL);
        }
      fb_cli_table_print_and_free (t);
    }
  return FB_CLI_EXIT_OK;
}

/* ---- pinned certificates ---------------------------------------------------- */

static JsonNode *
pin_to_json (const FbVcenterPin *pin)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "host");
  json_builder_add_string_value (b, pin->host);
  json_builder_set_member_name (b, "port");
  json_builder_add_int_value (b, pin->port);
  json_builder_set_member_name (b, "fingerprint");
  json_builder_add_string_value (b, pin->fingerprint);
  json_builder_set_member_name (b, "accepted");
  if (pin->accepted != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (pin->accepted);
      json_builder_add_string_value (b, iso);
    }
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static int
vcenter_pins (FbCliContext *ctx)
{
  g_autoptr(FbVcenterPins) store = fb_vcenter_pins_new (NULL);
  g_autoptr(GPtrArray) pins = fb_vcenter_pins_list (store);

  if (ctx->output == FB_CLI_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_sized_new (pins->len);

      for (guint i = 0; i < pins->len; i++)
        json_array_add_element (array, pin_to_json (g_ptr_array_index (pins, i)));
      json_node_take_array (root, array);
      fb_cli_print_json (ctx, root);
    }
  else if (pins->len == 0 && ctx->output == FB_CLI_OUTPUT_TABLE)
    g_print ("%s\n", _("No vCenter certificate is pinned."));
  else
    {
      FbCliTable *t = fb_cli_table_new (ctx, "vcenter", _("vCenter"),
                                        "fingerprint", _("SHA-256 Fingerprint"),
                                        "accepted", _("Trusted Since"), NULL);

      for (guint i = 0; i < pins->len; i++)
        {
          FbVcenterPin *pin = g_ptr_array_index (pins, i);
          g_autofree char *host_port = fb_vcenter_pin_dup_host_port (pin);
          g_autofree char *accepted = NULL;

          if (ctx->output == FB_CLI_OUTPUT_TSV)
            accepted = pin->accepted ? g_date_time_format_iso8601 (pin->accepted) : g_strdup ("");
          else
            accepted = fb_format_date_time (pin->accepted);
          fb_cli_table_add_row (t, host_port, pin->fingerprint, accepted, NULL);
        }
      fb_cli_table_print_and_free (t);
    }
  return FB_CLI_EXIT_OK;
}

/* The pin key ("host:port") of a server given like "vcenter login --server"
 * takes it: host, host:port or https://host[:port]; NULL when it is none. */
static char *
host_port_for (const char *server)
{
  g_autofree char *uri_text = base_uri_for (server);
  g_autoptr(GUri) uri = g_uri_parse (uri_text, G_URI_FLAGS_NONE, NULL);
  int port;

  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;
  port = g_uri_get_port (uri);
  if (port < 0)
    port = g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 ? 80 : 443;
  return g_strdup_printf ("%s:%d", g_uri_get_host (uri), port);
}

static int
vcenter_forget (FbCliContext *ctx,
                const char   *server)
{
  g_autoptr(FbVcenterPins) store = fb_vcenter_pins_new (NULL);
  g_autoptr(GPtrArray) pins = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host_port = host_port_for (server);
  FbVcenterPin *found = NULL;

  if (host_port == NULL)
    return fb_cli_usage_error (ctx, "vcenter", _("Not a vCenter address: “%s”"), server);
  pins = fb_vcenter_pins_list (store);
  for (guint i = 0; i < pins->len && found == NULL; i++)
    {
      g_autofree char *key = fb_vcenter_pin_dup_host_port (g_ptr_array_index (pins, i));

      if (g_str_equal (key, host_port))
        found = g_ptr_array_index (pins, i);
    }
  if (found == NULL)
    {
      g_printerr ("failbackctl: ");
      /* Translators: %s is a vCenter's host:port */
      g_printerr (_("No certificate is pinned for %s"), host_port);
      g_printerr ("\n");
      return FB_CLI_EXIT_NOT_FOUND;
    }
  if (!fb_vcenter_pins_remove (store, host_port, &error))
    {
      g_printerr ("failbackctl: %s\n", error->message);
      return FB_CLI_EXIT_FAILED;
    }
  if (ctx->output == FB_CLI_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) node = pin_to_json (found);
      fb_cli_print_json (ctx, node);
    }
  else
    {
      /* Translators: %s is a vCenter's host:port */
      g_print (_("The certificate of %s was forgotten. The next connection asks to trust a certificate again.\n"),
               host_port);
    }
  return FB_CLI_EXIT_OK;
}

static int
vcenter_run (FbCliContext *ctx,
             int           argc,
             char        **argv)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  g_autofree char *trust = NULL;
  const GOptionEntry entries[] = {
    { "server", 0, 0, G_OPTION_ARG_STRING, &server, N_("vCenter address (host, host:port or https://…)"), N_("SERVER") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("vCenter user (user@vsphere.local)"), N_("USER") },
    { "trust", 0, 0, G_OPTION_ARG_STRING, &trust,
      N_("Trust the self-signed certificate with exactly this SHA-256 fingerprint"), N_("SHA256") },
    { NULL }
  };
  g_autoptr(FbVcenterClient) client = NULL;
  int code;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("login|hosts|datastores|vm show VM|pins|forget HOST[:PORT]"),
                     _("Talk to vCenter: log in, hosts, datastores, a VM, pinned certificates")))
    return FB_CLI_EXIT_USAGE;
  if (argc < 2)
    return fb_cli_usage_error (ctx, "vcenter", "%s", _("Use “vcenter login”, “vcenter hosts”, “vcenter datastores”, “vcenter vm show VM”, “vcenter pins” or “vcenter forget HOST[:PORT]”"));
  if (g_str_equal (argv[1], "login"))
    return vcenter_login (ctx, server, user, trust);
  if (g_str_equal (argv[1], "pins") && argc == 2)
    return vcenter_pins (ctx);
  if (g_str_equal (argv[1], "forget"))
    {
      if (argc != 3)
        return fb_cli_usage_error (ctx, "vcenter", "%s", _("“vcenter forget” needs the vCenter: HOST or HOST:PORT"));
      return vcenter_forget (ctx, argv[2]);
    }
  if (!g_str_equal (argv[1], "hosts") && !g_str_equal (argv[1], "datastores") &&
      !(g_str_equal (argv[1], "vm") && argc == 4 && g_str_equal (argv[2], "show")))
    return fb_cli_usage_error (ctx, "vcenter", _("Unknown vcenter command “%s”"), argv[1]);

  client = make_client (ctx, server, user, TRUE, &code);
  if (client == NULL)
    return code;
  if (!client_login (ctx, client, &code))
    return code;
  if (g_str_equal (argv[1], "hosts"))
    code = vcenter_hosts (ctx, client);
  else if (g_str_equal (argv[1], "datastores"))
    code = vcenter_datastores (ctx, client);
  else
    code = vcenter_vm_show (ctx, client, argv[3]);
  client_logout (ctx, client);
  return code;
}

/* ---- preflight -------------------------------------------------------------- */

static gpointer
get_model (FbCliContext *ctx,
           const char   *id,
           int          *code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  gpointer model;

  fb_site_recovery_get_async (ctx->site_recovery, id, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  model = fb_site_recovery_get_finish (ctx->site_recovery, res, &error);
  if (model == NULL)
    *code = fb_cli_fail (ctx, error);
  return model;
}

static gpointer
find_model (FbCliContext *ctx,
            const char   *vault_id,
            const char   *name,
            gboolean      plan,
            int          *code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  gpointer model;

  if (name[0] == '/')
    return get_model (ctx, name, code);
  if (plan)
    fb_site_recovery_find_plan_async (ctx->site_recovery, vault_id, name, ctx->cancellable, fb_cli_async_done, ctx);
  else
    fb_site_recovery_find_item_async (ctx->site_recovery, vault_id, name, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  model = fb_site_recovery_find_finish (ctx->site_recovery, res, &error);
  if (model == NULL)
    *code = fb_cli_fail (ctx, error);
  return model;
}

static GListModel *
recovery_points (FbCliContext    *ctx,
                 FbProtectedItem *item)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *store;

  fb_site_recovery_list_async (ctx->site_recovery, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS,
                               fb_protected_item_get_id (item), NULL, NULL, ctx->cancellable,
                               fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  store = fb_site_recovery_list_finish (ctx->site_recovery, res, &error);
  if (store == NULL)
    g_debug ("recovery points of %s: %s", fb_protected_item_get_name (item), error->message);
  return store ? G_LIST_MODEL (store) : NULL;   /* unknown -> the check says so */
}

/* ".../replicationFabrics/{fabric}" of an item id */
static char *
fabric_id_of (const char *item_id)
{
  const char *p = item_id ? strstr (item_id, "/replicationProtectionContainers/") : NULL;

  return p ? g_strndup (item_id, (gsize) (p - item_id)) : NULL;
}

static gboolean
stage_from_nick (const char       *nick,
                 FbPreflightStage *stage)
{
  if (g_strcmp0 (nick, "reprotect") == 0 || g_strcmp0 (nick, "reprotect-to-on-premises") == 0)
    *stage = FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES;
  else if (g_strcmp0 (nick, "failback") == 0)
    *stage = FB_PREFLIGHT_STAGE_FAILBACK;
  else if (g_strcmp0 (nick, "reprotect-to-azure") == 0)
    *stage = FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE;
  else
    return FALSE;
  return TRUE;
}

static FbPreflightStage
stage_for_item (FbProtectedItem *item)
{
  switch (fb_protected_item_get_next_step (item))
    {
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES: return FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES;
    case FB_NEXT_STEP_REPROTECT_TO_AZURE: return FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE;
    case FB_NEXT_STEP_FAILBACK:
    default: return FB_PREFLIGHT_STAGE_FAILBACK;
    }
}

/* "11 passed, 1 warning, 0 unknown, 1 failed." */
static void
print_counts (FbPreflightResult *result)
{
  guint pass = fb_preflight_result_count (result, FB_PREFLIGHT_STATUS_PASS);
  guint warn = fb_preflight_result_count (result, FB_PREFLIGHT_STATUS_WARN);
  guint unknown = fb_preflight_result_count (result, FB_PREFLIGHT_STATUS_UNKNOWN);
  guint fail = fb_preflight_result_count (result, FB_PREFLIGHT_STATUS_FAIL);
  /* Translators: part of "11 passed, 1 warning, 0 unknown, 1 failed." under the pre-flight
   * checks: checks that passed */
  g_autofree char *passed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u passed", "%u passed", pass), pass);
  /* Translators: part of "11 passed, 1 warning, 0 unknown, 1 failed.": checks that warn */
  g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warn), warn);
  /* Translators: part of "11 passed, 1 warning, 0 unknown, 1 failed.": checks whose outcome is unknown */
  g_autofree char *unknowns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unknown", "%u unknown", unknown),
                                               unknown);
  /* Translators: part of "11 passed, 1 warning, 0 unknown, 1 failed.": checks that failed */
  g_autofree char *failed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u failed", "%u failed", fail), fail);

  /* Translators: the summary under the pre-flight checks: the four parts above */
  g_print (_("%s, %s, %s, %s.\n"), passed, warnings, unknowns, failed);
}

static int
print_result (FbCliContext      *ctx,
              FbPreflightResult *result)
{
  GListModel *checks = fb_preflight_result_get_checks (result);

  if (ctx->output == FB_CLI_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) json = fb_preflight_result_to_json (result);
      fb_cli_print_json (ctx, json);
    }
  else
    {
      FbCliTable *t = fb_cli_table_new (ctx, "status", _("Status"), "id", _("Check"), "subject", _("For"),
                                        "message", _("Result"), "remedy", _("Remedy"), NULL);

      for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
        {
          g_autoptr(FbPreflightCheck) c = g_list_model_get_item (checks, i);
          const FbPreflightAction *action = fb_preflight_check_get_action (c);
          g_autofree char *remedy = NULL;

          if (action && action->kind == FB_PREFLIGHT_ACTION_VMOTION)
            /* Translators: the check's remedy, then what Failback offers to do: the VM, the ESXi host */
            remedy = g_strdup_printf (_("%s [Failback can do this: vMotion %s to %s]"),
                                      fb_preflight_check_get_remedy (c), action->vm_name, action->host_name);
          else
            remedy = g_strdup (fb_preflight_check_get_remedy (c) ? fb_preflight_check_get_remedy (c) : "");
          /* tsv: the status and check id as -o json has them; a table: their words */
          fb_cli_table_add_row (t,
                                fb_cli_for_people (ctx)
                                  ? fb_preflight_status_to_string (fb_preflight_check_get_status (c))
                                  : fb_preflight_status_to_nick (fb_preflight_check_get_status (c)),
                                fb_cli_for_people (ctx) ? fb_preflight_check_get_title (c) : fb_preflight_check_get_id (c),
                                fb_preflight_check_get_subject (c) ? fb_preflight_check_get_subject (c) : "",
                                fb_preflight_check_get_message (c), remedy, NULL);
        }
      fb_cli_table_print_and_free (t);
      if (ctx->output == FB_CLI_OUTPUT_TABLE)
        print_counts (result);
    }
  return fb_preflight_result_count (result, FB_PREFLIGHT_STATUS_FAIL) > 0 ? FB_CLI_EXIT_FAILED : FB_CLI_EXIT_OK;
}

static int
preflight_run (FbCliContext *ctx,
               int           argc,
               char        **argv)
{
  g_autofree char *vault = NULL, *rg = NULL, *plan_name = NULL, *stage_nick = NULL;
  g_autofree char *mt = NULL, *ps = NULL, *datastore = NULL;
  const GOptionEntry entries[] = {
    { "vault", 0, 0, G_OPTION_ARG_STRING, &vault, N_("The vault (name or id)"), N_("VAULT") },
    { "resource-group", 'g', 0, G_OPTION_ARG_STRING, &rg, N_("The vault's resource group"), N_("RG") },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &plan_name, N_("Check every item of this recovery plan"), N_("PLAN") },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage_nick,
      N_("reprotect, failback or reprotect-to-azure (default: the item's next step)"), N_("STAGE") },
    { "master-target", 0, 0, G_OPTION_ARG_STRING, &mt, N_("The master target for the reprotect (id or name)"), N_("MT") },
    { "process-server", 0, 0, G_OPTION_ARG_STRING, &ps, N_("The process server (id)"), N_("PS") },
    { "datastore", 0, 0, G_OPTION_ARG_STRING, &datastore, N_("The datastore chosen for the reprotect"), N_("DATASTORE") },
    { NULL }
  };
  g_autofree char *vault_id = NULL;
  g_autofree char *fabric_id = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(FbFabric) fabric = NULL;
  g_autoptr(FbVcenterClient) client = NULL;
  g_autoptr(FbPreflight) preflight = NULL;
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbPreflightStage stage = FB_PREFLIGHT_STAGE_FAILBACK;
  int code;

  /* Translators: the arguments in the usage line of a failbackctl command. Keep the
   * sub-commands (list, show, ...) in English; translate the placeholders in capitals. */
  if (!fb_cli_parse (ctx, &argc, &argv, entries, N_("[ITEM]"),
                     _("Check the on-premises prerequisites of reprotect and failback")))
    return FB_CLI_EXIT_USAGE;
  if (vault == NULL)
    return fb_cli_usage_error (ctx, "preflight", "%s", _("--vault is required"));
  if ((plan_name == NULL) == (argc != 2))
    return fb_cli_usage_error (ctx, "preflight", "%s", _("Give one ITEM or --plan PLAN"));
  if (stage_nick != NULL && !stage_from_nick (stage_nick, &stage))
    return fb_cli_usage_error (ctx, "preflight", _("Unknown stage “%s”"), stage_nick);

  if ((code = fb_cli_azure_connect (ctx)) != FB_CLI_EXIT_OK)
    return code;
  if ((vault_id = fb_cli_resolve_vault (ctx, vault, rg, &code)) == NULL)
    return code;

  if (plan_name != NULL)
    {
      g_autoptr(FbRecoveryPlan) plan = find_model (ctx, vault_id, plan_name, TRUE, &code);
      GListModel *groups;

      if (plan == NULL)
        return code;
      groups = fb_recovery_plan_get_groups (plan);
      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, i);
          const char * const *ids = fb_recovery_plan_group_get_item_ids (group);

          for (guint j = 0; ids && ids[j]; j++)
            {
              FbProtectedItem *item = get_model (ctx, ids[j], &code);
              if (item == NULL)
                return code;
              g_ptr_array_add (items, item);
            }
        }
      if (items->len == 0)
        {
          g_printerr ("failbackctl: %s\n", _("The recovery plan has no items."));
          return FB_CLI_EXIT_FAILED;
        }
    }
  else
    {
      FbProtectedItem *item = find_model (ctx, vault_id, argv[1], FALSE, &code);
      if (item == NULL)
        return code;
      g_ptr_array_add (items, item);
    }
  if (stage_nick == NULL)
    stage = stage_for_item (g_ptr_array_index (items, 0));

  fabric_id = fabric_id_of (fb_protected_item_get_id (g_ptr_array_index (items, 0)));
  if (fabric_id && (fabric = get_model (ctx, fabric_id, &code)) == NULL)
    return code;

  client = make_client (ctx, NULL, NULL, FALSE, &code);
  preflight = fb_preflight_new (stage, fabric, client);
  if (mt != NULL && fabric != NULL)
    {
      GListModel *list = fb_fabric_get_master_target_servers (fabric);
      const char *id = mt;

      for (guint i = 0; list && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(FbMasterTarget) m = g_list_model_get_item (list, i);
          if (g_strcmp0 (fb_master_target_get_name (m), mt) == 0)
            id = fb_master_target_get_id (m);   /* owned by the fabric */
        }
      fb_preflight_set_master_target_id (preflight, id);
    }
  if (fabric_id != NULL)
    {
      g_autoptr(GAsyncResult) vres = NULL;
      g_autoptr(GError) verror = NULL;
      g_autoptr(GPtrArray) vcenters = NULL;

      /* the configuration server's own view of its vCenters */
      fb_site_recovery_list_vcenters_async (ctx->site_recovery, vault_id, ctx->cancellable, fb_cli_async_done, ctx);
      vres = fb_cli_wait (ctx);
      vcenters = fb_site_recovery_list_json_finish (ctx->site_recovery, vres, &verror);
      for (guint i = 0; vcenters && i < vcenters->len; i++)
        {
          JsonNode *node = g_ptr_array_index (vcenters, i);
          JsonNode *id_node = JSON_NODE_HOLDS_OBJECT (node)
                                ? json_object_get_member (json_node_get_object (node), "id") : NULL;
          const char *id = (id_node && JSON_NODE_HOLDS_VALUE (id_node) &&
                            json_node_get_value_type (id_node) == G_TYPE_STRING)
                             ? json_node_get_string (id_node) : NULL;

          if (id && g_ascii_strncasecmp (id, fabric_id, strlen (fabric_id)) == 0 &&
              !fb_preflight_add_asr_vcenter (preflight, node, &verror))
            {
              g_debug ("ignoring a vCenter: %s", verror->message);
              g_clear_error (&verror);
            }
        }
      if (verror)
        g_debug ("vCenters of the vault: %s", verror->message);
    }
  fb_preflight_set_process_server_id (preflight, ps);
  fb_preflight_set_datastore_name (preflight, datastore);
  for (guint i = 0; i < items->len; i++)
    {
      FbProtectedItem *item = g_ptr_array_index (items, i);
      g_autoptr(GListModel) points = stage == FB_PREFLIGHT_STAGE_FAILBACK ? recovery_points (ctx, item) : NULL;

      fb_preflight_add_item (preflight, item, points);
    }

  fb_preflight_run_async (preflight, ctx->cancellable, fb_cli_async_done, ctx);
  res = fb_cli_wait (ctx);
  result = fb_preflight_run_finish (preflight, res, &error);
  if (client)
    client_logout (ctx, client);
  if (result == NULL)
    return fb_cli_fail (ctx, error);
  return print_result (ctx, result);
}

const FbCliCommand fb_cli_vcenter_commands[] = {
  { "vcenter", N_("Talk to vCenter: log in, hosts, datastores, a VM, pinned certificates"), vcenter_run },
  { "preflight", N_("Check the prerequisites of reprotect and failback"), preflight_run },
  { NULL }
};
