/* test-model-fields.c - the table-driven model helper (fb-model-fields.h), for every model
 *
 * For each model type and each row of its table: the property exists with the kind of the
 * row; a value put at the row's JSON path comes back through the property (and, for
 * ARM id parts, from the id); updating from JSON with another value notifies that
 * property exactly once and no other stored property; updating again with the same JSON
 * notifies nothing. Lists keep their store and report items-changed instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-fabric.h"
#include "fb-fabric-datastore.h"
#include "fb-health-error.h"
#include "fb-job.h"
#include "fb-job-error.h"
#include "fb-job-task.h"
#include "fb-master-target.h"
#include "fb-model-fields.h"
#include "fb-policy.h"
#include "fb-process-server.h"
#include "fb-protected-item.h"
#include "fb-protection-container.h"
#include "fb-protection-container-mapping.h"
#include "fb-recovery-plan.h"
#include "fb-recovery-plan-group.h"
#include "fb-recovery-point.h"
#include "fb-reprotect-agent.h"
#include "fb-retention-volume.h"
#include "fb-run-as-account.h"
#include "fb-vault.h"
#include "core-test-util.h"

#define ITEM_ID "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.RecoveryServices/" \
                "vaults/vault-1/replicationFabrics/fabric-1/replicationProtectionContainers/" \
                "container-1/replicationProtectedItems/item-1"
#define OTHER_ID "/subscriptions/sub-2/resourceGroups/rg-2/providers/Microsoft.RecoveryServices/" \
                 "vaults/vault-2/replicationFabrics/fabric-2/replicationProtectionContainers/" \
                 "container-2/replicationProtectedItems/item-2"

/* a VMware provider, so that FbProtectedItem reads its group 1 */
#define PROVIDER_PATH "properties.providerSpecificDetails.instanceType"

typedef GType (*GetTypeFunc) (void);

static const GetTypeFunc model_types[] = {
  fb_fabric_get_type,
  fb_fabric_datastore_get_type,
  fb_health_error_get_type,
  fb_job_get_type,
  fb_job_error_get_type,
  fb_job_task_get_type,
  fb_master_target_get_type,
  fb_policy_get_type,
  fb_process_server_get_type,
  fb_protected_item_get_type,
  fb_protection_container_get_type,
  fb_protection_container_mapping_get_type,
  fb_recovery_plan_get_type,
  fb_recovery_plan_group_get_type,
  fb_recovery_point_get_type,
  fb_reprotect_agent_get_type,
  fb_retention_volume_get_type,
  fb_run_as_account_get_type,
  fb_vault_get_type,
};

/* The first alternative of a path ("a.b|c" -> "a.b"). */
static char *
first_path (const char *path)
{
  const char *bar = strchr (path, '|');

  return bar != NULL ? g_strndup (path, (gsize) (bar - path)) : g_strdup (path);
}

/* Puts @value (owned) at the dotted @path below @root, creating the objects on the way. */
static void
set_path (JsonObject *root,
          const char *path,
          JsonNode   *value)
{
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  JsonObject *object = root;
  guint n = g_strv_length (segments);

  for (guint i = 0; i + 1 < n; i++)
    {
      if (!json_object_has_member (object, segments[i]))
        json_object_set_object_member (object, segments[i], json_object_new ());
      object = json_object_get_object_member (object, segments[i]);
    }
  json_object_set_member (object, segments[n - 1], value);
}

/* Two values per kind: the JSON put at a row's path and the property text it must read
 * as (core_test_property_string()). */
static const struct {
  FbFieldKind  kind;
  const char  *json[2];
  const char  *text[2];
} samples[] = {
  { FB_FIELD_STRING, { "\"value-1\"", "\"value-2\"" }, { "value-1", "value-2" } },
  /* a number is text here */
  { FB_FIELD_STRING_LENIENT, { "8038", "\"value-2\"" }, { "8038", "value-2" } },
  { FB_FIELD_STRV, { "[\"a\", \"b\"]", "[\"a\", \"c\"]" }, { "a,b", "a,c" } },
  { FB_FIELD_BOOLEAN, { "true", "false" }, { "true", "false" } },
  /* numbers sent as strings count too */
  { FB_FIELD_INT64, { "41", "\"42\"" }, { "41", "42" } },
  { FB_FIELD_DOUBLE, { "1.5", "2.5" }, { "1.5", "2.5" } },
  { FB_FIELD_DATE_TIME, { "\"2026-11-27T05:40:44Z\"", "\"2026-11-27T07:00:00+01:00\"" },
    { "2026-11-27T05:40:44Z", "2026-11-27T06:00:00Z" } },
  { FB_FIELD_STRING_MAP, { "{\"k\": \"v1\"}", "{\"k\": \"v2\"}" }, { "k=v1", "k=v2" } },
  { FB_FIELD_LIST, { "[{}]", "[{}, {}]" }, { "n=1", "n=2" } },
};

/* The JSON of value 1 or 2 for a row, and the property text it must read as. */
static JsonNode *
row_value (const FbModelField  *field,
           guint                which,
           char               **expected)
{
  if (field->kind == FB_FIELD_STRV_OF_MEMBERS)
    {
      g_autofree char *json = g_strdup_printf ("[{\"%s\": \"%s\"}]", field->member,
                                               which == 1 ? "a" : "b");

      *expected = g_strdup (which == 1 ? "a" : "b");
      return core_test_parse (json);
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    if (samples[i].kind == field->kind)
      {
        *expected = g_strdup (samples[i].text[which - 1]);
        return core_test_parse (samples[i].json[which - 1]);
      }

  g_assert_not_reached ();
}

static JsonNode *
model_json (GType               type,
            const FbModelField *field,
            guint               which,
            gboolean            with_provider,
            char              **expected)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  json_node_take_object (root, object);

  /* a row for "id" or the provider type overrides these */
  json_object_set_string_member (object, "id", ITEM_ID);
  if (type == FB_TYPE_PROTECTED_ITEM && with_provider)
    set_path (object, PROVIDER_PATH, core_test_parse ("\"InMageRcmFailback\""));

  if (field != NULL)
    {
      g_autofree char *path = first_path (field->path);

      set_path (object, path, row_value (field, which, expected));
    }

  return g_steal_pointer (&root);
}

static GObject *
new_model (GType     type,
           JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  GObject *model = fb_model_new_from_json (type, node, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static void
update_model (GObject  *model,
              JsonNode *node)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fb_model_update_from_json (model, node, &error));
  g_assert_no_error (error);
}

static guint
count_name (CoreNotifyLog *log,
            const char    *name)
{
  guint count = 0;

  for (guint i = 0; i < log->names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (log->names, i), name) == 0)
      count++;
  return count;
}

/* Properties a change of @changed may notify besides its own: the values the model
 * derives (enum rows; with an ARM id part, the id and its other parts). */
static gboolean
is_derived (const FbModelTable *table,
            const FbModelField *changed,
            const char         *notified)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (g_strcmp0 (g_param_spec_get_name (table->pspecs[i + 1]), notified) == 0)
      {
        if (table->fields[i].kind == FB_FIELD_ENUM)
          return TRUE;
        if (changed->kind == FB_FIELD_ID_PART &&
            (table->fields[i].kind == FB_FIELD_ID_PART || g_str_equal (notified, "id")))
          return TRUE;
      }

  /* FbProcessServer: modern servers only list their addresses */
  return g_str_equal (changed->name, "ip_addresses") && g_str_equal (notified, "ip-address");
}

static void
check_update (GType               type,
              const FbModelTable *table,
              guint               index,
              JsonNode           *json1,
              const char         *expected1,
              JsonNode           *json2,
              const char         *expected2)
{
  const FbModelField *field = &table->fields[index];
  const char *name = g_param_spec_get_name (table->pspecs[index + 1]);
  g_autoptr(GObject) model = new_model (type, json1);
  g_autoptr(GObject) store = NULL;
  CoreNotifyLog log;
  guint items_changed = 0;

  g_test_message ("%s.%s", g_type_name (type), name);
  core_assert_property (model, name, expected1);

  /* the same JSON again: nothing changes, nothing is notified */
  core_notify_log_start (&log, model);
  update_model (model, json1);
  g_assert_cmpuint (log.names->len, ==, 0);

  if (field->kind == FB_FIELD_LIST)
    {
      g_object_get (model, name, &store, NULL);
      g_signal_connect (store, "items-changed", G_CALLBACK (core_count_items_changed), &items_changed);
    }

  update_model (model, json2);
  core_assert_property (model, name, expected2);

  if (field->kind == FB_FIELD_LIST)
    {
      GObject *after = NULL;

      /* the same store, updated in place */
      g_object_get (model, name, &after, NULL);
      g_assert_true (after == store);
      g_object_unref (after);
      g_assert_cmpuint (items_changed, ==, 1);
      g_assert_cmpuint (count_name (&log, name), ==, 0);
      g_signal_handlers_disconnect_by_func (store, core_count_items_changed, &items_changed);
    }
  else
    {
      g_assert_cmpuint (count_name (&log, name), ==, 1);
    }

  for (guint i = 0; i < log.names->len; i++)
    {
      const char *notified = g_ptr_array_index (log.names, i);

      if (!g_str_equal (notified, name) && !is_derived (table, field, notified))
        g_error ("%s: changing %s notified %s", g_type_name (type), name, notified);
    }
  core_notify_log_stop (&log);
}

static void
check_row (GType               type,
           const FbModelTable *table,
           guint               index)
{
  const FbModelField *field = &table->fields[index];
  g_autofree char *expected1 = NULL;
  g_autofree char *expected2 = NULL;
  g_autoptr(JsonNode) json1 = model_json (type, field, 1, TRUE, &expected1);
  g_autoptr(JsonNode) json2 = model_json (type, field, 2, TRUE, &expected2);

  check_update (type, table, index, json1, expected1, json2, expected2);

  /* rows of a later group are read only when the model asks for them */
  if (field->group > 0)
    {
      const char *name = g_param_spec_get_name (table->pspecs[index + 1]);
      g_autofree char *unused = NULL;
      g_autoptr(JsonNode) json = model_json (type, field, 1, FALSE, &unused);
      g_autoptr(GObject) plain = new_model (type, json);
      g_autofree char *value = core_test_property_string (plain, name);

      g_assert_cmpstr (value, !=, unused);
    }
}

/* An ARM id part follows the id. */
static void
check_id_part (GType               type,
               const FbModelTable *table,
               guint               index)
{
  const FbModelField *field = &table->fields[index];
  g_autoptr(JsonNode) json1 = model_json (type, NULL, 0, TRUE, NULL);
  g_autoptr(JsonNode) json2 = model_json (type, NULL, 0, TRUE, NULL);
  g_autofree char *expected1 = field->id_part (ITEM_ID);
  g_autofree char *expected2 = field->id_part (OTHER_ID);

  g_assert_nonnull (expected1);
  json_object_set_string_member (json_node_get_object (json2), "id", OTHER_ID);
  check_update (type, table, index, json1, expected1, json2, expected2);
}

static void
test_every_row (gconstpointer data)
{
  GType type = model_types[GPOINTER_TO_UINT (data)] ();
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const FbModelTable *table = fb_model_table_for_type (type);
  guint n_properties = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass),
                                                                   &n_properties);

  g_assert_nonnull (table);
  /* every property comes from the table, read-only and notified explicitly */
  g_assert_cmpuint (n_properties, ==, table->n_fields);
  for (guint i = 0; i < n_properties; i++)
    {
      g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_false (pspecs[i]->flags & G_PARAM_WRITABLE);
    }

  for (guint i = 0; i < table->n_fields; i++)
    {
      const FbModelField *field = &table->fields[i];

      g_assert_true (table->pspecs[i + 1] ==
                     g_object_class_find_property (G_OBJECT_CLASS (klass), field->name));
      if (field->kind == FB_FIELD_ID_PART)
        check_id_part (type, table, i);
      else if (field->path != NULL)
        check_row (type, table, i);
      else
        g_assert_cmpint (field->kind, ==, FB_FIELD_ENUM);
    }
}

/* A member of the wrong type is an error that names the member, whichever row it is. */
static void
test_wrong_type (void)
{
  g_autoptr(JsonNode) node = core_test_parse ("{\"id\": \"x\", \"osType\": [1]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(FbProcessServer) server = fb_process_server_new_from_json (node, &error);

  g_assert_null (server);
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_nonnull (strstr (error->message, "osType"));
}

/* Rows below a shared member ("properties.providerSpecificDetails.") are read from it, but
 * an error still names the member from the top, the alternative that was there. */
static void
test_wrong_type_nested (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"properties\": {\"providerSpecificDetails\": {\"instanceType\": \"InMageRcm\", "
      "\"lastRpoInSeconds\": \"soon\"}}}",
      "properties.providerSpecificDetails.lastRpoInSeconds: expected a number" },
    { "{\"properties\": {\"currentScenario\": \"none\"}}",
      "properties.currentScenario: expected an object" },
    { "{\"properties\": [1]}",
      "properties: expected an object" },
    { "{\"properties\": {\"replicationHealthErrors\": [{\"errorCode\": []}]}}",
      "properties.replicationHealthErrors[0].errorCode: expected a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = core_test_parse (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(FbProtectedItem) item = fb_protected_item_new_from_json (node, &error);

      g_assert_null (item);
      g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    {
      GType type = model_types[i] ();
      g_autofree char *path = g_strdup_printf ("/core/model-fields/%s", g_type_name (type));

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_every_row);
    }
  g_test_add_func ("/core/model-fields/wrong-type", test_wrong_type);
  g_test_add_func ("/core/model-fields/wrong-type-nested", test_wrong_type_nested);

  return g_test_run ();
}
