/* fb-arm-client.h - the one ARM pipeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every ARM request of Failback goes through FbArmClient: bearer token from
 * FbAzureAuth (refreshed once on 401), api-version per resource type with a
 * fallback when the service rejects it, x-ms-client-request-id, retries with
 * exponential backoff and jitter for GET and for 429/5xx honouring
 * Retry-After (by timer), nextLink paging page by page, the 202
 * long-running-operation headers, and ARM error bodies as FB_ARM_ERROR
 * GErrors whose details (FbArmErrorInfo) can be fetched again.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fb-azure-auth.h"
#include "fb-cloud.h"
#include "fb-error.h"

G_BEGIN_DECLS

/* Codes of FB_ARM_ERROR. */
typedef enum {
  FB_ARM_ERROR_FAILED,            /* any other status */
  FB_ARM_ERROR_AUTH,              /* 401 after a token refresh, or no token */
  FB_ARM_ERROR_FORBIDDEN,         /* 403: missing role (e.g. Site Recovery Contributor) */
  FB_ARM_ERROR_NOT_FOUND,         /* 404, or 400 with a "not found" ASR code */
  FB_ARM_ERROR_BAD_REQUEST,       /* 400 */
  FB_ARM_ERROR_CONFLICT,          /* 409, or 400 "operation not allowed in this state" */
  FB_ARM_ERROR_THROTTLED,         /* 429 after all retries */
  FB_ARM_ERROR_SERVER,            /* 5xx after all retries (for POST: not retried) */
  FB_ARM_ERROR_NETWORK,           /* no answer: reset, timeout, DNS, TLS */
  FB_ARM_ERROR_INVALID_RESPONSE,  /* wrong content type, bad or truncated JSON */
  FB_ARM_ERROR_API_VERSION,       /* no api-version in the list was accepted */
  FB_ARM_ERROR_OPERATION_FAILED,  /* a job/operation ended Failed */
  FB_ARM_ERROR_SUSPENDED,         /* a job waits for a manual action (resume it) */
} FbArmError;

/* What the service said about an error (ASR puts its specifics in details[]). */
typedef struct _FbArmErrorInfo FbArmErrorInfo;
struct _FbArmErrorInfo
{
  /*< public, read-only >*/
  guint      http_status;
  char      *code;               /* the most specific code (details[0].code when ASR gives one) */
  char      *message;
  char      *top_code;           /* error.code, e.g. "BadRequest" */
  char      *target;
  char      *possible_causes;
  char      *recommended_action;
  char      *activity_id;
  char      *request_id;         /* x-ms-request-id */
  char      *client_request_id;  /* x-ms-client-request-id we sent */
  char      *correlation_id;     /* x-ms-correlation-request-id */
  GPtrArray *details;            /* FbArmErrorInfo*, the raw details[] */
  /*< private >*/
  gint       ref_count;
};

#define FB_TYPE_ARM_ERROR_INFO (fb_arm_error_info_get_type ())
GType            fb_arm_error_info_get_type (void) G_GNUC_CONST;
FbArmErrorInfo  *fb_arm_error_info_ref      (FbArmErrorInfo *info);
void             fb_arm_error_info_unref    (FbArmErrorInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbArmErrorInfo, fb_arm_error_info_unref)

/* The details of an FB_ARM_ERROR made by FbArmClient (also after
 * g_error_copy), or NULL. */
FbArmErrorInfo  *fb_arm_error_get_info      (const GError *error);

/* A response. body is NULL for an empty body. */
typedef struct {
  guint               status;
  SoupMessageHeaders *headers;
  JsonNode           *body;
  char               *url;
} FbArmResponse;

void fb_arm_response_free (FbArmResponse *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbArmResponse, fb_arm_response_free)

/* The result of an action POST (202 + LRO headers, or 200 with a body). */
typedef struct {
  guint     status;
  char     *job_name;          /* ASR job name (Gotcha 6), NULL when none was given */
  char     *location;
  char     *async_operation;
  char     *request_id;
  guint     retry_after;       /* seconds; 0 when absent */
  JsonNode *body;
} FbArmOperation;

void            fb_arm_operation_free (FbArmOperation *op);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbArmOperation, fb_arm_operation_free)
/* Extracts the job name from LRO headers (exposed for tests). */
char           *fb_arm_job_name_from_headers (const char *location, const char *async_operation,
                                              const char *request_id);

typedef enum {
  FB_ARM_REQUEST_NONE = 0,
  /* Retry also on network errors and 5xx (idempotent non-GET requests). */
  FB_ARM_REQUEST_IDEMPOTENT = 1 << 0,
} FbArmRequestFlags;

/* Resource types for api-version. */
#define FB_ARM_API_SITE_RECOVERY "site-recovery"
#define FB_ARM_API_VAULTS        "vaults"
#define FB_ARM_API_SUBSCRIPTIONS "subscriptions"

#define FB_TYPE_ARM_CLIENT (fb_arm_client_get_type ())
G_DECLARE_FINAL_TYPE (FbArmClient, fb_arm_client, FB, ARM_CLIENT, GObject)

FbArmClient  *fb_arm_client_new              (FbAzureAuth *auth);
FbAzureAuth  *fb_arm_client_get_auth         (FbArmClient *self);
FbCloud      *fb_arm_client_get_cloud        (FbArmClient *self);

/* The versions tried for a resource type, newest first. */
void          fb_arm_client_set_api_versions (FbArmClient        *self,
                                              const char         *resource_type,
                                              const char * const *versions);
const char   *fb_arm_client_get_api_version  (FbArmClient *self, const char *resource_type);
/* Which resource type a path belongs to. */
const char   *fb_arm_client_resource_type_for_path (const char *path);

/* Retries: max attempts after the first (default 4), first delay (default
 * 1000 ms, doubled each time, with 0-50 % jitter, capped at max-delay), and a
 * time scale that multiplies every delay including Retry-After (tests with a
 * fast simulator use e.g. 0.01). Timeout: seconds of I/O silence before a
 * request counts as lost (default 60). */
void          fb_arm_client_set_retry_policy (FbArmClient *self, guint max_retries,
                                              guint first_delay_ms, guint max_delay_ms);
void          fb_arm_client_set_time_scale   (FbArmClient *self, double scale);
double        fb_arm_client_get_time_scale   (FbArmClient *self);
void          fb_arm_client_set_timeout      (FbArmClient *self, guint seconds);

/* path: "/subscriptions/..." (api-version added) or an absolute URL
 * (nextLink, used as given). query: extra encoded query ("$filter=..."), or
 * NULL. body: JSON to send, or NULL. */
void           fb_arm_client_request_async   (FbArmClient         *self,
                                              const char          *method,
                                              const char          *path,
                                              const char          *query,
                                              JsonNode            *body,
                                              FbArmRequestFlags    flags,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
FbArmResponse *fb_arm_client_request_finish  (FbArmClient   *self,
                                              GAsyncResult  *result,
                                              GError       **error);

/* GET a resource and return its JSON object (a new reference). */
void           fb_arm_client_get_async       (FbArmClient         *self,
                                              const char          *path,
                                              const char          *query,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
JsonNode      *fb_arm_client_get_finish      (FbArmClient   *self,
                                              GAsyncResult  *result,
                                              GError       **error);

/* Called once per page with the page's "value" array (borrowed). Return
 * FALSE to stop paging. */
typedef gboolean (*FbArmPageFunc) (JsonArray *value, gpointer user_data);

/* Follows nextLink until it is null; finish returns the number of items. */
void           fb_arm_client_list_async      (FbArmClient         *self,
                                              const char          *path,
                                              const char          *query,
                                              FbArmPageFunc        page_func,
                                              gpointer             page_data,
                                              GDestroyNotify       page_data_destroy,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gint64         fb_arm_client_list_finish     (FbArmClient   *self,
                                              GAsyncResult  *result,
                                              GError       **error);

/* POST an action (long-running): retried only on 429 (never on a lost
 * answer: the caller decides, see FbJobMonitor). */
void            fb_arm_client_post_action_async  (FbArmClient         *self,
                                                  const char          *path,
                                                  JsonNode            *body,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
FbArmOperation *fb_arm_client_post_action_finish (FbArmClient   *self,
                                                  GAsyncResult  *result,
                                                  GError       **error);

/* Follows a long-running operation to its end: polls Azure-AsyncOperation
 * (or Location when there is none) honouring Retry-After. finish returns the
 * final status ("Succeeded"); Failed/Canceled are FB_ARM_ERROR_OPERATION_FAILED
 * with the operation's error message. (For Site Recovery the job itself is
 * the better progress source: FbJobMonitor.) */
void            fb_arm_client_wait_operation_async  (FbArmClient         *self,
                                                     const FbArmOperation *op,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
char           *fb_arm_client_wait_operation_finish (FbArmClient   *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);

/* Helpers. */
char          *fb_arm_query_escape           (const char *value);
/* TRUE when the error means the answer to a request may have been lost (the
 * request may have been processed): network errors, timeouts, 5xx, bad bodies. */
gboolean       fb_arm_error_is_lost_response (const GError *error);

G_END_DECLS
