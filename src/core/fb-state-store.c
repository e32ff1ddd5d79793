/* fb-state-store.c - tracked jobs and pending action intents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fb-json.h"
#include "fb-state-store.h"

struct _FbStateStore
{
  GObject parent_instance;
  char *directory;
  char *path;
  GPtrArray *jobs;      /* FbTrackedJob */
  GPtrArray *intents;   /* FbAction */
};

G_DEFINE_FINAL_TYPE (FbStateStore, fb_state_store, G_TYPE_OBJECT)

void
fb_tracked_job_free (FbTrackedJob *job)
{
  if (job == NULL)
    return;
  g_free (job->vault_id);
  g_free (job->job_name);
  g_free (job->target_id);
  g_free (job->scenario);
  g_free (job);
}

static void
fb_state_store_finalize (GObject *object)
{
  FbStateStore *self = FB_STATE_STORE (object);

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->intents, g_ptr_array_unref);
  G_OBJECT_CLASS (fb_state_store_parent_class)->finalize (object);
}

static void
fb_state_store_class_init (FbStateStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fb_state_store_finalize;
}

static void
fb_state_store_init (FbStateStore *self)
{
  self->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_tracked_job_free);
  self->intents = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_action_free);
}

static gboolean
load (FbStateStore *self, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *obj;
  JsonArray *jobs = NULL, *intents = NULL;

  if (!g_file_get_contents (self->path, &data, &len, NULL))
    return TRUE;   /* nothing yet */
  root = fb_json_parse_data (data, len, error);
  if (root == NULL || !fb_json_node_get_object (root, &obj, error) ||
      !fb_json_get_array (obj, "jobs", &jobs, error) ||
      !fb_json_get_array (obj, "intents", &intents, error))
    return FALSE;
  for (guint i = 0; jobs != NULL && i < json_array_get_length (jobs); i++)
    {
      JsonObject *j;
      g_autoptr(FbTrackedJob) t = g_new0 (FbTrackedJob, 1);
      if (!fb_json_node_get_object (json_array_get_element (jobs, i), &j, error) ||
          !fb_json_get_string (j, "vaultId", &t->vault_id, error) ||
          !fb_json_get_string (j, "jobName", &t->job_name, error) ||
          !fb_json_get_string (j, "targetId", &t->target_id, error) ||
          !fb_json_get_string (j, "scenario", &t->scenario, error) ||
          !fb_json_get_int64 (j, "trackedAt", &t->tracked_at, error))
        return FALSE;
      if (t->vault_id != NULL && t->job_name != NULL)
        g_ptr_array_add (self->jobs, g_steal_pointer (&t));
    }
  for (guint i = 0; intents != NULL && i < json_array_get_length (intents); i++)
    {
      FbAction *a = fb_action_from_json (json_array_get_element (intents, i), error);
      if (a == NULL)
        return FALSE;
      g_ptr_array_add (self->intents, a);
    }
  return TRUE;
}

FbStateStore *
fb_state_store_new (const char *directory)
{
  FbStateStore *self = g_object_new (FB_TYPE_STATE_STORE, NULL);
  g_autoptr(GError) error = NULL;

  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_state_dir (), "failback", NULL);
  self->path = g_build_filename (self->directory, "jobs.json", NULL);
  if (!load (self, &error))
    {
      g_autofree char *aside = g_strconcat (self->path, ".broken", NULL);
      g_debug ("state store %s unreadable (%s); moved aside", self->path, error->message);
      g_rename (self->path, aside);
      g_ptr_array_set_size (self->jobs, 0);
      g_ptr_array_set_size (self->intents, 0);
    }
  return self;
}

const char *
fb_state_store_get_path (FbStateStore *self)
{
  g_return_val_if_fail (FB_IS_STATE_STORE (self), NULL);
  return self->path;
}

GPtrArray *
fb_state_store_get_jobs (FbStateStore *self)
{
  g_return_val_if_fail (FB_IS_STATE_STORE (self), NULL);
  return self->jobs;
}

GPtrArray *
fb_state_store_get_intents (FbStateStore *self)
{
  g_return_val_if_fail (FB_IS_STATE_STORE (self), NULL);
  return self->intents;
}

gboolean
fb_state_store_save (FbStateStore *self, GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (FB_IS_STATE_STORE (self), FALSE);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "jobs");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->jobs->len; i++)
    {
      FbTrackedJob *t = self->jobs->pdata[i];
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "vaultId");
      json_builder_add_string_value (b, t->vault_id);
      json_builder_set_member_name (b, "jobName");
      json_builder_add_string_value (b, t->job_name);
      json_builder_set_member_name (b, "targetId");
      json_builder_add_string_value (b, t->target_id);
      json_builder_set_member_name (b, "scenario");
      json_builder_add_string_value (b, t->scenario);
      json_builder_set_member_name (b, "trackedAt");
      json_builder_add_int_value (b, t->tracked_at);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "intents");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->intents->len; i++)
    json_builder_add_value (b, fb_action_to_json (self->intents->pdata[i]));
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, &len);

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", self->directory, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (self->path, text, len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
save_quietly (FbStateStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!fb_state_store_save (self, &error))
    g_debug ("state store: %s", error->message);
}

void
fb_state_store_add_job (FbStateStore *self, const char *vault_id, const char *job_name, const char *target_id,
                        const char *scenario)
{
  FbTrackedJob *t;

  g_return_if_fail (FB_IS_STATE_STORE (self));
  g_return_if_fail (vault_id != NULL && job_name != NULL);

  for (guint i = 0; i < self->jobs->len; i++)
    if (g_ascii_strcasecmp (((FbTrackedJob *) self->jobs->pdata[i])->job_name, job_name) == 0)
      return;
  t = g_new0 (FbTrackedJob, 1);
  t->vault_id = g_strdup (vault_id);
  t->job_name = g_strdup (job_name);
  t->target_id = g_strdup (target_id);
  t->scenario = g_strdup (scenario);
  t->tracked_at = g_get_real_time ();
  g_ptr_array_add (self->jobs, t);
  save_quietly (self);
}

void
fb_state_store_remove_job (FbStateStore *self, const char *job_name)
{
  g_return_if_fail (FB_IS_STATE_STORE (self));

  for (guint i = 0; i < self->jobs->len; i++)
    if (g_ascii_strcasecmp (((FbTrackedJob *) self->jobs->pdata[i])->job_name, job_name) == 0)
      {
        g_ptr_array_remove_index (self->jobs, i);
        save_quietly (self);
        return;
      }
}

void
fb_state_store_add_intent (FbStateStore *self, FbAction *action)
{
  g_return_if_fail (FB_IS_STATE_STORE (self));
  g_return_if_fail (action != NULL);

  if (action->intent_id == NULL)
    action->intent_id = g_uuid_string_random ();
  g_ptr_array_add (self->intents, fb_action_copy (action));
  save_quietly (self);
}

void
fb_state_store_remove_intent (FbStateStore *self, const char *intent_id)
{
  g_return_if_fail (FB_IS_STATE_STORE (self));

  for (guint i = 0; i < self->intents->len; i++)
    if (g_strcmp0 (((FbAction *) self->intents->pdata[i])->intent_id, intent_id) == 0)
      {
        g_ptr_array_remove_index (self->intents, i);
        save_quietly (self);
        return;
      }
}
