/* test-jobs.c - FbJobsView, FbJobPage and FbErrorPresenter against the in-process
 * simulator through a real FbSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fb-error-presenter.h"
#include "fb-secret-store.h"
#include "fb-vcenter-client.h"
#include "fb-application.h"
#include "fb-job-notifier.h"
#include "fb-job-page.h"
#include "fb-job-task.h"
#include "fb-jobs-view.h"
#include "fb-session.h"
#include "fb-window.h"
#include "fb-sim-server.h"
#include "gui3-test-util.h"

/* One application for the tests that need it (registered once per process). */
static FbApplication *app;

typedef struct {
  FbSimServer *sim;
  FbSession *session;
  FbVault *vault;   /* vault-nbg */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *vaults;

  f->sim = fb_sim_server_new ("demo", &error);
  g_assert_no_error (error);
  fb_sim_server_set_speed (f->sim, 20);
  g_assert_true (fb_sim_server_start (f->sim, 0, &error));
  g_assert_no_error (error);

  f->session = fb_session_new_demo (f->sim, NULL);
  while (!fb_session_get_ready (f->session))
    ut_run_for (10);
  fb_job_monitor_set_poll_interval (fb_session_get_job_monitor (f->session), 50);

  vaults = fb_session_get_vaults (f->session);
  ut_wait_until_items (vaults, 1, 10000);
  for (guint i = 0; i < g_list_model_get_n_items (vaults); i++)
    {
      g_autoptr(FbVault) v = g_list_model_get_item (vaults, i);

      if (g_strcmp0 (fb_vault_get_name (v), "vault-nbg") == 0)
        f->vault = g_object_ref (v);
    }
  g_assert_nonnull (f->vault);
  while (!fb_session_get_vault_loaded (f->session, f->vault) || fb_session_get_loading (f->session))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->vault);
  g_assert_finalize_object (f->session);
  fb_sim_server_stop (f->sim);
  g_clear_object (&f->sim);
}

static FbProtectedItem *
find_item (Fixture    *f,
           const char *friendly_name)
{
  GListModel *items = fb_session_get_items (f->session, f->vault);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (fb_protected_item_get_friendly_name (item), friendly_name) == 0)
        return item;
    }

  g_error ("no item %s", friendly_name);
  return NULL;
}

/* Runs @action through the session's monitor; returns the job's name. */
static char *
start_action (Fixture  *f,
              FbAction *action)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *name;

  fb_job_monitor_run_action_async (fb_session_get_job_monitor (f->session), action, NULL,
                                   ut_store_result_cb, &result);
  ut_wait_result (&result);
  name = fb_job_monitor_run_action_finish (fb_session_get_job_monitor (f->session), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (name);

  return name;
}

static FbJob *
wait_session_job (Fixture    *f,
                  const char *name)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  FbJob *job;

  while ((job = fb_session_lookup_job (f->session, name)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  return job;
}

static void
wait_job_state (FbJob      *job,
                const char *state)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (fb_job_get_state (job), state) != 0)
    {
      if (g_get_monotonic_time () > end)
        g_error ("job %s is %s, not %s", fb_job_get_name (job), fb_job_get_state (job), state);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* ---- jobs view ------------------------------------------------------------------- */

static void
test_jobs_view_live (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  FbJobsView *view = fb_jobs_view_new (f->session, f->vault);
  GListModel *model = fb_jobs_view_get_model (view);
  GListModel *jobs = fb_session_get_jobs (f->session, f->vault);
  GtkWidget *list_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), FB_TYPE_JOBS_VIEW, "list_box"));
  g_autoptr(FbAction) action = NULL;
  g_autofree char *name = NULL;
  g_autoptr(FbJob) first = NULL;
  guint n_before;
  GtkWidget *row;
  FbJob *job;

  gtk_window_set_default_size (window, 800, 600);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ut_run_briefly ();

  /* The demo's history: every job of the vault, none running, one row each. */
  n_before = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_before, >, 5);
  g_assert_cmpuint (n_before, ==, g_list_model_get_n_items (jobs));
  g_assert_cmpuint (ut_count_children (list_box), ==, n_before);
  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(FbJob) j = g_list_model_get_item (model, i);
      g_assert_false (fb_job_is_running (j));
    }
  row = gtk_widget_get_first_child (list_box);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));

  /* An action starts a job: it appears on top, running, and is updated in place. */
  action = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "crm-app-01")));
  name = start_action (f, action);
  job = wait_session_job (f, name);
  ut_run_briefly ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  first = g_list_model_get_item (model, 0);
  g_assert_true (first == job);
  g_assert_true (fb_job_is_running (job) || g_strcmp0 (fb_job_get_state (job), "Succeeded") == 0);
  row = gtk_widget_get_first_child (list_box);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Commit");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "crm-app-01"));

  wait_job_state (job, "Succeeded");
  ut_run_briefly ();
  /* the same row object's job, now finished and still listed once */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  g_assert_true (ut_row_icon_is (gtk_widget_get_first_child (list_box), "emblem-ok-symbolic"));

  gtk_window_destroy (window);
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

/* ---- job page ------------------------------------------------------------------------ */

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

static void
test_job_page_cancel_restart (Fixture       *f,
                              gconstpointer  data)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  g_autoptr(FbAction) action = NULL;
  g_autofree char *name = NULL;
  g_autofree char *first_name = NULL;
  FbJobPage *page;
  GtkWidget *cancel, *restart, *resume, *tasks;
  AdwMessageDialog *dialog;
  FbJob *job;
  gint64 end;

  action = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "crm-web-01")));
  name = start_action (f, action);
  job = wait_session_job (f, name);
  g_assert_true (fb_job_is_running (job));

  page = fb_job_page_new (f->session, job);
  gtk_window_set_default_size (window, 900, 700);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  ut_run_briefly ();

  cancel = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "cancel_button"));
  restart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "restart_button"));
  resume = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "resume_button"));
  tasks = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "tasks_list"));

  /* The tasks stream in: one row a task of the job. */
  ut_wait_until_children (tasks, 2, 10000);
  g_assert_cmpuint (ut_count_children (tasks), ==, g_list_model_get_n_items (fb_job_get_tasks (job)));

  /* Running: Cancel only (the simulator never suspends: no Resume). */
  g_assert_true (gtk_widget_get_visible (cancel) && gtk_widget_get_sensitive (cancel));
  g_assert_false (gtk_widget_get_visible (restart));
  g_assert_false (gtk_widget_get_visible (resume));

  /* Cancel asks first; keeping it running changes nothing. */
  g_signal_emit_by_name (cancel, "clicked");
  ut_run_briefly ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  ut_respond (dialog, "keep");
  ut_run_briefly ();
  g_assert_false (fb_job_page_get_busy (page));
  g_assert_true (fb_job_is_running (job));

  g_signal_emit_by_name (cancel, "clicked");
  ut_run_briefly ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  ut_respond (dialog, "cancel-job");
  wait_job_state (job, "Cancelled");
  ut_run_briefly ();

  /* Cancelled: Restart only. */
  g_assert_false (gtk_widget_get_visible (cancel));
  g_assert_true (gtk_widget_get_visible (restart) && gtk_widget_get_sensitive (restart));
  g_assert_false (gtk_widget_get_visible (resume));

  /* Restart: the page follows the new job, which runs and can be cancelled again. */
  first_name = g_strdup (fb_job_get_name (job));
  g_signal_emit_by_name (restart, "clicked");
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_strcmp0 (fb_job_get_name (fb_job_page_get_job (page)), first_name) == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  job = fb_job_page_get_job (page);
  g_assert_cmpstr (fb_job_get_target_object_name (job), ==, "crm-web-01");
  if (fb_job_is_running (job))
    g_assert_true (gtk_widget_get_visible (cancel));
  wait_job_state (job, "Succeeded");
  ut_run_briefly ();
  g_assert_false (gtk_widget_get_visible (cancel));
  g_assert_false (gtk_widget_get_visible (restart));

  gtk_window_destroy (window);
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

/* A real 8038: fail back sql-prod-01 (its host lacks memory); the page and the presenter
 * name it with the vMotion remedy. */
static void
test_job_page_8038 (Fixture       *f,
                    gconstpointer  data)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  FbProtectedItem *item = find_item (f, "sql-prod-01");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(FbErrorDescription) d = NULL;
  g_autofree char *name = NULL;
  FbJobPage *page;
  GtkWidget *problem_group, *problem_label, *restart, *remedy;
  AdwMessageDialog *dialog;
  FbJob *job;
  gint64 end;

  fb_site_recovery_build_failover_async (fb_session_get_site_recovery (f->session), item,
                                         FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST_PROCESSED,
                                         NULL, NULL, ut_store_result_cb, &result);
  ut_wait_result (&result);
  action = fb_site_recovery_build_failover_finish (fb_session_get_site_recovery (f->session), result, &error);
  g_assert_no_error (error);
  name = start_action (f, action);
  job = wait_session_job (f, name);

  page = fb_job_page_new (f->session, job);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  wait_job_state (job, "Failed");
  ut_run_briefly ();

  d = fb_error_presenter_describe_job (job);
  g_assert_nonnull (d);
  g_assert_cmpint (d->known, ==, FB_KNOWN_ERROR_HOST_MEMORY);
  g_assert_cmpint (d->remedy, ==, FB_ERROR_REMEDY_VMOTION);
  g_assert_cmpstr (d->code, ==, "8038");

  problem_group = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "problem_group"));
  problem_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "problem_label"));
  restart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "restart_button"));
  g_assert_true (gtk_widget_get_visible (problem_group));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (problem_group)), ==,
                   "The ESXi host lacks memory");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (problem_label)), "vMotion"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (problem_label)), "8038"));
  g_assert_true (gtk_widget_get_visible (restart));

  /* The remedy: vMotion to a host with room (asked first), then the restart succeeds. */
  remedy = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "remedy_button"));
  g_assert_true (gtk_widget_get_visible (remedy) && gtk_widget_get_sensitive (remedy));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (remedy)), ==, "Move to Another Host…");
  g_signal_emit_by_name (remedy, "clicked");
  dialog = ut_wait_message_dialog (10000);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Move sql-prod-01 to "));
  ut_respond (dialog, "move");
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!gtk_widget_get_sensitive (remedy))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_emit_by_name (restart, "clicked");
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (fb_job_page_get_job (page) == job)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  wait_job_state (fb_job_page_get_job (page), "Succeeded");

  gtk_window_destroy (window);
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

/* "agent not installed": reprotect file-02 to Azure while its Mobility agent has not
 * registered since the failback (the simulator holds it so, whatever its clock says). The
 * page offers to wait and retry; the countdown runs (fast here); the agent registers; at
 * zero the page restarts the job, and the new job succeeds. */
static void
test_job_page_agent_wait (Fixture       *f,
                          gconstpointer  data)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  FbProtectedItem *item = find_item (f, "file-02");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbReprotectChoice) choice = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(FbErrorDescription) d = NULL;
  g_autofree char *name = NULL;
  FbReprotectOptions options = { 0 };
  GtkWidget *remedy, *countdown;
  FbJobPage *page;
  FbJob *job;
  gint64 end;

  g_setenv ("FAILBACK_COUNTDOWN_TICK_MS", "1", TRUE);
  g_assert_true (fb_sim_server_hold_agent (f->sim, "file-02", TRUE));
  fb_site_recovery_pick_reprotect_async (fb_session_get_site_recovery (f->session), item, NULL, NULL,
                                         ut_store_result_cb, &result);
  ut_wait_result (&result);
  choice = fb_site_recovery_pick_reprotect_finish (fb_session_get_site_recovery (f->session), result, &error);
  g_assert_no_error (error);
  fb_reprotect_choice_to_options (choice, &options);
  action = fb_action_new_reprotect (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                    &options, &error);
  g_assert_no_error (error);
  name = start_action (f, action);
  job = wait_session_job (f, name);

  page = fb_job_page_new (f->session, job);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  wait_job_state (job, "Failed");
  ut_run_briefly ();

  d = fb_error_presenter_describe_job (job);
  g_assert_cmpint (d->known, ==, FB_KNOWN_ERROR_AGENT_NOT_INSTALLED);
  remedy = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "remedy_button"));
  countdown = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "countdown_label"));
  g_assert_true (gtk_widget_get_visible (remedy));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (remedy)), ==, "Wait and Retry");

  /* The countdown shows at once; the main loop does not run before the asserts (with 1 ms
   * ticks a loaded machine could count it down to its end meanwhile). */
  g_signal_emit_by_name (remedy, "clicked");
  g_assert_false (gtk_widget_get_visible (remedy));
  g_assert_true (gtk_widget_get_visible (countdown));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (countdown)), "Trying again in "));

  /* The agent registers before the countdown can end (it ends in this thread's main loop). */
  g_assert_true (fb_sim_server_hold_agent (f->sim, "file-02", FALSE));

  /* At zero the job is restarted: the page follows the new job, which succeeds. */
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (fb_job_page_get_job (page) == job)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (fb_job_get_target_object_name (fb_job_page_get_job (page)), ==, "file-02");
  wait_job_state (fb_job_page_get_job (page), "Succeeded");
  g_unsetenv ("FAILBACK_COUNTDOWN_TICK_MS");

  gtk_window_destroy (window);
  ut_run_for (100);
  g_assert_finalize_object (window);
}

/* ---- error presenter ------------------------------------------------------------------ */

static void
test_error_texts (void)
{
  static const struct {
    const char *code;
    FbKnownError known;
    FbErrorRemedy remedy;
    const char *title;
    const char *action_part;
  } cases[] = {
    { "8038", FB_KNOWN_ERROR_HOST_MEMORY, FB_ERROR_REMEDY_VMOTION, "The ESXi host lacks memory", "vMotion" },
    { "AgentNotInstalled", FB_KNOWN_ERROR_AGENT_NOT_INSTALLED, FB_ERROR_REMEDY_WAIT_AND_RETRY,
      "The Mobility agent has not registered yet", "15 minutes" },
    { "VCenterNotConnected", FB_KNOWN_ERROR_VCENTER_NOT_CONNECTED, FB_ERROR_REMEDY_NONE,
      "vCenter is not connected", "Reconnect the vCenter" },
    { "MasterTargetHasSnapshots", FB_KNOWN_ERROR_MASTER_TARGET_SNAPSHOTS, FB_ERROR_REMEDY_NONE,
      "The master target has snapshots", "Delete the snapshots" },
    { "PhysicalServerFailbackNotSupported", FB_KNOWN_ERROR_PHYSICAL_NOT_SUPPORTED, FB_ERROR_REMEDY_NONE,
      "This server cannot fail back", "Keep the machine running in Azure" },
    { "DatastoreTypeNotSupported", FB_KNOWN_ERROR_DATASTORE_NOT_SUPPORTED, FB_ERROR_REMEDY_NONE,
      "The datastore cannot be used", "VMFS or vSAN" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FbErrorDescription) d = fb_error_presenter_describe_code (cases[i].code, "The service said so.",
                                                                          NULL, "ASR's advice");
      g_autofree char *text = fb_error_description_to_string (d);

      g_assert_cmpint (d->known, ==, cases[i].known);
      g_assert_cmpint (d->remedy, ==, cases[i].remedy);
      g_assert_cmpstr (d->title, ==, cases[i].title);
      g_assert_nonnull (strstr (d->action, cases[i].action_part));
      g_assert_cmpstr (d->message, ==, "The service said so.");
      g_assert_nonnull (strstr (text, cases[i].title));
      g_assert_true ((d->remedy != FB_ERROR_REMEDY_NONE) == (d->remedy_label != NULL));
    }

  /* "agent not installed" recognised by the message too */
  {
    g_autoptr(FbErrorDescription) d =
      fb_error_presenter_describe_code ("95107", "Reprotect failed: agent not installed on file-02.", NULL, NULL);
    g_assert_cmpint (d->known, ==, FB_KNOWN_ERROR_AGENT_NOT_INSTALLED);
    g_assert_cmpuint (d->wait_seconds, ==, 15 * 60);
  }

  /* an unknown code keeps the service's words */
  {
    g_autoptr(FbErrorDescription) d =
      fb_error_presenter_describe_code ("Weird", "Something odd.", "A cause.", "Do this.");
    g_assert_cmpint (d->known, ==, FB_KNOWN_ERROR_NONE);
    g_assert_cmpstr (d->title, ==, "Something odd.");
    g_assert_cmpstr (d->causes, ==, "A cause.");
    g_assert_cmpstr (d->action, ==, "Do this.");
  }

  /* GErrors of the services */
  {
    g_autoptr(GError) throttled = g_error_new_literal (FB_ARM_ERROR, FB_ARM_ERROR_THROTTLED, "429");
    g_autoptr(GError) network = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE, "down");
    g_autoptr(GError) changed = g_error_new_literal (FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED, "pin");
    g_autoptr(GError) keyring = g_error_new_literal (FB_AUTH_ERROR, FB_AUTH_ERROR_KEYRING_UNAVAILABLE, "no");
    g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "c");
    g_autoptr(FbErrorDescription) d1 = fb_error_presenter_describe (throttled);
    g_autoptr(FbErrorDescription) d2 = fb_error_presenter_describe (network);
    g_autoptr(FbErrorDescription) d3 = fb_error_presenter_describe (changed);
    g_autoptr(FbErrorDescription) d4 = fb_error_presenter_describe (keyring);

    g_assert_cmpint (d1->known, ==, FB_KNOWN_ERROR_THROTTLED);
    g_assert_false (d1->blocking);
    g_assert_cmpint (d2->known, ==, FB_KNOWN_ERROR_OFFLINE);
    g_assert_cmpint (d3->known, ==, FB_KNOWN_ERROR_CERTIFICATE_CHANGED);
    g_assert_true (d3->blocking);
    g_assert_cmpint (d4->known, ==, FB_KNOWN_ERROR_KEYRING_UNAVAILABLE);
    g_assert_null (fb_error_presenter_describe (cancelled));
  }
}

/* The blocking dialog carries the remedy as its suggested response. */
static void
test_error_dialog (void)
{
  g_autoptr(FbErrorDescription) d = fb_error_presenter_describe_code ("8038", "esx-nbg-03 lacks memory", NULL, NULL);
  AdwMessageDialog *dialog = fb_error_presenter_dialog_new (NULL, d);

  g_object_ref_sink (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The ESXi host lacks memory");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "esx-nbg-03"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "8038"));
  g_assert_true (adw_message_dialog_has_response (dialog, "remedy"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "remedy"), ==, "Move to Another Host…");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remedy"), ==, ADW_RESPONSE_SUGGESTED);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ut_run_briefly ();
  g_assert_finalize_object (dialog);
}


/* A plan's failover waits for its manual action (rp-mail, "Verify mail flow"): the page
 * offers Resume, and the job goes on after it. */
static void
test_job_page_resume (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  GListModel *plans = fb_session_get_plans (f->session, f->vault);
  g_autoptr(FbRecoveryPlan) plan = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkWidget *cancel, *restart, *resume;
  FbJobPage *page;
  FbJob *job;
  gint64 end;

  for (guint i = 0; i < g_list_model_get_n_items (plans) && plan == NULL; i++)
    {
      g_autoptr(FbRecoveryPlan) p = g_list_model_get_item (plans, i);

      if (g_strcmp0 (fb_recovery_plan_get_name (p), "rp-mail") == 0 ||
          g_strcmp0 (fb_recovery_plan_get_friendly_name (p), "rp-mail") == 0)
        plan = g_steal_pointer (&p);
    }
  g_assert_nonnull (plan);

  action = fb_action_new_plan_failover (fb_recovery_plan_get_id (plan),
                                        fb_recovery_plan_get_replication_providers (plan),
                                        FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST_PROCESSED, &error);
  g_assert_no_error (error);
  name = start_action (f, action);
  job = wait_session_job (f, name);

  page = fb_job_page_new (f->session, job);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  cancel = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "cancel_button"));
  restart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "restart_button"));
  resume = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), FB_TYPE_JOB_PAGE, "resume_button"));

  wait_job_state (job, "Suspended");
  ut_run_briefly ();
  g_assert_true (gtk_widget_get_visible (resume) && gtk_widget_get_sensitive (resume));
  g_assert_false (gtk_widget_get_visible (restart));
  g_assert_true (gtk_widget_get_visible (cancel));

  g_signal_emit_by_name (resume, "clicked");
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_strcmp0 (fb_job_get_state (job), "Suspended") == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  ut_run_briefly ();
  g_assert_false (gtk_widget_get_visible (resume));
  wait_job_state (job, "Succeeded");

  gtk_window_destroy (window);
  ut_run_briefly ();
  g_assert_finalize_object (window);
}

/* ---- throttled banner ------------------------------------------------------------------ */

static void
refresh_and_wait (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_session_refresh_async (f->session, f->vault, NULL, ut_store_result_cb, &result);
  ut_wait_result (&result);
  {
    g_autoptr(GError) error = NULL;

    if (!fb_session_refresh_finish (f->session, result, &error))
      g_test_message ("refresh: %s %d %s", g_quark_to_string (error->domain), error->code, error->message);
  }
  ut_run_briefly ();
}

/* Labels under @widget, other than @except, that show @text. */
static guint
count_labels_with (GtkWidget  *widget,
                   GtkWidget  *except,
                   const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && widget != except && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels_with (child, except, text);
  return n;
}

static void
test_throttled_banner (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkRevealer *revealer;
  GtkLabel *label;
  FbWindow *window;

  window = g_object_ref (fb_window_new (app));
  fb_application_set_session (app, f->session);
  gtk_window_present (GTK_WINDOW (window));
  ut_run_briefly ();
  revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "banner_revealer"));
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "banner_label"));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* ARM answers 429 to every list until the retries give up: the banner says so. */
  fb_arm_client_set_time_scale (fb_session_get_arm (f->session), 0.001);
  g_assert_true (fb_sim_server_set_faults (f->sim, "429@after:1@replicationProtectedItems", &error));
  g_assert_no_error (error);
  refresh_and_wait (f);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "throttling"));
  /* ... and only the banner, which wraps: no toast repeats it in one line cut at 360 px */
  g_assert_cmpuint (count_labels_with (GTK_WIDGET (window), GTK_WIDGET (label), "throttling"), ==, 0);

  /* It recovers: the next load goes through and the banner hides. */
  g_assert_true (fb_sim_server_set_faults (f->sim, NULL, &error));
  refresh_and_wait (f);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  fb_application_set_session (app, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
  fb_application_remove_session (app, f->session);
}

/* ---- notifications ------------------------------------------------------------------- */

static gboolean
record_notification_cb (FbJobNotifier *notifier,
                        const char    *id,
                        const char    *title,
                        GNotification *notification,
                        const char    *detailed_action,
                        GPtrArray     *sent)
{
  g_assert_true (G_IS_NOTIFICATION (notification));
  g_ptr_array_add (sent, g_strdup (id));
  g_ptr_array_add (sent, g_strdup (title));
  return TRUE;   /* handled: nothing goes to the desktop from the tests */
}

static gboolean
record_action_cb (FbJobNotifier *notifier,
                  const char    *id,
                  const char    *title,
                  GNotification *notification,
                  const char    *detailed_action,
                  char         **out_action)
{
  g_free (*out_action);
  *out_action = g_strdup (detailed_action);
  return TRUE;
}

static FbWindow *
app_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (FB_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* Clicking the notification of an ended job (its default action, activated on the
 * application as the desktop does) raises the window - on the job's account, even when
 * another one (or none) is shown - and opens that job's page. */
static void
test_notification_opens_job (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FbAction) action = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *detailed = NULL;
  g_autofree char *action_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  FbJobNotifier *notifier;
  FbWindow *window;
  GtkWidget *page;
  FbJob *job;

  notifier = fb_job_notifier_new (GTK_APPLICATION (app));
  g_signal_connect (notifier, "send-notification", G_CALLBACK (record_action_cb), &detailed);
  fb_job_notifier_watch_session (notifier, f->session);

  /* The account is one of the app's, but none is shown and there is no window. */
  fb_application_add_session (app, f->session);
  fb_application_set_session (app, NULL);
  g_assert_null (app_window ());

  action = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "pay-api-01")));
  name = start_action (f, action);
  job = wait_session_job (f, name);
  wait_job_state (job, "Succeeded");
  ut_run_briefly ();

  /* The notification carries app.show-job with the job's ARM id. */
  g_assert_nonnull (detailed);
  expected = g_action_print_detailed_name ("app.show-job", g_variant_new_string (fb_job_get_id (job)));
  g_assert_cmpstr (detailed, ==, expected);
  g_assert_true (g_action_parse_detailed_name (detailed, &action_name, &target, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (action_name, "app."));

  /* Activated as the desktop does when it is clicked. */
  g_action_group_activate_action (G_ACTION_GROUP (app), action_name + strlen ("app."), target);
  ut_run_briefly ();

  window = app_window ();
  g_assert_nonnull (window);
  g_object_ref (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (fb_application_get_session (app) == f->session);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "content_stack"))),
                   ==, "page");
  page = adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "page_holder")));
  g_assert_true (FB_IS_JOB_PAGE (page));
  g_assert_cmpstr (fb_job_get_name (fb_job_page_get_job (FB_JOB_PAGE (page))), ==, name);

  fb_application_set_session (app, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  ut_run_briefly ();
  g_assert_finalize_object (window);
  fb_application_remove_session (app, f->session);
  g_assert_finalize_object (notifier);
}

static void
test_notifier (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) sent = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.failback.Failback");
  g_autoptr(GError) error = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autofree char *name = NULL;
  FbJobNotifier *notifier;
  FbJob *job;

  notifier = fb_job_notifier_new (GTK_APPLICATION (app));
  g_signal_connect (notifier, "send-notification", G_CALLBACK (record_notification_cb), sent);
  fb_job_notifier_watch_session (notifier, f->session);
  g_assert_false (fb_job_notifier_get_holding (notifier));

  /* A job runs: the app is held; it ends with no window focused: one notification. */
  action = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "pay-api-01")));
  name = start_action (f, action);
  job = wait_session_job (f, name);
  if (fb_job_is_running (job))
    {
      g_assert_cmpuint (fb_job_notifier_get_n_running (notifier), ==, 1);
      g_assert_true (fb_job_notifier_get_holding (notifier));
    }
  wait_job_state (job, "Succeeded");
  ut_run_briefly ();
  g_assert_false (fb_job_notifier_get_holding (notifier));
  g_assert_cmpuint (sent->len, ==, 2);
  {
    g_autofree char *id = g_strconcat ("job-", name, NULL);

    g_assert_cmpstr (g_ptr_array_index (sent, 0), ==, id);
    g_assert_cmpstr (g_ptr_array_index (sent, 1), ==, "Commit of pay-api-01 succeeded");
  }
  g_ptr_array_set_size (sent, 0);

  /* Turned off in the preferences: no notification. */
  g_settings_set_boolean (settings, "notify-job-finished", FALSE);
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&action, fb_action_free);
  action = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "crm-app-01")));
  name = start_action (f, action);
  job = wait_session_job (f, name);
  wait_job_state (job, "Succeeded");
  ut_run_briefly ();
  g_assert_cmpuint (sent->len, ==, 0);
  g_settings_reset (settings, "notify-job-finished");

  /* The last window closes while a job runs: the app goes on in the background, says so. */
  {
    GtkWidget *window = gtk_window_new ();
    g_autoptr(FbAction) again = fb_action_new_commit (fb_protected_item_get_id (find_item (f, "crm-web-01")));
    g_autofree char *again_name = NULL;

    gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (app));
    gtk_window_present (GTK_WINDOW (window));
    ut_run_briefly ();
    again_name = start_action (f, again);
    job = wait_session_job (f, again_name);
    g_assert_true (fb_job_is_running (job));
    g_assert_true (fb_job_notifier_get_holding (notifier));
    gtk_window_destroy (GTK_WINDOW (window));
    ut_run_briefly ();
    g_assert_cmpuint (sent->len, >=, 2);
    g_assert_cmpstr (g_ptr_array_index (sent, 0), ==, "background");
    g_assert_cmpstr (g_ptr_array_index (sent, 1), ==, "Failback keeps running in the background");
    wait_job_state (job, "Succeeded");
    ut_run_briefly ();
    g_assert_false (fb_job_notifier_get_holding (notifier));
  }

  g_assert_finalize_object (notifier);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  ut_init (&argc, &argv);
  if (!ut_have_display ())
    return 0;

  app = fb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/jobs/error-texts", test_error_texts);
  g_test_add_func ("/jobs/error-dialog", test_error_dialog);
  g_test_add ("/jobs/view-live", Fixture, NULL, fixture_set_up, test_jobs_view_live, fixture_tear_down);
  g_test_add ("/jobs/page-cancel-restart", Fixture, NULL, fixture_set_up, test_job_page_cancel_restart, fixture_tear_down);
  g_test_add ("/jobs/page-resume", Fixture, NULL, fixture_set_up, test_job_page_resume, fixture_tear_down);
  g_test_add ("/jobs/throttled-banner", Fixture, NULL, fixture_set_up, test_throttled_banner, fixture_tear_down);
  g_test_add ("/jobs/notifier", Fixture, NULL, fixture_set_up, test_notifier, fixture_tear_down);
  g_test_add ("/jobs/notification-opens-job", Fixture, NULL, fixture_set_up, test_notification_opens_job, fixture_tear_down);
  g_test_add ("/jobs/page-agent-wait", Fixture, NULL, fixture_set_up, test_job_page_agent_wait, fixture_tear_down);
  g_test_add ("/jobs/page-8038", Fixture, NULL, fixture_set_up, test_job_page_8038, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
