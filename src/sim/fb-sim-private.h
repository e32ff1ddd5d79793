/* fb-sim-private.h - the simulator's model and the helpers shared by its files
 *
 * Everything here lives in the simulator thread (except what FbSimServer
 * guards with its mutex).  Resources are plain structs; JSON is built per
 * response, so that a large scenario stays small in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fb-sim-server.h"
#include "fb-sim-vcenter.h"

G_BEGIN_DECLS

#define FB_SIM_ASR_TYPE_PREFIX "Microsoft.RecoveryServices/vaults"
#define FB_SIM_IDLE_START "1753-01-01T01:01:01Z"
#define FB_SIM_NEVER "1601-01-01T00:00:00.0000000Z"
#define FB_SIM_ZERO_TIME "0001-01-01T00:00:00"
#define FB_SIM_NO_EXPIRY "9999-12-31T23:59:59.9999999"

typedef enum {
  FB_SIM_PHASE_ENABLING,
  FB_SIM_PHASE_PROTECTED_TO_AZURE,
  FB_SIM_PHASE_FAILED_OVER_TO_AZURE,
  FB_SIM_PHASE_RUNNING_IN_AZURE,
  FB_SIM_PHASE_PROTECTED_TO_ONPREM,
  FB_SIM_PHASE_FAILED_BACK,
  FB_SIM_PHASE_RUNNING_ONPREM,
} FbSimPhase;

/* The languages the simulator answers in (Accept-Language). */
typedef enum {
  FB_SIM_LANG_EN,
  FB_SIM_LANG_DE,
  FB_SIM_N_LANGS,
} FbSimLang;

/* A text for the user kept in every language, for what outlives the request
 * that made it (a job's errors). */
typedef struct {
  char *in[FB_SIM_N_LANGS];
} FbSimText;

/* A job's JobErrorDetails in every language (reference counted: the job and
 * its failed task share it). */
typedef struct {
  JsonObject *in[FB_SIM_N_LANGS];
} FbSimJobError;

typedef struct _FbSimWorld   FbSimWorld;
typedef struct _FbSimVault   FbSimVault;
typedef struct _FbSimFabric  FbSimFabric;
typedef struct _FbSimItem    FbSimItem;
typedef struct _FbSimPlan    FbSimPlan;
typedef struct _FbSimJob     FbSimJob;
typedef struct _FbSimTask    FbSimTask;

typedef struct {
  char *id;
  char *friendly_name;
  char *ip_address;
  char *os_type;
} FbSimProcessServer;

typedef struct {
  char  *symbolic_name;
  char  *uuid;
  char  *type;          /* VMFS, vSAN, NFS, RDM */
  double capacity_gb;
  double free_gb;
} FbSimDatastore;

typedef struct {
  char  *volume_name;
  double capacity_gb;
  double free_gb;
} FbSimVolume;

typedef struct {
  char      *id;
  char      *name;
  char      *os_type;
  char      *ip_address;
  char      *os_version;
  gboolean   has_snapshots;
  GPtrArray *retention_volumes;  /* FbSimVolume */
  GPtrArray *datastores;         /* FbSimDatastore */
} FbSimMasterTarget;

typedef struct {
  char  *id;
  char  *name;
  char  *fqdn;
  char  *vcenter_id;
  GStrv  datastores;
} FbSimReprotectAgent;

typedef struct {
  char     *name;
  char     *friendly_name;
  char     *ip_address;
  char     *process_server_id;
  char     *run_as_account_id;
  gboolean  connected;
} FbSimVcenterRef;

typedef struct {
  char *account_id;
  char *account_name;
} FbSimRunAs;

typedef struct {
  FbSimFabric *fabric;
  char        *name;
  char        *friendly_name;
} FbSimContainer;

struct _FbSimFabric {
  FbSimVault *vault;
  char       *name;
  char       *friendly_name;
  char       *internal_id;
  char       *ip_address;
  gboolean    modern;           /* InMageRcm appliance, else VMware CS */
  GPtrArray  *process_servers;  /* FbSimProcessServer */
  GPtrArray  *master_targets;   /* FbSimMasterTarget */
  GPtrArray  *run_as_accounts;  /* FbSimRunAs */
  GPtrArray  *reprotect_agents; /* FbSimReprotectAgent */
  GPtrArray  *vcenters;         /* FbSimVcenterRef */
  GPtrArray  *containers;       /* FbSimContainer */
};

typedef struct {
  FbSimVault *vault;
  char       *name;
  char       *friendly_name;
  char       *kind;            /* InMageAzureV2, InMage, InMageRcm, InMageRcmFailback */
  int         rpo_threshold_minutes;
  int         retention_hours;
  int         app_consistent_minutes;
  int         crash_consistent_minutes;
} FbSimPolicy;

typedef struct {
  char           *name;
  FbSimContainer *source;
  FbSimPolicy    *policy;
  gboolean        to_self;     /* failback mapping: target = source container */
} FbSimMapping;

struct _FbSimItem {
  FbSimVault     *vault;
  FbSimFabric    *fabric;
  FbSimContainer *container;
  char           *name;
  char           *original_name;
  guint           generation;
  char           *friendly_name;
  char           *vm_id;              /* on-premises infrastructure id */
  gboolean        physical;
  char           *os_type;            /* Windows, Linux */
  char           *os_name;
  guint           cpus;
  guint           memory_mb;
  GArray         *disks_gb;           /* guint */
  char           *ip_address;
  char           *host;               /* ESXi host on-premises */
  char           *datastore;          /* on-premises datastore */
  char           *multi_vm_group;
  FbSimPolicy    *forward_policy;
  FbSimPolicy    *failback_policy;
  FbSimPhase      phase;
  char           *replication_health;
  gboolean        test_failover_active;
  /* reverse protection choices */
  char           *master_target_id;
  char           *process_server_id;
  char           *retention_drive;
  char           *reverse_datastore;
  char           *reprotect_agent_id;
  char           *log_storage_account_id;
  char           *run_as_account_id;
  /* times (real µs since the epoch) */
  gint64          protected_since;
  gint64          last_failover_time;
  gint64          last_test_failover_time;
  gint64          agent_registered_at;  /* 0: registered */
  gboolean        agent_held;           /* fb_sim_server_hold_agent(): not registered until released */
  double          agent_pending_seconds; /* from the scenario, resolved at start */
  gboolean        azure_vm_exists;
  gboolean        azure_vm_running;
  char           *failover_recovery_point_id;
  FbSimJob       *current_job;
  FbSimPlan      *plan;
};

typedef struct {
  char      *group_type;       /* Shutdown, Failover, Boot */
  GPtrArray *items;            /* FbSimItem (not owned) */
  GStrv      manual_actions;   /* end actions: "name\ndescription" */
} FbSimPlanGroup;

struct _FbSimPlan {
  FbSimVault *vault;
  char       *name;
  char       *friendly_name;
  GPtrArray  *groups;          /* FbSimPlanGroup */
  FbSimJob   *current_job;
  FbSimJob   *last_job;
  char       *last_status;     /* currentScenarioStatus */
  gint64      last_planned_failover;
  gint64      last_unplanned_failover;
  gint64      last_test_failover;
};

typedef enum {
  FB_SIM_CHECK_NONE,
  FB_SIM_CHECK_PREREQ_FAILOVER,     /* forward failover */
  FB_SIM_CHECK_PREREQ_FAILBACK,     /* vCenter, physical, recovery points */
  FB_SIM_CHECK_PREREQ_REPROTECT_ONPREM,
  FB_SIM_CHECK_PREREQ_REPROTECT_AZURE,
  FB_SIM_CHECK_SHUTDOWN_AZURE,
  FB_SIM_CHECK_SYNC_ONPREM,         /* creates the VM (alternate location) */
  FB_SIM_CHECK_START_ONPREM,        /* power on: 8038 */
  FB_SIM_CHECK_START_AZURE,
  FB_SIM_CHECK_SHUTDOWN_ONPREM,
  FB_SIM_CHECK_MANUAL_ACTION,       /* suspends the job until resume */
} FbSimCheck;

struct _FbSimTask {
  char       *task_id;
  char       *name;
  char       *friendly_name;   /* a msgid: translated when rendered */
  char       *friendly_item;   /* child task of a group: the machine it is for */
  char       *state;           /* NotStarted, InProgress, Succeeded, Failed, Cancelled, Other */
  char       *state_description;
  gint64      start_time;
  gint64      end_time;
  double      weight;
  FbSimCheck  check;
  gboolean    skipped;
  FbSimItem  *item;            /* per-VM child task */
  GPtrArray  *children;        /* FbSimTask, for group tasks */
  FbSimJobError *error;        /* JobErrorDetails, or NULL */
  char       *description;     /* manual action (a msgid, like the name) */
};

typedef enum {
  FB_SIM_ACTION_UNPLANNED_FAILOVER,
  FB_SIM_ACTION_PLANNED_FAILOVER,
  FB_SIM_ACTION_TEST_FAILOVER,
  FB_SIM_ACTION_TEST_FAILOVER_CLEANUP,
  FB_SIM_ACTION_COMMIT,
  FB_SIM_ACTION_CANCEL,
  FB_SIM_ACTION_REPROTECT,
  FB_SIM_ACTION_APPLY_RECOVERY_POINT,
  FB_SIM_ACTION_REPAIR,
  FB_SIM_ACTION_RESTART_JOB,
  FB_SIM_ACTION_DISABLE_PROTECTION,
} FbSimAction;

struct _FbSimJob {
  FbSimVault *vault;
  char       *name;
  char       *activity_id;
  FbSimAction action;
  char       *scenario_name;
  char       *friendly_name;   /* a msgid: translated when rendered */
  char       *state;
  char       *state_description;
  gint64      start_time;
  gint64      end_time;
  GPtrArray  *tasks;           /* FbSimTask */
  guint       current_task;
  GPtrArray  *errors;          /* FbSimJobError */
  GPtrArray  *items;           /* FbSimItem targets (not owned) */
  FbSimJob   *restart_of;      /* the job a restart repeats */
  FbSimPhase  phase_before;    /* of the first item when the job started */
  GHashTable *failed_items;    /* FbSimItem set */
  FbSimPlan  *plan;
  char       *target_object_id;
  char       *target_object_name;
  char       *target_instance_type;
  char       *new_item_id;     /* SwitchProtectionJobDetails */
  JsonObject *input;           /* providerSpecificDetails of the request, or NULL */
  char       *direction;
  gboolean    cancel_requested;
  GSource    *timer;
  double      total_seconds;   /* simulated */
};

struct _FbSimVault {
  FbSimWorld *world;
  char       *name;
  char       *resource_group;
  char       *location;
  GPtrArray  *fabrics;         /* FbSimFabric */
  GPtrArray  *policies;        /* FbSimPolicy */
  GPtrArray  *mappings;        /* FbSimMapping */
  GPtrArray  *items;           /* FbSimItem */
  GHashTable *items_by_name;   /* lower-case name -> FbSimItem */
  GPtrArray  *removed_items;   /* FbSimItem whose protection was disabled (jobs still name them) */
  GPtrArray  *plans;           /* FbSimPlan */
  GPtrArray  *jobs;            /* FbSimJob, oldest first */
  GHashTable *jobs_by_name;
};

struct _FbSimWorld {
  char         *tenant_id;
  char         *client_id;
  char         *client_secret;
  char         *subscription_id;
  char         *subscription_name;
  char         *user_name;
  int           device_auto_approve_seconds;   /* simulated; < 0 never */
  int           device_expires_seconds;        /* simulated; < 0: 900, at least 60 s real */
  int           job_min_seconds;
  int           job_max_seconds;
  int           agent_registration_minutes;
  GPtrArray    *vaults;        /* FbSimVault */
  JsonObject   *vcenter_scenario;
  FbSimVcenter *vcenter;
  double        speed;
  guint64       seed;
  GRand        *rand;
  guint         page_size;
  GMainContext *context;
  char         *base_uri;      /* "http://127.0.0.1:PORT" without the slash */
  guint64       counter;
  /* the language of the answer being built: set per request by the
   * dispatcher (everything runs in the simulator thread) */
  FbSimLang     lang;
  /* ARM token buckets (reads 250 + 25/s, writes 200 + 10/s): headers only */
  double        read_tokens;
  double        write_tokens;
  gint64        bucket_time;
};

/* fb-sim-util.c */
JsonObject *fb_sim_obj                (void);
JsonArray  *fb_sim_arr                (void);
void        fb_sim_set_str            (JsonObject *o, const char *k, const char *v);
void        fb_sim_set_int            (JsonObject *o, const char *k, gint64 v);
void        fb_sim_set_dbl            (JsonObject *o, const char *k, double v);
void        fb_sim_set_bool           (JsonObject *o, const char *k, gboolean v);
void        fb_sim_set_null           (JsonObject *o, const char *k);
void        fb_sim_set_obj            (JsonObject *o, const char *k, JsonObject *v);
void        fb_sim_set_arr            (JsonObject *o, const char *k, JsonArray *v);
void        fb_sim_set_time           (JsonObject *o, const char *k, gint64 real_us);
void        fb_sim_set_strv           (JsonObject *o, const char *k, const char * const *v);
void        fb_sim_arr_add_str        (JsonArray *a, const char *v);
char       *fb_sim_iso_time           (gint64 real_us);
gboolean    fb_sim_parse_iso_time     (const char *s, gint64 *out_us);
char       *fb_sim_guid               (FbSimWorld *world);
char       *fb_sim_guid_upper_ps      (FbSimWorld *world);
char       *fb_sim_hash_guid          (const char *seed);
char       *fb_sim_random_token       (guint bytes);
const char *fb_sim_obj_get_str        (JsonObject *o, const char *k);
gint64      fb_sim_obj_get_int        (JsonObject *o, const char *k, gint64 def);
double      fb_sim_obj_get_dbl        (JsonObject *o, const char *k, double def);
gboolean    fb_sim_obj_get_bool       (JsonObject *o, const char *k, gboolean def);
JsonObject *fb_sim_obj_get_obj        (JsonObject *o, const char *k);
JsonArray  *fb_sim_obj_get_arr        (JsonObject *o, const char *k);
/* Elements of a client's or a scenario's array: NULL for a wrong type. */
JsonObject *fb_sim_arr_get_obj        (JsonArray *a, guint i);
const char *fb_sim_arr_get_str        (JsonArray *a, guint i);
gint64      fb_sim_arr_get_int        (JsonArray *a, guint i, gint64 def);
char       *fb_sim_to_json            (JsonObject *o, gsize *len);
guint       fb_sim_scaled_ms          (FbSimWorld *world, double sim_seconds);
const char *fb_sim_phase_to_string    (FbSimPhase phase);
gboolean    fb_sim_phase_from_string  (const char *s, FbSimPhase *out);

/* fb-sim-i18n.c: texts for the user in the request's language */
FbSimLang   fb_sim_lang_from_accept_language (const char *header);
/* @msgid in @lang (itself for English, an empty string or a missing translation). */
const char *fb_sim_tr_lang            (FbSimLang lang, const char *msgid);
/* @msgid in the language of the answer being built. */
const char *fb_sim_tr                 (FbSimWorld *world, const char *msgid);
/* @format translated, then formatted. */
char       *fb_sim_trf                (FbSimWorld *world, const char *format, ...) G_GNUC_PRINTF (2, 3);
void        fb_sim_text_set           (FbSimText *text, const char *msgid);
void        fb_sim_text_printf        (FbSimText *text, const char *format, ...) G_GNUC_PRINTF (2, 3);
void        fb_sim_text_clear         (FbSimText *text);

/* fb-sim-texts.c: the human texts of data/scenarios/demo.json, NULL-terminated */
extern const char * const fb_sim_scenario_texts[];

/* fb-sim-scenario.c */
FbSimWorld *fb_sim_world_load         (const char *scenario, GError **error);
void        fb_sim_world_free         (FbSimWorld *world);
void        fb_sim_world_reseed       (FbSimWorld *world, guint64 seed);
char       *fb_sim_vault_arm_id       (FbSimVault *vault, gboolean capital);
char       *fb_sim_fabric_arm_id      (FbSimFabric *fabric);
char       *fb_sim_container_arm_id   (FbSimContainer *container);
char       *fb_sim_item_arm_id        (FbSimItem *item);
char       *fb_sim_policy_arm_id      (FbSimPolicy *policy);
char       *fb_sim_plan_arm_id        (FbSimPlan *plan);
char       *fb_sim_job_arm_id         (FbSimJob *job);
FbSimItem  *fb_sim_vault_find_item    (FbSimVault *vault, const char *name);
void        fb_sim_vault_rename_item  (FbSimVault *vault, FbSimItem *item, const char *new_name);
/* Disable protection: the item leaves the vault and its plan (it stays
 * allocated for the jobs that name it). */
void        fb_sim_vault_remove_item  (FbSimVault *vault, FbSimItem *item);
FbSimMasterTarget   *fb_sim_fabric_find_master_target   (FbSimFabric *fabric, const char *id);
FbSimProcessServer  *fb_sim_fabric_find_process_server  (FbSimFabric *fabric, const char *id);
FbSimReprotectAgent *fb_sim_fabric_find_reprotect_agent (FbSimFabric *fabric, const char *id);
FbSimPolicy *fb_sim_vault_find_policy_by_id (FbSimVault *vault, const char *arm_id);
/* The vCenter's answer when it knows the master target VM, else the scenario's. */
gboolean    fb_sim_master_target_has_snapshots (FbSimWorld *world, FbSimMasterTarget *mt);
const char *fb_sim_item_provider      (FbSimItem *item);
void        fb_sim_job_free           (FbSimJob *job);
FbSimJobError *fb_sim_job_error_ref   (FbSimJobError *error);
void        fb_sim_job_error_unref    (FbSimJobError *error);

/* fb-sim-arm.c: one ARM request */
typedef struct {
  FbSimWorld        *world;
  SoupServerMessage *msg;
  const char        *method;
  const char        *path;
  GHashTable        *query;
  const char        *api_version;
  const char        *client_request_id;
  char              *activity_id;
  JsonObject        *body;        /* parsed request body, or NULL */
  gboolean           body_invalid;
} FbSimRequest;

void        fb_sim_reply_json         (FbSimRequest *req, guint status, JsonObject *body);
void        fb_sim_reply_arm_error    (FbSimRequest *req, guint status, const char *code,
                                       const char *detail_code, const char *message,
                                       const char *possible_causes, const char *recommended_action);
void        fb_sim_arm_handle         (FbSimRequest *req);
JsonObject *fb_sim_item_to_json       (FbSimWorld *world, FbSimItem *item);
JsonObject *fb_sim_plan_to_json       (FbSimWorld *world, FbSimPlan *plan);
JsonObject *fb_sim_job_to_json        (FbSimWorld *world, FbSimJob *job);
gboolean    fb_sim_item_has_recovery_points (FbSimItem *item);
char       *fb_sim_item_latest_recovery_point_id (FbSimItem *item, gboolean app_consistent);
char       *fb_sim_abs_uri            (FbSimWorld *world, const char *arm_path, const char *api_version);

/* fb-sim-jobs.c: actions and the state machine */
void        fb_sim_item_action        (FbSimRequest *req, FbSimItem *item, const char *action);
void        fb_sim_plan_action        (FbSimRequest *req, FbSimPlan *plan, const char *action);
void        fb_sim_job_action         (FbSimRequest *req, FbSimJob *job, const char *action);
void        fb_sim_reply_accepted     (FbSimRequest *req, const char *resource_path, FbSimJob *job);
void        fb_sim_world_seed_history (FbSimWorld *world);
void        fb_sim_world_stop_jobs    (FbSimWorld *world);
GPtrArray  *fb_sim_item_allowed_operations (FbSimItem *item);
const char *fb_sim_item_protection_state   (FbSimItem *item, const char **description);
/* Whether the item's Mobility agent has registered with the configuration server since
 * its failback, at @now (real µs since the epoch). */
gboolean    fb_sim_item_agent_registered   (FbSimItem *item, gint64 now);

/* fb-sim-entra.c */
typedef struct _FbSimEntra FbSimEntra;
FbSimEntra *fb_sim_entra_new          (FbSimWorld *world);
void        fb_sim_entra_free         (FbSimEntra *entra);
void        fb_sim_entra_set_token_lifetime (FbSimEntra *entra, guint seconds);
void        fb_sim_entra_set_auto_approve   (FbSimEntra *entra, int seconds);
/* Returns FALSE if @path is not an Entra or /sim/device path. */
gboolean    fb_sim_entra_handle       (FbSimEntra *entra, SoupServerMessage *msg,
                                       const char *path, GHashTable *query);
typedef enum {
  FB_SIM_TOKEN_OK,
  FB_SIM_TOKEN_MISSING,
  FB_SIM_TOKEN_INVALID,
  FB_SIM_TOKEN_EXPIRED,
} FbSimTokenStatus;
FbSimTokenStatus fb_sim_entra_check   (FbSimEntra *entra, const char *authorization,
                                       gint64 *out_expiry);
void        fb_sim_entra_expire_all   (FbSimEntra *entra);

G_END_DECLS
