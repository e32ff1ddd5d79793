/* fb-assistant.c - the guided, checked path through one step of the round trip
 *
 * One window for every step: the pages a step needs are picked from the stack
 * (direction, recovery point, reprotect settings, pre-flight checks, summary, progress).
 * Pages load what they show when first entered; a change of the recovery point or of the
 * reprotect settings runs the checks again. The confirm button is pressed once: the
 * action goes to FbJobMonitor (which never resends blindly), the button stays disabled,
 * and the progress page follows the job through the monitor's signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-assistant.h"
#include "fb-countdown.h"
#include "fb-error-presenter.h"
#include "fb-format.h"
#include "fb-job-timeline.h"
#include "fb-labels.h"
#include "fb-page-util.h"
#include "fb-policy.h"
#include "fb-preflight.h"
#include "fb-round-trip-view.h"

#define MAX_AGENT_RETRIES 6
#define MAX_CUSTOM_POINTS 50

struct _FbAssistant
{
  AdwWindow parent_instance;

  FbSession *session;
  FbProtectedItem *item;
  FbRecoveryPlan *plan;
  FbNextStep step;
  GCancellable *cancellable;
  FbVault *vault;
  FbFabric *fabric;
  GPtrArray *items;                 /* FbProtectedItem */
  FbVcenterClient *vcenter;
  guint tick_ms;

  /* recovery points */
  GHashTable *points;               /* item id -> GListStore of FbRecoveryPoint, newest first */
  guint points_pending;
  gboolean points_loaded;
  char *custom_point_id;

  /* reprotect settings */
  FbReprotectChoice *choice;
  GListStore *policies;
  guint options_pending;
  gboolean options_loaded;
  gboolean filling_options;
  GPtrArray *mt_ids, *ps_ids, *ds_names, *retention_names, *policy_ids, *run_as_ids, *agent_ids;
  int vm_exists;                    /* -1 unknown, 0 no, 1 yes */

  /* checks */
  FbPreflight *preflight;
  FbPreflightResult *result;
  GPtrArray *asr_vcenters;          /* JsonNode */
  gboolean checks_running;
  gboolean checks_stale;
  gboolean remedy_running;
  gboolean agent_waited;            /* the registration wait ran out: the job retries */
  FbCountdown *countdown;
  GtkLabel *countdown_row_label;    /* in the agent-registration row */

  /* pages */
  const char *pages[6];
  guint n_pages;
  guint page;

  /* the action and its job */
  gboolean confirmed;
  gboolean sending;
  guint attempts;
  char *job_name;
  FbJob *job;
  char *job_state;
  gboolean closed;
  guint refetch_pending;

  /* template */
  AdwWindowTitle *window_title;
  GtkButton *cancel_button;
  GtkButton *back_button;
  GtkButton *next_button;
  GtkButton *confirm_button;
  GtkStack *stack;
  GtkLabel *direction_title;
  FbRoundTripView *direction_view;
  GtkLabel *direction_body;
  GtkListBox *machines_list;
  AdwActionRow *latest_row;
  AdwActionRow *app_row;
  AdwActionRow *custom_row;
  GtkToggleButton *latest_toggle;
  GtkToggleButton *app_toggle;
  GtkToggleButton *custom_toggle;
  GtkToggleButton *understand_toggle;
  GtkCheckButton *latest_check;
  GtkCheckButton *app_check;
  GtkCheckButton *custom_check;
  GtkLabel *plan_rule_label;
  AdwPreferencesGroup *custom_group;
  AdwPreferencesGroup *point_group;
  GtkListBox *custom_list;
  AdwComboRow *master_target_row;
  AdwComboRow *agent_row;
  AdwComboRow *process_server_row;
  AdwComboRow *datastore_row;
  AdwComboRow *retention_row;
  AdwComboRow *policy_row;
  AdwComboRow *run_as_row;
  GtkLabel *location_label;
  GtkLabel *options_notes;
  GtkSpinner *checks_spinner;
  GtkLabel *checks_status;
  GtkListBox *checks_list;
  GtkCheckButton *understand_check;
  GtkLabel *summary_title;
  GtkListBox *summary_list;
  GtkLabel *cost_label;
  GtkSpinner *progress_spinner;
  GtkImage *progress_icon;
  GtkLabel *progress_label;
  GtkLabel *progress_detail;
  GtkBox *countdown_box;
  GtkLabel *countdown_label;
  GtkProgressBar *countdown_bar;
  FbJobTimeline *timeline;
  GtkListBox *tasks_list;
};

G_DEFINE_FINAL_TYPE (FbAssistant, fb_assistant, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM,
  PROP_PLAN,
  PROP_STEP,
  PROP_PAGE_NAME,
  PROP_JOB_NAME,
  PROP_JOB_STATE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_buttons (FbAssistant *self);
static void run_checks (FbAssistant *self);
static void send_action (FbAssistant *self);

/* ---- small things ------------------------------------------------------------------ */

static const char *
page_name (FbAssistant *self)
{
  return self->pages[self->page];
}

static gboolean
on_page (FbAssistant *self,
         const char  *name)
{
  return g_str_equal (page_name (self), name);
}

static FbProtectedItem *
first_item (FbAssistant *self)
{
  return self->items->len > 0 ? g_ptr_array_index (self->items, 0) : NULL;
}

static const char *
target_name (FbAssistant *self)
{
  if (self->plan != NULL)
    return fb_recovery_plan_get_friendly_name (self->plan);
  return fb_protected_item_get_friendly_name (self->item);
}

static guint
machine_count (FbAssistant *self)
{
  if (self->plan != NULL && self->items->len == 0)
    {
      GListModel *groups = fb_recovery_plan_get_groups (self->plan);
      guint n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, i);
          const char * const *ids = fb_recovery_plan_group_get_item_ids (group);
          n += ids ? g_strv_length ((char **) ids) : 0;
        }
      return n;
    }
  return self->items->len;
}

gboolean
fb_assistant_get_busy (FbAssistant *self)
{
  g_return_val_if_fail (FB_IS_ASSISTANT (self), FALSE);

  return self->points_pending > 0 || self->options_pending > 0 || self->checks_running ||
         self->refetch_pending > 0 || self->remedy_running || self->sending ||
         (self->countdown != NULL && fb_countdown_is_running (self->countdown));
}

static void
notify_busy (FbAssistant *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  update_buttons (self);
}

static gboolean
destructive_step (FbAssistant *self)
{
  return self->step == FB_NEXT_STEP_FAILBACK || self->step == FB_NEXT_STEP_COMMIT ||
         self->step == FB_NEXT_STEP_FAILOVER;
}

static char *
confirm_label (FbAssistant *self)
{
  guint n = machine_count (self);

  if (n == 1 && first_item (self) != NULL)
    {
      const char *name = fb_protected_item_get_friendly_name (first_item (self));

      switch (self->step)
        {
        case FB_NEXT_STEP_FAILBACK:
          /* TRANSLATORS: the confirm button; %s is the machine's name */
          return g_strdup_printf (_("Fail Back %s"), name);
        case FB_NEXT_STEP_COMMIT:
          return g_strdup_printf (_("Commit %s"), name);
        case FB_NEXT_STEP_FAILOVER:
          return g_strdup_printf (_("Fail Over %s"), name);
        case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
        case FB_NEXT_STEP_REPROTECT_TO_AZURE:
        case FB_NEXT_STEP_NONE:
        default:
          return g_strdup_printf (_("Reprotect %s"), name);
        }
    }

  switch (self->step)
    {
    case FB_NEXT_STEP_FAILBACK:
      /* TRANSLATORS: the confirm button; %u is the number of machines */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Fail Back %u Machine", "Fail Back %u Machines", n), n);
    case FB_NEXT_STEP_COMMIT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Commit %u Machine", "Commit %u Machines", n), n);
    case FB_NEXT_STEP_FAILOVER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Fail Over %u Machine", "Fail Over %u Machines", n), n);
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
    case FB_NEXT_STEP_NONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reprotect %u Machine", "Reprotect %u Machines", n), n);
    }
}

static char *
machine_names (FbAssistant *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, fb_protected_item_get_friendly_name (g_ptr_array_index (self->items, i)));
    }
  if (names->len == 0)
    g_string_append (names, target_name (self));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GtkWidget *
status_icon (const char *icon_name,
             const char *css_class,
             const char *label)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  if (label != NULL)
    {
      gtk_widget_set_tooltip_text (icon, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  return icon;
}

/* ---- buttons ---------------------------------------------------------------------- */

static gboolean
options_complete (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  const char *provider = item ? fb_protected_item_get_provider_type (item) : NULL;

  if (!self->options_loaded || self->choice == NULL)
    return FALSE;

#define HAS(row) (gtk_widget_get_visible (GTK_WIDGET (row)) && adw_combo_row_get_selected (row) != GTK_INVALID_LIST_POSITION)
  if (self->step == FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES)
    {
      if (g_strcmp0 (provider, "InMageRcm") == 0)
        return HAS (self->agent_row) && HAS (self->datastore_row);
      return HAS (self->master_target_row) && HAS (self->process_server_row) &&
             HAS (self->datastore_row) && HAS (self->retention_row) && HAS (self->policy_row);
    }
  return HAS (self->process_server_row) && HAS (self->policy_row);
#undef HAS
}

/* Failures and warnings of the checks; a failed agent registration after the full wait
 * counts as a warning (the reprotect then retries by itself when the agent is late). */
static void
count_checks (FbAssistant *self,
              guint       *n_fail,
              guint       *n_warn)
{
  GListModel *checks = fb_preflight_result_get_checks (self->result);

  *n_fail = *n_warn = 0;
  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(FbPreflightCheck) check = g_list_model_get_item (checks, i);
      FbPreflightStatus status = fb_preflight_check_get_status (check);

      if (status == FB_PREFLIGHT_STATUS_FAIL && self->agent_waited &&
          g_strcmp0 (fb_preflight_check_get_id (check), "agent-registration") == 0)
        status = FB_PREFLIGHT_STATUS_WARN;

      if (status == FB_PREFLIGHT_STATUS_FAIL)
        (*n_fail)++;
      else if (status != FB_PREFLIGHT_STATUS_PASS)
        (*n_warn)++;
    }
}

static gboolean
checks_allow (FbAssistant *self)
{
  guint n_fail, n_warn;

  count_checks (self, &n_fail, &n_warn);
  return n_fail == 0 && (n_warn == 0 || gtk_check_button_get_active (self->understand_check));
}

static gboolean
page_complete (FbAssistant *self)
{
  const char *name = page_name (self);

  if (g_str_equal (name, "direction"))
    return machine_count (self) > 0;

  if (g_str_equal (name, "recovery-point"))
    {
      if (self->points_pending > 0)
        return FALSE;
      if (gtk_check_button_get_active (self->custom_check))
        return self->custom_point_id != NULL;
      return (gtk_check_button_get_active (self->latest_check) && gtk_widget_get_sensitive (GTK_WIDGET (self->latest_row))) ||
             (gtk_check_button_get_active (self->app_check) && gtk_widget_get_sensitive (GTK_WIDGET (self->app_row)));
    }

  if (g_str_equal (name, "options"))
    return options_complete (self);

  if (g_str_equal (name, "checks"))
    return self->result != NULL && !self->checks_running && !self->remedy_running &&
           !(self->countdown != NULL && fb_countdown_is_running (self->countdown)) &&
           checks_allow (self);

  if (g_str_equal (name, "summary"))
    return !self->confirmed;

  /* progress: "Close" once the action went out (a double click on the confirm button
   * must not close the window) */
  return !self->sending;
}

static void
update_buttons (FbAssistant *self)
{
  GtkWidget *next;

  if (self->stack == NULL)   /* disposed: a late callback */
    return;
  next = GTK_WIDGET (self->next_button);
  gboolean progress = on_page (self, "progress");
  gboolean summary = on_page (self, "summary");

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), self->page > 0 && !progress);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), !progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back", self->page > 0 && !progress && !self->confirmed);

  /* the summary's confirmation is the big button under it (it names the machines and
   * needs the window's width); the header bar's Next/Close goes away meanwhile */
  gtk_widget_set_visible (next, !summary);
  gtk_window_set_default_widget (GTK_WINDOW (self), summary ? GTK_WIDGET (self->confirm_button) : next);
  gtk_widget_remove_css_class (next, "suggested-action");
  gtk_widget_remove_css_class (next, "destructive-action");

  if (summary)
    {
      g_autofree char *label = confirm_label (self);
      GtkWidget *confirm = GTK_WIDGET (self->confirm_button);
      GtkWidget *child;

      gtk_button_set_use_underline (self->confirm_button, FALSE);
      gtk_button_set_label (self->confirm_button, label);
      /* a long machine name wraps between words instead of widening the window */
      child = gtk_button_get_child (self->confirm_button);
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
        }
      gtk_widget_remove_css_class (confirm, "suggested-action");
      gtk_widget_remove_css_class (confirm, "destructive-action");
      gtk_widget_add_css_class (confirm, destructive_step (self) ? "destructive-action" : "suggested-action");
    }
  else if (progress)
    {
      gtk_button_set_use_underline (self->next_button, TRUE);
      gtk_button_set_label (self->next_button, _("_Close"));
      if (self->job_state != NULL)
        gtk_widget_add_css_class (next, "suggested-action");
    }
  else
    {
      gtk_button_set_use_underline (self->next_button, TRUE);
      gtk_button_set_label (self->next_button, _("_Next"));
      gtk_widget_add_css_class (next, "suggested-action");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next", page_complete (self));
}

/* ---- direction page ------------------------------------------------------------------ */

static void
fill_direction (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  g_autofree char *azure = fb_page_location_name (self->vault ? fb_vault_get_location (self->vault) : NULL);
  g_autofree char *onprem = NULL;
  const char *title = NULL;
  const char *body = NULL;

  switch (self->step)
    {
    case FB_NEXT_STEP_FAILBACK:
      title = _("From Azure to on-premises");
      body = g_dngettext (GETTEXT_PACKAGE, "The machine stops in Azure and starts again on-premises from a recovery point. Replication to on-premises has been running since the reprotect.",
                          "The machines stop in Azure and start again on-premises from a recovery point. Replication to on-premises has been running since the reprotect.", machine_count (self));
      break;
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
      title = _("Replicate from Azure to on-premises");
      body = g_dngettext (GETTEXT_PACKAGE, "The machine keeps running in Azure; its changes replicate to your VMware site, so that it can fail back later.",
                          "The machines keep running in Azure; their changes replicate to your VMware site, so that they can fail back later.", machine_count (self));
      break;
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      title = _("Replicate from on-premises to Azure");
      body = g_dngettext (GETTEXT_PACKAGE, "The machine runs on-premises again; replication to Azure starts once more, back at the start of the round trip.",
                          "The machines run on-premises again; replication to Azure starts once more, back at the start of the round trip.", machine_count (self));
      break;
    case FB_NEXT_STEP_FAILOVER:
      title = _("From on-premises to Azure");
      body = g_dngettext (GETTEXT_PACKAGE, "The machine starts in Azure from a recovery point. Use this when the on-premises site is down or for a planned move.",
                          "The machines start in Azure from a recovery point. Use this when the on-premises site is down or for a planned move.", machine_count (self));
      break;
    case FB_NEXT_STEP_COMMIT:
      if (item != NULL && fb_protected_item_get_phase (item) == FB_PHASE_FAILED_OVER_TO_AZURE)
        {
          title = _("Make the failover to Azure final");
          body = g_dngettext (GETTEXT_PACKAGE, "After the commit the recovery point can no longer be changed and the machine runs in Azure.",
                              "After the commit the recovery point can no longer be changed and the machines run in Azure.", machine_count (self));
        }
      else
        {
          title = _("Make the failback final");
          body = g_dngettext (GETTEXT_PACKAGE, "After the commit the machine runs on-premises for good and its virtual machine in Azure is deleted.",
                              "After the commit the machines run on-premises for good and their virtual machines in Azure are deleted.", machine_count (self));
        }
      break;
    case FB_NEXT_STEP_NONE:
    default:
      break;
    }

  gtk_label_set_text (self->direction_title, title ? title : "");
  gtk_label_set_text (self->direction_body, body ? body : "");

  if (item != NULL)
    {
      fb_round_trip_view_set_phase (self->direction_view, fb_protected_item_get_phase (item));
      onprem = g_strdup (fb_protected_item_get_primary_fabric_friendly_name (item));
    }
  fb_round_trip_view_set_next_step (self->direction_view, self->step);
  fb_round_trip_view_set_highlight_step (self->direction_view, self->step);
  if (self->fabric != NULL)
    {
      g_free (onprem);
      onprem = g_strdup (fb_fabric_get_friendly_name (self->fabric));
    }
  fb_round_trip_view_set_on_premises_label (self->direction_view, onprem ? onprem : _("On-premises"));
  fb_round_trip_view_set_azure_label (self->direction_view, azure);

  fb_page_list_box_remove_all (self->machines_list);

  if (self->plan != NULL)
    {
      GListModel *groups = fb_recovery_plan_get_groups (self->plan);
      guint shown_groups = 0;

      for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
        {
          g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, g);
          const char * const *ids = fb_recovery_plan_group_get_item_ids (group);
          GtkWidget *expander;
          g_autofree char *group_title = NULL;
          guint n = ids ? g_strv_length ((char **) ids) : 0;

          if (n == 0)
            continue;

          /* TRANSLATORS: a group of a recovery plan: "Group 1 (Boot)" */
          group_title = g_strdup_printf (_("Group %u (%s)"), ++shown_groups, fb_recovery_plan_group_get_group_type (group));
          expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), group_title);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);

          for (guint i = 0; i < n; i++)
            {
              FbProtectedItem *member = fb_page_find_item (self->session, self->vault, ids[i]);
              const char *name = member ? fb_protected_item_get_friendly_name (member) : ids[i];
              const char *phase = member ? fb_phase_to_string (fb_protected_item_get_phase (member)) : NULL;
              const char *group_name = member ? fb_protected_item_get_multi_vm_group_name (member) : NULL;
              g_autofree char *subtitle = group_name && *group_name
                ? g_strdup_printf (_("%s · replication group %s"), phase, group_name) : g_strdup (phase);

              adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                        fb_page_action_row_new (name, subtitle,
                                                                member ? fb_page_os_icon_name (member) : NULL));
            }
          gtk_list_box_append (self->machines_list, expander);
        }
    }
  else
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          FbProtectedItem *it = g_ptr_array_index (self->items, i);
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", fb_phase_to_string (fb_protected_item_get_phase (it)),
                                                       fb_page_provider_label (it));

          gtk_list_box_append (self->machines_list,
                               fb_page_action_row_new (fb_protected_item_get_friendly_name (it), subtitle,
                                                       fb_page_os_icon_name (it)));
        }
    }
}

/* ---- recovery point page ----------------------------------------------------------- */

static FbRecoveryPoint *
newest_point (GListModel *points,
              gboolean    app_only)
{
  for (guint i = 0; points != NULL && i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(FbRecoveryPoint) point = g_list_model_get_item (points, i);
      const char *type = fb_recovery_point_get_recovery_point_type (point);

      if (!app_only || g_strcmp0 (type, "ApplicationConsistent") == 0)
        return point;   /* still owned by the store */
    }
  return NULL;
}

static gboolean
custom_allowed (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);

  if (self->plan != NULL || item == NULL)
    return FALSE;
  /* plannedFailover of InMageRcmFailback knows only the two latest kinds */
  return g_strcmp0 (fb_protected_item_get_provider_type (item), "InMageRcmFailback") != 0;
}

static void
fill_points (FbAssistant *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan worst_loss = 0;
  gboolean any_latest = FALSE, any_app = FALSE, all_app = TRUE;
  FbRecoveryPoint *single_latest = NULL, *single_app = NULL;

  adw_preferences_group_set_description (self->point_group,
                                         g_dngettext (GETTEXT_PACKAGE,
                                                      "The machine starts from this point in time. Changes made after it are lost.",
                                                      "The machines start from this point in time. Changes made after it are lost.",
                                                      machine_count (self)));
  for (guint i = 0; i < self->items->len; i++)
    {
      FbProtectedItem *it = g_ptr_array_index (self->items, i);
      GListModel *points = g_hash_table_lookup (self->points, fb_protected_item_get_id (it));
      FbRecoveryPoint *latest = newest_point (points, FALSE);
      FbRecoveryPoint *app = newest_point (points, TRUE);

      any_latest |= latest != NULL;
      any_app |= app != NULL;
      all_app &= app != NULL;
      if (latest && app)
        worst_loss = MAX (worst_loss, g_date_time_difference (fb_recovery_point_get_recovery_point_time (latest),
                                                              fb_recovery_point_get_recovery_point_time (app)));
      if (i == 0)
        {
          single_latest = latest;
          single_app = app;
        }
    }

  if (self->items->len == 1)
    {
      if (single_latest != NULL)
        {
          GDateTime *t = fb_recovery_point_get_recovery_point_time (single_latest);
          g_autofree char *when = fb_format_date_time (t);
          g_autofree char *age = fb_format_age (t, now);
          /* TRANSLATORS: "Crash-consistent, newest · <date and time> · <age>" */
          g_autofree char *subtitle = g_strdup_printf (_("Crash-consistent, newest · %s · %s"), when, age);
          adw_action_row_set_subtitle (self->latest_row, subtitle);
        }
      else
        adw_action_row_set_subtitle (self->latest_row, _("No recovery point yet"));

      if (single_app != NULL)
        {
          GDateTime *t = fb_recovery_point_get_recovery_point_time (single_app);
          g_autofree char *when = fb_format_date_time (t);
          g_autofree char *age = fb_format_age (t, now);
          g_autofree char *loss = fb_format_data_loss (worst_loss);
          g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), when, age, loss);
          adw_action_row_set_subtitle (self->app_row, subtitle);
        }
      else
        adw_action_row_set_subtitle (self->app_row, _("No app-consistent recovery point"));
    }
  else
    {
      g_autofree char *loss = fb_format_data_loss (worst_loss);
      g_autofree char *app_subtitle = NULL;

      adw_action_row_set_subtitle (self->latest_row, _("Each machine to its own newest point; crash-consistent"));
      /* TRANSLATORS: %s is "about 12 minutes of changes will be lost" */
      app_subtitle = g_strdup_printf (_("Each replication group to its newest common point; at most %s"), loss);
      adw_action_row_set_subtitle (self->app_row, app_subtitle);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->latest_row), any_latest || self->plan != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->app_row), self->plan != NULL ? any_app : all_app && any_app);

  /* The plan rule in one sentence (docs/domain.md). */
  gtk_widget_set_visible (GTK_WIDGET (self->plan_rule_label), self->plan != NULL);
  gtk_label_set_text (self->plan_rule_label,
                      _("In a recovery plan, Latest processed takes every machine to its own newest point, and Latest app-consistent takes each replication group to the newest app-consistent point common to all its machines."));

  gtk_widget_set_visible (GTK_WIDGET (self->custom_row), custom_allowed (self));
  fb_page_list_box_remove_all (self->custom_list);
  if (custom_allowed (self))
    {
      GListModel *points = g_hash_table_lookup (self->points, fb_protected_item_get_id (first_item (self)));

      for (guint i = 0; points != NULL && i < MIN (g_list_model_get_n_items (points), MAX_CUSTOM_POINTS); i++)
        {
          g_autoptr(FbRecoveryPoint) point = g_list_model_get_item (points, i);
          GDateTime *t = fb_recovery_point_get_recovery_point_time (point);
          gboolean app = g_strcmp0 (fb_recovery_point_get_recovery_point_type (point), "ApplicationConsistent") == 0;
          g_autofree char *when = fb_format_date_time (t);
          g_autofree char *age = fb_format_age (t, now);
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", app ? _("App-consistent") : _("Crash-consistent"), age);
          GtkWidget *row = fb_page_action_row_new (when, subtitle, NULL);

          g_object_set_data_full (G_OBJECT (row), "point-id", g_strdup (fb_recovery_point_get_id (point)), g_free);
          gtk_list_box_append (self->custom_list, row);
        }
    }

  if (!gtk_check_button_get_active (self->latest_check) && !gtk_check_button_get_active (self->app_check) &&
      !gtk_check_button_get_active (self->custom_check))
    gtk_check_button_set_active (self->latest_check, TRUE);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GDateTime *ta = fb_recovery_point_get_recovery_point_time ((FbRecoveryPoint *) a);
  GDateTime *tb = fb_recovery_point_get_recovery_point_time ((FbRecoveryPoint *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return -g_date_time_compare (ta, tb);
}

typedef struct {
  FbAssistant *self;
  char *item_id;
} PointsLoad;

static void
points_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  PointsLoad *load = user_data;
  g_autoptr(FbAssistant) self = load->self;
  g_autofree char *item_id = load->item_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);

  g_free (load);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (store != NULL)
    {
      g_list_store_sort (store, compare_newest_first, NULL);
      g_hash_table_replace (self->points, g_steal_pointer (&item_id), g_steal_pointer (&store));
    }
  else
    fb_error_presenter_show (GTK_WINDOW (self), error);

  if (--self->points_pending == 0)
    {
      self->points_loaded = TRUE;
      fill_points (self);
    }
  notify_busy (self);
}

static void
load_points (FbAssistant *self)
{
  FbSiteRecovery *sr = fb_session_get_site_recovery (self->session);

  if (self->points_loaded || self->points_pending > 0)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      FbProtectedItem *it = g_ptr_array_index (self->items, i);
      PointsLoad *load = g_new0 (PointsLoad, 1);

      load->self = g_object_ref (self);
      load->item_id = g_strdup (fb_protected_item_get_id (it));
      self->points_pending++;
      fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS, load->item_id, NULL, NULL,
                                   self->cancellable, points_cb, load);
    }

  if (self->points_pending == 0)
    {
      self->points_loaded = TRUE;
      fill_points (self);
    }
  notify_busy (self);
}

static void
point_choice_toggled_cb (FbAssistant *self)
{
  gboolean custom = gtk_check_button_get_active (self->custom_check);

  gtk_widget_set_visible (GTK_WIDGET (self->custom_group), custom && custom_allowed (self));
  if (custom && self->custom_point_id == NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->custom_list, 0);
      if (row != NULL)
        gtk_list_box_select_row (self->custom_list, row);
    }
  self->checks_stale = TRUE;
  update_buttons (self);
}

static void
custom_row_selected_cb (FbAssistant   *self,
                        GtkListBoxRow *row)
{
  g_clear_pointer (&self->custom_point_id, g_free);
  if (row != NULL)
    self->custom_point_id = g_strdup (g_object_get_data (G_OBJECT (row), "point-id"));
  self->checks_stale = TRUE;
  update_buttons (self);
}

static FbRecoveryPointChoice
point_choice (FbAssistant *self)
{
  if (gtk_check_button_get_active (self->custom_check) && custom_allowed (self))
    return FB_RECOVERY_POINT_CUSTOM;
  if (gtk_check_button_get_active (self->app_check))
    return FB_RECOVERY_POINT_LATEST_APP_CONSISTENT;
  return FB_RECOVERY_POINT_LATEST_PROCESSED;
}

/* ---- reprotect settings page ---------------------------------------------------------- */

/* The free space of the master target's retention drive @name, as a size; NULL when unknown. */
static char *
retention_free_text (FbMasterTarget *mt,
                     const char     *name)
{
  GListModel *volumes = mt != NULL ? fb_master_target_get_retention_volumes (mt) : NULL;

  for (guint i = 0; name != NULL && volumes != NULL && i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(FbRetentionVolume) volume = g_list_model_get_item (volumes, i);

      if (g_strcmp0 (fb_retention_volume_get_volume_name (volume), name) == 0 &&
          fb_retention_volume_get_free_space_in_bytes (volume) > 0)
        return fb_format_size ((guint64) fb_retention_volume_get_free_space_in_bytes (volume));
    }
  return NULL;
}

static void
set_combo (AdwComboRow *row,
           GPtrArray   *ids,
           GPtrArray   *labels,
           const char  *selected_id)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
      if (selected == GTK_INVALID_LIST_POSITION && fb_page_id_equal (g_ptr_array_index (ids, i), selected_id))
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && labels->len > 0)
    selected = 0;

  /* The choice as the row's subtitle, which wraps: at the end of the row a combo row
   * cuts its value at about 20 characters ("mt-win-nbg-01 (Windo…"). */
  adw_combo_row_set_use_subtitle (row, FALSE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, selected);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (row), labels->len > 0);
  if (labels->len == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No valid choice"));
  else
    adw_combo_row_set_use_subtitle (row, TRUE);
}

static const char *
combo_id (AdwComboRow *row,
          GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || !gtk_widget_get_visible (GTK_WIDGET (row)) || selected == GTK_INVALID_LIST_POSITION ||
      selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}

static void
reset_ids (GPtrArray **ids)
{
  g_clear_pointer (ids, g_ptr_array_unref);
  *ids = g_ptr_array_new_with_free_func (g_free);
}

static void
fill_target_dependent (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  const char *mt_id = combo_id (self->master_target_row, self->mt_ids);
  const char *agent_id = combo_id (self->agent_row, self->agent_ids);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ret_labels = g_ptr_array_new_with_free_func (g_free);

  reset_ids (&self->ds_names);
  reset_ids (&self->retention_names);

  if (mt_id != NULL && self->fabric != NULL)
    {
      FbMasterTarget *mt = fb_fabric_lookup_master_target (self->fabric, mt_id);
      GListModel *stores = mt ? fb_master_target_get_datastores (mt) : NULL;
      GListModel *volumes = mt ? fb_master_target_get_retention_volumes (mt) : NULL;

      /* Only VMFS and vSAN datastores with room: RDM and NFS do not work for failback. */
      for (guint i = 0; stores != NULL && i < g_list_model_get_n_items (stores); i++)
        {
          g_autoptr(FbFabricDatastore) ds = g_list_model_get_item (stores, i);
          const char *type = fb_fabric_datastore_get_datastore_type (ds);
          g_autofree char *free_text = NULL;

          if (type == NULL || (g_ascii_strcasecmp (type, "VMFS") != 0 && g_ascii_strcasecmp (type, "vSAN") != 0))
            continue;
          if (fb_fabric_datastore_get_free_space_gb (ds) <= 0)
            continue;
          g_ptr_array_add (self->ds_names, g_strdup (fb_fabric_datastore_get_symbolic_name (ds)));
          free_text = fb_format_size ((guint64) (fb_fabric_datastore_get_free_space_gb (ds) * 1e9));
          /* Translators: a datastore to choose: "<name> (<type>, <size> free)", e.g. "ds-vmfs-01 (VMFS, 1.2 TB free)" */
          g_ptr_array_add (labels, g_strdup_printf (_("%s (%s, %s free)"), fb_fabric_datastore_get_symbolic_name (ds),
                                                    type, free_text));
        }

      for (guint i = 0; volumes != NULL && i < g_list_model_get_n_items (volumes); i++)
        {
          g_autoptr(FbRetentionVolume) volume = g_list_model_get_item (volumes, i);
          g_autofree char *free_text = fb_format_size ((guint64) MAX (0, fb_retention_volume_get_free_space_in_bytes (volume)));

          if (fb_retention_volume_get_free_space_in_bytes (volume) <= 0)
            continue;
          g_ptr_array_add (self->retention_names, g_strdup (fb_retention_volume_get_volume_name (volume)));
          g_ptr_array_add (ret_labels, g_strdup_printf (_("%s (%s free)"), fb_retention_volume_get_volume_name (volume), free_text));
        }
      set_combo (self->datastore_row, self->ds_names, labels, self->choice ? self->choice->datastore_name : NULL);
      set_combo (self->retention_row, self->retention_names, ret_labels, self->choice ? self->choice->retention_drive : NULL);
    }
  else if (agent_id != NULL && self->fabric != NULL)
    {
      FbReprotectAgent *agent = fb_fabric_lookup_reprotect_agent (self->fabric, agent_id);
      const char * const *names = agent ? fb_reprotect_agent_get_accessible_datastores (agent) : NULL;

      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        {
          g_ptr_array_add (self->ds_names, g_strdup (names[i]));
          g_ptr_array_add (labels, g_strdup (names[i]));
        }
      set_combo (self->datastore_row, self->ds_names, labels, self->choice ? self->choice->datastore_name : NULL);
    }

  (void) item;
}

static void
fill_location (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  const char *discovery = item ? fb_protected_item_get_discovery_type (item) : NULL;
  const char *ds = combo_id (self->datastore_row, self->ds_names);
  g_autofree char *text = NULL;

  if (self->step != FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES)
    {
      gtk_label_set_text (self->location_label,
                          _("The machine runs on-premises; its disks replicate to Azure again through the process server. Nothing is recreated."));
      return;
    }

  if (g_strcmp0 (discovery, "PhysicalServer") == 0)
    text = g_strdup_printf (_("Alternate location: a physical server comes back as a new VMware VM on the master target's ESXi host, on the datastore %s. All its data is downloaded from Azure, which takes much longer than replicating changes."),
                            ds ? ds : "");
  else if (self->vm_exists == 1)
    text = g_strdup (_("Original location: the virtual machine still exists on-premises, so only the changes made in Azure replicate back. The master target's ESXi host needs access to the VM's datastore."));
  else if (self->vm_exists == 0)
    text = g_strdup_printf (_("Alternate location: the virtual machine no longer exists on-premises. It is recreated on the master target's ESXi host, on the datastore %s, with a full download of its disks (much longer). Only VMFS and vSAN datastores work."),
                            ds ? ds : "");
  else
    text = g_strdup (_("Original location if the virtual machine still exists on-premises: only changes replicate back. Otherwise alternate location: it is recreated on the chosen datastore with a full download of its disks. Only VMFS and vSAN datastores work."));

  gtk_label_set_text (self->location_label, text);
}

static void
fill_options (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  const char *provider = fb_protected_item_get_provider_type (item);
  const char *os_type = fb_protected_item_get_os_type (item);
  const char *policy_kind;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  gboolean to_onprem = self->step == FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES;
  gboolean modern = g_strcmp0 (provider, "InMageRcm") == 0 || g_strcmp0 (provider, "InMageRcmFailback") == 0;

  self->filling_options = TRUE;

  /* master targets (classic to on-premises): same OS as the VM, no validation errors (snapshots) */
  if (to_onprem && !modern && self->fabric != NULL)
    {
      GListModel *mts = fb_fabric_get_master_target_servers (self->fabric);

      reset_ids (&self->mt_ids);
      labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; mts != NULL && i < g_list_model_get_n_items (mts); i++)
        {
          g_autoptr(FbMasterTarget) mt = g_list_model_get_item (mts, i);
          GListModel *errors = fb_master_target_get_validation_errors (mt);

          if (os_type != NULL && fb_master_target_get_os_type (mt) != NULL &&
              g_ascii_strcasecmp (os_type, fb_master_target_get_os_type (mt)) != 0)
            continue;
          if (errors != NULL && g_list_model_get_n_items (errors) > 0)
            continue;
          g_ptr_array_add (self->mt_ids, g_strdup (fb_master_target_get_id (mt)));
          g_ptr_array_add (labels, g_strdup_printf ("%s (%s)", fb_master_target_get_name (mt), fb_master_target_get_os_type (mt)));
        }
      set_combo (self->master_target_row, self->mt_ids, labels, self->choice->master_target_id);
      g_clear_pointer (&labels, g_ptr_array_unref);
    }

  /* reprotect agents (modern to on-premises) */
  if (to_onprem && modern && self->fabric != NULL)
    {
      GListModel *agents = fb_fabric_get_reprotect_agents (self->fabric);

      reset_ids (&self->agent_ids);
      labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; agents != NULL && i < g_list_model_get_n_items (agents); i++)
        {
          g_autoptr(FbReprotectAgent) agent = g_list_model_get_item (agents, i);
          g_ptr_array_add (self->agent_ids, g_strdup (fb_reprotect_agent_get_id (agent)));
          g_ptr_array_add (labels, g_strdup (fb_reprotect_agent_get_name (agent)));
        }
      set_combo (self->agent_row, self->agent_ids, labels, self->choice->reprotect_agent_id);
      g_clear_pointer (&labels, g_ptr_array_unref);
    }

  /* process servers (classic, and every reprotect to Azure) */
  if ((!modern || !to_onprem) && self->fabric != NULL)
    {
      GListModel *servers = fb_fabric_get_process_servers (self->fabric);

      reset_ids (&self->ps_ids);
      labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; servers != NULL && i < g_list_model_get_n_items (servers); i++)
        {
          g_autoptr(FbProcessServer) ps = g_list_model_get_item (servers, i);
          const char *health = fb_process_server_get_health (ps);

          if (health != NULL && g_ascii_strcasecmp (health, "Critical") == 0)
            continue;
          g_ptr_array_add (self->ps_ids, g_strdup (fb_process_server_get_id (ps)));
          g_ptr_array_add (labels, g_strdup (fb_process_server_get_friendly_name (ps)));
        }
      set_combo (self->process_server_row, self->ps_ids, labels, self->choice->process_server_id);
      g_clear_pointer (&labels, g_ptr_array_unref);
    }

  /* policies of the provider the item gets */
  if (to_onprem)
    policy_kind = modern ? "InMageRcmFailback" : "InMage";
  else
    policy_kind = modern ? "InMageRcm" : "InMageAzureV2";
  if (!(to_onprem && modern))
    {
      reset_ids (&self->policy_ids);
      labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; self->policies != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->policies)); i++)
        {
          g_autoptr(FbPolicy) policy = g_list_model_get_item (G_LIST_MODEL (self->policies), i);

          if (g_strcmp0 (fb_policy_get_provider_type (policy), policy_kind) != 0)
            continue;
          g_ptr_array_add (self->policy_ids, g_strdup (fb_policy_get_id (policy)));
          g_ptr_array_add (labels, g_strdup (fb_policy_get_friendly_name (policy)));
        }
      if (self->policy_ids->len == 0 && self->choice->policy_id != NULL)
        {
          g_ptr_array_add (self->policy_ids, g_strdup (self->choice->policy_id));
          g_ptr_array_add (labels, g_strdup (self->choice->policy_name ? self->choice->policy_name : self->choice->policy_id));
        }
      set_combo (self->policy_row, self->policy_ids, labels, self->choice->policy_id);
      g_clear_pointer (&labels, g_ptr_array_unref);
    }

  /* run-as accounts (classic) */
  if (!modern && self->fabric != NULL)
    {
      GListModel *accounts = fb_fabric_get_run_as_accounts (self->fabric);

      reset_ids (&self->run_as_ids);
      labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; accounts != NULL && i < g_list_model_get_n_items (accounts); i++)
        {
          g_autoptr(FbRunAsAccount) account = g_list_model_get_item (accounts, i);
          g_ptr_array_add (self->run_as_ids, g_strdup (fb_run_as_account_get_account_id (account)));
          g_ptr_array_add (labels, g_strdup (fb_run_as_account_get_account_name (account)));
        }
      if (labels->len > 0)
        set_combo (self->run_as_row, self->run_as_ids, labels, self->choice->run_as_account_id);
      g_clear_pointer (&labels, g_ptr_array_unref);
    }

  fill_target_dependent (self);
  fill_location (self);

  for (guint i = 0; self->choice->notes != NULL && i < self->choice->notes->len; i++)
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, g_ptr_array_index (self->choice->notes, i));
    }
  gtk_label_set_text (self->options_notes, notes->str);
  gtk_widget_set_visible (GTK_WIDGET (self->options_notes), notes->len > 0);

  self->filling_options = FALSE;
}

static void
option_changed_cb (FbAssistant *self,
                   GParamSpec  *pspec,
                   AdwComboRow *row)
{
  if (self->filling_options)
    return;

  if (row == self->master_target_row || row == self->agent_row)
    {
      self->filling_options = TRUE;
      fill_target_dependent (self);
      self->filling_options = FALSE;
    }
  fill_location (self);
  self->checks_stale = TRUE;
  update_buttons (self);
}

static void
options_done (FbAssistant *self)
{
  if (--self->options_pending > 0)
    return;

  if (self->choice != NULL)
    {
      self->options_loaded = TRUE;
      fill_options (self);
    }
  notify_busy (self);
}

static void
pick_reprotect_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  FbReprotectChoice *choice = fb_site_recovery_pick_reprotect_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (choice == NULL)
    {
      g_autoptr(FbErrorDescription) description = fb_error_presenter_describe (error);
      g_autofree char *text = description ? fb_error_description_to_string (description) : g_strdup (error->message);

      gtk_label_set_text (self->options_notes, text);
      gtk_widget_set_visible (GTK_WIDGET (self->options_notes), TRUE);
    }
  self->choice = choice;
  options_done (self);
}

static void
policies_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  GListStore *store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->policies);
  self->policies = store;
  options_done (self);
}

static void
find_vm_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterVm) vm = fb_vcenter_client_find_vm_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (vm != NULL)
    self->vm_exists = 1;
  else if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND))
    self->vm_exists = 0;
  options_done (self);
}

static void
load_options (FbAssistant *self)
{
  FbSiteRecovery *sr = fb_session_get_site_recovery (self->session);
  FbProtectedItem *item = first_item (self);

  if (self->options_loaded || self->options_pending > 0 || item == NULL)
    return;

  self->options_pending = 2;
  fb_site_recovery_pick_reprotect_async (sr, item, NULL, self->cancellable, pick_reprotect_cb, g_object_ref (self));
  fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_POLICIES, fb_vault_get_id (self->vault), NULL, NULL,
                               self->cancellable, policies_cb, g_object_ref (self));
  if (self->vcenter != NULL && self->step == FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES)
    {
      self->options_pending++;
      fb_vcenter_client_find_vm_async (self->vcenter, fb_protected_item_get_friendly_name (item), self->cancellable,
                                       find_vm_cb, g_object_ref (self));
    }
  notify_busy (self);
}

static void
reprotect_options (FbAssistant        *self,
                   FbReprotectOptions *options)
{
  const char *value;

  memset (options, 0, sizeof *options);
  if (self->choice != NULL)
    fb_reprotect_choice_to_options (self->choice, options);

  if ((value = combo_id (self->master_target_row, self->mt_ids)) != NULL)
    options->master_target_id = value;
  if ((value = combo_id (self->process_server_row, self->ps_ids)) != NULL)
    options->process_server_id = value;
  if ((value = combo_id (self->datastore_row, self->ds_names)) != NULL)
    options->datastore_name = value;
  if ((value = combo_id (self->retention_row, self->retention_names)) != NULL)
    options->retention_drive = value;
  if ((value = combo_id (self->policy_row, self->policy_ids)) != NULL)
    options->policy_id = value;
  if ((value = combo_id (self->run_as_row, self->run_as_ids)) != NULL)
    options->run_as_account_id = value;
  if ((value = combo_id (self->agent_row, self->agent_ids)) != NULL)
    options->reprotect_agent_id = value;
}

/* ---- checks page ------------------------------------------------------------------------ */

static void
countdown_text (guint    remaining,
                GString *out)
{
  g_string_printf (out, "%u:%02u", remaining / 60, remaining % 60);
}

static void
remedy_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_preflight_apply_remedy_finish (FB_PREFLIGHT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      fb_error_presenter_show (GTK_WINDOW (self), error);
    }
  self->remedy_running = FALSE;
  run_checks (self);
}

static void
vmotion_clicked_cb (GtkButton   *button,
                    FbAssistant *self)
{
  FbPreflightCheck *check = g_object_get_data (G_OBJECT (button), "check");

  if (self->remedy_running || self->preflight == NULL || check == NULL)
    return;

  self->remedy_running = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_label_set_text (self->checks_status, _("Moving the virtual machine with vMotion…"));
  gtk_spinner_set_spinning (self->checks_spinner, TRUE);
  fb_preflight_apply_remedy_async (self->preflight, check, self->cancellable, remedy_cb, g_object_ref (self));
  notify_busy (self);
}

static void refetch_items (FbAssistant *self, gboolean then_checks);

static void
checks_countdown_tick_cb (FbAssistant *self,
                          guint        remaining)
{
  g_autoptr(GString) time = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (self->countdown_row_label == NULL)
    return;
  countdown_text (remaining, time);
  /* TRANSLATORS: %s is the remaining time, "4:59" */
  text = g_strdup_printf (_("Checking again in %s"), time->str);
  gtk_label_set_text (self->countdown_row_label, text);
}

static void
checks_countdown_finished_cb (FbAssistant *self)
{
  self->agent_waited = TRUE;
  g_clear_object (&self->countdown);
  refetch_items (self, TRUE);
}

/* The agent registers within 15 minutes of the failback: the wait counts what is left of
 * them now (at least a minute), as the check's "Wait about N minutes" said. */
static FbCountdown *
agent_countdown_new (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return fb_preflight_new_agent_countdown (item ? fb_protected_item_get_last_successful_failover_time (item) : NULL,
                                           now, self->tick_ms);
}

static void
wait_clicked_cb (GtkButton   *button,
                 FbAssistant *self)
{
  FbPreflightCheck *check = g_object_get_data (G_OBJECT (button), "check");
  const FbPreflightAction *action = check ? fb_preflight_check_get_action (check) : NULL;
  GtkWidget *label;

  if (self->countdown != NULL || action == NULL)
    return;

  self->countdown = agent_countdown_new (self);
  label = gtk_label_new (NULL);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (g_object_get_data (G_OBJECT (button), "row")), label);
  self->countdown_row_label = GTK_LABEL (label);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
  g_signal_connect_object (self->countdown, "tick", G_CALLBACK (checks_countdown_tick_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "finished", G_CALLBACK (checks_countdown_finished_cb), self, G_CONNECT_SWAPPED);
  checks_countdown_tick_cb (self, fb_countdown_get_total (self->countdown));
  fb_countdown_start (self->countdown);
  notify_busy (self);
}

static void
fill_checks (FbAssistant *self)
{
  GListModel *checks = fb_preflight_result_get_checks (self->result);
  guint n_warn, n_fail;
  g_autofree char *status_text = NULL;

  count_checks (self, &n_fail, &n_warn);

  self->countdown_row_label = NULL;
  fb_page_list_box_remove_all (self->checks_list);

  /* failures first, then warnings, then what passed */
  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
      {
        g_autoptr(FbPreflightCheck) check = g_list_model_get_item (checks, i);
        FbPreflightStatus s = fb_preflight_check_get_status (check);
        gboolean waited = s == FB_PREFLIGHT_STATUS_FAIL && self->agent_waited &&
                          g_strcmp0 (fb_preflight_check_get_id (check), "agent-registration") == 0;
        int order;
        const char *subject = fb_preflight_check_get_subject (check);
        const char *remedy = waited
          ? _("The wait is over. If the agent is still not registered, the reprotect waits and retries by itself.")
          : fb_preflight_check_get_remedy (check);

        if (waited)
          s = FB_PREFLIGHT_STATUS_WARN;
        order = s == FB_PREFLIGHT_STATUS_FAIL ? 0 : s == FB_PREFLIGHT_STATUS_PASS ? 2 : 1;
        const FbPreflightAction *action = fb_preflight_check_get_action (check);
        g_autofree char *title = NULL;
        g_autofree char *subtitle = NULL;
        GtkWidget *row;

        if (order != pass)
          continue;

        title = subject ? g_strdup_printf ("%s: %s", fb_preflight_check_get_title (check), subject)
                        : g_strdup (fb_preflight_check_get_title (check));
        if (s != FB_PREFLIGHT_STATUS_PASS && remedy != NULL && *remedy != '\0')
          subtitle = g_strdup_printf ("%s\n%s", fb_preflight_check_get_message (check), remedy);
        else
          subtitle = g_strdup (fb_preflight_check_get_message (check));

        row = fb_page_action_row_new (title, subtitle, NULL);
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
        adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                   status_icon (s == FB_PREFLIGHT_STATUS_PASS ? "emblem-ok-symbolic" :
                                                s == FB_PREFLIGHT_STATUS_FAIL ? "dialog-error-symbolic" : "dialog-warning-symbolic",
                                                s == FB_PREFLIGHT_STATUS_PASS ? "success" :
                                                s == FB_PREFLIGHT_STATUS_FAIL ? "error" : "warning",
                                                fb_preflight_status_to_string (s)));

        if (action != NULL && s != FB_PREFLIGHT_STATUS_PASS && !waited &&
            (action->kind == FB_PREFLIGHT_ACTION_VMOTION || action->kind == FB_PREFLIGHT_ACTION_WAIT_AND_RETRY))
          {
            /* TRANSLATORS: a remedy button: move the VM to another ESXi host with vMotion */
            const char *label = action->kind == FB_PREFLIGHT_ACTION_VMOTION ? _("Move with vMotion") : _("Wait for the Agent");
            g_autofree char *description = action->kind == FB_PREFLIGHT_ACTION_VMOTION
              /* TRANSLATORS: the remedy button's accessible description: "Move sql-prod-01 to esx-nbg-02" */
              ? g_strdup_printf (_("Move %s to %s"), action->vm_name ? action->vm_name : "", action->host_name ? action->host_name : "")
              : g_strdup (label);
            GtkWidget *button = gtk_button_new_with_label (label);

            gtk_widget_set_tooltip_text (button, description);
            gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);

            gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
            g_object_set_data_full (G_OBJECT (button), "check", g_object_ref (check), g_object_unref);
            g_object_set_data (G_OBJECT (button), "row", row);
            g_signal_connect_object (button, "clicked",
                                     action->kind == FB_PREFLIGHT_ACTION_VMOTION ? G_CALLBACK (vmotion_clicked_cb)
                                                                                 : G_CALLBACK (wait_clicked_cb),
                                     self, 0);
            /* the remedy in a row of its own under the check, so that the text keeps its
             * width at 360 px */
            gtk_list_box_append (self->checks_list, row);
            {
              GtkWidget *remedy_row = gtk_list_box_row_new ();

              gtk_widget_set_halign (button, GTK_ALIGN_END);
              gtk_widget_set_margin_top (button, 6);
              gtk_widget_set_margin_bottom (button, 6);
              gtk_widget_set_margin_end (button, 12);
              gtk_widget_add_css_class (button, "suggested-action");
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (remedy_row), FALSE);
              gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (remedy_row), button);
              gtk_list_box_append (self->checks_list, remedy_row);
            }
            continue;
          }
        gtk_list_box_append (self->checks_list, row);
      }

  if (n_fail > 0)
    status_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check failed: fix it before you continue.",
                                                "%u checks failed: fix them before you continue.", n_fail), n_fail);
  else if (n_warn > 0)
    status_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning: confirm below that you understand it.",
                                                "%u warnings: confirm below that you understand them.", n_warn), n_warn);
  else
    status_text = g_strdup (_("All checks passed."));
  gtk_label_set_text (self->checks_status, status_text);

  gtk_widget_set_visible (GTK_WIDGET (self->understand_toggle), n_warn > 0 && n_fail == 0);
}

static void
preflight_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  FbPreflightResult *res = fb_preflight_run_finish (FB_PREFLIGHT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->checks_running = FALSE;
  gtk_spinner_set_spinning (self->checks_spinner, FALSE);
  g_clear_object (&self->result);
  self->result = res;

  if (res == NULL)
    {
      g_autoptr(FbErrorDescription) description = fb_error_presenter_describe (error);
      g_autofree char *text = description ? fb_error_description_to_string (description) : g_strdup (error->message);

      gtk_label_set_text (self->checks_status, text);
      fb_page_list_box_remove_all (self->checks_list);
    }
  else
    fill_checks (self);

  notify_busy (self);
}

static void
start_preflight (FbAssistant *self)
{
  FbPreflightStage stage;
  FbReprotectOptions options;

  stage = self->step == FB_NEXT_STEP_FAILBACK ? FB_PREFLIGHT_STAGE_FAILBACK :
          self->step == FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES ? FB_PREFLIGHT_STAGE_REPROTECT_TO_ON_PREMISES :
          FB_PREFLIGHT_STAGE_REPROTECT_TO_AZURE;

  g_clear_object (&self->preflight);
  self->preflight = fb_preflight_new (stage, self->fabric, self->vcenter);
  fb_preflight_set_vcenter_name (self->preflight, fb_page_vcenter_name (self->session));

  for (guint i = 0; i < self->items->len; i++)
    {
      FbProtectedItem *it = g_ptr_array_index (self->items, i);
      fb_preflight_add_item (self->preflight, it, g_hash_table_lookup (self->points, fb_protected_item_get_id (it)));
    }
  for (guint i = 0; self->asr_vcenters != NULL && i < self->asr_vcenters->len; i++)
    fb_preflight_add_asr_vcenter (self->preflight, g_ptr_array_index (self->asr_vcenters, i), NULL);

  if (stage != FB_PREFLIGHT_STAGE_FAILBACK)
    {
      reprotect_options (self, &options);
      if (options.master_target_id)
        fb_preflight_set_master_target_id (self->preflight, options.master_target_id);
      if (options.process_server_id)
        fb_preflight_set_process_server_id (self->preflight, options.process_server_id);
      if (options.datastore_name)
        fb_preflight_set_datastore_name (self->preflight, options.datastore_name);
    }

  fb_preflight_run_async (self->preflight, self->cancellable, preflight_cb, g_object_ref (self));
}

static void
vcenters_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vcenters = fb_site_recovery_list_json_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
  self->asr_vcenters = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; vcenters != NULL && i < vcenters->len; i++)
    {
      JsonNode *node = g_ptr_array_index (vcenters, i);
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      /* only the on-premises fabric's own view of its vCenters (the appliance of the
       * other architecture may know the same vCenter) */
      id = json_object_get_string_member_with_default (json_node_get_object (node), "id", "");
      if (self->fabric != NULL && !fb_page_id_contains (id, fb_fabric_get_name (self->fabric)))
        continue;
      g_ptr_array_add (self->asr_vcenters, json_node_ref (node));
    }
  start_preflight (self);
}

static void
run_checks (FbAssistant *self)
{
  if (self->checks_running)
    return;

  self->checks_running = TRUE;
  self->checks_stale = FALSE;
  gtk_check_button_set_active (self->understand_check, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->understand_toggle), FALSE);
  gtk_spinner_set_spinning (self->checks_spinner, TRUE);
  gtk_label_set_text (self->checks_status, _("Checking the prerequisites…"));

  if (self->asr_vcenters == NULL && self->vault != NULL)
    fb_site_recovery_list_vcenters_async (fb_session_get_site_recovery (self->session), fb_vault_get_id (self->vault),
                                          self->cancellable, vcenters_cb, g_object_ref (self));
  else
    start_preflight (self);

  notify_busy (self);
}

static void
understand_toggled_cb (FbAssistant *self)
{
  update_buttons (self);
}

static void
rerun_checks_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FbAssistant *self = FB_ASSISTANT (widget);

  if (!self->remedy_running && self->countdown == NULL)
    run_checks (self);
}

/* Items change while the assistant is open (an agent registers, a job ends). */
typedef struct {
  FbAssistant *self;
  FbProtectedItem *item;
  gboolean then_checks;
} Refetch;

static void
refetch_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Refetch *refetch = user_data;
  g_autoptr(FbAssistant) self = refetch->self;
  g_autoptr(FbProtectedItem) item = refetch->item;
  gboolean then_checks = refetch->then_checks;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) fresh = fb_site_recovery_get_finish (FB_SITE_RECOVERY (source), result, &error);

  g_free (refetch);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (FB_IS_PROTECTED_ITEM (fresh))
    fb_protected_item_update_from (item, FB_PROTECTED_ITEM (fresh));
  else if (error != NULL)
    g_debug ("refetch %s: %s", fb_protected_item_get_name (item), error->message);

  if (--self->refetch_pending == 0 && then_checks && !self->closed)
    run_checks (self);
  if (!self->closed)
    {
      notify_busy (self);
      update_buttons (self);
    }
}

static void
refetch_items (FbAssistant *self,
               gboolean     then_checks)
{
  const char *new_id = self->job ? fb_job_get_new_replication_protected_item_id (self->job) : NULL;

  for (guint i = 0; i < self->items->len; i++)
    {
      Refetch *refetch = g_new0 (Refetch, 1);
      FbProtectedItem *it = g_ptr_array_index (self->items, i);

      refetch->self = g_object_ref (self);
      refetch->item = g_object_ref (it);
      refetch->then_checks = then_checks;
      self->refetch_pending++;
      /* a classic reprotect gives the item a new identity */
      fb_site_recovery_get_async (fb_session_get_site_recovery (self->session),
                                  self->items->len == 1 && new_id ? new_id : fb_protected_item_get_id (it),
                                  self->cancellable, refetch_cb, refetch);
    }
  if (self->items->len == 0 && then_checks)
    run_checks (self);
  notify_busy (self);
  update_buttons (self);
}

/* ---- summary page ------------------------------------------------------------------------ */

static void
add_summary_row (FbAssistant *self,
                 guint       *n,
                 const char  *text)
{
  g_autofree char *number = g_strdup_printf ("%u", ++*n);
  GtkWidget *row = fb_page_action_row_new (text, NULL, NULL);
  GtkWidget *label = gtk_label_new (number);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->summary_list, row);
}

typedef enum {
  POINT_LATEST,          /* the latest processed point */
  POINT_APP_CONSISTENT,  /* the latest app-consistent point, with its time, age and data loss */
  POINT_APP_GROUPS,      /* the latest app-consistent point of each replication group */
  POINT_CUSTOM,          /* a point picked from the list, with its time */
} PointKind;

/* Which recovery point the summary names, and the words that go with it. */
static PointKind
point_kind (FbAssistant  *self,
            char        **when,
            char        **age,
            char        **loss)
{
  FbRecoveryPointChoice choice = point_choice (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (choice == FB_RECOVERY_POINT_CUSTOM && self->custom_point_id != NULL)
    {
      GListModel *points = g_hash_table_lookup (self->points, fb_protected_item_get_id (first_item (self)));

      for (guint i = 0; points != NULL && i < g_list_model_get_n_items (points); i++)
        {
          g_autoptr(FbRecoveryPoint) point = g_list_model_get_item (points, i);

          if (g_strcmp0 (fb_recovery_point_get_id (point), self->custom_point_id) == 0)
            {
              *when = fb_format_date_time (fb_recovery_point_get_recovery_point_time (point));
              return POINT_CUSTOM;
            }
        }
    }

  if (choice == FB_RECOVERY_POINT_LATEST_APP_CONSISTENT)
    {
      if (self->items->len == 1)
        {
          GListModel *points = g_hash_table_lookup (self->points, fb_protected_item_get_id (first_item (self)));
          FbRecoveryPoint *app = newest_point (points, TRUE);
          FbRecoveryPoint *latest = newest_point (points, FALSE);

          if (app != NULL && latest != NULL)
            {
              GDateTime *t = fb_recovery_point_get_recovery_point_time (app);

              *when = fb_format_date_time (t);
              *age = fb_format_age (t, now);
              *loss = fb_format_data_loss (g_date_time_difference (fb_recovery_point_get_recovery_point_time (latest), t));
              return POINT_APP_CONSISTENT;
            }
        }
      return POINT_APP_GROUPS;
    }

  return POINT_LATEST;
}

/* The summary's sentence about the recovery point: whole sentences for the translators,
 * one for each kind of point, for a failback (@count machines start on-premises) or a
 * failover (virtual machines are created in Azure). */
static char *
point_sentence (FbAssistant *self,
                gboolean     failover,
                guint        count)
{
  g_autofree char *when = NULL;
  g_autofree char *age = NULL;
  g_autofree char *loss = NULL;

  switch (point_kind (self, &when, &age, &loss))
    {
    case POINT_CUSTOM:
      return failover
             /* Translators: %s is the date and time of the recovery point */
             ? g_strdup_printf (_("Virtual machines are created in Azure from the recovery point of %s."), when)
             /* Translators: %s is the date and time of the recovery point */
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The machine starts on-premises from the recovery point of %s.",
                                             "The machines start on-premises from the recovery point of %s.", count), when);

    case POINT_APP_CONSISTENT:
      return failover
             /* Translators: the recovery point's date and time, its age ("2 hours ago") and
              * what will be lost ("about 2 hours of changes will be lost") */
             ? g_strdup_printf (_("Virtual machines are created in Azure from the latest app-consistent recovery point (%s, %s); %s."),
                                when, age, loss)
             /* Translators: the recovery point's date and time, its age ("2 hours ago") and
              * what will be lost ("about 2 hours of changes will be lost") */
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The machine starts on-premises from the latest app-consistent recovery point (%s, %s); %s.",
                                             "The machines start on-premises from the latest app-consistent recovery point (%s, %s); %s.",
                                             count),
                                when, age, loss);

    case POINT_APP_GROUPS:
      return failover
             ? g_strdup (_("Virtual machines are created in Azure from the latest app-consistent recovery point, each replication group from its newest common point."))
             : g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                      "The machine starts on-premises from the latest app-consistent recovery point, each replication group from its newest common point.",
                                      "The machines start on-premises from the latest app-consistent recovery point, each replication group from its newest common point.",
                                      count));

    case POINT_LATEST:
    default:
      return failover
             ? g_strdup (_("Virtual machines are created in Azure from the latest processed recovery point (crash-consistent)."))
             : g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                      "The machine starts on-premises from the latest processed recovery point (crash-consistent).",
                                      "The machines start on-premises from the latest processed recovery point (crash-consistent).",
                                      count));
    }
}

static void
fill_summary (FbAssistant *self)
{
  g_autofree char *names = machine_names (self);
  g_autofree char *title = confirm_label (self);
  g_autofree char *text = NULL;
  g_autofree char *cost = NULL;
  FbProtectedItem *item = first_item (self);
  guint n = 0;
  guint count = machine_count (self);

  fb_page_list_box_remove_all (self->summary_list);
  g_strdelimit (title, "\n", ' ');
  gtk_label_set_text (self->summary_title, title);

  switch (self->step)
    {
    case FB_NEXT_STEP_FAILBACK:
      add_summary_row (self, &n, _("Site Recovery checks the prerequisites on-premises."));
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The virtual machine in Azure is shut down: %s.",
                                           "The virtual machines in Azure are shut down: %s.", count), names);
      add_summary_row (self, &n, text);
      g_clear_pointer (&text, g_free);
      add_summary_row (self, &n, _("The last changes are synchronised to on-premises."));
      text = point_sentence (self, FALSE, count);
      add_summary_row (self, &n, text);
      g_clear_pointer (&text, g_free);
      add_summary_row (self, &n, _("VMware Tools are enabled again (Windows) or reinstalled (Linux)."));
      add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "You check the machine on-premises, then commit the failback.",
                                              "You check the machines on-premises, then commit the failback.", machine_count (self)));
      cost = g_strdup (g_dngettext (GETTEXT_PACKAGE, "The machine is offline from the moment it shuts down in Azure until it has started on-premises. Nothing is deleted yet: the Azure virtual machine is only deleted when you commit.",
                                    "The machines are offline from the moment they shut down in Azure until they have started on-premises. Nothing is deleted yet: the Azure virtual machines are only deleted when you commit.", machine_count (self)));
      break;

    case FB_NEXT_STEP_COMMIT:
      if (item != NULL && fb_protected_item_get_phase (item) == FB_PHASE_FAILED_OVER_TO_AZURE)
        {
          add_summary_row (self, &n, _("The failover to Azure becomes final."));
          add_summary_row (self, &n, _("The recovery point can no longer be changed; the failover can no longer be cancelled."));
          cost = g_strdup (g_dngettext (GETTEXT_PACKAGE, "Nothing is deleted. The machine keeps running in Azure; reprotect it to replicate back to on-premises.",
                                        "Nothing is deleted. The machines keep running in Azure; reprotect them to replicate back to on-premises.", machine_count (self)));
        }
      else
        {
          add_summary_row (self, &n, _("The failback becomes final."));
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The virtual machine in Azure is deleted: %s.",
                                               "The virtual machines in Azure are deleted: %s.", count), names);
          add_summary_row (self, &n, text);
          g_clear_pointer (&text, g_free);
          add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "The machine keeps running on-premises; reprotect it to Azure afterwards.",
                                                  "The machines keep running on-premises; reprotect them to Azure afterwards.", machine_count (self)));
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted in Azure, for good: the virtual machine %s with its network interfaces and managed disks. It cannot be started in Azure again.",
                                               "Deleted in Azure, for good: the virtual machines %s with their network interfaces and managed disks. They cannot be started in Azure again.", count), names);
          cost = g_steal_pointer (&text);
        }
      break;

    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
      {
        FbReprotectOptions options;

        reprotect_options (self, &options);
        add_summary_row (self, &n, _("Site Recovery checks the prerequisites."));
        if (options.master_target_id != NULL)
          {
            FbMasterTarget *mt = self->fabric ? fb_fabric_lookup_master_target (self->fabric, options.master_target_id) : NULL;
            g_autofree char *free_text = retention_free_text (mt, options.retention_drive);

            if (free_text != NULL)
              /* Translators: the reprotect summary: master target, datastore, retention drive and its free space,
               * e.g. "... with retention on the drive F (200 GB free)." */
              text = g_strdup_printf (_("Replication from Azure to on-premises starts through the master target %s, on the datastore %s, with retention on the drive %s (%s free)."),
                                      mt ? fb_master_target_get_name (mt) : options.master_target_id,
                                      options.datastore_name ? options.datastore_name : "",
                                      options.retention_drive, free_text);
            else
              text = g_strdup_printf (_("Replication from Azure to on-premises starts through the master target %s, on the datastore %s, with retention on %s."),
                                      mt ? fb_master_target_get_name (mt) : options.master_target_id,
                                      options.datastore_name ? options.datastore_name : "",
                                      options.retention_drive ? options.retention_drive : "");
          }
        else
          text = g_strdup_printf (_("Replication from Azure to on-premises starts through the reprotect agent, on the datastore %s."),
                                  options.datastore_name ? options.datastore_name : "");
        add_summary_row (self, &n, text);
        g_clear_pointer (&text, g_free);
        add_summary_row (self, &n, gtk_label_get_text (self->location_label));
        add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "When the initial replication has finished, the machine can fail back.",
                                                "When the initial replication has finished, the machines can fail back.", machine_count (self)));
        cost = g_strdup (g_dngettext (GETTEXT_PACKAGE, "The machine keeps running in Azure. Replication traffic flows from Azure to your site (egress is billed by Azure); an alternate location downloads the whole disks.",
                                      "The machines keep running in Azure. Replication traffic flows from Azure to your site (egress is billed by Azure); an alternate location downloads the whole disks.", machine_count (self)));
      }
      break;

    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      add_summary_row (self, &n, _("Site Recovery checks that the Mobility agent is registered."));
      add_summary_row (self, &n, _("Replication from on-premises to Azure starts through the process server."));
      add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "When the initial replication has finished, the machine is protected again.",
                                              "When the initial replication has finished, the machines are protected again.", machine_count (self)));
      cost = g_strdup (g_dngettext (GETTEXT_PACKAGE, "The machine keeps running on-premises. Azure storage for the replica is billed again. If the agent has not registered yet, the assistant waits and retries by itself.",
                                    "The machines keep running on-premises. Azure storage for the replicas is billed again. If the agent has not registered yet, the assistant waits and retries by itself.", machine_count (self)));
      break;

    case FB_NEXT_STEP_FAILOVER:
      text = point_sentence (self, TRUE, count);
      add_summary_row (self, &n, text);
      g_clear_pointer (&text, g_free);
      add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "The machine starts in Azure.",
                                              "The machines start in Azure.", machine_count (self)));
      add_summary_row (self, &n, g_dngettext (GETTEXT_PACKAGE, "You check it in Azure, then commit the failover.",
                                              "You check them in Azure, then commit the failover.", machine_count (self)));
      cost = g_strdup (_("Azure compute is billed from now on. Changes made on-premises after the recovery point are not in Azure."));
      break;

    case FB_NEXT_STEP_NONE:
    default:
      break;
    }

  gtk_label_set_text (self->cost_label, cost ? cost : "");
}

/* ---- progress page --------------------------------------------------------------------- */

static void
fill_tasks (FbAssistant *self)
{
  GListModel *tasks;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (self->job == NULL || self->stack == NULL)
    return;

  tasks = fb_job_get_tasks (self->job);
  fb_page_list_box_remove_all (self->tasks_list);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FbJobTask) task = g_list_model_get_item (tasks, i);
      const char *state = fb_job_task_get_state (task);
      GDateTime *start = fb_job_task_get_start_time (task);
      GDateTime *end = fb_job_task_get_end_time (task);
      g_autofree char *duration = NULL;
      g_autofree char *subtitle = NULL;
      const char *label;
      GtkWidget *row;

      if (start != NULL)
        duration = fb_format_duration (g_date_time_difference (end ? end : now, start));
      /* the state in the words of the job page (fb-labels), as in every other list of tasks */
      label = fb_job_state_label (state, fb_job_task_get_state_description (task));
      if (duration != NULL && !fb_job_task_is_skipped (task))
        /* Translators: a task of the live job: "<state> · <duration>", e.g. "Succeeded · 12 s" */
        subtitle = g_strdup_printf (_("%s · %s"), label, duration);
      else
        subtitle = g_strdup (label);

      row = fb_page_action_row_new (fb_job_task_get_friendly_name (task), subtitle, NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 status_icon (fb_job_state_icon_name (state, fb_job_task_get_state_description (task)),
                                              fb_job_state_css_class (state, fb_job_task_get_state_description (task)),
                                              label));
      gtk_list_box_append (self->tasks_list, row);
    }
}

static void
adopt_job (FbAssistant *self,
           FbJob       *job)
{
  if (job == NULL || job == self->job)
    return;
  g_set_object (&self->job, job);
  fb_job_timeline_set_job (self->timeline, job);
}

static void
job_changed_cb (FbAssistant *self,
                FbJob       *job)
{
  /* the monitor may know the job's details only after the first poll */
  if (self->job == NULL && self->job_name != NULL && g_strcmp0 (fb_job_get_name (job), self->job_name) == 0)
    adopt_job (self, job);
  if (job == self->job)
    fill_tasks (self);
}

static void
task_changed_cb (FbAssistant *self,
                 FbJob       *job,
                 FbJobTask   *task)
{
  job_changed_cb (self, job);
}

static void
set_progress (FbAssistant *self,
              const char  *title,
              const char  *icon,
              const char  *css)
{
  static const char *classes[] = { "success", "error", "warning" };

  if (self->stack == NULL)
    return;
  gtk_label_set_text (self->progress_label, title);
  gtk_spinner_set_spinning (self->progress_spinner, icon == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_spinner), icon == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_icon), icon != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_icon), classes[i]);
  if (icon != NULL)
    {
      gtk_image_set_from_icon_name (self->progress_icon, icon);
      gtk_widget_add_css_class (GTK_WIDGET (self->progress_icon), css);
    }
}

static void
retry_countdown_tick_cb (FbAssistant *self,
                         guint        remaining)
{
  g_autoptr(GString) time = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint total = self->countdown ? fb_countdown_get_total (self->countdown) : 0;

  countdown_text (remaining, time);
  /* TRANSLATORS: %s is the remaining time, "4:59" */
  text = g_strdup_printf (_("The Mobility agent has not registered yet. Retrying in %s"), time->str);
  gtk_label_set_text (self->countdown_label, text);
  gtk_progress_bar_set_fraction (self->countdown_bar, total ? 1.0 - (double) remaining / total : 1.0);
}

static void
retry_countdown_finished_cb (FbAssistant *self)
{
  g_clear_object (&self->countdown);
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_box), FALSE);
  send_action (self);
}

static void
retry_now_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FbAssistant *self = FB_ASSISTANT (widget);

  if (self->countdown == NULL)
    return;
  fb_countdown_cancel (self->countdown);
  retry_countdown_finished_cb (self);
}

static void
start_retry_countdown (FbAssistant *self)
{
  self->countdown = agent_countdown_new (self);
  g_signal_connect_object (self->countdown, "tick", G_CALLBACK (retry_countdown_tick_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "finished", G_CALLBACK (retry_countdown_finished_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_box), TRUE);
  retry_countdown_tick_cb (self, fb_countdown_get_total (self->countdown));
  set_progress (self, _("Waiting for the Mobility agent"), "alarm-symbolic", "warning");
  fb_countdown_start (self->countdown);
  notify_busy (self);
}

static void
set_job_state (FbAssistant *self,
               const char  *state)
{
  if (g_strcmp0 (self->job_state, state) == 0)
    return;
  g_free (self->job_state);
  self->job_state = g_strdup (state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_STATE]);
}

static void
refresh_session_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!fb_session_refresh_finish (FB_SESSION (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("refresh after the job: %s", error->message);
}

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbJob) job = fb_job_monitor_wait_finish (FB_JOB_MONITOR (source), result, &error);
  FbJob *tracked = self->job;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (job != NULL)
    adopt_job (self, job);
  else if (self->job == NULL)
    adopt_job (self, fb_job_monitor_lookup (FB_JOB_MONITOR (source), self->job_name));
  tracked = self->job;
  fill_tasks (self);

  if (job != NULL)
    {
      set_progress (self, _("Done"), "emblem-ok-symbolic", "success");
      if (self->step == FB_NEXT_STEP_FAILBACK)
        gtk_label_set_text (self->progress_detail,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The machine runs on-premises. Check it, then commit the failback.",
                                         "The machines run on-premises. Check them, then commit the failback.",
                                         machine_count (self)));
      else
        gtk_label_set_text (self->progress_detail,
                            self->step == FB_NEXT_STEP_COMMIT ? _("The step is final.") :
                            _("The job finished successfully."));
      set_job_state (self, fb_job_get_state (job));
      refetch_items (self, FALSE);
      fb_session_refresh_async (self->session, self->vault, NULL, refresh_session_cb, NULL);
    }
  else
    {
      g_autoptr(FbErrorDescription) description = tracked ? fb_error_presenter_describe_job (tracked) : NULL;

      if (description == NULL)
        description = fb_error_presenter_describe (error);

      if (description != NULL && description->known == FB_KNOWN_ERROR_AGENT_NOT_INSTALLED &&
          self->step == FB_NEXT_STEP_REPROTECT_TO_AZURE && self->attempts < MAX_AGENT_RETRIES)
        {
          g_autofree char *text = fb_error_description_to_string (description);
          gtk_label_set_text (self->progress_detail, text);
          start_retry_countdown (self);
          refetch_items (self, FALSE);
          update_buttons (self);
          return;
        }

      set_progress (self, description ? description->title : _("The job failed"), "dialog-error-symbolic", "error");
      if (description != NULL)
        {
          g_autofree char *text = fb_error_description_to_string (description);
          gtk_label_set_text (self->progress_detail, text);
        }
      else
        gtk_label_set_text (self->progress_detail, error->message);
      set_job_state (self, tracked && fb_job_get_state (tracked) ? fb_job_get_state (tracked) : "Failed");
      refetch_items (self, FALSE);
    }
  update_buttons (self);
}

static void
run_action_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = fb_job_monitor_run_action_finish (FB_JOB_MONITOR (source), result, &error);

  self->sending = FALSE;

  if (job_name == NULL)
    {
      g_autoptr(FbErrorDescription) description = fb_error_presenter_describe (error);

      if (description == NULL)   /* cancelled */
        return;
      set_progress (self, description->title, "dialog-error-symbolic", "error");
      {
        g_autofree char *text = fb_error_description_to_string (description);
        gtk_label_set_text (self->progress_detail, text);
      }
      set_job_state (self, "Failed");
      notify_busy (self);
      return;
    }

  g_free (self->job_name);
  self->job_name = g_steal_pointer (&job_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_NAME]);
  if (self->stack == NULL)   /* closed meanwhile: the job runs on in the monitor */
    return;

  adopt_job (self, fb_job_monitor_lookup (FB_JOB_MONITOR (source), self->job_name));
  fill_tasks (self);
  set_progress (self, self->job && fb_job_get_friendly_name (self->job) ? fb_job_get_friendly_name (self->job) : _("Running"),
                NULL, NULL);
  gtk_label_set_text (self->progress_detail,
                      _("You can close this window: the job keeps running and stays in the Jobs view."));

  fb_job_monitor_wait_async (FB_JOB_MONITOR (source), self->job_name, self->cancellable, wait_cb, g_object_ref (self));
  notify_busy (self);
}

static void
run (FbAssistant *self,
     FbAction    *action)
{
  self->attempts++;
  /* No cancellable: once sent, the monitor must learn the job even if the window closes. */
  fb_job_monitor_run_action_async (fb_session_get_job_monitor (self->session), action, NULL,
                                   run_action_cb, g_object_ref (self));
}

static void
build_failover_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FbAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbAction) action = fb_site_recovery_build_failover_finish (FB_SITE_RECOVERY (source), result, &error);

  if (self->stack == NULL)   /* closed before anything was sent: send nothing */
    {
      self->sending = FALSE;
      return;
    }
  if (action == NULL)
    {
      g_autoptr(FbErrorDescription) description = fb_error_presenter_describe (error);

      self->sending = FALSE;
      if (description == NULL)
        return;
      set_progress (self, description->title, "dialog-error-symbolic", "error");
      gtk_label_set_text (self->progress_detail, description->message);
      set_job_state (self, "Failed");
      notify_busy (self);
      return;
    }
  run (self, action);
}

static void
send_action (FbAssistant *self)
{
  FbProtectedItem *item = first_item (self);
  g_autoptr(FbAction) action = NULL;
  g_autoptr(GError) error = NULL;
  FbFailoverDirection direction = self->step == FB_NEXT_STEP_FAILOVER ? FB_FAILOVER_TO_AZURE : FB_FAILOVER_TO_ON_PREMISES;

  self->sending = TRUE;
  set_progress (self, _("Starting…"), NULL, NULL);
  notify_busy (self);

  switch (self->step)
    {
    case FB_NEXT_STEP_FAILBACK:
    case FB_NEXT_STEP_FAILOVER:
      if (self->plan != NULL)
        action = fb_action_new_plan_failover (fb_recovery_plan_get_id (self->plan),
                                              fb_recovery_plan_get_replication_providers (self->plan),
                                              direction, point_choice (self), &error);
      else
        {
          fb_site_recovery_build_failover_async (fb_session_get_site_recovery (self->session), item, direction,
                                                 point_choice (self),
                                                 point_choice (self) == FB_RECOVERY_POINT_CUSTOM ? self->custom_point_id : NULL,
                                                 NULL, build_failover_cb, g_object_ref (self));
          return;
        }
      break;
    case FB_NEXT_STEP_COMMIT:
      action = self->plan ? fb_action_new_plan_commit (fb_recovery_plan_get_id (self->plan))
                          : fb_action_new_commit (fb_protected_item_get_id (item));
      break;
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      {
        FbReprotectOptions options;

        reprotect_options (self, &options);
        action = fb_action_new_reprotect (fb_protected_item_get_id (item), fb_protected_item_get_provider_type (item),
                                          &options, &error);
      }
      break;
    case FB_NEXT_STEP_NONE:
    default:
      g_assert_not_reached ();
    }

  if (action == NULL)
    {
      self->sending = FALSE;
      set_progress (self, _("The action could not be prepared"), "dialog-error-symbolic", "error");
      gtk_label_set_text (self->progress_detail, error->message);
      set_job_state (self, "Failed");
      notify_busy (self);
      return;
    }
  run (self, action);
}

/* ---- navigation ------------------------------------------------------------------------ */

static void
show_page (FbAssistant *self,
           guint        index)
{
  const char *name;

  self->page = index;
  name = page_name (self);

  if (g_str_equal (name, "direction"))
    fill_direction (self);
  else if (g_str_equal (name, "recovery-point"))
    load_points (self);
  else if (g_str_equal (name, "options"))
    load_options (self);
  else if (g_str_equal (name, "checks"))
    {
      if (self->step == FB_NEXT_STEP_FAILBACK)
        load_points (self);
      if (self->result == NULL || self->checks_stale)
        run_checks (self);
    }
  else if (g_str_equal (name, "summary"))
    fill_summary (self);

  gtk_stack_set_visible_child_name (self->stack, name);
  update_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NAME]);
}

static void
stack_page_changed_cb (FbAssistant *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  /* keyboard: the focus goes to the new page's first control */
  if (child != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
}

static void
confirm (FbAssistant *self)
{
  if (self->confirmed)
    return;

  self->confirmed = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next", FALSE);
  show_page (self, self->n_pages - 1);
  send_action (self);
}

static void
close_idle_cb (gpointer data)
{
  g_autoptr(FbAssistant) self = data;

  gtk_window_close (GTK_WINDOW (self));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FbAssistant *self = FB_ASSISTANT (widget);

  if (!page_complete (self))
    return;

  if (on_page (self, "summary"))
    confirm (self);
  else if (on_page (self, "progress"))
    /* not from inside the activation (an assistive technology may be calling us) */
    g_idle_add_once (close_idle_cb, g_object_ref (self));
  else if (self->page + 1 < self->n_pages)
    show_page (self, self->page + 1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FbAssistant *self = FB_ASSISTANT (widget);

  if (self->page > 0 && !self->confirmed)
    show_page (self, self->page - 1);
}

static void
stop_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  FbAssistant      *self)
{
  if (!g_str_equal (response, "stop"))
    return;
  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
ask_before_closing (FbAssistant *self)
{
  GtkWidget *dialog;
  gboolean waiting = self->countdown != NULL && fb_countdown_is_running (self->countdown);

  /* After the confirmation the job runs on by itself; only a retry countdown is ours. */
  if (self->confirmed && !waiting)
    return FALSE;
  if (!self->remedy_running && !waiting)
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Stop the Assistant?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               waiting && self->confirmed
                               ? _("The reprotect is waiting for the Mobility agent and will not be retried when you stop now.")
                               : _("A remedy is still running. It continues in vCenter, but the assistant stops following it. Nothing has been sent to Site Recovery."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("C_ontinue"),
                                    "stop", _("_Stop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
fb_assistant_close_request (GtkWindow *window)
{
  FbAssistant *self = FB_ASSISTANT (window);

  if (!self->closed && ask_before_closing (self))
    return TRUE;

  self->closed = TRUE;
  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (fb_assistant_parent_class)->close_request (window);
}

/* ---- GObject ----------------------------------------------------------------------------- */

static void
fb_assistant_constructed (GObject *object)
{
  FbAssistant *self = FB_ASSISTANT (object);
  g_autofree char *title = NULL;
  const char *id;
  FbJobMonitor *monitor;

  G_OBJECT_CLASS (fb_assistant_parent_class)->constructed (object);

  if (self->session == NULL || (self->item == NULL && self->plan == NULL))
    {
      /* the bare template (tests) */
      self->pages[0] = "direction";
      self->n_pages = 1;
      return;
    }

  id = self->plan ? fb_recovery_plan_get_id (self->plan) : fb_protected_item_get_id (self->item);
  self->vault = fb_page_find_vault (self->session, id);
  if (self->vault != NULL)
    g_object_ref (self->vault);

  if (self->item != NULL)
    g_ptr_array_add (self->items, g_object_ref (self->item));
  else
    {
      GListModel *groups = fb_recovery_plan_get_groups (self->plan);

      for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
        {
          g_autoptr(FbRecoveryPlanGroup) group = g_list_model_get_item (groups, g);
          const char * const *ids = fb_recovery_plan_group_get_item_ids (group);

          for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
            {
              FbProtectedItem *member = fb_page_find_item (self->session, self->vault, ids[i]);
              if (member != NULL)
                g_ptr_array_add (self->items, g_object_ref (member));
            }
        }
    }

  if (first_item (self) != NULL)
    {
      self->fabric = fb_page_find_onprem_fabric (self->session, self->vault, first_item (self));
      if (self->fabric != NULL)
        g_object_ref (self->fabric);
    }
  self->vcenter = fb_page_new_vcenter_client (self->session);
  self->tick_ms = fb_page_countdown_tick_ms (self->session);

  self->n_pages = 0;
  self->pages[self->n_pages++] = "direction";
  switch (self->step)
    {
    case FB_NEXT_STEP_FAILBACK:
      self->pages[self->n_pages++] = "recovery-point";
      self->pages[self->n_pages++] = "checks";
      break;
    case FB_NEXT_STEP_FAILOVER:
      self->pages[self->n_pages++] = "recovery-point";
      break;
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      self->pages[self->n_pages++] = "options";
      self->pages[self->n_pages++] = "checks";
      break;
    case FB_NEXT_STEP_COMMIT:
    case FB_NEXT_STEP_NONE:
    default:
      break;
    }
  self->pages[self->n_pages++] = "summary";
  self->pages[self->n_pages++] = "progress";

  /* TRANSLATORS: the assistant's title: "Fail Back" - "web-01" */
  adw_window_title_set_title (self->window_title, fb_page_step_verb (self->step));
  if (self->plan != NULL)
    title = g_strdup_printf (_("Recovery plan %s"), fb_recovery_plan_get_friendly_name (self->plan));
  else
    title = g_strdup (fb_protected_item_get_friendly_name (self->item));
  adw_window_title_set_subtitle (self->window_title, title);
  {
    g_autofree char *window_title = g_strdup_printf ("%s – %s", fb_page_step_verb (self->step), title);
    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }

  monitor = fb_session_get_job_monitor (self->session);
  g_signal_connect_object (monitor, "job-updated", G_CALLBACK (job_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (monitor, "task-changed", G_CALLBACK (task_changed_cb), self, G_CONNECT_SWAPPED);

  show_page (self, 0);   /* sets the default widget */
}

static void
fb_assistant_dispose (GObject *object)
{
  FbAssistant *self = FB_ASSISTANT (object);

  g_cancellable_cancel (self->cancellable);
  if (self->countdown != NULL)
    fb_countdown_cancel (self->countdown);
  g_clear_object (&self->countdown);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_ASSISTANT);

  G_OBJECT_CLASS (fb_assistant_parent_class)->dispose (object);
}

static void
fb_assistant_finalize (GObject *object)
{
  FbAssistant *self = FB_ASSISTANT (object);

  g_clear_object (&self->session);
  g_clear_object (&self->item);
  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->vault);
  g_clear_object (&self->fabric);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->vcenter);
  g_clear_pointer (&self->points, g_hash_table_unref);
  g_clear_pointer (&self->custom_point_id, g_free);
  g_clear_pointer (&self->choice, fb_reprotect_choice_free);
  g_clear_object (&self->policies);
  g_clear_pointer (&self->mt_ids, g_ptr_array_unref);
  g_clear_pointer (&self->ps_ids, g_ptr_array_unref);
  g_clear_pointer (&self->ds_names, g_ptr_array_unref);
  g_clear_pointer (&self->retention_names, g_ptr_array_unref);
  g_clear_pointer (&self->policy_ids, g_ptr_array_unref);
  g_clear_pointer (&self->run_as_ids, g_ptr_array_unref);
  g_clear_pointer (&self->agent_ids, g_ptr_array_unref);
  g_clear_object (&self->preflight);
  g_clear_object (&self->result);
  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
  g_clear_pointer (&self->job_name, g_free);
  g_clear_object (&self->job);
  g_clear_pointer (&self->job_state, g_free);

  G_OBJECT_CLASS (fb_assistant_parent_class)->finalize (object);
}

static void
fb_assistant_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbAssistant *self = FB_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    case PROP_PAGE_NAME:
      g_value_set_string (value, self->n_pages ? page_name (self) : NULL);
      break;
    case PROP_JOB_NAME:
      g_value_set_string (value, self->job_name);
      break;
    case PROP_JOB_STATE:
      g_value_set_string (value, self->job_state);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, fb_assistant_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_assistant_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FbAssistant *self = FB_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_STEP:
      self->step = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_assistant_class_init (FbAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = fb_assistant_constructed;
  object_class->dispose = fb_assistant_dispose;
  object_class->finalize = fb_assistant_finalize;
  object_class->get_property = fb_assistant_get_property;
  object_class->set_property = fb_assistant_set_property;
  window_class->close_request = fb_assistant_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, FB_TYPE_PROTECTED_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, FB_TYPE_RECOVERY_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL, FB_NEXT_STEP_NONE, FB_NEXT_STEP_REPROTECT_TO_AZURE, FB_NEXT_STEP_FAILBACK,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE_NAME] =
    g_param_spec_string ("page-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB_NAME] =
    g_param_spec_string ("job-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB_STATE] =
    g_param_spec_string ("job-state", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, direction_title);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, direction_view);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, direction_body);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, machines_list);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, latest_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, app_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, custom_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, latest_toggle);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, app_toggle);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, custom_toggle);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, understand_toggle);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, latest_check);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, app_check);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, custom_check);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, plan_rule_label);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, custom_group);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, point_group);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, custom_list);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, master_target_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, agent_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, process_server_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, datastore_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, retention_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, policy_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, run_as_row);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, location_label);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, options_notes);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, checks_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, checks_status);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, checks_list);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, understand_check);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, summary_title);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, summary_list);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, cost_label);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, progress_icon);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, progress_detail);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, countdown_box);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, countdown_bar);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, timeline);
  gtk_widget_class_bind_template_child (widget_class, FbAssistant, tasks_list);
  gtk_widget_class_bind_template_callback (widget_class, point_choice_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, custom_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, understand_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "assistant.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "assistant.rerun-checks", NULL, rerun_checks_action);
  gtk_widget_class_install_action (widget_class, "assistant.retry-now", NULL, retry_now_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "assistant.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "assistant.back", NULL);
}

static void
choice_toggled_cb (GtkToggleButton *toggle)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (toggle) ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                     : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
fb_assistant_init (FbAssistant *self)
{
  g_type_ensure (FB_TYPE_ROUND_TRIP_VIEW);
  g_type_ensure (FB_TYPE_JOB_TIMELINE);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* the toggle buttons carry the choices (and their accessible state), the check
   * buttons inside show them */
  {
    GtkToggleButton *toggles[] = { self->latest_toggle, self->app_toggle, self->custom_toggle, self->understand_toggle };
    GtkCheckButton *checks[] = { self->latest_check, self->app_check, self->custom_check, self->understand_check };

    for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
      {
        g_object_bind_property (toggles[i], "active", checks[i], "active",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
        g_signal_connect (toggles[i], "toggled", G_CALLBACK (choice_toggled_cb), NULL);
      }
  }

  self->cancellable = g_cancellable_new ();
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->points = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->tick_ms = 1000;
  self->vm_exists = -1;
}

FbAssistant *
fb_assistant_new_for_item (FbSession       *session,
                           FbProtectedItem *item,
                           FbNextStep       step)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (item), NULL);
  g_return_val_if_fail (step != FB_NEXT_STEP_NONE, NULL);

  return g_object_new (FB_TYPE_ASSISTANT, "session", session, "item", item, "step", step, NULL);
}

FbAssistant *
fb_assistant_new_for_plan (FbSession      *session,
                           FbRecoveryPlan *plan,
                           FbNextStep      step)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_RECOVERY_PLAN (plan), NULL);
  g_return_val_if_fail (step == FB_NEXT_STEP_FAILBACK || step == FB_NEXT_STEP_COMMIT || step == FB_NEXT_STEP_FAILOVER, NULL);

  return g_object_new (FB_TYPE_ASSISTANT, "session", session, "plan", plan, "step", step, NULL);
}

FbNextStep
fb_assistant_get_step (FbAssistant *self)
{
  g_return_val_if_fail (FB_IS_ASSISTANT (self), FB_NEXT_STEP_NONE);
  return self->step;
}

const char *
fb_assistant_get_page_name (FbAssistant *self)
{
  g_return_val_if_fail (FB_IS_ASSISTANT (self), NULL);
  return page_name (self);
}

const char *
fb_assistant_get_job_name (FbAssistant *self)
{
  g_return_val_if_fail (FB_IS_ASSISTANT (self), NULL);
  return self->job_name;
}

const char *
fb_assistant_get_job_state (FbAssistant *self)
{
  g_return_val_if_fail (FB_IS_ASSISTANT (self), NULL);
  return self->job_state;
}

void
fb_assistant_set_countdown_tick (FbAssistant *self,
                                 guint        tick_ms)
{
  g_return_if_fail (FB_IS_ASSISTANT (self));
  self->tick_ms = MAX (1, tick_ms);
}
