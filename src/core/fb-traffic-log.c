/* fb-traffic-log.c - the --debug traffic log, with secrets redacted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-traffic-log.h"

#define MAX_BODY 2048

static FbTrafficLogFunc sink_func;
static gpointer sink_data;

void
fb_traffic_log_set_sink (FbTrafficLogFunc func, gpointer user_data)
{
  sink_func = func;
  sink_data = user_data;
}

gboolean
fb_traffic_log_is_enabled (void)
{
  return sink_func != NULL;
}

static GRegex *
regex_once (gsize *once, GRegex **store, const char *pattern)
{
  if (g_once_init_enter (once))
    {
      *store = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (once, 1);
    }
  return *store;
}

/* The rest of a JSON string after its opening quote: escaped quotes do not
 * end it, and a string cut off by the body limit is redacted to its end. */
#define JSON_STRING_REST "(?:[^\"\\\\]|\\\\.?)*(\"?)"

/* Header names whose value is a credential (lower case). */
static const char * const secret_headers[] = {
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-ms-authorization-auxiliary",
  "vmware-api-session-id",
};

static gboolean
is_secret_header (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (secret_headers); i++)
    if (g_ascii_strcasecmp (name, secret_headers[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
fb_traffic_log_redact (const char *text)
{
  static gsize json_once, form_once, bearer_once;
  static GRegex *json_re, *form_re, *bearer_re;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (text == NULL)
    return NULL;

  /* "access_token": "..." and friends in JSON */
  json_re = regex_once (&json_once, &json_re,
                        "(\"(?:access_token|refresh_token|id_token|device_code|client_secret|"
                        "client_assertion|password|secret|sasToken|token)\"\\s*:\\s*\")" JSON_STRING_REST);
  /* client_secret=...& in forms */
  form_re = regex_once (&form_once, &form_re,
                        "((?:^|[&?\\s])(?:access_token|refresh_token|id_token|device_code|client_secret|"
                        "client_assertion|password|code)=)[^&\\s]*");
  /* header lines (also vCenter's session id) and bare bearer or basic credentials */
  bearer_re = regex_once (&bearer_once, &bearer_re,
                          "((?:authorization|proxy-authorization|cookie|set-cookie|x-ms-authorization-auxiliary|"
                          "vmware-api-session-id)\\s*:\\s*).*$"
                          "|(bearer\\s+)[A-Za-z0-9._~+/=-]+"
                          "|(basic\\s+)[A-Za-z0-9+/]{8,}={0,2}");

  a = g_regex_replace (json_re, text, -1, 0, "\\1[redacted]\\2", 0, NULL);
  if (a == NULL)
    return g_strdup ("[redacted]");
  b = g_regex_replace (form_re, a, -1, 0, "\\1[redacted]", 0, NULL);
  if (b == NULL)
    return g_strdup ("[redacted]");
  {
    char *c = g_regex_replace (bearer_re, b, -1, 0, "\\1\\2\\3[redacted]", G_REGEX_MATCH_NEWLINE_ANY, NULL);
    return c != NULL ? c : g_strdup ("[redacted]");
  }
}

/* vCenter session endpoints: the REST login (POST /api/session answers the
 * token as a bare JSON string; /rest wraps it in "value") and VI/JSON's
 * SessionManager (Login and currentSession answer a UserSession whose "key"
 * identifies the session). */
static gboolean
is_session_path (const char *path)
{
  return path != NULL &&
         (g_str_has_suffix (path, "/api/session") ||
          g_str_has_suffix (path, "/com/vmware/cis/session") ||
          strstr (path, "/SessionManager/") != NULL);
}

char *
fb_traffic_log_redact_body (const char *path,
                            const char *text)
{
  static gsize session_once;
  static GRegex *session_re;
  g_autofree char *a = NULL;
  const char *p;

  if (text == NULL)
    return NULL;
  if (!is_session_path (path))
    return fb_traffic_log_redact (text);

  for (p = text; g_ascii_isspace (*p); p++)
    ;
  if (*p == '"')
    return g_strdup ("\"[redacted]\"");   /* the whole body is the token */

  session_re = regex_once (&session_once, &session_re,
                           "(\"(?:key|value)\"\\s*:\\s*\")" JSON_STRING_REST);
  a = g_regex_replace (session_re, text, -1, 0, "\\1[redacted]\\2", 0, NULL);
  if (a == NULL)
    return g_strdup ("[redacted]");
  return fb_traffic_log_redact (a);
}

static void
emit (const char *line)
{
  g_autofree char *safe = NULL;

  if (sink_func == NULL)
    return;
  safe = fb_traffic_log_redact (line);
  sink_func (safe, sink_data);
}

static void
emit_headers (char prefix, SoupMessageHeaders *headers)
{
  SoupMessageHeadersIter iter;
  const char *name, *value;

  soup_message_headers_iter_init (&iter, headers);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    {
      g_autofree char *line = NULL;
      if (is_secret_header (name))
        line = g_strdup_printf ("%c %s: [redacted]", prefix, name);
      else
        line = g_strdup_printf ("%c %s: %s", prefix, name, value);
      emit (line);
    }
}

static void
emit_body (char prefix, SoupMessage *msg, GBytes *body)
{
  gsize len = 0;
  const char *data;
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *line = NULL;

  if (body == NULL)
    return;
  data = g_bytes_get_data (body, &len);
  if (len == 0)
    return;
  text = g_utf8_make_valid (data, MIN (len, MAX_BODY));
  safe = fb_traffic_log_redact_body (g_uri_get_path (soup_message_get_uri (msg)), text);
  line = g_strdup_printf ("%c %s%s", prefix, safe, len > MAX_BODY ? " […]" : "");
  emit (line);
}

static char *
uri_for_log (SoupMessage *msg)
{
  return g_uri_to_string_partial (soup_message_get_uri (msg), G_URI_HIDE_PASSWORD | G_URI_HIDE_AUTH_PARAMS);
}

void
fb_traffic_log_request (SoupMessage *msg, GBytes *body)
{
  g_autofree char *uri = NULL;
  g_autofree char *line = NULL;

  if (sink_func == NULL)
    return;
  uri = uri_for_log (msg);
  line = g_strdup_printf ("> %s %s", soup_message_get_method (msg), uri);
  emit (line);
  emit_headers ('>', soup_message_get_request_headers (msg));
  emit_body ('>', msg, body);
}

void
fb_traffic_log_response (SoupMessage *msg, GBytes *body, gint64 elapsed_usec)
{
  g_autofree char *line = NULL;

  if (sink_func == NULL)
    return;
  line = g_strdup_printf ("< %u %s (%" G_GINT64_FORMAT " ms)", soup_message_get_status (msg),
                          soup_message_get_reason_phrase (msg) ?: "", elapsed_usec / 1000);
  emit (line);
  emit_headers ('<', soup_message_get_response_headers (msg));
  emit_body ('<', msg, body);
}

void
fb_traffic_log_failure (SoupMessage *msg, const GError *error)
{
  g_autofree char *uri = NULL;
  g_autofree char *line = NULL;

  if (sink_func == NULL)
    return;
  uri = uri_for_log (msg);
  line = g_strdup_printf ("! %s %s: %s", soup_message_get_method (msg), uri, error->message);
  emit (line);
}
