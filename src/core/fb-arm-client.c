/* fb-arm-client.c - the one ARM pipeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fb-arm-client.h"
#include "fb-traffic-log.h"

/* Bodies larger than this are parsed in a worker thread. */
#define THREAD_PARSE_THRESHOLD (256 * 1024)

struct _FbArmClient
{
  GObject parent_instance;

  FbAzureAuth *auth;
  SoupSession *session;
  GHashTable *api_versions;      /* resource type -> GStrv (newest first) */
  GHashTable *api_version_index; /* resource type -> GUINT index of the accepted version */

  guint max_retries;
  guint first_delay_ms;
  guint max_delay_ms;
  double time_scale;
  char *accept_language;
};

G_DEFINE_FINAL_TYPE (FbArmClient, fb_arm_client, G_TYPE_OBJECT)

/* ---- error info --------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (FbArmErrorInfo, fb_arm_error_info, fb_arm_error_info_ref, fb_arm_error_info_unref)

static FbArmErrorInfo *
fb_arm_error_info_new (void)
{
  FbArmErrorInfo *info = g_new0 (FbArmErrorInfo, 1);
  info->ref_count = 1;
  info->details = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_arm_error_info_unref);
  return info;
}

FbArmErrorInfo *
fb_arm_error_info_ref (FbArmErrorInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  g_atomic_int_inc (&info->ref_count);
  return info;
}

void
fb_arm_error_info_unref (FbArmErrorInfo *info)
{
  g_return_if_fail (info != NULL);
  if (!g_atomic_int_dec_and_test (&info->ref_count))
    return;
  g_free (info->code);
  g_free (info->message);
  g_free (info->top_code);
  g_free (info->target);
  g_free (info->possible_causes);
  g_free (info->recommended_action);
  g_free (info->activity_id);
  g_free (info->request_id);
  g_free (info->client_request_id);
  g_free (info->correlation_id);
  g_ptr_array_unref (info->details);
  g_free (info);
}

/* The side table: the message text is the key (it survives g_error_copy());
 * equal messages share the newest details. Bounded to the last 128 errors. */
static GMutex info_lock;
static GHashTable *info_table;
static GQueue info_order = G_QUEUE_INIT;

static void
remember_info (const GError *error, FbArmErrorInfo *info)
{
  g_mutex_lock (&info_lock);
  if (info_table == NULL)
    info_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) fb_arm_error_info_unref);
  /* the same message again: the newest details win (request ids differ) */
  if (g_hash_table_contains (info_table, error->message))
    {
      GList *link = g_queue_find_custom (&info_order, error->message, (GCompareFunc) g_strcmp0);
      if (link != NULL)
        g_queue_delete_link (&info_order, link);
      g_hash_table_remove (info_table, error->message);
    }
  {
    char *key = g_strdup (error->message);
    g_queue_push_tail (&info_order, key);
    g_hash_table_insert (info_table, key, fb_arm_error_info_ref (info));
    while (g_queue_get_length (&info_order) > 128)
      {
        char *old = g_queue_pop_head (&info_order);
        g_hash_table_remove (info_table, old);
      }
  }
  g_mutex_unlock (&info_lock);
}

FbArmErrorInfo *
fb_arm_error_get_info (const GError *error)
{
  FbArmErrorInfo *info = NULL;

  if (error == NULL || error->domain != FB_ARM_ERROR)
    return NULL;
  g_mutex_lock (&info_lock);
  if (info_table != NULL)
    info = g_hash_table_lookup (info_table, error->message);
  if (info != NULL)
    fb_arm_error_info_ref (info);
  g_mutex_unlock (&info_lock);
  return info;
}

gboolean
fb_arm_error_is_lost_response (const GError *error)
{
  if (error == NULL || error->domain != FB_ARM_ERROR)
    return FALSE;
  return error->code == FB_ARM_ERROR_NETWORK || error->code == FB_ARM_ERROR_SERVER ||
         error->code == FB_ARM_ERROR_INVALID_RESPONSE;
}

/* ---- responses ---------------------------------------------------------- */

void
fb_arm_response_free (FbArmResponse *response)
{
  if (response == NULL)
    return;
  g_clear_pointer (&response->headers, soup_message_headers_unref);
  g_clear_pointer (&response->body, json_node_unref);
  g_free (response->url);
  g_free (response);
}

void
fb_arm_operation_free (FbArmOperation *op)
{
  if (op == NULL)
    return;
  g_free (op->job_name);
  g_free (op->location);
  g_free (op->async_operation);
  g_free (op->request_id);
  g_clear_pointer (&op->body, json_node_unref);
  g_free (op);
}

static char *
segment_after (const char *url, const char *marker)
{
  const char *p, *end;
  g_autofree char *lower = NULL;
  g_autofree char *lmarker = NULL;

  if (url == NULL)
    return NULL;
  lower = g_ascii_strdown (url, -1);
  lmarker = g_ascii_strdown (marker, -1);
  p = strstr (lower, lmarker);
  if (p == NULL)
    return NULL;
  p = url + (p - lower) + strlen (marker);
  end = p;
  while (*end != '\0' && *end != '?' && *end != '/' && *end != '#')
    end++;
  if (end == p)
    return NULL;
  return g_uri_unescape_segment (p, end, NULL);
}

char *
fb_arm_job_name_from_headers (const char *location, const char *async_operation, const char *request_id)
{
  char *name;

  if ((name = segment_after (location, "operationresults/")) != NULL)
    return name;
  if ((name = segment_after (async_operation, "replicationOperationStatus/")) != NULL)
    return name;
  if ((name = segment_after (request_id, "replicationJobs/")) != NULL)
    return name;
  return NULL;
}

/* ---- object ------------------------------------------------------------- */

static void
fb_arm_client_dispose (GObject *object)
{
  FbArmClient *self = FB_ARM_CLIENT (object);

  g_clear_object (&self->session);
  g_clear_object (&self->auth);
  G_OBJECT_CLASS (fb_arm_client_parent_class)->dispose (object);
}

static void
fb_arm_client_finalize (GObject *object)
{
  FbArmClient *self = FB_ARM_CLIENT (object);

  g_clear_pointer (&self->api_versions, g_hash_table_unref);
  g_clear_pointer (&self->api_version_index, g_hash_table_unref);
  g_free (self->accept_language);
  G_OBJECT_CLASS (fb_arm_client_parent_class)->finalize (object);
}

static void
fb_arm_client_class_init (FbArmClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_arm_client_dispose;
  object_class->finalize = fb_arm_client_finalize;
}

/* Accept-Language from the user's languages, so that Azure answers in them
 * (job and task names, error messages): "de_DE.UTF-8" -> "de-DE, de;q=0.9,
 * en;q=0.8".  "C" and "POSIX" are skipped; English always comes last. */
static char *
accept_language_from_locale (void)
{
  const char * const *names = g_get_language_names ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) header = g_string_new (NULL);
  gboolean has_en = FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = g_strndup (names[i], strcspn (names[i], ".@"));
      gboolean seen = FALSE;

      if (*tag == '\0' || g_str_equal (tag, "C") || g_str_equal (tag, "POSIX"))
        continue;
      g_strdelimit (tag, "_", '-');
      for (guint k = 0; k < tags->len; k++)
        seen |= g_ascii_strcasecmp (g_ptr_array_index (tags, k), tag) == 0;
      if (seen)
        continue;
      has_en |= g_ascii_strcasecmp (tag, "en") == 0;
      g_ptr_array_add (tags, g_steal_pointer (&tag));
    }
  if (!has_en)
    g_ptr_array_add (tags, g_strdup ("en"));
  for (guint i = 0; i < tags->len; i++)
    {
      if (i > 0)
        g_string_append (header, ", ");
      g_string_append (header, g_ptr_array_index (tags, i));
      /* the first has q=1; then 0.9, 0.8, ... never below 0.1 */
      if (i > 0)
        g_string_append_printf (header, ";q=0.%d", MAX (10 - (int) i, 1));
    }
  return g_string_free (g_steal_pointer (&header), FALSE);
}

static void
fb_arm_client_init (FbArmClient *self)
{
  static const char * const sr[] = { "2026-05-01", "2025-08-01", "2024-10-01", "2023-06-01", NULL };
  static const char * const vaults[] = { "2026-08-01", "2025-02-01", "2024-04-01", "2023-04-01", NULL };
  static const char * const subs[] = { "2022-12-01", "2020-01-01", NULL };

  self->api_versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  self->api_version_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (self->api_versions, g_strdup (FB_ARM_API_SITE_RECOVERY), g_strdupv ((char **) sr));
  g_hash_table_insert (self->api_versions, g_strdup (FB_ARM_API_VAULTS), g_strdupv ((char **) vaults));
  g_hash_table_insert (self->api_versions, g_strdup (FB_ARM_API_SUBSCRIPTIONS), g_strdupv ((char **) subs));
  self->max_retries = 4;
  self->first_delay_ms = 1000;
  self->max_delay_ms = 60000;
  self->time_scale = 1.0;
  self->accept_language = accept_language_from_locale ();
}

FbArmClient *
fb_arm_client_new (FbAzureAuth *auth)
{
  FbArmClient *self;

  g_return_val_if_fail (FB_IS_AZURE_AUTH (auth), NULL);

  self = g_object_new (FB_TYPE_ARM_CLIENT, NULL);
  self->auth = g_object_ref (auth);
  self->session = soup_session_new_with_options ("timeout", 60, "idle-timeout", 60,
                                                 "max-conns-per-host", 8, NULL);
  return self;
}

FbAzureAuth *fb_arm_client_get_auth (FbArmClient *self) { g_return_val_if_fail (FB_IS_ARM_CLIENT (self), NULL); return self->auth; }
FbCloud *fb_arm_client_get_cloud (FbArmClient *self) { g_return_val_if_fail (FB_IS_ARM_CLIENT (self), NULL); return fb_azure_auth_get_cloud (self->auth); }

void
fb_arm_client_set_api_versions (FbArmClient *self, const char *resource_type, const char * const *versions)
{
  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  g_return_if_fail (resource_type != NULL && versions != NULL && versions[0] != NULL);

  g_hash_table_insert (self->api_versions, g_strdup (resource_type), g_strdupv ((char **) versions));
  g_hash_table_remove (self->api_version_index, resource_type);
}

static guint
version_index (FbArmClient *self, const char *resource_type)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->api_version_index, resource_type));
}

const char *
fb_arm_client_get_api_version (FbArmClient *self, const char *resource_type)
{
  char **versions;
  guint i;

  g_return_val_if_fail (FB_IS_ARM_CLIENT (self), NULL);
  versions = g_hash_table_lookup (self->api_versions, resource_type);
  if (versions == NULL)
    versions = g_hash_table_lookup (self->api_versions, FB_ARM_API_SITE_RECOVERY);
  i = version_index (self, resource_type);
  return versions[MIN (i, g_strv_length (versions) - 1)];
}

const char *
fb_arm_client_resource_type_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  const char *v = strstr (lower, "/providers/microsoft.recoveryservices/vaults");

  if (v != NULL)
    {
      /* .../vaults/{name}/replicationX... is Site Recovery */
      const char *rest = v + strlen ("/providers/microsoft.recoveryservices/vaults");
      if (*rest == '/')
        {
          rest = strchr (rest + 1, '/');
          if (rest != NULL && g_str_has_prefix (rest, "/replication"))
            return FB_ARM_API_SITE_RECOVERY;
        }
      return FB_ARM_API_VAULTS;
    }
  if (g_str_has_prefix (lower, "/subscriptions") && strstr (lower, "/providers/") == NULL &&
      strstr (lower, "/resourcegroups") == NULL)
    return FB_ARM_API_SUBSCRIPTIONS;
  return FB_ARM_API_SITE_RECOVERY;
}

void
fb_arm_client_set_retry_policy (FbArmClient *self, guint max_retries, guint first_delay_ms, guint max_delay_ms)
{
  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  self->max_retries = max_retries;
  self->first_delay_ms = first_delay_ms;
  self->max_delay_ms = MAX (max_delay_ms, first_delay_ms);
}

void
fb_arm_client_set_time_scale (FbArmClient *self, double scale)
{
  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  self->time_scale = scale > 0 ? scale : 1.0;
}

double
fb_arm_client_get_time_scale (FbArmClient *self)
{
  g_return_val_if_fail (FB_IS_ARM_CLIENT (self), 1.0);
  return self->time_scale;
}

void
fb_arm_client_set_timeout (FbArmClient *self, guint seconds)
{
  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  g_object_set (self->session, "timeout", seconds, NULL);
}

char *
fb_arm_query_escape (const char *value)
{
  return g_uri_escape_string (value, NULL, FALSE);
}

/* ---- the request state machine ----------------------------------------- */

typedef struct {
  char *method;
  char *path;           /* relative path, or NULL when url_fixed */
  char *url_fixed;      /* absolute URL (nextLink) */
  char *query;
  GBytes *body;
  FbArmRequestFlags flags;
  const char *resource_type;

  guint attempt;
  gboolean token_refreshed;
  gboolean force_refresh;
  SoupMessage *msg;
  char *client_request_id;
  gint64 started;
  guint timer_id;
  gulong cancel_id;
} Request;

static void
request_free (Request *r)
{
  g_clear_handle_id (&r->timer_id, g_source_remove);
  g_free (r->method);
  g_free (r->path);
  g_free (r->url_fixed);
  g_free (r->query);
  g_clear_pointer (&r->body, g_bytes_unref);
  g_clear_object (&r->msg);
  g_free (r->client_request_id);
  g_free (r);
}

static void request_send (GTask *task);

static char *
build_url (FbArmClient *self, Request *r)
{
  GString *s;
  const char *version;

  if (r->url_fixed != NULL)
    return g_strdup (r->url_fixed);

  version = fb_arm_client_get_api_version (self, r->resource_type);
  s = g_string_new (fb_cloud_get_arm_endpoint (fb_azure_auth_get_cloud (self->auth)));
  if (r->path[0] != '/')
    g_string_append_c (s, '/');
  g_string_append (s, r->path);
  g_string_append (s, strchr (r->path, '?') != NULL ? "&" : "?");
  g_string_append_printf (s, "api-version=%s", version);
  if (r->query != NULL && *r->query != '\0')
    g_string_append_printf (s, "&%s", r->query);
  return g_string_free (s, FALSE);
}

static guint
retry_after_ms (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After");
  char *end = NULL;
  guint64 secs;

  if (value == NULL)
    return 0;
  secs = g_ascii_strtoull (value, &end, 10);
  if (end != NULL && end != value && *end == '\0')
    return (guint) MIN (secs, 3600) * 1000;
  {
    g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    if (when != NULL)
      {
        GTimeSpan diff = g_date_time_difference (when, now);
        return diff > 0 ? (guint) MIN (diff / 1000, 3600000) : 0;
      }
  }
  return 0;
}

static gboolean
request_timer_cb (gpointer data)
{
  GTask *task = data;
  Request *r = g_task_get_task_data (task);

  r->timer_id = 0;
  if (r->cancel_id != 0)
    {
      g_cancellable_disconnect (g_task_get_cancellable (task), r->cancel_id);
      r->cancel_id = 0;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }
  request_send (task);
  return G_SOURCE_REMOVE;
}

static gboolean
cancelled_idle_cb (gpointer data)
{
  GTask *task = data;
  Request *r = g_task_get_task_data (task);

  if (r->timer_id != 0)
    {
      g_clear_handle_id (&r->timer_id, g_source_remove);
      g_task_return_error_if_cancelled (task);
      g_object_unref (task);
    }
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
request_cancelled_cb (GCancellable *cancellable, gpointer data)
{
  /* may run inside g_cancellable_cancel(); finish from an idle */
  g_idle_add (cancelled_idle_cb, g_object_ref (data));
}

/* Takes the task reference. */
static void
request_retry_later (GTask *task, guint server_delay_ms)
{
  FbArmClient *self = g_task_get_source_object (task);
  Request *r = g_task_get_task_data (task);
  double delay;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (server_delay_ms > 0)
    delay = server_delay_ms;
  else
    {
      delay = (double) self->first_delay_ms * (1u << MIN (r->attempt - 1, 10));
      delay = MIN (delay, (double) self->max_delay_ms);
      delay += delay * g_random_double_range (0.0, 0.5);
    }
  delay *= self->time_scale;
  g_debug ("ARM: retry %u of %s %s in %.0f ms", r->attempt, r->method,
           r->path != NULL ? r->path : "(next page)", delay);
  g_clear_object (&r->msg);
  r->timer_id = g_timeout_add ((guint) MAX (delay, 1.0), request_timer_cb, task);
  if (cancellable != NULL && r->cancel_id == 0)
    r->cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (request_cancelled_cb), task, NULL);
}

static const char *
json_string_member (JsonObject *obj, const char *name)
{
  JsonNode *n = obj != NULL ? json_object_get_member (obj, name) : NULL;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

static FbArmErrorInfo *
info_from_object (JsonObject *obj)
{
  FbArmErrorInfo *info = fb_arm_error_info_new ();
  JsonNode *details;

  info->code = g_strdup (json_string_member (obj, "code"));
  info->message = g_strdup (json_string_member (obj, "message"));
  info->target = g_strdup (json_string_member (obj, "target"));
  info->possible_causes = g_strdup (json_string_member (obj, "possibleCauses"));
  info->recommended_action = g_strdup (json_string_member (obj, "recommendedAction"));
  info->activity_id = g_strdup (json_string_member (obj, "activityId"));
  details = json_object_get_member (obj, "details");
  if (details != NULL && JSON_NODE_HOLDS_ARRAY (details))
    {
      JsonArray *arr = json_node_get_array (details);
      for (guint i = 0; i < json_array_get_length (arr); i++)
        {
          JsonNode *d = json_array_get_element (arr, i);
          if (JSON_NODE_HOLDS_OBJECT (d))
            g_ptr_array_add (info->details, info_from_object (json_node_get_object (d)));
        }
    }
  return info;
}

static gboolean
code_in (const char *code, const char * const *list)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp (code, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static GError *
error_for_response (Request *r, SoupMessage *msg, JsonNode *body)
{
  static const char * const not_found_codes[] = {
    "NotFound", "ResourceNotFound", "ResourceGroupNotFound", "SubscriptionNotFound",
    "ProtectedItemNotFound", "ReplicationProtectedItemNotFound", "JobNotFound",
    "RecoveryPlanNotFound", "FabricNotFound", "ProtectionContainerNotFound",
    "SubscriptionIdNotRegisteredWithSrs", "RecoveryPointNotFound", "VaultNotFound", NULL };
  guint status = soup_message_get_status (msg);
  g_autoptr(FbArmErrorInfo) info = NULL;
  SoupMessageHeaders *h = soup_message_get_response_headers (msg);
  FbArmErrorInfo *specific;
  FbArmError code;
  GString *text;
  GError *error;

  if (body != NULL && JSON_NODE_HOLDS_OBJECT (body))
    {
      JsonObject *root = json_node_get_object (body);
      JsonNode *err = json_object_get_member (root, "error");
      if (err != NULL && JSON_NODE_HOLDS_OBJECT (err))
        info = info_from_object (json_node_get_object (err));
      else if (json_string_member (root, "code") != NULL)
        info = info_from_object (root);
    }
  if (info == NULL)
    info = fb_arm_error_info_new ();
  info->http_status = status;
  info->top_code = g_strdup (info->code);
  info->request_id = g_strdup (soup_message_headers_get_one (h, "x-ms-request-id"));
  info->correlation_id = g_strdup (soup_message_headers_get_one (h, "x-ms-correlation-request-id"));
  info->client_request_id = g_strdup (r->client_request_id);

  /* ASR puts the specifics in details[0]. */
  specific = info->details->len > 0 ? info->details->pdata[0] : NULL;
  if (specific != NULL)
    {
      if (specific->code != NULL)
        {
          g_free (info->code);
          info->code = g_strdup (specific->code);
        }
      if (specific->message != NULL)
        {
          g_free (info->message);
          info->message = g_strdup (specific->message);
        }
      if (info->possible_causes == NULL)
        info->possible_causes = g_strdup (specific->possible_causes);
      if (info->recommended_action == NULL)
        info->recommended_action = g_strdup (specific->recommended_action);
      if (info->activity_id == NULL)
        info->activity_id = g_strdup (specific->activity_id);
    }

  if (status == 401)
    code = FB_ARM_ERROR_AUTH;
  else if (status == 403)
    code = FB_ARM_ERROR_FORBIDDEN;
  else if (status == 404 || code_in (info->code, not_found_codes) || code_in (info->top_code, not_found_codes))
    code = FB_ARM_ERROR_NOT_FOUND;
  else if (status == 409)
    code = FB_ARM_ERROR_CONFLICT;
  else if (status == 429)
    code = FB_ARM_ERROR_THROTTLED;
  else if (status >= 500)
    code = FB_ARM_ERROR_SERVER;
  else if (status == 400)
    code = FB_ARM_ERROR_BAD_REQUEST;
  else
    code = FB_ARM_ERROR_FAILED;

  text = g_string_new (NULL);
  if (info->message != NULL)
    g_string_append (text, info->message);
  else
    switch (code)
      {
      case FB_ARM_ERROR_AUTH:
        g_string_append (text, _("Azure did not accept the sign-in"));
        break;
      case FB_ARM_ERROR_FORBIDDEN:
        g_string_append (text, _("The signed-in account may not do this (a Site Recovery role on the vault is needed)"));
        break;
      case FB_ARM_ERROR_NOT_FOUND:
        g_string_append (text, _("Not found"));
        break;
      case FB_ARM_ERROR_THROTTLED:
        g_string_append (text, _("Azure is throttling requests; try again in a minute"));
        break;
      case FB_ARM_ERROR_SERVER:
        g_string_append (text, _("Azure is not available right now"));
        break;
      default:
        g_string_append_printf (text, _("Azure answered %u %s"), status,
                                soup_message_get_reason_phrase (msg) ?: "");
      }
  if (info->code != NULL)
    g_string_append_printf (text, " (%s)", info->code);
  if (info->recommended_action != NULL)
    g_string_append_printf (text, ". %s", info->recommended_action);

  error = g_error_new_literal (FB_ARM_ERROR, code, text->str);
  g_string_free (text, TRUE);
  remember_info (error, info);
  return error;
}

static gboolean
is_api_version_error (JsonNode *body)
{
  static const char * const codes[] = { "InvalidApiVersionParameter", "NoRegisteredProviderFound",
                                        "InvalidResourceType", NULL };
  JsonNode *err;

  if (body == NULL || !JSON_NODE_HOLDS_OBJECT (body))
    return FALSE;
  err = json_object_get_member (json_node_get_object (body), "error");
  if (err == NULL || !JSON_NODE_HOLDS_OBJECT (err))
    return FALSE;
  return code_in (json_string_member (json_node_get_object (err), "code"), codes);
}

typedef struct {
  GBytes *bytes;
} ParseData;

static void
parse_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  GError *error = NULL;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_task_return_error (task, error);
  else if (json_parser_get_root (parser) == NULL)
    g_task_return_new_error (task, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE, "empty");
  else
    g_task_return_pointer (task, json_node_ref (json_parser_get_root (parser)), (GDestroyNotify) json_node_unref);
}

static JsonNode *
parse_now (GBytes *bytes, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE, "empty");
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
may_retry (FbArmClient *self, Request *r, gboolean lost)
{
  if (r->attempt > self->max_retries)
    return FALSE;
  if (!lost)
    return TRUE;        /* 429: the request was not processed */
  return g_str_equal (r->method, "GET") || (r->flags & FB_ARM_REQUEST_IDEMPOTENT) != 0;
}

static void request_complete (GTask *task, guint status, GBytes *bytes, JsonNode *body);

static void
parsed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  Request *r = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = g_task_propagate_pointer (G_TASK (result), &error);

  if (body == NULL)
    {
      FbArmClient *self = g_task_get_source_object (task);
      r->attempt++;
      if (may_retry (self, r, TRUE))
        {
          request_retry_later (task, 0);
          return;
        }
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                               _("Azure sent a response that could not be read: %s"), error->message);
      g_object_unref (task);
      return;
    }
  request_complete (task, soup_message_get_status (r->msg), NULL, body);
}

/* Takes the task reference. */
static void
request_complete (GTask *task, guint status, GBytes *bytes, JsonNode *body)
{
  Request *r = g_task_get_task_data (task);
  FbArmResponse *response;

  if (status >= 200 && status < 300)
    {
      response = g_new0 (FbArmResponse, 1);
      response->status = status;
      response->headers = soup_message_headers_ref (soup_message_get_response_headers (r->msg));
      response->body = body != NULL ? json_node_ref (body) : NULL;
      response->url = g_uri_to_string (soup_message_get_uri (r->msg));
      g_task_return_pointer (task, response, (GDestroyNotify) fb_arm_response_free);
    }
  else
    g_task_return_error (task, error_for_response (r, r->msg, body));
  g_object_unref (task);
}

static void
request_sent_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  FbArmClient *self = g_task_get_source_object (task);
  Request *r = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) body = NULL;
  const char *ctype;
  guint status;
  gsize size;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (bytes == NULL)
    {
      fb_traffic_log_failure (r->msg, error);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          g_object_unref (task);
          return;
        }
      r->attempt++;
      if (may_retry (self, r, TRUE))
        {
          request_retry_later (task, 0);
          return;
        }
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_NETWORK,
                               _("No answer from Azure (%s). Check the network connection and try again."),
                               error->message);
      g_object_unref (task);
      return;
    }
  fb_traffic_log_response (r->msg, bytes, g_get_monotonic_time () - r->started);
  status = soup_message_get_status (r->msg);
  size = g_bytes_get_size (bytes);
  ctype = soup_message_headers_get_content_type (soup_message_get_response_headers (r->msg), NULL);

  /* 401: a new token, once */
  if (status == 401 && !r->token_refreshed)
    {
      r->token_refreshed = TRUE;
      r->force_refresh = TRUE;
      g_clear_object (&r->msg);
      request_send (task);
      return;
    }

  /* 429 and 5xx */
  if (status == 429 || (status >= 500 && status <= 599))
    {
      r->attempt++;
      if (may_retry (self, r, status != 429))
        {
          request_retry_later (task, retry_after_ms (r->msg));
          return;
        }
    }

  if (size > 0)
    {
      if (ctype == NULL || (!g_str_has_suffix (ctype, "/json") && !g_str_has_suffix (ctype, "+json")))
        {
          if (status >= 200 && status < 300)
            {
              g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                                       _("Azure answered with “%s” instead of JSON"),
                                       ctype != NULL ? ctype : _("no content type"));
              g_object_unref (task);
              return;
            }
          /* an error page: keep the status */
          request_complete (task, status, bytes, NULL);
          return;
        }
      if (size > THREAD_PARSE_THRESHOLD && status >= 200 && status < 300)
        {
          GTask *parse = g_task_new (NULL, g_task_get_cancellable (task), parsed_cb, task);
          g_task_set_task_data (parse, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
          g_task_run_in_thread (parse, parse_in_thread);
          g_object_unref (parse);
          return;
        }
      body = parse_now (bytes, &error);
      if (body == NULL)
        {
          if (status >= 200 && status < 300)
            {
              r->attempt++;
              if (may_retry (self, r, TRUE))
                {
                  request_retry_later (task, 0);
                  return;
                }
              g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                                       _("Azure sent a response that could not be read: %s"), error->message);
              g_object_unref (task);
              return;
            }
          g_clear_error (&error);
        }
    }

  /* api-version rejected: the next older one */
  if (status == 400 && r->url_fixed == NULL && is_api_version_error (body))
    {
      char **versions = g_hash_table_lookup (self->api_versions, r->resource_type);
      guint idx = version_index (self, r->resource_type);

      if (versions != NULL && idx + 1 < g_strv_length (versions))
        {
          g_debug ("ARM: api-version %s rejected for %s, trying %s", versions[idx], r->resource_type,
                   versions[idx + 1]);
          g_hash_table_insert (self->api_version_index, g_strdup (r->resource_type), GUINT_TO_POINTER (idx + 1));
          g_clear_object (&r->msg);
          request_send (task);
          return;
        }
    }

  request_complete (task, status, bytes, body);
}

static void
request_token_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  FbArmClient *self = g_task_get_source_object (task);
  Request *r = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *url = NULL;
  g_autofree char *auth_header = NULL;
  SoupMessageHeaders *h;

  token = fb_azure_auth_get_token_finish (FB_AZURE_AUTH (source), result, &error);
  if (token == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || error->domain == FB_AUTH_ERROR)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_AUTH, "%s", error->message);
      g_object_unref (task);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  url = build_url (self, r);
  r->msg = soup_message_new (r->method, url);
  if (r->msg == NULL)
    {
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_FAILED, _("Not a valid URL: %s"), url);
      g_object_unref (task);
      return;
    }
  g_free (r->client_request_id);
  r->client_request_id = g_uuid_string_random ();
  h = soup_message_get_request_headers (r->msg);
  auth_header = g_strconcat ("Bearer ", token, NULL);
  soup_message_headers_replace (h, "Authorization", auth_header);
  soup_message_headers_replace (h, "Accept", "application/json");
  soup_message_headers_replace (h, "Accept-Language", self->accept_language);
  soup_message_headers_replace (h, "x-ms-client-request-id", r->client_request_id);
  soup_message_headers_replace (h, "x-ms-return-client-request-id", "true");
  if (r->body != NULL)
    soup_message_set_request_body_from_bytes (r->msg, "application/json", r->body);
  else if (!g_str_equal (r->method, "GET") && !g_str_equal (r->method, "DELETE"))
    soup_message_headers_replace (h, "Content-Length", "0");
  r->started = g_get_monotonic_time ();
  fb_traffic_log_request (r->msg, r->body);
  soup_session_send_and_read_async (self->session, r->msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), request_sent_cb, task);
}

static void
request_send (GTask *task)
{
  FbArmClient *self = g_task_get_source_object (task);
  Request *r = g_task_get_task_data (task);
  gboolean force = r->force_refresh;

  r->force_refresh = FALSE;
  fb_azure_auth_get_token_async (self->auth, force, g_task_get_cancellable (task), request_token_cb, task);
}

void
fb_arm_client_request_async (FbArmClient *self, const char *method, const char *path, const char *query,
                             JsonNode *body, FbArmRequestFlags flags, GCancellable *cancellable,
                             GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  Request *r;

  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  g_return_if_fail (method != NULL && path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_arm_client_request_async);
  r = g_new0 (Request, 1);
  r->method = g_strdup (method);
  if (g_str_has_prefix (path, "https://") || g_str_has_prefix (path, "http://"))
    {
      r->url_fixed = g_strdup (path);
      r->resource_type = FB_ARM_API_SITE_RECOVERY;
    }
  else
    {
      r->path = g_strdup (path);
      r->resource_type = fb_arm_client_resource_type_for_path (path);
    }
  r->query = g_strdup (query);
  r->flags = flags;
  if (body != NULL)
    {
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      gsize len = 0;
      char *text;
      json_generator_set_root (gen, body);
      text = json_generator_to_data (gen, &len);
      r->body = g_bytes_new_take (text, len);
    }
  g_task_set_task_data (task, r, (GDestroyNotify) request_free);
  request_send (task);
}

FbArmResponse *
fb_arm_client_request_finish (FbArmClient *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- GET ------------------------------------------------------------------ */

static void
get_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(FbArmResponse) response = fb_arm_client_request_finish (FB_ARM_CLIENT (source), result, &error);

  if (response == NULL)
    g_task_return_error (task, error);
  else if (response->body == NULL || !JSON_NODE_HOLDS_OBJECT (response->body))
    g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                             _("Azure sent no JSON object for %s"), response->url);
  else
    g_task_return_pointer (task, json_node_ref (response->body), (GDestroyNotify) json_node_unref);
}

void
fb_arm_client_get_async (FbArmClient *self, const char *path, const char *query, GCancellable *cancellable,
                         GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fb_arm_client_get_async);
  fb_arm_client_request_async (self, "GET", path, query, NULL, FB_ARM_REQUEST_NONE, cancellable, get_cb, task);
}

JsonNode *
fb_arm_client_get_finish (FbArmClient *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- paging ----------------------------------------------------------------- */

typedef struct {
  FbArmPageFunc func;
  gpointer data;
  GDestroyNotify destroy;
  gint64 count;
} ListData;

static void
list_data_free (ListData *ld)
{
  if (ld->destroy != NULL)
    ld->destroy (ld->data);
  g_free (ld);
}

static void
list_page_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbArmClient *self = FB_ARM_CLIENT (source);
  ListData *ld = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(FbArmResponse) response = fb_arm_client_request_finish (self, result, &error);
  JsonObject *obj;
  JsonNode *value, *next;

  if (response == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (response->body == NULL || !JSON_NODE_HOLDS_OBJECT (response->body))
    {
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                               _("Azure sent no list for %s"), response->url);
      return;
    }
  obj = json_node_get_object (response->body);
  value = json_object_get_member (obj, "value");
  if (value != NULL && !JSON_NODE_HOLDS_NULL (value) && !JSON_NODE_HOLDS_ARRAY (value))
    {
      g_task_return_new_error (task, FB_PARSE_ERROR, FB_PARSE_ERROR_WRONG_TYPE,
                               _("“value” of a list is not an array"));
      return;
    }
  if (value != NULL && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *arr = json_node_get_array (value);
      ld->count += json_array_get_length (arr);
      if (ld->func != NULL && !ld->func (arr, ld->data))
        {
          g_task_return_int (task, ld->count);
          return;
        }
    }
  next = json_object_get_member (obj, "nextLink");
  if (next != NULL && JSON_NODE_HOLDS_VALUE (next) && json_node_get_value_type (next) == G_TYPE_STRING &&
      *json_node_get_string (next) != '\0')
    {
      const char *link = json_node_get_string (next);
      fb_arm_client_request_async (self, "GET", link, NULL, NULL, FB_ARM_REQUEST_NONE,
                                   g_task_get_cancellable (task), list_page_cb, g_object_ref (task));
      return;
    }
  g_task_return_int (task, ld->count);
}

void
fb_arm_client_list_async (FbArmClient *self, const char *path, const char *query, FbArmPageFunc page_func,
                          gpointer page_data, GDestroyNotify page_data_destroy, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  ListData *ld;

  g_return_if_fail (FB_IS_ARM_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_arm_client_list_async);
  ld = g_new0 (ListData, 1);
  ld->func = page_func;
  ld->data = page_data;
  ld->destroy = page_data_destroy;
  g_task_set_task_data (task, ld, (GDestroyNotify) list_data_free);
  fb_arm_client_request_async (self, "GET", path, query, NULL, FB_ARM_REQUEST_NONE, cancellable,
                               list_page_cb, task);
}

gint64
fb_arm_client_list_finish (FbArmClient *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), -1);
  return g_task_propagate_int (G_TASK (result), error);
}

/* ---- actions -------------------------------------------------------------- */

static void
post_action_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(FbArmResponse) response = fb_arm_client_request_finish (FB_ARM_CLIENT (source), result, &error);
  FbArmOperation *op;
  const char *ra;

  if (response == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  op = g_new0 (FbArmOperation, 1);
  op->status = response->status;
  op->location = g_strdup (soup_message_headers_get_one (response->headers, "Location"));
  op->async_operation = g_strdup (soup_message_headers_get_one (response->headers, "Azure-AsyncOperation"));
  op->request_id = g_strdup (soup_message_headers_get_one (response->headers, "x-ms-request-id"));
  ra = soup_message_headers_get_one (response->headers, "Retry-After");
  if (ra != NULL)
    op->retry_after = (guint) MIN (g_ascii_strtoull (ra, NULL, 10), 3600);
  op->job_name = fb_arm_job_name_from_headers (op->location, op->async_operation, op->request_id);
  op->body = response->body != NULL ? json_node_ref (response->body) : NULL;
  g_task_return_pointer (task, op, (GDestroyNotify) fb_arm_operation_free);
}

void
fb_arm_client_post_action_async (FbArmClient *self, const char *path, JsonNode *body,
                                 GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fb_arm_client_post_action_async);
  fb_arm_client_request_async (self, "POST", path, NULL, body, FB_ARM_REQUEST_NONE, cancellable,
                               post_action_cb, task);
}

FbArmOperation *
fb_arm_client_post_action_finish (FbArmClient *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- long-running operations --------------------------------------------------- */

typedef struct {
  char *url;
  gboolean async_op;     /* polling Azure-AsyncOperation (else Location) */
  guint default_delay;   /* seconds */
  guint timer_id;
} WaitOp;

static void
wait_op_free (WaitOp *w)
{
  g_clear_handle_id (&w->timer_id, g_source_remove);
  g_free (w->url);
  g_free (w);
}

static void wait_op_poll (GTask *task);

static gboolean
wait_op_timer_cb (gpointer data)
{
  GTask *task = data;
  WaitOp *w = g_task_get_task_data (task);

  w->timer_id = 0;
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }
  wait_op_poll (task);
  return G_SOURCE_REMOVE;
}

/* Takes the task reference. */
static void
wait_op_later (GTask *task, SoupMessageHeaders *headers)
{
  FbArmClient *self = g_task_get_source_object (task);
  WaitOp *w = g_task_get_task_data (task);
  const char *ra = headers != NULL ? soup_message_headers_get_one (headers, "Retry-After") : NULL;
  double secs = ra != NULL ? g_ascii_strtod (ra, NULL) : w->default_delay;

  if (secs <= 0)
    secs = w->default_delay;
  w->timer_id = g_timeout_add ((guint) MAX (secs * 1000.0 * self->time_scale, 1.0), wait_op_timer_cb, task);
}

static void
wait_op_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  WaitOp *w = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(FbArmResponse) response = fb_arm_client_request_finish (FB_ARM_CLIENT (source), result, &error);
  JsonObject *obj;
  const char *status;

  if (response == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (!w->async_op)
    {
      if (response->status == 202)
        {
          wait_op_later (task, response->headers);
          return;
        }
      g_task_return_pointer (task, g_strdup ("Succeeded"), g_free);
      g_object_unref (task);
      return;
    }
  if (response->body == NULL || !JSON_NODE_HOLDS_OBJECT (response->body))
    {
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                               _("The operation status from Azure is not a JSON object"));
      g_object_unref (task);
      return;
    }
  obj = json_node_get_object (response->body);
  status = json_string_member (obj, "status");
  if (status == NULL)
    {
      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_INVALID_RESPONSE,
                               _("The operation status from Azure has no status"));
      g_object_unref (task);
      return;
    }
  if (g_ascii_strcasecmp (status, "Succeeded") == 0)
    g_task_return_pointer (task, g_strdup (status), g_free);
  else if (g_ascii_strcasecmp (status, "Failed") == 0 || g_ascii_strcasecmp (status, "Canceled") == 0 ||
           g_ascii_strcasecmp (status, "Cancelled") == 0)
    {
      JsonNode *err = json_object_get_member (obj, "error");
      JsonObject *eo = err != NULL && JSON_NODE_HOLDS_OBJECT (err) ? json_node_get_object (err) : NULL;
      const char *msg = json_string_member (eo, "message");
      const char *code = json_string_member (eo, "code");

      g_task_return_new_error (task, FB_ARM_ERROR, FB_ARM_ERROR_OPERATION_FAILED, "%s (%s)",
                               msg != NULL ? msg : status, code != NULL ? code : status);
    }
  else
    {
      wait_op_later (task, response->headers);
      return;
    }
  g_object_unref (task);
}

static void
wait_op_poll (GTask *task)
{
  FbArmClient *self = g_task_get_source_object (task);
  WaitOp *w = g_task_get_task_data (task);

  fb_arm_client_request_async (self, "GET", w->url, NULL, NULL, FB_ARM_REQUEST_NONE, g_task_get_cancellable (task),
                               wait_op_cb, task);
}

void
fb_arm_client_wait_operation_async (FbArmClient *self, const FbArmOperation *op, GCancellable *cancellable,
                                    GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  WaitOp *w;

  g_return_if_fail (FB_IS_ARM_CLIENT (self));
  g_return_if_fail (op != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_arm_client_wait_operation_async);
  if (op->async_operation == NULL && op->location == NULL)
    {
      g_task_return_pointer (task, g_strdup ("Succeeded"), g_free);   /* 200: done already */
      g_object_unref (task);
      return;
    }
  w = g_new0 (WaitOp, 1);
  w->async_op = op->async_operation != NULL;
  w->url = g_strdup (w->async_op ? op->async_operation : op->location);
  w->default_delay = op->retry_after > 0 ? op->retry_after : 10;
  g_task_set_task_data (task, w, (GDestroyNotify) wait_op_free);
  wait_op_poll (task);
}

char *
fb_arm_client_wait_operation_finish (FbArmClient *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
