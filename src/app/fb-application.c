/* fb-application.c - the Failback application
 *
 * Command line: --version prints "failback VERSION" and exits; --demo opens the window
 * on the demo site (forwarded to a running instance as the app.demo action).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-application.h"
#include "fb-job-notifier.h"
#include "fb-preferences-window.h"
#include "fb-sim-server.h"
#include "fb-window.h"

struct _FbApplication
{
  AdwApplication parent_instance;

  FbSession *session;

  /* The demo site: the simulator, running in-process while the app runs. */
  FbSimServer *demo_server;
  FbSession *demo_session;

  /* GUI-3: notifications when jobs end, and the app held while they run. */
  FbJobNotifier *job_notifier;
  /* GUI-3: every signed-in account (and the demo site while it is open), FbSession. */
  GListStore *sessions;

  /* --demo was given to this (primary) instance: start the demo on activate. */
  guint demo_on_activate : 1;
};

G_DEFINE_FINAL_TYPE (FbApplication, fb_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the demo site, simulated on this computer"), NULL },
  { NULL }
};

static FbWindow *
fb_application_ensure_window (FbApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!FB_IS_WINDOW (window))
    window = GTK_WINDOW (fb_window_new (self));

  gtk_window_present (window);

  return FB_WINDOW (window);
}

static void
fb_application_start_demo (FbApplication *self)
{
  FbWindow *window = fb_application_ensure_window (self);
  g_autoptr(FbSimServer) server = NULL;
  g_autoptr(GError) error = NULL;

  if (self->demo_session == NULL)
    {
      /* Benchmarks and tests may pick another scenario ("large:10000", a file)
       * and run the demo's simulated time faster (demo mode only). */
      const char *scenario = g_getenv ("FAILBACK_DEMO_SCENARIO");
      const char *speed = g_getenv ("FAILBACK_DEMO_SPEED");

      server = fb_sim_server_new (scenario != NULL && *scenario != '\0' ? scenario : "demo", &error);
      if (server != NULL && speed != NULL && g_ascii_strtod (speed, NULL) >= 1.0)
        fb_sim_server_set_speed (server, g_ascii_strtod (speed, NULL));
      if (server == NULL || !fb_sim_server_start (server, 0, &error))
        {
          g_autofree char *message = NULL;

          g_debug ("demo site: %s", error->message);
          /* Translators: %s is the reason, e.g. an error message of the system */
          message = g_strdup_printf (_("The demo site could not be started: %s"), error->message);
          fb_window_show_toast (window, message);
          return;
        }

      g_debug ("demo site serving at %s", fb_sim_server_get_base_uri (server));
      self->demo_server = g_steal_pointer (&server);
      /* Signs in with the simulator's service principal, then loads the vaults. */
      self->demo_session = fb_session_new_demo (self->demo_server, NULL);
    }

  fb_application_set_session (self, self->demo_session);
}

static void
fb_application_stop_demo (FbApplication *self)
{
  /* GUI-3: the demo site is no longer one of the accounts. */
  if (self->demo_session != NULL && self->sessions != NULL)
    fb_application_remove_session (self, self->demo_session);
  if (self->session == self->demo_session)
    fb_application_set_session (self, NULL);
  g_clear_object (&self->demo_session);

  if (self->demo_server != NULL)
    fb_sim_server_stop (self->demo_server);
  g_clear_object (&self->demo_server);
}

static int
fb_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  FbApplication *self = FB_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("failback %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }

      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "demo", NULL);
          return EXIT_SUCCESS;
        }

      self->demo_on_activate = TRUE;
    }

  return G_APPLICATION_CLASS (fb_application_parent_class)->handle_local_options (app, options);
}

static void
fb_application_activate (GApplication *app)
{
  FbApplication *self = FB_APPLICATION (app);

  fb_application_ensure_window (self);

  if (self->demo_on_activate)
    {
      self->demo_on_activate = FALSE;
      fb_application_start_demo (self);
    }
}

static void
fb_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  FbApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing runs each window's close-request, which saves its state. */
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_application_quit (G_APPLICATION (self));
}

static void
fb_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  FbApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (fb_preferences_window_new (parent)));
}

static void
fb_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  FbApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "Failback developers", NULL };
  g_autofree char *debug_info = NULL;
  GtkWidget *about;

  debug_info = g_strdup_printf ("Failback %s (%s)\nApplication ID: %s\n"
                                "GLib %u.%u.%u\nGTK %u.%u.%u\nlibadwaita %u.%u.%u\n",
                                PACKAGE_VERSION, PROFILE, APPLICATION_ID,
                                glib_major_version, glib_minor_version, glib_micro_version,
                                gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
                                adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version ());

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application", self,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Failback"),
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Failback developers"),
                        "developers", developers,
                        "copyright", _("© 2026 Failback developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/failback/failback",
                        "issue-url", "https://github.com/failback/failback/issues",
                        /* Translators: Replace "translator-credits" with your name, one a line */
                        "translator-credits", _("translator-credits"),
                        "debug-info", debug_info,
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
fb_application_demo_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  fb_application_start_demo (FB_APPLICATION (user_data));
}

/* app.show-job (string: the job's ARM id or name), the default action of a job's
 * notification: raises the window on the account that holds the job and opens its page. */
static void
fb_application_show_job_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  FbApplication *self = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  FbSession *owner = NULL;
  FbWindow *window;

  if (self->session != NULL && fb_session_lookup_job (self->session, id) != NULL)
    owner = self->session;
  for (guint i = 0; owner == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->sessions)); i++)
    {
      g_autoptr(FbSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);

      if (fb_session_lookup_job (session, id) != NULL)
        owner = session;
    }

  if (owner != NULL && owner != self->session)
    fb_application_set_session (self, owner);

  window = fb_application_ensure_window (self);
  /* Says so with a toast when the job is not (or no longer) listed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "s", id);
}

static const GActionEntry app_actions[] = {
  { "quit", fb_application_quit_action },
  { "preferences", fb_application_preferences_action },
  { "about", fb_application_about_action },
  { "demo", fb_application_demo_action },
  { "show-job", fb_application_show_job_action, "s" },
};

static void
fb_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (fb_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);

  /* GUI-3: jobs keep the app running and notify when they end. */
  FB_APPLICATION (app)->job_notifier = fb_job_notifier_new (GTK_APPLICATION (app));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (FB_APPLICATION (app)->sessions)); i++)
    {
      g_autoptr(FbSession) session = g_list_model_get_item (G_LIST_MODEL (FB_APPLICATION (app)->sessions), i);

      fb_job_notifier_watch_session (FB_APPLICATION (app)->job_notifier, session);
    }
}

static void
fb_application_shutdown (GApplication *app)
{
  FbApplication *self = FB_APPLICATION (app);

  fb_application_stop_demo (self);
  g_clear_object (&self->session);
  g_clear_object (&self->job_notifier);   /* GUI-3 */

  G_APPLICATION_CLASS (fb_application_parent_class)->shutdown (app);
}

static void
fb_application_dispose (GObject *object)
{
  FbApplication *self = (FbApplication *)object;

  fb_application_stop_demo (self);
  g_clear_object (&self->session);
  g_clear_object (&self->job_notifier);   /* GUI-3 */
  g_clear_object (&self->sessions);       /* GUI-3 */

  G_OBJECT_CLASS (fb_application_parent_class)->dispose (object);
}

static void
fb_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FbApplication *self = FB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FbApplication *self = FB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      fb_application_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_application_class_init (FbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = fb_application_dispose;
  object_class->get_property = fb_application_get_property;
  object_class->set_property = fb_application_set_property;

  app_class->handle_local_options = fb_application_handle_local_options;
  app_class->activate = fb_application_activate;
  app_class->startup = fb_application_startup;
  app_class->shutdown = fb_application_shutdown;

  /**
   * FbApplication:session:
   *
   * The account or endpoint the window shows: the demo site or a signed-in Azure
   * account, or %NULL while there is none (the welcome page shows).
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_application_init (FbApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Fail machines back from Azure Site Recovery to on-premises VMware."));
  self->sessions = g_list_store_new (FB_TYPE_SESSION);   /* GUI-3 */
}

FbApplication *
fb_application_new (void)
{
  return g_object_new (FB_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       /* The same resources serve both profiles' application ids. */
                       "resource-base-path", "/io/github/failback/Failback",
                       NULL);
}

/**
 * fb_application_get_session:
 * @self: a #FbApplication
 *
 * Returns: (transfer none) (nullable): the current session
 */
FbSession *
fb_application_get_session (FbApplication *self)
{
  g_return_val_if_fail (FB_IS_APPLICATION (self), NULL);

  return self->session;
}

/**
 * fb_application_set_session:
 * @self: a #FbApplication
 * @session: (nullable): the new session
 */
void
fb_application_set_session (FbApplication *self,
                            FbSession     *session)
{
  g_return_if_fail (FB_IS_APPLICATION (self));
  g_return_if_fail (session == NULL || FB_IS_SESSION (session));

  /* The notifier follows the jobs of every account (until the account is removed),
   * not only those of the account shown. */
  if (self->job_notifier != NULL && session != NULL)
    fb_job_notifier_watch_session (self->job_notifier, session);

  /* GUI-3: a session shown once is one of the app's accounts until removed. */
  if (session != NULL && self->sessions != NULL && !g_list_store_find (self->sessions, session, NULL))
    g_list_store_append (self->sessions, session);

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* GUI-3: several accounts ------------------------------------------------------- */

/**
 * fb_application_get_sessions:
 * @self: a #FbApplication
 *
 * Returns: (transfer none): every account's #FbSession (and the demo site's while open)
 */
GListModel *
fb_application_get_sessions (FbApplication *self)
{
  g_return_val_if_fail (FB_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

/**
 * fb_application_add_session:
 * @self: a #FbApplication
 * @session: a signed-in account's session
 *
 * Adds the account and shows it (it becomes the current session).
 */
void
fb_application_add_session (FbApplication *self,
                            FbSession     *session)
{
  g_return_if_fail (FB_IS_APPLICATION (self));
  g_return_if_fail (FB_IS_SESSION (session));

  fb_application_set_session (self, session);
}

/**
 * fb_application_remove_session:
 * @self: a #FbApplication
 * @session: one of the app's sessions
 *
 * Forgets the account; when it was the current one, the next account (or none) is shown.
 */
void
fb_application_remove_session (FbApplication *self,
                               FbSession     *session)
{
  guint position;

  g_return_if_fail (FB_IS_APPLICATION (self));
  g_return_if_fail (FB_IS_SESSION (session));

  if (!g_list_store_find (self->sessions, session, &position))
    return;

  g_object_ref (session);
  g_list_store_remove (self->sessions, position);
  if (self->session == session)
    {
      g_autoptr(FbSession) next = g_list_model_get_item (G_LIST_MODEL (self->sessions), 0);

      fb_application_set_session (self, next);
    }
  if (self->job_notifier != NULL)
    fb_job_notifier_unwatch_session (self->job_notifier, session);
  g_object_unref (session);
}
