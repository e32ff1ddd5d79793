/* fb-azure-auth.c - Entra ID sign-in for ARM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fb-azure-auth.h"
#include "fb-traffic-log.h"

struct _FbAzureAuth
{
  GObject parent_instance;

  FbCloud *cloud;
  char *tenant;
  char *client_id;
  FbSecretStore *store;
  SoupSession *session;

  FbAzureAuthKind kind;
  char *access_token;          /* memory only */
  gint64 expires_at;           /* monotonic µs */
  gint64 lifetime;             /* µs, of the last token */
  char *refresh_token;         /* memory copy; persisted in the keyring */
  char *client_secret;         /* memory copy; persisted in the keyring */

  char *user_code;
  char *verification_uri;
  char *keyring_error;

  GPtrArray *token_waiters;    /* GTask*, while a token request runs */
  guint pending_stores;        /* keyring writes in flight */
};

G_DEFINE_FINAL_TYPE (FbAzureAuth, fb_azure_auth, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SIGNED_IN,
  PROP_KIND,
  PROP_USER_CODE,
  PROP_VERIFICATION_URI,
  PROP_KEYRING_ERROR,
  PROP_KEYRING_BUSY,
  N_PROPS
};

enum {
  SIGNAL_DEVICE_CODE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
fb_azure_auth_dispose (GObject *object)
{
  FbAzureAuth *self = FB_AZURE_AUTH (object);

  g_clear_object (&self->session);
  g_clear_object (&self->store);
  g_clear_object (&self->cloud);
  G_OBJECT_CLASS (fb_azure_auth_parent_class)->dispose (object);
}

static void
fb_azure_auth_finalize (GObject *object)
{
  FbAzureAuth *self = FB_AZURE_AUTH (object);

  g_clear_pointer (&self->tenant, g_free);
  g_clear_pointer (&self->client_id, g_free);
  g_clear_pointer (&self->access_token, g_free);
  g_clear_pointer (&self->refresh_token, g_free);
  g_clear_pointer (&self->client_secret, g_free);
  g_clear_pointer (&self->user_code, g_free);
  g_clear_pointer (&self->verification_uri, g_free);
  g_clear_pointer (&self->keyring_error, g_free);
  g_clear_pointer (&self->token_waiters, g_ptr_array_unref);
  G_OBJECT_CLASS (fb_azure_auth_parent_class)->finalize (object);
}

static void
fb_azure_auth_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FbAzureAuth *self = FB_AZURE_AUTH (object);

  switch (prop_id)
    {
    case PROP_SIGNED_IN:
      g_value_set_boolean (value, fb_azure_auth_get_signed_in (self));
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_USER_CODE:
      g_value_set_string (value, self->user_code);
      break;
    case PROP_VERIFICATION_URI:
      g_value_set_string (value, self->verification_uri);
      break;
    case PROP_KEYRING_ERROR:
      g_value_set_string (value, self->keyring_error);
      break;
    case PROP_KEYRING_BUSY:
      g_value_set_boolean (value, self->pending_stores > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_azure_auth_class_init (FbAzureAuthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_azure_auth_dispose;
  object_class->finalize = fb_azure_auth_finalize;
  object_class->get_property = fb_azure_auth_get_property;

  properties[PROP_SIGNED_IN] =
    g_param_spec_boolean ("signed-in", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, 2, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER_CODE] =
    g_param_spec_string ("user-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERIFICATION_URI] =
    g_param_spec_string ("verification-uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEYRING_ERROR] =
    g_param_spec_string ("keyring-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEYRING_BUSY] =
    g_param_spec_boolean ("keyring-busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FbAzureAuth::device-code:
   * @user_code: the code the user types
   * @verification_uri: where to type it
   * @message: the service's sentence saying so (English)
   */
  signals[SIGNAL_DEVICE_CODE] =
    g_signal_new ("device-code", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
fb_azure_auth_init (FbAzureAuth *self)
{
  self->token_waiters = g_ptr_array_new ();
}

FbAzureAuth *
fb_azure_auth_new (FbCloud *cloud, const char *tenant, const char *client_id, FbSecretStore *store)
{
  FbAzureAuth *self;

  g_return_val_if_fail (FB_IS_CLOUD (cloud), NULL);
  g_return_val_if_fail (tenant != NULL, NULL);

  self = g_object_new (FB_TYPE_AZURE_AUTH, NULL);
  self->cloud = g_object_ref (cloud);
  self->tenant = g_strdup (tenant);
  self->client_id = g_strdup (client_id != NULL ? client_id : FB_AZURE_AUTH_DEFAULT_PUBLIC_CLIENT_ID);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->session = soup_session_new_with_options ("timeout", 60, "idle-timeout", 60, NULL);
  return self;
}

FbCloud *fb_azure_auth_get_cloud (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->cloud; }
const char *fb_azure_auth_get_tenant (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->tenant; }
const char *fb_azure_auth_get_client_id (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->client_id; }
FbAzureAuthKind fb_azure_auth_get_kind (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), 0); return self->kind; }
const char *fb_azure_auth_get_user_code (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->user_code; }
const char *fb_azure_auth_get_verification_uri (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->verification_uri; }
const char *fb_azure_auth_get_keyring_error (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL); return self->keyring_error; }
gboolean fb_azure_auth_get_keyring_busy (FbAzureAuth *self) { g_return_val_if_fail (FB_IS_AZURE_AUTH (self), FALSE); return self->pending_stores > 0; }

gboolean
fb_azure_auth_get_signed_in (FbAzureAuth *self)
{
  g_return_val_if_fail (FB_IS_AZURE_AUTH (self), FALSE);
  return self->access_token != NULL || self->refresh_token != NULL || self->client_secret != NULL;
}

gint64
fb_azure_auth_get_token_expires_in (FbAzureAuth *self)
{
  g_return_val_if_fail (FB_IS_AZURE_AUTH (self), 0);
  if (self->access_token == NULL)
    return 0;
  return MAX (0, (self->expires_at - g_get_monotonic_time ()) / G_USEC_PER_SEC);
}

char *
fb_azure_auth_dup_claim (FbAzureAuth *self, const char *claim)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *payload = NULL;
  g_autofree guchar *decoded = NULL;
  gsize len = 0;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root, *node;
  gsize plen;

  g_return_val_if_fail (FB_IS_AZURE_AUTH (self), NULL);
  if (self->access_token == NULL)
    return NULL;
  parts = g_strsplit (self->access_token, ".", 3);
  if (g_strv_length (parts) != 3)
    return NULL;
  plen = strlen (parts[1]);
  payload = g_malloc (plen + 4);
  for (gsize i = 0; i < plen; i++)
    payload[i] = parts[1][i] == '-' ? '+' : parts[1][i] == '_' ? '/' : parts[1][i];
  while (plen % 4 != 0)
    payload[plen++] = '=';
  payload[plen] = '\0';
  decoded = g_base64_decode (payload, &len);
  if (decoded == NULL || len == 0)
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, (const char *) decoded, len, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  node = json_object_get_member (json_node_get_object (root), claim);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static void
set_keyring_error (FbAzureAuth *self, const GError *error)
{
  const char *msg = error != NULL ? error->message : NULL;

  if (g_strcmp0 (msg, self->keyring_error) == 0)
    return;
  g_free (self->keyring_error);
  self->keyring_error = g_strdup (msg);
  if (error != NULL)
    g_debug ("keyring: %s", error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_ERROR]);
}

static void
set_device_code (FbAzureAuth *self, const char *code, const char *uri)
{
  if (g_strcmp0 (code, self->user_code) != 0)
    {
      g_free (self->user_code);
      self->user_code = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_CODE]);
    }
  if (g_strcmp0 (uri, self->verification_uri) != 0)
    {
      g_free (self->verification_uri);
      self->verification_uri = g_strdup (uri);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERIFICATION_URI]);
    }
}

/* ---- the token endpoint ------------------------------------------------ */

typedef struct {
  JsonObject *reply;     /* 200 */
  char *oauth_error;     /* non-200 with an OAuth error body */
} TokenReply;

static void
token_reply_free (TokenReply *r)
{
  g_clear_pointer (&r->reply, json_object_unref);
  g_free (r->oauth_error);
  g_free (r);
}

static const char *
obj_string (JsonObject *obj, const char *name)
{
  JsonNode *n = obj != NULL ? json_object_get_member (obj, name) : NULL;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

static gboolean
obj_number (JsonObject *obj, const char *name, double *out)
{
  JsonNode *n = obj != NULL ? json_object_get_member (obj, name) : NULL;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return FALSE;
  switch (json_node_get_value_type (n))
    {
    case G_TYPE_INT64:
      *out = (double) json_node_get_int (n);
      return TRUE;
    case G_TYPE_DOUBLE:
      *out = json_node_get_double (n);
      return TRUE;
    case G_TYPE_STRING:
      {
        char *end = NULL;
        double v = g_ascii_strtod (json_node_get_string (n), &end);
        if (end == NULL || *end != '\0' || end == json_node_get_string (n))
          return FALSE;
        *out = v;
        return TRUE;
      }
    default:
      return FALSE;
    }
}

typedef struct {
  SoupMessage *msg;
  gint64 started;
} PostData;

static void
post_data_free (PostData *pd)
{
  g_clear_object (&pd->msg);
  g_free (pd);
}

static void
post_form_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  PostData *pd = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  const char *ctype;
  guint status;
  TokenReply *reply;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (bytes == NULL)
    {
      fb_traffic_log_failure (pd->msg, error);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_NETWORK,
                                 _("Could not reach the sign-in service: %s"), error->message);
      return;
    }
  fb_traffic_log_response (pd->msg, bytes, g_get_monotonic_time () - pd->started);

  status = soup_message_get_status (pd->msg);
  ctype = soup_message_headers_get_content_type (soup_message_get_response_headers (pd->msg), NULL);
  if (ctype == NULL || !g_str_has_suffix (ctype, "json"))
    {
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_RESPONSE,
                               _("The sign-in service answered %u with no JSON (%s)"),
                               status, ctype != NULL ? ctype : _("no content type"));
      return;
    }
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_RESPONSE,
                               _("The sign-in service answered something that is not a JSON object"));
      return;
    }

  reply = g_new0 (TokenReply, 1);
  if (status == SOUP_STATUS_OK)
    reply->reply = json_object_ref (json_node_get_object (root));
  else
    {
      JsonObject *obj = json_node_get_object (root);
      const char *code = obj_string (obj, "error");
      const char *desc = obj_string (obj, "error_description");

      if (code == NULL)
        {
          token_reply_free (reply);
          g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_RESPONSE,
                                   _("The sign-in service answered %u"), status);
          return;
        }
      reply->oauth_error = g_strdup (code);
      reply->reply = json_object_ref (obj);
      (void) desc;
    }
  g_task_return_pointer (task, reply, (GDestroyNotify) token_reply_free);
}

/* form: key/value pairs, NULL-terminated; values may be NULL to skip. */
static void
post_form_async (FbAzureAuth *self, const char *endpoint, GCancellable *cancellable,
                 GAsyncReadyCallback callback, gpointer user_data, ...)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  PostData *pd = g_new0 (PostData, 1);
  g_autoptr(GHashTable) form = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *url = NULL;
  g_autofree char *tenant_enc = NULL;
  char *encoded;
  g_autoptr(GBytes) body = NULL;
  const char *key;
  va_list ap;

  va_start (ap, user_data);
  while ((key = va_arg (ap, const char *)) != NULL)
    {
      const char *value = va_arg (ap, const char *);
      if (value != NULL)
        g_hash_table_insert (form, (gpointer) key, (gpointer) value);
    }
  va_end (ap);

  tenant_enc = g_uri_escape_string (self->tenant, NULL, FALSE);
  url = g_strdup_printf ("%s/%s/oauth2/v2.0/%s", fb_cloud_get_login_endpoint (self->cloud), tenant_enc, endpoint);
  encoded = soup_form_encode_hash (form);
  body = g_bytes_new_take (encoded, strlen (encoded));
  pd->msg = soup_message_new (SOUP_METHOD_POST, url);
  if (pd->msg == NULL)
    {
      post_data_free (pd);
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_FAILED,
                               _("The login endpoint “%s” is not a valid URL"), url);
      g_object_unref (task);
      return;
    }
  soup_message_set_request_body_from_bytes (pd->msg, "application/x-www-form-urlencoded", body);
  soup_message_headers_replace (soup_message_get_request_headers (pd->msg), "Accept", "application/json");
  pd->started = g_get_monotonic_time ();
  g_task_set_task_data (task, pd, (GDestroyNotify) post_data_free);
  fb_traffic_log_request (pd->msg, body);
  soup_session_send_and_read_async (self->session, pd->msg, G_PRIORITY_DEFAULT, cancellable,
                                    post_form_cb, task);
}

static TokenReply *
post_form_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GError *
oauth_error_to_gerror (TokenReply *reply)
{
  const char *code = reply->oauth_error;
  const char *desc = obj_string (reply->reply, "error_description");
  g_autofree char *first_line = NULL;

  /* Entra descriptions carry trace ids on further lines; keep the first. */
  if (desc != NULL)
    {
      const char *nl = strpbrk (desc, "\r\n");
      first_line = nl != NULL ? g_strndup (desc, nl - desc) : g_strdup (desc);
    }

  if (g_strcmp0 (code, "authorization_declined") == 0)
    return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_DECLINED,
                        _("Sign-in was declined. Start the sign-in again and approve it."));
  if (g_strcmp0 (code, "expired_token") == 0 || g_strcmp0 (code, "bad_verification_code") == 0)
    return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_EXPIRED,
                        _("The sign-in code expired before it was used. Start the sign-in again."));
  if (g_strcmp0 (code, "invalid_client") == 0 || g_strcmp0 (code, "unauthorized_client") == 0)
    return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_CLIENT,
                        _("The client id or client secret was rejected (%s). Check the app registration and its secret."),
                        first_line != NULL ? first_line : code);
  if (g_strcmp0 (code, "invalid_grant") == 0 || g_strcmp0 (code, "interaction_required") == 0)
    return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_GRANT,
                        _("The saved sign-in is no longer valid (%s). Sign in again."),
                        first_line != NULL ? first_line : code);
  return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_FAILED, _("Sign-in failed: %s"),
                      first_line != NULL ? first_line : code);
}

/* Takes the tokens of a 200 reply. */
static gboolean
accept_tokens (FbAzureAuth *self, JsonObject *reply, GError **error)
{
  const char *access = obj_string (reply, "access_token");
  const char *refresh = obj_string (reply, "refresh_token");
  double expires_in = 3600;
  gboolean was_signed_in = fb_azure_auth_get_signed_in (self);

  if (access == NULL || *access == '\0')
    {
      g_set_error (error, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_RESPONSE,
                   _("The sign-in service sent no access token"));
      return FALSE;
    }
  obj_number (reply, "expires_in", &expires_in);
  if (expires_in < 1)
    expires_in = 1;
  g_free (self->access_token);
  self->access_token = g_strdup (access);
  self->lifetime = (gint64) (expires_in * G_USEC_PER_SEC);
  self->expires_at = g_get_monotonic_time () + self->lifetime;
  if (refresh != NULL && *refresh != '\0')
    {
      g_free (self->refresh_token);
      self->refresh_token = g_strdup (refresh);
    }
  if (!was_signed_in)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_IN]);
  return TRUE;
}

static void
set_kind (FbAzureAuth *self, FbAzureAuthKind kind)
{
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static char *
scope_for (FbAzureAuth *self, gboolean offline)
{
  if (offline)
    return g_strconcat (fb_cloud_get_arm_scope (self->cloud), " offline_access", NULL);
  return g_strdup (fb_cloud_get_arm_scope (self->cloud));
}

/* ---- keeping secrets ---------------------------------------------------- */

static void
store_secret_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(FbAzureAuth) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fb_secret_store_store_account_finish (FB_SECRET_STORE (source), result, &error))
    set_keyring_error (self, error);
  else
    set_keyring_error (self, NULL);
  if (--self->pending_stores == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_BUSY]);
}

/* Fire and forget: a keyring failure never fails the sign-in. */
static void
remember_secret (FbAzureAuth *self, const char *kind, const char *secret)
{
  if (self->store == NULL || secret == NULL)
    return;
  if (self->pending_stores++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_BUSY]);
  fb_secret_store_store_account_async (self->store, self->tenant, self->client_id, kind, secret,
                                       NULL, store_secret_cb, g_object_ref (self));
}

/* ---- device code -------------------------------------------------------- */

typedef struct {
  char *device_code;
  double interval;
  gint64 deadline;
  guint timer_id;
  gulong cancel_id;
} DeviceData;

static void
device_data_free (DeviceData *dd)
{
  g_clear_handle_id (&dd->timer_id, g_source_remove);
  g_free (dd->device_code);
  g_free (dd);
}

static void device_poll (GTask *task);

static void
device_fail (GTask *task, GError *error)
{
  FbAzureAuth *self = g_task_get_source_object (task);
  set_device_code (self, NULL, NULL);
  g_task_return_error (task, error);
}

static void
device_token_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbAzureAuth *self = FB_AZURE_AUTH (source);
  DeviceData *dd = g_task_get_task_data (task);
  TokenReply *reply;
  GError *error = NULL;

  reply = post_form_finish (self, result, &error);
  if (reply == NULL)
    {
      device_fail (task, error);
      return;
    }
  if (reply->oauth_error == NULL)
    {
      if (!accept_tokens (self, reply->reply, &error))
        device_fail (task, error);
      else
        {
          g_clear_pointer (&self->client_secret, g_free);
          set_kind (self, FB_AZURE_AUTH_KIND_DEVICE_CODE);
          remember_secret (self, FB_SECRET_KIND_REFRESH_TOKEN, self->refresh_token);
          set_device_code (self, NULL, NULL);
          g_task_return_boolean (task, TRUE);
        }
      token_reply_free (reply);
      return;
    }

  if (g_strcmp0 (reply->oauth_error, "authorization_pending") == 0 ||
      g_strcmp0 (reply->oauth_error, "slow_down") == 0)
    {
      if (g_strcmp0 (reply->oauth_error, "slow_down") == 0)
        dd->interval += 5;   /* RFC 8628 §3.5 */
      token_reply_free (reply);
      if (g_get_monotonic_time () > dd->deadline)
        {
          device_fail (task, g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_EXPIRED,
                                          _("The sign-in code expired before it was used. Start the sign-in again.")));
          return;
        }
      device_poll (g_steal_pointer (&task));
      return;
    }
  error = oauth_error_to_gerror (reply);
  token_reply_free (reply);
  device_fail (task, error);
}

static gboolean
device_timer_cb (gpointer data)
{
  GTask *task = data;
  FbAzureAuth *self = g_task_get_source_object (task);
  DeviceData *dd = g_task_get_task_data (task);

  dd->timer_id = 0;
  if (g_task_return_error_if_cancelled (task))
    {
      set_device_code (self, NULL, NULL);
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }
  post_form_async (self, "token", g_task_get_cancellable (task), device_token_cb, task,
                   "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                   "client_id", self->client_id,
                   "device_code", dd->device_code,
                   NULL);
  return G_SOURCE_REMOVE;
}

/* Takes the task reference. */
static void
device_poll (GTask *task)
{
  DeviceData *dd = g_task_get_task_data (task);
  guint ms = (guint) CLAMP (dd->interval * 1000.0, 20.0, 600000.0);

  dd->timer_id = g_timeout_add (ms, device_timer_cb, task);
}

static void
device_code_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbAzureAuth *self = FB_AZURE_AUTH (source);
  DeviceData *dd;
  TokenReply *reply;
  GError *error = NULL;
  const char *device_code, *user_code, *uri, *message;
  double expires_in = 900, interval = 5;

  reply = post_form_finish (self, result, &error);
  if (reply == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (reply->oauth_error != NULL)
    {
      g_task_return_error (task, oauth_error_to_gerror (reply));
      token_reply_free (reply);
      return;
    }
  device_code = obj_string (reply->reply, "device_code");
  user_code = obj_string (reply->reply, "user_code");
  uri = obj_string (reply->reply, "verification_uri");
  if (uri == NULL)
    uri = obj_string (reply->reply, "verification_url");
  message = obj_string (reply->reply, "message");
  obj_number (reply->reply, "expires_in", &expires_in);
  obj_number (reply->reply, "interval", &interval);
  if (device_code == NULL || user_code == NULL || uri == NULL)
    {
      token_reply_free (reply);
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_INVALID_RESPONSE,
                               _("The sign-in service sent no device code"));
      return;
    }
  dd = g_new0 (DeviceData, 1);
  dd->device_code = g_strdup (device_code);
  dd->interval = MAX (interval, 0.0);
  dd->deadline = g_get_monotonic_time () + (gint64) (expires_in * G_USEC_PER_SEC);
  g_task_set_task_data (task, dd, (GDestroyNotify) device_data_free);

  set_device_code (self, user_code, uri);
  g_signal_emit (self, signals[SIGNAL_DEVICE_CODE], 0, user_code, uri, message);
  token_reply_free (reply);
  device_poll (g_steal_pointer (&task));
}

void
fb_azure_auth_sign_in_device_code_async (FbAzureAuth *self, GCancellable *cancellable,
                                         GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  g_autofree char *scope = NULL;

  g_return_if_fail (FB_IS_AZURE_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_azure_auth_sign_in_device_code_async);
  scope = scope_for (self, TRUE);
  post_form_async (self, "devicecode", cancellable, device_code_cb, task,
                   "client_id", self->client_id,
                   "scope", scope,
                   NULL);
}

gboolean
fb_azure_auth_sign_in_device_code_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- tokens ------------------------------------------------------------- */

static void
finish_waiters (FbAzureAuth *self, const GError *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->token_waiters);

  self->token_waiters = g_ptr_array_new ();
  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *t = waiters->pdata[i];
      if (error != NULL)
        g_task_return_error (t, g_error_copy (error));
      else
        g_task_return_pointer (t, g_strdup (self->access_token), g_free);
      g_object_unref (t);
    }
}

static void
refresh_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(FbAzureAuth) self = user_data;
  g_autoptr(GError) error = NULL;
  TokenReply *reply;

  reply = post_form_finish (self, result, &error);
  if (reply != NULL && reply->oauth_error != NULL)
    error = oauth_error_to_gerror (reply);
  else if (reply != NULL)
    {
      g_autofree char *old_refresh = g_strdup (self->refresh_token);
      if (accept_tokens (self, reply->reply, &error) &&
          self->kind == FB_AZURE_AUTH_KIND_DEVICE_CODE &&
          g_strcmp0 (old_refresh, self->refresh_token) != 0)
        remember_secret (self, FB_SECRET_KIND_REFRESH_TOKEN, self->refresh_token);
    }
  if (reply != NULL)
    token_reply_free (reply);
  finish_waiters (self, error);
}

static void
request_token (FbAzureAuth *self)
{
  if (self->client_secret != NULL)
    {
      g_autofree char *scope = scope_for (self, FALSE);
      post_form_async (self, "token", NULL, refresh_cb, g_object_ref (self),
                       "grant_type", "client_credentials",
                       "client_id", self->client_id,
                       "client_secret", self->client_secret,
                       "scope", scope,
                       NULL);
    }
  else if (self->refresh_token != NULL)
    {
      g_autofree char *scope = scope_for (self, TRUE);
      post_form_async (self, "token", NULL, refresh_cb, g_object_ref (self),
                       "grant_type", "refresh_token",
                       "client_id", self->client_id,
                       "refresh_token", self->refresh_token,
                       "scope", scope,
                       NULL);
    }
  else
    {
      g_autoptr(GError) error = g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                                             _("You are not signed in to Azure. Sign in first."));
      finish_waiters (self, error);
    }
}

static gboolean
token_is_fresh (FbAzureAuth *self)
{
  gint64 margin;

  if (self->access_token == NULL)
    return FALSE;
  /* Renew a minute early, or at 80 % of a short lifetime. */
  margin = MIN (60 * G_USEC_PER_SEC, self->lifetime / 5);
  return g_get_monotonic_time () < self->expires_at - margin;
}

void
fb_azure_auth_get_token_async (FbAzureAuth *self, gboolean force_refresh, GCancellable *cancellable,
                               GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_AZURE_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_azure_auth_get_token_async);
  if (!force_refresh && token_is_fresh (self))
    {
      g_task_return_pointer (task, g_strdup (self->access_token), g_free);
      g_object_unref (task);
      return;
    }
  g_ptr_array_add (self->token_waiters, task);
  if (self->token_waiters->len == 1)
    request_token (self);
}

char *
fb_azure_auth_get_token_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- service principal ------------------------------------------------- */

typedef struct {
  gboolean remember;
} SpData;

static void
sp_token_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbAzureAuth *self = FB_AZURE_AUTH (source);
  SpData *sd = g_task_get_task_data (task);
  g_autofree char *token = NULL;
  GError *error = NULL;

  token = fb_azure_auth_get_token_finish (self, result, &error);
  if (token == NULL)
    {
      g_clear_pointer (&self->client_secret, g_free);
      set_kind (self, FB_AZURE_AUTH_KIND_NONE);
      g_task_return_error (task, error);
      return;
    }
  if (sd->remember)
    remember_secret (self, FB_SECRET_KIND_CLIENT_SECRET, self->client_secret);
  g_task_return_boolean (task, TRUE);
}

void
fb_azure_auth_sign_in_client_secret_async (FbAzureAuth *self, const char *client_secret,
                                           gboolean remember, GCancellable *cancellable,
                                           GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  SpData *sd;

  g_return_if_fail (FB_IS_AZURE_AUTH (self));
  g_return_if_fail (client_secret != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_azure_auth_sign_in_client_secret_async);
  sd = g_new0 (SpData, 1);
  sd->remember = remember;
  g_task_set_task_data (task, sd, g_free);

  g_clear_pointer (&self->refresh_token, g_free);
  g_clear_pointer (&self->access_token, g_free);
  g_free (self->client_secret);
  self->client_secret = g_strdup (client_secret);
  set_kind (self, FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL);
  fb_azure_auth_get_token_async (self, TRUE, cancellable, sp_token_cb, task);
}

gboolean
fb_azure_auth_sign_in_client_secret_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- restore ------------------------------------------------------------ */

static void
restore_token_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *token = NULL;
  GError *error = NULL;

  token = fb_azure_auth_get_token_finish (FB_AZURE_AUTH (source), result, &error);
  if (token == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
restore_secret_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbAzureAuth *self = g_task_get_source_object (task);
  g_autofree char *secret = NULL;
  g_autoptr(GError) error = NULL;

  secret = fb_secret_store_lookup_account_finish (FB_SECRET_STORE (source), result, &error);
  if (error != NULL)
    {
      set_keyring_error (self, error);
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                               _("You are not signed in to Azure, and no keyring is available that could remember a sign-in."));
      return;
    }
  if (secret == NULL)
    {
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                               _("You are not signed in to Azure. Sign in first."));
      return;
    }
  set_kind (self, FB_AZURE_AUTH_KIND_SERVICE_PRINCIPAL);
  g_free (self->client_secret);
  self->client_secret = g_steal_pointer (&secret);
  fb_azure_auth_get_token_async (self, TRUE, g_task_get_cancellable (task), restore_token_cb,
                                 g_object_ref (task));
}

static void
restore_refresh_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  FbAzureAuth *self = g_task_get_source_object (task);
  g_autofree char *secret = NULL;
  g_autoptr(GError) error = NULL;

  secret = fb_secret_store_lookup_account_finish (FB_SECRET_STORE (source), result, &error);
  if (error != NULL)
    {
      set_keyring_error (self, error);
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                               _("You are not signed in to Azure, and no keyring is available that could remember a sign-in."));
      return;
    }
  if (secret == NULL)
    {
      fb_secret_store_lookup_account_async (self->store, self->tenant, self->client_id,
                                            FB_SECRET_KIND_CLIENT_SECRET, g_task_get_cancellable (task),
                                            restore_secret_cb, g_object_ref (task));
      return;
    }
  set_kind (self, FB_AZURE_AUTH_KIND_DEVICE_CODE);
  g_free (self->refresh_token);
  self->refresh_token = g_steal_pointer (&secret);
  fb_azure_auth_get_token_async (self, TRUE, g_task_get_cancellable (task), restore_token_cb,
                                 g_object_ref (task));
}

void
fb_azure_auth_restore_async (FbAzureAuth *self, GCancellable *cancellable,
                             GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_AZURE_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_azure_auth_restore_async);
  if (self->store == NULL)
    {
      g_task_return_new_error (task, FB_AUTH_ERROR, FB_AUTH_ERROR_NOT_SIGNED_IN,
                               _("You are not signed in to Azure. Sign in first."));
      g_object_unref (task);
      return;
    }
  fb_secret_store_lookup_account_async (self->store, self->tenant, self->client_id,
                                        FB_SECRET_KIND_REFRESH_TOKEN, cancellable,
                                        restore_refresh_cb, task);
}

gboolean
fb_azure_auth_restore_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- sign out ----------------------------------------------------------- */

static void
sign_out_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!fb_secret_store_clear_account_finish (FB_SECRET_STORE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
fb_azure_auth_sign_out_async (FbAzureAuth *self, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  gboolean was = fb_azure_auth_get_signed_in (self);

  g_return_if_fail (FB_IS_AZURE_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_azure_auth_sign_out_async);
  g_clear_pointer (&self->access_token, g_free);
  g_clear_pointer (&self->refresh_token, g_free);
  g_clear_pointer (&self->client_secret, g_free);
  set_kind (self, FB_AZURE_AUTH_KIND_NONE);
  if (was)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_IN]);
  if (self->store == NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  fb_secret_store_clear_account_async (self->store, self->tenant, self->client_id, NULL,
                                       cancellable, sign_out_cb, task);
}

gboolean
fb_azure_auth_sign_out_finish (FbAzureAuth *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
