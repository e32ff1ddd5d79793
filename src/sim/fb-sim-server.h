/* fb-sim-server.h - the in-process simulator of Entra ID, ARM and vCenter
 *
 * FbSimServer serves the Entra ID v2.0 token endpoints, Azure Resource
 * Manager (Site Recovery) and - through FbSimVcenter - the vCenter REST API
 * on one loopback base URI.  It runs in its own thread with its own
 * GMainContext; the setters below are called before fb_sim_server_start()
 * unless they say otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fb-sim-vcenter.h"

G_BEGIN_DECLS

#define FB_TYPE_SIM_SERVER (fb_sim_server_get_type ())
G_DECLARE_FINAL_TYPE (FbSimServer, fb_sim_server, FB, SIM_SERVER, GObject)

#define FB_SIM_ERROR (fb_sim_error_quark ())
GQuark fb_sim_error_quark (void);

typedef enum {
  FB_SIM_ERROR_SCENARIO,
  FB_SIM_ERROR_FAULT_SPEC,
  FB_SIM_ERROR_START,
} FbSimError;

/* @scenario: "demo", "large:N" or the path of a scenario JSON file. */
FbSimServer  *fb_sim_server_new                 (const char       *scenario,
                                                 GError          **error);
/* Simulated time runs @factor times faster (jobs, device-code approval,
 * agent registration).  Default 1. */
void          fb_sim_server_set_speed           (FbSimServer      *self,
                                                 double            factor);
/* Makes ids, large:N and the p: faults deterministic.  Without a seed,
 * large:N and faults use seed 1 and job/request ids are random. */
void          fb_sim_server_set_seed            (FbSimServer      *self,
                                                 guint64           seed);
/* Items per list page (nextLink paging).  Default 100. */
void          fb_sim_server_set_page_size       (FbSimServer      *self,
                                                 guint             n);
/* Lifetime of issued access tokens in real seconds.  Default 3600. */
void          fb_sim_server_set_token_lifetime  (FbSimServer      *self,
                                                 guint             seconds);
/* Seconds (simulated) after which a device code is approved by itself;
 * negative: never (tests approve with POST /sim/device/approve).
 * Default: the scenario's deviceCode.autoApproveSeconds. */
void          fb_sim_server_set_device_auto_approve (FbSimServer  *self,
                                                 int               seconds);
/* Thread-safe, may be called at any time.  NULL or "" clears the faults. */
gboolean      fb_sim_server_set_faults          (FbSimServer      *self,
                                                 const char       *spec,
                                                 GError          **error);
/* Thread-safe, may be called at any time; returns when it is in effect.  @hold TRUE: from
 * now on the Mobility agent of the item named @friendly_name has not registered with the
 * configuration server (isAgentRegistrationSuccessfulAfterFailover false, a classic item's
 * lastHeartbeat from before its failback, reprotect to Azure fails with AgentNotInstalled),
 * whatever the scenario's registration clock says, until released.  @hold FALSE: the agent
 * registers at once.  FALSE when no item has that name. */
gboolean      fb_sim_server_hold_agent          (FbSimServer      *self,
                                                 const char       *friendly_name,
                                                 gboolean          hold);
gboolean      fb_sim_server_set_request_log     (FbSimServer      *self,
                                                 const char       *path,
                                                 GError          **error);
/* Before start: serve https with @cert. */
void          fb_sim_server_set_tls_certificate (FbSimServer      *self,
                                                 GTlsCertificate  *cert);
/* @port 0: any free port. */
gboolean      fb_sim_server_start               (FbSimServer      *self,
                                                 guint             port,
                                                 GError          **error);
/* "http://127.0.0.1:PORT/" (https when a certificate is set). */
const char   *fb_sim_server_get_base_uri        (FbSimServer      *self);
void          fb_sim_server_stop                (FbSimServer      *self);

const char   *fb_sim_server_get_tenant_id       (FbSimServer      *self);
const char   *fb_sim_server_get_client_id       (FbSimServer      *self);
const char   *fb_sim_server_get_client_secret   (FbSimServer      *self);
const char   *fb_sim_server_get_subscription_id (FbSimServer      *self);
/* The simulated vCenter (created by fb_sim_server_start (); NULL before).
 * It lives in the simulator's thread. */
FbSimVcenter *fb_sim_server_get_vcenter         (FbSimServer      *self);

G_END_DECLS
