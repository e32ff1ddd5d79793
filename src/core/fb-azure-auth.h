/* fb-azure-auth.h - Entra ID sign-in for ARM: device code, service principal, refresh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Access tokens live in memory only. The refresh token (device code) or the
 * client secret (service principal) is kept with FbSecretStore (libsecret)
 * when one is set, found again by fb_azure_auth_restore_async() at the next
 * start and removed by fb_azure_auth_sign_out_async(). Without a keyring,
 * sign-in still works for the session and the property "keyring-error"
 * carries a message the UI can show (FB_AUTH_ERROR_KEYRING_UNAVAILABLE).
 * Errors are FB_AUTH_ERROR (codes in fb-secret-store.h).
 */
#pragma once

#include <gio/gio.h>

#include "fb-cloud.h"
#include "fb-secret-store.h"

G_BEGIN_DECLS

/* The public client used for the device code flow unless configured. */
#define FB_AZURE_AUTH_DEFAULT_PUBLIC_CLIENT_ID "04b07795-8ddb-461a-bbee-02f9e1bf7b46"

typedef enum {
  FB_AZURE_AUTH_KIND_NONE,
  FB_AZURE_AUTH_KIND_DEVICE_CODE,
  FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL,
} FbAzureAuthKind;

#define FB_TYPE_AZURE_AUTH (fb_azure_auth_get_type ())
G_DECLARE_FINAL_TYPE (FbAzureAuth, fb_azure_auth, FB, AZURE_AUTH, GObject)

/* tenant: a tenant id/domain, or "organizations" for the device code flow.
 * client_id: NULL = FB_AZURE_AUTH_DEFAULT_PUBLIC_CLIENT_ID.
 * store: NULL = no keyring (secrets for this session only). */
FbAzureAuth     *fb_azure_auth_new                  (FbCloud       *cloud,
                                                     const char    *tenant,
                                                     const char    *client_id,
                                                     FbSecretStore *store);

FbCloud         *fb_azure_auth_get_cloud            (FbAzureAuth *self);
const char      *fb_azure_auth_get_tenant           (FbAzureAuth *self);
const char      *fb_azure_auth_get_client_id        (FbAzureAuth *self);
FbAzureAuthKind  fb_azure_auth_get_kind             (FbAzureAuth *self);
gboolean         fb_azure_auth_get_signed_in        (FbAzureAuth *self);
/* While the device code flow waits: the code to enter and where. */
const char      *fb_azure_auth_get_user_code        (FbAzureAuth *self);
const char      *fb_azure_auth_get_verification_uri (FbAzureAuth *self);
/* The keyring problem of the last store/lookup, or NULL. */
const char      *fb_azure_auth_get_keyring_error    (FbAzureAuth *self);
/* TRUE while a secret is being written to the keyring (notify::keyring-busy). */
gboolean         fb_azure_auth_get_keyring_busy     (FbAzureAuth *self);
/* Seconds until the access token expires (0 when none). */
gint64           fb_azure_auth_get_token_expires_in (FbAzureAuth *self);
/* Claims of the current access token when it is a JWT (upn, name, oid...). */
char            *fb_azure_auth_dup_claim            (FbAzureAuth *self, const char *claim);

/* Emits "device-code" (user_code, verification_uri, message) once the code is
 * known, then polls until the user approved. */
void      fb_azure_auth_sign_in_device_code_async   (FbAzureAuth         *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  fb_azure_auth_sign_in_device_code_finish  (FbAzureAuth   *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);
/* remember: keep the secret in the keyring (if there is one). */
void      fb_azure_auth_sign_in_client_secret_async (FbAzureAuth         *self,
                                                     const char          *client_secret,
                                                     gboolean             remember,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  fb_azure_auth_sign_in_client_secret_finish (FbAzureAuth   *self,
                                                      GAsyncResult  *result,
                                                      GError       **error);
/* Finds a stored refresh token or client secret and gets an access token.
 * FB_AUTH_ERROR_NOT_SIGNED_IN when nothing is stored. */
void      fb_azure_auth_restore_async               (FbAzureAuth         *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  fb_azure_auth_restore_finish              (FbAzureAuth   *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);
/* A valid access token (refreshed when it expires within a minute, or
 * always with force_refresh, e.g. after a 401). Concurrent callers share one
 * request. */
void      fb_azure_auth_get_token_async             (FbAzureAuth         *self,
                                                     gboolean             force_refresh,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
char     *fb_azure_auth_get_token_finish            (FbAzureAuth   *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);
/* Forgets every token and removes the stored secrets. */
void      fb_azure_auth_sign_out_async              (FbAzureAuth         *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  fb_azure_auth_sign_out_finish             (FbAzureAuth   *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);

G_END_DECLS
