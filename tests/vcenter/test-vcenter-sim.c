/* test-vcenter-sim.c - every route of the simulated vCenter, over real HTTP
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vc-test-util.h"

#define ADMIN "administrator@vsphere.local:demo-password"

static char *
login (VcTestServer *server)
{
  guint status = 0;
  g_autoptr(JsonNode) body = vc_test_http (server, "POST", "/api/session", NULL, NULL, ADMIN,
                                           &status, NULL);

  g_assert_cmpuint (status, ==, 201);
  g_assert_true (JSON_NODE_HOLDS_VALUE (body));
  return g_strdup (json_node_get_string (body));
}

static void
assert_error (JsonNode   *body,
              const char *error_type)
{
  JsonArray *messages;

  g_assert_cmpstr (vc_test_member_string (body, "error_type"), ==, error_type);
  messages = json_object_get_array_member (json_node_get_object (body), "messages");
  g_assert_cmpuint (json_array_get_length (messages), >=, 1);
  g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (messages, 0),
                                                   "default_message"));
  g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (messages, 0), "id"));
}

static guint
array_length (JsonNode *body)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (body));
  return json_array_get_length (json_node_get_array (body));
}

static void
test_session (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = NULL;
  guint status = 0;
  JsonNode *body;

  body = vc_test_http (server, "POST", "/api/session", NULL, NULL,
                       "administrator@vsphere.local:wrong", &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  assert_error (body, "UNAUTHENTICATED");
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/api/session", NULL, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  json_node_unref (body);

  token = login (server);
  g_assert_cmpuint (strlen (token), ==, 32);

  body = vc_test_http (server, "GET", "/api/session", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "user"), ==, "administrator@vsphere.local");
  g_assert_nonnull (vc_test_member_string (body, "created_time"));
  g_assert_nonnull (vc_test_member_string (body, "last_accessed_time"));
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/api/vcenter/vm", NULL, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  assert_error (body, "UNAUTHENTICATED");
  json_node_unref (body);

  body = vc_test_http (server, "DELETE", "/api/session", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
  g_assert_null (body);
  body = vc_test_http (server, "GET", "/api/session", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  json_node_unref (body);
  g_assert_cmpuint (fb_sim_vcenter_get_session_count (server->vcenter), ==, 0);
}

static void
test_session_expiry (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = NULL;
  g_autofree char *token = NULL;
  g_autofree char *token2 = NULL;
  guint status = 0;
  JsonNode *body;

  /* 30 minutes idle at speed 18000 = 100 ms */
  server = vc_test_server_new (scenario, 18000, NULL);
  token = login (server);
  body = vc_test_http (server, "GET", "/api/vcenter/host", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  json_node_unref (body);
  vc_test_sleep (150);
  body = vc_test_http (server, "GET", "/api/vcenter/host", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  assert_error (body, "UNAUTHENTICATED");
  json_node_unref (body);

  /* the fault: every session forgotten at once */
  token2 = login (server);
  fb_sim_vcenter_expire_sessions (server->vcenter);
  body = vc_test_http (server, "GET", "/api/session", token2, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 401);
  json_node_unref (body);
  g_assert_cmpuint (fb_sim_vcenter_get_login_count (server->vcenter, FALSE), ==, 2);
}

static void
test_vm_list (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = login (server);
  guint status = 0;
  JsonNode *body;
  JsonObject *vm;

  body = vc_test_http (server, "GET", "/api/vcenter/vm", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (array_length (body), ==, 8);
  vm = json_array_get_object_element (json_node_get_array (body), 0);
  g_assert_cmpstr (json_object_get_string_member (vm, "vm"), ==, "vm-3001");
  g_assert_cmpstr (json_object_get_string_member (vm, "name"), ==, "mt-win-nbg-01");
  g_assert_cmpstr (json_object_get_string_member (vm, "power_state"), ==, "POWERED_ON");
  g_assert_cmpint (json_object_get_int_member (vm, "memory_size_MiB"), ==, 16384);
  g_assert_cmpint (json_object_get_int_member (vm, "cpu_count"), ==, 4);
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/api/vcenter/vm?names=web-01&names=web-02", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 2);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm?hosts=host-1003", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 2);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm?hosts=host-1003&power_states=POWERED_ON", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 1);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm?vms=vm-3101&vms=vm-3103&clusters=domain-c8&datacenters=datacenter-3",
                       token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 2);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm?clusters=domain-c99", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 0);
  json_node_unref (body);
  /* not found is an empty list, not 404 */
  body = vc_test_http (server, "GET", "/api/vcenter/vm?names=nope", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (array_length (body), ==, 0);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm?power_states=SLEEPING", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 400);
  assert_error (body, "INVALID_ARGUMENT");
  json_node_unref (body);
}

static void
test_vm_info (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = login (server);
  guint status = 0;
  JsonNode *body;
  JsonObject *info, *disks, *disk;

  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3103", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  info = json_node_get_object (body);
  g_assert_cmpstr (json_object_get_string_member (info, "name"), ==, "sql-prod-01");
  g_assert_cmpstr (json_object_get_string_member (info, "guest_OS"), ==, "WINDOWS_2019SERVER_64");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (info, "memory"), "size_MiB"), ==, 65536);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (info, "cpu"), "count"), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (info, "identity"), "instance_uuid"),
                   ==, "50261a2b-7c3d-4e5f-8a9b-0c1d2e3f4b03");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (info, "hardware"), "version"), ==, "VMX_19");
  disks = json_object_get_object_member (info, "disks");
  g_assert_cmpuint (json_object_get_size (disks), ==, 2);
  disk = json_object_get_object_member (disks, "2000");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (disk, "backing"), "vmdk_file"),
                   ==, "[ds-vmfs-02] sql-prod-01/sql-prod-01.vmdk");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (disk, "backing"), "type"), ==, "VMDK_FILE");
  g_assert_cmpint (json_object_get_int_member (disk, "capacity"), ==, G_GINT64_CONSTANT (120) << 30);
  disk = json_object_get_object_member (disks, "2001");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (disk, "backing"), "vmdk_file"),
                   ==, "[ds-rdm-sql] sql-prod-01/sql-prod-01_data-rdmp.vmdk");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3103/hardware", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "upgrade_policy"), ==, "NEVER");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3103/hardware/disk", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (body), 1), "disk"), ==, "2001");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3103/hardware/disk/2001", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "label"), ==, "Hard disk 2");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3103/hardware/disk/9999", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 404);
  assert_error (body, "NOT_FOUND");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-9999", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 404);
  assert_error (body, "NOT_FOUND");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/nothing", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 404);
  assert_error (body, "NOT_FOUND");
  json_node_unref (body);
}

static void
test_power (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = login (server);
  guint status = 0;
  JsonNode *body;

  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3101/power", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "state"), ==, "POWERED_OFF");
  g_assert_true (json_object_get_boolean_member (json_node_get_object (body), "clean_power_off"));
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3101/power?action=start", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
  g_assert_null (body);
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3101/power?action=start", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 400);
  assert_error (body, "ALREADY_IN_DESIRED_STATE");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/vm/vm-3101/power", token, NULL, NULL, &status, NULL);
  g_assert_cmpstr (vc_test_member_string (body, "state"), ==, "POWERED_ON");
  json_node_unref (body);
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3101/power?action=stop", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3101/power?action=stop", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 400);
  assert_error (body, "ALREADY_IN_DESIRED_STATE");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (json_node_get_object (body), "messages"), 0), "default_message"),
                   ==, "Virtual machine is already powered off.");
  json_node_unref (body);

  /* esx-nbg-03 has 128 GiB, 104 GiB used: a 64 GiB VM does not start (ASR 8038) */
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3103/power?action=start", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 500);
  assert_error (body, "UNABLE_TO_ALLOCATE_RESOURCE");
  json_node_unref (body);
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3103/power?action=jump", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 400);
  assert_error (body, "INVALID_ARGUMENT");
  json_node_unref (body);
}

static void
test_relocate_task (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 200, NULL); /* 40 s -> 200 ms */
  g_autofree char *token = login (server);
  g_autofree char *task_path = NULL;
  g_autofree char *host = NULL;
  guint status = 0;
  JsonNode *body;
  const char *state;

  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3103?action=relocate&vmw-task=true", token,
                       "{\"placement\":{\"host\":\"host-9999\"}}", NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 404);
  assert_error (body, "NOT_FOUND");
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3103?action=relocate&vmw-task=true", token,
                       "{\"placement\":{\"host\":\"host-1002\"}}", NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 202);
  g_assert_true (JSON_NODE_HOLDS_VALUE (body));
  g_assert_true (g_str_has_suffix (json_node_get_string (body), ":com.vmware.vcenter.vm"));
  task_path = g_strdup_printf ("/api/cis/tasks/%s", json_node_get_string (body));
  json_node_unref (body);

  body = vc_test_http (server, "GET", task_path, token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  state = vc_test_member_string (body, "status");
  g_assert_true (g_str_equal (state, "PENDING") || g_str_equal (state, "RUNNING"));
  g_assert_cmpstr (vc_test_member_string (body, "operation"), ==, "relocate");
  g_assert_nonnull (json_object_get_object_member (json_node_get_object (body), "progress"));
  json_node_unref (body);
  host = fb_sim_vcenter_dup_vm_host (server->vcenter, "sql-prod-01");
  g_assert_cmpstr (host, ==, "esx-nbg-03.contoso.local");

  vc_test_sleep (250);
  body = vc_test_http (server, "GET", task_path, token, NULL, NULL, &status, NULL);
  g_assert_cmpstr (vc_test_member_string (body, "status"), ==, "SUCCEEDED");
  g_assert_nonnull (vc_test_member_string (body, "end_time"));
  json_node_unref (body);
  g_free (host);
  host = fb_sim_vcenter_dup_vm_host (server->vcenter, "sql-prod-01");
  g_assert_cmpstr (host, ==, "esx-nbg-02.contoso.local");

  body = vc_test_http (server, "GET", "/api/cis/tasks/nope", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 404);
  json_node_unref (body);

  /* 16 GiB (powered on) fit into esx-nbg-03's 24 free GiB once; the second VM does not:
   * that task FAILS */
  for (guint i = 0; i < 2; i++)
    {
      body = vc_test_http (server, "POST",
                           i == 0 ? "/api/vcenter/vm/vm-3001?action=relocate&vmw-task=true"
                                  : "/api/vcenter/vm/vm-3002?action=relocate&vmw-task=true",
                           token, "{\"placement\":{\"host\":\"host-1003\"}}", NULL, &status, NULL);
      g_assert_cmpuint (status, ==, 202);
      g_free (task_path);
      task_path = g_strdup_printf ("/api/cis/tasks/%s", json_node_get_string (body));
      json_node_unref (body);
      vc_test_sleep (250);
      body = vc_test_http (server, "GET", task_path, token, NULL, NULL, &status, NULL);
      if (i == 0)
        {
          g_assert_cmpstr (vc_test_member_string (body, "status"), ==, "SUCCEEDED");
          json_node_unref (body);
        }
    }
  g_assert_cmpstr (vc_test_member_string (body, "status"), ==, "FAILED");
  g_assert_nonnull (json_object_get_object_member (json_node_get_object (body), "error"));
  json_node_unref (body);

  /* without vmw-task: 204 when done */
  body = vc_test_http (server, "POST", "/api/vcenter/vm/vm-3102?action=relocate", token,
                       "{\"placement\":{\"host\":\"host-1002\"}}", NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
}

static void
test_hosts_datastores (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = login (server);
  guint status = 0;
  JsonNode *body;
  JsonObject *obj;

  body = vc_test_http (server, "GET", "/api/vcenter/host", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (array_length (body), ==, 3);
  obj = json_array_get_object_element (json_node_get_array (body), 2);
  g_assert_cmpstr (json_object_get_string_member (obj, "host"), ==, "host-1003");
  g_assert_cmpstr (json_object_get_string_member (obj, "name"), ==, "esx-nbg-03.contoso.local");
  g_assert_cmpstr (json_object_get_string_member (obj, "connection_state"), ==, "CONNECTED");
  g_assert_cmpstr (json_object_get_string_member (obj, "power_state"), ==, "POWERED_ON");
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/host?names=esx-nbg-02.contoso.local&connection_states=CONNECTED",
                       token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 1);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/host?connection_states=DISCONNECTED", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 0);
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/api/vcenter/datastore", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 5);
  obj = json_array_get_object_element (json_node_get_array (body), 2);
  g_assert_cmpstr (json_object_get_string_member (obj, "name"), ==, "vsan-nbg");
  g_assert_cmpstr (json_object_get_string_member (obj, "type"), ==, "VSAN");
  g_assert_cmpint (json_object_get_int_member (obj, "capacity"), ==, G_GINT64_CONSTANT (16384) << 30);
  g_assert_cmpint (json_object_get_int_member (obj, "free_space"), ==, G_GINT64_CONSTANT (9800) << 30);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/datastore?types=VMFS", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 3);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/datastore?names=nfs-templates", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 1);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/datastore?types=FAT32", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 400);
  json_node_unref (body);
  body = vc_test_http (server, "GET", "/api/vcenter/datastore/datastore-2004", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "type"), ==, "NFS");
  g_assert_false (json_object_has_member (json_node_get_object (body), "capacity"));
  json_node_unref (body);
}

static void
test_vim (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = vc_test_server_new (scenario, 1, NULL);
  g_autofree char *token = NULL;
  guint status = 0;
  JsonNode *body;
  JsonObject *obj, *tree;
  JsonArray *array;

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/ServiceInstance/ServiceInstance/content",
                       NULL, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  obj = json_node_get_object (body);
  g_assert_cmpstr (json_object_get_string_member (obj, "_typeName"), ==, "ServiceContent");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (obj, "sessionManager"), "value"),
                   ==, "SessionManager");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3003/snapshot", NULL, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 500);
  g_assert_cmpstr (vc_test_member_string (body, "_typeName"), ==, "NotAuthenticated");
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Login", NULL,
                       "{\"userName\":\"administrator@vsphere.local\",\"password\":\"nope\"}", NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 500);
  g_assert_cmpstr (vc_test_member_string (body, "_typeName"), ==, "InvalidLogin");
  json_node_unref (body);
  body = vc_test_http (server, "POST", "/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Login", NULL,
                       "{\"userName\":\"administrator@vsphere.local\",\"password\":\"demo-password\"}", NULL,
                       &status, &token);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (token);
  g_assert_cmpstr (vc_test_member_string (body, "_typeName"), ==, "UserSession");
  json_node_unref (body);

  /* the REST token is a different session */
  {
    g_autofree char *rest = login (server);
    body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3003/snapshot", rest, NULL, NULL, &status, NULL);
    g_assert_cmpuint (status, ==, 500);
    json_node_unref (body);
  }

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3003/snapshot", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  obj = json_node_get_object (body);
  g_assert_cmpstr (json_object_get_string_member (obj, "_typeName"), ==, "VirtualMachineSnapshotInfo");
  array = json_object_get_array_member (obj, "rootSnapshotList");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  tree = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (tree, "name"), ==, "before-kb5034439");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (tree, "snapshot"), "type"),
                   ==, "VirtualMachineSnapshot");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3001/snapshot", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
  g_assert_null (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3103/runtime", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  obj = json_node_get_object (body);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (obj, "host"), "value"), ==, "host-1003");
  g_assert_cmpstr (json_object_get_string_member (obj, "powerState"), ==, "poweredOff");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3103/config", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  array = json_object_get_array_member (json_object_get_object_member (json_node_get_object (body), "hardware"), "device");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (array, 1), "backing"), "_typeName"),
                   ==, "VirtualDiskRawDiskMappingVer1BackingInfo");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/HostSystem/host-1003/summary", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  obj = json_node_get_object (body);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (obj, "hardware"), "memorySize"),
                   ==, G_GINT64_CONSTANT (128) << 30);
  /* 100 GiB base + dc-nbg-01 (4 GiB), in MB */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (obj, "quickStats"), "overallMemoryUsage"),
                   ==, 104 * 1024);
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/HostSystem/host-1003/datastore", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (body), 0), "value"),
                   ==, "datastore-2002");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/Datastore/datastore-2005/host", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (array_length (body), ==, 2);
  obj = json_array_get_object_element (json_node_get_array (body), 0);
  g_assert_cmpstr (json_object_get_string_member (obj, "_typeName"), ==, "DatastoreHostMount");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (obj, "key"), "value"), ==, "host-1002");
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/sdk/vim25/8.0.1.0/SearchIndex/SearchIndex/FindByUuid", token,
                       "{\"uuid\":\"50261a2b-7c3d-4e5f-8a9b-0c1d2e3f4b03\",\"vmSearch\":true,\"instanceUuid\":true}",
                       NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (vc_test_member_string (body, "value"), ==, "vm-3103");
  json_node_unref (body);

  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-404/runtime", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 500);
  g_assert_cmpstr (vc_test_member_string (body, "_typeName"), ==, "ManagedObjectNotFound");
  json_node_unref (body);

  body = vc_test_http (server, "POST", "/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Logout", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 204);
  body = vc_test_http (server, "GET", "/sdk/vim25/8.0.1.0/VirtualMachine/vm-3103/runtime", token, NULL, NULL, &status, NULL);
  g_assert_cmpuint (status, ==, 500);
  g_assert_cmpstr (vc_test_member_string (body, "_typeName"), ==, "NotAuthenticated");
  json_node_unref (body);
}

static void
test_disconnected (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(VcTestServer) server = NULL;
  guint status = 0;
  JsonNode *body;

  json_object_set_boolean_member (scenario, "connected", FALSE);
  server = vc_test_server_new (scenario, 1, NULL);
  g_assert_false (fb_sim_vcenter_is_connected (server->vcenter));
  body = vc_test_http (server, "POST", "/api/session", NULL, NULL, ADMIN, &status, NULL);
  g_assert_cmpuint (status, ==, 503);
  assert_error (body, "SERVICE_UNAVAILABLE");
  json_node_unref (body);
  fb_sim_vcenter_set_connected (server->vcenter, TRUE);
  body = vc_test_http (server, "POST", "/api/session", NULL, NULL, ADMIN, &status, NULL);
  g_assert_cmpuint (status, ==, 201);
  json_node_unref (body);
}

static void
test_hooks (void)
{
  g_autoptr(JsonObject) scenario = vc_test_load_scenario ();
  g_autoptr(FbSimVcenter) vc = fb_sim_vcenter_new (scenario, 1);
  g_autoptr(FbSimVcenter) empty = fb_sim_vcenter_new (NULL, 1);
  g_autofree char *host = NULL;

  g_assert_true (fb_sim_vcenter_is_connected (vc));
  g_assert_true (fb_sim_vcenter_vm_exists (vc, "web-01"));
  g_assert_false (fb_sim_vcenter_vm_exists (vc, "app-07"));
  g_assert_true (fb_sim_vcenter_vm_has_snapshots (vc, "mt-win-ffm-01"));
  g_assert_false (fb_sim_vcenter_vm_has_snapshots (vc, "mt-win-nbg-01"));
  g_assert_false (fb_sim_vcenter_vm_has_snapshots (vc, "app-07"));

  /* 8038: sql-prod-01 (64 GiB) on esx-nbg-03 (24 GiB free) */
  g_assert_false (fb_sim_vcenter_power_on_vm (vc, "sql-prod-01", &host));
  g_assert_cmpstr (host, ==, "esx-nbg-03.contoso.local");
  g_clear_pointer (&host, g_free);
  g_assert_true (fb_sim_vcenter_power_on_vm (vc, "web-01", &host));
  g_assert_null (host);
  g_assert_true (fb_sim_vcenter_power_on_vm (vc, "web-01", NULL)); /* already on */
  fb_sim_vcenter_power_off_vm (vc, "web-01");
  g_assert_false (fb_sim_vcenter_power_on_vm (vc, "app-07", &host));
  g_assert_null (host);

  /* alternate location: the VM is created, powered off */
  fb_sim_vcenter_remove_vm (vc, "web-02");
  g_assert_false (fb_sim_vcenter_vm_exists (vc, "web-02"));
  fb_sim_vcenter_ensure_vm (vc, "web-02", "esx-nbg-02.contoso.local", "vsan-nbg", 8192, 2, "Linux");
  g_assert_true (fb_sim_vcenter_vm_exists (vc, "web-02"));
  host = fb_sim_vcenter_dup_vm_host (vc, "web-02");
  g_assert_cmpstr (host, ==, "esx-nbg-02.contoso.local");
  fb_sim_vcenter_ensure_vm (vc, "web-02", "esx-nbg-03.contoso.local", NULL, 8192, 2, "Linux"); /* no-op */
  g_clear_pointer (&host, g_free);
  host = fb_sim_vcenter_dup_vm_host (vc, "web-02");
  g_assert_cmpstr (host, ==, "esx-nbg-02.contoso.local");

  fb_sim_vcenter_add_snapshot (vc, "mt-win-nbg-01", "oops");
  g_assert_true (fb_sim_vcenter_vm_has_snapshots (vc, "mt-win-nbg-01"));
  fb_sim_vcenter_remove_snapshots (vc, "mt-win-nbg-01");
  g_assert_false (fb_sim_vcenter_vm_has_snapshots (vc, "mt-win-nbg-01"));

  /* a scenario with wrong types everywhere: ignored member by member, no warnings */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(FbSimVcenter) odd = NULL;
    g_autoptr(GError) error = NULL;

    json_parser_load_from_data (parser,
                                "{\"server\":7,\"connected\":\"yes\",\"users\":{},\"hosts\":[1,{\"name\":[]},"
                                "{\"name\":\"h\",\"memoryGiB\":\"lots\",\"datastores\":[3,\"d\"]}],"
                                "\"datastores\":\"none\",\"vms\":[{\"name\":\"v\",\"host\":\"h\",\"disks\":[{}],"
                                "\"snapshots\":[2]}],\"sessionIdleMinutes\":\"x\"}", -1, &error);
    g_assert_no_error (error);
    odd = fb_sim_vcenter_new (json_node_get_object (json_parser_get_root (parser)), 1);
    g_assert_true (fb_sim_vcenter_is_connected (odd));
    g_assert_true (fb_sim_vcenter_vm_exists (odd, "v"));
    g_assert_false (fb_sim_vcenter_vm_has_snapshots (odd, "v"));
    host = fb_sim_vcenter_dup_vm_host (odd, "v");
    g_assert_cmpstr (host, ==, "h");
    g_clear_pointer (&host, g_free);
  }

  /* an empty vCenter still accepts the default login and has no VMs */
  g_assert_false (fb_sim_vcenter_vm_exists (empty, "web-01"));
  g_assert_true (fb_sim_vcenter_is_connected (empty));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vcenter/sim/session", test_session);
  g_test_add_func ("/vcenter/sim/session-expiry", test_session_expiry);
  g_test_add_func ("/vcenter/sim/vm-list", test_vm_list);
  g_test_add_func ("/vcenter/sim/vm-info", test_vm_info);
  g_test_add_func ("/vcenter/sim/power", test_power);
  g_test_add_func ("/vcenter/sim/relocate-task", test_relocate_task);
  g_test_add_func ("/vcenter/sim/hosts-datastores", test_hosts_datastores);
  g_test_add_func ("/vcenter/sim/vim", test_vim);
  g_test_add_func ("/vcenter/sim/disconnected", test_disconnected);
  g_test_add_func ("/vcenter/sim/hooks", test_hooks);
  return g_test_run ();
}
