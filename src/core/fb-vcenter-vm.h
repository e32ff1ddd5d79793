/* fb-vcenter-vm.h - a VM as vCenter reports it (REST VM.Info + VI/JSON runtime/config)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One virtual disk: backing "[datastore] path". */
typedef struct {
  char     *key;        /* "2000" */
  char     *label;      /* "Hard disk 1" */
  char     *datastore;  /* datastore name from vmdk_file */
  char     *path;       /* path inside the datastore */
  gint64    capacity;   /* bytes, 0 when unknown */
  gboolean  rdm;        /* raw device mapping (from VI/JSON config) */
} FbVcenterDisk;

#define FB_TYPE_VCENTER_DISK (fb_vcenter_disk_get_type ())
GType          fb_vcenter_disk_get_type (void) G_GNUC_CONST;
FbVcenterDisk *fb_vcenter_disk_copy     (const FbVcenterDisk *disk);
void           fb_vcenter_disk_free     (FbVcenterDisk       *disk);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbVcenterDisk, fb_vcenter_disk_free)

/* One snapshot of a VM (the tree is flattened, parents first). */
typedef struct {
  char     *id;          /* "snapshot-3001-1" */
  char     *name;
  char     *description;
  char     *create_time; /* ISO 8601 as sent */
} FbVcenterSnapshot;

#define FB_TYPE_VCENTER_SNAPSHOT (fb_vcenter_snapshot_get_type ())
GType              fb_vcenter_snapshot_get_type (void) G_GNUC_CONST;
FbVcenterSnapshot *fb_vcenter_snapshot_copy     (const FbVcenterSnapshot *snapshot);
void               fb_vcenter_snapshot_free     (FbVcenterSnapshot       *snapshot);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbVcenterSnapshot, fb_vcenter_snapshot_free)

#define FB_TYPE_VCENTER_VM (fb_vcenter_vm_get_type ())
G_DECLARE_FINAL_TYPE (FbVcenterVm, fb_vcenter_vm, FB, VCENTER_VM, GObject)

const char *fb_vcenter_vm_get_id            (FbVcenterVm *self);
const char *fb_vcenter_vm_get_name          (FbVcenterVm *self);
/* POWERED_ON, POWERED_OFF or SUSPENDED, as vCenter sends it. */
const char *fb_vcenter_vm_get_power_state   (FbVcenterVm *self);
gboolean    fb_vcenter_vm_is_powered_on     (FbVcenterVm *self);
guint       fb_vcenter_vm_get_cpu_count     (FbVcenterVm *self);
gint64      fb_vcenter_vm_get_memory_mib    (FbVcenterVm *self);
/* guest_OS enum (WINDOWS_9_SERVER_64, RHEL_8_64, ...); NULL for a summary. */
const char *fb_vcenter_vm_get_guest_os      (FbVcenterVm *self);
/* TRUE for a Windows guest, FALSE for anything else; only with details. */
gboolean    fb_vcenter_vm_is_windows        (FbVcenterVm *self);
/* Virtual hardware version (VMX_19, ...); NULL for a summary. */
const char *fb_vcenter_vm_get_hardware_version (FbVcenterVm *self);
const char *fb_vcenter_vm_get_instance_uuid (FbVcenterVm *self);
const char *fb_vcenter_vm_get_bios_uuid     (FbVcenterVm *self);
const char *fb_vcenter_vm_get_host_id       (FbVcenterVm *self);
const char *fb_vcenter_vm_get_host_name     (FbVcenterVm *self);
/* FbVcenterDisk*, empty for a summary. */
GPtrArray  *fb_vcenter_vm_get_disks         (FbVcenterVm *self);
gint64      fb_vcenter_vm_get_disk_capacity (FbVcenterVm *self);
gboolean    fb_vcenter_vm_has_rdm_disks     (FbVcenterVm *self);

G_END_DECLS
