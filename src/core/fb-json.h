/* fb-json.h - lenient, type-strict JSON helpers for the ARM models
 *
 * Every model in src/core reads Azure Resource Manager JSON through these helpers:
 * - members are addressed by a dotted path ("properties.customDetails.hostName");
 *   "a|b" tries a first, then b (the wire changes casing between api-versions);
 * - a missing member or JSON null is "unset" (NULL / 0 / FALSE / NULL date), not an error;
 * - a member present with the wrong type is a FB_PARSE_ERROR_WRONG_TYPE GError whose
 *   message names the member path ("properties.allowedOperations: expected an array");
 * - numbers sent as strings ("439.5", "0%", "12") are accepted for numeric members;
 * - dates are ISO 8601 with or without a zone (no zone = UTC); sentinel dates
 *   (0001-01-01, 1601-01-01, 1753-01-01, 9999-12-31) mean "unset" (NULL).
 * It also has ARM id helpers (ids compare case-insensitively: "/Subscriptions/" vs
 * "/subscriptions/"), the ARM list page parser ({"value":[...],"nextLink":...}) and the
 * helpers the models use to update themselves in place, notifying only what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fb-error.h"

G_BEGIN_DECLS

/* Parsing bytes and nodes */

JsonNode   *fb_json_parse_bytes          (GBytes      *bytes,
                                          GError     **error);
JsonNode   *fb_json_parse_data           (const char  *data,
                                          gssize       length,
                                          GError     **error);

/* The object a model is parsed from; a GError (not a crash) when @node is not one. */
gboolean    fb_json_node_get_object      (JsonNode    *node,
                                          JsonObject **out,
                                          GError     **error);

/* Members. @path is relative to @object; @out is set to the value or to the unset value
 * (*out is overwritten, not freed). Return FALSE with @error set on a wrong type. */

gboolean    fb_json_get_node             (JsonObject  *object,
                                          const char  *path,
                                          JsonNode   **out,
                                          GError     **error);
gboolean    fb_json_get_object           (JsonObject  *object,
                                          const char  *path,
                                          JsonObject **out,
                                          GError     **error);
gboolean    fb_json_get_array            (JsonObject  *object,
                                          const char  *path,
                                          JsonArray  **out,
                                          GError     **error);
gboolean    fb_json_get_string           (JsonObject  *object,
                                          const char  *path,
                                          char       **out,
                                          GError     **error);
/* Like fb_json_get_string() but numbers and booleans are turned into their text
 * (for ids and codes that the service sends either way, e.g. "errorCode": 8038). */
gboolean    fb_json_get_string_lenient   (JsonObject  *object,
                                          const char  *path,
                                          char       **out,
                                          GError     **error);
gboolean    fb_json_get_boolean          (JsonObject  *object,
                                          const char  *path,
                                          gboolean    *out,
                                          GError     **error);
gboolean    fb_json_get_int64            (JsonObject  *object,
                                          const char  *path,
                                          gint64      *out,
                                          GError     **error);
gboolean    fb_json_get_double           (JsonObject  *object,
                                          const char  *path,
                                          double      *out,
                                          GError     **error);
gboolean    fb_json_get_date_time        (JsonObject  *object,
                                          const char  *path,
                                          GDateTime  **out,
                                          GError     **error);
gboolean    fb_json_get_strv             (JsonObject  *object,
                                          const char  *path,
                                          char      ***out,
                                          GError     **error);
/* An array of objects: collects the string member @member of each element. */
gboolean    fb_json_get_strv_of_members  (JsonObject  *object,
                                          const char  *path,
                                          const char  *member,
                                          char      ***out,
                                          GError     **error);
/* An object of strings ("tags", "affectedObjectDetails"): a GHashTable string -> string,
 * NULL when unset. Non-string values are an error except numbers/booleans (as text). */
gboolean    fb_json_get_string_map       (JsonObject  *object,
                                          const char  *path,
                                          GHashTable **out,
                                          GError     **error);

/* Values */

/* Parses an ISO 8601 date the way the service sends them; NULL for sentinel dates,
 * NULL with @error set when @text is not a date. "" is unset. */
GDateTime  *fb_json_parse_date_time      (const char  *text,
                                          GError     **error);
/* TRUE for the "never" dates of the service (year <= 1753 or >= 9999). */
gboolean    fb_json_date_time_is_sentinel (GDateTime  *date_time);

/* Lists */

typedef gpointer (*FbJsonNewFunc) (JsonNode *node,
                                   GError  **error);

/* An ARM list page: @values gets the elements of "value" (JsonNode, owned),
 * @next_link the "nextLink" or NULL (either may be NULL to ignore it). */
gboolean    fb_json_parse_list_page      (JsonNode    *root,
                                          GPtrArray  **values,
                                          char       **next_link,
                                          GError     **error);
/* Builds one model per node with @new_func; errors are prefixed with "value[i].". */
GPtrArray  *fb_json_new_models           (GPtrArray   *nodes,
                                          FbJsonNewFunc new_func,
                                          GError     **error);
/* Appends one model per element of the array at @path to @store (a missing array
 * appends nothing); errors are prefixed with "path[i].". */
gboolean    fb_json_get_model_list       (JsonObject  *object,
                                          const char  *path,
                                          FbJsonNewFunc new_func,
                                          GListStore  *store,
                                          GError     **error);

/* ARM ids */

gboolean    fb_arm_id_equal              (const char  *a,
                                          const char  *b);
guint       fb_arm_id_hash               (gconstpointer id);
/* The segment after @key ("resourceGroups", "vaults", "replicationFabrics", ...),
 * matched case-insensitively; NULL when absent. */
char       *fb_arm_id_get_segment        (const char  *id,
                                          const char  *key);
/* The last segment (the resource name). */
char       *fb_arm_id_get_name           (const char  *id);
char       *fb_arm_id_get_subscription   (const char  *id);
char       *fb_arm_id_get_resource_group (const char  *id);
char       *fb_arm_id_get_vault_name     (const char  *id);
char       *fb_arm_id_get_fabric_name    (const char  *id);
char       *fb_arm_id_get_container_name (const char  *id);
char       *fb_arm_id_get_protected_item_name (const char *id);
/* The id up to and including ".../vaults/{vault}", or NULL. */
char       *fb_arm_id_get_vault_id       (const char  *id);

/* Updating models in place (used by the models' fb_x_update_from()).
 * Each compares, replaces and notifies @pspec on @object when the value changed,
 * and returns whether it changed. */

gboolean    fb_json_update_string        (GObject     *object,
                                          GParamSpec  *pspec,
                                          char       **field,
                                          const char  *value);
gboolean    fb_json_update_strv          (GObject     *object,
                                          GParamSpec  *pspec,
                                          char      ***field,
                                          char *const *value);
gboolean    fb_json_update_boolean       (GObject     *object,
                                          GParamSpec  *pspec,
                                          gboolean    *field,
                                          gboolean     value);
gboolean    fb_json_update_int           (GObject     *object,
                                          GParamSpec  *pspec,
                                          int         *field,
                                          int          value);
gboolean    fb_json_update_int64         (GObject     *object,
                                          GParamSpec  *pspec,
                                          gint64      *field,
                                          gint64       value);
gboolean    fb_json_update_double        (GObject     *object,
                                          GParamSpec  *pspec,
                                          double      *field,
                                          double       value);
gboolean    fb_json_update_date_time     (GObject     *object,
                                          GParamSpec  *pspec,
                                          GDateTime  **field,
                                          GDateTime   *value);
gboolean    fb_json_update_string_map    (GObject     *object,
                                          GParamSpec  *pspec,
                                          GHashTable **field,
                                          GHashTable  *value);

typedef const char *(*FbJsonKeyFunc)    (gpointer item);
typedef gboolean    (*FbJsonUpdateFunc) (gpointer item,
                                         gpointer other);

/* Makes @store hold the items of @fresh (a GListStore or any GListModel of the same
 * type), keeping the existing object for every item whose key (@key_func; by position
 * when NULL or when it returns NULL) is still there and updating it with @update_func.
 * Emits items-changed only when the sequence of objects changed. Returns TRUE when
 * anything (sequence or an item) changed. */
gboolean    fb_json_merge_store          (GListStore  *store,
                                          GListModel  *fresh,
                                          FbJsonKeyFunc key_func,
                                          FbJsonUpdateFunc update_func);

G_END_DECLS
