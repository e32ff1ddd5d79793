/* fb-error-presenter.c - errors as translated, actionable text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-arm-client.h"
#include "fb-error-presenter.h"
#include "fb-job-task.h"
#include "fb-preflight.h"
#include "fb-secret-store.h"
#include "fb-vcenter-client.h"

/* How long the throttled banner stays without a new report. */
#define THROTTLE_BANNER_SECONDS 60
/* The agent registers within 15 minutes of the failback (domain.md). */
#define AGENT_WAIT_SECONDS (15 * 60)

void
fb_error_description_free (FbErrorDescription *description)
{
  if (description == NULL)
    return;

  g_free (description->title);
  g_free (description->message);
  g_free (description->causes);
  g_free (description->action);
  g_free (description->remedy_label);
  g_free (description->code);
  g_free (description);
}

char *
fb_error_description_to_string (const FbErrorDescription *d)
{
  GString *s;

  g_return_val_if_fail (d != NULL, NULL);

  s = g_string_new (d->title);
  if (d->message != NULL && g_strcmp0 (d->message, d->title) != 0)
    g_string_append_printf (s, "\n%s", d->message);
  if (d->action != NULL)
    g_string_append_printf (s, "\n%s", d->action);

  return g_string_free (s, FALSE);
}

static FbErrorDescription *
description_new (FbKnownError  known,
                 const char   *title,
                 const char   *message)
{
  FbErrorDescription *d = g_new0 (FbErrorDescription, 1);

  d->known = known;
  d->title = g_strdup (title);
  d->message = g_strdup (message);
  return d;
}

static gboolean
code_is (const char *code,
         const char *known)
{
  return code != NULL && g_ascii_strcasecmp (code, known) == 0;
}

/* The known errors by the service's code. Returns NULL for an unknown code. */
static FbErrorDescription *
describe_known_code (const char *code,
                     const char *message)
{
  FbErrorDescription *d = NULL;

  if (code_is (code, "8038"))
    {
      d = description_new (FB_KNOWN_ERROR_HOST_MEMORY,
                           _("The ESXi host lacks memory"), message);
      d->causes = g_strdup (_("The on-premises virtual machine could not be started because its ESXi host does not have enough free memory (error 8038)."));
      d->action = g_strdup (_("Move the virtual machine with vMotion to a host with enough free memory, or give the host more memory. Then restart the failback."));
      d->remedy = FB_ERROR_REMEDY_VMOTION;
      d->remedy_label = g_strdup (_("Move to Another Host…"));
      d->blocking = TRUE;
    }
  else if (fb_preflight_is_agent_not_registered (code, message))
    {
      d = description_new (FB_KNOWN_ERROR_AGENT_NOT_INSTALLED,
                           _("The Mobility agent has not registered yet"), message);
      d->causes = g_strdup (_("After a failback the agent on the on-premises machine needs up to 15 minutes to register with the configuration server."));
      d->action = g_strdup (_("Wait up to 15 minutes, then try again. Failback can retry by itself when the time is up."));
      d->remedy = FB_ERROR_REMEDY_WAIT_AND_RETRY;
      d->remedy_label = g_strdup (_("Wait and Retry"));
      d->wait_seconds = AGENT_WAIT_SECONDS;
    }
  else if (code_is (code, "VCenterNotConnected"))
    {
      d = description_new (FB_KNOWN_ERROR_VCENTER_NOT_CONNECTED,
                           _("vCenter is not connected"), message);
      d->causes = g_strdup (_("The configuration server has lost its connection to the vCenter. Without it, disks cannot be detached or attached."));
      d->action = g_strdup (_("Reconnect the vCenter to the configuration server (check its address and the run-as account), then fail back again."));
      d->blocking = TRUE;
    }
  else if (code_is (code, "MasterTargetHasSnapshots"))
    {
      d = description_new (FB_KNOWN_ERROR_MASTER_TARGET_SNAPSHOTS,
                           _("The master target has snapshots"), message);
      d->causes = g_strdup (_("Reprotect cannot use a master target server whose virtual machine has snapshots."));
      d->action = g_strdup (_("Delete the snapshots of the master target's virtual machine in vCenter, or choose another master target, then reprotect again."));
      d->blocking = TRUE;
    }
  else if (code_is (code, "PhysicalServerFailbackNotSupported"))
    {
      d = description_new (FB_KNOWN_ERROR_PHYSICAL_NOT_SUPPORTED,
                           _("This server cannot fail back"), message);
      d->causes = g_strdup (_("A physical server with Windows Server 2008 R2 SP1 that failed over to Azure cannot fail back to on-premises."));
      d->action = g_strdup (_("Keep the machine running in Azure, or migrate it to a supported operating system first."));
      d->blocking = TRUE;
    }
  else if (code_is (code, "DatastoreTypeNotSupported"))
    {
      d = description_new (FB_KNOWN_ERROR_DATASTORE_NOT_SUPPORTED,
                           _("The datastore cannot be used"), message);
      d->causes = g_strdup (_("Reprotect to on-premises needs a VMFS or vSAN datastore; RDM and NFS datastores do not work."));
      d->action = g_strdup (_("Choose a VMFS or vSAN datastore that the master target's host can reach."));
      d->blocking = TRUE;
    }
  else if (code_is (code, "OperationInProgress"))
    {
      d = description_new (FB_KNOWN_ERROR_IN_PROGRESS,
                           _("Another job is running"), message);
      d->action = g_strdup (_("Wait until the running job ends, then try again."));
    }

  if (d != NULL)
    d->code = g_strdup (code);

  return d;
}

FbErrorDescription *
fb_error_presenter_describe_code (const char *code,
                                  const char *message,
                                  const char *possible_causes,
                                  const char *recommended_action)
{
  FbErrorDescription *d = describe_known_code (code, message);

  if (d != NULL)
    return d;

  d = description_new (FB_KNOWN_ERROR_NONE,
                       message != NULL ? message : _("Azure Site Recovery reported an error"),
                       NULL);
  d->causes = g_strdup (possible_causes);
  d->action = g_strdup (recommended_action);
  d->code = g_strdup (code);
  d->blocking = TRUE;
  return d;
}

static FbErrorDescription *
describe_arm (const GError *error)
{
  FbArmErrorInfo *info = fb_arm_error_get_info (error);
  const char *code = info != NULL ? info->code : NULL;
  FbErrorDescription *d;

  d = describe_known_code (code, info != NULL && info->message != NULL ? info->message : error->message);
  if (d != NULL)
    return d;

  switch ((FbArmError) error->code)
    {
    case FB_ARM_ERROR_THROTTLED:
      d = description_new (FB_KNOWN_ERROR_THROTTLED, _("Azure is throttling requests"), error->message);
      d->action = g_strdup (_("Failback slows down and tries again. Wait a minute."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    case FB_ARM_ERROR_NETWORK:
      d = description_new (FB_KNOWN_ERROR_OFFLINE, _("Azure could not be reached"), error->message);
      d->action = g_strdup (_("Check the network connection; Failback tries again when it is back."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    case FB_ARM_ERROR_AUTH:
      d = description_new (FB_KNOWN_ERROR_SIGN_IN, _("Your sign-in has expired"), error->message);
      d->action = g_strdup (_("Sign in to Azure again."));
      d->remedy = FB_ERROR_REMEDY_SIGN_IN;
      d->remedy_label = g_strdup (_("Sign In…"));
      d->blocking = TRUE;
      break;
    case FB_ARM_ERROR_FORBIDDEN:
      d = description_new (FB_KNOWN_ERROR_FORBIDDEN, _("Your account lacks a permission"), error->message);
      d->action = g_strdup (_("Ask an administrator to give your account the Site Recovery Contributor role on the vault."));
      d->blocking = TRUE;
      break;
    case FB_ARM_ERROR_CONFLICT:
      d = description_new (FB_KNOWN_ERROR_IN_PROGRESS, _("This is not possible right now"), error->message);
      d->action = g_strdup (_("Refresh, wait for running jobs to end, then try again."));
      break;
    case FB_ARM_ERROR_NOT_FOUND:
      d = description_new (FB_KNOWN_ERROR_NONE, _("It no longer exists in Azure"), error->message);
      d->action = g_strdup (_("Refresh the vault: it may have been changed or deleted elsewhere."));
      break;
    case FB_ARM_ERROR_SERVER:
      d = description_new (FB_KNOWN_ERROR_NONE, _("Azure had a problem"), error->message);
      d->action = g_strdup (_("Try again in a few minutes."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    case FB_ARM_ERROR_OPERATION_FAILED:
      d = description_new (FB_KNOWN_ERROR_NONE, _("The job failed"), error->message);
      d->blocking = TRUE;
      break;
    case FB_ARM_ERROR_FAILED:
    case FB_ARM_ERROR_BAD_REQUEST:
    case FB_ARM_ERROR_INVALID_RESPONSE:
    case FB_ARM_ERROR_API_VERSION:
    default:
      d = description_new (FB_KNOWN_ERROR_NONE, _("Azure refused the request"),
                           info != NULL && info->message != NULL ? info->message : error->message);
      d->blocking = error->code == FB_ARM_ERROR_BAD_REQUEST;
      break;
    }

  if (info != NULL)
    {
      if (d->causes == NULL)
        d->causes = g_strdup (info->possible_causes);
      if (info->recommended_action != NULL)
        {
          g_free (d->action);
          d->action = g_strdup (info->recommended_action);
        }
      d->code = g_strdup (code);
    }

  return d;
}

static FbErrorDescription *
describe_auth (const GError *error)
{
  FbErrorDescription *d;

  switch ((FbAuthError) error->code)
    {
    case FB_AUTH_ERROR_KEYRING_UNAVAILABLE:
      d = description_new (FB_KNOWN_ERROR_KEYRING_UNAVAILABLE, _("Secrets cannot be kept"), error->message);
      d->action = g_strdup (_("You stay signed in until Failback quits; next time you will have to sign in again."));
      break;
    case FB_AUTH_ERROR_DECLINED:
      d = description_new (FB_KNOWN_ERROR_NONE, _("The sign-in was declined"), error->message);
      d->action = g_strdup (_("Start again and approve the request in the browser."));
      break;
    case FB_AUTH_ERROR_EXPIRED:
      d = description_new (FB_KNOWN_ERROR_NONE, _("The code has expired"), error->message);
      d->action = g_strdup (_("Start again to get a new code."));
      break;
    case FB_AUTH_ERROR_INVALID_CLIENT:
      d = description_new (FB_KNOWN_ERROR_NONE, _("The client ID or secret is wrong"), error->message);
      d->action = g_strdup (_("Check the tenant, the client ID and the secret of the service principal."));
      break;
    case FB_AUTH_ERROR_NOT_SIGNED_IN:
    case FB_AUTH_ERROR_INVALID_GRANT:
      d = description_new (FB_KNOWN_ERROR_SIGN_IN, _("Your sign-in has expired"), error->message);
      d->action = g_strdup (_("Sign in to Azure again."));
      d->remedy = FB_ERROR_REMEDY_SIGN_IN;
      d->remedy_label = g_strdup (_("Sign In…"));
      break;
    case FB_AUTH_ERROR_NETWORK:
      d = description_new (FB_KNOWN_ERROR_OFFLINE, _("The sign-in service could not be reached"), error->message);
      d->action = g_strdup (_("Check the network connection and the cloud's login address."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    case FB_AUTH_ERROR_FAILED:
    case FB_AUTH_ERROR_INVALID_RESPONSE:
    default:
      d = description_new (FB_KNOWN_ERROR_NONE, _("Signing in failed"), error->message);
      break;
    }

  return d;
}

static FbErrorDescription *
describe_vcenter (const GError *error)
{
  FbErrorDescription *d;

  switch ((FbVcenterError) error->code)
    {
    case FB_VCENTER_ERROR_NETWORK:
      d = description_new (FB_KNOWN_ERROR_OFFLINE, _("vCenter could not be reached"), error->message);
      d->action = g_strdup (_("Check the server address and the network connection."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    case FB_VCENTER_ERROR_UNAUTHENTICATED:
    case FB_VCENTER_ERROR_NO_PASSWORD:
      d = description_new (FB_KNOWN_ERROR_NONE, _("vCenter did not accept the user name or password"), error->message);
      d->action = g_strdup (_("Check the user name and password of the vCenter connection."));
      break;
    case FB_VCENTER_ERROR_UNAUTHORIZED:
      d = description_new (FB_KNOWN_ERROR_FORBIDDEN, _("The vCenter account lacks a privilege"), error->message);
      break;
    case FB_VCENTER_ERROR_UNABLE_TO_ALLOCATE_RESOURCE:
      d = description_new (FB_KNOWN_ERROR_HOST_MEMORY, _("The ESXi host lacks memory"), error->message);
      d->action = g_strdup (_("Choose a host with enough free memory."));
      break;
    case FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED:
      d = description_new (FB_KNOWN_ERROR_CERTIFICATE_UNTRUSTED, _("The vCenter's certificate is not trusted yet"), error->message);
      d->action = g_strdup (_("Compare the fingerprint with the one shown on the vCenter, then trust it."));
      d->blocking = TRUE;
      break;
    case FB_VCENTER_ERROR_CERTIFICATE_CHANGED:
      d = description_new (FB_KNOWN_ERROR_CERTIFICATE_CHANGED, _("The vCenter's certificate has changed"), error->message);
      d->causes = g_strdup (_("The server presents a different certificate than the one you trusted. It may have been replaced, or someone may be intercepting the connection."));
      d->action = g_strdup (_("Do not connect. Ask the vCenter administrator whether the certificate was renewed; if so, forget the old certificate in the preferences and add the vCenter again."));
      d->blocking = TRUE;
      break;
    case FB_VCENTER_ERROR_SERVICE_UNAVAILABLE:
      d = description_new (FB_KNOWN_ERROR_NONE, _("vCenter is not available"), error->message);
      d->action = g_strdup (_("Try again in a few minutes."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      break;
    default:
      d = description_new (FB_KNOWN_ERROR_NONE, _("vCenter reported an error"), error->message);
      break;
    }

  return d;
}

static gboolean
is_network_io_error (const GError *error)
{
  return error->domain == G_IO_ERROR &&
         (error->code == G_IO_ERROR_NETWORK_UNREACHABLE ||
          error->code == G_IO_ERROR_HOST_UNREACHABLE ||
          error->code == G_IO_ERROR_CONNECTION_REFUSED ||
          error->code == G_IO_ERROR_CONNECTION_CLOSED ||
          error->code == G_IO_ERROR_TIMED_OUT ||
          error->code == G_IO_ERROR_HOST_NOT_FOUND ||
          error->code == G_IO_ERROR_BROKEN_PIPE);
}

FbErrorDescription *
fb_error_presenter_describe (const GError *error)
{
  FbErrorDescription *d;

  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  if (error->domain == FB_ARM_ERROR)
    return describe_arm (error);
  if (error->domain == FB_AUTH_ERROR)
    return describe_auth (error);
  if (error->domain == FB_VCENTER_ERROR)
    return describe_vcenter (error);
  if (is_network_io_error (error))
    {
      d = description_new (FB_KNOWN_ERROR_OFFLINE, _("The network is unreachable"), error->message);
      d->action = g_strdup (_("Check the network connection; Failback tries again when it is back."));
      d->remedy = FB_ERROR_REMEDY_RETRY;
      d->remedy_label = g_strdup (_("Try Again"));
      return d;
    }

  return description_new (FB_KNOWN_ERROR_NONE, _("Something went wrong"), error->message);
}

FbErrorDescription *
fb_error_presenter_describe_job_error (FbJobError *error)
{
  g_autofree char *provider_code = NULL;
  const char *code;

  g_return_val_if_fail (FB_IS_JOB_ERROR (error), NULL);

  code = fb_job_error_get_service_error_code (error);
  if (fb_job_error_get_provider_error_code (error) == 8038)
    code = "8038";
  else if (code == NULL && fb_job_error_get_provider_error_code (error) != 0)
    code = provider_code = g_strdup_printf ("%" G_GINT64_FORMAT, fb_job_error_get_provider_error_code (error));

  return fb_error_presenter_describe_code (code,
                                           fb_job_error_get_message (error),
                                           fb_job_error_get_possible_causes (error),
                                           fb_job_error_get_recommended_action (error));
}

static FbJobError *
first_error_in_tasks (GListModel *tasks)
{
  guint n = tasks != NULL ? g_list_model_get_n_items (tasks) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = g_list_model_get_item (tasks, i);
      GListModel *errors = fb_job_task_get_errors (task);
      FbJobError *found;

      if (errors != NULL && g_list_model_get_n_items (errors) > 0)
        {
          g_autoptr(FbJobError) e = g_list_model_get_item (errors, 0);
          return e;   /* owned by the task, which the job keeps */
        }
      found = first_error_in_tasks (fb_job_task_get_child_tasks (task));
      if (found != NULL)
        return found;
    }

  return NULL;
}

FbErrorDescription *
fb_error_presenter_describe_job (FbJob *job)
{
  const char *state;
  GListModel *errors;
  FbJobError *error = NULL;
  FbErrorDescription *d;

  g_return_val_if_fail (FB_IS_JOB (job), NULL);

  state = fb_job_get_state (job);
  if (fb_job_is_running (job) || state == NULL ||
      g_ascii_strcasecmp (state, "Succeeded") == 0)
    return NULL;

  /* 8038 anywhere wins: it has a remedy the tool can carry out. */
  error = fb_job_find_provider_error (job, 8038);
  if (error == NULL)
    {
      errors = fb_job_get_errors (job);
      if (errors != NULL && g_list_model_get_n_items (errors) > 0)
        {
          g_autoptr(FbJobError) e = g_list_model_get_item (errors, 0);
          error = e;
        }
    }
  if (error == NULL)
    error = first_error_in_tasks (fb_job_get_tasks (job));

  if (error != NULL)
    return fb_error_presenter_describe_job_error (error);

  if (g_ascii_strcasecmp (state, "Cancelled") == 0)
    {
      d = description_new (FB_KNOWN_ERROR_NONE, _("The job was cancelled"), NULL);
      return d;
    }

  d = description_new (FB_KNOWN_ERROR_NONE, _("The job failed"),
                       fb_job_get_state_description (job));
  d->blocking = TRUE;
  return d;
}

/* ---- banner ------------------------------------------------------------------ */

typedef struct {
  GWeakRef window;
  GNetworkMonitor *monitor;   /* not owned (the default monitor) */
  gulong monitor_handler;
  guint throttle_timeout;
  gboolean offline;
  gboolean throttled;
  gboolean just_failed;   /* a session's "failed" came right before its "refreshed" */
} BannerState;

static void
banner_state_free (gpointer data)
{
  BannerState *state = data;

  if (state->monitor_handler != 0)
    g_signal_handler_disconnect (state->monitor, state->monitor_handler);
  g_clear_handle_id (&state->throttle_timeout, g_source_remove);
  g_weak_ref_clear (&state->window);
  g_free (state);
}

static void
banner_update (BannerState *state)
{
  g_autoptr(FbWindow) window = g_weak_ref_get (&state->window);

  if (window == NULL)
    return;

  if (state->offline)
    fb_window_show_banner (window,
                           _("Offline: Azure cannot be reached. Failback shows what it last knew and tries again when the network is back."),
                           NULL, NULL);
  else if (state->throttled)
    fb_window_show_banner (window,
                           _("Azure is throttling requests. Failback waits and retries; lists may be out of date for a moment."),
                           NULL, NULL);
  else
    fb_window_hide_banner (window);
}

static void
network_changed_cb (GNetworkMonitor *monitor,
                    gboolean         available,
                    BannerState     *state)
{
  gboolean offline = !g_network_monitor_get_network_available (monitor);

  if (offline != state->offline)
    {
      state->offline = offline;
      banner_update (state);
    }
}

static BannerState *
banner_state_get (FbWindow *window)
{
  BannerState *state = g_object_get_data (G_OBJECT (window), "fb-error-presenter-banner");

  if (state == NULL)
    {
      state = g_new0 (BannerState, 1);
      g_weak_ref_init (&state->window, window);
      state->monitor = g_network_monitor_get_default ();
      state->monitor_handler = g_signal_connect (state->monitor, "network-changed",
                                                 G_CALLBACK (network_changed_cb), state);
      g_object_set_data_full (G_OBJECT (window), "fb-error-presenter-banner", state, banner_state_free);
      state->offline = !g_network_monitor_get_network_available (state->monitor);
      if (state->offline)
        banner_update (state);
    }

  return state;
}

void
fb_error_presenter_watch_network (FbWindow *window)
{
  g_return_if_fail (FB_IS_WINDOW (window));

  banner_state_get (window);
}

static gboolean
throttle_timeout_cb (gpointer data)
{
  BannerState *state = data;

  state->throttle_timeout = 0;
  state->throttled = FALSE;
  banner_update (state);
  return G_SOURCE_REMOVE;
}

/* Throttling and a network that is down: the banner says these for as long as they last. */
static gboolean
banner_says (const GError *error)
{
  return g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_THROTTLED) ||
         g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_NETWORK) ||
         is_network_io_error (error);
}

void
fb_error_presenter_report_error (FbWindow     *window,
                                 const GError *error)
{
  BannerState *state;

  g_return_if_fail (FB_IS_WINDOW (window));
  g_return_if_fail (error != NULL);

  state = banner_state_get (window);

  state->just_failed = TRUE;
  if (!banner_says (error))
    return;
  if (g_error_matches (error, FB_ARM_ERROR, FB_ARM_ERROR_THROTTLED))
    {
      state->throttled = TRUE;
      g_clear_handle_id (&state->throttle_timeout, g_source_remove);
      state->throttle_timeout = g_timeout_add_seconds (THROTTLE_BANNER_SECONDS, throttle_timeout_cb, state);
      banner_update (state);
    }
  else
    {
      state->offline = TRUE;
      banner_update (state);
    }
}

void
fb_error_presenter_report_success (FbWindow *window)
{
  BannerState *state;

  g_return_if_fail (FB_IS_WINDOW (window));

  state = banner_state_get (window);
  if (!state->offline && !state->throttled)
    return;

  state->throttled = FALSE;
  state->offline = !g_network_monitor_get_network_available (state->monitor);
  g_clear_handle_id (&state->throttle_timeout, g_source_remove);
  banner_update (state);
}

void
fb_error_presenter_session_refreshed (FbWindow  *window,
                                      FbVault   *vault,
                                      FbSession *session)
{
  BannerState *state;

  g_return_if_fail (FB_IS_WINDOW (window));
  g_return_if_fail (FB_IS_SESSION (session));

  /* The session reports a failed load with "failed" and then "refreshed". */
  state = banner_state_get (window);
  if (state->just_failed)
    {
      state->just_failed = FALSE;
      return;
    }
  fb_error_presenter_report_success (window);
}

/* ---- toasts and dialogs --------------------------------------------------------- */

void
fb_error_presenter_toast (FbWindow     *window,
                          const GError *error)
{
  g_autoptr(FbErrorDescription) d = NULL;
  AdwToast *toast;

  g_return_if_fail (FB_IS_WINDOW (window));
  g_return_if_fail (error != NULL);

  d = fb_error_presenter_describe (error);
  if (d == NULL)
    return;

  fb_error_presenter_report_error (window, error);
  /* the banner says it, wrapped at any width; a toast would repeat it in one cut line */
  if (banner_says (error))
    return;

  if (d->action != NULL)
    {
      /* Translators: a toast: "<what happened>. <what to do>" */
      g_autofree char *title = g_strdup_printf (_("%s. %s"), d->title, d->action);
      toast = adw_toast_new (title);
    }
  else
    toast = adw_toast_new (d->title);

  adw_toast_set_timeout (toast, 8);
  fb_window_add_toast (window, toast);
}

AdwMessageDialog *
fb_error_presenter_dialog_new (GtkWindow                *parent,
                               const FbErrorDescription *d)
{
  AdwMessageDialog *dialog;
  g_autoptr(GString) body = g_string_new (NULL);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (d != NULL, NULL);

  if (d->message != NULL && g_strcmp0 (d->message, d->title) != 0)
    g_string_append (body, d->message);
  if (d->causes != NULL)
    {
      if (body->len > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, d->causes);
    }
  if (d->action != NULL)
    {
      if (body->len > 0)
        g_string_append (body, "\n\n");
      /* Translators: before the recommended action in an error dialog */
      g_string_append_printf (body, _("What to do: %s"), d->action);
    }
  if (d->code != NULL)
    {
      g_string_append (body, "\n\n");
      /* Translators: %s is a service's error code, e.g. 8038 or AgentNotInstalled */
      g_string_append_printf (body, _("Error code: %s"), d->code);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, d->title, body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  if (d->remedy != FB_ERROR_REMEDY_NONE && d->remedy_label != NULL)
    {
      adw_message_dialog_add_response (dialog, "remedy", d->remedy_label);
      adw_message_dialog_set_response_appearance (dialog, "remedy", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "remedy");
    }

  return dialog;
}

static FbWindow *
find_fb_window (GtkWindow *window)
{
  while (window != NULL && !FB_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  return window != NULL ? FB_WINDOW (window) : NULL;
}

void
fb_error_presenter_show (GtkWindow    *parent,
                         const GError *error)
{
  g_autoptr(FbErrorDescription) d = NULL;
  FbWindow *window;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (error != NULL);

  d = fb_error_presenter_describe (error);
  if (d == NULL)
    return;

  window = find_fb_window (parent);
  if (window != NULL)
    fb_error_presenter_report_error (window, error);

  if (!d->blocking && window != NULL)
    {
      fb_error_presenter_toast (window, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (fb_error_presenter_dialog_new (parent, d)));
}
