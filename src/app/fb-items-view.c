/* fb-items-view.c - a vault's replicated items as a sortable, filterable table
 *
 * The model chain is declared in ui/fb-items-view.ui: GtkColumnView -> GtkMultiSelection
 * -> GtkSortListModel (the column view's sorter) -> GtkFilterListModel (name search,
 * phase/health/provider choices) -> the session's GListStore of the vault's items. The
 * session merges every refresh into that store in place, so rows, selection and scroll
 * position stay.
 *
 * Cells are made once per row widget in the factories' setup (GtkInscription and
 * GtkLabel) and only get new text on bind; a bound cell follows its item's "notify" so
 * an in-place update shows without rebinding. Nothing here parses JSON or does HTTP.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-format.h"
#include "fb-items-view.h"
#include "fb-labels.h"

typedef enum {
  COL_NAME,
  COL_PHASE,
  COL_NEXT_STEP,
  COL_HEALTH,
  COL_RPO,
  COL_PROVIDER,
  COL_OS,
  COL_FAILOVER,
  N_COLUMNS
} Column;

/* The phases in the order of the round trip, as the phase filter lists them. */
static const FbPhase phase_order[] = {
  FB_PHASE_ENABLING_PROTECTION,
  FB_PHASE_PROTECTED_TO_AZURE,
  FB_PHASE_FAILED_OVER_TO_AZURE,
  FB_PHASE_RUNNING_IN_AZURE,
  FB_PHASE_PROTECTED_TO_ON_PREMISES,
  FB_PHASE_FAILED_BACK,
  FB_PHASE_RUNNING_ON_PREMISES,
  FB_PHASE_IN_TRANSITION,
  FB_PHASE_UNKNOWN,
};

struct _FbItemsView
{
  GtkWidget parent_instance;

  FbSession *session;
  FbVault *vault;
  GDateTime *now;   /* one "now" for every age of a refresh */

  GtkWidget *box;
  GtkFlowBox *toolbar;
  GtkSearchEntry *search_entry;
  GtkDropDown *phase_dropdown;
  GtkDropDown *health_dropdown;
  GtkDropDown *provider_dropdown;
  GtkStack *stack;
  GtkSpinner *spinner;
  GtkScrolledWindow *scroller;
  GtkColumnView *column_view;
  GtkMultiSelection *selection;
  GtkSortListModel *sort_model;
  GtkFilterListModel *filter_model;
  GtkStringFilter *name_filter;
  GtkCustomFilter *choice_filter;
  GtkColumnViewColumn *columns[N_COLUMNS];
  GtkCustomSorter *phase_sorter;
  GtkCustomSorter *next_step_sorter;
  GtkCustomSorter *health_sorter;
  GtkCustomSorter *failover_sorter;
};

G_DEFINE_FINAL_TYPE (FbItemsView, fb_items_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark handler_quark;
static GQuark column_quark;

/* Shared labels ------------------------------------------------------------- */

const char *
fb_items_view_phase_css_class (FbPhase phase)
{
  switch (phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      return "accent";
    case FB_PHASE_FAILED_OVER_TO_AZURE:
    case FB_PHASE_FAILED_BACK:
      return "warning";
    case FB_PHASE_RUNNING_IN_AZURE:
      return "azure";   /* purple: the machine runs in the cloud */
    case FB_PHASE_RUNNING_ON_PREMISES:
      return "success";
    case FB_PHASE_IN_TRANSITION:
    case FB_PHASE_ENABLING_PROTECTION:
      return "transition";
    case FB_PHASE_UNKNOWN:
    default:
      return "dim";
    }
}

static int
health_rank (const char *health)
{
  return fb_replication_health_rank (health);
}

const char *
fb_items_view_health_icon_name (const char *health)
{
  switch (health_rank (health))
    {
    case 0:
      return "dialog-error-symbolic";
    case 1:
      return "dialog-warning-symbolic";
    case 2:
      return "emblem-ok-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

const char *
fb_items_view_health_css_class (const char *health)
{
  switch (health_rank (health))
    {
    case 0:
      return "error";
    case 1:
      return "warning";
    case 2:
      return "success";
    default:
      return "dim-label";
    }
}

const char *
fb_items_view_health_label (const char *health)
{
  return fb_replication_health_label (health);
}

/* Cells --------------------------------------------------------------------- */

static GtkWidget *
new_inscription (guint min_chars,
                 guint nat_chars)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), nat_chars);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), min_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0.0);
  gtk_widget_set_hexpand (inscription, TRUE);

  return inscription;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *child;

  switch (column)
    {
    case COL_NAME:
      child = new_inscription (12, 26);
      break;
    case COL_PHASE:
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (child, "fb-pill");
      break;
    case COL_HEALTH:
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (child), gtk_image_new ());
      gtk_box_append (GTK_BOX (child), new_inscription (7, 8));
      break;
    case COL_NEXT_STEP:
      child = new_inscription (12, 24);
      break;
    case COL_RPO:
      child = new_inscription (10, 12);
      break;
    case COL_PROVIDER:
      child = new_inscription (14, 28);
      break;
    case COL_OS:
      child = new_inscription (9, 24);
      break;
    case COL_FAILOVER:
      child = new_inscription (10, 14);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  g_object_set_qdata (G_OBJECT (child), column_quark, GINT_TO_POINTER (column + 1));
  gtk_list_item_set_child (list_item, child);
}

static void
update_cell (FbItemsView     *self,
             GtkWidget       *child,
             FbProtectedItem *item)
{
  Column column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (child), column_quark)) - 1;

  switch (column)
    {
    case COL_NAME:
      {
        const char *name = fb_protected_item_get_friendly_name (item);

        gtk_inscription_set_text (GTK_INSCRIPTION (child), name != NULL ? name : fb_protected_item_get_name (item));
      }
      break;
    case COL_PHASE:
      {
        FbPhase phase = fb_protected_item_get_phase (item);
        const char *classes[] = { "fb-pill", fb_items_view_phase_css_class (phase), NULL };

        gtk_label_set_label (GTK_LABEL (child), fb_phase_to_string (phase));
        gtk_widget_set_css_classes (child, classes);
      }
      break;
    case COL_NEXT_STEP:
      {
        FbNextStep step = fb_protected_item_get_next_step (item);

        gtk_inscription_set_text (GTK_INSCRIPTION (child),
                                  step == FB_NEXT_STEP_NONE ? "—" : fb_next_step_to_string (step));
        gtk_widget_set_tooltip_text (child, step == FB_NEXT_STEP_NONE ? NULL : fb_next_step_to_string (step));
      }
      break;
    case COL_HEALTH:
      {
        const char *health = fb_protected_item_get_replication_health (item);
        GtkWidget *image = gtk_widget_get_first_child (child);
        GtkWidget *text = gtk_widget_get_next_sibling (image);
        const char *classes[] = { fb_items_view_health_css_class (health), NULL };

        /* No health while nothing replicates (e.g. running on-premises, not reprotected):
         * Site Recovery says "None", the page "Not replicating" as the item page does. */
        if (health_rank (health) == 3)
          {
            gtk_image_clear (GTK_IMAGE (image));
            gtk_inscription_set_text (GTK_INSCRIPTION (text),
                                      fb_replication_health_is_none (health) ? fb_items_view_health_label (health) : "—");
            break;
          }
        gtk_image_set_from_icon_name (GTK_IMAGE (image), fb_items_view_health_icon_name (health));
        gtk_widget_set_css_classes (image, classes);
        gtk_inscription_set_text (GTK_INSCRIPTION (text), fb_items_view_health_label (health));
      }
      break;
    case COL_RPO:
      {
        gint64 rpo = fb_protected_item_get_rpo_in_seconds (item);
        g_autofree char *text = rpo > 0 ? fb_format_rpo (rpo) : NULL;

        gtk_inscription_set_text (GTK_INSCRIPTION (child), text != NULL ? text : "—");
        gtk_widget_set_tooltip_text (child, text);
      }
      break;
    case COL_PROVIDER:
      {
        const char *type = fb_protected_item_get_provider_type (item);
        const char *text = type != NULL ? fb_provider_label (type)
                                        : fb_protected_item_is_modern (item) ? C_("replication provider", "Modern")
                                                                             : C_("replication provider", "Classic");

        gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
        gtk_widget_set_tooltip_text (child, text);
      }
      break;
    case COL_OS:
      {
        const char *os = fb_protected_item_get_os_name (item);

        if (os == NULL || *os == '\0')
          os = fb_protected_item_get_os_type (item);
        gtk_inscription_set_text (GTK_INSCRIPTION (child), os != NULL && *os != '\0' ? os : "—");
        gtk_widget_set_tooltip_text (child, os);
      }
      break;
    case COL_FAILOVER:
      {
        GDateTime *when = fb_protected_item_get_last_successful_failover_time (item);
        g_autofree char *text = NULL;

        if (when != NULL)
          {
            if (self->now == NULL)
              self->now = g_date_time_new_now_utc ();
            text = fb_format_age (when, self->now);
          }
        gtk_inscription_set_text (GTK_INSCRIPTION (child), text != NULL ? text : C_("last failover", "Never"));
      }
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
item_notify_cb (FbProtectedItem *item,
                GParamSpec      *pspec,
                GtkListItem     *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *view = gtk_widget_get_ancestor (child, FB_TYPE_ITEMS_VIEW);

  if (view != NULL)
    update_cell (FB_ITEMS_VIEW (view), child, item);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  FbProtectedItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  FbItemsView *self = g_object_get_data (G_OBJECT (factory), "fb-items-view");
  gulong id;

  update_cell (self, child, item);
  id = g_signal_connect (item, "notify", G_CALLBACK (item_notify_cb), list_item);
  g_object_set_qdata (G_OBJECT (list_item), handler_quark, GSIZE_TO_POINTER (id));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  FbProtectedItem *item = gtk_list_item_get_item (list_item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (list_item), handler_quark));

  if (id != 0 && item != NULL)
    g_signal_handler_disconnect (item, id);
  g_object_set_qdata (G_OBJECT (list_item), handler_quark, NULL);
}

/* Sorting and filtering ------------------------------------------------------ */

static int
phase_position (FbPhase phase)
{
  for (guint i = 0; i < G_N_ELEMENTS (phase_order); i++)
    if (phase_order[i] == phase)
      return i;
  return G_N_ELEMENTS (phase_order);
}

static int
compare_int (int a, int b)
{
  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
phase_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return compare_int (phase_position (fb_protected_item_get_phase ((FbProtectedItem *) a)),
                      phase_position (fb_protected_item_get_phase ((FbProtectedItem *) b)));
}

static int
next_step_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return compare_int (fb_protected_item_get_next_step ((FbProtectedItem *) a),
                      fb_protected_item_get_next_step ((FbProtectedItem *) b));
}

static int
health_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return compare_int (health_rank (fb_protected_item_get_replication_health ((FbProtectedItem *) a)),
                      health_rank (fb_protected_item_get_replication_health ((FbProtectedItem *) b)));
}

static int
failover_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GDateTime *ta = fb_protected_item_get_last_successful_failover_time ((FbProtectedItem *) a);
  GDateTime *tb = fb_protected_item_get_last_successful_failover_time ((FbProtectedItem *) b);

  /* Never failed over sorts first (oldest). */
  if (ta == NULL || tb == NULL)
    return compare_int (ta != NULL, tb != NULL);
  return compare_int (g_date_time_compare (ta, tb), 0);
}

static gboolean
choice_filter_func (gpointer item,
                    gpointer user_data)
{
  FbItemsView *self = user_data;
  guint phase = gtk_drop_down_get_selected (self->phase_dropdown);
  guint health = gtk_drop_down_get_selected (self->health_dropdown);
  guint provider = gtk_drop_down_get_selected (self->provider_dropdown);

  if (phase != 0 && phase != GTK_INVALID_LIST_POSITION &&
      fb_protected_item_get_phase (item) != phase_order[phase - 1])
    return FALSE;

  if (health != FB_ITEMS_HEALTH_ALL && health != GTK_INVALID_LIST_POSITION)
    {
      int rank = health_rank (fb_protected_item_get_replication_health (item));

      if ((health == FB_ITEMS_HEALTH_CRITICAL && rank != 0) ||
          (health == FB_ITEMS_HEALTH_WARNING && rank != 1) ||
          (health == FB_ITEMS_HEALTH_NORMAL && rank != 2) ||
          (health == FB_ITEMS_HEALTH_NOT_REPLICATING &&
           !fb_replication_health_is_none (fb_protected_item_get_replication_health (item))))
        return FALSE;
    }

  if (provider != FB_ITEMS_PROVIDER_ALL && provider != GTK_INVALID_LIST_POSITION &&
      fb_protected_item_is_modern (item) != (provider == FB_ITEMS_PROVIDER_MODERN))
    return FALSE;

  return TRUE;
}

/* State --------------------------------------------------------------------- */

static void
fb_items_view_update_state (FbItemsView *self)
{
  const char *page;

  if (self->session == NULL || self->vault == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    page = "list";
  else if (g_list_model_get_n_items (fb_session_get_items (self->session, self->vault)) > 0)
    page = "no-results";
  else if (!fb_session_get_vault_loaded (self->session, self->vault))
    page = "loading";
  else
    page = "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
}

static void
refreshed_cb (FbItemsView *self,
              FbVault     *vault)
{
  if (vault != self->vault)
    return;

  /* Ages are relative to the refresh. */
  g_clear_pointer (&self->now, g_date_time_unref);
  fb_items_view_update_state (self);
}

static void
filter_changed_cb (FbItemsView *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (FbItemsView *self)
{
  gtk_string_filter_set_search (self->name_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (FbItemsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
activate_cb (FbItemsView *self,
             guint        position)
{
  g_autoptr(FbProtectedItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", fb_protected_item_get_id (item));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  FbItemsView *self = FB_ITEMS_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->phase_dropdown, 0);
  gtk_drop_down_set_selected (self->health_dropdown, 0);
  gtk_drop_down_set_selected (self->provider_dropdown, 0);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  fb_items_view_focus_search (FB_ITEMS_VIEW (widget));
}

/* GObject ------------------------------------------------------------------- */

static void
fb_items_view_constructed (GObject *object)
{
  FbItemsView *self = FB_ITEMS_VIEW (object);

  G_OBJECT_CLASS (fb_items_view_parent_class)->constructed (object);

  /* Built without a session only by the template test. */
  if (self->session == NULL || self->vault == NULL)
    return;

  /* By name until the user picks a column. Sorted before the rows arrive: sorting rows
   * already there replaces them all (one items-changed over the whole list), after which
   * GTK 4.8's column view stood at the last row - a vault opened with its items loaded
   * started scrolled to the bottom. */
  gtk_column_view_sort_by_column (self->column_view, self->columns[COL_NAME], GTK_SORT_ASCENDING);

  gtk_filter_list_model_set_model (self->filter_model, fb_session_get_items (self->session, self->vault));

  g_signal_connect_object (self->session, "refreshed", G_CALLBACK (refreshed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::loading", G_CALLBACK (fb_items_view_update_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (fb_items_view_update_state),
                           self, G_CONNECT_SWAPPED);

  fb_items_view_update_state (self);
}

static void
fb_items_view_dispose (GObject *object)
{
  FbItemsView *self = (FbItemsView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_ITEMS_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (fb_items_view_parent_class)->dispose (object);
}

static void
fb_items_view_finalize (GObject *object)
{
  FbItemsView *self = (FbItemsView *)object;

  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (fb_items_view_parent_class)->finalize (object);
}

static void
fb_items_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FbItemsView *self = FB_ITEMS_VIEW (object);

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
fb_items_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FbItemsView *self = FB_ITEMS_VIEW (object);

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
fb_items_view_class_init (FbItemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_items_view_constructed;
  object_class->dispose = fb_items_view_dispose;
  object_class->finalize = fb_items_view_finalize;
  object_class->get_property = fb_items_view_get_property;
  object_class->set_property = fb_items_view_set_property;

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

  handler_quark = g_quark_from_static_string ("fb-items-view-handler");
  column_quark = g_quark_from_static_string ("fb-items-view-column");

  g_type_ensure (FB_TYPE_PROTECTED_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-items-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, box);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, phase_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, health_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, provider_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, selection);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, name_filter);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, choice_filter);
  gtk_widget_class_bind_template_child_full (widget_class, "name_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "phase_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_PHASE]));
  gtk_widget_class_bind_template_child_full (widget_class, "next_step_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_NEXT_STEP]));
  gtk_widget_class_bind_template_child_full (widget_class, "health_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_HEALTH]));
  gtk_widget_class_bind_template_child_full (widget_class, "rpo_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_RPO]));
  gtk_widget_class_bind_template_child_full (widget_class, "provider_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_PROVIDER]));
  gtk_widget_class_bind_template_child_full (widget_class, "os_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_OS]));
  gtk_widget_class_bind_template_child_full (widget_class, "failover_column", FALSE, G_STRUCT_OFFSET (FbItemsView, columns[COL_FAILOVER]));
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, phase_sorter);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, next_step_sorter);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, health_sorter);
  gtk_widget_class_bind_template_child (widget_class, FbItemsView, failover_sorter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "items.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "items.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "items.focus-search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fb_items_view_init (FbItemsView *self)
{
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (phases, _("Any Phase"));
  for (guint i = 0; i < G_N_ELEMENTS (phase_order); i++)
    gtk_string_list_append (phases, fb_phase_to_string (phase_order[i]));
  gtk_drop_down_set_model (self->phase_dropdown, G_LIST_MODEL (phases));

  /* The drop-downs' buttons are named like the drop-downs (GTK 4.8 leaves them nameless). */
  {
    GtkDropDown *dropdowns[] = { self->phase_dropdown, self->health_dropdown, self->provider_dropdown };
    const char *labels[] = { _("Phase filter"), _("Health filter"), _("Provider filter") };

    for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdowns[i]));
           child != NULL; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_BUTTON (child))
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, labels[i], -1);
  }

  /* The flow box only lays the controls out; its children take no focus. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toolbar));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "fb-items-view", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), GINT_TO_POINTER (i));
      gtk_column_view_column_set_factory (self->columns[i], factory);
    }

  gtk_custom_sorter_set_sort_func (self->phase_sorter, phase_sort_func, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->next_step_sorter, next_step_sort_func, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->health_sorter, health_sort_func, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->failover_sorter, failover_sort_func, NULL, NULL);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_func, self, NULL);

  /* Typing in the table starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
}

/**
 * fb_items_view_new:
 * @session: a session
 * @vault: a vault of @session
 *
 * Returns: (transfer floating): a new items view
 */
FbItemsView *
fb_items_view_new (FbSession *session,
                   FbVault   *vault)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return g_object_new (FB_TYPE_ITEMS_VIEW,
                       "session", session,
                       "vault", vault,
                       NULL);
}

FbSession *
fb_items_view_get_session (FbItemsView *self)
{
  g_return_val_if_fail (FB_IS_ITEMS_VIEW (self), NULL);

  return self->session;
}

FbVault *
fb_items_view_get_vault (FbItemsView *self)
{
  g_return_val_if_fail (FB_IS_ITEMS_VIEW (self), NULL);

  return self->vault;
}

/**
 * fb_items_view_get_selection:
 *
 * Returns: (transfer none): the rows as shown, with their selection
 */
GtkSelectionModel *
fb_items_view_get_selection (FbItemsView *self)
{
  g_return_val_if_fail (FB_IS_ITEMS_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * fb_items_view_get_column_view:
 *
 * Returns: (transfer none): the table
 */
GtkColumnView *
fb_items_view_get_column_view (FbItemsView *self)
{
  g_return_val_if_fail (FB_IS_ITEMS_VIEW (self), NULL);

  return self->column_view;
}

void
fb_items_view_focus_search (FbItemsView *self)
{
  g_return_if_fail (FB_IS_ITEMS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
fb_items_view_set_search (FbItemsView *self,
                          const char  *text)
{
  g_return_if_fail (FB_IS_ITEMS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Without waiting for the entry's search delay. */
  search_changed_cb (self);
}

void
fb_items_view_set_phase_filter (FbItemsView *self,
                                int          phase)
{
  g_return_if_fail (FB_IS_ITEMS_VIEW (self));

  if (phase < 0)
    {
      gtk_drop_down_set_selected (self->phase_dropdown, 0);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (phase_order); i++)
    if ((int) phase_order[i] == phase)
      gtk_drop_down_set_selected (self->phase_dropdown, i + 1);
}

void
fb_items_view_set_health_filter (FbItemsView         *self,
                                 FbItemsHealthFilter  health)
{
  g_return_if_fail (FB_IS_ITEMS_VIEW (self));

  gtk_drop_down_set_selected (self->health_dropdown, health);
}

void
fb_items_view_set_provider_filter (FbItemsView           *self,
                                   FbItemsProviderFilter  provider)
{
  g_return_if_fail (FB_IS_ITEMS_VIEW (self));

  gtk_drop_down_set_selected (self->provider_dropdown, provider);
}

const char *
fb_items_view_get_state (FbItemsView *self)
{
  g_return_val_if_fail (FB_IS_ITEMS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
