/* fb-vcenter-vm.c - a VM as vCenter reports it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-vcenter-client.h"
#include "fb-vcenter-private.h"

FbVcenterDisk *
fb_vcenter_disk_copy (const FbVcenterDisk *disk)
{
  FbVcenterDisk *copy = g_new0 (FbVcenterDisk, 1);

  copy->key = g_strdup (disk->key);
  copy->label = g_strdup (disk->label);
  copy->datastore = g_strdup (disk->datastore);
  copy->path = g_strdup (disk->path);
  copy->capacity = disk->capacity;
  copy->rdm = disk->rdm;
  return copy;
}

void
fb_vcenter_disk_free (FbVcenterDisk *disk)
{
  if (disk == NULL)
    return;
  g_free (disk->key);
  g_free (disk->label);
  g_free (disk->datastore);
  g_free (disk->path);
  g_free (disk);
}

G_DEFINE_BOXED_TYPE (FbVcenterDisk, fb_vcenter_disk, fb_vcenter_disk_copy, fb_vcenter_disk_free)

FbVcenterSnapshot *
fb_vcenter_snapshot_new (const char *id,
                         const char *name,
                         const char *description,
                         const char *create_time)
{
  FbVcenterSnapshot *s = g_new0 (FbVcenterSnapshot, 1);

  s->id = g_strdup (id);
  s->name = g_strdup (name);
  s->description = g_strdup (description);
  s->create_time = g_strdup (create_time);
  return s;
}

FbVcenterSnapshot *
fb_vcenter_snapshot_copy (const FbVcenterSnapshot *snapshot)
{
  return fb_vcenter_snapshot_new (snapshot->id, snapshot->name, snapshot->description,
                                  snapshot->create_time);
}

void
fb_vcenter_snapshot_free (FbVcenterSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_free (snapshot->id);
  g_free (snapshot->name);
  g_free (snapshot->description);
  g_free (snapshot->create_time);
  g_free (snapshot);
}

G_DEFINE_BOXED_TYPE (FbVcenterSnapshot, fb_vcenter_snapshot, fb_vcenter_snapshot_copy,
                     fb_vcenter_snapshot_free)

struct _FbVcenterVm
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  char      *power_state;
  guint      cpu_count;
  gint64     memory_mib;
  char      *guest_os;
  char      *hardware_version;
  char      *instance_uuid;
  char      *bios_uuid;
  char      *host_id;
  char      *host_name;
  GPtrArray *disks;
};

G_DEFINE_FINAL_TYPE (FbVcenterVm, fb_vcenter_vm, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POWER_STATE,
  PROP_CPU_COUNT,
  PROP_MEMORY_MIB,
  PROP_GUEST_OS,
  PROP_HARDWARE_VERSION,
  PROP_INSTANCE_UUID,
  PROP_HOST_ID,
  PROP_HOST_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_vcenter_vm_finalize (GObject *object)
{
  FbVcenterVm *self = FB_VCENTER_VM (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->power_state);
  g_free (self->guest_os);
  g_free (self->hardware_version);
  g_free (self->instance_uuid);
  g_free (self->bios_uuid);
  g_free (self->host_id);
  g_free (self->host_name);
  g_clear_pointer (&self->disks, g_ptr_array_unref);

  G_OBJECT_CLASS (fb_vcenter_vm_parent_class)->finalize (object);
}

static void
fb_vcenter_vm_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FbVcenterVm *self = FB_VCENTER_VM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_POWER_STATE: g_value_set_string (value, self->power_state); break;
    case PROP_CPU_COUNT: g_value_set_uint (value, self->cpu_count); break;
    case PROP_MEMORY_MIB: g_value_set_int64 (value, self->memory_mib); break;
    case PROP_GUEST_OS: g_value_set_string (value, self->guest_os); break;
    case PROP_HARDWARE_VERSION: g_value_set_string (value, self->hardware_version); break;
    case PROP_INSTANCE_UUID: g_value_set_string (value, self->instance_uuid); break;
    case PROP_HOST_ID: g_value_set_string (value, self->host_id); break;
    case PROP_HOST_NAME: g_value_set_string (value, self->host_name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_vcenter_vm_class_init (FbVcenterVmClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fb_vcenter_vm_finalize;
  object_class->get_property = fb_vcenter_vm_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_POWER_STATE] = g_param_spec_string ("power-state", NULL, NULL, NULL, flags);
  properties[PROP_CPU_COUNT] = g_param_spec_uint ("cpu-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_MEMORY_MIB] = g_param_spec_int64 ("memory-mib", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_GUEST_OS] = g_param_spec_string ("guest-os", NULL, NULL, NULL, flags);
  properties[PROP_HARDWARE_VERSION] = g_param_spec_string ("hardware-version", NULL, NULL, NULL, flags);
  properties[PROP_INSTANCE_UUID] = g_param_spec_string ("instance-uuid", NULL, NULL, NULL, flags);
  properties[PROP_HOST_ID] = g_param_spec_string ("host-id", NULL, NULL, NULL, flags);
  properties[PROP_HOST_NAME] = g_param_spec_string ("host-name", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_vcenter_vm_init (FbVcenterVm *self)
{
  self->disks = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_vcenter_disk_free);
}

FbVcenterVm *
fb_vcenter_vm_new_from_summary (JsonObject *obj,
                                GError    **error)
{
  g_autoptr(FbVcenterVm) self = g_object_new (FB_TYPE_VCENTER_VM, NULL);
  const char *id, *name, *power;
  gint64 cpu, memory;

  if (!fb_vcenter_json_string (obj, "vm", "vm", TRUE, &id, error) ||
      !fb_vcenter_json_string (obj, "vm", "name", TRUE, &name, error) ||
      !fb_vcenter_json_string (obj, "vm", "power_state", TRUE, &power, error) ||
      !fb_vcenter_json_int (obj, "vm", "cpu_count", FALSE, 0, &cpu, error) ||
      !fb_vcenter_json_int (obj, "vm", "memory_size_MiB", FALSE, 0, &memory, error))
    return NULL;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->power_state = g_strdup (power);
  self->cpu_count = (guint) CLAMP (cpu, 0, G_MAXUINT);
  self->memory_mib = memory;
  return g_steal_pointer (&self);
}

FbVcenterVm *
fb_vcenter_vm_new_from_info (const char *id,
                             JsonObject *obj,
                             GError    **error)
{
  g_autoptr(FbVcenterVm) self = g_object_new (FB_TYPE_VCENTER_VM, NULL);
  const char *name, *power, *guest, *uuid = NULL, *bios = NULL, *version = NULL;
  JsonObject *identity, *cpu, *memory, *disks, *hardware;
  gint64 count = 0, size = 0;

  if (!fb_vcenter_json_string (obj, "vm", "name", TRUE, &name, error) ||
      !fb_vcenter_json_string (obj, "vm", "power_state", TRUE, &power, error) ||
      !fb_vcenter_json_string (obj, "vm", "guest_OS", FALSE, &guest, error) ||
      !fb_vcenter_json_object (obj, "vm", "identity", FALSE, &identity, error) ||
      !fb_vcenter_json_object (obj, "vm", "cpu", FALSE, &cpu, error) ||
      !fb_vcenter_json_object (obj, "vm", "memory", FALSE, &memory, error) ||
      !fb_vcenter_json_object (obj, "vm", "disks", FALSE, &disks, error) ||
      !fb_vcenter_json_object (obj, "vm", "hardware", FALSE, &hardware, error))
    return NULL;
  if (hardware && !fb_vcenter_json_string (hardware, "vm.hardware", "version", FALSE, &version, error))
    return NULL;
  if (identity &&
      (!fb_vcenter_json_string (identity, "vm.identity", "instance_uuid", FALSE, &uuid, error) ||
       !fb_vcenter_json_string (identity, "vm.identity", "bios_uuid", FALSE, &bios, error)))
    return NULL;
  if (cpu && !fb_vcenter_json_int (cpu, "vm.cpu", "count", FALSE, 0, &count, error))
    return NULL;
  if (memory && !fb_vcenter_json_int (memory, "vm.memory", "size_MiB", FALSE, 0, &size, error))
    return NULL;

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->power_state = g_strdup (power);
  self->guest_os = g_strdup (guest);
  self->hardware_version = g_strdup (version);
  self->instance_uuid = g_strdup (uuid);
  self->bios_uuid = g_strdup (bios);
  self->cpu_count = (guint) CLAMP (count, 0, G_MAXUINT);
  self->memory_mib = size;

  if (disks)
    {
      g_autoptr(GList) keys = json_object_get_members (disks);

      for (GList *l = keys; l; l = l->next)
        {
          JsonNode *node = json_object_get_member (disks, l->data);
          JsonObject *disk, *backing;
          const char *label = NULL, *vmdk = NULL;
          gint64 capacity = 0;
          FbVcenterDisk *d;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                           _("vCenter sent an unexpected answer: %s.%s is not %s"),
                           "vm.disks", (const char *) l->data, "an object");
              return NULL;
            }
          disk = json_node_get_object (node);
          if (!fb_vcenter_json_string (disk, "vm.disks", "label", FALSE, &label, error) ||
              !fb_vcenter_json_int (disk, "vm.disks", "capacity", FALSE, 0, &capacity, error) ||
              !fb_vcenter_json_object (disk, "vm.disks", "backing", FALSE, &backing, error))
            return NULL;
          if (backing && !fb_vcenter_json_string (backing, "vm.disks.backing", "vmdk_file",
                                                  FALSE, &vmdk, error))
            return NULL;
          d = g_new0 (FbVcenterDisk, 1);
          d->key = g_strdup (l->data);
          d->label = g_strdup (label);
          d->capacity = capacity;
          fb_vcenter_parse_vmdk_file (vmdk, &d->datastore, &d->path);
          g_ptr_array_add (self->disks, d);
        }
    }
  return g_steal_pointer (&self);
}

void
fb_vcenter_vm_set_host (FbVcenterVm *self,
                        const char  *host_id,
                        const char  *host_name)
{
  g_free (self->host_id);
  self->host_id = g_strdup (host_id);
  g_free (self->host_name);
  self->host_name = g_strdup (host_name);
}

void
fb_vcenter_vm_mark_rdm (FbVcenterVm *self,
                        const char  *file_name)
{
  g_autofree char *ds = NULL;
  g_autofree char *path = NULL;

  if (!fb_vcenter_parse_vmdk_file (file_name, &ds, &path))
    return;
  for (guint i = 0; i < self->disks->len; i++)
    {
      FbVcenterDisk *d = g_ptr_array_index (self->disks, i);
      if (g_strcmp0 (d->datastore, ds) == 0 && g_strcmp0 (d->path, path) == 0)
        d->rdm = TRUE;
    }
}

const char *
fb_vcenter_vm_get_id (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->id;
}

const char *
fb_vcenter_vm_get_name (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->name;
}

const char *
fb_vcenter_vm_get_power_state (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->power_state;
}

gboolean
fb_vcenter_vm_is_powered_on (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), FALSE);
  return g_strcmp0 (self->power_state, "POWERED_ON") == 0;
}

guint
fb_vcenter_vm_get_cpu_count (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), 0);
  return self->cpu_count;
}

gint64
fb_vcenter_vm_get_memory_mib (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), 0);
  return self->memory_mib;
}

const char *
fb_vcenter_vm_get_guest_os (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->guest_os;
}

gboolean
fb_vcenter_vm_is_windows (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), FALSE);
  return self->guest_os != NULL && g_str_has_prefix (self->guest_os, "WINDOWS");
}

const char *
fb_vcenter_vm_get_hardware_version (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->hardware_version;
}

const char *
fb_vcenter_vm_get_instance_uuid (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->instance_uuid;
}

const char *
fb_vcenter_vm_get_bios_uuid (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->bios_uuid;
}

const char *
fb_vcenter_vm_get_host_id (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->host_id;
}

const char *
fb_vcenter_vm_get_host_name (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->host_name;
}

GPtrArray *
fb_vcenter_vm_get_disks (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), NULL);
  return self->disks;
}

gint64
fb_vcenter_vm_get_disk_capacity (FbVcenterVm *self)
{
  gint64 total = 0;

  g_return_val_if_fail (FB_IS_VCENTER_VM (self), 0);
  for (guint i = 0; i < self->disks->len; i++)
    total += ((FbVcenterDisk *) g_ptr_array_index (self->disks, i))->capacity;
  return total;
}

gboolean
fb_vcenter_vm_has_rdm_disks (FbVcenterVm *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_VM (self), FALSE);
  for (guint i = 0; i < self->disks->len; i++)
    if (((FbVcenterDisk *) g_ptr_array_index (self->disks, i))->rdm)
      return TRUE;
  return FALSE;
}
