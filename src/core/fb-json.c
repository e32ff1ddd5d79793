/* fb-json.c - lenient, type-strict JSON helpers for the ARM models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fb-json.h"

/* ---------------------------------------------------------------------------------- */
/* Parsing */

JsonNode *
fb_json_parse_data (const char  *data,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data ? data : "", length, &local_error))
    {
      g_set_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_INVALID,
                   _("The service sent invalid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, FB_PARSE_ERROR, FB_PARSE_ERROR_INVALID,
                           _("The service sent an empty answer"));
      return NULL;
    }

  return json_node_ref (root);
}

JsonNode *
fb_json_parse_bytes (GBytes  *bytes,
                     GError **error)
{
  const char *data;
  gsize size = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  return fb_json_parse_data (data, (gssize) size, error);
}

/* ---------------------------------------------------------------------------------- */
/* Member lookup */

static gboolean
wrong_type (GError     **error,
            const char  *path,
            const char  *message_format)
{
  g_autofree char *message = g_strdup_printf (message_format, path);

  g_set_error_literal (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE, message);
  return FALSE;
}

/* In the "%s: expected ..." messages, %s is the path of a member of the JSON the
 * service sent, e.g. "properties.allowedOperations". */
static gboolean
expected_object (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected an object"));
}

static gboolean
expected_array (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected an array"));
}

static gboolean
expected_string (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected a string"));
}

static gboolean
expected_number (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected a number"));
}

static gboolean
expected_boolean (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected a boolean"));
}

static gboolean
expected_date (GError **error, const char *path)
{
  /* TRANSLATORS: %s is the path of a JSON member, e.g. "properties.allowedOperations" */
  return wrong_type (error, path, _("%s: expected a date"));
}

static gboolean
is_unset (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

/* Walks one alternative ("a.b.c", @length bytes of @path); *out is the member (not
 * null) or NULL when absent. */
static gboolean
lookup_one (JsonObject  *object,
            const char  *path,
            gsize        length,
            JsonNode   **out,
            GError     **error)
{
  JsonObject *current = object;
  const char *end = path + length;
  const char *segment = path;
  char name[256];

  *out = NULL;

  while (segment < end)
    {
      const char *dot = memchr (segment, '.', (gsize) (end - segment));
      const char *segment_end = dot != NULL ? dot : end;
      gsize segment_length = (gsize) (segment_end - segment);
      JsonNode *member;

      g_return_val_if_fail (segment_length < sizeof name, FALSE);
      memcpy (name, segment, segment_length);
      name[segment_length] = '\0';

      member = json_object_get_member (current, name);
      if (is_unset (member))
        return TRUE;

      if (segment_end == end)
        {
          *out = member;
          return TRUE;
        }

      if (!JSON_NODE_HOLDS_OBJECT (member))
        {
          /* name the path up to the offending member */
          g_autofree char *prefix = g_strndup (path, (gsize) (segment_end - path));
          return expected_object (error, prefix);
        }

      current = json_node_get_object (member);
      segment = segment_end + 1;
    }

  return TRUE;
}

/* Resolves "a|b" alternatives: the first that is present wins. *found_path is the
 * alternative that matched (for error messages), or the first one when none did. */
static gboolean
lookup (JsonObject  *object,
        const char  *path,
        JsonNode   **out,
        char       **found_path,
        GError     **error)
{
  const char *alternative = path;

  *out = NULL;
  if (found_path != NULL)
    *found_path = NULL;

  if (object == NULL)
    return TRUE;

  for (;;)
    {
      const char *bar = strchr (alternative, '|');
      gsize length = bar != NULL ? (gsize) (bar - alternative) : strlen (alternative);

      if (!lookup_one (object, alternative, length, out, error))
        return FALSE;

      if (*out != NULL)
        {
          if (found_path != NULL)
            *found_path = g_strndup (alternative, length);
          return TRUE;
        }

      if (bar == NULL)
        break;
      alternative = bar + 1;
    }

  if (found_path != NULL)
    *found_path = g_strndup (path, strcspn (path, "|"));
  return TRUE;
}

gboolean
fb_json_node_get_object (JsonNode    *node,
                         JsonObject **out,
                         GError     **error)
{
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE,
                           _("The service sent something other than a JSON object"));
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
fb_json_get_node (JsonObject  *object,
                  const char  *path,
                  JsonNode   **out,
                  GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return lookup (object, path, out, NULL, error);
}

gboolean
fb_json_get_object (JsonObject  *object,
                    const char  *path,
                    JsonObject **out,
                    GError     **error)
{
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return expected_object (error, found);

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
fb_json_get_array (JsonObject  *object,
                   const char  *path,
                   JsonArray  **out,
                   GError     **error)
{
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return expected_array (error, found);

  *out = json_node_get_array (node);
  return TRUE;
}

static char *
scalar_to_string (JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return NULL;
    }
}

static gboolean
get_string (JsonObject  *object,
            const char  *path,
            gboolean     lenient,
            char       **out,
            GError     **error)
{
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return expected_string (error, found);
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = g_strdup (json_node_get_string (node));
      return TRUE;
    }
  if (!lenient)
    return expected_string (error, found);

  *out = scalar_to_string (node);
  if (*out == NULL)
    return expected_string (error, found);
  return TRUE;
}

gboolean
fb_json_get_string (JsonObject  *object,
                    const char  *path,
                    char       **out,
                    GError     **error)
{
  return get_string (object, path, FALSE, out, error);
}

gboolean
fb_json_get_string_lenient (JsonObject  *object,
                            const char  *path,
                            char       **out,
                            GError     **error)
{
  return get_string (object, path, TRUE, out, error);
}

gboolean
fb_json_get_boolean (JsonObject  *object,
                     const char  *path,
                     gboolean    *out,
                     GError     **error)
{
  static const char * const true_words[] = { "true", "yes", "1", NULL };
  static const char * const false_words[] = { "false", "no", "0", "", NULL };
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = FALSE;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return expected_boolean (error, found);

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      *out = json_node_get_boolean (node);
      return TRUE;

    case G_TYPE_STRING:
      {
        g_autofree char *text = g_strstrip (g_strdup (json_node_get_string (node)));

        for (guint i = 0; true_words[i] != NULL; i++)
          if (g_ascii_strcasecmp (text, true_words[i]) == 0)
            {
              *out = TRUE;
              return TRUE;
            }
        for (guint i = 0; false_words[i] != NULL; i++)
          if (g_ascii_strcasecmp (text, false_words[i]) == 0)
            return TRUE;
        return expected_boolean (error, found);
      }

    default:
      return expected_boolean (error, found);
    }
}

/* "439.5", " 12 ", "0%" -> number; "" -> unset. FALSE when not a number. */
static gboolean
parse_number_text (const char *text,
                   gboolean   *is_set,
                   double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize length = strlen (copy);
  char *end = NULL;
  double value;

  *is_set = FALSE;
  *out = 0;

  if (length > 0 && copy[length - 1] == '%')
    {
      copy[length - 1] = '\0';
      g_strchomp (copy);
      length = strlen (copy);
    }

  if (length == 0)
    return TRUE;

  errno = 0;
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || errno == ERANGE || !isfinite (value))
    return FALSE;

  *is_set = TRUE;
  *out = value;
  return TRUE;
}

static gboolean
get_number_node (JsonObject  *object,
                 const char  *path,
                 JsonNode   **node,
                 char       **found,
                 GError     **error)
{
  if (!lookup (object, path, node, found, error))
    return FALSE;
  if (*node != NULL && !JSON_NODE_HOLDS_VALUE (*node))
    return expected_number (error, *found);
  return TRUE;
}

gboolean
fb_json_get_int64 (JsonObject  *object,
                   const char  *path,
                   gint64      *out,
                   GError     **error)
{
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = 0;
  if (!get_number_node (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out = json_node_get_int (node);
      return TRUE;

    case G_TYPE_DOUBLE:
      {
        double value = json_node_get_double (node);

        if (value >= (double) G_MAXINT64 || value <= (double) G_MININT64)
          return expected_number (error, found);
        *out = (gint64) value;
        return TRUE;
      }

    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);
        char *end = NULL;
        gint64 value;
        gboolean is_set;
        double d;

        errno = 0;
        value = g_ascii_strtoll (text, &end, 10);
        if (end != text && *end == '\0' && errno == 0)
          {
            *out = value;
            return TRUE;
          }
        if (!parse_number_text (text, &is_set, &d) ||
            d >= (double) G_MAXINT64 || d <= (double) G_MININT64)
          return expected_number (error, found);
        *out = (gint64) d;
        return TRUE;
      }

    default:
      return expected_number (error, found);
    }
}

gboolean
fb_json_get_double (JsonObject  *object,
                    const char  *path,
                    double      *out,
                    GError     **error)
{
  g_autofree char *found = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = 0;
  if (!get_number_node (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out = (double) json_node_get_int (node);
      return TRUE;

    case G_TYPE_DOUBLE:
      *out = json_node_get_double (node);
      return TRUE;

    case G_TYPE_STRING:
      {
        gboolean is_set;

        if (!parse_number_text (json_node_get_string (node), &is_set, out))
          return expected_number (error, found);
        return TRUE;
      }

    default:
      return expected_number (error, found);
    }
}

/* ---------------------------------------------------------------------------------- */
/* Dates */

gboolean
fb_json_date_time_is_sentinel (GDateTime *date_time)
{
  int year;

  if (date_time == NULL)
    return TRUE;

  year = g_date_time_get_year (date_time);
  return year <= 1753 || year >= 9999;
}

GDateTime *
fb_json_parse_date_time (const char  *text,
                         GError     **error)
{
  static const char * const sentinels[] = { "0001-01-01", "1601-01-01", "1753-01-01", "9999-12-31", NULL };
  g_autofree char *copy = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) date_time = NULL;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return NULL;

  /* "9999-12-31T23:59:59.9999999" does not even fit in a GDateTime */
  for (guint i = 0; sentinels[i] != NULL; i++)
    if (g_str_has_prefix (copy, sentinels[i]))
      return NULL;

  if (strlen (copy) == 10)
    {
      char *with_time = g_strconcat (copy, "T00:00:00", NULL);
      g_free (copy);
      copy = with_time;
    }

  utc = g_time_zone_new_utc ();
  date_time = g_date_time_new_from_iso8601 (copy, utc);
  if (date_time == NULL)
    {
      g_set_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE,
                   _("“%s” is not a date"), text);
      return NULL;
    }

  if (fb_json_date_time_is_sentinel (date_time))
    return NULL;

  return g_steal_pointer (&date_time);
}

gboolean
fb_json_get_date_time (JsonObject  *object,
                       const char  *path,
                       GDateTime  **out,
                       GError     **error)
{
  g_autofree char *found = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return expected_date (error, found);

  *out = fb_json_parse_date_time (json_node_get_string (node), &local_error);
  if (local_error != NULL)
    {
      /* TRANSLATORS: the first %s is the path of a JSON member, the second its value */
      g_set_error (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE,
                   _("%s: expected a date, got “%s”"), found, json_node_get_string (node));
      return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------------------- */
/* Arrays and maps */

gboolean
fb_json_get_strv (JsonObject  *object,
                  const char  *path,
                  char      ***out,
                  GError     **error)
{
  g_autofree char *found = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *node;
  JsonArray *array;
  guint length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return expected_array (error, found);

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (is_unset (element))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", found, i);
          return expected_string (error, element_path);
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
fb_json_get_strv_of_members (JsonObject  *object,
                             const char  *path,
                             const char  *member,
                             char      ***out,
                             GError     **error)
{
  g_autofree char *found = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *node;
  JsonArray *array;
  guint length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return expected_array (error, found);

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *value = NULL;
      g_autoptr(GError) local_error = NULL;

      if (is_unset (element))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", found, i);
          return expected_object (error, element_path);
        }
      if (!fb_json_get_string (json_node_get_object (element), member, &value, &local_error))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s[%u].", found, i);
          return FALSE;
        }
      if (value != NULL)
        g_strv_builder_add (builder, value);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
fb_json_get_string_map (JsonObject  *object,
                        const char  *path,
                        GHashTable **out,
                        GError     **error)
{
  g_autofree char *found = NULL;
  g_autoptr(GHashTable) map = NULL;
  JsonObjectIter iter;
  const char *member_name;
  JsonNode *member;
  JsonNode *node;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = NULL;
  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return expected_object (error, found);

  map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &member_name, &member))
    {
      char *value;

      if (is_unset (member))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (member) || (value = scalar_to_string (member)) == NULL)
        {
          g_autofree char *member_path = g_strdup_printf ("%s.%s", found, member_name);
          return expected_string (error, member_path);
        }
      g_hash_table_insert (map, g_strdup (member_name), value);
    }

  *out = g_steal_pointer (&map);
  return TRUE;
}

/* ---------------------------------------------------------------------------------- */
/* Lists */

gboolean
fb_json_parse_list_page (JsonNode    *root,
                         GPtrArray  **values,
                         char       **next_link,
                         GError     **error)
{
  g_autoptr(GPtrArray) array = NULL;
  g_autofree char *link = NULL;
  JsonArray *value = NULL;
  JsonObject *object;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (values != NULL)
    *values = NULL;
  if (next_link != NULL)
    *next_link = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE,
                           _("The service sent a list that is not a JSON object"));
      return FALSE;
    }

  object = json_node_get_object (root);
  if (!fb_json_get_array (object, "value", &value, error) ||
      !fb_json_get_string (object, "nextLink", &link, error))
    return FALSE;

  array = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  if (value != NULL)
    {
      guint length = json_array_get_length (value);

      for (guint i = 0; i < length; i++)
        {
          JsonNode *element = json_array_get_element (value, i);

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              g_autofree char *element_path = g_strdup_printf ("value[%u]", i);
              return expected_object (error, element_path);
            }
          g_ptr_array_add (array, json_node_ref (element));
        }
    }

  if (link != NULL && *link == '\0')
    g_clear_pointer (&link, g_free);

  if (values != NULL)
    *values = g_steal_pointer (&array);
  if (next_link != NULL)
    *next_link = g_steal_pointer (&link);
  return TRUE;
}

GPtrArray *
fb_json_new_models (GPtrArray     *nodes,
                    FbJsonNewFunc  new_func,
                    GError       **error)
{
  g_autoptr(GPtrArray) models = NULL;

  g_return_val_if_fail (nodes != NULL, NULL);
  g_return_val_if_fail (new_func != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  models = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gpointer model = new_func (g_ptr_array_index (nodes, i), &local_error);

      if (model == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "value[%u].", i);
          return NULL;
        }
      g_ptr_array_add (models, model);
    }

  return g_steal_pointer (&models);
}

gboolean
fb_json_get_model_list (JsonObject     *object,
                        const char     *path,
                        FbJsonNewFunc   new_func,
                        GListStore     *store,
                        GError        **error)
{
  g_autofree char *found = NULL;
  g_autoptr(GPtrArray) models = NULL;
  JsonNode *node;
  JsonArray *array;
  guint length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (new_func != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);

  if (!lookup (object, path, &node, &found, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return expected_array (error, found);

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  models = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GError) local_error = NULL;
      gpointer model;

      if (is_unset (element))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", found, i);
          return expected_object (error, element_path);
        }

      model = new_func (element, &local_error);
      if (model == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s[%u].", found, i);
          return FALSE;
        }
      g_ptr_array_add (models, model);
    }

  g_list_store_splice (store, 0, 0, models->pdata, models->len);
  return TRUE;
}

/* ---------------------------------------------------------------------------------- */
/* ARM ids */

gboolean
fb_arm_id_equal (const char *a,
                 const char *b)
{
  gsize la, lb;

  if (a == NULL || b == NULL)
    return a == b;

  la = strlen (a);
  lb = strlen (b);
  while (la > 0 && a[la - 1] == '/')
    la--;
  while (lb > 0 && b[lb - 1] == '/')
    lb--;

  return la == lb && g_ascii_strncasecmp (a, b, la) == 0;
}

guint
fb_arm_id_hash (gconstpointer id)
{
  const char *p = id;
  gsize length;
  guint hash = 5381;

  if (p == NULL)
    return 0;

  length = strlen (p);
  while (length > 0 && p[length - 1] == '/')
    length--;

  for (gsize i = 0; i < length; i++)
    hash = (hash << 5) + hash + (guint) g_ascii_tolower (p[i]);

  return hash;
}

char *
fb_arm_id_get_segment (const char *id,
                       const char *key)
{
  g_auto(GStrv) segments = NULL;

  g_return_val_if_fail (key != NULL, NULL);

  if (id == NULL)
    return NULL;

  segments = g_strsplit (id, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (*segments[i] == '\0')
        continue;
      if (g_ascii_strcasecmp (segments[i], key) == 0 &&
          segments[i + 1] != NULL && *segments[i + 1] != '\0')
        return g_strdup (segments[i + 1]);
    }

  return NULL;
}

char *
fb_arm_id_get_name (const char *id)
{
  g_autofree char *copy = NULL;
  char *slash;

  if (id == NULL)
    return NULL;

  copy = g_strdup (id);
  while (*copy != '\0' && copy[strlen (copy) - 1] == '/')
    copy[strlen (copy) - 1] = '\0';

  slash = strrchr (copy, '/');
  if (slash == NULL)
    return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
  if (slash[1] == '\0')
    return NULL;

  return g_strdup (slash + 1);
}

char *
fb_arm_id_get_subscription (const char *id)
{
  return fb_arm_id_get_segment (id, "subscriptions");
}

char *
fb_arm_id_get_resource_group (const char *id)
{
  return fb_arm_id_get_segment (id, "resourceGroups");
}

char *
fb_arm_id_get_vault_name (const char *id)
{
  return fb_arm_id_get_segment (id, "vaults");
}

char *
fb_arm_id_get_fabric_name (const char *id)
{
  return fb_arm_id_get_segment (id, "replicationFabrics");
}

char *
fb_arm_id_get_container_name (const char *id)
{
  return fb_arm_id_get_segment (id, "replicationProtectionContainers");
}

char *
fb_arm_id_get_protected_item_name (const char *id)
{
  return fb_arm_id_get_segment (id, "replicationProtectedItems");
}

char *
fb_arm_id_get_vault_id (const char *id)
{
  const char *p;
  gsize key_length = strlen ("/vaults/");

  if (id == NULL)
    return NULL;

  for (p = id; *p != '\0'; p++)
    {
      if (g_ascii_strncasecmp (p, "/vaults/", key_length) == 0)
        {
          const char *name = p + key_length;
          const char *end = strchr (name, '/');

          if (*name == '\0' || name == end)
            return NULL;
          return end != NULL ? g_strndup (id, (gsize) (end - id)) : g_strdup (id);
        }
    }

  return NULL;
}

/* ---------------------------------------------------------------------------------- */
/* In-place updates */

gboolean
fb_json_update_string (GObject     *object,
                       GParamSpec  *pspec,
                       char       **field,
                       const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

static gboolean
strv_equal (char *const *a,
            char *const *b)
{
  guint la = a ? g_strv_length ((char **) a) : 0;
  guint lb = b ? g_strv_length ((char **) b) : 0;

  if (la != lb)
    return FALSE;
  for (guint i = 0; i < la; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

gboolean
fb_json_update_strv (GObject     *object,
                     GParamSpec  *pspec,
                     char      ***field,
                     char *const *value)
{
  /* NULL and an empty array read the same: not a change */
  if (strv_equal (*field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_update_boolean (GObject    *object,
                        GParamSpec *pspec,
                        gboolean   *field,
                        gboolean    value)
{
  value = !!value;
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_update_int (GObject    *object,
                    GParamSpec *pspec,
                    int        *field,
                    int         value)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_update_int64 (GObject    *object,
                      GParamSpec *pspec,
                      gint64     *field,
                      gint64      value)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_update_double (GObject    *object,
                       GParamSpec *pspec,
                       double     *field,
                       double      value)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_update_date_time (GObject     *object,
                          GParamSpec  *pspec,
                          GDateTime  **field,
                          GDateTime   *value)
{
  if (*field == value)
    return FALSE;
  if (*field != NULL && value != NULL && g_date_time_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  if (value != NULL)
    *field = g_date_time_ref (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

static gboolean
string_map_equal (GHashTable *a,
                  GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (a == NULL || b == NULL)
    return a == b;
  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer other;

      if (!g_hash_table_lookup_extended (b, key, NULL, &other) || g_strcmp0 (value, other) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
fb_json_update_string_map (GObject     *object,
                           GParamSpec  *pspec,
                           GHashTable **field,
                           GHashTable  *value)
{
  if (string_map_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, g_hash_table_unref);
  if (value != NULL)
    *field = g_hash_table_ref (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

gboolean
fb_json_merge_store (GListStore       *store,
                     GListModel       *fresh,
                     FbJsonKeyFunc     key_func,
                     FbJsonUpdateFunc  update_func)
{
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  g_autofree gboolean *used = NULL;
  gboolean changed = FALSE;
  guint n_old, n_fresh;

  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (fresh), FALSE);
  g_return_val_if_fail (update_func != NULL, FALSE);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  n_fresh = g_list_model_get_n_items (fresh);
  old_items = g_ptr_array_new_full (n_old, g_object_unref);
  used = g_new0 (gboolean, n_old + 1);
  by_key = g_hash_table_new (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal);

  for (guint i = 0; i < n_old; i++)
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *key = key_func ? key_func (item) : NULL;

      g_ptr_array_add (old_items, item);
      if (key != NULL && !g_hash_table_contains (by_key, key))
        g_hash_table_insert (by_key, (gpointer) key, GUINT_TO_POINTER (i + 1));
    }

  result = g_ptr_array_new_full (n_fresh, g_object_unref);
  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);
      const char *key = key_func ? key_func (item) : NULL;
      guint match = 0;

      if (key != NULL)
        match = GPOINTER_TO_UINT (g_hash_table_lookup (by_key, key));
      else if (i < n_old && (key_func == NULL || key_func (old_items->pdata[i]) == NULL))
        match = i + 1;

      if (match != 0 && !used[match - 1])
        {
          gpointer existing = old_items->pdata[match - 1];

          used[match - 1] = TRUE;
          if (update_func (existing, item))
            changed = TRUE;
          g_ptr_array_add (result, g_object_ref (existing));
        }
      else
        {
          g_ptr_array_add (result, g_steal_pointer (&item));
        }
    }

  if (result->len == n_old)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < n_old && same; i++)
        same = result->pdata[i] == old_items->pdata[i];
      if (same)
        return changed;
    }

  g_list_store_splice (store, 0, n_old, result->pdata, result->len);
  return TRUE;
}
