/* fb-jobs-view.c - the Jobs view of a vault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-format.h"
#include "fb-jobs-view.h"

struct _FbJobsView
{
  GtkWidget parent_instance;

  FbSession *session;
  FbVault *vault;

  GtkCustomSorter *sorter;
  GtkSortListModel *sorted;
  guint resort_id;
  guint tick_id;

  GtkStack *stack;
  GtkListBox *list_box;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (FbJobsView, fb_jobs_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- shared labels (states and operations: src/core/fb-labels.c) ------------------ */

char *
fb_job_format_duration (GDateTime *start,
                        GDateTime *end,
                        gboolean   running)
{
  g_autoptr(GDateTime) now = NULL;

  if (start == NULL)
    return g_strdup ("");

  if (end == NULL || running)
    {
      if (!running)
        return g_strdup ("");
      now = g_date_time_new_now_utc ();
      end = now;
    }

  return fb_format_duration (g_date_time_difference (end, start));
}

/* ---- rows ------------------------------------------------------------------------- */

typedef struct {
  FbJobsView *view;      /* unowned: the view outlives its rows */
  FbJob *job;            /* owned */
  GtkImage *icon;
  GtkLabel *duration;
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *rd = data;

  g_clear_object (&rd->job);
  g_free (rd);
}

static void
row_update (AdwActionRow *row,
            RowData      *rd)
{
  FbJob *job = rd->job;
  const char *state = fb_job_get_state (job);
  const char *description = fb_job_get_state_description (job);
  const char *target = fb_job_get_target_object_name (job);
  g_autofree char *started = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fb_job_operation_label (job));

  started = fb_job_get_start_time (job) != NULL ? fb_format_date_time (fb_job_get_start_time (job)) : NULL;
  /* Anything but success says its state in words too, not only by the icon. */
  if (started != NULL && state != NULL && g_ascii_strcasecmp (state, "Succeeded") != 0)
    {
      /* Translators: "<state> · <start time>", e.g. "In progress · 27 Nov 2026, 07:10 CET" */
      char *with_state = g_strdup_printf (_("%s · %s"), fb_job_state_label (state, description), started);
      g_free (started);
      started = with_state;
    }
  if (target != NULL && started != NULL)
    /* Translators: a job row's subtitle: "<machine or plan> · <start time>" */
    subtitle = g_strdup_printf (_("%s · %s"), target, started);
  else
    subtitle = g_strdup (target != NULL ? target : started);
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");

  gtk_image_set_from_icon_name (rd->icon, fb_job_state_icon_name (state, description));
  for (const char * const *c = (const char *[]) { "success", "error", "warning", "accent", "dim-label", NULL }; *c; c++)
    gtk_widget_remove_css_class (GTK_WIDGET (rd->icon), *c);
  gtk_widget_add_css_class (GTK_WIDGET (rd->icon), fb_job_state_css_class (state, description));
  gtk_accessible_update_property (GTK_ACCESSIBLE (rd->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fb_job_state_label (state, description),
                                  -1);
  /* Translators: tooltip of a job row: "<state>: <the service's description>" */
  tooltip = description != NULL && g_strcmp0 (description, state) != 0
            ? g_strdup_printf (_("%s: %s"), fb_job_state_label (state, description), description)
            : g_strdup (fb_job_state_label (state, description));
  gtk_widget_set_tooltip_text (GTK_WIDGET (rd->icon), tooltip);

  duration = fb_job_format_duration (fb_job_get_start_time (job), fb_job_get_end_time (job), fb_job_is_running (job));
  gtk_label_set_label (rd->duration, duration);
}

static gboolean
resort_cb (gpointer user_data)
{
  FbJobsView *self = user_data;

  self->resort_id = 0;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

static void
job_notify_cb (FbJob      *job,
               GParamSpec *pspec,
               GtkWidget  *row)
{
  RowData *rd = g_object_get_data (G_OBJECT (row), "fb-row-data");

  if (rd == NULL)
    return;

  row_update (ADW_ACTION_ROW (row), rd);

  /* A job that ends moves below the running ones: sort again, outside this emission. */
  if (g_str_equal (pspec->name, "state") && rd->view->resort_id == 0)
    rd->view->resort_id = g_idle_add (resort_cb, rd->view);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FbJobsView *self = user_data;
  FbJob *job = item;
  GtkWidget *row = adw_action_row_new ();
  RowData *rd = g_new0 (RowData, 1);
  GtkWidget *arrow;

  rd->view = self;
  rd->job = g_object_ref (job);
  rd->icon = GTK_IMAGE (gtk_image_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (rd->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  rd->duration = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (rd->duration), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (rd->duration), "dim-label");
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (rd->icon));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (rd->duration));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "fb-row-data", rd, row_data_free);

  row_update (ADW_ACTION_ROW (row), rd);
  g_signal_connect_object (job, "notify", G_CALLBACK (job_notify_cb), row, 0);

  return row;
}

static void
row_activated_cb (FbJobsView    *self,
                  GtkListBoxRow *row)
{
  RowData *rd = g_object_get_data (G_OBJECT (row), "fb-row-data");

  if (rd == NULL || fb_job_get_id (rd->job) == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-job", "s", fb_job_get_id (rd->job));
}

/* ---- the list ------------------------------------------------------------------------ */

static int
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  FbJob *ja = (FbJob *) a;
  FbJob *jb = (FbJob *) b;
  gboolean ra = fb_job_is_running (ja);
  gboolean rb = fb_job_is_running (jb);
  GDateTime *sa, *sb;

  if (ra != rb)
    return ra ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  sa = fb_job_get_start_time (ja);
  sb = fb_job_get_start_time (jb);
  if (sa == NULL || sb == NULL)
    return sa == sb ? GTK_ORDERING_EQUAL : sa == NULL ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;

  /* newest first */
  return gtk_ordering_from_cmpfunc (g_date_time_compare (sb, sa));
}

static void
update_state (FbJobsView *self)
{
  guint n = self->sorted != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) : 0;
  gboolean loading = self->session != NULL && self->vault != NULL &&
                     !fb_session_get_vault_loaded (self->session, self->vault);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
tick_cb (gpointer user_data)
{
  FbJobsView *self = user_data;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RowData *rd = g_object_get_data (G_OBJECT (child), "fb-row-data");

      if (rd != NULL && fb_job_is_running (rd->job))
        {
          g_autofree char *duration = fb_job_format_duration (fb_job_get_start_time (rd->job), NULL, TRUE);
          gtk_label_set_label (rd->duration, duration);
        }
    }

  return G_SOURCE_CONTINUE;
}

static void
fb_jobs_view_map (GtkWidget *widget)
{
  FbJobsView *self = FB_JOBS_VIEW (widget);

  GTK_WIDGET_CLASS (fb_jobs_view_parent_class)->map (widget);

  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
}

static void
fb_jobs_view_unmap (GtkWidget *widget)
{
  FbJobsView *self = FB_JOBS_VIEW (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);

  GTK_WIDGET_CLASS (fb_jobs_view_parent_class)->unmap (widget);
}

static void
fb_jobs_view_setup (FbJobsView *self)
{
  GListModel *jobs;

  if (self->session == NULL || self->vault == NULL || self->sorted != NULL)
    return;

  jobs = fb_session_get_jobs (self->session, self->vault);
  if (jobs == NULL)
    return;

  self->sorter = gtk_custom_sorter_new (compare_jobs, NULL, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (jobs), GTK_SORTER (g_object_ref (self->sorter)));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sorted), create_row, self, NULL);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::loading", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
}

static void
fb_jobs_view_constructed (GObject *object)
{
  FbJobsView *self = FB_JOBS_VIEW (object);

  G_OBJECT_CLASS (fb_jobs_view_parent_class)->constructed (object);

  fb_jobs_view_setup (self);
  update_state (self);
}

static void
fb_jobs_view_dispose (GObject *object)
{
  FbJobsView *self = (FbJobsView *)object;

  g_clear_handle_id (&self->resort_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_JOBS_VIEW);

  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (fb_jobs_view_parent_class)->dispose (object);
}

static void
fb_jobs_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbJobsView *self = FB_JOBS_VIEW (object);

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
fb_jobs_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FbJobsView *self = FB_JOBS_VIEW (object);

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
fb_jobs_view_class_init (FbJobsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_jobs_view_constructed;
  object_class->dispose = fb_jobs_view_dispose;
  object_class->get_property = fb_jobs_view_get_property;
  object_class->set_property = fb_jobs_view_set_property;

  widget_class->map = fb_jobs_view_map;
  widget_class->unmap = fb_jobs_view_unmap;

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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-jobs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FbJobsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FbJobsView, list_box);
  gtk_widget_class_bind_template_child (widget_class, FbJobsView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
fb_jobs_view_init (FbJobsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FbJobsView *
fb_jobs_view_new (FbSession *session,
                  FbVault   *vault)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return g_object_new (FB_TYPE_JOBS_VIEW,
                       "session", session,
                       "vault", vault,
                       NULL);
}

FbSession *
fb_jobs_view_get_session (FbJobsView *self)
{
  g_return_val_if_fail (FB_IS_JOBS_VIEW (self), NULL);

  return self->session;
}

FbVault *
fb_jobs_view_get_vault (FbJobsView *self)
{
  g_return_val_if_fail (FB_IS_JOBS_VIEW (self), NULL);

  return self->vault;
}

GListModel *
fb_jobs_view_get_model (FbJobsView *self)
{
  g_return_val_if_fail (FB_IS_JOBS_VIEW (self), NULL);

  return self->sorted != NULL ? G_LIST_MODEL (self->sorted) : NULL;
}
