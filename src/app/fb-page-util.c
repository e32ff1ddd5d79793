/* fb-page-util.c - small helpers shared by the item page, the plan page and the assistant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fb-items-view.h"
#include "fb-labels.h"
#include "fb-page-util.h"

const char *
fb_page_step_label (FbNextStep step)
{
  switch (step)
    {
    case FB_NEXT_STEP_FAILOVER:
      return _("Fail Over…");
    case FB_NEXT_STEP_COMMIT:
      return _("Commit…");
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
      return _("Reprotect to On-Premises…");
    case FB_NEXT_STEP_FAILBACK:
      return _("Fail Back…");
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      return _("Reprotect to Azure…");
    case FB_NEXT_STEP_NONE:
    default:
      return NULL;
    }
}

const char *
fb_page_step_verb (FbNextStep step)
{
  switch (step)
    {
    case FB_NEXT_STEP_FAILOVER:
      return _("Fail Over");
    case FB_NEXT_STEP_COMMIT:
      return _("Commit");
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      return _("Reprotect");
    case FB_NEXT_STEP_FAILBACK:
      return _("Fail Back");
    case FB_NEXT_STEP_NONE:
    default:
      return NULL;
    }
}

const char *
fb_page_provider_label (FbProtectedItem *item)
{
  const char *provider = fb_protected_item_get_provider_type (item);

  if (provider != NULL)
    return fb_provider_label (provider);
  /* TRANSLATORS: the ASR architecture: classic (configuration server) or modern (appliance) */
  return fb_protected_item_is_modern (item) ? C_("architecture", "Modern") : C_("architecture", "Classic");
}

char *
fb_page_provider_list (const char * const *providers)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; providers != NULL && providers[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) fb_provider_label (providers[i]));
  g_ptr_array_add (labels, NULL);

  /* Translators: the separator of a list ("VMware to Azure (classic), VMware to Azure (modern)") */
  return g_strjoinv (_(", "), (char **) labels->pdata);
}

const char *
fb_page_operation_label (const char *operation)
{
  const char *label = fb_operation_label (operation);

  return label != NULL ? label : operation;
}

const char *
fb_page_os_icon_name (FbProtectedItem *item)
{
  const char *discovery = fb_protected_item_get_discovery_type (item);

  if (discovery != NULL && g_ascii_strcasecmp (discovery, "PhysicalServer") == 0)
    return "computer-symbolic";
  return "video-display-symbolic";
}

const char *
fb_page_phase_css_class (FbPhase phase)
{
  /* the same colours as the phase pills of the lists */
  return fb_items_view_phase_css_class (phase);
}

char *
fb_page_location_name (const char *location)
{
  static const struct { const char *id; const char *name; } names[] = {
    { "germanywestcentral", N_("Germany West Central") },
    { "germanynorth", N_("Germany North") },
    { "westeurope", N_("West Europe") },
    { "northeurope", N_("North Europe") },
    { "eastus", N_("East US") },
    { "westus", N_("West US") },
  };

  if (location == NULL || *location == '\0')
    return g_strdup ("Azure");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (location, names[i].id) == 0)
      return g_strdup (_(names[i].name));

  return g_strdup (location);
}

gboolean
fb_page_id_equal (const char *a,
                  const char *b)
{
  if (a == NULL || b == NULL)
    return FALSE;
  return g_ascii_strcasecmp (a, b) == 0;
}

gboolean
fb_page_id_contains (const char *id,
                     const char *part)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (id == NULL || part == NULL)
    return FALSE;
  a = g_ascii_strdown (id, -1);
  b = g_ascii_strdown (part, -1);
  return strstr (a, b) != NULL;
}

FbVault *
fb_page_find_vault (FbSession  *session,
                    const char *arm_id)
{
  if (session == NULL || arm_id == NULL)
    return NULL;
  return fb_session_find_vault_for_id (session, arm_id);
}

FbProtectedItem *
fb_page_find_item (FbSession  *session,
                   FbVault    *vault,
                   const char *id)
{
  GListModel *items;
  guint n;

  if (session == NULL || vault == NULL || id == NULL)
    return NULL;

  items = fb_session_get_items (session, vault);
  if (items == NULL)
    return NULL;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);

      if (fb_page_id_equal (fb_protected_item_get_id (item), id) ||
          fb_page_id_equal (fb_protected_item_get_name (item), id))
        return item;
    }

  return NULL;
}

FbFabric *
fb_page_find_fabric (FbSession  *session,
                     FbVault    *vault,
                     const char *name)
{
  GListModel *fabrics;
  guint n;

  if (session == NULL || vault == NULL || name == NULL)
    return NULL;

  fabrics = fb_session_get_fabrics (session, vault);
  if (fabrics == NULL)
    return NULL;

  n = g_list_model_get_n_items (fabrics);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbFabric) fabric = g_list_model_get_item (fabrics, i);

      if (fb_page_id_equal (fb_fabric_get_name (fabric), name) ||
          fb_page_id_equal (fb_fabric_get_friendly_name (fabric), name) ||
          fb_page_id_equal (fb_fabric_get_id (fabric), name))
        return fabric;
    }

  return NULL;
}

FbFabric *
fb_page_find_onprem_fabric (FbSession       *session,
                            FbVault         *vault,
                            FbProtectedItem *item)
{
  gboolean modern = fb_protected_item_is_modern (item);
  FbFabric *fabric;
  GListModel *fabrics;

  /* The item's fabric in its ARM path, or its primary fabric by name, when it is of the
   * item's architecture (configuration server or replication appliance). */
  fabric = fb_page_find_fabric (session, vault, fb_protected_item_get_fabric_name (item));
  if (fabric != NULL && (modern ? fb_fabric_is_modern_vmware (fabric) : fb_fabric_is_classic_vmware (fabric)))
    return fabric;

  fabric = fb_page_find_fabric (session, vault, fb_protected_item_get_primary_fabric_friendly_name (item));
  if (fabric != NULL && (modern ? fb_fabric_is_modern_vmware (fabric) : fb_fabric_is_classic_vmware (fabric)))
    return fabric;

  /* else the vault's first fabric of that architecture */
  fabrics = session && vault ? fb_session_get_fabrics (session, vault) : NULL;
  for (guint i = 0; fabrics != NULL && i < g_list_model_get_n_items (fabrics); i++)
    {
      g_autoptr(FbFabric) candidate = g_list_model_get_item (fabrics, i);

      if (modern ? fb_fabric_is_modern_vmware (candidate) : fb_fabric_is_classic_vmware (candidate))
        return candidate;
    }

  return fabric;
}

FbVcenterClient *
fb_page_new_vcenter_client (FbSession *session)
{
  const char *uri;
  FbVcenterClient *client;

  if (session == NULL || fb_session_get_kind (session) != FB_SESSION_KIND_DEMO)
    return NULL;

  uri = fb_session_get_vcenter_uri (session);
  if (uri == NULL)
    return NULL;

  /* The demo site's simulated vCenter and its published demo account
   * (data/scenarios/README.md); real vCenters come from the preferences. */
  client = fb_vcenter_client_new (uri, "administrator@vsphere.local", NULL);
  fb_vcenter_client_set_password (client, "demo-password");
  fb_vcenter_client_set_task_poll_interval (client, 50);

  return client;
}

const char *
fb_page_vcenter_name (FbSession *session)
{
  /* the demo's simulated vCenter listens on 127.0.0.1; Site Recovery knows it by the name
   * its scenario gives it (data/scenarios/demo.json: "vcenter": { "server": ... }) */
  return session != NULL ? fb_session_get_vcenter_name (session) : NULL;
}

guint
fb_page_countdown_tick_ms (FbSession *session)
{
  const char *speed_text;
  double speed;

  if (session == NULL || fb_session_get_kind (session) != FB_SESSION_KIND_DEMO)
    return 1000;

  speed_text = g_getenv ("FAILBACK_DEMO_SPEED");
  if (speed_text == NULL)
    return 1000;

  speed = g_ascii_strtod (speed_text, NULL);
  if (!isfinite (speed) || speed <= 1.0)
    return 1000;

  return MAX (1, (guint) (1000.0 / speed));
}

void
fb_page_list_box_remove_all (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

GtkWidget *
fb_page_action_row_new (const char *title,
                        const char *subtitle,
                        const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);

  return row;
}

const char *
fb_page_health_icon_name (const char *health)
{
  if (health == NULL || g_ascii_strcasecmp (health, "Normal") == 0)
    return "emblem-ok-symbolic";
  if (g_ascii_strcasecmp (health, "Critical") == 0)
    return "dialog-error-symbolic";
  return "dialog-warning-symbolic";
}

const char *
fb_page_health_css_class (const char *health)
{
  if (health == NULL || g_ascii_strcasecmp (health, "Normal") == 0)
    return "success";
  if (g_ascii_strcasecmp (health, "Critical") == 0)
    return "error";
  return "warning";
}
