/* fb-sim-main.c - failback-sim: the simulator as a program
 *
 * Prints its base URI as the first line on stdout and serves until SIGINT
 * or SIGTERM.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <glib-unix.h>

#include "fb-sim-server.h"

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

int
main (int argc, char **argv)
{
  gboolean version = FALSE;
  int port = 0;
  char *scenario = NULL;
  double speed = 1.0;
  gint64 seed = -1;
  int page_size = 0;
  int token_lifetime = 0;
  char *faults = NULL;
  char *request_log = NULL;
  char *tls_cert = NULL;
  char *tls_key = NULL;
  GOptionEntry entries[] = {
    { "port", 0, 0, G_OPTION_ARG_INT, &port, "Port on 127.0.0.1 (0: any free port)", "N" },
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario, "demo, large:N or a scenario JSON file", "SCENARIO" },
    { "speed", 0, 0, G_OPTION_ARG_DOUBLE, &speed, "Simulated time runs FACTOR times faster", "FACTOR" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the pseudo-random generator", "N" },
    { "page-size", 0, 0, G_OPTION_ARG_INT, &page_size, "Items per list page", "N" },
    { "token-lifetime", 0, 0, G_OPTION_ARG_INT, &token_lifetime, "Lifetime of access tokens", "SECONDS" },
    { "faults", 0, 0, G_OPTION_ARG_STRING, &faults, "Fault rules KIND@WHEN[@PATH],...", "SPEC" },
    { "request-log", 0, 0, G_OPTION_ARG_FILENAME, &request_log, "Append one JSON line per request", "FILE" },
    { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert, "Serve https with this PEM certificate", "FILE" },
    { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key, "The PEM private key of --tls-cert", "FILE" },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbSimServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  int rc = 0;
  const char *localedir;

  /* The service's texts follow each request's Accept-Language, not the
   * environment: LANGUAGE would override the German lookup (the simulator's
   * own messages on the terminal stay English). */
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
  /* FAILBACK_LOCALEDIR points at a build tree's po/ folder (<build>/po), as for the app. */
  localedir = g_getenv ("FAILBACK_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "A local Entra ID, Azure Site Recovery and vCenter for Failback.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("failback-sim: %s\n", error->message);
      return 2;
    }
  if (version)
    {
      g_print ("failback-sim %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (port < 0 || port > 65535 || speed <= 0 || page_size < 0 || token_lifetime < 0 ||
      (tls_cert != NULL) != (tls_key != NULL))
    {
      g_printerr ("failback-sim: invalid arguments (see --help)\n");
      return 2;
    }

  server = fb_sim_server_new (scenario != NULL ? scenario : "demo", &error);
  if (server == NULL)
    {
      g_printerr ("failback-sim: %s\n", error->message);
      return 1;
    }
  fb_sim_server_set_speed (server, speed);
  if (seed >= 0)
    fb_sim_server_set_seed (server, (guint64) seed);
  if (page_size > 0)
    fb_sim_server_set_page_size (server, (guint) page_size);
  if (token_lifetime > 0)
    fb_sim_server_set_token_lifetime (server, (guint) token_lifetime);
  if (faults != NULL && !fb_sim_server_set_faults (server, faults, &error))
    {
      g_printerr ("failback-sim: %s\n", error->message);
      return 2;
    }
  if (request_log != NULL && !fb_sim_server_set_request_log (server, request_log, &error))
    {
      g_printerr ("failback-sim: %s\n", error->message);
      return 1;
    }
  if (tls_cert != NULL)
    {
      g_autoptr(GTlsCertificate) cert = g_tls_certificate_new_from_files (tls_cert, tls_key, &error);

      if (cert == NULL)
        {
          g_printerr ("failback-sim: %s\n", error->message);
          return 1;
        }
      fb_sim_server_set_tls_certificate (server, cert);
    }
  if (!fb_sim_server_start (server, (guint) port, &error))
    {
      g_printerr ("failback-sim: %s\n", error->message);
      return 1;
    }
  printf ("%s\n", fb_sim_server_get_base_uri (server));
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_main_loop_run (loop);
  fb_sim_server_stop (server);

  g_free (scenario);
  g_free (faults);
  g_free (request_log);
  g_free (tls_cert);
  g_free (tls_key);
  return rc;
}
