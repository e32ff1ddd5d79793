/* test-assistant.c - FbAssistant against the in-process simulator
 *
 * A real FbSession on the demo site (FbSimServer at speed 200): the full failback of one
 * VM (direction, latest app-consistent, checks, confirmation naming the machine, the live
 * job, phase failed-back), its commit (running on-premises) and the reprotect to Azure
 * with the agent registration wait; a failing pre-flight blocks Next and the 8038 case
 * offers vMotion; warnings need "I understand"; reprotect to on-premises offers only valid
 * choices; a recovery plan fails back. Every window is finalized at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-assistant.h"
#include "fb-countdown.h"
#include "gui2-test-util.h"

typedef struct {
  FbSimServer *server;
  FbSession *session;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->session = gui2_session_new (&f->server);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gui_test_free_session (f->session, f->server);
}

static GtkWidget *
child (FbAssistant *assistant, const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (assistant), FB_TYPE_ASSISTANT, name));
  g_assert_nonnull (widget);
  return widget;
}

/* Like a pointer click: GtkButton's "activate" only clicks after a short animation. */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate ();
}

/* Like click(), but runs only what is due now: while a countdown runs (5 ms ticks), a loaded
 * machine keeps gui_test_iterate () going until the countdown has ended. */
static void
click_once (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  g_main_context_iteration (NULL, FALSE);
}

static FbAssistant *
open_assistant (Fixture *f, FbProtectedItem *item, FbRecoveryPlan *plan, FbNextStep step)
{
  FbAssistant *assistant = item ? fb_assistant_new_for_item (f->session, item, step)
                                : fb_assistant_new_for_plan (f->session, plan, step);

  g_object_ref (assistant);
  fb_assistant_set_countdown_tick (assistant, 5);
  gtk_window_present (GTK_WINDOW (assistant));
  gui_test_iterate ();
  return assistant;
}

static gboolean
not_busy (gpointer data)
{
  return !fb_assistant_get_busy (data);
}

static gboolean
next_enabled (FbAssistant *assistant)
{
  GtkWidget *next = child (assistant, "next_button");
  return gtk_widget_get_visible (next) && gtk_widget_is_sensitive (next);
}

/* The summary's confirmation: a button in the page, not in the header bar (German labels
 * such as "Failback für billing-01 ausführen" need the width of a 360 px window); the header
 * bar's Next is gone meanwhile, and Enter presses the confirmation. */
static GtkWidget *
confirm_button (FbAssistant *assistant)
{
  GtkWidget *confirm = child (assistant, "confirm_button");

  g_assert_cmpstr (fb_assistant_get_page_name (assistant), ==, "summary");
  g_assert_false (gtk_widget_get_visible (child (assistant, "next_button")));
  g_assert_true (gtk_widget_is_visible (confirm));
  g_assert_true (gtk_widget_is_sensitive (confirm));
  g_assert_null (gtk_widget_get_ancestor (confirm, ADW_TYPE_HEADER_BAR));
  g_assert_true (gtk_widget_is_ancestor (confirm, child (assistant, "stack")));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (assistant)) == confirm);
  return confirm;
}

/* Presses Next (the real button) and checks the page it leads to. */
static void
press_next (FbAssistant *assistant, const char *expected_page)
{
  gui2_wait (not_busy, assistant, 30, "the page to load");
  g_assert_true (next_enabled (assistant));
  click (child (assistant, "next_button"));
  gui_test_iterate ();
  g_assert_cmpstr (fb_assistant_get_page_name (assistant), ==, expected_page);
  gui2_wait (not_busy, assistant, 30, "the page to load");
}

static gboolean
job_ended (gpointer data)
{
  return fb_assistant_get_job_state (data) != NULL;
}

static void
close_assistant (FbAssistant *assistant)
{
  /* "Close" on the progress page (the job keeps running in the monitor otherwise) */
  click (child (assistant, "next_button"));
  gui_test_iterate ();
  g_assert_finalize_object (assistant);
}

typedef struct {
  FbProtectedItem *item;
  FbPhase phase;
} PhaseWait;

static gboolean
phase_is (gpointer data)
{
  PhaseWait *w = data;
  return fb_protected_item_get_phase (w->item) == w->phase;
}

static void
wait_phase (FbProtectedItem *item, FbPhase phase)
{
  PhaseWait w = { item, phase };
  gui2_wait (phase_is, &w, 30, fb_phase_to_string (phase));
}

/* Accepts the warnings of the checks page when there are some (needs the checkbox). */
static void
accept_warnings (FbAssistant *assistant)
{
  GtkWidget *understand = child (assistant, "understand_toggle");
  g_autoptr(GPtrArray) rows = gui2_find_all (child (assistant, "checks_list"), ADW_TYPE_ACTION_ROW);

  g_test_message ("checks: %s", gtk_label_get_text (GTK_LABEL (child (assistant, "checks_status"))));
  for (guint i = 0; i < rows->len; i++)
    g_test_message ("  %s | %s", adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                    adw_action_row_get_subtitle (g_ptr_array_index (rows, i)));

  if (gtk_widget_get_visible (understand))
    {
      g_assert_false (next_enabled (assistant));
      click (understand);
      gui_test_iterate ();
    }
  g_assert_true (next_enabled (assistant));
}

/* The label under @root whose text starts with @prefix, or NULL. */
static GtkLabel *
find_label (GtkWidget *root, const char *prefix)
{
  g_autoptr(GPtrArray) labels = gui2_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* "Wait for the Agent": the check's row counts down what is left of the 15 minutes after
 * @item's failback (at least a minute), then the item is fetched again and the checks run
 * again.  Up to 900 ticks of 5 ms; each tick is a wake-up of the main loop and a relayout of
 * the row, up to ~100 ms on a loaded machine: a generous limit. */
static void
wait_for_agent (FbAssistant *assistant, GtkWidget *button, FbProtectedItem *item)
{
  GtkWidget *list = child (assistant, "checks_list");
  gint64 started = g_get_monotonic_time ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *failed_back = fb_protected_item_get_last_successful_failover_time (item);
  gint64 left = 900 - g_date_time_difference (now, failed_back) / G_TIME_SPAN_SECOND;
  GtkLabel *label;
  guint minutes = 0, seconds = 0;

  g_assert_false (next_enabled (assistant));
  click_once (button);
  g_assert_true (fb_assistant_get_busy (assistant));
  g_assert_false (next_enabled (assistant));
  g_assert_true (gui2_has_row_text (list, "Mobility agent"));
  label = find_label (list, "Checking again in ");
  g_assert_nonnull (label);
  /* it starts at what is left, not at 15:00 (a few seconds of slack for a slow start) */
  g_assert_cmpint (sscanf (gtk_label_get_text (label), "Checking again in %u:%u", &minutes, &seconds), ==, 2);
  g_test_message ("%s (failback %" G_GINT64_FORMAT " s ago)", gtk_label_get_text (label), 900 - left);
  g_assert_cmpint (minutes * 60 + seconds, <=, CLAMP (left, 60, 900) + 5);
  g_assert_cmpint (minutes * 60 + seconds, >=, CLAMP (left, 60, 900) - 5);
  gui2_wait (not_busy, assistant, 240, "the agent registration wait and the checks again");
  g_test_message ("the wait and the checks took %.1f s", (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
}

/* The whole round trip home of one VM: failback, commit, reprotect to Azure. */
static void
test_failback_commit_reprotect (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "billing-01");
  FbAssistant *assistant;
  GtkWidget *next;
  GtkWidget *button;
  const char *subtitle;

  g_assert_cmpint (fb_protected_item_get_phase (item), ==, FB_PHASE_PROTECTED_TO_ON_PREMISES);

  /* 1. direction */
  assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_FAILBACK);
  g_assert_cmpstr (fb_assistant_get_page_name (assistant), ==, "direction");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (assistant, "direction_title"))), ==, "From Azure to on-premises");
  g_assert_true (gui2_has_row_text (child (assistant, "machines_list"), "billing-01"));
  g_assert_false (gtk_widget_get_visible (child (assistant, "back_button")));

  /* 2. recovery point: latest app-consistent with its time, age and data loss */
  press_next (assistant, "recovery-point");
  /* Back and Cancel are icon buttons (German labels left no room at 360 px), named for screen readers */
  g_assert_true (gtk_widget_get_visible (child (assistant, "back_button")));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (child (assistant, "back_button"))), ==, "go-previous-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (assistant, "back_button")), ==, "Back");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (assistant, "cancel_button")), ==, "Cancel");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (assistant, "latest_check"))));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (child (assistant, "app_row")));
  g_test_message ("app-consistent: %s", subtitle);
  g_assert_nonnull (strstr (subtitle, "lost"));
  g_assert_nonnull (strstr (subtitle, "ago"));
  g_assert_true (gtk_widget_get_visible (child (assistant, "custom_row")));
  click (child (assistant, "app_toggle"));
  gui_test_iterate ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (assistant, "app_check"))));
  /* custom shows the list of points */
  click (child (assistant, "custom_toggle"));
  gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (child (assistant, "custom_group")));
  g_assert_cmpuint (gui2_count_rows (GTK_LIST_BOX (child (assistant, "custom_list"))), >, 2);
  click (child (assistant, "app_toggle"));
  gui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (child (assistant, "custom_group")));

  /* 3. checks pass */
  press_next (assistant, "checks");
  g_test_message ("checks: %s", gtk_label_get_text (GTK_LABEL (child (assistant, "checks_status"))));
  g_assert_true (gui2_has_row_text (child (assistant, "checks_list"), "billing-01"));
  accept_warnings (assistant);

  /* 4. summary: destructive, names the machine, says what it costs */
  press_next (assistant, "summary");
  button = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Fail Back billing-01");
  g_assert_true (gtk_widget_has_css_class (button, "destructive-action"));
  g_assert_true (gui2_has_row_text (child (assistant, "summary_list"), "shut down"));
  g_assert_true (gui2_has_row_text (child (assistant, "summary_list"), "app-consistent"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (assistant, "cost_label"))), "deleted"));

  /* 5. confirm once: the button is disabled at once, the job runs and succeeds */
  g_signal_emit_by_name (button, "clicked");
  g_signal_emit_by_name (button, "clicked");   /* a double click does not send twice (nor close) */
  g_assert_cmpstr (fb_assistant_get_page_name (assistant), ==, "progress");
  next = child (assistant, "next_button");   /* Close, in the header bar again */
  g_assert_true (gtk_widget_get_visible (next));
  g_assert_false (gtk_widget_is_sensitive (next));
  gui_test_iterate ();
  gui2_wait (job_ended, assistant, 60, "the failback job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  g_assert_nonnull (fb_assistant_get_job_name (assistant));
  g_assert_cmpuint (gui2_count_rows (GTK_LIST_BOX (child (assistant, "tasks_list"))), >, 2);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "_Close");
  wait_phase (item, FB_PHASE_FAILED_BACK);
  close_assistant (assistant);

  /* exactly one failback job was started */
  {
    GListModel *jobs = fb_job_monitor_get_jobs (fb_session_get_job_monitor (f->session));
    guint n = 0;

    for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
      {
        g_autoptr(FbJob) job = g_list_model_get_item (jobs, i);
        if (g_strcmp0 (fb_job_get_scenario_name (job), "UnplannedFailover") == 0)
          n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }

  /* Commit: says what is deleted in Azure, destructive, names the machine */
  assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_COMMIT);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (assistant, "direction_title"))), ==, "Make the failback final");
  press_next (assistant, "summary");
  next = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "Commit billing-01");
  g_assert_true (gtk_widget_has_css_class (next, "destructive-action"));
  g_assert_true (gui2_has_row_text (child (assistant, "summary_list"), "deleted: billing-01"));
  click (next);
  gui2_wait (job_ended, assistant, 60, "the commit job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (item, FB_PHASE_RUNNING_ON_PREMISES);
  close_assistant (assistant);

  /* Reprotect to Azure: the agent has not registered yet - wait with a visible countdown */
  assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_REPROTECT_TO_AZURE);
  press_next (assistant, "options");
  g_assert_true (gtk_widget_get_visible (child (assistant, "process_server_row")));
  g_assert_true (gtk_widget_get_visible (child (assistant, "policy_row")));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (assistant, "policy_row"))), !=, GTK_INVALID_LIST_POSITION);
  press_next (assistant, "checks");
  button = gui2_find_button (child (assistant, "checks_list"), "Wait for the Agent");
  if (button != NULL)
    wait_for_agent (assistant, button, item);
  else
    g_test_message ("the agent had registered already");
  accept_warnings (assistant);
  press_next (assistant, "summary");
  next = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "Reprotect billing-01");
  click (next);
  gui2_wait (job_ended, assistant, 90, "the reprotect job (with retries)");
  g_test_message ("reprotect: %s", gtk_label_get_text (GTK_LABEL (child (assistant, "progress_detail"))));
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (item, FB_PHASE_PROTECTED_TO_AZURE);
  close_assistant (assistant);
}

/* The agent of file-02 has not registered since its failback; the simulator holds it so
 * (fb_sim_server_hold_agent) until the test lets it register, so every path is seen on any
 * machine, however loaded: the pre-flight check fails and Next stays off; "Wait for the
 * Agent" counts down in the check's row and checks again; still unregistered, the check
 * becomes a warning ("the wait is over"), to be accepted; the job fails with "agent not
 * installed" and the assistant counts down to a retry, with "Retry Now"; the agent
 * registers, "Retry Now" restarts the job and it succeeds. */
typedef struct {
  GtkWidget *box;
  gboolean seen;
  char *text;          /* the countdown label when it appeared */
  gboolean retry_now;  /* with its "Retry Now" button */
} CountdownSeen;

static void
countdown_label_cb (GtkLabel *label, GParamSpec *pspec, CountdownSeen *seen)
{
  if (seen->seen || !gtk_widget_get_visible (seen->box) || *gtk_label_get_text (label) == '\0')
    return;
  seen->seen = TRUE;
  seen->text = g_strdup (gtk_label_get_text (label));
  seen->retry_now = gui2_find_button (seen->box, "_Retry Now") != NULL;
}

static gboolean
countdown_seen (gpointer data)
{
  return ((CountdownSeen *) data)->seen;
}

static void
test_reprotect_agent_retry (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item;
  FbAssistant *assistant;
  GtkWidget *list, *button;
  CountdownSeen countdown = { NULL, FALSE, NULL, FALSE };

  /* whenever the simulator's own clock would let it register: the app sees it unregistered */
  g_assert_true (fb_sim_server_hold_agent (f->server, "file-02", TRUE));
  g_assert_false (fb_sim_server_hold_agent (f->server, "no-such-machine", TRUE));
  gui_test_refresh (f->session, NULL);
  item = gui2_item (f->session, "file-02");
  /* a classic item: its agent's last heartbeat is from before the failback */
  g_assert_nonnull (fb_protected_item_get_last_heartbeat (item));
  g_assert_cmpint (g_date_time_compare (fb_protected_item_get_last_heartbeat (item),
                                        fb_protected_item_get_last_successful_failover_time (item)), <, 0);

  assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_REPROTECT_TO_AZURE);
  list = child (assistant, "checks_list");
  countdown.box = child (assistant, "countdown_box");
  g_signal_connect (child (assistant, "countdown_label"), "notify::label", G_CALLBACK (countdown_label_cb), &countdown);
  press_next (assistant, "options");
  press_next (assistant, "checks");
  g_test_message ("checks: %s", gtk_label_get_text (GTK_LABEL (child (assistant, "checks_status"))));

  /* the check fails: Next stays off; the wait counts down in the check's row */
  g_assert_true (gui2_has_row_text (list, "The Mobility agent of file-02 has not registered with the configuration server since the failback."));
  button = gui2_find_button (list, "Wait for the Agent");
  g_assert_nonnull (button);
  wait_for_agent (assistant, button, item);

  /* still held: the wait is over, the job will wait and retry by itself */
  g_assert_null (gui2_find_button (list, "Wait for the Agent"));
  g_assert_true (gui2_has_row_text (list, "The wait is over. If the agent is still not registered, the reprotect waits and retries by itself."));
  g_assert_true (gtk_widget_get_visible (child (assistant, "understand_toggle")));
  accept_warnings (assistant);
  press_next (assistant, "summary");
  click_once (confirm_button (assistant));

  /* the job fails with "agent not installed": a countdown to the retry, with "Retry Now" */
  gui2_wait_for (countdown_seen, &countdown, 60, "the retry countdown after \"agent not installed\"");
  g_test_message ("countdown: %s", countdown.text);
  g_assert_true (g_str_has_prefix (countdown.text, "The Mobility agent has not registered yet. Retrying in "));
  g_assert_true (countdown.retry_now);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (assistant, "progress_detail"))), "agent not installed"));
  g_assert_null (fb_assistant_get_job_state (assistant));

  /* the agent registers; "Retry Now" restarts the job at once, and it succeeds */
  g_assert_true (fb_sim_server_hold_agent (f->server, "file-02", FALSE));
  button = gui2_find_button (countdown.box, "_Retry Now");
  g_assert_nonnull (button);
  click (button);
  g_assert_false (gtk_widget_get_visible (countdown.box));
  gui2_wait (job_ended, assistant, 60, "the reprotect job, again");
  g_test_message ("reprotect: %s", gtk_label_get_text (GTK_LABEL (child (assistant, "progress_detail"))));
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  g_signal_handlers_disconnect_by_data (child (assistant, "countdown_label"), &countdown);
  g_free (countdown.text);
  wait_phase (item, FB_PHASE_PROTECTED_TO_AZURE);
  close_assistant (assistant);
}

/* The rows of @list whose title contains @text. */
static guint
count_rows_titled (GtkWidget *list, const char *text)
{
  g_autoptr(GPtrArray) rows = gui2_find_all (list, ADW_TYPE_ACTION_ROW);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    if (strstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), text) != NULL)
      n++;
  return n;
}

/* sql-prod-01: its host lacks memory (8038). The check fails, Next stays disabled, the
 * vMotion remedy moves the VM, and the checks pass. */
static void
test_preflight_8038_blocks (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "sql-prod-01");
  FbAssistant *assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_FAILBACK);
  GtkWidget *button;

  press_next (assistant, "recovery-point");
  press_next (assistant, "checks");
  g_assert_true (gui2_has_row_text (child (assistant, "checks_list"), "8038"));
  /* the vCenter once, by its name: the configuration server's view and Failback's own
   * connection (to the simulator on 127.0.0.1) in one row */
  g_assert_cmpuint (count_rows_titled (child (assistant, "checks_list"), "vCenter"), ==, 1);
  g_assert_true (gui2_has_row_text (child (assistant, "checks_list"), "vCenter connection: vc-nbg-01.contoso.local"));
  g_assert_false (gui2_has_row_text (child (assistant, "checks_list"), "127.0.0.1"));
  g_assert_false (next_enabled (assistant));
  g_assert_false (gtk_widget_get_visible (child (assistant, "understand_toggle")));
  /* Enter does nothing while a check fails */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  gui_test_iterate ();
  g_assert_cmpstr (fb_assistant_get_page_name (assistant), ==, "checks");

  button = gui2_find_button (child (assistant, "checks_list"), "Move with vMotion");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Move sql-prod-01 to esx-nbg-02.contoso.local");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (fb_assistant_get_busy (assistant));   /* Next stays off while the remedy runs */
  g_assert_false (next_enabled (assistant));
  gui2_wait (not_busy, assistant, 60, "the vMotion and the checks again");
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (child (assistant, "checks_status"))), "failed"));
  g_assert_true (gui2_has_row_text (child (assistant, "checks_list"), "has room for sql-prod-01"));
  accept_warnings (assistant);
  g_assert_true (next_enabled (assistant));

  /* Escape without anything running closes at once */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.cancel", NULL);
  gui_test_iterate ();
  g_assert_finalize_object (assistant);
}

/* A warning needs "I understand": ffm-db-01's vCenter is not connected (a failure), and
 * the failback of a plan whose checks cannot all be decided shows warnings. */
static void
test_preflight_warning_checkbox (Fixture *f, gconstpointer data)
{
  static const struct { const char *item; FbNextStep step; const char *second_page; } candidates[] = {
    { "hr-app-01", FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "options" },
    { "sql-rpt-01", FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "options" },
    { "pay-db-01", FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "options" },
    { "mail-01", FB_NEXT_STEP_FAILBACK, "recovery-point" },
    { "ffm-app-01", FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "options" },
  };
  gboolean seen = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && !seen; i++)
    {
      FbProtectedItem *item = gui2_item (f->session, candidates[i].item);
      FbAssistant *assistant = open_assistant (f, item, NULL, candidates[i].step);
      GtkWidget *understand = child (assistant, "understand_toggle");
      g_autoptr(GPtrArray) rows = NULL;

      press_next (assistant, candidates[i].second_page);
      press_next (assistant, "checks");
      g_test_message ("%s: %s", candidates[i].item, gtk_label_get_text (GTK_LABEL (child (assistant, "checks_status"))));
      rows = gui2_find_all (child (assistant, "checks_list"), ADW_TYPE_ACTION_ROW);
      for (guint r = 0; r < MIN (rows->len, 3); r++)
        g_test_message ("  %s | %s", adw_preferences_row_get_title (g_ptr_array_index (rows, r)),
                        adw_action_row_get_subtitle (g_ptr_array_index (rows, r)));
      if (gtk_widget_get_visible (understand))
        {
          seen = TRUE;
          g_assert_false (next_enabled (assistant));
          click (understand);
          gui_test_iterate ();
          g_assert_true (next_enabled (assistant));
          click (understand);
          gui_test_iterate ();
          g_assert_false (next_enabled (assistant));
        }
      gtk_window_destroy (GTK_WINDOW (assistant));
      gui_test_iterate ();
      g_assert_finalize_object (assistant);
    }
  g_assert_true (seen);
}

/* Reprotect to on-premises: only the master target of the VM's OS, only VMFS/vSAN
 * datastores; the job gives the item its new identity, protected to on-premises. */
static void
test_reprotect_to_onprem_choices (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "erp-db-01");
  FbAssistant *assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES);
  AdwComboRow *mt, *ds, *retention;
  GListModel *model;

  press_next (assistant, "options");
  mt = ADW_COMBO_ROW (child (assistant, "master_target_row"));
  ds = ADW_COMBO_ROW (child (assistant, "datastore_row"));
  retention = ADW_COMBO_ROW (child (assistant, "retention_row"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mt)));

  model = adw_combo_row_get_model (mt);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      const char *s = gtk_string_list_get_string (GTK_STRING_LIST (model), i);
      g_test_message ("master target: %s", s);
      g_assert_nonnull (strstr (s, fb_protected_item_get_os_type (item)));
    }
  model = adw_combo_row_get_model (ds);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      const char *s = gtk_string_list_get_string (GTK_STRING_LIST (model), i);
      g_test_message ("datastore: %s", s);
      g_assert_null (strstr (s, "rdm"));
      g_assert_null (strstr (s, "nfs"));
    }
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (retention)), >=, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (assistant, "location_label"))), !=, "");

  press_next (assistant, "checks");
  accept_warnings (assistant);
  press_next (assistant, "summary");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (confirm_button (assistant))), ==, "Reprotect erp-db-01");
  click (confirm_button (assistant));
  gui2_wait (job_ended, assistant, 60, "the reprotect job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (item, FB_PHASE_PROTECTED_TO_ON_PREMISES);
  close_assistant (assistant);
}

/* A recovery plan fails back through the same assistant. */
static void
test_plan_failback (Fixture *f, gconstpointer data)
{
  FbRecoveryPlan *plan = gui2_plan (f->session, "rp-billing");
  FbAssistant *assistant = open_assistant (f, NULL, plan, FB_NEXT_STEP_FAILBACK);
  GtkWidget *next = child (assistant, "next_button");

  g_assert_true (gui2_has_row_text (child (assistant, "machines_list"), "billing-01"));
  g_assert_true (gui2_has_row_text (child (assistant, "machines_list"), "billing-02"));
  press_next (assistant, "recovery-point");
  g_assert_true (gtk_widget_get_visible (child (assistant, "plan_rule_label")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (assistant, "plan_rule_label"))), "replication group"));
  g_assert_false (gtk_widget_get_visible (child (assistant, "custom_row")));
  click (child (assistant, "app_toggle"));
  press_next (assistant, "checks");
  accept_warnings (assistant);
  press_next (assistant, "summary");
  next = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "Fail Back 2 Machines");
  click (next);
  gui2_wait (job_ended, assistant, 60, "the plan failback job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (gui2_item (f->session, "billing-01"), FB_PHASE_FAILED_BACK);
  wait_phase (gui2_item (f->session, "billing-02"), FB_PHASE_FAILED_BACK);
  close_assistant (assistant);

  /* and commits as a plan */
  gui_test_refresh (f->session, NULL);
  assistant = open_assistant (f, NULL, plan, FB_NEXT_STEP_COMMIT);
  press_next (assistant, "summary");
  next = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "Commit 2 Machines");
  click (next);
  gui2_wait (job_ended, assistant, 60, "the plan commit job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (gui2_item (f->session, "billing-01"), FB_PHASE_RUNNING_ON_PREMISES);
  close_assistant (assistant);
}

/* Failover to Azure (for completeness): direction, recovery point, summary, job. */
static void
test_failover_to_azure (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "web-01");
  FbAssistant *assistant = open_assistant (f, item, NULL, FB_NEXT_STEP_FAILOVER);
  GtkWidget *next = child (assistant, "next_button");

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (assistant, "direction_title"))), ==, "From on-premises to Azure");
  press_next (assistant, "recovery-point");
  press_next (assistant, "summary");
  next = confirm_button (assistant);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next)), ==, "Fail Over web-01");
  g_assert_true (gtk_widget_has_css_class (next, "destructive-action"));
  click (next);
  gui2_wait (job_ended, assistant, 60, "the failover job");
  g_assert_cmpstr (fb_assistant_get_job_state (assistant), ==, "Succeeded");
  wait_phase (item, FB_PHASE_FAILED_OVER_TO_AZURE);
  close_assistant (assistant);
}

int
main (int argc, char **argv)
{
  gui_test_init (&argc, &argv);

  g_test_add ("/assistant/failback-commit-reprotect", Fixture, NULL, fixture_setup, test_failback_commit_reprotect, fixture_teardown);
  g_test_add ("/assistant/reprotect-agent-wait", Fixture, NULL, fixture_setup, test_reprotect_agent_retry, fixture_teardown);
  g_test_add ("/assistant/preflight-8038-blocks", Fixture, NULL, fixture_setup, test_preflight_8038_blocks, fixture_teardown);
  g_test_add ("/assistant/preflight-warning-checkbox", Fixture, NULL, fixture_setup, test_preflight_warning_checkbox, fixture_teardown);
  g_test_add ("/assistant/reprotect-to-on-premises-choices", Fixture, NULL, fixture_setup, test_reprotect_to_onprem_choices, fixture_teardown);
  g_test_add ("/assistant/failover-to-azure", Fixture, NULL, fixture_setup, test_failover_to_azure, fixture_teardown);
  g_test_add ("/assistant/plan-failback", Fixture, NULL, fixture_setup, test_plan_failback, fixture_teardown);

  return g_test_run ();
}
