/* fb-window.h - the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-application.h"

G_BEGIN_DECLS

#define FB_TYPE_WINDOW (fb_window_get_type ())
G_DECLARE_FINAL_TYPE (FbWindow, fb_window, FB, WINDOW, AdwApplicationWindow)

FbWindow *fb_window_new         (FbApplication *application);
void      fb_window_add_toast   (FbWindow      *self,
                                 AdwToast      *toast);
void      fb_window_show_toast  (FbWindow      *self,
                                 const char    *title);
void      fb_window_show_banner (FbWindow      *self,
                                 const char    *title,
                                 const char    *button_label,
                                 const char    *action_name);
void      fb_window_hide_banner (FbWindow      *self);

G_END_DECLS
