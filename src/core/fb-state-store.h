/* fb-state-store.h - tracked jobs and pending action intents, kept across restarts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One JSON file, $XDG_STATE_HOME/failback/jobs.json (or the directory given),
 * written atomically (g_file_set_contents) after every change. It holds no
 * secrets: ARM ids, job names, scenario names, times, and the request bodies
 * of actions whose answer is still pending (ids and choices only).
 */
#pragma once

#include <gio/gio.h>

#include "fb-action.h"

G_BEGIN_DECLS

typedef struct {
  char   *vault_id;
  char   *job_name;
  char   *target_id;    /* the item/plan the job acts on, may be NULL */
  char   *scenario;     /* may be NULL */
  gint64  tracked_at;   /* unix µs */
} FbTrackedJob;

void fb_tracked_job_free (FbTrackedJob *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbTrackedJob, fb_tracked_job_free)

#define FB_TYPE_STATE_STORE (fb_state_store_get_type ())
G_DECLARE_FINAL_TYPE (FbStateStore, fb_state_store, FB, STATE_STORE, GObject)

/* directory: NULL = g_get_user_state_dir()/failback. The file is read here
 * (it is small); a missing file is an empty store, a broken one is moved
 * aside (jobs.json.broken) and reported with g_debug. */
FbStateStore *fb_state_store_new            (const char *directory);
const char   *fb_state_store_get_path       (FbStateStore *self);

/* FbTrackedJob*, owned by the store. */
GPtrArray    *fb_state_store_get_jobs       (FbStateStore *self);
void          fb_state_store_add_job        (FbStateStore *self,
                                             const char   *vault_id,
                                             const char   *job_name,
                                             const char   *target_id,
                                             const char   *scenario);
void          fb_state_store_remove_job     (FbStateStore *self,
                                             const char   *job_name);

/* FbAction*, owned by the store. add_intent sets action->intent_id. */
GPtrArray    *fb_state_store_get_intents    (FbStateStore *self);
void          fb_state_store_add_intent     (FbStateStore *self,
                                             FbAction     *action);
void          fb_state_store_remove_intent  (FbStateStore *self,
                                             const char   *intent_id);

/* Writes now (every change above already does; errors are returned here and
 * logged with g_debug otherwise). */
gboolean      fb_state_store_save           (FbStateStore *self,
                                             GError      **error);

G_END_DECLS
