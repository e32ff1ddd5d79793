/* bench-jobs.c - how many requests FbJobMonitor makes per poll cycle for N jobs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the build: bench/job-monitor compiles it against
 * _build-bench/src/core/libfailback-core.a.
 *
 * Usage: bench-jobs BASE_URI N POLL_MS WINDOW_S
 *   Signs in to the simulator at BASE_URI (loopback) with the demo identity,
 *   lists vault-large's items, commits the failover of N items in phase
 *   failed-over-to-azure through fb_job_monitor_run_action_async() (so the
 *   monitor tracks N running jobs), then lets the monitor poll for WINDOW_S
 *   seconds at a base interval of POLL_MS. Prints (stdout, key=value):
 *     window_start / window_end   unix time (s, float) of the polling window
 *     jobs_started, jobs_running_at_end, poll_requests (the monitor's counter
 *     over the window)
 *   Bounded: N <= 200, WINDOW_S <= 120; a hard timeout ends the program.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fb-action.h"
#include "fb-arm-client.h"
#include "fb-azure-auth.h"
#include "fb-cloud.h"
#include "fb-job-monitor.h"
#include "fb-protected-item.h"
#include "fb-site-recovery.h"

#define TENANT "11111111-1111-1111-1111-111111111111"
#define CLIENT "22222222-2222-2222-2222-222222222222"
#define SUB    "33333333-3333-3333-3333-333333333333"
#define VAULT  "/subscriptions/" SUB "/resourceGroups/rg-dr-large/providers/Microsoft.RecoveryServices/vaults/vault-large"

static GMainLoop *loop;
static GAsyncResult *last_result;
static guint started, failed;

static void
done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  (void) source;
  (void) user_data;
  last_result = g_object_ref (result);
  g_main_loop_quit (loop);
}

static void
action_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *job = fb_job_monitor_run_action_finish (FB_JOB_MONITOR (source), result, &error);
  guint *pending = user_data;

  if (job != NULL)
    started++;
  else
    {
      failed++;
      fprintf (stderr, "bench-jobs: action failed: %s\n", error->message);
    }
  if (--(*pending) == 0)
    g_main_loop_quit (loop);
}

static gboolean
quit_cb (gpointer data)
{
  (void) data;
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static gboolean
hard_timeout_cb (gpointer data)
{
  (void) data;
  fprintf (stderr, "bench-jobs: hard timeout\n");
  exit (3);
}

static GAsyncResult *
wait_result (void)
{
  g_main_loop_run (loop);
  return g_steal_pointer (&last_result);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbCloud) cloud = NULL;
  g_autoptr(FbAzureAuth) auth = NULL;
  g_autoptr(FbArmClient) arm = NULL;
  g_autoptr(FbSiteRecovery) sr = NULL;
  g_autoptr(FbJobMonitor) monitor = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  guint n, poll_ms, window_s, pending = 0, requests0, running = 0;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s BASE_URI N POLL_MS WINDOW_S\n", argv[0]);
      return 2;
    }
  n = (guint) CLAMP (atoi (argv[2]), 1, 200);
  poll_ms = (guint) CLAMP (atoi (argv[3]), 100, 60000);
  window_s = (guint) CLAMP (atoi (argv[4]), 1, 120);
  loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add_seconds (window_s + 120, hard_timeout_cb, NULL);

  cloud = fb_cloud_new_custom (argv[1], argv[1], NULL, &error);
  if (cloud == NULL)
    {
      fprintf (stderr, "bench-jobs: %s\n", error->message);
      return 1;
    }
  auth = fb_azure_auth_new (cloud, TENANT, CLIENT, NULL);
  fb_azure_auth_sign_in_client_secret_async (auth, "demo-secret", FALSE, NULL, done_cb, NULL);
  res = wait_result ();
  if (!fb_azure_auth_sign_in_client_secret_finish (auth, res, &error))
    {
      fprintf (stderr, "bench-jobs: sign-in: %s\n", error->message);
      return 1;
    }
  g_clear_object (&res);
  arm = fb_arm_client_new (auth);
  sr = fb_site_recovery_new (arm);
  fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_ITEMS, VAULT, NULL, NULL, NULL, done_cb, NULL);
  res = wait_result ();
  items = fb_site_recovery_list_finish (sr, res, &error);
  if (items == NULL)
    {
      fprintf (stderr, "bench-jobs: items: %s\n", error->message);
      return 1;
    }

  monitor = fb_job_monitor_new (sr, NULL);
  fb_job_monitor_set_poll_interval (monitor, poll_ms);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)) && pending < n; i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(FbAction) action = NULL;

      if (fb_protected_item_get_phase (item) != FB_PHASE_FAILED_OVER_TO_AZURE)
        continue;
      action = fb_action_new_commit (fb_protected_item_get_id (item));
      pending++;
      fb_job_monitor_run_action_async (monitor, action, NULL, action_cb, &pending);
    }
  if (pending < n)
    fprintf (stderr, "bench-jobs: only %u items can be committed\n", pending);
  if (pending > 0)
    g_main_loop_run (loop);
  if (started == 0)
    return 1;

  /* the window: nothing but the monitor's own polling */
  requests0 = fb_job_monitor_get_poll_requests (monitor);
  printf ("window_start=%.6f\n", g_get_real_time () / 1e6);
  fflush (stdout);
  g_timeout_add_seconds (window_s, quit_cb, NULL);
  g_main_loop_run (loop);
  printf ("window_end=%.6f\n", g_get_real_time () / 1e6);
  {
    GListModel *jobs = fb_job_monitor_get_jobs (monitor);

    for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
      {
        g_autoptr(FbJob) job = g_list_model_get_item (jobs, i);
        const char *state = fb_job_get_state (job);

        if (state != NULL && (strcmp (state, "InProgress") == 0 || strcmp (state, "NotStarted") == 0))
          running++;
      }
  }
  printf ("jobs_started=%u\njobs_failed_to_start=%u\njobs_running_at_end=%u\npoll_requests=%u\n",
          started, failed, running, fb_job_monitor_get_poll_requests (monitor) - requests0);
  return 0;
}
