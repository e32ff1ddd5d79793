/* fb-vcenter-json.c - type-checked JSON access for the vCenter models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fb-vcenter-client.h"
#include "fb-vcenter-private.h"

static gboolean
wrong_type (GError    **error,
            const char *what,
            const char *member,
            const char *expected)
{
  g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
               _("vCenter sent an unexpected answer: %s.%s is not %s"), what, member, expected);
  return FALSE;
}

static gboolean
missing (GError    **error,
         const char *what,
         const char *member)
{
  g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
               _("vCenter sent an unexpected answer: %s.%s is missing"), what, member);
  return FALSE;
}

static JsonNode *
member_node (JsonObject *obj,
             const char *member)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  return (node && !JSON_NODE_HOLDS_NULL (node)) ? node : NULL;
}

gboolean
fb_vcenter_json_string (JsonObject  *obj,
                        const char  *what,
                        const char  *member,
                        gboolean     required,
                        const char **out,
                        GError     **error)
{
  JsonNode *node = member_node (obj, member);

  *out = NULL;
  if (node == NULL)
    return required ? missing (error, what, member) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (error, what, member, "a string");
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
fb_vcenter_json_int (JsonObject *obj,
                     const char *what,
                     const char *member,
                     gboolean    required,
                     gint64      fallback,
                     gint64     *out,
                     GError    **error)
{
  JsonNode *node = member_node (obj, member);

  *out = fallback;
  if (node == NULL)
    return required ? missing (error, what, member) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return wrong_type (error, what, member, "a number");
  *out = json_node_get_value_type (node) == G_TYPE_INT64 ? json_node_get_int (node)
                                                          : (gint64) json_node_get_double (node);
  return TRUE;
}

gboolean
fb_vcenter_json_object (JsonObject  *obj,
                        const char  *what,
                        const char  *member,
                        gboolean     required,
                        JsonObject **out,
                        GError     **error)
{
  JsonNode *node = member_node (obj, member);

  *out = NULL;
  if (node == NULL)
    return required ? missing (error, what, member) : TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (error, what, member, "an object");
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
fb_vcenter_json_array (JsonObject *obj,
                       const char *what,
                       const char *member,
                       gboolean    required,
                       JsonArray **out,
                       GError    **error)
{
  JsonNode *node = member_node (obj, member);

  *out = NULL;
  if (node == NULL)
    return required ? missing (error, what, member) : TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (error, what, member, "an array");
  *out = json_node_get_array (node);
  return TRUE;
}

const char *
fb_vcenter_json_moref_value (JsonNode *node)
{
  JsonObject *obj;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  obj = json_node_get_object (node);
  value = json_object_get_member (obj, "value");
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) ||
      json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

gboolean
fb_vcenter_parse_vmdk_file (const char  *vmdk_file,
                            char       **datastore,
                            char       **path)
{
  const char *close;

  *datastore = NULL;
  *path = NULL;
  if (vmdk_file == NULL || vmdk_file[0] != '[')
    return FALSE;
  close = strchr (vmdk_file, ']');
  if (close == NULL)
    return FALSE;
  *datastore = g_strndup (vmdk_file + 1, (gsize) (close - vmdk_file - 1));
  close++;
  while (*close == ' ')
    close++;
  *path = g_strdup (close);
  return TRUE;
}
