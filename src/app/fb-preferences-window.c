/* fb-preferences-window.c - the preferences
 *
 * Every control is bound to GSettings. The Connections page lists the Azure account
 * (Sign Out; Add Account opens FbSignInWindow) and the vCenters with their pinned
 * certificates (FbVcenterPins: SHA-256 fingerprint, Forget). "Add vCenter…" logs in with
 * FbVcenterClient; an untrusted (self-signed) certificate is shown with its fingerprint
 * and pinned only after an explicit "Trust"; a changed certificate is a hard stop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-application.h"
#include "fb-error-presenter.h"
#include "fb-format.h"
#include "fb-preferences-window.h"
#include "fb-sign-in-window.h"
#include "fb-vcenter-client.h"
#include "fb-vcenter-pins.h"

struct _FbPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  GtkAdjustment *polling_adjustment;
  GtkSwitch *notify_switch;
  AdwComboRow *recovery_point_row;
  AdwPreferencesGroup *accounts_group;
  AdwPreferencesGroup *vcenter_group;
  GtkButton *add_account_button;
  GtkButton *add_vcenter_button;
  GtkWidget *add_vcenter_page;
  AdwEntryRow *vcenter_server_row;
  AdwEntryRow *vcenter_user_row;
  AdwPasswordEntryRow *vcenter_password_row;
  GtkLabel *vcenter_status_label;
  GtkSpinner *vcenter_spinner;
  GtkButton *vcenter_connect_button;

  GCancellable *cancellable;
  FbVcenterPins *pins;
  FbVcenterClient *vcenter;     /* the connection being added */
  GPtrArray *account_rows;      /* GtkWidget, rows added to accounts_group */
  GPtrArray *vcenter_rows;      /* GtkWidget, rows added to vcenter_group */
  GSignalGroup *app_signals;
  GSignalGroup *sessions_signals;
  GtkWidget *add_vcenter_page_ref;   /* keeps the subpage while it is not shown */
};

G_DEFINE_FINAL_TYPE (FbPreferencesWindow, fb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's positions, in the order of its GtkStringList. */
static const char * const recovery_point_nicks[] = {
  "latest-processed",
  "latest-app-consistent",
  "ask",
};

static gboolean
recovery_point_get_mapping (GValue   *value,
                            GVariant *variant,
                            gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (recovery_point_nicks); i++)
    {
      if (g_str_equal (nick, recovery_point_nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
recovery_point_set_mapping (const GValue       *value,
                            const GVariantType *expected_type,
                            gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (recovery_point_nicks))
    return NULL;

  return g_variant_new_string (recovery_point_nicks[position]);
}

/* ---- accounts ---------------------------------------------------------------------- */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static FbApplication *
get_app (FbPreferencesWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return FB_IS_APPLICATION (app) ? FB_APPLICATION (app) : NULL;
}

static void
show_toast (FbPreferencesWindow *self,
            const char          *title)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
}

static void update_accounts (FbPreferencesWindow *self);

static void
sign_out_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_azure_auth_sign_out_finish (FB_AZURE_AUTH (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("signing out: %s", error->message);
}

static void
sign_out_clicked_cb (GtkButton           *button,
                     FbPreferencesWindow *self)
{
  FbApplication *app = get_app (self);
  FbSession *session = g_object_get_data (G_OBJECT (button), "session");

  if (app == NULL || session == NULL)
    return;

  g_object_ref (session);
  if (fb_session_get_kind (session) == FB_SESSION_KIND_AZURE && fb_session_get_auth (session) != NULL)
    fb_azure_auth_sign_out_async (fb_session_get_auth (session), NULL, sign_out_cb, g_object_ref (self));
  fb_application_remove_session (app, session);
  show_toast (self, fb_session_get_kind (session) == FB_SESSION_KIND_DEMO ? _("The demo site was closed") : _("Signed out"));
  g_object_unref (session);
  update_accounts (self);
}

static void
update_accounts (FbPreferencesWindow *self)
{
  FbApplication *app = get_app (self);
  GListModel *sessions = app != NULL ? fb_application_get_sessions (app) : NULL;
  guint n = sessions != NULL ? g_list_model_get_n_items (sessions) : 0;

  clear_rows (self->accounts_group, self->account_rows);

  if (n == 0)
    {
      adw_preferences_group_set_description (self->accounts_group,
                                             _("No account yet. Add an Azure account to see its Recovery Services vaults."));
      return;
    }

  adw_preferences_group_set_description (self->accounts_group, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbSession) session = g_list_model_get_item (sessions, i);
      gboolean demo = fb_session_get_kind (session) == FB_SESSION_KIND_DEMO;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;
      g_autofree char *label = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fb_session_get_title (session));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   demo ? _("Simulated on this computer") : fb_session_get_endpoint (session));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (demo ? "applications-science-symbolic"
                                                                    : "avatar-default-symbolic"));
      button = gtk_button_new_with_mnemonic (demo ? _("_Close") : _("_Sign Out"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      label = demo
              /* Translators: accessible name of a button; %s is the demo site's name */
              ? g_strdup_printf (_("Close %s"), fb_session_get_title (session))
              /* Translators: accessible name of a button; %s is the account's name */
              : g_strdup_printf (_("Sign Out of %s"), fb_session_get_title (session));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "session", g_object_ref (session), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (sign_out_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->account_rows, row);
    }
}

static void
application_changed_cb (FbPreferencesWindow *self)
{
  FbApplication *app = get_app (self);

  g_signal_group_set_target (self->app_signals, app);
  g_signal_group_set_target (self->sessions_signals, app != NULL ? fb_application_get_sessions (app) : NULL);
  update_accounts (self);
}

static void
add_account_clicked_cb (FbPreferencesWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_window_present (GTK_WINDOW (fb_sign_in_window_new (parent != NULL ? parent : GTK_WINDOW (self))));
}

/* ---- vCenter connections ------------------------------------------------------------- */

static void update_vcenters (FbPreferencesWindow *self);

static void
forget_clicked_cb (GtkButton           *button,
                   FbPreferencesWindow *self)
{
  const char *host_port = g_object_get_data (G_OBJECT (button), "host-port");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!fb_vcenter_pins_remove (self->pins, host_port, &error))
    {
      fb_error_presenter_show (GTK_WINDOW (self), error);
      return;
    }

  /* Translators: %s is a vCenter's host name */
  message = g_strdup_printf (_("The certificate of %s was forgotten"), host_port);
  show_toast (self, message);
  update_vcenters (self);
}

static void
update_vcenters (FbPreferencesWindow *self)
{
  g_autoptr(GPtrArray) pins = fb_vcenter_pins_list (self->pins);

  clear_rows (self->vcenter_group, self->vcenter_rows);

  for (guint i = 0; i < pins->len; i++)
    {
      FbVcenterPin *pin = g_ptr_array_index (pins, i);
      g_autofree char *host_port = fb_vcenter_pin_dup_host_port (pin);
      GtkWidget *row, *button;
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host_port);
      /* Translators: %s is a certificate's SHA-256 fingerprint (AB:CD:...) */
      subtitle = g_strdup_printf (_("Pinned certificate, SHA-256 %s"), pin->fingerprint);
      if (pin->accepted != NULL)   /* pins written before dates were stored have none */
        {
          g_autofree char *date = fb_format_date_time (pin->accepted);
          g_autofree char *first = g_steal_pointer (&subtitle);
          /* Translators: second line of a pinned certificate's row; %s is a date and
           * time ("27 Nov 2026, 14:05 CET") */
          g_autofree char *since = g_strdup_printf (_("Trusted since %s"), date);

          subtitle = g_strdup_printf ("%s\n%s", first, since);
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("channel-secure-symbolic"));

      button = gtk_button_new_with_mnemonic (_("_Forget"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: accessible name of a button; %s is a vCenter's host name */
      label = g_strdup_printf (_("Forget the Certificate of %s"), host_port);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "host-port", g_strdup (host_port), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (forget_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->vcenter_group, row);
      g_ptr_array_add (self->vcenter_rows, row);
    }

  if (self->vcenter_rows->len == 0)
    adw_preferences_group_set_description (self->vcenter_group,
                                           _("No vCenter yet. Add the vCenter that manages your on-premises VMs; its certificate is pinned when you first trust it."));
  else
    adw_preferences_group_set_description (self->vcenter_group,
                                           _("Each vCenter's certificate is pinned when you first trust it; a different certificate later stops the connection."));
}

static char *
vcenter_base_uri (const char *server)
{
  g_autofree char *stripped = g_strstrip (g_strdup (server));

  if (*stripped == '\0')
    return NULL;
  if (strstr (stripped, "://") != NULL)
    return g_steal_pointer (&stripped);

  return g_strconcat ("https://", stripped, NULL);
}

static void
vcenter_form_changed_cb (FbPreferencesWindow *self)
{
  const char *server = gtk_editable_get_text (GTK_EDITABLE (self->vcenter_server_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->vcenter_user_row));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->vcenter_password_row));
  g_autofree char *uri = vcenter_base_uri (server);
  g_autoptr(GUri) parsed = uri != NULL ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;
  gboolean server_ok = parsed != NULL && g_uri_get_host (parsed) != NULL &&
                       g_ascii_strcasecmp (g_uri_get_scheme (parsed), "https") == 0;

  if (*server != '\0' && !server_ok)
    gtk_widget_add_css_class (GTK_WIDGET (self->vcenter_server_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->vcenter_server_row), "error");

  gtk_widget_set_sensitive (GTK_WIDGET (self->vcenter_connect_button),
                            server_ok && *user != '\0' && *password != '\0' &&
                            !gtk_widget_get_visible (GTK_WIDGET (self->vcenter_spinner)));
}

static void
set_vcenter_busy (FbPreferencesWindow *self,
                  gboolean             busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->vcenter_spinner), busy);
  gtk_spinner_set_spinning (self->vcenter_spinner, busy);
  /* Not insensitive: a focused entry must not lose its sensitivity under the cursor. */
  gtk_editable_set_editable (GTK_EDITABLE (self->vcenter_server_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->vcenter_user_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->vcenter_password_row), !busy);
  vcenter_form_changed_cb (self);
}

static void
set_vcenter_status (FbPreferencesWindow *self,
                    const char          *text,
                    gboolean             error)
{
  gtk_label_set_label (self->vcenter_status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->vcenter_status_label), text != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->vcenter_status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->vcenter_status_label), "error");
}

static void vcenter_login (FbPreferencesWindow *self);

static void
remember_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_vcenter_client_remember_password_finish (FB_VCENTER_CLIENT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s is the keyring's problem */
      g_autofree char *text = g_strdup_printf (_("Connected. The password cannot be kept (%s): you will be asked for it again next time."),
                                               error->message);
      show_toast (self, text);
    }
}

static void
logout_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!fb_vcenter_client_logout_finish (FB_VCENTER_CLIENT (source), result, &error))
    g_debug ("vCenter logout: %s", error->message);
}

static void
trust_response_cb (AdwMessageDialog    *dialog,
                   const char          *response,
                   FbPreferencesWindow *self)
{
  const char *fingerprint = g_object_get_data (G_OBJECT (dialog), "fingerprint");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "trust") != 0 || self->vcenter == NULL)
    {
      set_vcenter_busy (self, FALSE);
      set_vcenter_status (self, _("Not connected: the certificate was not trusted."), TRUE);
      return;
    }

  if (!fb_vcenter_client_trust_certificate (self->vcenter, fingerprint, &error))
    {
      g_autoptr(FbErrorDescription) d = fb_error_presenter_describe (error);
      g_autofree char *text = fb_error_description_to_string (d);

      set_vcenter_busy (self, FALSE);
      set_vcenter_status (self, text, TRUE);
      return;
    }

  update_vcenters (self);
  vcenter_login (self);
}

static void
ask_trust (FbPreferencesWindow *self)
{
  const char *fingerprint = fb_vcenter_client_get_peer_fingerprint (self->vcenter);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("%s presents a certificate that this computer cannot verify, as is usual for a vCenter's own (VMCA) certificate.\n\n"
                            "Compare its SHA-256 fingerprint with the one the vCenter shows before you trust it:\n\n%s\n\n"
                            "Failback remembers it and refuses to connect if it ever changes."),
                          fb_vcenter_client_get_server (self->vcenter), fingerprint != NULL ? fingerprint : "?");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Trust This Certificate?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "trust", _("_Trust Certificate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "trust", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "trust", fingerprint != NULL);
  g_object_set_data_full (G_OBJECT (dialog), "fingerprint", g_strdup (fingerprint), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (trust_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
login_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FbPreferencesWindow) self = user_data;
  FbVcenterClient *client = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!fb_vcenter_client_login_finish (client, result, &error))
    {
      g_autoptr(FbErrorDescription) d = NULL;
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || client != self->vcenter)
        return;

      if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED))
        {
          set_vcenter_status (self, _("The certificate is not trusted yet."), FALSE);
          ask_trust (self);
          return;
        }

      set_vcenter_busy (self, FALSE);
      d = fb_error_presenter_describe (error);
      text = fb_error_description_to_string (d);
      set_vcenter_status (self, text, TRUE);
      if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED))
        gtk_window_present (GTK_WINDOW (fb_error_presenter_dialog_new (GTK_WINDOW (self), d)));
      return;
    }

  set_vcenter_busy (self, FALSE);
  set_vcenter_status (self, NULL, FALSE);
  fb_vcenter_client_remember_password_async (client, self->cancellable, remember_cb, g_object_ref (self));
  fb_vcenter_client_logout_async (client, NULL, logout_cb, NULL);

  /* Translators: %s is a vCenter's host name */
  message = g_strdup_printf (_("Connected to %s"), fb_vcenter_client_get_server (client));
  show_toast (self, message);
  update_vcenters (self);
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
}

static void
vcenter_login (FbPreferencesWindow *self)
{
  fb_vcenter_client_login_async (self->vcenter, self->cancellable, login_cb, g_object_ref (self));
}

static void
vcenter_connect_clicked_cb (FbPreferencesWindow *self)
{
  g_autofree char *uri = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->vcenter_connect_button)))
    return;

  uri = vcenter_base_uri (gtk_editable_get_text (GTK_EDITABLE (self->vcenter_server_row)));
  g_clear_object (&self->vcenter);
  self->vcenter = fb_vcenter_client_new (uri, gtk_editable_get_text (GTK_EDITABLE (self->vcenter_user_row)),
                                         self->pins);
  fb_vcenter_client_set_keepalive_seconds (self->vcenter, 0);
  fb_vcenter_client_set_password (self->vcenter, gtk_editable_get_text (GTK_EDITABLE (self->vcenter_password_row)));

  set_vcenter_busy (self, TRUE);
  set_vcenter_status (self, _("Connecting…"), FALSE);
  vcenter_login (self);
}

static void
add_vcenter_clicked_cb (FbPreferencesWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->vcenter_password_row), "");
  set_vcenter_status (self, NULL, FALSE);
  set_vcenter_busy (self, FALSE);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), self->add_vcenter_page);
  gtk_widget_grab_focus (GTK_WIDGET (self->vcenter_server_row));
}

static void
add_vcenter_back_cb (FbPreferencesWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->vcenter);
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
}

static void
fb_preferences_window_dispose (GObject *object)
{
  FbPreferencesWindow *self = (FbPreferencesWindow *)object;

  /* libadwaita 1.2 keeps every group of an AdwPreferencesWindow's pages alive after the
   * window (1.2.2: the window's search model maps each group to its rows and never
   * releases it), and with a group its rows. Nothing of ours may stay there: the
   * accounts' Sign Out buttons hold their sessions, and the rows bound to GSettings would
   * go on following the settings. */
  if (self->account_rows != NULL)
    clear_rows (self->accounts_group, self->account_rows);
  if (self->vcenter_rows != NULL)
    clear_rows (self->vcenter_group, self->vcenter_rows);
  if (self->settings != NULL)
    {
      g_settings_unbind (self->polling_adjustment, "value");
      g_settings_unbind (self->notify_switch, "active");
      g_settings_unbind (self->recovery_point_row, "selected");
    }

  g_cancellable_cancel (self->cancellable);
  if (self->app_signals != NULL)
    g_signal_group_set_target (self->app_signals, NULL);
  if (self->sessions_signals != NULL)
    g_signal_group_set_target (self->sessions_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pins);
  g_clear_object (&self->vcenter);
  g_clear_object (&self->app_signals);
  g_clear_object (&self->sessions_signals);
  g_clear_object (&self->add_vcenter_page_ref);
  g_clear_pointer (&self->account_rows, g_ptr_array_unref);
  g_clear_pointer (&self->vcenter_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fb_preferences_window_parent_class)->dispose (object);
}

static void
fb_preferences_window_class_init (FbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, polling_adjustment);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, recovery_point_row);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_group);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, add_account_button);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, add_vcenter_button);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, add_vcenter_page);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_server_row);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_user_row);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_password_row);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_status_label);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, vcenter_connect_button);
  gtk_widget_class_bind_template_callback (widget_class, add_account_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_vcenter_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_vcenter_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, vcenter_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, vcenter_connect_clicked_cb);
}

static void
fb_preferences_window_init (FbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.failback.Failback");

  g_settings_bind (self->settings, "polling-interval",
                   self->polling_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "notify-job-finished",
                   self->notify_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-recovery-point",
                                self->recovery_point_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                recovery_point_get_mapping,
                                recovery_point_set_mapping,
                                NULL, NULL);

  self->add_vcenter_page_ref = g_object_ref_sink (self->add_vcenter_page);
  self->cancellable = g_cancellable_new ();
  self->account_rows = g_ptr_array_new ();
  self->vcenter_rows = g_ptr_array_new ();
  self->pins = fb_vcenter_pins_new (NULL);

  self->app_signals = g_signal_group_new (FB_TYPE_APPLICATION);
  g_signal_group_connect_swapped (self->app_signals, "notify::session",
                                  G_CALLBACK (update_accounts), self);
  self->sessions_signals = g_signal_group_new (G_TYPE_LIST_STORE);
  g_signal_group_connect_swapped (self->sessions_signals, "items-changed",
                                  G_CALLBACK (update_accounts), self);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  application_changed_cb (self);
  update_vcenters (self);
}

GtkWidget *
fb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (FB_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
