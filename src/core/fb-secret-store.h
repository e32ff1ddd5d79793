/* fb-secret-store.h - secrets in libsecret (the only place they live)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two schemas:
 *  - "io.github.failback.Failback.account": Entra ID secrets, attributes
 *    "tenant", "client-id", "kind" (FB_SECRET_KIND_REFRESH_TOKEN or
 *    FB_SECRET_KIND_CLIENT_SECRET).
 *  - "io.github.failback.Failback.vcenter": vCenter passwords, attributes
 *    "server" and "user".
 *
 * When no Secret Service is reachable (no D-Bus session, no keyring daemon,
 * a Flatpak sandbox without the portal), every call fails with
 * FB_AUTH_ERROR_KEYRING_UNAVAILABLE and a translated message the UI can show;
 * callers keep the secret in memory for the session and go on.
 * Secrets are never logged.
 */
#pragma once

#include <gio/gio.h>

#include "fb-error.h"

G_BEGIN_DECLS

/* Codes of FB_AUTH_ERROR (shared with FbAzureAuth). */
typedef enum {
  FB_AUTH_ERROR_FAILED,               /* anything else; the message says what */
  FB_AUTH_ERROR_KEYRING_UNAVAILABLE,  /* no Secret Service: secrets only for this session */
  FB_AUTH_ERROR_NOT_SIGNED_IN,        /* no token and nothing stored to get one */
  FB_AUTH_ERROR_DECLINED,             /* the user declined the device code request */
  FB_AUTH_ERROR_EXPIRED,              /* the device code expired; start again */
  FB_AUTH_ERROR_INVALID_CLIENT,       /* wrong client id or client secret */
  FB_AUTH_ERROR_INVALID_GRANT,        /* refresh token revoked or expired: sign in again */
  FB_AUTH_ERROR_NETWORK,              /* the login endpoint could not be reached */
  FB_AUTH_ERROR_INVALID_RESPONSE,     /* the login endpoint answered something unexpected */
} FbAuthError;

#define FB_SECRET_KIND_REFRESH_TOKEN "refresh-token"
#define FB_SECRET_KIND_CLIENT_SECRET "client-secret"

#define FB_TYPE_SECRET_STORE (fb_secret_store_get_type ())
G_DECLARE_FINAL_TYPE (FbSecretStore, fb_secret_store, FB, SECRET_STORE, GObject)

FbSecretStore *fb_secret_store_new                 (void);

/* Account secrets (Entra ID). */
void      fb_secret_store_store_account_async   (FbSecretStore       *self,
                                                 const char          *tenant,
                                                 const char          *client_id,
                                                 const char          *kind,
                                                 const char          *secret,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean  fb_secret_store_store_account_finish  (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
/* Result: the secret (free with g_free after secret_password_wipe-like
 * clearing is not needed: it is a normal string), or NULL with no error when
 * nothing is stored. */
void      fb_secret_store_lookup_account_async  (FbSecretStore       *self,
                                                 const char          *tenant,
                                                 const char          *client_id,
                                                 const char          *kind,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
char     *fb_secret_store_lookup_account_finish (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
/* kind NULL clears both kinds. */
void      fb_secret_store_clear_account_async   (FbSecretStore       *self,
                                                 const char          *tenant,
                                                 const char          *client_id,
                                                 const char          *kind,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean  fb_secret_store_clear_account_finish  (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* vCenter passwords. */
void      fb_secret_store_store_vcenter_async   (FbSecretStore       *self,
                                                 const char          *server,
                                                 const char          *user,
                                                 const char          *password,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean  fb_secret_store_store_vcenter_finish  (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
void      fb_secret_store_lookup_vcenter_async  (FbSecretStore       *self,
                                                 const char          *server,
                                                 const char          *user,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
char     *fb_secret_store_lookup_vcenter_finish (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
void      fb_secret_store_clear_vcenter_async   (FbSecretStore       *self,
                                                 const char          *server,
                                                 const char          *user,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean  fb_secret_store_clear_vcenter_finish  (FbSecretStore       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
