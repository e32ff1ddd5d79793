/* test-arm.c - the ARM pipeline: paging, api-version fallback, errors, faults on reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-json.h"
#include "fb-test-azure.h"

static gboolean
count_page (JsonArray *value, gpointer data)
{
  guint *pages = data;
  (*pages)++;
  return TRUE;
}

static gint64
list_raw (FbTestAzure *t, const char *path, guint *pages, GError **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GAsyncResult *slot = NULL;

  fb_arm_client_list_async (t->arm, path, NULL, count_page, pages, NULL, NULL, fb_test_done_cb, &slot);
  res = fb_test_wait_result (&slot);
  return fb_arm_client_list_finish (t->arm, res, error);
}

static void
test_paging_10000 (void)
{
  FbTestAzure *t = fb_test_azure_new ("large:10000", 100, 0, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autofree char *path = g_strconcat (vault, "/replicationProtectedItems", NULL);
  g_autoptr(GListStore) items = NULL;
  guint pages = 0;
  gint64 n, start;
  guint total = 0;
  g_autoptr(GListStore) vaults = NULL;
  g_autofree char *parent = g_strconcat ("/subscriptions/", t->subscription_id, NULL);

  /* the scenario spreads the items over its vaults */
  vaults = fb_test_list (t, FB_SITE_RECOVERY_LIST_VAULTS, parent, NULL, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  for (guint v = 0; v < g_list_model_get_n_items (G_LIST_MODEL (vaults)); v++)
    {
      g_autoptr(GObject) vault_obj = g_list_model_get_item (G_LIST_MODEL (vaults), v);
      g_autofree char *vid = NULL;
      g_autofree char *p = NULL;

      g_object_get (vault_obj, "id", &vid, NULL);
      p = g_strconcat (vid, "/replicationProtectedItems", NULL);
      n = list_raw (t, p, &pages, &error);
      g_assert_no_error (error);
      total += n;
    }
  g_test_message ("raw: %u items in %u pages, %.0f ms", total, pages,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (total, ==, 10000);
  g_assert_cmpuint (pages, >=, 100);

  /* as models, page by page */
  start = g_get_monotonic_time ();
  total = 0;
  for (guint v = 0; v < g_list_model_get_n_items (G_LIST_MODEL (vaults)); v++)
    {
      g_autoptr(GObject) vault_obj = g_list_model_get_item (G_LIST_MODEL (vaults), v);
      g_autofree char *vid = NULL;

      g_object_get (vault_obj, "id", &vid, NULL);
      g_clear_object (&items);
      items = fb_test_list (t, FB_SITE_RECOVERY_LIST_ITEMS, vid, NULL, &error);
      g_assert_no_error (error);
      total += g_list_model_get_n_items (G_LIST_MODEL (items));
    }
  g_test_message ("models: %u items, %.0f ms", total, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (total, ==, 10000);
  (void) path;
  fb_test_azure_free (t);
}

static void
test_api_version_fallback (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, TRUE);
  static const char * const versions[] = { "2099-01-01", "2026-05-01", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autoptr(GListStore) fabrics = NULL;

  fb_arm_client_set_api_versions (t->arm, FB_ARM_API_SITE_RECOVERY, versions);
  fabrics = fb_test_list (t, FB_SITE_RECOVERY_LIST_FABRICS, vault, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fabrics)), >, 0);
  g_assert_cmpstr (fb_arm_client_get_api_version (t->arm, FB_ARM_API_SITE_RECOVERY), ==, "2026-05-01");
  g_assert_cmpuint (fb_test_count_requests (t, "GET", "/replicationFabrics", 400), ==, 1);
  /* the vault list kept its own version */
  g_assert_cmpstr (fb_arm_client_get_api_version (t->arm, FB_ARM_API_VAULTS), ==, "2026-08-01");
  fb_test_azure_free (t);
}

static void
test_not_found (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autofree char *id = g_strconcat (vault, "/replicationFabrics/nope/replicationProtectionContainers/nope/"
                                     "replicationProtectedItems/nope", NULL);
  g_autoptr(GObject) item = fb_test_get (t, id, &error);
  g_autoptr(FbArmErrorInfo) info = NULL;

  g_assert_null (item);
  g_assert_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND);
  info = fb_arm_error_get_info (error);
  g_assert_nonnull (info);
  g_assert_nonnull (info->code);
  g_assert_nonnull (info->message);
  g_assert_nonnull (info->client_request_id);
  g_test_message ("%u %s: %s", info->http_status, info->code, info->message);
  /* the info survives a copy of the error */
  {
    g_autoptr(GError) copy = g_error_copy (error);
    g_autoptr(FbArmErrorInfo) again = fb_arm_error_get_info (copy);
    g_assert_true (again == info);
  }
  fb_test_azure_free (t);
}

static void
test_job_name_from_headers (void)
{
  g_autofree char *a = fb_arm_job_name_from_headers (
    "https://management.azure.com/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/"
    "replicationFabrics/f/replicationProtectionContainers/c/replicationProtectedItems/i/operationresults/"
    "8b8d4a55-ef1f-4a8e-9c5d-111111111111?api-version=2026-05-01", NULL, NULL);
  g_autofree char *b = fb_arm_job_name_from_headers (
    NULL, "https://management.azure.com/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/"
    "vaults/v/replicationOperationStatus/22222222-ef1f-4a8e-9c5d-111111111111?api-version=2026-05-01", NULL);
  g_autofree char *c = fb_arm_job_name_from_headers (
    NULL, NULL, "/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationJobs/"
    "33333333-ef1f-4a8e-9c5d-111111111111");
  g_autofree char *d = fb_arm_job_name_from_headers (NULL, NULL, "c0ffee00-0000-0000-0000-000000000000");

  g_assert_cmpstr (a, ==, "8b8d4a55-ef1f-4a8e-9c5d-111111111111");
  g_assert_cmpstr (b, ==, "22222222-ef1f-4a8e-9c5d-111111111111");
  g_assert_cmpstr (c, ==, "33333333-ef1f-4a8e-9c5d-111111111111");
  g_assert_null (d);
}

static void
test_resource_types (void)
{
  g_assert_cmpstr (fb_arm_client_resource_type_for_path ("/subscriptions/s/providers/Microsoft.RecoveryServices/vaults"),
                   ==, FB_ARM_API_VAULTS);
  g_assert_cmpstr (fb_arm_client_resource_type_for_path ("/Subscriptions/s/resourceGroups/r/providers/Microsoft.RecoveryServices/vaults/v"),
                   ==, FB_ARM_API_VAULTS);
  g_assert_cmpstr (fb_arm_client_resource_type_for_path ("/subscriptions/s/resourceGroups/r/providers/Microsoft.RecoveryServices/vaults/v/replicationJobs"),
                   ==, FB_ARM_API_SITE_RECOVERY);
  g_assert_cmpstr (fb_arm_client_resource_type_for_path ("/subscriptions"), ==, FB_ARM_API_SUBSCRIPTIONS);
}

/* Every fault kind on reads: the pipeline retries and the list arrives. */
static void
test_read_fault (gconstpointer data)
{
  const char *spec = data;
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autoptr(GListStore) items = NULL;
  g_autofree char *rule = g_strdup_printf ("%s@every:2@/replicationProtectedItems", spec);

  fb_arm_client_set_timeout (t->arm, 1);
  g_assert_true (fb_sim_server_set_faults (t->sim, rule, &error));
  g_assert_no_error (error);
  for (guint round = 0; round < 3; round++)
    {
      g_clear_object (&items);
      items = fb_test_list (t, FB_SITE_RECOVERY_LIST_ITEMS, vault, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), >, 30);
    }
  fb_test_azure_free (t);
}

/* Throttled for good: FB_ARM_ERROR_THROTTLED after the retries. */
static void
test_throttled_for_good (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 100, 0, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autoptr(GListStore) items = NULL;

  g_assert_true (fb_sim_server_set_faults (t->sim, "429@every:1@/replicationProtectedItems", &error));
  items = fb_test_list (t, FB_SITE_RECOVERY_LIST_ITEMS, vault, NULL, &error);
  g_assert_null (items);
  g_assert_error (error, FB_ARM_ERROR, FB_ARM_ERROR_THROTTLED);
  /* 1 + 4 retries */
  g_assert_cmpuint (fb_test_count_requests (t, "GET", "/replicationProtectedItems", 429), ==, 5);
  fb_test_azure_free (t);
}

/* The 202 headers of an action and the operation followed to its end. */
static void
test_long_running_operation (void)
{
  FbTestAzure *t = fb_test_azure_new ("demo", 500, 0, TRUE);
  g_autofree char *vault = fb_test_first_vault_id (t);
  g_autoptr(GAsyncResult) r1 = NULL, r2 = NULL, r3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) found = NULL;
  g_autoptr(FbArmOperation) op = NULL;
  g_autoptr(FbAction) action = NULL;
  g_autofree char *status = NULL;
  GAsyncResult *slot = NULL;
  FbProtectedItem *item;

  fb_site_recovery_find_item_async (t->sr, vault, "web-02", NULL, fb_test_done_cb, &slot);
  r1 = fb_test_wait_result (&slot);
  found = fb_site_recovery_find_finish (t->sr, r1, &error);
  g_assert_no_error (error);
  item = FB_PROTECTED_ITEM (found);
  action = fb_action_new_failover (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                   FB_FAILOVER_TO_AZURE, FB_RECOVERY_POINT_LATEST, NULL, FALSE, &error);
  fb_arm_client_post_action_async (t->arm, action->path, action->body, NULL, fb_test_done_cb, &slot);
  r2 = fb_test_wait_result (&slot);
  op = fb_arm_client_post_action_finish (t->arm, r2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (op->status, ==, 202);
  g_assert_nonnull (op->job_name);
  g_assert_nonnull (op->location);
  g_assert_nonnull (op->async_operation);
  g_assert_cmpuint (op->retry_after, >, 0);
  g_assert_nonnull (strstr (op->location, op->job_name));
  g_assert_nonnull (strstr (op->request_id, op->job_name));

  fb_arm_client_wait_operation_async (t->arm, op, NULL, fb_test_done_cb, &slot);
  r3 = fb_test_wait_result (&slot);
  status = fb_arm_client_wait_operation_finish (t->arm, r3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (status, ==, "Succeeded");
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  fb_test_azure_init_env (&argc, &argv);
  g_test_add_func ("/azure/arm/paging-10000", test_paging_10000);
  g_test_add_func ("/azure/arm/api-version-fallback", test_api_version_fallback);
  g_test_add_func ("/azure/arm/not-found", test_not_found);
  g_test_add_func ("/azure/arm/job-name-from-headers", test_job_name_from_headers);
  g_test_add_func ("/azure/arm/resource-types", test_resource_types);
  g_test_add_func ("/azure/arm/long-running-operation", test_long_running_operation);
  g_test_add_data_func ("/azure/arm/read-fault/429", "429", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/500", "500", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/503", "503", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/reset", "reset", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/stall", "stall:2500", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/truncate", "truncate", test_read_fault);
  g_test_add_data_func ("/azure/arm/read-fault/expire-token", "expire-token", test_read_fault);
  g_test_add_func ("/azure/arm/throttled-for-good", test_throttled_for_good);
  return g_test_run ();
}
