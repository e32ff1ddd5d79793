/* fb-application.h - the Failback application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_APPLICATION (fb_application_get_type ())
G_DECLARE_FINAL_TYPE (FbApplication, fb_application, FB, APPLICATION, AdwApplication)

FbApplication *fb_application_new         (void);
FbSession     *fb_application_get_session (FbApplication *self);
void           fb_application_set_session (FbApplication *self,
                                           FbSession     *session);

/* GUI-3: several accounts. Every session set once is kept in get_sessions() until
 * removed; add_session() adds a signed-in account and shows it; remove_session()
 * forgets one (the next one is shown). */
GListModel    *fb_application_get_sessions   (FbApplication *self);
void           fb_application_add_session    (FbApplication *self,
                                              FbSession     *session);
void           fb_application_remove_session (FbApplication *self,
                                              FbSession     *session);

G_END_DECLS
