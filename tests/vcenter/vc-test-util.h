/* vc-test-util.h - helpers of the vcenter test suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fb-sim-vcenter.h"

G_BEGIN_DECLS

typedef struct {
  SoupServer   *server;
  FbSimVcenter *vcenter;
  char         *base_uri;   /* "http://127.0.0.1:PORT" (https with a certificate) */
} VcTestServer;

/* The "vcenter" member of tests/vcenter/fixtures/vcenter-scenario.json (owned by the caller). */
JsonObject   *vc_test_load_scenario   (void);
/* A loopback SoupServer in this thread that hands /api and /sdk to FbSimVcenter. */
VcTestServer *vc_test_server_new      (JsonObject       *scenario,
                                       double            speed,
                                       GTlsCertificate  *certificate);
/* The same on a given port (0: any). */
VcTestServer *vc_test_server_new_on_port (JsonObject    *scenario,
                                       double            speed,
                                       GTlsCertificate  *certificate,
                                       guint             port);
guint         vc_test_server_get_port (VcTestServer     *server);
void          vc_test_server_free     (VcTestServer     *server);
GTlsCertificate *vc_test_load_certificate (const char   *name);   /* "cert-a" -> fixtures/cert-a.pem + key */

/* Runs the default main context until *result is set (by vc_test_store_result). */
void          vc_test_store_result    (GObject          *source,
                                       GAsyncResult     *result,
                                       gpointer          user_data);
GAsyncResult *vc_test_wait            (GAsyncResult    **result);
void          vc_test_sleep           (guint             milliseconds);

/* Plain HTTP against the server: returns the parsed JSON body (NULL when empty). */
JsonNode     *vc_test_http            (VcTestServer     *server,
                                       const char       *method,
                                       const char       *path,
                                       const char       *token,
                                       const char       *body,
                                       const char       *basic_auth,   /* "user:password" or NULL */
                                       guint            *status,
                                       char            **session_header);

/* Convenience for asserting on error bodies. */
const char   *vc_test_member_string   (JsonNode         *node,
                                       const char       *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcTestServer, vc_test_server_free)

G_END_DECLS

/* ---- the whole simulator (ARM + vCenter) in its own thread ---- */
#include "fb-sim-server.h"

#define VC_ARM_SUB "33333333-3333-3333-3333-333333333333"
#define VC_ARM_API "2026-05-01"
#define VC_ARM_NBG "subscriptions/" VC_ARM_SUB "/resourceGroups/rg-dr-nbg/providers/Microsoft.RecoveryServices/vaults/vault-nbg"
#define VC_ARM_FFM "subscriptions/" VC_ARM_SUB "/resourceGroups/rg-dr-ffm/providers/Microsoft.RecoveryServices/vaults/vault-ffm"

typedef struct {
  FbSimServer *server;
  SoupSession *session;
  char        *base;     /* "http://127.0.0.1:PORT/" */
  char        *token;
} VcArm;

/* FbSimServer with data/scenarios/demo.json (its "vcenter" member is ours). */
VcArm      *vc_arm_new        (double speed, GTlsCertificate *certificate);
/* @port 0: any; @token FALSE: no Entra ID sign-in (vCenter-only tests over https). */
VcArm      *vc_arm_new_full   (double speed, GTlsCertificate *certificate, guint port, gboolean token);
void        vc_arm_free       (VcArm *arm);
/* vCenter base URI of the simulator ("http://127.0.0.1:PORT"). */
char       *vc_arm_vcenter_uri (VcArm *arm);
/* GET/POST relative to the base (api-version added when missing); *status set. */
JsonNode   *vc_arm_call       (VcArm *arm, const char *method, const char *path, const char *body,
                               guint *status, char **async_operation);
/* The ARM resource of the item with @friendly_name in @vault (VC_ARM_NBG). */
JsonNode   *vc_arm_find_item  (VcArm *arm, const char *vault, const char *friendly_name);
JsonNode   *vc_arm_find_fabric (VcArm *arm, const char *vault, const char *friendly_name);
/* The "value" array of the item's recoveryPoints list. */
JsonNode   *vc_arm_recovery_points (VcArm *arm, JsonNode *item);
/* POSTs @action on @item; polls the job until it ends; returns its final state
 * ("Succeeded", "Failed", ...) and the job's first error code in *error_code. */
char       *vc_arm_run_action (VcArm *arm, JsonNode *item, const char *action, const char *body,
                               char **error_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcArm, vc_arm_free)
