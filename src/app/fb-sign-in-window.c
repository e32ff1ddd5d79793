/* fb-sign-in-window.c - signing in to an Azure account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-application.h"
#include "fb-cloud.h"
#include "fb-error-presenter.h"
#include "fb-secret-store.h"
#include "fb-sign-in-window.h"

struct _FbSignInWindow
{
  AdwWindow parent_instance;

  GCancellable *cancellable;
  FbAzureAuth *auth;
  FbSession *session;
  gulong device_code_handler;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkButton *back_button;
  GtkStack *stack;
  AdwComboRow *cloud_row;
  AdwEntryRow *login_row;
  AdwEntryRow *arm_row;
  GtkLabel *endpoint_error_label;
  AdwEntryRow *device_tenant_row;
  AdwEntryRow *device_client_row;
  GtkButton *device_button;
  GtkButton *principal_button;
  GtkLabel *verification_label;
  GtkLabel *code_label;
  GtkButton *copy_button;
  GtkButton *open_button;
  GtkSpinner *device_spinner;
  GtkLabel *device_status_label;
  AdwEntryRow *tenant_row;
  AdwEntryRow *client_row;
  AdwPasswordEntryRow *secret_row;
  GtkLabel *principal_error_label;
  GtkSpinner *principal_spinner;
  GtkButton *principal_sign_in_button;
  AdwStatusPage *no_keyring_page;
};

G_DEFINE_FINAL_TYPE (FbSignInWindow, fb_sign_in_window, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The combo row's positions. */
enum {
  CLOUD_AZURE,
  CLOUD_CHINA,
  CLOUD_US_GOVERNMENT,
  CLOUD_CUSTOM,
};

static const char * const cloud_names[] = {
  "AzureCloud",
  "AzureChinaCloud",
  "AzureUSGovernment",
};

gboolean
fb_sign_in_is_guid (const char *text)
{
  static const int groups[] = { 8, 4, 4, 4, 12 };
  const char *p = text;

  if (text == NULL)
    return FALSE;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      for (int i = 0; i < groups[g]; i++, p++)
        if (!g_ascii_isxdigit (*p))
          return FALSE;
      if (g + 1 < G_N_ELEMENTS (groups))
        {
          if (*p != '-')
            return FALSE;
          p++;
        }
    }

  return *p == '\0';
}

char *
fb_sign_in_check_endpoint (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (text == NULL || *text == '\0')
    return g_strdup (_("Enter the address."));

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return g_strdup (_("This is not a web address (https://…)."));

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return NULL;
  if (g_ascii_strcasecmp (scheme, "http") == 0 &&
      (g_str_equal (host, "127.0.0.1") || g_ascii_strcasecmp (host, "localhost") == 0 ||
       g_str_equal (host, "::1")))
    return NULL;

  return g_strdup (_("Use an https:// address (http:// only for this computer)."));
}

static void
set_row_error (AdwEntryRow *row,
               gboolean     error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
custom_cloud (FbSignInWindow *self)
{
  return adw_combo_row_get_selected (self->cloud_row) == CLOUD_CUSTOM;
}

/* Checks everything typed so far; marks the rows and says what is wrong. Empty rows
 * are not marked (nothing typed yet) but still count as incomplete. */
static void
validate (FbSignInWindow *self)
{
  g_autoptr(GString) endpoint_message = g_string_new (NULL);
  g_autoptr(GString) principal_message = g_string_new (NULL);
  gboolean endpoints_ok = TRUE;
  gboolean device_ok, principal_ok;
  const char *text;

  if (custom_cloud (self))
    {
      AdwEntryRow *rows[] = { self->login_row, self->arm_row };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          g_autofree char *problem = fb_sign_in_check_endpoint (row_text (rows[i]));
          gboolean empty = *row_text (rows[i]) == '\0';

          set_row_error (rows[i], problem != NULL && !empty);
          if (problem != NULL)
            endpoints_ok = FALSE;
          if (problem != NULL && !empty)
            {
              if (endpoint_message->len > 0)
                g_string_append_c (endpoint_message, '\n');
              /* Translators: "Login Endpoint: Use an https:// address..." */
              g_string_append_printf (endpoint_message, _("%s: %s"),
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])), problem);
            }
        }
    }
  gtk_label_set_label (self->endpoint_error_label, endpoint_message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->endpoint_error_label), endpoint_message->len > 0);

  /* Browser sign-in: an optional client id must be a GUID. */
  text = row_text (self->device_client_row);
  device_ok = *text == '\0' || fb_sign_in_is_guid (text);
  set_row_error (self->device_client_row, !device_ok);
  gtk_widget_set_sensitive (GTK_WIDGET (self->device_button), endpoints_ok && device_ok);

  /* Service principal: tenant and client id are GUIDs, the secret is not empty. */
  principal_ok = TRUE;
  {
    AdwEntryRow *rows[] = { self->tenant_row, self->client_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *t = row_text (rows[i]);
        gboolean ok = fb_sign_in_is_guid (t);

        set_row_error (rows[i], !ok && *t != '\0');
        if (!ok)
          principal_ok = FALSE;
        if (!ok && *t != '\0')
          {
            if (principal_message->len > 0)
              g_string_append_c (principal_message, '\n');
            /* Translators: %s is "Tenant ID" or "Client ID" */
            g_string_append_printf (principal_message, _("%s must be a GUID like 00000000-0000-0000-0000-000000000000."),
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])));
          }
      }
  }
  if (*row_text (ADW_ENTRY_ROW (self->secret_row)) == '\0')
    principal_ok = FALSE;
  gtk_label_set_label (self->principal_error_label, principal_message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->principal_error_label), principal_message->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->principal_sign_in_button),
                            principal_ok && endpoints_ok &&
                            !gtk_widget_get_visible (GTK_WIDGET (self->principal_spinner)));
}

static void
form_changed_cb (FbSignInWindow *self)
{
  validate (self);
}

static void
cloud_changed_cb (FbSignInWindow *self)
{
  gboolean custom = custom_cloud (self);

  gtk_widget_set_visible (GTK_WIDGET (self->login_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->arm_row), custom);
  validate (self);
}

static FbCloud *
make_cloud (FbSignInWindow  *self,
            GError         **error)
{
  guint selected = adw_combo_row_get_selected (self->cloud_row);

  if (selected < G_N_ELEMENTS (cloud_names))
    return fb_cloud_new_named (cloud_names[selected]);

  return fb_cloud_new_custom (row_text (self->login_row), row_text (self->arm_row), NULL, error);
}

static void
show_page (FbSignInWindow *self,
           const char     *name)
{
  gboolean first = g_str_equal (name, "choose");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          g_str_equal (name, "service-principal"));

  if (first)
    adw_window_title_set_subtitle (self->window_title, NULL);
  else if (g_str_equal (name, "device-code"))
    adw_window_title_set_subtitle (self->window_title, _("Browser Sign-In"));
  else if (g_str_equal (name, "service-principal"))
    adw_window_title_set_subtitle (self->window_title, _("Service Principal"));
}

static void
stop_device_flow (FbSignInWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->auth != NULL && self->device_code_handler != 0)
    g_clear_signal_handler (&self->device_code_handler, self->auth);
  gtk_spinner_stop (self->device_spinner);
}

static char *
account_title (FbAzureAuth *auth)
{
  char *name;

  if (fb_azure_auth_get_kind (auth) == FB_AZURE_AUTH_KIND_DEVICE_CODE)
    {
      name = fb_azure_auth_dup_claim (auth, "upn");
      if (name == NULL)
        name = fb_azure_auth_dup_claim (auth, "preferred_username");
      if (name == NULL)
        name = fb_azure_auth_dup_claim (auth, "name");
      if (name != NULL)
        return name;
    }

  /* Translators: an account's title; %s is the client id of a service principal */
  return g_strdup_printf (_("Service principal %s"), fb_azure_auth_get_client_id (auth));
}

static void
show_result (FbSignInWindow *self)
{
  const char *keyring_error = fb_azure_auth_get_keyring_error (self->auth);

  if (keyring_error != NULL)
    {
      g_autofree char *description =
        g_strdup_printf (_("The keyring is not available, so the secret cannot be kept: %s\nYou stay signed in until Failback quits; next time you will have to sign in again."),
                         keyring_error);

      adw_status_page_set_description (self->no_keyring_page, description);
      gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "no-keyring");
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
keyring_busy_cb (FbSignInWindow *self)
{
  if (self->auth == NULL || fb_azure_auth_get_keyring_busy (self->auth))
    return;

  g_signal_handlers_disconnect_by_func (self->auth, keyring_busy_cb, self);
  show_result (self);
}

static void
finish_sign_in (FbSignInWindow *self)
{
  g_autofree char *title = account_title (self->auth);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_clear_object (&self->session);
  self->session = fb_session_new_for_account (self->auth, title);

  g_signal_emit (self, signals[SIGNAL_SIGNED_IN], 0, self->session);

  /* GUI-3: several accounts - the application keeps every signed-in session. */
  if (FB_IS_APPLICATION (app))
    fb_application_add_session (FB_APPLICATION (app), self->session);

  /* The secret is still being written: say how that went once it is done. */
  if (fb_azure_auth_get_keyring_busy (self->auth))
    {
      g_signal_connect_object (self->auth, "notify::keyring-busy", G_CALLBACK (keyring_busy_cb),
                               self, G_CONNECT_SWAPPED);
      return;
    }

  show_result (self);
}

static void
continue_clicked_cb (FbSignInWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* ---- device code ---------------------------------------------------------------- */

static void
device_code_cb (FbAzureAuth    *auth,
                const char     *user_code,
                const char     *verification_uri,
                const char     *message,
                FbSignInWindow *self)
{
  g_autofree char *text = NULL;

  gtk_label_set_label (self->code_label, user_code);
  /* Translators: %s is a web address, e.g. https://microsoft.com/devicelogin */
  text = g_strdup_printf (_("Open %s in a browser, enter the code and sign in with your account."), verification_uri);
  gtk_label_set_label (self->verification_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->open_button));
  gtk_label_set_label (self->device_status_label, _("Waiting for you to sign in in the browser…"));
}

static void
device_sign_in_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FbSignInWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_azure_auth_sign_in_device_code_finish (FB_AZURE_AUTH (source), result, &error))
    {
      g_autoptr(FbErrorDescription) d = NULL;
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      gtk_spinner_stop (self->device_spinner);
      d = fb_error_presenter_describe (error);
      text = fb_error_description_to_string (d);
      gtk_label_set_label (self->device_status_label, text);
      return;
    }

  gtk_spinner_stop (self->device_spinner);
  gtk_label_set_label (self->device_status_label, _("Signed in."));
  finish_sign_in (self);
}

static void
device_clicked_cb (FbSignInWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbCloud) cloud = make_cloud (self, &error);
  g_autoptr(FbSecretStore) store = NULL;
  const char *tenant = row_text (self->device_tenant_row);
  const char *client = row_text (self->device_client_row);

  if (cloud == NULL)
    {
      gtk_label_set_label (self->endpoint_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->endpoint_error_label), TRUE);
      return;
    }

  stop_device_flow (self);
  store = fb_secret_store_new ();
  g_clear_object (&self->auth);
  self->auth = fb_azure_auth_new (cloud, *tenant != '\0' ? tenant : "organizations",
                                  *client != '\0' ? client : NULL, store);
  self->device_code_handler = g_signal_connect (self->auth, "device-code", G_CALLBACK (device_code_cb), self);

  gtk_label_set_label (self->code_label, "·········");
  gtk_label_set_label (self->verification_label, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), FALSE);
  gtk_label_set_label (self->device_status_label, _("Asking for a code…"));
  gtk_spinner_start (self->device_spinner);
  show_page (self, "device-code");

  fb_azure_auth_sign_in_device_code_async (self->auth, self->cancellable, device_sign_in_cb, g_object_ref (self));
}

static void
device_cancel_clicked_cb (FbSignInWindow *self)
{
  stop_device_flow (self);
  g_clear_object (&self->auth);
  show_page (self, "choose");
}

static void
copy_clicked_cb (FbSignInWindow *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_set_text (clipboard, gtk_label_get_label (self->code_label));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Code copied")));
}

static void
open_clicked_cb (FbSignInWindow *self)
{
  const char *uri = self->auth != NULL ? fb_azure_auth_get_verification_uri (self->auth) : NULL;

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* ---- service principal ------------------------------------------------------------ */

static void
principal_clicked_cb (FbSignInWindow *self)
{
  show_page (self, "service-principal");
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->tenant_row));
}

static void
set_principal_busy (FbSignInWindow *self,
                    gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->principal_spinner), busy);
  gtk_spinner_set_spinning (self->principal_spinner, busy);
  /* Not insensitive: a focused entry must not lose its sensitivity under the cursor. */
  gtk_editable_set_editable (GTK_EDITABLE (self->tenant_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->client_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->secret_row), !busy);
  validate (self);
}

static void
principal_sign_in_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(FbSignInWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_azure_auth_sign_in_client_secret_finish (FB_AZURE_AUTH (source), result, &error))
    {
      g_autoptr(FbErrorDescription) d = NULL;
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_principal_busy (self, FALSE);
      d = fb_error_presenter_describe (error);
      text = fb_error_description_to_string (d);
      gtk_label_set_label (self->principal_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->principal_error_label), TRUE);
      return;
    }

  set_principal_busy (self, FALSE);
  finish_sign_in (self);
}

static void
principal_sign_in_clicked_cb (FbSignInWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbCloud) cloud = NULL;
  g_autoptr(FbSecretStore) store = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->principal_sign_in_button)))
    return;

  cloud = make_cloud (self, &error);
  if (cloud == NULL)
    {
      gtk_label_set_label (self->principal_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->principal_error_label), TRUE);
      return;
    }

  store = fb_secret_store_new ();
  g_clear_object (&self->auth);
  self->auth = fb_azure_auth_new (cloud, row_text (self->tenant_row), row_text (self->client_row), store);
  set_principal_busy (self, TRUE);
  fb_azure_auth_sign_in_client_secret_async (self->auth, row_text (ADW_ENTRY_ROW (self->secret_row)), TRUE,
                                             self->cancellable, principal_sign_in_cb, g_object_ref (self));
}

static void
back_clicked_cb (FbSignInWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_principal_busy (self, FALSE);
  show_page (self, "choose");
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
fb_sign_in_window_dispose (GObject *object)
{
  FbSignInWindow *self = (FbSignInWindow *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->auth != NULL && self->device_code_handler != 0)
    g_clear_signal_handler (&self->device_code_handler, self->auth);

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_SIGN_IN_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->auth);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fb_sign_in_window_parent_class)->dispose (object);
}

static void
fb_sign_in_window_class_init (FbSignInWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fb_sign_in_window_dispose;

  /**
   * FbSignInWindow::signed-in:
   * @session: the new account's session
   */
  signals[SIGNAL_SIGNED_IN] =
    g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FB_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-sign-in-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, cloud_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, login_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, arm_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, endpoint_error_label);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, device_tenant_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, device_client_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, device_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, principal_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, verification_label);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, code_label);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, device_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, device_status_label);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, tenant_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, client_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, secret_row);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, principal_error_label);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, principal_spinner);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, principal_sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, FbSignInWindow, no_keyring_page);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cloud_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, device_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, principal_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, device_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, principal_sign_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, continue_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fb_sign_in_window_init (FbSignInWindow *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  validate (self);
}

FbSignInWindow *
fb_sign_in_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (FB_TYPE_SIGN_IN_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

FbAzureAuth *
fb_sign_in_window_get_auth (FbSignInWindow *self)
{
  g_return_val_if_fail (FB_IS_SIGN_IN_WINDOW (self), NULL);

  return self->auth != NULL && fb_azure_auth_get_signed_in (self->auth) ? self->auth : NULL;
}

FbSession *
fb_sign_in_window_get_session (FbSignInWindow *self)
{
  g_return_val_if_fail (FB_IS_SIGN_IN_WINDOW (self), NULL);

  return self->session;
}
