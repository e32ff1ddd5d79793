/* fb-welcome-page.h - the page shown while no account exists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FB_TYPE_WELCOME_PAGE (fb_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (FbWelcomePage, fb_welcome_page, FB, WELCOME_PAGE, GtkWidget)

GtkWidget *fb_welcome_page_new (void);

G_END_DECLS
