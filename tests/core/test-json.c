/* test-json.c - the lenient, type-strict JSON helpers and the ARM id helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-json.h"
#include "fb-vault.h"
#include "core-test-util.h"

static JsonObject *
object_of (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static void
test_strings (void)
{
  g_autoptr(JsonNode) node = core_test_parse (
    "{\"a\":\"x\",\"n\":null,\"i\":42,\"d\":2.5,\"b\":true,\"o\":{\"p\":{\"q\":\"deep\"},\"s\":\"str\"},"
    "\"arr\":[1],\"Case\":\"upper\"}");
  JsonObject *root = object_of (node);
  g_autoptr(GError) error = NULL;
  char *value = (char *) "untouched";

  g_assert_true (fb_json_get_string (root, "a", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, "x");
  g_free (value);

  /* missing, null, a missing parent, a null parent: unset, no error */
  g_assert_true (fb_json_get_string (root, "missing", &value, &error));
  g_assert_null (value);
  g_assert_true (fb_json_get_string (root, "n", &value, &error));
  g_assert_null (value);
  g_assert_true (fb_json_get_string (root, "nothing.at.all", &value, &error));
  g_assert_null (value);
  g_assert_true (fb_json_get_string (root, "n.below", &value, &error));
  g_assert_null (value);
  g_assert_no_error (error);

  /* nested paths and alternatives: the first present wins */
  g_assert_true (fb_json_get_string (root, "o.p.q", &value, &error));
  g_assert_cmpstr (value, ==, "deep");
  g_free (value);
  g_assert_true (fb_json_get_string (root, "case|Case", &value, &error));
  g_assert_cmpstr (value, ==, "upper");
  g_free (value);
  g_assert_true (fb_json_get_string (root, "o.missing|o.s", &value, &error));
  g_assert_cmpstr (value, ==, "str");
  g_free (value);
  g_assert_no_error (error);

  /* wrong types name the member */
  g_assert_false (fb_json_get_string (root, "i", &value, &error));
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "i: expected a string");
  g_clear_error (&error);

  g_assert_false (fb_json_get_string (root, "o.p", &value, &error));
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "o.p: expected a string");
  g_clear_error (&error);

  /* a parent that is not an object: the message names the parent */
  g_assert_false (fb_json_get_string (root, "a.b.c", &value, &error));
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "a: expected an object");
  g_clear_error (&error);
  g_assert_false (fb_json_get_string (root, "o.s.t", &value, &error));
  g_assert_cmpstr (error->message, ==, "o.s: expected an object");
  g_clear_error (&error);

  g_assert_false (fb_json_get_string (root, "arr", &value, &error));
  g_assert_cmpstr (error->message, ==, "arr: expected a string");
  g_clear_error (&error);

  /* lenient strings take numbers and booleans as text */
  g_assert_true (fb_json_get_string_lenient (root, "i", &value, &error));
  g_assert_cmpstr (value, ==, "42");
  g_free (value);
  g_assert_true (fb_json_get_string_lenient (root, "d", &value, &error));
  g_assert_cmpstr (value, ==, "2.5");
  g_free (value);
  g_assert_true (fb_json_get_string_lenient (root, "b", &value, &error));
  g_assert_cmpstr (value, ==, "true");
  g_free (value);
  g_assert_no_error (error);
  g_assert_false (fb_json_get_string_lenient (root, "o", &value, &error));
  g_assert_cmpstr (error->message, ==, "o: expected a string");
}

static void
test_numbers (void)
{
  g_autoptr(JsonNode) node = core_test_parse (
    "{\"i\":12,\"neg\":-3,\"big\":5032087552,\"d\":439.5,\"si\":\"0\",\"sd\":\"439.5\",\"pct\":\"0%\","
    "\"pct2\":\" 87.5 % \",\"empty\":\"\",\"word\":\"soon\",\"b\":false,\"arr\":[],\"obj\":{},\"n\":null}");
  JsonObject *root = object_of (node);
  g_autoptr(GError) error = NULL;
  gint64 i = -1;
  double d = -1;

  g_assert_true (fb_json_get_int64 (root, "i", &i, &error));
  g_assert_cmpint (i, ==, 12);
  g_assert_true (fb_json_get_int64 (root, "neg", &i, &error));
  g_assert_cmpint (i, ==, -3);
  g_assert_true (fb_json_get_int64 (root, "big", &i, &error));
  g_assert_cmpint (i, ==, G_GINT64_CONSTANT (5032087552));
  g_assert_true (fb_json_get_int64 (root, "d", &i, &error));
  g_assert_cmpint (i, ==, 439);
  g_assert_true (fb_json_get_int64 (root, "si", &i, &error));
  g_assert_cmpint (i, ==, 0);
  g_assert_true (fb_json_get_int64 (root, "sd", &i, &error));
  g_assert_cmpint (i, ==, 439);
  g_assert_true (fb_json_get_int64 (root, "pct2", &i, &error));
  g_assert_cmpint (i, ==, 87);
  i = 5;
  g_assert_true (fb_json_get_int64 (root, "empty", &i, &error));
  g_assert_cmpint (i, ==, 0);
  i = 5;
  g_assert_true (fb_json_get_int64 (root, "n", &i, &error));
  g_assert_cmpint (i, ==, 0);
  g_assert_true (fb_json_get_int64 (root, "missing", &i, &error));
  g_assert_cmpint (i, ==, 0);
  g_assert_no_error (error);

  g_assert_true (fb_json_get_double (root, "d", &d, &error));
  g_assert_cmpfloat (d, ==, 439.5);
  g_assert_true (fb_json_get_double (root, "i", &d, &error));
  g_assert_cmpfloat (d, ==, 12.0);
  g_assert_true (fb_json_get_double (root, "sd", &d, &error));
  g_assert_cmpfloat (d, ==, 439.5);
  g_assert_true (fb_json_get_double (root, "pct", &d, &error));
  g_assert_cmpfloat (d, ==, 0.0);
  g_assert_true (fb_json_get_double (root, "pct2", &d, &error));
  g_assert_cmpfloat (d, ==, 87.5);
  g_assert_no_error (error);

  g_assert_false (fb_json_get_int64 (root, "word", &i, &error));
  g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "word: expected a number");
  g_clear_error (&error);
  g_assert_false (fb_json_get_double (root, "word", &d, &error));
  g_assert_cmpstr (error->message, ==, "word: expected a number");
  g_clear_error (&error);
  g_assert_false (fb_json_get_int64 (root, "b", &i, &error));
  g_assert_cmpstr (error->message, ==, "b: expected a number");
  g_clear_error (&error);
  g_assert_false (fb_json_get_double (root, "arr", &d, &error));
  g_assert_cmpstr (error->message, ==, "arr: expected a number");
  g_clear_error (&error);
  g_assert_false (fb_json_get_int64 (root, "obj", &i, &error));
  g_assert_cmpstr (error->message, ==, "obj: expected a number");
}

static void
test_booleans (void)
{
  g_autoptr(JsonNode) node = core_test_parse (
    "{\"t\":true,\"f\":false,\"st\":\"true\",\"sf\":\"False\",\"yes\":\"Yes\",\"one\":\"1\",\"zero\":\"0\","
    "\"word\":\"maybe\",\"num\":1}");
  JsonObject *root = object_of (node);
  g_autoptr(GError) error = NULL;
  gboolean b = FALSE;

  g_assert_true (fb_json_get_boolean (root, "t", &b, &error) && b);
  g_assert_true (fb_json_get_boolean (root, "f", &b, &error) && !b);
  g_assert_true (fb_json_get_boolean (root, "st", &b, &error) && b);
  g_assert_true (fb_json_get_boolean (root, "sf", &b, &error) && !b);
  g_assert_true (fb_json_get_boolean (root, "yes", &b, &error) && b);
  g_assert_true (fb_json_get_boolean (root, "one", &b, &error) && b);
  g_assert_true (fb_json_get_boolean (root, "zero", &b, &error) && !b);
  g_assert_true (fb_json_get_boolean (root, "missing", &b, &error) && !b);
  g_assert_no_error (error);

  g_assert_false (fb_json_get_boolean (root, "word", &b, &error));
  g_assert_cmpstr (error->message, ==, "word: expected a boolean");
  g_clear_error (&error);
  g_assert_false (fb_json_get_boolean (root, "num", &b, &error));
  g_assert_cmpstr (error->message, ==, "num: expected a boolean");
}

static char *
format_utc (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static void
test_dates (void)
{
  static const struct {
    const char *text;
    const char *expected;   /* NULL: unset */
  } cases[] = {
    { "2021-04-05T17:40:44Z", "2021-04-05T17:40:44.000000Z" },
    /* seven-digit fractions */
    { "2021-04-05T17:42:50.9954851Z", "2021-04-05T17:42:50.995485Z" },
    { "2017-09-12T08:22:56.4713284Z", "2017-09-12T08:22:56.471328Z" },
    /* no zone means UTC */
    { "2026-11-27T05:59:00.1234567", "2026-11-27T05:59:00.123456Z" },
    { "2026-11-27T05:59:00", "2026-11-27T05:59:00.000000Z" },
    /* an offset */
    { "2026-11-27T04:10:00+02:00", "2026-11-27T02:10:00.000000Z" },
    /* a bare date */
    { "2026-11-27", "2026-11-27T00:00:00.000000Z" },
    /* sentinels */
    { "0001-01-01T00:00:00", NULL },
    { "0001-01-01T00:00:00Z", NULL },
    { "1601-01-01T00:00:00.0000000Z", NULL },
    { "1601-01-01T00:00:00Z", NULL },
    { "1753-01-01T01:01:01Z", NULL },
    { "1753-01-01T00:00:00", NULL },
    { "9999-12-31T23:59:59.9999999", NULL },
    { "9999-12-31T23:59:59.9999999Z", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) date_time = fb_json_parse_date_time (cases[i].text, &error);

      g_assert_no_error (error);
      if (cases[i].expected == NULL)
        {
          g_assert_null (date_time);
        }
      else
        {
          g_autofree char *text = NULL;

          g_assert_nonnull (date_time);
          text = format_utc (date_time);
          g_assert_cmpstr (text, ==, cases[i].expected);
        }
    }

  {
    g_autoptr(JsonNode) node = core_test_parse ("{\"p\":{\"when\":\"last tuesday\",\"num\":5,\"ok\":\"1753-01-01T01:01:01Z\"}}");
    g_autoptr(GError) error = NULL;
    g_autoptr(GDateTime) date_time = NULL;

    g_assert_true (fb_json_get_date_time (object_of (node), "p.ok", &date_time, &error));
    g_assert_no_error (error);
    g_assert_null (date_time);

    g_assert_false (fb_json_get_date_time (object_of (node), "p.when", &date_time, &error));
    g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
    g_assert_true (g_str_has_prefix (error->message, "p.when: expected a date"));
    g_clear_error (&error);

    g_assert_false (fb_json_get_date_time (object_of (node), "p.num", &date_time, &error));
    g_assert_cmpstr (error->message, ==, "p.num: expected a date");
  }
}

static void
test_arrays (void)
{
  g_autoptr(JsonNode) node = core_test_parse (
    "{\"ops\":[\"Commit\",\"CancelFailover\"],\"empty\":[],\"mixed\":[\"a\",3],\"notarray\":\"Commit\","
    "\"items\":[{\"id\":\"x\",\"vm\":\"1\"},{\"id\":\"y\"},null],\"badItems\":[{\"id\":\"x\"},\"y\"],"
    "\"badMember\":[{\"id\":7}],\"tags\":{\"a\":\"b\",\"n\":4711,\"t\":true,\"z\":null},\"badTags\":{\"o\":{}}}");
  JsonObject *root = object_of (node);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) strv = NULL;
  g_autoptr(GHashTable) map = NULL;

  g_assert_true (fb_json_get_strv (root, "ops", &strv, &error));
  g_assert_cmpuint (g_strv_length (strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "CancelFailover");
  g_clear_pointer (&strv, g_strfreev);

  g_assert_true (fb_json_get_strv (root, "empty", &strv, &error));
  g_assert_nonnull (strv);
  g_assert_cmpuint (g_strv_length (strv), ==, 0);
  g_clear_pointer (&strv, g_strfreev);

  g_assert_true (fb_json_get_strv (root, "missing", &strv, &error));
  g_assert_null (strv);
  g_assert_no_error (error);

  g_assert_false (fb_json_get_strv (root, "mixed", &strv, &error));
  g_assert_cmpstr (error->message, ==, "mixed[1]: expected a string");
  g_clear_error (&error);
  g_assert_false (fb_json_get_strv (root, "notarray", &strv, &error));
  g_assert_cmpstr (error->message, ==, "notarray: expected an array");
  g_clear_error (&error);

  g_assert_true (fb_json_get_strv_of_members (root, "items", "id", &strv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (strv), ==, 2);
  g_assert_cmpstr (strv[0], ==, "x");
  g_assert_cmpstr (strv[1], ==, "y");
  g_clear_pointer (&strv, g_strfreev);
  g_assert_true (fb_json_get_strv_of_members (root, "items", "vm", &strv, &error));
  g_assert_cmpuint (g_strv_length (strv), ==, 1);
  g_clear_pointer (&strv, g_strfreev);

  g_assert_false (fb_json_get_strv_of_members (root, "badItems", "id", &strv, &error));
  g_assert_cmpstr (error->message, ==, "badItems[1]: expected an object");
  g_clear_error (&error);
  g_assert_false (fb_json_get_strv_of_members (root, "badMember", "id", &strv, &error));
  g_assert_cmpstr (error->message, ==, "badMember[0].id: expected a string");
  g_clear_error (&error);

  g_assert_true (fb_json_get_string_map (root, "tags", &map, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (map), ==, 3);
  g_assert_cmpstr (g_hash_table_lookup (map, "a"), ==, "b");
  g_assert_cmpstr (g_hash_table_lookup (map, "n"), ==, "4711");
  g_assert_cmpstr (g_hash_table_lookup (map, "t"), ==, "true");
  g_clear_pointer (&map, g_hash_table_unref);

  g_assert_false (fb_json_get_string_map (root, "badTags", &map, &error));
  g_assert_cmpstr (error->message, ==, "badTags.o: expected a string");
  g_clear_error (&error);
  g_assert_false (fb_json_get_string_map (root, "ops", &map, &error));
  g_assert_cmpstr (error->message, ==, "ops: expected an object");
}

static void
test_list_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *next_link = NULL;

  {
    g_autoptr(JsonNode) page = core_test_parse (
      "{\"value\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextLink\":\"https://management.azure.com/x?skipToken=2\"}");

    g_assert_true (fb_json_parse_list_page (page, &values, &next_link, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (values->len, ==, 2);
    g_assert_cmpstr (next_link, ==, "https://management.azure.com/x?skipToken=2");
    g_clear_pointer (&values, g_ptr_array_unref);
    g_clear_pointer (&next_link, g_free);
  }

  {
    /* null, empty and missing nextLink all end the paging; missing value is an empty page */
    static const char * const last_pages[] = {
      "{\"value\":[{\"id\":\"a\"}],\"nextLink\":null}",
      "{\"value\":[{\"id\":\"a\"}],\"nextLink\":\"\"}",
      "{\"value\":[{\"id\":\"a\"}]}",
      "{}",
    };

    for (guint i = 0; i < G_N_ELEMENTS (last_pages); i++)
      {
        g_autoptr(JsonNode) page = core_test_parse (last_pages[i]);

        g_assert_true (fb_json_parse_list_page (page, &values, &next_link, &error));
        g_assert_no_error (error);
        g_assert_null (next_link);
        g_assert_cmpuint (values->len, ==, i < 3 ? 1 : 0);
        g_clear_pointer (&values, g_ptr_array_unref);
      }
  }

  {
    static const struct { const char *json; const char *message; } bad[] = {
      { "{\"value\":{}}", "value: expected an array" },
      { "{\"value\":[{},3]}", "value[1]: expected an object" },
      { "{\"value\":[],\"nextLink\":5}", "nextLink: expected a string" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(JsonNode) page = core_test_parse (bad[i].json);

        g_assert_false (fb_json_parse_list_page (page, &values, &next_link, &error));
        g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
        g_assert_cmpstr (error->message, ==, bad[i].message);
        g_assert_null (values);
        g_clear_error (&error);
      }
  }

  {
    g_autoptr(JsonNode) page = core_test_parse ("[1,2]");

    g_assert_false (fb_json_parse_list_page (page, &values, &next_link, &error));
    g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE);
    g_clear_error (&error);
  }

  {
    g_autoptr(JsonNode) node = NULL;
    g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"value\": [", 11);

    node = fb_json_parse_bytes (bytes, &error);
    g_assert_null (node);
    g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_INVALID);
    g_clear_error (&error);

    node = fb_json_parse_data ("", 0, &error);
    g_assert_null (node);
    g_assert_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_INVALID);
    g_clear_error (&error);

    node = fb_json_parse_data ("{\"value\":[]}", -1, &error);
    g_assert_no_error (error);
    g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  }
}

static void
test_arm_ids (void)
{
  const char *upper = "/Subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourceGroups/PwsTestRG/providers/"
                      "Microsoft.RecoveryServices/vaults/PwsTestVault/replicationFabrics/9a60d28b/"
                      "replicationProtectionContainers/cloud_01fb/replicationProtectedItems/V2A-W2K16-201-new";
  const char *lower = "/subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourcegroups/pwstestrg/providers/"
                      "microsoft.recoveryservices/vaults/pwstestvault/replicationfabrics/9a60d28b/"
                      "replicationprotectioncontainers/cloud_01fb/replicationprotecteditems/v2a-w2k16-201-new/";
  g_autofree char *subscription = fb_arm_id_get_subscription (upper);
  g_autofree char *resource_group = fb_arm_id_get_resource_group (upper);
  g_autofree char *vault = fb_arm_id_get_vault_name (upper);
  g_autofree char *fabric = fb_arm_id_get_fabric_name (upper);
  g_autofree char *container = fb_arm_id_get_container_name (upper);
  g_autofree char *item = fb_arm_id_get_protected_item_name (upper);
  g_autofree char *name = fb_arm_id_get_name (upper);
  g_autofree char *name_slash = fb_arm_id_get_name ("/a/b/c/");
  g_autofree char *vault_id = fb_arm_id_get_vault_id (upper);
  g_autofree char *lower_fabric = fb_arm_id_get_fabric_name (lower);
  g_autofree char *none = fb_arm_id_get_segment (upper, "replicationJobs");
  g_autofree char *trailing = fb_arm_id_get_segment ("/subscriptions/abc/resourceGroups", "resourceGroups");
  g_autoptr(GHashTable) table = g_hash_table_new (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal);

  g_assert_true (fb_arm_id_equal (upper, lower));
  g_assert_true (fb_arm_id_equal (NULL, NULL));
  g_assert_false (fb_arm_id_equal (upper, NULL));
  g_assert_false (fb_arm_id_equal ("/subscriptions/a", "/subscriptions/ab"));
  g_assert_cmpuint (fb_arm_id_hash (upper), ==, fb_arm_id_hash (lower));

  g_hash_table_add (table, (gpointer) upper);
  g_assert_true (g_hash_table_contains (table, lower));

  g_assert_cmpstr (subscription, ==, "b8aef8e1-37df-4f17-a537-f10e183c8eca");
  g_assert_cmpstr (resource_group, ==, "PwsTestRG");
  g_assert_cmpstr (vault, ==, "PwsTestVault");
  g_assert_cmpstr (fabric, ==, "9a60d28b");
  g_assert_cmpstr (lower_fabric, ==, "9a60d28b");
  g_assert_cmpstr (container, ==, "cloud_01fb");
  g_assert_cmpstr (item, ==, "V2A-W2K16-201-new");
  g_assert_cmpstr (name, ==, "V2A-W2K16-201-new");
  g_assert_cmpstr (name_slash, ==, "c");
  g_assert_cmpstr (vault_id, ==, "/Subscriptions/b8aef8e1-37df-4f17-a537-f10e183c8eca/resourceGroups/PwsTestRG/"
                                 "providers/Microsoft.RecoveryServices/vaults/PwsTestVault");
  g_assert_null (none);
  g_assert_null (trailing);
  g_assert_null (fb_arm_id_get_vault_name ("Microsoft Azure"));
  g_assert_null (fb_arm_id_get_vault_id (NULL));
}

static void
test_update_helpers (void)
{
  g_autoptr(JsonNode) node = core_test_parse ("{\"id\":\"/subscriptions/s/resourceGroups/rg/providers/"
                                              "Microsoft.RecoveryServices/vaults/v\",\"name\":\"v\"}");
  g_autoptr(FbVault) vault = fb_vault_new_from_json (node, NULL);
  GObject *object = G_OBJECT (vault);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (vault), "name");
  CoreNotifyLog log;
  g_autofree char *text = NULL;
  g_auto(GStrv) strv = NULL;
  const char *ops[] = { "Commit", NULL };
  const char *empty[] = { NULL };
  gint64 number = 0;
  double real = 0;
  gboolean flag = FALSE;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) same = g_date_time_new_utc (2026, 11, 27, 6, 0, 0);
  g_autoptr(GDateTime) copy = g_date_time_new_utc (2026, 11, 27, 6, 0, 0);
  g_autoptr(GDateTime) other = g_date_time_new_utc (2026, 11, 27, 6, 0, 1);
  g_autoptr(GHashTable) map_a = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) map_b = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) field_map = NULL;

  g_assert_nonnull (vault);
  core_notify_log_start (&log, vault);

  /* each helper notifies exactly when it changes the field */
  g_assert_true (fb_json_update_string (object, pspec, &text, "a"));
  g_assert_false (fb_json_update_string (object, pspec, &text, "a"));
  g_assert_true (fb_json_update_string (object, pspec, &text, NULL));
  g_assert_false (fb_json_update_string (object, pspec, &text, NULL));
  g_assert_cmpuint (log.names->len, ==, 2);

  g_assert_true (fb_json_update_strv (object, pspec, &strv, (char **) ops));
  g_assert_false (fb_json_update_strv (object, pspec, &strv, (char **) ops));
  g_assert_true (fb_json_update_strv (object, pspec, &strv, (char **) empty));
  /* NULL and an empty array read the same */
  g_assert_false (fb_json_update_strv (object, pspec, &strv, NULL));
  g_assert_cmpuint (log.names->len, ==, 4);

  g_assert_true (fb_json_update_int64 (object, pspec, &number, 5));
  g_assert_false (fb_json_update_int64 (object, pspec, &number, 5));
  g_assert_true (fb_json_update_double (object, pspec, &real, 439.5));
  g_assert_false (fb_json_update_double (object, pspec, &real, 439.5));
  g_assert_true (fb_json_update_boolean (object, pspec, &flag, 7));
  g_assert_false (fb_json_update_boolean (object, pspec, &flag, TRUE));
  g_assert_cmpuint (log.names->len, ==, 7);

  g_assert_true (fb_json_update_date_time (object, pspec, &date, same));
  g_assert_false (fb_json_update_date_time (object, pspec, &date, copy));
  g_assert_true (fb_json_update_date_time (object, pspec, &date, other));
  g_assert_true (fb_json_update_date_time (object, pspec, &date, NULL));
  g_assert_false (fb_json_update_date_time (object, pspec, &date, NULL));
  g_assert_cmpuint (log.names->len, ==, 10);

  g_hash_table_insert (map_a, (gpointer) "owner", (gpointer) "infra");
  g_hash_table_insert (map_b, (gpointer) "owner", (gpointer) "infra");
  g_assert_true (fb_json_update_string_map (object, pspec, &field_map, map_a));
  g_assert_false (fb_json_update_string_map (object, pspec, &field_map, map_b));
  g_hash_table_insert (map_b, (gpointer) "owner", (gpointer) "apps");
  g_assert_true (fb_json_update_string_map (object, pspec, &field_map, map_b));
  g_assert_cmpuint (log.names->len, ==, 12);

  core_notify_log_stop (&log);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/json/strings", test_strings);
  g_test_add_func ("/core/json/numbers", test_numbers);
  g_test_add_func ("/core/json/booleans", test_booleans);
  g_test_add_func ("/core/json/dates", test_dates);
  g_test_add_func ("/core/json/arrays", test_arrays);
  g_test_add_func ("/core/json/list-page", test_list_page);
  g_test_add_func ("/core/json/arm-ids", test_arm_ids);
  g_test_add_func ("/core/json/update-helpers", test_update_helpers);

  return g_test_run ();
}
