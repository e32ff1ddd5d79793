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

#define MAX_GROUPS 4

/* A row's JSON path split at the members all its alternatives share:
 * "properties.a.x|properties.a.y" is @base "properties.a" (interned, "" for the top
 * level) and @rest "x|y". Consecutive rows with the same base look it up once. */
typedef struct {
  const char *base;
  const char *rest;
} RowPath;

/* What fb_model_class_install() works out once per class. */
typedef struct {
  const FbModelTable  *table;
  RowPath             *paths;                  /* n_fields */
  GArray              *group_rows[MAX_GROUPS]; /* guint indices of rows with a path */
  GArray              *list_rows;              /* FB_FIELD_LIST */
  GArray              *id_part_rows;           /* FB_FIELD_ID_PART */
  GArray              *owned;                  /* OwnedPointer: what finalize frees */
  int                  id_row;                 /* the row "id", or -1 */
} ModelClass;

/* A member that holds a pointer the instance owns, and how it is freed. */
typedef struct {
  guint           offset;
  GDestroyNotify  free_func;
} OwnedPointer;

static ModelClass *
model_class_of_type (GType type)
{
  return g_type_get_qdata (type, fb_model_table_quark ());
}

static const ModelClass *
model_class_of (gpointer self)
{
  const ModelClass *model_class = model_class_of_type (G_OBJECT_TYPE (self));

  g_assert (model_class != NULL);
  return model_class;
}

const FbModelTable *
fb_model_table_for_type (GType type)
{
  ModelClass *model_class = model_class_of_type (type);

  return model_class != NULL ? model_class->table : NULL;
}

static const FbModelTable *
table_of (GObject *object)
{
  return model_class_of (object)->table;
}

/* The dotted prefix (whole members) that every alternative of @path starts with. */
static RowPath
row_path_new (const char *path)
{
  g_auto(GStrv) alternatives = g_strsplit (path, "|", -1);
  gsize base_length = strlen (alternatives[0]);
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autofree char *base = NULL;
  RowPath row_path;

  for (guint i = 1; alternatives[i] != NULL; i++)
    {
      gsize n = 0;

      while (n < base_length && alternatives[i][n] == alternatives[0][n])
        n++;
      base_length = n;
    }
  /* back to the end of a whole member, leaving at least one member for each rest */
  while (base_length > 0)
    {
      gboolean whole = TRUE;

      for (guint i = 0; alternatives[i] != NULL && whole; i++)
        whole = alternatives[i][base_length] == '.';
      if (whole)
        break;
      base_length--;
    }

  base = g_strndup (alternatives[0], base_length);
  for (guint i = 0; alternatives[i] != NULL; i++)
    g_string_append_printf (rest, "%s%s", i > 0 ? "|" : "",
                            alternatives[i] + (base_length > 0 ? base_length + 1 : 0));

  row_path.base = g_intern_string (base);
  row_path.rest = g_intern_string (rest->str);
  return row_path;
}

/* How a row's member is freed, NULL for values and the list stores (disposed). */
static GDestroyNotify
owned_free_func (FbFieldKind kind)
{
  switch (kind)
    {
    case FB_FIELD_STRING:
    case FB_FIELD_STRING_LENIENT:
    case FB_FIELD_ID_PART:
      return g_free;
    case FB_FIELD_STRV:
    case FB_FIELD_STRV_OF_MEMBERS:
      return (GDestroyNotify) g_strfreev;
    case FB_FIELD_DATE_TIME:
      return (GDestroyNotify) g_date_time_unref;
    case FB_FIELD_STRING_MAP:
      return (GDestroyNotify) g_hash_table_unref;
    case FB_FIELD_BOOLEAN:
    case FB_FIELD_INT64:
    case FB_FIELD_DOUBLE:
    case FB_FIELD_ENUM:
    case FB_FIELD_LIST:
    default:
      return NULL;
    }
}

static ModelClass *
model_class_new (const FbModelTable *table)
{
  ModelClass *model_class = g_new0 (ModelClass, 1);

  model_class->table = table;
  model_class->paths = g_new0 (RowPath, table->n_fields);
  for (guint g = 0; g < MAX_GROUPS; g++)
    model_class->group_rows[g] = g_array_new (FALSE, FALSE, sizeof (guint));
  model_class->list_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  model_class->id_part_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  model_class->owned = g_array_new (FALSE, FALSE, sizeof (OwnedPointer));
  model_class->id_row = -1;

  for (guint i = 0; i < table->n_fields; i++)
    {
      const FbModelField *field = &table->fields[i];

      g_assert (field->group < MAX_GROUPS);
      if (field->path != NULL)
        {
          model_class->paths[i] = row_path_new (field->path);
          g_array_append_val (model_class->group_rows[field->group], i);
        }
      if (field->kind == FB_FIELD_LIST)
        g_array_append_val (model_class->list_rows, i);
      if (field->kind == FB_FIELD_ID_PART)
        g_array_append_val (model_class->id_part_rows, i);
      if (model_class->id_row < 0 && strcmp (field->name, "id") == 0)
        model_class->id_row = (int) i;
      if (owned_free_func (field->kind) != NULL)
        {
          OwnedPointer owned = { field->offset, owned_free_func (field->kind) };

          g_array_append_val (model_class->owned, owned);
        }
    }

  return model_class;
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
  const ModelClass *model_class = model_class_of (object);
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  for (guint i = 0; i < model_class->list_rows->len; i++)
    {
      guint index = g_array_index (model_class->list_rows, guint, i);

      g_clear_object ((GListStore **) FIELD_PTR (object, &model_class->table->fields[index]));
    }

  parent_class->dispose (object);
}

void
fb_model_finalize (GObject *object)
{
  const ModelClass *model_class = model_class_of (object);
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  const OwnedPointer *owned = (const OwnedPointer *) (gpointer) model_class->owned->data;
  const OwnedPointer *end = owned + model_class->owned->len;

  /* the instance goes away: the members need not be cleared */
  for (; owned < end; owned++)
    {
      gpointer member = G_STRUCT_MEMBER (gpointer, object, owned->offset);

      if (member != NULL)
        owned->free_func (member);
    }

  parent_class->finalize (object);
}

void
fb_model_class_install (GObjectClass       *klass,
                        const FbModelTable *table)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (klass));
  g_return_if_fail (table != NULL && table->pspecs != NULL);

  /* lives as long as the class: for the program's lifetime */
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), fb_model_table_quark (), model_class_new (table));

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
  const ModelClass *model_class = model_class_of (self);

  for (guint i = 0; i < model_class->list_rows->len; i++)
    {
      const FbModelField *field = &table->fields[g_array_index (model_class->list_rows, guint, i)];

      FIELD (self, field, GListStore *) = g_list_store_new (field->child->get_type ());
    }
}

static gboolean
parse_field (gpointer             self,
             const FbModelField  *field,
             JsonObject          *object,
             const char          *path,
             GError             **error)
{
  gpointer ptr = FIELD_PTR (self, field);

  switch (field->kind)
    {
    case FB_FIELD_STRING:
      return fb_json_get_string (object, path, ptr, error);
    case FB_FIELD_STRING_LENIENT:
      return fb_json_get_string_lenient (object, path, ptr, error);
    case FB_FIELD_STRV:
      return fb_json_get_strv (object, path, ptr, error);
    case FB_FIELD_STRV_OF_MEMBERS:
      return fb_json_get_strv_of_members (object, path, field->member, ptr, error);
    case FB_FIELD_BOOLEAN:
      return fb_json_get_boolean (object, path, ptr, error);
    case FB_FIELD_INT64:
      return fb_json_get_int64 (object, path, ptr, error);
    case FB_FIELD_DOUBLE:
      return fb_json_get_double (object, path, ptr, error);
    case FB_FIELD_DATE_TIME:
      return fb_json_get_date_time (object, path, ptr, error);
    case FB_FIELD_STRING_MAP:
      return fb_json_get_string_map (object, path, ptr, error);
    case FB_FIELD_LIST:
      return fb_json_get_model_list (object, path, field->child->new_from_json,
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
  const ModelClass *model_class = model_class_of (self);
  GArray *rows;
  const char *base = "";
  JsonObject *object = root;

  g_return_val_if_fail (group < MAX_GROUPS, FALSE);

  rows = model_class->group_rows[group];
  for (guint i = 0; i < rows->len; i++)
    {
      guint index = g_array_index (rows, guint, i);
      const RowPath *path = &model_class->paths[index];

      /* interned: the same base is the same pointer */
      if (path->base != base)
        {
          base = path->base;
          object = root;
          if (*base != '\0' && !fb_json_get_object (root, base, &object, error))
            return FALSE;
        }

      if (!parse_field (self, &table->fields[index], object, path->rest, error))
        {
          /* name the member from the top, as fb_json_get_*() on @root would */
          if (*base != '\0')
            g_prefix_error (error, "%s.", base);
          return FALSE;
        }
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
  const ModelClass *model_class = model_class_of (self);
  const char *id;

  if (model_class->id_part_rows->len == 0)
    return;

  g_return_if_fail (model_class->id_row >= 0);
  id = FIELD (self, &table->fields[model_class->id_row], char *);
  for (guint i = 0; i < model_class->id_part_rows->len; i++)
    {
      const FbModelField *field = &table->fields[g_array_index (model_class->id_part_rows, guint, i)];

      FIELD (self, field, char *) = field->id_part (id);
    }
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
