/* fb-vault-view.c - one vault: Replicated Items, Recovery Plans, Jobs, Infrastructure
 *
 * An AdwViewStack of the vault's four views and the AdwViewSwitcherBar that takes over
 * from the header bar's AdwViewSwitcherTitle when the window is narrow. The window keeps
 * one vault view per vault, so each keeps its selection, filters and scroll position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-infrastructure-view.h"
#include "fb-items-view.h"
#include "fb-jobs-view.h"
#include "fb-plans-view.h"
#include "fb-vault-view.h"

struct _FbVaultView
{
  GtkWidget parent_instance;

  FbSession *session;
  FbVault *vault;

  GtkWidget *box;
  AdwViewStack *stack;
  AdwViewSwitcherBar *switcher_bar;
};

G_DEFINE_FINAL_TYPE (FbVaultView, fb_vault_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_switcher_tooltips (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) && g_object_class_find_property (G_OBJECT_GET_CLASS (child), "label") != NULL)
        {
          g_autofree char *label = NULL;

          g_object_get (child, "label", &label, NULL);
          gtk_widget_set_tooltip_text (child, label);
          continue;
        }
      set_switcher_tooltips (child);
    }
}

static void
fb_vault_view_constructed (GObject *object)
{
  FbVaultView *self = FB_VAULT_VIEW (object);
  AdwViewStackPage *page;

  G_OBJECT_CLASS (fb_vault_view_parent_class)->constructed (object);

  /* Built without a session only by the template test. */
  if (self->session == NULL || self->vault == NULL)
    return;

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (fb_items_view_new (self->session, self->vault)),
                                    "items", _("Replicated Items"));
  adw_view_stack_page_set_icon_name (page, "computer-symbolic");

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (fb_plans_view_new (self->session, self->vault)),
                                    "plans", _("Recovery Plans"));
  adw_view_stack_page_set_icon_name (page, "view-list-symbolic");

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (fb_jobs_view_new (self->session, self->vault)),
                                    "jobs", _("Jobs"));
  adw_view_stack_page_set_icon_name (page, "document-open-recent-symbolic");

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (fb_infrastructure_view_new (self->session, self->vault)),
                                    "infrastructure", _("Infrastructure"));
  adw_view_stack_page_set_icon_name (page, "network-server-symbolic");

  /* At 360 px the bottom bar shortens long titles ("Wiederherstellungspläne"): the
   * whole title shows as the button's tooltip. */
  set_switcher_tooltips (GTK_WIDGET (self->switcher_bar));
}

static void
fb_vault_view_dispose (GObject *object)
{
  FbVaultView *self = (FbVaultView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_VAULT_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (fb_vault_view_parent_class)->dispose (object);
}

static void
fb_vault_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FbVaultView *self = FB_VAULT_VIEW (object);

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
fb_vault_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FbVaultView *self = FB_VAULT_VIEW (object);

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
fb_vault_view_class_init (FbVaultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fb_vault_view_constructed;
  object_class->dispose = fb_vault_view_dispose;
  object_class->get_property = fb_vault_view_get_property;
  object_class->set_property = fb_vault_view_set_property;

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-vault-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FbVaultView, box);
  gtk_widget_class_bind_template_child (widget_class, FbVaultView, stack);
  gtk_widget_class_bind_template_child (widget_class, FbVaultView, switcher_bar);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fb_vault_view_init (FbVaultView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fb_vault_view_new:
 *
 * Returns: (transfer floating): a new vault view
 */
FbVaultView *
fb_vault_view_new (FbSession *session,
                   FbVault   *vault)
{
  g_return_val_if_fail (FB_IS_SESSION (session), NULL);
  g_return_val_if_fail (FB_IS_VAULT (vault), NULL);

  return g_object_new (FB_TYPE_VAULT_VIEW,
                       "session", session,
                       "vault", vault,
                       NULL);
}

FbSession *
fb_vault_view_get_session (FbVaultView *self)
{
  g_return_val_if_fail (FB_IS_VAULT_VIEW (self), NULL);

  return self->session;
}

FbVault *
fb_vault_view_get_vault (FbVaultView *self)
{
  g_return_val_if_fail (FB_IS_VAULT_VIEW (self), NULL);

  return self->vault;
}

/**
 * fb_vault_view_get_stack:
 *
 * Returns: (transfer none): the views
 */
AdwViewStack *
fb_vault_view_get_stack (FbVaultView *self)
{
  g_return_val_if_fail (FB_IS_VAULT_VIEW (self), NULL);

  return self->stack;
}

/**
 * fb_vault_view_get_switcher_bar:
 *
 * Returns: (transfer none): the bottom view switcher
 */
AdwViewSwitcherBar *
fb_vault_view_get_switcher_bar (FbVaultView *self)
{
  g_return_val_if_fail (FB_IS_VAULT_VIEW (self), NULL);

  return self->switcher_bar;
}

/**
 * fb_vault_view_get_view:
 * @name: "items", "plans", "jobs" or "infrastructure"
 *
 * Returns: (transfer none) (nullable): the view
 */
GtkWidget *
fb_vault_view_get_view (FbVaultView *self,
                        const char  *name)
{
  g_return_val_if_fail (FB_IS_VAULT_VIEW (self), NULL);

  return adw_view_stack_get_child_by_name (self->stack, name);
}

void
fb_vault_view_set_visible_view (FbVaultView *self,
                                const char  *name)
{
  g_return_if_fail (FB_IS_VAULT_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

void
fb_vault_view_search (FbVaultView *self)
{
  GtkWidget *items;

  g_return_if_fail (FB_IS_VAULT_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, "items");
  items = fb_vault_view_get_view (self, "items");
  if (FB_IS_ITEMS_VIEW (items))
    fb_items_view_focus_search (FB_ITEMS_VIEW (items));
}
