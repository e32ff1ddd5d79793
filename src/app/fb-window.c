/* fb-window.c - the main window
 *
 * A GtkStack switches between the welcome page (no account yet) and the browser: an
 * AdwLeaflet with the sidebar of accounts and vaults and the vault view. Toasts cover
 * both; the banner slot (a GtkRevealer under the content header bar) carries
 * throttled/offline notices. Size and maximized state live in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-welcome-page.h"
#include "fb-window.h"

struct _FbWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GSignalGroup *app_signals;

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  FbWelcomePage *welcome_page;
  GtkMenuButton *welcome_menu_button;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  AdwWindowTitle *content_title;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkButton *banner_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkToggleButton *search_button;
  AdwStatusPage *content_status;
};

G_DEFINE_FINAL_TYPE (FbWindow, fb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
fb_window_load_state (FbWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
fb_window_save_state (FbWindow *self)
{
  int width = 0;
  int height = 0;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  /* The default size follows the unmaximized size in GTK 4. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_apply (self->settings);
}

static gboolean
fb_window_close_request (GtkWindow *window)
{
  fb_window_save_state (FB_WINDOW (window));

  if (GTK_WINDOW_CLASS (fb_window_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (fb_window_parent_class)->close_request (window);

  return GDK_EVENT_PROPAGATE;
}

static void
fb_window_update_session (FbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  FbSession *session = NULL;
  GtkWidget *child;

  if (FB_IS_APPLICATION (app))
    session = fb_application_get_session (FB_APPLICATION (app));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);

  /* Refresh and search act on the vault view, which comes with the Azure core;
   * until then they stay disabled rather than doing nothing. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), FALSE);

  if (session == NULL)
    {
      gtk_toggle_button_set_active (self->search_button, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      return;
    }

  /* The account row. The vaults below it come with the Azure core. */
  {
    GtkWidget *row = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fb_session_get_title (session));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fb_session_get_endpoint (session));
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               gtk_image_new_from_icon_name (fb_session_get_kind (session) == FB_SESSION_KIND_DEMO
                                                             ? "applications-science-symbolic"
                                                             : "network-workgroup-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    gtk_list_box_append (self->sidebar_list, row);
    gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));

    adw_window_title_set_title (self->content_title, fb_session_get_title (session));
    adw_window_title_set_subtitle (self->content_title, NULL);
    adw_status_page_set_title (self->content_status, fb_session_get_title (session));
    if (fb_session_get_kind (session) == FB_SESSION_KIND_DEMO)
      adw_status_page_set_description (self->content_status,
                                       _("The simulated Azure Site Recovery vault and vCenter run on this computer. Listing vaults is not available yet."));
    else
      adw_status_page_set_description (self->content_status,
                                       _("Signed in. Listing vaults is not available yet."));
  }

  gtk_stack_set_visible_child_name (self->main_stack, "browser");
}

static void
sidebar_row_activated_cb (FbWindow      *self,
                          GtkListBoxRow *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
banner_child_revealed_cb (FbWindow *self)
{
  /* Hidden once the slide-up ends, so that it is not read out while closed. */
  if (!gtk_revealer_get_reveal_child (self->banner_revealer) &&
      !gtk_revealer_get_child_revealed (self->banner_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->banner_revealer), FALSE);
}

static void
back_clicked_cb (FbWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
fb_window_sign_in_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  fb_window_show_toast (FB_WINDOW (widget), _("Signing in to Azure is not available yet"));
}

static void
fb_window_refresh_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  /* The vault list refreshes here once the Azure core lands. */
  g_debug ("refresh requested");
}

static void
fb_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_toggle_button_set_active (self->search_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
fb_window_notify_application (FbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* "application" is set after construction, and may change. */
  g_signal_group_set_target (self->app_signals, FB_IS_APPLICATION (app) ? app : NULL);
  fb_window_update_session (self);
}

static void
fb_window_dispose (GObject *object)
{
  FbWindow *self = (FbWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->app_signals);

  G_OBJECT_CLASS (fb_window_parent_class)->dispose (object);
}

static void
fb_window_class_init (FbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fb_window_dispose;

  window_class->close_request = fb_window_close_request;

  g_type_ensure (FB_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_button);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_status);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_child_revealed_cb);

  gtk_widget_class_install_action (widget_class, "win.sign-in", NULL, fb_window_sign_in_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, fb_window_refresh_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, fb_window_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
fb_window_init (FbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  self->app_signals = g_signal_group_new (FB_TYPE_APPLICATION);
  g_signal_group_connect_swapped (self->app_signals, "notify::session",
                                  G_CALLBACK (fb_window_update_session), self);
  g_signal_connect (self, "notify::application",
                    G_CALLBACK (fb_window_notify_application), NULL);
  fb_window_update_session (self);

  self->settings = g_settings_new ("io.github.failback.Failback");
  fb_window_load_state (self);
}

FbWindow *
fb_window_new (FbApplication *application)
{
  g_return_val_if_fail (FB_IS_APPLICATION (application), NULL);

  return g_object_new (FB_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * fb_window_add_toast:
 * @self: a #FbWindow
 * @toast: (transfer full): the toast
 */
void
fb_window_add_toast (FbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (FB_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fb_window_show_toast (FbWindow   *self,
                      const char *title)
{
  g_return_if_fail (FB_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  fb_window_add_toast (self, adw_toast_new (title));
}

/**
 * fb_window_show_banner:
 * @self: a #FbWindow
 * @title: the banner text
 * @button_label: (nullable): the label of the banner's button
 * @action_name: (nullable): the action the button activates
 *
 * Shows the banner under the content header bar, e.g. while ARM throttles requests.
 */
void
fb_window_show_banner (FbWindow   *self,
                       const char *title,
                       const char *button_label,
                       const char *action_name)
{
  g_return_if_fail (FB_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  gtk_label_set_label (self->banner_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), button_label != NULL);
  gtk_button_set_label (self->banner_button, button_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button), action_name);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

void
fb_window_hide_banner (FbWindow *self)
{
  g_return_if_fail (FB_IS_WINDOW (self));

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}
