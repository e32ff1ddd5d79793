/* fb-sim-server.c - FbSimServer: the simulator's HTTP server, thread, faults
 * and request log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "fb-sim-private.h"

G_DEFINE_QUARK (fb-sim-error-quark, fb_sim_error)

typedef enum {
  FAULT_429,
  FAULT_500,
  FAULT_503,
  FAULT_RESET,
  FAULT_STALL,
  FAULT_TRUNCATE,
  FAULT_EXPIRE_TOKEN,
  FAULT_VCENTER_SESSION_EXPIRE,
} FaultKind;

typedef enum {
  WHEN_EVERY,
  WHEN_P,
  WHEN_AFTER,
} WhenKind;

typedef struct {
  FaultKind kind;
  guint     stall_ms;
  WhenKind  when;
  guint64   n;
  double    p;
  char     *path;
  guint64   count;
  GRand    *rand;
} Fault;

struct _FbSimServer
{
  GObject          parent_instance;

  char            *scenario;
  FbSimWorld      *world;
  FbSimEntra      *entra;
  gboolean         seed_set;
  GTlsCertificate *tls_cert;

  GMutex           lock;        /* faults, request log */
  GPtrArray       *faults;
  FILE            *request_log;

  GThread         *thread;
  GMainContext    *context;
  GMainLoop       *loop;
  SoupServer      *server;
  char            *base_uri;
  GMutex           start_lock;
  GCond            start_cond;
  gboolean         started;
  GError          *start_error;
  guint            port;
};

G_DEFINE_FINAL_TYPE (FbSimServer, fb_sim_server, G_TYPE_OBJECT)

static void
fault_free (gpointer p)
{
  Fault *f = p;

  g_free (f->path);
  g_rand_free (f->rand);
  g_free (f);
}

static void
fb_sim_server_dispose (GObject *object)
{
  FbSimServer *self = FB_SIM_SERVER (object);

  fb_sim_server_stop (self);
  G_OBJECT_CLASS (fb_sim_server_parent_class)->dispose (object);
}

static void
fb_sim_server_finalize (GObject *object)
{
  FbSimServer *self = FB_SIM_SERVER (object);

  fb_sim_entra_free (self->entra);
  fb_sim_world_free (self->world);
  g_free (self->scenario);
  g_clear_object (&self->tls_cert);
  g_ptr_array_unref (self->faults);
  if (self->request_log != NULL)
    fclose (self->request_log);
  g_free (self->base_uri);
  g_clear_error (&self->start_error);
  g_mutex_clear (&self->lock);
  g_mutex_clear (&self->start_lock);
  g_cond_clear (&self->start_cond);
  G_OBJECT_CLASS (fb_sim_server_parent_class)->finalize (object);
}

static void
fb_sim_server_class_init (FbSimServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fb_sim_server_dispose;
  object_class->finalize = fb_sim_server_finalize;
}

static void
fb_sim_server_init (FbSimServer *self)
{
  g_mutex_init (&self->lock);
  g_mutex_init (&self->start_lock);
  g_cond_init (&self->start_cond);
  self->faults = g_ptr_array_new_with_free_func (fault_free);
}

FbSimServer *
fb_sim_server_new (const char *scenario, GError **error)
{
  g_autoptr(FbSimServer) self = g_object_new (FB_TYPE_SIM_SERVER, NULL);

  self->scenario = g_strdup (scenario != NULL ? scenario : "demo");
  self->world = fb_sim_world_load (self->scenario, error);
  if (self->world == NULL)
    return NULL;
  self->entra = fb_sim_entra_new (self->world);
  return g_steal_pointer (&self);
}

void
fb_sim_server_set_speed (FbSimServer *self, double factor)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  g_return_if_fail (factor > 0);
  self->world->speed = factor;
}

void
fb_sim_server_set_seed (FbSimServer *self, guint64 seed)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  fb_sim_world_reseed (self->world, seed);
  self->seed_set = TRUE;
}

void
fb_sim_server_set_page_size (FbSimServer *self, guint n)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  self->world->page_size = MAX (n, 1);
}

void
fb_sim_server_set_token_lifetime (FbSimServer *self, guint seconds)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  fb_sim_entra_set_token_lifetime (self->entra, seconds);
}

void
fb_sim_server_set_device_auto_approve (FbSimServer *self, int seconds)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  fb_sim_entra_set_auto_approve (self->entra, seconds);
}

void
fb_sim_server_set_tls_certificate (FbSimServer *self, GTlsCertificate *cert)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  g_set_object (&self->tls_cert, cert);
}

const char *
fb_sim_server_get_tenant_id (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->world->tenant_id;
}

const char *
fb_sim_server_get_client_id (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->world->client_id;
}

const char *
fb_sim_server_get_client_secret (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->world->client_secret;
}

const char *
fb_sim_server_get_subscription_id (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->world->subscription_id;
}

FbSimVcenter *
fb_sim_server_get_vcenter (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->world->vcenter;
}

const char *
fb_sim_server_get_base_uri (FbSimServer *self)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), NULL);
  return self->base_uri;
}

/* ---------- faults ---------- */

static gboolean
parse_fault (const char *rule, guint index, guint64 seed, Fault **out, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (rule, "@", 3);
  g_autoptr(GString) path = NULL;
  Fault *f;
  const char *kind, *when;
  char *end = NULL;

  if (g_strv_length (parts) < 2)
    {
      g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_FAULT_SPEC,
                   "fault '%s': expected KIND@WHEN[@PATH-SUBSTRING]", rule);
      return FALSE;
    }
  kind = g_strstrip (parts[0]);
  when = g_strstrip (parts[1]);
  f = g_new0 (Fault, 1);
  f->rand = g_rand_new_with_seed ((guint32) (seed * 2654435761u + index * 40503u + 17));
  if (g_strcmp0 (kind, "429") == 0)
    f->kind = FAULT_429;
  else if (g_strcmp0 (kind, "500") == 0)
    f->kind = FAULT_500;
  else if (g_strcmp0 (kind, "503") == 0)
    f->kind = FAULT_503;
  else if (g_strcmp0 (kind, "reset") == 0)
    f->kind = FAULT_RESET;
  else if (g_strcmp0 (kind, "truncate") == 0)
    f->kind = FAULT_TRUNCATE;
  else if (g_strcmp0 (kind, "expire-token") == 0)
    f->kind = FAULT_EXPIRE_TOKEN;
  else if (g_strcmp0 (kind, "vcenter-session-expire") == 0)
    f->kind = FAULT_VCENTER_SESSION_EXPIRE;
  else if (g_str_has_prefix (kind, "stall:"))
    {
      guint64 ms = g_ascii_strtoull (kind + 6, &end, 10);

      if (end == NULL || *end != '\0' || end == kind + 6 || ms > 600000)
        goto bad_kind;
      f->kind = FAULT_STALL;
      f->stall_ms = (guint) ms;
    }
  else
    goto bad_kind;

  if (g_str_has_prefix (when, "every:"))
    {
      f->when = WHEN_EVERY;
      f->n = g_ascii_strtoull (when + 6, &end, 10);
      if (end == NULL || *end != '\0' || f->n == 0)
        goto bad_when;
    }
  else if (g_str_has_prefix (when, "after:"))
    {
      f->when = WHEN_AFTER;
      f->n = g_ascii_strtoull (when + 6, &end, 10);
      if (end == NULL || *end != '\0' || end == when + 6)
        goto bad_when;
    }
  else if (g_str_has_prefix (when, "p:"))
    {
      f->when = WHEN_P;
      f->p = g_ascii_strtod (when + 2, &end);
      if (end == NULL || *end != '\0' || end == when + 2 || f->p < 0 || f->p > 1)
        goto bad_when;
    }
  else
    goto bad_when;
  if (parts[2] != NULL && *parts[2] != '\0')
    f->path = g_strdup (parts[2]);
  *out = f;
  return TRUE;

bad_kind:
  g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_FAULT_SPEC,
               "fault '%s': unknown kind '%s' (429, 500, 503, reset, stall:MS, truncate, expire-token, vcenter-session-expire)",
               rule, kind);
  fault_free (f);
  return FALSE;
bad_when:
  g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_FAULT_SPEC,
               "fault '%s': WHEN must be every:N (N >= 1), p:0..1 or after:N", rule);
  fault_free (f);
  return FALSE;
}

gboolean
fb_sim_server_set_faults (FbSimServer *self, const char *spec, GError **error)
{
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (fault_free);
  g_auto(GStrv) rules = NULL;

  g_return_val_if_fail (FB_IS_SIM_SERVER (self), FALSE);
  if (spec != NULL && *spec != '\0')
    {
      rules = g_strsplit (spec, ",", -1);
      for (guint i = 0; rules[i] != NULL; i++)
        {
          Fault *f = NULL;

          if (*g_strstrip (rules[i]) == '\0')
            continue;
          if (!parse_fault (rules[i], i, self->world->seed, &f, error))
            return FALSE;
          g_ptr_array_add (faults, f);
        }
    }
  g_mutex_lock (&self->lock);
  g_ptr_array_unref (self->faults);
  self->faults = g_steal_pointer (&faults);
  g_mutex_unlock (&self->lock);
  return TRUE;
}

/* ---------- agent registration (tests) ---------- */

typedef struct {
  FbSimWorld *world;
  const char *friendly_name;
  gboolean    hold;
  gboolean    found;
  gboolean    done;
  GMutex      lock;
  GCond       cond;
} AgentHold;

static void
apply_agent_hold (AgentHold *h)
{
  for (guint v = 0; v < h->world->vaults->len; v++)
    {
      FbSimVault *vault = g_ptr_array_index (h->world->vaults, v);

      for (guint i = 0; i < vault->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (vault->items, i);

          if (g_strcmp0 (it->friendly_name, h->friendly_name) != 0)
            continue;
          it->agent_held = h->hold;
          if (!h->hold)
            it->agent_registered_at = 0;
          h->found = TRUE;
        }
    }
}

static gboolean
agent_hold_cb (gpointer user_data)
{
  AgentHold *h = user_data;

  apply_agent_hold (h);
  g_mutex_lock (&h->lock);
  h->done = TRUE;
  g_cond_signal (&h->cond);
  g_mutex_unlock (&h->lock);
  return G_SOURCE_REMOVE;
}

gboolean
fb_sim_server_hold_agent (FbSimServer *self, const char *friendly_name, gboolean hold)
{
  AgentHold h = { NULL, friendly_name, hold, FALSE, FALSE };

  g_return_val_if_fail (FB_IS_SIM_SERVER (self), FALSE);
  g_return_val_if_fail (friendly_name != NULL, FALSE);

  h.world = self->world;
  if (self->thread == NULL)
    {
      apply_agent_hold (&h);
      return h.found;
    }
  /* the world lives in the simulator's thread: change it there and wait */
  g_mutex_init (&h.lock);
  g_cond_init (&h.cond);
  g_main_context_invoke (self->context, agent_hold_cb, &h);
  g_mutex_lock (&h.lock);
  while (!h.done)
    g_cond_wait (&h.cond, &h.lock);
  g_mutex_unlock (&h.lock);
  g_mutex_clear (&h.lock);
  g_cond_clear (&h.cond);
  return h.found;
}

typedef struct {
  gboolean   reply_fault;  /* 429/500/503 */
  FaultKind  reply_kind;
  gboolean   reset;
  gboolean   truncate;
  guint      stall_ms;
  gboolean   expire_token;
  gboolean   expire_vcenter;
} FaultHits;

static void
evaluate_faults (FbSimServer *self, const char *path, FaultHits *hits)
{
  memset (hits, 0, sizeof *hits);
  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->faults->len; i++)
    {
      Fault *f = g_ptr_array_index (self->faults, i);
      gboolean fire = FALSE;

      if (f->path != NULL && strstr (path, f->path) == NULL)
        continue;
      f->count++;
      switch (f->when)
        {
        case WHEN_EVERY:
          fire = f->count % f->n == 0;
          break;
        case WHEN_AFTER:
          fire = f->count >= f->n;
          break;
        case WHEN_P:
          fire = g_rand_double (f->rand) < f->p;
          break;
        default:
          break;
        }
      if (!fire)
        continue;
      switch (f->kind)
        {
        case FAULT_429:
        case FAULT_500:
        case FAULT_503:
          if (!hits->reply_fault)
            {
              hits->reply_fault = TRUE;
              hits->reply_kind = f->kind;
            }
          break;
        case FAULT_RESET:
          hits->reset = TRUE;
          break;
        case FAULT_TRUNCATE:
          hits->truncate = TRUE;
          break;
        case FAULT_STALL:
          hits->stall_ms = MAX (hits->stall_ms, f->stall_ms);
          break;
        case FAULT_EXPIRE_TOKEN:
          hits->expire_token = TRUE;
          break;
        case FAULT_VCENTER_SESSION_EXPIRE:
          hits->expire_vcenter = TRUE;
          break;
        default:
          break;
        }
    }
  g_mutex_unlock (&self->lock);
}

/* ---------- request log ---------- */

gboolean
fb_sim_server_set_request_log (FbSimServer *self, const char *path, GError **error)
{
  FILE *f = NULL;

  g_return_val_if_fail (FB_IS_SIM_SERVER (self), FALSE);
  if (path != NULL)
    {
      f = fopen (path, "a");
      if (f == NULL)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "%s: %s", path, g_strerror (saved));
          return FALSE;
        }
    }
  g_mutex_lock (&self->lock);
  if (self->request_log != NULL)
    fclose (self->request_log);
  self->request_log = f;
  g_mutex_unlock (&self->lock);
  return TRUE;
}

static gboolean
secret_param (const char *name)
{
  static const char *secret[] = {
    "client_secret", "access_token", "refresh_token", "device_code", "code",
    "password", "client_assertion", "sig", "token", "id_token",
  };

  for (guint i = 0; i < G_N_ELEMENTS (secret); i++)
    if (g_ascii_strcasecmp (name, secret[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
redacted_query (GHashTable *query)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GList) keys = NULL;

  if (query == NULL)
    return g_strdup ("");
  keys = g_list_sort (g_hash_table_get_keys (query), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char *k = l->data;
      const char *v = g_hash_table_lookup (query, k);
      g_autofree char *ek = g_uri_escape_string (k, "$", FALSE);
      g_autofree char *ev = g_uri_escape_string (v != NULL ? v : "", NULL, FALSE);

      if (s->len > 0)
        g_string_append_c (s, '&');
      g_string_append_printf (s, "%s=%s", ek, secret_param (k) ? "REDACTED" : ev);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

typedef struct {
  FbSimServer *self;
  gint64       start;
  char        *method;
  char        *path;
  char        *query;
  char        *accept_language;
  const char  *fault;
  gboolean     logged;
} LogEntry;

static void
log_entry_free (gpointer p)
{
  LogEntry *e = p;

  g_free (e->method);
  g_free (e->path);
  g_free (e->query);
  g_free (e->accept_language);
  g_free (e);
}

static void
write_log (LogEntry *e, guint status, gsize body_size)
{
  g_autoptr(JsonObject) o = NULL;
  g_autofree char *line = NULL;
  gint64 now = g_get_real_time ();

  if (e->logged)
    return;
  e->logged = TRUE;
  g_mutex_lock (&e->self->lock);
  if (e->self->request_log == NULL)
    {
      g_mutex_unlock (&e->self->lock);
      return;
    }
  o = fb_sim_obj ();
  fb_sim_set_time (o, "time", now);
  fb_sim_set_str (o, "method", e->method);
  fb_sim_set_str (o, "path", e->path);
  fb_sim_set_str (o, "query", e->query);
  fb_sim_set_int (o, "status", status);
  fb_sim_set_dbl (o, "ms", (double) (g_get_monotonic_time () - e->start) / 1000.0);
  fb_sim_set_int (o, "bodySize", (gint64) body_size);
  if (e->accept_language != NULL)
    fb_sim_set_str (o, "acceptLanguage", e->accept_language);
  if (e->fault != NULL)
    fb_sim_set_str (o, "fault", e->fault);
  line = fb_sim_to_json (o, NULL);
  fprintf (e->self->request_log, "%s\n", line);
  fflush (e->self->request_log);
  g_mutex_unlock (&e->self->lock);
}

static void
on_finished (SoupServerMessage *msg, gpointer user_data)
{
  LogEntry *e = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (msg);

  g_debug ("%s %s -> %u (%.1f ms)", e->method, e->path, soup_server_message_get_status (msg),
           (double) (g_get_monotonic_time () - e->start) / 1000.0);

  write_log (e, soup_server_message_get_status (msg), body != NULL ? (gsize) body->length : 0);
}

/* ---------- dispatch ---------- */

static void
reply_plain_fault (FbSimServer *self, SoupServerMessage *msg, FaultKind kind)
{
  JsonObject *o = fb_sim_obj ();
  JsonObject *err = fb_sim_obj ();
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);
  guint status = 500;
  g_autofree char *message = NULL;
  g_autofree char *body = NULL;
  g_autofree char *id = fb_sim_guid (self->world);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *ts = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S GMT");
  gsize len = 0;

  switch (kind)
    {
    case FAULT_429:
      status = 429;
      fb_sim_set_str (err, "code", "SubscriptionRequestsThrottled");
      message = g_strdup_printf ("Number of requests for subscription '%s' and operation '%s' exceeded the backend storage limit. Please try again after '1' seconds.",
                                 self->world->subscription_id, soup_server_message_get_method (msg));
      soup_message_headers_replace (h, "Retry-After", "1");
      soup_message_headers_replace (h, "x-ms-ratelimit-remaining-subscription-reads", "0");
      break;
    case FAULT_503:
      status = 503;
      fb_sim_set_str (err, "code", "ServiceUnavailable");
      message = g_strdup ("The service is temporarily unavailable. Please retry the request after some time.");
      soup_message_headers_replace (h, "Retry-After", "1");
      break;
    default:
      fb_sim_set_str (err, "code", "InternalServerError");
      message = g_strdup_printf ("Encountered internal server error. Diagnostic information: timestamp '%s', subscription id '%s', tracking id '%s'.",
                                 ts, self->world->subscription_id, id);
      break;
    }
  fb_sim_set_str (err, "message", message);
  fb_sim_set_obj (o, "error", err);
  body = fb_sim_to_json (o, &len);
  json_object_unref (o);
  soup_message_headers_replace (h, "x-ms-request-id", id);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=utf-8", SOUP_MEMORY_COPY, body, len);
}

static gboolean
is_arm_path (const char *path)
{
  return g_ascii_strncasecmp (path, "/subscriptions", 14) == 0 &&
         (path[14] == '\0' || path[14] == '/');
}

static void
reply_unauthorized (FbSimServer *self, FbSimRequest *req, FbSimTokenStatus status, gint64 expiry)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (req->msg);
  g_autofree char *www = NULL;
  g_autofree char *message = NULL;
  const char *code;
  const char *desc;

  switch (status)
    {
    case FB_SIM_TOKEN_MISSING:
      code = "AuthenticationFailed";
      desc = "The authentication failed because of missing 'Authorization' header.";
      message = g_strdup ("Authentication failed. The 'Authorization' header is missing.");
      break;
    case FB_SIM_TOKEN_EXPIRED:
      {
        g_autofree char *exp = fb_sim_iso_time (expiry);
        g_autofree char *now = fb_sim_iso_time (g_get_real_time ());

        code = "ExpiredAuthenticationToken";
        desc = "The access token has expired.";
        message = g_strdup_printf ("The access token expiry UTC time '%s' is earlier than current UTC time '%s'.", exp, now);
      }
      break;
    default:
      code = "InvalidAuthenticationToken";
      desc = "The access token is invalid.";
      message = g_strdup ("The access token is invalid.");
      break;
    }
  www = g_strdup_printf ("Bearer authorization_uri=\"%s/%s\", error=\"invalid_token\", error_description=\"%s\"",
                         self->world->base_uri, self->world->tenant_id, desc);
  soup_message_headers_replace (h, "WWW-Authenticate", www);
  fb_sim_reply_arm_error (req, 401, code, NULL, message, NULL, NULL);
}

static void
handle_arm (FbSimServer *self, SoupServerMessage *msg, const char *path, GHashTable *query)
{
  FbSimRequest req = { 0 };
  SoupMessageHeaders *rh = soup_server_message_get_request_headers (msg);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  FbSimTokenStatus ts;
  gint64 expiry = 0;
  g_autoptr(JsonParser) parser = NULL;

  req.world = self->world;
  req.msg = msg;
  req.method = soup_server_message_get_method (msg);
  req.path = path;
  req.query = query;
  req.api_version = query != NULL ? g_hash_table_lookup (query, "api-version") : NULL;
  req.client_request_id = soup_message_headers_get_one (rh, "x-ms-client-request-id");
  req.activity_id = fb_sim_guid (self->world);

  ts = fb_sim_entra_check (self->entra, soup_message_headers_get_one (rh, "Authorization"), &expiry);
  if (ts != FB_SIM_TOKEN_OK)
    {
      reply_unauthorized (self, &req, ts, expiry);
      g_free (req.activity_id);
      return;
    }
  if (body != NULL && body->length > 0)
    {
      g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
      JsonNode *root;

      parser = json_parser_new ();
      if (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        req.body = json_node_get_object (root);
      else
        req.body_invalid = TRUE;
    }
  /* like ARM, the service's texts in the language the client accepts */
  self->world->lang = fb_sim_lang_from_accept_language (soup_message_headers_get_one (rh, "Accept-Language"));
  fb_sim_arm_handle (&req);
  self->world->lang = FB_SIM_LANG_EN;
  g_free (req.activity_id);
}

typedef struct {
  SoupServerMessage *msg;
} StallData;

static gboolean
unstall_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;

  soup_server_message_unpause (msg);
  return G_SOURCE_REMOVE;
}

static void
drop_connection (SoupServerMessage *msg, gboolean truncate)
{
  guint status = soup_server_message_get_status (msg);
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  g_autoptr(GBytes) bytes = body != NULL ? soup_message_body_flatten (body) : NULL;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  GOutputStream *out;

  if (stream == NULL)
    return;
  out = g_io_stream_get_output_stream (stream);
  if (truncate && status != 0)
    {
      g_autoptr(GString) head = g_string_new (NULL);
      SoupMessageHeadersIter iter;
      const char *name, *value;
      gsize full = bytes != NULL ? g_bytes_get_size (bytes) : 0;

      g_string_append_printf (head, "HTTP/1.1 %u %s\r\n", status, soup_status_get_phrase (status));
      soup_message_headers_iter_init (&iter, h);
      while (soup_message_headers_iter_next (&iter, &name, &value))
        if (g_ascii_strcasecmp (name, "Content-Length") != 0 && g_ascii_strcasecmp (name, "Connection") != 0)
          g_string_append_printf (head, "%s: %s\r\n", name, value);
      /* an empty body is cut too: one byte is promised and never sent */
      g_string_append_printf (head, "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n", MAX (full, 1));
      g_output_stream_write_all (out, head->str, head->len, NULL, NULL, NULL);
      if (full > 0)
        g_output_stream_write_all (out, g_bytes_get_data (bytes, NULL), full / 2, NULL, NULL, NULL);
      g_output_stream_flush (out, NULL, NULL);
    }
  g_io_stream_close (stream, NULL, NULL);
}

static void
server_callback (SoupServer        *server,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  FbSimServer *self = user_data;
  LogEntry *entry = g_new0 (LogEntry, 1);
  FaultHits hits;
  gboolean control = g_str_has_prefix (path, "/sim/");

  entry->self = self;
  entry->start = g_get_monotonic_time ();
  entry->method = g_strdup (soup_server_message_get_method (msg));
  entry->path = g_strdup (path);
  entry->query = redacted_query (query);
  entry->accept_language = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                                   "Accept-Language"));
  g_object_set_data_full (G_OBJECT (msg), "fb-sim-log", entry, log_entry_free);
  g_signal_connect (msg, "finished", G_CALLBACK (on_finished), entry);

  if (!control)
    evaluate_faults (self, path, &hits);
  else
    memset (&hits, 0, sizeof hits);

  if (hits.expire_token)
    fb_sim_entra_expire_all (self->entra);
  if (hits.expire_vcenter && self->world->vcenter != NULL)
    fb_sim_vcenter_expire_sessions (self->world->vcenter);

  if (hits.reply_fault)
    {
      entry->fault = hits.reply_kind == FAULT_429 ? "429" : hits.reply_kind == FAULT_503 ? "503" : "500";
      reply_plain_fault (self, msg, hits.reply_kind);
      return;
    }

  if (g_str_has_prefix (path, "/api/") || g_str_has_prefix (path, "/sdk/") ||
      g_strcmp0 (path, "/api") == 0 || g_strcmp0 (path, "/sdk") == 0)
    {
      if (self->world->vcenter == NULL || !fb_sim_vcenter_handle (self->world->vcenter, msg, path, query))
        soup_server_message_set_status (msg, 404, NULL);
    }
  else if (fb_sim_entra_handle (self->entra, msg, path, query))
    ;
  else if (is_arm_path (path))
    handle_arm (self, msg, path, query);
  else
    {
      static const char body[] = "{\"error\":{\"code\":\"NotFound\",\"message\":\"The requested resource was not found.\"}}";

      soup_server_message_set_status (msg, 404, NULL);
      soup_server_message_set_response (msg, "application/json; charset=utf-8", SOUP_MEMORY_STATIC, body, strlen (body));
    }

  /* Faults that hit after the request was served: the work is done (an
   * action's job exists), only the answer suffers. */
  if (hits.reset || hits.truncate)
    {
      SoupMessageBody *b = soup_server_message_get_response_body (msg);

      entry->fault = hits.reset ? "reset" : "truncate";
      write_log (entry, soup_server_message_get_status (msg), b != NULL ? (gsize) b->length : 0);
      drop_connection (msg, !hits.reset);
      return;
    }
  if (hits.stall_ms > 0)
    {
      GSource *source = g_timeout_source_new (hits.stall_ms);

      entry->fault = "stall";
      soup_server_message_pause (msg);
      g_source_set_callback (source, unstall_cb, g_object_ref (msg), g_object_unref);
      g_source_attach (source, self->context);
      g_source_unref (source);
    }
}

/* ---------- thread ---------- */

static gpointer
server_thread (gpointer user_data)
{
  FbSimServer *self = user_data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  self->world->context = self->context;
  self->world->vcenter = fb_sim_vcenter_new (self->world->vcenter_scenario, self->world->speed);
  self->server = soup_server_new ("server-header", "failback-sim", NULL);
  if (self->tls_cert != NULL)
    soup_server_set_tls_certificate (self->server, self->tls_cert);
  soup_server_add_handler (self->server, NULL, server_callback, self, NULL);
  if (!soup_server_listen_local (self->server, self->port, SOUP_SERVER_LISTEN_IPV4_ONLY |
                                 (self->tls_cert != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0), &error))
    {
      g_mutex_lock (&self->start_lock);
      self->start_error = g_steal_pointer (&error);
      self->started = TRUE;
      g_cond_signal (&self->start_cond);
      g_mutex_unlock (&self->start_lock);
      g_clear_object (&self->server);
      g_main_context_pop_thread_default (self->context);
      return NULL;
    }
  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    {
      GUri *uri = uris->data;

      self->world->base_uri = g_strdup_printf ("%s://127.0.0.1:%d", self->tls_cert != NULL ? "https" : "http",
                                               g_uri_get_port (uri));
      self->base_uri = g_strdup_printf ("%s/", self->world->base_uri);
    }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* items waiting for their agent: from the start of the simulation */
  for (guint v = 0; v < self->world->vaults->len; v++)
    {
      FbSimVault *vault = g_ptr_array_index (self->world->vaults, v);

      for (guint i = 0; i < vault->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (vault->items, i);

          if (it->agent_pending_seconds > 0)
            it->agent_registered_at = g_get_real_time () +
                                      (gint64) fb_sim_scaled_ms (self->world, it->agent_pending_seconds) * 1000;
        }
    }
  fb_sim_world_seed_history (self->world);

  g_mutex_lock (&self->start_lock);
  self->started = TRUE;
  g_cond_signal (&self->start_cond);
  g_mutex_unlock (&self->start_lock);

  g_main_loop_run (self->loop);

  fb_sim_world_stop_jobs (self->world);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  /* let pending sources (closures of connections) run out */
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

gboolean
fb_sim_server_start (FbSimServer *self, guint port, GError **error)
{
  g_return_val_if_fail (FB_IS_SIM_SERVER (self), FALSE);
  g_return_val_if_fail (self->thread == NULL, FALSE);

  if (self->seed_set && g_str_has_prefix (self->scenario, "large:"))
    {
      /* large:N is generated from the seed */
      guint64 seed = self->world->seed;
      double speed = self->world->speed;
      guint page = self->world->page_size;
      FbSimWorld *w = fb_sim_world_load (self->scenario, error);

      if (w == NULL)
        return FALSE;
      fb_sim_entra_free (self->entra);
      fb_sim_world_free (self->world);
      self->world = w;
      fb_sim_world_reseed (w, seed);
      w->speed = speed;
      w->page_size = page;
      self->entra = fb_sim_entra_new (w);
    }
  self->port = port;
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->started = FALSE;
  self->thread = g_thread_new ("failback-sim", server_thread, self);
  g_mutex_lock (&self->start_lock);
  while (!self->started)
    g_cond_wait (&self->start_cond, &self->start_lock);
  g_mutex_unlock (&self->start_lock);
  if (self->start_error != NULL)
    {
      g_set_error (error, FB_SIM_ERROR, FB_SIM_ERROR_START, "cannot listen on 127.0.0.1:%u: %s",
                   port, self->start_error->message);
      g_clear_error (&self->start_error);
      g_thread_join (self->thread);
      self->thread = NULL;
      g_clear_pointer (&self->loop, g_main_loop_unref);
      g_clear_pointer (&self->context, g_main_context_unref);
      return FALSE;
    }
  return TRUE;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

void
fb_sim_server_stop (FbSimServer *self)
{
  g_return_if_fail (FB_IS_SIM_SERVER (self));
  if (self->thread == NULL)
    return;
  g_main_context_invoke_full (self->context, G_PRIORITY_HIGH, quit_cb,
                              g_main_loop_ref (self->loop), (GDestroyNotify) g_main_loop_unref);
  g_thread_join (self->thread);
  self->thread = NULL;
  g_clear_pointer (&self->loop, g_main_loop_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
}
