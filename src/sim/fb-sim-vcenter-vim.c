/* fb-sim-vcenter-vim.c - VI/JSON (/sdk/vim25/<release>/...) of the simulated vCenter
 *
 * Only what the Automation REST API lacks (api-notes.md section 10): the
 * service content, SessionManager Login/Logout/currentSession, properties
 * VirtualMachine.{snapshot,runtime,config,datastore,name},
 * HostSystem.{summary,datastore,name}, Datastore.{host,summary,name} and
 * SearchIndex.FindByUuid.  Objects carry _typeName; faults are HTTP 500 with a
 * JSON fault body (an expired session is a NotAuthenticated fault, not a 401).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-sim-vcenter-private.h"

static const char * const supported_releases[] = { "8.0.1.0", "8.0.2.0", "8.0.3.0", NULL };

static JsonObject *
typed (const char *type_name)
{
  JsonObject *obj = json_object_new ();

  json_object_set_string_member (obj, "_typeName", type_name);
  return obj;
}

static JsonObject *
moref (const char *type,
       const char *value)
{
  JsonObject *obj = typed ("ManagedObjectReference");

  json_object_set_string_member (obj, "type", type);
  json_object_set_string_member (obj, "value", value);
  return obj;
}

static void
respond_node_object (SoupServerMessage *msg,
                     JsonObject        *obj)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, obj);
  fb_sim_vcenter_respond_json (msg, SOUP_STATUS_OK, node);
}

static void
respond_node_array (SoupServerMessage *msg,
                    JsonArray         *array)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  fb_sim_vcenter_respond_json (msg, SOUP_STATUS_OK, node);
}

static void
respond_string (SoupServerMessage *msg,
                const char        *value)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);
  fb_sim_vcenter_respond_json (msg, SOUP_STATUS_OK, node);
}

static void
respond_fault (SoupServerMessage *msg,
               JsonObject        *fault,
               const char        *faultstring)
{
  json_object_set_string_member (fault, "faultstring", faultstring);
  {
    g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

    json_node_take_object (node, fault);
    fb_sim_vcenter_respond_json (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, node);
  }
}

static void
respond_not_authenticated (SoupServerMessage *msg)
{
  JsonObject *fault = typed ("NotAuthenticated");

  json_object_set_object_member (fault, "object", moref ("Folder", "group-d1"));
  json_object_set_string_member (fault, "privilegeId", "System.View");
  respond_fault (msg, fault, "The session is not authenticated.");
}

static void
respond_object_not_found (SoupServerMessage *msg,
                          const char        *type,
                          const char        *id)
{
  JsonObject *fault = typed ("ManagedObjectNotFound");
  g_autofree char *text = g_strdup_printf ("The object 'vim.%s:%s' has already been deleted or "
                                           "has not been completely created", type, id);

  json_object_set_object_member (fault, "obj", moref (type, id));
  respond_fault (msg, fault, text);
}

static void
respond_invalid_property (SoupServerMessage *msg,
                          const char        *name)
{
  JsonObject *fault = typed ("InvalidProperty");

  json_object_set_string_member (fault, "name", name);
  respond_fault (msg, fault, "A specified parameter was not correct: name");
}

static JsonObject *
parse_body (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (g_bytes_get_size (bytes) == 0 ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

static const char *
body_string (JsonObject *body,
             const char *member)
{
  JsonNode *node = body ? json_object_get_member (body, member) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static gboolean
body_bool (JsonObject *body,
           const char *member)
{
  JsonNode *node = body ? json_object_get_member (body, member) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static char *
format_time (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.000Z");
}

static JsonObject *
user_session (SimSession *session)
{
  JsonObject *obj = typed ("UserSession");
  g_autofree char *login = format_time (session->created);
  g_autofree char *last = format_time (session->last_accessed);

  json_object_set_string_member (obj, "key", session->token);
  json_object_set_string_member (obj, "userName", session->user);
  json_object_set_string_member (obj, "fullName", "Administrator vsphere.local");
  json_object_set_string_member (obj, "loginTime", login);
  json_object_set_string_member (obj, "lastActiveTime", last);
  json_object_set_string_member (obj, "locale", "en");
  json_object_set_string_member (obj, "messageLocale", "en");
  json_object_set_boolean_member (obj, "extensionSession", FALSE);
  return obj;
}

static void
service_content (FbSimVcenter      *self,
                 SoupServerMessage *msg)
{
  JsonObject *obj = typed ("ServiceContent");
  JsonObject *about = typed ("AboutInfo");

  json_object_set_object_member (obj, "rootFolder", moref ("Folder", "group-d1"));
  json_object_set_object_member (obj, "propertyCollector", moref ("PropertyCollector", "propertyCollector"));
  json_object_set_object_member (obj, "sessionManager", moref ("SessionManager", "SessionManager"));
  json_object_set_object_member (obj, "searchIndex", moref ("SearchIndex", "SearchIndex"));
  json_object_set_string_member (about, "name", "VMware vCenter Server");
  json_object_set_string_member (about, "fullName", "VMware vCenter Server 8.0.1 build-21560480");
  json_object_set_string_member (about, "vendor", "VMware, Inc.");
  json_object_set_string_member (about, "version", "8.0.1");
  json_object_set_string_member (about, "build", "21560480");
  json_object_set_string_member (about, "apiType", "VirtualCenter");
  json_object_set_string_member (about, "apiVersion", "8.0.1.0");
  json_object_set_string_member (about, "productLineId", "vpx");
  json_object_set_string_member (about, "instanceUuid", "9b6f5e3c-3a9e-4a55-9d51-5f0c0b1e7a10");
  json_object_set_object_member (obj, "about", about);
  respond_node_object (msg, obj);
}

static void
handle_session_manager (FbSimVcenter      *self,
                        SoupServerMessage *msg,
                        const char        *method,
                        const char        *member,
                        const char        *token)
{
  if (g_str_equal (member, "Login") && g_str_equal (method, "POST"))
    {
      g_autoptr(JsonObject) body = parse_body (msg);
      const char *user = body_string (body, "userName");
      const char *password = body_string (body, "password");
      SimSession *session;

      if (!fb_sim_vcenter_check_password (self, user, password))
        {
          respond_fault (msg, typed ("InvalidLogin"),
                         "Cannot complete login due to an incorrect user name or password.");
          return;
        }
      session = fb_sim_vcenter_create_session (self, user, TRUE);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "vmware-api-session-id", session->token);
      respond_node_object (msg, user_session (session));
      return;
    }
  if (g_str_equal (member, "Logout") && g_str_equal (method, "POST"))
    {
      if (fb_sim_vcenter_lookup_session (self, token, TRUE) == NULL)
        {
          respond_not_authenticated (msg);
          return;
        }
      g_hash_table_remove (self->sessions, token);
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }
  if (g_str_equal (member, "currentSession") && g_str_equal (method, "GET"))
    {
      SimSession *session = fb_sim_vcenter_lookup_session (self, token, TRUE);

      if (session == NULL)
        soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL); /* unset */
      else
        respond_node_object (msg, user_session (session));
      return;
    }
  respond_invalid_property (msg, member);
}

static void
add_snapshot_tree (JsonArray *list,
                   SimVm     *vm,
                   guint      index)
{
  SimSnapshot *snap = g_ptr_array_index (vm->snapshots, index);
  JsonObject *tree = typed ("VirtualMachineSnapshotTree");
  JsonArray *children = json_array_new ();
  g_autofree char *snap_id = g_strdup_printf ("snapshot-%s-%d", vm->id + 3, snap->id);

  json_object_set_object_member (tree, "snapshot", moref ("VirtualMachineSnapshot", snap_id));
  json_object_set_object_member (tree, "vm", moref ("VirtualMachine", vm->id));
  json_object_set_string_member (tree, "name", snap->name);
  json_object_set_string_member (tree, "description", snap->description);
  json_object_set_int_member (tree, "id", snap->id);
  json_object_set_string_member (tree, "createTime", snap->create_time);
  json_object_set_string_member (tree, "state", "poweredOff");
  json_object_set_boolean_member (tree, "quiesced", FALSE);
  json_object_set_boolean_member (tree, "replaySupported", FALSE);
  if (index + 1 < vm->snapshots->len)
    add_snapshot_tree (children, vm, index + 1);
  json_object_set_array_member (tree, "childSnapshotList", children);
  json_array_add_object_element (list, tree);
}

static const char *
vim_power_state (const char *rest_state)
{
  if (g_str_equal (rest_state, "POWERED_ON"))
    return "poweredOn";
  if (g_str_equal (rest_state, "SUSPENDED"))
    return "suspended";
  return "poweredOff";
}

static JsonObject *
virtual_disk (FbSimVcenter *self,
              SimVm        *vm,
              SimDisk      *disk,
              guint         unit)
{
  JsonObject *obj = typed ("VirtualDisk");
  JsonObject *info = typed ("Description");
  JsonObject *backing = typed (disk->rdm ? "VirtualDiskRawDiskMappingVer1BackingInfo"
                                         : "VirtualDiskFlatVer2BackingInfo");
  SimDatastore *ds = fb_sim_vcenter_find_datastore (self, disk->datastore);
  g_autofree char *label = g_strdup_printf ("Hard disk %u", unit + 1);
  g_autofree char *summary = g_strdup_printf ("%" G_GINT64_FORMAT " KB", disk->capacity / 1024);
  g_autofree char *file = g_strdup_printf ("[%s] %s", disk->datastore, disk->file);

  json_object_set_int_member (obj, "key", g_ascii_strtoll (disk->key, NULL, 10));
  json_object_set_string_member (info, "label", label);
  json_object_set_string_member (info, "summary", summary);
  json_object_set_object_member (obj, "deviceInfo", info);
  json_object_set_string_member (backing, "fileName", file);
  if (ds)
    json_object_set_object_member (backing, "datastore", moref ("Datastore", ds->id));
  if (disk->rdm)
    {
      json_object_set_string_member (backing, "compatibilityMode", "physicalMode");
      json_object_set_string_member (backing, "diskMode", "independent_persistent");
      json_object_set_string_member (backing, "deviceName", "vml.0200000000600a0b80005ad1d7");
      json_object_set_string_member (backing, "lunUuid", "0200000000600a0b80005ad1d7");
    }
  else
    {
      json_object_set_string_member (backing, "diskMode", "persistent");
      json_object_set_boolean_member (backing, "thinProvisioned", TRUE);
    }
  json_object_set_object_member (obj, "backing", backing);
  json_object_set_int_member (obj, "controllerKey", 1000);
  json_object_set_int_member (obj, "unitNumber", unit);
  json_object_set_int_member (obj, "capacityInKB", disk->capacity / 1024);
  json_object_set_int_member (obj, "capacityInBytes", disk->capacity);
  return obj;
}

static void
handle_vm (FbSimVcenter      *self,
           SoupServerMessage *msg,
           const char        *id,
           const char        *member)
{
  SimVm *vm = fb_sim_vcenter_find_vm (self, id);

  if (vm == NULL)
    {
      respond_object_not_found (msg, "VirtualMachine", id);
      return;
    }

  if (g_str_equal (member, "name"))
    respond_string (msg, vm->name);
  else if (g_str_equal (member, "snapshot"))
    {
      JsonObject *info;
      JsonArray *roots;
      SimSnapshot *last;
      g_autofree char *current = NULL;

      if (vm->snapshots->len == 0)
        {
          /* unset property: no body */
          soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
          return;
        }
      last = g_ptr_array_index (vm->snapshots, vm->snapshots->len - 1);
      current = g_strdup_printf ("snapshot-%s-%d", vm->id + 3, last->id);
      info = typed ("VirtualMachineSnapshotInfo");
      json_object_set_object_member (info, "currentSnapshot",
                                     moref ("VirtualMachineSnapshot", current));
      roots = json_array_new ();
      add_snapshot_tree (roots, vm, 0);
      json_object_set_array_member (info, "rootSnapshotList", roots);
      respond_node_object (msg, info);
    }
  else if (g_str_equal (member, "runtime"))
    {
      JsonObject *rt = typed ("VirtualMachineRuntimeInfo");

      if (vm->host)
        json_object_set_object_member (rt, "host", moref ("HostSystem", vm->host));
      json_object_set_string_member (rt, "connectionState", "connected");
      json_object_set_string_member (rt, "powerState", vim_power_state (vm->power_state));
      json_object_set_string_member (rt, "faultToleranceState", "notConfigured");
      json_object_set_boolean_member (rt, "toolsInstallerMounted", FALSE);
      json_object_set_int_member (rt, "maxMemoryUsage", vm->memory_mib);
      json_object_set_int_member (rt, "numMksConnections", 0);
      json_object_set_boolean_member (rt, "consolidationNeeded", FALSE);
      respond_node_object (msg, rt);
    }
  else if (g_str_equal (member, "datastore"))
    {
      JsonArray *array = json_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < vm->disks->len; i++)
        {
          SimDisk *disk = g_ptr_array_index (vm->disks, i);
          SimDatastore *ds = fb_sim_vcenter_find_datastore (self, disk->datastore);

          if (ds && g_hash_table_add (seen, ds->id))
            json_array_add_object_element (array, moref ("Datastore", ds->id));
        }
      respond_node_array (msg, array);
    }
  else if (g_str_equal (member, "config"))
    {
      JsonObject *config = typed ("VirtualMachineConfigInfo");
      JsonObject *hardware = typed ("VirtualHardware");
      JsonArray *devices = json_array_new ();

      json_object_set_string_member (config, "name", vm->name);
      json_object_set_string_member (config, "guestId", vm->guest_os);
      json_object_set_string_member (config, "uuid", vm->bios_uuid);
      json_object_set_string_member (config, "instanceUuid", vm->instance_uuid);
      json_object_set_boolean_member (config, "template", FALSE);
      json_object_set_int_member (hardware, "numCPU", vm->cpu_count);
      json_object_set_int_member (hardware, "memoryMB", vm->memory_mib);
      for (guint i = 0; i < vm->disks->len; i++)
        json_array_add_object_element (devices,
                                       virtual_disk (self, vm, g_ptr_array_index (vm->disks, i), i));
      json_object_set_array_member (hardware, "device", devices);
      json_object_set_object_member (config, "hardware", hardware);
      respond_node_object (msg, config);
    }
  else
    respond_invalid_property (msg, member);
}

static void
handle_host (FbSimVcenter      *self,
             SoupServerMessage *msg,
             const char        *id,
             const char        *member)
{
  SimHost *host = fb_sim_vcenter_find_host (self, id);

  if (host == NULL || !g_str_equal (host->id, id))
    {
      respond_object_not_found (msg, "HostSystem", id);
      return;
    }

  if (g_str_equal (member, "name"))
    respond_string (msg, host->name);
  else if (g_str_equal (member, "datastore"))
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < host->datastores->len; i++)
        {
          SimDatastore *ds = fb_sim_vcenter_find_datastore (self, g_ptr_array_index (host->datastores, i));
          if (ds)
            json_array_add_object_element (array, moref ("Datastore", ds->id));
        }
      respond_node_array (msg, array);
    }
  else if (g_str_equal (member, "summary"))
    {
      gboolean connected = g_str_equal (host->connection_state, "CONNECTED");
      JsonObject *summary = typed ("HostListSummary");
      JsonObject *hardware = typed ("HostHardwareSummary");
      JsonObject *runtime = typed ("HostRuntimeInfo");
      JsonObject *stats = typed ("HostListSummaryQuickStats");
      JsonObject *config = typed ("HostConfigSummary");
      JsonObject *product = typed ("AboutInfo");
      g_autofree char *state = g_ascii_strdown (host->connection_state, -1);

      json_object_set_object_member (summary, "host", moref ("HostSystem", host->id));
      json_object_set_string_member (hardware, "vendor", "Dell Inc.");
      json_object_set_string_member (hardware, "model", "PowerEdge R750");
      json_object_set_int_member (hardware, "memorySize", host->memory_mib * 1024 * 1024);
      json_object_set_string_member (hardware, "cpuModel", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz");
      json_object_set_int_member (hardware, "cpuMhz", 2000);
      json_object_set_int_member (hardware, "numCpuPkgs", 2);
      json_object_set_int_member (hardware, "numCpuCores", host->cpu_cores);
      json_object_set_int_member (hardware, "numCpuThreads", host->cpu_cores * 2);
      json_object_set_object_member (summary, "hardware", hardware);
      /* DISCONNECTED -> "disconnected", NOT_RESPONDING -> "notResponding" */
      json_object_set_string_member (runtime, "connectionState",
                                     g_str_equal (host->connection_state, "NOT_RESPONDING")
                                       ? "notResponding" : state);
      json_object_set_string_member (runtime, "powerState",
                                     g_str_equal (host->power_state, "POWERED_ON") ? "poweredOn"
                                     : g_str_equal (host->power_state, "STANDBY") ? "standBy"
                                     : "poweredOff");
      json_object_set_boolean_member (runtime, "inMaintenanceMode", FALSE);
      json_object_set_object_member (summary, "runtime", runtime);
      if (connected)
        {
          json_object_set_int_member (stats, "overallCpuUsage", 4200);
          json_object_set_int_member (stats, "overallMemoryUsage",
                                      fb_sim_vcenter_host_used_mib (self, host));
          json_object_set_int_member (stats, "uptime", 3456000);
        }
      json_object_set_object_member (summary, "quickStats", stats);
      json_object_set_string_member (config, "name", host->name);
      json_object_set_int_member (config, "port", 443);
      json_object_set_string_member (product, "name", "VMware ESXi");
      json_object_set_string_member (product, "version", "8.0.1");
      json_object_set_string_member (product, "apiVersion", "8.0.1.0");
      json_object_set_object_member (config, "product", product);
      json_object_set_object_member (summary, "config", config);
      json_object_set_string_member (summary, "overallStatus", connected ? "green" : "gray");
      respond_node_object (msg, summary);
    }
  else
    respond_invalid_property (msg, member);
}

static void
handle_datastore (FbSimVcenter      *self,
                  SoupServerMessage *msg,
                  const char        *id,
                  const char        *member)
{
  SimDatastore *ds = fb_sim_vcenter_find_datastore (self, id);

  if (ds == NULL || !g_str_equal (ds->id, id))
    {
      respond_object_not_found (msg, "Datastore", id);
      return;
    }

  if (g_str_equal (member, "name"))
    respond_string (msg, ds->name);
  else if (g_str_equal (member, "host"))
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < self->hosts->len; i++)
        {
          SimHost *host = g_ptr_array_index (self->hosts, i);
          JsonObject *mount, *info;
          g_autofree char *path = NULL;

          if (!fb_sim_vcenter_host_mounts (host, ds->name))
            continue;
          mount = typed ("DatastoreHostMount");
          json_object_set_object_member (mount, "key", moref ("HostSystem", host->id));
          info = typed ("HostMountInfo");
          path = g_strdup_printf ("/vmfs/volumes/%s", ds->name);
          json_object_set_string_member (info, "path", path);
          json_object_set_string_member (info, "accessMode", "readWrite");
          json_object_set_boolean_member (info, "mounted", TRUE);
          json_object_set_boolean_member (info, "accessible", ds->accessible);
          json_object_set_object_member (mount, "mountInfo", info);
          json_array_add_object_element (array, mount);
        }
      respond_node_array (msg, array);
    }
  else if (g_str_equal (member, "summary"))
    {
      JsonObject *summary = typed ("DatastoreSummary");
      g_autofree char *url = g_strdup_printf ("ds:///vmfs/volumes/%s/", ds->id);

      json_object_set_object_member (summary, "datastore", moref ("Datastore", ds->id));
      json_object_set_string_member (summary, "name", ds->name);
      json_object_set_string_member (summary, "url", url);
      json_object_set_int_member (summary, "capacity", ds->capacity);
      json_object_set_int_member (summary, "freeSpace", ds->free_space);
      json_object_set_boolean_member (summary, "accessible", ds->accessible);
      json_object_set_boolean_member (summary, "multipleHostAccess", TRUE);
      json_object_set_string_member (summary, "type",
                                     g_str_equal (ds->type, "VSAN") ? "vsan" : ds->type);
      respond_node_object (msg, summary);
    }
  else
    respond_invalid_property (msg, member);
}

static void
find_by_uuid (FbSimVcenter      *self,
              SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = parse_body (msg);
  const char *uuid = body_string (body, "uuid");
  gboolean instance = body_bool (body, "instanceUuid");

  if (uuid == NULL)
    {
      JsonObject *fault = typed ("InvalidArgument");
      json_object_set_string_member (fault, "invalidProperty", "uuid");
      respond_fault (msg, fault, "A specified parameter was not correct: uuid");
      return;
    }
  for (guint i = 0; i < self->vms->len; i++)
    {
      SimVm *vm = g_ptr_array_index (self->vms, i);
      const char *candidate = instance ? vm->instance_uuid : vm->bios_uuid;

      if (g_ascii_strcasecmp (candidate, uuid) == 0)
        {
          respond_node_object (msg, moref ("VirtualMachine", vm->id));
          return;
        }
    }
  /* not found: unset result */
  soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void
fb_sim_vcenter_handle_vim (FbSimVcenter      *self,
                           SoupServerMessage *msg,
                           const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  const char *token = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                    "vmware-api-session-id");
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  const char *type, *id, *member;

  /* "", "sdk", "vim25", release, type, id, member */
  if (g_strv_length (parts) != 7 || !g_str_equal (parts[2], "vim25") ||
      !g_strv_contains (supported_releases, parts[3]))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  type = parts[4];
  id = parts[5];
  member = parts[6];

  if (g_str_equal (type, "ServiceInstance") && g_str_equal (member, "content") &&
      g_str_equal (method, "GET"))
    {
      service_content (self, msg);
      return;
    }
  if (g_str_equal (type, "SessionManager"))
    {
      handle_session_manager (self, msg, method, member, token);
      return;
    }

  if (fb_sim_vcenter_lookup_session (self, token, TRUE) == NULL)
    {
      respond_not_authenticated (msg);
      return;
    }

  if (g_str_equal (type, "SearchIndex") && g_str_equal (member, "FindByUuid") &&
      g_str_equal (method, "POST"))
    find_by_uuid (self, msg);
  else if (!g_str_equal (method, "GET"))
    respond_invalid_property (msg, member);
  else if (g_str_equal (type, "VirtualMachine"))
    handle_vm (self, msg, id, member);
  else if (g_str_equal (type, "HostSystem"))
    handle_host (self, msg, id, member);
  else if (g_str_equal (type, "Datastore"))
    handle_datastore (self, msg, id, member);
  else
    respond_object_not_found (msg, type, id);
}
