/* fb-sim-vcenter.c - the simulated vCenter: inventory, sessions, hooks
 *
 * The inventory comes from the "vcenter" member of a scenario file:
 *
 *   { "server": "vc-nbg-01.contoso.local", "connected": true,
 *     "users": [{"name": "administrator@vsphere.local", "password": "..."}],
 *     "sessionIdleMinutes": 30, "relocateSeconds": 40,
 *     "datacenter": {"id", "name"}, "cluster": {"id", "name"},
 *     "hosts": [{"id", "name", "connectionState", "powerState", "memoryGiB",
 *                "baseUsageGiB", "cpuCores", "datastores": ["ds-vmfs-01", ...]}],
 *     "datastores": [{"id", "name", "type", "capacityGiB", "freeGiB", "accessible"}],
 *     "vms": [{"id", "name", "host", "powerState", "memoryMiB", "cpuCount", "guestOs",
 *              "instanceUuid", "biosUuid",
 *              "disks": [{"datastore", "file", "capacityGiB", "rdm"}],
 *              "snapshots": [{"name", "description", "createTime"}]}] }
 *
 * A host's used memory is its baseUsage plus the memory of its powered-on VMs,
 * so powering on, powering off and vMotion change what the hosts report.
 * Durations (session idle expiry, relocate tasks) are divided by the speed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-sim-vcenter-private.h"

G_DEFINE_FINAL_TYPE (FbSimVcenter, fb_sim_vcenter, G_TYPE_OBJECT)

#define MIB ((gint64) 1024 * 1024)
#define GIB ((gint64) 1024 * 1024 * 1024)

static void
sim_host_free (SimHost *h)
{
  g_free (h->id);
  g_free (h->name);
  g_free (h->connection_state);
  g_free (h->power_state);
  g_clear_pointer (&h->datastores, g_ptr_array_unref);
  g_free (h);
}

static void
sim_datastore_free (SimDatastore *d)
{
  g_free (d->id);
  g_free (d->name);
  g_free (d->type);
  g_free (d);
}

static void
sim_disk_free (SimDisk *d)
{
  g_free (d->key);
  g_free (d->datastore);
  g_free (d->file);
  g_free (d);
}

static void
sim_snapshot_free (SimSnapshot *s)
{
  g_free (s->name);
  g_free (s->description);
  g_free (s->create_time);
  g_free (s);
}

static void
sim_vm_free (SimVm *vm)
{
  g_free (vm->id);
  g_free (vm->name);
  g_free (vm->host);
  g_free (vm->power_state);
  g_free (vm->guest_os);
  g_free (vm->instance_uuid);
  g_free (vm->bios_uuid);
  g_clear_pointer (&vm->disks, g_ptr_array_unref);
  g_clear_pointer (&vm->snapshots, g_ptr_array_unref);
  g_free (vm);
}

static void
sim_session_free (SimSession *s)
{
  g_free (s->token);
  g_free (s->user);
  g_clear_pointer (&s->created, g_date_time_unref);
  g_clear_pointer (&s->last_accessed, g_date_time_unref);
  g_free (s);
}

static void
sim_task_free (SimTask *t)
{
  g_free (t->id);
  g_free (t->vm);
  g_free (t->target_host);
  g_free (t->target_datastore);
  g_free (t->user);
  g_free (t->error_type);
  g_free (t->error_message);
  g_clear_pointer (&t->start_time, g_date_time_unref);
  g_clear_pointer (&t->end_time, g_date_time_unref);
  g_free (t);
}

static void
fb_sim_vcenter_finalize (GObject *object)
{
  FbSimVcenter *self = FB_SIM_VCENTER (object);

  g_free (self->server_name);
  g_free (self->datacenter_id);
  g_free (self->datacenter_name);
  g_free (self->cluster_id);
  g_free (self->cluster_name);
  g_free (self->folder_id);
  g_free (self->resource_pool_id);
  g_clear_pointer (&self->users, g_hash_table_unref);
  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  g_clear_pointer (&self->datastores, g_ptr_array_unref);
  g_clear_pointer (&self->vms, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->tasks, g_hash_table_unref);

  G_OBJECT_CLASS (fb_sim_vcenter_parent_class)->finalize (object);
}

static void
fb_sim_vcenter_class_init (FbSimVcenterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fb_sim_vcenter_finalize;
}

static void
fb_sim_vcenter_init (FbSimVcenter *self)
{
  self->speed = 1.0;
  self->connected = TRUE;
  self->users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) sim_host_free);
  self->datastores = g_ptr_array_new_with_free_func ((GDestroyNotify) sim_datastore_free);
  self->vms = g_ptr_array_new_with_free_func ((GDestroyNotify) sim_vm_free);
  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) sim_session_free);
  self->tasks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) sim_task_free);
  self->next_id = 5000;
}

/* ---------------------------------------------------------------------------
 * Scenario parsing: every member is optional and type-checked.
 */

static const char *
obj_string (JsonObject *obj, const char *member, const char *fallback)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return fallback;
}

static double
obj_number (JsonObject *obj, const char *member, double fallback)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node))
    {
      GType t = json_node_get_value_type (node);
      if (t == G_TYPE_INT64 || t == G_TYPE_DOUBLE)
        return json_node_get_double (node);
    }
  return fallback;
}

static gboolean
obj_bool (JsonObject *obj, const char *member, gboolean fallback)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node);
  return fallback;
}

static JsonArray *
obj_array (JsonObject *obj, const char *member)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  return (node && JSON_NODE_HOLDS_ARRAY (node)) ? json_node_get_array (node) : NULL;
}

static JsonObject *
obj_object (JsonObject *obj, const char *member)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  return (node && JSON_NODE_HOLDS_OBJECT (node)) ? json_node_get_object (node) : NULL;
}

static JsonObject *
array_object (JsonArray *array, guint i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

char *
fb_sim_vcenter_new_uuid (FbSimVcenter *self)
{
  return g_uuid_string_random ();
}

static char *
new_id (FbSimVcenter *self, const char *prefix)
{
  return g_strdup_printf ("%s-%u", prefix, self->next_id++);
}

static const char *
guest_os_from (const char *os)
{
  if (os == NULL || *os == '\0')
    return "OTHER_64";
  if (g_ascii_strcasecmp (os, "Windows") == 0)
    return "WINDOWS_9_SERVER_64";
  if (g_ascii_strcasecmp (os, "Linux") == 0)
    return "RHEL_8_64";
  return os;
}

static SimVm *
add_vm (FbSimVcenter *self,
        const char   *id,
        const char   *name,
        const char   *host_id,
        const char   *power_state,
        gint64        memory_mib,
        guint         cpu_count,
        const char   *guest_os)
{
  SimVm *vm = g_new0 (SimVm, 1);

  vm->id = id ? g_strdup (id) : new_id (self, "vm");
  vm->name = g_strdup (name);
  vm->host = g_strdup (host_id);
  vm->power_state = g_strdup (power_state ? power_state : "POWERED_OFF");
  vm->memory_mib = memory_mib > 0 ? memory_mib : 4096;
  vm->cpu_count = cpu_count > 0 ? cpu_count : 2;
  vm->guest_os = g_strdup (guest_os_from (guest_os));
  vm->instance_uuid = fb_sim_vcenter_new_uuid (self);
  vm->bios_uuid = fb_sim_vcenter_new_uuid (self);
  vm->disks = g_ptr_array_new_with_free_func ((GDestroyNotify) sim_disk_free);
  vm->snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) sim_snapshot_free);
  g_ptr_array_add (self->vms, vm);
  return vm;
}

static void
add_disk (SimVm      *vm,
          const char *datastore,
          const char *file,
          gint64      capacity,
          gboolean    rdm)
{
  SimDisk *disk = g_new0 (SimDisk, 1);

  disk->key = g_strdup_printf ("%u", 2000 + vm->disks->len);
  disk->datastore = g_strdup (datastore);
  disk->file = file ? g_strdup (file)
                    : g_strdup_printf ("%s/%s%s%u.vmdk", vm->name, vm->name,
                                       vm->disks->len ? "_" : "", vm->disks->len);
  if (file == NULL && vm->disks->len == 0)
    {
      g_free (disk->file);
      disk->file = g_strdup_printf ("%s/%s.vmdk", vm->name, vm->name);
    }
  disk->capacity = capacity > 0 ? capacity : 40 * GIB;
  disk->rdm = rdm;
  g_ptr_array_add (vm->disks, disk);
}

static void
load_scenario (FbSimVcenter *self,
               JsonObject   *scenario)
{
  JsonArray *array;
  JsonObject *obj;

  self->server_name = g_strdup (obj_string (scenario, "server", "vc-nbg-01.contoso.local"));
  self->connected = obj_bool (scenario, "connected", TRUE);

  array = obj_array (scenario, "users");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *u = array_object (array, i);
      const char *name = obj_string (u, "name", NULL);
      const char *password = obj_string (u, "password", NULL);

      if (name && password)
        g_hash_table_replace (self->users, g_strdup (name), g_strdup (password));
    }
  if (g_hash_table_size (self->users) == 0)
    g_hash_table_replace (self->users, g_strdup ("administrator@vsphere.local"),
                          g_strdup ("demo-password"));

  self->session_idle_us = (gint64) (obj_number (scenario, "sessionIdleMinutes", 30) * 60 * G_USEC_PER_SEC
                                    / self->speed);
  self->relocate_us = (gint64) (obj_number (scenario, "relocateSeconds", 40) * G_USEC_PER_SEC
                                / self->speed);

  obj = obj_object (scenario, "datacenter");
  self->datacenter_id = g_strdup (obj_string (obj, "id", "datacenter-3"));
  self->datacenter_name = g_strdup (obj_string (obj, "name", "Datacenter"));
  obj = obj_object (scenario, "cluster");
  self->cluster_id = g_strdup (obj_string (obj, "id", "domain-c8"));
  self->cluster_name = g_strdup (obj_string (obj, "name", "Cluster"));
  self->folder_id = g_strdup ("group-v4");
  self->resource_pool_id = g_strdup ("resgroup-9");

  array = obj_array (scenario, "datastores");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = array_object (array, i);
      SimDatastore *ds;

      if (o == NULL || obj_string (o, "name", NULL) == NULL)
        continue;
      ds = g_new0 (SimDatastore, 1);
      ds->id = obj_string (o, "id", NULL) ? g_strdup (obj_string (o, "id", NULL))
                                            : new_id (self, "datastore");
      ds->name = g_strdup (obj_string (o, "name", NULL));
      ds->type = g_strdup (obj_string (o, "type", "VMFS"));
      ds->capacity = (gint64) (obj_number (o, "capacityGiB", 1024) * GIB);
      ds->free_space = (gint64) (obj_number (o, "freeGiB", 512) * GIB);
      ds->accessible = obj_bool (o, "accessible", TRUE);
      g_ptr_array_add (self->datastores, ds);
    }

  array = obj_array (scenario, "hosts");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = array_object (array, i);
      JsonArray *mounts;
      SimHost *host;

      if (o == NULL || obj_string (o, "name", NULL) == NULL)
        continue;
      host = g_new0 (SimHost, 1);
      host->id = obj_string (o, "id", NULL) ? g_strdup (obj_string (o, "id", NULL))
                                              : new_id (self, "host");
      host->name = g_strdup (obj_string (o, "name", NULL));
      host->connection_state = g_strdup (obj_string (o, "connectionState", "CONNECTED"));
      host->power_state = g_strdup (obj_string (o, "powerState", "POWERED_ON"));
      host->memory_mib = (gint64) (obj_number (o, "memoryGiB", 256) * 1024);
      host->base_usage_mib = (gint64) (obj_number (o, "baseUsageGiB", 8) * 1024);
      host->cpu_cores = (guint) obj_number (o, "cpuCores", 32);
      host->datastores = g_ptr_array_new_with_free_func (g_free);
      mounts = obj_array (o, "datastores");
      for (guint j = 0; mounts && j < json_array_get_length (mounts); j++)
        {
          JsonNode *n = json_array_get_element (mounts, j);
          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
            g_ptr_array_add (host->datastores, g_strdup (json_node_get_string (n)));
        }
      g_ptr_array_add (self->hosts, host);
    }

  array = obj_array (scenario, "vms");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = array_object (array, i);
      JsonArray *list;
      SimHost *host;
      SimVm *vm;

      if (o == NULL || obj_string (o, "name", NULL) == NULL)
        continue;
      host = fb_sim_vcenter_find_host (self, obj_string (o, "host", ""));
      if (host == NULL && self->hosts->len > 0)
        host = g_ptr_array_index (self->hosts, 0);
      vm = add_vm (self, obj_string (o, "id", NULL), obj_string (o, "name", NULL),
                   host ? host->id : NULL, obj_string (o, "powerState", "POWERED_OFF"),
                   (gint64) obj_number (o, "memoryMiB", 4096),
                   (guint) obj_number (o, "cpuCount", 2), obj_string (o, "guestOs", NULL));
      if (obj_string (o, "instanceUuid", NULL))
        {
          g_free (vm->instance_uuid);
          vm->instance_uuid = g_strdup (obj_string (o, "instanceUuid", NULL));
        }
      if (obj_string (o, "biosUuid", NULL))
        {
          g_free (vm->bios_uuid);
          vm->bios_uuid = g_strdup (obj_string (o, "biosUuid", NULL));
        }
      list = obj_array (o, "disks");
      for (guint j = 0; list && j < json_array_get_length (list); j++)
        {
          JsonObject *d = array_object (list, j);
          if (d == NULL || obj_string (d, "datastore", NULL) == NULL)
            continue;
          add_disk (vm, obj_string (d, "datastore", NULL), obj_string (d, "file", NULL),
                    (gint64) (obj_number (d, "capacityGiB", 40) * GIB), obj_bool (d, "rdm", FALSE));
        }
      list = obj_array (o, "snapshots");
      for (guint j = 0; list && j < json_array_get_length (list); j++)
        {
          JsonObject *s = array_object (list, j);
          SimSnapshot *snap;

          if (s == NULL)
            continue;
          snap = g_new0 (SimSnapshot, 1);
          snap->name = g_strdup (obj_string (s, "name", "snapshot"));
          snap->description = g_strdup (obj_string (s, "description", ""));
          snap->create_time = g_strdup (obj_string (s, "createTime", "2026-01-01T00:00:00Z"));
          snap->id = (int) vm->snapshots->len + 1;
          g_ptr_array_add (vm->snapshots, snap);
        }
    }
}

FbSimVcenter *
fb_sim_vcenter_new (JsonObject *scenario,
                    double      speed)
{
  FbSimVcenter *self = g_object_new (FB_TYPE_SIM_VCENTER, NULL);

  self->speed = speed > 0 ? speed : 1.0;
  load_scenario (self, scenario);
  return self;
}

/* ---------------------------------------------------------------------------
 * Inventory
 */

SimHost *
fb_sim_vcenter_find_host (FbSimVcenter *self,
                          const char   *id_or_name)
{
  for (guint i = 0; id_or_name && i < self->hosts->len; i++)
    {
      SimHost *h = g_ptr_array_index (self->hosts, i);
      if (g_str_equal (h->id, id_or_name) || g_str_equal (h->name, id_or_name))
        return h;
    }
  return NULL;
}

SimDatastore *
fb_sim_vcenter_find_datastore (FbSimVcenter *self,
                               const char   *id_or_name)
{
  for (guint i = 0; id_or_name && i < self->datastores->len; i++)
    {
      SimDatastore *d = g_ptr_array_index (self->datastores, i);
      if (g_str_equal (d->id, id_or_name) || g_str_equal (d->name, id_or_name))
        return d;
    }
  return NULL;
}

SimVm *
fb_sim_vcenter_find_vm (FbSimVcenter *self,
                        const char   *id)
{
  for (guint i = 0; id && i < self->vms->len; i++)
    {
      SimVm *vm = g_ptr_array_index (self->vms, i);
      if (g_str_equal (vm->id, id))
        return vm;
    }
  return NULL;
}

SimVm *
fb_sim_vcenter_find_vm_by_name (FbSimVcenter *self,
                                const char   *name)
{
  for (guint i = 0; name && i < self->vms->len; i++)
    {
      SimVm *vm = g_ptr_array_index (self->vms, i);
      if (g_str_equal (vm->name, name))
        return vm;
    }
  return NULL;
}

gint64
fb_sim_vcenter_host_used_mib (FbSimVcenter *self,
                              SimHost      *host)
{
  gint64 used = host->base_usage_mib;

  for (guint i = 0; i < self->vms->len; i++)
    {
      SimVm *vm = g_ptr_array_index (self->vms, i);
      if (g_strcmp0 (vm->host, host->id) == 0 && g_str_equal (vm->power_state, "POWERED_ON"))
        used += vm->memory_mib;
    }
  return used;
}

gboolean
fb_sim_vcenter_host_mounts (SimHost    *host,
                            const char *datastore_name)
{
  for (guint i = 0; i < host->datastores->len; i++)
    if (g_str_equal (g_ptr_array_index (host->datastores, i), datastore_name))
      return TRUE;
  return FALSE;
}

static const char *
datastore_path (SimDatastore *ds)
{
  return ds->name;
}

gboolean
fb_sim_vcenter_try_power_on (FbSimVcenter  *self,
                             SimVm         *vm,
                             const char   **error_type,
                             char         **message)
{
  SimHost *host = fb_sim_vcenter_find_host (self, vm->host);
  gint64 free_mib;

  if (host == NULL || !g_str_equal (host->connection_state, "CONNECTED"))
    {
      *error_type = "RESOURCE_INACCESSIBLE";
      *message = g_strdup_printf ("The host of virtual machine '%s' is not connected.", vm->name);
      return FALSE;
    }
  free_mib = host->memory_mib - fb_sim_vcenter_host_used_mib (self, host);
  if (free_mib < vm->memory_mib)
    {
      *error_type = "UNABLE_TO_ALLOCATE_RESOURCE";
      *message = g_strdup_printf ("The available Memory resources on host '%s' are insufficient "
                                  "for the operation (%" G_GINT64_FORMAT " MB free, %"
                                  G_GINT64_FORMAT " MB needed).",
                                  host->name, free_mib, vm->memory_mib);
      return FALSE;
    }
  g_free (vm->power_state);
  vm->power_state = g_strdup ("POWERED_ON");
  return TRUE;
}

void
fb_sim_vcenter_advance (FbSimVcenter *self)
{
  GHashTableIter iter;
  SimTask *task;
  gint64 now = g_get_monotonic_time ();

  g_hash_table_iter_init (&iter, self->tasks);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &task))
    {
      SimVm *vm;

      if (task->done || now - task->start_mono < task->duration_us)
        continue;
      task->done = TRUE;
      task->end_time = g_date_time_new_now_utc ();
      vm = fb_sim_vcenter_find_vm (self, task->vm);
      if (vm == NULL)
        {
          task->error_type = g_strdup ("NOT_FOUND");
          task->error_message = g_strdup_printf ("Virtual machine '%s' no longer exists.", task->vm);
          continue;
        }
      if (task->target_host)
        {
          SimHost *host = fb_sim_vcenter_find_host (self, task->target_host);
          gint64 free_mib;

          if (host == NULL || !g_str_equal (host->connection_state, "CONNECTED"))
            {
              task->error_type = g_strdup ("RESOURCE_INACCESSIBLE");
              task->error_message = g_strdup_printf ("The target host '%s' is not connected.",
                                                     host ? host->name : task->target_host);
              continue;
            }
          free_mib = host->memory_mib - fb_sim_vcenter_host_used_mib (self, host);
          if (g_str_equal (vm->power_state, "POWERED_ON") &&
              g_strcmp0 (vm->host, host->id) != 0 && free_mib < vm->memory_mib)
            {
              task->error_type = g_strdup ("UNABLE_TO_ALLOCATE_RESOURCE");
              task->error_message = g_strdup_printf ("The available Memory resources on host '%s' "
                                                     "are insufficient for the operation.",
                                                     host->name);
              continue;
            }
          g_free (vm->host);
          vm->host = g_strdup (host->id);
        }
      if (task->target_datastore)
        {
          SimDatastore *ds = fb_sim_vcenter_find_datastore (self, task->target_datastore);

          for (guint i = 0; ds && i < vm->disks->len; i++)
            {
              SimDisk *disk = g_ptr_array_index (vm->disks, i);
              if (!disk->rdm)
                {
                  g_free (disk->datastore);
                  disk->datastore = g_strdup (datastore_path (ds));
                }
            }
        }
    }
}

/* ---------------------------------------------------------------------------
 * Sessions
 */

gboolean
fb_sim_vcenter_check_password (FbSimVcenter *self,
                               const char   *user,
                               const char   *password)
{
  const char *expected = user ? g_hash_table_lookup (self->users, user) : NULL;

  return expected != NULL && password != NULL && g_str_equal (expected, password);
}

SimSession *
fb_sim_vcenter_create_session (FbSimVcenter *self,
                               const char   *user,
                               gboolean      vim)
{
  SimSession *s = g_new0 (SimSession, 1);
  guint8 bytes[16];

  for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
    bytes[i] = (guint8) g_random_int_range (0, 256);
  s->token = g_compute_checksum_for_data (G_CHECKSUM_MD5, bytes, sizeof bytes);
  s->user = g_strdup (user);
  s->vim = vim;
  s->created = g_date_time_new_now_utc ();
  s->last_accessed = g_date_time_ref (s->created);
  s->last_mono = g_get_monotonic_time ();
  g_hash_table_replace (self->sessions, s->token, s);
  if (vim)
    self->vim_logins++;
  else
    self->rest_logins++;
  return s;
}

SimSession *
fb_sim_vcenter_lookup_session (FbSimVcenter *self,
                               const char   *token,
                               gboolean      vim)
{
  SimSession *s = token ? g_hash_table_lookup (self->sessions, token) : NULL;
  gint64 now = g_get_monotonic_time ();

  if (s == NULL || s->vim != vim)
    return NULL;
  if (now - s->last_mono > self->session_idle_us)
    {
      g_hash_table_remove (self->sessions, token);
      return NULL;
    }
  s->last_mono = now;
  g_clear_pointer (&s->last_accessed, g_date_time_unref);
  s->last_accessed = g_date_time_new_now_utc ();
  return s;
}

/* ---------------------------------------------------------------------------
 * HTTP helpers
 */

GHashTable *
fb_sim_vcenter_parse_query (SoupServerMessage *msg)
{
  GHashTable *result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  GUri *uri = soup_server_message_get_uri (msg);
  const char *query = uri ? g_uri_get_query (uri) : NULL;
  g_auto(GStrv) pairs = NULL;

  if (query == NULL)
    return result;
  pairs = g_strsplit (query, "&", -1);
  for (guint i = 0; pairs[i]; i++)
    {
      char *eq = strchr (pairs[i], '=');
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;
      GPtrArray *values;

      if (*pairs[i] == '\0')
        continue;
      if (eq)
        *eq = '\0';
      g_strdelimit (pairs[i], "+", ' ');
      key = g_uri_unescape_string (pairs[i], NULL);
      if (eq)
        {
          g_strdelimit (eq + 1, "+", ' ');
          value = g_uri_unescape_string (eq + 1, NULL);
        }
      if (key == NULL)
        continue;
      values = g_hash_table_lookup (result, key);
      if (values == NULL)
        {
          values = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (result, g_strdup (key), values);
        }
      g_ptr_array_add (values, value ? g_steal_pointer (&value) : g_strdup (""));
    }
  return result;
}

void
fb_sim_vcenter_respond_json (SoupServerMessage *msg,
                             guint              status,
                             JsonNode          *node)
{
  g_autofree char *body = node ? json_to_string (node, FALSE) : NULL;

  soup_server_message_set_status (msg, status, NULL);
  if (body)
    soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                      body, strlen (body));
}

void
fb_sim_vcenter_respond_error (SoupServerMessage *msg,
                              guint              status,
                              const char        *error_type,
                              const char        *message_id,
                              const char        *default_message)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *obj = json_object_new ();
  JsonArray *messages = json_array_new ();
  JsonObject *message = json_object_new ();

  json_object_set_array_member (message, "args", json_array_new ());
  json_object_set_string_member (message, "default_message", default_message);
  json_object_set_string_member (message, "id", message_id);
  json_array_add_object_element (messages, message);
  json_object_set_string_member (obj, "error_type", error_type);
  json_object_set_array_member (obj, "messages", messages);
  if (g_str_equal (error_type, "UNAUTHENTICATED"))
    json_object_set_string_member (obj, "challenge", "Basic realm=\"VAPI endpoint\"");
  json_node_take_object (root, obj);
  fb_sim_vcenter_respond_json (msg, status, root);
}

/* ---------------------------------------------------------------------------
 * Public API
 */

gboolean
fb_sim_vcenter_handle (FbSimVcenter      *self,
                       SoupServerMessage *msg,
                       const char        *path,
                       GHashTable        *query)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), FALSE);

  if (path == NULL)
    return FALSE;
  if (!g_str_has_prefix (path, "/api/") && !g_str_equal (path, "/api") &&
      !g_str_has_prefix (path, "/sdk/"))
    return FALSE;

  fb_sim_vcenter_advance (self);

  if (!self->connected)
    {
      fb_sim_vcenter_respond_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                                    "com.vmware.vapi.endpoint.serviceUnavailable",
                                    "The vCenter Server is not reachable.");
      return TRUE;
    }

  if (g_str_has_prefix (path, "/sdk/"))
    fb_sim_vcenter_handle_vim (self, msg, path);
  else
    fb_sim_vcenter_handle_rest (self, msg, path);
  return TRUE;
}

void
fb_sim_vcenter_expire_sessions (FbSimVcenter *self)
{
  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  g_hash_table_remove_all (self->sessions);
}

gboolean
fb_sim_vcenter_is_connected (FbSimVcenter *self)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), FALSE);

  return self->connected;
}

void
fb_sim_vcenter_set_connected (FbSimVcenter *self,
                              gboolean      connected)
{
  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  self->connected = !!connected;
}

gboolean
fb_sim_vcenter_vm_exists (FbSimVcenter *self,
                          const char   *vm_name)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), FALSE);

  return fb_sim_vcenter_find_vm_by_name (self, vm_name) != NULL;
}

gboolean
fb_sim_vcenter_vm_has_snapshots (FbSimVcenter *self,
                                 const char   *vm_name)
{
  SimVm *vm;

  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), FALSE);

  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  return vm != NULL && vm->snapshots->len > 0;
}

void
fb_sim_vcenter_ensure_vm (FbSimVcenter *self,
                          const char   *vm_name,
                          const char   *host_name,
                          const char   *datastore,
                          guint         memory_mib,
                          guint         cpu_count,
                          const char   *guest_os)
{
  SimHost *host;
  SimDatastore *ds;
  SimVm *vm;

  g_return_if_fail (FB_IS_SIM_VCENTER (self));
  g_return_if_fail (vm_name != NULL);

  fb_sim_vcenter_advance (self);
  if (fb_sim_vcenter_find_vm_by_name (self, vm_name) != NULL)
    return;

  host = fb_sim_vcenter_find_host (self, host_name);
  if (host == NULL && self->hosts->len > 0)
    host = g_ptr_array_index (self->hosts, 0);
  ds = fb_sim_vcenter_find_datastore (self, datastore);
  if (ds == NULL && host != NULL && host->datastores->len > 0)
    ds = fb_sim_vcenter_find_datastore (self, g_ptr_array_index (host->datastores, 0));

  vm = add_vm (self, NULL, vm_name, host ? host->id : NULL, "POWERED_OFF",
               memory_mib, cpu_count, guest_os);
  add_disk (vm, ds ? ds->name : (datastore ? datastore : "datastore1"), NULL, 0, FALSE);
}

gboolean
fb_sim_vcenter_power_on_vm (FbSimVcenter  *self,
                            const char    *vm_name,
                            char         **out_host)
{
  SimVm *vm;
  SimHost *host;
  const char *error_type = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), FALSE);

  if (out_host)
    *out_host = NULL;
  fb_sim_vcenter_advance (self);
  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  if (vm == NULL)
    return FALSE;
  if (g_str_equal (vm->power_state, "POWERED_ON"))
    return TRUE;
  if (fb_sim_vcenter_try_power_on (self, vm, &error_type, &message))
    return TRUE;
  host = fb_sim_vcenter_find_host (self, vm->host);
  if (out_host)
    *out_host = host ? g_strdup (host->name) : NULL;
  return FALSE;
}

void
fb_sim_vcenter_power_off_vm (FbSimVcenter *self,
                             const char   *vm_name)
{
  SimVm *vm;

  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  if (vm != NULL)
    {
      g_free (vm->power_state);
      vm->power_state = g_strdup ("POWERED_OFF");
    }
}

void
fb_sim_vcenter_remove_vm (FbSimVcenter *self,
                          const char   *vm_name)
{
  SimVm *vm;

  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  if (vm != NULL)
    g_ptr_array_remove (self->vms, vm);
}

char *
fb_sim_vcenter_dup_vm_host (FbSimVcenter *self,
                            const char   *vm_name)
{
  SimVm *vm;
  SimHost *host;

  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), NULL);

  fb_sim_vcenter_advance (self);
  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  host = vm ? fb_sim_vcenter_find_host (self, vm->host) : NULL;
  return host ? g_strdup (host->name) : NULL;
}

void
fb_sim_vcenter_add_snapshot (FbSimVcenter *self,
                             const char   *vm_name,
                             const char   *snapshot_name)
{
  SimVm *vm;
  SimSnapshot *snap;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  if (vm == NULL)
    return;
  snap = g_new0 (SimSnapshot, 1);
  snap->name = g_strdup (snapshot_name);
  snap->description = g_strdup ("");
  snap->create_time = g_date_time_format_iso8601 (now);
  snap->id = (int) vm->snapshots->len + 1;
  g_ptr_array_add (vm->snapshots, snap);
}

void
fb_sim_vcenter_remove_snapshots (FbSimVcenter *self,
                                 const char   *vm_name)
{
  SimVm *vm;

  g_return_if_fail (FB_IS_SIM_VCENTER (self));

  vm = fb_sim_vcenter_find_vm_by_name (self, vm_name);
  if (vm != NULL)
    g_ptr_array_set_size (vm->snapshots, 0);
}

const char *
fb_sim_vcenter_get_server_name (FbSimVcenter *self)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), NULL);

  return self->server_name;
}

guint
fb_sim_vcenter_get_login_count (FbSimVcenter *self,
                                gboolean      vim)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), 0);

  return vim ? self->vim_logins : self->rest_logins;
}

guint
fb_sim_vcenter_get_session_count (FbSimVcenter *self)
{
  g_return_val_if_fail (FB_IS_SIM_VCENTER (self), 0);

  return g_hash_table_size (self->sessions);
}
