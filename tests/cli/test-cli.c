/* test-cli.c - failbackctl as a subprocess against the failback-sim executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

typedef struct {
  GSubprocess *proc;
  char *uri;
} Sim;

static char *tmp_root;
static char *ctl_path;
static char *sim_path;
static char *localedir;      /* <build>/po, the compiled translations */
static gboolean german;      /* run failbackctl in German (LANGUAGE=de, de_DE.UTF-8) */
static Sim main_sim;

#define TENANT "11111111-1111-1111-1111-111111111111"
#define CLIENT "22222222-2222-2222-2222-222222222222"
#define SECRET "demo-secret"

static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
sim_start (Sim *sim, const char *speed, const char *faults)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  gsize len = 0;
  char *line;

  g_ptr_array_add (argv, sim_path);
  g_ptr_array_add (argv, (char *) "--scenario");
  g_ptr_array_add (argv, (char *) "demo");
  g_ptr_array_add (argv, (char *) "--speed");
  g_ptr_array_add (argv, (char *) speed);
  if (faults != NULL)
    {
      g_ptr_array_add (argv, (char *) "--faults");
      g_ptr_array_add (argv, (char *) faults);
    }
  g_ptr_array_add (argv, NULL);
  {
    g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                   G_SUBPROCESS_FLAGS_STDERR_SILENCE);
    /* the simulator goes when the test goes, also when an assertion aborts it */
    g_subprocess_launcher_set_child_setup (l, die_with_parent, NULL, NULL);
    sim->proc = g_subprocess_launcher_spawnv (l, (const char * const *) argv->pdata, &error);
  }
  g_assert_no_error (error);
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (sim->proc));
  line = g_data_input_stream_read_line (in, &len, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "http://127.0.0.1:"));
  sim->uri = line;
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

static GSubprocessLauncher *
launcher (gboolean with_secret)
{
  GSubprocessLauncher *l = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *config = g_build_filename (tmp_root, "config", NULL);
  g_autofree char *state = g_build_filename (tmp_root, "state", NULL);

  g_subprocess_launcher_setenv (l, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (l, "XDG_STATE_HOME", state, TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_KEYRING", "none", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_TIME_SCALE", "0.002", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_POLL_INTERVAL_MS", "50", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_LOST_RESPONSE_GRACE_MS", "200", TRUE);
  g_subprocess_launcher_setenv (l, "FAILBACK_VCENTER_PASSWORD", "demo-password", TRUE);
  if (german)
    {
      /* as tests/i18n/check-help.py runs it */
      g_subprocess_launcher_setenv (l, "LANGUAGE", "de", TRUE);
      g_subprocess_launcher_setenv (l, "LC_ALL", "de_DE.UTF-8", TRUE);
      g_subprocess_launcher_setenv (l, "FAILBACK_LOCALEDIR", localedir, TRUE);
    }
  else
    {
      g_subprocess_launcher_setenv (l, "LANGUAGE", "C", TRUE);
      g_subprocess_launcher_unsetenv (l, "FAILBACK_LOCALEDIR");
    }
  g_subprocess_launcher_unsetenv (l, "G_DEBUG");
  if (with_secret)
    g_subprocess_launcher_setenv (l, "FAILBACK_CLIENT_SECRET", SECRET, TRUE);
  else
    g_subprocess_launcher_unsetenv (l, "FAILBACK_CLIENT_SECRET");
  return l;
}

/* Runs failbackctl against @sim with the sign-in options, then @args. */
static int
run_ctl (Sim *sim, gboolean with_secret, char **out, char **err, ...)
{
  g_autoptr(GSubprocessLauncher) l = launcher (with_secret);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *o = NULL, *e = NULL;
  const char *a;
  va_list ap;

  g_ptr_array_add (argv, ctl_path);
  if (sim != NULL)
    {
      g_ptr_array_add (argv, (char *) "--login-endpoint");
      g_ptr_array_add (argv, sim->uri);
      g_ptr_array_add (argv, (char *) "--arm-endpoint");
      g_ptr_array_add (argv, sim->uri);
      g_ptr_array_add (argv, (char *) "--tenant");
      g_ptr_array_add (argv, (char *) TENANT);
      g_ptr_array_add (argv, (char *) "--client-id");
      g_ptr_array_add (argv, (char *) CLIENT);
    }
  va_start (ap, err);
  while ((a = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  p = g_subprocess_launcher_spawnv (l, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (p, NULL, NULL, &o, &e, &error);
  g_assert_no_error (error);
  g_test_message ("stderr: %s", e);
  if (out != NULL)
    *out = g_steal_pointer (&o);
  if (err != NULL)
    *err = g_steal_pointer (&e);
  return g_subprocess_get_if_exited (p) ? g_subprocess_get_exit_status (p) : -1;
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "failover"));
  g_assert_nonnull (strstr (out, "reprotect"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "no-such-command", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "list", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--vault"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "-o", "yaml", "vaults", "list", NULL), ==, 2);
}

static void
test_auth (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GSubprocessLauncher) l = NULL;
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *o = NULL, *e = NULL;

  /* no secret, nothing stored: not signed in */
  g_assert_cmpint (run_ctl (&main_sim, FALSE, &out, &err, "vaults", "list", NULL), ==, 3);
  g_assert_nonnull (strstr (err, "login"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a wrong secret */
  l = launcher (FALSE);
  g_subprocess_launcher_setenv (l, "FAILBACK_CLIENT_SECRET", "wrong", TRUE);
  p = g_subprocess_launcher_spawn (l, &error, ctl_path, "--login-endpoint", main_sim.uri, "--arm-endpoint", main_sim.uri,
                                   "--tenant", TENANT, "--client-id", CLIENT, "vaults", "list", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (p, NULL, NULL, &o, &e, &error);
  g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 3);
  g_assert_nonnull (strstr (e, "secret"));
  g_assert_null (strstr (e, "wrong"));
}

static void
test_device_code_login (void)
{
  g_autofree char *out = NULL, *err = NULL;

  /* the simulator approves a code by itself after a few (simulated) seconds */
  g_assert_cmpint (run_ctl (&main_sim, FALSE, &out, &err, "login", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "enter the code"));
  g_assert_nonnull (strstr (out, "Signed in"));
  /* without a keyring nothing is remembered: the next command is not signed in */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, FALSE, &out, &err, "vaults", "list", NULL), ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, FALSE, &out, &err, "logout", NULL), ==, 0);
}

static void
test_vaults_json (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *arr;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "vaults", "list", "-o", "json", NULL), ==, 0);
  root = parse (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  arr = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (arr), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (arr, 0), "name"), ==, "vault-nbg");
  g_assert_true (json_object_has_member (json_array_get_object_element (arr, 0), "id"));
}

static void
test_items_json (void)
{
  static const char * const keys[] = { "id", "name", "friendlyName", "vault", "providerType", "protectionState",
                                       "replicationHealth", "activeLocation", "currentScenario", "allowedOperations",
                                       "phase", "nextStep", "osType", "rpoSeconds", "healthErrors", NULL };
  static const char * const phases[] = { "protected-to-azure", "failed-over-to-azure", "running-in-azure",
                                         "protected-to-on-premises", "failed-back", "running-on-premises",
                                         "in-transition", "enabling-protection", "unknown", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *arr;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg", "-o", "json", NULL), ==, 0);
  root = parse (out);
  arr = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (arr), >, 30);
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonObject *o = json_array_get_object_element (arr, i);
      for (guint k = 0; keys[k] != NULL; k++)
        g_assert_true (json_object_has_member (o, keys[k]));
      g_assert_true (g_strv_contains (phases, json_object_get_string_member (o, "phase")));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, "allowedOperations")));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, "healthErrors")));
      g_assert_cmpstr (json_object_get_string_member (o, "vault"), ==, "vault-nbg");
    }
}

static void
test_items_filter_tsv (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg",
                            "--phase", "running-in-azure", "-o", "tsv", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;
      if (*lines[i] == '\0')
        continue;
      cols = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpstr (cols[2], ==, "running-in-azure");
      g_assert_cmpstr (cols[3], ==, "reprotect-to-on-premises");
      n++;
    }
  g_assert_cmpuint (n, >, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg",
                            "--phase", "sideways", NULL), ==, 2);
}

static void
test_not_found (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "show", "--vault", "vault-nbg", "no-such-vm", NULL), ==, 4);
  g_assert_nonnull (strstr (err, "no-such-vm"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "items", "list", "--vault", "no-such-vault", NULL), ==, 4);
}

static void
test_failover_and_jobs_json (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) job = NULL;
  g_autoptr(JsonNode) shown = NULL;
  JsonObject *o;
  JsonArray *tasks;
  const char *name;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "failover", "--vault", "vault-nbg", "app-01",
                            "--direction", "to-azure", "--recovery-point", "latest", "--wait", "-o", "json", NULL), ==, 0);
  job = parse (out);
  o = json_node_get_object (job);
  g_assert_cmpstr (json_object_get_string_member (o, "state"), ==, "Succeeded");
  g_assert_cmpstr (json_object_get_string_member (o, "scenarioName"), ==, "UnplannedFailover");
  /* progress went to stderr, plain lines without a terminal */
  g_assert_nonnull (strstr (err, ": Succeeded\n"));
  name = json_object_get_string_member (o, "name");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "jobs", "show", "--vault", "vault-nbg", name, "-o", "json", NULL), ==, 0);
  shown = parse (out);
  o = json_node_get_object (shown);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, name);
  g_assert_true (json_object_has_member (o, "scenarioName"));
  g_assert_true (json_object_has_member (o, "startTime"));
  g_assert_true (json_object_has_member (o, "endTime"));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, "errors")));
  tasks = json_object_get_array_member (o, "tasks");
  g_assert_cmpuint (json_array_get_length (tasks), >, 0);
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);
      g_assert_true (json_object_has_member (t, "name"));
      g_assert_true (json_object_has_member (t, "state"));
      g_assert_true (json_object_has_member (t, "startTime"));
      g_assert_true (json_object_has_member (t, "endTime"));
    }

  /* commit without waiting: -o json prints the job it started */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "commit", "--vault", "vault-nbg", "app-01", "-o", "json", NULL), ==, 0);
  {
    g_autoptr(JsonNode) c = parse (out);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (c), "scenarioName"), ==, "CommitFailover");
  }
}

static void
test_reprotect_picks (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "reprotect", "--vault", "vault-nbg", "erp-app-01",
                            "--to", "on-premises", "--wait", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "Master target: mt-win-nbg-01"));
  g_assert_nonnull (strstr (err, "Retention drive:"));
  g_assert_nonnull (strstr (out, "is now called"));
  /* the wrong direction */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "reprotect", "--vault", "vault-nbg", "erp-app-01",
                            "--to", "on-premises", NULL), ==, 1);
}

static void
test_operation_failed (void)
{
  g_autofree char *out = NULL, *err = NULL;

  /* 8038: the ESXi host lacks memory; the message says what to do */
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "failover", "--vault", "vault-nbg", "sql-prod-01",
                            "--direction", "to-on-premises", "--recovery-point", "latest-app-consistent", "--wait", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "8038"));
  g_assert_nonnull (strstr (err, "What to do:"));
  /* a step the item does not allow now */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "commit", "--vault", "vault-nbg", "web-02", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "the next step is Failover."));
}

/* rp-mail stops at a manual action: --wait says so and how to resume;
 * resume, then watch it to the end. */
static void
test_plan_manual_action (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *job = NULL;
  const char *p;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "plans", "failover", "--vault", "vault-nbg", "rp-mail",
                            "--direction", "to-on-premises", "--recovery-point", "latest-app-consistent", "--wait",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (err, "manual action"));
  p = strstr (err, "failbackctl jobs resume --vault vault-nbg ");
  g_assert_nonnull (p);
  job = g_strndup (p + strlen ("failbackctl jobs resume --vault vault-nbg "), 36);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "jobs", "resume", "--vault", "vault-nbg", job,
                            "--comments", "mail flow verified", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "jobs", "watch", "--vault", "vault-nbg", job, "-o", "json",
                            NULL), ==, 0);
  {
    g_autoptr(JsonNode) node = parse (out);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "state"), ==, "Succeeded");
  }
}

static void
test_more_commands (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *arr;

  /* account show */
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "account", "show", "-o", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, TENANT));
  g_assert_nonnull (strstr (out, "service-principal"));
  g_assert_null (strstr (out, SECRET));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* recovery points */
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "recovery-points", "list", "--vault", "vault-nbg", "web-02",
                            "-o", "json", NULL), ==, 0);
  node = parse (out);
  arr = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  g_assert_true (json_object_has_member (json_array_get_object_element (arr, 0), "time"));
  g_assert_true (json_object_has_member (json_array_get_object_element (arr, 0), "type"));
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* plans */
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "plans", "list", "--vault", "vault-nbg", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "rp-billing"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "plans", "show", "--vault", "vault-nbg", "rp-billing", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Group 1"));
  g_assert_nonnull (strstr (out, "rp-billing"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "plans", "show", "--vault", "vault-nbg", "rp-none", NULL), ==, 4);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* jobs list */
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "jobs", "list", "--vault", "vault-nbg", "-o", "json", NULL), ==, 0);
  node = parse (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "jobs", "list", "--vault", "vault-nbg",
                            "--filter", "Nonsense eq 'x'", NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* an unknown cloud */
  g_assert_cmpint (run_ctl (NULL, TRUE, &out, &err, "--cloud", "MoonCloud", "vaults", "list", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "AzureChinaCloud"));
}

static void
test_unavailable (void)
{
  Sim busy = { 0 };
  g_autofree char *out = NULL, *err = NULL;

  sim_start (&busy, "500", "503@every:1@/providers/Microsoft.RecoveryServices/vaults");
  g_assert_cmpint (run_ctl (&busy, TRUE, &out, &err, "vaults", "list", NULL), ==, 5);
  g_assert_nonnull (strstr (err, "try again"));
  sim_stop (&busy);
}

static void
test_debug_has_no_secrets (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_ctl (&main_sim, TRUE, &out, &err, "--debug", "items", "show", "--vault", "vault-nbg", "web-02", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "> GET "));
  g_assert_nonnull (strstr (err, "Authorization: [redacted]"));
  g_assert_nonnull (strstr (err, "client_secret=[redacted]"));
  g_assert_null (strstr (err, SECRET));
  g_assert_null (strstr (err, "Bearer ey"));
  {
    const char *p = strstr (err, "\"access_token\"");
    g_assert_nonnull (p);
    g_assert_true (g_str_has_prefix (p, "\"access_token\":\"[redacted]\"") ||
                   g_str_has_prefix (p, "\"access_token\" : \"[redacted]\""));
  }
}

/* With a keyring: login --service-principal remembers the secret, the next
 * command signs in from the keyring, logout forgets it. */
static void
test_keyring_login (void)
{
  g_autoptr(GSubprocessLauncher) l = launcher (TRUE);
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *o = NULL, *e = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *account = NULL;
  g_autofree char *account_path = g_build_filename (tmp_root, "config", "failback", "account.json", NULL);

  g_subprocess_launcher_unsetenv (l, "FAILBACK_KEYRING");
  p = g_subprocess_launcher_spawn (l, &error, ctl_path, "--login-endpoint", main_sim.uri, "--arm-endpoint", main_sim.uri,
                                   "--tenant", TENANT, "--client-id", CLIENT, "login", "--service-principal", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (p, NULL, NULL, &o, &e, &error);
  g_test_message ("login: %s", e);
  g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 0);
  g_assert_null (strstr (e, "No keyring"));
  /* the account file names the account, and holds no secret */
  g_assert_true (g_file_get_contents (account_path, &account, NULL, NULL));
  g_assert_nonnull (strstr (account, TENANT));
  g_assert_null (strstr (account, SECRET));

  /* the next command: no secret in the environment, no sign-in options */
  {
    g_autoptr(GSubprocessLauncher) l2 = launcher (FALSE);
    g_autoptr(GSubprocess) p2 = NULL;
    g_autofree char *o2 = NULL, *e2 = NULL;

    g_subprocess_launcher_unsetenv (l2, "FAILBACK_KEYRING");
    p2 = g_subprocess_launcher_spawn (l2, &error, ctl_path, "vaults", "list", "-o", "json", NULL);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (p2, NULL, NULL, &o2, &e2, &error);
    g_test_message ("vaults: %s", e2);
    g_assert_cmpint (g_subprocess_get_exit_status (p2), ==, 0);
    g_assert_nonnull (strstr (o2, "vault-nbg"));
  }
  {
    g_autoptr(GSubprocessLauncher) l3 = launcher (FALSE);
    g_autoptr(GSubprocess) p3 = NULL;
    g_autofree char *o3 = NULL, *e3 = NULL;

    g_subprocess_launcher_unsetenv (l3, "FAILBACK_KEYRING");
    p3 = g_subprocess_launcher_spawn (l3, &error, ctl_path, "logout", NULL);
    g_subprocess_communicate_utf8 (p3, NULL, NULL, &o3, &e3, &error);
    g_assert_cmpint (g_subprocess_get_exit_status (p3), ==, 0);
  }
  g_assert_false (g_file_test (account_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "vaults", "list", NULL), ==, 3);
}

static void
test_interrupt_wait (void)
{
  Sim slow = { 0 };
  g_autoptr(GSubprocessLauncher) l = launcher (TRUE);
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *o = NULL, *e = NULL;

  sim_start (&slow, "2", NULL);
  p = g_subprocess_launcher_spawn (l, &error, ctl_path, "--login-endpoint", slow.uri, "--arm-endpoint", slow.uri,
                                   "--tenant", TENANT, "--client-id", CLIENT, "failover", "--vault", "vault-nbg",
                                   "web-02", "--direction", "to-azure", "--recovery-point", "latest", "--wait", NULL);
  g_assert_no_error (error);
  g_usleep (2 * G_USEC_PER_SEC);
  g_subprocess_send_signal (p, SIGINT);
  g_subprocess_communicate_utf8 (p, NULL, NULL, &o, &e, &error);
  g_test_message ("stderr: %s", e);
  g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 130);
  g_assert_nonnull (strstr (e, "failbackctl jobs watch --vault vault-nbg"));
  sim_stop (&slow);
}

/* ---- German: tables in words, json and tsv raw -------------------------------------- */

/* The German translation is built and the de_DE.UTF-8 locale exists (./dev generates it). */
static gboolean
german_ready (void)
{
  g_autofree char *mo = g_build_filename (localedir, "de", "LC_MESSAGES", "failback.mo", NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean have_locale = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    g_test_skip ("no de/LC_MESSAGES/failback.mo in the build's po/");
  else if (!have_locale)
    g_test_skip ("the de_DE.UTF-8 locale is not generated");
  return g_file_test (mo, G_FILE_TEST_EXISTS) && have_locale;
}

/* Whether the built German translation has @msgid. Strings new in this change are
 * English until the lead merges their German (/work/briefs/s2/de-cli.po) into
 * po/de.po; the assertions on their German run from then on. */
static gboolean
merged (const char *msgid)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  gboolean translated;

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "de_DE.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  translated = strcmp (dgettext (GETTEXT_PACKAGE, msgid), msgid) != 0;
  setlocale (LC_ALL, saved);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (!translated)
    g_test_message ("not in de.po yet (merge de-cli.po): %s", msgid);
  return translated;
}

/* A simulator of its own (the German tests fail over), failbackctl in German. */
typedef struct {
  Sim sim;
} German;

static void
german_setup (German *g, gconstpointer data)
{
  if (!german_ready ())
    return;
  sim_start (&g->sim, "500", NULL);
  german = TRUE;
}

static void
german_teardown (German *g, gconstpointer data)
{
  german = FALSE;
  sim_stop (&g->sim);
}

/* Forgets the output of the last command. */
static void
forget (char **out, char **err)
{
  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
}

#define GERMAN_DATE "[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}, [0-9]{2}:[0-9]{2} (UTC|[A-Z]{3,4})"
#define ISO_DATE "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"

/* -o table (the default) speaks German: phases, next steps, health, job states,
 * operations, plan groups and recovery point types in the app's words, dates as
 * "27.11.2026, 14:05 UTC". */
static void
test_table_de (German *g, gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL;

  if (g->sim.proc == NULL)
    return;   /* skipped */

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg", NULL), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Nächster Schritt"));           /* header */
  g_assert_nonnull (strstr (out, "Zu Azure geschützt"));         /* phase */
  g_assert_nonnull (strstr (out, "Wird in Azure ausgeführt"));
  g_assert_nonnull (strstr (out, "Erneut schützen (zu lokal)")); /* next step */
  g_assert_nonnull (strstr (out, "Fehlerfrei"));                 /* health Normal */
  g_assert_nonnull (strstr (out, "Keine Replikation"));          /* health None */
  g_assert_nonnull (strstr (out, "VMware zu Azure (klassisch)")); /* provider InMageAzureV2 */
  g_assert_nonnull (strstr (out, "Azure zu VMware (klassisch)")); /* provider InMage */
  g_assert_null (strstr (out, "InMageAzureV2"));
  g_assert_null (strstr (out, "running-in-azure"));
  g_assert_null (strstr (out, "reprotect-to-on-premises"));
  g_assert_null (strstr (out, " Normal "));
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "jobs", "list", "--vault", "vault-nbg", NULL), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Erfolgreich"));                /* job state Succeeded */
  g_assert_nonnull (strstr (out, "Ungeplantes Failover"));       /* operation UnplannedFailover */
  g_assert_true (g_regex_match_simple (GERMAN_DATE, out, 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9]{4}-[0-9]{2}-[0-9]{2}T", out, 0, 0));
  g_assert_null (strstr (out, "Succeeded"));
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "recovery-points", "list", "--vault", "vault-nbg", "web-02", NULL), ==, 0);
  g_assert_true (strstr (out, "Absturzkonsistent") != NULL || strstr (out, "Anwendungskonsistent") != NULL);
  g_assert_true (g_regex_match_simple (GERMAN_DATE, out, 0, 0));
  forget (&out, &err);

  /* items show: the rows named and the values in words; tsv keeps the keys and raw values */
  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "items", "show", "--vault", "vault-nbg", "billing-01", NULL), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Anbieter "));
  g_assert_nonnull (strstr (out, "Azure zu VMware (klassisch)"));
  g_assert_nonnull (strstr (out, "Replikationsintegrität "));
  g_assert_null (strstr (out, "friendlyName"));
  g_assert_null (strstr (out, "providerType"));
  forget (&out, &err);
  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "items", "show", "--vault", "vault-nbg", "billing-01", "-o", "tsv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "providerType\tInMage\n"));
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "plans", "show", "--vault", "vault-nbg", "rp-billing", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Gruppe 1"));
  g_assert_null (strstr (out, "Boot"));
  forget (&out, &err);

  /* a step the item does not allow: its phase, the allowed operations and the next step in words */
  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "commit", "--vault", "vault-nbg", "web-02", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Zu Azure geschützt"));
  g_assert_nonnull (strstr (err, "Ungeplantes Failover"));
  g_assert_null (strstr (err, "UnplannedFailover"));
  forget (&out, &err);

  /* a job to its end: operation and state in words, task states too */
  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "failover", "--vault", "vault-nbg", "web-01", "--direction",
                            "to-azure", "--recovery-point", "latest", "--wait", NULL), ==, 0);
  g_test_message ("%s%s", out, err);
  g_assert_nonnull (strstr (out, "Ungeplantes Failover: Erfolgreich"));
  g_assert_nonnull (strstr (err, ": Erfolgreich\n"));      /* the progress lines */
  g_assert_null (strstr (err, ": Succeeded"));
}

/* -o json and -o tsv are for scripts: Azure's raw values and ISO 8601 dates, also
 * when the user's language is German. */
static void
test_scripts_raw_de (German *g, gconstpointer data)
{
  static const char * const healths[] = { "Normal", "Warning", "Critical", "None", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *arr;
  gboolean seen_none = FALSE;

  if (g->sim.proc == NULL)
    return;   /* skipped */

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg", "-o", "json", NULL), ==, 0);
  root = parse (out);
  arr = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonObject *o = json_array_get_object_element (arr, i);
      const char *health = json_object_get_string_member (o, "replicationHealth");

      g_assert_true (g_strv_contains (healths, health));
      if (g_str_equal (json_object_get_string_member (o, "friendlyName"), "erp-db-01"))
        {
          g_assert_cmpstr (json_object_get_string_member (o, "phase"), ==, "running-in-azure");
          g_assert_cmpstr (json_object_get_string_member (o, "nextStep"), ==, "reprotect-to-on-premises");
          g_assert_cmpstr (health, ==, "None");
          g_assert_cmpint (json_object_get_int_member (o, "rpoSeconds"), >=, 0);
          seen_none = TRUE;
        }
    }
  g_assert_true (seen_none);
  g_clear_pointer (&root, json_node_unref);
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "items", "list", "--vault", "vault-nbg", "-o", "tsv", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\tprotected-to-azure\tfailover\tNormal\tInMageAzureV2\t"));
  g_assert_null (strstr (out, "Zu Azure geschützt"));
  g_assert_null (strstr (out, "Fehlerfrei"));
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "jobs", "list", "--vault", "vault-nbg", "-o", "json", NULL), ==, 0);
  root = parse (out);
  arr = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (arr), >, 0);
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonObject *o = json_array_get_object_element (arr, i);

      g_assert_true (g_regex_match_simple (ISO_DATE, json_object_get_string_member (o, "startTime"), 0, 0));
      g_assert_null (strstr (json_object_get_string_member (o, "state"), "Erfolgreich"));
    }
  g_assert_nonnull (strstr (out, "\"state\" : \"Succeeded\""));
  g_clear_pointer (&root, json_node_unref);
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "jobs", "list", "--vault", "vault-nbg", "-o", "tsv", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_nonnull (lines[0]);
  {
    g_auto(GStrv) cols = g_strsplit (lines[0], "\t", -1);

    g_assert_cmpuint (g_strv_length (cols), ==, 5);
    g_assert_true (g_regex_match_simple (ISO_DATE, cols[4], 0, 0));
  }
  g_assert_nonnull (strstr (out, "\tSucceeded\t"));
  g_assert_null (strstr (out, "Erfolgreich"));
}

/* failbackctl preflight in German: 8038's memory in GiB with a decimal comma (no raw
 * "24576 MB"), and the summary. */
static void
test_preflight_de (German *g, gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL;

  if (g->sim.proc == NULL)
    return;   /* skipped */

  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "vcenter", "login", "--server", g->sim.uri,
                            "--user", "administrator@vsphere.local", NULL), ==, 0);
  forget (&out, &err);

  /* vcenter hosts: memory with units for people, plain GiB with a point for scripts */
  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "vcenter", "hosts", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "128,0\u00a0GiB"));
  g_assert_nonnull (strstr (out, "Verbunden"));      /* CONNECTED */
  g_assert_nonnull (strstr (out, "Eingeschaltet"));  /* POWERED_ON */
  g_assert_null (strstr (out, "POWERED_ON"));
  forget (&out, &err);
  g_assert_cmpint (run_ctl (NULL, FALSE, &out, &err, "-o", "tsv", "vcenter", "hosts", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\t128.0\t104.0\t24.0\t"));
  g_assert_nonnull (strstr (out, "\tCONNECTED\t"));
  forget (&out, &err);

  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "preflight", "--vault", "vault-nbg", "--stage", "failback",
                            "sql-prod-01", NULL), ==, 1);
  g_test_message ("%s", out);
  /* esx-nbg-03 has 24 GiB free, sql-prod-01 needs 64 GiB (fb_format_memory: "24,0 GiB") */
  g_assert_nonnull (strstr (out, "24,0\u00a0GiB"));
  g_assert_nonnull (strstr (out, "64,0\u00a0GiB"));
  g_assert_null (strstr (out, " MB"));
  g_assert_nonnull (strstr (out, "Fehler 8038"));        /* the check's title, in de.po already */
  g_assert_nonnull (strstr (out, "1 fehlgeschlagen."));  /* "%u failed", in de.po already */

  if (merged ("%s will not start (error 8038): its ESXi host %s has %s free, but it needs %s."))
    g_assert_nonnull (strstr (out, "hat 24,0\u00a0GiB frei"));
  if (merged ("%u passed"))
    g_assert_nonnull (strstr (out, "bestanden, "));
  forget (&out, &err);

  /* tsv: status and check id as -o json has them */
  g_assert_cmpint (run_ctl (&g->sim, TRUE, &out, &err, "-o", "tsv", "preflight", "--vault", "vault-nbg", "--stage",
                            "failback", "sql-prod-01", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (out, "pass\tconfiguration-server\t"));
  g_assert_nonnull (strstr (out, "\nfail\thost-memory\tsql-prod-01\t"));
  g_assert_null (strstr (out, "Bestanden"));
}

int
main (int argc, char **argv)
{
  const char *build = g_getenv ("FB_BUILD_DIR");
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_root = g_dir_make_tmp ("fb-cli-test-XXXXXX", NULL);
  ctl_path = g_build_filename (build, "src", "cli", "failbackctl", NULL);
  sim_path = g_build_filename (build, "src", "sim", "failback-sim", NULL);
  localedir = g_build_filename (build, "po", NULL);
  sim_start (&main_sim, "500", NULL);

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/auth", test_auth);
  g_test_add_func ("/cli/device-code-login", test_device_code_login);
  g_test_add_func ("/cli/vaults-json", test_vaults_json);
  g_test_add_func ("/cli/items-json", test_items_json);
  g_test_add_func ("/cli/items-filter-tsv", test_items_filter_tsv);
  g_test_add_func ("/cli/not-found", test_not_found);
  g_test_add_func ("/cli/failover-and-jobs-json", test_failover_and_jobs_json);
  g_test_add_func ("/cli/reprotect-picks", test_reprotect_picks);
  g_test_add_func ("/cli/operation-failed", test_operation_failed);
  g_test_add_func ("/cli/plan-manual-action", test_plan_manual_action);
  g_test_add_func ("/cli/more-commands", test_more_commands);
  g_test_add_func ("/cli/unavailable", test_unavailable);
  g_test_add_func ("/cli/debug-has-no-secrets", test_debug_has_no_secrets);
  g_test_add_func ("/cli/interrupt-wait", test_interrupt_wait);
  g_test_add ("/cli/table-de", German, NULL, german_setup, test_table_de, german_teardown);
  g_test_add ("/cli/scripts-raw-de", German, NULL, german_setup, test_scripts_raw_de, german_teardown);
  g_test_add ("/cli/preflight-de", German, NULL, german_setup, test_preflight_de, german_teardown);
  if (g_getenv ("FB_TEST_KEYRING") != NULL)
    g_test_add_func ("/cli/keyring-login", test_keyring_login);
  ret = g_test_run ();
  sim_stop (&main_sim);
  return ret;
}
