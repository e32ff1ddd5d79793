/* fb-vcenter-host.h - an ESXi host (REST list + VI/JSON summary and datastores)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FB_TYPE_VCENTER_HOST (fb_vcenter_host_get_type ())
G_DECLARE_FINAL_TYPE (FbVcenterHost, fb_vcenter_host, FB, VCENTER_HOST, GObject)

const char *fb_vcenter_host_get_id               (FbVcenterHost *self);
const char *fb_vcenter_host_get_name             (FbVcenterHost *self);
/* CONNECTED, DISCONNECTED or NOT_RESPONDING */
const char *fb_vcenter_host_get_connection_state (FbVcenterHost *self);
/* POWERED_ON, POWERED_OFF, STANDBY; NULL when not connected */
const char *fb_vcenter_host_get_power_state      (FbVcenterHost *self);
gboolean    fb_vcenter_host_is_usable            (FbVcenterHost *self);
/* Bytes; -1 when vCenter did not report them (host not connected). */
gint64      fb_vcenter_host_get_memory_total     (FbVcenterHost *self);
gint64      fb_vcenter_host_get_memory_used      (FbVcenterHost *self);
gint64      fb_vcenter_host_get_memory_free      (FbVcenterHost *self);
/* Ids of the datastores the host mounts. */
const char * const *fb_vcenter_host_get_datastore_ids (FbVcenterHost *self);
gboolean    fb_vcenter_host_mounts               (FbVcenterHost *self,
                                                  const char    *datastore_id);

G_END_DECLS
