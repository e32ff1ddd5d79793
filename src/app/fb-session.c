/* fb-session.c - the account or endpoint the window currently shows
 *
 * FbApplication owns at most one FbSession: the demo site or a signed-in Azure
 * account. The session owns the account's core services (FbAzureAuth, FbArmClient,
 * FbSiteRecovery, FbJobMonitor with its FbStateStore) and the collections the views
 * bind to: the vault list and, per vault, its items, plans, fabrics and jobs.
 *
 * Collections are GListStores that never get replaced. The first load of a vault's
 * items fills the store page by page as the pages arrive; every later load goes into
 * a scratch store that is merged in place: the objects of items that are still there
 * are updated as their page arrives (notifying only what changed; the fresh copy is
 * dropped at once, so a reload never holds a second copy of a big vault), gone ones are
 * removed and new ones inserted with the smallest splices at the end of the load, so
 * selections and scroll positions survive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fb-json.h"
#include "fb-session.h"

typedef enum {
  LIST_ITEMS,
  LIST_PLANS,
  LIST_FABRICS,
  LIST_JOBS,
  N_LISTS
} ListKind;

typedef struct
{
  FbVault *vault;
  GListStore *stores[N_LISTS];
  GPtrArray *waiters;    /* GTask, completed when the running load ends */
  GError *error;         /* first error of the running load */
  guint pending;         /* lists in flight */
  guint loaded : 1;      /* a load has finished once */
  guint generation;
} VaultData;

struct _FbSession
{
  GObject parent_instance;

  FbSessionKind kind;
  char *title;
  char *endpoint;
  char *vcenter_uri;

  FbSimServer *sim;
  FbCloud *cloud;
  FbAzureAuth *auth;
  FbArmClient *arm;
  FbSiteRecovery *site_recovery;
  FbStateStore *state_store;
  FbJobMonitor *job_monitor;

  GSettings *settings;
  GCancellable *cancellable;
  GError *error;

  GListStore *vaults;
  GHashTable *vault_data;      /* vault id -> VaultData (ids case-insensitive) */
  GHashTable *subscriptions;   /* subscription id -> display name */
  GPtrArray *all_waiters;      /* GTask of refresh (NULL vault) */
  guint all_pending;           /* steps of the running vault list load */
  GError *all_error;

  guint auto_refresh_id;
  guint loading_count;

  guint ready : 1;
  guint auto_refresh : 1;
};

G_DEFINE_ENUM_TYPE (FbSessionKind, fb_session_kind,
  G_DEFINE_ENUM_VALUE (FB_SESSION_KIND_DEMO, "demo"),
  G_DEFINE_ENUM_VALUE (FB_SESSION_KIND_AZURE, "azure"))

G_DEFINE_FINAL_TYPE (FbSession, fb_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_ENDPOINT,
  PROP_READY,
  PROP_LOADING,
  PROP_ERROR,
  PROP_VAULTS,
  N_PROPS
};

enum {
  SIGNAL_FAILED,
  SIGNAL_REFRESHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void fb_session_refresh_vault (FbSession *self, VaultData *vd, GTask *waiter);
static void fb_session_refresh_all   (FbSession *self, GTask *waiter);

static void
vault_data_free (gpointer data)
{
  VaultData *vd = data;

  g_clear_object (&vd->vault);
  for (guint i = 0; i < N_LISTS; i++)
    g_clear_object (&vd->stores[i]);
  g_clear_pointer (&vd->waiters, g_ptr_array_unref);
  g_clear_error (&vd->error);
  g_free (vd);
}

static VaultData *
fb_session_ensure_vault_data (FbSession *self,
                              FbVault   *vault)
{
  const char *id = fb_vault_get_id (vault);
  VaultData *vd = g_hash_table_lookup (self->vault_data, id);

  if (vd == NULL)
    {
      vd = g_new0 (VaultData, 1);
      vd->vault = g_object_ref (vault);
      vd->stores[LIST_ITEMS] = g_list_store_new (FB_TYPE_PROTECTED_ITEM);
      vd->stores[LIST_PLANS] = g_list_store_new (FB_TYPE_RECOVERY_PLAN);
      vd->stores[LIST_FABRICS] = g_list_store_new (FB_TYPE_FABRIC);
      vd->stores[LIST_JOBS] = g_list_store_new (FB_TYPE_JOB);
      vd->waiters = g_ptr_array_new_with_free_func (g_object_unref);
      /* The key lives as long as the value: the vault's id string. */
      g_hash_table_insert (self->vault_data, (gpointer) fb_vault_get_id (vd->vault), vd);
    }

  return vd;
}

static void
fb_session_set_error (FbSession    *self,
                      const GError *error)
{
  if (error == NULL && self->error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);

  if (error != NULL)
    {
      g_debug ("session %s: %s", self->title, error->message);
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, error);
    }
}

static void
fb_session_loading_inc (FbSession *self)
{
  if (self->loading_count++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
fb_session_loading_dec (FbSession *self)
{
  g_return_if_fail (self->loading_count > 0);

  if (--self->loading_count == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Merging in place ---------------------------------------------------------- */

static gboolean
model_update_from (gpointer item,
                   gpointer other)
{
  if (FB_IS_PROTECTED_ITEM (item))
    return fb_protected_item_update_from (item, other);
  if (FB_IS_RECOVERY_PLAN (item))
    return fb_recovery_plan_update_from (item, other);
  if (FB_IS_FABRIC (item))
    return fb_fabric_update_from (item, other);
  if (FB_IS_JOB (item))
    return fb_job_update_from (item, other);
  if (FB_IS_VAULT (item))
    return fb_vault_update_from (item, other);
  g_return_val_if_reached (FALSE);
}

static const char *
model_get_id (gpointer item)
{
  if (FB_IS_PROTECTED_ITEM (item))
    return fb_protected_item_get_id (item);
  if (FB_IS_RECOVERY_PLAN (item))
    return fb_recovery_plan_get_id (item);
  if (FB_IS_FABRIC (item))
    return fb_fabric_get_id (item);
  if (FB_IS_JOB (item))
    return fb_job_get_id (item);
  if (FB_IS_VAULT (item))
    return fb_vault_get_id (item);
  g_return_val_if_reached (NULL);
}

static gboolean
is_kept (GListStore *store,
         guint       position,
         GHashTable *old_by_id,
         GHashTable *fresh_ids)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), position);
  const char *id = model_get_id (item);

  return id != NULL && g_hash_table_contains (fresh_ids, id) &&
         g_hash_table_lookup (old_by_id, id) == item;
}

/* Makes @store hold the items of @fresh in @fresh's order, keeping the objects of
 * items whose id is still there. Unlike one big splice, unchanged runs stay put,
 * so a GtkMultiSelection keeps its selected rows. */
static void
merge_in_place (GListStore *store,
                GListModel *fresh)
{
  g_autoptr(GHashTable) old_by_id = g_hash_table_new (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal);
  g_autoptr(GHashTable) fresh_ids = g_hash_table_new (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) old_items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_fresh = g_list_model_get_n_items (fresh);
  guint n_kept = 0;
  guint pos;

  /* The old objects stay alive until the end: their ids are the table's keys. */
  for (guint i = 0; i < n_old; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *id = model_get_id (item);

      g_ptr_array_add (old_items, item);
      if (id != NULL && !g_hash_table_contains (old_by_id, id))
        g_hash_table_insert (old_by_id, (gpointer) id, item);
    }

  /* The new sequence: existing objects updated, new ones as they came. */
  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);
      const char *id = model_get_id (item);
      GObject *existing = id != NULL ? g_hash_table_lookup (old_by_id, id) : NULL;

      if (id == NULL || g_hash_table_contains (fresh_ids, id))
        continue;   /* duplicates: the first wins */

      if (existing != NULL)
        {
          model_update_from (existing, item);
          g_ptr_array_add (result, g_object_ref (existing));
          g_hash_table_add (fresh_ids, (gpointer) model_get_id (existing));
          n_kept++;
        }
      else
        {
          g_hash_table_add (fresh_ids, (gpointer) id);
          g_ptr_array_add (result, g_steal_pointer (&item));
        }
    }

  /* Remove what is gone, in runs from the end. */
  pos = n_old;
  while (pos > 0)
    {
      guint end;

      while (pos > 0 && is_kept (store, pos - 1, old_by_id, fresh_ids))
        pos--;
      end = pos;
      while (pos > 0 && !is_kept (store, pos - 1, old_by_id, fresh_ids))
        pos--;
      if (pos < end)
        g_list_store_splice (store, pos, end - pos, NULL, 0);
    }

  /* The kept objects are now in their old order; if that is also their new order,
   * insert the new ones in between; otherwise the order changed: one splice. */
  g_assert (g_list_model_get_n_items (G_LIST_MODEL (store)) == n_kept);
  {
    guint k = 0;

    for (guint i = 0; i < result->len; i++)
      {
        GObject *item = result->pdata[i];
        const char *id = model_get_id (item);

        if (g_hash_table_lookup (old_by_id, id) == item)
          {
            GObject *at = g_list_model_get_item (G_LIST_MODEL (store), k);

            g_object_unref (at);
            if (at != item)
              {
                g_list_store_splice (store, 0, n_kept, result->pdata, result->len);
                return;
              }
            k++;
          }
      }
  }

  pos = 0;
  while (pos < result->len)
    {
      GObject *item = result->pdata[pos];
      guint start = pos;

      if (g_hash_table_lookup (old_by_id, model_get_id (item)) == item)
        {
          pos++;
          continue;
        }
      while (pos < result->len &&
             g_hash_table_lookup (old_by_id, model_get_id (result->pdata[pos])) != result->pdata[pos])
        pos++;
      g_list_store_splice (store, start, 0, result->pdata + start, pos - start);
    }
}

static int
compare_jobs_newest_first (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  GDateTime *ta = fb_job_get_start_time ((FbJob *) a);
  GDateTime *tb = fb_job_get_start_time ((FbJob *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return g_date_time_compare (tb, ta);
}

/* Loading one vault --------------------------------------------------------- */

typedef struct
{
  FbSession *session;   /* not owned: the session cancels its loads in dispose */
  VaultData *vd;
  ListKind kind;
  guint generation;
  GListStore *scratch;  /* NULL when the list fills the store directly */
  GHashTable *existing; /* with scratch: id -> the store's object not yet seen in this load */
  gulong scratch_handler;
  gboolean swapping;
} ListOp;

static void
list_op_free (ListOp *op)
{
  if (op->scratch != NULL)
    g_clear_signal_handler (&op->scratch_handler, op->scratch);
  g_clear_pointer (&op->existing, g_hash_table_unref);
  g_clear_object (&op->scratch);
  g_free (op);
}

/* A page of a reload arrived in the scratch store: the objects the store already has are
 * updated from it at once and take the fresh ones' places, so that the fresh copies are
 * freed page by page. (Holding a whole second copy of a big vault's items until the end
 * of the load cost ~30 MiB for 10,000 items, which malloc kept afterwards.) The final
 * merge_in_place() then only removes, inserts and reorders. */
static void
scratch_items_changed_cb (GListModel *scratch,
                          guint       position,
                          guint       removed,
                          guint       added,
                          ListOp     *op)
{
  g_autoptr(GPtrArray) objects = NULL;
  gboolean swapped = FALSE;

  if (op->swapping || added == 0)
    return;

  objects = g_ptr_array_new_full (added, g_object_unref);
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) fresh = g_list_model_get_item (scratch, i);
      const char *id = model_get_id (fresh);
      GObject *existing = id != NULL ? g_hash_table_lookup (op->existing, id) : NULL;

      if (existing == NULL || existing == fresh)
        {
          g_ptr_array_add (objects, g_steal_pointer (&fresh));
          continue;
        }

      /* Once: a duplicate id later in the list stays as it came (the merge drops it). */
      existing = g_object_ref (existing);
      g_ptr_array_add (objects, existing);
      g_hash_table_remove (op->existing, id);
      model_update_from (existing, fresh);
      swapped = TRUE;
    }

  if (swapped)
    {
      op->swapping = TRUE;
      g_list_store_splice (G_LIST_STORE (scratch), position, added, objects->pdata, objects->len);
      op->swapping = FALSE;
    }
}

static void
fb_session_vault_load_done (FbSession *self,
                            VaultData *vd)
{
  g_autoptr(GPtrArray) waiters = NULL;
  g_autoptr(GError) error = g_steal_pointer (&vd->error);

  vd->loaded = TRUE;
  waiters = g_steal_pointer (&vd->waiters);
  vd->waiters = g_ptr_array_new_with_free_func (g_object_unref);

  if (error != NULL)
    fb_session_set_error (self, error);

  g_signal_emit (self, signals[SIGNAL_REFRESHED], 0, vd->vault);

  for (guint i = 0; i < waiters->len; i++)
    {
      if (error != NULL)
        g_task_return_error (waiters->pdata[i], g_error_copy (error));
      else
        g_task_return_boolean (waiters->pdata[i], TRUE);
    }

  fb_session_loading_dec (self);
}

static void list_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
fb_session_start_list (FbSession *self,
                       VaultData *vd,
                       ListKind   kind)
{
  static const FbSiteRecoveryList lists[N_LISTS] = {
    [LIST_ITEMS] = FB_SITE_RECOVERY_LIST_ITEMS,
    [LIST_PLANS] = FB_SITE_RECOVERY_LIST_PLANS,
    [LIST_FABRICS] = FB_SITE_RECOVERY_LIST_FABRICS,
    [LIST_JOBS] = FB_SITE_RECOVERY_LIST_JOBS,
  };
  ListOp *op = g_new0 (ListOp, 1);
  GListStore *target;

  op->session = self;
  op->vd = vd;
  op->kind = kind;
  op->generation = vd->generation;

  /* The first load of the items shows each page as it arrives. */
  if (kind == LIST_ITEMS && g_list_model_get_n_items (G_LIST_MODEL (vd->stores[kind])) == 0)
    target = vd->stores[kind];
  else
    {
      GListModel *store = G_LIST_MODEL (vd->stores[kind]);

      target = op->scratch = g_list_store_new (g_list_model_get_item_type (store));
      op->existing = g_hash_table_new_full (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal, g_free, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (store); i++)
        {
          GObject *item = g_list_model_get_item (store, i);
          const char *id = model_get_id (item);

          if (id != NULL && !g_hash_table_contains (op->existing, id))
            g_hash_table_insert (op->existing, g_strdup (id), item);
          else
            g_object_unref (item);
        }
      op->scratch_handler = g_signal_connect (op->scratch, "items-changed",
                                              G_CALLBACK (scratch_items_changed_cb), op);
    }

  fb_site_recovery_list_async (self->site_recovery, lists[kind], fb_vault_get_id (vd->vault), NULL,
                               target, self->cancellable, list_cb, op);
}

static void
list_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  ListOp *op = user_data;
  FbSession *self = op->session;
  VaultData *vd = op->vd;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = NULL;

  store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      list_op_free (op);
      return;
    }

  g_debug ("%s: list %d of %s: %u, %s", self->title, op->kind, fb_vault_get_name (vd->vault),
           store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (store)) : 0,
           error != NULL ? error->message : "ok");

  if (error != NULL)
    {
      if (vd->error == NULL)
        vd->error = g_steal_pointer (&error);
    }
  else if (op->scratch != NULL)
    {
      g_clear_signal_handler (&op->scratch_handler, op->scratch);
      if (op->kind == LIST_JOBS)
        g_list_store_sort (op->scratch, compare_jobs_newest_first, NULL);
      merge_in_place (vd->stores[op->kind], G_LIST_MODEL (op->scratch));
    }

  if (op->kind == LIST_ITEMS)
    fb_session_start_list (self, vd, LIST_JOBS);
  list_op_free (op);

  if (--vd->pending == 0)
    fb_session_vault_load_done (self, vd);
}

static void
fb_session_refresh_vault (FbSession *self,
                          VaultData *vd,
                          GTask     *waiter)
{

  if (waiter != NULL)
    g_ptr_array_add (vd->waiters, waiter);

  /* A load is running: the waiter gets its result. */
  if (vd->pending > 0)
    return;

  fb_session_loading_inc (self);
  vd->pending = N_LISTS;
  vd->generation++;

  /* The jobs (thousands in a big vault) follow once the items are in. */
  for (guint i = 0; i < N_LISTS; i++)
    if (i != LIST_JOBS)
      fb_session_start_list (self, vd, i);
}

/* Loading the vault list ---------------------------------------------------- */

typedef struct
{
  FbSession *session;
  GListStore *scratch;
  guint pending;
} VaultListOp;

static void
fb_session_all_done (FbSession *self)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->all_waiters);
  g_autoptr(GError) error = g_steal_pointer (&self->all_error);

  self->all_waiters = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < waiters->len; i++)
    {
      if (error != NULL)
        g_task_return_error (waiters->pdata[i], g_error_copy (error));
      else
        g_task_return_boolean (waiters->pdata[i], TRUE);
    }

  fb_session_loading_dec (self);
}

static void
all_vault_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  FbSession *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (self->all_error == NULL)
        self->all_error = g_steal_pointer (&error);
    }

  if (--self->all_pending == 0)
    fb_session_all_done (self);
}

static void
fb_session_vault_list_done (FbSession  *self,
                            GListStore *scratch,
                            GError     *error)
{
  guint n;

  if (error != NULL)
    {
      fb_session_set_error (self, error);
      if (self->all_error == NULL)
        self->all_error = g_error_copy (error);
      fb_session_all_done (self);
      return;
    }

  fb_session_set_error (self, NULL);
  merge_in_place (self->vaults, G_LIST_MODEL (scratch));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->vaults));
  self->all_pending = n + 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbVault) vault = g_list_model_get_item (G_LIST_MODEL (self->vaults), i);
      VaultData *vd = fb_session_ensure_vault_data (self, vault);
      GTask *task = g_task_new (NULL, self->cancellable, all_vault_cb, self);

      g_task_set_source_tag (task, fb_session_vault_list_done);
      fb_session_refresh_vault (self, vd, task);
    }
  if (--self->all_pending == 0)
    fb_session_all_done (self);
}

static void
vaults_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  VaultListOp *op = user_data;
  FbSession *self = op->session;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = NULL;

  store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (--op->pending == 0)
        {
          g_clear_object (&op->scratch);
          g_free (op);
        }
      return;
    }

  if (error != NULL && self->all_error == NULL)
    self->all_error = g_steal_pointer (&error);

  if (--op->pending == 0)
    {
      g_autoptr(GError) list_error = g_steal_pointer (&self->all_error);

      fb_session_vault_list_done (self, op->scratch, list_error);
      g_clear_object (&op->scratch);
      g_free (op);
    }
}

static void
subscriptions_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FbSession *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) subs = NULL;
  VaultListOp *op;

  subs = fb_site_recovery_list_json_finish (FB_SITE_RECOVERY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (subs == NULL)
    {
      fb_session_vault_list_done (self, NULL, error);
      return;
    }

  op = g_new0 (VaultListOp, 1);
  op->session = self;
  op->scratch = g_list_store_new (FB_TYPE_VAULT);
  op->pending = 1;

  for (guint i = 0; i < subs->len; i++)
    {
      JsonNode *node = subs->pdata[i];
      JsonObject *object = NULL;
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *parent = NULL;

      if (!fb_json_node_get_object (node, &object, NULL) ||
          !fb_json_get_string (object, "subscriptionId", &id, NULL) || id == NULL)
        continue;
      if (!fb_json_get_string (object, "displayName", &name, NULL) || name == NULL)
        name = g_strdup (id);

      parent = g_strconcat ("/subscriptions/", id, NULL);
      g_hash_table_replace (self->subscriptions, g_steal_pointer (&id), g_steal_pointer (&name));
      op->pending++;
      fb_site_recovery_list_async (self->site_recovery, FB_SITE_RECOVERY_LIST_VAULTS, parent, NULL,
                                   op->scratch, self->cancellable, vaults_cb, op);
    }

  if (--op->pending == 0)
    {
      fb_session_vault_list_done (self, op->scratch, NULL);
      g_clear_object (&op->scratch);
      g_free (op);
    }
}

static void
fb_session_refresh_all (FbSession *self,
                        GTask     *waiter)
{
  gboolean running = self->all_waiters->len > 0 || self->all_pending > 0;

  if (waiter != NULL)
    g_ptr_array_add (self->all_waiters, waiter);

  if (running)
    return;

  /* A placeholder waiter marks the load as running until its vaults are done. */
  if (waiter == NULL)
    {
      GTask *task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_source_tag (task, fb_session_refresh_all);
      g_ptr_array_add (self->all_waiters, task);
    }

  fb_session_loading_inc (self);
  fb_site_recovery_list_subscriptions_async (self->site_recovery, self->cancellable,
                                             subscriptions_cb, self);
}

/* Jobs the monitor tracks, items it fetched again -------------------------- */

static VaultData *
fb_session_vault_data_for_id (FbSession  *self,
                              const char *arm_id)
{
  g_autofree char *vault_id = arm_id != NULL ? fb_arm_id_get_vault_id (arm_id) : NULL;

  return vault_id != NULL ? g_hash_table_lookup (self->vault_data, vault_id) : NULL;
}

static gboolean
store_find_by_id (GListStore *store,
                  const char *id,
                  guint      *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (fb_arm_id_equal (model_get_id (item), id))
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
job_updated_cb (FbSession    *self,
                FbJob        *job,
                FbJobMonitor *monitor)
{
  VaultData *vd = fb_session_vault_data_for_id (self, fb_job_get_id (job));
  guint position;

  if (vd == NULL || fb_job_get_id (job) == NULL)
    return;

  if (store_find_by_id (vd->stores[LIST_JOBS], fb_job_get_id (job), &position))
    {
      g_autoptr(FbJob) existing = g_list_model_get_item (G_LIST_MODEL (vd->stores[LIST_JOBS]), position);

      if (existing != job)
        fb_job_update_from (existing, job);
    }
  else
    {
      /* A job the app just started: the monitor's object, newest first. */
      g_list_store_insert (vd->stores[LIST_JOBS], 0, job);
    }
}

static void
item_refreshed_cb (FbSession    *self,
                   GObject      *model,
                   FbJobMonitor *monitor)
{
  const char *id = model_get_id (model);
  VaultData *vd = fb_session_vault_data_for_id (self, id);
  ListKind kind = FB_IS_RECOVERY_PLAN (model) ? LIST_PLANS : LIST_ITEMS;
  guint position;

  if (vd == NULL)
    return;

  if (store_find_by_id (vd->stores[kind], id, &position))
    {
      g_autoptr(GObject) existing = g_list_model_get_item (G_LIST_MODEL (vd->stores[kind]), position);

      if (existing != model)
        model_update_from (existing, model);
    }
  else
    {
      /* A classic reprotect made a new item (and the old one went away). */
      fb_session_refresh_vault (self, vd, NULL);
    }
}

/* Settings and the timer ---------------------------------------------------- */

static guint
fb_session_get_polling_interval (FbSession *self)
{
  return MAX (5, g_settings_get_uint (self->settings, "polling-interval"));
}

static gboolean
auto_refresh_cb (gpointer user_data)
{
  FbSession *self = user_data;

  if (self->ready && self->loading_count == 0)
    fb_session_refresh_all (self, NULL);

  return G_SOURCE_CONTINUE;
}

static void
fb_session_update_timer (FbSession *self)
{
  g_clear_handle_id (&self->auto_refresh_id, g_source_remove);

  if (self->auto_refresh && self->ready)
    self->auto_refresh_id = g_timeout_add_seconds (fb_session_get_polling_interval (self),
                                                   auto_refresh_cb, self);
}

static void
polling_interval_changed_cb (FbSession *self)
{
  if (self->job_monitor != NULL)
    fb_job_monitor_set_poll_interval (self->job_monitor, fb_session_get_polling_interval (self) * 1000);
  fb_session_update_timer (self);
}

/* Setting up ---------------------------------------------------------------- */

static void
fb_session_set_ready (FbSession *self)
{
  if (self->ready)
    return;

  self->ready = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);

  fb_session_update_timer (self);
  if (self->kind == FB_SESSION_KIND_AZURE)
    fb_job_monitor_resume (self->job_monitor);

  fb_session_refresh_all (self, NULL);
}

static void
fb_session_create_services (FbSession  *self,
                            const char *state_dir)
{
  self->arm = fb_arm_client_new (self->auth);
  self->site_recovery = fb_site_recovery_new (self->arm);
  self->state_store = fb_state_store_new (state_dir);
  self->job_monitor = fb_job_monitor_new (self->site_recovery, self->state_store);
  fb_job_monitor_set_poll_interval (self->job_monitor, fb_session_get_polling_interval (self) * 1000);

  g_signal_connect_object (self->job_monitor, "job-updated", G_CALLBACK (job_updated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->job_monitor, "item-refreshed", G_CALLBACK (item_refreshed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
demo_sign_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FbSession *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_azure_auth_sign_in_client_secret_finish (FB_AZURE_AUTH (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      fb_session_set_error (self, error);
      return;
    }

  fb_session_set_ready (self);
}

/* GObject ------------------------------------------------------------------- */

static void
return_cancelled (GPtrArray *waiters)
{
  for (guint i = 0; i < waiters->len; i++)
    g_task_return_new_error (waiters->pdata[i], G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "%s", _("The account was closed"));
  g_ptr_array_set_size (waiters, 0);
}

static void
fb_session_dispose (GObject *object)
{
  FbSession *self = (FbSession *)object;
  GHashTableIter iter;
  VaultData *vd;

  g_cancellable_cancel (self->cancellable);

  g_hash_table_iter_init (&iter, self->vault_data);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &vd))
    return_cancelled (vd->waiters);
  return_cancelled (self->all_waiters);
  g_clear_handle_id (&self->auto_refresh_id, g_source_remove);

  if (self->job_monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->job_monitor, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  g_clear_object (&self->job_monitor);
  g_clear_object (&self->state_store);
  g_clear_object (&self->site_recovery);
  g_clear_object (&self->arm);
  g_clear_object (&self->auth);
  g_clear_object (&self->cloud);
  g_clear_object (&self->sim);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fb_session_parent_class)->dispose (object);
}

static void
fb_session_finalize (GObject *object)
{
  FbSession *self = (FbSession *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->endpoint, g_free);
  g_clear_pointer (&self->vcenter_uri, g_free);
  g_clear_pointer (&self->vault_data, g_hash_table_unref);
  g_clear_pointer (&self->subscriptions, g_hash_table_unref);
  g_clear_pointer (&self->all_waiters, g_ptr_array_unref);
  g_clear_error (&self->all_error);
  g_clear_error (&self->error);
  g_clear_object (&self->vaults);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fb_session_parent_class)->finalize (object);
}

static void
fb_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FbSession *self = FB_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ENDPOINT:
      g_value_set_string (value, self->endpoint);
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading_count > 0);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_VAULTS:
      g_value_set_object (value, self->vaults);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FbSession *self = FB_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_ENDPOINT:
      self->endpoint = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_session_class_init (FbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_session_dispose;
  object_class->finalize = fb_session_finalize;
  object_class->get_property = fb_session_get_property;
  object_class->set_property = fb_session_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FB_TYPE_SESSION_KIND, FB_SESSION_KIND_DEMO,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENDPOINT] =
    g_param_spec_string ("endpoint", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbSession:ready:
   *
   * Signed in: the services are there and the vault list is loading.
   */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbSession:error:
   *
   * The sign-in or load error of the last attempt (a #GError; FB_ARM_ERROR ones
   * carry details with fb_arm_error_get_info()), or %NULL.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VAULTS] =
    g_param_spec_object ("vaults", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FbSession::failed:
   * @error: what went wrong
   *
   * Signing in or loading failed (each time).
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * FbSession::refreshed:
   * @vault: the vault whose collections finished loading
   */
  signals[SIGNAL_REFRESHED] =
    g_signal_new ("refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FB_TYPE_VAULT);
}

static void
fb_session_init (FbSession *self)
{
  self->cancellable = g_cancellable_new ();
  self->vaults = g_list_store_new (FB_TYPE_VAULT);
  self->vault_data = g_hash_table_new_full (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal,
                                            NULL, vault_data_free);
  self->subscriptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->all_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = g_settings_new ("io.github.failback.Failback");
  g_signal_connect_swapped (self->settings, "changed::polling-interval",
                            G_CALLBACK (polling_interval_changed_cb), self);
}

/**
 * fb_session_new:
 * @kind: demo site or Azure account
 * @title: the name shown to the user (translated by the caller)
 * @endpoint: the base URI of the ARM endpoint (the simulator's for the demo site)
 *
 * A session without services that never becomes ready (the shell's tests use it).
 *
 * Returns: (transfer full): a new session
 */
FbSession *
fb_session_new (FbSessionKind  kind,
                const char    *title,
                const char    *endpoint)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (endpoint != NULL, NULL);

  return g_object_new (FB_TYPE_SESSION,
                       "kind", kind,
                       "title", title,
                       "endpoint", endpoint,
                       NULL);
}

/**
 * fb_session_new_demo:
 * @server: the started simulator
 * @title: the name shown to the user
 *
 * Returns: (transfer full): a new session that signs in to the demo site
 */
FbSession *
fb_session_new_demo (FbSimServer *server,
                     const char  *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = NULL;
  g_autofree char *state_file = NULL;
  const char *base_uri;
  FbSession *self;

  g_return_val_if_fail (FB_IS_SIM_SERVER (server), NULL);

  base_uri = fb_sim_server_get_base_uri (server);
  g_return_val_if_fail (base_uri != NULL, NULL);

  /* The demo site's account name, in the user's language. */
  self = fb_session_new (FB_SESSION_KIND_DEMO, title != NULL ? title : _("Demo Site"), base_uri);
  self->sim = g_object_ref (server);
  self->vcenter_uri = g_strdup (base_uri);

  self->cloud = fb_cloud_new_custom (base_uri, base_uri, NULL, &error);
  if (self->cloud == NULL)
    {
      fb_session_set_error (self, error);
      return self;
    }

  /* No keyring: the demo's secret is the simulator's, for this run only. */
  self->auth = fb_azure_auth_new (self->cloud,
                                  fb_sim_server_get_tenant_id (server),
                                  fb_sim_server_get_client_id (server),
                                  NULL);

  /* The demo world starts afresh with every run: so does its job state. */
  state_dir = g_build_filename (g_get_user_state_dir (), "failback", "demo", NULL);
  state_file = g_build_filename (state_dir, "jobs.json", NULL);
  g_unlink (state_file);
  fb_session_create_services (self, state_dir);

  fb_azure_auth_sign_in_client_secret_async (self->auth, fb_sim_server_get_client_secret (server),
                                             FALSE, self->cancellable, demo_sign_in_cb, self);

  return self;
}

/**
 * fb_session_new_for_account:
 * @auth: a signed-in account
 * @title: the name shown to the user (e.g. the account's user name)
 *
 * Returns: (transfer full): a new, ready session
 */
FbSession *
fb_session_new_for_account (FbAzureAuth *auth,
                            const char  *title)
{
  FbSession *self;
  FbCloud *cloud;

  g_return_val_if_fail (FB_IS_AZURE_AUTH (auth), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  cloud = fb_azure_auth_get_cloud (auth);
  self = fb_session_new (FB_SESSION_KIND_AZURE, title, fb_cloud_get_arm_endpoint (cloud));
  self->cloud = g_object_ref (cloud);
  self->auth = g_object_ref (auth);
  fb_session_create_services (self, NULL);

  if (fb_azure_auth_get_signed_in (auth))
    fb_session_set_ready (self);
  else
    {
      g_autoptr(GError) error = g_error_new_literal (FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                                                     _("The account is not signed in"));

      fb_session_set_error (self, error);
    }

  return self;
}

FbSessionKind
fb_session_get_kind (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), FB_SESSION_KIND_DEMO);

  return self->kind;
}

const char *
fb_session_get_title (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->title;
}

const char *
fb_session_get_endpoint (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->endpoint;
}

gboolean
fb_session_get_ready (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), FALSE);

  return self->ready;
}

/**
 * fb_session_get_auth:
 *
 * Returns: (transfer none) (nullable): the account's sign-in
 */
FbAzureAuth *
fb_session_get_auth (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->auth;
}

/**
 * fb_session_get_arm:
 *
 * Returns: (transfer none) (nullable): the ARM client
 */
FbArmClient *
fb_session_get_arm (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->arm;
}

/**
 * fb_session_get_site_recovery:
 *
 * Returns: (transfer none) (nullable): the Site Recovery service
 */
FbSiteRecovery *
fb_session_get_site_recovery (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->site_recovery;
}

/**
 * fb_session_get_job_monitor:
 *
 * Returns: (transfer none) (nullable): the job monitor
 */
FbJobMonitor *
fb_session_get_job_monitor (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->job_monitor;
}

/**
 * fb_session_get_vaults:
 *
 * Returns: (transfer none): the vaults of every subscription, a #GListModel of #FbVault
 */
GListModel *
fb_session_get_vaults (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->vaults);
}

static GListModel *
fb_session_get_list (FbSession *self,
                     FbVault   *vault,
                     ListKind   kind)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return G_LIST_MODEL (fb_session_ensure_vault_data (self, vault)->stores[kind]);
}

/**
 * fb_session_get_items:
 *
 * Returns: (transfer none): the vault's protected items (#FbProtectedItem)
 */
GListModel *
fb_session_get_items (FbSession *self,
                      FbVault   *vault)
{
  return fb_session_get_list (self, vault, LIST_ITEMS);
}

/**
 * fb_session_get_plans:
 *
 * Returns: (transfer none): the vault's recovery plans (#FbRecoveryPlan)
 */
GListModel *
fb_session_get_plans (FbSession *self,
                      FbVault   *vault)
{
  return fb_session_get_list (self, vault, LIST_PLANS);
}

/**
 * fb_session_get_fabrics:
 *
 * Returns: (transfer none): the vault's fabrics (#FbFabric)
 */
GListModel *
fb_session_get_fabrics (FbSession *self,
                        FbVault   *vault)
{
  return fb_session_get_list (self, vault, LIST_FABRICS);
}

/**
 * fb_session_get_jobs:
 *
 * Returns: (transfer none): the vault's jobs (#FbJob), newest first
 */
GListModel *
fb_session_get_jobs (FbSession *self,
                     FbVault   *vault)
{
  return fb_session_get_list (self, vault, LIST_JOBS);
}

/**
 * fb_session_find_vault_for_id:
 * @arm_id: the id of a vault or of anything in it
 *
 * Returns: (transfer none) (nullable): the vault
 */
FbVault *
fb_session_find_vault_for_id (FbSession  *self,
                              const char *arm_id)
{
  g_autofree char *vault_id = NULL;
  guint n;

  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  if (arm_id == NULL || (vault_id = fb_arm_id_get_vault_id (arm_id)) == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->vaults));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbVault) vault = g_list_model_get_item (G_LIST_MODEL (self->vaults), i);

      if (fb_arm_id_equal (fb_vault_get_id (vault), vault_id))
        return vault;   /* the store keeps it */
    }

  return NULL;
}

static gpointer
fb_session_lookup (FbSession  *self,
                   const char *arm_id,
                   ListKind    kind)
{
  VaultData *vd;
  guint position;

  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  if (arm_id == NULL || (vd = fb_session_vault_data_for_id (self, arm_id)) == NULL)
    return NULL;

  if (store_find_by_id (vd->stores[kind], arm_id, &position))
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (vd->stores[kind]), position);

      return item;   /* the store keeps it */
    }

  return NULL;
}

/**
 * fb_session_lookup_item:
 *
 * Returns: (transfer none) (nullable): the loaded item with this id
 */
FbProtectedItem *
fb_session_lookup_item (FbSession  *self,
                        const char *arm_id)
{
  return fb_session_lookup (self, arm_id, LIST_ITEMS);
}

/**
 * fb_session_lookup_plan:
 *
 * Returns: (transfer none) (nullable): the loaded plan with this id
 */
FbRecoveryPlan *
fb_session_lookup_plan (FbSession  *self,
                        const char *arm_id)
{
  return fb_session_lookup (self, arm_id, LIST_PLANS);
}

/**
 * fb_session_lookup_job:
 * @id_or_name: a job's ARM id, or its name (searched in every vault, then in
 *   the job monitor)
 *
 * Returns: (transfer none) (nullable): the job
 */
FbJob *
fb_session_lookup_job (FbSession  *self,
                       const char *id_or_name)
{
  GHashTableIter iter;
  VaultData *vd;

  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  if (id_or_name == NULL)
    return NULL;

  if (id_or_name[0] == '/')
    return fb_session_lookup (self, id_or_name, LIST_JOBS);

  g_hash_table_iter_init (&iter, self->vault_data);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &vd))
    {
      GListModel *jobs = G_LIST_MODEL (vd->stores[LIST_JOBS]);
      guint n = g_list_model_get_n_items (jobs);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FbJob) job = g_list_model_get_item (jobs, i);

          if (g_strcmp0 (fb_job_get_name (job), id_or_name) == 0)
            return job;
        }
    }

  return self->job_monitor != NULL ? fb_job_monitor_lookup (self->job_monitor, id_or_name) : NULL;
}

/**
 * fb_session_refresh_async:
 * @vault: (nullable): the vault to reload, or %NULL for the vault list and every vault
 *
 * Reloads and merges in place. A refresh that is already running is joined.
 * Cancelling stops waiting, not the load.
 */
void
fb_session_refresh_async (FbSession           *self,
                          FbVault             *vault,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FB_IS_SESSION (self));
  g_return_if_fail (vault == NULL || FB_IS_VAULT (vault));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_session_refresh_async);

  if (!self->ready)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               "%s", _("Not signed in yet"));
      return;
    }

  if (vault == NULL)
    fb_session_refresh_all (self, g_steal_pointer (&task));
  else
    fb_session_refresh_vault (self, fb_session_ensure_vault_data (self, vault), g_steal_pointer (&task));
}

gboolean
fb_session_refresh_finish (FbSession     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (FB_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
fb_session_get_loading (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), FALSE);

  return self->loading_count > 0;
}

gboolean
fb_session_get_vault_loaded (FbSession *self,
                             FbVault   *vault)
{
  VaultData *vd;

  g_return_val_if_fail (FB_IS_SESSION (self), FALSE);
  g_return_val_if_fail (FB_IS_VAULT (vault), FALSE);

  vd = g_hash_table_lookup (self->vault_data, fb_vault_get_id (vault));

  return vd != NULL && vd->loaded;
}

/**
 * fb_session_get_error:
 *
 * Returns: (transfer none) (nullable): the last error
 */
const GError *
fb_session_get_error (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->error;
}

const char *
fb_session_get_subscription_name (FbSession  *self,
                                  const char *subscription_id)
{
  const char *name;

  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  if (subscription_id == NULL)
    return NULL;

  name = g_hash_table_lookup (self->subscriptions, subscription_id);
  if (name == NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      /* Ids from the service differ in case now and then. */
      g_hash_table_iter_init (&iter, self->subscriptions);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (g_ascii_strcasecmp (key, subscription_id) == 0)
          return value;
    }

  return name != NULL ? name : subscription_id;
}

void
fb_session_set_auto_refresh (FbSession *self,
                             gboolean   enabled)
{
  g_return_if_fail (FB_IS_SESSION (self));

  enabled = !!enabled;
  if (self->auto_refresh == (guint) enabled)
    return;

  self->auto_refresh = enabled;
  fb_session_update_timer (self);
}

/**
 * fb_session_get_vcenter_uri:
 *
 * Returns: (nullable): the simulated vCenter of the demo site, or %NULL
 */
const char *
fb_session_get_vcenter_uri (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->vcenter_uri;
}

/**
 * fb_session_get_vcenter_name:
 *
 * Returns: (nullable): the name Site Recovery knows the demo site's simulated vCenter by
 *   (it listens on the simulator's address, 127.0.0.1), or %NULL outside the demo
 */
const char *
fb_session_get_vcenter_name (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  if (self->sim == NULL)
    return NULL;
  return fb_sim_vcenter_get_server_name (fb_sim_server_get_vcenter (self->sim));
}
