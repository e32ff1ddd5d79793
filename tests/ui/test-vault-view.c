/* test-vault-view.c - the window on the demo site: sidebar, vault views, pages
 *
 * The sidebar lists the simulator's subscription and its two vaults with their
 * health badges; each vault view has Replicated Items, Recovery Plans, Jobs and
 * Infrastructure; the plans and the infrastructure show what the simulator has;
 * win.show-item/-plan/-job open pages that Back closes; at 360 px the leaflet folds
 * and the view switcher moves to the bottom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fb-application.h"
#include "fb-infrastructure-view.h"
#include "fb-item-page.h"
#include "fb-plan-page.h"
#include "fb-items-view.h"
#include "fb-job-page.h"
#include "fb-jobs-view.h"
#include "fb-plans-view.h"
#include "fb-vault-view.h"
#include "fb-window.h"
#include "gui-test-util.h"

static FbApplication *app;

#define CHILD(type, name) (type (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, name)))

static void
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static gboolean
sidebar_filled (gpointer data)
{
  GtkListBox *list = data;

  return gtk_list_box_get_row_at_index (list, 1) != NULL;
}

static gboolean
vcenters_loaded (gpointer data)
{
  return fb_infrastructure_view_get_vcenters_loaded (data);
}

static gboolean
plans_listed (gpointer data)
{
  return g_strcmp0 (fb_plans_view_get_state (data), "list") == 0;
}

static gboolean
page_closed (gpointer data)
{
  return adw_bin_get_child (data) == NULL;
}

static gboolean
folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static gboolean
not_loading (gpointer data)
{
  return !fb_session_get_loading (data);
}

static guint
count_health (GListModel *items, const char *health)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);
      n += g_strcmp0 (fb_protected_item_get_replication_health (item), health) == 0;
    }
  return n;
}

static GtkWidget *
find_badge (GtkWidget *row, const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "fb-badge") && gtk_widget_has_css_class (child, css_class))
      return child;
  g_assert_not_reached ();
}

static gboolean
row_selected_is (GtkListBox *list, int index)
{
  return gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, index);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
collect_type (GtkWidget *root, GType type, GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect_type (child, type, out);
    }
}

/* The bottom view switcher at 360 px: each of the four views reachable by a button named
 * with its whole title (tooltip and accessible name), and no title shown shortened. */
static void
assert_switcher_readable (FbVaultView *view)
{
  GtkWidget *bar = GTK_WIDGET (fb_vault_view_get_switcher_bar (view));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  const char *names[] = { "items", "plans", "jobs", "infrastructure" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (titles, (gpointer) adw_view_stack_page_get_title (
                       adw_view_stack_get_page (fb_vault_view_get_stack (view), fb_vault_view_get_view (view, names[i]))));

  g_assert_true (gtk_widget_get_mapped (bar));
  collect_type (bar, GTK_TYPE_TOGGLE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 4);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      const char *tooltip = gtk_widget_get_tooltip_text (button);

      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_nonnull (tooltip);
      g_assert_true (g_ptr_array_find_with_equal_func (titles, tooltip, g_str_equal, NULL));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip);

      collect_type (button, GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        if (gtk_widget_get_mapped (labels->pdata[j]) && gtk_widget_get_width (labels->pdata[j]) > 0)
          {
            if (pango_layout_is_ellipsized (gtk_label_get_layout (labels->pdata[j])))
              g_error ("the view switcher shortens \"%s\" to %d px", gtk_label_get_text (labels->pdata[j]),
                       gtk_widget_get_width (labels->pdata[j]));
          }
    }
}

static void
test_vault_view (void)
{
  FbSimServer *server = NULL;
  FbSession *session = gui_test_session_new ("demo", &server);
  FbVault *nbg = gui_test_vault (session, "vault-nbg");
  FbVault *ffm = gui_test_vault (session, "vault-ffm");
  FbWindow *window;
  GtkListBox *sidebar;
  GtkStack *content_stack;
  AdwViewSwitcherTitle *switcher_title;
  FbVaultView *view;
  AdwViewStack *stack;

  fb_application_set_session (app, session);
  window = g_object_ref (fb_window_new (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  sidebar = CHILD (GTK_LIST_BOX, "sidebar_list");
  content_stack = CHILD (GTK_STACK, "content_stack");
  switcher_title = CHILD (ADW_VIEW_SWITCHER_TITLE, "switcher_title");
  wait_for (sidebar_filled, sidebar);
  gui_test_iterate ();

  /* One header for the account (its name) and the subscription (its display name), a
   * row per vault. */
  {
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (sidebar, 0);
    GtkListBoxRow *second = gtk_list_box_get_row_at_index (sidebar, 1);
    GtkWidget *header = gtk_list_box_row_get_header (first);
    const char *subscription = fb_session_get_subscription_name (session, fb_vault_get_subscription_id (nbg));

    g_assert_null (gtk_list_box_get_row_at_index (sidebar, 2));
    g_assert_nonnull (header);
    g_assert_nonnull (gui_test_find_named (header, fb_session_get_title (session)));
    g_assert_nonnull (gui_test_find_named (header, subscription));
    g_assert_cmpstr (subscription, !=, fb_vault_get_subscription_id (nbg));
    g_assert_null (gtk_list_box_row_get_header (second));

    /* The badges count the items with a Critical or Warning replication health. */
    gui_test_run_for (50);
    for (int i = 0; i < 2; i++)
      {
        GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, i));
        FbVault *vault = i == 0 ? nbg : ffm;
        guint warnings = count_health (fb_session_get_items (session, vault), "Warning");
        guint critical = count_health (fb_session_get_items (session, vault), "Critical");
        g_autofree char *warnings_text = g_strdup_printf ("%u", warnings);
        g_autofree char *critical_text = g_strdup_printf ("%u", critical);

        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_badge (row, "warning"))), ==, warnings_text);
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_badge (row, "error"))), ==, critical_text);
        g_assert_true (gtk_widget_get_visible (find_badge (row, "warning")) == (warnings > 0));
        g_assert_true (gtk_widget_get_visible (find_badge (row, "error")) == (critical > 0));
      }
    g_assert_cmpuint (count_health (fb_session_get_items (session, nbg), "Warning"), >, 0);
  }

  /* The first vault is shown, with its four views. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "vaults");
  view = FB_VAULT_VIEW (gtk_stack_get_visible_child (CHILD (GTK_STACK, "vault_stack")));
  g_assert_true (fb_vault_view_get_vault (view) == nbg);
  stack = fb_vault_view_get_stack (view);
  g_assert_true (adw_view_switcher_title_get_stack (switcher_title) == stack);
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-nbg");
  g_assert_true (FB_IS_ITEMS_VIEW (fb_vault_view_get_view (view, "items")));
  g_assert_true (FB_IS_PLANS_VIEW (fb_vault_view_get_view (view, "plans")));
  g_assert_true (FB_IS_JOBS_VIEW (fb_vault_view_get_view (view, "jobs")));
  g_assert_true (FB_IS_INFRASTRUCTURE_VIEW (fb_vault_view_get_view (view, "infrastructure")));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "items");
  g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, fb_vault_view_get_view (view, "plans"))),
                   ==, "Recovery Plans");

  /* Recovery Plans: one group per plan, with its boot groups' machines. */
  fb_vault_view_set_visible_view (view, "plans");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "plans");
  {
    FbPlansView *plans = FB_PLANS_VIEW (fb_vault_view_get_view (view, "plans"));
    GtkWidget *plans_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (plans), FB_TYPE_PLANS_VIEW, "plans_box"));

    wait_for (plans_listed, plans);
    g_assert_cmpuint (count_children (plans_box), ==, g_list_model_get_n_items (fb_session_get_plans (session, nbg)));
    g_assert_nonnull (gui_test_find_named (plans_box, "rp-erp"));
    g_assert_nonnull (gui_test_find_named (plans_box, "erp-db-01"));
    g_assert_nonnull (gui_test_find_named (plans_box, "Group 1"));
    g_assert_nonnull (gui_test_find_named (plans_box, "Shutdown"));
    g_assert_nonnull (gui_test_find_named (plans_box, "Running in Azure"));
  }

  /* Infrastructure: the configuration server and its parts, the vCenter. */
  fb_vault_view_set_visible_view (view, "infrastructure");
  {
    FbInfrastructureView *infra = FB_INFRASTRUCTURE_VIEW (fb_vault_view_get_view (view, "infrastructure"));
    GtkWidget *groups = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (infra), FB_TYPE_INFRASTRUCTURE_VIEW, "groups_box"));

    wait_for (vcenters_loaded, infra);
    gui_test_run_for (50);
    g_assert_cmpstr (fb_infrastructure_view_get_state (infra), ==, "list");
    g_assert_nonnull (gui_test_find_named (groups, "Process Servers"));
    g_assert_nonnull (gui_test_find_named (groups, "Master Targets"));
    g_assert_nonnull (gui_test_find_named (groups, "vCenter Servers"));
    g_assert_nonnull (gui_test_find_named (groups, "cs-nbg-01"));
    g_assert_nonnull (gui_test_find_named (groups, "mt-win-nbg-01"));
  }

  /* Jobs. */
  fb_vault_view_set_visible_view (view, "jobs");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "jobs");

  /* Ctrl+F (win.search) goes to the items. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "items");

  /* An item's page opens over the vault view; Back closes it. */
  {
    g_autoptr(FbProtectedItem) item = g_list_model_get_item (fb_session_get_items (session, nbg), 0);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "s", fb_protected_item_get_id (item)));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "page");
    g_assert_true (FB_IS_ITEM_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder"))));
    g_assert_true (fb_item_page_get_item (FB_ITEM_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder")))) == item);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (CHILD (GTK_BUTTON, "back_button"))));
    g_assert_cmpstr (adw_window_title_get_title (CHILD (ADW_WINDOW_TITLE, "content_title")), ==,
                     fb_protected_item_get_friendly_name (item));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "vaults");
    wait_for (page_closed, CHILD (ADW_BIN, "page_holder"));
  }

  /* Activating a row of the table (Enter, double-click) opens that item. */
  {
    FbItemsView *items = FB_ITEMS_VIEW (fb_vault_view_get_view (view, "items"));
    g_autoptr(FbProtectedItem) row_item = g_list_model_get_item (G_LIST_MODEL (fb_items_view_get_selection (items)), 3);

    g_signal_emit_by_name (fb_items_view_get_column_view (items), "activate", 3);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "page");
    g_assert_true (fb_item_page_get_item (FB_ITEM_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder")))) == row_item);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
    wait_for (page_closed, CHILD (ADW_BIN, "page_holder"));
  }

  /* A plan's page, and a job's page (GUI-3's FbJobPage). */
  {
    g_autoptr(FbRecoveryPlan) plan = g_list_model_get_item (fb_session_get_plans (session, nbg), 0);
    g_autoptr(FbJob) job = g_list_model_get_item (fb_session_get_jobs (session, nbg), 0);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", "s", fb_recovery_plan_get_id (plan)));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "page");
    g_assert_true (FB_IS_PLAN_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder"))));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "s", fb_job_get_name (job)));
    g_assert_true (FB_IS_JOB_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder"))));
    g_assert_true (fb_job_page_get_job (FB_JOB_PAGE (adw_bin_get_child (CHILD (ADW_BIN, "page_holder")))) == job);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
    wait_for (page_closed, CHILD (ADW_BIN, "page_holder"));
  }

  /* win.show-vault and the sidebar switch vaults; each keeps its view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-vault", "s", fb_vault_get_id (ffm)));
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-ffm");
  g_assert_true (row_selected_is (sidebar, 1));
  gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 0));
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-nbg");
  g_assert_true (gtk_stack_get_visible_child (CHILD (GTK_STACK, "vault_stack")) == GTK_WIDGET (view));

  /* F5 refreshes; the vault view stays the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  g_assert_true (fb_session_get_loading (session));
  wait_for (not_loading, session);
  g_assert_true (gtk_stack_get_visible_child (CHILD (GTK_STACK, "vault_stack")) == GTK_WIDGET (view));

  /* 360 px: one pane at a time, Back buttons, the view switcher at the bottom. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  wait_for (folded, CHILD (ADW_LEAFLET, "leaflet"));
  gui_test_run_for (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (CHILD (GTK_BUTTON, "back_button"))));
  g_assert_true (adw_view_switcher_bar_get_reveal (fb_vault_view_get_switcher_bar (view)));
  assert_switcher_readable (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (CHILD (ADW_LEAFLET, "leaflet")), ==, "sidebar");

  fb_application_remove_session (app, session);
  gui_test_iterate ();
  g_assert_null (fb_application_get_session (app));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (GTK_STACK, "main_stack")), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);
}

static int
sidebar_row_of (GtkListBox *list, FbVault *vault)
{
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    if (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, i)), "fb-vault") == vault)
      return i;
  return -1;
}

static gboolean
rows_at_least (gpointer data)
{
  GtkListBox *list = g_object_get_data (data, "list");
  int n = GPOINTER_TO_INT (g_object_get_data (data, "n"));

  return gtk_list_box_get_row_at_index (list, n - 1) != NULL;
}

/* Issue 6, "several accounts": the sidebar lists the vaults of every signed-in account,
 * grouped under the account's name; choosing a vault of the other account switches to it
 * (no trip to the preferences), and signing out takes its vaults out of the sidebar. */
static void
test_accounts (void)
{
  FbSimServer *server_a = NULL;
  FbSimServer *server_b = NULL;
  FbSession *contoso = gui_test_session_new_full ("demo", 200, "Contoso", &server_a);
  FbSession *fabrikam = gui_test_session_new_full ("large:30", 200, "Fabrikam", &server_b);
  FbVault *nbg = gui_test_vault (contoso, "vault-nbg");
  FbVault *large = gui_test_vault (fabrikam, "vault-large");
  g_autoptr(GObject) waiter = g_object_new (G_TYPE_OBJECT, NULL);
  FbWindow *window;
  GtkListBox *sidebar;
  AdwViewSwitcherTitle *switcher_title;
  guint n_contoso = g_list_model_get_n_items (fb_session_get_vaults (contoso));
  guint n_fabrikam = g_list_model_get_n_items (fb_session_get_vaults (fabrikam));
  int row_large, row_nbg;

  fb_application_add_session (app, fabrikam);
  fb_application_add_session (app, contoso);
  g_assert_true (fb_application_get_session (app) == contoso);

  window = g_object_ref (fb_window_new (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sidebar = CHILD (GTK_LIST_BOX, "sidebar_list");
  switcher_title = CHILD (ADW_VIEW_SWITCHER_TITLE, "switcher_title");
  g_object_set_data (waiter, "list", sidebar);
  g_object_set_data (waiter, "n", GINT_TO_POINTER (n_contoso + n_fabrikam));
  wait_for (rows_at_least, waiter);
  gui_test_iterate ();

  /* Every vault of both accounts, each account under its own header. */
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, n_contoso + n_fabrikam));
  row_large = sidebar_row_of (sidebar, large);
  row_nbg = sidebar_row_of (sidebar, nbg);
  g_assert_cmpint (row_large, >=, 0);
  g_assert_cmpint (row_nbg, >=, 0);
  {
    GtkWidget *fabrikam_header = gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (sidebar, 0));
    GtkWidget *contoso_header = gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (sidebar, n_fabrikam));

    g_assert_nonnull (fabrikam_header);
    g_assert_nonnull (gui_test_find_named (fabrikam_header, fb_session_get_title (fabrikam)));
    g_assert_nonnull (contoso_header);
    g_assert_nonnull (gui_test_find_named (contoso_header, "Contoso"));
    g_assert_null (gui_test_find_named (contoso_header, fb_session_get_title (fabrikam)));
  }

  /* The current account's vault is shown. */
  g_assert_true (row_selected_is (sidebar, row_nbg));
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-nbg");

  /* A click on the other account's vault: that account is shown, with that vault. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (sidebar, row_large), "activate");
  gui_test_iterate ();
  g_assert_true (fb_application_get_session (app) == fabrikam);
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-large");
  g_assert_true (fb_vault_view_get_vault (FB_VAULT_VIEW (gtk_stack_get_visible_child (CHILD (GTK_STACK, "vault_stack")))) == large);
  g_assert_true (row_selected_is (sidebar, row_large));
  /* ... and both accounts stay in the sidebar. */
  g_assert_cmpint (sidebar_row_of (sidebar, nbg), ==, row_nbg);

  /* And back, by keyboard selection. */
  gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, row_nbg));
  gui_test_iterate ();
  g_assert_true (fb_application_get_session (app) == contoso);
  g_assert_cmpstr (adw_view_switcher_title_get_title (switcher_title), ==, "vault-nbg");

  /* Signing out of one account takes its vaults out of the sidebar. */
  fb_application_remove_session (app, fabrikam);
  gui_test_iterate ();
  g_assert_cmpint (sidebar_row_of (sidebar, large), ==, -1);
  g_assert_cmpint (sidebar_row_of (sidebar, nbg), >=, 0);
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, n_contoso));
  g_assert_true (fb_application_get_session (app) == contoso);

  fb_application_remove_session (app, contoso);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (fabrikam, server_b);
  gui_test_free_session (contoso, server_a);
}

/* The demo site's account name is the app's, in the user's language - in the sidebar too
 * (German through the build tree's catalog; skipped without it or without de_DE.UTF-8). */
static void
test_demo_name_translated (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FB_BUILD_DIR"), "po", NULL);
  g_autofree char *catalog = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  FbSimServer *server = NULL;
  FbSession *session;
  FbWindow *window;
  GtkListBox *sidebar;
  const char *german;

  if (!g_file_test (catalog, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the build tree has no German catalog");
      return;
    }
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale");
      return;
    }
  /* As main.c does. */
  g_setenv ("LANGUAGE", "de", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  german = g_dgettext (GETTEXT_PACKAGE, "Demo Site");
  g_assert_cmpstr (german, !=, "Demo Site");

  session = gui_test_session_new ("demo", &server);
  g_assert_cmpstr (fb_session_get_title (session), ==, german);

  fb_application_set_session (app, session);
  window = g_object_ref (fb_window_new (app));
  gtk_window_present (GTK_WINDOW (window));
  sidebar = CHILD (GTK_LIST_BOX, "sidebar_list");
  wait_for (sidebar_filled, sidebar);
  g_assert_nonnull (gui_test_find_named (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (sidebar, 0)), german));

  /* At 360 px the German titles ("Wiederherstellungspläne") are not cut in the bottom bar. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  wait_for (folded, CHILD (ADW_LEAFLET, "leaflet"));
  adw_leaflet_set_visible_child_name (CHILD (ADW_LEAFLET, "leaflet"), "content");
  gui_test_run_for (300);
  assert_switcher_readable (FB_VAULT_VIEW (gtk_stack_get_visible_child (CHILD (GTK_STACK, "vault_stack"))));

  fb_application_remove_session (app, session);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, old_locale);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* GTK's in-process accessibility backend, to read accessible names back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gui_test_init (&argc, &argv);

  app = fb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/vault-view/window", test_vault_view);
  g_test_add_func ("/vault-view/accounts", test_accounts);
  g_test_add_func ("/vault-view/demo-name-translated", test_demo_name_translated);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
