/* fb-model-fields.c - one table per ARM model: properties, parsing, in-place updates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-model-fields.h"

#define MODEL_PARAM_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | \
                           G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB)

G_DEFINE_QUARK (fb-model-table, fb_model_table)

#define FIELD_PTR(self, field) ((gpointer) ((guint8 *) (self) + (field)->offset))
#define FIELD(self, field, Type) (*(Type *) FIELD_PTR (self, field))

const FbModelTable *
fb_model_table_for_type (GType type)
{
  return g_type_get_qdata (type, fb_model_table_quark ());
}

static const FbModelTable *
table_of (GObject *object)
{
  const FbModelTable *table = fb_model_table_for_type (G_OBJECT_TYPE (object));

  g_assert (table != NULL);
  return table;
}

static GParamSpec *
field_pspec_new (const FbModelField *field)
{
  /* not G_PARAM_STATIC_NAME: GLib turns the member name's '_' into '-' */
  switch (field->kind)
    {
    case FB_FIELD_STRING:
    case FB_FIELD_STRING_LENIENT:
    case FB_FIELD_ID_PART:
      return g_param_spec_string (field->name, NULL, NULL, NULL, MODEL_PARAM_FLAGS);
    case FB_FIELD_STRV:
    case FB_FIELD_STRV_OF_MEMBERS:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_STRV, MODEL_PARAM_FLAGS);
    case FB_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, MODEL_PARAM_FLAGS);
    case FB_FIELD_INT64:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                 MODEL_PARAM_FLAGS);
    case FB_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                                  MODEL_PARAM_FLAGS);
    case FB_FIELD_DATE_TIME:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_DATE_TIME, MODEL_PARAM_FLAGS);
    case FB_FIELD_STRING_MAP:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_HASH_TABLE, MODEL_PARAM_FLAGS);
    case FB_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->enum_type (),
                                field->enum_default, MODEL_PARAM_FLAGS);
    case FB_FIELD_LIST:
      return g_param_spec_object (field->name, NULL, NULL, G_TYPE_LIST_MODEL, MODEL_PARAM_FLAGS);
    default:
      g_assert_not_reached ();
    }
}

static void
model_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  const FbModelTable *table = table_of (object);
  const FbModelField *field;

  if (prop_id == 0 || prop_id > table->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &table->fields[prop_id - 1];
  switch (field->kind)
    {
    case FB_FIELD_STRING:
    case FB_FIELD_STRING_LENIENT:
    case FB_FIELD_ID_PART:
      g_value_set_string (value, FIELD (object, field, char *));
      break;
    case FB_FIELD_STRV:
    case FB_FIELD_STRV_OF_MEMBERS:
    case FB_FIELD_DATE_TIME:
    case FB_FIELD_STRING_MAP:
      g_value_set_boxed (value, FIELD (object, field, gpointer));
      break;
    case FB_FIELD_BOOLEAN:
      g_value_set_boolean (value, FIELD (object, field, gboolean));
      break;
    case FB_FIELD_INT64:
      g_value_set_int64 (value, FIELD (object, field, gint64));
      break;
    case FB_FIELD_DOUBLE:
      g_value_set_double (value, FIELD (object, field, double));
      break;
    case FB_FIELD_ENUM:
      g_value_set_enum (value, FIELD (object, field, int));
      break;
    case FB_FIELD_LIST:
      g_value_set_object (value, FIELD (object, field, GListStore *));
      break;
    default:
      g_assert_not_reached ();
    }
}

void
fb_model_dispose (GObject *object)
{
  const FbModelTable *table = table_of (object);
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].kind == FB_FIELD_LIST)
      g_clear_object ((GListStore **) FIELD_PTR (object, &table->fields[i]));

  parent_class->dispose (object);
}

void
fb_model_finalize (GObject *object)
{
  const FbModelTable *table = table_of (object);
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  for (guint i = 0; i < table->n_fields; i++)
    {
      const FbModelField *field = &table->fields[i];
      gpointer ptr = FIELD_PTR (object, field);

      switch (field->kind)
        {
        case FB_FIELD_STRING:
        case FB_FIELD_STRING_LENIENT:
        case FB_FIELD_ID_PART:
          g_clear_pointer ((char **) ptr, g_free);
          break;
        case FB_FIELD_STRV:
        case FB_FIELD_STRV_OF_MEMBERS:
          g_clear_pointer ((char ***) ptr, g_strfreev);
          break;
        case FB_FIELD_DATE_TIME:
          g_clear_pointer ((GDateTime **) ptr, g_date_time_unref);
          break;
        case FB_FIELD_STRING_MAP:
          g_clear_pointer ((GHashTable **) ptr, g_hash_table_unref);
          break;
        case FB_FIELD_BOOLEAN:
        case FB_FIELD_INT64:
        case FB_FIELD_DOUBLE:
        case FB_FIELD_ENUM:
        case FB_FIELD_LIST:
        default:
          break;
        }
    }

  parent_class->finalize (object);
}

void
fb_model_class_install (GObjectClass       *klass,
                        const FbModelTable *table)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (klass));
  g_return_if_fail (table != NULL && table->pspecs != NULL);

  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), fb_model_table_quark (), (gpointer) table);

  klass->get_property = model_get_property;
  klass->dispose = fb_model_dispose;
  klass->finalize = fb_model_finalize;

  table->pspecs[0] = NULL;
  for (guint i = 0; i < table->n_fields; i++)
    table->pspecs[i + 1] = field_pspec_new (&table->fields[i]);

  g_object_class_install_properties (klass, table->n_fields + 1, table->pspecs);
}

void
fb_model_init (gpointer            self,
               const FbModelTable *table)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const FbModelField *field = &table->fields[i];

      if (field->kind == FB_FIELD_LIST)
        FIELD (self, field, GListStore *) = g_list_store_new (field->child->get_type ());
    }
}

static gboolean
parse_field (gpointer             self,
             const FbModelField  *field,
             JsonObject          *root,
             GError             **error)
{
  gpointer ptr = FIELD_PTR (self, field);

  switch (field->kind)
    {
    case FB_FIELD_STRING:
      return fb_json_get_string (root, field->path, ptr, error);
    case FB_FIELD_STRING_LENIENT:
      return fb_json_get_string_lenient (root, field->path, ptr, error);
    case FB_FIELD_STRV:
      return fb_json_get_strv (root, field->path, ptr, error);
    case FB_FIELD_STRV_OF_MEMBERS:
      return fb_json_get_strv_of_members (root, field->path, field->member, ptr, error);
    case FB_FIELD_BOOLEAN:
      return fb_json_get_boolean (root, field->path, ptr, error);
    case FB_FIELD_INT64:
      return fb_json_get_int64 (root, field->path, ptr, error);
    case FB_FIELD_DOUBLE:
      return fb_json_get_double (root, field->path, ptr, error);
    case FB_FIELD_DATE_TIME:
      return fb_json_get_date_time (root, field->path, ptr, error);
    case FB_FIELD_STRING_MAP:
      return fb_json_get_string_map (root, field->path, ptr, error);
    case FB_FIELD_LIST:
      return fb_json_get_model_list (root, field->path, field->child->new_from_json,
                                     FIELD (self, field, GListStore *), error);
    case FB_FIELD_ENUM:
    case FB_FIELD_ID_PART:
    default:
      g_assert_not_reached ();
    }
}

gboolean
fb_model_parse (gpointer             self,
                const FbModelTable  *table,
                guint                group,
                JsonObject          *root,
                GError             **error)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const FbModelField *field = &table->fields[i];

      if (field->path == NULL || field->group != group)
        continue;
      if (!parse_field (self, field, root, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
update_field (GObject            *object,
              GObject            *other,
              const FbModelField *field,
              GParamSpec         *pspec)
{
  gpointer ptr = FIELD_PTR (object, field);

  switch (field->kind)
    {
    case FB_FIELD_STRING:
    case FB_FIELD_STRING_LENIENT:
    case FB_FIELD_ID_PART:
      return fb_json_update_string (object, pspec, ptr, FIELD (other, field, char *));
    case FB_FIELD_STRV:
    case FB_FIELD_STRV_OF_MEMBERS:
      return fb_json_update_strv (object, pspec, ptr, FIELD (other, field, char **));
    case FB_FIELD_BOOLEAN:
      return fb_json_update_boolean (object, pspec, ptr, FIELD (other, field, gboolean));
    case FB_FIELD_INT64:
      return fb_json_update_int64 (object, pspec, ptr, FIELD (other, field, gint64));
    case FB_FIELD_DOUBLE:
      return fb_json_update_double (object, pspec, ptr, FIELD (other, field, double));
    case FB_FIELD_DATE_TIME:
      return fb_json_update_date_time (object, pspec, ptr, FIELD (other, field, GDateTime *));
    case FB_FIELD_STRING_MAP:
      return fb_json_update_string_map (object, pspec, ptr, FIELD (other, field, GHashTable *));
    case FB_FIELD_ENUM:
      return fb_json_update_int (object, pspec, ptr, FIELD (other, field, int));
    case FB_FIELD_LIST:
      /* the store stays the same object: no notify, items-changed instead */
      return fb_json_merge_store (FIELD (object, field, GListStore *),
                                  FIELD (other, field, GListModel *),
                                  field->child->get_key, field->child->update_from);
    default:
      g_assert_not_reached ();
    }
}

gboolean
fb_model_update_from (gpointer            self,
                      gpointer            other,
                      const FbModelTable *table)
{
  GObject *object = self;
  gboolean changed = FALSE;

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);
  for (guint i = 0; i < table->n_fields; i++)
    changed |= update_field (object, other, &table->fields[i], table->pspecs[i + 1]);
  g_object_thaw_notify (object);

  return changed;
}

/* The FB_FIELD_ID_PART fields, from the member "id". */
static void
set_id_parts (gpointer            self,
              const FbModelTable *table)
{
  const char *id = NULL;

  for (guint i = 0; i < table->n_fields && id == NULL; i++)
    if (strcmp (table->fields[i].name, "id") == 0)
      id = FIELD (self, &table->fields[i], char *);

  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].kind == FB_FIELD_ID_PART)
      FIELD (self, &table->fields[i], char *) = table->fields[i].id_part (id);
}

gpointer
fb_model_new_from_json (GType      type,
                        JsonNode  *node,
                        GError   **error)
{
  g_autoptr(GObject) self = NULL;
  const FbModelTable *table;
  JsonObject *root;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* the first instance installs the table (class_init) */
  self = g_object_new (type, NULL);
  table = table_of (self);
  if (!fb_json_node_get_object (node, &root, error) ||
      !fb_model_parse (self, table, 0, root, error))
    return NULL;

  set_id_parts (self, table);
  if (table->parse_more != NULL && !table->parse_more (self, root, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
fb_model_update_from_json (gpointer    self,
                           JsonNode   *node,
                           GError    **error)
{
  g_autoptr(GObject) fresh = NULL;

  g_return_val_if_fail (G_IS_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_model_new_from_json (G_OBJECT_TYPE (self), node, error);
  if (fresh == NULL)
    return FALSE;

  fb_model_update_from (self, fresh, table_of (self));
  return TRUE;
}
