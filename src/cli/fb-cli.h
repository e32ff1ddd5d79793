/* fb-cli.h - failbackctl: the context every command gets, and how commands register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HOW A COMMAND FILE REGISTERS ITSELF
 *
 *   A command file (e.g. src/cli/fb-cli-vcenter.c) defines a NULL-terminated
 *   table of top-level commands and exports it under a fixed name:
 *
 *     static int vcenter_run (FbCliContext *ctx, int argc, char **argv);
 *
 *     const FbCliCommand fb_cli_vcenter_commands[] = {
 *       { "vcenter",   N_("Talk to vCenter: connect, hosts, datastores"), vcenter_run },
 *       { "preflight", N_("Check the prerequisites of reprotect and failback"), preflight_run },
 *       { NULL }
 *     };
 *
 *   src/cli/meson.build compiles fb-cli-vcenter.c when it exists and defines
 *   FB_CLI_HAVE_VCENTER; fb-cli-main.c then adds fb_cli_vcenter_commands to
 *   the dispatcher. Nothing else to edit. The help text is translated with _()
 *   when printed, so mark it with N_().
 *
 *   run() gets argv[0] = the command name ("vcenter"), then the remaining
 *   arguments (global options were already removed). Sub-commands are the
 *   command's own business; fb_cli_parse() parses options with GOption and
 *   prints usage errors. run() returns an FbCliExit code.
 *
 * RUNNING ASYNC CORE CALLS
 *
 *   The core is async; the CLI runs a GMainLoop. Use:
 *
 *     fb_vcenter_client_connect_async (client, ..., ctx->cancellable,
 *                                      fb_cli_async_done, ctx);
 *     g_autoptr(GAsyncResult) res = fb_cli_wait (ctx);
 *     if (!fb_vcenter_client_connect_finish (client, res, &error))
 *       return fb_cli_fail (ctx, error);
 *
 *   fb_cli_wait() iterates the main context until fb_cli_async_done() stored a
 *   result. ctx->cancellable is cancelled by Ctrl-C (SIGINT).
 *
 * OUTPUT
 *
 *   Tables go through FbCliTable so that -o table|json|tsv all work:
 *     FbCliTable *t = fb_cli_table_new (ctx, "name", _("Name"), "host", _("Host"), NULL);
 *     fb_cli_table_add_row (t, "vc01", "vc01.example.com", NULL);
 *     fb_cli_table_print_and_free (t);
 *   (the first string of each column pair is the JSON key, the second the
 *   translated header). For richer JSON build a JsonNode and call
 *   fb_cli_print_json (ctx, node). Cells hold raw values for json and tsv, and
 *   words for a table: check fb_cli_for_people (ctx), see below.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  FB_CLI_EXIT_OK = 0,
  FB_CLI_EXIT_FAILED = 1,        /* the operation failed */
  FB_CLI_EXIT_USAGE = 2,         /* wrong command line */
  FB_CLI_EXIT_AUTH = 3,          /* authentication */
  FB_CLI_EXIT_NOT_FOUND = 4,     /* vault, item, job... not found */
  FB_CLI_EXIT_UNAVAILABLE = 5,   /* throttled or unavailable after retries */
} FbCliExit;

typedef enum {
  FB_CLI_OUTPUT_TABLE,
  FB_CLI_OUTPUT_JSON,
  FB_CLI_OUTPUT_TSV,
} FbCliOutput;

typedef struct _FbCliContext FbCliContext;

struct _FbCliContext
{
  /* Global options (read-only for commands). */
  char        *cloud_name;
  char        *login_endpoint;
  char        *arm_endpoint;
  char        *tenant;
  char        *client_id;
  char        *subscription;
  FbCliOutput  output;
  gboolean     debug;

  GCancellable *cancellable;     /* cancelled by Ctrl-C */
  GMainContext *main_context;

  /* Azure objects, created on first use by fb_cli_azure_connect()
   * (typed as gpointer here so that this header needs no core headers). */
  gpointer     cloud;            /* FbCloud * */
  gpointer     auth;             /* FbAzureAuth * */
  gpointer     arm;              /* FbArmClient * */
  gpointer     site_recovery;    /* FbSiteRecovery * */
  gpointer     job_monitor;      /* FbJobMonitor *, see fb_cli_job_monitor() */

  /* private */
  GAsyncResult *pending_result;
  gboolean      interrupted;
};

typedef struct {
  const char *name;
  const char *help;   /* N_() */
  int (*run) (FbCliContext *ctx, int argc, char **argv);
} FbCliCommand;

/* Async helpers. */
void          fb_cli_async_done   (GObject *source, GAsyncResult *result, gpointer ctx);
GAsyncResult *fb_cli_wait         (FbCliContext *ctx);
/* Sleep without blocking the main context (returns FALSE when interrupted). */
gboolean      fb_cli_sleep        (FbCliContext *ctx, guint milliseconds);

/* Option parsing: parses argv (argv[0] is the command) with entries; on a
 * usage error prints it with the usage line and returns FALSE (return
 * FB_CLI_EXIT_USAGE then). parameter_string like N_("ITEM"): GOption translates it
 * when it prints the usage line (sub-command names stay literal). */
gboolean      fb_cli_parse        (FbCliContext *ctx, int *argc, char ***argv,
                                   const GOptionEntry *entries, const char *parameter_string,
                                   const char *summary);
int           fb_cli_usage_error  (FbCliContext *ctx, const char *command, const char *format, ...) G_GNUC_PRINTF (3, 4);

/* Prints the error (and what to do) on stderr; returns the exit code for it. */
int           fb_cli_fail         (FbCliContext *ctx, const GError *error);
int           fb_cli_exit_code_for_error (const GError *error);

/* Output. */
typedef struct _FbCliTable FbCliTable;
FbCliTable   *fb_cli_table_new    (FbCliContext *ctx, const char *first_key, ...) G_GNUC_NULL_TERMINATED;
void          fb_cli_table_add_row (FbCliTable *table, const char *first_value, ...) G_GNUC_NULL_TERMINATED;
void          fb_cli_table_add_rowv (FbCliTable *table, const char * const *values);
void          fb_cli_table_print_and_free (FbCliTable *table);
void          fb_cli_print_json   (FbCliContext *ctx, JsonNode *node);
/* -o table is for people: values in their words and language (fb-labels.h), dates in
 * their time zone (fb_format_date_time), sizes with units. -o json and -o tsv are for
 * scripts and stay raw and stable: Azure's values, ISO 8601 dates, plain numbers. */
gboolean      fb_cli_for_people   (FbCliContext *ctx);
/* The name of a property row ("friendlyName") in words for people ("Machine"), else as is. */
const char   *fb_cli_property_label (FbCliContext *ctx,
                                     const char   *key);
/* A vCenter power or connection state ("POWERED_ON", "CONNECTED") in words for people. */
const char   *fb_cli_vcenter_state_label (FbCliContext *ctx,
                                          const char   *state);
/* A date for the output: "27.11.2026, 14:05 CET" for people, ISO 8601 for scripts; NULL for NULL. */
char         *fb_cli_format_time  (FbCliContext *ctx, GDateTime *dt);

/* Azure: sign in (keyring or FAILBACK_CLIENT_SECRET) and create ctx->arm and
 * ctx->site_recovery. Returns FB_CLI_EXIT_OK or an exit code after printing. */
int           fb_cli_azure_connect (FbCliContext *ctx);

G_END_DECLS
