/* bench-parse.c - parse one ARM page of protected items into FbProtectedItem models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the build: bench/parse-models compiles it against
 * _build-bench/src/core/libfailback-core.a.
 *
 * Usage: bench-parse PAGE.json [ROUNDS]
 *   Reads PAGE.json ({"value":[...],"nextLink":...}) once, then ROUNDS times
 *   (bounded to 1..50): JSON parse (json-glib) -> fb_protected_item_new_from_json()
 *   for every element -> free. Prints the median time of each phase and items/s.
 *   Under valgrind --tool=callgrind the phases of the LAST round are dumped
 *   separately (CALLGRIND_DUMP_STATS_AT "json-parse", "models", "free").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <valgrind/callgrind.h>

#include "fb-protected-item.h"

static int
compare_gint64 (const void *a, const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  int rounds;
  gint64 t_json[50], t_models[50], t_free[50];
  guint n_items = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s PAGE.json [ROUNDS]\n", argv[0]);
      return 2;
    }
  rounds = argc > 2 ? atoi (argv[2]) : 5;
  rounds = CLAMP (rounds, 1, 50);
  if (!g_file_get_contents (argv[1], &text, &len, &error))
    {
      fprintf (stderr, "bench-parse: %s\n", error->message);
      return 1;
    }
  /* the model types exist before the first round, as in the app */
  g_type_ensure (FB_TYPE_PROTECTED_ITEM);

  for (int r = 0; r < rounds; r++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      GPtrArray *models;
      JsonNode *root;
      JsonObject *page;
      JsonArray *value;
      gint64 t0, t1, t2, t3;
      guint n;

      CALLGRIND_ZERO_STATS;
      t0 = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, text, (gssize) len, &error))
        {
          fprintf (stderr, "bench-parse: %s\n", error->message);
          return 1;
        }
      t1 = g_get_monotonic_time ();
      CALLGRIND_DUMP_STATS_AT ("json-parse");

      root = json_parser_get_root (parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          fprintf (stderr, "bench-parse: the page is not an object\n");
          return 1;
        }
      page = json_node_get_object (root);
      if (!json_object_has_member (page, "value") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (page, "value")))
        {
          fprintf (stderr, "bench-parse: the page has no value array\n");
          return 1;
        }
      value = json_object_get_array_member (page, "value");
      n = json_array_get_length (value);
      models = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          FbProtectedItem *item = fb_protected_item_new_from_json (json_array_get_element (value, i),
                                                                   &error);

          if (item == NULL)
            {
              fprintf (stderr, "bench-parse: item %u: %s\n", i, error->message);
              return 1;
            }
          g_ptr_array_add (models, item);
        }
      t2 = g_get_monotonic_time ();
      CALLGRIND_DUMP_STATS_AT ("models");

      g_ptr_array_unref (models);
      g_clear_object (&parser);
      t3 = g_get_monotonic_time ();
      CALLGRIND_DUMP_STATS_AT ("free");

      t_json[r] = t1 - t0;
      t_models[r] = t2 - t1;
      t_free[r] = t3 - t2;
      n_items = n;
    }

  qsort (t_json, (size_t) rounds, sizeof (gint64), compare_gint64);
  qsort (t_models, (size_t) rounds, sizeof (gint64), compare_gint64);
  qsort (t_free, (size_t) rounds, sizeof (gint64), compare_gint64);
  {
    gint64 json = t_json[rounds / 2], mod = t_models[rounds / 2], fr = t_free[rounds / 2];

    printf ("items %u, page %.1f MB, rounds %d\n", n_items, (double) len / 1e6, rounds);
    printf ("json parse   median %.1f ms (min %.1f, max %.1f)\n", json / 1000.0,
            t_json[0] / 1000.0, t_json[rounds - 1] / 1000.0);
    printf ("models       median %.1f ms (min %.1f, max %.1f)\n", mod / 1000.0,
            t_models[0] / 1000.0, t_models[rounds - 1] / 1000.0);
    printf ("free         median %.1f ms\n", fr / 1000.0);
    printf ("items/s parse+models %.0f (models only %.0f)\n",
            n_items / ((json + mod) / 1e6), n_items / (mod / 1e6));
  }
  return 0;
}
