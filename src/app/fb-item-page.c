/* fb-item-page.c - one protected machine: where it stands in the round trip, its next step
 *
 * The header names the machine with its OS icon, architecture and the phase as a pill;
 * FbRoundTripView draws the round trip; the next step is the one suggested button that
 * opens FbAssistant, other operations the item allows are in a menu. Below: health errors
 * with ASR's recommended action, recovery points (newest first), the infrastructure the
 * item depends on, and its recent jobs (rows open win.show-job). The page follows the
 * item's notify signals and reloads after each job of the item ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-assistant.h"
#include "fb-format.h"
#include "fb-item-page.h"
#include "fb-labels.h"
#include "fb-items-view.h"
#include "fb-jobs-view.h"
#include "fb-page-util.h"
#include "fb-round-trip-view.h"

#define MAX_POINTS 8
#define MAX_JOBS 6

struct _FbItemPage
{
  GtkWidget parent_instance;

  FbSession *session;
  FbProtectedItem *item;
  GCancellable *cancellable;
  FbVcenterClient *vcenter;

  GListStore *points;        /* FbRecoveryPoint, newest first */
  GListStore *jobs;          /* FbJob */
  GPtrArray *asr_vcenters;   /* JsonNode */
  char *esxi_host;
  guint pending;
  guint update_idle;
  gulong notify_id;
  gulong job_finished_id;

  GtkWidget *scroller;
  GtkImage *os_icon;
  GtkLabel *name_label;
  GtkLabel *subtitle_label;
  GtkLabel *phase_pill;
  FbRoundTripView *round_trip;
  GtkButton *next_step_button;
  GtkMenuButton *more_button;
  GtkLabel *busy_label;
  GtkListBox *health_list;
  GtkListBox *points_list;
  GtkListBox *infra_list;
  GtkListBox *jobs_list;
  AdwPreferencesGroup *points_group;
};

G_DEFINE_FINAL_TYPE (FbItemPage, fb_item_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void fb_item_page_update (FbItemPage *self);

static FbVault *
item_vault (FbItemPage *self)
{
  return fb_page_find_vault (self->session, fb_protected_item_get_id (self->item));
}

/* ---- header, round trip, actions --------------------------------------------------- */

static void
update_actions (FbItemPage *self)
{
  static const FbNextStep steps[] = {
    FB_NEXT_STEP_FAILBACK, FB_NEXT_STEP_COMMIT, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES,
    FB_NEXT_STEP_REPROTECT_TO_AZURE, FB_NEXT_STEP_FAILOVER,
  };
  static const char *step_names[] = {
    "failback", "commit", "reprotect-to-on-premises", "reprotect-to-azure", "failover",
  };
  FbNextStep next = fb_protected_item_get_next_step (self->item);
  const char *label = fb_page_step_label (next);
  g_autoptr(GMenu) menu = g_menu_new ();
  gboolean busy = fb_protected_item_is_busy (self->item);

  gtk_widget_set_visible (GTK_WIDGET (self->next_step_button), label != NULL);
  if (label != NULL)
    gtk_button_set_label (self->next_step_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.next-step", label != NULL && !busy);

  /* Other steps the item allows (a commit may also follow a failover that is not the
   * next step of the round trip, e.g. failover to Azure of an item protected to Azure). */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const char *operation;
      g_autofree char *detailed = NULL;

      if (steps[i] == next || busy)
        continue;
      operation = fb_protected_item_get_operation_for_step (self->item, steps[i]);
      if (operation == NULL || !fb_protected_item_is_allowed (self->item, operation))
        continue;

      detailed = g_strdup_printf ("item.operation::%s", step_names[i]);
      g_menu_append (menu, fb_page_step_label (steps[i]), detailed);
    }

  if (!busy && fb_protected_item_is_allowed (self->item, "CancelFailover"))
    g_menu_append (menu, _("Cancel Failover…"), "item.operation::cancel-failover");

  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);

  if (busy)
    {
      const char *scenario = fb_protected_item_get_current_scenario_name (self->item);
      const char *operation = scenario != NULL ? fb_operation_label (scenario) : NULL;
      g_autofree char *text = g_strdup_printf (_("A job is running on this machine (%s). Its next step is offered when it ends."),
                                               operation != NULL ? operation : (scenario != NULL ? scenario : ""));
      gtk_label_set_text (self->busy_label, text);
    }
  else if (label == NULL && fb_protected_item_is_allowed (self->item, "TestFailoverCleanup"))
    gtk_label_set_text (self->busy_label, _("A test failover of this machine is waiting for its cleanup. Clean it up in the Azure portal; then Site Recovery allows the next step again."));
  else if (label == NULL)
    gtk_label_set_text (self->busy_label, _("Site Recovery allows no step of the round trip for this machine now."));
  gtk_widget_set_visible (GTK_WIDGET (self->busy_label), busy || label == NULL);
}

static void
update_header (FbItemPage *self)
{
  FbPhase phase = fb_protected_item_get_phase (self->item);
  const char *os = fb_protected_item_get_os_name (self->item);
  const char *os_type = fb_protected_item_get_os_type (self->item);
  g_autofree char *subtitle = NULL;
  g_autofree char *pill_name = NULL;
  static const char *pill_classes[] = { "accent", "warning", "azure", "success", "transition", "dim" };

  gtk_label_set_text (self->name_label, fb_protected_item_get_friendly_name (self->item));
  gtk_image_set_from_icon_name (self->os_icon, fb_page_os_icon_name (self->item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->os_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, os ? os : (os_type ? os_type : _("Machine")),
                                  -1);

  /* TRANSLATORS: "<operating system> · <replication provider>", e.g. "Windows Server 2019 · VMware to Azure (classic)" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              os ? os : (os_type ? os_type : _("Unknown OS")),
                              fb_page_provider_label (self->item));
  gtk_label_set_text (self->subtitle_label, subtitle);

  gtk_label_set_text (self->phase_pill, fb_phase_to_string (phase));
  for (guint i = 0; i < G_N_ELEMENTS (pill_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->phase_pill), pill_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->phase_pill), fb_page_phase_css_class (phase));
  pill_name = g_strdup_printf (_("Phase: %s"), fb_phase_to_string (phase));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->phase_pill),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, pill_name, -1);

  fb_round_trip_view_set_phase (self->round_trip, phase);
  fb_round_trip_view_set_next_step (self->round_trip, fb_protected_item_get_next_step (self->item));
}

static void
update_site_labels (FbItemPage *self)
{
  FbVault *vault = item_vault (self);
  g_autofree char *azure = fb_page_location_name (vault ? fb_vault_get_location (vault) : NULL);
  g_autofree char *onprem = NULL;

  if (self->asr_vcenters != NULL && self->asr_vcenters->len > 0)
    {
      FbFabric *fabric = fb_page_find_onprem_fabric (self->session, vault, self->item);
      const char *wanted = fabric ? fb_fabric_get_name (fabric) : NULL;

      for (guint i = 0; i < self->asr_vcenters->len && onprem == NULL; i++)
        {
          JsonObject *obj = json_node_get_object (g_ptr_array_index (self->asr_vcenters, i));
          const char *id = json_object_get_string_member_with_default (obj, "id", "");
          JsonObject *props = json_object_has_member (obj, "properties") &&
                              JSON_NODE_HOLDS_OBJECT (json_object_get_member (obj, "properties"))
                              ? json_object_get_object_member (obj, "properties") : NULL;
          const char *name = props ? json_object_get_string_member_with_default (props, "friendlyName", NULL) : NULL;

          if (name != NULL && (wanted == NULL || strstr (id, wanted) != NULL))
            onprem = g_strdup_printf (_("vCenter %s"), name);
        }
    }

  if (onprem == NULL)
    {
      const char *primary = fb_protected_item_get_primary_fabric_friendly_name (self->item);
      onprem = g_strdup (primary ? primary : _("On-premises"));
    }

  fb_round_trip_view_set_on_premises_label (self->round_trip, onprem);
  fb_round_trip_view_set_azure_label (self->round_trip, azure);
}

/* ---- groups --------------------------------------------------------------------------- */

static void
update_health (FbItemPage *self)
{
  GListModel *errors = fb_protected_item_get_health_errors (self->item);
  const char *health = fb_protected_item_get_replication_health (self->item);
  guint n = errors ? g_list_model_get_n_items (errors) : 0;

  fb_page_list_box_remove_all (self->health_list);

  if (n == 0)
    {
      gboolean replicating = health != NULL && g_ascii_strcasecmp (health, "None") != 0;
      /* ASR reports health "None" while nothing replicates (e.g. running in Azure after commit) */
      GtkWidget *row = replicating
        ? fb_page_action_row_new (_("Replication is healthy"),
                                  fb_items_view_health_label (health),
                                  fb_page_health_icon_name (health))
        : fb_page_action_row_new (fb_replication_health_label ("None"),
                                  _("Nothing replicates in this phase of the round trip."),
                                  "dialog-information-symbolic");
      gtk_list_box_append (self->health_list, row);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbHealthError) error = g_list_model_get_item (errors, i);
      const char *message = fb_health_error_get_summary_message (error);
      const char *action = fb_health_error_get_recommended_action (error);
      const char *level = fb_health_error_get_error_level (error);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (message == NULL || *message == '\0')
        message = fb_health_error_get_error_message (error);
      if (action != NULL && *action != '\0')
        subtitle = g_strdup_printf (_("Recommended action: %s"), action);

      row = fb_page_action_row_new (message ? message : fb_health_error_get_error_code (error), subtitle,
                                    fb_page_health_icon_name (level && g_ascii_strcasecmp (level, "Error") == 0 ? "Critical" : "Warning"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->health_list, row);
    }
}

static void
update_points (FbItemPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->points));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  fb_page_list_box_remove_all (self->points_list);

  if (n == 0)
    {
      gtk_list_box_append (self->points_list,
                           fb_page_action_row_new (self->pending ? _("Loading…") : _("No recovery points"), NULL, NULL));
      return;
    }

  for (guint i = 0; i < MIN (n, MAX_POINTS); i++)
    {
      g_autoptr(FbRecoveryPoint) point = g_list_model_get_item (G_LIST_MODEL (self->points), i);
      GDateTime *time = fb_recovery_point_get_recovery_point_time (point);
      const char *type = fb_recovery_point_get_recovery_point_type (point);
      gboolean app = type != NULL && g_str_equal (type, "ApplicationConsistent");
      g_autofree char *when = fb_format_date_time (time);
      g_autofree char *age = fb_format_age (time, now);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", app ? _("App-consistent") : _("Crash-consistent"), age);

      gtk_list_box_append (self->points_list,
                           fb_page_action_row_new (when, subtitle, app ? "emblem-default-symbolic" : "document-open-recent-symbolic"));
    }

  if (n > MAX_POINTS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u older recovery point", "%u older recovery points", n - MAX_POINTS),
                                               n - MAX_POINTS);
      GtkWidget *row = fb_page_action_row_new (more, NULL, NULL);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->points_list, row);
    }
}

static void
add_infra_row (FbItemPage *self,
               const char *kind,
               const char *name,
               const char *health)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  if (name == NULL || *name == '\0')
    return;

  subtitle = g_strdup (kind);
  row = fb_page_action_row_new (name, subtitle, NULL);
  if (health != NULL)
    {
      g_autofree char *health_label = g_strdup_printf (_("Health: %s"), fb_items_view_health_label (health));

      icon = gtk_image_new_from_icon_name (fb_page_health_icon_name (health));
      gtk_widget_add_css_class (icon, fb_page_health_css_class (health));
      gtk_widget_set_tooltip_text (icon, health_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, health_label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  gtk_list_box_append (self->infra_list, row);
}

static void
update_infra (FbItemPage *self)
{
  FbVault *vault = item_vault (self);
  FbFabric *fabric = fb_page_find_onprem_fabric (self->session, vault, self->item);
  const char * const *datastores = fb_protected_item_get_datastores (self->item);
  const char *ps_id = fb_protected_item_get_process_server_id (self->item);
  const char *mt_id = fb_protected_item_get_master_target_id (self->item);
  FbProcessServer *ps = fabric && ps_id ? fb_fabric_lookup_process_server (fabric, ps_id) : NULL;
  FbMasterTarget *mt = fabric && mt_id ? fb_fabric_lookup_master_target (fabric, mt_id) : NULL;
  const char *target_ds = fb_protected_item_get_target_datastore_name (self->item);

  fb_page_list_box_remove_all (self->infra_list);

  if (fabric != NULL)
    add_infra_row (self, fb_fabric_is_modern_vmware (fabric) ? _("Replication appliance") : _("Configuration server"),
                   fb_fabric_get_friendly_name (fabric), fb_fabric_get_health (fabric));

  if (ps != NULL)
    add_infra_row (self, _("Process server"), fb_process_server_get_friendly_name (ps), fb_process_server_get_health (ps));
  else
    add_infra_row (self, _("Process server"), fb_protected_item_get_process_server_name (self->item), NULL);

  if (mt != NULL)
    {
      GListModel *errors = fb_master_target_get_health_errors (mt);
      add_infra_row (self, _("Master target"), fb_master_target_get_name (mt),
                     errors && g_list_model_get_n_items (errors) > 0 ? "Warning" : "Normal");
    }
  else if (fb_protected_item_get_reprotect_agent_name (self->item) != NULL)
    add_infra_row (self, _("Reprotect agent"), fb_protected_item_get_reprotect_agent_name (self->item), NULL);

  if (target_ds != NULL)
    add_infra_row (self, _("Datastore"), target_ds, NULL);
  for (guint i = 0; datastores != NULL && datastores[i] != NULL; i++)
    if (target_ds == NULL || !g_str_equal (target_ds, datastores[i]))
      add_infra_row (self, _("Datastore"), datastores[i], NULL);

  for (guint i = 0; self->asr_vcenters != NULL && i < self->asr_vcenters->len; i++)
    {
      JsonObject *obj = json_node_get_object (g_ptr_array_index (self->asr_vcenters, i));
      const char *id = json_object_get_string_member_with_default (obj, "id", "");
      JsonObject *props = json_object_has_member (obj, "properties") &&
                          JSON_NODE_HOLDS_OBJECT (json_object_get_member (obj, "properties"))
                          ? json_object_get_object_member (obj, "properties") : NULL;
      const char *name = props ? json_object_get_string_member_with_default (props, "friendlyName", NULL) : NULL;
      const char *health = props ? json_object_get_string_member_with_default (props, "fabricArmResourceName", NULL) : NULL;

      (void) health;
      if (name == NULL || (fabric != NULL && strstr (id, fb_fabric_get_name (fabric)) == NULL))
        continue;
      {
        JsonNode *errors = json_object_get_member (props, "healthErrors");
        gboolean bad = errors != NULL && JSON_NODE_HOLDS_ARRAY (errors) &&
                       json_array_get_length (json_node_get_array (errors)) > 0;
        add_infra_row (self, _("vCenter"), name, bad ? "Critical" : "Normal");
      }
    }

  if (self->esxi_host != NULL)
    add_infra_row (self, _("ESXi host"), self->esxi_host, NULL);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->infra_list)) == NULL)
    gtk_list_box_append (self->infra_list, fb_page_action_row_new (self->pending ? _("Loading…") : _("Nothing known"), NULL, NULL));
}

static void
update_jobs (FbItemPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));

  fb_page_list_box_remove_all (self->jobs_list);

  if (n == 0)
    {
      gtk_list_box_append (self->jobs_list,
                           fb_page_action_row_new (self->pending ? _("Loading…") : _("No jobs yet"), NULL, NULL));
      return;
    }

  for (guint i = 0; i < MIN (n, MAX_JOBS); i++)
    {
      g_autoptr(FbJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), i);
      const char *state = fb_job_get_state (job);
      g_autofree char *when = fb_format_date_time (fb_job_get_start_time (job));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", fb_job_state_label (state, fb_job_get_state_description (job)), when);
      const char *icon = fb_job_is_running (job) ? "content-loading-symbolic"
                         : g_strcmp0 (state, "Succeeded") == 0 ? "emblem-ok-symbolic" : "dialog-error-symbolic";
      GtkWidget *row = fb_page_action_row_new (fb_job_operation_label (job), subtitle, icon);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "job-id", g_strdup (fb_job_get_id (job)), g_free);
      gtk_list_box_append (self->jobs_list, row);
    }
}

static void
jobs_row_activated_cb (FbItemPage    *self,
                       GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "job-id");

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-job", "s", id);
}

static void
fb_item_page_update (FbItemPage *self)
{
  update_header (self);
  update_site_labels (self);
  update_actions (self);
  update_health (self);
  update_points (self);
  update_infra (self);
  update_jobs (self);
}

static gboolean
update_idle_cb (gpointer data)
{
  FbItemPage *self = data;

  self->update_idle = 0;
  fb_item_page_update (self);
  return G_SOURCE_REMOVE;
}

static void
item_notify_cb (FbItemPage *self)
{
  /* Many properties change at once on a refresh: update once. */
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_idle_cb, self);
}

/* ---- loading ------------------------------------------------------------------------ */

static void
load_done (FbItemPage *self)
{
  g_assert (self->pending > 0);
  self->pending--;
  fb_item_page_update (self);
  if (self->pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static int
compare_points_newest_first (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  GDateTime *ta = fb_recovery_point_get_recovery_point_time ((FbRecoveryPoint *) a);
  GDateTime *tb = fb_recovery_point_get_recovery_point_time ((FbRecoveryPoint *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return -g_date_time_compare (ta, tb);
}

static void
points_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FbItemPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (store != NULL)
    {
      g_list_store_sort (store, compare_points_newest_first, NULL);
      g_list_store_remove_all (self->points);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
        {
          g_autoptr(GObject) point = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_list_store_append (self->points, point);
        }
    }
  else
    g_debug ("recovery points of %s: %s", fb_protected_item_get_name (self->item), error->message);
  load_done (self);
}

static void
jobs_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FbItemPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = fb_site_recovery_list_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (store != NULL)
    {
      g_list_store_remove_all (self->jobs);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
        {
          g_autoptr(GObject) job = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_list_store_append (self->jobs, job);
        }
    }
  else
    g_debug ("jobs of %s: %s", fb_protected_item_get_name (self->item), error->message);
  load_done (self);
}

static void
vcenters_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbItemPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vcenters = fb_site_recovery_list_json_finish (FB_SITE_RECOVERY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (vcenters != NULL)
    {
      GPtrArray *objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

      for (guint i = 0; i < vcenters->len; i++)
        {
          JsonNode *node = g_ptr_array_index (vcenters, i);
          if (JSON_NODE_HOLDS_OBJECT (node))
            g_ptr_array_add (objects, json_node_ref (node));
        }
      g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
      self->asr_vcenters = objects;
    }
  load_done (self);
}

static void
vm_cb (GObject      *source,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(FbItemPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVcenterVm) vm = fb_vcenter_client_find_vm_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (vm != NULL)
    {
      g_free (self->esxi_host);
      self->esxi_host = g_strdup (fb_vcenter_vm_get_host_name (vm));
    }
  load_done (self);
}

void
fb_item_page_reload (FbItemPage *self)
{
  FbSiteRecovery *sr;
  FbVault *vault;
  g_autofree char *filter = NULL;

  g_return_if_fail (FB_IS_ITEM_PAGE (self));

  if (self->session == NULL || !fb_session_get_ready (self->session))
    return;

  sr = fb_session_get_site_recovery (self->session);
  vault = item_vault (self);

  self->pending++;
  fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_RECOVERY_POINTS, fb_protected_item_get_id (self->item),
                               NULL, NULL, self->cancellable, points_cb, g_object_ref (self));

  if (vault != NULL)
    {
      filter = g_strdup_printf ("TargetObjectId eq '%s'", fb_protected_item_get_name (self->item));
      self->pending++;
      fb_site_recovery_list_async (sr, FB_SITE_RECOVERY_LIST_JOBS, fb_vault_get_id (vault), filter,
                                   NULL, self->cancellable, jobs_cb, g_object_ref (self));
      self->pending++;
      fb_site_recovery_list_vcenters_async (sr, fb_vault_get_id (vault), self->cancellable,
                                            vcenters_cb, g_object_ref (self));
    }

  if (self->vcenter != NULL && !g_str_equal (fb_protected_item_get_discovery_type (self->item) ?
                                             fb_protected_item_get_discovery_type (self->item) : "", "PhysicalServer"))
    {
      self->pending++;
      fb_vcenter_client_find_vm_async (self->vcenter, fb_protected_item_get_friendly_name (self->item),
                                       self->cancellable, vm_cb, g_object_ref (self));
    }

  fb_item_page_update (self);
}

gboolean
fb_item_page_is_loaded (FbItemPage *self)
{
  g_return_val_if_fail (FB_IS_ITEM_PAGE (self), FALSE);

  return self->pending == 0;
}

static void
job_finished_cb (FbItemPage *self,
                 FbJob      *job)
{
  const char *target = fb_job_get_target_object_id (job);

  if (fb_page_id_equal (target, fb_protected_item_get_name (self->item)) ||
      fb_page_id_equal (target, fb_protected_item_get_id (self->item)) ||
      fb_page_id_equal (fb_job_get_target_object_name (job), fb_protected_item_get_friendly_name (self->item)))
    fb_item_page_reload (self);
}

/* ---- actions ------------------------------------------------------------------------ */

static void
open_assistant (FbItemPage *self,
                FbNextStep  step)
{
  FbAssistant *assistant = fb_assistant_new_for_item (self->session, self->item, step);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (assistant), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (assistant));
}

static void
next_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FbItemPage *self = FB_ITEM_PAGE (widget);
  FbNextStep step = fb_protected_item_get_next_step (self->item);

  if (step != FB_NEXT_STEP_NONE)
    open_assistant (self, step);
}

static void
cancel_failover_run_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *job = fb_job_monitor_run_action_finish (FB_JOB_MONITOR (source), result, &error);

  if (job == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("cancel failover: %s", error->message);
}

static void
cancel_failover_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  FbItemPage *self = user_data;
  g_autoptr(FbAction) action = NULL;

  if (!g_str_equal (response, "cancel-failover"))
    return;

  action = fb_action_new_failover_cancel (fb_protected_item_get_id (self->item));
  fb_job_monitor_run_action_async (fb_session_get_job_monitor (self->session), action,
                                   self->cancellable, cancel_failover_run_cb, NULL);
}

static void
operation_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FbItemPage *self = FB_ITEM_PAGE (widget);
  const char *what = g_variant_get_string (parameter, NULL);

  if (g_str_equal (what, "failback"))
    open_assistant (self, FB_NEXT_STEP_FAILBACK);
  else if (g_str_equal (what, "commit"))
    open_assistant (self, FB_NEXT_STEP_COMMIT);
  else if (g_str_equal (what, "reprotect-to-on-premises"))
    open_assistant (self, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES);
  else if (g_str_equal (what, "reprotect-to-azure"))
    open_assistant (self, FB_NEXT_STEP_REPROTECT_TO_AZURE);
  else if (g_str_equal (what, "failover"))
    open_assistant (self, FB_NEXT_STEP_FAILOVER);
  else if (g_str_equal (what, "cancel-failover"))
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _("Cancel the Failover?"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("The failover of %s is undone: the machine in Azure is removed and replication continues as before."),
                                      fb_protected_item_get_friendly_name (self->item));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "keep", _("_Keep Failover"),
                                        "cancel-failover", _("_Cancel Failover"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-failover",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
      g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_failover_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
fb_item_page_constructed (GObject *object)
{
  FbItemPage *self = FB_ITEM_PAGE (object);

  G_OBJECT_CLASS (fb_item_page_parent_class)->constructed (object);

  if (self->item == NULL || self->session == NULL)   /* the bare template (tests) */
    return;

  self->notify_id = g_signal_connect_object (self->item, "notify", G_CALLBACK (item_notify_cb),
                                             self, G_CONNECT_SWAPPED);
  if (self->session != NULL && fb_session_get_ready (self->session))
    {
      self->job_finished_id = g_signal_connect_object (fb_session_get_job_monitor (self->session), "job-finished",
                                                       G_CALLBACK (job_finished_cb), self, G_CONNECT_SWAPPED);
      self->vcenter = fb_page_new_vcenter_client (self->session);
    }

  fb_item_page_reload (self);
  fb_item_page_update (self);
}

static void
fb_item_page_dispose (GObject *object)
{
  FbItemPage *self = FB_ITEM_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->update_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_ITEM_PAGE);
  g_clear_object (&self->vcenter);
  g_clear_object (&self->item);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fb_item_page_parent_class)->dispose (object);
}

static void
fb_item_page_finalize (GObject *object)
{
  FbItemPage *self = FB_ITEM_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->points);
  g_clear_object (&self->jobs);
  g_clear_pointer (&self->asr_vcenters, g_ptr_array_unref);
  g_clear_pointer (&self->esxi_host, g_free);

  G_OBJECT_CLASS (fb_item_page_parent_class)->finalize (object);
}

static void
fb_item_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbItemPage *self = FB_ITEM_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->pending == 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_item_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FbItemPage *self = FB_ITEM_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_item_page_class_init (FbItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_item_page_constructed;
  object_class->dispose = fb_item_page_dispose;
  object_class->finalize = fb_item_page_finalize;
  object_class->get_property = fb_item_page_get_property;
  object_class->set_property = fb_item_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, FB_TYPE_PROTECTED_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, os_icon);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, phase_pill);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, round_trip);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, next_step_button);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, busy_label);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, health_list);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, points_list);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, points_group);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, infra_list);
  gtk_widget_class_bind_template_child (widget_class, FbItemPage, jobs_list);
  gtk_widget_class_bind_template_callback (widget_class, jobs_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "item.next-step", NULL, next_step_action);
  gtk_widget_class_install_action (widget_class, "item.operation", "s", operation_action);
}

static void
fb_item_page_init (FbItemPage *self)
{
  g_type_ensure (FB_TYPE_ROUND_TRIP_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->points = g_list_store_new (FB_TYPE_RECOVERY_POINT);
  self->jobs = g_list_store_new (FB_TYPE_JOB);
}

FbItemPage *
fb_item_page_new (FbSession       *session,
                  FbProtectedItem *item)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_PROTECTED_ITEM (item), NULL);

  return g_object_new (FB_TYPE_ITEM_PAGE, "session", session, "item", item, NULL);
}

FbSession *
fb_item_page_get_session (FbItemPage *self)
{
  g_return_val_if_fail (FB_IS_ITEM_PAGE (self), NULL);
  return self->session;
}

FbProtectedItem *
fb_item_page_get_item (FbItemPage *self)
{
  g_return_val_if_fail (FB_IS_ITEM_PAGE (self), NULL);
  return self->item;
}
