/* fb-sim-vcenter-rest.c - the Automation REST API (/api/...) of the simulated vCenter
 *
 * Shapes, status codes and error bodies follow
 * shared/reference/vcenter/api-notes.md sections 2-9 (vCenter 7.0 U2+ /api).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-sim-vcenter-private.h"

static char *
format_time (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.000Z");
}

static void
respond_string (SoupServerMessage *msg,
                guint              status,
                const char        *value)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);
  fb_sim_vcenter_respond_json (msg, status, node);
}

static void
respond_object (SoupServerMessage *msg,
                guint              status,
                JsonObject        *obj)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, obj);
  fb_sim_vcenter_respond_json (msg, status, node);
}

static void
respond_array (SoupServerMessage *msg,
               JsonArray         *array)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  fb_sim_vcenter_respond_json (msg, SOUP_STATUS_OK, node);
}

static void
respond_unauthenticated (SoupServerMessage *msg)
{
  fb_sim_vcenter_respond_error (msg, SOUP_STATUS_UNAUTHORIZED, "UNAUTHENTICATED",
                                "com.vmware.vapi.endpoint.method.authentication.required",
                                "Authentication required.");
}

static void
respond_not_found (SoupServerMessage *msg,
                   const char        *what)
{
  g_autofree char *text = g_strdup_printf ("Object %s does not exist.", what);

  fb_sim_vcenter_respond_error (msg, SOUP_STATUS_NOT_FOUND, "NOT_FOUND",
                                "com.vmware.vapi.std.errors.not_found", text);
}

static void
respond_http_not_found (SoupServerMessage *msg)
{
  fb_sim_vcenter_respond_error (msg, SOUP_STATUS_NOT_FOUND, "NOT_FOUND",
                                "com.vmware.vapi.rest.httpNotFound", "Not found.");
}

static void
respond_operation_not_found (SoupServerMessage *msg)
{
  fb_sim_vcenter_respond_error (msg, SOUP_STATUS_NOT_FOUND, "OPERATION_NOT_FOUND",
                                "com.vmware.vapi.rest.operationNotFound",
                                "The requested operation is not supported on this resource.");
}

static void
respond_invalid_argument (SoupServerMessage *msg,
                          const char        *text)
{
  fb_sim_vcenter_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "INVALID_ARGUMENT",
                                "com.vmware.vapi.std.errors.invalid_argument", text);
}

/* ---------------------------------------------------------------------------
 * Filters: OR inside one filter, AND between filters.
 */

static GPtrArray *
filter_values (GHashTable *query,
               const char *name)
{
  return g_hash_table_lookup (query, name);
}

static gboolean
filter_matches (GHashTable *query,
                const char *name,
                const char *value)
{
  GPtrArray *values = filter_values (query, name);

  if (values == NULL)
    return TRUE;
  for (guint i = 0; i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), value) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
filter_valid_enum (GHashTable         *query,
                   const char         *name,
                   const char * const *allowed,
                   char              **bad)
{
  GPtrArray *values = filter_values (query, name);

  for (guint i = 0; values && i < values->len; i++)
    if (!g_strv_contains (allowed, g_ptr_array_index (values, i)))
      {
        *bad = g_strdup_printf ("Invalid value '%s' for filter '%s'.",
                                (char *) g_ptr_array_index (values, i), name);
        return FALSE;
      }
  return TRUE;
}

static const char *
query_action (GHashTable *query)
{
  GPtrArray *values = g_hash_table_lookup (query, "action");

  return (values && values->len > 0) ? g_ptr_array_index (values, 0) : NULL;
}

static gboolean
query_flag (GHashTable *query,
            const char *name)
{
  GPtrArray *values = g_hash_table_lookup (query, name);

  return values && values->len > 0 && g_str_equal (g_ptr_array_index (values, 0), "true");
}

/* ---------------------------------------------------------------------------
 * Session
 */

static void
handle_session (FbSimVcenter      *self,
                SoupServerMessage *msg,
                const char        *method)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *token = soup_message_headers_get_one (headers, "vmware-api-session-id");

  if (g_str_equal (method, "POST"))
    {
      const char *auth = soup_message_headers_get_one (headers, "Authorization");
      g_autofree guchar *decoded = NULL;
      g_autofree char *text = NULL;
      gsize len = 0;
      char *colon;
      SimSession *session;

      if (auth == NULL || g_ascii_strncasecmp (auth, "Basic ", 6) != 0)
        {
          respond_unauthenticated (msg);
          return;
        }
      decoded = g_base64_decode (auth + 6, &len);
      text = g_strndup ((const char *) decoded, len);
      colon = strchr (text, ':');
      if (colon == NULL)
        {
          respond_unauthenticated (msg);
          return;
        }
      *colon = '\0';
      if (!fb_sim_vcenter_check_password (self, text, colon + 1))
        {
          respond_unauthenticated (msg);
          return;
        }
      session = fb_sim_vcenter_create_session (self, text, FALSE);
      respond_string (msg, SOUP_STATUS_CREATED, session->token);
      return;
    }

  if (g_str_equal (method, "GET"))
    {
      SimSession *session = fb_sim_vcenter_lookup_session (self, token, FALSE);
      JsonObject *obj;
      g_autofree char *created = NULL;
      g_autofree char *accessed = NULL;

      if (session == NULL)
        {
          respond_unauthenticated (msg);
          return;
        }
      created = format_time (session->created);
      accessed = format_time (session->last_accessed);
      obj = json_object_new ();
      json_object_set_string_member (obj, "user", session->user);
      json_object_set_string_member (obj, "created_time", created);
      json_object_set_string_member (obj, "last_accessed_time", accessed);
      respond_object (msg, SOUP_STATUS_OK, obj);
      return;
    }

  if (g_str_equal (method, "DELETE"))
    {
      if (fb_sim_vcenter_lookup_session (self, token, FALSE) == NULL)
        {
          respond_unauthenticated (msg);
          return;
        }
      g_hash_table_remove (self->sessions, token);
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }

  respond_operation_not_found (msg);
}

/* ---------------------------------------------------------------------------
 * VMs
 */

static JsonObject *
vm_summary (SimVm *vm)
{
  JsonObject *obj = json_object_new ();

  json_object_set_string_member (obj, "vm", vm->id);
  json_object_set_string_member (obj, "name", vm->name);
  json_object_set_string_member (obj, "power_state", vm->power_state);
  json_object_set_int_member (obj, "cpu_count", vm->cpu_count);
  json_object_set_int_member (obj, "memory_size_MiB", vm->memory_mib);
  return obj;
}

static JsonObject *
disk_info (SimDisk *disk,
           guint    unit)
{
  JsonObject *obj = json_object_new ();
  JsonObject *scsi = json_object_new ();
  JsonObject *backing = json_object_new ();
  g_autofree char *label = g_strdup_printf ("Hard disk %u", unit + 1);
  g_autofree char *vmdk = g_strdup_printf ("[%s] %s", disk->datastore, disk->file);

  json_object_set_string_member (obj, "label", label);
  json_object_set_string_member (obj, "type", "SCSI");
  json_object_set_int_member (scsi, "bus", 0);
  json_object_set_int_member (scsi, "unit", unit);
  json_object_set_object_member (obj, "scsi", scsi);
  json_object_set_string_member (backing, "type", "VMDK_FILE");
  json_object_set_string_member (backing, "vmdk_file", vmdk);
  json_object_set_object_member (obj, "backing", backing);
  json_object_set_int_member (obj, "capacity", disk->capacity);
  return obj;
}

static JsonObject *
vm_hardware (SimVm *vm)
{
  JsonObject *hw = json_object_new ();

  json_object_set_string_member (hw, "version", "VMX_19");
  json_object_set_string_member (hw, "upgrade_policy", "NEVER");
  json_object_set_string_member (hw, "upgrade_status", "NONE");
  return hw;
}

static JsonObject *
vm_info (SimVm *vm)
{
  JsonObject *obj = json_object_new ();
  JsonObject *identity = json_object_new ();
  JsonObject *cpu = json_object_new ();
  JsonObject *memory = json_object_new ();
  JsonObject *boot = json_object_new ();
  JsonObject *disks = json_object_new ();
  JsonObject *scsi_adapters = json_object_new ();
  JsonObject *adapter = json_object_new ();
  JsonObject *adapter_scsi = json_object_new ();
  gboolean windows = g_str_has_prefix (vm->guest_os, "WINDOWS");

  json_object_set_string_member (obj, "name", vm->name);
  json_object_set_string_member (obj, "guest_OS", vm->guest_os);
  json_object_set_string_member (obj, "power_state", vm->power_state);
  json_object_set_string_member (identity, "name", vm->name);
  json_object_set_string_member (identity, "bios_uuid", vm->bios_uuid);
  json_object_set_string_member (identity, "instance_uuid", vm->instance_uuid);
  json_object_set_object_member (obj, "identity", identity);
  json_object_set_boolean_member (obj, "instant_clone_frozen", FALSE);
  json_object_set_object_member (obj, "hardware", vm_hardware (vm));
  json_object_set_string_member (boot, "type", windows ? "EFI" : "BIOS");
  json_object_set_int_member (boot, "delay", 0);
  json_object_set_boolean_member (boot, "retry", FALSE);
  json_object_set_int_member (boot, "retry_delay", 10000);
  json_object_set_boolean_member (boot, "enter_setup_mode", FALSE);
  json_object_set_object_member (obj, "boot", boot);
  json_object_set_array_member (obj, "boot_devices", json_array_new ());
  json_object_set_int_member (cpu, "count", vm->cpu_count);
  json_object_set_int_member (cpu, "cores_per_socket", 1);
  json_object_set_boolean_member (cpu, "hot_add_enabled", FALSE);
  json_object_set_boolean_member (cpu, "hot_remove_enabled", FALSE);
  json_object_set_object_member (obj, "cpu", cpu);
  json_object_set_int_member (memory, "size_MiB", vm->memory_mib);
  json_object_set_boolean_member (memory, "hot_add_enabled", FALSE);
  json_object_set_object_member (obj, "memory", memory);
  for (guint i = 0; i < vm->disks->len; i++)
    {
      SimDisk *disk = g_ptr_array_index (vm->disks, i);
      json_object_set_object_member (disks, disk->key, disk_info (disk, i));
    }
  json_object_set_object_member (obj, "disks", disks);
  json_object_set_object_member (obj, "nics", json_object_new ());
  json_object_set_object_member (obj, "cdroms", json_object_new ());
  json_object_set_object_member (obj, "floppies", json_object_new ());
  json_object_set_object_member (obj, "parallel_ports", json_object_new ());
  json_object_set_object_member (obj, "serial_ports", json_object_new ());
  json_object_set_object_member (obj, "sata_adapters", json_object_new ());
  json_object_set_object_member (obj, "nvme_adapters", json_object_new ());
  json_object_set_string_member (adapter, "label", "SCSI controller 0");
  json_object_set_string_member (adapter, "type", "LSILOGICSAS");
  json_object_set_int_member (adapter_scsi, "bus", 0);
  json_object_set_int_member (adapter_scsi, "unit", 7);
  json_object_set_object_member (adapter, "scsi", adapter_scsi);
  json_object_set_string_member (adapter, "sharing", "NONE");
  json_object_set_object_member (scsi_adapters, "1000", adapter);
  json_object_set_object_member (obj, "scsi_adapters", scsi_adapters);
  return obj;
}

static void
handle_vm_list (FbSimVcenter      *self,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  static const char * const power_states[] = { "POWERED_OFF", "POWERED_ON", "SUSPENDED", NULL };
  g_autofree char *bad = NULL;
  JsonArray *array;

  if (!filter_valid_enum (query, "power_states", power_states, &bad))
    {
      respond_invalid_argument (msg, bad);
      return;
    }
  array = json_array_new ();
  for (guint i = 0; i < self->vms->len; i++)
    {
      SimVm *vm = g_ptr_array_index (self->vms, i);

      if (!filter_matches (query, "vms", vm->id) ||
          !filter_matches (query, "names", vm->name) ||
          !filter_matches (query, "hosts", vm->host) ||
          !filter_matches (query, "power_states", vm->power_state) ||
          !filter_matches (query, "folders", self->folder_id) ||
          !filter_matches (query, "datacenters", self->datacenter_id) ||
          !filter_matches (query, "clusters", self->cluster_id) ||
          !filter_matches (query, "resource_pools", self->resource_pool_id))
        continue;
      json_array_add_object_element (array, vm_summary (vm));
    }
  respond_array (msg, array);
}

static void
start_relocate (FbSimVcenter      *self,
                SoupServerMessage *msg,
                SimVm             *vm,
                SimSession        *session,
                GHashTable        *query)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  JsonNode *root;
  JsonObject *placement = NULL;
  JsonNode *node;
  const char *host_id = NULL;
  const char *datastore_id = NULL;
  g_autofree char *uuid = NULL;
  SimTask *task;

  if (g_bytes_get_size (bytes) > 0)
    {
      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                       (gssize) g_bytes_get_size (bytes), NULL))
        {
          respond_invalid_argument (msg, "The request body is not valid JSON.");
          return;
        }
      root = json_parser_get_root (parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          respond_invalid_argument (msg, "The relocate spec must be an object.");
          return;
        }
      node = json_object_get_member (json_node_get_object (root), "placement");
      if (node && JSON_NODE_HOLDS_OBJECT (node))
        placement = json_node_get_object (node);
      else if (node)
        {
          respond_invalid_argument (msg, "'placement' must be an object.");
          return;
        }
    }
  if (placement)
    {
      node = json_object_get_member (placement, "host");
      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        host_id = json_node_get_string (node);
      node = json_object_get_member (placement, "datastore");
      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        datastore_id = json_node_get_string (node);
    }
  if (host_id && fb_sim_vcenter_find_host (self, host_id) == NULL)
    {
      respond_not_found (msg, host_id);
      return;
    }
  if (host_id && !g_str_has_prefix (host_id, "host-"))
    {
      respond_invalid_argument (msg, "placement.host must be a host identifier.");
      return;
    }
  if (datastore_id && fb_sim_vcenter_find_datastore (self, datastore_id) == NULL)
    {
      respond_not_found (msg, datastore_id);
      return;
    }

  uuid = fb_sim_vcenter_new_uuid (self);
  task = g_new0 (SimTask, 1);
  task->id = g_strdup_printf ("%s:com.vmware.vcenter.vm", uuid);
  task->vm = g_strdup (vm->id);
  task->target_host = g_strdup (host_id);
  task->target_datastore = g_strdup (datastore_id);
  task->user = g_strdup (session->user);
  task->start_time = g_date_time_new_now_utc ();
  task->start_mono = g_get_monotonic_time ();
  task->duration_us = query_flag (query, "vmw-task") ? self->relocate_us : 0;
  g_hash_table_replace (self->tasks, task->id, task);

  if (query_flag (query, "vmw-task"))
    {
      respond_string (msg, SOUP_STATUS_ACCEPTED, task->id);
      return;
    }

  /* Without vmw-task the call returns when the migration has finished. */
  fb_sim_vcenter_advance (self);
  if (task->error_type)
    fb_sim_vcenter_respond_error (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, task->error_type,
                                  "com.vmware.api.vcenter.vm.relocate.failed", task->error_message);
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
}

static void
handle_power (FbSimVcenter      *self,
              SoupServerMessage *msg,
              const char        *method,
              SimVm             *vm,
              GHashTable        *query)
{
  const char *action = query_action (query);

  if (g_str_equal (method, "GET"))
    {
      JsonObject *obj = json_object_new ();

      json_object_set_string_member (obj, "state", vm->power_state);
      if (g_str_equal (vm->power_state, "POWERED_OFF"))
        json_object_set_boolean_member (obj, "clean_power_off", TRUE);
      respond_object (msg, SOUP_STATUS_OK, obj);
      return;
    }
  if (!g_str_equal (method, "POST") || action == NULL)
    {
      respond_operation_not_found (msg);
      return;
    }

  if (g_str_equal (action, "start"))
    {
      const char *error_type = NULL;
      g_autofree char *message = NULL;

      if (g_str_equal (vm->power_state, "POWERED_ON"))
        {
          fb_sim_vcenter_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "ALREADY_IN_DESIRED_STATE",
                                        "com.vmware.api.vcenter.vm.power.already_powered_on",
                                        "Virtual machine is already powered on.");
          return;
        }
      if (!fb_sim_vcenter_try_power_on (self, vm, &error_type, &message))
        {
          fb_sim_vcenter_respond_error (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, error_type,
                                        "vmsg.InsufficientMemoryResourcesFault.summary", message);
          return;
        }
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }
  if (g_str_equal (action, "stop") || g_str_equal (action, "suspend"))
    {
      const char *target = g_str_equal (action, "stop") ? "POWERED_OFF" : "SUSPENDED";

      if (g_str_equal (vm->power_state, target))
        {
          fb_sim_vcenter_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "ALREADY_IN_DESIRED_STATE",
                                        g_str_equal (action, "stop")
                                          ? "com.vmware.api.vcenter.vm.power.already_powered_off"
                                          : "com.vmware.api.vcenter.vm.power.already_suspended",
                                        g_str_equal (action, "stop")
                                          ? "Virtual machine is already powered off."
                                          : "Virtual machine is already suspended.");
          return;
        }
      if (g_str_equal (action, "suspend") && !g_str_equal (vm->power_state, "POWERED_ON"))
        {
          fb_sim_vcenter_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "NOT_ALLOWED_IN_CURRENT_STATE",
                                        "vmsg.InvalidPowerState.summary",
                                        "The attempted operation cannot be performed in the current state (Powered off).");
          return;
        }
      g_free (vm->power_state);
      vm->power_state = g_strdup (target);
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }
  if (g_str_equal (action, "reset"))
    {
      if (!g_str_equal (vm->power_state, "POWERED_ON"))
        {
          fb_sim_vcenter_respond_error (msg, SOUP_STATUS_BAD_REQUEST, "NOT_ALLOWED_IN_CURRENT_STATE",
                                        "vmsg.InvalidPowerState.summary",
                                        "The attempted operation cannot be performed in the current state.");
          return;
        }
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }
  respond_invalid_argument (msg, "Unknown power action.");
}

static void
handle_vm (FbSimVcenter      *self,
           SoupServerMessage *msg,
           const char        *method,
           SimSession        *session,
           char             **parts,  /* after "vcenter", "vm" */
           GHashTable        *query)
{
  SimVm *vm;

  if (parts[0] == NULL)
    {
      if (g_str_equal (method, "GET"))
        handle_vm_list (self, msg, query);
      else
        respond_operation_not_found (msg);
      return;
    }

  vm = fb_sim_vcenter_find_vm (self, parts[0]);
  if (vm == NULL)
    {
      respond_not_found (msg, parts[0]);
      return;
    }

  if (parts[1] == NULL)
    {
      if (g_str_equal (method, "GET"))
        respond_object (msg, SOUP_STATUS_OK, vm_info (vm));
      else if (g_str_equal (method, "POST") && g_strcmp0 (query_action (query), "relocate") == 0)
        start_relocate (self, msg, vm, session, query);
      else
        respond_operation_not_found (msg);
      return;
    }

  if (g_str_equal (parts[1], "power") && parts[2] == NULL)
    {
      handle_power (self, msg, method, vm, query);
      return;
    }

  if (g_str_equal (parts[1], "hardware") && g_str_equal (method, "GET"))
    {
      if (parts[2] == NULL)
        {
          respond_object (msg, SOUP_STATUS_OK, vm_hardware (vm));
          return;
        }
      if (g_str_equal (parts[2], "disk") && parts[3] == NULL)
        {
          JsonArray *array = json_array_new ();

          for (guint i = 0; i < vm->disks->len; i++)
            {
              JsonObject *obj = json_object_new ();
              json_object_set_string_member (obj, "disk",
                                             ((SimDisk *) g_ptr_array_index (vm->disks, i))->key);
              json_array_add_object_element (array, obj);
            }
          respond_array (msg, array);
          return;
        }
      if (g_str_equal (parts[2], "disk") && parts[4] == NULL)
        {
          for (guint i = 0; i < vm->disks->len; i++)
            {
              SimDisk *disk = g_ptr_array_index (vm->disks, i);
              if (g_str_equal (disk->key, parts[3]))
                {
                  respond_object (msg, SOUP_STATUS_OK, disk_info (disk, i));
                  return;
                }
            }
          respond_not_found (msg, parts[3]);
          return;
        }
    }
  respond_http_not_found (msg);
}

/* ---------------------------------------------------------------------------
 * Hosts, datastores, tasks
 */

static void
handle_host_list (FbSimVcenter      *self,
                  SoupServerMessage *msg,
                  GHashTable        *query)
{
  static const char * const states[] = { "CONNECTED", "DISCONNECTED", "NOT_RESPONDING", NULL };
  g_autofree char *bad = NULL;
  JsonArray *array;

  if (!filter_valid_enum (query, "connection_states", states, &bad))
    {
      respond_invalid_argument (msg, bad);
      return;
    }
  array = json_array_new ();
  for (guint i = 0; i < self->hosts->len; i++)
    {
      SimHost *h = g_ptr_array_index (self->hosts, i);
      JsonObject *obj;

      if (!filter_matches (query, "hosts", h->id) ||
          !filter_matches (query, "names", h->name) ||
          !filter_matches (query, "connection_states", h->connection_state) ||
          !filter_matches (query, "folders", "group-h5") ||
          !filter_matches (query, "datacenters", self->datacenter_id) ||
          !filter_matches (query, "clusters", self->cluster_id) ||
          !filter_matches (query, "standalone", "false"))
        continue;
      obj = json_object_new ();
      json_object_set_string_member (obj, "host", h->id);
      json_object_set_string_member (obj, "name", h->name);
      json_object_set_string_member (obj, "connection_state", h->connection_state);
      if (g_str_equal (h->connection_state, "CONNECTED"))
        json_object_set_string_member (obj, "power_state", h->power_state);
      json_array_add_object_element (array, obj);
    }
  respond_array (msg, array);
}

static void
handle_datastore (FbSimVcenter      *self,
                  SoupServerMessage *msg,
                  char             **parts,
                  GHashTable        *query)
{
  static const char * const types[] = { "VMFS", "NFS", "NFS41", "CIFS", "VSAN", "VFFS", "VVOL", NULL };
  g_autofree char *bad = NULL;
  JsonArray *array;

  if (parts[0] != NULL)
    {
      SimDatastore *ds = fb_sim_vcenter_find_datastore (self, parts[0]);
      JsonObject *obj;

      if (ds == NULL || !g_str_equal (ds->id, parts[0]) || parts[1] != NULL)
        {
          respond_not_found (msg, parts[0]);
          return;
        }
      obj = json_object_new ();
      json_object_set_string_member (obj, "name", ds->name);
      json_object_set_string_member (obj, "type", ds->type);
      json_object_set_boolean_member (obj, "accessible", ds->accessible);
      if (ds->accessible)
        json_object_set_int_member (obj, "free_space", ds->free_space);
      json_object_set_boolean_member (obj, "multiple_host_access", TRUE);
      json_object_set_boolean_member (obj, "thin_provisioning_supported", TRUE);
      respond_object (msg, SOUP_STATUS_OK, obj);
      return;
    }

  if (!filter_valid_enum (query, "types", types, &bad))
    {
      respond_invalid_argument (msg, bad);
      return;
    }
  array = json_array_new ();
  for (guint i = 0; i < self->datastores->len; i++)
    {
      SimDatastore *ds = g_ptr_array_index (self->datastores, i);
      JsonObject *obj;

      if (!filter_matches (query, "datastores", ds->id) ||
          !filter_matches (query, "names", ds->name) ||
          !filter_matches (query, "types", ds->type) ||
          !filter_matches (query, "folders", "group-s6") ||
          !filter_matches (query, "datacenters", self->datacenter_id))
        continue;
      obj = json_object_new ();
      json_object_set_string_member (obj, "datastore", ds->id);
      json_object_set_string_member (obj, "name", ds->name);
      json_object_set_string_member (obj, "type", ds->type);
      if (ds->accessible)
        {
          json_object_set_int_member (obj, "free_space", ds->free_space);
          json_object_set_int_member (obj, "capacity", ds->capacity);
        }
      json_array_add_object_element (array, obj);
    }
  respond_array (msg, array);
}

static JsonObject *
localizable (const char *id,
             const char *text)
{
  JsonObject *obj = json_object_new ();

  json_object_set_string_member (obj, "id", id);
  json_object_set_string_member (obj, "default_message", text);
  json_object_set_array_member (obj, "args", json_array_new ());
  return obj;
}

static void
handle_task (FbSimVcenter      *self,
             SoupServerMessage *msg,
             const char        *id)
{
  SimTask *task = g_hash_table_lookup (self->tasks, id);
  JsonObject *obj, *progress, *target;
  g_autofree char *start = NULL;
  gint64 elapsed;
  gint64 completed;
  const char *status;

  if (task == NULL)
    {
      respond_not_found (msg, id);
      return;
    }
  elapsed = g_get_monotonic_time () - task->start_mono;
  if (task->done)
    status = task->error_type ? "FAILED" : "SUCCEEDED";
  else if (elapsed < task->duration_us / 10)
    status = "PENDING";
  else
    status = "RUNNING";
  completed = task->done ? 100
                         : (task->duration_us > 0 ? MIN (99, elapsed * 100 / task->duration_us) : 0);

  obj = json_object_new ();
  json_object_set_string_member (obj, "status", status);
  json_object_set_object_member (obj, "description",
                                 localizable ("com.vmware.vcenter.vm.relocate",
                                              "Relocate virtual machine"));
  json_object_set_string_member (obj, "service", "com.vmware.vcenter.VM");
  json_object_set_string_member (obj, "operation", "relocate");
  json_object_set_boolean_member (obj, "cancelable", FALSE);
  progress = json_object_new ();
  json_object_set_int_member (progress, "total", 100);
  json_object_set_int_member (progress, "completed", completed);
  json_object_set_object_member (progress, "message",
                                 localizable ("com.vmware.vcenter.vm.relocate.progress",
                                              "Migrating the virtual machine"));
  json_object_set_object_member (obj, "progress", progress);
  target = json_object_new ();
  json_object_set_string_member (target, "type", "VirtualMachine");
  json_object_set_string_member (target, "id", task->vm);
  json_object_set_object_member (obj, "target", target);
  json_object_set_string_member (obj, "user", task->user);
  start = format_time (task->start_time);
  json_object_set_string_member (obj, "start_time", start);
  if (task->done)
    {
      g_autofree char *end = format_time (task->end_time);
      json_object_set_string_member (obj, "end_time", end);
    }
  if (task->error_type)
    {
      JsonObject *error = json_object_new ();
      JsonArray *messages = json_array_new ();

      json_array_add_object_element (messages,
                                     localizable ("com.vmware.api.vcenter.vm.relocate.failed",
                                                  task->error_message));
      json_object_set_string_member (error, "error_type", task->error_type);
      json_object_set_array_member (error, "messages", messages);
      json_object_set_object_member (obj, "error", error);
    }
  respond_object (msg, SOUP_STATUS_OK, obj);
}

/* ---------------------------------------------------------------------------
 * Dispatch
 */

void
fb_sim_vcenter_handle_rest (FbSimVcenter      *self,
                            SoupServerMessage *msg,
                            const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  g_autoptr(GHashTable) query = fb_sim_vcenter_parse_query (msg);
  g_auto(GStrv) parts = NULL;
  SimSession *session;
  guint n;

  /* parts[0] is "" (leading slash), parts[1] "api". */
  parts = g_strsplit (path, "/", -1);
  n = g_strv_length (parts);
  if (n > 0 && parts[n - 1][0] == '\0')
    {
      g_free (parts[n - 1]);
      parts[n - 1] = NULL;
      n--;
    }

  if (n == 3 && g_str_equal (parts[2], "session"))
    {
      handle_session (self, msg, method);
      return;
    }

  session = fb_sim_vcenter_lookup_session (self, soup_message_headers_get_one (headers,
                                                                                "vmware-api-session-id"),
                                           FALSE);
  if (session == NULL)
    {
      respond_unauthenticated (msg);
      return;
    }

  if (n >= 4 && g_str_equal (parts[2], "vcenter") && g_str_equal (parts[3], "vm"))
    {
      handle_vm (self, msg, method, session, parts + 4, query);
      return;
    }
  if (n == 4 && g_str_equal (parts[2], "vcenter") && g_str_equal (parts[3], "host"))
    {
      if (g_str_equal (method, "GET"))
        handle_host_list (self, msg, query);
      else
        respond_operation_not_found (msg);
      return;
    }
  if (n >= 4 && n <= 5 && g_str_equal (parts[2], "vcenter") && g_str_equal (parts[3], "datastore"))
    {
      if (g_str_equal (method, "GET"))
        handle_datastore (self, msg, parts + 4, query);
      else
        respond_operation_not_found (msg);
      return;
    }
  if (n == 5 && g_str_equal (parts[2], "cis") && g_str_equal (parts[3], "tasks"))
    {
      if (g_str_equal (method, "GET"))
        handle_task (self, msg, parts[4]);
      else
        respond_operation_not_found (msg);
      return;
    }
  respond_http_not_found (msg);
}
