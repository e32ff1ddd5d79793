/* fb-plan-page.c - one recovery plan: its groups, items and plan-level steps
 *
 * The plan's groups with their machines and phases (rows open win.show-item), the
 * replication groups, the operations Site Recovery allows, plan-level Fail Back… /
 * Commit… / Fail Over… (FbAssistant for the plan) and the plan pre-flight: FbPreflight's
 * failback checks for every machine of the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-assistant.h"
#include "fb-plan-page.h"
#include "fb-machine-row.h"
#include "fb-page-util.h"
#include "fb-preflight.h"

struct _FbPlanPage
{
  GtkWidget parent_instance;

  FbSession *session;
  FbRecoveryPlan *plan;
  GCancellable *cancellable;
  FbVcenterClient *vcenter;
  GHashTable *points;         /* item id -> GListModel */
  GPtrArray *asr_vcenters;
  guint pending;
  gboolean checking;
  guint update_idle;
  guint refresh_id;
  guint refreshes_left;

  GtkWidget *scroller;
  GtkLabel *name_label;
  GtkLabel *subtitle_label;
  GtkLabel *phase_pill;
  GtkButton *failback_button;
  GtkButton *commit_button;
  GtkButton *failover_button;
  GtkLabel *state_label;
  GtkLabel *rule_label;
  GtkBox *groups_box;
  GtkListBox *replication_list;
  GtkListBox *operations_list;
  GtkListBox *checks_list;
  GtkButton *check_button;
};

G_DEFINE_FINAL_TYPE (FbPlanPage, fb_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PLAN,
  PROP_CHECKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A plan keeps its last currentScenario after the job ended; its status says whether
 * the job still runs. */
static gboolean
plan_busy (FbRecoveryPlan *plan)
{
  const char *status = fb_recovery_plan_get_current_scenario_status (plan);
  const char * const *ops = fb_recovery_plan_get_allowed_operations (plan);

  if (!fb_recovery_plan_is_busy (plan))
    return FALSE;
  if (status != NULL)
    return fb_job_is_state_running (status);
  return ops == NULL || ops[0] == NULL;
}

static FbVault *
plan_vault (FbPlanPage *self)
{
  return fb_page_find_vault (self->session, fb_recovery_plan_get_id (self->plan));
}

static GPtrArray *
plan_items (FbPlanPage *self)
{
  GPtrArray *items = g_ptr_array_new ();
  GListModel *groups = fb_recovery_plan_get_groups (self->plan);
  FbVault *vault = plan_vault (self);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, g);
      const char * const *ids = fb_recovery_plan_group_get_item_ids (group);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        {
          FbProtectedItem *item = fb_page_find_item (self->session, vault, ids[i]);
          if (item != NULL)
            g_ptr_array_add (items, item);
        }
    }
  return items;
}

FbNextStep
fb_plan_page_get_next_step (FbPlanPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  FbPhase phase = FB_PHASE_UNKNOWN;

  g_return_val_if_fail (FB_IS_PLAN_PAGE (self), FB_NEXT_STEP_NONE);

  /* allowedOperations decide (empty while a job runs); a plan keeps its last
   * currentScenario after the job ended */
  items = plan_items (self);
  if (items->len > 0)
    phase = fb_protected_item_get_phase (g_ptr_array_index (items, 0));

  if (fb_recovery_plan_is_allowed (self->plan, "Commit"))
    return FB_NEXT_STEP_COMMIT;
  if (fb_recovery_plan_is_allowed (self->plan, "PlannedFailover"))
    return FB_NEXT_STEP_FAILBACK;
  if (fb_recovery_plan_is_allowed (self->plan, "UnplannedFailover"))
    {
      if (phase == FB_PHASE_PROTECTED_TO_ON_PREMISES)
        return FB_NEXT_STEP_FAILBACK;
      if (phase == FB_PHASE_PROTECTED_TO_AZURE || fb_recovery_plan_is_allowed (self->plan, "TestFailover"))
        return FB_NEXT_STEP_FAILOVER;
      return FB_NEXT_STEP_FAILBACK;
    }
  return FB_NEXT_STEP_NONE;
}

static void
style_button (GtkButton *button,
              gboolean   visible,
              gboolean   suggested)
{
  gtk_widget_set_visible (GTK_WIDGET (button), visible);
  if (suggested)
    gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
}


static void
update (FbPlanPage *self)
{
  g_autoptr(GPtrArray) items = plan_items (self);
  GListModel *groups = fb_recovery_plan_get_groups (self->plan);
  FbVault *vault = plan_vault (self);
  FbNextStep next = fb_plan_page_get_next_step (self);
  const char * const *ops = fb_recovery_plan_get_allowed_operations (self->plan);
  g_autoptr(GHashTable) replication = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GList) replication_names = NULL;
  g_autofree char *subtitle = NULL;
  FbPhase phase = FB_PHASE_UNKNOWN;
  gboolean mixed = FALSE;
  guint n_groups = 0;
  GtkWidget *child;
  static const char *pill_classes[] = { "accent", "warning", "azure", "success", "transition", "dim" };

  gtk_label_set_text (self->name_label, fb_recovery_plan_get_friendly_name (self->plan));

  for (guint i = 0; i < items->len; i++)
    {
      FbPhase p = fb_protected_item_get_phase (g_ptr_array_index (items, i));
      if (i == 0)
        phase = p;
      else if (p != phase)
        mixed = TRUE;
    }
  if (plan_busy (self->plan))
    phase = FB_PHASE_IN_TRANSITION, mixed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->phase_pill), pill_classes[i]);
  gtk_label_set_text (self->phase_pill, mixed ? _("Mixed phases") : fb_phase_to_string (phase));
  gtk_widget_add_css_class (GTK_WIDGET (self->phase_pill), mixed ? "dim" : fb_page_phase_css_class (phase));

  /* groups */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, g);
      const char * const *ids = fb_recovery_plan_group_get_item_ids (group);
      g_autofree char *title = NULL;
      GtkWidget *pgroup, *list;

      if (ids == NULL || ids[0] == NULL)
        continue;

      n_groups++;
      title = g_strdup_printf (_("Group %u (%s)"), n_groups, fb_recovery_plan_group_get_group_type (group));
      pgroup = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (pgroup), title);
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          FbProtectedItem *item = fb_page_find_item (self->session, vault, ids[i]);
          GtkWidget *row;

          if (item == NULL)
            {
              gtk_list_box_append (GTK_LIST_BOX (list), fb_page_action_row_new (ids[i], _("Not loaded"), NULL));
              continue;
            }

          row = fb_machine_row_new (item, fb_protected_item_get_multi_vm_group_name (item), TRUE, FB_MACHINE_ROW_OPEN_BUTTON);
          gtk_list_box_append (GTK_LIST_BOX (list), row);

          if (fb_protected_item_get_multi_vm_group_name (item) != NULL && *fb_protected_item_get_multi_vm_group_name (item))
            {
              const char *rg = fb_protected_item_get_multi_vm_group_name (item);
              GPtrArray *members = g_hash_table_lookup (replication, rg);

              if (members == NULL)
                {
                  members = g_ptr_array_new ();
                  g_hash_table_insert (replication, (gpointer) rg, members);
                }
              g_ptr_array_add (members, (gpointer) fb_protected_item_get_friendly_name (item));
            }
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (pgroup), list);
      gtk_box_append (self->groups_box, pgroup);
    }

  {
    g_autofree char *machines = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u machine", "%u machines", items->len), items->len);
    g_autofree char *group_count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", n_groups), n_groups);

    /* TRANSLATORS: "2 machines · 1 group" */
    subtitle = g_strdup_printf (C_("plan summary", "%s · %s"), machines, group_count);
  }
  gtk_label_set_text (self->subtitle_label, subtitle);

  /* replication groups */
  fb_page_list_box_remove_all (self->replication_list);
  replication_names = g_list_sort (g_hash_table_get_keys (replication), (GCompareFunc) g_strcmp0);
  for (GList *l = replication_names; l != NULL; l = l->next)
    {
      GPtrArray *members = g_hash_table_lookup (replication, l->data);
      g_autofree char *list = NULL;

      g_ptr_array_add (members, NULL);
      list = g_strjoinv (_(", "), (char **) members->pdata);
      gtk_list_box_append (self->replication_list, fb_page_action_row_new (l->data, list, "emblem-shared-symbolic"));
    }
  if (replication_names == NULL)
    gtk_list_box_append (self->replication_list,
                         fb_page_action_row_new (_("None"), _("Every machine has its own recovery points."), NULL));

  /* allowed operations */
  fb_page_list_box_remove_all (self->operations_list);
  for (guint i = 0; ops != NULL && ops[i] != NULL; i++)
    gtk_list_box_append (self->operations_list, fb_page_action_row_new (fb_page_operation_label (ops[i]), NULL, NULL));
  if (ops == NULL || ops[0] == NULL)
    gtk_list_box_append (self->operations_list,
                         fb_page_action_row_new (_("None now"),
                                                 plan_busy (self->plan)
                                                 ? _("A job is running on the plan.")
                                                 : _("The machines of the plan are in different phases; act on them one by one."),
                                                 NULL));

  /* the plan-level steps */
  style_button (self->failback_button, next == FB_NEXT_STEP_FAILBACK, next == FB_NEXT_STEP_FAILBACK);
  style_button (self->commit_button, next == FB_NEXT_STEP_COMMIT, next == FB_NEXT_STEP_COMMIT);
  style_button (self->failover_button, next == FB_NEXT_STEP_FAILOVER, next == FB_NEXT_STEP_FAILOVER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.step", next != FB_NEXT_STEP_NONE);
  gtk_label_set_text (self->state_label,
                      next == FB_NEXT_STEP_NONE
                      ? (plan_busy (self->plan) ? _("A job is running on this plan.")
                                                               : _("Site Recovery allows no plan-level step now."))
                      : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), next == FB_NEXT_STEP_NONE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.check", !self->checking && items->len > 0);
}

static gboolean
update_idle_cb (gpointer data)
{
  FbPlanPage *self = data;

  self->update_idle = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (FbPlanPage *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_idle_cb, self);
}

/* ---- after a job ------------------------------------------------------------------------ */

static void
refresh_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!fb_session_refresh_finish (FB_SESSION (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("plan page refresh: %s", error->message);
}

static gboolean
refresh_timeout_cb (gpointer data)
{
  FbPlanPage *self = data;

  fb_session_refresh_async (self->session, plan_vault (self), self->cancellable, refresh_cb, NULL);
  if (--self->refreshes_left > 0)
    return G_SOURCE_CONTINUE;
  self->refresh_id = 0;
  return G_SOURCE_REMOVE;
}

/* The plan's allowed operations follow its machines a moment after a job ends:
 * load the vault again shortly after a job of the plan or of one of its machines. */
static void
job_finished_cb (FbPlanPage *self,
                 FbJob      *job)
{
  g_autoptr(GPtrArray) items = plan_items (self);
  const char *target = fb_job_get_target_object_id (job);
  gboolean ours = fb_page_id_equal (target, fb_recovery_plan_get_name (self->plan)) ||
                  fb_page_id_equal (target, fb_recovery_plan_get_id (self->plan));

  for (guint i = 0; i < items->len && !ours; i++)
    ours = fb_page_id_equal (target, fb_protected_item_get_name (g_ptr_array_index (items, i))) ||
           fb_page_id_equal (target, fb_protected_item_get_id (g_ptr_array_index (items, i)));
  if (!ours)
    return;

  self->refreshes_left = 3;
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (1000, refresh_timeout_cb, self);
}

/* ---- pre-flight ---------------------------------------------------------------------- */

static void
set_checking (FbPlanPage *self,
              gboolean    checking)
{
  self->checking = checking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.check", !checking);
}

static void
preflight_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FbPlanPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbPreflightResult) res = fb_preflight_run_finish (FB_PREFLIGHT (source), result, &error);
  GListModel *checks;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  fb_page_list_box_remove_all (self->checks_list);
  if (res == NULL)
    {
      gtk_list_box_append (self->checks_list, fb_page_action_row_new (_("The checks could not run"), error->message,
                                                                      "dialog-error-symbolic"));
      set_checking (self, FALSE);
      return;
    }

  checks = fb_preflight_result_get_checks (res);
  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
      {
        g_autoptr(FbPreflightCheck) check = g_list_model_get_item (checks, i);
        FbPreflightStatus s = fb_preflight_check_get_status (check);
        int order = s == FB_PREFLIGHT_STATUS_FAIL ? 0 : s == FB_PREFLIGHT_STATUS_PASS ? 2 : 1;
        const char *subject = fb_preflight_check_get_subject (check);
        g_autofree char *title = NULL;
        g_autofree char *subtitle = NULL;
        GtkWidget *row;

        if (order != pass)
          continue;
        title = subject ? g_strdup_printf ("%s: %s", fb_preflight_check_get_title (check), subject)
                        : g_strdup (fb_preflight_check_get_title (check));
        if (s != FB_PREFLIGHT_STATUS_PASS && fb_preflight_check_get_remedy (check))
          subtitle = g_strdup_printf ("%s\n%s", fb_preflight_check_get_message (check), fb_preflight_check_get_remedy (check));
        else
          subtitle = g_strdup (fb_preflight_check_get_message (check));
        row = fb_page_action_row_new (title, subtitle,
                                      s == FB_PREFLIGHT_STATUS_PASS ? "emblem-ok-symbolic" :
                                      s == FB_PREFLIGHT_STATUS_FAIL ? "dialog-error-symbolic" : "dialog-warning-symbolic");
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
        gtk_list_box_append (self->checks_list, row);
      }
  set_checking (self, FALSE);
}

static void
start_preflight (FbPlanPage *self)
{
  g_autoptr(GPtrArray) items = plan_items (self);
  FbFabric *fabric = items->len > 0 ? fb_page_find_onprem_fabric (self->session, plan_vault (self), g_ptr_array_index (items, 0)) : NULL;
  g_autoptr(FbPreflight) preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, fabric, self->vcenter);

  fb_preflight_set_vcenter_name (preflight, fb_page_vcenter_name (self->session));

  for (guint i = 0; i < items->len; i++)
    {
      FbProtectedItem *item = g_ptr_array_index (items, i);
      fb_preflight_add_item (preflight, item, g_hash_table_lookup (self->points, fb_protected_item_get_id (item)));
    }
  for (guint i = 0; self->asr_vcenters != NULL && i < self->asr_vcenters->len; i++)
    {
      JsonNode *node = g_ptr_array_index (self->asr_vcenters, i);
      const char *id = json_object_get_string_member_with_default (json_node_get_object (node), "id", "");

      /* only the on-premises fabric's own view of its vCenters */
      if (fabric != NULL && !fb_page_id_contains (id, fb_fabric_get_name (fabric)))
        continue;
      fb_preflight_add_asr_vcenter (preflight, node, NULL);
    }

  fb_preflight_run_async (preflight, self->cancellable, preflight_cb, g_object_ref (self));
}

static void
loaded_one (FbPlanPage *self)
{
  if (--self->pending == 0)
    start_preflight (self);
}

typedef struct {
  FbPlanPage *self;
  char *id;
} Load;

static void
points_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(FbPlanPage) self = load->self;
  g_autofree char *id = load->id;
  g_autoptr(GError) error = NULL;
  GListStore *store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);

  g_free (load);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (store != NULL)
    g_hash_table_replace (self->points, g_steal_pointer (&id), store);
  loaded_one (self);
}

static void
vcenters_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbPlanPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vcenters = fb_site_recovery_list_json_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
  self->asr_vcenters = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; vcenters != NULL && i < vcenters->len; i++)
    if (JSON_NODE_HOLDS_OBJECT ((JsonNode *) g_ptr_array_index (vcenters, i)))
      g_ptr_array_add (self->asr_vcenters, json_node_ref (g_ptr_array_index (vcenters, i)));
  loaded_one (self);
}

void
fb_plan_page_run_checks (FbPlanPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  FbSiteRecovery *sr;
  FbVault *vault;

  g_return_if_fail (FB_IS_PLAN_PAGE (self));

  if (self->checking || !fb_session_get_ready (self->session))
    return;

  sr = fb_session_get_site_recovery (self->session);
  vault = plan_vault (self);
  items = plan_items (self);
  set_checking (self, TRUE);
  fb_page_list_box_remove_all (self->checks_list);
  gtk_list_box_append (self->checks_list, fb_page_action_row_new (_("Checking…"), NULL, NULL));

  self->pending = 1;
  for (guint i = 0; i < items->len; i++)
    {
      Load *load = g_new0 (Load, 1);

      load->self = g_object_ref (self);
      load->id = g_strdup (fb_protected_item_get_id (g_ptr_array_index (items, i)));
      self->pending++;
      fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS, load->id, NULL, NULL,
                                   self->cancellable, points_cb, load);
    }
  if (vault != NULL)
    {
      self->pending++;
      fb_site_recovery_list_vcenters_async (sr, fb_vault_get_id (vault), self->cancellable, vcenters_cb, g_object_ref (self));
    }
  loaded_one (self);
}

gboolean
fb_plan_page_get_checking (FbPlanPage *self)
{
  g_return_val_if_fail (FB_IS_PLAN_PAGE (self), FALSE);
  return self->checking;
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fb_plan_page_run_checks (FB_PLAN_PAGE (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FbPlanPage *self = FB_PLAN_PAGE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  FbNextStep step = g_str_equal (what, "commit") ? FB_NEXT_STEP_COMMIT :
                    g_str_equal (what, "failover") ? FB_NEXT_STEP_FAILOVER : FB_NEXT_STEP_FAILBACK;
  FbAssistant *assistant;
  GtkRoot *root;

  if (step != fb_plan_page_get_next_step (self))
    return;

  assistant = fb_assistant_new_for_plan (self->session, self->plan, step);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (assistant), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (assistant));
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
fb_plan_page_constructed (GObject *object)
{
  FbPlanPage *self = FB_PLAN_PAGE (object);
  g_autoptr(GPtrArray) items = NULL;

  G_OBJECT_CLASS (fb_plan_page_parent_class)->constructed (object);

  if (self->plan == NULL || self->session == NULL)   /* the bare template (tests) */
    return;

  g_signal_connect_object (self->plan, "notify", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  items = plan_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      FbProtectedItem *item = g_ptr_array_index (items, i);
      g_signal_connect_object (item, "notify", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
    }
  if (fb_session_get_ready (self->session))
    {
      self->vcenter = fb_page_new_vcenter_client (self->session);
      g_signal_connect_object (fb_session_get_job_monitor (self->session), "job-finished",
                               G_CALLBACK (job_finished_cb), self, G_CONNECT_SWAPPED);
    }

  update (self);
}

static void
fb_plan_page_dispose (GObject *object)
{
  FbPlanPage *self = FB_PLAN_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->update_idle, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_PLAN_PAGE);
  g_clear_object (&self->vcenter);
  g_clear_object (&self->plan);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fb_plan_page_parent_class)->dispose (object);
}

static void
fb_plan_page_finalize (GObject *object)
{
  FbPlanPage *self = FB_PLAN_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->points, g_hash_table_unref);
  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);

  G_OBJECT_CLASS (fb_plan_page_parent_class)->finalize (object);
}

static void
fb_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbPlanPage *self = FB_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_CHECKING:
      g_value_set_boolean (value, self->checking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FbPlanPage *self = FB_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_plan_page_class_init (FbPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_plan_page_constructed;
  object_class->dispose = fb_plan_page_dispose;
  object_class->finalize = fb_plan_page_finalize;
  object_class->get_property = fb_plan_page_get_property;
  object_class->set_property = fb_plan_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, FB_TYPE_RECOVERY_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKING] =
    g_param_spec_boolean ("checking", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, phase_pill);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, failback_button);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, commit_button);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, failover_button);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, replication_list);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, operations_list);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, checks_list);
  gtk_widget_class_bind_template_child (widget_class, FbPlanPage, check_button);

  gtk_widget_class_install_action (widget_class, "plan.step", "s", step_action);
  gtk_widget_class_install_action (widget_class, "plan.check", NULL, check_action);
}

static void
fb_plan_page_init (FbPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->points = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

FbPlanPage *
fb_plan_page_new (FbSession      *session,
                  FbRecoveryPlan *plan)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (plan), NULL);

  return g_object_new (FB_TYPE_PLAN_PAGE, "session", session, "plan", plan, NULL);
}

FbRecoveryPlan *
fb_plan_page_get_plan (FbPlanPage *self)
{
  g_return_val_if_fail (FB_IS_PLAN_PAGE (self), NULL);
  return self->plan;
}
