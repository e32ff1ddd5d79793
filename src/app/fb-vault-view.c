/* fb-vault-view.c - one vault: Replicated Items, Recovery Plans, Jobs, Infrastructure
 *
 * An AdwViewStack of the vault's four views and the AdwViewSwitcherBar that takes over
 * from the header bar's AdwViewSwitcherTitle when the window is narrow. When a view's
 * title does not fit its button of the bar (at 360 px, "Replicated Items", and most
 * titles in German), the bar shows icons only - each button keeps the whole title as its
 * tooltip and accessible name - instead of shortening the titles to "Replizierte E…".
 * The window keeps one vault view per vault, so each keeps its selection, filters and
 * scroll position.
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

  guint compact_idle_id;
  guint compact : 1;   /* the bar shows icons only */
};

G_DEFINE_FINAL_TYPE (FbVaultView, fb_vault_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The buttons of the bottom bar (AdwViewSwitcherButton: toggle buttons with a "label"). */
static void
collect_switcher_buttons (GtkWidget *widget,
                          GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) && g_object_class_find_property (G_OBJECT_GET_CLASS (child), "label") != NULL)
        g_ptr_array_add (buttons, child);
      else
        collect_switcher_buttons (child, buttons);
    }
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_ptr_array_add (labels, child);
      else
        collect_labels (child, labels);
    }
}

/* Every button carries its view's whole title as tooltip and accessible name, so that
 * it is named when it shows only its icon. */
static void
name_switcher_buttons (FbVaultView *self)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_switcher_buttons (GTK_WIDGET (self->switcher_bar), buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      g_autofree char *label = NULL;

      g_object_get (buttons->pdata[i], "label", &label, NULL);
      gtk_widget_set_tooltip_text (buttons->pdata[i], label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons->pdata[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

/* TRUE when some title is wider than the share of @width its button gets. */
static gboolean
titles_need_more_than (FbVaultView *self,
                       int          width)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  int share;

  collect_switcher_buttons (GTK_WIDGET (self->switcher_bar), buttons);
  if (buttons->len == 0 || width <= 0)
    return FALSE;

  /* The bar's buttons are as wide as each other; 12 px of each are its padding. */
  share = width / (int) buttons->len - 12;
  for (guint i = 0; i < buttons->len; i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect_labels (buttons->pdata[i], labels);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkLabel *label = labels->pdata[j];
          g_autoptr(PangoLayout) layout = NULL;
          int text_width;

          if (gtk_label_get_text (label) == NULL || *gtk_label_get_text (label) == '\0')
            continue;
          /* Measured from the text in the label's own font, whether shown or not. */
          layout = gtk_widget_create_pango_layout (GTK_WIDGET (label), gtk_label_get_text (label));
          pango_layout_get_pixel_size (layout, &text_width, NULL);
          if (text_width > share)
            return TRUE;
        }
    }
  return FALSE;
}

static void
fb_vault_view_set_compact (FbVaultView *self,
                           gboolean     compact)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  self->compact = !!compact;
  collect_switcher_buttons (GTK_WIDGET (self->switcher_bar), buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect_labels (buttons->pdata[i], labels);
      for (guint j = 0; j < labels->len; j++)
        gtk_widget_set_visible (labels->pdata[j], !compact);
    }
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self->switcher_bar), "fb-icons-only");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->switcher_bar), "fb-icons-only");
}

static gboolean
update_compact_cb (gpointer user_data)
{
  FbVaultView *self = user_data;
  gboolean compact = titles_need_more_than (self, gtk_widget_get_width (GTK_WIDGET (self)));

  self->compact_idle_id = 0;
  if (compact != self->compact)
    fb_vault_view_set_compact (self, compact);

  return G_SOURCE_REMOVE;
}

static void
fb_vault_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (FB_VAULT_VIEW (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* As GtkBinLayout would, and then the titles of the bar. */
static void
fb_vault_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  FbVaultView *self = FB_VAULT_VIEW (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);

  /* Not while allocating: showing or hiding the titles changes the bar's size. */
  if (self->compact_idle_id == 0 && titles_need_more_than (self, width) != self->compact)
    self->compact_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_compact_cb, self, NULL);
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

  name_switcher_buttons (self);
}

static void
fb_vault_view_dispose (GObject *object)
{
  FbVaultView *self = (FbVaultView *)object;

  g_clear_handle_id (&self->compact_idle_id, g_source_remove);
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

  widget_class->measure = fb_vault_view_measure;
  widget_class->size_allocate = fb_vault_view_size_allocate;

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
