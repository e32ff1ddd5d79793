/* fb-infrastructure-view.c - a vault's on-premises infrastructure and its health
 *
 * Per VMware fabric: the configuration server (classic) or replication appliance
 * (modern), its process servers, master targets with their retention volumes and
 * datastores, reprotect agents; then the vault's vCenters. Each row says its health
 * and how long ago its last heartbeat came. Rebuilt once per refresh of the vault.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-fabric-datastore.h"
#include "fb-format.h"
#include "fb-infrastructure-view.h"
#include "fb-items-view.h"
#include "fb-json.h"
#include "fb-retention-volume.h"

/* A heartbeat older than this is a warning of its own. */
#define STALE_HEARTBEAT (30 * G_TIME_SPAN_MINUTE)

struct _FbInfrastructureView
{
  GtkWidget parent_instance;

  FbSession *session;
  FbVault *vault;
  GCancellable *cancellable;
  GPtrArray *vcenters;   /* JsonNode, from the last list */
  GHashTable *collapsed; /* ids of the master targets the user collapsed */

  GtkStack *stack;
  GtkSpinner *spinner;
  GtkScrolledWindow *scroller;
  GtkBox *groups_box;

  guint rebuild_id;
  guint vcenters_loaded : 1;
};

G_DEFINE_FINAL_TYPE (FbInfrastructureView, fb_infrastructure_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void queue_rebuild (FbInfrastructureView *self);

/* Rows ---------------------------------------------------------------------- */

static char *
heartbeat_text (GDateTime *heartbeat,
                GDateTime *now)
{
  g_autofree char *age = NULL;

  if (heartbeat == NULL)
    return g_strdup (_("No heartbeat"));

  age = fb_format_age (heartbeat, now);
  /* Translators: %s is an age, e.g. "2 minutes ago" */
  return g_strdup_printf (_("Heartbeat %s"), age);
}

static gboolean
heartbeat_stale (GDateTime *heartbeat,
                 GDateTime *now)
{
  return heartbeat == NULL || g_date_time_difference (now, heartbeat) > STALE_HEARTBEAT;
}

/* "Normal", "Warning", "Critical" or NULL, made worse by errors or a stale heartbeat. */
static const char *
effective_health (const char *health,
                  GListModel *errors,
                  GDateTime  *heartbeat,
                  GDateTime  *now)
{
  gboolean has_errors = errors != NULL && g_list_model_get_n_items (errors) > 0;

  if (health != NULL && g_ascii_strcasecmp (health, "Critical") == 0)
    return "Critical";
  if (has_errors || heartbeat_stale (heartbeat, now) ||
      (health != NULL && g_ascii_strcasecmp (health, "Warning") == 0))
    return "Warning";
  return "Normal";
}

static void
add_health (GtkWidget  *row,
            const char *health)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (fb_items_view_health_icon_name (health));
  GtkWidget *label = gtk_label_new (fb_items_view_health_label (health));

  gtk_widget_add_css_class (icon, fb_items_view_health_css_class (health));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fb_items_view_health_label (health), -1);
  gtk_widget_add_css_class (label, "dim-label");
  if (ADW_IS_EXPANDER_ROW (row))
    {
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), label);
    }
  else
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "—");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  return row;
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

/* "120 GB free of 500 GB" */
static char *
free_of (guint64 free_bytes,
         guint64 capacity_bytes)
{
  g_autofree char *free_text = fb_format_size (free_bytes);
  g_autofree char *capacity_text = fb_format_size (capacity_bytes);

  /* Translators: free space and capacity, e.g. "120 GB free of 500 GB" */
  return g_strdup_printf (_("%s free of %s"), free_text, capacity_text);
}

/* "a · b · c", leaving out the parts that are NULL or empty. */
static char *
join3 (const char *a,
       const char *b,
       const char *c)
{
  const char *parts[] = { a, b, c };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
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

static void
expanded_cb (AdwExpanderRow       *row,
             GParamSpec           *pspec,
             FbInfrastructureView *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "fb-id");

  if (id == NULL)
    return;
  if (adw_expander_row_get_expanded (row))
    g_hash_table_remove (self->collapsed, id);
  else
    g_hash_table_add (self->collapsed, g_strdup (id));
}

static void
add_fabric (FbInfrastructureView *self,
            FbFabric             *fabric,
            GDateTime            *now)
{
  GListModel *process_servers = fb_fabric_get_process_servers (fabric);
  GListModel *master_targets = fb_fabric_get_master_target_servers (fabric);
  GListModel *agents = fb_fabric_get_reprotect_agents (fabric);
  gboolean modern = fb_fabric_is_modern_vmware (fabric);
  const char *name = fb_fabric_get_friendly_name (fabric);
  GtkWidget *group;
  GtkWidget *row;

  if (name == NULL)
    name = fb_fabric_get_name (fabric);

  /* The configuration server or appliance itself. */
  {
    /* The modernized appliance reports its heartbeat per component, not for the fabric. */
    GDateTime *last_heartbeat = fb_fabric_get_last_heartbeat (fabric);
    g_autofree char *heartbeat = last_heartbeat != NULL || !modern ? heartbeat_text (last_heartbeat, now) : NULL;
    g_autofree char *version = NULL;
    g_autofree char *subtitle = NULL;

    if (fb_fabric_get_agent_version (fabric) != NULL)
      /* Translators: %s is a software version */
      version = g_strdup_printf (_("Version %s"), fb_fabric_get_agent_version (fabric));
    subtitle = join3 (fb_fabric_get_ip_address (fabric), heartbeat, version);

    group = new_group (name, modern ? _("Replication appliance (modernized)") : _("Configuration server (classic)"));
    row = new_row (fb_fabric_get_host_name (fabric) != NULL ? fb_fabric_get_host_name (fabric) : name, subtitle);
    add_health (row, effective_health (fb_fabric_get_health (fabric), fb_fabric_get_health_errors (fabric),
                                       last_heartbeat != NULL || !modern ? last_heartbeat : now, now));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    gtk_box_append (self->groups_box, group);
  }

  if (process_servers != NULL && g_list_model_get_n_items (process_servers) > 0)
    {
      group = new_group (_("Process Servers"), name);
      for (guint i = 0; i < g_list_model_get_n_items (process_servers); i++)
        {
          g_autoptr(FbProcessServer) ps = g_list_model_get_item (process_servers, i);
          g_autofree char *heartbeat = heartbeat_text (fb_process_server_get_last_heartbeat (ps), now);
          gint64 machines = MAX (fb_process_server_get_replication_pair_count (ps),
                                 MAX (fb_process_server_get_machine_count (ps),
                                      fb_process_server_get_protected_item_count (ps)));
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u machine", "%u machines", (gulong) machines),
                                                    (guint) machines);
          g_autofree char *subtitle = join3 (fb_process_server_get_ip_address (ps), heartbeat, count);

          row = new_row (fb_process_server_get_friendly_name (ps), subtitle);
          add_health (row, effective_health (fb_process_server_get_health (ps), fb_process_server_get_health_errors (ps),
                                             fb_process_server_get_last_heartbeat (ps), now));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->groups_box, group);
    }

  if (master_targets != NULL && g_list_model_get_n_items (master_targets) > 0)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is the configuration server the master targets belong to */
      description = g_strdup_printf (_("%s · where failed-back machines are written to on-premises"), name);
      group = new_group (_("Master Targets"), description);
      for (guint i = 0; i < g_list_model_get_n_items (master_targets); i++)
        {
          g_autoptr(FbMasterTarget) mt = g_list_model_get_item (master_targets, i);
          GListModel *volumes = fb_master_target_get_retention_volumes (mt);
          GListModel *datastores = fb_master_target_get_datastores (mt);
          g_autofree char *heartbeat = heartbeat_text (fb_master_target_get_last_heartbeat (mt), now);
          g_autofree char *subtitle = join3 (fb_master_target_get_os_type (mt), fb_master_target_get_ip_address (mt),
                                                  heartbeat);

          row = adw_expander_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fb_master_target_get_name (mt));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                         !g_hash_table_contains (self->collapsed, fb_master_target_get_id (mt)));
          g_object_set_data_full (G_OBJECT (row), "fb-id", g_strdup (fb_master_target_get_id (mt)), g_free);
          g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          add_health (row, effective_health (NULL, fb_master_target_get_health_errors (mt),
                                             fb_master_target_get_last_heartbeat (mt), now));

          for (guint k = 0; volumes != NULL && k < g_list_model_get_n_items (volumes); k++)
            {
              g_autoptr(FbRetentionVolume) volume = g_list_model_get_item (volumes, k);
              g_autofree char *space = free_of (fb_retention_volume_get_free_space_in_bytes (volume),
                                                fb_retention_volume_get_capacity_in_bytes (volume));
              /* Translators: a master target's retention volume, e.g. "Retention volume E:\" */
              g_autofree char *title = g_strdup_printf (_("Retention volume %s"),
                                                        fb_retention_volume_get_volume_name (volume));
              GtkWidget *child = new_row (title, space);

              adw_action_row_add_prefix (ADW_ACTION_ROW (child), gtk_image_new_from_icon_name ("drive-harddisk-symbolic"));
              adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
            }
          for (guint k = 0; datastores != NULL && k < g_list_model_get_n_items (datastores); k++)
            {
              g_autoptr(FbFabricDatastore) ds = g_list_model_get_item (datastores, k);
              g_autofree char *space = free_of ((guint64) (fb_fabric_datastore_get_free_space_gb (ds) * 1024 * 1024 * 1024),
                                                (guint64) (fb_fabric_datastore_get_capacity_gb (ds) * 1024 * 1024 * 1024));
              g_autofree char *subtitle2 = join3 (fb_fabric_datastore_get_datastore_type (ds), space, NULL);
              /* Translators: a vSphere datastore, e.g. "Datastore ds-vmfs-01" */
              g_autofree char *title = g_strdup_printf (_("Datastore %s"), fb_fabric_datastore_get_symbolic_name (ds));
              GtkWidget *child = new_row (title, subtitle2);

              adw_action_row_add_prefix (ADW_ACTION_ROW (child), gtk_image_new_from_icon_name ("drive-multidisk-symbolic"));
              adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
            }
          name_inner_lists (row, fb_master_target_get_name (mt));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->groups_box, group);
    }

  if (agents != NULL && g_list_model_get_n_items (agents) > 0)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is the replication appliance the agents belong to */
      description = g_strdup_printf (_("%s · replicate machines back to on-premises"), name);
      group = new_group (_("Reprotect Agents"), description);
      for (guint i = 0; i < g_list_model_get_n_items (agents); i++)
        {
          g_autoptr(FbReprotectAgent) agent = g_list_model_get_item (agents, i);
          g_autofree char *heartbeat = heartbeat_text (fb_reprotect_agent_get_last_heartbeat (agent), now);
          gint64 machines = fb_reprotect_agent_get_protected_item_count (agent);
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u machine", "%u machines", (gulong) machines),
                                                    (guint) machines);
          g_autofree char *subtitle = join3 (fb_reprotect_agent_get_fqdn (agent), heartbeat, count);

          row = new_row (fb_reprotect_agent_get_name (agent), subtitle);
          add_health (row, effective_health (fb_reprotect_agent_get_health (agent),
                                             fb_reprotect_agent_get_health_errors (agent),
                                             fb_reprotect_agent_get_last_heartbeat (agent), now));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->groups_box, group);
    }
}

static void
add_vcenters (FbInfrastructureView *self,
              GDateTime            *now)
{
  GtkWidget *group;

  if (self->vcenters == NULL || self->vcenters->len == 0)
    return;

  group = new_group (_("vCenter Servers"), NULL);
  for (guint i = 0; i < self->vcenters->len; i++)
    {
      JsonObject *object = NULL;
      g_autofree char *name = NULL;
      g_autofree char *ip = NULL;
      g_autofree char *status = NULL;
      g_autoptr(GDateTime) heartbeat = NULL;
      g_autofree char *heartbeat_label = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *discovery = NULL;
      JsonArray *errors = NULL;
      gboolean failed;
      GtkWidget *row;

      /* Every member is type-checked; a malformed one leaves the row out. */
      if (!fb_json_node_get_object (self->vcenters->pdata[i], &object, NULL) ||
          !fb_json_get_string (object, "properties.friendlyName", &name, NULL) ||
          !fb_json_get_string (object, "properties.ipAddress", &ip, NULL) ||
          !fb_json_get_string (object, "properties.discoveryStatus", &status, NULL) ||
          !fb_json_get_date_time (object, "properties.lastHeartbeat", &heartbeat, NULL) ||
          !fb_json_get_array (object, "properties.healthErrors", &errors, NULL))
        continue;

      if (name == NULL)
        fb_json_get_string (object, "name", &name, NULL);

      failed = (status != NULL && g_ascii_strcasecmp (status, "Completed") != 0) ||
               (errors != NULL && json_array_get_length (errors) > 0);
      heartbeat_label = heartbeat_text (heartbeat, now);
      if (status != NULL)
        /* Translators: %s is the discovery status of a vCenter, as Azure says it ("Completed", "Failed") */
        discovery = g_strdup_printf (_("Discovery: %s"), status);
      subtitle = join3 (ip, heartbeat_label, discovery);

      row = new_row (name, subtitle);
      add_health (row, failed ? "Critical" : heartbeat_stale (heartbeat, now) ? "Warning" : "Normal");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->groups_box, group);
}

static void
fb_infrastructure_view_rebuild (FbInfrastructureView *self)
{
  GListModel *fabrics = fb_session_get_fabrics (self->session, self->vault);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GtkWidget *child;
  double scroll;
  guint n_shown = 0;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (fabrics); i++)
    {
      g_autoptr(FbFabric) fabric = g_list_model_get_item (fabrics, i);

      if (!fb_fabric_is_classic_vmware (fabric) && !fb_fabric_is_modern_vmware (fabric))
        continue;
      add_fabric (self, fabric, now);
      n_shown++;
    }
  add_vcenters (self, now);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);

  if (n_shown > 0 || (self->vcenters != NULL && self->vcenters->len > 0))
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
  FbInfrastructureView *self = user_data;

  self->rebuild_id = 0;
  fb_infrastructure_view_rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (FbInfrastructureView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, self, NULL);
}

static void
vcenters_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  FbInfrastructureView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vcenters = NULL;

  vcenters = fb_site_recovery_list_json_finish (FB_SITE_RECOVERY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The session shows load errors; the rest of the view stands without vCenters. */
  if (error != NULL)
    g_debug ("vCenters of %s: %s", fb_vault_get_name (self->vault), error->message);

  g_clear_pointer (&self->vcenters, g_ptr_array_unref);
  self->vcenters = g_steal_pointer (&vcenters);
  self->vcenters_loaded = TRUE;
  queue_rebuild (self);
}

static void
fb_infrastructure_view_load_vcenters (FbInfrastructureView *self)
{
  FbSiteRecovery *site_recovery = fb_session_get_site_recovery (self->session);

  if (site_recovery == NULL || !fb_session_get_ready (self->session))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->vcenters_loaded = FALSE;

  fb_site_recovery_list_vcenters_async (site_recovery, fb_vault_get_id (self->vault), self->cancellable,
                                        vcenters_cb, self);
}

static void
refreshed_cb (FbInfrastructureView *self,
              FbVault              *vault)
{
  if (vault != self->vault)
    return;

  queue_rebuild (self);
  fb_infrastructure_view_load_vcenters (self);
}

static void
fb_infrastructure_view_constructed (GObject *object)
{
  FbInfrastructureView *self = FB_INFRASTRUCTURE_VIEW (object);

  G_OBJECT_CLASS (fb_infrastructure_view_parent_class)->constructed (object);

  /* Built without a session only by the template test. */
  if (self->session == NULL || self->vault == NULL)
    return;

  g_signal_connect_object (self->session, "refreshed", G_CALLBACK (refreshed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (fb_session_get_fabrics (self->session, self->vault), "items-changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);

  fb_infrastructure_view_rebuild (self);
  if (fb_session_get_vault_loaded (self->session, self->vault))
    fb_infrastructure_view_load_vcenters (self);
}

static void
fb_infrastructure_view_dispose (GObject *object)
{
  FbInfrastructureView *self = (FbInfrastructureView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_INFRASTRUCTURE_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (fb_infrastructure_view_parent_class)->dispose (object);
}

static void
fb_infrastructure_view_finalize (GObject *object)
{
  FbInfrastructureView *self = (FbInfrastructureView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->vcenters, g_ptr_array_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);

  G_OBJECT_CLASS (fb_infrastructure_view_parent_class)->finalize (object);
}

static void
fb_infrastructure_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  FbInfrastructureView *self = FB_INFRASTRUCTURE_VIEW (object);

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
fb_infrastructure_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  FbInfrastructureView *self = FB_INFRASTRUCTURE_VIEW (object);

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
fb_infrastructure_view_class_init (FbInfrastructureViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_infrastructure_view_constructed;
  object_class->dispose = fb_infrastructure_view_dispose;
  object_class->finalize = fb_infrastructure_view_finalize;
  object_class->get_property = fb_infrastructure_view_get_property;
  object_class->set_property = fb_infrastructure_view_set_property;

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-infrastructure-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FbInfrastructureView, stack);
  gtk_widget_class_bind_template_child (widget_class, FbInfrastructureView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FbInfrastructureView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FbInfrastructureView, groups_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fb_infrastructure_view_init (FbInfrastructureView *self)
{
  self->cancellable = g_cancellable_new ();
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fb_infrastructure_view_new:
 *
 * Returns: (transfer floating): a new infrastructure view
 */
FbInfrastructureView *
fb_infrastructure_view_new (FbSession *session,
                            FbVault   *vault)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return g_object_new (FB_TYPE_INFRASTRUCTURE_VIEW,
                       "session", session,
                       "vault", vault,
                       NULL);
}

FbSession *
fb_infrastructure_view_get_session (FbInfrastructureView *self)
{
  g_return_val_if_fail (FB_IS_INFRASTRUCTURE_VIEW (self), NULL);

  return self->session;
}

FbVault *
fb_infrastructure_view_get_vault (FbInfrastructureView *self)
{
  g_return_val_if_fail (FB_IS_INFRASTRUCTURE_VIEW (self), NULL);

  return self->vault;
}

const char *
fb_infrastructure_view_get_state (FbInfrastructureView *self)
{
  g_return_val_if_fail (FB_IS_INFRASTRUCTURE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
fb_infrastructure_view_get_vcenters_loaded (FbInfrastructureView *self)
{
  g_return_val_if_fail (FB_IS_INFRASTRUCTURE_VIEW (self), FALSE);

  return self->vcenters_loaded;
}
