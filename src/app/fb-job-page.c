/* fb-job-page.c - one Site Recovery job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-action.h"
#include "fb-countdown.h"
#include "fb-error-presenter.h"
#include "fb-format.h"
#include "fb-job-page.h"
#include "fb-job-task.h"
#include "fb-job-timeline.h"
#include "fb-jobs-view.h"
#include "fb-preflight.h"
#include "fb-vcenter-client.h"
#include "fb-window.h"

struct _FbJobPage
{
  GtkWidget parent_instance;

  FbSession *session;
  FbJob *job;
  GSignalGroup *job_signals;
  GSignalGroup *monitor_signals;
  GCancellable *cancellable;
  char *pending_job_name;      /* a restart's new job, until the monitor has it */
  FbErrorDescription *problem;
  FbCountdown *countdown;
  FbPreflight *preflight;        /* the vMotion remedy being prepared or run */
  FbPreflightCheck *vmotion_check;
  guint tick_id;
  guint busy : 1;

  AdwToastOverlay *toast_overlay;
  GtkImage *state_icon;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *state_label;
  GtkButton *resume_button;
  GtkButton *restart_button;
  GtkButton *cancel_button;
  GtkSpinner *busy_spinner;
  AdwPreferencesGroup *problem_group;
  GtkLabel *problem_label;
  GtkButton *remedy_button;
  GtkLabel *countdown_label;
  AdwActionRow *started_row;
  AdwActionRow *ended_row;
  AdwActionRow *duration_row;
  FbJobTimeline *timeline;
  GtkListBox *tasks_list;
};

G_DEFINE_FINAL_TYPE (FbJobPage, fb_job_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_JOB,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void fb_job_page_set_job (FbJobPage *self, FbJob *job);

static void
replace_css_class (GtkWidget  *widget,
                   const char *css_class)
{
  static const char * const classes[] = { "success", "error", "warning", "accent", "dim-label", NULL };

  for (guint i = 0; classes[i] != NULL; i++)
    gtk_widget_remove_css_class (widget, classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (widget, css_class);
}

static void
show_toast (FbJobPage  *self,
            const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (FbJobPage    *self,
            const GError *error)
{
  g_autoptr(FbErrorDescription) d = fb_error_presenter_describe (error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *text = NULL;

  if (d == NULL)
    return;

  if (FB_IS_WINDOW (root))
    fb_error_presenter_report_error (FB_WINDOW (root), error);

  if (d->blocking && GTK_IS_WINDOW (root))
    {
      gtk_window_present (GTK_WINDOW (fb_error_presenter_dialog_new (GTK_WINDOW (root), d)));
      return;
    }

  text = d->action != NULL ? g_strdup_printf (_("%s. %s"), d->title, d->action) : g_strdup (d->title);
  show_toast (self, text);
}

/* ---- tasks ------------------------------------------------------------------------ */

typedef struct {
  FbJobTask *task;
  GtkImage *icon;
  GtkLabel *duration;
} TaskRow;

static void
task_row_free (gpointer data)
{
  TaskRow *tr = data;

  g_clear_object (&tr->task);
  g_free (tr);
}

static char *
task_error_text (FbJobTask *task)
{
  GListModel *errors = fb_job_task_get_errors (task);
  GString *s = g_string_new (NULL);
  guint n = errors != NULL ? g_list_model_get_n_items (errors) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobError) e = g_list_model_get_item (errors, i);
      const char *message = fb_job_error_get_message (e);
      const char *causes = fb_job_error_get_possible_causes (e);
      const char *action = fb_job_error_get_recommended_action (e);

      if (message != NULL)
        g_string_append_printf (s, "%s%s", s->len > 0 ? "\n" : "", message);
      if (causes != NULL)
        /* Translators: before an error's possible causes in a task row */
        g_string_append_printf (s, "\n%s %s", _("Possible causes:"), causes);
      if (action != NULL)
        /* Translators: before ASR's recommended action in a task row */
        g_string_append_printf (s, "\n%s %s", _("What to do:"), action);
    }

  return g_string_free (s, s->len == 0);
}

static void
task_row_update (AdwActionRow *row,
                 TaskRow      *tr)
{
  FbJobTask *task = tr->task;
  const char *state = fb_job_task_get_state (task);
  const char *description = fb_job_task_get_state_description (task);
  GDateTime *start = fb_job_task_get_start_time (task);
  GDateTime *end = fb_job_task_get_end_time (task);
  gboolean running = fb_job_is_state_running (state) && start != NULL;
  g_autoptr(GString) subtitle = g_string_new (fb_job_state_label (state, description));
  g_autofree char *errors = task_error_text (task);
  g_autofree char *duration = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 fb_job_task_get_friendly_name (task) ?: fb_job_task_get_name (task) ?: "");

  if (start != NULL)
    {
      g_autofree char *s = fb_format_date_time (start);
      g_autofree char *span = NULL;

      if (end != NULL && !running)
        {
          g_autofree char *e = fb_format_date_time (end);

          /* Translators: a task's start and end time in its row: "<start> to <end>" */
          span = g_strdup_printf (_("%s to %s"), s, e);
        }
      g_string_append_printf (subtitle, " · %s", span != NULL ? span : s);
    }
  if (errors != NULL)
    g_string_append_printf (subtitle, "\n%s", errors);
  adw_action_row_set_subtitle (row, subtitle->str);

  gtk_image_set_from_icon_name (tr->icon, fb_job_state_icon_name (state, description));
  replace_css_class (GTK_WIDGET (tr->icon), fb_job_state_css_class (state, description));
  gtk_accessible_update_property (GTK_ACCESSIBLE (tr->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fb_job_state_label (state, description),
                                  -1);

  duration = fb_job_format_duration (start, end, running);
  gtk_label_set_label (tr->duration, duration);
}

static void
task_notify_cb (FbJobTask  *task,
                GParamSpec *pspec,
                GtkWidget  *row)
{
  TaskRow *tr = g_object_get_data (G_OBJECT (row), "fb-task-row");

  if (tr != NULL)
    task_row_update (ADW_ACTION_ROW (row), tr);
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  FbJobTask *task = item;
  GtkWidget *row = adw_action_row_new ();
  TaskRow *tr = g_new0 (TaskRow, 1);

  tr->task = g_object_ref (task);
  tr->icon = GTK_IMAGE (gtk_image_new ());
  tr->duration = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (tr->duration), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (tr->duration), "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (tr->icon));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (tr->duration));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "fb-task-row", tr, task_row_free);

  task_row_update (ADW_ACTION_ROW (row), tr);
  g_signal_connect_object (task, "notify", G_CALLBACK (task_notify_cb), row, 0);

  return row;
}

static char *job_vault_id (FbJob *job);
static gboolean vmotion_possible (FbJobPage *self);

/* ---- the job ---------------------------------------------------------------------- */

static void
update_actions (FbJobPage *self)
{
  gboolean cancel = self->job != NULL && fb_job_is_allowed (self->job, "Cancel");
  gboolean restart = self->job != NULL && fb_job_is_allowed (self->job, "Restart");
  gboolean resume = self->job != NULL && fb_job_is_allowed (self->job, "Resume");
  gboolean can_act = self->session != NULL && fb_session_get_job_monitor (self->session) != NULL && !self->busy;

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), cancel);
  gtk_widget_set_visible (GTK_WIDGET (self->restart_button), restart);
  gtk_widget_set_visible (GTK_WIDGET (self->resume_button), resume);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), cancel && can_act);
  gtk_widget_set_sensitive (GTK_WIDGET (self->restart_button), restart && can_act);
  gtk_widget_set_sensitive (GTK_WIDGET (self->resume_button), resume && can_act);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), self->busy);
  gtk_spinner_set_spinning (self->busy_spinner, self->busy);
}

static void
update_countdown_label (FbJobPage *self)
{
  guint remaining;
  g_autofree char *text = NULL;
  g_autofree char *left = NULL;

  if (self->countdown == NULL || !fb_countdown_is_running (self->countdown))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), FALSE);
      return;
    }

  remaining = fb_countdown_get_remaining (self->countdown);
  left = fb_format_duration ((GTimeSpan) remaining * G_TIME_SPAN_SECOND);
  /* Translators: %s is a duration, e.g. "14 min 05 s" */
  text = g_strdup_printf (_("Trying again in %s"), left);
  gtk_label_set_label (self->countdown_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), TRUE);
}

static void
update_problem (FbJobPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  FbErrorDescription *d;

  g_clear_pointer (&self->problem, fb_error_description_free);
  if (self->job != NULL)
    self->problem = fb_error_presenter_describe_job (self->job);
  d = self->problem;

  gtk_widget_set_visible (GTK_WIDGET (self->problem_group), d != NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->restart_button), "suggested-action");
  if (d == NULL)
    return;

  adw_preferences_group_set_title (self->problem_group, d->title);
  if (d->message != NULL && g_strcmp0 (d->message, d->title) != 0)
    g_string_append (text, d->message);
  if (d->causes != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "", d->causes);
  if (d->action != NULL)
    g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n\n" : "", _("What to do:"), d->action);
  if (d->code != NULL)
    g_string_append_printf (text, "\n\n%s %s", _("Error code:"), d->code);
  gtk_label_set_label (self->problem_label, text->str);

  /* Only remedies this page can carry out: waiting for the agent, then a restart; the
   * vMotion of 8038 where the session has a vCenter. */
  if (d->remedy == FB_ERROR_REMEDY_VMOTION && vmotion_possible (self))
    {
      gtk_button_set_label (self->remedy_button, d->remedy_label);
      gtk_widget_set_visible (GTK_WIDGET (self->remedy_button), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->remedy_button), self->preflight == NULL);
    }
  else if (d->remedy == FB_ERROR_REMEDY_WAIT_AND_RETRY && fb_job_is_allowed (self->job, "Restart"))
    {
      gtk_button_set_label (self->remedy_button, d->remedy_label);
      gtk_widget_set_visible (GTK_WIDGET (self->remedy_button),
                              self->countdown == NULL || !fb_countdown_is_running (self->countdown));
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->remedy_button), FALSE);

  update_countdown_label (self);

  /* One suggested next step: the remedy when there is one, else Restart. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->remedy_button)))
    gtk_widget_remove_css_class (GTK_WIDGET (self->restart_button), "suggested-action");
}

static void
update_times (FbJobPage *self)
{
  GDateTime *start = self->job != NULL ? fb_job_get_start_time (self->job) : NULL;
  GDateTime *end = self->job != NULL ? fb_job_get_end_time (self->job) : NULL;
  gboolean running = self->job != NULL && fb_job_is_running (self->job);
  g_autofree char *started = start != NULL ? fb_format_date_time (start) : NULL;
  g_autofree char *ended = end != NULL && !running ? fb_format_date_time (end) : NULL;
  g_autofree char *duration = fb_job_format_duration (start, end, running);

  adw_action_row_set_subtitle (self->started_row, started != NULL ? started : C_("time", "Not yet"));
  adw_action_row_set_subtitle (self->ended_row, ended != NULL ? ended : running ? _("Still running") : C_("time", "Not yet"));
  adw_action_row_set_subtitle (self->duration_row, duration);
}

static void
update (FbJobPage *self)
{
  const char *state = self->job != NULL ? fb_job_get_state (self->job) : NULL;
  const char *description = self->job != NULL ? fb_job_get_state_description (self->job) : NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  guint done = 0, total = 0;
  g_autofree char *state_text = NULL;

  if (self->job == NULL)
    {
      gtk_label_set_label (self->title_label, _("Job"));
      gtk_label_set_label (self->subtitle_label, NULL);
      gtk_label_set_label (self->state_label, NULL);
      update_actions (self);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_group), FALSE);
      update_times (self);
      return;
    }

  gtk_label_set_label (self->title_label, fb_job_operation_label (self->job));
  if (fb_job_get_target_object_name (self->job) != NULL)
    g_string_append (subtitle, fb_job_get_target_object_name (self->job));
  if (fb_job_get_vault_name (self->job) != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", fb_job_get_vault_name (self->job));
  gtk_label_set_label (self->subtitle_label, subtitle->str);

  fb_job_get_progress (self->job, &done, &total);
  if (fb_job_is_running (self->job) && total > 0)
    /* Translators: "In progress · 3 of 7 tasks done" */
    state_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u of %u task done", "%s · %u of %u tasks done", total),
                                  fb_job_state_label (state, description), done, total);
  else
    state_text = g_strdup (fb_job_state_label (state, description));
  gtk_label_set_label (self->state_label, state_text);
  replace_css_class (GTK_WIDGET (self->state_label), fb_job_state_css_class (state, description));

  gtk_image_set_from_icon_name (self->state_icon, fb_job_state_icon_name (state, description));
  replace_css_class (GTK_WIDGET (self->state_icon), fb_job_state_css_class (state, description));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fb_job_state_label (state, description),
                                  -1);

  update_actions (self);
  update_times (self);
  update_problem (self);
}

static void
job_notify_cb (FbJobPage *self)
{
  update (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  FbJobPage *self = user_data;

  if (self->job != NULL && fb_job_is_running (self->job))
    {
      update_times (self);
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tasks_list));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          TaskRow *tr = g_object_get_data (G_OBJECT (child), "fb-task-row");

          if (tr != NULL && fb_job_is_state_running (fb_job_task_get_state (tr->task)))
            task_row_update (ADW_ACTION_ROW (child), tr);
        }
    }

  return G_SOURCE_CONTINUE;
}

static char *
job_vault_id (FbJob *job)
{
  const char *id = fb_job_get_id (job);
  const char *slash;
  g_autofree char *lower = NULL;
  const char *found;

  if (id == NULL)
    return NULL;
  lower = g_ascii_strdown (id, -1);
  found = strstr (lower, "/replicationjobs/");
  if (found == NULL)
    return NULL;
  slash = id + (found - lower);

  return g_strndup (id, slash - id);
}

/* A running job the monitor does not track yet: watch it, so that its tasks stream. */
static void
watch_job (FbJobPage *self)
{
  FbJobMonitor *monitor;
  g_autofree char *vault_id = NULL;

  if (self->session == NULL || self->job == NULL || !fb_job_is_running (self->job))
    return;

  monitor = fb_session_get_job_monitor (self->session);
  if (monitor == NULL || fb_job_get_name (self->job) == NULL ||
      fb_job_monitor_lookup (monitor, fb_job_get_name (self->job)) != NULL)
    return;

  vault_id = job_vault_id (self->job);
  if (vault_id != NULL)
    fb_job_monitor_watch (monitor, vault_id, fb_job_get_name (self->job), NULL,
                          fb_job_get_scenario_name (self->job));
}

static void
fb_job_page_set_job (FbJobPage *self,
                     FbJob     *job)
{
  if (!g_set_object (&self->job, job))
    return;

  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_clear_object (&self->countdown);

  g_signal_group_set_target (self->job_signals, job);
  gtk_list_box_bind_model (self->tasks_list, job != NULL ? fb_job_get_tasks (job) : NULL,
                           job != NULL ? create_task_row : NULL, self, NULL);
  fb_job_timeline_set_job (self->timeline, job);
  watch_job (self);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

/* ---- the vMotion remedy of 8038 ------------------------------------------------------- */

static FbVault *
job_vault (FbJobPage *self)
{
  g_autofree char *vault_id = job_vault_id (self->job);

  return vault_id != NULL ? fb_session_find_vault_for_id (self->session, vault_id) : NULL;
}

static FbProtectedItem *
job_item (FbJobPage *self,
          FbVault   *vault)
{
  GListModel *items = fb_session_get_items (self->session, vault);
  const char *target = fb_job_get_target_object_name (self->job);
  const char *target_id = fb_job_get_target_object_id (self->job);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);

      if ((target != NULL && g_strcmp0 (fb_protected_item_get_friendly_name (item), target) == 0) ||
          (target_id != NULL && g_ascii_strcasecmp (fb_protected_item_get_name (item), target_id) == 0))
        return item;
    }

  return NULL;
}

static FbFabric *
item_fabric (FbJobPage       *self,
             FbVault         *vault,
             FbProtectedItem *item)
{
  GListModel *fabrics = fb_session_get_fabrics (self->session, vault);
  const char *name = fb_protected_item_get_fabric_name (item);

  for (guint i = 0; fabrics != NULL && name != NULL && i < g_list_model_get_n_items (fabrics); i++)
    {
      g_autoptr(FbFabric) fabric = g_list_model_get_item (fabrics, i);

      if (g_ascii_strcasecmp (fb_fabric_get_name (fabric), name) == 0)
        return fabric;
    }

  return NULL;
}

/* The demo site's simulated vCenter with its published account (data/scenarios/README.md);
 * vCenters of Azure accounts come from the preferences once they are tied to a vault. */
static FbVcenterClient *
new_vcenter_client (FbJobPage *self)
{
  FbVcenterClient *client;
  const char *uri = fb_session_get_vcenter_uri (self->session);

  if (fb_session_get_kind (self->session) != FB_SESSION_KIND_DEMO || uri == NULL)
    return NULL;

  client = fb_vcenter_client_new (uri, "administrator@vsphere.local", NULL);
  fb_vcenter_client_set_password (client, "demo-password");
  fb_vcenter_client_set_keepalive_seconds (client, 0);
  fb_vcenter_client_set_task_poll_interval (client, 100);
  return client;
}

static gboolean
vmotion_possible (FbJobPage *self)
{
  FbVault *vault;

  if (self->session == NULL || self->job == NULL || fb_session_get_vcenter_uri (self->session) == NULL ||
      fb_session_get_kind (self->session) != FB_SESSION_KIND_DEMO)
    return FALSE;

  vault = job_vault (self);
  return vault != NULL && job_item (self, vault) != NULL;
}

static void
vmotion_done (FbJobPage *self)
{
  g_clear_object (&self->preflight);
  g_clear_object (&self->vmotion_check);
  update_problem (self);
}

static void
vmotion_applied_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FbJobPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const FbPreflightAction *action;

  if (!fb_preflight_apply_remedy_finish (FB_PREFLIGHT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      vmotion_done (self);
      show_error (self, error);
      return;
    }

  action = fb_preflight_check_get_action (self->vmotion_check);
  /* Translators: "sql-prod-01 now runs on esx-nbg-01. Restart the job to fail back." */
  text = g_strdup_printf (_("%s now runs on %s. Restart the job to fail back."), action->vm_name, action->host_name);
  show_toast (self, text);
  vmotion_done (self);
}

static void
vmotion_response_cb (FbJobPage  *self,
                     const char *response)
{
  if (g_strcmp0 (response, "move") != 0 || self->preflight == NULL)
    {
      vmotion_done (self);
      return;
    }

  fb_preflight_apply_remedy_async (self->preflight, self->vmotion_check, self->cancellable,
                                   vmotion_applied_cb, g_object_ref (self));
}

static void
vmotion_checked_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FbJobPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbPreflightResult) checks = fb_preflight_run_finish (FB_PREFLIGHT (source), result, &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  FbPreflightCheck *check;
  const FbPreflightAction *action;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (checks == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      vmotion_done (self);
      show_error (self, error);
      return;
    }

  check = fb_preflight_result_lookup (checks, "host-memory", NULL);
  action = check != NULL ? fb_preflight_check_get_action (check) : NULL;
  if (action == NULL || action->kind != FB_PREFLIGHT_ACTION_VMOTION)
    {
      show_toast (self, check != NULL && fb_preflight_check_get_status (check) == FB_PREFLIGHT_STATUS_PASS
                        ? _("The host has enough memory now. Restart the job.")
                        : _("No host with enough free memory was found. Give the host more memory."));
      vmotion_done (self);
      return;
    }

  g_set_object (&self->vmotion_check, check);
  /* Translators: "Move sql-prod-01 to esx-nbg-01?" */
  heading = g_strdup_printf (_("Move %s to %s?"), action->vm_name, action->host_name);
  body = g_strdup_printf (_("vMotion moves the virtual machine %s to the ESXi host %s, which has enough free memory for it. Then restart the job."),
                          action->vm_name, action->host_name);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "move");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (vmotion_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_vmotion (FbJobPage *self)
{
  g_autoptr(FbVcenterClient) vcenter = new_vcenter_client (self);
  FbVault *vault = job_vault (self);
  FbProtectedItem *item = vault != NULL ? job_item (self, vault) : NULL;

  if (vcenter == NULL || item == NULL || self->preflight != NULL)
    return;

  self->preflight = fb_preflight_new (FB_PREFLIGHT_STAGE_FAILBACK, item_fabric (self, vault, item), vcenter);
  fb_preflight_add_item (self->preflight, item, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remedy_button), FALSE);
  fb_preflight_run_async (self->preflight, self->cancellable, vmotion_checked_cb, g_object_ref (self));
}

/* ---- actions ------------------------------------------------------------------------ */

static void
set_busy (FbJobPage *self,
          gboolean   busy)
{
  if (self->busy == !!busy)
    return;

  self->busy = !!busy;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The monitor reports a job: the restart's new job once it is known. */
static void
monitor_job_updated_cb (FbJobPage    *self,
                        FbJob        *job,
                        FbJobMonitor *monitor)
{
  FbJob *shown;

  if (self->pending_job_name == NULL || fb_job_get_name (job) == NULL ||
      g_ascii_strcasecmp (fb_job_get_name (job), self->pending_job_name) != 0)
    return;

  g_clear_pointer (&self->pending_job_name, g_free);
  /* The session's object for it (the list's row), else the monitor's. */
  shown = fb_session_lookup_job (self->session, fb_job_get_id (job));
  fb_job_page_set_job (self, shown != NULL ? shown : job);
}

typedef struct {
  FbJobPage *self;
  char *verb;
} ActionData;

static void
action_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ActionData *ad = user_data;
  g_autoptr(FbJobPage) self = ad->self;
  g_autofree char *verb = ad->verb;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;

  g_free (ad);

  job_name = fb_job_monitor_run_action_finish (FB_JOB_MONITOR (source), result, &error);
  if (job_name == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_error (self, error);
      return;
    }

  set_busy (self, FALSE);

  if (g_str_equal (verb, "restart"))
    {
      FbJob *known = fb_job_monitor_lookup (FB_JOB_MONITOR (source), job_name);

      show_toast (self, _("The job was restarted"));
      if (known != NULL && self->job != NULL && g_ascii_strcasecmp (job_name, fb_job_get_name (self->job)) != 0)
        {
          FbJob *shown = fb_session_lookup_job (self->session, fb_job_get_id (known));
          fb_job_page_set_job (self, shown != NULL ? shown : known);
        }
      else if (self->job == NULL || g_ascii_strcasecmp (job_name, fb_job_get_name (self->job)) != 0)
        {
          g_free (self->pending_job_name);
          self->pending_job_name = g_steal_pointer (&job_name);
        }
    }
  else if (g_str_equal (verb, "cancel"))
    show_toast (self, _("Cancelling the job…"));
  else
    show_toast (self, _("The job goes on"));
}

static void
run_job_action (FbJobPage  *self,
                const char *verb)
{
  g_autoptr(FbAction) action = NULL;
  FbJobMonitor *monitor;
  ActionData *ad;

  if (self->job == NULL || self->busy || fb_job_get_id (self->job) == NULL)
    return;

  monitor = fb_session_get_job_monitor (self->session);
  if (monitor == NULL)
    return;

  action = fb_action_new_job_action (fb_job_get_id (self->job), verb, NULL);
  set_busy (self, TRUE);

  ad = g_new0 (ActionData, 1);
  ad->self = g_object_ref (self);
  ad->verb = g_strdup (verb);
  fb_job_monitor_run_action_async (monitor, action, self->cancellable, action_done_cb, ad);
}

static void
cancel_response_cb (FbJobPage  *self,
                    const char *response)
{
  if (g_strcmp0 (response, "cancel-job") == 0)
    run_job_action (self, "cancel");
}

static void
cancel_clicked_cb (FbJobPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *target;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->job == NULL)
    return;

  target = fb_job_get_target_object_name (self->job);
  if (target != NULL)
    /* Translators: "The Unplanned failover of web-01 stops at the task it is in..." */
    body = g_strdup_printf (_("The %s of %s stops at the task it is in. What the finished tasks did stays done; the machine may need a new job to reach a consistent state."),
                            fb_job_operation_label (self->job), target);
  else
    body = g_strdup_printf (_("The %s stops at the task it is in. What the finished tasks did stays done."),
                            fb_job_operation_label (self->job));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Cancel the Job?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Running"),
                                    "cancel-job", _("_Cancel Job"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-job", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restart_clicked_cb (FbJobPage *self)
{
  run_job_action (self, "restart");
}

static void
resume_clicked_cb (FbJobPage *self)
{
  run_job_action (self, "resume");
}

static void
countdown_tick_cb (FbJobPage *self)
{
  update_countdown_label (self);
}

static void
countdown_finished_cb (FbJobPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), FALSE);
  if (self->job != NULL && fb_job_is_allowed (self->job, "Restart"))
    run_job_action (self, "restart");
}

static void
remedy_clicked_cb (FbJobPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  guint tick_ms = 1000;

  if (self->problem != NULL && self->problem->remedy == FB_ERROR_REMEDY_VMOTION)
    {
      start_vmotion (self);
      return;
    }
  if (self->problem == NULL || self->problem->remedy != FB_ERROR_REMEDY_WAIT_AND_RETRY)
    return;

  /* The demo site's time runs faster; FAILBACK_COUNTDOWN_TICK_MS lets tests do the same. */
  if (g_getenv ("FAILBACK_COUNTDOWN_TICK_MS") != NULL)
    tick_ms = MAX (1, (guint) g_ascii_strtoull (g_getenv ("FAILBACK_COUNTDOWN_TICK_MS"), NULL, 10));

  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_clear_object (&self->countdown);

  now = g_date_time_new_now_utc ();
  /* The wait counts from the failback of the machine (else from this job's start). */
  {
    FbVault *vault = job_vault (self);
    FbProtectedItem *item = vault != NULL ? job_item (self, vault) : NULL;
    GDateTime *since = item != NULL ? fb_protected_item_get_last_successful_failover_time (item) : NULL;

    self->countdown = fb_preflight_new_agent_countdown (since != NULL ? since : fb_job_get_start_time (self->job),
                                                        now, tick_ms);
  }
  g_signal_connect_object (self->countdown, "tick", G_CALLBACK (countdown_tick_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "finished", G_CALLBACK (countdown_finished_cb), self, G_CONNECT_SWAPPED);
  fb_countdown_start (self->countdown);

  gtk_widget_set_visible (GTK_WIDGET (self->remedy_button), FALSE);
  update_countdown_label (self);
}

/* ---- GObject -------------------------------------------------------------------------- */

static void
fb_job_page_map (GtkWidget *widget)
{
  FbJobPage *self = FB_JOB_PAGE (widget);

  GTK_WIDGET_CLASS (fb_job_page_parent_class)->map (widget);

  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
}

static void
fb_job_page_unmap (GtkWidget *widget)
{
  FbJobPage *self = FB_JOB_PAGE (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);

  GTK_WIDGET_CLASS (fb_job_page_parent_class)->unmap (widget);
}

static void
fb_job_page_constructed (GObject *object)
{
  FbJobPage *self = FB_JOB_PAGE (object);

  G_OBJECT_CLASS (fb_job_page_parent_class)->constructed (object);

  if (self->session != NULL)
    g_signal_group_set_target (self->monitor_signals, fb_session_get_job_monitor (self->session));
  watch_job (self);
  update (self);
}

static void
fb_job_page_dispose (GObject *object)
{
  FbJobPage *self = (FbJobPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_clear_object (&self->countdown);
  g_clear_object (&self->preflight);
  g_clear_object (&self->vmotion_check);
  if (self->job_signals != NULL)
    g_signal_group_set_target (self->job_signals, NULL);
  if (self->monitor_signals != NULL)
    g_signal_group_set_target (self->monitor_signals, NULL);
  if (self->tasks_list != NULL)
    gtk_list_box_bind_model (self->tasks_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_JOB_PAGE);

  g_clear_object (&self->job_signals);
  g_clear_object (&self->monitor_signals);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_object (&self->session);
  g_clear_pointer (&self->pending_job_name, g_free);
  g_clear_pointer (&self->problem, fb_error_description_free);

  G_OBJECT_CLASS (fb_job_page_parent_class)->dispose (object);
}

static void
fb_job_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FbJobPage *self = FB_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FbJobPage *self = FB_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_JOB:
      fb_job_page_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_page_class_init (FbJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_job_page_constructed;
  object_class->dispose = fb_job_page_dispose;
  object_class->get_property = fb_job_page_get_property;
  object_class->set_property = fb_job_page_set_property;

  widget_class->map = fb_job_page_map;
  widget_class->unmap = fb_job_page_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL,
                         FB_TYPE_JOB,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FB_TYPE_JOB_TIMELINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, restart_button);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, problem_group);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, remedy_button);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, started_row);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, ended_row);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, duration_row);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, FbJobPage, tasks_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, restart_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, resume_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remedy_clicked_cb);
}

static void
fb_job_page_init (FbJobPage *self)
{
  self->cancellable = g_cancellable_new ();

  self->job_signals = g_signal_group_new (FB_TYPE_JOB);
  g_signal_group_connect_swapped (self->job_signals, "notify", G_CALLBACK (job_notify_cb), self);
  self->monitor_signals = g_signal_group_new (FB_TYPE_JOB_MONITOR);
  g_signal_group_connect_swapped (self->monitor_signals, "job-updated", G_CALLBACK (monitor_job_updated_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));
}

FbJobPage *
fb_job_page_new (FbSession *session,
                 FbJob     *job)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_JOB (job), NULL);

  return g_object_new (FB_TYPE_JOB_PAGE,
                       "session", session,
                       "job", job,
                       NULL);
}

FbSession *
fb_job_page_get_session (FbJobPage *self)
{
  g_return_val_if_fail (FB_IS_JOB_PAGE (self), NULL);

  return self->session;
}

FbJob *
fb_job_page_get_job (FbJobPage *self)
{
  g_return_val_if_fail (FB_IS_JOB_PAGE (self), NULL);

  return self->job;
}

gboolean
fb_job_page_get_busy (FbJobPage *self)
{
  g_return_val_if_fail (FB_IS_JOB_PAGE (self), FALSE);

  return self->busy;
}
