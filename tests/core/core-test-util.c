/* core-test-util.c - helpers shared by the core model tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core-test-util.h"

JsonNode *
core_test_parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

JsonNode *
core_test_load_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

JsonNode *
core_test_load_fixture (const char *name)
{
  const char *source_dir = g_getenv ("FB_SOURCE_DIR");
  g_autofree char *path = NULL;

  g_assert_nonnull (source_dir);
  path = g_build_filename (source_dir, "tests", "core", "fixtures", name, NULL);
  return core_test_load_file (path);
}

GPtrArray *
core_test_list_values (JsonNode *page)
{
  JsonArray *array;
  GPtrArray *values;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (page));
  array = json_object_get_array_member (json_node_get_object (page), "value");
  g_assert_nonnull (array);

  values = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (values, json_node_ref (json_array_get_element (array, i)));

  return values;
}

char *
core_test_property_string (gpointer    object,
                           const char *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;
  GType type;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  if (pspec == NULL)
    g_error ("%s has no property “%s”", G_OBJECT_TYPE_NAME (object), property);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  type = pspec->value_type;

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (&value) ? g_value_get_string (&value) : "(null)");
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (&value));
  if (type == G_TYPE_DOUBLE)
    return g_strdup_printf ("%g", g_value_get_double (&value));
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (&value));

      return g_strdup (enum_value ? enum_value->value_nick : "(invalid)");
    }
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *date_time = g_value_get_boxed (&value);
      g_autoptr(GDateTime) utc = NULL;

      if (date_time == NULL)
        return g_strdup ("(null)");
      utc = g_date_time_to_utc (date_time);
      if (g_date_time_get_microsecond (utc) != 0)
        return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
      return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
    }
  if (type == G_TYPE_STRV)
    {
      char **strv = g_value_get_boxed (&value);

      if (strv == NULL)
        return g_strdup ("(null)");
      return g_strjoinv (",", strv);
    }
  if (type == G_TYPE_HASH_TABLE)
    {
      GHashTable *table = g_value_get_boxed (&value);
      g_autoptr(GList) keys = NULL;
      GString *string;

      if (table == NULL)
        return g_strdup ("(null)");
      keys = g_list_sort (g_hash_table_get_keys (table), (GCompareFunc) g_strcmp0);
      string = g_string_new (NULL);
      for (GList *l = keys; l != NULL; l = l->next)
        g_string_append_printf (string, "%s%s=%s", string->len ? "," : "",
                                (char *) l->data, (char *) g_hash_table_lookup (table, l->data));
      return g_string_free (string, FALSE);
    }
  if (g_type_is_a (type, G_TYPE_LIST_MODEL))
    {
      GListModel *model = g_value_get_object (&value);

      return g_strdup_printf ("n=%u", model ? g_list_model_get_n_items (model) : 0);
    }

  g_error ("cannot print a %s", g_type_name (type));
  return NULL;
}

static void
on_notify (GObject       *object,
           GParamSpec    *pspec,
           CoreNotifyLog *log)
{
  g_ptr_array_add (log->names, g_strdup (pspec->name));
}

void
core_notify_log_start (CoreNotifyLog *log,
                       gpointer       object)
{
  log->names = g_ptr_array_new_with_free_func (g_free);
  log->object = object;
  log->handler = g_signal_connect (object, "notify", G_CALLBACK (on_notify), log);
}

void
core_notify_log_stop (CoreNotifyLog *log)
{
  g_clear_signal_handler (&log->handler, log->object);
  g_clear_pointer (&log->names, g_ptr_array_unref);
}

gboolean
core_notify_log_has (CoreNotifyLog *log,
                     const char    *property)
{
  for (guint i = 0; i < log->names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (log->names, i), property) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char *
core_notify_log_names (CoreNotifyLog *log)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < log->names->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (log->names, i));
  g_ptr_array_sort (sorted, compare_names);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (string, "%s%s", i ? "," : "", (char *) g_ptr_array_index (sorted, i));

  return g_string_free (string, FALSE);
}

void
core_count_items_changed (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          guint      *count)
{
  (*count)++;
}

gpointer
core_test_list_item (GListModel *model,
                     guint       position)
{
  g_autoptr(GObject) item = NULL;

  g_assert_cmpuint (position, <, g_list_model_get_n_items (model));
  item = g_list_model_get_item (model, position);
  return item;
}
