/* test-item-page.c - FbItemPage and FbPlanPage against the in-process simulator
 *
 * A real FbSession on the demo site (FbSimServer at speed 200): the item page of
 * machines in every phase shows the one right next-step button and its groups, follows
 * the item live through a job; the plan page shows its groups, the plan-level step and
 * runs the plan pre-flight.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-item-page.h"
#include "fb-labels.h"
#include "fb-plan-page.h"
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

static gboolean
page_loaded (gpointer data)
{
  return fb_item_page_is_loaded (data);
}

static GtkWindow *
show (GtkWidget *page, int width)
{
  GtkWindow *window = g_object_ref (GTK_WINDOW (gtk_window_new ()));

  gtk_window_set_default_size (window, width, 900);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gui_test_iterate ();
  return window;
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  gui_test_iterate ();
  g_assert_finalize_object (window);
}

static GtkWidget *
child (gpointer widget, GType type, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));
}

/* build-01: protection being enabled - a phase in words, and no step but to wait. */
static void
test_item_page_enabling (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "build-01");
  FbItemPage *page = fb_item_page_new (f->session, item);
  GtkWindow *window = show (GTK_WIDGET (page), 1000);

  gui2_wait (page_loaded, page, 20, "the item page to load");
  g_assert_cmpint (fb_protected_item_get_phase (item), ==, FB_PHASE_ENABLING_PROTECTION);
  g_assert_cmpint (fb_protected_item_get_next_step (item), ==, FB_NEXT_STEP_NONE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_ITEM_PAGE, "phase_pill"))), ==,
                   "Enabling protection");
  g_assert_false (gtk_widget_get_visible (child (page, FB_TYPE_ITEM_PAGE, "next_step_button")));
  close_window (window);
}

/* lnx-phys-01: a test failover waits for its cleanup - Site Recovery allows only that, and
 * the page says why no step of the round trip is offered. */
static void
test_item_page_test_failover_cleanup (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "lnx-phys-01");
  FbItemPage *page = fb_item_page_new (f->session, item);
  GtkWindow *window = show (GTK_WIDGET (page), 1000);
  GtkWidget *busy;

  gui2_wait (page_loaded, page, 20, "the item page to load");
  g_assert_true (fb_protected_item_is_allowed (item, "TestFailoverCleanup"));
  g_assert_cmpint (fb_protected_item_get_next_step (item), ==, FB_NEXT_STEP_NONE);
  g_assert_false (gtk_widget_get_visible (child (page, FB_TYPE_ITEM_PAGE, "next_step_button")));
  busy = child (page, FB_TYPE_ITEM_PAGE, "busy_label");
  g_assert_true (gtk_widget_get_visible (busy));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (busy)),
                                   "A test failover of this machine is waiting for its cleanup."));
  close_window (window);
}

/* The next step of every phase, as the one suggested button. */
static void
test_item_page_phases (Fixture *f, gconstpointer data)
{
  static const struct {
    const char *item;
    FbPhase phase;
    const char *button;
  } cases[] = {
    { "web-01", FB_PHASE_PROTECTED_TO_AZURE, "Fail Over…" },
    { "crm-app-01", FB_PHASE_FAILED_OVER_TO_AZURE, "Commit…" },
    { "erp-db-01", FB_PHASE_RUNNING_IN_AZURE, "Reprotect to On-Premises…" },
    { "billing-01", FB_PHASE_PROTECTED_TO_ON_PREMISES, "Fail Back…" },
    { "mail-01", FB_PHASE_PROTECTED_TO_ON_PREMISES, "Fail Back…" },
    { "intranet-01", FB_PHASE_FAILED_BACK, "Commit…" },
    { "wiki-01", FB_PHASE_RUNNING_ON_PREMISES, "Reprotect to Azure…" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FbProtectedItem *item = gui2_item (f->session, cases[i].item);
      FbItemPage *page = fb_item_page_new (f->session, item);
      GtkWindow *window = show (GTK_WIDGET (page), 1000);
      GtkWidget *button = child (page, FB_TYPE_ITEM_PAGE, "next_step_button");
      GtkListBox *points = GTK_LIST_BOX (child (page, FB_TYPE_ITEM_PAGE, "points_list"));
      GtkListBox *infra = GTK_LIST_BOX (child (page, FB_TYPE_ITEM_PAGE, "infra_list"));
      GtkListBox *jobs = GTK_LIST_BOX (child (page, FB_TYPE_ITEM_PAGE, "jobs_list"));
      GtkListBox *health = GTK_LIST_BOX (child (page, FB_TYPE_ITEM_PAGE, "health_list"));
      g_autoptr(GPtrArray) suggested = NULL;
      guint n_suggested = 0;

      g_test_message ("%s", cases[i].item);
      gui2_wait (page_loaded, page, 20, "the item page to load");
      g_assert_cmpint (fb_protected_item_get_phase (item), ==, cases[i].phase);

      /* header */
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_ITEM_PAGE, "name_label"))), ==, cases[i].item);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_ITEM_PAGE, "phase_pill"))), ==,
                       fb_phase_to_string (cases[i].phase));
      /* the provider in words (direction and architecture), never Azure's name for it */
      {
        const char *subtitle = gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_ITEM_PAGE, "subtitle_label")));

        g_assert_nonnull (strstr (subtitle, fb_protected_item_is_modern (item) ? "(modern)" : "(classic)"));
        g_assert_null (strstr (subtitle, "InMage"));
      }

      /* exactly one suggested button, the next step, enabled */
      g_assert_true (gtk_widget_get_visible (button));
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, cases[i].button);
      g_assert_true (gtk_widget_is_sensitive (button));
      suggested = gui2_find_all (GTK_WIDGET (page), GTK_TYPE_BUTTON);
      for (guint b = 0; b < suggested->len; b++)
        if (gtk_widget_has_css_class (g_ptr_array_index (suggested, b), "suggested-action") &&
            gtk_widget_is_visible (g_ptr_array_index (suggested, b)))
          n_suggested++;
      g_assert_cmpuint (n_suggested, ==, 1);

      /* groups: health, recovery points newest first with their zone, infrastructure, jobs */
      g_assert_nonnull (gui_test_find_named (GTK_WIDGET (page), "Health"));
      g_assert_nonnull (gui_test_find_named (GTK_WIDGET (page), "Recovery Points"));
      g_assert_nonnull (gui_test_find_named (GTK_WIDGET (page), "Infrastructure Involved"));
      g_assert_nonnull (gui_test_find_named (GTK_WIDGET (page), "Recent Jobs"));
      g_assert_cmpuint (gui2_count_rows (health), >=, 1);
      /* replicating machines have points; after a commit the service lists none */
      if (cases[i].phase == FB_PHASE_PROTECTED_TO_AZURE || cases[i].phase == FB_PHASE_PROTECTED_TO_ON_PREMISES)
        {
          g_assert_cmpuint (gui2_count_rows (points), >=, 2);
          g_assert_true (gui2_has_row_text (GTK_WIDGET (points), "consistent"));
        }
      else
        g_assert_cmpuint (gui2_count_rows (points), >=, 1);
      g_assert_cmpuint (gui2_count_rows (infra), >=, 2);
      g_assert_cmpuint (gui2_count_rows (jobs), >=, 1);
      if (!fb_protected_item_is_modern (item))
        {
          g_assert_true (gui2_has_row_text (GTK_WIDGET (infra), "Process server"));
          g_assert_true (gui2_has_row_text (GTK_WIDGET (infra), "Configuration server"));
        }
      g_assert_true (gui2_has_row_text (GTK_WIDGET (infra), "vCenter"));

      close_window (window);
    }
}

/* A machine with a health warning shows it with ASR's recommended action. */
static void
test_item_page_health (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "file-01");
  FbItemPage *page = fb_item_page_new (f->session, item);
  GtkWindow *window = show (GTK_WIDGET (page), 1000);
  GtkWidget *health = child (page, FB_TYPE_ITEM_PAGE, "health_list");

  gui2_wait (page_loaded, page, 20, "the item page to load");
  g_assert_cmpuint (g_list_model_get_n_items (fb_protected_item_get_health_errors (item)), >, 0);
  g_assert_true (gui2_has_row_text (health, "Recommended action:"));
  close_window (window);
}

static gboolean
button_label_is (gpointer data)
{
  const char * const *pair = data;
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (pair[0])), pair[1]) == 0;
}

/* The page follows the item: a commit that ends turns Commit… into Reprotect…. */
static void
test_item_page_live (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "crm-app-01");
  FbItemPage *page = fb_item_page_new (f->session, item);
  GtkWindow *window = show (GTK_WIDGET (page), 1000);
  GtkWidget *button = child (page, FB_TYPE_ITEM_PAGE, "next_step_button");
  g_autoptr(FbAction) action = fb_action_new_commit (fb_protected_item_get_id (item));
  const char *expect[2] = { (const char *) button, "Reprotect to On-Premises…" };
  GtkListBox *jobs = GTK_LIST_BOX (child (page, FB_TYPE_ITEM_PAGE, "jobs_list"));
  guint n_jobs;

  gui2_wait (page_loaded, page, 20, "the item page to load");
  n_jobs = gui2_count_rows (jobs);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Commit…");

  fb_job_monitor_run_action_async (fb_session_get_job_monitor (f->session), action, NULL, NULL, NULL);
  gui2_wait (button_label_is, expect, 30, "the next step after the commit");
  gui2_wait (page_loaded, page, 20, "the reload after the job");
  g_assert_cmpint (fb_protected_item_get_phase (item), ==, FB_PHASE_RUNNING_IN_AZURE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_ITEM_PAGE, "phase_pill"))), ==, "Running in Azure");
  g_assert_cmpuint (gui2_count_rows (jobs), >=, MIN (n_jobs + 1, 6));
  close_window (window);
}

/* Narrow: the page fits 360 px. */
static void
test_item_page_narrow (Fixture *f, gconstpointer data)
{
  FbProtectedItem *item = gui2_item (f->session, "billing-01");
  FbItemPage *page = fb_item_page_new (f->session, item);
  GtkWindow *window = show (GTK_WIDGET (page), 360);
  int min = 0;

  gui2_wait (page_loaded, page, 20, "the item page to load");
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
  close_window (window);
}

static gboolean
plan_checked (gpointer data)
{
  return !fb_plan_page_get_checking (data);
}

static void
test_plan_page (Fixture *f, gconstpointer data)
{
  FbRecoveryPlan *plan = gui2_plan (f->session, "rp-billing");
  FbPlanPage *page = fb_plan_page_new (f->session, plan);
  GtkWindow *window = show (GTK_WIDGET (page), 1000);
  GtkWidget *failback = child (page, FB_TYPE_PLAN_PAGE, "failback_button");
  GtkListBox *checks = GTK_LIST_BOX (child (page, FB_TYPE_PLAN_PAGE, "checks_list"));

  g_assert_cmpint (fb_plan_page_get_next_step (page), ==, FB_NEXT_STEP_FAILBACK);
  g_assert_true (gtk_widget_get_visible (failback));
  g_assert_true (gtk_widget_has_css_class (failback, "suggested-action"));
  g_assert_false (gtk_widget_get_visible (child (page, FB_TYPE_PLAN_PAGE, "commit_button")));
  g_assert_true (gui2_has_row_text (GTK_WIDGET (page), "billing-01"));
  g_assert_true (gui2_has_row_text (GTK_WIDGET (page), "billing-02"));
  g_assert_true (gui2_has_row_text (GTK_WIDGET (page), "billing-group"));
  /* the allowed operations in words, not as Azure names them */
  g_assert_true (gui2_has_row_text (GTK_WIDGET (page), fb_operation_label ("UnplannedFailover")));
  g_assert_false (gui2_has_row_text (GTK_WIDGET (page), "UnplannedFailover"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (page, FB_TYPE_PLAN_PAGE, "rule_label"))),
                            "common to all its machines"));

  /* the plan pre-flight checks every machine */
  fb_plan_page_run_checks (page);
  gui2_wait (plan_checked, page, 30, "the plan pre-flight");
  g_assert_cmpuint (gui2_count_rows (checks), >, 4);
  g_assert_true (gui2_has_row_text (GTK_WIDGET (checks), "billing-01"));
  g_assert_true (gui2_has_row_text (GTK_WIDGET (checks), "billing-02"));

  close_window (window);

  /* a plan whose machines are running in Azure offers no plan-level step */
  page = fb_plan_page_new (f->session, gui2_plan (f->session, "rp-erp"));
  window = show (GTK_WIDGET (page), 1000);
  g_assert_cmpint (fb_plan_page_get_next_step (page), ==, FB_NEXT_STEP_NONE);
  g_assert_false (gtk_widget_get_visible (child (page, FB_TYPE_PLAN_PAGE, "failback_button")));
  g_assert_true (gtk_widget_get_visible (child (page, FB_TYPE_PLAN_PAGE, "state_label")));
  close_window (window);
}

int
main (int argc, char **argv)
{
  gui_test_init (&argc, &argv);

  g_test_add ("/item-page/phases", Fixture, NULL, fixture_setup, test_item_page_phases, fixture_teardown);
  g_test_add ("/item-page/enabling-protection", Fixture, NULL, fixture_setup, test_item_page_enabling, fixture_teardown);
  g_test_add ("/item-page/test-failover-cleanup", Fixture, NULL, fixture_setup, test_item_page_test_failover_cleanup, fixture_teardown);
  g_test_add ("/item-page/health", Fixture, NULL, fixture_setup, test_item_page_health, fixture_teardown);
  g_test_add ("/item-page/live", Fixture, NULL, fixture_setup, test_item_page_live, fixture_teardown);
  g_test_add ("/item-page/narrow", Fixture, NULL, fixture_setup, test_item_page_narrow, fixture_teardown);
  g_test_add ("/plan-page/groups-and-checks", Fixture, NULL, fixture_setup, test_plan_page, fixture_teardown);

  return g_test_run ();
}
