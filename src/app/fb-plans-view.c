/* fb-plans-view.c - a vault's recovery plans with their groups and machines
 *
 * One boxed group per plan: its replication providers, what it allows now and, when a
 * job runs on it, which; then its groups in the order the plan runs them (Shutdown,
 * Failover, then the boot groups) with each machine and its phase. Plans are few: the
 * groups are rebuilt (once per refresh, in an idle) rather than bound row by row; the
 * rows a user collapsed stay collapsed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-items-view.h"
#include "fb-json.h"
#include "fb-labels.h"
#include "fb-page-util.h"
#include "fb-plans-view.h"
#include "fb-machine-row.h"
#include "fb-recovery-plan-group.h"

struct _FbPlansView
{
  GtkWidget parent_instance;

  FbSession *session;
  FbVault *vault;

  GtkStack *stack;
  GtkSpinner *spinner;
  GtkScrolledWindow *scroller;
  GtkBox *plans_box;

  GHashTable *collapsed;   /* "plan id|group index" of collapsed groups */
  guint rebuild_id;
};

G_DEFINE_FINAL_TYPE (FbPlansView, fb_plans_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
fb_plans_view_operation_label (const char *operation)
{
  return fb_page_operation_label (operation);
}

static char *
join_operations (const char * const *operations)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; operations != NULL && operations[i] != NULL; i++)
    {
      const char *label = fb_plans_view_operation_label (operations[i]);
      gboolean seen = FALSE;

      for (guint j = 0; j < labels->len && !seen; j++)
        seen = g_str_equal (labels->pdata[j], label);
      if (!seen)
        g_ptr_array_add (labels, (gpointer) label);
    }
  g_ptr_array_add (labels, NULL);

  /* Translators: the separator of a list of operations ("Failover, Commit") */
  return g_strjoinv (_(", "), (char **) labels->pdata);
}

static char *
group_title (FbRecoveryPlanGroup *group,
             guint               *boot_index)
{
  return fb_recovery_plan_group_title (group, boot_index);
}

static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec,
             FbPlansView    *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "fb-key");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_remove (self->collapsed, key);
  else
    g_hash_table_add (self->collapsed, g_strdup (key));
}

/* AdwExpanderRow's inner lists have no accessible names of their own in libadwaita 1.2. */
static void
name_inner_lists (GtkWidget  *widget,
                  const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      if (!ADW_IS_PREFERENCES_ROW (child))
        name_inner_lists (child, name);
    }
}

static GtkWidget *
new_item_row (FbProtectedItem *item,
              const char      *item_id)
{
  GtkWidget *row;

  if (item != NULL)
    {
      FbNextStep step = fb_protected_item_get_next_step (item);
      g_autofree char *text = NULL;

      if (step != FB_NEXT_STEP_NONE)
        /* Translators: %s is the next step of a machine, e.g. "Failback" */
        text = g_strdup_printf (_("Next step: %s"), fb_next_step_to_string (step));
      row = fb_machine_row_new (item, text, FALSE, FB_MACHINE_ROW_ARROW);
    }
  else
    {
      g_autofree char *name = fb_arm_id_get_name (item_id);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : item_id);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not among the vault’s replicated items"));
    }

  return row;
}

static GtkWidget *
new_plan_group (FbPlansView    *self,
                FbRecoveryPlan *plan,
                GHashTable     *items_by_id)
{
  GtkWidget *group = adw_preferences_group_new ();
  GListModel *groups = fb_recovery_plan_get_groups (plan);
  const char *name = fb_recovery_plan_get_friendly_name (plan);
  const char * const *providers = fb_recovery_plan_get_replication_providers (plan);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *allowed = join_operations (fb_recovery_plan_get_allowed_operations (plan));
  g_autofree char *open_label = NULL;
  GtkWidget *open;
  guint boot_index = 0;
  guint n_groups = groups != NULL ? g_list_model_get_n_items (groups) : 0;

  if (name == NULL)
    name = fb_recovery_plan_get_name (plan);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);

  if (providers != NULL && providers[0] != NULL)
    {
      g_autofree char *list = fb_page_provider_list (providers);

      /* Translators: %s lists replication providers, e.g. "VMware to Azure (classic)" */
      g_string_append_printf (description, _("Providers: %s"), list);
    }
  if (fb_recovery_plan_is_busy (plan))
    {
      const char *scenario = fb_recovery_plan_get_current_scenario_name (plan);

      if (description->len > 0)
        g_string_append_c (description, '\n');
      /* Translators: %s is the operation a job is running on the plan */
      g_string_append_printf (description, _("Running: %s"), fb_plans_view_operation_label (scenario));
    }
  if (description->len > 0)
    g_string_append_c (description, '\n');
  if (*allowed != '\0')
    /* Translators: %s lists the operations the plan allows now */
    g_string_append_printf (description, _("Allowed now: %s"), allowed);
  else
    g_string_append (description, _("No operation is allowed now"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description->str);

  open = gtk_button_new_with_mnemonic (_("_Open"));
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a plan's Open button; %s is the plan */
  open_label = g_strdup_printf (_("Open %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-plan");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", fb_recovery_plan_get_id (plan));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), open);

  for (guint i = 0; i < n_groups; i++)
    {
      g_autoptr(FbRecoveryPlanGroup) plan_group = g_list_model_get_item (groups, i);
      const char * const *ids = fb_recovery_plan_group_get_item_ids (plan_group);
      guint n_ids = ids != NULL ? g_strv_length ((char **) ids) : 0;
      g_autofree char *title = group_title (plan_group, &boot_index);
      g_autofree char *subtitle = NULL;
      g_autofree char *key = g_strdup_printf ("%s|%u", fb_recovery_plan_get_id (plan), i);

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u machine", "%u machines", n_ids), n_ids);

      if (n_ids == 0)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No machines"));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      else
        {
          GtkWidget *row = adw_expander_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), !g_hash_table_contains (self->collapsed, key));
          g_object_set_data_full (G_OBJECT (row), "fb-key", g_steal_pointer (&key), g_free);
          g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);

          for (guint k = 0; k < n_ids; k++)
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                      new_item_row (g_hash_table_lookup (items_by_id, ids[k]), ids[k]));
          name_inner_lists (row, title);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
    }

  return group;
}

static void
fb_plans_view_rebuild (FbPlansView *self)
{
  GListModel *plans = fb_session_get_plans (self->session, self->vault);
  GListModel *items = fb_session_get_items (self->session, self->vault);
  g_autoptr(GHashTable) items_by_id = g_hash_table_new (fb_arm_id_hash, (GEqualFunc) fb_arm_id_equal);
  guint n_plans = g_list_model_get_n_items (plans);
  guint n_items = g_list_model_get_n_items (items);
  GtkWidget *child;
  double scroll;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);

      /* The store keeps the item; the table only borrows it. */
      g_hash_table_insert (items_by_id, (gpointer) fb_protected_item_get_id (item), item);
    }

  scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plans_box))) != NULL)
    gtk_box_remove (self->plans_box, child);

  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(FbRecoveryPlan) plan = g_list_model_get_item (plans, i);

      gtk_box_append (self->plans_box, new_plan_group (self, plan, items_by_id));
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);

  if (n_plans > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (fb_session_get_vault_loaded (self->session, self->vault))
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "loading");

  gtk_spinner_set_spinning (self->spinner,
                            g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  FbPlansView *self = user_data;

  self->rebuild_id = 0;
  fb_plans_view_rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (FbPlansView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, self, NULL);
}

static void
refreshed_cb (FbPlansView *self,
              FbVault     *vault)
{
  if (vault == self->vault)
    queue_rebuild (self);
}

static void
fb_plans_view_constructed (GObject *object)
{
  FbPlansView *self = FB_PLANS_VIEW (object);

  G_OBJECT_CLASS (fb_plans_view_parent_class)->constructed (object);

  /* Built without a session only by the template test. */
  if (self->session == NULL || self->vault == NULL)
    return;

  g_signal_connect_object (self->session, "refreshed", G_CALLBACK (refreshed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (fb_session_get_plans (self->session, self->vault), "items-changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);

  fb_plans_view_rebuild (self);
}

static void
fb_plans_view_dispose (GObject *object)
{
  FbPlansView *self = (FbPlansView *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_PLANS_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (fb_plans_view_parent_class)->dispose (object);
}

static void
fb_plans_view_finalize (GObject *object)
{
  FbPlansView *self = (FbPlansView *)object;

  g_clear_pointer (&self->collapsed, g_hash_table_unref);

  G_OBJECT_CLASS (fb_plans_view_parent_class)->finalize (object);
}

static void
fb_plans_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FbPlansView *self = FB_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_VAULT:
      g_value_set_object (value, self->vault);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_plans_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FbPlansView *self = FB_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_VAULT:
      self->vault = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_plans_view_class_init (FbPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_plans_view_constructed;
  object_class->dispose = fb_plans_view_dispose;
  object_class->finalize = fb_plans_view_finalize;
  object_class->get_property = fb_plans_view_get_property;
  object_class->set_property = fb_plans_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL,
                         FB_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FbPlansView, stack);
  gtk_widget_class_bind_template_child (widget_class, FbPlansView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FbPlansView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FbPlansView, plans_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fb_plans_view_init (FbPlansView *self)
{
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fb_plans_view_new:
 *
 * Returns: (transfer floating): a new plans view
 */
FbPlansView *
fb_plans_view_new (FbSession *session,
                   FbVault   *vault)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return g_object_new (FB_TYPE_PLANS_VIEW,
                       "session", session,
                       "vault", vault,
                       NULL);
}

FbSession *
fb_plans_view_get_session (FbPlansView *self)
{
  g_return_val_if_fail (FB_IS_PLANS_VIEW (self), NULL);

  return self->session;
}

FbVault *
fb_plans_view_get_vault (FbPlansView *self)
{
  g_return_val_if_fail (FB_IS_PLANS_VIEW (self), NULL);

  return self->vault;
}

const char *
fb_plans_view_get_state (FbPlansView *self)
{
  g_return_val_if_fail (FB_IS_PLANS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
