/* fb-vcenter-private.h - constructors and JSON helpers of the vCenter models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fb-vcenter-datastore.h"
#include "fb-vcenter-host.h"
#include "fb-vcenter-vm.h"

G_BEGIN_DECLS

/* Type-checked member access; a wrong type sets FB_VCENTER_ERROR_INVALID_RESPONSE
 * naming @what.@member.  Missing members give NULL / @fallback and no error
 * unless @required. */
gboolean fb_vcenter_json_string  (JsonObject *obj, const char *what, const char *member,
                                  gboolean required, const char **out, GError **error);
gboolean fb_vcenter_json_int     (JsonObject *obj, const char *what, const char *member,
                                  gboolean required, gint64 fallback, gint64 *out, GError **error);
gboolean fb_vcenter_json_object  (JsonObject *obj, const char *what, const char *member,
                                  gboolean required, JsonObject **out, GError **error);
gboolean fb_vcenter_json_array   (JsonObject *obj, const char *what, const char *member,
                                  gboolean required, JsonArray **out, GError **error);
/* The "value" of a VI/JSON ManagedObjectReference (or NULL). */
const char *fb_vcenter_json_moref_value (JsonNode *node);
/* Splits "[ds] path/file.vmdk". */
gboolean fb_vcenter_parse_vmdk_file (const char *vmdk_file, char **datastore, char **path);

FbVcenterVm *fb_vcenter_vm_new_from_summary (JsonObject *obj, GError **error);
FbVcenterVm *fb_vcenter_vm_new_from_info    (const char *id, JsonObject *obj, GError **error);
void         fb_vcenter_vm_set_host         (FbVcenterVm *self, const char *host_id, const char *host_name);
/* Marks the disk whose backing file is @file_name ("[ds] path") as RDM. */
void         fb_vcenter_vm_mark_rdm         (FbVcenterVm *self, const char *file_name);

FbVcenterHost *fb_vcenter_host_new_from_summary (JsonObject *obj, GError **error);
/* @summary: the VI/JSON HostListSummary (may be NULL) */
gboolean       fb_vcenter_host_set_vim_summary  (FbVcenterHost *self, JsonObject *summary, GError **error);
void           fb_vcenter_host_set_datastore_ids (FbVcenterHost *self, GStrv ids);

FbVcenterDatastore *fb_vcenter_datastore_new_from_summary (JsonObject *obj, GError **error);
void                fb_vcenter_datastore_set_host_ids     (FbVcenterDatastore *self, GStrv ids);

FbVcenterSnapshot *fb_vcenter_snapshot_new (const char *id, const char *name,
                                            const char *description, const char *create_time);

G_END_DECLS
