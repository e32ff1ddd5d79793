/* test-cli-vcenter.c - failbackctl --debug keeps secrets out of its output;
 * failbackctl vcenter pins / forget
 *
 * failbackctl runs as a subprocess against the failback-sim executable.  For the
 * --debug checks it talks to the simulator through a small recording proxy in
 * this process: the proxy notes every secret the simulator hands out (vCenter
 * session ids from headers and bodies, Entra ID access, refresh and id tokens,
 * device codes), and the test then asserts that none of them appears in
 * failbackctl's stdout or stderr, while the request lines do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#define TENANT "11111111-1111-1111-1111-111111111111"
#define CLIENT "22222222-2222-2222-2222-222222222222"
#define SECRET "demo-secret"
#define VC_USER "administrator@vsphere.local"
#define VC_PASSWORD "demo-password"

static char *ctl_path;
static char *sim_path;

/* ---- the simulator ----------------------------------------------------------- */

typedef struct {
  GSubprocess *proc;
  char        *uri;    /* "http://127.0.0.1:PORT/" */
} Sim;

static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* @args: NULL-terminated extra arguments (TLS) */
static void
sim_start (Sim *sim, const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                 G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  gsize len = 0;

  g_ptr_array_add (argv, sim_path);
  g_ptr_array_add (argv, (char *) "--scenario");
  g_ptr_array_add (argv, (char *) "demo");
  g_ptr_array_add (argv, (char *) "--speed");
  g_ptr_array_add (argv, (char *) "500");
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  /* the simulator goes when the test goes, also when an assertion aborts it */
  g_subprocess_launcher_set_child_setup (l, die_with_parent, NULL, NULL);
  sim->proc = g_subprocess_launcher_spawnv (l, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sim->proc));
  sim->uri = g_data_input_stream_read_line (in, &len, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sim->uri);
  g_assert_true (g_str_has_prefix (sim->uri, "http://127.0.0.1:") || g_str_has_prefix (sim->uri, "https://127.0.0.1:"));
}

static void
sim_stop (Sim *sim)
{
  if (sim->proc == NULL)
    return;
  g_subprocess_send_signal (sim->proc, SIGTERM);
  g_subprocess_wait (sim->proc, NULL, NULL);
  g_clear_object (&sim->proc);
  g_clear_pointer (&sim->uri, g_free);
}

/* ---- the recording proxy ------------------------------------------------------ */

typedef struct {
  SoupServer *server;
  SoupSession *session;
  char       *upstream;   /* the simulator, no trailing slash */
  char       *uri;        /* the proxy, no trailing slash */
  GHashTable *secrets;    /* every secret the simulator handed out */
  guint       n_session_ids;
  guint       n_access_tokens;
  guint       n_refresh_tokens;
  guint       n_device_codes;
} Proxy;

typedef struct {
  Proxy             *proxy;
  SoupServerMessage *msg;
  SoupMessage       *upstream;
  char              *path;
} Exchange;

static void
note_secret (Proxy *proxy, const char *value, guint *counter)
{
  if (value == NULL || strlen (value) < 8)
    return;   /* nothing meaningful to look for */
  if (g_hash_table_add (proxy->secrets, g_strdup (value)) && counter != NULL)
    (*counter)++;
}

static void
note_json_secrets (Proxy *proxy, JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        note_json_secrets (proxy, json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (obj);
      const char *type = NULL;
      JsonNode *type_node = json_object_get_member (obj, "_typeName");

      if (type_node && JSON_NODE_HOLDS_VALUE (type_node) && json_node_get_value_type (type_node) == G_TYPE_STRING)
        type = json_node_get_string (type_node);
      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *member = json_object_get_member (obj, name);
          const char *value = NULL;

          if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING)
            value = json_node_get_string (member);
          if (value == NULL)
            note_json_secrets (proxy, member);
          else if (g_str_equal (name, "access_token"))
            note_secret (proxy, value, &proxy->n_access_tokens);
          else if (g_str_equal (name, "refresh_token"))
            note_secret (proxy, value, &proxy->n_refresh_tokens);
          else if (g_str_equal (name, "device_code"))
            note_secret (proxy, value, &proxy->n_device_codes);
          else if (g_str_equal (name, "id_token"))
            note_secret (proxy, value, NULL);
          else if (g_str_equal (name, "key") && g_strcmp0 (type, "UserSession") == 0)
            note_secret (proxy, value, &proxy->n_session_ids);
        }
    }
}

static void
note_response_secrets (Proxy *proxy, const char *method, const char *path, SoupMessage *msg, GBytes *body)
{
  const char *session_id = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                         "vmware-api-session-id");
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size = 0;
  const char *data = g_bytes_get_data (body, &size);

  note_secret (proxy, session_id, &proxy->n_session_ids);
  if (size == 0 || !json_parser_load_from_data (parser, data, (gssize) size, NULL) ||
      json_parser_get_root (parser) == NULL)
    return;
  if (g_str_equal (method, "POST") && g_str_equal (path, "/api/session") &&
      JSON_NODE_HOLDS_VALUE (json_parser_get_root (parser)) &&
      json_node_get_value_type (json_parser_get_root (parser)) == G_TYPE_STRING)
    note_secret (proxy, json_node_get_string (json_parser_get_root (parser)), &proxy->n_session_ids);
  else
    note_json_secrets (proxy, json_parser_get_root (parser));
}

static gboolean
hop_by_hop (const char *name)
{
  static const char * const names[] = { "Host", "Content-Length", "Connection", "Transfer-Encoding",
                                        "Accept-Encoding", "Content-Encoding", "Keep-Alive" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
copy_headers (SoupMessageHeaders *from, SoupMessageHeaders *to)
{
  SoupMessageHeadersIter iter;
  const char *name, *value;

  soup_message_headers_iter_init (&iter, from);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    if (!hop_by_hop (name))
      soup_message_headers_append (to, name, value);
}

static void
on_upstream_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Exchange *ex = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  if (body == NULL)
    soup_server_message_set_status (ex->msg, SOUP_STATUS_BAD_GATEWAY, NULL);
  else
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (body, &size);

      note_response_secrets (ex->proxy, soup_server_message_get_method (ex->msg), ex->path, ex->upstream, body);
      soup_server_message_set_status (ex->msg, soup_message_get_status (ex->upstream), NULL);
      copy_headers (soup_message_get_response_headers (ex->upstream),
                    soup_server_message_get_response_headers (ex->msg));
      if (size > 0)
        soup_server_message_set_response (ex->msg,
                                          soup_message_headers_get_content_type (soup_message_get_response_headers (ex->upstream), NULL),
                                          SOUP_MEMORY_COPY, data, size);
    }
  soup_server_message_unpause (ex->msg);
  g_object_unref (ex->msg);
  g_object_unref (ex->upstream);
  g_free (ex->path);
  g_free (ex);
}

static void
proxy_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  Proxy *proxy = user_data;
  const char *raw_query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autofree char *url = g_strconcat (proxy->upstream, path, raw_query ? "?" : "", raw_query ? raw_query : "", NULL);
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  Exchange *ex = g_new0 (Exchange, 1);

  ex->proxy = proxy;
  ex->msg = g_object_ref (msg);
  ex->path = g_strdup (path);
  ex->upstream = soup_message_new (soup_server_message_get_method (msg), url);
  g_assert_nonnull (ex->upstream);
  copy_headers (soup_server_message_get_request_headers (msg), soup_message_get_request_headers (ex->upstream));
  if (g_bytes_get_size (body) > 0)
    soup_message_set_request_body_from_bytes (ex->upstream,
                                              soup_message_headers_get_content_type (soup_server_message_get_request_headers (msg), NULL),
                                              body);
  soup_server_message_pause (msg);
  soup_session_send_and_read_async (proxy->session, ex->upstream, G_PRIORITY_DEFAULT, NULL, on_upstream_done, ex);
}

static Proxy *
proxy_new (const char *upstream)
{
  Proxy *proxy = g_new0 (Proxy, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  proxy->upstream = g_strdup (upstream);
  while (g_str_has_suffix (proxy->upstream, "/"))
    proxy->upstream[strlen (proxy->upstream) - 1] = '\0';
  proxy->secrets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  proxy->session = soup_session_new ();
  proxy->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (proxy->server, NULL, proxy_cb, proxy, NULL);
  g_assert_true (soup_server_listen_local (proxy->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (proxy->server);
  g_assert_nonnull (uris);
  proxy->uri = g_uri_to_string (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  while (g_str_has_suffix (proxy->uri, "/"))
    proxy->uri[strlen (proxy->uri) - 1] = '\0';
  return proxy;
}

static void
proxy_free (Proxy *proxy)
{
  soup_server_disconnect (proxy->server);
  g_clear_object (&proxy->server);
  g_clear_object (&proxy->session);
  g_hash_table_unref (proxy->secrets);
  g_free (proxy->upstream);
  g_free (proxy->uri);
  g_free (proxy);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Proxy, proxy_free)

/* ---- running failbackctl ------------------------------------------------------- */

static GSubprocessLauncher *
launcher (const char *home)
{
  GSubprocessLauncher *l = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *state = g_build_filename (home, "state", NULL);

  g_subprocess_launcher_setenv (l, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (l, "XDG_STATE_HOME", state, TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_KEYRING", "none", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_TIME_SCALE", "0.002", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_POLL_INTERVAL_MS", "50", TRUE);
  g_subprocess_launcher_setenv (l, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (l, "TZ", "UTC", TRUE);
  g_subprocess_launcher_unsetenv (l, "G_DEBUG");
  g_subprocess_launcher_unsetenv (l, "FAILBACK_CLIENT_SECRET");
  g_subprocess_launcher_unsetenv (l, "FAILBACK_VCENTER_PASSWORD");
  return l;
}

static void
on_communicated (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Runs failbackctl with @argv (after the program) and @env ("NAME=value",
 * NULL-terminated, may be NULL) while this thread's main context (the proxy)
 * keeps running.  Appends stdout and stderr to @all when given. */
static int
run_ctl (const char         *home,
         const char * const *env,
         GString            *all,
         char              **out,
         char              **err,
         const char * const *args)
{
  g_autoptr(GSubprocessLauncher) l = launcher (home);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *o = NULL, *e = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (env[i], "=", 2);
      g_subprocess_launcher_setenv (l, kv[0], kv[1], TRUE);
    }
  g_ptr_array_add (argv, ctl_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  p = g_subprocess_launcher_spawnv (l, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (p, NULL, NULL, on_communicated, &result);
  while (result == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (g_subprocess_communicate_utf8_finish (p, result, &o, &e, &error));
  g_assert_no_error (error);
  g_subprocess_wait (p, NULL, NULL);
  g_test_message ("failbackctl %s\nstdout: %s\nstderr: %s", args[0], o, e);
  if (all != NULL)
    {
      g_string_append (all, o);
      g_string_append (all, e);
    }
  if (out != NULL)
    *out = g_steal_pointer (&o);
  if (err != NULL)
    *err = g_steal_pointer (&e);
  return g_subprocess_get_if_exited (p) ? g_subprocess_get_exit_status (p) : -1;
}

static char *
make_home (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("fb-cli-vcenter-XXXXXX", &error);

  g_assert_no_error (error);
  return home;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));
      g_autofree char *child_path = g_file_get_path (child);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child_path);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

/* No recorded secret occurs in @text. */
static void
assert_no_secret (Proxy *proxy, const char *text)
{
  GHashTableIter iter;
  const char *secret;

  g_hash_table_iter_init (&iter, proxy->secrets);
  while (g_hash_table_iter_next (&iter, (gpointer *) &secret, NULL))
    if (strstr (text, secret) != NULL)
      g_error ("a secret the simulator issued appears in the output: %.12s…", secret);
}

/* Every "Basic " and "Bearer " in @text is followed by [redacted] (or is a
 * challenge: 'Basic realm="VAPI endpoint"'). */
static void
assert_schemes_redacted (const char *text)
{
  static const char * const schemes[] = { "Basic ", "basic ", "Bearer ", "bearer " };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    for (const char *p = strstr (text, schemes[i]); p != NULL; p = strstr (p + 1, schemes[i]))
      g_assert_true (g_str_has_prefix (p + strlen (schemes[i]), "[redacted]") ||
                     g_str_has_prefix (p + strlen (schemes[i]), "realm="));
}

/* ---- tests ----------------------------------------------------------------------- */

/* failbackctl --debug vcenter login/hosts/vm show: the traffic is there, the
 * password, the Basic credential and every session id are not. */
static void
test_vcenter_debug (void)
{
  g_autofree char *home = make_home ();
  Sim sim = { 0 };
  g_autoptr(Proxy) proxy = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_autofree char *basic = NULL;
  g_autofree char *wrong_basic = NULL;
  g_autofree char *line = NULL;
  const char * const good[] = { "FAILBACK_VCENTER_PASSWORD=" VC_PASSWORD, NULL };
  const char * const bad[] = { "FAILBACK_VCENTER_PASSWORD=wrong-password-42", NULL };

  sim_start (&sim, NULL);
  proxy = proxy_new (sim.uri);
  basic = g_base64_encode ((const guchar *) VC_USER ":" VC_PASSWORD, strlen (VC_USER ":" VC_PASSWORD));
  wrong_basic = g_base64_encode ((const guchar *) VC_USER ":wrong-password-42", strlen (VC_USER ":wrong-password-42"));

  {
    const char * const args[] = { "--debug", "vcenter", "login", "--server", proxy->uri, "--user", VC_USER, NULL };
    g_assert_cmpint (run_ctl (home, good, all, NULL, NULL, args), ==, 0);
  }
  {
    const char * const args[] = { "--debug", "vcenter", "login", NULL };
    g_assert_cmpint (run_ctl (home, bad, all, NULL, NULL, args), ==, 3);
  }
  {
    const char * const args[] = { "--debug", "vcenter", "hosts", NULL };
    g_assert_cmpint (run_ctl (home, good, all, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "esx-nbg-03.contoso.local"));
    g_clear_pointer (&out, g_free);
  }
  {
    const char * const args[] = { "--debug", "-o", "json", "vcenter", "vm", "show", "sql-prod-01", NULL };
    g_assert_cmpint (run_ctl (home, good, all, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "\"rdm\" : true"));
  }

  /* the simulator did hand out sessions: REST and VI/JSON, one a command */
  g_assert_cmpuint (proxy->n_session_ids, >=, 4);

  /* the request lines are there */
  line = g_strdup_printf ("> POST %s/api/session\n", proxy->uri);
  g_assert_nonnull (strstr (all->str, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("> GET %s/api/vcenter/host\n", proxy->uri);
  g_assert_nonnull (strstr (all->str, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("> GET %s/api/vcenter/vm?", proxy->uri);
  g_assert_nonnull (strstr (all->str, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("> POST %s/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Login\n", proxy->uri);
  g_assert_nonnull (strstr (all->str, line));
  g_assert_nonnull (strstr (all->str, "< 201 Created"));
  g_assert_nonnull (strstr (all->str, "< 401 Unauthorized"));

  /* and redacted where they carry secrets */
  g_assert_nonnull (strstr (all->str, "> Authorization: [redacted]"));
  g_assert_nonnull (strstr (all->str, "> vmware-api-session-id: [redacted]"));
  g_assert_nonnull (strstr (all->str, "< vmware-api-session-id: [redacted]"));
  g_assert_nonnull (strstr (all->str, "< \"[redacted]\"\n"));
  g_assert_nonnull (strstr (all->str, "\"password\":\"[redacted]\""));
  g_assert_nonnull (strstr (all->str, "\"key\":\"[redacted]\""));

  g_assert_null (strstr (all->str, VC_PASSWORD));
  g_assert_null (strstr (all->str, "wrong-password-42"));
  g_assert_null (strstr (all->str, basic));
  g_assert_null (strstr (all->str, wrong_basic));
  assert_schemes_redacted (all->str);
  assert_no_secret (proxy, all->str);

  g_clear_pointer (&proxy, proxy_free);
  sim_stop (&sim);
  remove_tree (home);
}

/* failbackctl --debug against Entra ID and ARM: a client secret sign-in and a
 * device code sign-in show no client secret, access or refresh token, or
 * device code. */
static void
test_azure_debug (void)
{
  g_autofree char *home = make_home ();
  Sim sim = { 0 };
  g_autoptr(Proxy) proxy = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_autofree char *line = NULL;
  const char * const with_secret[] = { "FAILBACK_CLIENT_SECRET=" SECRET, NULL };

  sim_start (&sim, NULL);
  proxy = proxy_new (sim.uri);

  {
    const char * const args[] = { "--debug", "--login-endpoint", proxy->uri, "--arm-endpoint", proxy->uri,
                                  "--tenant", TENANT, "--client-id", CLIENT, "-o", "json", "vaults", "list", NULL };
    g_assert_cmpint (run_ctl (home, with_secret, all, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "vault-nbg"));
  }
  {
    /* the simulator approves the device code by itself */
    const char * const args[] = { "--debug", "--login-endpoint", proxy->uri, "--arm-endpoint", proxy->uri,
                                  "--tenant", TENANT, "--client-id", CLIENT, "login", NULL };
    g_assert_cmpint (run_ctl (home, NULL, all, NULL, NULL, args), ==, 0);
  }

  g_assert_cmpuint (proxy->n_access_tokens, >=, 2);
  g_assert_cmpuint (proxy->n_refresh_tokens, >=, 1);
  g_assert_cmpuint (proxy->n_device_codes, >=, 1);

  line = g_strdup_printf ("> POST %s/%s/oauth2/v2.0/token\n", proxy->uri, TENANT);
  g_assert_nonnull (strstr (all->str, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("> GET %s/subscriptions", proxy->uri);
  g_assert_nonnull (strstr (all->str, line));
  g_assert_nonnull (strstr (all->str, "client_secret=[redacted]"));
  g_assert_nonnull (strstr (all->str, "device_code=[redacted]"));

  g_assert_null (strstr (all->str, SECRET));
  assert_schemes_redacted (all->str);
  assert_no_secret (proxy, all->str);

  g_clear_pointer (&proxy, proxy_free);
  sim_stop (&sim);
  remove_tree (home);
}

static char *
fingerprint_of (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter", "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) cert = g_tls_certificate_new_from_file (path, &error);
  g_autoptr(GByteArray) der = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_assert_no_error (error);
  g_object_get (cert, "certificate", &der, NULL);
  g_checksum_update (checksum, der->data, der->len);
  g_checksum_get_digest (checksum, digest, &len);
  for (gsize i = 0; i < len; i++)
    g_string_append_printf (out, i ? ":%02X" : "%02X", digest[i]);
  return g_strdup (out->str);
}

/* vcenter pins lists what login --trust pinned, with the date; forget removes
 * it; pins written before dates were stored are listed without one. */
static void
test_vcenter_pins (void)
{
  g_autofree char *home = make_home ();
  g_autofree char *fx = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "tests", "vcenter", "fixtures", NULL);
  g_autofree char *cert = g_build_filename (fx, "cert-a.pem", NULL);
  g_autofree char *key = g_build_filename (fx, "cert-a.key", NULL);
  const char * const tls[] = { "--tls-cert", cert, "--tls-key", key, NULL };
  const char * const env[] = { "FAILBACK_VCENTER_PASSWORD=" VC_PASSWORD, NULL };
  g_autofree char *fingerprint = fingerprint_of ("cert-a.pem");
  g_autofree char *pin_file = g_build_filename (home, "config", "failback", "vcenter-pins.ini", NULL);
  g_autofree char *vc = NULL;
  g_autofree char *host_port = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) accepted = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  JsonObject *pin;
  Sim sim = { 0 };

  sim_start (&sim, tls);
  vc = g_strndup (sim.uri, strlen (sim.uri) - 1);   /* no trailing slash */
  host_port = g_strdup (vc + strlen ("https://"));

  {
    const char * const args[] = { "-o", "json", "vcenter", "pins", NULL };
    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
    g_assert_cmpstr (g_strstrip (out), ==, "[]");
    g_clear_pointer (&out, g_free);
  }
  {
    const char * const args[] = { "vcenter", "login", "--server", vc, "--user", VC_USER, NULL };
    g_assert_cmpint (run_ctl (home, env, NULL, NULL, &err, args), ==, 3);
    g_assert_nonnull (strstr (err, fingerprint));
    g_clear_pointer (&err, g_free);
  }
  before = g_date_time_new_now_utc ();
  {
    const char * const args[] = { "vcenter", "login", "--server", vc, "--user", VC_USER, "--trust", fingerprint, NULL };
    g_assert_cmpint (run_ctl (home, env, NULL, NULL, NULL, args), ==, 0);
  }
  after = g_date_time_new_now_utc ();

  /* a pin of an older Failback, without a date */
  {
    g_autofree char *text = NULL;
    g_autofree char *more = NULL;

    g_assert_true (g_file_get_contents (pin_file, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "accepted="));
    more = g_strconcat (text, "\n[old-vc.example.com:443]\nsha256=AA:BB:CC\n", NULL);
    g_assert_true (g_file_set_contents (pin_file, more, -1, NULL));
  }

  {
    const char * const args[] = { "-o", "json", "vcenter", "pins", NULL };
    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
  }
  root = json_from_string (out, NULL);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  pin = json_array_get_object_element (array, 0);   /* sorted: 127.0.0.1 first */
  g_assert_cmpstr (json_object_get_string_member (pin, "host"), ==, "127.0.0.1");
  g_assert_cmpint (json_object_get_int_member (pin, "port"), ==,
                   g_ascii_strtoll (strrchr (host_port, ':') + 1, NULL, 10));
  g_assert_cmpstr (json_object_get_string_member (pin, "fingerprint"), ==, fingerprint);
  accepted = g_date_time_new_from_iso8601 (json_object_get_string_member (pin, "accepted"), NULL);
  g_assert_nonnull (accepted);
  /* stored to the second */
  g_assert_cmpint (g_date_time_to_unix (accepted), >=, g_date_time_to_unix (before));
  g_assert_cmpint (g_date_time_to_unix (accepted), <=, g_date_time_to_unix (after));
  pin = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (pin, "host"), ==, "old-vc.example.com");
  g_assert_cmpint (json_object_get_int_member (pin, "port"), ==, 443);
  g_assert_true (json_object_get_null_member (pin, "accepted"));
  g_clear_pointer (&out, g_free);

  /* the table: host:port, fingerprint and the date in the local zone (TZ=UTC) */
  {
    const char * const args[] = { "vcenter", "pins", NULL };
    g_autofree char *date = g_date_time_format (accepted, "%Y, %H:%M UTC");

    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "Trusted Since"));
    g_assert_nonnull (strstr (out, host_port));
    g_assert_nonnull (strstr (out, fingerprint));
    g_assert_nonnull (strstr (out, date));
    g_assert_nonnull (strstr (out, "old-vc.example.com:443"));
    g_clear_pointer (&out, g_free);
  }

  /* forget: by host (port 443 implied) and by host:port */
  {
    const char * const args[] = { "vcenter", "forget", "old-vc.example.com", NULL };
    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "old-vc.example.com:443"));
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (run_ctl (home, NULL, NULL, NULL, &err, args), ==, 4);
    g_assert_nonnull (strstr (err, "No certificate is pinned for old-vc.example.com:443"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char * const args[] = { "-o", "json", "vcenter", "forget", host_port, NULL };
    g_autoptr(JsonNode) removed = NULL;

    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
    removed = json_from_string (out, NULL);
    g_assert_nonnull (removed);
    g_assert_true (JSON_NODE_HOLDS_OBJECT (removed));
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (removed), "fingerprint"), ==, fingerprint);
    g_clear_pointer (&out, g_free);
  }
  {
    const char * const args[] = { "vcenter", "pins", NULL };
    g_assert_cmpint (run_ctl (home, NULL, NULL, &out, NULL, args), ==, 0);
    g_assert_nonnull (strstr (out, "No vCenter certificate is pinned."));
    g_clear_pointer (&out, g_free);
  }
  {
    const char * const args[] = { "vcenter", "forget", NULL };
    g_assert_cmpint (run_ctl (home, NULL, NULL, NULL, NULL, args), ==, 2);
  }
  /* forgotten: the certificate is untrusted again (not "changed") */
  {
    const char * const args[] = { "vcenter", "hosts", NULL };
    g_assert_cmpint (run_ctl (home, env, NULL, NULL, &err, args), ==, 3);
    g_assert_nonnull (strstr (err, "--trust"));
    g_clear_pointer (&err, g_free);
  }

  sim_stop (&sim);
  remove_tree (home);
}

int
main (int argc, char **argv)
{
  const char *build = g_getenv ("FB_BUILD_DIR");

  g_test_init (&argc, &argv, NULL);
  ctl_path = g_build_filename (build, "src", "cli", "failbackctl", NULL);
  sim_path = g_build_filename (build, "src", "sim", "failback-sim", NULL);

  g_test_add_func ("/cli/vcenter/debug-has-no-secrets", test_vcenter_debug);
  g_test_add_func ("/cli/vcenter/pins", test_vcenter_pins);
  g_test_add_func ("/cli/azure/debug-has-no-secrets", test_azure_debug);
  return g_test_run ();
}
