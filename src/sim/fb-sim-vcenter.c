/* fb-sim-vcenter.c - the simulated vCenter (first version: no inventory yet;
 * the vCenter issue fills it in)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-sim-vcenter.h"

struct _FbSimVcenter
{
  GObject parent_instance;
  double  speed;
};

G_DEFINE_FINAL_TYPE (FbSimVcenter, fb_sim_vcenter, G_TYPE_OBJECT)

static void
fb_sim_vcenter_class_init (FbSimVcenterClass *klass)
{
}

static void
fb_sim_vcenter_init (FbSimVcenter *self)
{
  self->speed = 1.0;
}

FbSimVcenter *
fb_sim_vcenter_new (JsonObject *scenario,
                    double      speed)
{
  FbSimVcenter *self = g_object_new (FB_TYPE_SIM_VCENTER, NULL);

  self->speed = speed;
  return self;
}

gboolean
fb_sim_vcenter_handle (FbSimVcenter      *self,
                       SoupServerMessage *msg,
                       const char        *path,
                       GHashTable        *query)
{
  return FALSE;
}

void
fb_sim_vcenter_expire_sessions (FbSimVcenter *self)
{
}

gboolean
fb_sim_vcenter_is_connected (FbSimVcenter *self)
{
  return TRUE;
}

gboolean
fb_sim_vcenter_vm_exists (FbSimVcenter *self,
                          const char   *vm_name)
{
  return FALSE;
}

gboolean
fb_sim_vcenter_vm_has_snapshots (FbSimVcenter *self,
                                 const char   *vm_name)
{
  return FALSE;
}

void
fb_sim_vcenter_ensure_vm (FbSimVcenter *self,
                          const char   *vm_name,
                          const char   *host_name,
                          const char   *datastore,
                          guint         memory_mib,
                          guint         cpu_count,
                          const char   *guest_os)
{
}

gboolean
fb_sim_vcenter_power_on_vm (FbSimVcenter  *self,
                            const char    *vm_name,
                            char         **out_host)
{
  return TRUE;
}

void
fb_sim_vcenter_power_off_vm (FbSimVcenter *self,
                             const char   *vm_name)
{
}
