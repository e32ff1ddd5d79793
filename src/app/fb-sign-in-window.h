/* fb-sign-in-window.h - signing in to an Azure account
 *
 * The cloud (Azure, Azure China, Azure US Government, or custom endpoints), then
 * either the device code flow (the code large and copyable, "Open Browser", a live
 * status) or a service principal (tenant and client id checked as GUIDs while typed,
 * the secret in a password row). The secret goes to the keyring through FbAzureAuth;
 * without a keyring the window says so and the account stays for this session.
 *
 * On success the window makes an FbSession for the account, emits "signed-in"
 * (FbSession *session), hands the session to its FbApplication (when it has one)
 * and closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-azure-auth.h"
#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_SIGN_IN_WINDOW (fb_sign_in_window_get_type ())
G_DECLARE_FINAL_TYPE (FbSignInWindow, fb_sign_in_window, FB, SIGN_IN_WINDOW, AdwWindow)

FbSignInWindow *fb_sign_in_window_new        (GtkWindow      *parent);

/* The signed-in account's auth, NULL before. */
FbAzureAuth    *fb_sign_in_window_get_auth   (FbSignInWindow *self);
/* The session made for it, NULL before. */
FbSession      *fb_sign_in_window_get_session (FbSignInWindow *self);

/* Helpers the form uses, public for tests. */
gboolean        fb_sign_in_is_guid           (const char     *text);
/* https URLs, or http only for 127.0.0.1 / localhost / [::1]. NULL when valid, else a
 * translated reason. */
char           *fb_sign_in_check_endpoint    (const char     *text);

G_END_DECLS
