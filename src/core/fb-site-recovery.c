/* fb-site-recovery.c - Azure Site Recovery resources as models, and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fb-fabric-datastore.h"
#include "fb-format.h"
#include "fb-json.h"
#include "fb-master-target.h"
#include "fb-policy.h"
#include "fb-process-server.h"
#include "fb-protection-container-mapping.h"
#include "fb-protection-container.h"
#include "fb-reprotect-agent.h"
#include "fb-retention-volume.h"
#include "fb-run-as-account.h"
#include "fb-site-recovery.h"
#include "fb-vault.h"

struct _FbSiteRecovery
{
  GObject parent_instance;
  FbArmClient *arm;
};

G_DEFINE_FINAL_TYPE (FbSiteRecovery, fb_site_recovery, G_TYPE_OBJECT)

static void
fb_site_recovery_dispose (GObject *object)
{
  g_clear_object (&FB_SITE_RECOVERY (object)->arm);
  G_OBJECT_CLASS (fb_site_recovery_parent_class)->dispose (object);
}

static void
fb_site_recovery_class_init (FbSiteRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fb_site_recovery_dispose;
}

static void
fb_site_recovery_init (FbSiteRecovery *self)
{
}

FbSiteRecovery *
fb_site_recovery_new (FbArmClient *arm)
{
  FbSiteRecovery *self;

  g_return_val_if_fail (FB_IS_ARM_CLIENT (arm), NULL);
  self = g_object_new (FB_TYPE_SITE_RECOVERY, NULL);
  self->arm = g_object_ref (arm);
  return self;
}

FbArmClient *
fb_site_recovery_get_arm (FbSiteRecovery *self)
{
  g_return_val_if_fail (FB_IS_SITE_RECOVERY (self), NULL);
  return self->arm;
}

/* ---- lists ---------------------------------------------------------------- */

typedef struct {
  GListStore *store;
  FbJsonNewFunc new_func;
  GError *error;        /* first model error */
} ListData;

static void
list_data_free (ListData *ld)
{
  g_clear_object (&ld->store);
  g_clear_error (&ld->error);
  g_free (ld);
}

static gboolean
list_page_func (JsonArray *value, gpointer user_data)
{
  ListData *ld = user_data;
  guint n = json_array_get_length (value);
  g_autoptr(GPtrArray) models = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GError *error = NULL;
      GObject *model = ld->new_func (json_array_get_element (value, i), &error);

      if (model == NULL)
        {
          g_prefix_error (&error, "value[%u].", i);
          ld->error = error;
          return FALSE;
        }
      g_ptr_array_add (models, model);
    }
  /* one items-changed per page */
  g_list_store_splice (ld->store, g_list_model_get_n_items (G_LIST_MODEL (ld->store)), 0,
                       models->pdata, models->len);
  return TRUE;
}

static void
list_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  ListData *ld = g_task_get_task_data (task);
  GError *error = NULL;

  if (fb_arm_client_list_finish (FB_ARM_CLIENT (source), result, &error) < 0)
    g_task_return_error (task, error);
  else if (ld->error != NULL)
    g_task_return_error (task, g_steal_pointer (&ld->error));
  else
    g_task_return_pointer (task, g_object_ref (ld->store), g_object_unref);
}

static void
list_path_and_type (FbSiteRecoveryList what, const char *parent, char **path, FbJsonNewFunc *func, GType *type)
{
  switch (what)
    {
    case FB_SITE_RECOVERY_LIST_VAULTS:
      *path = g_strconcat (parent, "/providers/Microsoft.RecoveryServices/vaults", NULL);
      *func = (FbJsonNewFunc) fb_vault_new_from_json;
      *type = FB_TYPE_VAULT;
      break;
    case FB_SITE_RECOVERY_LIST_FABRICS:
      *path = g_strconcat (parent, "/replicationFabrics", NULL);
      *func = (FbJsonNewFunc) fb_fabric_new_from_json;
      *type = FB_TYPE_FABRIC;
      break;
    case FB_SITE_RECOVERY_LIST_CONTAINERS:
      *path = g_strconcat (parent, "/replicationProtectionContainers", NULL);
      *func = (FbJsonNewFunc) fb_protection_container_new_from_json;
      *type = FB_TYPE_PROTECTION_CONTAINER;
      break;
    case FB_SITE_RECOVERY_LIST_MAPPINGS:
      *path = g_strconcat (parent, "/replicationProtectionContainerMappings", NULL);
      *func = (FbJsonNewFunc) fb_protection_container_mapping_new_from_json;
      *type = FB_TYPE_PROTECTION_CONTAINER_MAPPING;
      break;
    case FB_SITE_RECOVERY_LIST_POLICIES:
      *path = g_strconcat (parent, "/replicationPolicies", NULL);
      *func = (FbJsonNewFunc) fb_policy_new_from_json;
      *type = FB_TYPE_POLICY;
      break;
    case FB_SITE_RECOVERY_LIST_ITEMS:
      *path = g_strconcat (parent, "/replicationProtectedItems", NULL);
      *func = (FbJsonNewFunc) fb_protected_item_new_from_json;
      *type = FB_TYPE_PROTECTED_ITEM;
      break;
    case FB_SITE_RECOVERY_LIST_RECOVERY_POINTS:
      *path = g_strconcat (parent, "/recoveryPoints", NULL);
      *func = (FbJsonNewFunc) fb_recovery_point_new_from_json;
      *type = FB_TYPE_RECOVERY_POINT;
      break;
    case FB_SITE_RECOVERY_LIST_PLANS:
      *path = g_strconcat (parent, "/replicationRecoveryPlans", NULL);
      *func = (FbJsonNewFunc) fb_recovery_plan_new_from_json;
      *type = FB_TYPE_RECOVERY_PLAN;
      break;
    case FB_SITE_RECOVERY_LIST_JOBS:
    default:
      *path = g_strconcat (parent, "/replicationJobs", NULL);
      *func = (FbJsonNewFunc) fb_job_new_from_json;
      *type = FB_TYPE_JOB;
      break;
    }
}

void
fb_site_recovery_list_async (FbSiteRecovery *self, FbSiteRecoveryList what, const char *parent, const char *filter,
                             GListStore *store, GCancellable *cancellable, GAsyncReadyCallback callback,
                             gpointer user_data)
{
  GTask *task;
  ListData *ld;
  g_autofree char *path = NULL;
  g_autofree char *query = NULL;
  GType type;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  g_return_if_fail (parent != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_site_recovery_list_async);
  ld = g_new0 (ListData, 1);
  list_path_and_type (what, parent, &path, &ld->new_func, &type);
  ld->store = store != NULL ? g_object_ref (store) : g_list_store_new (type);
  g_task_set_task_data (task, ld, (GDestroyNotify) list_data_free);
  if (filter != NULL && *filter != '\0')
    {
      g_autofree char *escaped = fb_arm_query_escape (filter);
      query = g_strconcat ("$filter=", escaped, NULL);
    }
  fb_arm_client_list_async (self->arm, path, query, list_page_func, ld, NULL, cancellable, list_cb, task);
}

GListStore *
fb_site_recovery_list_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- JSON lists ----------------------------------------------------------- */

static gboolean
json_page_func (JsonArray *value, gpointer user_data)
{
  GPtrArray *out = user_data;

  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      JsonNode *n = json_array_get_element (value, i);
      if (JSON_NODE_HOLDS_OBJECT (n))
        g_ptr_array_add (out, json_node_ref (n));
    }
  return TRUE;
}

static void
json_list_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (fb_arm_client_list_finish (FB_ARM_CLIENT (source), result, &error) < 0)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_ptr_array_ref (g_task_get_task_data (task)),
                           (GDestroyNotify) g_ptr_array_unref);
}

static void
json_list (FbSiteRecovery *self, const char *path, GCancellable *cancellable, GAsyncReadyCallback callback,
           gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  g_task_set_source_tag (task, fb_site_recovery_list_json_finish);
  g_task_set_task_data (task, out, (GDestroyNotify) g_ptr_array_unref);
  fb_arm_client_list_async (self->arm, path, NULL, json_page_func, out, NULL, cancellable, json_list_cb, task);
}

void
fb_site_recovery_list_subscriptions_async (FbSiteRecovery *self, GCancellable *cancellable,
                                           GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  json_list (self, "/subscriptions", cancellable, callback, user_data);
}

void
fb_site_recovery_list_vcenters_async (FbSiteRecovery *self, const char *vault_id, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  path = g_strconcat (vault_id, "/replicationvCenters", NULL);
  json_list (self, path, cancellable, callback, user_data);
}

GPtrArray *
fb_site_recovery_list_json_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- get ------------------------------------------------------------------ */

static FbJsonNewFunc
new_func_for_id (const char *id)
{
  g_auto(GStrv) parts = g_strsplit (id, "/", -1);
  guint n = g_strv_length (parts);
  const char *kind;

  if (n < 2)
    return NULL;
  kind = parts[n - 2];
  if (g_ascii_strcasecmp (kind, "replicationJobs") == 0)
    return (FbJsonNewFunc) fb_job_new_from_json;
  if (g_ascii_strcasecmp (kind, "replicationProtectedItems") == 0)
    return (FbJsonNewFunc) fb_protected_item_new_from_json;
  if (g_ascii_strcasecmp (kind, "replicationRecoveryPlans") == 0)
    return (FbJsonNewFunc) fb_recovery_plan_new_from_json;
  if (g_ascii_strcasecmp (kind, "replicationFabrics") == 0)
    return (FbJsonNewFunc) fb_fabric_new_from_json;
  if (g_ascii_strcasecmp (kind, "recoveryPoints") == 0)
    return (FbJsonNewFunc) fb_recovery_point_new_from_json;
  if (g_ascii_strcasecmp (kind, "replicationPolicies") == 0)
    return (FbJsonNewFunc) fb_policy_new_from_json;
  if (g_ascii_strcasecmp (kind, "vaults") == 0)
    return (FbJsonNewFunc) fb_vault_new_from_json;
  return NULL;
}

static void
get_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbJsonNewFunc func = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) node = fb_arm_client_get_finish (FB_ARM_CLIENT (source), result, &error);
  gpointer model;

  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  model = func (node, &error);
  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

void
fb_site_recovery_get_async (FbSiteRecovery *self, const char *id, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  FbJsonNewFunc func;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  g_return_if_fail (id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_site_recovery_get_async);
  func = new_func_for_id (id);
  if (func == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not the id of a Site Recovery resource"), id);
      g_object_unref (task);
      return;
    }
  g_task_set_task_data (task, func, NULL);
  fb_arm_client_get_async (self->arm, id, NULL, cancellable, get_cb, task);
}

gpointer
fb_site_recovery_get_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- find ----------------------------------------------------------------- */

typedef struct {
  char *name;
  const char *(*get_id) (gpointer);
  const char *(*get_name) (gpointer);
  const char *(*get_friendly) (gpointer);
  char *what;   /* translated kind for the error */
  char *where;
} FindData;

static void
find_data_free (FindData *fd)
{
  g_free (fd->name);
  g_free (fd->what);
  g_free (fd->where);
  g_free (fd);
}

static void
find_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FindData *fd = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GListStore) store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  guint n;
  gpointer by_friendly = NULL;

  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) m = g_list_model_get_item (G_LIST_MODEL (store), i);
      if (fb_arm_id_equal (fd->get_id (m), fd->name) ||
          g_ascii_strcasecmp (fd->get_name (m) ?: "", fd->name) == 0)
        {
          g_clear_object (&by_friendly);
          g_task_return_pointer (task, g_steal_pointer (&m), g_object_unref);
          return;
        }
      if (by_friendly == NULL && fd->get_friendly != NULL &&
          g_ascii_strcasecmp (fd->get_friendly (m) ?: "", fd->name) == 0)
        by_friendly = g_object_ref (m);
    }
  if (by_friendly != NULL)
    {
      g_task_return_pointer (task, by_friendly, g_object_unref);
      return;
    }
  g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                           /* Translators: "No vault “x” in y" / "No protected item “x” in y" */
                           _("No %s “%s” in %s"), fd->what, fd->name, fd->where);
}

static void
find_async (FbSiteRecovery *self, FbSiteRecoveryList what, const char *parent, const char *name,
            GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  FindData *fd = g_new0 (FindData, 1);

  g_task_set_source_tag (task, fb_site_recovery_find_finish);
  fd->name = g_strdup (name);
  switch (what)
    {
    case FB_SITE_RECOVERY_LIST_VAULTS:
      fd->get_id = (gpointer) fb_vault_get_id;
      fd->get_name = (gpointer) fb_vault_get_name;
      fd->what = g_strdup (_("vault"));
      fd->where = g_strdup (parent);
      break;
    case FB_SITE_RECOVERY_LIST_PLANS:
      fd->get_id = (gpointer) fb_recovery_plan_get_id;
      fd->get_name = (gpointer) fb_recovery_plan_get_name;
      fd->get_friendly = (gpointer) fb_recovery_plan_get_friendly_name;
      fd->what = g_strdup (_("recovery plan"));
      fd->where = fb_arm_id_get_vault_name (parent);
      break;
    case FB_SITE_RECOVERY_LIST_ITEMS:
    default:
      fd->get_id = (gpointer) fb_protected_item_get_id;
      fd->get_name = (gpointer) fb_protected_item_get_name;
      fd->get_friendly = (gpointer) fb_protected_item_get_friendly_name;
      fd->what = g_strdup (_("protected item"));
      fd->where = fb_arm_id_get_vault_name (parent);
      break;
    }
  if (fd->where == NULL)
    fd->where = g_strdup (parent);
  g_task_set_task_data (task, fd, (GDestroyNotify) find_data_free);
  fb_site_recovery_list_async (self, what, parent, NULL, NULL, cancellable, find_cb, task);
}

void
fb_site_recovery_find_vault_async (FbSiteRecovery *self, const char *subscription_id, const char *name,
                                   GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  g_autofree char *parent = NULL;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  parent = g_str_has_prefix (subscription_id, "/") ? g_strdup (subscription_id)
                                                   : g_strconcat ("/subscriptions/", subscription_id, NULL);
  find_async (self, FB_SITE_RECOVERY_LIST_VAULTS, parent, name, cancellable, callback, user_data);
}

void
fb_site_recovery_find_item_async (FbSiteRecovery *self, const char *vault_id, const char *name,
                                  GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  find_async (self, FB_SITE_RECOVERY_LIST_ITEMS, vault_id, name, cancellable, callback, user_data);
}

void
fb_site_recovery_find_plan_async (FbSiteRecovery *self, const char *vault_id, const char *name,
                                  GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  find_async (self, FB_SITE_RECOVERY_LIST_PLANS, vault_id, name, cancellable, callback, user_data);
}

gpointer
fb_site_recovery_find_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- recovery points -------------------------------------------------------- */

static gboolean
is_app_consistent (FbRecoveryPoint *rp)
{
  const char *t = fb_recovery_point_get_recovery_point_type (rp);
  return t != NULL && (g_ascii_strncasecmp (t, "App", 3) == 0 || strstr (t, "Application") != NULL);
}

static void
pick_rp_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbRecoveryPointChoice choice = GPOINTER_TO_INT (g_task_get_task_data (task));
  GError *error = NULL;
  g_autoptr(GListStore) store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  FbRecoveryPoint *best = NULL;
  guint n;

  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      FbRecoveryPoint *rp = g_list_model_get_item (G_LIST_MODEL (store), i);
      GDateTime *t = fb_recovery_point_get_recovery_point_time (rp);

      if (choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT && !is_app_consistent (rp))
        {
          g_object_unref (rp);
          continue;
        }
      if (best == NULL ||
          (t != NULL && (fb_recovery_point_get_recovery_point_time (best) == NULL ||
                         g_date_time_compare (t, fb_recovery_point_get_recovery_point_time (best)) > 0)))
        {
          g_clear_object (&best);
          best = rp;
        }
      else
        g_object_unref (rp);
    }
  g_task_return_pointer (task, best, g_object_unref);
}

void
fb_site_recovery_pick_recovery_point_async (FbSiteRecovery *self, FbProtectedItem *item,
                                            FbRecoveryPointChoice choice, GCancellable *cancellable,
                                            GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  g_return_if_fail (FB_IS_PROTECTED_ITEM (item));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_site_recovery_pick_recovery_point_async);
  g_task_set_task_data (task, GINT_TO_POINTER (choice), NULL);
  fb_site_recovery_list_async (self, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS, fb_protected_item_get_id (item),
                               NULL, NULL, cancellable, pick_rp_cb, task);
}

FbRecoveryPoint *
fb_site_recovery_pick_recovery_point_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- failover ------------------------------------------------------------------ */

typedef struct {
  FbProtectedItem *item;
  FbFailoverDirection direction;
  FbRecoveryPointChoice choice;
} FailoverData;

static void
failover_data_free (FailoverData *fd)
{
  g_clear_object (&fd->item);
  g_free (fd);
}

static void
failover_rp_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FailoverData *fd = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(FbRecoveryPoint) rp = fb_site_recovery_pick_recovery_point_finish (FB_SITE_RECOVERY (source),
                                                                               result, &error);
  FbAction *action;

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (rp == NULL)
    {
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                               _("“%s” has no app-consistent recovery point. Choose latest, or wait for the next app-consistent point."),
                               fb_protected_item_get_friendly_name (fd->item));
      return;
    }
  action = fb_action_new_failover (fb_protected_item_get_id (fd->item), fb_protected_item_get_provider_type (fd->item),
                                   fd->direction, FB_RECOVERY_POINT_CUSTOM, fb_recovery_point_get_id (rp),
                                   FALSE, &error);
  if (action == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, action, (GDestroyNotify) fb_action_free);
}

void
fb_site_recovery_build_failover_async (FbSiteRecovery *self, FbProtectedItem *item, FbFailoverDirection direction,
                                       FbRecoveryPointChoice choice, const char *recovery_point_id,
                                       GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  const char *provider;
  FailoverData *fd;
  g_autofree char *rp_id = NULL;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  g_return_if_fail (FB_IS_PROTECTED_ITEM (item));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_site_recovery_build_failover_async);
  provider = fb_protected_item_get_provider_type (item);
  fd = g_new0 (FailoverData, 1);
  fd->item = g_object_ref (item);
  fd->direction = direction;
  fd->choice = choice;
  g_task_set_task_data (task, fd, (GDestroyNotify) failover_data_free);

  /* To Azure the latest app-consistent point must be named by its id. */
  if (choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT && direction == FB_FAILOVER_TO_AZURE &&
      provider != NULL && (g_ascii_strcasecmp (provider, "InMageAzureV2") == 0 ||
                           g_ascii_strcasecmp (provider, "InMageRcm") == 0))
    {
      fb_site_recovery_pick_recovery_point_async (self, item, choice, cancellable, failover_rp_cb, task);
      return;
    }
  if (choice == FB_RECOVERY_POINT_CUSTOM && recovery_point_id != NULL && recovery_point_id[0] != '/')
    rp_id = g_strconcat (fb_protected_item_get_id (item), "/recoveryPoints/", recovery_point_id, NULL);
  else
    rp_id = g_strdup (recovery_point_id);
  {
    GError *error = NULL;
    FbAction *action = fb_action_new_failover (fb_protected_item_get_id (item), provider, direction, choice,
                                               choice == FB_RECOVERY_POINT_CUSTOM ? rp_id : NULL, FALSE, &error);
    if (action == NULL)
      g_task_return_error (task, error);
    else
      g_task_return_pointer (task, action, (GDestroyNotify) fb_action_free);
  }
  g_object_unref (task);
}

FbAction *
fb_site_recovery_build_failover_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- reprotect choices ------------------------------------------------------------ */

void
fb_reprotect_choice_free (FbReprotectChoice *c)
{
  if (c == NULL)
    return;
  g_free (c->master_target_id);
  g_free (c->master_target_name);
  g_free (c->process_server_id);
  g_free (c->process_server_name);
  g_free (c->retention_drive);
  g_free (c->datastore_name);
  g_free (c->run_as_account_id);
  g_free (c->policy_id);
  g_free (c->policy_name);
  g_free (c->reprotect_agent_id);
  g_free (c->reprotect_agent_name);
  g_free (c->log_storage_account_id);
  g_clear_pointer (&c->notes, g_ptr_array_unref);
  g_free (c);
}

void
fb_reprotect_choice_to_options (const FbReprotectChoice *c, FbReprotectOptions *o)
{
  memset (o, 0, sizeof *o);
  o->master_target_id = c->master_target_id;
  o->process_server_id = c->process_server_id;
  o->retention_drive = c->retention_drive;
  o->datastore_name = c->datastore_name;
  o->run_as_account_id = c->run_as_account_id;
  o->policy_id = c->policy_id;
  o->reprotect_agent_id = c->reprotect_agent_id;
  o->log_storage_account_id = c->log_storage_account_id;
}

typedef struct {
  FbProtectedItem *item;
  char *given_mt, *given_ps, *given_drive, *given_ds, *given_runas, *given_policy, *given_agent, *given_log;
  FbFabric *fabric;
  GListStore *mappings;
  GListStore *policies;
  guint pending;
  GError *error;
} PickData;

static void
pick_data_free (PickData *pd)
{
  g_clear_object (&pd->item);
  g_free (pd->given_mt);
  g_free (pd->given_ps);
  g_free (pd->given_drive);
  g_free (pd->given_ds);
  g_free (pd->given_runas);
  g_free (pd->given_policy);
  g_free (pd->given_agent);
  g_free (pd->given_log);
  g_clear_object (&pd->fabric);
  g_clear_object (&pd->mappings);
  g_clear_object (&pd->policies);
  g_clear_error (&pd->error);
  g_free (pd);
}

static gboolean
ieq (const char *a, const char *b)
{
  return a != NULL && b != NULL && g_ascii_strcasecmp (a, b) == 0;
}

static void
note (FbReprotectChoice *c, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
note (FbReprotectChoice *c, const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  g_ptr_array_add (c->notes, g_strdup_vprintf (format, ap));
  va_end (ap);
}

static gboolean
datastore_type_ok (FbFabricDatastore *ds)
{
  const char *t = fb_fabric_datastore_get_datastore_type (ds);
  /* Alternate location: only VMFS or vSAN (domain.md); unknown type accepted. */
  return t == NULL || g_ascii_strcasecmp (t, "VMFS") == 0 || g_ascii_strcasecmp (t, "vSAN") == 0;
}

/* The policy of @provider mapped on the item's container (the failback
 * mapping has source = target container); else any policy of @provider. */
static FbPolicy *
find_policy (PickData *pd, const char *provider)
{
  const char *container = fb_protected_item_get_container_name (pd->item);
  FbPolicy *fallback = NULL;
  guint np = g_list_model_get_n_items (G_LIST_MODEL (pd->policies));
  guint nm = g_list_model_get_n_items (G_LIST_MODEL (pd->mappings));

  for (guint m = 0; m < nm; m++)
    {
      g_autoptr(FbProtectionContainerMapping) map = g_list_model_get_item (G_LIST_MODEL (pd->mappings), m);
      if (!ieq (fb_protection_container_mapping_get_container_name (map), container))
        continue;
      for (guint p = 0; p < np; p++)
        {
          g_autoptr(FbPolicy) pol = g_list_model_get_item (G_LIST_MODEL (pd->policies), p);
          if (fb_arm_id_equal (fb_policy_get_id (pol), fb_protection_container_mapping_get_policy_id (map)) &&
              ieq (fb_policy_get_provider_type (pol), provider))
            {
              g_clear_object (&fallback);
              return g_steal_pointer (&pol);
            }
        }
    }
  for (guint p = 0; p < np && fallback == NULL; p++)
    {
      g_autoptr(FbPolicy) pol = g_list_model_get_item (G_LIST_MODEL (pd->policies), p);
      if (ieq (fb_policy_get_provider_type (pol), provider))
        fallback = g_steal_pointer (&pol);
    }
  return fallback;
}

static FbProcessServer *
pick_process_server (PickData *pd, FbReprotectChoice *c, GError **error)
{
  GListModel *list = fb_fabric_get_process_servers (pd->fabric);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;
  const char *want = pd->given_ps != NULL ? pd->given_ps : fb_protected_item_get_process_server_id (pd->item);
  FbProcessServer *healthy = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbProcessServer) ps = g_list_model_get_item (list, i);
      if (want != NULL && (ieq (fb_process_server_get_id (ps), want) || ieq (fb_process_server_get_friendly_name (ps), want)))
        {
          g_clear_object (&healthy);
          return g_steal_pointer (&ps);
        }
      if (healthy == NULL && (fb_process_server_get_health (ps) == NULL ||
                              ieq (fb_process_server_get_health (ps), "Normal") ||
                              ieq (fb_process_server_get_health (ps), "None")))
        healthy = g_steal_pointer (&ps);
    }
  if (pd->given_ps != NULL)
    {
      g_clear_object (&healthy);
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("The configuration server has no process server “%s”"), pd->given_ps);
      return NULL;
    }
  if (healthy == NULL)
    g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                 _("No healthy process server is registered; check the configuration server"));
  return healthy;
}

static gboolean
pick_classic_to_onprem (PickData *pd, FbReprotectChoice *c, GError **error)
{
  const char *os = fb_protected_item_get_os_type (pd->item);
  GListModel *mts = fb_fabric_get_master_target_servers (pd->fabric);
  guint n = mts != NULL ? g_list_model_get_n_items (mts) : 0;
  g_autoptr(FbMasterTarget) best = NULL;
  g_autoptr(FbFabricDatastore) best_ds = NULL;
  g_autoptr(FbProcessServer) ps = NULL;
  g_autoptr(FbPolicy) policy = NULL;
  GListModel *vols;
  g_autoptr(FbRetentionVolume) best_vol = NULL;
  g_autofree char *free_text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbMasterTarget) mt = g_list_model_get_item (mts, i);
      GListModel *dss = fb_master_target_get_datastores (mt);
      g_autoptr(FbFabricDatastore) mt_best = NULL;

      if (pd->given_mt != NULL)
        {
          if (!ieq (fb_master_target_get_id (mt), pd->given_mt) && !ieq (fb_master_target_get_name (mt), pd->given_mt))
            continue;
        }
      else if (os != NULL && fb_master_target_get_os_type (mt) != NULL &&
               !ieq (os, fb_master_target_get_os_type (mt)))
        continue;   /* Windows MT for Windows VMs, Linux MT for Linux VMs */

      for (guint d = 0; dss != NULL && d < g_list_model_get_n_items (dss); d++)
        {
          g_autoptr(FbFabricDatastore) ds = g_list_model_get_item (dss, d);
          if (pd->given_ds != NULL)
            {
              if (ieq (fb_fabric_datastore_get_symbolic_name (ds), pd->given_ds))
                g_set_object (&mt_best, ds);
              continue;
            }
          if (!datastore_type_ok (ds) || fb_fabric_datastore_get_free_space_gb (ds) <= 0)
            continue;
          if (mt_best == NULL || fb_fabric_datastore_get_free_space_gb (ds) > fb_fabric_datastore_get_free_space_gb (mt_best))
            g_set_object (&mt_best, ds);
        }
      if (mt_best == NULL)
        continue;
      if (best_ds == NULL || fb_fabric_datastore_get_free_space_gb (mt_best) > fb_fabric_datastore_get_free_space_gb (best_ds))
        {
          g_set_object (&best, mt);
          g_set_object (&best_ds, mt_best);
        }
    }
  if (best == NULL)
    {
      if (pd->given_mt != NULL && pd->given_ds != NULL)
        /* Translators: the master target server given; the datastore given */
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                     _("Master target “%s” does not see a datastore “%s”"), pd->given_mt, pd->given_ds);
      else if (pd->given_mt != NULL)
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                     _("No master target “%s” with a usable VMFS or vSAN datastore"), pd->given_mt);
      else if (pd->given_ds != NULL)
        /* Translators: the VM's OS type ("Windows", "Linux"; empty when not known); the datastore given */
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                     _("No %s master target sees a datastore “%s”"), os != NULL ? os : "", pd->given_ds);
      else
        /* Translators: %s is the VM's OS type ("Windows", "Linux"; empty when not known) */
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                     _("No %s master target with a VMFS or vSAN datastore with free space; install a master target whose OS matches the VM's"),
                     os != NULL ? os : "");
      return FALSE;
    }
  if (pd->given_ds != NULL && !datastore_type_ok (best_ds))
    {
      /* Translators: the datastore given; its type ("NFS") */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Datastore “%s” is %s; failback to an alternate location needs a VMFS or vSAN datastore"),
                   pd->given_ds, fb_fabric_datastore_get_datastore_type (best_ds));
      return FALSE;
    }
  c->master_target_id = g_strdup (fb_master_target_get_id (best));
  c->master_target_name = g_strdup (fb_master_target_get_name (best));
  c->datastore_name = g_strdup (fb_fabric_datastore_get_symbolic_name (best_ds));
  /* Translators: a choice for the reprotect: the master target server; its OS type ("Windows", "Linux") */
  note (c, _("Master target: %s (%s, like the VM)"), c->master_target_name ?: c->master_target_id,
        fb_master_target_get_os_type (best) ?: "?");
  free_text = fb_format_size ((guint64) (MAX (fb_fabric_datastore_get_free_space_gb (best_ds), 0) * 1e9));
  /* Translators: a choice for the reprotect: the datastore, its type ("VMFS"), its free space ("120 GB") */
  note (c, _("Datastore: %s (%s, %s free)"), c->datastore_name,
        fb_fabric_datastore_get_datastore_type (best_ds) ?: "?", free_text);

  vols = fb_master_target_get_retention_volumes (best);
  for (guint v = 0; vols != NULL && v < g_list_model_get_n_items (vols); v++)
    {
      g_autoptr(FbRetentionVolume) vol = g_list_model_get_item (vols, v);
      if (pd->given_drive != NULL)
        {
          if (ieq (fb_retention_volume_get_volume_name (vol), pd->given_drive))
            g_set_object (&best_vol, vol);
          continue;
        }
      if (best_vol == NULL || fb_retention_volume_get_free_space_in_bytes (vol) > fb_retention_volume_get_free_space_in_bytes (best_vol))
        g_set_object (&best_vol, vol);
    }
  if (best_vol == NULL)
    {
      if (pd->given_drive != NULL)
        /* Translators: the master target server; the retention drive given ("E:") */
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND, _("Master target %s has no retention drive “%s”"),
                     c->master_target_name ?: c->master_target_id, pd->given_drive);
      else
        g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND, _("Master target %s has no retention volume"),
                     c->master_target_name ?: c->master_target_id);
      return FALSE;
    }
  c->retention_drive = g_strdup (fb_retention_volume_get_volume_name (best_vol));
  g_clear_pointer (&free_text, g_free);
  free_text = fb_format_size ((guint64) MAX (fb_retention_volume_get_free_space_in_bytes (best_vol), 0));
  /* Translators: a choice for the reprotect: the retention drive ("E:"), its free space ("120 GB") */
  note (c, _("Retention drive: %s (%s free)"), c->retention_drive, free_text);

  ps = pick_process_server (pd, c, error);
  if (ps == NULL)
    return FALSE;
  c->process_server_id = g_strdup (fb_process_server_get_id (ps));
  c->process_server_name = g_strdup (fb_process_server_get_friendly_name (ps));
  note (c, _("Process server: %s"), c->process_server_name ?: c->process_server_id);

  policy = pd->given_policy != NULL ? NULL : find_policy (pd, "InMage");
  if (pd->given_policy != NULL)
    c->policy_id = g_strdup (pd->given_policy);
  else if (policy != NULL)
    {
      c->policy_id = g_strdup (fb_policy_get_id (policy));
      c->policy_name = g_strdup (fb_policy_get_friendly_name (policy));
      note (c, _("Failback policy: %s (from the container mapping)"), c->policy_name ?: fb_policy_get_name (policy));
    }
  else
    {
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("No failback policy (InMage) is mapped to the configuration server's container; create the failback policy and mapping first"));
      return FALSE;
    }
  return TRUE;
}

static const char *
first_run_as (PickData *pd)
{
  GListModel *list = fb_fabric_get_run_as_accounts (pd->fabric);
  g_autoptr(FbRunAsAccount) ra = NULL;

  if (pd->given_runas != NULL)
    return pd->given_runas;
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return NULL;
  ra = g_list_model_get_item (list, 0);
  return fb_run_as_account_get_account_id (ra);
}

/* Picks the run-as account (the one given, else the fabric's first) and notes it by the
 * name the user gave it in the configuration server, not by its id ("1"). */
static void
pick_run_as (PickData *pd, FbReprotectChoice *c)
{
  GListModel *list = fb_fabric_get_run_as_accounts (pd->fabric);
  const char *id = first_run_as (pd);

  c->run_as_account_id = g_strdup (id);
  if (id == NULL)
    return;
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FbRunAsAccount) ra = g_list_model_get_item (list, i);

      if (g_strcmp0 (fb_run_as_account_get_account_id (ra), id) == 0 &&
          fb_run_as_account_get_account_name (ra) != NULL)
        {
          note (c, _("Run-as account: %s"), fb_run_as_account_get_account_name (ra));
          return;
        }
    }
  note (c, _("Run-as account: %s"), id);
}

static gboolean
pick_modern_to_onprem (PickData *pd, FbReprotectChoice *c, GError **error)
{
  GListModel *agents = fb_fabric_get_reprotect_agents (pd->fabric);
  guint n = agents != NULL ? g_list_model_get_n_items (agents) : 0;
  g_autoptr(FbReprotectAgent) agent = NULL;
  g_autoptr(FbPolicy) policy = NULL;
  const char * const *dss;

  for (guint i = 0; i < n && agent == NULL; i++)
    {
      g_autoptr(FbReprotectAgent) a = g_list_model_get_item (agents, i);
      if (pd->given_agent != NULL ? (ieq (fb_reprotect_agent_get_id (a), pd->given_agent) ||
                                     ieq (fb_reprotect_agent_get_name (a), pd->given_agent))
                                  : (fb_reprotect_agent_get_health (a) == NULL ||
                                     !ieq (fb_reprotect_agent_get_health (a), "Critical")))
        agent = g_steal_pointer (&a);
    }
  if (agent == NULL)
    {
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("No healthy reprotect agent is registered with the replication appliance"));
      return FALSE;
    }
  c->reprotect_agent_id = g_strdup (fb_reprotect_agent_get_id (agent));
  c->reprotect_agent_name = g_strdup (fb_reprotect_agent_get_name (agent));
  note (c, _("Reprotect agent: %s"), c->reprotect_agent_name ?: c->reprotect_agent_id);
  dss = fb_reprotect_agent_get_accessible_datastores (agent);
  if (pd->given_ds != NULL)
    c->datastore_name = g_strdup (pd->given_ds);
  else if (fb_protected_item_get_target_datastore_name (pd->item) != NULL)
    c->datastore_name = g_strdup (fb_protected_item_get_target_datastore_name (pd->item));
  else if (dss != NULL && dss[0] != NULL)
    c->datastore_name = g_strdup (dss[0]);
  if (c->datastore_name == NULL)
    {
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("The reprotect agent sees no datastore; give one with --datastore"));
      return FALSE;
    }
  note (c, _("Datastore: %s"), c->datastore_name);
  c->log_storage_account_id = g_strdup (pd->given_log != NULL ? pd->given_log
                                        : fb_protected_item_get_log_storage_account_id (pd->item));
  if (c->log_storage_account_id == NULL)
    {
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("The item names no log storage account; give one with --log-storage-account"));
      return FALSE;
    }
  policy = find_policy (pd, "InMageRcmFailback");
  if (pd->given_policy != NULL)
    c->policy_id = g_strdup (pd->given_policy);
  else if (policy != NULL)
    {
      c->policy_id = g_strdup (fb_policy_get_id (policy));
      c->policy_name = g_strdup (fb_policy_get_friendly_name (policy));
      note (c, _("Failback policy: %s (from the container mapping)"), c->policy_name ?: fb_policy_get_name (policy));
    }
  return TRUE;
}

static gboolean
pick_to_azure (PickData *pd, FbReprotectChoice *c, gboolean modern, GError **error)
{
  g_autoptr(FbProcessServer) ps = pick_process_server (pd, c, error);
  g_autoptr(FbPolicy) policy = NULL;

  if (ps == NULL)
    return FALSE;
  c->process_server_id = g_strdup (fb_process_server_get_id (ps));
  c->process_server_name = g_strdup (fb_process_server_get_friendly_name (ps));
  note (c, _("Process server: %s"), c->process_server_name ?: c->process_server_id);
  if (!modern)
    {
      g_autoptr(FbMasterTarget) mt = NULL;
      if (pd->given_mt != NULL)
        c->master_target_id = g_strdup (pd->given_mt);
      else if ((mt = fb_fabric_lookup_master_target (pd->fabric, c->process_server_id)) != NULL)
        c->master_target_id = g_strdup (fb_master_target_get_id (mt));
      else
        c->master_target_id = g_strdup (c->process_server_id);   /* what PowerShell does */
    }
  pick_run_as (pd, c);
  policy = find_policy (pd, modern ? "InMageRcm" : "InMageAzureV2");
  if (pd->given_policy != NULL)
    c->policy_id = g_strdup (pd->given_policy);
  else if (policy != NULL)
    {
      c->policy_id = g_strdup (fb_policy_get_id (policy));
      c->policy_name = g_strdup (fb_policy_get_friendly_name (policy));
      note (c, _("Replication policy: %s"), c->policy_name ?: fb_policy_get_name (policy));
    }
  else
    {
      g_set_error (error, FB_ARM_ERROR, FB_ARM_ERROR_NOT_FOUND,
                   _("No replication policy to Azure is mapped to the item's container"));
      return FALSE;
    }
  return TRUE;
}

static void
pick_complete (GTask *task)
{
  PickData *pd = g_task_get_task_data (task);
  g_autoptr(FbReprotectChoice) c = NULL;
  const char *provider;
  GError *error = NULL;
  gboolean ok;

  if (pd->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&pd->error));
      return;
    }
  c = g_new0 (FbReprotectChoice, 1);
  c->notes = g_ptr_array_new_with_free_func (g_free);
  provider = fb_protected_item_get_provider_type (pd->item);
  if (ieq (provider, "InMageAzureV2"))
    {
      ok = pick_classic_to_onprem (pd, c, &error);
      if (ok)
        pick_run_as (pd, c);
    }
  else if (ieq (provider, "InMageRcm"))
    ok = pick_modern_to_onprem (pd, c, &error);
  else if (ieq (provider, "InMage"))
    ok = pick_to_azure (pd, c, FALSE, &error);
  else if (ieq (provider, "InMageRcmFailback"))
    ok = pick_to_azure (pd, c, TRUE, &error);
  else
    {
      ok = FALSE;
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Reprotect is not possible for an item replicated with %s"), provider ?: "?");
    }
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&c), (GDestroyNotify) fb_reprotect_choice_free);
}

static void
pick_part_done (GTask *task, GError *error)
{
  PickData *pd = g_task_get_task_data (task);

  if (error != NULL && pd->error == NULL)
    pd->error = error;
  else if (error != NULL)
    g_error_free (error);
  if (--pd->pending == 0)
    pick_complete (task);
  g_object_unref (task);
}

static void
pick_fabric_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  PickData *pd = g_task_get_task_data (task);
  GError *error = NULL;
  gpointer m = fb_site_recovery_get_finish (FB_SITE_RECOVERY (source), result, &error);

  if (m != NULL && !FB_IS_FABRIC (m))
    {
      g_object_unref (m);
      m = NULL;
      error = g_error_new_literal (FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                                   _("The service sent something other than a fabric"));
    }
  pd->fabric = m;
  pick_part_done (task, error);
}

static void
pick_mappings_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  PickData *pd = g_task_get_task_data (task);
  GError *error = NULL;

  pd->mappings = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  pick_part_done (task, error);
}

static void
pick_policies_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  PickData *pd = g_task_get_task_data (task);
  GError *error = NULL;

  pd->policies = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);
  pick_part_done (task, error);
}

void
fb_site_recovery_pick_reprotect_async (FbSiteRecovery *self, FbProtectedItem *item, const FbReprotectOptions *given,
                                       GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  PickData *pd;
  g_autofree char *vault_id = NULL;
  g_autofree char *fabric_name = NULL;
  g_autofree char *fabric_id = NULL;

  g_return_if_fail (FB_IS_SITE_RECOVERY (self));
  g_return_if_fail (FB_IS_PROTECTED_ITEM (item));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_site_recovery_pick_reprotect_async);
  pd = g_new0 (PickData, 1);
  pd->item = g_object_ref (item);
  if (given != NULL)
    {
      pd->given_mt = g_strdup (given->master_target_id);
      pd->given_ps = g_strdup (given->process_server_id);
      pd->given_drive = g_strdup (given->retention_drive);
      pd->given_ds = g_strdup (given->datastore_name);
      pd->given_runas = g_strdup (given->run_as_account_id);
      pd->given_policy = g_strdup (given->policy_id);
      pd->given_agent = g_strdup (given->reprotect_agent_id);
      pd->given_log = g_strdup (given->log_storage_account_id);
    }
  g_task_set_task_data (task, pd, (GDestroyNotify) pick_data_free);

  vault_id = fb_arm_id_get_vault_id (fb_protected_item_get_id (item));
  fabric_name = fb_arm_id_get_fabric_name (fb_protected_item_get_id (item));
  if (vault_id == NULL || fabric_name == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not the id of a protected item"), fb_protected_item_get_id (item));
      g_object_unref (task);
      return;
    }
  fabric_id = g_strconcat (vault_id, "/replicationFabrics/", fabric_name, NULL);
  pd->pending = 3;
  fb_site_recovery_get_async (self, fabric_id, cancellable, pick_fabric_cb, g_object_ref (task));
  fb_site_recovery_list_async (self, FB_SITE_RECOVERY_LIST_MAPPINGS, vault_id, NULL, NULL, cancellable,
                               pick_mappings_cb, g_object_ref (task));
  fb_site_recovery_list_async (self, FB_SITE_RECOVERY_LIST_POLICIES, vault_id, NULL, NULL, cancellable,
                               pick_policies_cb, g_object_ref (task));
  g_object_unref (task);
}

FbReprotectChoice *
fb_site_recovery_pick_reprotect_finish (FbSiteRecovery *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
