/* test-items-view.c - FbItemsView against the in-process simulator
 *
 * The table shows the vault's items; the phase filter shows only that phase, the
 * search only matching names; clicking a column sorts; a refresh keeps the same
 * rows, the selection and the scroll position; opened on a vault already loaded, it
 * starts at its top; 10,000 items (large:10000) load
 * page by page (time to the first page and to all, and the memory, are printed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fb-items-view.h"
#include "gui-test-util.h"

static GtkWidget *
window_with_view (FbItemsView **out_view,
                  FbSession    *session,
                  FbVault      *vault)
{
  GtkWidget *window = gtk_window_new ();
  FbItemsView *view = fb_items_view_new (session, vault);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gui_test_iterate ();

  *out_view = view;
  return g_object_ref (window);
}

static guint
count_phase (GListModel *model, FbPhase phase)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (model, i);
      n += fb_protected_item_get_phase (item) == phase;
    }
  return n;
}

static void
test_items_view_demo (void)
{
  FbSimServer *server = NULL;
  FbSession *session = gui_test_session_new ("demo", &server);
  FbVault *vault = gui_test_vault (session, "vault-nbg");
  GListModel *store = fb_session_get_items (session, vault);
  FbItemsView *view;
  GtkWidget *window = window_with_view (&view, session, vault);
  GtkSelectionModel *rows = fb_items_view_get_selection (view);
  GtkColumnView *column_view = fb_items_view_get_column_view (view);
  GListModel *columns = gtk_column_view_get_columns (column_view);
  g_autoptr(GtkColumnViewColumn) name_column = g_list_model_get_item (columns, 0);
  guint n_all = g_list_model_get_n_items (store);
  guint n_failed_over;

  g_assert_true (GTK_IS_MULTI_SELECTION (rows));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, gui_test_demo_item_count ("vault-nbg"));
  g_assert_cmpstr (fb_items_view_get_state (view), ==, "list");

  /* Every column sorts. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      g_assert_nonnull (gtk_column_view_column_get_title (column));
    }

  /* The phase filter shows exactly that phase. */
  n_failed_over = count_phase (store, FB_PHASE_FAILED_OVER_TO_AZURE);
  g_assert_cmpuint (n_failed_over, >, 0);
  fb_items_view_set_phase_filter (view, FB_PHASE_FAILED_OVER_TO_AZURE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n_failed_over);
  g_assert_cmpuint (count_phase (G_LIST_MODEL (rows), FB_PHASE_FAILED_OVER_TO_AZURE), ==, n_failed_over);
  fb_items_view_set_phase_filter (view, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n_all);

  /* Health and provider filters. */
  fb_items_view_set_health_filter (view, FB_ITEMS_HEALTH_WARNING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_cmpstr (fb_protected_item_get_replication_health (item), ==, "Warning");
    }
  /* "Not replicating" (Site Recovery's "None"), the words of the column and the item page */
  fb_items_view_set_health_filter (view, FB_ITEMS_HEALTH_NOT_REPLICATING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_cmpstr (fb_protected_item_get_replication_health (item), ==, "None");
      g_assert_cmpstr (fb_items_view_health_label (fb_protected_item_get_replication_health (item)), ==, "Not replicating");
    }
  fb_items_view_set_health_filter (view, FB_ITEMS_HEALTH_ALL);
  fb_items_view_set_provider_filter (view, FB_ITEMS_PROVIDER_MODERN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_true (fb_protected_item_is_modern (item));
    }
  fb_items_view_set_provider_filter (view, FB_ITEMS_PROVIDER_ALL);

  /* Search by name, case-insensitive; nothing found is "No Results". */
  fb_items_view_set_search (view, "ERP");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_nonnull (strstr (fb_protected_item_get_friendly_name (item), "erp"));
    }
  fb_items_view_set_search (view, "no-such-machine");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 0);
  gui_test_iterate ();
  g_assert_cmpstr (fb_items_view_get_state (view), ==, "no-results");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "items.clear-filters", NULL));
  fb_items_view_set_search (view, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n_all);
  gui_test_iterate ();
  g_assert_cmpstr (fb_items_view_get_state (view), ==, "list");

  /* Sorted by name (the default), both ways. */
  gtk_column_view_sort_by_column (column_view, name_column, GTK_SORT_ASCENDING);
  for (guint i = 1; i < n_all; i++)
    {
      g_autoptr(FbProtectedItem) a = g_list_model_get_item (G_LIST_MODEL (rows), i - 1);
      g_autoptr(FbProtectedItem) b = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_cmpint (g_utf8_collate (fb_protected_item_get_friendly_name (a), fb_protected_item_get_friendly_name (b)), <=, 0);
    }
  gtk_column_view_sort_by_column (column_view, name_column, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n_all; i++)
    {
      g_autoptr(FbProtectedItem) a = g_list_model_get_item (G_LIST_MODEL (rows), i - 1);
      g_autoptr(FbProtectedItem) b = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_assert_cmpint (g_utf8_collate (fb_protected_item_get_friendly_name (a), fb_protected_item_get_friendly_name (b)), >=, 0);
    }
  gtk_column_view_sort_by_column (column_view, name_column, GTK_SORT_ASCENDING);

  /* A refresh keeps the rows, the selection and the scroll position. */
  {
    g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GtkBitset) selected = NULL;
    GtkAdjustment *vadj;
    double scroll;

    gtk_window_set_default_size (GTK_WINDOW (window), 800, 300);
    gui_test_run_for (100);
    gtk_selection_model_select_item (rows, 2, TRUE);
    gtk_selection_model_select_item (rows, 7, FALSE);
    gtk_selection_model_select_item (rows, n_all - 1, FALSE);
    vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj) / 3);
    gui_test_run_for (50);
    scroll = gtk_adjustment_get_value (vadj);
    g_assert_cmpfloat (scroll, >, 0);
    for (guint i = 0; i < n_all; i++)
      g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (rows), i));

    gui_test_refresh (session, vault);
    gui_test_run_for (50);

    selected = gtk_selection_model_get_selection (rows);
    g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 3);
    g_assert_true (gtk_bitset_contains (selected, 2));
    g_assert_true (gtk_bitset_contains (selected, 7));
    g_assert_true (gtk_bitset_contains (selected, n_all - 1));
    for (guint i = 0; i < n_all; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (rows), i);
        g_assert_true (item == before->pdata[i]);
      }
    g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, scroll);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);
}

/* demo.json with vault-ffm emptied: "No Replicated Items", and the plans view's empty page. */
static void
test_items_view_empty (void)
{
  g_autofree char *src = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("fb-gui1-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty-ffm.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  FbSimServer *server = NULL;
  FbSession *session;
  FbItemsView *view;
  GtkWidget *window;
  JsonArray *vaults;

  g_assert_true (json_parser_load_from_file (parser, src, &error));
  g_assert_no_error (error);
  vaults = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "vaults");
  for (guint i = 0; i < json_array_get_length (vaults); i++)
    {
      JsonObject *vault = json_array_get_object_element (vaults, i);

      if (g_strcmp0 (json_object_get_string_member (vault, "name"), "vault-ffm") == 0)
        json_object_set_array_member (vault, "items", json_array_new ());
    }
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);

  session = gui_test_session_new (path, &server);
  window = window_with_view (&view, session, gui_test_vault (session, "vault-ffm"));
  gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))), ==, 0);
  g_assert_cmpstr (fb_items_view_get_state (view), ==, "empty");
  g_assert_nonnull (gui_test_find_named (GTK_WIDGET (view), "No Replicated Items"));

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);
  g_unlink (path);
  g_rmdir (dir);
}

static gsize
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtoull (line + 6, NULL, 10) : 0;
}

static void
test_items_view_large (void)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new ("large:10000", &error);
  FbSession *session;
  FbVault *vault = NULL;
  FbItemsView *view = NULL;
  GtkWidget *window = NULL;
  gint64 start, first_page = 0, all_items = 0, all = 0, deadline;
  gsize rss_before, rss_after;

  g_assert_no_error (error);
  fb_sim_server_set_speed (server, 200);
  g_assert_true (fb_sim_server_start (server, 0, &error));

  rss_before = rss_kib ();
  start = g_get_monotonic_time ();
  deadline = start + 120 * G_USEC_PER_SEC;
  session = fb_session_new_demo (server, "Large");

  /* The view is there from the start, as in the app: pages show as they arrive. */
  while (all == 0)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (vault == NULL && g_list_model_get_n_items (fb_session_get_vaults (session)) > 0)
        {
          vault = gui_test_vault (session, "vault-large");
          window = window_with_view (&view, session, vault);
        }
      if (view == NULL)
        continue;
      if (first_page == 0 && g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))) > 0)
        {
          first_page = g_get_monotonic_time ();
          g_assert_cmpstr (fb_items_view_get_state (view), ==, "list");
        }
      if (all_items == 0 && g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))) == 10000)
        all_items = g_get_monotonic_time ();
      if (fb_session_get_vault_loaded (session, vault))
        all = g_get_monotonic_time ();
    }
  gui_test_run_for (100);
  rss_after = rss_kib ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))), ==, 10000);
  g_assert_cmpint (first_page, >, 0);
  g_assert_cmpint (first_page, <, all_items);
  g_test_message ("large:10000: first page after %.0f ms, all 10,000 items after %.0f ms, "
                  "the vault with its %u jobs after %.0f ms; RSS %zu MiB -> %zu MiB",
                  (first_page - start) / 1000.0, (all_items - start) / 1000.0,
                  g_list_model_get_n_items (fb_session_get_jobs (session, vault)), (all - start) / 1000.0,
                  rss_before / 1024, rss_after / 1024);

  /* Sorting 10,000 rows by phase and filtering them stay quick. */
  {
    GListModel *columns = gtk_column_view_get_columns (fb_items_view_get_column_view (view));
    g_autoptr(GtkColumnViewColumn) phase_column = g_list_model_get_item (columns, 1);
    gint64 t0 = g_get_monotonic_time ();

    gtk_column_view_sort_by_column (fb_items_view_get_column_view (view), phase_column, GTK_SORT_ASCENDING);
    gui_test_iterate ();
    fb_items_view_set_search (view, "7");
    gui_test_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))), <, 10000);
    fb_items_view_set_search (view, NULL);
    gui_test_iterate ();
    g_test_message ("large:10000: sort by phase + search + clear: %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  }

  /* A refresh of 10,000 keeps the rows (a load of its own: FB_TEST_BENCH=1). */
  if (g_getenv ("FB_TEST_BENCH") != NULL)
  {
    g_autoptr(FbProtectedItem) first = g_list_model_get_item (G_LIST_MODEL (fb_items_view_get_selection (view)), 0);
    g_autoptr(FbProtectedItem) again = NULL;
    gint64 t0 = g_get_monotonic_time ();

    gui_test_refresh (session, vault);
    g_test_message ("large:10000: refresh merged in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
    again = g_list_model_get_item (G_LIST_MODEL (fb_items_view_get_selection (view)), 0);
    g_assert_true (first == again);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fb_items_view_get_selection (view))), ==, 10000);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);
}

/* Opened on a vault whose items are already loaded, the table starts at its top. */
static void
test_items_view_opens_at_top (void)
{
  FbSimServer *server = NULL;
  FbSession *session = gui_test_session_new ("demo", &server);
  FbVault *vault = gui_test_vault (session, "vault-nbg");
  GtkWidget *window = gtk_window_new ();
  FbItemsView *view = fb_items_view_new (session, vault);
  GtkAdjustment *vadj;

  g_assert_true (fb_session_get_vault_loaded (session, vault));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_object_ref (window);
  gui_test_run_for (200);
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fb_items_view_get_column_view (view)));
  /* the rows do not all fit: there is somewhere else to be */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
  g_assert_finalize_object (window);
  gui_test_free_session (session, server);
}

int
main (int argc, char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/items-view/demo", test_items_view_demo);
  g_test_add_func ("/items-view/empty", test_items_view_empty);
  g_test_add_func ("/items-view/opens-at-top", test_items_view_opens_at_top);
  g_test_add_func ("/items-view/large", test_items_view_large);

  return g_test_run ();
}
