/* fb-model-fields.h - one table per ARM model: properties, parsing, in-place updates
 *
 * Every model parsed from ARM JSON (FbFabric, FbProtectedItem, FbJob, ...) declares its
 * properties once, as a static table of FbModelField rows: the struct member (by offset),
 * its kind, the JSON member path it is read from (fb-json.h: dotted paths, "a|b"
 * alternatives) and, for lists, how the children are built and matched. From the table:
 * - fb_model_class_install() installs one read-only G_PARAM_EXPLICIT_NOTIFY property per
 *   row (property id = row index + 1, named after the member with '-' for '_', or as
 *   given with FB_FIELD_NAMED) and gives the class a get_property, dispose and finalize
 *   that answer and free the rows;
 * - fb_model_new_from_json() builds an instance: the rows of group 0, the ARM id parts,
 *   then the model's own parse_more (derived values, the rows of other groups);
 * - fb_model_update_from() copies another instance, notifying a property only when its
 *   value really changed (one freeze/thaw; child lists are merged in place and emit
 *   items-changed instead).
 * A model file then holds its struct, its table, FB_MODEL_DEFINE_FUNCS() (class_init,
 * init, fb_x_new_from_json(), fb_x_update_from(), fb_x_update_from_json()), its public
 * getters (FB_MODEL_GETTER()) and whatever logic is its own. FbServerStats and
 * FbVaultScope are the groups of members several models share, with their rows and
 * getters.
 *
 * Internal to src/core (and its tests); the models' headers are unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-json.h"

G_BEGIN_DECLS

typedef enum {
  FB_FIELD_STRING,           /* char *, fb_json_get_string() */
  FB_FIELD_STRING_LENIENT,   /* char *, fb_json_get_string_lenient() (numbers as text) */
  FB_FIELD_STRV,             /* char **, fb_json_get_strv() */
  FB_FIELD_STRV_OF_MEMBERS,  /* char **, fb_json_get_strv_of_members() with .member */
  FB_FIELD_BOOLEAN,          /* gboolean */
  FB_FIELD_INT64,            /* gint64 */
  FB_FIELD_DOUBLE,           /* double */
  FB_FIELD_DATE_TIME,        /* GDateTime * */
  FB_FIELD_STRING_MAP,       /* GHashTable * of string -> string */
  FB_FIELD_ENUM,             /* int, a value of .enum_type (derived, never from JSON) */
  FB_FIELD_LIST,             /* GListStore * of .child models, a GListModel property */
  FB_FIELD_ID_PART,          /* char *, .id_part() of the field "id" (after group 0) */
} FbFieldKind;

/* How the children of a list field are built from JSON and matched on update. */
typedef struct {
  GType            (*get_type)     (void);
  FbJsonNewFunc      new_from_json;
  FbJsonKeyFunc      get_key;      /* NULL: children are matched by position */
  FbJsonUpdateFunc   update_from;
} FbModelChild;

typedef struct {
  const char          *name;       /* property name ('_' is canonicalized to '-') */
  FbFieldKind          kind;
  guint                offset;     /* of the member in the instance struct */
  guint                group;      /* fb_model_parse() reads one group at a time */
  const char          *path;       /* JSON member path; NULL: set by the model itself */
  const char          *member;     /* FB_FIELD_STRV_OF_MEMBERS: the member of each element */
  const FbModelChild  *child;      /* FB_FIELD_LIST */
  GType              (*enum_type)  (void);   /* FB_FIELD_ENUM */
  int                  enum_default;         /* FB_FIELD_ENUM */
  char              *(*id_part)    (const char *id);  /* FB_FIELD_ID_PART */
} FbModelField;

/* Table rows. @Type is the instance struct, @field its member; the property is named
 * after the member. */
#define FB_MODEL_ROW(prop_name, KIND, member_offset, json_path) \
  .name = prop_name, .kind = FB_FIELD_##KIND, .offset = member_offset, .path = json_path
#define FB_FIELD(Type, field, KIND, json_path) \
  { FB_MODEL_ROW (#field, KIND, G_STRUCT_OFFSET (Type, field), json_path) }
#define FB_FIELD_NAMED(Type, field, prop_name, KIND, json_path) \
  { FB_MODEL_ROW (prop_name, KIND, G_STRUCT_OFFSET (Type, field), json_path) }
#define FB_FIELD_GROUP(Type, field, KIND, json_path, parse_group) \
  { FB_MODEL_ROW (#field, KIND, G_STRUCT_OFFSET (Type, field), json_path), .group = parse_group }
#define FB_FIELD_MEMBERS(Type, field, json_path, json_member) \
  { FB_MODEL_ROW (#field, STRV_OF_MEMBERS, G_STRUCT_OFFSET (Type, field), json_path), \
    .member = json_member }
#define FB_FIELD_LIST(Type, field, json_path, child_funcs) \
  { FB_MODEL_ROW (#field, LIST, G_STRUCT_OFFSET (Type, field), json_path), .child = &(child_funcs) }
#define FB_FIELD_ENUM(Type, field, get_enum_type, default_value) \
  { FB_MODEL_ROW (#field, ENUM, G_STRUCT_OFFSET (Type, field), NULL), \
    .enum_type = get_enum_type, .enum_default = default_value }
#define FB_FIELD_ID_PART(Type, field, arm_id_getter) \
  { FB_MODEL_ROW (#field, ID_PART, G_STRUCT_OFFSET (Type, field), NULL), .id_part = arm_id_getter }

/* Where a resource of a vault lives, from its ARM id. */
typedef struct {
  char *subscription_id;
  char *resource_group;
  char *vault_name;
} FbVaultScope;

/* The three FB_FIELD_ID_PART rows of an FbVaultScope @member of @Type. */
#define FB_VAULT_SCOPE_FIELD(Type, member, field, arm_id_getter) \
  { FB_MODEL_ROW (#field, ID_PART, G_STRUCT_OFFSET (Type, member.field), NULL), .id_part = arm_id_getter }
#define FB_VAULT_SCOPE_FIELDS(Type, member) \
  FB_VAULT_SCOPE_FIELD (Type, member, subscription_id, fb_arm_id_get_subscription), \
  FB_VAULT_SCOPE_FIELD (Type, member, resource_group, fb_arm_id_get_resource_group), \
  FB_VAULT_SCOPE_FIELD (Type, member, vault_name, fb_arm_id_get_vault_name)

/* The load, memory and space figures that configuration servers (FbFabric) and process
 * servers report alike, under the same member names. */
typedef struct {
  double   system_load;
  char    *system_load_status;
  double   cpu_load;
  char    *cpu_load_status;
  gint64   total_memory_in_bytes;
  gint64   available_memory_in_bytes;
  char    *memory_usage_status;
  gint64   total_space_in_bytes;
  gint64   available_space_in_bytes;
  char    *space_usage_status;
} FbServerStats;

/* The rows of an FbServerStats @member of @Type, read from @path_prefix "systemLoad", ... */
#define FB_SERVER_STATS_FIELD(Type, member, field, KIND, json_path) \
  { FB_MODEL_ROW (#field, KIND, G_STRUCT_OFFSET (Type, member.field), json_path) }
#define FB_SERVER_STATS_FIELDS(Type, member, path_prefix) \
  FB_SERVER_STATS_FIELD (Type, member, system_load, DOUBLE, path_prefix "systemLoad"), \
  FB_SERVER_STATS_FIELD (Type, member, system_load_status, STRING, path_prefix "systemLoadStatus"), \
  FB_SERVER_STATS_FIELD (Type, member, cpu_load, DOUBLE, path_prefix "cpuLoad"), \
  FB_SERVER_STATS_FIELD (Type, member, cpu_load_status, STRING, path_prefix "cpuLoadStatus"), \
  FB_SERVER_STATS_FIELD (Type, member, total_memory_in_bytes, INT64, path_prefix "totalMemoryInBytes"), \
  FB_SERVER_STATS_FIELD (Type, member, available_memory_in_bytes, INT64, path_prefix "availableMemoryInBytes"), \
  FB_SERVER_STATS_FIELD (Type, member, memory_usage_status, STRING, path_prefix "memoryUsageStatus"), \
  FB_SERVER_STATS_FIELD (Type, member, total_space_in_bytes, INT64, path_prefix "totalSpaceInBytes"), \
  FB_SERVER_STATS_FIELD (Type, member, available_space_in_bytes, INT64, path_prefix "availableSpaceInBytes"), \
  FB_SERVER_STATS_FIELD (Type, member, space_usage_status, STRING, path_prefix "spaceUsageStatus")

/* Reads what the table cannot (derived values, conditional groups) after the fields of
 * group 0 were read from @root. */
typedef gboolean (*FbModelParseFunc) (gpointer     self,
                                      JsonObject  *root,
                                      GError     **error);

/* The table of a model class; @pspecs has n_fields + 1 slots (slot 0 unused), filled by
 * fb_model_class_install(); @parse_more may be NULL. */
typedef struct {
  const FbModelField  *fields;
  guint                n_fields;
  GParamSpec         **pspecs;
  FbModelParseFunc     parse_more;
} FbModelTable;

#define FB_MODEL_TABLE_INIT(field_table, pspec_array, parse_more_func) \
  { field_table, G_N_ELEMENTS (field_table), pspec_array, parse_more_func }

/* Installs the properties and sets get_property, dispose and finalize of @klass (a final
 * type whose instances hold the fields); a model with more to free sets its own dispose
 * or finalize afterwards and calls fb_model_dispose() / fb_model_finalize() from it. */
void         fb_model_class_install     (GObjectClass        *klass,
                                         const FbModelTable  *table);
/* The table of @type, or NULL when it has none (for tests). */
const FbModelTable *fb_model_table_for_type (GType            type);

void         fb_model_init              (gpointer             self,
                                         const FbModelTable  *table);
void         fb_model_dispose           (GObject             *object);
void         fb_model_finalize          (GObject             *object);

/* Reads the fields of @group that have a path from @root into @self (a new instance:
 * values are stored, not compared). */
gboolean     fb_model_parse             (gpointer             self,
                                         const FbModelTable  *table,
                                         guint                group,
                                         JsonObject          *root,
                                         GError             **error);
/* Copies every field of @other into @self, notifying what changed (under one
 * freeze/thaw). Returns whether anything changed. */
gboolean     fb_model_update_from       (gpointer             self,
                                         gpointer             other,
                                         const FbModelTable  *table);
/* The bodies of every fb_x_new_from_json() and fb_x_update_from_json(): a new instance
 * of @type (which has a table) from @node (group 0, then the table's parse_more); @self
 * updated from a new instance parsed from @node, left unchanged on error. */
gpointer     fb_model_new_from_json     (GType                type,
                                         JsonNode            *node,
                                         GError             **error);
gboolean     fb_model_update_from_json  (gpointer             self,
                                         JsonNode            *node,
                                         GError             **error);

/* Defines, for a model declared with G_DEFINE_FINAL_TYPE (Type, prefix, G_TYPE_OBJECT)
 * and described by the FbModelTable @table, its class_init and init and the public
 *
 *   Type    *prefix_new_from_json    (JsonNode *node, GError **error);
 *   gboolean prefix_update_from      (Type *self, Type *other);
 *   gboolean prefix_update_from_json (Type *self, JsonNode *node, GError **error);
 *
 * new_from_json returns a new model, or NULL with a FB_PARSE_ERROR when a member has the
 * wrong type. update_from copies the values of @other (for example parsed in a thread)
 * into @self, notifying only the properties that changed (child lists are updated in
 * place), and returns whether anything changed. update_from_json does the same from
 * JSON and leaves @self unchanged on error. */
#define FB_MODEL_DEFINE_FUNCS(Type, prefix, TYPE_CHECK, table)                       \
  static void                                                                        \
  prefix##_class_init (Type##Class *klass)                                           \
  {                                                                                  \
    fb_model_class_install (G_OBJECT_CLASS (klass), &(table));                       \
  }                                                                                  \
  static void                                                                        \
  prefix##_init (Type *self)                                                         \
  {                                                                                  \
    fb_model_init (self, &(table));                                                  \
  }                                                                                  \
  Type *                                                                             \
  prefix##_new_from_json (JsonNode *node, GError **error)                            \
  {                                                                                  \
    return fb_model_new_from_json (prefix##_get_type (), node, error);               \
  }                                                                                  \
  gboolean                                                                           \
  prefix##_update_from (Type *self, Type *other)                                     \
  {                                                                                  \
    g_return_val_if_fail (TYPE_CHECK (self), FALSE);                                 \
    g_return_val_if_fail (TYPE_CHECK (other), FALSE);                                \
    return fb_model_update_from (self, other, &(table));                             \
  }                                                                                  \
  gboolean                                                                           \
  prefix##_update_from_json (Type *self, JsonNode *node, GError **error)             \
  {                                                                                  \
    g_return_val_if_fail (TYPE_CHECK (self), FALSE);                                 \
    return fb_model_update_from_json (self, node, error);                            \
  }

/* Defines the public getter @function of @Type (checked with @TYPE_CHECK) returning the
 * member @field as @RetType (0/NULL when the instance is not a @Type). */
#define FB_MODEL_GETTER(Type, TYPE_CHECK, RetType, function, field) \
  RetType                                                            \
  function (Type *self)                                              \
  {                                                                  \
    g_return_val_if_fail (TYPE_CHECK (self), 0);                     \
    return (RetType) self->field;                                    \
  }

/* Defines the ten public getters of an FbServerStats @member of @Type:
 * @prefix_get_system_load(), _get_system_load_status(), _get_cpu_load(),
 * _get_cpu_load_status(), _get_total_memory_in_bytes(), _get_available_memory_in_bytes(),
 * _get_memory_usage_status(), _get_total_space_in_bytes(), _get_available_space_in_bytes()
 * and _get_space_usage_status(). */
#define FB_SERVER_STATS_GETTERS(Type, TYPE_CHECK, prefix, member) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, double, prefix##_get_system_load, member.system_load) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_system_load_status, member.system_load_status) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, double, prefix##_get_cpu_load, member.cpu_load) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_cpu_load_status, member.cpu_load_status) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, gint64, prefix##_get_total_memory_in_bytes, member.total_memory_in_bytes) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, gint64, prefix##_get_available_memory_in_bytes, member.available_memory_in_bytes) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_memory_usage_status, member.memory_usage_status) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, gint64, prefix##_get_total_space_in_bytes, member.total_space_in_bytes) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, gint64, prefix##_get_available_space_in_bytes, member.available_space_in_bytes) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_space_usage_status, member.space_usage_status)

/* Defines the public getters @prefix_get_subscription_id(), _get_resource_group() and
 * _get_vault_name() of an FbVaultScope @member of @Type. */
#define FB_VAULT_SCOPE_GETTERS(Type, TYPE_CHECK, prefix, member) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_subscription_id, member.subscription_id) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_resource_group, member.resource_group) \
  FB_MODEL_GETTER (Type, TYPE_CHECK, const char *, prefix##_get_vault_name, member.vault_name)

/* Defines the FbModelChild @child_name for the model functions @prefix_new_from_json,
 * @prefix_update_from and @prefix_get_type; the keyed variant matches children by the
 * string @key_getter returns (an ARM id or name), the other one by position. */
#define FB_MODEL_DEFINE_CHILD_FULL(child_name, prefix, key_cb)                       \
  static gpointer                                                                    \
  child_name##_new_cb (JsonNode *node, GError **error)                               \
  {                                                                                  \
    return prefix##_new_from_json (node, error);                                     \
  }                                                                                  \
  static gboolean                                                                    \
  child_name##_update_cb (gpointer item, gpointer other)                             \
  {                                                                                  \
    return prefix##_update_from (item, other);                                       \
  }                                                                                  \
  const FbModelChild child_name = {                                                  \
    prefix##_get_type, child_name##_new_cb, key_cb, child_name##_update_cb           \
  };
#define FB_MODEL_DEFINE_CHILD(child_name, prefix) \
  FB_MODEL_DEFINE_CHILD_FULL (child_name, prefix, NULL)
#define FB_MODEL_DEFINE_KEYED_CHILD(child_name, prefix, key_getter)                  \
  static const char *                                                                \
  child_name##_key_cb (gpointer item)                                                \
  {                                                                                  \
    return key_getter (item);                                                        \
  }                                                                                  \
  FB_MODEL_DEFINE_CHILD_FULL (child_name, prefix, child_name##_key_cb)

/* The models that are children of others, each defined in its own file. */
extern const FbModelChild fb_health_error_child;
extern const FbModelChild fb_process_server_child;
extern const FbModelChild fb_master_target_child;
extern const FbModelChild fb_run_as_account_child;
extern const FbModelChild fb_reprotect_agent_child;
extern const FbModelChild fb_retention_volume_child;
extern const FbModelChild fb_fabric_datastore_child;
extern const FbModelChild fb_job_task_child;
extern const FbModelChild fb_job_error_child;
extern const FbModelChild fb_recovery_plan_group_child;

G_END_DECLS
