/* fb-sim-entra.c - Entra ID v2.0: device code, client credentials, refresh
 *
 * Routes: POST /{tenant}/oauth2/v2.0/devicecode, POST /{tenant}/oauth2/v2.0/token,
 * POST /sim/device/approve, POST /sim/device/decline (form or JSON "user_code"),
 * GET/POST /devicelogin (a small page to approve a code by hand in demo mode).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-sim-private.h"

#define ARM_SCOPE "https://management.azure.com/.default"

typedef enum {
  DEVICE_PENDING,
  DEVICE_APPROVED,
  DEVICE_DECLINED,
  DEVICE_REDEEMED,
} DeviceState;

typedef struct {
  char       *device_code;
  char       *user_code;
  char       *client_id;
  gboolean    offline;
  DeviceState state;
  gint64      issued;        /* monotonic µs */
  gint64      expires;       /* monotonic µs */
  gint64      last_poll;     /* monotonic µs, 0 never */
  guint       interval;      /* real seconds */
} DeviceCode;

typedef struct {
  gint64 expires;            /* real µs */
} Token;

struct _FbSimEntra {
  FbSimWorld *world;
  GHashTable *device_codes;  /* device_code -> DeviceCode */
  GHashTable *tokens;        /* access token -> Token */
  GHashTable *refresh_tokens;/* refresh token -> client id */
  guint       token_lifetime;
  int         auto_approve;  /* simulated seconds, < 0 never */
  gboolean    auto_approve_set;
};

static void
device_code_free (gpointer p)
{
  DeviceCode *d = p;

  g_free (d->device_code);
  g_free (d->user_code);
  g_free (d->client_id);
  g_free (d);
}

FbSimEntra *
fb_sim_entra_new (FbSimWorld *world)
{
  FbSimEntra *e = g_new0 (FbSimEntra, 1);

  e->world = world;
  e->device_codes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, device_code_free);
  e->tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e->refresh_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e->token_lifetime = 3600;
  e->auto_approve = world->device_auto_approve_seconds;
  return e;
}

void
fb_sim_entra_free (FbSimEntra *e)
{
  if (e == NULL)
    return;
  g_hash_table_unref (e->device_codes);
  g_hash_table_unref (e->tokens);
  g_hash_table_unref (e->refresh_tokens);
  g_free (e);
}

void
fb_sim_entra_set_token_lifetime (FbSimEntra *e, guint seconds)
{
  e->token_lifetime = MAX (seconds, 1);
}

void
fb_sim_entra_set_auto_approve (FbSimEntra *e, int seconds)
{
  e->auto_approve = seconds;
  e->auto_approve_set = TRUE;
}

static void
reply (SoupServerMessage *msg, guint status, JsonObject *body)
{
  gsize len = 0;
  char *data = fb_sim_to_json (body, &len);
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (h, "Cache-Control", "no-store, no-cache");
  soup_message_headers_replace (h, "Pragma", "no-cache");
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=utf-8", SOUP_MEMORY_TAKE, data, len);
  json_object_unref (body);
}

static void
reply_error (FbSimEntra *e, SoupServerMessage *msg, guint status, const char *error,
             int code, const char *description)
{
  JsonObject *o = fb_sim_obj ();
  JsonArray *codes = fb_sim_arr ();
  g_autofree char *trace = fb_sim_guid (e->world);
  g_autofree char *corr = fb_sim_guid (e->world);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *ts = g_date_time_format (now, "%Y-%m-%d %H:%M:%SZ");
  g_autofree char *desc = g_strdup_printf ("AADSTS%d: %s Trace ID: %s Correlation ID: %s Timestamp: %s",
                                           code, description, trace, corr, ts);

  fb_sim_set_str (o, "error", error);
  fb_sim_set_str (o, "error_description", desc);
  json_array_add_int_element (codes, code);
  fb_sim_set_arr (o, "error_codes", codes);
  fb_sim_set_str (o, "timestamp", ts);
  fb_sim_set_str (o, "trace_id", trace);
  fb_sim_set_str (o, "correlation_id", corr);
  {
    g_autofree char *uri = g_strdup_printf ("https://login.microsoftonline.com/error?code=%d", code);

    fb_sim_set_str (o, "error_uri", uri);
  }
  reply (msg, status, o);
}

/* Form (application/x-www-form-urlencoded) or JSON body into a string table. */
static GHashTable *
read_params (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *ct = soup_message_headers_get_content_type (h, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  if (body == NULL)
    return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bytes = soup_message_body_flatten (body);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (ct != NULL && g_ascii_strcasecmp (ct, "application/json") == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      JsonNode *root;

      if (json_parser_load_from_data (parser, text, -1, NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonObject *o = json_node_get_object (root);
          g_autoptr(GList) members = json_object_get_members (o);

          for (GList *l = members; l != NULL; l = l->next)
            {
              const char *v = fb_sim_obj_get_str (o, l->data);

              if (v != NULL)
                g_hash_table_insert (t, g_strdup (l->data), g_strdup (v));
            }
        }
      return t;
    }
  {
    /* soup_form_decode's values belong to its keys: copy into a table that owns both */
    g_autoptr(GHashTable) form = soup_form_decode (text);
    GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    GHashTableIter iter;
    gpointer k, v;

    g_hash_table_iter_init (&iter, form);
    while (g_hash_table_iter_next (&iter, &k, &v))
      g_hash_table_insert (t, g_strdup (k), g_strdup (v));
    return t;
  }
}

static char *
issue_access_token (FbSimEntra *e)
{
  char *token = fb_sim_random_token (48);
  Token *t = g_new0 (Token, 1);

  t->expires = g_get_real_time () + (gint64) e->token_lifetime * G_TIME_SPAN_SECOND;
  g_hash_table_insert (e->tokens, g_strdup (token), t);
  return token;
}

static void
reply_tokens (FbSimEntra *e, SoupServerMessage *msg, const char *client_id, gboolean with_refresh)
{
  JsonObject *o = fb_sim_obj ();
  g_autofree char *access = issue_access_token (e);

  fb_sim_set_str (o, "token_type", "Bearer");
  fb_sim_set_str (o, "scope", with_refresh ? "https://management.azure.com/user_impersonation https://management.azure.com/.default"
                                           : ARM_SCOPE);
  fb_sim_set_int (o, "expires_in", e->token_lifetime);
  fb_sim_set_int (o, "ext_expires_in", e->token_lifetime);
  fb_sim_set_str (o, "access_token", access);
  if (with_refresh)
    {
      char *refresh = fb_sim_random_token (64);

      g_hash_table_insert (e->refresh_tokens, g_strdup (refresh), g_strdup (client_id));
      fb_sim_set_str (o, "refresh_token", refresh);
      g_free (refresh);
    }
  reply (msg, 200, o);
}

static gboolean
scope_ok (const char *scope, gboolean *offline)
{
  g_auto(GStrv) parts = NULL;
  gboolean arm = FALSE;

  *offline = FALSE;
  if (scope == NULL)
    return FALSE;
  parts = g_strsplit_set (scope, " +", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (parts[i], ARM_SCOPE) == 0 ||
          g_ascii_strcasecmp (parts[i], "https://management.azure.com//.default") == 0 ||
          g_ascii_strcasecmp (parts[i], "https://management.core.windows.net//.default") == 0 ||
          g_ascii_strcasecmp (parts[i], "https://management.azure.com/user_impersonation") == 0)
        arm = TRUE;
      else if (g_ascii_strcasecmp (parts[i], "offline_access") == 0)
        *offline = TRUE;
    }
  return arm;
}

static gboolean
tenant_ok (FbSimEntra *e, const char *tenant, gboolean device)
{
  if (g_ascii_strcasecmp (tenant, e->world->tenant_id) == 0)
    return TRUE;
  /* the demo tenant also answers to its domain; user flows accept the aliases */
  if (device && (g_ascii_strcasecmp (tenant, "organizations") == 0 || g_ascii_strcasecmp (tenant, "common") == 0))
    return TRUE;
  return FALSE;
}

static void
handle_devicecode (FbSimEntra *e, SoupServerMessage *msg, GHashTable *params)
{
  const char *client_id = g_hash_table_lookup (params, "client_id");
  gboolean offline = FALSE;
  DeviceCode *d;
  JsonObject *o;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  char user_code[10];
  double expires_sim = 900;

  if (client_id == NULL)
    {
      reply_error (e, msg, 400, "invalid_request", 900144,
                   "The request body must contain the following parameter: 'client_id'.");
      return;
    }
  if (g_ascii_strcasecmp (client_id, e->world->client_id) != 0)
    {
      g_autofree char *d2 = g_strdup_printf ("Application with identifier '%s' was not found in the directory '%s'.",
                                             client_id, e->world->tenant_id);

      reply_error (e, msg, 400, "unauthorized_client", 700016, d2);
      return;
    }
  if (!scope_ok (g_hash_table_lookup (params, "scope"), &offline))
    {
      reply_error (e, msg, 400, "invalid_scope", 70011,
                   "The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid.");
      return;
    }
  for (guint i = 0; i < 9; i++)
    user_code[i] = alphabet[g_rand_int_range (e->world->rand, 0, sizeof alphabet - 1)];
  user_code[9] = '\0';
  d = g_new0 (DeviceCode, 1);
  d->device_code = fb_sim_random_token (96);
  d->user_code = g_strdup (user_code);
  d->client_id = g_strdup (client_id);
  d->offline = offline;
  d->issued = g_get_monotonic_time ();
  /* the code stays valid for 900 simulated seconds, but at least a minute
   * (unless the scenario sets deviceCode.expiresSeconds) */
  if (e->world->device_expires_seconds >= 0)
    d->expires = d->issued + MAX ((gint64) fb_sim_scaled_ms (e->world, e->world->device_expires_seconds) * 1000,
                                  G_TIME_SPAN_SECOND);
  else
    d->expires = d->issued + MAX ((gint64) fb_sim_scaled_ms (e->world, expires_sim) * 1000, 60 * G_TIME_SPAN_SECOND);
  d->interval = (guint) MAX (1.0, 5.0 / e->world->speed + 0.5);
  g_hash_table_insert (e->device_codes, d->device_code, d);

  uri = g_strdup_printf ("%s/devicelogin", e->world->base_uri);
  message = g_strdup_printf ("To sign in, use a web browser to open the page %s and enter the code %s to authenticate.",
                             uri, d->user_code);
  o = fb_sim_obj ();
  fb_sim_set_str (o, "user_code", d->user_code);
  fb_sim_set_str (o, "device_code", d->device_code);
  fb_sim_set_str (o, "verification_uri", uri);
  fb_sim_set_int (o, "expires_in", (d->expires - d->issued) / G_TIME_SPAN_SECOND);
  fb_sim_set_int (o, "interval", d->interval);
  fb_sim_set_str (o, "message", message);
  reply (msg, 200, o);
}

static void
handle_device_token (FbSimEntra *e, SoupServerMessage *msg, GHashTable *params)
{
  const char *code = g_hash_table_lookup (params, "device_code");
  DeviceCode *d = code != NULL ? g_hash_table_lookup (e->device_codes, code) : NULL;
  gint64 now = g_get_monotonic_time ();
  gint64 last;

  if (d == NULL || d->state == DEVICE_REDEEMED)
    {
      reply_error (e, msg, 400, "bad_verification_code", 70000,
                   "The provided value for the input parameter 'device_code' is not valid.");
      return;
    }
  if (now >= d->expires)
    {
      reply_error (e, msg, 400, "expired_token", 70019,
                   "Verification code expired.");
      return;
    }
  if (d->state == DEVICE_DECLINED)
    {
      reply_error (e, msg, 400, "authorization_declined", 65004,
                   "User declined to consent to access the app.");
      return;
    }
  last = d->last_poll;
  d->last_poll = now;
  /* demo: the code approves itself a few simulated seconds after issue */
  if (d->state == DEVICE_PENDING && e->auto_approve >= 0 &&
      now - d->issued >= (gint64) fb_sim_scaled_ms (e->world, e->auto_approve) * 1000)
    d->state = DEVICE_APPROVED;
  if (d->state == DEVICE_PENDING && last != 0 && now - last < (gint64) d->interval * G_TIME_SPAN_SECOND)
    {
      reply_error (e, msg, 400, "slow_down", 70016,
                   "OAuth 2.0 device flow error. Polling too fast: wait at least 'interval' seconds between requests.");
      return;
    }
  if (d->state == DEVICE_PENDING)
    {
      reply_error (e, msg, 400, "authorization_pending", 70016,
                   "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
      return;
    }
  d->state = DEVICE_REDEEMED;
  reply_tokens (e, msg, d->client_id, d->offline);
}

static void
handle_token (FbSimEntra *e, SoupServerMessage *msg, const char *tenant, GHashTable *params)
{
  const char *grant = g_hash_table_lookup (params, "grant_type");
  const char *client_id = g_hash_table_lookup (params, "client_id");
  gboolean offline = FALSE;

  if (grant == NULL)
    {
      reply_error (e, msg, 400, "invalid_request", 900144,
                   "The request body must contain the following parameter: 'grant_type'.");
      return;
    }
  if (g_strcmp0 (grant, "urn:ietf:params:oauth:grant-type:device_code") == 0)
    {
      handle_device_token (e, msg, params);
      return;
    }
  if (client_id == NULL)
    {
      reply_error (e, msg, 400, "invalid_request", 900144,
                   "The request body must contain the following parameter: 'client_id'.");
      return;
    }
  if (g_ascii_strcasecmp (client_id, e->world->client_id) != 0)
    {
      g_autofree char *d = g_strdup_printf ("Application with identifier '%s' was not found in the directory '%s'.",
                                            client_id, e->world->tenant_id);

      reply_error (e, msg, 400, "unauthorized_client", 700016, d);
      return;
    }
  if (g_strcmp0 (grant, "client_credentials") == 0)
    {
      const char *secret = g_hash_table_lookup (params, "client_secret");

      if (!tenant_ok (e, tenant, FALSE))
        {
          reply_error (e, msg, 400, "invalid_request", 90002,
                       "Tenant not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
          return;
        }
      if (!scope_ok (g_hash_table_lookup (params, "scope"), &offline))
        {
          reply_error (e, msg, 400, "invalid_scope", 1002012,
                       "The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");
          return;
        }
      if (secret == NULL)
        {
          reply_error (e, msg, 401, "invalid_client", 7000218,
                       "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
          return;
        }
      if (g_strcmp0 (secret, e->world->client_secret) != 0)
        {
          g_autofree char *d = g_strdup_printf ("Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '%s'.",
                                                client_id);

          reply_error (e, msg, 401, "invalid_client", 7000215, d);
          return;
        }
      reply_tokens (e, msg, client_id, FALSE);
      return;
    }
  if (g_strcmp0 (grant, "refresh_token") == 0)
    {
      const char *rt = g_hash_table_lookup (params, "refresh_token");
      const char *owner = rt != NULL ? g_hash_table_lookup (e->refresh_tokens, rt) : NULL;

      if (owner == NULL || g_ascii_strcasecmp (owner, client_id) != 0)
        {
          reply_error (e, msg, 400, "invalid_grant", 9002313,
                       "Invalid request. Request is malformed or invalid.");
          return;
        }
      /* refresh tokens are rotated like the real service */
      g_hash_table_remove (e->refresh_tokens, rt);
      reply_tokens (e, msg, client_id, TRUE);
      return;
    }
  {
    g_autofree char *d = g_strdup_printf ("The provided grant_type '%s' is not supported.", grant);

    reply_error (e, msg, 400, "unsupported_grant_type", 70003, d);
  }
}

static DeviceCode *
find_user_code (FbSimEntra *e, const char *user_code)
{
  GHashTableIter iter;
  gpointer value;

  if (user_code == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, e->device_codes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      DeviceCode *d = value;

      if (g_ascii_strcasecmp (d->user_code, user_code) == 0)
        return d;
    }
  return NULL;
}

static void
handle_sim_device (FbSimEntra *e, SoupServerMessage *msg, gboolean approve)
{
  g_autoptr(GHashTable) params = read_params (msg);
  DeviceCode *d = find_user_code (e, g_hash_table_lookup (params, "user_code"));
  JsonObject *o = fb_sim_obj ();

  if (d == NULL || d->state == DEVICE_REDEEMED)
    {
      fb_sim_set_str (o, "error", "unknown_user_code");
      reply (msg, 404, o);
      return;
    }
  if (d->state == DEVICE_PENDING)
    d->state = approve ? DEVICE_APPROVED : DEVICE_DECLINED;
  fb_sim_set_str (o, "user_code", d->user_code);
  fb_sim_set_str (o, "state", d->state == DEVICE_APPROVED ? "approved" : "declined");
  reply (msg, 200, o);
}

static void
handle_devicelogin_page (FbSimEntra *e, SoupServerMessage *msg)
{
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GString) html = g_string_new (NULL);
  const char *note = "";

  if (g_strcmp0 (soup_server_message_get_method (msg), "POST") == 0)
    {
      DeviceCode *d;

      params = read_params (msg);
      d = find_user_code (e, g_hash_table_lookup (params, "user_code"));
      if (d != NULL && d->state == DEVICE_PENDING)
        {
          d->state = DEVICE_APPROVED;
          note = "<p>Signed in. You can close this page and return to the application.</p>";
        }
      else
        note = "<p>That code was not found or has already been used.</p>";
    }
  g_string_append_printf (html,
                          "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign in (simulator)</title></head>"
                          "<body><h1>Enter code</h1>%s"
                          "<form method=\"post\"><input name=\"user_code\" autofocus>"
                          "<button type=\"submit\">Next</button></form>"
                          "<p>failback-sim signs you in as the scenario's user.</p></body></html>", note);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY, html->str, html->len);
}

gboolean
fb_sim_entra_handle (FbSimEntra *e, SoupServerMessage *msg, const char *path, GHashTable *query)
{
  g_auto(GStrv) seg = NULL;
  const char *method = soup_server_message_get_method (msg);

  if (g_strcmp0 (path, "/sim/device/approve") == 0 || g_strcmp0 (path, "/sim/device/decline") == 0)
    {
      if (g_strcmp0 (method, "POST") != 0)
        {
          soup_server_message_set_status (msg, 405, NULL);
          return TRUE;
        }
      handle_sim_device (e, msg, g_str_has_suffix (path, "approve"));
      return TRUE;
    }
  if (g_strcmp0 (path, "/devicelogin") == 0)
    {
      handle_devicelogin_page (e, msg);
      return TRUE;
    }
  seg = g_strsplit (path + 1, "/", -1);
  if (g_strv_length (seg) != 4 || g_strcmp0 (seg[1], "oauth2") != 0 || g_strcmp0 (seg[2], "v2.0") != 0)
    return FALSE;
  if (g_strcmp0 (seg[3], "token") != 0 && g_strcmp0 (seg[3], "devicecode") != 0)
    return FALSE;
  if (g_strcmp0 (method, "POST") != 0)
    {
      reply_error (e, msg, 405, "invalid_request", 900561,
                   "The endpoint only accepts POST requests.");
      return TRUE;
    }
  {
    g_autoptr(GHashTable) params = read_params (msg);
    const char *basic = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
    gboolean device;

    /* client_secret_basic: the client id and secret in HTTP Basic auth */
    if (basic != NULL && g_ascii_strncasecmp (basic, "Basic ", 6) == 0)
      {
        gsize len = 0;
        g_autofree guchar *raw = g_base64_decode (basic + 6, &len);
        g_autofree char *pair = g_strndup ((const char *) raw, len);
        char *colon = strchr (pair, ':');

        if (colon != NULL)
          {
            *colon = '\0';
            if (!g_hash_table_contains (params, "client_id"))
              g_hash_table_insert (params, g_strdup ("client_id"), g_uri_unescape_string (pair, NULL));
            if (!g_hash_table_contains (params, "client_secret"))
              g_hash_table_insert (params, g_strdup ("client_secret"), g_uri_unescape_string (colon + 1, NULL));
          }
      }
    device = g_strcmp0 (seg[3], "devicecode") == 0 ||
                      g_strcmp0 (g_hash_table_lookup (params, "grant_type"), "client_credentials") != 0;

    if (!tenant_ok (e, seg[0], device))
      {
        g_autofree char *d = g_strdup_printf ("Tenant '%s' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",
                                              seg[0]);

        reply_error (e, msg, 400, "invalid_request", 90002, d);
        return TRUE;
      }
    if (g_strcmp0 (seg[3], "devicecode") == 0)
      handle_devicecode (e, msg, params);
    else
      handle_token (e, msg, seg[0], params);
  }
  return TRUE;
}

FbSimTokenStatus
fb_sim_entra_check (FbSimEntra *e, const char *authorization, gint64 *out_expiry)
{
  Token *t;

  if (authorization == NULL || *authorization == '\0')
    return FB_SIM_TOKEN_MISSING;
  if (g_ascii_strncasecmp (authorization, "Bearer ", 7) != 0)
    return FB_SIM_TOKEN_INVALID;
  t = g_hash_table_lookup (e->tokens, authorization + 7);
  if (t == NULL)
    return FB_SIM_TOKEN_INVALID;
  if (out_expiry != NULL)
    *out_expiry = t->expires;
  if (g_get_real_time () >= t->expires)
    return FB_SIM_TOKEN_EXPIRED;
  return FB_SIM_TOKEN_OK;
}

void
fb_sim_entra_expire_all (FbSimEntra *e)
{
  GHashTableIter iter;
  gpointer value;
  gint64 now = g_get_real_time ();

  g_hash_table_iter_init (&iter, e->tokens);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Token *t = value;

      if (t->expires > now)
        t->expires = now - 1;
    }
}
