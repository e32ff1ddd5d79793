/* fb-sim-server.h - the in-process simulator of Entra ID, ARM and vCenter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FB_TYPE_SIM_SERVER (fb_sim_server_get_type ())
G_DECLARE_FINAL_TYPE (FbSimServer, fb_sim_server, FB, SIM_SERVER, GObject)

FbSimServer *fb_sim_server_new (void);

G_END_DECLS
