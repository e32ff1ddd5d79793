/* fb-vcenter-datastore.h - a datastore (REST list + VI/JSON host mounts)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FB_TYPE_VCENTER_DATASTORE (fb_vcenter_datastore_get_type ())
G_DECLARE_FINAL_TYPE (FbVcenterDatastore, fb_vcenter_datastore, FB, VCENTER_DATASTORE, GObject)

const char *fb_vcenter_datastore_get_id         (FbVcenterDatastore *self);
const char *fb_vcenter_datastore_get_name       (FbVcenterDatastore *self);
/* VMFS, NFS, NFS41, CIFS, VSAN, VFFS, VVOL */
const char *fb_vcenter_datastore_get_ds_type    (FbVcenterDatastore *self);
/* VMFS or VSAN: usable as a failback target. */
gboolean    fb_vcenter_datastore_is_block       (FbVcenterDatastore *self);
/* Bytes; -1 when unknown (inaccessible datastore). */
gint64      fb_vcenter_datastore_get_capacity   (FbVcenterDatastore *self);
gint64      fb_vcenter_datastore_get_free_space (FbVcenterDatastore *self);
const char * const *fb_vcenter_datastore_get_host_ids (FbVcenterDatastore *self);
gboolean    fb_vcenter_datastore_is_mounted_on  (FbVcenterDatastore *self,
                                                 const char         *host_id);

G_END_DECLS
