/* fb-job-monitor.c - every tracked Site Recovery job, one adaptive timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-job-error.h"
#include "fb-job-monitor.h"
#include "fb-job-task.h"
#include "fb-json.h"

/* Jobs whose start lies more than this before the POST are not its job. */
#define CLOCK_SKEW_USEC (5 * G_USEC_PER_SEC)

typedef struct {
  char *vault_id;
  char *name;
  char *target_id;
  char *scenario;
  FbJob *job;
  GHashTable *task_states;   /* task key -> "state/description" */
  gboolean finished;
  gboolean suspended;        /* waits for a manual action */
  gint64 next_due;           /* monotonic µs */
  GPtrArray *waiters;        /* GTask */
} Tracked;

struct _FbJobMonitor
{
  GObject parent_instance;

  FbSiteRecovery *sr;
  FbArmClient *arm;
  FbStateStore *store;
  GHashTable *tracked;       /* lower-case name -> Tracked */
  GListStore *jobs;          /* FbJob */
  GHashTable *known_names;   /* lower-case job names ever seen by this monitor */

  guint base_interval_ms;
  guint grace_ms;
  double slowdown;           /* 1.0 .. 4.0, grows while nothing changes */
  guint timer_id;
  guint in_flight;
  gboolean changed_this_cycle;
  gboolean throttled_this_cycle;
  guint poll_requests;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (FbJobMonitor, fb_job_monitor, G_TYPE_OBJECT)

enum {
  SIGNAL_JOB_UPDATED,
  SIGNAL_TASK_CHANGED,
  SIGNAL_JOB_FINISHED,
  SIGNAL_JOB_SUSPENDED,
  SIGNAL_ITEM_REFRESHED,
  SIGNAL_INTENT_UNRESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule (FbJobMonitor *self);
static void disconnect_waiter (GTask *w);

static void
tracked_free (Tracked *t)
{
  g_free (t->vault_id);
  g_free (t->name);
  g_free (t->target_id);
  g_free (t->scenario);
  g_clear_object (&t->job);
  g_hash_table_unref (t->task_states);
  if (t->waiters != NULL)
    {
      for (guint i = 0; i < t->waiters->len; i++)
        {
          GTask *w = t->waiters->pdata[i];
          disconnect_waiter (w);
          g_task_return_new_error (w, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The job monitor was closed"));
          g_object_unref (w);
        }
      g_ptr_array_unref (t->waiters);
    }
  g_free (t);
}

static void
fb_job_monitor_dispose (GObject *object)
{
  FbJobMonitor *self = FB_JOB_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_clear_object (&self->jobs);
  g_clear_object (&self->sr);
  g_clear_object (&self->arm);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fb_job_monitor_parent_class)->dispose (object);
}

static void
fb_job_monitor_finalize (GObject *object)
{
  FbJobMonitor *self = FB_JOB_MONITOR (object);

  g_clear_pointer (&self->known_names, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (fb_job_monitor_parent_class)->finalize (object);
}

static void
fb_job_monitor_class_init (FbJobMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_job_monitor_dispose;
  object_class->finalize = fb_job_monitor_finalize;

  signals[SIGNAL_JOB_UPDATED] =
    g_signal_new ("job-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FB_TYPE_JOB);
  signals[SIGNAL_TASK_CHANGED] =
    g_signal_new ("task-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, FB_TYPE_JOB, FB_TYPE_JOB_TASK);
  signals[SIGNAL_JOB_FINISHED] =
    g_signal_new ("job-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FB_TYPE_JOB);
  signals[SIGNAL_JOB_SUSPENDED] =
    g_signal_new ("job-suspended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FB_TYPE_JOB);
  signals[SIGNAL_ITEM_REFRESHED] =
    g_signal_new ("item-refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[SIGNAL_INTENT_UNRESOLVED] =
    g_signal_new ("intent-unresolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FB_TYPE_ACTION);
}

static void
fb_job_monitor_init (FbJobMonitor *self)
{
  self->tracked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) tracked_free);
  self->known_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->jobs = g_list_store_new (FB_TYPE_JOB);
  self->base_interval_ms = 15000;
  self->grace_ms = 30000;
  self->slowdown = 1.0;
  self->cancellable = g_cancellable_new ();
}

FbJobMonitor *
fb_job_monitor_new (FbSiteRecovery *site_recovery, FbStateStore *store)
{
  FbJobMonitor *self;

  g_return_val_if_fail (FB_IS_SITE_RECOVERY (site_recovery), NULL);

  self = g_object_new (FB_TYPE_JOB_MONITOR, NULL);
  self->sr = g_object_ref (site_recovery);
  self->arm = g_object_ref (fb_site_recovery_get_arm (site_recovery));
  self->store = store != NULL ? g_object_ref (store) : NULL;
  return self;
}

void
fb_job_monitor_set_poll_interval (FbJobMonitor *self, guint milliseconds)
{
  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  self->base_interval_ms = MAX (milliseconds, 10);
}

void
fb_job_monitor_set_lost_response_grace (FbJobMonitor *self, guint milliseconds)
{
  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  self->grace_ms = milliseconds;
}

GListModel *
fb_job_monitor_get_jobs (FbJobMonitor *self)
{
  g_return_val_if_fail (FB_IS_JOB_MONITOR (self), NULL);
  return G_LIST_MODEL (self->jobs);
}

guint
fb_job_monitor_get_poll_requests (FbJobMonitor *self)
{
  g_return_val_if_fail (FB_IS_JOB_MONITOR (self), 0);
  return self->poll_requests;
}

static Tracked *
find_tracked (FbJobMonitor *self, const char *name)
{
  g_autofree char *key = NULL;

  if (self->tracked == NULL || name == NULL)   /* disposed */
    return NULL;
  key = g_ascii_strdown (name, -1);
  return g_hash_table_lookup (self->tracked, key);
}

FbJob *
fb_job_monitor_lookup (FbJobMonitor *self, const char *job_name)
{
  Tracked *t;

  g_return_val_if_fail (FB_IS_JOB_MONITOR (self), NULL);
  t = find_tracked (self, job_name);
  return t != NULL ? t->job : NULL;
}

static void
remember_name (FbJobMonitor *self, const char *name)
{
  g_hash_table_add (self->known_names, g_ascii_strdown (name, -1));
}

void
fb_job_monitor_watch (FbJobMonitor *self, const char *vault_id, const char *job_name, const char *target_id,
                      const char *scenario)
{
  Tracked *t;

  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  g_return_if_fail (vault_id != NULL && job_name != NULL);

  remember_name (self, job_name);
  t = find_tracked (self, job_name);
  if (t != NULL)
    {
      if (t->finished)
        return;
      t->next_due = 0;
      schedule (self);
      return;
    }
  t = g_new0 (Tracked, 1);
  t->vault_id = g_strdup (vault_id);
  t->name = g_strdup (job_name);
  t->target_id = g_strdup (target_id);
  t->scenario = g_strdup (scenario);
  t->task_states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  t->next_due = 0;
  g_hash_table_insert (self->tracked, g_ascii_strdown (job_name, -1), t);
  if (self->store != NULL)
    fb_state_store_add_job (self->store, vault_id, job_name, target_id, scenario);
  self->slowdown = 1.0;
  schedule (self);
}

/* ---- failures ------------------------------------------------------------- */

char *
fb_job_describe_failure (FbJob *job)
{
  GListModel *errors = fb_job_get_errors (job);
  guint n = errors != NULL ? g_list_model_get_n_items (errors) : 0;
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobError) e = g_list_model_get_item (errors, i);
      const char *msg = fb_job_error_get_message (e);
      const char *action = fb_job_error_get_recommended_action (e);
      gint64 code = fb_job_error_get_provider_error_code (e);

      if (msg == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, "\n");
      if (code != 0)
        /* Translators: %lld is ASR's numeric error code, %s its message */
        g_string_append_printf (s, _("Error %lld: %s"), (long long) code, msg);
      else if (fb_job_error_get_service_error_code (e) != NULL)
        g_string_append_printf (s, "%s (%s)", msg, fb_job_error_get_service_error_code (e));
      else
        g_string_append (s, msg);
      if (action != NULL)
        g_string_append_printf (s, "\n%s %s", _("What to do:"), action);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static GError *
job_failure_error (FbJob *job)
{
  g_autofree char *detail = fb_job_describe_failure (job);
  const char *name = fb_job_get_friendly_name (job) ?: fb_job_get_scenario_name (job) ?: fb_job_get_name (job);

  if (detail != NULL)
    return g_error_new (FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED,
                        /* Translators: "Failover failed (Failed): <reason>" */
                        _("%s ended %s: %s"), name, fb_job_get_state (job) ?: "?", detail);
  return g_error_new (FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED, _("%s ended %s"), name,
                      fb_job_get_state (job) ?: "?");
}

static gboolean
job_suspended (FbJob *job)
{
  const char *state = fb_job_get_state (job);
  return state != NULL && g_ascii_strcasecmp (state, "Suspended") == 0;
}

/* The task that waits (a manual action), for the message. */
static const char *
waiting_task_name (GListModel *tasks)
{
  for (guint i = 0; tasks != NULL && i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FbJobTask) task = g_list_model_get_item (tasks, i);
      const char *inner = waiting_task_name (fb_job_task_get_child_tasks (task));

      if (inner != NULL)
        return inner;
      if (g_strcmp0 (fb_job_task_get_state (task), "Suspended") == 0 ||
          g_strcmp0 (fb_job_task_get_state (task), "InProgress") == 0)
        return fb_job_task_get_friendly_name (task) ?: fb_job_task_get_name (task);
    }
  return NULL;
}

static GError *
job_suspended_error (FbJob *job)
{
  const char *name = fb_job_get_friendly_name (job) ?: fb_job_get_scenario_name (job) ?: fb_job_get_name (job);
  const char *task = waiting_task_name (fb_job_get_tasks (job));

  return g_error_new (FB_ARM_ERROR, FB_ARM_ERROR_SUSPENDED,
                      /* Translators: "Planned failover waits for a manual action: Verify mail flow. Resume ..." */
                      _("%s waits for a manual action: %s. Resume the job when it is done."),
                      name, task != NULL ? task : "?");
}

static void
complete_waiters_suspended (Tracked *t)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&t->waiters);

  for (guint i = 0; waiters != NULL && i < waiters->len; i++)
    {
      GTask *w = waiters->pdata[i];
      disconnect_waiter (w);
      g_task_return_error (w, job_suspended_error (t->job));
      g_object_unref (w);
    }
}

static gboolean
job_succeeded (FbJob *job)
{
  const char *state = fb_job_get_state (job);
  return state != NULL && g_ascii_strcasecmp (state, "Succeeded") == 0;
}

static void
disconnect_waiter (GTask *w)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (w), "fb-cancel-id"));

  if (id != 0 && g_task_get_cancellable (w) != NULL)
    g_cancellable_disconnect (g_task_get_cancellable (w), id);
  g_object_set_data (G_OBJECT (w), "fb-cancel-id", NULL);
}

static void
complete_waiters (Tracked *t)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&t->waiters);

  for (guint i = 0; waiters != NULL && i < waiters->len; i++)
    {
      GTask *w = waiters->pdata[i];
      disconnect_waiter (w);
      if (job_succeeded (t->job))
        g_task_return_pointer (w, g_object_ref (t->job), g_object_unref);
      else
        g_task_return_error (w, job_failure_error (t->job));
      g_object_unref (w);
    }
}

/* ---- updates ---------------------------------------------------------------- */

static void
emit_task_changes (FbJobMonitor *self, Tracked *t, GListModel *tasks, const char *prefix)
{
  guint n = tasks != NULL ? g_list_model_get_n_items (tasks) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *key = g_strdup_printf ("%s%u:%s", prefix, i,
                                              fb_job_task_get_task_id (task) ?: fb_job_task_get_name (task) ?: "");
      g_autofree char *value = g_strdup_printf ("%s/%s", fb_job_task_get_state (task) ?: "",
                                                fb_job_task_get_state_description (task) ?: "");
      const char *old = g_hash_table_lookup (t->task_states, key);

      if (g_strcmp0 (old, value) != 0)
        {
          g_hash_table_insert (t->task_states, g_strdup (key), g_strdup (value));
          self->changed_this_cycle = TRUE;
          g_signal_emit (self, signals[SIGNAL_TASK_CHANGED], 0, t->job, task);
        }
      if (fb_job_task_get_child_tasks (task) != NULL)
        {
          g_autofree char *child_prefix = g_strconcat (key, "/", NULL);
          emit_task_changes (self, t, fb_job_task_get_child_tasks (task), child_prefix);
        }
    }
}

static void
refresh_item_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(FbJobMonitor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) model = fb_site_recovery_get_finish (FB_SITE_RECOVERY (source), result, &error);

  if (model == NULL)
    {
      g_debug ("job monitor: refreshing the item failed: %s", error->message);
      return;
    }
  if (self->tracked != NULL)
    g_signal_emit (self, signals[SIGNAL_ITEM_REFRESHED], 0, model);
}

static void
job_finished (FbJobMonitor *self, Tracked *t)
{
  const char *new_id = fb_job_get_new_replication_protected_item_id (t->job);
  /* targetObjectId is only the item's name: use the id we acted on */
  const char *target = new_id != NULL ? new_id : t->target_id;

  t->finished = TRUE;
  if (self->store != NULL)
    fb_state_store_remove_job (self->store, t->name);
  g_signal_emit (self, signals[SIGNAL_JOB_FINISHED], 0, t->job);
  complete_waiters (t);
  if (target != NULL && (strstr (target, "replicationProtectedItems/") != NULL ||
                         strstr (target, "replicationRecoveryPlans/") != NULL))
    fb_site_recovery_get_async (self->sr, target, self->cancellable, refresh_item_cb, g_object_ref (self));
}

/* Takes @node (a job JSON). */
static void
update_tracked (FbJobMonitor *self, Tracked *t, JsonNode *node)
{
  g_autoptr(GError) error = NULL;

  if (t->finished)
    return;
  if (t->job == NULL)
    {
      t->job = fb_job_new_from_json (node, &error);
      if (t->job == NULL)
        {
          g_debug ("job monitor: job %s: %s", t->name, error->message);
          return;
        }
      g_list_store_append (self->jobs, t->job);
      self->changed_this_cycle = TRUE;
      g_signal_emit (self, signals[SIGNAL_JOB_UPDATED], 0, t->job);
    }
  else
    {
      if (!fb_job_update_from_json (t->job, node, &error))
        {
          g_debug ("job monitor: job %s: %s", t->name, error->message);
          return;
        }
      g_signal_emit (self, signals[SIGNAL_JOB_UPDATED], 0, t->job);
    }
  emit_task_changes (self, t, fb_job_get_tasks (t->job), "");
  if (job_suspended (t->job))
    {
      /* not finished: a manual action, then `resume`; keep watching */
      if (!t->suspended)
        {
          t->suspended = TRUE;
          g_signal_emit (self, signals[SIGNAL_JOB_SUSPENDED], 0, t->job);
        }
      complete_waiters_suspended (t);
      return;
    }
  t->suspended = FALSE;
  if (!fb_job_is_running (t->job))
    job_finished (self, t);
}

/* ---- the poll cycle ------------------------------------------------------------ */

static void
cycle_part_done (FbJobMonitor *self)
{
  g_assert (self->in_flight > 0);
  if (--self->in_flight > 0)
    return;
  if (self->throttled_this_cycle)
    self->slowdown = MIN (self->slowdown * 2.0, 8.0);
  else if (self->changed_this_cycle)
    self->slowdown = 1.0;
  else
    self->slowdown = MIN (self->slowdown * 1.25, 4.0);
  schedule (self);
}

static void
note_poll_error (FbJobMonitor *self, const char *what, GError *error)
{
  if (g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_THROTTLED) ||
      g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_SERVER) ||
      g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_NETWORK))
    self->throttled_this_cycle = TRUE;
  g_debug ("job monitor: polling %s failed: %s", what, error->message);
}

typedef struct {
  FbJobMonitor *self;
  char *name;
} GetData;

static void
poll_get_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GetData *gd = user_data;
  FbJobMonitor *self = gd->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = fb_arm_client_get_finish (FB_ARM_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  if (node == NULL)
    note_poll_error (self, gd->name, error);
  else
    {
      Tracked *t = find_tracked (self, gd->name);
      if (t != NULL)
        update_tracked (self, t, node);
    }
  cycle_part_done (self);
out:
  g_free (gd->name);
  g_object_unref (gd->self);
  g_free (gd);
}

static void
poll_get (FbJobMonitor *self, Tracked *t)
{
  GetData *gd = g_new0 (GetData, 1);
  g_autofree char *path = g_strconcat (t->vault_id, "/replicationJobs/", t->name, NULL);

  gd->self = g_object_ref (self);
  gd->name = g_strdup (t->name);
  self->in_flight++;
  self->poll_requests++;
  fb_arm_client_get_async (self->arm, path, NULL, self->cancellable, poll_get_cb, gd);
}

typedef struct {
  FbJobMonitor *self;
  GPtrArray *names;    /* the tracked jobs this list is for */
  GHashTable *seen;
} ListPoll;

static gboolean
poll_list_page (JsonArray *value, gpointer user_data)
{
  ListPoll *lp = user_data;
  FbJobMonitor *self = lp->self;

  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      JsonNode *node = json_array_get_element (value, i);
      JsonObject *obj;
      const char *name;
      Tracked *t;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      obj = json_node_get_object (node);
      if (!json_object_has_member (obj, "name") ||
          !JSON_NODE_HOLDS_VALUE (json_object_get_member (obj, "name")) ||
          json_node_get_value_type (json_object_get_member (obj, "name")) != G_TYPE_STRING)
        continue;
      name = json_object_get_string_member (obj, "name");
      t = find_tracked (self, name);
      if (t == NULL || t->finished)
        continue;
      g_hash_table_add (lp->seen, g_ascii_strdown (name, -1));
      update_tracked (self, t, node);
    }
  return TRUE;
}

static void
poll_list_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ListPoll *lp = user_data;
  FbJobMonitor *self = lp->self;
  g_autoptr(GError) error = NULL;

  if (fb_arm_client_list_finish (FB_ARM_CLIENT (source), result, &error) < 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          note_poll_error (self, "replicationJobs", error);
          cycle_part_done (self);
        }
    }
  else
    {
      /* a job the filtered list did not return: one GET next cycle */
      for (guint i = 0; i < lp->names->len; i++)
        {
          g_autofree char *key = g_ascii_strdown (lp->names->pdata[i], -1);
          Tracked *t = find_tracked (self, lp->names->pdata[i]);
          if (t != NULL && !t->finished && !g_hash_table_contains (lp->seen, key))
            {
              g_debug ("job monitor: %s not in the list, GET it", t->name);
              poll_get (self, t);
            }
        }
      cycle_part_done (self);
    }
  g_ptr_array_unref (lp->names);
  g_hash_table_unref (lp->seen);
  g_object_unref (lp->self);
  g_free (lp);
}

static char *
iso_utc (gint64 unix_usec)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_usec / G_USEC_PER_SEC);
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

static void
poll_vault_list (FbJobMonitor *self, const char *vault_id, GPtrArray *group)
{
  ListPoll *lp = g_new0 (ListPoll, 1);
  g_autofree char *path = g_strconcat (vault_id, "/replicationJobs", NULL);
  g_autofree char *start = NULL;
  g_autofree char *filter = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *query = NULL;
  gint64 earliest = G_MAXINT64;

  lp->self = g_object_ref (self);
  lp->names = g_ptr_array_new_with_free_func (g_free);
  lp->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < group->len; i++)
    {
      Tracked *t = group->pdata[i];
      GDateTime *st = t->job != NULL ? fb_job_get_start_time (t->job) : NULL;
      gint64 when = st != NULL ? g_date_time_to_unix (st) * G_USEC_PER_SEC : g_get_real_time () - G_GINT64_CONSTANT (3600000000);
      earliest = MIN (earliest, when);
      g_ptr_array_add (lp->names, g_strdup (t->name));
    }
  start = iso_utc (earliest - 60 * G_USEC_PER_SEC);
  filter = g_strdup_printf ("StartTime eq '%s'", start);
  escaped = fb_arm_query_escape (filter);
  query = g_strconcat ("$filter=", escaped, NULL);
  self->in_flight++;
  self->poll_requests++;
  fb_arm_client_list_async (self->arm, path, query, poll_list_page, lp, NULL, self->cancellable,
                            poll_list_cb, lp);
}

static gboolean
poll_cycle_cb (gpointer data)
{
  FbJobMonitor *self = data;
  g_autoptr(GHashTable) by_vault = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  gpointer value;
  gint64 next_due = now + (gint64) (self->base_interval_ms * self->slowdown) * 1000;

  self->timer_id = 0;
  self->changed_this_cycle = FALSE;
  self->throttled_this_cycle = FALSE;

  g_autoptr(GHashTable) due_vaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* a vault is polled when one of its jobs is due; then all its running jobs
   * go into the one request of this cycle (and stay aligned afterwards) */
  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tracked *t = value;
      if (!t->finished && t->next_due <= now)
        g_hash_table_add (due_vaults, g_ascii_strdown (t->vault_id, -1));
    }
  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tracked *t = value;
      g_autofree char *vkey = NULL;
      GPtrArray *group;

      if (t->finished)
        continue;
      vkey = g_ascii_strdown (t->vault_id, -1);
      if (!g_hash_table_contains (due_vaults, vkey))
        continue;
      group = g_hash_table_lookup (by_vault, vkey);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (by_vault, g_steal_pointer (&vkey), group);
        }
      g_ptr_array_add (group, t);
      t->next_due = next_due;
    }

  self->in_flight++;   /* guard while starting requests */
  g_hash_table_iter_init (&iter, by_vault);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *group = value;
      Tracked *first = group->pdata[0];

      if (group->len == 1)
        poll_get (self, first);
      else
        poll_vault_list (self, first->vault_id, group);
    }
  cycle_part_done (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (FbJobMonitor *self)
{
  GHashTableIter iter;
  gpointer value;
  gint64 due = G_MAXINT64;
  gint64 now = g_get_monotonic_time ();

  if (self->in_flight > 0 || self->tracked == NULL)
    return;   /* the cycle reschedules when it completes */
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tracked *t = value;
      if (!t->finished)
        due = MIN (due, t->next_due);
    }
  if (due == G_MAXINT64)
    return;   /* nothing runs: no timer */
  self->timer_id = g_timeout_add ((guint) CLAMP ((due - now) / 1000, 0, G_MAXINT), poll_cycle_cb, self);
}

/* ---- waiting -------------------------------------------------------------------- */

/* Cancelling a wait stops the waiting at once (not the job). */
typedef struct {
  FbJobMonitor *self;
  char *name;
  GTask *task;     /* not owned: still in the waiters while there */
} WaitCancel;

static void
wait_cancel_free (gpointer data)
{
  WaitCancel *wc = data;
  g_free (wc->name);
  g_free (wc);
}

static gboolean
wait_cancelled_idle (gpointer data)
{
  WaitCancel *wc = data;
  Tracked *t = wc->self->tracked != NULL ? find_tracked (wc->self, wc->name) : NULL;

  if (t != NULL && t->waiters != NULL && g_ptr_array_remove (t->waiters, wc->task))
    {
      g_object_set_data (G_OBJECT (wc->task), "fb-cancel-id", NULL);
      g_task_return_new_error (wc->task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Stopped waiting"));
      g_object_unref (wc->task);
    }
  g_object_unref (wc->self);
  wait_cancel_free (wc);
  return G_SOURCE_REMOVE;
}

static void
wait_cancelled_cb (GCancellable *cancellable, gpointer data)
{
  WaitCancel *wc = data;
  WaitCancel *copy = g_new0 (WaitCancel, 1);

  /* may run inside g_cancellable_cancel(): finish from an idle */
  copy->self = g_object_ref (wc->self);
  copy->name = g_strdup (wc->name);
  copy->task = wc->task;
  g_idle_add (wait_cancelled_idle, copy);
}

void
fb_job_monitor_wait_async (FbJobMonitor *self, const char *job_name, GCancellable *cancellable,
                           GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  Tracked *t;

  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  g_return_if_fail (job_name != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_job_monitor_wait_async);
  g_task_set_check_cancellable (task, TRUE);
  t = find_tracked (self, job_name);
  if (t == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The job %s is not watched"), job_name);
      g_object_unref (task);
      return;
    }
  if (t->finished)
    {
      if (job_succeeded (t->job))
        g_task_return_pointer (task, g_object_ref (t->job), g_object_unref);
      else
        g_task_return_error (task, job_failure_error (t->job));
      g_object_unref (task);
      return;
    }
  if (t->suspended && t->job != NULL)
    {
      g_task_return_error (task, job_suspended_error (t->job));
      g_object_unref (task);
      return;
    }
  if (t->waiters == NULL)
    t->waiters = g_ptr_array_new ();
  g_ptr_array_add (t->waiters, task);
  if (cancellable != NULL)
    {
      WaitCancel *wc = g_new0 (WaitCancel, 1);
      wc->self = self;
      wc->name = g_strdup (job_name);
      wc->task = task;
      gulong id = g_cancellable_connect (cancellable, G_CALLBACK (wait_cancelled_cb), wc, wait_cancel_free);
      g_object_set_data (G_OBJECT (task), "fb-cancel-id", GSIZE_TO_POINTER (id));
    }
}

FbJob *
fb_job_monitor_wait_finish (FbJobMonitor *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- actions and lost answers ----------------------------------------------------- */

typedef struct {
  FbAction *action;
  gboolean resent;
  gboolean no_resend;       /* after a restart */
  guint lookups;
  guint timer_id;
  GError *first_error;
} ActionData;

static void
action_data_free (ActionData *ad)
{
  g_clear_handle_id (&ad->timer_id, g_source_remove);
  fb_action_free (ad->action);
  g_clear_error (&ad->first_error);
  g_free (ad);
}

static void action_post (GTask *task);
static void action_lookup (GTask *task);

static void
action_adopt (GTask *task, const char *job_name)
{
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);

  if (self->store != NULL && ad->action->intent_id != NULL)
    fb_state_store_remove_intent (self->store, ad->action->intent_id);
  fb_job_monitor_watch (self, ad->action->vault_id, job_name, ad->action->target_id, ad->action->scenario);
  g_task_return_pointer (task, g_strdup (job_name), g_free);
}

static void
action_give_up (GTask *task, GError *error)
{
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);

  if (self->store != NULL && ad->action->intent_id != NULL)
    fb_state_store_remove_intent (self->store, ad->action->intent_id);
  g_task_return_error (task, error);
}

static gboolean
grace_timer_cb (gpointer data)
{
  GTask *task = data;
  ActionData *ad = g_task_get_task_data (task);

  ad->timer_id = 0;
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }
  action_lookup (task);
  return G_SOURCE_REMOVE;
}

/* No job found (yet). Takes the task reference. */
static void
action_not_found (GTask *task)
{
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);

  if (ad->lookups < 2)
    {
      /* the service may list the job a little later: look again after the grace period */
      ad->timer_id = g_timeout_add ((guint) (self->grace_ms * fb_arm_client_get_time_scale (self->arm)),
                                    grace_timer_cb, task);
      return;
    }
  if (ad->no_resend || ad->resent || ad->action->scenario == NULL)
    {
      GError *error;
      if (ad->no_resend)
        g_signal_emit (self, signals[SIGNAL_INTENT_UNRESOLVED], 0, ad->action);
      error = g_error_new (FB_ARM_ERROR, FB_ARM_ERROR_NETWORK,
                           _("The answer to %s was lost and no job for it was found (%s). "
                             "Check the vault's jobs before trying again."),
                           ad->action->kind, ad->first_error != NULL ? ad->first_error->message : "");
      action_give_up (task, error);
      g_object_unref (task);
      return;
    }
  g_debug ("job monitor: no job for the lost %s on %s after the grace period; sending once more",
           ad->action->kind, ad->action->target_id);
  ad->resent = TRUE;
  ad->lookups = 0;
  action_post (task);
}

/* ASR's targetObjectId is the item's name (an internal id); accept its ARM id too. */
static gboolean
job_targets (FbJob *job, const char *target_id)
{
  const char *target = fb_job_get_target_object_id (job);
  g_autofree char *name = NULL;

  if (target == NULL || target_id == NULL)
    return FALSE;
  if (fb_arm_id_equal (target, target_id))
    return TRUE;
  name = fb_arm_id_get_name (target_id);
  return name != NULL && g_ascii_strcasecmp (name, target) == 0;
}

static void
lookup_jobs_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) jobs = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  FbJob *best = NULL;
  guint n;

  if (jobs == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          g_object_unref (task);
          return;
        }
      g_debug ("job monitor: looking for the job failed: %s", error->message);
      action_not_found (task);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (jobs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJob) job = g_list_model_get_item (G_LIST_MODEL (jobs), i);
      GDateTime *st = fb_job_get_start_time (job);
      g_autofree char *key = g_ascii_strdown (fb_job_get_name (job) ?: "", -1);

      if (!job_targets (job, ad->action->target_id) ||
          g_strcmp0 (fb_job_get_scenario_name (job), ad->action->scenario) != 0 ||
          g_hash_table_contains (self->known_names, key))
        continue;
      if (st != NULL && g_date_time_to_unix (st) * G_USEC_PER_SEC < ad->action->posted_at - CLOCK_SKEW_USEC)
        continue;
      if (best == NULL || (st != NULL && fb_job_get_start_time (best) != NULL &&
                           g_date_time_compare (st, fb_job_get_start_time (best)) > 0))
        best = job;
    }
  if (best != NULL)
    {
      g_debug ("job monitor: adopted job %s for the lost %s", fb_job_get_name (best), ad->action->kind);
      action_adopt (task, fb_job_get_name (best));
      g_object_unref (task);
      return;
    }
  action_not_found (task);
}

static void
lookup_target_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) model = fb_site_recovery_get_finish (FB_SITE_RECOVERY (source), result, &error);
  const char *scenario = NULL, *job_id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *filter = NULL;

  if (model != NULL && FB_IS_PROTECTED_ITEM (model))
    {
      scenario = fb_protected_item_get_current_scenario_name (FB_PROTECTED_ITEM (model));
      job_id = fb_protected_item_get_current_scenario_job_id (FB_PROTECTED_ITEM (model));
    }
  else if (model != NULL && FB_IS_RECOVERY_PLAN (model))
    {
      scenario = fb_recovery_plan_get_current_scenario_name (FB_RECOVERY_PLAN (model));
      job_id = fb_recovery_plan_get_current_scenario_job_id (FB_RECOVERY_PLAN (model));
    }
  if (scenario != NULL && job_id != NULL && g_strcmp0 (scenario, ad->action->scenario) == 0)
    {
      g_autofree char *name = fb_arm_id_get_name (job_id);
      g_autofree char *key = g_ascii_strdown (name ?: "", -1);
      if (name != NULL && g_ascii_strcasecmp (name, "None") != 0 && !g_hash_table_contains (self->known_names, key))
        {
          g_debug ("job monitor: the item runs %s (%s): adopting it", name, scenario);
          action_adopt (task, name);
          g_object_unref (task);
          return;
        }
    }
  /* finished already, or not started: the vault's jobs since the POST */
  start = iso_utc (ad->action->posted_at - 60 * G_USEC_PER_SEC);
  filter = g_strdup_printf ("StartTime eq '%s'", start);
  fb_site_recovery_list_async (self->sr, FB_SITE_RECOVERY_LIST_JOBS, ad->action->vault_id, filter, NULL,
                               g_task_get_cancellable (task), lookup_jobs_cb, task);
}

/* Takes the task reference. */
static void
action_lookup (GTask *task)
{
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);

  ad->lookups++;
  if (ad->action->scenario == NULL || strstr (ad->action->target_id, "replicationJobs/") != NULL)
    {
      /* nothing to look for */
      ad->lookups = 2;
      action_not_found (task);
      return;
    }
  fb_site_recovery_get_async (self->sr, ad->action->target_id, g_task_get_cancellable (task),
                              lookup_target_cb, task);
}

static void
action_posted_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  ActionData *ad = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(FbArmOperation) op = fb_arm_client_post_action_finish (FB_ARM_CLIENT (source), result, &error);

  if (op == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !fb_arm_error_is_lost_response (error) ||
          ad->action->scenario == NULL)
        {
          action_give_up (task, error);
          g_object_unref (task);
          return;
        }
      /* The POST may have been processed: look for its job, never resend blindly. */
      g_debug ("job monitor: the answer to %s was lost (%s); looking for its job", ad->action->kind, error->message);
      if (ad->first_error == NULL)
        ad->first_error = error;
      else
        g_error_free (error);
      action_lookup (task);
      return;
    }
  if (op->job_name == NULL)
    {
      if (ad->action->scenario != NULL)
        {
          action_lookup (task);
          return;
        }
      action_give_up (task, g_error_new (FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                                         _("Azure accepted %s but named no job"), ad->action->kind));
      g_object_unref (task);
      return;
    }
  {
    FbJobMonitor *self = g_task_get_source_object (task);
    Tracked *t;

    action_adopt (task, op->job_name);
    /* honour Retry-After for the first poll, within the base interval */
    t = find_tracked (self, op->job_name);
    if (t != NULL && op->retry_after > 0)
      {
        gint64 ra = (gint64) (op->retry_after * 1000.0 * fb_arm_client_get_time_scale (self->arm));
        t->next_due = g_get_monotonic_time () + MIN (ra, (gint64) self->base_interval_ms) * 1000;
        schedule (self);
      }
  }
  g_object_unref (task);
}

static void
action_post (GTask *task)
{
  FbJobMonitor *self = g_task_get_source_object (task);
  ActionData *ad = g_task_get_task_data (task);

  fb_arm_client_post_action_async (self->arm, ad->action->path, ad->action->body, g_task_get_cancellable (task),
                                   action_posted_cb, task);
}

void
fb_job_monitor_run_action_async (FbJobMonitor *self, FbAction *action, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  ActionData *ad;

  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  g_return_if_fail (action != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_job_monitor_run_action_async);
  ad = g_new0 (ActionData, 1);
  ad->action = fb_action_copy (action);
  ad->action->posted_at = g_get_real_time ();
  g_task_set_task_data (task, ad, (GDestroyNotify) action_data_free);
  /* the intent goes to disk before the POST goes out */
  if (self->store != NULL)
    fb_state_store_add_intent (self->store, ad->action);
  action_post (task);
}

char *
fb_job_monitor_run_action_finish (FbJobMonitor *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- resume ----------------------------------------------------------------------- */

static void
resume_intent_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = fb_job_monitor_run_action_finish (FB_JOB_MONITOR (source), result, &error);

  if (name == NULL)
    g_debug ("job monitor: a pending action of the last run was not resolved: %s", error->message);
}

void
fb_job_monitor_resume (FbJobMonitor *self)
{
  GPtrArray *jobs, *intents;
  g_autoptr(GPtrArray) pending = NULL;

  g_return_if_fail (FB_IS_JOB_MONITOR (self));
  if (self->store == NULL)
    return;
  jobs = fb_state_store_get_jobs (self->store);
  for (guint i = 0; i < jobs->len; i++)
    {
      FbTrackedJob *tj = jobs->pdata[i];
      fb_job_monitor_watch (self, tj->vault_id, tj->job_name, tj->target_id, tj->scenario);
    }
  intents = fb_state_store_get_intents (self->store);
  pending = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_action_free);
  for (guint i = 0; i < intents->len; i++)
    g_ptr_array_add (pending, fb_action_copy (intents->pdata[i]));
  for (guint i = 0; i < pending->len; i++)
    {
      FbAction *a = pending->pdata[i];
      GTask *task = g_task_new (self, self->cancellable, resume_intent_cb, NULL);
      ActionData *ad = g_new0 (ActionData, 1);

      g_task_set_source_tag (task, fb_job_monitor_run_action_async);
      ad->action = fb_action_copy (a);
      ad->no_resend = TRUE;
      ad->lookups = 1;   /* one look is enough after a restart: the grace period has passed */
      g_task_set_task_data (task, ad, (GDestroyNotify) action_data_free);
      action_lookup (task);
    }
}
