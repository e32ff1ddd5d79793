/* fb-vcenter-client.c - one vCenter: Automation REST API plus VI/JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fb-secret-store.h"
#include "fb-traffic-log.h"
#include "fb-vcenter-client.h"
#include "fb-vcenter-private.h"

#define VIM_BASE "/sdk/vim25/8.0.1.0/"

typedef enum {
  API_REST,
  API_VIM,
} Api;

typedef enum {
  CERT_OK,
  CERT_UNTRUSTED,
  CERT_CHANGED,
} CertVerdict;

struct _FbVcenterClient
{
  GObject          parent_instance;

  char            *base_uri;     /* no trailing slash */
  char            *user;
  char            *server;       /* keyring attribute */
  char            *host_port;    /* pin key */
  char            *password;
  FbVcenterPins   *pins;
  FbSecretStore   *secrets;
  SoupSession     *session;

  char            *tokens[2];    /* per Api */
  gboolean         login_running[2];
  GQueue           login_waiters[2];
  guint            logins[2];
  guint            relogins;
  char            *vim_session_manager;
  char            *vim_search_index;

  guint            keepalive_seconds;
  guint            keepalive_id;
  guint            task_poll_ms;
  GCancellable    *cancellable;  /* keep-alive calls */

  char            *peer_fingerprint;
  GTlsCertificate *peer_certificate;
};

G_DEFINE_FINAL_TYPE (FbVcenterClient, fb_vcenter_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URI,
  PROP_USER,
  PROP_LOGGED_IN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void request_send (GTask *task);

/* ---------------------------------------------------------------------------
 * Object
 */

static void
wipe_password (FbVcenterClient *self)
{
  if (self->password)
    {
      memset (self->password, 0, strlen (self->password));
      g_clear_pointer (&self->password, g_free);
    }
}

static void
stop_keepalive (FbVcenterClient *self)
{
  g_clear_handle_id (&self->keepalive_id, g_source_remove);
}

static void
fb_vcenter_client_dispose (GObject *object)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (object);

  stop_keepalive (self);
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->pins);
  g_clear_object (&self->secrets);
  g_clear_object (&self->peer_certificate);

  G_OBJECT_CLASS (fb_vcenter_client_parent_class)->dispose (object);
}

static void
fb_vcenter_client_finalize (GObject *object)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (object);

  wipe_password (self);
  g_free (self->base_uri);
  g_free (self->user);
  g_free (self->server);
  g_free (self->host_port);
  g_free (self->tokens[API_REST]);
  g_free (self->tokens[API_VIM]);
  g_free (self->vim_session_manager);
  g_free (self->vim_search_index);
  g_free (self->peer_fingerprint);

  G_OBJECT_CLASS (fb_vcenter_client_parent_class)->finalize (object);
}

static void
fb_vcenter_client_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URI: g_value_set_string (value, self->base_uri); break;
    case PROP_USER: g_value_set_string (value, self->user); break;
    case PROP_LOGGED_IN: g_value_set_boolean (value, self->tokens[API_REST] != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_vcenter_client_class_init (FbVcenterClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fb_vcenter_client_dispose;
  object_class->finalize = fb_vcenter_client_finalize;
  object_class->get_property = fb_vcenter_client_get_property;

  properties[PROP_BASE_URI] = g_param_spec_string ("base-uri", NULL, NULL, NULL, flags);
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL, flags);
  properties[PROP_LOGGED_IN] = g_param_spec_boolean ("logged-in", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_vcenter_client_init (FbVcenterClient *self)
{
  self->keepalive_seconds = 600;
  self->task_poll_ms = 2000;
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->login_waiters[API_REST]);
  g_queue_init (&self->login_waiters[API_VIM]);
}

FbVcenterClient *
fb_vcenter_client_new (const char    *base_uri,
                       const char    *user,
                       FbVcenterPins *pins)
{
  FbVcenterClient *self;
  g_autoptr(GUri) uri = NULL;
  const char *host = NULL;
  int port = -1;

  g_return_val_if_fail (base_uri != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);
  g_return_val_if_fail (pins == NULL || FB_IS_VCENTER_PINS (pins), NULL);

  self = g_object_new (FB_TYPE_VCENTER_CLIENT, NULL);
  self->base_uri = g_strdup (base_uri);
  while (g_str_has_suffix (self->base_uri, "/"))
    self->base_uri[strlen (self->base_uri) - 1] = '\0';
  self->user = g_strdup (user);

  uri = g_uri_parse (self->base_uri, G_URI_FLAGS_NONE, NULL);
  if (uri)
    {
      host = g_uri_get_host (uri);
      port = g_uri_get_port (uri);
      if (port < 0)
        port = g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 ? 80 : 443;
    }
  self->host_port = g_strdup_printf ("%s:%d", host ? host : "", port);
  self->server = port == 443 ? g_strdup (host ? host : "") : g_strdup (self->host_port);

  self->pins = pins ? g_object_ref (pins) : fb_vcenter_pins_new (NULL);
  self->secrets = fb_secret_store_new ();
  self->session = soup_session_new_with_options ("user-agent", "Failback/" PACKAGE_VERSION,
                                                 "timeout", 300,
                                                 NULL);
  return self;
}

const char *
fb_vcenter_client_get_base_uri (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), NULL);
  return self->base_uri;
}

const char *
fb_vcenter_client_get_user (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), NULL);
  return self->user;
}

const char *
fb_vcenter_client_get_server (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), NULL);
  return self->server;
}

gboolean
fb_vcenter_client_get_logged_in (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), FALSE);
  return self->tokens[API_REST] != NULL;
}

void
fb_vcenter_client_set_keepalive_seconds (FbVcenterClient *self,
                                         guint            seconds)
{
  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  self->keepalive_seconds = seconds;
}

void
fb_vcenter_client_set_task_poll_interval (FbVcenterClient *self,
                                          guint            milliseconds)
{
  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  self->task_poll_ms = MAX (milliseconds, 10);
}

void
fb_vcenter_client_set_password (FbVcenterClient *self,
                                const char      *password)
{
  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  wipe_password (self);
  self->password = g_strdup (password);
}

guint
fb_vcenter_client_get_relogin_count (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), 0);
  return self->relogins;
}

const char *
fb_vcenter_client_get_peer_fingerprint (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), NULL);
  return self->peer_fingerprint;
}

GTlsCertificate *
fb_vcenter_client_get_peer_certificate (FbVcenterClient *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), NULL);
  return self->peer_certificate;
}

gboolean
fb_vcenter_client_trust_certificate (FbVcenterClient  *self,
                                     const char       *fingerprint,
                                     GError          **error)
{
  g_return_val_if_fail (FB_IS_VCENTER_CLIENT (self), FALSE);
  g_return_val_if_fail (fingerprint != NULL, FALSE);

  return fb_vcenter_pins_add (self->pins, self->host_port, fingerprint, error);
}

/* ---------------------------------------------------------------------------
 * Errors
 */

static FbVcenterError
code_for_error_type (const char *error_type)
{
  static const struct { const char *type; FbVcenterError code; } map[] = {
    { "UNAUTHENTICATED", FB_VCENTER_ERROR_UNAUTHENTICATED },
    { "UNAUTHORIZED", FB_VCENTER_ERROR_UNAUTHORIZED },
    { "NOT_FOUND", FB_VCENTER_ERROR_NOT_FOUND },
    { "OPERATION_NOT_FOUND", FB_VCENTER_ERROR_UNSUPPORTED },
    { "ALREADY_IN_DESIRED_STATE", FB_VCENTER_ERROR_ALREADY_IN_DESIRED_STATE },
    { "INVALID_ARGUMENT", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "INVALID_ELEMENT_CONFIGURATION", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "INVALID_ELEMENT_TYPE", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "INVALID_REQUEST", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "UNEXPECTED_INPUT", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "ALREADY_EXISTS", FB_VCENTER_ERROR_INVALID_ARGUMENT },
    { "NOT_ALLOWED_IN_CURRENT_STATE", FB_VCENTER_ERROR_NOT_ALLOWED_IN_CURRENT_STATE },
    { "RESOURCE_BUSY", FB_VCENTER_ERROR_RESOURCE_BUSY },
    { "CONCURRENT_CHANGE", FB_VCENTER_ERROR_RESOURCE_BUSY },
    { "RESOURCE_IN_USE", FB_VCENTER_ERROR_RESOURCE_IN_USE },
    { "FEATURE_IN_USE", FB_VCENTER_ERROR_RESOURCE_IN_USE },
    { "RESOURCE_INACCESSIBLE", FB_VCENTER_ERROR_RESOURCE_INACCESSIBLE },
    { "UNABLE_TO_ALLOCATE_RESOURCE", FB_VCENTER_ERROR_UNABLE_TO_ALLOCATE_RESOURCE },
    { "SERVICE_UNAVAILABLE", FB_VCENTER_ERROR_SERVICE_UNAVAILABLE },
    { "TIMED_OUT", FB_VCENTER_ERROR_TIMED_OUT },
    { "UNSUPPORTED", FB_VCENTER_ERROR_UNSUPPORTED },
    { "UNVERIFIED_PEER", FB_VCENTER_ERROR_UNSUPPORTED },
    { "CANCELED", FB_VCENTER_ERROR_FAILED },
  };

  for (guint i = 0; error_type && i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (map[i].type, error_type))
      return map[i].code;
  return FB_VCENTER_ERROR_FAILED;
}

/* The first default_message of an /api error body (or of a task's error). */
static const char *
error_message_of (JsonObject *obj)
{
  JsonNode *node = json_object_get_member (obj, "messages");
  JsonArray *messages;
  JsonNode *first;
  JsonNode *text;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  messages = json_node_get_array (node);
  if (json_array_get_length (messages) == 0)
    return NULL;
  first = json_array_get_element (messages, 0);
  if (!JSON_NODE_HOLDS_OBJECT (first))
    return NULL;
  text = json_object_get_member (json_node_get_object (first), "default_message");
  if (text == NULL || !JSON_NODE_HOLDS_VALUE (text) ||
      json_node_get_value_type (text) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (text);
}

static GError *
rest_error (guint     status,
            JsonNode *body)
{
  const char *error_type = NULL;
  const char *message = NULL;

  if (body && JSON_NODE_HOLDS_OBJECT (body))
    {
      JsonObject *obj = json_node_get_object (body);
      JsonNode *node = json_object_get_member (obj, "error_type");

      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        error_type = json_node_get_string (node);
      message = error_message_of (obj);
    }
  if (error_type == NULL)
    {
      /* no std error body: decide on the status */
      if (status == SOUP_STATUS_UNAUTHORIZED)
        error_type = "UNAUTHENTICATED";
      else if (status == SOUP_STATUS_FORBIDDEN)
        error_type = "UNAUTHORIZED";
      else if (status == SOUP_STATUS_NOT_FOUND)
        error_type = "NOT_FOUND";
      else if (status == SOUP_STATUS_SERVICE_UNAVAILABLE)
        error_type = "SERVICE_UNAVAILABLE";
    }
  if (message == NULL)
    message = soup_status_get_phrase (status);
  return g_error_new (FB_VCENTER_ERROR, code_for_error_type (error_type),
                      /* Translators: %s is vCenter's own (English) error text */
                      _("vCenter: %s"), message ? message : _("unknown error"));
}

static GError *
vim_error (guint     status,
           JsonNode *body)
{
  const char *type = NULL;
  const char *text = NULL;
  FbVcenterError code = FB_VCENTER_ERROR_FAILED;

  if (body && JSON_NODE_HOLDS_OBJECT (body))
    {
      JsonObject *obj = json_node_get_object (body);
      JsonNode *node = json_object_get_member (obj, "_typeName");

      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        type = json_node_get_string (node);
      node = json_object_get_member (obj, "faultstring");
      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        text = json_node_get_string (node);
    }
  if (g_strcmp0 (type, "NotAuthenticated") == 0 || g_strcmp0 (type, "InvalidLogin") == 0)
    code = FB_VCENTER_ERROR_UNAUTHENTICATED;
  else if (g_strcmp0 (type, "ManagedObjectNotFound") == 0)
    code = FB_VCENTER_ERROR_NOT_FOUND;
  else if (g_strcmp0 (type, "NoPermission") == 0)
    code = FB_VCENTER_ERROR_UNAUTHORIZED;
  else if (g_strcmp0 (type, "InvalidArgument") == 0 || g_strcmp0 (type, "InvalidProperty") == 0)
    code = FB_VCENTER_ERROR_INVALID_ARGUMENT;
  else if (status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    code = FB_VCENTER_ERROR_SERVICE_UNAVAILABLE;
  else if (status == SOUP_STATUS_NOT_FOUND)
    code = FB_VCENTER_ERROR_UNSUPPORTED;
  if (text == NULL)
    text = soup_status_get_phrase (status);
  return g_error_new (FB_VCENTER_ERROR, code, _("vCenter: %s"), text ? text : _("unknown error"));
}

static gboolean
is_not_authenticated_fault (JsonNode *body)
{
  JsonNode *node;

  if (body == NULL || !JSON_NODE_HOLDS_OBJECT (body))
    return FALSE;
  node = json_object_get_member (json_node_get_object (body), "_typeName");
  return node && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (node), "NotAuthenticated");
}

/* ---------------------------------------------------------------------------
 * Requests
 */

typedef enum {
  REQ_AUTH = 0,          /* needs a session; re-login once on expiry */
  REQ_NO_AUTH = 1 << 0,  /* no session header (service content, logins) */
  REQ_NO_RELOGIN = 1 << 1,
  REQ_IF_SESSION = 1 << 2, /* only when a session exists (logout, keep-alive) */
} RequestFlags;

typedef struct {
  Api           api;
  char         *method;
  char         *path;
  GBytes       *body;
  char         *authorization;   /* Basic ... for the REST login; wiped */
  RequestFlags  flags;
  gboolean      retried;
  char         *token_used;
  CertVerdict   cert;
  gint64        started;         /* monotonic, for the traffic log */
  guint         status;
  SoupMessageHeaders *response_headers;
} Request;

static void
request_free (Request *req)
{
  g_free (req->method);
  g_free (req->path);
  g_clear_pointer (&req->body, g_bytes_unref);
  if (req->authorization)
    {
      memset (req->authorization, 0, strlen (req->authorization));
      g_free (req->authorization);
    }
  g_free (req->token_used);
  g_clear_pointer (&req->response_headers, soup_message_headers_unref);
  g_free (req);
}

static gboolean
on_accept_certificate (SoupMessage          *msg,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       gpointer              user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = g_task_get_source_object (task);
  Request *req = g_task_get_task_data (task);
  g_autofree char *fingerprint = fb_vcenter_certificate_fingerprint (certificate);
  const char *pin = fb_vcenter_pins_lookup (self->pins, self->host_port);

  if (fingerprint != NULL && pin != NULL && g_ascii_strcasecmp (fingerprint, pin) == 0)
    return TRUE;

  g_free (self->peer_fingerprint);
  self->peer_fingerprint = g_steal_pointer (&fingerprint);
  g_set_object (&self->peer_certificate, certificate);
  req->cert = pin != NULL ? CERT_CHANGED : CERT_UNTRUSTED;
  g_debug ("vCenter %s: certificate not trusted (flags 0x%x)", self->host_port, errors);
  return FALSE;
}

static GError *
certificate_error (FbVcenterClient *self,
                   CertVerdict      verdict)
{
  if (verdict == CERT_CHANGED)
    return g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED,
                        _("The certificate of %s has CHANGED since you trusted it. Its SHA-256 "
                          "fingerprint is now %s, but %s was pinned. This can mean that someone "
                          "intercepts the connection. Failback will not connect. If the vCenter "
                          "certificate was renewed on purpose, verify the new fingerprint with "
                          "the vCenter administrator and remove the old pin first."),
                        self->host_port, self->peer_fingerprint,
                        fb_vcenter_pins_lookup (self->pins, self->host_port));
  return g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_UNTRUSTED,
                      _("The certificate of %s is not trusted (it is self-signed or issued by an "
                        "unknown authority). Its SHA-256 fingerprint is %s. Compare it with the "
                        "fingerprint shown by the vCenter administrator and trust it explicitly "
                        "to connect."),
                      self->host_port, self->peer_fingerprint);
}

static void ensure_session (FbVcenterClient *self, Api api, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data);
static gboolean ensure_session_finish (FbVcenterClient *self, GAsyncResult *result, GError **error);

static void
on_session_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!ensure_session_finish (FB_VCENTER_CLIENT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  request_send (g_steal_pointer (&task));
}

static void
on_request_sent (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FbVcenterClient *self = g_task_get_source_object (task);
  Request *req = g_task_get_task_data (task);
  SoupMessage *msg = g_object_get_data (G_OBJECT (task), "message");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = NULL;
  const char *content_type;
  gsize size = 0;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (bytes == NULL)
    fb_traffic_log_failure (msg, error);
  else
    fb_traffic_log_response (msg, bytes, g_get_monotonic_time () - req->started);
  if (bytes == NULL)
    {
      if (req->cert != CERT_OK)
        g_task_return_error (task, certificate_error (self, req->cert));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NETWORK,
                                 _("Could not connect to vCenter %s: %s"),
                                 self->host_port, error->message);
      return;
    }

  req->status = soup_message_get_status (msg);
  g_clear_pointer (&req->response_headers, soup_message_headers_unref);
  req->response_headers = soup_message_headers_ref (soup_message_get_response_headers (msg));
  content_type = soup_message_headers_get_content_type (req->response_headers, NULL);
  g_bytes_get_data (bytes, &size);
  if (size > 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (content_type == NULL || !g_str_equal (content_type, "application/json"))
        {
          if (req->status >= 200 && req->status < 300)
            {
              g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                                       _("vCenter answered %u with %s instead of JSON"),
                                       req->status, content_type ? content_type : _("no content type"));
              return;
            }
        }
      else if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) size, NULL))
        {
          g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                                   _("vCenter answered %u with invalid JSON"), req->status);
          return;
        }
      else if (json_parser_get_root (parser))
        body = json_node_copy (json_parser_get_root (parser));
    }

  /* An expired session: renew it once and replay the request. */
  if (!(req->flags & (REQ_NO_AUTH | REQ_NO_RELOGIN)) && !req->retried &&
      ((req->api == API_REST && req->status == SOUP_STATUS_UNAUTHORIZED) ||
       (req->api == API_VIM && req->status == SOUP_STATUS_INTERNAL_SERVER_ERROR &&
        is_not_authenticated_fault (body))))
    {
      req->retried = TRUE;
      if (g_strcmp0 (self->tokens[req->api], req->token_used) == 0)
        g_clear_pointer (&self->tokens[req->api], g_free);
      g_debug ("vCenter %s: session expired, logging in again", self->host_port);
      {
        GCancellable *cancellable = g_task_get_cancellable (task);
        ensure_session (self, req->api, cancellable, on_session_ready, g_steal_pointer (&task));
      }
      return;
    }

  if (req->status < 200 || req->status >= 300)
    {
      g_task_return_error (task, req->api == API_REST ? rest_error (req->status, body)
                                                      : vim_error (req->status, body));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&body), (GDestroyNotify) json_node_unref);
}

static void
request_send (GTask *task)
{
  FbVcenterClient *self = g_task_get_source_object (task);
  Request *req = g_task_get_task_data (task);
  g_autofree char *uri = g_strconcat (self->base_uri, req->path, NULL);
  g_autoptr(SoupMessage) msg = NULL;
  SoupMessageHeaders *headers;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  if (!(req->flags & REQ_NO_AUTH) && self->tokens[req->api] == NULL)
    {
      if (req->flags & REQ_IF_SESSION)
        {
          g_task_return_pointer (task, NULL, NULL);
          g_object_unref (task);
          return;
        }
      ensure_session (self, req->api, g_task_get_cancellable (task), on_session_ready, task);
      return;
    }

  msg = soup_message_new (req->method, uri);
  if (msg == NULL)
    {
      g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_ARGUMENT,
                               _("Not a valid vCenter address: %s"), uri);
      g_object_unref (task);
      return;
    }
  headers = soup_message_get_request_headers (msg);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (req->authorization)
    soup_message_headers_replace (headers, "Authorization", req->authorization);
  if (!(req->flags & REQ_NO_AUTH))
    {
      g_free (req->token_used);
      req->token_used = g_strdup (self->tokens[req->api]);
      soup_message_headers_replace (headers, "vmware-api-session-id", req->token_used);
    }
  if (req->api == API_REST && req->authorization)
    soup_message_headers_replace (headers, "vmware-use-header-authn", "true");
  if (req->body)
    soup_message_set_request_body_from_bytes (msg, "application/json", req->body);
  req->cert = CERT_OK;
  g_signal_connect (msg, "accept-certificate", G_CALLBACK (on_accept_certificate), task);
  g_object_set_data_full (G_OBJECT (task), "message", g_object_ref (msg), g_object_unref);
  fb_traffic_log_request (msg, req->body);
  req->started = g_get_monotonic_time ();
  soup_session_send_and_read_async (self->session, msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), on_request_sent, task);
}

static void
request_async (FbVcenterClient     *self,
               Api                  api,
               const char          *method,
               const char          *path,
               JsonNode            *body,
               RequestFlags         flags,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Request *req = g_new0 (Request, 1);

  g_task_set_source_tag (task, request_async);
  req->api = api;
  req->method = g_strdup (method);
  req->path = api == API_VIM ? g_strconcat (VIM_BASE, path, NULL) : g_strdup (path);
  req->flags = flags;
  if (body)
    {
      char *text = json_to_string (body, FALSE);
      gsize len = strlen (text);
      req->body = g_bytes_new_take (text, len);
    }
  g_task_set_task_data (task, req, (GDestroyNotify) request_free);
  request_send (task);
}

/* Returns the JSON body (NULL for none) with @error unset, or NULL with @error set. */
static JsonNode *
request_finish (FbVcenterClient  *self,
                GAsyncResult     *result,
                GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Sessions
 */

static void keepalive_start (FbVcenterClient *self);

static void
login_complete (FbVcenterClient *self,
                Api              api,
                const GError    *error)
{
  GTask *waiter;

  self->login_running[api] = FALSE;
  while ((waiter = g_queue_pop_head (&self->login_waiters[api])))
    {
      if (error)
        g_task_return_error (waiter, g_error_copy (error));
      else
        g_task_return_boolean (waiter, TRUE);
      g_object_unref (waiter);
    }
}

static void
on_rest_login (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  if (error == NULL &&
      (body == NULL || !JSON_NODE_HOLDS_VALUE (body) || json_node_get_value_type (body) != G_TYPE_STRING))
    error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                         _("vCenter did not return a session token"));
  if (error && g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED))
    {
      g_clear_error (&error);
      error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED,
                           _("vCenter %s did not accept the user name or password of %s"),
                           self->server, self->user);
    }
  if (error == NULL)
    {
      g_free (self->tokens[API_REST]);
      self->tokens[API_REST] = g_strdup (json_node_get_string (body));
      if (self->logins[API_REST]++ > 0)
        self->relogins++;
      keepalive_start (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGGED_IN]);
    }
  login_complete (self, API_REST, error);
}

static void
start_rest_login (FbVcenterClient *self,
                  GCancellable    *cancellable)
{
  g_autofree char *credentials = g_strdup_printf ("%s:%s", self->user, self->password);
  g_autofree char *encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  GTask *task = g_task_new (self, cancellable, on_rest_login, NULL);
  Request *req = g_new0 (Request, 1);

  memset (credentials, 0, strlen (credentials));
  req->api = API_REST;
  req->method = g_strdup ("POST");
  req->path = g_strdup ("/api/session");
  req->flags = REQ_NO_AUTH;
  req->authorization = g_strconcat ("Basic ", encoded, NULL);
  memset (encoded, 0, strlen (encoded));
  g_task_set_task_data (task, req, (GDestroyNotify) request_free);
  request_send (task);
}

/* VI/JSON: service content (once), then SessionManager.Login. */
static void
on_vim_login (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  Request *req = g_task_get_task_data (G_TASK (result));
  const char *token = NULL;

  if (error == NULL)
    {
      token = req->response_headers
                ? soup_message_headers_get_one (req->response_headers, "vmware-api-session-id")
                : NULL;
      if (token == NULL)
        error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                             _("vCenter did not return a VI/JSON session"));
    }
  if (error && g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED))
    {
      g_clear_error (&error);
      error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED,
                           _("vCenter %s did not accept the user name or password of %s"),
                           self->server, self->user);
    }
  if (error == NULL)
    {
      g_free (self->tokens[API_VIM]);
      self->tokens[API_VIM] = g_strdup (token);
      if (self->logins[API_VIM]++ > 0)
        self->relogins++;
    }
  login_complete (self, API_VIM, error);
}

static void
send_vim_login (FbVcenterClient *self,
                GCancellable    *cancellable)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = g_strdup_printf ("SessionManager/%s/Login", self->vim_session_manager);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "userName");
  json_builder_add_string_value (builder, self->user);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, self->password);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);
  request_async (self, API_VIM, "POST", path, body, REQ_NO_AUTH, cancellable,
                 on_vim_login, NULL);
}

static void
on_service_content (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  if (error == NULL)
    {
      JsonObject *obj = (body && JSON_NODE_HOLDS_OBJECT (body)) ? json_node_get_object (body) : NULL;
      const char *sm = obj ? fb_vcenter_json_moref_value (json_object_get_member (obj, "sessionManager")) : NULL;
      const char *si = obj ? fb_vcenter_json_moref_value (json_object_get_member (obj, "searchIndex")) : NULL;

      if (sm == NULL)
        error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                             _("vCenter does not offer VI/JSON (vCenter 8.0 Update 1 or later is needed)"));
      else
        {
          self->vim_session_manager = g_strdup (sm);
          self->vim_search_index = g_strdup (si ? si : "SearchIndex");
        }
    }
  if (error)
    {
      if (g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNSUPPORTED))
        {
          g_clear_error (&error);
          error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNSUPPORTED,
                               _("vCenter does not offer VI/JSON (vCenter 8.0 Update 1 or later is needed)"));
        }
      login_complete (self, API_VIM, error);
    }
  else
    send_vim_login (self, NULL);
}

static void
ensure_session (FbVcenterClient     *self,
                Api                  api,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, ensure_session);
  if (self->tokens[api] != NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  if (self->password == NULL)
    {
      g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD,
                               _("Not logged in to vCenter %s: no password for %s"),
                               self->server, self->user);
      g_object_unref (task);
      return;
    }
  g_queue_push_tail (&self->login_waiters[api], task);
  if (self->login_running[api])
    return;
  self->login_running[api] = TRUE;
  /* The login itself is not cancelled with one caller: others may wait for it. */
  if (api == API_REST)
    start_rest_login (self, NULL);
  else if (self->vim_session_manager != NULL)
    send_vim_login (self, NULL);
  else
    request_async (self, API_VIM, "GET", "ServiceInstance/ServiceInstance/content", NULL,
                   REQ_NO_AUTH, NULL, on_service_content, NULL);
}

static gboolean
ensure_session_finish (FbVcenterClient  *self,
                       GAsyncResult     *result,
                       GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Keep-alive
 */

static void
on_keepalive_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error)
    g_debug ("vCenter keep-alive failed: %s", error->message);
}

static void
on_vim_keepalive_done (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  /* currentSession unset: the VI/JSON session is gone; log in again when needed */
  if (error == NULL && body == NULL)
    g_clear_pointer (&self->tokens[API_VIM], g_free);
}

static gboolean
keepalive_tick (gpointer user_data)
{
  FbVcenterClient *self = user_data;

  if (self->tokens[API_REST])
    request_async (self, API_REST, "GET", "/api/session", NULL, REQ_IF_SESSION,
                   self->cancellable, on_keepalive_done, NULL);
  if (self->tokens[API_VIM] && self->vim_session_manager)
    {
      g_autofree char *path = g_strdup_printf ("SessionManager/%s/currentSession",
                                               self->vim_session_manager);
      request_async (self, API_VIM, "GET", path, NULL, REQ_IF_SESSION | REQ_NO_RELOGIN,
                     self->cancellable, on_vim_keepalive_done, NULL);
    }
  return G_SOURCE_CONTINUE;
}

static void
keepalive_start (FbVcenterClient *self)
{
  if (self->keepalive_id != 0 || self->keepalive_seconds == 0)
    return;
  self->keepalive_id = g_timeout_add (self->keepalive_seconds * 1000, keepalive_tick, self);
}

/* ---------------------------------------------------------------------------
 * Login, logout, password
 */

static void
on_login_session (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!ensure_session_finish (FB_VCENTER_CLIENT (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_password_lookup (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FbVcenterClient *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *password = fb_secret_store_lookup_vcenter_finish (FB_SECRET_STORE (source),
                                                                     result, &error);

  if (password == NULL)
    {
      if (error)
        g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD,
                                 _("No password for %s on %s: %s"), self->user, self->server,
                                 error->message);
      else
        g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD,
                                 _("No password for %s on %s is stored. Log in to vCenter first."),
                                 self->user, self->server);
      return;
    }
  fb_vcenter_client_set_password (self, password);
  memset (password, 0, strlen (password));
  {
    GCancellable *cancellable = g_task_get_cancellable (task);
    ensure_session (self, API_REST, cancellable, on_login_session, g_steal_pointer (&task));
  }
}

void
fb_vcenter_client_login_async (FbVcenterClient     *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_login_async);
  if (self->password == NULL)
    {
      fb_secret_store_lookup_vcenter_async (self->secrets, self->server, self->user, cancellable,
                                            on_password_lookup, task);
      return;
    }
  ensure_session (self, API_REST, cancellable, on_login_session, task);
}

gboolean
fb_vcenter_client_login_finish (FbVcenterClient  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_password_stored (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!fb_secret_store_store_vcenter_finish (FB_SECRET_STORE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
fb_vcenter_client_remember_password_async (FbVcenterClient     *self,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_remember_password_async);
  if (self->password == NULL)
    {
      g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NO_PASSWORD,
                               _("There is no password to remember"));
      g_object_unref (task);
      return;
    }
  fb_secret_store_store_vcenter_async (self->secrets, self->server, self->user, self->password,
                                       cancellable, on_password_stored, task);
}

gboolean
fb_vcenter_client_remember_password_finish (FbVcenterClient  *self,
                                            GAsyncResult     *result,
                                            GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_vim_logout (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  g_clear_pointer (&self->tokens[API_VIM], g_free);
  if (error && !g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED))
    g_debug ("VI/JSON logout: %s", error->message);
  g_task_return_boolean (task, TRUE);
}

static void
on_rest_logout (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  g_autofree char *path = NULL;

  g_clear_pointer (&self->tokens[API_REST], g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGGED_IN]);
  if (error && !g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_UNAUTHENTICATED))
    g_debug ("REST logout: %s", error->message);
  path = g_strdup_printf ("SessionManager/%s/Logout",
                          self->vim_session_manager ? self->vim_session_manager : "SessionManager");
  request_async (self, API_VIM, "POST", path, NULL, REQ_IF_SESSION | REQ_NO_RELOGIN,
                 g_task_get_cancellable (task), on_vim_logout, task);
}

void
fb_vcenter_client_logout_async (FbVcenterClient     *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_logout_async);
  stop_keepalive (self);
  request_async (self, API_REST, "DELETE", "/api/session", NULL, REQ_IF_SESSION | REQ_NO_RELOGIN,
                 cancellable, on_rest_logout, task);
}

gboolean
fb_vcenter_client_logout_finish (FbVcenterClient  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * VMs
 */

static void
append_filter (GString            *query,
               const char         *name,
               const char * const *values)
{
  for (guint i = 0; values && values[i]; i++)
    {
      g_autofree char *escaped = g_uri_escape_string (values[i], NULL, FALSE);
      g_string_append_printf (query, "%c%s=%s", query->len ? '&' : '?', name, escaped);
    }
}

static GPtrArray *
parse_array (JsonNode    *body,
             const char  *what,
             gpointer   (*parse) (JsonObject *obj, GError **error),
             GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  if (body == NULL || !JSON_NODE_HOLDS_ARRAY (body))
    {
      g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                   _("vCenter sent an unexpected answer: %s is not a list"), what);
      return NULL;
    }
  array = json_node_get_array (body);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                       _("vCenter sent an unexpected answer: %s contains a non-object"), what);
          return NULL;
        }
      item = parse (json_node_get_object (node), error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  return g_steal_pointer (&items);
}

static void
on_list_vms (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);
  GPtrArray *vms;

  if (error)
    {
      g_task_return_error (task, error);
      return;
    }
  vms = parse_array (body, "vm", (gpointer) fb_vcenter_vm_new_from_summary, &error);
  if (vms == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, vms, (GDestroyNotify) g_ptr_array_unref);
}

void
fb_vcenter_client_list_vms_async (FbVcenterClient     *self,
                                  const char * const  *names,
                                  const char * const  *hosts,
                                  const char * const  *power_states,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) query = g_string_new (NULL);
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_list_vms_async);
  append_filter (query, "names", names);
  append_filter (query, "hosts", hosts);
  append_filter (query, "power_states", power_states);
  g_string_append_printf (path, "/api/vcenter/vm%s", query->str);
  request_async (self, API_REST, "GET", path->str, NULL, REQ_AUTH, cancellable, on_list_vms, task);
}

GPtrArray *
fb_vcenter_client_list_vms_finish (FbVcenterClient  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* get_vm: VM.Info, then VI/JSON runtime.host, host name, config (RDM disks). */
typedef struct {
  char        *id;
  FbVcenterVm *vm;
  char        *host_id;
} GetVm;

static void
get_vm_free (GetVm *data)
{
  g_free (data->id);
  g_clear_object (&data->vm);
  g_free (data->host_id);
  g_free (data);
}

static void
on_vm_config (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GetVm *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);
  JsonObject *hardware = NULL;
  JsonArray *devices = NULL;

  if (error)
    {
      g_task_return_error (task, error);
      return;
    }
  if (body && JSON_NODE_HOLDS_OBJECT (body) &&
      fb_vcenter_json_object (json_node_get_object (body), "config", "hardware", FALSE, &hardware, &error) &&
      hardware &&
      fb_vcenter_json_array (hardware, "config.hardware", "device", FALSE, &devices, &error) && devices)
    {
      for (guint i = 0; i < json_array_get_length (devices); i++)
        {
          JsonNode *node = json_array_get_element (devices, i);
          JsonObject *backing = NULL;
          const char *type = NULL, *file = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          if (!fb_vcenter_json_object (json_node_get_object (node), "device", "backing", FALSE,
                                       &backing, &error) || backing == NULL)
            {
              g_clear_error (&error);
              continue;
            }
          if (fb_vcenter_json_string (backing, "backing", "_typeName", FALSE, &type, NULL) &&
              fb_vcenter_json_string (backing, "backing", "fileName", FALSE, &file, NULL) &&
              type && g_str_has_prefix (type, "VirtualDiskRawDiskMapping"))
            fb_vcenter_vm_mark_rdm (data->vm, file);
        }
    }
  if (error)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&data->vm), g_object_unref);
}

static void
fetch_vm_config (GTask *task)
{
  FbVcenterClient *self = g_task_get_source_object (task);
  GetVm *data = g_task_get_task_data (task);
  g_autofree char *path = g_strdup_printf ("VirtualMachine/%s/config", data->id);

  request_async (self, API_VIM, "GET", path, NULL, REQ_AUTH, g_task_get_cancellable (task),
                 on_vm_config, task);
}

static void
on_vm_host_name (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  GetVm *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  fb_vcenter_vm_set_host (data->vm, data->host_id,
                          (body && JSON_NODE_HOLDS_VALUE (body) &&
                           json_node_get_value_type (body) == G_TYPE_STRING)
                            ? json_node_get_string (body) : NULL);
  fetch_vm_config (task);
}

static void
on_vm_runtime (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  GetVm *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  const char *host = NULL;
  g_autofree char *path = NULL;

  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (body && JSON_NODE_HOLDS_OBJECT (body))
    host = fb_vcenter_json_moref_value (json_object_get_member (json_node_get_object (body), "host"));
  if (host == NULL)
    {
      fetch_vm_config (task);
      return;
    }
  data->host_id = g_strdup (host);
  path = g_strdup_printf ("HostSystem/%s/name", host);
  request_async (self, API_VIM, "GET", path, NULL, REQ_AUTH, g_task_get_cancellable (task),
                 on_vm_host_name, task);
}

static void
on_vm_info (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  GetVm *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  g_autofree char *path = NULL;

  if (error == NULL && (body == NULL || !JSON_NODE_HOLDS_OBJECT (body)))
    error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                         _("vCenter sent an unexpected answer: %s is not an object"), "vm");
  if (error == NULL)
    data->vm = fb_vcenter_vm_new_from_info (data->id, json_node_get_object (body), &error);
  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  path = g_strdup_printf ("VirtualMachine/%s/runtime", data->id);
  request_async (self, API_VIM, "GET", path, NULL, REQ_AUTH, g_task_get_cancellable (task),
                 on_vm_runtime, task);
}

void
fb_vcenter_client_get_vm_async (FbVcenterClient     *self,
                                const char          *vm_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  GetVm *data;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  g_return_if_fail (vm_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_get_vm_async);
  data = g_new0 (GetVm, 1);
  data->id = g_strdup (vm_id);
  g_task_set_task_data (task, data, (GDestroyNotify) get_vm_free);
  escaped = g_uri_escape_string (vm_id, NULL, FALSE);
  path = g_strdup_printf ("/api/vcenter/vm/%s", escaped);
  request_async (self, API_REST, "GET", path, NULL, REQ_AUTH, cancellable, on_vm_info, task);
}

FbVcenterVm *
fb_vcenter_client_get_vm_finish (FbVcenterClient  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
looks_like_uuid (const char *s)
{
  if (strlen (s) != 36)
    return FALSE;
  for (guint i = 0; i < 36; i++)
    {
      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (s[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isxdigit (s[i]))
        return FALSE;
    }
  return TRUE;
}

static void
on_find_got_vm (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  FbVcenterVm *vm = fb_vcenter_client_get_vm_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (vm == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, vm, g_object_unref);
}

static void
find_not_found (GTask *task)
{
  g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_NOT_FOUND,
                           _("vCenter has no virtual machine “%s”"),
                           (const char *) g_task_get_task_data (task));
  g_object_unref (task);
}

static void
on_find_by_name (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  GError *error = NULL;
  g_autoptr(GPtrArray) vms = fb_vcenter_client_list_vms_finish (self, result, &error);

  if (vms == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (vms->len == 0)
    {
      find_not_found (task);
      return;
    }
  if (vms->len > 1)
    {
      g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_ARGUMENT,
                               _("vCenter has %u virtual machines named “%s”; use the instance UUID"),
                               vms->len, (const char *) g_task_get_task_data (task));
      g_object_unref (task);
      return;
    }
  fb_vcenter_client_get_vm_async (self, fb_vcenter_vm_get_id (g_ptr_array_index (vms, 0)),
                                  g_task_get_cancellable (task), on_find_got_vm, task);
}

static void
on_find_by_uuid (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  const char *id;

  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  id = fb_vcenter_json_moref_value (body);
  if (id == NULL)
    {
      /* Not an instance UUID: it may still be a VM name. */
      const char *names[] = { g_task_get_task_data (task), NULL };
      fb_vcenter_client_list_vms_async (self, names, NULL, NULL, g_task_get_cancellable (task),
                                        on_find_by_name, task);
      return;
    }
  fb_vcenter_client_get_vm_async (self, id, g_task_get_cancellable (task), on_find_got_vm, task);
}

void
fb_vcenter_client_find_vm_async (FbVcenterClient     *self,
                                 const char          *name_or_uuid,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  g_return_if_fail (name_or_uuid != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_find_vm_async);
  g_task_set_task_data (task, g_strdup (name_or_uuid), g_free);
  if (looks_like_uuid (name_or_uuid))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) body = NULL;
      g_autofree char *path = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, name_or_uuid);
      json_builder_set_member_name (builder, "vmSearch");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "instanceUuid");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_end_object (builder);
      body = json_builder_get_root (builder);
      /* the search index id is known after the VI/JSON login; "SearchIndex" is the standard one */
      path = g_strdup_printf ("SearchIndex/%s/FindByUuid",
                              self->vim_search_index ? self->vim_search_index : "SearchIndex");
      request_async (self, API_VIM, "POST", path, body, REQ_AUTH, cancellable, on_find_by_uuid, task);
    }
  else
    {
      const char *names[] = { name_or_uuid, NULL };
      fb_vcenter_client_list_vms_async (self, names, NULL, NULL, cancellable, on_find_by_name, task);
    }
}

FbVcenterVm *
fb_vcenter_client_find_vm_finish (FbVcenterClient  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Snapshots
 */

static gboolean
collect_snapshots (JsonArray  *list,
                   GPtrArray  *out,
                   GError    **error)
{
  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      JsonObject *tree;
      JsonArray *children = NULL;
      const char *name = NULL, *description = NULL, *created = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                       _("vCenter sent an unexpected answer: %s is not an object"),
                       "VirtualMachineSnapshotTree");
          return FALSE;
        }
      tree = json_node_get_object (node);
      if (!fb_vcenter_json_string (tree, "snapshot", "name", TRUE, &name, error) ||
          !fb_vcenter_json_string (tree, "snapshot", "description", FALSE, &description, error) ||
          !fb_vcenter_json_string (tree, "snapshot", "createTime", FALSE, &created, error) ||
          !fb_vcenter_json_array (tree, "snapshot", "childSnapshotList", FALSE, &children, error))
        return FALSE;
      g_ptr_array_add (out, fb_vcenter_snapshot_new (fb_vcenter_json_moref_value (json_object_get_member (tree, "snapshot")),
                                                     name, description, created));
      if (!collect_snapshots (children, out, error))
        return FALSE;
    }
  return TRUE;
}

static void
on_snapshots (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_vcenter_snapshot_free);
  JsonArray *roots = NULL;

  if (error)
    {
      g_task_return_error (task, error);
      return;
    }
  /* unset property (no body): no snapshots */
  if (body != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (body) ||
          !fb_vcenter_json_array (json_node_get_object (body), "snapshot", "rootSnapshotList",
                                  FALSE, &roots, &error) ||
          !collect_snapshots (roots, snapshots, &error))
        {
          if (error == NULL)
            error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                                 _("vCenter sent an unexpected answer: %s is not an object"),
                                 "VirtualMachineSnapshotInfo");
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_pointer (task, g_steal_pointer (&snapshots), (GDestroyNotify) g_ptr_array_unref);
}

void
fb_vcenter_client_list_snapshots_async (FbVcenterClient     *self,
                                        const char          *vm_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task;
  g_autofree char *path = NULL;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  g_return_if_fail (vm_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_list_snapshots_async);
  path = g_strdup_printf ("VirtualMachine/%s/snapshot", vm_id);
  request_async (self, API_VIM, "GET", path, NULL, REQ_AUTH, cancellable, on_snapshots, task);
}

GPtrArray *
fb_vcenter_client_list_snapshots_finish (FbVcenterClient  *self,
                                         GAsyncResult     *result,
                                         GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Power on
 */

static void
on_power_on (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error && g_error_matches (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_ALREADY_IN_DESIRED_STATE))
    g_clear_error (&error);   /* already on: that is what we wanted */
  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
fb_vcenter_client_power_on_async (FbVcenterClient     *self,
                                  const char          *vm_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  g_return_if_fail (vm_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_power_on_async);
  escaped = g_uri_escape_string (vm_id, NULL, FALSE);
  path = g_strdup_printf ("/api/vcenter/vm/%s/power?action=start", escaped);
  request_async (self, API_REST, "POST", path, NULL, REQ_AUTH, cancellable, on_power_on, task);
}

gboolean
fb_vcenter_client_power_on_finish (FbVcenterClient  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Relocate (vMotion) with task polling
 */

typedef struct {
  char  *task_id;
  guint  timeout_id;
} Relocate;

static void
relocate_free (Relocate *data)
{
  g_free (data->task_id);
  g_clear_handle_id (&data->timeout_id, g_source_remove);
  g_free (data);
}

static void poll_task (GTask *task);

static gboolean
poll_again (gpointer user_data)
{
  GTask *task = user_data;
  Relocate *data = g_task_get_task_data (task);

  data->timeout_id = 0;
  poll_task (task);
  return G_SOURCE_REMOVE;
}

static void
on_task_info (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  Relocate *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);
  const char *status = NULL;
  JsonObject *obj;

  if (error == NULL && (body == NULL || !JSON_NODE_HOLDS_OBJECT (body)))
    error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                         _("vCenter sent an unexpected answer: %s is not an object"), "task");
  if (error == NULL)
    {
      obj = json_node_get_object (body);
      fb_vcenter_json_string (obj, "task", "status", TRUE, &status, &error);
    }
  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  if (g_str_equal (status, "SUCCEEDED"))
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  if (g_str_equal (status, "FAILED"))
    {
      JsonNode *err = json_object_get_member (obj, "error");
      const char *message = NULL;

      if (err && JSON_NODE_HOLDS_OBJECT (err))
        message = error_message_of (json_node_get_object (err));
      else if (err && JSON_NODE_HOLDS_VALUE (err) && json_node_get_value_type (err) == G_TYPE_STRING)
        message = json_node_get_string (err);
      g_task_return_new_error (task, FB_VCENTER_ERROR, FB_VCENTER_ERROR_TASK_FAILED,
                               _("The migration failed: %s"),
                               message ? message : _("vCenter gave no reason"));
      g_object_unref (task);
      return;
    }
  /* PENDING, RUNNING, BLOCKED */
  data->timeout_id = g_timeout_add (self->task_poll_ms, poll_again, task);
}

static void
poll_task (GTask *task)
{
  FbVcenterClient *self = g_task_get_source_object (task);
  Relocate *data = g_task_get_task_data (task);
  g_autofree char *escaped = g_uri_escape_string (data->task_id, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/api/cis/tasks/%s", escaped);

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  request_async (self, API_REST, "GET", path, NULL, REQ_AUTH, g_task_get_cancellable (task),
                 on_task_info, task);
}

static void
on_relocate_started (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GTask *task = user_data;
  Relocate *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error == NULL &&
      (body == NULL || !JSON_NODE_HOLDS_VALUE (body) || json_node_get_value_type (body) != G_TYPE_STRING))
    error = g_error_new (FB_VCENTER_ERROR, FB_VCENTER_ERROR_INVALID_RESPONSE,
                         _("vCenter did not return a task for the migration"));
  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  data->task_id = g_strdup (json_node_get_string (body));
  poll_task (task);
}

void
fb_vcenter_client_relocate_async (FbVcenterClient     *self,
                                  const char          *vm_id,
                                  const char          *host_id,
                                  const char          *datastore_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));
  g_return_if_fail (vm_id != NULL);
  g_return_if_fail (host_id != NULL || datastore_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_relocate_async);
  g_task_set_task_data (task, g_new0 (Relocate, 1), (GDestroyNotify) relocate_free);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "placement");
  json_builder_begin_object (builder);
  if (host_id)
    {
      json_builder_set_member_name (builder, "host");
      json_builder_add_string_value (builder, host_id);
    }
  if (datastore_id)
    {
      json_builder_set_member_name (builder, "datastore");
      json_builder_add_string_value (builder, datastore_id);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  escaped = g_uri_escape_string (vm_id, NULL, FALSE);
  path = g_strdup_printf ("/api/vcenter/vm/%s?action=relocate&vmw-task=true", escaped);
  request_async (self, API_REST, "POST", path, body, REQ_AUTH, cancellable, on_relocate_started, task);
}

gboolean
fb_vcenter_client_relocate_finish (FbVcenterClient  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------
 * Hosts and datastores: REST list, then one VI/JSON call per object and
 * property, in parallel.
 */

typedef struct {
  GPtrArray *items;
  guint      pending;
  GError    *error;
} Fanout;

static void
fanout_free (Fanout *data)
{
  g_clear_pointer (&data->items, g_ptr_array_unref);
  g_clear_error (&data->error);
  g_free (data);
}

static void
fanout_done (GTask *task)
{
  Fanout *data = g_task_get_task_data (task);

  if (--data->pending > 0)
    return;
  if (data->error)
    g_task_return_error (task, g_steal_pointer (&data->error));
  else
    g_task_return_pointer (task, g_steal_pointer (&data->items), (GDestroyNotify) g_ptr_array_unref);
  g_object_unref (task);
}

typedef struct {
  GTask    *task;
  gpointer  item;
} FanoutCall;

/* One more VI/JSON property read of @item for the fan-out of @task. */
static void
fanout_request (FbVcenterClient     *self,
                GTask               *task,
                gpointer             item,
                const char          *path,
                GAsyncReadyCallback  callback)
{
  Fanout *data = g_task_get_task_data (task);
  FanoutCall *call = g_new0 (FanoutCall, 1);

  call->task = task;
  call->item = item;
  data->pending++;
  request_async (self, API_VIM, "GET", path, NULL, REQ_AUTH, g_task_get_cancellable (task), callback, call);
}

/* Ends one property read: keeps the first error (takes @error), frees @call. */
static void
fanout_call_done (FanoutCall *call,
                  GError     *error)
{
  Fanout *data = g_task_get_task_data (call->task);

  if (error != NULL && data->error == NULL)
    data->error = error;
  else if (error != NULL)
    g_error_free (error);
  fanout_done (call->task);
  g_free (call);
}

static GStrv
moref_values (JsonNode *body,
              gboolean  mounts)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (body && JSON_NODE_HOLDS_ARRAY (body))
    {
      JsonArray *array = json_node_get_array (body);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          const char *value;

          if (mounts)
            node = JSON_NODE_HOLDS_OBJECT (node)
                     ? json_object_get_member (json_node_get_object (node), "key") : NULL;
          value = fb_vcenter_json_moref_value (node);
          if (value)
            g_strv_builder_add (builder, value);
        }
    }
  return g_strv_builder_end (builder);
}

static void
on_host_property (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FanoutCall *call = user_data;
  Request *req = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error == NULL)
    {
      if (g_str_has_suffix (req->path, "/summary"))
        fb_vcenter_host_set_vim_summary (call->item,
                                         (body && JSON_NODE_HOLDS_OBJECT (body))
                                           ? json_node_get_object (body) : NULL, &error);
      else
        fb_vcenter_host_set_datastore_ids (call->item, moref_values (body, FALSE));
    }
  fanout_call_done (call, error);
}

static void
on_host_list (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  Fanout *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  if (error == NULL)
    data->items = parse_array (body, "host", (gpointer) fb_vcenter_host_new_from_summary, &error);
  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  data->pending = 1;
  for (guint i = 0; i < data->items->len; i++)
    {
      FbVcenterHost *host = g_ptr_array_index (data->items, i);
      const char *props[] = { "summary", "datastore" };

      for (guint p = 0; p < G_N_ELEMENTS (props); p++)
        {
          g_autofree char *path = g_strdup_printf ("HostSystem/%s/%s",
                                                   fb_vcenter_host_get_id (host), props[p]);
          fanout_request (self, task, host, path, on_host_property);
        }
    }
  fanout_done (task);
}

void
fb_vcenter_client_list_hosts_async (FbVcenterClient     *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_list_hosts_async);
  g_task_set_task_data (task, g_new0 (Fanout, 1), (GDestroyNotify) fanout_free);
  request_async (self, API_REST, "GET", "/api/vcenter/host", NULL, REQ_AUTH, cancellable,
                 on_host_list, task);
}

GPtrArray *
fb_vcenter_client_list_hosts_finish (FbVcenterClient  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_datastore_hosts (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FanoutCall *call = user_data;
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (FB_VCENTER_CLIENT (source), result, &error);

  if (error == NULL)
    fb_vcenter_datastore_set_host_ids (call->item, moref_values (body, TRUE));
  fanout_call_done (call, error);
}

static void
on_datastore_list (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  FbVcenterClient *self = FB_VCENTER_CLIENT (source);
  Fanout *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) body = request_finish (self, result, &error);

  if (error == NULL)
    data->items = parse_array (body, "datastore", (gpointer) fb_vcenter_datastore_new_from_summary, &error);
  if (error)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  data->pending = 1;
  for (guint i = 0; i < data->items->len; i++)
    {
      FbVcenterDatastore *ds = g_ptr_array_index (data->items, i);
      g_autofree char *path = g_strdup_printf ("Datastore/%s/host", fb_vcenter_datastore_get_id (ds));

      fanout_request (self, task, ds, path, on_datastore_hosts);
    }
  fanout_done (task);
}

void
fb_vcenter_client_list_datastores_async (FbVcenterClient     *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FB_IS_VCENTER_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fb_vcenter_client_list_datastores_async);
  g_task_set_task_data (task, g_new0 (Fanout, 1), (GDestroyNotify) fanout_free);
  request_async (self, API_REST, "GET", "/api/vcenter/datastore", NULL, REQ_AUTH, cancellable,
                 on_datastore_list, task);
}

GPtrArray *
fb_vcenter_client_list_datastores_finish (FbVcenterClient  *self,
                                          GAsyncResult     *result,
                                          GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
