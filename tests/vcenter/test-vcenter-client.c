/* test-vcenter-client.c - FbVcenterClient against the simulated vCenter over HTTP(S)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fb-vcenter-client.h"
#include "vc-test-util.h"

#define USER "administrator@vsphere.local"
#define PASSWORD "demo-password"

typedef struct {
  JsonObject      *scenario;
  VcTestServer    *server;
  FbVcenterPins   *pins;
  FbVcenterClient *client;
  char            *tmpdir;
} Fixture;

static void
fixture_start (Fixture *f,
               double   speed)
{
  g_autofree char *pins_path = NULL;

  f->scenario = vc_test_load_scenario ();
  f->server = vc_test_server_new (f->scenario, speed, NULL);
  f->tmpdir = g_dir_make_tmp ("fb-vcenter-XXXXXX", NULL);
  pins_path = g_build_filename (f->tmpdir, "vcenter-pins.ini", NULL);
  f->pins = fb_vcenter_pins_new (pins_path);
  f->client = fb_vcenter_client_new (f->server->base_uri, USER, f->pins);
  fb_vcenter_client_set_password (f->client, PASSWORD);
  fb_vcenter_client_set_task_poll_interval (f->client, 20);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_start (f, 200);   /* relocate 40 s -> 200 ms, idle expiry 30 min -> 9 s */
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pins_path = g_build_filename (f->tmpdir, "vcenter-pins.ini", NULL);

  g_assert_finalize_object (f->client);
  g_clear_object (&f->pins);
  g_clear_pointer (&f->server, vc_test_server_free);
  g_clear_pointer (&f->scenario, json_object_unref);
  g_unlink (pins_path);
  g_rmdir (f->tmpdir);
  g_free (f->tmpdir);
}

/* Synchronous wrappers: run the main loop until the async call is done. */

static gboolean
do_login (FbVcenterClient *client,
          GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_login_async (client, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_login_finish (client, vc_test_wait (&result), error);
}

static void
do_logout (FbVcenterClient *client)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fb_vcenter_client_logout_async (client, NULL, vc_test_store_result, &result);
  g_assert_true (fb_vcenter_client_logout_finish (client, vc_test_wait (&result), &error));
  g_assert_no_error (error);
}

static GPtrArray *
do_hosts (FbVcenterClient *client,
          GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_list_hosts_async (client, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_list_hosts_finish (client, vc_test_wait (&result), error);
}

static GPtrArray *
do_datastores (FbVcenterClient *client,
               GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_list_datastores_async (client, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_list_datastores_finish (client, vc_test_wait (&result), error);
}

static FbVcenterVm *
do_find (FbVcenterClient *client,
         const char      *name,
         GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_find_vm_async (client, name, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_find_vm_finish (client, vc_test_wait (&result), error);
}

static gboolean
do_power_on (FbVcenterClient *client,
             const char      *vm_id,
             GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_power_on_async (client, vm_id, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_power_on_finish (client, vc_test_wait (&result), error);
}

static gboolean
do_relocate (FbVcenterClient *client,
             const char      *vm_id,
             const char      *host_id,
             GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fb_vcenter_client_relocate_async (client, vm_id, host_id, NULL, NULL, vc_test_store_result, &result);
  return fb_vcenter_client_relocate_finish (client, vc_test_wait (&result), error);
}

static FbVcenterHost *
find_host (GPtrArray  *hosts,
           const char *name)
{
  for (guint i = 0; i < hosts->len; i++)
    if (g_str_equal (fb_vcenter_host_get_name (g_ptr_array_index (hosts, i)), name))
      return g_ptr_array_index (hosts, i);
  return NULL;
}

static void
test_login (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterClient) wrong = fb_vcenter_client_new (f->server->base_uri, USER, f->pins);

  fb_vcenter_client_set_password (wrong, "wrong-password");
  g_assert_false (do_login (wrong, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED);
  g_assert_false (fb_vcenter_client_get_logged_in (wrong));
  g_clear_error (&error);

  g_assert_true (do_login (f->client, &error));
  g_assert_no_error (error);
  g_assert_true (fb_vcenter_client_get_logged_in (f->client));
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (f->server->vcenter), ==, 1);
  g_assert_cmpstr (fb_vcenter_client_get_server (f->client), ==,
                   strrchr (f->server->base_uri, '/') + 1);

  do_logout (f->client);
  g_assert_false (fb_vcenter_client_get_logged_in (f->client));
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (f->server->vcenter), ==, 0);
}

static void
test_inventory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GPtrArray) datastores = NULL;
  g_autoptr(GPtrArray) vms = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  FbVcenterHost *host;
  FbVcenterDatastore *ds = NULL;
  const char *names[] = { "web-01", "sql-prod-01", NULL };
  const char *states[] = { "POWERED_OFF", NULL };

  hosts = do_hosts (f->client, &error);   /* logs in by itself */
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 3);
  host = find_host (hosts, "esx-nbg-03.contoso.local");
  g_assert_nonnull (host);
  g_assert_cmpstr (fb_vcenter_host_get_id (host), ==, "host-1003");
  g_assert_cmpstr (fb_vcenter_host_get_connection_state (host), ==, "CONNECTED");
  g_assert_true (fb_vcenter_host_is_usable (host));
  g_assert_cmpint (fb_vcenter_host_get_memory_total (host), ==, G_GINT64_CONSTANT (128) << 30);
  g_assert_cmpint (fb_vcenter_host_get_memory_used (host), ==, G_GINT64_CONSTANT (104) << 30);
  g_assert_cmpint (fb_vcenter_host_get_memory_free (host), ==, G_GINT64_CONSTANT (24) << 30);
  g_assert_true (fb_vcenter_host_mounts (host, "datastore-2005"));
  g_assert_false (fb_vcenter_host_mounts (host, "datastore-2001"));

  datastores = do_datastores (f->client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (datastores->len, ==, 5);
  for (guint i = 0; i < datastores->len; i++)
    if (g_str_equal (fb_vcenter_datastore_get_name (g_ptr_array_index (datastores, i)), "ds-rdm-sql"))
      ds = g_ptr_array_index (datastores, i);
  g_assert_nonnull (ds);
  g_assert_cmpstr (fb_vcenter_datastore_get_ds_type (ds), ==, "VMFS");
  g_assert_true (fb_vcenter_datastore_is_block (ds));
  g_assert_cmpint (fb_vcenter_datastore_get_capacity (ds), ==, G_GINT64_CONSTANT (512) << 30);
  g_assert_cmpint (fb_vcenter_datastore_get_free_space (ds), ==, G_GINT64_CONSTANT (400) << 30);
  g_assert_true (fb_vcenter_datastore_is_mounted_on (ds, "host-1002"));
  g_assert_true (fb_vcenter_datastore_is_mounted_on (ds, "host-1003"));
  g_assert_false (fb_vcenter_datastore_is_mounted_on (ds, "host-1001"));

  fb_vcenter_client_list_vms_async (f->client, names, NULL, states, NULL, vc_test_store_result, &result);
  vms = fb_vcenter_client_list_vms_finish (f->client, vc_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vms->len, ==, 2);
  g_assert_cmpstr (fb_vcenter_vm_get_name (g_ptr_array_index (vms, 1)), ==, "sql-prod-01");
  g_assert_cmpint (fb_vcenter_vm_get_memory_mib (g_ptr_array_index (vms, 1)), ==, 65536);
  g_assert_false (fb_vcenter_vm_is_powered_on (g_ptr_array_index (vms, 1)));

  do_logout (f->client);
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (f->server->vcenter), ==, 0);
}

static void
test_find_vm (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterVm) vm = NULL;
  g_autoptr(FbVcenterVm) by_uuid = NULL;
  g_autoptr(FbVcenterVm) missing = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  FbVcenterDisk *disk;

  vm = do_find (f->client, "sql-prod-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_vcenter_vm_get_id (vm), ==, "vm-3103");
  g_assert_cmpstr (fb_vcenter_vm_get_guest_os (vm), ==, "WINDOWS_2019SERVER_64");
  g_assert_cmpstr (fb_vcenter_vm_get_hardware_version (vm), ==, "VMX_19");
  g_assert_true (fb_vcenter_vm_is_windows (vm));
  g_assert_cmpuint (fb_vcenter_vm_get_cpu_count (vm), ==, 8);
  g_assert_cmpint (fb_vcenter_vm_get_memory_mib (vm), ==, 65536);
  g_assert_cmpstr (fb_vcenter_vm_get_host_id (vm), ==, "host-1003");
  g_assert_cmpstr (fb_vcenter_vm_get_host_name (vm), ==, "esx-nbg-03.contoso.local");
  g_assert_cmpstr (fb_vcenter_vm_get_instance_uuid (vm), ==, "50261a2b-7c3d-4e5f-8a9b-0c1d2e3f4b03");
  g_assert_cmpuint (fb_vcenter_vm_get_disks (vm)->len, ==, 2);
  disk = g_ptr_array_index (fb_vcenter_vm_get_disks (vm), 0);
  g_assert_cmpstr (disk->datastore, ==, "ds-vmfs-02");
  g_assert_cmpstr (disk->path, ==, "sql-prod-01/sql-prod-01.vmdk");
  g_assert_false (disk->rdm);
  disk = g_ptr_array_index (fb_vcenter_vm_get_disks (vm), 1);
  g_assert_cmpstr (disk->datastore, ==, "ds-rdm-sql");
  g_assert_true (disk->rdm);
  g_assert_true (fb_vcenter_vm_has_rdm_disks (vm));
  g_assert_cmpint (fb_vcenter_vm_get_disk_capacity (vm), ==, G_GINT64_CONSTANT (620) << 30);

  by_uuid = do_find (f->client, "50261a2b-7c3d-4e5f-8a9b-0c1d2e3f4a02", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fb_vcenter_vm_get_name (by_uuid), ==, "mt-lnx-nbg-01");
  g_assert_false (fb_vcenter_vm_is_windows (by_uuid));

  missing = do_find (f->client, "app-07", &error);
  g_assert_null (missing);
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing = do_find (f->client, "00000000-0000-0000-0000-000000000000", &error);
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  fb_vcenter_client_list_snapshots_async (f->client, "vm-3003", NULL, vc_test_store_result, &result);
  snapshots = fb_vcenter_client_list_snapshots_finish (f->client, vc_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (snapshots->len, ==, 1);
  g_assert_cmpstr (((FbVcenterSnapshot *) g_ptr_array_index (snapshots, 0))->name, ==, "before-kb5034439");
  g_clear_pointer (&snapshots, g_ptr_array_unref);
  g_clear_object (&result);
  fb_vcenter_client_list_snapshots_async (f->client, "vm-3001", NULL, vc_test_store_result, &result);
  snapshots = fb_vcenter_client_list_snapshots_finish (f->client, vc_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (snapshots->len, ==, 0);
  g_clear_pointer (&snapshots, g_ptr_array_unref);
  g_clear_object (&result);
  fb_vcenter_client_list_snapshots_async (f->client, "vm-404", NULL, vc_test_store_result, &result);
  snapshots = fb_vcenter_client_list_snapshots_finish (f->client, vc_test_wait (&result), &error);
  g_assert_null (snapshots);
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);

  do_logout (f->client);
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (f->server->vcenter), ==, 0);
}

static void
test_power_and_vmotion (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterVm) vm = NULL;

  g_assert_true (do_power_on (f->client, "vm-3101", &error));
  g_assert_no_error (error);
  /* already on: ALREADY_IN_DESIRED_STATE is success */
  g_assert_true (do_power_on (f->client, "vm-3101", &error));
  g_assert_no_error (error);

  /* 8038: not enough memory on esx-nbg-03 */
  g_assert_false (do_power_on (f->client, "vm-3103", &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNABLE_TO_ALLOCATE_RESOURCE);
  g_clear_error (&error);

  /* vMotion with task polling, then the power-on works */
  g_assert_true (do_relocate (f->client, "vm-3103", "host-1002", &error));
  g_assert_no_error (error);
  vm = do_find (f->client, "sql-prod-01", &error);
  g_assert_cmpstr (fb_vcenter_vm_get_host_name (vm), ==, "esx-nbg-02.contoso.local");
  g_assert_true (do_power_on (f->client, "vm-3103", &error));
  g_assert_no_error (error);

  /* a migration that fails in vCenter: the task error reaches the caller */
  g_assert_true (do_relocate (f->client, "vm-3001", "host-1003", &error));   /* 16 of 24 GiB */
  g_assert_false (do_relocate (f->client, "vm-3002", "host-1003", &error));  /* 16 of 8 GiB */
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_TASK_FAILED);
  g_clear_error (&error);
  g_assert_false (do_relocate (f->client, "vm-3002", "host-4711", &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (do_power_on (f->client, "vm-404", &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND);

  do_logout (f->client);
}

typedef struct {
  Fixture *f;
  guint    polls;
} ExpireData;

static void
test_session_expires_mid_run (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  /* a run: inventory (REST + VI/JSON) ... */
  hosts = do_hosts (f->client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, FALSE), ==, 1);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, TRUE), ==, 1);

  /* ... a vMotion starts; vCenter forgets every session while its task runs ... */
  fb_vcenter_client_relocate_async (f->client, "vm-3103", "host-1002", NULL, NULL,
                                    vc_test_store_result, &result);
  vc_test_sleep (60);
  g_assert_null (result);
  fb_sim_vcenter_expire_sessions (f->server->vcenter);
  g_assert_true (fb_vcenter_client_relocate_finish (f->client, vc_test_wait (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, FALSE), ==, 2);

  /* ... and the rest of the run (six parallel VI/JSON calls) logs in once more */
  g_clear_pointer (&hosts, g_ptr_array_unref);
  hosts = do_hosts (f->client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 3);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, FALSE), ==, 2);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, TRUE), ==, 2);
  /* exactly one re-login per API */
  g_assert_cmpuint (fb_vcenter_client_get_relogin_count (f->client), ==, 2);

  do_logout (f->client);
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (f->server->vcenter), ==, 0);
}

static void
test_keepalive (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterClient) client = NULL;
  g_autoptr(GPtrArray) hosts = NULL;

  /* idle expiry 30 min at speed 1200 = 1.5 s; keep-alive every second */
  fixture_teardown (f, NULL);
  fixture_start (f, 1200);
  fb_vcenter_client_set_keepalive_seconds (f->client, 1);
  hosts = do_hosts (f->client, &error);
  g_assert_no_error (error);
  vc_test_sleep (3200);
  g_clear_pointer (&hosts, g_ptr_array_unref);
  hosts = do_hosts (f->client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fb_vcenter_client_get_relogin_count (f->client), ==, 0);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, FALSE), ==, 1);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (f->server->vcenter, TRUE), ==, 1);
  do_logout (f->client);
}

static void
test_no_password (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterClient) client = fb_vcenter_client_new (f->server->base_uri,
                                                             "nobody@vsphere.local", f->pins);

  /* nothing in memory, nothing in the keyring (or no keyring at all): a clear error */
  g_assert_false (do_login (client, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD);
  g_test_message ("%s", error->message);
}

static void
test_disconnected (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fb_sim_vcenter_set_connected (f->server->vcenter, FALSE);
  g_assert_false (do_login (f->client, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_SERVICE_UNAVAILABLE);
  g_clear_error (&error);

  /* nothing listens: a network error */
  {
    g_autoptr(FbVcenterClient) client = fb_vcenter_client_new ("http://127.0.0.1:1", USER, f->pins);
    fb_vcenter_client_set_password (client, PASSWORD);
    g_assert_false (do_login (client, &error));
    g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NETWORK);
  }
}

static void
test_tls_trust_on_first_use (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GTlsCertificate) cert_a = vc_test_load_certificate ("cert-a");
  g_autoptr(GTlsCertificate) cert_b = vc_test_load_certificate ("cert-b");
  g_autofree char *fp_a = fb_vcenter_certificate_fingerprint (cert_a);
  g_autofree char *fp_b = fb_vcenter_certificate_fingerprint (cert_b);
  g_autofree char *pins_path = g_build_filename (f->tmpdir, "vcenter-pins.ini", NULL);
  g_autoptr(VcTestServer) server = vc_test_server_new (f->scenario, 200, cert_a);
  g_autoptr(FbVcenterClient) client = fb_vcenter_client_new (server->base_uri, USER, f->pins);
  g_autoptr(FbVcenterClient) later = NULL;
  g_autoptr(FbVcenterPins) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autofree char *host_port = g_strdup_printf ("127.0.0.1:%u", vc_test_server_get_port (server));
  guint port = vc_test_server_get_port (server);

  g_assert_true (g_str_has_prefix (server->base_uri, "https://"));
  /* `openssl x509 -in cert-a.pem -noout -fingerprint -sha256` */
  g_assert_cmpstr (fp_a, ==, "BB:28:4F:A8:1B:65:E4:8A:F7:D7:41:6A:1A:4C:02:A6:"
                             "45:3A:4F:39:DF:2C:41:F5:B1:80:5E:10:C4:7C:15:26");
  g_assert_cmpstr (fp_a, !=, fp_b);
  fb_vcenter_client_set_password (client, PASSWORD);

  /* first contact: refused, with the fingerprint to show; no credentials were sent */
  g_assert_false (do_login (client, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED);
  g_assert_nonnull (strstr (error->message, fp_a));
  g_assert_cmpstr (fb_vcenter_client_get_peer_fingerprint (client), ==, fp_a);
  g_assert_nonnull (fb_vcenter_client_get_peer_certificate (client));
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (server->vcenter, FALSE), ==, 0);
  g_clear_error (&error);

  /* the user accepts it: the pin is stored, the connection works (REST and VI/JSON) */
  g_assert_true (fb_vcenter_client_trust_certificate (client, fb_vcenter_client_get_peer_fingerprint (client),
                                                      &error));
  g_assert_no_error (error);
  hosts = do_hosts (client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 3);
  do_logout (client);

  /* persisted per host:port */
  reloaded = fb_vcenter_pins_new (pins_path);
  g_assert_cmpstr (fb_vcenter_pins_lookup (reloaded, host_port), ==, fp_a);

  /* the vCenter now presents another certificate on the same host:port: hard stop */
  g_clear_pointer (&server, vc_test_server_free);
  server = vc_test_server_new_on_port (f->scenario, 200, cert_b, port);
  later = fb_vcenter_client_new (server->base_uri, USER, reloaded);
  fb_vcenter_client_set_password (later, PASSWORD);
  g_assert_false (do_login (later, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
  g_assert_nonnull (strstr (error->message, fp_b));
  g_assert_nonnull (strstr (error->message, fp_a));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (server->vcenter, FALSE), ==, 0);
  /* ... and it cannot simply be trusted over the old pin */
  g_assert_false (fb_vcenter_client_trust_certificate (later, fp_b, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
  g_clear_error (&error);
  /* the client that trusted A refuses B as well (new connection, same check) */
  g_assert_false (do_login (client, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
  g_clear_error (&error);

  /* only an explicit removal of the old pin lets the admin start over */
  g_assert_true (fb_vcenter_pins_remove (reloaded, host_port, &error));
  g_assert_false (do_login (later, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED);
  g_clear_error (&error);
  g_assert_true (fb_vcenter_client_trust_certificate (later, fp_b, &error));
  g_assert_true (do_login (later, &error));
  g_assert_no_error (error);
  do_logout (later);
}

/* A vCenter that answers nonsense: errors, never a crash or a warning. */
static void
bad_handler (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  const char *mode = user_data;
  const char *body = "[]";
  const char *type = "application/json";
  guint status = SOUP_STATUS_OK;

  if (g_str_equal (path, "/api/session"))
    {
      if (g_str_equal (mode, "html-login"))
        body = "<html>maintenance</html>", type = "text/html";
      else if (g_str_equal (mode, "number-token"))
        body = "42", status = SOUP_STATUS_CREATED;
      else
        body = "\"tok\"", status = SOUP_STATUS_CREATED;
    }
  else if (g_str_equal (path, "/api/vcenter/host"))
    {
      if (g_str_equal (mode, "object-list"))
        body = "{\"value\":[]}";
      else if (g_str_equal (mode, "wrong-types"))
        body = "[{\"host\":7,\"name\":\"x\",\"connection_state\":\"CONNECTED\"}]";
      else if (g_str_equal (mode, "truncated"))
        body = "[{\"host\":";
      else if (g_str_equal (mode, "error-no-body"))
        body = "", status = SOUP_STATUS_FORBIDDEN;
    }
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
test_bad_answers (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { const char *mode; gint code; } cases[] = {
    { "html-login", FB_VCENTER_ERROR_INVALID_RESPONSE },
    { "number-token", FB_VCENTER_ERROR_INVALID_RESPONSE },
    { "object-list", FB_VCENTER_ERROR_INVALID_RESPONSE },
    { "wrong-types", FB_VCENTER_ERROR_INVALID_RESPONSE },
    { "truncated", FB_VCENTER_ERROR_INVALID_RESPONSE },
    { "error-no-body", FB_VCENTER_ERROR_UNAUTHORIZED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
      g_autoptr(FbVcenterClient) client = NULL;
      g_autoptr(GPtrArray) hosts = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = NULL;
      GSList *uris;

      soup_server_add_handler (server, NULL, bad_handler, (gpointer) cases[i].mode, NULL);
      soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
      g_assert_no_error (error);
      uris = soup_server_get_uris (server);
      uri = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
      client = fb_vcenter_client_new (uri, USER, f->pins);
      fb_vcenter_client_set_password (client, PASSWORD);
      fb_vcenter_client_set_keepalive_seconds (client, 0);
      {
        g_autoptr(GAsyncResult) result = NULL;

        fb_vcenter_client_list_hosts_async (client, NULL, vc_test_store_result, &result);
        hosts = fb_vcenter_client_list_hosts_finish (client, vc_test_wait (&result), &error);
      }
      g_test_message ("%s: %s", cases[i].mode, error ? error->message : "(no error)");
      g_assert_null (hosts);
      g_assert_error (error, FB_VCENTER_ERROR, cases[i].code);
      soup_server_disconnect (server);
    }
}

/* The same through FbSimServer, the simulator the app and failback-sim use. */
static void
test_tls_simulator (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GTlsCertificate) cert_a = vc_test_load_certificate ("cert-a");
  g_autoptr(GTlsCertificate) cert_b = vc_test_load_certificate ("cert-b");
  g_autofree char *fp_a = fb_vcenter_certificate_fingerprint (cert_a);
  g_autoptr(VcArm) sim = vc_arm_new_full (200, cert_a, 0, FALSE);
  g_autofree char *uri = vc_arm_vcenter_uri (sim);
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  guint port = (guint) g_uri_get_port (parsed);
  g_autoptr(FbVcenterClient) client = fb_vcenter_client_new (uri, USER, f->pins);
  g_autoptr(FbVcenterClient) again = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (uri, "https://127.0.0.1:"));
  fb_vcenter_client_set_password (client, PASSWORD);
  hosts = do_hosts (client, &error);
  g_assert_null (hosts);
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED);
  g_assert_cmpstr (fb_vcenter_client_get_peer_fingerprint (client), ==, fp_a);
  g_clear_error (&error);
  g_assert_true (fb_vcenter_client_trust_certificate (client, fp_a, &error));
  hosts = do_hosts (client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 4);   /* the demo scenario's vCenter */
  do_logout (client);

  g_clear_pointer (&sim, vc_arm_free);
  sim = vc_arm_new_full (200, cert_b, port, FALSE);
  again = fb_vcenter_client_new (uri, USER, f->pins);
  fb_vcenter_client_set_password (again, PASSWORD);
  g_assert_false (do_login (again, &error));
  g_assert_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Never the real keyring (a locked one would prompt under Xvfb): the
   * keyring-less path here; test-cli.sh covers a private unlocked keyring. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fb-vcenter-tests", TRUE);
#define ADD(path, func) g_test_add ("/vcenter/client/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("login", test_login);
  ADD ("inventory", test_inventory);
  ADD ("find-vm", test_find_vm);
  ADD ("power-and-vmotion", test_power_and_vmotion);
  ADD ("session-expires-mid-run", test_session_expires_mid_run);
  ADD ("keepalive", test_keepalive);
  ADD ("no-password", test_no_password);
  ADD ("disconnected", test_disconnected);
  ADD ("tls-trust-on-first-use", test_tls_trust_on_first_use);
  ADD ("tls-simulator", test_tls_simulator);
  ADD ("bad-answers", test_bad_answers);
#undef ADD
  return g_test_run ();
}
