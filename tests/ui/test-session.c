/* test-session.c - FbSession against the in-process simulator
 *
 * The demo session signs in with the simulator's service principal, loads the
 * vault list and each vault's items, plans, fabrics and jobs over real HTTP, and
 * keeps the same objects when it refreshes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <malloc.h>

#include "fb-json.h"
#include "gui-test-util.h"

static void
count_changes_cb (GListModel *model, guint position, guint removed, guint added, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_session_demo (void)
{
  FbSimServer *server = NULL;
  FbSession *session;
  FbVault *nbg, *ffm;
  GListModel *items, *plans, *fabrics, *jobs;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  session = gui_test_session_new ("demo", &server);

  g_assert_cmpint (fb_session_get_kind (session), ==, FB_SESSION_KIND_DEMO);
  g_assert_nonnull (fb_session_get_auth (session));
  g_assert_true (fb_azure_auth_get_signed_in (fb_session_get_auth (session)));
  g_assert_nonnull (fb_session_get_arm (session));
  g_assert_nonnull (fb_session_get_site_recovery (session));
  g_assert_nonnull (fb_session_get_job_monitor (session));
  g_assert_cmpstr (fb_session_get_vcenter_uri (session), ==, fb_sim_server_get_base_uri (server));

  /* The demo's two vaults, in the simulator's subscription. */
  g_assert_cmpuint (g_list_model_get_n_items (fb_session_get_vaults (session)), ==, 2);
  nbg = gui_test_vault (session, "vault-nbg");
  ffm = gui_test_vault (session, "vault-ffm");
  g_assert_cmpstr (fb_vault_get_subscription_id (nbg), ==, fb_sim_server_get_subscription_id (server));
  g_assert_cmpstr (fb_session_get_subscription_name (session, fb_vault_get_subscription_id (nbg)), !=,
                   fb_vault_get_subscription_id (nbg));
  g_assert_true (fb_session_get_vault_loaded (session, nbg));
  g_assert_true (fb_session_get_vault_loaded (session, ffm));

  items = fb_session_get_items (session, nbg);
  plans = fb_session_get_plans (session, nbg);
  fabrics = fb_session_get_fabrics (session, nbg);
  jobs = fb_session_get_jobs (session, nbg);
  n_items = g_list_model_get_n_items (items);
  g_assert_cmpuint (n_items, ==, gui_test_demo_item_count ("vault-nbg"));
  g_assert_cmpuint (g_list_model_get_n_items (fb_session_get_items (session, ffm)), ==,
                    gui_test_demo_item_count ("vault-ffm"));
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (fabrics), >=, 1);
  g_assert_true (g_list_model_get_item_type (jobs) == FB_TYPE_JOB);

  /* Lookups by id find the loaded objects; the vault of any id. */
  {
    g_autoptr(FbProtectedItem) first = g_list_model_get_item (items, 0);
    g_autoptr(FbRecoveryPlan) plan = g_list_model_get_item (plans, 0);
    g_autofree char *upper = g_ascii_strup (fb_protected_item_get_id (first), -1);

    g_assert_true (fb_session_lookup_item (session, fb_protected_item_get_id (first)) == first);
    g_assert_true (fb_session_lookup_item (session, upper) == first);
    g_assert_true (fb_session_lookup_plan (session, fb_recovery_plan_get_id (plan)) == plan);
    g_assert_true (fb_session_find_vault_for_id (session, fb_protected_item_get_id (first)) == nbg);
    g_assert_null (fb_session_lookup_item (session, "/subscriptions/x/resourceGroups/y/providers/Microsoft.RecoveryServices/vaults/z/replicationFabrics/f"));
  }

  /* A refresh keeps every object and does not touch the sequence. */
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (before, g_list_model_get_item (items, i));
  {
    guint changes = 0;
    gulong id = g_signal_connect (items, "items-changed", G_CALLBACK (count_changes_cb), &changes);

    gui_test_refresh (session, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_items);
    for (guint i = 0; i < n_items; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (items, i);
        g_assert_true (item == before->pdata[i]);
      }
    g_assert_cmpuint (changes, ==, 0);

    /* One vault alone. */
    gui_test_refresh (session, nbg);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_items);
    g_assert_cmpuint (changes, ==, 0);
    g_signal_handler_disconnect (items, id);
  }
  g_assert_true (gui_test_vault (session, "vault-nbg") == nbg);

  gui_test_free_session (session, server);
}

/* The first page of a vault's items is there before the last one arrives. */
static void
test_session_paging (void)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("large:2000", &error);
  FbSession *session;
  guint first_seen = 0;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  FbVault *vault = NULL;

  g_assert_no_error (error);
  fb_sim_server_set_speed (server, 200);
  fb_sim_server_set_page_size (server, 100);
  g_assert_true (fb_sim_server_start (server, 0, &error));
  session = fb_session_new_demo (server, "Large");

  while (fb_session_get_loading (session) || !fb_session_get_ready (session) || vault == NULL ||
         !fb_session_get_vault_loaded (session, vault))
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (vault == NULL && g_list_model_get_n_items (fb_session_get_vaults (session)) > 0)
        vault = gui_test_vault (session, "vault-large");
      if (vault != NULL && first_seen == 0)
        {
          guint n = g_list_model_get_n_items (fb_session_get_items (session, vault));
          if (n > 0)
            first_seen = n;
        }
    }

  g_assert_cmpuint (first_seen, >, 0);
  g_assert_cmpuint (first_seen, <, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (fb_session_get_items (session, vault)), ==, 2000);

  gui_test_free_session (session, server);
}

static void
refresh_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fb_session_refresh_finish (FB_SESSION (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
refreshed_cb (FbSession *session, FbVault *vault, gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* While enabled (the window is mapped), every polling-interval seconds. */
static void
test_session_auto_refresh (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.failback.Failback");
  FbSimServer *server = NULL;
  FbSession *session = gui_test_session_new ("demo", &server);
  FbVault *nbg = gui_test_vault (session, "vault-nbg");
  g_autoptr(FbProtectedItem) first = g_list_model_get_item (fb_session_get_items (session, nbg), 0);
  guint refreshed = 0;
  gint64 start;

  g_settings_set_uint (settings, "polling-interval", 5);
  g_signal_connect (session, "refreshed", G_CALLBACK (refreshed_cb), &refreshed);

  gui_test_run_for (200);
  g_assert_cmpuint (refreshed, ==, 0);

  fb_session_set_auto_refresh (session, TRUE);
  start = g_get_monotonic_time ();
  while (refreshed < 2)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 9 * G_USEC_PER_SEC);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
  gui_test_wait_loaded (session);
  {
    g_autoptr(FbProtectedItem) again = g_list_model_get_item (fb_session_get_items (session, nbg), 0);
    g_assert_true (again == first);
  }

  fb_session_set_auto_refresh (session, FALSE);
  refreshed = 0;
  gui_test_run_for (200);
  g_assert_cmpuint (refreshed, ==, 0);

  g_signal_handlers_disconnect_by_func (session, refreshed_cb, &refreshed);
  g_settings_reset (settings, "polling-interval");
  gui_test_free_session (session, server);
}

/* Issue 6, item 5: a reload of a big vault holds one copy of its items, not two - the
 * fresh objects of each page take the place of the store's and are freed page by page.
 * (Two whole copies at the end of a reload of 10,000 items were ~30 MiB that malloc kept
 * afterwards.) Measured with glibc's count of the bytes in use, sampled between main loop
 * iterations: what a reload adds at its peak must stay well below what loading the
 * items took. */
static size_t
bytes_in_use (void)
{
  return mallinfo2 ().uordblks;
}

static void
test_session_refresh_one_copy (void)
{
  const guint n = 2000;
  g_autofree char *scenario = g_strdup_printf ("large:%u", n);
  FbSimServer *server = NULL;
  FbSession *session;
  FbVault *vault;
  GListModel *items;
  g_autoptr(FbProtectedItem) first = NULL;
  size_t before_load, loaded, peak;
  gboolean done = FALSE;

  before_load = bytes_in_use ();
  session = gui_test_session_new_at_speed (scenario, 50, &server);
  vault = gui_test_vault (session, "vault-large");
  items = fb_session_get_items (session, vault);
  first = g_list_model_get_item (items, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  gui_test_iterate ();
  loaded = peak = bytes_in_use ();

  fb_session_refresh_async (session, vault, NULL, refresh_done_cb, &done);
  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      peak = MAX (peak, bytes_in_use ());
    }

  g_test_message ("loading %u items took %zu KiB; their reload at most %zu KiB more",
                  n, (loaded - before_load) / 1024, (peak - loaded) / 1024);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  {
    g_autoptr(FbProtectedItem) again = g_list_model_get_item (items, 0);
    g_assert_true (again == first);
  }
  /* Not a second copy of the items: a few pages in flight. */
  g_assert_cmpuint (peak - loaded, <, (loaded - before_load) / 3);

  g_clear_object (&first);
  gui_test_free_session (session, server);
}

static void
failed_cb (FbSession *session, const GError *error, gpointer user_data)
{
  g_assert_nonnull (error);
  (*(guint *) user_data)++;
}

static void
test_session_sign_in_fails (void)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("demo", &error);
  FbSession *session;
  guint failed = 0;

  g_assert_no_error (error);
  fb_sim_server_set_speed (server, 200);
  g_assert_true (fb_sim_server_start (server, 0, &error));
  /* Every token request fails. */
  g_assert_true (fb_sim_server_set_faults (server, "500@after:1@oauth2", &error));
  g_assert_no_error (error);

  session = fb_session_new_demo (server, NULL);
  g_signal_connect (session, "failed", G_CALLBACK (failed_cb), &failed);
  while (fb_session_get_error (session) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (fb_session_get_ready (session));
  g_assert_cmpuint (failed, ==, 1);

  gui_test_free_session (session, server);
}

int
main (int argc, char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/session/demo", test_session_demo);
  g_test_add_func ("/session/paging", test_session_paging);
  g_test_add_func ("/session/sign-in-fails", test_session_sign_in_fails);
  g_test_add_func ("/session/auto-refresh", test_session_auto_refresh);
  g_test_add_func ("/session/refresh-one-copy", test_session_refresh_one_copy);

  return g_test_run ();
}
