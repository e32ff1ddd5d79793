/* fb-sim-vcenter.h - the simulated vCenter inside failback-sim
 *
 * The contract between the ARM side of the simulator (fb-sim-server.c and its
 * state machine) and the vCenter side (fb-sim-vcenter.c).  The server calls
 * fb_sim_vcenter_handle() for every request whose path starts with "/api/" or
 * "/sdk/"; the ARM state machine calls the hooks below when a job touches the
 * on-premises side.  All calls happen in the simulator's own thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

#define FB_TYPE_SIM_VCENTER (fb_sim_vcenter_get_type ())
G_DECLARE_FINAL_TYPE (FbSimVcenter, fb_sim_vcenter, FB, SIM_VCENTER, GObject)

/* @scenario: the "vcenter" member of a scenario file (may be NULL: an empty
 * vCenter that still accepts logins).  @speed scales simulated time (task
 * durations, session idle expiry) like the rest of the simulator. */
FbSimVcenter *fb_sim_vcenter_new             (JsonObject        *scenario,
                                              double             speed);

/* Serves one request.  Returns FALSE when @path is not a vCenter path. */
gboolean      fb_sim_vcenter_handle          (FbSimVcenter      *self,
                                              SoupServerMessage *msg,
                                              const char        *path,
                                              GHashTable        *query);

/* Fault "vcenter-session-expire": every session id is forgotten now. */
void          fb_sim_vcenter_expire_sessions (FbSimVcenter      *self);

/* Hooks of the ARM state machine. VM names are the protected items'
 * friendly names. */
gboolean      fb_sim_vcenter_is_connected    (FbSimVcenter      *self);
gboolean      fb_sim_vcenter_vm_exists       (FbSimVcenter      *self,
                                              const char        *vm_name);
gboolean      fb_sim_vcenter_vm_has_snapshots(FbSimVcenter      *self,
                                              const char        *vm_name);
/* Creates the VM (alternate location recovery) on @host_name / @datastore
 * when it does not exist yet; powered off. */
void          fb_sim_vcenter_ensure_vm       (FbSimVcenter      *self,
                                              const char        *vm_name,
                                              const char        *host_name,
                                              const char        *datastore,
                                              guint              memory_mib,
                                              guint              cpu_count,
                                              const char        *guest_os);
/* Powers the VM on.  FALSE when its host lacks free memory for it
 * (ASR error 8038); *out_host then names that host. */
gboolean      fb_sim_vcenter_power_on_vm     (FbSimVcenter      *self,
                                              const char        *vm_name,
                                              char             **out_host);
void          fb_sim_vcenter_power_off_vm    (FbSimVcenter      *self,
                                              const char        *vm_name);

/* Additions for tests and demo scenarios (vCenter side only). */
/* Marks the vCenter unreachable: every /api and /sdk request answers 503. */
void          fb_sim_vcenter_set_connected   (FbSimVcenter      *self,
                                              gboolean           connected);
/* The on-premises VM is deleted (alternate location recovery). */
void          fb_sim_vcenter_remove_vm       (FbSimVcenter      *self,
                                              const char        *vm_name);
/* Name of the ESXi host the VM runs on, or NULL. */
char         *fb_sim_vcenter_dup_vm_host     (FbSimVcenter      *self,
                                              const char        *vm_name);
void          fb_sim_vcenter_add_snapshot    (FbSimVcenter      *self,
                                              const char        *vm_name,
                                              const char        *snapshot_name);
void          fb_sim_vcenter_remove_snapshots(FbSimVcenter      *self,
                                              const char        *vm_name);
/* Successful logins so far: REST (/api/session) or VI/JSON (SessionManager). */
guint         fb_sim_vcenter_get_login_count (FbSimVcenter      *self,
                                              gboolean           vim);
/* The name Site Recovery knows this vCenter by (the scenario's "server"), which its
 * address (127.0.0.1:PORT) does not tell. */
const char   *fb_sim_vcenter_get_server_name (FbSimVcenter      *self);
/* Sessions currently alive (REST and VI/JSON). */
guint         fb_sim_vcenter_get_session_count (FbSimVcenter    *self);

G_END_DECLS
