/* fb-vcenter-client.h - one vCenter: Automation REST API plus VI/JSON
 *
 * One SoupSession per vCenter.  The REST session (POST /api/session) and the
 * VI/JSON session (SessionManager.Login) are created when first needed, kept
 * alive by a timer, renewed exactly once when the vCenter says a session
 * expired (401 UNAUTHENTICATED / NotAuthenticated fault) and the request is
 * then replayed; logins are serialised so parallel requests cause one login.
 * Call fb_vcenter_client_logout_async() when done: sessions are a limited
 * resource on vCenter.
 *
 * The password lives in memory while the client lives and in libsecret
 * (FbSecretStore, schema "io.github.failback.Failback.vcenter", attributes
 * server + user) when the caller asks to remember it; never in files or argv.
 *
 * TLS: certificates are validated normally.  A certificate that does not
 * validate (self-signed VMCA) is accepted only when its SHA-256 fingerprint
 * equals the pin stored for host:port (FbVcenterPins).  Without a pin the
 * request fails with FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED and
 * fb_vcenter_client_get_peer_fingerprint() returns the fingerprint to show;
 * the caller accepts it with fb_vcenter_client_trust_certificate().  A pin
 * that does not match is FB_VCENTER_ERROR_CERTIFICATE_CHANGED: a hard stop.
 * There is no switch that turns verification off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fb-error.h"
#include "fb-vcenter-datastore.h"
#include "fb-vcenter-host.h"
#include "fb-vcenter-pins.h"
#include "fb-vcenter-vm.h"

G_BEGIN_DECLS

/* Codes of FB_VCENTER_ERROR.  REST errors are decided by error_type. */
typedef enum {
  FB_VCENTER_ERROR_FAILED,                        /* ERROR, INTERNAL_SERVER_ERROR, anything else */
  FB_VCENTER_ERROR_NETWORK,                       /* vCenter could not be reached */
  FB_VCENTER_ERROR_UNAUTHENTICATED,               /* wrong user name or password */
  FB_VCENTER_ERROR_UNAUTHORIZED,                  /* 403: the account lacks a privilege */
  FB_VCENTER_ERROR_NOT_FOUND,                     /* NOT_FOUND, ManagedObjectNotFound, no such VM */
  FB_VCENTER_ERROR_INVALID_ARGUMENT,              /* INVALID_ARGUMENT, UNEXPECTED_INPUT, ... */
  FB_VCENTER_ERROR_NOT_ALLOWED_IN_CURRENT_STATE,
  FB_VCENTER_ERROR_RESOURCE_BUSY,
  FB_VCENTER_ERROR_RESOURCE_IN_USE,
  FB_VCENTER_ERROR_RESOURCE_INACCESSIBLE,
  FB_VCENTER_ERROR_UNABLE_TO_ALLOCATE_RESOURCE,   /* e.g. not enough memory on the host */
  FB_VCENTER_ERROR_SERVICE_UNAVAILABLE,           /* 503: vCenter down or session limit */
  FB_VCENTER_ERROR_TIMED_OUT,
  FB_VCENTER_ERROR_UNSUPPORTED,
  FB_VCENTER_ERROR_INVALID_RESPONSE,              /* not the JSON the API documents */
  FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED,         /* no pin yet: show the fingerprint, ask */
  FB_VCENTER_ERROR_CERTIFICATE_CHANGED,           /* pin differs: hard stop */
  FB_VCENTER_ERROR_NO_PASSWORD,                   /* nothing in memory or in the keyring */
  FB_VCENTER_ERROR_TASK_FAILED,                   /* a vAPI task ended FAILED */
  FB_VCENTER_ERROR_ALREADY_IN_DESIRED_STATE,      /* internal: callers see success */
} FbVcenterError;

#define FB_TYPE_VCENTER_CLIENT (fb_vcenter_client_get_type ())
G_DECLARE_FINAL_TYPE (FbVcenterClient, fb_vcenter_client, FB, VCENTER_CLIENT, GObject)

/* @base_uri: "https://vc.example.com" (port optional).  @pins: NULL for the
 * default pin file ($XDG_CONFIG_HOME/failback/vcenter-pins.ini). */
FbVcenterClient *fb_vcenter_client_new                 (const char       *base_uri,
                                                        const char       *user,
                                                        FbVcenterPins    *pins);
const char      *fb_vcenter_client_get_base_uri        (FbVcenterClient  *self);
const char      *fb_vcenter_client_get_user            (FbVcenterClient  *self);
/* "host" or "host:port" when the port is not 443: the keyring's "server". */
const char      *fb_vcenter_client_get_server          (FbVcenterClient  *self);
gboolean         fb_vcenter_client_get_logged_in       (FbVcenterClient  *self);
/* Seconds between keep-alive calls while logged in (default 600, 0: none). */
void             fb_vcenter_client_set_keepalive_seconds (FbVcenterClient *self,
                                                        guint             seconds);
/* Milliseconds between polls of a vAPI task (default 2000). */
void             fb_vcenter_client_set_task_poll_interval (FbVcenterClient *self,
                                                        guint             milliseconds);
/* Keeps @password in memory for this client (for login and re-login). */
void             fb_vcenter_client_set_password        (FbVcenterClient  *self,
                                                        const char       *password);
/* Number of logins after the first one of each API (session renewals). */
guint            fb_vcenter_client_get_relogin_count   (FbVcenterClient  *self);

/* TLS trust on first use. */
const char      *fb_vcenter_client_get_peer_fingerprint (FbVcenterClient *self);
GTlsCertificate *fb_vcenter_client_get_peer_certificate (FbVcenterClient *self);
gboolean         fb_vcenter_client_trust_certificate   (FbVcenterClient  *self,
                                                        const char       *fingerprint,
                                                        GError          **error);

/* Logs in to the REST API: password from memory, else from the keyring. */
void             fb_vcenter_client_login_async         (FbVcenterClient     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         fb_vcenter_client_login_finish        (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Stores the in-memory password in the keyring (FB_AUTH_ERROR_KEYRING_UNAVAILABLE
 * without a Secret Service). */
void             fb_vcenter_client_remember_password_async  (FbVcenterClient     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         fb_vcenter_client_remember_password_finish (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Ends both sessions; never fails for an already expired session. */
void             fb_vcenter_client_logout_async        (FbVcenterClient     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         fb_vcenter_client_logout_finish       (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* VMs.  Result: GPtrArray of FbVcenterVm summaries (id, name, power state,
 * CPU, memory).  @names/@hosts/@power_states may be NULL. */
void             fb_vcenter_client_list_vms_async      (FbVcenterClient     *self,
                                                        const char * const  *names,
                                                        const char * const  *hosts,
                                                        const char * const  *power_states,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GPtrArray       *fb_vcenter_client_list_vms_finish     (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Full details: hardware, disks (with RDM flags), host id and name.
 * @name_or_uuid: an exact VM name, or an instance UUID.  NOT_FOUND when
 * there is none. */
void             fb_vcenter_client_find_vm_async       (FbVcenterClient     *self,
                                                        const char          *name_or_uuid,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
FbVcenterVm     *fb_vcenter_client_find_vm_finish      (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void             fb_vcenter_client_get_vm_async        (FbVcenterClient     *self,
                                                        const char          *vm_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
FbVcenterVm     *fb_vcenter_client_get_vm_finish       (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Result: GPtrArray of FbVcenterSnapshot (flattened tree, empty when none). */
void             fb_vcenter_client_list_snapshots_async (FbVcenterClient    *self,
                                                        const char          *vm_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GPtrArray       *fb_vcenter_client_list_snapshots_finish (FbVcenterClient   *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Powers the VM on; already on is success. */
void             fb_vcenter_client_power_on_async      (FbVcenterClient     *self,
                                                        const char          *vm_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         fb_vcenter_client_power_on_finish     (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* vMotion: relocate with vmw-task=true and poll /api/cis/tasks until done.
 * @datastore_id may be NULL (disks stay). */
void             fb_vcenter_client_relocate_async      (FbVcenterClient     *self,
                                                        const char          *vm_id,
                                                        const char          *host_id,
                                                        const char          *datastore_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean         fb_vcenter_client_relocate_finish     (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* Hosts with memory (VI/JSON summary) and mounted datastores.
 * Result: GPtrArray of FbVcenterHost. */
void             fb_vcenter_client_list_hosts_async    (FbVcenterClient     *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GPtrArray       *fb_vcenter_client_list_hosts_finish   (FbVcenterClient     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Datastores with the hosts that mount them.  Result: GPtrArray of FbVcenterDatastore. */
void             fb_vcenter_client_list_datastores_async  (FbVcenterClient  *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GPtrArray       *fb_vcenter_client_list_datastores_finish (FbVcenterClient  *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

G_END_DECLS
