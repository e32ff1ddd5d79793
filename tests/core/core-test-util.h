/* core-test-util.h - helpers shared by the core model tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Parses a JSON text; the test fails on invalid JSON. */
JsonNode   *core_test_parse             (const char  *json);
/* Loads tests/core/fixtures/@name (via FB_SOURCE_DIR). */
JsonNode   *core_test_load_fixture      (const char  *name);
JsonNode   *core_test_load_file         (const char  *path);
/* The elements of "value" of a list page; the test fails if it is not one. */
GPtrArray  *core_test_list_values       (JsonNode    *page);

/* A property as text: strings as is ("(null)" for NULL), numbers, booleans "true"/"false",
 * enums by nick, dates as ISO 8601 UTC with microseconds trimmed ("2026-11-27T05:40:44Z"),
 * strv joined with ",", list models as "n=<count>". */
char       *core_test_property_string   (gpointer     object,
                                         const char  *property);
#define core_assert_property(object, property, expected) \
  G_STMT_START { \
    g_autofree char *__s = core_test_property_string ((object), (property)); \
    if (g_strcmp0 (__s, (expected)) != 0) \
      g_error ("%s:%d: %s.%s is “%s”, expected “%s”", __FILE__, __LINE__, \
               G_OBJECT_TYPE_NAME (object), (property), __s, (expected)); \
  } G_STMT_END

/* Records the names of the properties notified on an object. */
typedef struct {
  GPtrArray *names;
  gulong     handler;
  GObject   *object;
} CoreNotifyLog;

void        core_notify_log_start       (CoreNotifyLog *log,
                                         gpointer       object);
void        core_notify_log_stop        (CoreNotifyLog *log);
gboolean    core_notify_log_has         (CoreNotifyLog *log,
                                         const char    *property);
/* Sorted, comma-separated names ("" when nothing was notified). */
char       *core_notify_log_names       (CoreNotifyLog *log);

/* An "items-changed" handler that counts the emissions in the guint @count points to. */
void        core_count_items_changed    (GListModel  *model,
                                         guint        position,
                                         guint        removed,
                                         guint        added,
                                         guint       *count);

/* The item at @position of a list model, transfer none (kept alive by the model). */
gpointer    core_test_list_item         (GListModel  *model,
                                         guint        position);

G_END_DECLS
