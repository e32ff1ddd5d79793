/* fb-job-notifier.c - desktop notifications for jobs, and the app kept alive while they run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-error-presenter.h"
#include "fb-format.h"
#include "fb-job-notifier.h"
#include "fb-jobs-view.h"

typedef struct {
  FbJobNotifier *self;
  GWeakRef session;
  FbJobMonitor *monitor;    /* owned */
  gulong updated_handler;
  gulong finished_handler;
  gulong suspended_handler;
} Watch;

struct _FbJobNotifier
{
  GObject parent_instance;

  GWeakRef application;
  GSettings *settings;
  GPtrArray *watches;       /* Watch */
  gulong window_removed_handler;
  guint holding : 1;
};

G_DEFINE_FINAL_TYPE (FbJobNotifier, fb_job_notifier, G_TYPE_OBJECT)

enum {
  SIGNAL_SEND_NOTIFICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
watch_free (gpointer data)
{
  Watch *w = data;

  g_clear_signal_handler (&w->updated_handler, w->monitor);
  g_clear_signal_handler (&w->finished_handler, w->monitor);
  g_clear_signal_handler (&w->suspended_handler, w->monitor);
  g_clear_object (&w->monitor);
  g_weak_ref_clear (&w->session);
  g_free (w);
}

guint
fb_job_notifier_get_n_running (FbJobNotifier *self)
{
  guint n = 0;

  g_return_val_if_fail (FB_IS_JOB_NOTIFIER (self), 0);

  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *w = g_ptr_array_index (self->watches, i);
      GListModel *jobs = fb_job_monitor_get_jobs (w->monitor);

      for (guint j = 0; jobs != NULL && j < g_list_model_get_n_items (jobs); j++)
        {
          g_autoptr(FbJob) job = g_list_model_get_item (jobs, j);

          if (fb_job_is_running (job))
            n++;
        }
    }

  return n;
}

gboolean
fb_job_notifier_get_holding (FbJobNotifier *self)
{
  g_return_val_if_fail (FB_IS_JOB_NOTIFIER (self), FALSE);

  return self->holding;
}

static void
update_hold (FbJobNotifier *self)
{
  g_autoptr(GApplication) app = g_weak_ref_get (&self->application);
  gboolean running = fb_job_notifier_get_n_running (self) > 0;

  if (app == NULL || running == self->holding)
    return;

  self->holding = running;
  if (running)
    g_application_hold (app);
  else
    g_application_release (app);
}

static gboolean
window_focused (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data) && gtk_window_is_active (l->data))
      return TRUE;

  return FALSE;
}

/* @job: (nullable): the job the notification is about; clicking it opens the job's page */
static void
send (FbJobNotifier *self,
      const char    *id,
      const char    *title,
      GNotification *notification,
      FbJob         *job)
{
  g_autoptr(GVariant) target = NULL;
  g_autofree char *detailed_action = NULL;
  const char *job_id = job != NULL ? fb_job_get_id (job) : NULL;
  gboolean handled = FALSE;

  if (job_id == NULL && job != NULL)
    job_id = fb_job_get_name (job);
  if (job_id != NULL)
    {
      target = g_variant_ref_sink (g_variant_new_string (job_id));
      g_notification_set_default_action_and_target_value (notification, "app.show-job", target);
      detailed_action = g_action_print_detailed_name ("app.show-job", target);
    }

  g_signal_emit (self, signals[SIGNAL_SEND_NOTIFICATION], 0, id, title, notification, detailed_action, &handled);
}

typedef struct {
  GApplication *app;
  char *id;
  GNotification *notification;
} Pending;

static void
pending_free (Pending *p)
{
  g_clear_object (&p->app);
  g_free (p->id);
  g_clear_object (&p->notification);
  g_free (p);
}

static void
name_has_owner_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Pending *p = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);

  if (owned)
    g_application_send_notification (p->app, p->id, p->notification);
  else
    g_debug ("no notification server: not sending %s", p->id);

  pending_free (p);
}

/* Inside Flatpak the notification portal takes them; elsewhere they go to the desktop's
 * notification server - if there is none (a bare session, CI) they are only logged,
 * as GLib would otherwise warn. */
static gboolean
fb_job_notifier_real_send_notification (FbJobNotifier *self,
                                        const char    *id,
                                        const char    *title,
                                        GNotification *notification,
                                        const char    *detailed_action)
{
  g_autoptr(GApplication) app = g_weak_ref_get (&self->application);
  GDBusConnection *bus;
  Pending *p;

  if (app == NULL)
    return TRUE;

  bus = g_application_get_dbus_connection (app);
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) || bus == NULL)
    {
      if (bus != NULL)
        g_application_send_notification (app, id, notification);
      return TRUE;
    }

  p = g_new0 (Pending, 1);
  p->app = g_object_ref (app);
  p->id = g_strdup (id);
  p->notification = g_object_ref (notification);
  /* GNOME Shell serves org.gtk.Notifications and org.freedesktop.Notifications alike. */
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.Notifications"),
                          G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          name_has_owner_cb, p);
  return TRUE;
}

static void
job_updated_cb (FbJobNotifier *self)
{
  update_hold (self);
}

static void
job_finished_cb (FbJobNotifier *self,
                 FbJob         *job)
{
  g_autoptr(GtkApplication) app = g_weak_ref_get (&self->application);
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(FbErrorDescription) problem = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *id = NULL;
  const char *state = fb_job_get_state (job);
  const char *target = fb_job_get_target_object_name (job);
  const char *operation = fb_job_operation_label (job);

  if (app != NULL && g_settings_get_boolean (self->settings, "notify-job-finished") && !window_focused (app))
    {
      if (g_strcmp0 (state, "Succeeded") == 0)
        title = target != NULL
                /* Translators: a notification: "Commit of web-01 succeeded" */
                ? g_strdup_printf (_("%s of %s succeeded"), operation, target)
                : g_strdup_printf (_("%s succeeded"), operation);
      else if (g_strcmp0 (state, "Cancelled") == 0)
        title = target != NULL
                /* Translators: a notification: "Commit of web-01 was cancelled" */
                ? g_strdup_printf (_("%s of %s was cancelled"), operation, target)
                : g_strdup_printf (_("%s was cancelled"), operation);
      else
        title = target != NULL
                /* Translators: a notification: "Failover of sql-prod-01 failed" */
                ? g_strdup_printf (_("%s of %s failed"), operation, target)
                : g_strdup_printf (_("%s failed"), operation);

      problem = fb_error_presenter_describe_job (job);
      if (problem != NULL && g_strcmp0 (state, "Cancelled") != 0)
        body = fb_error_description_to_string (problem);
      else if (fb_job_get_start_time (job) != NULL && fb_job_get_end_time (job) != NULL)
        {
          g_autofree char *duration = fb_format_duration (g_date_time_difference (fb_job_get_end_time (job),
                                                                                  fb_job_get_start_time (job)));
          /* Translators: a notification's body; %s is a duration */
          body = g_strdup_printf (_("The job took %s."), duration);
        }

      notification = g_notification_new (title);
      if (body != NULL)
        g_notification_set_body (notification, body);
      g_notification_set_priority (notification, problem != NULL && g_strcmp0 (state, "Cancelled") != 0
                                                 ? G_NOTIFICATION_PRIORITY_HIGH
                                                 : G_NOTIFICATION_PRIORITY_NORMAL);
      id = g_strconcat ("job-", fb_job_get_name (job), NULL);
      send (self, id, title, notification, job);
    }

  update_hold (self);
}

/* A job that waits for a manual action (e.g. a recovery plan's manual group). */
static void
job_suspended_cb (FbJobNotifier *self,
                  FbJob         *job)
{
  g_autoptr(GtkApplication) app = g_weak_ref_get (&self->application);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  const char *target = fb_job_get_target_object_name (job);

  if (app == NULL || !g_settings_get_boolean (self->settings, "notify-job-finished") || window_focused (app))
    return;

  title = target != NULL
          /* Translators: a notification: "Unplanned failover of rp-mail waits for you" */
          ? g_strdup_printf (_("%s of %s waits for you"), fb_job_operation_label (job), target)
          : g_strdup_printf (_("%s waits for you"), fb_job_operation_label (job));
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("The job waits for a manual action. Open it in Failback and resume it when you are done."));
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  id = g_strconcat ("job-", fb_job_get_name (job), NULL);
  send (self, id, title, notification, job);
}

static void
window_removed_cb (FbJobNotifier  *self,
                   GtkWindow      *window,
                   GtkApplication *app)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *body = NULL;
  const char *title = _("Failback keeps running in the background");
  guint n = fb_job_notifier_get_n_running (self);

  if (n == 0 || gtk_application_get_windows (app) != NULL)
    return;

  notification = g_notification_new (title);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u job is still running. You will be notified when it ends.",
                                       "%u jobs are still running. You will be notified when they end.", n),
                          n);
  g_notification_set_body (notification, body);
  send (self, "background", title, notification, NULL);
}

void
fb_job_notifier_watch_session (FbJobNotifier *self,
                               FbSession     *session)
{
  FbJobMonitor *monitor;
  Watch *w;

  g_return_if_fail (FB_IS_JOB_NOTIFIER (self));
  g_return_if_fail (FB_IS_SESSION (session));

  monitor = fb_session_get_job_monitor (session);
  if (monitor == NULL)
    return;

  for (guint i = 0; i < self->watches->len; i++)
    if (((Watch *) g_ptr_array_index (self->watches, i))->monitor == monitor)
      return;

  w = g_new0 (Watch, 1);
  w->self = self;
  g_weak_ref_init (&w->session, session);
  w->monitor = g_object_ref (monitor);
  w->updated_handler = g_signal_connect_swapped (monitor, "job-updated", G_CALLBACK (job_updated_cb), self);
  w->finished_handler = g_signal_connect_swapped (monitor, "job-finished", G_CALLBACK (job_finished_cb), self);
  w->suspended_handler = g_signal_connect_swapped (monitor, "job-suspended", G_CALLBACK (job_suspended_cb), self);
  g_ptr_array_add (self->watches, w);

  update_hold (self);
}

void
fb_job_notifier_unwatch_session (FbJobNotifier *self,
                                 FbSession     *session)
{
  g_return_if_fail (FB_IS_JOB_NOTIFIER (self));
  g_return_if_fail (FB_IS_SESSION (session));

  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *w = g_ptr_array_index (self->watches, i);
      g_autoptr(FbSession) s = g_weak_ref_get (&w->session);

      if (s == session)
        {
          g_ptr_array_remove_index (self->watches, i);
          break;
        }
    }

  update_hold (self);
}

static void
fb_job_notifier_dispose (GObject *object)
{
  FbJobNotifier *self = (FbJobNotifier *)object;
  g_autoptr(GApplication) app = g_weak_ref_get (&self->application);

  if (app != NULL)
    {
      g_clear_signal_handler (&self->window_removed_handler, app);
      if (self->holding)
        g_application_release (app);
    }
  self->holding = FALSE;
  if (self->watches != NULL)
    g_ptr_array_set_size (self->watches, 0);

  G_OBJECT_CLASS (fb_job_notifier_parent_class)->dispose (object);
}

static void
fb_job_notifier_finalize (GObject *object)
{
  FbJobNotifier *self = (FbJobNotifier *)object;

  g_clear_pointer (&self->watches, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_weak_ref_clear (&self->application);

  G_OBJECT_CLASS (fb_job_notifier_parent_class)->finalize (object);
}

static void
fb_job_notifier_class_init (FbJobNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_job_notifier_dispose;
  object_class->finalize = fb_job_notifier_finalize;

  /**
   * FbJobNotifier::send-notification:
   * @id: the notification's id
   * @title: its title
   * @notification: the notification
   * @detailed_action: (nullable): its default action (what clicking it does), as
   *   g_action_print_detailed_name() prints it: "app.show-job('<job ARM id>')" for a job
   *
   * Returns: TRUE when handled (the default handler sends it)
   */
  signals[SIGNAL_SEND_NOTIFICATION] =
    g_signal_new_class_handler ("send-notification", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (fb_job_notifier_real_send_notification),
                                g_signal_accumulator_true_handled, NULL, NULL,
                                G_TYPE_BOOLEAN, 4, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_NOTIFICATION,
                                G_TYPE_STRING);
}

static void
fb_job_notifier_init (FbJobNotifier *self)
{
  self->watches = g_ptr_array_new_with_free_func (watch_free);
  self->settings = g_settings_new ("io.github.failback.Failback");
}

FbJobNotifier *
fb_job_notifier_new (GtkApplication *application)
{
  FbJobNotifier *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (FB_TYPE_JOB_NOTIFIER, NULL);
  g_weak_ref_init (&self->application, application);
  self->window_removed_handler = g_signal_connect_swapped (application, "window-removed",
                                                           G_CALLBACK (window_removed_cb), self);
  return self;
}
