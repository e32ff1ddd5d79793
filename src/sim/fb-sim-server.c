/* fb-sim-server.c - the in-process simulator (skeleton; the simulator issue fills it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-sim-server.h"

struct _FbSimServer
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (FbSimServer, fb_sim_server, G_TYPE_OBJECT)

static void
fb_sim_server_class_init (FbSimServerClass *klass)
{
}

static void
fb_sim_server_init (FbSimServer *self)
{
}

FbSimServer *
fb_sim_server_new (void)
{
  return g_object_new (FB_TYPE_SIM_SERVER, NULL);
}
