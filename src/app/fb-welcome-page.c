/* fb-welcome-page.c - the page shown while no account exists
 *
 * Two ways in: "Sign in to Azure" (win.sign-in) and "Try the Demo Site" (app.demo).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-welcome-page.h"

struct _FbWelcomePage
{
  GtkWidget parent_instance;

  AdwStatusPage *status_page;
  GtkButton *sign_in_button;
  GtkButton *demo_button;
};

G_DEFINE_FINAL_TYPE (FbWelcomePage, fb_welcome_page, GTK_TYPE_WIDGET)

static void
fb_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FB_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (fb_welcome_page_parent_class)->dispose (object);
}

static void
fb_welcome_page_class_init (FbWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fb_welcome_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FbWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, FbWelcomePage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, FbWelcomePage, demo_button);
}

static void
fb_welcome_page_init (FbWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The icon name depends on the build profile, so it cannot live in the .ui. */
  adw_status_page_set_icon_name (self->status_page, APPLICATION_ID);
}

GtkWidget *
fb_welcome_page_new (void)
{
  return g_object_new (FB_TYPE_WELCOME_PAGE, NULL);
}
