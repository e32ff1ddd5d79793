/* fb-sim-vcenter-private.h - inventory and helpers shared by the files of the
 * simulated vCenter (fb-sim-vcenter.c, -rest.c, -vim.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fb-sim-vcenter.h"

G_BEGIN_DECLS

typedef struct {
  char    *id;              /* host-1001 */
  char    *name;            /* esx-nbg-01.contoso.local */
  char    *connection_state;/* CONNECTED | DISCONNECTED | NOT_RESPONDING */
  char    *power_state;     /* POWERED_ON | POWERED_OFF | STANDBY */
  gint64   memory_mib;      /* physical memory */
  gint64   base_usage_mib;  /* used by the hypervisor and VMs outside the inventory */
  guint    cpu_cores;
  GPtrArray *datastores;    /* char*: datastore names mounted on this host */
} SimHost;

typedef struct {
  char    *id;              /* datastore-2001 */
  char    *name;
  char    *type;            /* VMFS | NFS | NFS41 | VSAN | VVOL | ... */
  gint64   capacity;        /* bytes */
  gint64   free_space;      /* bytes */
  gboolean accessible;
} SimDatastore;

typedef struct {
  char    *key;             /* "2000" */
  char    *datastore;       /* datastore name */
  char    *file;            /* path inside the datastore */
  gint64   capacity;        /* bytes */
  gboolean rdm;             /* raw device mapping (mapping file on the datastore) */
} SimDisk;

typedef struct {
  char    *name;
  char    *description;
  char    *create_time;
  int      id;
} SimSnapshot;

typedef struct {
  char    *id;              /* vm-3001 */
  char    *name;
  char    *host;            /* host id */
  char    *power_state;     /* POWERED_ON | POWERED_OFF | SUSPENDED */
  gint64   memory_mib;
  guint    cpu_count;
  char    *guest_os;
  char    *instance_uuid;
  char    *bios_uuid;
  GPtrArray *disks;         /* SimDisk* */
  GPtrArray *snapshots;     /* SimSnapshot* */
} SimVm;

typedef struct {
  char    *token;
  char    *user;
  gboolean vim;             /* a VI/JSON session (SessionManager.Login) */
  GDateTime *created;
  GDateTime *last_accessed;
  gint64   last_mono;       /* g_get_monotonic_time() of the last use */
} SimSession;

typedef struct {
  char    *id;
  char    *vm;              /* vm id */
  char    *target_host;     /* host id or NULL */
  char    *target_datastore;/* datastore id or NULL */
  char    *user;
  GDateTime *start_time;
  gint64   start_mono;
  gint64   duration_us;     /* real time the task takes */
  gboolean done;            /* result applied */
  char    *error_type;      /* set when the task failed */
  char    *error_message;
  GDateTime *end_time;
} SimTask;

struct _FbSimVcenter
{
  GObject     parent_instance;

  double      speed;
  gboolean    connected;
  char       *server_name;
  GHashTable *users;        /* user -> password */
  gint64      session_idle_us;  /* real time, already scaled */
  gint64      relocate_us;      /* real time, already scaled */
  char       *datacenter_id;
  char       *datacenter_name;
  char       *cluster_id;
  char       *cluster_name;
  char       *folder_id;
  char       *resource_pool_id;

  GPtrArray  *hosts;        /* SimHost* */
  GPtrArray  *datastores;   /* SimDatastore* */
  GPtrArray  *vms;          /* SimVm* */
  GHashTable *sessions;     /* token -> SimSession* */
  GHashTable *tasks;        /* id -> SimTask* */

  guint       next_id;
  guint       rest_logins;
  guint       vim_logins;
};

/* Inventory lookups. */
SimHost      *fb_sim_vcenter_find_host           (FbSimVcenter *self, const char *id_or_name);
SimDatastore *fb_sim_vcenter_find_datastore      (FbSimVcenter *self, const char *id_or_name);
SimVm        *fb_sim_vcenter_find_vm             (FbSimVcenter *self, const char *id);
SimVm        *fb_sim_vcenter_find_vm_by_name     (FbSimVcenter *self, const char *name);
gint64        fb_sim_vcenter_host_used_mib       (FbSimVcenter *self, SimHost *host);
gboolean      fb_sim_vcenter_host_mounts         (SimHost *host, const char *datastore_name);
/* Applies finished relocate tasks. */
void          fb_sim_vcenter_advance             (FbSimVcenter *self);
/* Tries to power @vm on; on failure returns FALSE and sets @error_type / @message. */
gboolean      fb_sim_vcenter_try_power_on        (FbSimVcenter *self, SimVm *vm,
                                                  const char **error_type, char **message);

/* Sessions: returns the session for @token, or NULL when unknown or idle-expired. */
SimSession   *fb_sim_vcenter_lookup_session      (FbSimVcenter *self, const char *token, gboolean vim);
SimSession   *fb_sim_vcenter_create_session      (FbSimVcenter *self, const char *user, gboolean vim);
gboolean      fb_sim_vcenter_check_password      (FbSimVcenter *self, const char *user, const char *password);
char         *fb_sim_vcenter_new_uuid            (FbSimVcenter *self);

/* Parses the raw query string of @msg into name -> GPtrArray of values (repeated keys kept). */
GHashTable   *fb_sim_vcenter_parse_query         (SoupServerMessage *msg);

/* Response helpers. */
void          fb_sim_vcenter_respond_json        (SoupServerMessage *msg, guint status, JsonNode *node);
void          fb_sim_vcenter_respond_error       (SoupServerMessage *msg, guint status,
                                                  const char *error_type, const char *message_id,
                                                  const char *default_message);

/* The two protocol halves. */
void          fb_sim_vcenter_handle_rest         (FbSimVcenter *self, SoupServerMessage *msg,
                                                  const char *path);
void          fb_sim_vcenter_handle_vim          (FbSimVcenter *self, SoupServerMessage *msg,
                                                  const char *path);

G_END_DECLS
