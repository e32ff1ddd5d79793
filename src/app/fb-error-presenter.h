/* fb-error-presenter.h - errors as translated, actionable text
 *
 * Every view hands its GErrors and failed jobs to the presenter instead of showing
 * error->message itself:
 *
 *  - fb_error_presenter_describe() / fb_error_presenter_describe_job() turn an error
 *    (FB_ARM_ERROR with its FbArmErrorInfo, FB_AUTH_ERROR, FB_VCENTER_ERROR, G_IO_ERROR)
 *    or a failed FbJob into an FbErrorDescription: a short title, what happened, the
 *    possible causes, what to do (ASR's recommendedAction, or our own remedy for the
 *    known errors 8038, AgentNotInstalled, VCenterNotConnected,
 *    MasterTargetHasSnapshots, PhysicalServerFailbackNotSupported,
 *    DatastoreTypeNotSupported) and which remedy the tool can carry out itself.
 *  - fb_error_presenter_toast() for transient problems (a toast on the window),
 *    fb_error_presenter_dialog_new() / fb_error_presenter_show() for blocking ones
 *    (AdwMessageDialog; a "remedy" response when there is something to do).
 *  - While ARM throttles (429 after retries) or the network is unreachable
 *    (GNetworkMonitor) the window shows a banner; it hides again when the network
 *    comes back or fb_error_presenter_report_success() says a request went through.
 *
 * Cancelled operations (G_IO_ERROR_CANCELLED) are never shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-job.h"
#include "fb-session.h"
#include "fb-window.h"

G_BEGIN_DECLS

/* The errors Failback knows a remedy for. */
typedef enum {
  FB_KNOWN_ERROR_NONE,
  FB_KNOWN_ERROR_HOST_MEMORY,               /* 8038: the ESXi host lacks memory */
  FB_KNOWN_ERROR_AGENT_NOT_INSTALLED,       /* the Mobility agent has not registered yet */
  FB_KNOWN_ERROR_VCENTER_NOT_CONNECTED,
  FB_KNOWN_ERROR_MASTER_TARGET_SNAPSHOTS,
  FB_KNOWN_ERROR_PHYSICAL_NOT_SUPPORTED,    /* physical Windows Server 2008 R2 */
  FB_KNOWN_ERROR_DATASTORE_NOT_SUPPORTED,   /* RDM or NFS datastore */
  FB_KNOWN_ERROR_THROTTLED,
  FB_KNOWN_ERROR_OFFLINE,
  FB_KNOWN_ERROR_SIGN_IN,                   /* token gone: sign in again */
  FB_KNOWN_ERROR_FORBIDDEN,                 /* missing role */
  FB_KNOWN_ERROR_IN_PROGRESS,               /* another job runs on the item */
  FB_KNOWN_ERROR_CERTIFICATE_UNTRUSTED,
  FB_KNOWN_ERROR_CERTIFICATE_CHANGED,
  FB_KNOWN_ERROR_KEYRING_UNAVAILABLE,
} FbKnownError;

/* What the tool can do about it (the "remedy" response / button). */
typedef enum {
  FB_ERROR_REMEDY_NONE,
  FB_ERROR_REMEDY_VMOTION,          /* run FbPreflight's vMotion remedy */
  FB_ERROR_REMEDY_WAIT_AND_RETRY,   /* a countdown (FbCountdown), then retry */
  FB_ERROR_REMEDY_RETRY,
  FB_ERROR_REMEDY_SIGN_IN,
} FbErrorRemedy;

typedef struct {
  FbKnownError   known;
  FbErrorRemedy  remedy;
  gboolean       blocking;      /* a dialog rather than a toast */
  char          *title;         /* short: "The ESXi host lacks memory" */
  char          *message;       /* what happened (the service's words kept) */
  char          *causes;        /* possible causes, or NULL */
  char          *action;        /* what to do, or NULL */
  char          *remedy_label;  /* the remedy button, NULL without a remedy */
  char          *code;          /* the service's code for support, or NULL */
  guint          wait_seconds;  /* FB_ERROR_REMEDY_WAIT_AND_RETRY: how long at most */
} FbErrorDescription;

void                fb_error_description_free   (FbErrorDescription *description);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbErrorDescription, fb_error_description_free)
/* title, message and action in one text (for toasts, labels, logs). */
char               *fb_error_description_to_string (const FbErrorDescription *description);

/* NULL for G_IO_ERROR_CANCELLED (nothing to show). */
FbErrorDescription *fb_error_presenter_describe           (const GError *error);
/* The failure of a finished job (the first error of the job or of its tasks), or NULL
 * when it did not fail. */
FbErrorDescription *fb_error_presenter_describe_job       (FbJob        *job);
FbErrorDescription *fb_error_presenter_describe_job_error (FbJobError   *error);
/* By the service's code alone ("8038", "AgentNotInstalled", ...); @message and
 * @recommended_action are the service's, kept when the code is unknown. */
FbErrorDescription *fb_error_presenter_describe_code      (const char   *code,
                                                           const char   *message,
                                                           const char   *possible_causes,
                                                           const char   *recommended_action);

/* A toast for a transient problem; throttling and offline also show the banner. */
void                fb_error_presenter_toast              (FbWindow     *window,
                                                           const GError *error);
/* A blocking AdwMessageDialog (transient for @parent) with the responses "close" and,
 * when the description has one, "remedy" (suggested). The caller connects "response"
 * and presents it. */
AdwMessageDialog   *fb_error_presenter_dialog_new         (GtkWindow                *parent,
                                                           const FbErrorDescription *description);
/* Describes @error and shows it: a dialog when it is blocking, else a toast on the
 * FbWindow that @parent is or belongs to. */
void                fb_error_presenter_show               (GtkWindow    *parent,
                                                           const GError *error);

/* Throttled/offline banner. report_error shows it for throttling and network errors;
 * report_success hides it. Both are cheap to call after every request. */
void                fb_error_presenter_report_error       (FbWindow     *window,
                                                           const GError *error);
void                fb_error_presenter_report_success     (FbWindow     *window);
/* For FbSession::refreshed (connected swapped to @window): hides the banner when the
 * load went through (no "failed" reported right before it). */
void                fb_error_presenter_session_refreshed  (FbWindow     *window,
                                                           FbVault      *vault,
                                                           FbSession    *session);
/* Follows GNetworkMonitor for @window (done by the first call of any function above). */
void                fb_error_presenter_watch_network      (FbWindow     *window);

G_END_DECLS
