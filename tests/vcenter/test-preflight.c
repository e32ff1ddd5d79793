/* test-preflight.c - FbPreflight with models parsed from the simulator's ARM JSON
 * and FbVcenterClient talking to the simulator's vCenter (one FbSimServer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fb-fabric.h"
#include "fb-format.h"
#include "fb-master-target.h"
#include "fb-preflight.h"
#include "fb-protected-item.h"
#include "fb-recovery-point.h"
#include "vc-test-util.h"

#define SPEED 600.0   /* jobs of 20-90 s take 33-150 ms; relocate 40 s -> 67 ms */

typedef struct {
  VcArm           *arm;
  FbVcenterClient *client;
  FbVcenterPins   *pins;
  char            *tmpdir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *uri = NULL;
  g_autofree char *pins_path = NULL;

  f->arm = vc_arm_new (SPEED, NULL);
  uri = vc_arm_vcenter_uri (f->arm);
  f->tmpdir = g_dir_make_tmp ("fb-preflight-XXXXXX", NULL);
  pins_path = g_build_filename (f->tmpdir, "vcenter-pins.ini", NULL);
  f->pins = fb_vcenter_pins_new (pins_path);
  f->client = fb_vcenter_client_new (uri, "administrator@vsphere.local", f->pins);
  fb_vcenter_client_set_password (f->client, "demo-password");
  fb_vcenter_client_set_task_poll_interval (f->client, 20);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_logout_async (f->client, NULL, vc_test_store_result, &result);
  g_assert_true (fb_vcenter_client_logout_finish (f->client, vc_test_wait (&result), NULL));
  g_clear_object (&result);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (f->client);
  g_clear_object (&f->pins);
  g_clear_pointer (&f->arm, vc_arm_free);
  g_rmdir (f->tmpdir);
  g_free (f->tmpdir);
}

/* @text names @gib GiB of memory as fb_format_memory() writes it ("24.0 GiB"), and no
 * size in raw megabytes. */
static void
assert_memory (const char *text,
               guint64     gib)
{
  g_autofree char *size = fb_format_memory (gib * 1024 * 1024 * 1024);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, size));
  g_assert_nonnull (strstr (size, "GiB"));
  g_assert_null (strstr (text, " MB"));
}

/* Models parsed from the simulator's JSON. */

static FbFabric *
load_fabric (Fixture    *f,
             const char *vault,
             const char *name)
{
  g_autoptr(JsonNode) node = vc_arm_find_fabric (f->arm, vault, name);
  g_autoptr(GError) error = NULL;
  FbFabric *fabric = fb_fabric_new_from_json (node, &error);

  g_assert_no_error (error);
  return fabric;
}

static FbProtectedItem *
load_item (Fixture    *f,
           const char *vault,
           const char *name)
{
  g_autoptr(JsonNode) node = vc_arm_find_item (f->arm, vault, name);
  g_autoptr(GError) error = NULL;
  FbProtectedItem *item = fb_protected_item_new_from_json (node, &error);

  g_assert_no_error (error);
  return item;
}

static GListModel *
load_points (Fixture    *f,
             const char *vault,
             const char *name)
{
  g_autoptr(JsonNode) item = vc_arm_find_item (f->arm, vault, name);
  g_autoptr(JsonNode) value = vc_arm_recovery_points (f->arm, item);
  GListStore *store = g_list_store_new (FB_TYPE_RECOVERY_POINT);
  JsonArray *array = json_node_get_array (value);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FbRecoveryPoint) point = fb_recovery_point_new_from_json (json_array_get_element (array, i), &error);
      g_assert_no_error (error);
      g_list_store_append (store, point);
    }
  return G_LIST_MODEL (store);
}

/* The configuration server's view of the vault's vCenters (replicationvCenters). */
static void
add_asr_vcenters (Fixture     *f,
                  FbPreflight *preflight,
                  const char  *vault)
{
  g_autofree char *path = g_strdup_printf ("%s/replicationvCenters", vault);
  guint status = 0;
  g_autoptr(JsonNode) list = vc_arm_call (f->arm, "GET", path, NULL, &status, NULL);
  JsonArray *value;

  g_assert_cmpuint (status, ==, 200);
  value = json_object_get_array_member (json_node_get_object (list), "value");
  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (fb_preflight_add_asr_vcenter (preflight, json_array_get_element (value, i), &error));
      g_assert_no_error (error);
    }
}

static FbPreflightResult *
run (FbPreflight *preflight)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  FbPreflightResult *out;

  fb_preflight_run_async (preflight, NULL, vc_test_store_result, &result);
  out = fb_preflight_run_finish (preflight, vc_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  return out;
}

static void
dump (FbPreflightResult *result)
{
  GListModel *checks = fb_preflight_result_get_checks (result);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(FbPreflightCheck) c = g_list_model_get_item (checks, i);
      g_test_message ("%-24s %-16s %-7s %s | %s", fb_preflight_check_get_id (c),
                      fb_preflight_check_get_subject (c) ? fb_preflight_check_get_subject (c) : "-",
                      fb_preflight_status_to_nick (fb_preflight_check_get_status (c)),
                      fb_preflight_check_get_message (c),
                      fb_preflight_check_get_remedy (c) ? fb_preflight_check_get_remedy (c) : "");
    }
}

static FbPreflightCheck *
expect (FbPreflightResult *result,
        const char        *id,
        const char        *subject,
        FbPreflightStatus  status)
{
  FbPreflightCheck *check = fb_preflight_result_lookup (result, id, subject);

  if (check == NULL)
    {
      dump (result);
      g_error ("no check %s for %s", id, subject ? subject : "(any)");
    }
  if (fb_preflight_check_get_status (check) != status)
    {
      dump (result);
      g_error ("check %s for %s is %s, expected %s: %s", id, subject ? subject : "(any)",
               fb_preflight_status_to_nick (fb_preflight_check_get_status (check)),
               fb_preflight_status_to_nick (status), fb_preflight_check_get_message (check));
    }
  g_assert_nonnull (fb_preflight_check_get_message (check));
  if (status == FB_PREFLIGHT_STATUS_FAIL || status == FB_PREFLIGHT_STATUS_WARN)
    g_assert_nonnull (fb_preflight_check_get_remedy (check));
  return check;
}

/* The 8038 prediction and its vMotion remedy, end to end. */
static void
test_failback_8038_vmotion (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) item = load_item (f, VC_ARM_NBG, "sql-prod-01");
  g_autoptr(GListModel) points = load_points (f, VC_ARM_NBG, "sql-prod-01");
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, f->client);
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(FbPreflightResult) again = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) item_json = NULL;
  g_autofree char *state = NULL;
  g_autofree char *code = NULL;
  FbPreflightCheck *memory;
  const FbPreflightAction *action;

  fb_preflight_add_item (preflight, item, points);
  add_asr_vcenters (f, preflight, VC_ARM_NBG);
  result = run (preflight);
  dump (result);

  expect (result, "configuration-server", NULL, FB_PREFLIGHT_STATUS_PASS);
  expect (result, "vcenter", "vc-nbg-01.contoso.local", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "vcenter", fb_vcenter_client_get_server (f->client), FB_PREFLIGHT_STATUS_PASS);
  expect (result, "master-target", "mt-win-nbg-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "master-target-snapshots", "mt-win-nbg-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "master-target-os", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "item-health", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "recovery-points", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "recovery-location", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "physical-server", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);

  /* 8038 predicted: esx-nbg-03 has 24 GiB free, sql-prod-01 needs 64 GiB */
  memory = expect (result, "host-memory", "sql-prod-01", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (memory), "8038"));
  g_assert_nonnull (strstr (fb_preflight_check_get_message (memory), "esx-nbg-03.contoso.local"));
  /* memory as people read it (fb_format_memory), not the raw "24576 MB" */
  assert_memory (fb_preflight_check_get_message (memory), 24);
  assert_memory (fb_preflight_check_get_message (memory), 64);
  assert_memory (fb_preflight_check_get_remedy (memory), 420);    /* esx-nbg-02's free memory */
  /* the hosts with room are named; the target also mounts ds-rdm-sql */
  g_assert_nonnull (strstr (fb_preflight_check_get_remedy (memory), "esx-nbg-02.contoso.local"));
  g_assert_nonnull (strstr (fb_preflight_check_get_remedy (memory), "esx-nbg-01.contoso.local"));
  action = fb_preflight_check_get_action (memory);
  g_assert_nonnull (action);
  g_assert_cmpint (action->kind, ==, FB_PREFLIGHT_ACTION_VMOTION);
  g_assert_cmpstr (action->vm_name, ==, "sql-prod-01");
  g_assert_cmpstr (action->host_name, ==, "esx-nbg-02.contoso.local");
  g_assert_false (fb_preflight_result_can_proceed (result, FALSE));
  g_assert_false (fb_preflight_result_can_proceed (result, TRUE));

  /* the remedy: vMotion through the vCenter client */
  fb_preflight_apply_remedy_async (preflight, memory, NULL, vc_test_store_result, &res);
  g_assert_true (fb_preflight_apply_remedy_finish (preflight, vc_test_wait (&res), &error));
  g_assert_no_error (error);

  again = run (preflight);
  memory = expect (again, "host-memory", "sql-prod-01", FB_PREFLIGHT_STATUS_PASS);
  assert_memory (fb_preflight_check_get_message (memory), 64);
  g_assert_true (fb_preflight_result_can_proceed (again, FALSE));

  /* and the real failback through the simulator's ARM now starts the VM */
  item_json = vc_arm_find_item (f->arm, VC_ARM_NBG, "sql-prod-01");
  state = vc_arm_run_action (f->arm, item_json, "unplannedFailover",
                             "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\","
                             "\"sourceSiteOperations\":\"NotRequired\",\"providerSpecificDetails\":"
                             "{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}", &code);
  g_test_message ("failback job: %s %s", state, code ? code : "");
  g_assert_cmpstr (state, ==, "Succeeded");
}

/* Reprotect of a recovery plan: one VM still exists, the other is gone. */
static void
test_reprotect_plan (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) db = load_item (f, VC_ARM_NBG, "erp-db-01");
  g_autoptr(FbProtectedItem) app = load_item (f, VC_ARM_NBG, "erp-app-01");
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES, fabric, f->client);
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(JsonNode) json = NULL;
  FbPreflightCheck *check;

  fb_preflight_add_item (preflight, db, NULL);
  fb_preflight_add_item (preflight, app, NULL);
  result = run (preflight);
  dump (result);

  expect (result, "item-health", "erp-db-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "item-health", "erp-app-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "recovery-location", "erp-db-01", FB_PREFLIGHT_STATUS_PASS);
  check = expect (result, "recovery-location", "erp-app-01", FB_PREFLIGHT_STATUS_WARN);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (check), "full download"));
  expect (result, "datastore", "erp-db-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "datastore", "erp-app-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "datastore-access", "erp-db-01", FB_PREFLIGHT_STATUS_PASS);
  g_assert_null (fb_preflight_result_lookup (result, "datastore-access", "erp-app-01"));
  expect (result, "host-memory", "erp-db-01", FB_PREFLIGHT_STATUS_PASS);
  /* not needed before reprotect */
  g_assert_null (fb_preflight_result_lookup (result, "recovery-points", NULL));

  g_assert_cmpint (fb_preflight_result_get_status (result), ==, FB_PREFLIGHT_STATUS_WARN);
  g_assert_false (fb_preflight_result_can_proceed (result, FALSE));
  g_assert_true (fb_preflight_result_can_proceed (result, TRUE));

  json = fb_preflight_result_to_json (result);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json), "status"), ==, "warn");
  g_assert_false (json_object_get_boolean_member (json_node_get_object (json), "canProceed"));
}

/* RDM and the master target's host: datastore access, its vMotion remedy,
 * and the datastore choice (NFS and RDM refused). */
static void
test_reprotect_datastores (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) item = load_item (f, VC_ARM_NBG, "sql-rpt-01");
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES, fabric, f->client);
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  FbPreflightCheck *access;
  const FbPreflightAction *action;

  fb_preflight_add_item (preflight, item, NULL);
  result = run (preflight);
  access = expect (result, "datastore-access", "sql-rpt-01", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (access), "ds-rdm-sql"));
  action = fb_preflight_check_get_action (access);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->vm_name, ==, "mt-win-nbg-01");
  g_assert_cmpstr (action->host_name, ==, "esx-nbg-02.contoso.local");

  fb_preflight_apply_remedy_async (preflight, access, NULL, vc_test_store_result, &res);
  g_assert_true (fb_preflight_apply_remedy_finish (preflight, vc_test_wait (&res), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  result = run (preflight);
  access = expect (result, "datastore-access", "sql-rpt-01", FB_PREFLIGHT_STATUS_PASS);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (access), "RDM"));

  fb_preflight_set_datastore_name (preflight, "nfs-templates");
  g_clear_object (&result);
  result = run (preflight);
  expect (result, "datastore", "sql-rpt-01", FB_PREFLIGHT_STATUS_FAIL);

  fb_preflight_set_datastore_name (preflight, "ds-rdm-sql");
  g_clear_object (&result);
  result = run (preflight);
  access = expect (result, "datastore", "sql-rpt-01", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (access), "RDM"));

  fb_preflight_set_datastore_name (preflight, "vsan-nbg");
  g_clear_object (&result);
  result = run (preflight);
  expect (result, "datastore", "sql-rpt-01", FB_PREFLIGHT_STATUS_PASS);
}

static void
test_physical_servers (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) legacy = load_item (f, VC_ARM_NBG, "erp-legacy-01");
  g_autoptr(FbProtectedItem) hr = load_item (f, VC_ARM_NBG, "hr-app-01");
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES, fabric, f->client);
  g_autoptr(FbPreflightResult) result = NULL;

  fb_preflight_add_item (preflight, legacy, NULL);
  fb_preflight_add_item (preflight, hr, NULL);
  result = run (preflight);
  expect (result, "physical-server", "erp-legacy-01", FB_PREFLIGHT_STATUS_FAIL);
  expect (result, "physical-server", "hr-app-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "recovery-location", "hr-app-01", FB_PREFLIGHT_STATUS_WARN);
  g_assert_false (fb_preflight_result_can_proceed (result, TRUE));
}

static void
test_master_target_os_and_snapshots (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(FbFabric) nbg = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbFabric) ffm = load_fabric (f, VC_ARM_FFM, "cs-ffm-01");
  g_autoptr(FbProtectedItem) linux_item = load_item (f, VC_ARM_NBG, "billing-02");
  g_autoptr(FbProtectedItem) ffm_item = load_item (f, VC_ARM_FFM, "ffm-db-01");
  g_autoptr(FbPreflight) wrong_os = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, nbg, f->client);
  g_autoptr(FbPreflight) snapshot = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, ffm, f->client);
  g_autoptr(FbPreflightResult) result = NULL;
  FbPreflightCheck *check;

  /* a Linux VM with the Windows master target */
  fb_preflight_set_master_target_id (wrong_os, "C7085121-8E7A-DC35-02907DDD2C1A");
  fb_preflight_add_item (wrong_os, linux_item, NULL);
  result = run (wrong_os);
  check = expect (result, "master-target-os", "billing-02", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_remedy (check), "mt-lnx-nbg-01"));
  expect (result, "recovery-points", "billing-02", FB_PREFLIGHT_STATUS_UNKNOWN);

  /* the Frankfurt master target has a snapshot; the configuration server there
   * has lost its vCenter */
  fb_preflight_add_item (snapshot, ffm_item, NULL);
  add_asr_vcenters (f, snapshot, VC_ARM_FFM);
  g_clear_object (&result);
  result = run (snapshot);
  check = expect (result, "vcenter", "vc-ffm-01.contoso.local", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_remedy (check), "Reconnect"));
  check = expect (result, "master-target-snapshots", "mt-win-ffm-01", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_nonnull (strstr (fb_preflight_check_get_message (check), "before-kb5034439"));
}

static void
test_stale_and_disconnected (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) item = load_item (f, VC_ARM_NBG, "billing-01");
  g_autoptr(FbPreflight) late = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, f->client);
  g_autoptr(FbPreflight) no_vcenter = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, NULL, NULL);
  g_autoptr(FbPreflight) bad_login = NULL;
  g_autoptr(FbVcenterClient) wrong = NULL;
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 2);
  g_autoptr(GListStore) empty = g_list_store_new (FB_TYPE_RECOVERY_POINT);
  g_autofree char *uri = vc_arm_vcenter_uri (f->arm);

  /* two hours later nobody has sent a heartbeat */
  fb_preflight_set_now (late, later);
  fb_preflight_add_item (late, item, G_LIST_MODEL (empty));
  result = run (late);
  expect (result, "configuration-server", NULL, FB_PREFLIGHT_STATUS_FAIL);
  expect (result, "process-server", NULL, FB_PREFLIGHT_STATUS_FAIL);
  expect (result, "master-target", "mt-win-nbg-01", FB_PREFLIGHT_STATUS_FAIL);
  expect (result, "recovery-points", "billing-01", FB_PREFLIGHT_STATUS_FAIL);

  /* no vCenter, no fabric: unknown, not a crash */
  fb_preflight_add_item (no_vcenter, item, NULL);
  g_clear_object (&result);
  result = run (no_vcenter);
  expect (result, "vcenter", NULL, FB_PREFLIGHT_STATUS_UNKNOWN);
  expect (result, "configuration-server", NULL, FB_PREFLIGHT_STATUS_UNKNOWN);
  expect (result, "host-memory", "billing-01", FB_PREFLIGHT_STATUS_UNKNOWN);
  g_assert_false (fb_preflight_result_can_proceed (result, FALSE));

  /* vCenter refuses the login: vCenter check fails, the vCenter facts are unknown */
  wrong = fb_vcenter_client_new (uri, "administrator@vsphere.local", f->pins);
  fb_vcenter_client_set_password (wrong, "wrong");
  bad_login = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, wrong);
  fb_preflight_add_item (bad_login, item, NULL);
  g_clear_object (&result);
  result = run (bad_login);
  expect (result, "vcenter", NULL, FB_PREFLIGHT_STATUS_FAIL);
  expect (result, "master-target-snapshots", "mt-win-nbg-01", FB_PREFLIGHT_STATUS_UNKNOWN);
  expect (result, "recovery-location", "billing-01", FB_PREFLIGHT_STATUS_UNKNOWN);
}

static void
test_item_health (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "cs-nbg-01");
  g_autoptr(FbProtectedItem) item = load_item (f, VC_ARM_NBG, "erp-db-01");
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, f->client);
  g_autoptr(FbPreflightResult) result = NULL;

  /* running in Azure: reprotect has not happened, failback is not possible yet */
  fb_preflight_add_item (preflight, item, NULL);
  result = run (preflight);
  expect (result, "item-health", "erp-db-01", FB_PREFLIGHT_STATUS_FAIL);
}

static guint ticks;

static void
on_tick (FbCountdown *countdown,
         guint        remaining,
         gpointer     data)
{
  ticks++;
  g_assert_cmpuint (remaining, ==, fb_countdown_get_remaining (countdown));
}

static void
on_finished (FbCountdown *countdown,
             gpointer     data)
{
  *(gboolean *) data = TRUE;
}

/* After a failback the agent needs up to 15 minutes: the check fails with a
 * wait-and-retry remedy; after the countdown it passes. */
static void
test_agent_registration_wait (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = NULL;
  g_autoptr(FbProtectedItem) item = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(FbPreflight) preflight = NULL;
  g_autoptr(FbPreflightResult) result = NULL;
  g_autoptr(FbCountdown) countdown = NULL;
  g_autofree char *state = NULL;
  g_autofree char *state2 = NULL;
  FbPreflightCheck *check;
  const FbPreflightAction *action;
  gboolean finished = FALSE;

  /* slower world: the 15 minutes are 4.5 s here */
  fixture_teardown (f, NULL);
  f->arm = vc_arm_new (200, NULL);
  {
    g_autofree char *uri = vc_arm_vcenter_uri (f->arm);
    g_autofree char *pins_path = NULL;
    f->tmpdir = g_dir_make_tmp ("fb-preflight-XXXXXX", NULL);
    pins_path = g_build_filename (f->tmpdir, "vcenter-pins.ini", NULL);
    f->pins = fb_vcenter_pins_new (pins_path);
    f->client = fb_vcenter_client_new (uri, "administrator@vsphere.local", f->pins);
    fb_vcenter_client_set_password (f->client, "demo-password");
  }

  json = vc_arm_find_item (f->arm, VC_ARM_NBG, "mail-01");
  state = vc_arm_run_action (f->arm, json, "plannedFailover",
                             "{\"properties\":{\"providerSpecificDetails\":{\"instanceType\":\"InMageRcmFailback\","
                             "\"recoveryPointType\":\"CrashConsistent\"}}}", NULL);
  g_assert_cmpstr (state, ==, "Succeeded");
  state2 = vc_arm_run_action (f->arm, json, "failoverCommit", NULL, NULL);
  g_assert_cmpstr (state2, ==, "Succeeded");

  fabric = load_fabric (f, VC_ARM_NBG, "nbg-appliance-01");
  item = load_item (f, VC_ARM_NBG, "mail-01");
  preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE, fabric, f->client);
  fb_preflight_set_process_server_id (preflight, "31c88a4d-9057-52ff-ad41-86f21ec108bd");
  fb_preflight_add_item (preflight, item, NULL);
  result = run (preflight);
  dump (result);
  expect (result, "configuration-server", NULL, FB_PREFLIGHT_STATUS_PASS);
  expect (result, "process-server", NULL, FB_PREFLIGHT_STATUS_PASS);
  expect (result, "item-health", "mail-01", FB_PREFLIGHT_STATUS_PASS);
  check = expect (result, "agent-registration", "mail-01", FB_PREFLIGHT_STATUS_FAIL);
  action = fb_preflight_check_get_action (check);
  g_assert_nonnull (action);
  g_assert_cmpint (action->kind, ==, FB_PREFLIGHT_ACTION_WAIT_AND_RETRY);
  g_assert_cmpuint (action->seconds, >, 0);
  g_assert_cmpuint (action->seconds, <=, 900);
  g_assert_true (fb_preflight_is_agent_not_registered ("AgentNotInstalled", NULL));
  g_assert_true (fb_preflight_is_agent_not_registered (NULL, "Reprotect of 'x' failed: agent not installed."));
  g_assert_false (fb_preflight_is_agent_not_registered ("8038", "not enough memory"));

  /* the visible countdown (one tick per simulated second), then retry */
  countdown = fb_preflight_new_agent_countdown (fb_protected_item_get_last_successful_failover_time (item), NULL, 5);
  g_assert_cmpuint (fb_countdown_get_total (countdown), ==, 900);
  g_signal_connect (countdown, "tick", G_CALLBACK (on_tick), NULL);
  g_signal_connect (countdown, "finished", G_CALLBACK (on_finished), &finished);
  ticks = 0;
  fb_countdown_start (countdown);
  g_assert_true (fb_countdown_is_running (countdown));
  while (!finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ticks, ==, 900);
  g_assert_cmpuint (fb_countdown_get_remaining (countdown), ==, 0);
  g_assert_false (fb_countdown_is_running (countdown));

  g_clear_object (&item);
  item = load_item (f, VC_ARM_NBG, "mail-01");
  g_clear_object (&preflight);
  preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE, fabric, f->client);
  fb_preflight_set_process_server_id (preflight, "31c88a4d-9057-52ff-ad41-86f21ec108bd");
  fb_preflight_add_item (preflight, item, NULL);
  g_clear_object (&result);
  result = run (preflight);
  expect (result, "agent-registration", "mail-01", FB_PREFLIGHT_STATUS_PASS);
  g_assert_true (fb_preflight_result_can_proceed (result, FALSE));
}

/* Modernized architecture: the reprotect agent stands where the master target
 * would; no master target checks (a modern failback must not fail on "no master
 * target fits"). */
static void
test_modern_reprotect_agent (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FbFabric) fabric = load_fabric (f, VC_ARM_NBG, "nbg-appliance-01");
  g_autoptr(FbProtectedItem) mail = load_item (f, VC_ARM_NBG, "mail-01");
  g_autoptr(GListModel) points = load_points (f, VC_ARM_NBG, "mail-01");
  g_autoptr(FbProtectedItem) pay = load_item (f, VC_ARM_NBG, "pay-db-01");
  g_autoptr(FbPreflight) failback = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, f->client);
  g_autoptr(FbPreflight) reprotect = NULL;
  g_autoptr(FbPreflightResult) result = NULL;

  fb_preflight_add_item (failback, mail, points);
  result = run (failback);
  dump (result);
  expect (result, "reprotect-agent", "ra-nbg-01", FB_PREFLIGHT_STATUS_PASS);
  g_assert_null (fb_preflight_result_lookup (result, "master-target", NULL));
  g_assert_null (fb_preflight_result_lookup (result, "master-target-os", NULL));
  g_assert_true (fb_preflight_result_can_proceed (result, TRUE));
  g_clear_object (&result);

  /* reprotect to on-premises: a datastore the agent reaches passes, others fail */
  reprotect = fb_preflight_new (FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES, fabric, f->client);
  fb_preflight_add_item (reprotect, pay, NULL);
  fb_preflight_set_datastore_name (reprotect, "vsan-nbg");
  result = run (reprotect);
  expect (result, "reprotect-agent", "ra-nbg-01", FB_PREFLIGHT_STATUS_PASS);
  expect (result, "datastore", "pay-db-01", FB_PREFLIGHT_STATUS_PASS);
  g_clear_object (&result);

  fb_preflight_set_datastore_name (reprotect, "nfs-templates");
  result = run (reprotect);
  expect (result, "datastore", "pay-db-01", FB_PREFLIGHT_STATUS_FAIL);
  g_assert_false (fb_preflight_result_can_proceed (result, TRUE));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Never the real keyring (a locked one would prompt under Xvfb): the
   * keyring-less path here; test-cli.sh covers a private unlocked keyring. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fb-vcenter-tests", TRUE);
#define ADD(path, func) g_test_add ("/vcenter/preflight/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("failback-8038-vmotion", test_failback_8038_vmotion);
  ADD ("reprotect-plan", test_reprotect_plan);
  ADD ("reprotect-datastores", test_reprotect_datastores);
  ADD ("physical-servers", test_physical_servers);
  ADD ("master-target-os-and-snapshots", test_master_target_os_and_snapshots);
  ADD ("stale-and-disconnected", test_stale_and_disconnected);
  ADD ("item-health", test_item_health);
  ADD ("agent-registration-wait", test_agent_registration_wait);
  ADD ("modern-reprotect-agent", test_modern_reprotect_agent);
#undef ADD
  return g_test_run ();
}
