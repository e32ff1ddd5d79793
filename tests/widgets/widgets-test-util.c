/* widgets-test-util.c - fixtures and rendering for the widget tests and the gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "widgets-test-util.h"

/* ui/style.css from the source tree, as the application loads it from its resource. */
void
wt_load_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  const char *source_dir = g_getenv ("FB_SOURCE_DIR");
  g_autofree char *path = NULL;

  if (source_dir == NULL)
    source_dir = FB_SOURCE_DIR_DEFAULT;
  path = g_build_filename (source_dir, "ui", "style.css", NULL);
  gtk_css_provider_load_from_path (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static gboolean
is_time_member (const char *name)
{
  return g_str_equal (name, "startTime") || g_str_equal (name, "endTime");
}

/* Moves every real startTime/endTime by @shift (sentinels such as 0001-01-01 stay). */
static void
shift_times (JsonNode  *node,
             GTimeSpan  shift)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        shift_times (json_array_get_element (array, i), shift);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *member = json_object_get_member (object, name);

          if (is_time_member (name) && JSON_NODE_HOLDS_VALUE (member) &&
              json_node_get_value_type (member) == G_TYPE_STRING)
            {
              g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (json_node_get_string (member), NULL);

              if (dt != NULL && g_date_time_get_year (dt) > 1900)
                {
                  g_autoptr(GDateTime) moved = g_date_time_add (dt, shift);
                  g_autofree char *text = g_date_time_format_iso8601 (moved);

                  json_object_set_string_member (object, name, text);
                }
            }
          else
            shift_times (member, shift);
        }
    }
}

/**
 * wt_load_fixture:
 * @name: a file in tests/widgets/fixtures
 * @started_ago: moves the times so that the job started this long ago; 0 keeps them
 */
JsonNode *
wt_load_fixture (const char *name,
                 GTimeSpan   started_ago)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *source_dir = g_getenv ("FB_SOURCE_DIR");
  g_autofree char *path = NULL;
  JsonNode *root;

  if (source_dir == NULL)
    source_dir = FB_SOURCE_DIR_DEFAULT;
  path = g_build_filename (source_dir, "tests", "widgets", "fixtures", name, NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_steal_root (parser);

  if (started_ago != 0)
    {
      JsonObject *properties = json_object_get_object_member (json_node_get_object (root), "properties");
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (json_object_get_string_member (properties, "startTime"), NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g_assert_nonnull (start);
      shift_times (root, g_date_time_difference (now, start) - started_ago);
    }

  return root;
}

FbJob *
wt_load_job (const char *name,
             GTimeSpan   started_ago)
{
  g_autoptr(JsonNode) root = wt_load_fixture (name, started_ago);
  g_autoptr(GError) error = NULL;
  FbJob *job;

  job = fb_job_new_from_json (root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (job);
  return job;
}
