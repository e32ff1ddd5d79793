/* fb-session.h - the account or endpoint the window currently shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * FbSessionKind:
 * @FB_SESSION_KIND_DEMO: the demo site, served in-process by the simulator
 * @FB_SESSION_KIND_AZURE: a signed-in Azure account
 */
typedef enum
{
  FB_SESSION_KIND_DEMO,
  FB_SESSION_KIND_AZURE,
} FbSessionKind;

#define FB_TYPE_SESSION_KIND (fb_session_kind_get_type ())
GType fb_session_kind_get_type (void);

#define FB_TYPE_SESSION (fb_session_get_type ())
G_DECLARE_FINAL_TYPE (FbSession, fb_session, FB, SESSION, GObject)

FbSession     *fb_session_new          (FbSessionKind  kind,
                                        const char    *title,
                                        const char    *endpoint);
FbSessionKind  fb_session_get_kind     (FbSession     *self);
const char    *fb_session_get_title    (FbSession     *self);
const char    *fb_session_get_endpoint (FbSession     *self);

G_END_DECLS
