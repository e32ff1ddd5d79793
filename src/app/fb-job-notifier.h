/* fb-job-notifier.h - desktop notifications for jobs, and the app kept alive while they run
 *
 * FbJobNotifier follows the FbJobMonitor of every session it watches:
 *  - while any watched monitor has a running job it holds the application
 *    (g_application_hold), so that closing the window does not stop the tracking; the
 *    hold is released when the last job ends;
 *  - when a job ends while no window of the application is focused (and the GSettings
 *    key notify-job-finished is on) it sends a GNotification (through the notification
 *    portal inside Flatpak) saying what ended and how;
 *  - when the last window closes while jobs run it says that Failback goes on in the
 *    background.
 *
 * Clicking a job's notification (its default action app.show-job, with the job's ARM id
 * as target) raises the window and opens the job's page.
 *
 * Notifications go out through the "send-notification" signal (id, title, GNotification,
 * detailed default action); its default handler calls g_application_send_notification().
 * A handler that returns TRUE stops that (tests record them this way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_JOB_NOTIFIER (fb_job_notifier_get_type ())
G_DECLARE_FINAL_TYPE (FbJobNotifier, fb_job_notifier, FB, JOB_NOTIFIER, GObject)

FbJobNotifier *fb_job_notifier_new            (GtkApplication *application);
/* Follows @session's job monitor until the session is finalized or unwatched. */
void           fb_job_notifier_watch_session  (FbJobNotifier  *self,
                                               FbSession      *session);
void           fb_job_notifier_unwatch_session (FbJobNotifier *self,
                                                FbSession     *session);
/* Running jobs in every watched monitor. */
guint          fb_job_notifier_get_n_running  (FbJobNotifier  *self);
/* TRUE while the notifier holds the application. */
gboolean       fb_job_notifier_get_holding    (FbJobNotifier  *self);

G_END_DECLS
