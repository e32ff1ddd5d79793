/* fb-window.c - the main window
 *
 * A GtkStack switches between the welcome page (no account yet) and the browser: an
 * AdwLeaflet with the sidebar and the content pane. The sidebar lists the vaults of every
 * account of the application (FbApplication:sessions), grouped by account (its name as a
 * header) and subscription, each with a badge counting its Critical and Warning items;
 * choosing a vault of another account makes that account the application's current
 * session. The content pane shows the selected vault's FbVaultView (one per vault of the
 * current account, kept so that each keeps its selection, filters and scroll position)
 * or, opened from it through the window actions win.show-item/-plan/-job/-vault (string:
 * ARM id; a job also by name), the item, plan or job page, with a Back button. The
 * leaflet folds to one pane at 360 px.
 *
 * While the window is mapped, the session refreshes every polling-interval seconds;
 * F5 refreshes now. Toasts cover both; the banner slot (a GtkRevealer under the content
 * header bar) carries throttled/offline notices. Size and maximized state live in
 * GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-item-page.h"
#include "fb-items-view.h"
#include "fb-job-page.h"
#include "fb-jobs-view.h"
#include "fb-plan-page.h"
#include "fb-error-presenter.h"
#include "fb-sign-in-window.h"
#include "fb-vault-view.h"
#include "fb-welcome-page.h"
#include "fb-window.h"

struct _FbWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GSignalGroup *app_signals;
  GSignalGroup *session_signals;
  FbSession *session;
  GCancellable *cancellable;
  GHashTable *vault_views;     /* vault id -> FbVaultView (in vault_stack) */
  FbVault *current_vault;
  FbVault *pending_vault;      /* chosen in the sidebar while its account becomes current */
  gboolean pending_navigate;
  GListModel *sidebar_model;   /* FbVault of every account, in account order */
  GtkWidget *pending_page;     /* the page being closed, removed after the transition */
  guint auto_select : 1;

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  FbWelcomePage *welcome_page;
  GtkMenuButton *welcome_menu_button;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  AdwWindowTitle *sidebar_title;
  GtkStack *title_stack;
  AdwWindowTitle *content_title;
  AdwViewSwitcherTitle *switcher_title;
  GtkButton *back_button;
  GtkStack *refresh_stack;
  GtkSpinner *refresh_spinner;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkButton *banner_button;
  GtkStack *content_stack;
  AdwStatusPage *content_status;
  GtkSpinner *content_spinner;
  GtkStack *vault_stack;
  AdwBin *page_holder;
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

/* The sidebar --------------------------------------------------------------- */

typedef struct
{
  GtkWidget *critical;
  GtkWidget *warning;
} VaultRowBadges;

static void
vault_row_update_badges (GtkWidget *row)
{
  FbSession *session = g_object_get_data (G_OBJECT (row), "fb-session");
  FbVault *vault = g_object_get_data (G_OBJECT (row), "fb-vault");
  VaultRowBadges *badges = g_object_get_data (G_OBJECT (row), "fb-badges");
  g_autoptr(GString) label = NULL;
  g_autofree char *critical_text = NULL;
  g_autofree char *warning_text = NULL;
  GListModel *items;
  guint n, critical = 0, warning = 0;

  if (session == NULL || vault == NULL)
    return;

  items = fb_session_get_items (session, vault);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);
      const char *health = fb_protected_item_get_replication_health (item);

      if (health == NULL)
        continue;
      if (g_ascii_strcasecmp (health, "Critical") == 0)
        critical++;
      else if (g_ascii_strcasecmp (health, "Warning") == 0)
        warning++;
    }

  critical_text = g_strdup_printf ("%u", critical);
  warning_text = g_strdup_printf ("%u", warning);
  gtk_label_set_label (GTK_LABEL (badges->critical), critical_text);
  gtk_label_set_label (GTK_LABEL (badges->warning), warning_text);
  gtk_widget_set_visible (badges->critical, critical > 0);
  gtk_widget_set_visible (badges->warning, warning > 0);
  gtk_widget_set_tooltip_text (badges->critical,
                               g_dngettext (GETTEXT_PACKAGE, "Replicated item with critical health",
                                            "Replicated items with critical health", critical));
  gtk_widget_set_tooltip_text (badges->warning,
                               g_dngettext (GETTEXT_PACKAGE, "Replicated item with a health warning",
                                            "Replicated items with a health warning", warning));

  /* What a screen reader says for the row: "vault-nbg, 2 critical, 3 warnings". */
  label = g_string_new (fb_vault_get_name (vault));
  if (critical > 0)
    {
      g_string_append (label, ", ");
      g_string_append_printf (label, g_dngettext (GETTEXT_PACKAGE, "%u critical", "%u critical", critical), critical);
    }
  if (warning > 0)
    {
      g_string_append (label, ", ");
      g_string_append_printf (label, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warning), warning);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label->str, -1);
}

static gboolean
vault_row_update_idle_cb (gpointer user_data)
{
  GtkWidget *row = user_data;

  g_object_set_data (G_OBJECT (row), "fb-update-id", NULL);
  vault_row_update_badges (row);

  return G_SOURCE_REMOVE;
}

static void
vault_row_queue_update (GtkWidget *row)
{
  /* Once per burst of pages or changes. */
  if (g_object_get_data (G_OBJECT (row), "fb-update-id") != NULL)
    return;

  g_object_set_data (G_OBJECT (row), "fb-update-id",
                     GUINT_TO_POINTER (g_idle_add_full (G_PRIORITY_DEFAULT, vault_row_update_idle_cb,
                                                        g_object_ref (row), g_object_unref)));
}

static void
vault_row_refreshed_cb (GtkWidget *row,
                        FbVault   *vault)
{
  if (vault == g_object_get_data (G_OBJECT (row), "fb-vault"))
    vault_row_queue_update (row);
}

/* The account whose vault list holds @vault (the sidebar lists every account's). */
static FbSession *
fb_window_find_vault_session (FbWindow *self,
                              FbVault  *vault)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GListModel *sessions;

  if (!FB_IS_APPLICATION (app))
    return NULL;

  sessions = fb_application_get_sessions (FB_APPLICATION (app));
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(FbSession) session = g_list_model_get_item (sessions, i);
      GListModel *vaults = fb_session_get_vaults (session);

      for (guint j = 0; j < g_list_model_get_n_items (vaults); j++)
        {
          g_autoptr(FbVault) other = g_list_model_get_item (vaults, j);

          if (other == vault)
            return session;
        }
    }
  return NULL;
}

static GtkWidget *
create_vault_row (gpointer item,
                  gpointer user_data)
{
  FbWindow *self = user_data;
  FbVault *vault = item;
  FbSession *session = fb_window_find_vault_session (self, vault);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (fb_vault_get_name (vault));
  VaultRowBadges *badges = g_new0 (VaultRowBadges, 1);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("drive-multidisk-symbolic"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  badges->critical = gtk_label_new (NULL);
  gtk_widget_add_css_class (badges->critical, "fb-badge");
  gtk_widget_add_css_class (badges->critical, "error");
  gtk_widget_set_valign (badges->critical, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (badges->critical, FALSE);
  gtk_box_append (GTK_BOX (box), badges->critical);

  badges->warning = gtk_label_new (NULL);
  gtk_widget_add_css_class (badges->warning, "fb-badge");
  gtk_widget_add_css_class (badges->warning, "warning");
  gtk_widget_set_valign (badges->warning, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (badges->warning, FALSE);
  gtk_box_append (GTK_BOX (box), badges->warning);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "fb-vault", g_object_ref (vault), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "fb-badges", badges, g_free);

  if (session != NULL)
    {
      /* The row goes away with the account's vault list (fb_application_remove_session). */
      g_object_set_data_full (G_OBJECT (row), "fb-session", g_object_ref (session), g_object_unref);
      g_signal_connect_object (fb_session_get_items (session, vault), "items-changed",
                               G_CALLBACK (vault_row_queue_update), row, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "refreshed",
                               G_CALLBACK (vault_row_refreshed_cb), row, G_CONNECT_SWAPPED);
    }
  vault_row_update_badges (row);

  return row;
}

static FbVault *
row_get_vault (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "fb-vault") : NULL;
}

static FbSession *
row_get_session (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "fb-session") : NULL;
}

static GtkWidget *
sidebar_header_label (const char *text,
                      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* A long subscription or account name shortens; the whole of it is the tooltip. */
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  return label;
}

static void
sidebar_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  FbVault *vault = row_get_vault (row);
  FbVault *previous = row_get_vault (before);
  FbSession *session = row_get_session (row);
  gboolean new_account = before == NULL || session != row_get_session (before);
  GtkWidget *header;
  GtkWidget *label;

  if (vault == NULL || session == NULL ||
      (!new_account && g_strcmp0 (fb_vault_get_subscription_id (vault),
                                  fb_vault_get_subscription_id (previous)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  /* One header per account (its name) and per subscription (its display name). */
  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (header, before == NULL ? 6 : new_account ? 18 : 12);
  gtk_widget_set_margin_bottom (header, 6);
  if (new_account)
    gtk_box_append (GTK_BOX (header), sidebar_header_label (fb_session_get_title (session), "heading"));
  label = sidebar_header_label (fb_session_get_subscription_name (session, fb_vault_get_subscription_id (vault)),
                                "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (header), label);
  gtk_list_box_row_set_header (row, header);
}

static GtkListBoxRow *
sidebar_find_row (FbWindow *self,
                  FbVault  *vault)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL || row_get_vault (row) == vault)
        return row;
    }
}

/* The content pane ---------------------------------------------------------- */

static void
update_back_button (FbWindow *self)
{
  gboolean on_page = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "page") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), on_page || adw_leaflet_get_folded (self->leaflet));
}

static void
update_titles (FbWindow *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);

  if (g_strcmp0 (visible, "vaults") == 0 && self->current_vault != NULL)
    {
      FbVaultView *view = g_hash_table_lookup (self->vault_views, fb_vault_get_id (self->current_vault));

      adw_view_switcher_title_set_stack (self->switcher_title, fb_vault_view_get_stack (view));
      adw_view_switcher_title_set_title (self->switcher_title, fb_vault_get_name (self->current_vault));
      adw_view_switcher_title_set_subtitle (self->switcher_title,
                                            fb_session_get_subscription_name (self->session,
                                                                              fb_vault_get_subscription_id (self->current_vault)));
      gtk_stack_set_visible_child_name (self->title_stack, "switcher");
    }
  else
    {
      if (g_strcmp0 (visible, "status") == 0 && self->session != NULL)
        {
          adw_window_title_set_title (self->content_title, fb_session_get_title (self->session));
          adw_window_title_set_subtitle (self->content_title, NULL);
        }
      gtk_stack_set_visible_child_name (self->title_stack, "title");
    }

  update_back_button (self);
}

static void
fb_window_update_status (FbWindow *self)
{
  FbSession *session = self->session;
  const GError *error;
  gboolean ready, loading, no_vaults;

  if (session == NULL)
    return;

  error = fb_session_get_error (session);
  ready = fb_session_get_ready (session);
  loading = fb_session_get_loading (session);
  no_vaults = g_list_model_get_n_items (fb_session_get_vaults (session)) == 0;

  gtk_stack_set_visible_child_name (self->refresh_stack, ready && loading ? "spinner" : "button");
  gtk_spinner_set_spinning (self->refresh_spinner, ready && loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", ready);

  adw_status_page_set_title (self->content_status, fb_session_get_title (session));
  if (!ready && error != NULL)
    {
      g_autoptr(FbErrorDescription) description = fb_error_presenter_describe (error);
      g_autofree char *text = description != NULL ? fb_error_description_to_string (description) : NULL;

      adw_status_page_set_icon_name (self->content_status, "dialog-error-symbolic");
      adw_status_page_set_description (self->content_status, text != NULL ? text : error->message);
    }
  else if (!ready)
    adw_status_page_set_description (self->content_status, _("Signing in…"));
  else if (no_vaults && loading)
    adw_status_page_set_description (self->content_status, _("Loading the vaults…"));
  else if (no_vaults)
    adw_status_page_set_description (self->content_status,
                                     _("No Recovery Services vault was found in the subscriptions of this account."));
  else
    adw_status_page_set_description (self->content_status, _("Select a vault."));

  /* A session without an account (the shell's tests) never signs in: no spinner. */
  gtk_widget_set_visible (GTK_WIDGET (self->content_spinner),
                          no_vaults && (loading || (!ready && error == NULL && fb_session_get_auth (session) != NULL)));
  gtk_spinner_set_spinning (self->content_spinner, gtk_widget_get_visible (GTK_WIDGET (self->content_spinner)));
}

static FbVaultView *
fb_window_ensure_vault_view (FbWindow *self,
                             FbVault  *vault)
{
  FbVaultView *view = g_hash_table_lookup (self->vault_views, fb_vault_get_id (vault));

  if (view == NULL)
    {
      view = fb_vault_view_new (self->session, vault);
      g_object_bind_property (self->switcher_title, "title-visible",
                              fb_vault_view_get_switcher_bar (view), "reveal",
                              G_BINDING_SYNC_CREATE);
      gtk_stack_add_named (self->vault_stack, GTK_WIDGET (view), fb_vault_get_id (vault));
      g_hash_table_insert (self->vault_views, g_strdup (fb_vault_get_id (vault)), view);
    }

  return view;
}

/* Focus inside a page that goes away would be left dangling in GTK's scrolling. */
static void
fb_window_drop_page_focus (FbWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page_holder)))
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

static void
fb_window_close_page (FbWindow *self)
{
  GtkWidget *page = adw_bin_get_child (self->page_holder);

  if (page == NULL)
    return;

  /* Removed once the slide back ends (the page cancels its loads in dispose). */
  fb_window_drop_page_focus (self);
  g_set_object (&self->pending_page, page);
  gtk_stack_set_visible_child_name (self->content_stack, self->current_vault != NULL ? "vaults" : "status");
  if (!gtk_stack_get_transition_running (self->content_stack))
    {
      adw_bin_set_child (self->page_holder, NULL);
      g_clear_object (&self->pending_page);
    }
  update_titles (self);
}

static void
content_transition_cb (FbWindow *self)
{
  if (gtk_stack_get_transition_running (self->content_stack) || self->pending_page == NULL)
    return;

  if (adw_bin_get_child (self->page_holder) == self->pending_page &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "page") != 0)
    adw_bin_set_child (self->page_holder, NULL);
  g_clear_object (&self->pending_page);
}

static void
fb_window_show_vault (FbWindow *self,
                      FbVault  *vault,
                      gboolean  navigate)
{
  FbVaultView *view;
  GtkListBoxRow *row;

  g_return_if_fail (FB_IS_VAULT (vault));

  view = fb_window_ensure_vault_view (self, vault);
  g_set_object (&self->current_vault, vault);
  gtk_stack_set_visible_child (self->vault_stack, GTK_WIDGET (view));

  if (adw_bin_get_child (self->page_holder) != NULL)
    fb_window_close_page (self);
  gtk_stack_set_visible_child_name (self->content_stack, "vaults");

  row = sidebar_find_row (self, vault);
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);

  g_settings_set_string (self->settings, "last-vault", fb_vault_get_id (vault));

  if (navigate)
    adw_leaflet_set_visible_child_name (self->leaflet, "content");

  update_titles (self);
}

static void
fb_window_show_page (FbWindow   *self,
                     FbVault    *vault,
                     GtkWidget  *page,
                     const char *title,
                     const char *subtitle)
{
  if (vault != NULL && vault != self->current_vault)
    fb_window_show_vault (self, vault, FALSE);

  g_clear_object (&self->pending_page);
  fb_window_drop_page_focus (self);
  adw_bin_set_child (self->page_holder, page);
  adw_window_title_set_title (self->content_title, title);
  adw_window_title_set_subtitle (self->content_title, subtitle);
  gtk_stack_set_visible_child_name (self->content_stack, "page");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  update_titles (self);
}

static void
fb_window_clear_vaults (FbWindow *self)
{
  GtkWidget *child;

  adw_bin_set_child (self->page_holder, NULL);
  g_clear_object (&self->pending_page);
  g_clear_object (&self->current_vault);
  adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->vault_stack))) != NULL)
    gtk_stack_remove (self->vault_stack, child);
  g_hash_table_remove_all (self->vault_views);
  gtk_stack_set_visible_child_name (self->content_stack, "status");
}

static void
fb_window_auto_select (FbWindow *self)
{
  g_autofree char *last = NULL;
  g_autoptr(FbVault) first = NULL;
  GListModel *vaults;
  FbVault *vault = NULL;

  if (self->session == NULL || self->current_vault != NULL || !self->auto_select)
    return;

  vaults = fb_session_get_vaults (self->session);
  if (g_list_model_get_n_items (vaults) == 0)
    return;

  /* The vault chosen in the sidebar, else the one shown last. */
  if (self->pending_vault != NULL &&
      fb_session_find_vault_for_id (self->session, fb_vault_get_id (self->pending_vault)) == self->pending_vault)
    vault = self->pending_vault;
  last = g_settings_get_string (self->settings, "last-vault");
  if (vault == NULL && last != NULL && *last != '\0')
    vault = fb_session_find_vault_for_id (self->session, last);
  if (vault == NULL)
    vault = first = g_list_model_get_item (vaults, 0);

  self->auto_select = FALSE;
  /* Shown, but a folded window stays on the sidebar (unless it was chosen there). */
  fb_window_show_vault (self, vault, vault == self->pending_vault && self->pending_navigate);
  g_clear_object (&self->pending_vault);

  /* For screenshots: FB_DEBUG_VIEW=plans|jobs|infrastructure opens that view. */
  if (g_getenv ("FB_DEBUG_VIEW") != NULL)
    {
      fb_vault_view_set_visible_view (g_hash_table_lookup (self->vault_views, fb_vault_get_id (vault)),
                                      g_getenv ("FB_DEBUG_VIEW"));
      adw_leaflet_set_visible_child_name (self->leaflet, "content");
    }
}

static void
vaults_changed_cb (FbWindow *self)
{
  /* The current vault went away: back to the status page. */
  if (self->current_vault != NULL &&
      fb_session_find_vault_for_id (self->session, fb_vault_get_id (self->current_vault)) == NULL)
    {
      fb_window_clear_vaults (self);
      self->auto_select = TRUE;
    }

  fb_window_auto_select (self);
  fb_window_update_status (self);
  update_titles (self);
}

static void
session_failed_cb (FbWindow     *self,
                   const GError *error)
{
  /* Before sign-in the status page says it; afterwards a toast. GUI-3: the error
   * presenter's words, and the throttled/offline banner for those errors. */
  if (self->session != NULL && fb_session_get_ready (self->session))
    fb_error_presenter_toast (self, error);
  fb_window_update_status (self);
}

static void
fb_window_update_auto_refresh (FbWindow *self)
{
  if (self->session != NULL)
    fb_session_set_auto_refresh (self->session, gtk_widget_get_mapped (GTK_WIDGET (self)));
}

static void
fb_window_update_session (FbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  FbSession *session = NULL;

  if (FB_IS_APPLICATION (app))
    session = fb_application_get_session (FB_APPLICATION (app));

  if (session != self->session)
    {
      if (self->session != NULL)
        {
          fb_session_set_auto_refresh (self->session, FALSE);
          g_signal_handlers_disconnect_by_func (fb_session_get_vaults (self->session), vaults_changed_cb, self);
        }
      /* The vault views belong to the account shown; the sidebar lists every account. */
      fb_window_clear_vaults (self);
      g_set_object (&self->session, session);
      g_signal_group_set_target (self->session_signals, session);
      if (session != NULL)
        {
          g_signal_connect_swapped (fb_session_get_vaults (session), "items-changed",
                                    G_CALLBACK (vaults_changed_cb), self);
          self->auto_select = TRUE;
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", session != NULL && fb_session_get_ready (session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", session != NULL);

  if (session == NULL)
    {
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      return;
    }

  adw_window_title_set_subtitle (self->sidebar_title, fb_session_get_title (session));
  adw_status_page_set_icon_name (self->content_status,
                                 fb_session_get_kind (session) == FB_SESSION_KIND_DEMO
                                 ? "applications-science-symbolic" : "network-server-symbolic");

  fb_window_update_status (self);
  fb_window_auto_select (self);
  fb_window_update_auto_refresh (self);
  update_titles (self);

  gtk_stack_set_visible_child_name (self->main_stack, "browser");
}

/* Shows a vault of the sidebar; one of another account makes that account current first. */
static void
fb_window_choose_vault (FbWindow      *self,
                        GtkListBoxRow *row,
                        gboolean       navigate)
{
  FbVault *vault = row_get_vault (row);
  FbSession *session = row_get_session (row);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (vault == NULL || session == NULL)
    return;

  if (session != self->session && FB_IS_APPLICATION (app))
    {
      g_set_object (&self->pending_vault, vault);
      self->pending_navigate = navigate;
      fb_application_set_session (FB_APPLICATION (app), session);
      g_clear_object (&self->pending_vault);
      return;
    }

  if (navigate || vault != self->current_vault)
    fb_window_show_vault (self, vault, navigate);
}

static void
sidebar_row_activated_cb (FbWindow      *self,
                          GtkListBoxRow *row)
{
  fb_window_choose_vault (self, row, TRUE);
}

static void
sidebar_row_selected_cb (FbWindow      *self,
                         GtkListBoxRow *row)
{
  /* Selecting with the keyboard shows the vault; the sidebar keeps the focus. */
  fb_window_choose_vault (self, row, FALSE);
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
fb_window_back_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "page") == 0)
    fb_window_close_page (self);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
fb_window_sign_in_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  /* It hands its new session to the application when signed in. */
  gtk_window_present (GTK_WINDOW (fb_sign_in_window_new (GTK_WINDOW (widget))));
}

static void
refresh_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors arrive through the session's "failed" signal. */
  if (!fb_session_refresh_finish (FB_SESSION (source), result, &error))
    g_debug ("refresh: %s", error->message);
}

static void
fb_window_refresh_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);

  if (self->session == NULL || !fb_session_get_ready (self->session))
    return;

  fb_session_refresh_async (self->session, NULL, self->cancellable, refresh_cb, NULL);
}

static void
fb_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);
  FbVaultView *view;

  if (self->current_vault == NULL)
    return;

  if (adw_bin_get_child (self->page_holder) != NULL)
    fb_window_close_page (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  view = g_hash_table_lookup (self->vault_views, fb_vault_get_id (self->current_vault));
  fb_vault_view_search (view);
}

static void
fb_window_show_vault_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);
  FbVault *vault = NULL;

  if (self->session != NULL)
    vault = fb_session_find_vault_for_id (self->session, g_variant_get_string (param, NULL));

  if (vault == NULL)
    {
      fb_window_show_toast (self, _("The vault was not found"));
      return;
    }

  fb_window_show_vault (self, vault, TRUE);
}

static void
fb_window_show_item_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  FbProtectedItem *item = self->session != NULL ? fb_session_lookup_item (self->session, id) : NULL;
  const char *name;
  GtkWidget *page;

  if (item == NULL)
    {
      fb_window_show_toast (self, _("The replicated item was not found; refresh and try again"));
      return;
    }

  name = fb_protected_item_get_friendly_name (item);
  if (name == NULL)
    name = fb_protected_item_get_name (item);

  page = GTK_WIDGET (fb_item_page_new (self->session, item));
  fb_window_show_page (self, fb_session_find_vault_for_id (self->session, id), page, name,
                       fb_phase_to_string (fb_protected_item_get_phase (item)));
}

static void
fb_window_show_plan_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  FbRecoveryPlan *plan = self->session != NULL ? fb_session_lookup_plan (self->session, id) : NULL;
  const char *name;
  GtkWidget *page;

  if (plan == NULL)
    {
      fb_window_show_toast (self, _("The recovery plan was not found; refresh and try again"));
      return;
    }

  name = fb_recovery_plan_get_friendly_name (plan);
  if (name == NULL)
    name = fb_recovery_plan_get_name (plan);

  page = GTK_WIDGET (fb_plan_page_new (self->session, plan));
  fb_window_show_page (self, fb_session_find_vault_for_id (self->session, id), page, name, _("Recovery Plan"));
}

static void
fb_window_show_job_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  FbWindow *self = FB_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  FbJob *job = self->session != NULL ? fb_session_lookup_job (self->session, id) : NULL;
  const char *name;
  GtkWidget *page;

  if (job == NULL)
    {
      fb_window_show_toast (self, _("The job was not found; refresh and try again"));
      return;
    }

  name = fb_job_operation_label (job);

  page = GTK_WIDGET (fb_job_page_new (self->session, job));
  fb_window_show_page (self, fb_session_find_vault_for_id (self->session, fb_job_get_id (job)), page, name, _("Job"));
}

static gpointer
map_session_to_vaults (gpointer item,
                       gpointer user_data)
{
  g_autoptr(FbSession) session = item;

  return g_object_ref (fb_session_get_vaults (session));
}

static void
fb_window_notify_application (FbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->app_signals == NULL)
    return;   /* disposed */

  /* "application" is set after construction, and may change. */
  g_signal_group_set_target (self->app_signals, FB_IS_APPLICATION (app) ? app : NULL);

  /* The sidebar: the vaults of every account, in the order the accounts came. */
  gtk_list_box_bind_model (self->sidebar_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sidebar_model);
  if (FB_IS_APPLICATION (app))
    {
      GListModel *sessions = g_object_ref (fb_application_get_sessions (FB_APPLICATION (app)));
      GtkMapListModel *map = gtk_map_list_model_new (sessions, map_session_to_vaults, NULL, NULL);

      self->sidebar_model = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (map)));
      gtk_list_box_bind_model (self->sidebar_list, self->sidebar_model, create_vault_row, self, NULL);
    }

  fb_window_update_session (self);
}

static void
fb_window_dispose (GObject *object)
{
  FbWindow *self = (FbWindow *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->session != NULL)
    {
      fb_session_set_auto_refresh (self->session, FALSE);
      g_signal_handlers_disconnect_by_func (fb_session_get_vaults (self->session), vaults_changed_cb, self);
    }
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  if (self->sidebar_list != NULL)
    gtk_list_box_bind_model (self->sidebar_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sidebar_model);
  g_clear_object (&self->pending_page);
  g_clear_object (&self->current_vault);
  g_clear_object (&self->pending_vault);

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_WINDOW);
  g_clear_pointer (&self->vault_views, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->app_signals);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);

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
  gtk_widget_class_bind_template_child (widget_class, FbWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, refresh_stack);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, banner_button);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_status);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, content_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, vault_stack);
  gtk_widget_class_bind_template_child (widget_class, FbWindow, page_holder);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button);
  gtk_widget_class_bind_template_callback (widget_class, content_transition_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_child_revealed_cb);

  gtk_widget_class_install_action (widget_class, "win.sign-in", NULL, fb_window_sign_in_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, fb_window_refresh_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, fb_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, fb_window_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-vault", "s", fb_window_show_vault_action);
  gtk_widget_class_install_action (widget_class, "win.show-item", "s", fb_window_show_item_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", "s", fb_window_show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.show-job", "s", fb_window_show_job_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
fb_window_init (FbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->cancellable = g_cancellable_new ();
  self->vault_views = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->settings = g_settings_new ("io.github.failback.Failback");

  gtk_list_box_set_header_func (self->sidebar_list, sidebar_header_func, self, NULL);

  self->session_signals = g_signal_group_new (FB_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::ready",
                                  G_CALLBACK (fb_window_update_status), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::loading",
                                  G_CALLBACK (fb_window_update_status), self);
  g_signal_group_connect_swapped (self->session_signals, "failed",
                                  G_CALLBACK (session_failed_cb), self);
  /* GUI-3: a load that went through hides the throttled/offline banner. */
  g_signal_group_connect_swapped (self->session_signals, "refreshed",
                                  G_CALLBACK (fb_error_presenter_session_refreshed), self);
  fb_error_presenter_watch_network (self);
  g_signal_connect (self, "map", G_CALLBACK (fb_window_update_auto_refresh), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (fb_window_update_auto_refresh), NULL);

  self->app_signals = g_signal_group_new (FB_TYPE_APPLICATION);
  g_signal_group_connect_swapped (self->app_signals, "notify::session",
                                  G_CALLBACK (fb_window_update_session), self);
  g_signal_connect (self, "notify::application",
                    G_CALLBACK (fb_window_notify_application), NULL);
  fb_window_update_session (self);

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
