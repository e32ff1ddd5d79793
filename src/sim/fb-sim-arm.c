/* fb-sim-arm.c - Azure Resource Manager: routing, reads, paging, errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fb-sim-private.h"

/* How long before its failback an on-premises machine's Mobility agent last reported (the
 * machine was shut down for the failover to Azure, its VM was rebuilt by the failback). */
#define AGENT_SILENT_BEFORE_FAILBACK (60 * G_TIME_SPAN_SECOND)

static const char * const subscription_versions[] = {
  "2014-04-01-preview", "2015-01-01", "2016-06-01", "2018-06-01", "2019-06-01", "2019-10-01", "2019-11-01",
  "2020-01-01", "2021-01-01", "2021-04-01", "2022-01-01", "2022-09-01", "2022-12-01", "2023-07-01",
  "2024-03-01", "2024-07-01", "2024-11-01", "2025-03-01", NULL
};
static const char * const vault_versions[] = {
  "2016-06-01", "2020-02-02", "2020-10-01", "2021-01-01", "2021-02-10", "2021-03-01", "2021-04-01",
  "2021-06-01", "2021-07-01", "2021-08-01", "2021-12-01", "2022-01-01", "2022-02-01", "2022-03-01",
  "2022-04-01", "2022-08-01", "2022-09-10", "2022-10-01", "2023-01-01", "2023-02-01", "2023-04-01",
  "2023-06-01", "2023-08-01", "2024-01-01", "2024-02-01", "2024-04-01", "2024-10-01", "2025-01-01",
  "2025-02-01", "2025-08-01", "2026-01-01", "2026-02-01", "2026-05-01", "2026-08-01", NULL
};
static const char * const asr_versions[] = {
  "2018-01-10", "2018-07-10", "2021-02-10", "2021-06-01", "2021-08-01", "2021-11-01", "2022-01-01",
  "2022-02-01", "2022-03-01", "2022-04-01", "2022-05-01", "2022-08-01", "2022-09-10", "2022-10-01",
  "2023-01-01", "2023-02-01", "2023-04-01", "2023-06-01", "2023-08-01", "2024-01-01", "2024-02-01",
  "2024-04-01", "2024-10-01", "2025-01-01", "2025-02-01", "2025-08-01", "2026-01-01", "2026-02-01",
  "2026-03-31-preview", "2026-05-01", NULL
};

/* ---------- replies ---------- */

static void
common_headers (FbSimRequest *req)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (req->msg);

  soup_message_headers_replace (h, "Cache-Control", "no-cache");
  soup_message_headers_replace (h, "Pragma", "no-cache");
  soup_message_headers_replace (h, "Expires", "-1");
  soup_message_headers_replace (h, "X-Content-Type-Options", "nosniff");
  if (soup_message_headers_get_one (h, "x-ms-request-id") == NULL)
    soup_message_headers_replace (h, "x-ms-request-id", req->activity_id);
  soup_message_headers_replace (h, "x-ms-correlation-request-id", req->activity_id);
  if (req->client_request_id != NULL)
    soup_message_headers_replace (h, "x-ms-client-request-id", req->client_request_id);
  {
    /* token buckets as ARM reports them since 2024 (api-notes 7); the
     * simulator only reports, it does not throttle (use the 429 fault) */
    FbSimWorld *w = req->world;
    gint64 now = g_get_monotonic_time ();
    double dt = w->bucket_time == 0 ? 0 : (double) (now - w->bucket_time) / G_TIME_SPAN_SECOND;
    char buf[32];

    if (w->bucket_time == 0)
      {
        w->read_tokens = 250;
        w->write_tokens = 200;
      }
    w->bucket_time = now;
    w->read_tokens = MIN (250.0, w->read_tokens + dt * 25.0);
    w->write_tokens = MIN (200.0, w->write_tokens + dt * 10.0);
    if (g_strcmp0 (req->method, "GET") == 0)
      {
        w->read_tokens = MAX (0.0, w->read_tokens - 1);
        g_snprintf (buf, sizeof buf, "%d", (int) w->read_tokens);
        soup_message_headers_replace (h, "x-ms-ratelimit-remaining-subscription-reads", buf);
        g_snprintf (buf, sizeof buf, "%d", (int) (w->read_tokens * 15));
        soup_message_headers_replace (h, "x-ms-ratelimit-remaining-subscription-global-reads", buf);
      }
    else
      {
        w->write_tokens = MAX (0.0, w->write_tokens - 1);
        g_snprintf (buf, sizeof buf, "%d", (int) w->write_tokens);
        soup_message_headers_replace (h, "x-ms-ratelimit-remaining-subscription-writes", buf);
        g_snprintf (buf, sizeof buf, "%d", (int) (w->write_tokens * 15));
        soup_message_headers_replace (h, "x-ms-ratelimit-remaining-subscription-global-writes", buf);
      }
  }
}

void
fb_sim_reply_json (FbSimRequest *req, guint status, JsonObject *body)
{
  gsize len = 0;
  char *data;

  common_headers (req);
  soup_server_message_set_status (req->msg, status, NULL);
  if (body == NULL)
    return;
  data = fb_sim_to_json (body, &len);
  soup_server_message_set_response (req->msg, "application/json; charset=utf-8", SOUP_MEMORY_TAKE, data, len);
  json_object_unref (body);
}

void
fb_sim_reply_arm_error (FbSimRequest *req, guint status, const char *code, const char *detail_code,
                        const char *message, const char *possible_causes, const char *recommended_action)
{
  JsonObject *o = fb_sim_obj ();
  JsonObject *err = fb_sim_obj ();

  fb_sim_set_str (err, "code", code);
  fb_sim_set_str (err, "message", message);
  if (detail_code != NULL)
    {
      JsonArray *details = fb_sim_arr ();
      JsonObject *d = fb_sim_obj ();

      fb_sim_set_str (d, "code", detail_code);
      fb_sim_set_str (d, "message", message);
      fb_sim_set_str (d, "possibleCauses", possible_causes);
      fb_sim_set_str (d, "recommendedAction", recommended_action);
      fb_sim_set_str (d, "clientRequestId", req->client_request_id != NULL ? req->client_request_id : "");
      fb_sim_set_str (d, "activityId", req->activity_id);
      json_array_add_object_element (details, d);
      fb_sim_set_arr (err, "details", details);
    }
  fb_sim_set_obj (o, "error", err);
  fb_sim_reply_json (req, status, o);
}

static void
reply_not_found (FbSimRequest *req, const char *name)
{
  g_autofree char *m = fb_sim_trf (req->world,
                                   /* Translators: Azure's words; %s: the name of a resource in the request */
                                   N_("Specified resource with name '%s' does not exist."), name);

  fb_sim_reply_arm_error (req, 404, "NotFound", "ArmResourceDoesNotExist", m,
                          fb_sim_tr (req->world, N_("Ensure correct resource name was specified.")),
                          fb_sim_tr (req->world, N_("Verify ARM resource name details.")));
}

static void
reply_no_route (FbSimRequest *req)
{
  g_autofree char *m = g_strdup_printf ("No HTTP resource was found that matches the request URI '%s%s'.",
                                        req->world->base_uri, req->path);

  fb_sim_reply_arm_error (req, 404, "InvalidResourceType", NULL, m, NULL, NULL);
}

static void
reply_method (FbSimRequest *req)
{
  g_autofree char *m = g_strdup_printf ("The requested resource does not support http method '%s'.", req->method);

  fb_sim_reply_arm_error (req, 405, "MethodNotAllowed", NULL, m, NULL, NULL);
}

static gboolean
check_api_version (FbSimRequest *req, const char * const *supported)
{
  g_autofree char *list = NULL;
  g_autofree char *m = NULL;

  if (req->api_version == NULL || *req->api_version == '\0')
    {
      fb_sim_reply_arm_error (req, 400, "MissingApiVersionParameter", NULL,
                              "The api-version query parameter (?api-version=) is required for all requests.",
                              NULL, NULL);
      return FALSE;
    }
  if (g_strv_contains (supported, req->api_version))
    return TRUE;
  list = g_strjoinv (",", (GStrv) supported);
  m = g_strdup_printf ("The api-version '%s' is invalid. The supported versions are '%s'. Please use one of the supported versions.",
                       req->api_version, list);
  fb_sim_reply_arm_error (req, 400, "InvalidApiVersionParameter", NULL, m, NULL, NULL);
  return FALSE;
}

char *
fb_sim_abs_uri (FbSimWorld *world, const char *arm_path, const char *api_version)
{
  g_autofree char *v = g_uri_escape_string (api_version != NULL ? api_version : "", NULL, FALSE);

  return g_strdup_printf ("%s%s?api-version=%s", world->base_uri, arm_path, v);
}

/* ---------- paging ---------- */

typedef JsonObject *(*RenderFunc) (FbSimWorld *world, gpointer item);

static guint
skip_offset (FbSimRequest *req, gboolean *bad)
{
  const char *tok = NULL;
  g_autofree guchar *raw = NULL;
  gsize len = 0;
  g_autofree char *text = NULL;
  guint64 off;
  char *end = NULL;

  *bad = FALSE;
  if (req->query != NULL)
    {
      tok = g_hash_table_lookup (req->query, "skipToken");
      if (tok == NULL)
        tok = g_hash_table_lookup (req->query, "$skipToken");
      if (tok == NULL)
        tok = g_hash_table_lookup (req->query, "$skiptoken");
    }
  if (tok == NULL)
    return 0;
  raw = g_base64_decode (tok, &len);
  text = g_strndup ((const char *) raw, len);
  if (!g_str_has_prefix (text, "fbsim:"))
    {
      *bad = TRUE;
      return 0;
    }
  off = g_ascii_strtoull (text + 6, &end, 10);
  if (end == NULL || *end != '\0')
    {
      *bad = TRUE;
      return 0;
    }
  return (guint) off;
}

static void
reply_page (FbSimRequest *req, GPtrArray *all, RenderFunc render)
{
  gboolean bad = FALSE;
  guint off = skip_offset (req, &bad);
  guint n = req->world->page_size;
  g_autoptr(JsonObject) tail = NULL;
  g_autofree char *tail_json = NULL;
  gsize tail_len = 0;
  GString *out;

  if (bad)
    {
      fb_sim_reply_arm_error (req, 400, "BadRequest", "InvalidSkipToken",
                              "The skipToken query parameter is not valid.",
                              "The continuation token was changed or belongs to another list.",
                              "Follow nextLink exactly as returned.");
      return;
    }
  /* one resource at a time: build, serialize, free (a page of 1,000
   * protected items never exists as one JSON tree) */
  out = g_string_sized_new (8192);
  g_string_append (out, "{\"value\":[");
  for (guint i = off; i < all->len && i < off + n; i++)
    {
      JsonObject *o = render (req->world, g_ptr_array_index (all, i));
      gsize len = 0;
      g_autofree char *one = fb_sim_to_json (o, &len);

      json_object_unref (o);
      if (i > off)
        g_string_append_c (out, ',');
      g_string_append_len (out, one, len);
    }
  g_string_append (out, "],");
  tail = fb_sim_obj ();
  if ((guint64) off + n < all->len)
    {
      g_autofree char *tok_raw = g_strdup_printf ("fbsim:%u", off + n);
      g_autofree char *tok = g_base64_encode ((const guchar *) tok_raw, strlen (tok_raw));
      g_autoptr(GString) link = g_string_new (req->world->base_uri);
      g_autofree char *v = g_uri_escape_string (req->api_version, NULL, FALSE);
      g_autofree char *t = g_uri_escape_string (tok, NULL, FALSE);
      const char *filter = g_hash_table_lookup (req->query, "$filter");

      g_string_append (link, req->path);
      g_string_append_printf (link, "?api-version=%s", v);
      if (filter != NULL)
        {
          g_autofree char *f = g_uri_escape_string (filter, NULL, FALSE);

          g_string_append_printf (link, "&$filter=%s", f);
        }
      g_string_append_printf (link, "&skipToken=%s", t);
      fb_sim_set_str (tail, "nextLink", link->str);
    }
  else
    fb_sim_set_null (tail, "nextLink");
  /* {"nextLink":...} without its opening brace closes the document */
  tail_json = fb_sim_to_json (tail, &tail_len);
  g_string_append_len (out, tail_json + 1, tail_len - 1);
  fb_sim_reply_json (req, 200, NULL);
  {
    gsize len = out->len;

    soup_server_message_set_response (req->msg, "application/json; charset=utf-8", SOUP_MEMORY_TAKE,
                                      g_string_free (out, FALSE), len);
  }
}

/* ---------- $filter ---------- */

typedef struct {
  char *field;
  char *op;
  char *value;
} Clause;

static void
clause_free (gpointer p)
{
  Clause *c = p;

  g_free (c->field);
  g_free (c->op);
  g_free (c->value);
  g_free (c);
}

/* "A eq 'x' and B ge '2025-01-01T00:00:00Z'" - the OData subset ASR clients
 * send.  Returns NULL (and *ok FALSE) on a syntax error. */
static GPtrArray *
parse_filter (const char *filter, gboolean *ok)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (clause_free);
  const char *p = filter;

  *ok = TRUE;
  if (filter == NULL)
    return g_steal_pointer (&clauses);
  while (*p != '\0')
    {
      Clause *c;
      const char *start;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && *p != ' ')
        p++;
      c = g_new0 (Clause, 1);
      c->field = g_strndup (start, p - start);
      g_ptr_array_add (clauses, c);
      while (*p == ' ')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ')
        p++;
      c->op = g_ascii_strdown (start, p - start);
      while (*p == ' ')
        p++;
      if (*p == '\'')
        {
          g_autoptr(GString) v = g_string_new (NULL);

          p++;
          while (*p != '\0')
            {
              if (*p == '\'' && p[1] == '\'')
                {
                  g_string_append_c (v, '\'');
                  p += 2;
                  continue;
                }
              if (*p == '\'')
                break;
              g_string_append_c (v, *p++);
            }
          if (*p != '\'')
            {
              *ok = FALSE;
              return NULL;
            }
          p++;
          c->value = g_string_free (g_steal_pointer (&v), FALSE);
        }
      else
        {
          start = p;
          while (*p != '\0' && *p != ' ')
            p++;
          c->value = g_strndup (start, p - start);
        }
      if (*c->field == '\0' || *c->op == '\0' || *c->value == '\0' ||
          !(g_str_equal (c->op, "eq") || g_str_equal (c->op, "ne") || g_str_equal (c->op, "ge") ||
            g_str_equal (c->op, "gt") || g_str_equal (c->op, "le") || g_str_equal (c->op, "lt")))
        {
          *ok = FALSE;
          return NULL;
        }
      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      if (g_ascii_strncasecmp (p, "and ", 4) != 0)
        {
          *ok = FALSE;
          return NULL;
        }
      p += 4;
    }
  return g_steal_pointer (&clauses);
}

static gboolean
str_match (const Clause *c, const char *value)
{
  gboolean eq = value != NULL && g_ascii_strcasecmp (value, c->value) == 0;

  return g_str_equal (c->op, "ne") ? !eq : eq;
}

static gboolean
time_match (const Clause *c, gint64 t)
{
  gint64 v;

  if (!fb_sim_parse_iso_time (c->value, &v))
    return FALSE;
  if (g_str_equal (c->op, "eq") || g_str_equal (c->op, "ge"))
    return t >= v;      /* ASR treats StartTime eq as "from" */
  if (g_str_equal (c->op, "gt"))
    return t > v;
  if (g_str_equal (c->op, "le"))
    return t <= v;
  if (g_str_equal (c->op, "lt"))
    return t < v;
  return t != v;
}

static void
reply_bad_filter (FbSimRequest *req, const char *what)
{
  g_autofree char *m = g_strdup_printf ("The $filter '%s' is not valid: %s",
                                        (const char *) g_hash_table_lookup (req->query, "$filter"), what);

  fb_sim_reply_arm_error (req, 400, "BadRequest", "InvalidODataFilter", m,
                          "The filter uses an unsupported field, operator or syntax.",
                          "See data/scenarios/README.md of failback-sim for the filters it accepts.");
}

/* ---------- renderers ---------- */

static JsonObject *
resource (const char *id, const char *name, const char *type)
{
  JsonObject *o = fb_sim_obj ();

  fb_sim_set_str (o, "id", id);
  fb_sim_set_str (o, "name", name);
  fb_sim_set_str (o, "type", type);
  return o;
}

static JsonObject *
render_vault (FbSimWorld *world, gpointer p)
{
  FbSimVault *v = p;
  g_autofree char *id = fb_sim_vault_arm_id (v, FALSE);
  JsonObject *o = resource (id, v->name, "Microsoft.RecoveryServices/vaults");
  JsonObject *props = fb_sim_obj ();
  JsonObject *sku = fb_sim_obj ();
  JsonObject *tags = fb_sim_obj ();
  g_autofree char *etag = g_strdup_printf ("W/\"datetime'2026-01-12T09%%3A14%%3A03.512Z'\"");

  fb_sim_set_str (o, "location", v->location);
  fb_sim_set_str (o, "etag", etag);
  fb_sim_set_str (props, "provisioningState", "Succeeded");
  fb_sim_set_str (props, "privateEndpointStateForBackup", "None");
  fb_sim_set_str (props, "privateEndpointStateForSiteRecovery", "None");
  fb_sim_set_str (props, "publicNetworkAccess", "Enabled");
  fb_sim_set_obj (o, "properties", props);
  fb_sim_set_str (sku, "name", "Standard");
  fb_sim_set_obj (o, "sku", sku);
  fb_sim_set_str (tags, "environment", "dr");
  fb_sim_set_obj (o, "tags", tags);
  return o;
}

static JsonObject *
render_subscription (FbSimWorld *world)
{
  JsonObject *o = fb_sim_obj ();
  JsonObject *pol = fb_sim_obj ();
  g_autofree char *id = g_strdup_printf ("/subscriptions/%s", world->subscription_id);

  fb_sim_set_str (o, "id", id);
  fb_sim_set_str (o, "authorizationSource", "RoleBased");
  fb_sim_set_arr (o, "managedByTenants", NULL);
  fb_sim_set_str (o, "subscriptionId", world->subscription_id);
  fb_sim_set_str (o, "tenantId", world->tenant_id);
  fb_sim_set_str (o, "displayName", world->subscription_name);
  fb_sim_set_str (o, "state", "Enabled");
  fb_sim_set_str (pol, "locationPlacementId", "Public_2014-09-01");
  fb_sim_set_str (pol, "quotaId", "EnterpriseAgreement_2014-09-01");
  fb_sim_set_str (pol, "spendingLimit", "Off");
  fb_sim_set_obj (o, "subscriptionPolicies", pol);
  return o;
}

static JsonObject *
version_details (const char *version)
{
  JsonObject *o = fb_sim_obj ();

  fb_sim_set_str (o, "version", version);
  fb_sim_set_str (o, "expiryDate", FB_SIM_NO_EXPIRY);
  fb_sim_set_str (o, "status", "Supported");
  return o;
}

static JsonObject *
render_process_server (FbSimWorld *world, FbSimFabric *f, FbSimProcessServer *ps, gint64 now)
{
  JsonObject *o = fb_sim_obj ();
  JsonArray *updates = fb_sim_arr ();
  guint machines = 0;

  for (guint i = 0; i < f->vault->items->len; i++)
    if (((FbSimItem *) g_ptr_array_index (f->vault->items, i))->fabric == f)
      machines++;
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *u = fb_sim_obj ();

      fb_sim_set_str (u, "version", "9.62.7172.1");
      fb_sim_set_str (u, "rebootStatus", "NotRequired");
      fb_sim_set_str (u, "osType", i == 0 ? "Windows" : "Linux");
      json_array_add_object_element (updates, u);
    }
  fb_sim_set_str (o, "friendlyName", ps->friendly_name);
  fb_sim_set_str (o, "id", ps->id);
  fb_sim_set_str (o, "ipAddress", ps->ip_address);
  fb_sim_set_str (o, "osType", ps->os_type);
  fb_sim_set_str (o, "agentVersion", "9.62.7172.1");
  fb_sim_set_time (o, "lastHeartbeat", now - 45 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (o, "versionStatus", "Supported");
  fb_sim_set_arr (o, "mobilityServiceUpdates", updates);
  fb_sim_set_str (o, "hostId", ps->id);
  {
    g_autofree char *mc = g_strdup_printf ("%u", machines);

    fb_sim_set_str (o, "machineCount", mc);
    fb_sim_set_str (o, "replicationPairCount", mc);
  }
  fb_sim_set_str (o, "systemLoad", "1");
  fb_sim_set_str (o, "systemLoadStatus", "Green");
  fb_sim_set_str (o, "cpuLoad", "12%");
  fb_sim_set_str (o, "cpuLoadStatus", "Green");
  fb_sim_set_int (o, "totalMemoryInBytes", G_GINT64_CONSTANT (34359738368));
  fb_sim_set_int (o, "availableMemoryInBytes", G_GINT64_CONSTANT (19864223744));
  fb_sim_set_str (o, "memoryUsageStatus", "Green");
  fb_sim_set_int (o, "totalSpaceInBytes", G_GINT64_CONSTANT (1099511627776));
  fb_sim_set_int (o, "availableSpaceInBytes", G_GINT64_CONSTANT (701234567168));
  fb_sim_set_str (o, "spaceUsageStatus", "Green");
  fb_sim_set_str (o, "psServiceStatus", "Running");
  fb_sim_set_str (o, "sslCertExpiryDate", "2028-03-18T14:07:04Z");
  fb_sim_set_int (o, "sslCertExpiryRemainingDays", 477);
  fb_sim_set_str (o, "osVersion", NULL);
  fb_sim_set_arr (o, "healthErrors", NULL);
  fb_sim_set_str (o, "agentExpiryDate", FB_SIM_NO_EXPIRY);
  fb_sim_set_obj (o, "agentVersionDetails", version_details ("9.62.7172.1"));
  fb_sim_set_str (o, "health", "Normal");
  fb_sim_set_time (o, "psStatsRefreshTime", now - 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_int (o, "throughputUploadPendingDataInBytes", 0);
  fb_sim_set_int (o, "throughputInMBps", 12);
  fb_sim_set_int (o, "throughputInBytes", 12582912);
  fb_sim_set_str (o, "throughputStatus", "Green");
  fb_sim_set_str (o, "marsCommunicationStatus", "1");
  fb_sim_set_str (o, "marsRegistrationStatus", "1");
  return o;
}

static JsonObject *
render_master_target (FbSimWorld *world, FbSimMasterTarget *mt, gint64 now)
{
  JsonObject *o = fb_sim_obj ();
  JsonArray *vols = fb_sim_arr ();
  JsonArray *dss = fb_sim_arr ();
  JsonArray *verr = fb_sim_arr ();

  for (guint i = 0; i < mt->retention_volumes->len; i++)
    {
      FbSimVolume *v = g_ptr_array_index (mt->retention_volumes, i);
      JsonObject *vo = fb_sim_obj ();

      fb_sim_set_str (vo, "volumeName", v->volume_name);
      fb_sim_set_int (vo, "capacityInBytes", (gint64) (v->capacity_gb * 1073741824.0));
      fb_sim_set_int (vo, "freeSpaceInBytes", (gint64) (v->free_gb * 1073741824.0));
      fb_sim_set_null (vo, "thresholdPercentage");
      json_array_add_object_element (vols, vo);
    }
  for (guint i = 0; i < mt->datastores->len; i++)
    {
      FbSimDatastore *d = g_ptr_array_index (mt->datastores, i);
      JsonObject *dso = fb_sim_obj ();
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      fb_sim_set_str (dso, "symbolicName", d->symbolic_name);
      fb_sim_set_str (dso, "uuid", d->uuid);
      fb_sim_set_str (dso, "capacity", g_ascii_formatd (buf, sizeof buf, "%.2f", d->capacity_gb));
      fb_sim_set_str (dso, "freeSpace", g_ascii_formatd (buf, sizeof buf, "%.2f", d->free_gb));
      fb_sim_set_str (dso, "type", d->type);
      json_array_add_object_element (dss, dso);
    }
  if (fb_sim_master_target_has_snapshots (world, mt))
    {
      JsonObject *e = fb_sim_obj ();
      g_autofree char *m = fb_sim_trf (world,
                                       /* Translators: Azure's words; %s: a master target server */
                                       N_("The master target server '%s' has virtual machine snapshots."), mt->name);

      fb_sim_set_str (e, "code", "MasterTargetHasSnapshots");
      fb_sim_set_str (e, "message", m);
      fb_sim_set_str (e, "possibleCauses", fb_sim_tr (world, N_("A snapshot of the master target virtual machine exists in vCenter.")));
      fb_sim_set_str (e, "recommendedAction", fb_sim_tr (world, N_("Delete all snapshots of the master target virtual machine, then retry.")));
      json_array_add_object_element (verr, e);
    }
  fb_sim_set_str (o, "id", mt->id);
  fb_sim_set_str (o, "ipAddress", mt->ip_address);
  fb_sim_set_str (o, "name", mt->name);
  fb_sim_set_str (o, "osType", mt->os_type);
  fb_sim_set_str (o, "agentVersion", "9.62.7172.1");
  fb_sim_set_time (o, "lastHeartbeat", now - 30 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (o, "versionStatus", "Supported");
  fb_sim_set_arr (o, "retentionVolumes", vols);
  fb_sim_set_arr (o, "dataStores", dss);
  fb_sim_set_arr (o, "validationErrors", verr);
  fb_sim_set_arr (o, "healthErrors", NULL);
  fb_sim_set_int (o, "diskCount", mt->datastores->len > 0 ? 3 : 0);
  fb_sim_set_str (o, "osVersion", mt->os_version);
  fb_sim_set_str (o, "agentExpiryDate", FB_SIM_NO_EXPIRY);
  fb_sim_set_str (o, "marsAgentVersion", "2.0.9262.0");
  fb_sim_set_str (o, "marsAgentExpiryDate", FB_SIM_NO_EXPIRY);
  fb_sim_set_obj (o, "agentVersionDetails", version_details ("9.62.7172.1"));
  fb_sim_set_obj (o, "marsAgentVersionDetails", version_details ("2.0.9262.0"));
  return o;
}

static JsonObject *
render_fabric (FbSimWorld *world, gpointer p)
{
  FbSimFabric *f = p;
  g_autofree char *id = fb_sim_fabric_arm_id (f);
  JsonObject *o = resource (id, f->name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics");
  JsonObject *props = fb_sim_obj ();
  JsonObject *enc = fb_sim_obj ();
  JsonObject *roll = fb_sim_obj ();
  JsonObject *cd = fb_sim_obj ();
  JsonArray *pss = fb_sim_arr ();
  gint64 now = g_get_real_time ();
  guint protected = 0;

  for (guint i = 0; i < f->vault->items->len; i++)
    if (((FbSimItem *) g_ptr_array_index (f->vault->items, i))->fabric == f)
      protected++;
  fb_sim_set_str (props, "friendlyName", f->friendly_name);
  fb_sim_set_str (enc, "kekState", "None");
  fb_sim_set_null (enc, "kekCertThumbprint");
  fb_sim_set_obj (props, "encryptionDetails", enc);
  fb_sim_set_str (roll, "kekState", "None");
  fb_sim_set_null (roll, "kekCertThumbprint");
  fb_sim_set_obj (props, "rolloverEncryptionDetails", roll);
  fb_sim_set_str (props, "internalIdentifier", f->internal_id);
  fb_sim_set_str (props, "bcdrState", "Valid");

  for (guint i = 0; i < f->process_servers->len; i++)
    json_array_add_object_element (pss, render_process_server (world, f, g_ptr_array_index (f->process_servers, i), now));

  if (!f->modern)
    {
      JsonArray *mts = fb_sim_arr ();
      JsonArray *ras = fb_sim_arr ();
      g_autofree char *ps_count = g_strdup_printf ("%u", f->process_servers->len);
      g_autofree char *prot = g_strdup_printf ("%u", protected);

      fb_sim_set_str (cd, "instanceType", "VMware");
      fb_sim_set_arr (cd, "processServers", pss);
      for (guint i = 0; i < f->master_targets->len; i++)
        json_array_add_object_element (mts, render_master_target (world, g_ptr_array_index (f->master_targets, i), now));
      fb_sim_set_arr (cd, "masterTargetServers", mts);
      for (guint i = 0; i < f->run_as_accounts->len; i++)
        {
          FbSimRunAs *r = g_ptr_array_index (f->run_as_accounts, i);
          JsonObject *ro = fb_sim_obj ();

          fb_sim_set_str (ro, "accountId", r->account_id);
          fb_sim_set_str (ro, "accountName", r->account_name);
          json_array_add_object_element (ras, ro);
        }
      fb_sim_set_arr (cd, "runAsAccounts", ras);
      fb_sim_set_str (cd, "replicationPairCount", prot);
      fb_sim_set_str (cd, "processServerCount", ps_count);
      fb_sim_set_str (cd, "agentCount", prot);
      fb_sim_set_str (cd, "protectedServers", prot);
      fb_sim_set_str (cd, "systemLoad", "1");
      fb_sim_set_str (cd, "systemLoadStatus", "Green");
      fb_sim_set_str (cd, "cpuLoad", "9%");
      fb_sim_set_str (cd, "cpuLoadStatus", "Green");
      fb_sim_set_int (cd, "totalMemoryInBytes", G_GINT64_CONSTANT (34359738368));
      fb_sim_set_int (cd, "availableMemoryInBytes", G_GINT64_CONSTANT (21474836480));
      fb_sim_set_str (cd, "memoryUsageStatus", "Green");
      fb_sim_set_int (cd, "totalSpaceInBytes", G_GINT64_CONSTANT (1099511627776));
      fb_sim_set_int (cd, "availableSpaceInBytes", G_GINT64_CONSTANT (701234567168));
      fb_sim_set_str (cd, "spaceUsageStatus", "Green");
      fb_sim_set_str (cd, "webLoad", "0");
      fb_sim_set_str (cd, "webLoadStatus", "Green");
      fb_sim_set_str (cd, "databaseServerLoad", "0.25");
      fb_sim_set_str (cd, "databaseServerLoadStatus", "Green");
      fb_sim_set_str (cd, "csServiceStatus", "Running");
      fb_sim_set_str (cd, "ipAddress", f->ip_address);
      fb_sim_set_str (cd, "agentVersion", "9.62.7172.1");
      fb_sim_set_str (cd, "hostName", f->friendly_name);
      fb_sim_set_time (cd, "lastHeartbeat", now - 20 * G_TIME_SPAN_SECOND);
      fb_sim_set_str (cd, "versionStatus", "Supported");
      fb_sim_set_str (cd, "sslCertExpiryDate", "2028-03-18T14:07:03Z");
      fb_sim_set_int (cd, "sslCertExpiryRemainingDays", 477);
      fb_sim_set_str (cd, "psTemplateVersion", "202509.14.00");
      fb_sim_set_str (cd, "agentExpiryDate", FB_SIM_NO_EXPIRY);
      fb_sim_set_obj (cd, "agentVersionDetails", version_details ("9.62.7172.1"));
      fb_sim_set_arr (cd, "switchProviderBlockingErrorDetails", NULL);
    }
  else
    {
      JsonArray *agents = fb_sim_arr ();
      g_autofree char *site = fb_sim_hash_guid (f->name);

      fb_sim_set_str (cd, "instanceType", "InMageRcm");
      fb_sim_set_str (cd, "vmwareSiteId", site);
      fb_sim_set_null (cd, "physicalSiteId");
      fb_sim_set_str (cd, "serviceEndpoint", "https://gwc1-rcm-pod01-srv.wus.hypervrecoverymanager.windowsazure.com");
      fb_sim_set_str (cd, "serviceResourceId", f->internal_id);
      fb_sim_set_str (cd, "serviceContainerId", f->internal_id);
      fb_sim_set_str (cd, "dataPlaneUri", "https://gwc1-rcm-pod01-dra1.gwc.hypervrecoverymanager.windowsazure.com");
      fb_sim_set_str (cd, "controlPlaneUri", "https://gwc1-rcm-pod01-srv.gwc.hypervrecoverymanager.windowsazure.com");
      fb_sim_set_obj (cd, "sourceAgentIdentityDetails", NULL);
      fb_sim_set_arr (cd, "processServers", pss);
      fb_sim_set_arr (cd, "rcmProxies", NULL);
      fb_sim_set_arr (cd, "pushInstallers", NULL);
      fb_sim_set_arr (cd, "replicationAgents", NULL);
      for (guint i = 0; i < f->reprotect_agents->len; i++)
        {
          FbSimReprotectAgent *a = g_ptr_array_index (f->reprotect_agents, i);
          JsonObject *ao = fb_sim_obj ();
          JsonArray *dss = fb_sim_arr ();
          g_autofree char *bios = fb_sim_hash_guid (a->id);

          fb_sim_set_str (ao, "id", a->id);
          fb_sim_set_str (ao, "name", a->name);
          fb_sim_set_str (ao, "biosId", bios);
          fb_sim_set_str (ao, "fabricObjectId", a->id);
          fb_sim_set_str (ao, "fqdn", a->fqdn);
          fb_sim_set_str (ao, "version", "9.62.7172.1");
          fb_sim_set_time (ao, "lastHeartbeatUtc", now - 40 * G_TIME_SPAN_SECOND);
          fb_sim_set_str (ao, "health", "Normal");
          fb_sim_set_arr (ao, "healthErrors", NULL);
          fb_sim_set_int (ao, "protectedItemCount", 0);
          for (guint j = 0; a->datastores != NULL && a->datastores[j] != NULL; j++)
            fb_sim_arr_add_str (dss, a->datastores[j]);
          fb_sim_set_arr (ao, "accessibleDatastores", dss);
          fb_sim_set_str (ao, "vcenterId", a->vcenter_id);
          fb_sim_set_time (ao, "lastDiscoveryInUtc", now - 600 * G_TIME_SPAN_SECOND);
          json_array_add_object_element (agents, ao);
        }
      fb_sim_set_arr (cd, "reprotectAgents", agents);
      fb_sim_set_arr (cd, "marsAgents", NULL);
      fb_sim_set_arr (cd, "dras", NULL);
      fb_sim_set_arr (cd, "agentDetails", NULL);
    }
  fb_sim_set_obj (props, "customDetails", cd);
  fb_sim_set_arr (props, "healthErrorDetails", NULL);
  fb_sim_set_str (props, "health", "Normal");
  fb_sim_set_obj (o, "properties", props);
  return o;
}

typedef struct {
  FbSimFabric     *fabric;
  FbSimVcenterRef *vc;
} VcenterPair;

static gboolean
vcenter_connected (FbSimWorld *world, FbSimVcenterRef *vc)
{
  if (!vc->connected)
    return FALSE;
  if (world->vcenter != NULL && !fb_sim_vcenter_is_connected (world->vcenter))
    return FALSE;
  return TRUE;
}

static JsonObject *
render_vcenter (FbSimWorld *world, gpointer p)
{
  VcenterPair *pair = p;
  g_autofree char *fid = fb_sim_fabric_arm_id (pair->fabric);
  g_autofree char *id = g_strdup_printf ("%s/replicationvCenters/%s", fid, pair->vc->name);
  JsonObject *o = resource (id, pair->vc->name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics/replicationvCenters");
  JsonObject *props = fb_sim_obj ();
  JsonArray *errs = fb_sim_arr ();
  gint64 now = g_get_real_time ();
  gboolean ok = vcenter_connected (world, pair->vc);

  fb_sim_set_str (props, "friendlyName", pair->vc->friendly_name);
  fb_sim_set_str (props, "internalId", pair->vc->name);
  fb_sim_set_time (props, "lastHeartbeat", ok ? now - 90 * G_TIME_SPAN_SECOND : now - 26 * 3600 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (props, "discoveryStatus", ok ? "Completed" : "Failed");
  fb_sim_set_str (props, "processServerId", pair->vc->process_server_id);
  fb_sim_set_str (props, "ipAddress", pair->vc->ip_address);
  fb_sim_set_str (props, "infrastructureId", pair->vc->name);
  fb_sim_set_str (props, "port", "443");
  fb_sim_set_str (props, "runAsAccountId", pair->vc->run_as_account_id);
  fb_sim_set_str (props, "fabricArmResourceName", pair->fabric->name);
  if (!ok)
    {
      JsonObject *e = fb_sim_obj ();
      g_autofree char *m = fb_sim_trf (world,
                                       /* Translators: Azure's words; %s: a vCenter server */
                                       N_("The vCenter server '%s' is not connected to the configuration server."),
                                       pair->vc->friendly_name);

      fb_sim_set_str (e, "errorSource", "VCenter");
      fb_sim_set_str (e, "errorLevel", "Error");
      fb_sim_set_str (e, "errorCode", "VCenterNotConnected");
      fb_sim_set_str (e, "errorMessage", m);
      fb_sim_set_str (e, "possibleCauses", fb_sim_tr (world, N_("The vCenter server is unreachable or its credentials changed.")));
      fb_sim_set_str (e, "recommendedAction", fb_sim_tr (world, N_("Reconnect the vCenter server on the configuration server, then retry.")));
      fb_sim_set_time (e, "creationTimeUtc", now - 26 * 3600 * G_TIME_SPAN_SECOND);
      fb_sim_set_str (e, "customerResolvability", "Allowed");
      json_array_add_object_element (errs, e);
    }
  fb_sim_set_arr (props, "healthErrors", errs);
  fb_sim_set_obj (o, "properties", props);
  return o;
}

static JsonObject *
render_container (FbSimWorld *world, gpointer p)
{
  FbSimContainer *c = p;
  g_autofree char *id = fb_sim_container_arm_id (c);
  JsonObject *o = resource (id, c->name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics/replicationProtectionContainers");
  JsonObject *props = fb_sim_obj ();
  guint count = 0;

  for (guint i = 0; i < c->fabric->vault->items->len; i++)
    if (((FbSimItem *) g_ptr_array_index (c->fabric->vault->items, i))->container == c)
      count++;
  fb_sim_set_str (props, "fabricFriendlyName", c->fabric->friendly_name);
  fb_sim_set_str (props, "friendlyName", c->friendly_name);
  fb_sim_set_str (props, "fabricType", c->fabric->modern ? "InMageRcm" : "VMware");
  fb_sim_set_int (props, "protectedItemCount", count);
  fb_sim_set_str (props, "pairingStatus", "Paired");
  fb_sim_set_str (props, "role", "Primary");
  fb_sim_set_null (props, "fabricSpecificDetails");
  fb_sim_set_obj (o, "properties", props);
  return o;
}

static JsonObject *
render_mapping (FbSimWorld *world, gpointer p)
{
  FbSimMapping *m = p;
  g_autofree char *cid = fb_sim_container_arm_id (m->source);
  g_autofree char *id = g_strdup_printf ("%s/replicationProtectionContainerMappings/%s", cid, m->name);
  g_autofree char *pid = fb_sim_policy_arm_id (m->policy);
  JsonObject *o = resource (id, m->name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics/replicationProtectionContainers/replicationProtectionContainerMappings");
  JsonObject *props = fb_sim_obj ();

  fb_sim_set_str (props, "targetProtectionContainerId", m->to_self ? cid : "Microsoft Azure");
  fb_sim_set_str (props, "targetProtectionContainerFriendlyName", m->to_self ? m->source->friendly_name : "Microsoft Azure");
  fb_sim_set_null (props, "providerSpecificDetails");
  fb_sim_set_str (props, "health", "Normal");
  fb_sim_set_arr (props, "healthErrorDetails", NULL);
  fb_sim_set_str (props, "policyId", pid);
  fb_sim_set_str (props, "state", "Paired");
  fb_sim_set_str (props, "sourceProtectionContainerFriendlyName", m->source->friendly_name);
  fb_sim_set_str (props, "sourceFabricFriendlyName", m->source->fabric->friendly_name);
  fb_sim_set_str (props, "targetFabricFriendlyName", m->to_self ? m->source->fabric->friendly_name : "Microsoft Azure");
  fb_sim_set_str (props, "policyFriendlyName", m->policy->friendly_name);
  fb_sim_set_obj (o, "properties", props);
  return o;
}

static JsonObject *
render_policy (FbSimWorld *world, gpointer p)
{
  FbSimPolicy *pol = p;
  g_autofree char *id = fb_sim_policy_arm_id (pol);
  JsonObject *o = resource (id, pol->name, FB_SIM_ASR_TYPE_PREFIX "/replicationPolicies");
  JsonObject *props = fb_sim_obj ();
  JsonObject *psd = fb_sim_obj ();

  fb_sim_set_str (props, "friendlyName", pol->friendly_name);
  fb_sim_set_str (psd, "instanceType", pol->kind);
  if (g_str_equal (pol->kind, "InMageAzureV2"))
    {
      fb_sim_set_int (psd, "crashConsistentFrequencyInMinutes", pol->crash_consistent_minutes);
      fb_sim_set_int (psd, "recoveryPointThresholdInMinutes", pol->rpo_threshold_minutes);
      fb_sim_set_int (psd, "recoveryPointHistory", pol->retention_hours * 60);
      fb_sim_set_int (psd, "appConsistentFrequencyInMinutes", pol->app_consistent_minutes);
      fb_sim_set_str (psd, "multiVmSyncStatus", "Enabled");
    }
  else if (g_str_equal (pol->kind, "InMage"))
    {
      fb_sim_set_int (psd, "recoveryPointThresholdInMinutes", pol->rpo_threshold_minutes);
      fb_sim_set_int (psd, "recoveryPointHistory", pol->retention_hours * 60);
      fb_sim_set_int (psd, "appConsistentFrequencyInMinutes", pol->app_consistent_minutes);
      fb_sim_set_str (psd, "multiVmSyncStatus", "Enabled");
    }
  else
    {
      fb_sim_set_int (psd, "recoveryPointHistoryInMinutes", pol->retention_hours * 60);
      fb_sim_set_int (psd, "appConsistentFrequencyInMinutes", pol->app_consistent_minutes);
      fb_sim_set_int (psd, "crashConsistentFrequencyInMinutes", pol->crash_consistent_minutes);
      if (g_str_equal (pol->kind, "InMageRcm"))
        fb_sim_set_str (psd, "enableMultiVmSync", "True");
    }
  fb_sim_set_obj (props, "providerSpecificDetails", psd);
  fb_sim_set_obj (o, "properties", props);
  return o;
}

/* ---------- recovery points ---------- */

/* Points are computed from the clock: crash-consistent every N minutes of
 * the policy, every k-th one application-consistent, back to the start of
 * protection or the retention window.  The name encodes the slot. */
typedef struct {
  FbSimItem *item;
  gint64     slot;
  gint64     time;
  gboolean   app;
} Point;

static gint64
item_slot_us (FbSimItem *item)
{
  FbSimPolicy *p = item->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM ? item->failback_policy : item->forward_policy;

  return (gint64) MAX (p->crash_consistent_minutes, 1) * 60 * G_TIME_SPAN_SECOND;
}

static int
item_app_every (FbSimItem *item)
{
  FbSimPolicy *p = item->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM ? item->failback_policy : item->forward_policy;

  return MAX (1, p->app_consistent_minutes / MAX (p->crash_consistent_minutes, 1));
}

gboolean
fb_sim_item_has_recovery_points (FbSimItem *item)
{
  switch (item->phase)
    {
    case FB_SIM_PHASE_PROTECTED_TO_AZURE:
    case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
    case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
    case FB_SIM_PHASE_FAILED_BACK:
      return TRUE;
    default:
      return FALSE;
    }
}

static guint
item_hash_offset (FbSimItem *item, gint64 slot_us)
{
  return g_str_hash (item->original_name) % (guint) (slot_us / G_TIME_SPAN_SECOND);
}

static GArray *
item_points (FbSimItem *item, gint64 now, guint max)
{
  GArray *pts = g_array_new (FALSE, FALSE, sizeof (Point));
  gint64 slot_us = item_slot_us (item);
  gint64 off = (gint64) item_hash_offset (item, slot_us) * G_TIME_SPAN_SECOND;
  FbSimPolicy *p = item->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM ? item->failback_policy : item->forward_policy;
  gint64 oldest = MAX (item->protected_since, now - (gint64) p->retention_hours * 3600 * G_TIME_SPAN_SECOND);
  gint64 newest = now;
  int every = item_app_every (item);
  gint64 last;

  if (!fb_sim_item_has_recovery_points (item))
    return pts;
  /* failed over: no new points after the failover */
  if ((item->phase == FB_SIM_PHASE_FAILED_OVER_TO_AZURE || item->phase == FB_SIM_PHASE_FAILED_BACK) &&
      item->last_failover_time > 0)
    newest = item->last_failover_time;
  last = (newest - off) / slot_us;
  for (gint64 s = last; s >= 0; s--)
    {
      Point pt = { item, s, s * slot_us + off, (s % every) == 0 };

      if (pt.time < oldest && pts->len > 0)
        break;
      if (pt.time > newest)
        continue;
      g_array_append_val (pts, pt);
      if (pts->len >= max)
        break;
    }
  /* always at least one app-consistent point for a protected item */
  if (pts->len > 0)
    {
      gboolean any_app = FALSE;

      for (guint i = 0; i < pts->len; i++)
        any_app |= g_array_index (pts, Point, i).app;
      if (!any_app)
        g_array_index (pts, Point, pts->len - 1).app = TRUE;
    }
  return pts;
}

static char *
point_name (FbSimItem *item, gint64 slot)
{
  g_autofree char *h = g_compute_checksum_for_string (G_CHECKSUM_MD5, item->original_name, -1);

  return g_strdup_printf ("%.8s-%.4s-4%.3s-8%.3s-%012" G_GINT64_MODIFIER "x", h, h + 8, h + 12, h + 15, slot);
}

static JsonObject *
render_point (FbSimItem *item, const Point *pt)
{
  g_autofree char *iid = fb_sim_item_arm_id (item);
  g_autofree char *name = point_name (item, pt->slot);
  g_autofree char *id = g_strdup_printf ("%s/recoveryPoints/%s", iid, name);
  JsonObject *o = resource (id, name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics/replicationProtectionContainers/replicationProtectedItems/recoveryPoints");
  JsonObject *props = fb_sim_obj ();
  JsonObject *psd = fb_sim_obj ();
  const char *prov = fb_sim_item_provider (item);

  fb_sim_set_time (props, "recoveryPointTime", pt->time);
  fb_sim_set_str (props, "recoveryPointType", pt->app ? "ApplicationConsistent" : "CrashConsistent");
  fb_sim_set_str (psd, "instanceType", g_str_equal (prov, "InMageRcmFailback") ? "InMageRcm"
                                      : g_str_equal (prov, "InMage") ? "InMageAzureV2" : prov);
  fb_sim_set_str (psd, "isMultiVmSyncPoint", item->multi_vm_group != NULL && pt->app ? "True" : "False");
  fb_sim_set_obj (props, "providerSpecificDetails", psd);
  fb_sim_set_obj (o, "properties", props);
  return o;
}

char *
fb_sim_item_latest_recovery_point_id (FbSimItem *item, gboolean app_consistent)
{
  g_autoptr(GArray) pts = item_points (item, g_get_real_time (), app_consistent ? item_app_every (item) + 1 : 1);

  for (guint i = 0; i < pts->len; i++)
    {
      Point *pt = &g_array_index (pts, Point, i);

      if (!app_consistent || pt->app)
        {
          g_autofree char *iid = fb_sim_item_arm_id (item);
          g_autofree char *name = point_name (item, pt->slot);

          return g_strdup_printf ("%s/recoveryPoints/%s", iid, name);
        }
    }
  return NULL;
}

static gboolean
find_point (FbSimItem *item, const char *name, Point *out)
{
  g_autoptr(GArray) pts = item_points (item, g_get_real_time (), 2000);

  for (guint i = 0; i < pts->len; i++)
    {
      Point *pt = &g_array_index (pts, Point, i);
      g_autofree char *n = point_name (item, pt->slot);

      if (g_ascii_strcasecmp (n, name) == 0)
        {
          *out = *pt;
          return TRUE;
        }
    }
  return FALSE;
}

/* exported for the jobs: a recovery point ARM id of this item? */
gboolean fb_sim_item_recovery_point_valid (FbSimItem *item, const char *arm_id);

gboolean
fb_sim_item_recovery_point_valid (FbSimItem *item, const char *arm_id)
{
  const char *slash = arm_id != NULL ? strrchr (arm_id, '/') : NULL;
  g_autofree char *iid = fb_sim_item_arm_id (item);
  Point pt;

  if (slash == NULL)
    return FALSE;
  if (g_ascii_strncasecmp (arm_id + 1, iid + 1, strlen (iid) - 1) != 0)
    return FALSE;
  return find_point (item, slash + 1, &pt);
}

/* ---------- protected items ---------- */

static JsonObject *
current_scenario (FbSimVault *vault, FbSimJob *job)
{
  JsonObject *o = fb_sim_obj ();

  if (job == NULL)
    {
      g_autofree char *v = fb_sim_vault_arm_id (vault, TRUE);
      g_autofree char *jid = g_strdup_printf ("%s/replicationJobs/None", v);

      fb_sim_set_str (o, "scenarioName", "None");
      fb_sim_set_str (o, "jobId", jid);
      fb_sim_set_str (o, "startTime", FB_SIM_IDLE_START);
    }
  else
    {
      g_autofree char *jid = fb_sim_job_arm_id (job);

      fb_sim_set_str (o, "scenarioName", job->scenario_name);
      fb_sim_set_str (o, "jobId", jid);
      fb_sim_set_time (o, "startTime", job->start_time);
    }
  return o;
}

static char *
azure_vm_id (FbSimItem *item)
{
  return g_strdup_printf ("/subscriptions/%s/resourceGroups/%s-recovery/providers/Microsoft.Compute/virtualMachines/%s",
                          item->vault->world->subscription_id, item->vault->resource_group, item->friendly_name);
}

static char *
nic_mac (FbSimItem *item)
{
  guint h = g_str_hash (item->original_name);

  return g_strdup_printf ("00:50:56:%02X:%02X:%02X", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
}

static JsonArray *
vm_nics (FbSimItem *item, gboolean rcm)
{
  JsonArray *a = fb_sim_arr ();
  JsonObject *n = fb_sim_obj ();
  g_autofree char *mac = nic_mac (item);
  g_autofree char *net = g_strdup_printf ("/subscriptions/%s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-dr-%s",
                                          item->vault->world->subscription_id, item->vault->location);

  fb_sim_set_str (n, "nicId", mac);
  if (rcm)
    {
      fb_sim_set_str (n, "isPrimaryNic", "true");
      fb_sim_set_str (n, "isSelectedForFailover", "true");
      fb_sim_set_str (n, "sourceIPAddress", item->ip_address);
      fb_sim_set_str (n, "sourceIPAddressType", "Static");
      fb_sim_set_str (n, "sourceNetworkId", "VM Network");
      fb_sim_set_str (n, "sourceSubnetName", "default");
      fb_sim_set_str (n, "targetSubnetName", "snet-servers");
      fb_sim_set_str (n, "targetIPAddressType", "Dynamic");
    }
  else
    {
      fb_sim_set_null (n, "replicaNicId");
      fb_sim_set_null (n, "sourceNicArmId");
      fb_sim_set_str (n, "vMSubnetName", "snet-servers");
      fb_sim_set_str (n, "vMNetworkName", "VM Network");
      fb_sim_set_str (n, "recoveryVMNetworkId", net);
      fb_sim_set_str (n, "recoveryVMSubnetName", "snet-servers");
      fb_sim_set_str (n, "ipAddressType", "Static");
      fb_sim_set_str (n, "primaryNicStaticIPAddress", item->ip_address);
      fb_sim_set_str (n, "selectionType", "SelectedByUser");
      fb_sim_set_str (n, "enableAcceleratedNetworkingOnRecovery", "false");
    }
  json_array_add_object_element (a, n);
  return a;
}

static JsonArray *
protected_disks (FbSimItem *item, gboolean inmage, gint64 now)
{
  JsonArray *a = fb_sim_arr ();

  for (guint i = 0; i < item->disks_gb->len; i++)
    {
      JsonObject *d = fb_sim_obj ();
      guint gb = g_array_index (item->disks_gb, guint, i);
      g_autofree char *id = g_strdup_printf ("6000C29%07x%016x", g_str_hash (item->original_name) & 0xfffffff, i);
      g_autofree char *name = g_strdup_printf ("[%s] %s/%s%s.vmdk", item->datastore, item->friendly_name,
                                               item->friendly_name, i == 0 ? "" : (i == 1 ? "_1" : "_2"));
      gint64 bytes = (gint64) gb * 1073741824;

      if (item->physical)
        {
          g_free (name);
          name = g_strdup_printf ("Disk%u", i);
        }
      fb_sim_set_str (d, "diskId", id);
      fb_sim_set_str (d, "diskName", name);
      fb_sim_set_str (d, "protectionStage", "DifferentialSync");
      fb_sim_set_null (d, "healthErrorCode");
      fb_sim_set_int (d, "rpoInSeconds", 95 + i * 7);
      fb_sim_set_str (d, "resyncRequired", "NotRequired");
      fb_sim_set_int (d, "resyncProgressPercentage", 100);
      fb_sim_set_int (d, "resyncDurationInSeconds", 3600 + gb * 12);
      fb_sim_set_int (d, "diskCapacityInBytes", bytes);
      fb_sim_set_int (d, "fileSystemCapacityInBytes", bytes / 10 * 6);
      fb_sim_set_dbl (d, inmage ? "sourceDataInMB" : "sourceDataInMegaBytes", 0.0);
      fb_sim_set_dbl (d, inmage ? "psDataInMB" : "psDataInMegaBytes", 0.0);
      fb_sim_set_dbl (d, inmage ? "targetDataInMB" : "targetDataInMegaBytes", 0.0);
      fb_sim_set_str (d, "diskResized", "NotResized");
      fb_sim_set_time (d, "lastRpoCalculatedTime", now - 60 * G_TIME_SPAN_SECOND);
      fb_sim_set_str (d, "progressHealth", "None");
      fb_sim_set_str (d, "progressStatus", "Completed");
      json_array_add_object_element (a, d);
    }
  return a;
}

static JsonArray *
rcm_disks (FbSimItem *item)
{
  JsonArray *a = fb_sim_arr ();

  for (guint i = 0; i < item->disks_gb->len; i++)
    {
      JsonObject *d = fb_sim_obj ();
      guint gb = g_array_index (item->disks_gb, guint, i);
      g_autofree char *id = g_strdup_printf ("6000C29%07x%016x", g_str_hash (item->original_name) & 0xfffffff, i);
      g_autofree char *name = g_strdup_printf ("[%s] %s/%s_%u.vmdk", item->datastore, item->friendly_name, item->friendly_name, i);

      fb_sim_set_str (d, "diskId", id);
      fb_sim_set_str (d, "diskName", name);
      fb_sim_set_str (d, "isOSDisk", i == 0 ? "true" : "false");
      fb_sim_set_int (d, "capacityInBytes", (gint64) gb * 1073741824);
      fb_sim_set_str (d, "diskType", "Premium_LRS");
      fb_sim_set_dbl (d, "dataPendingInLogDataStoreInMB", 0.0);
      fb_sim_set_dbl (d, "dataPendingAtSourceAgentInMB", 0.0);
      fb_sim_set_str (d, "isInitialReplicationComplete", "true");
      json_array_add_object_element (a, d);
    }
  return a;
}

/* The Mobility agent of a classic item: @age_s seconds ago; silent since before the failback
 * until it has registered again (the machine ran in Azure meanwhile). */
static void
agent_heartbeat (JsonObject *o, FbSimItem *item, gint64 now, int age_s)
{
  if (fb_sim_item_agent_registered (item, now))
    fb_sim_set_time (o, "lastHeartbeat", now - age_s * G_TIME_SPAN_SECOND);
  else if (item->last_failover_time > 0)
    fb_sim_set_time (o, "lastHeartbeat", item->last_failover_time - AGENT_SILENT_BEFORE_FAILBACK);
  else
    fb_sim_set_null (o, "lastHeartbeat");
}

static JsonObject *
psd_inmage_azure_v2 (FbSimWorld *world, FbSimItem *item, gint64 now, const char *state, const char *desc)
{
  JsonObject *o = fb_sim_obj ();
  FbSimProcessServer *ps = item->fabric->process_servers->len > 0 ? g_ptr_array_index (item->fabric->process_servers, 0) : NULL;
  JsonArray *disk_details = fb_sim_arr ();
  JsonArray *managed = fb_sim_arr ();
  JsonArray *datastores = fb_sim_arr ();
  g_autofree char *vmid = azure_vm_id (item);
  g_autofree char *rg = g_strdup_printf ("/subscriptions/%s/resourceGroups/%s-recovery", world->subscription_id, item->vault->resource_group);
  g_autofree char *net = g_strdup_printf ("/subscriptions/%s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-dr-%s",
                                          world->subscription_id, item->vault->location);
  g_autofree char *group_id = NULL;
  g_autofree char *replica = g_strdup_printf ("%s_replica_%s", item->vm_id, item->container->name);
  gboolean protecting = item->phase == FB_SIM_PHASE_PROTECTED_TO_AZURE;

  fb_sim_set_str (o, "instanceType", "InMageAzureV2");
  fb_sim_set_str (o, "infrastructureVmId", item->physical ? NULL : item->vm_id);
  fb_sim_set_str (o, "vCenterInfrastructureId", item->physical ? NULL : "vc-nbg-01");
  fb_sim_set_str (o, "protectionStage", protecting ? "DifferentialSync" : "Completed");
  fb_sim_set_str (o, "vmId", item->vm_id);
  fb_sim_set_str (o, "vmProtectionState", state);
  fb_sim_set_str (o, "vmProtectionStateDescription", desc);
  fb_sim_set_int (o, "resyncProgressPercentage", 100);
  fb_sim_set_int (o, "rpoInSeconds", protecting ? 97 : 0);
  fb_sim_set_dbl (o, "compressedDataRateInMB", protecting ? 0.41 : 0.0);
  fb_sim_set_dbl (o, "uncompressedDataRateInMB", protecting ? 1.23 : 0.0);
  fb_sim_set_str (o, "ipAddress", item->ip_address);
  fb_sim_set_str (o, "agentVersion", "9.62.7172.1");
  fb_sim_set_str (o, "agentExpiryDate", "2027-08-31T00:00:00Z");
  fb_sim_set_str (o, "isAgentUpdateRequired", "NotRequired");
  fb_sim_set_str (o, "isRebootAfterUpdateRequired", "NotRequired");
  agent_heartbeat (o, item, now, 50);
  fb_sim_set_str (o, "processServerId", ps != NULL ? ps->id : NULL);
  fb_sim_set_str (o, "processServerName", ps != NULL ? ps->friendly_name : NULL);
  if (item->multi_vm_group != NULL)
    {
      group_id = fb_sim_hash_guid (item->multi_vm_group);
      fb_sim_set_str (o, "multiVmGroupId", group_id);
      fb_sim_set_str (o, "multiVmGroupName", item->multi_vm_group);
    }
  else
    {
      fb_sim_set_str (o, "multiVmGroupId", item->vm_id);
      fb_sim_set_str (o, "multiVmGroupName", item->vm_id);
    }
  fb_sim_set_str (o, "multiVmSyncStatus", "Enabled");
  fb_sim_set_arr (o, "protectedDisks", protected_disks (item, FALSE, now));
  fb_sim_set_str (o, "diskResized", "NotResized");
  fb_sim_set_str (o, "masterTargetId", ps != NULL ? ps->id : NULL);
  fb_sim_set_int (o, "sourceVmCPUCount", item->cpus);
  fb_sim_set_int (o, "sourceVmRAMSizeInMB", item->memory_mb);
  fb_sim_set_str (o, "osType", item->os_type);
  fb_sim_set_str (o, "vhdName", item->physical ? "\\\\.\\PHYSICALDRIVE0" : "disk0");
  fb_sim_set_str (o, "osDiskId", "disk0");
  for (guint i = 0; i < item->disks_gb->len; i++)
    {
      JsonObject *d = fb_sim_obj ();
      JsonObject *m = fb_sim_obj ();
      g_autofree char *dn = g_strdup_printf ("%s-disk%u", item->friendly_name, i);
      g_autofree char *did = g_strdup_printf ("disk%u", i);
      g_autofree char *seed = g_strdup_printf ("%s/subscriptions/%s/resourceGroups/%s-recovery/providers/Microsoft.Compute/disks/asrseeddisk-%s-%u",
                                               "", world->subscription_id, item->vault->resource_group, item->friendly_name, i);

      fb_sim_set_null (d, "vhdType");
      fb_sim_set_str (d, "vhdId", did);
      fb_sim_set_str (d, "diskId", did);
      fb_sim_set_str (d, "vhdName", dn);
      fb_sim_set_int (d, "maxSizeMB", g_array_index (item->disks_gb, guint, i) * 1024);
      fb_sim_set_null (d, "targetDiskLocation");
      fb_sim_set_str (d, "targetDiskName", dn);
      fb_sim_set_str (d, "lunId", i == 0 ? "-1" : "0");
      json_array_add_object_element (disk_details, d);
      fb_sim_set_str (m, "diskId", did);
      fb_sim_set_str (m, "seedManagedDiskId", seed);
      fb_sim_set_str (m, "replicaDiskType", "Premium_LRS");
      fb_sim_set_null (m, "diskEncryptionSetId");
      fb_sim_set_str (m, "targetDiskName", dn);
      json_array_add_object_element (managed, m);
    }
  fb_sim_set_arr (o, "azureVMDiskDetails", disk_details);
  fb_sim_set_str (o, "recoveryAzureVMName", item->friendly_name);
  fb_sim_set_str (o, "recoveryAzureVMSize", item->memory_mb > 8192 ? "Standard_D8s_v5" : "Standard_D2s_v5");
  fb_sim_set_null (o, "recoveryAzureStorageAccount");
  fb_sim_set_null (o, "recoveryAzureLogStorageAccountId");
  fb_sim_set_arr (o, "vmNics", vm_nics (item, FALSE));
  fb_sim_set_str (o, "selectedRecoveryAzureNetworkId", net);
  fb_sim_set_null (o, "selectedTfoAzureNetworkId");
  fb_sim_set_null (o, "selectedSourceNicId");
  fb_sim_set_str (o, "discoveryType", item->physical ? "physical" : "vCenter");
  fb_sim_set_str (o, "enableRDPOnTargetOption", "Never");
  if (!item->physical)
    fb_sim_arr_add_str (datastores, item->datastore);
  fb_sim_set_arr (o, "datastores", datastores);
  fb_sim_set_str (o, "targetVmId", item->azure_vm_exists ? vmid : NULL);
  fb_sim_set_str (o, "recoveryAzureResourceGroupId", rg);
  fb_sim_set_null (o, "recoveryAvailabilitySetId");
  fb_sim_set_str (o, "targetAvailabilityZone", "");
  fb_sim_set_null (o, "targetProximityPlacementGroupId");
  fb_sim_set_str (o, "useManagedDisks", "True");
  fb_sim_set_str (o, "licenseType", "NoLicenseType");
  fb_sim_set_str (o, "sqlServerLicenseType", "NotSpecified");
  fb_sim_set_arr (o, "validationErrors", NULL);
  fb_sim_set_time (o, "lastRpoCalculatedTime", now - 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_time (o, "lastUpdateReceivedTime", now - 30 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (o, "replicaId", replica);
  fb_sim_set_str (o, "osVersion", item->os_name);
  fb_sim_set_arr (o, "protectedManagedDisks", managed);
  if (fb_sim_item_has_recovery_points (item))
    fb_sim_set_time (o, "lastRecoveryPointReceived", item->phase == FB_SIM_PHASE_PROTECTED_TO_AZURE ? now - 90 * G_TIME_SPAN_SECOND : item->last_failover_time);
  else
    fb_sim_set_null (o, "lastRecoveryPointReceived");
  fb_sim_set_str (o, "firmwareType", "BIOS");
  fb_sim_set_str (o, "azureVmGeneration", "1");
  fb_sim_set_bool (o, "isAdditionalStatsAvailable", FALSE);
  fb_sim_set_null (o, "totalDataTransferred");
  fb_sim_set_null (o, "totalProgressHealth");
  fb_sim_set_obj (o, "targetVmTags", NULL);
  fb_sim_set_obj (o, "seedManagedDiskTags", NULL);
  fb_sim_set_obj (o, "targetManagedDiskTags", NULL);
  fb_sim_set_obj (o, "targetNicTags", NULL);
  fb_sim_set_arr (o, "switchProviderBlockingErrorDetails", NULL);
  fb_sim_set_obj (o, "switchProviderDetails", NULL);
  fb_sim_set_strv (o, "supportedOSVersions", NULL);
  fb_sim_set_arr (o, "allAvailableOSUpgradeConfigurations", NULL);
  fb_sim_set_str (o, "osName", item->os_name);
  return o;
}

static JsonObject *
psd_inmage (FbSimWorld *world, FbSimItem *item, gint64 now, const char *state, const char *desc)
{
  JsonObject *o = fb_sim_obj ();
  JsonObject *os = fb_sim_obj ();
  JsonObject *resync = fb_sim_obj ();
  JsonObject *agent = fb_sim_obj ();
  JsonObject *cps = fb_sim_obj ();
  JsonArray *datastores = fb_sim_arr ();
  g_autofree char *group_id = NULL;
  g_autofree char *replica = g_strdup_printf ("%s_replica_%s", item->vm_id, item->container->name);
  gboolean protecting = item->phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM;
  g_autofree char *rp = fb_sim_item_latest_recovery_point_id (item, TRUE);

  fb_sim_set_str (o, "instanceType", "InMage");
  fb_sim_set_str (o, "activeSiteType", item->phase == FB_SIM_PHASE_PROTECTED_TO_ONPREM ? "Azure" : "OnPrem");
  fb_sim_set_int (o, "sourceVmCpuCount", item->cpus);
  fb_sim_set_int (o, "sourceVmRamSizeInMB", item->memory_mb);
  fb_sim_set_str (os, "osVhdId", "disk0");
  fb_sim_set_str (os, "osType", item->os_type);
  fb_sim_set_str (os, "vhdName", item->friendly_name);
  fb_sim_set_str (os, "osEdition", item->os_name);
  fb_sim_set_obj (o, "osDetails", os);
  fb_sim_set_str (o, "protectionStage", protecting ? "DifferentialSync" : "Completed");
  fb_sim_set_str (o, "vmId", item->vm_id);
  fb_sim_set_str (o, "vmProtectionState", state);
  fb_sim_set_str (o, "vmProtectionStateDescription", desc);
  fb_sim_set_str (resync, "initialReplicationType", item->physical || item->generation > 0 ? "FullDownload" : "Differential");
  fb_sim_set_str (resync, "initialReplicationProgressPercentage", "100");
  fb_sim_set_obj (o, "resyncDetails", resync);
  fb_sim_set_time (o, "retentionWindowStart", MAX (item->protected_since, now - (gint64) item->failback_policy->retention_hours * 3600 * G_TIME_SPAN_SECOND));
  fb_sim_set_time (o, "retentionWindowEnd", protecting ? now - 60 * G_TIME_SPAN_SECOND : item->last_failover_time);
  fb_sim_set_dbl (o, "compressedDataRateInMB", protecting ? 0.37 : 0.0);
  fb_sim_set_dbl (o, "uncompressedDataRateInMB", protecting ? 1.02 : 0.0);
  fb_sim_set_int (o, "rpoInSeconds", protecting ? 122 : 0);
  fb_sim_set_arr (o, "protectedDisks", protected_disks (item, TRUE, now));
  fb_sim_set_str (o, "ipAddress", item->ip_address);
  agent_heartbeat (o, item, now, 40);
  fb_sim_set_str (o, "processServerId", item->process_server_id);
  fb_sim_set_str (o, "masterTargetId", item->master_target_id);
  if (rp != NULL)
    fb_sim_set_time (cps, "LatestTag", now - 30 * 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_obj (o, "consistencyPoints", cps);
  fb_sim_set_str (o, "diskResized", "NotResized");
  fb_sim_set_str (o, "rebootAfterUpdateStatus", "NotRebooted");
  if (item->multi_vm_group != NULL)
    {
      group_id = fb_sim_hash_guid (item->multi_vm_group);
      fb_sim_set_str (o, "multiVmGroupId", group_id);
      fb_sim_set_str (o, "multiVmGroupName", item->multi_vm_group);
    }
  else
    {
      fb_sim_set_str (o, "multiVmGroupId", item->vm_id);
      fb_sim_set_str (o, "multiVmGroupName", item->vm_id);
    }
  fb_sim_set_str (o, "multiVmSyncStatus", "Enabled");
  fb_sim_set_str (agent, "agentVersion", "9.62.7172.1");
  fb_sim_set_str (agent, "agentUpdateStatus", "NotRequired");
  fb_sim_set_str (agent, "postUpdateRebootStatus", "NotRequired");
  fb_sim_set_str (agent, "agentExpiryDate", "2027-08-31T00:00:00Z");
  fb_sim_set_obj (o, "agentDetails", agent);
  fb_sim_set_str (o, "vCenterInfrastructureId", "vc-nbg-01");
  fb_sim_set_str (o, "infrastructureVmId", item->vm_id);
  fb_sim_set_arr (o, "vmNics", vm_nics (item, FALSE));
  fb_sim_set_str (o, "discoveryType", item->physical ? "physical" : "vCenter");
  fb_sim_set_null (o, "azureStorageAccountId");
  fb_sim_arr_add_str (datastores, item->reverse_datastore != NULL ? item->reverse_datastore : item->datastore);
  fb_sim_set_arr (o, "datastores", datastores);
  fb_sim_set_arr (o, "validationErrors", NULL);
  fb_sim_set_time (o, "lastRpoCalculatedTime", now - 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_time (o, "lastUpdateReceivedTime", now - 25 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (o, "replicaId", replica);
  fb_sim_set_str (o, "osVersion", item->os_name);
  fb_sim_set_bool (o, "isAdditionalStatsAvailable", FALSE);
  fb_sim_set_null (o, "totalDataTransferred");
  fb_sim_set_null (o, "totalProgressHealth");
  return o;
}

static JsonObject *
mobility_agent (void)
{
  JsonObject *m = fb_sim_obj ();

  fb_sim_set_str (m, "version", "9.62.7172.1");
  fb_sim_set_str (m, "latestVersion", "9.62.7172.1");
  fb_sim_set_str (m, "driverVersion", "9.62.7172.1");
  fb_sim_set_str (m, "latestUpgradableVersionWithoutReboot", "9.62.7172.1");
  fb_sim_set_str (m, "agentVersionExpiryDate", "2027-08-31T00:00:00Z");
  fb_sim_set_str (m, "driverVersionExpiryDate", "2027-08-31T00:00:00Z");
  fb_sim_set_str (m, "lastHeartbeatUtc", NULL);
  fb_sim_set_arr (m, "reasonsBlockingUpgrade", NULL);
  fb_sim_set_str (m, "isUpgradeable", "false");
  return m;
}

static JsonObject *
discovered_vm (FbSimItem *item, gint64 now)
{
  JsonObject *d = fb_sim_obj ();
  JsonArray *ds = fb_sim_arr ();
  JsonArray *ips = fb_sim_arr ();

  fb_sim_set_str (d, "vCenterId", "vc-nbg-01");
  fb_sim_set_str (d, "vCenterFqdn", "vc-nbg-01.contoso.local");
  fb_sim_arr_add_str (ds, item->datastore);
  fb_sim_set_arr (d, "datastores", ds);
  fb_sim_arr_add_str (ips, item->ip_address);
  fb_sim_set_arr (d, "ipAddresses", ips);
  fb_sim_set_str (d, "vmwareToolsStatus", "OK");
  fb_sim_set_str (d, "powerStatus", item->phase >= FB_SIM_PHASE_FAILED_BACK ? "ON" : "OFF");
  fb_sim_set_str (d, "vmFqdn", item->friendly_name);
  fb_sim_set_str (d, "osName", item->os_name);
  fb_sim_set_time (d, "createdTimestamp", item->protected_since - 30 * 24 * 3600 * G_TIME_SPAN_SECOND);
  fb_sim_set_time (d, "updatedTimestamp", now - 600 * G_TIME_SPAN_SECOND);
  fb_sim_set_bool (d, "isDeleted", FALSE);
  fb_sim_set_time (d, "lastDiscoveryTimeInUtc", now - 600 * G_TIME_SPAN_SECOND);
  return d;
}

static JsonObject *
psd_inmage_rcm (FbSimWorld *world, FbSimItem *item, gint64 now)
{
  JsonObject *o = fb_sim_obj ();
  FbSimProcessServer *ps = item->fabric->process_servers->len > 0 ? g_ptr_array_index (item->fabric->process_servers, 0) : NULL;
  g_autofree char *rg = g_strdup_printf ("/subscriptions/%s/resourceGroups/%s-recovery", world->subscription_id, item->vault->resource_group);
  g_autofree char *net = g_strdup_printf ("/subscriptions/%s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-dr-%s",
                                          world->subscription_id, item->vault->location);
  g_autofree char *rp = fb_sim_item_latest_recovery_point_id (item, FALSE);
  gboolean protecting = item->phase == FB_SIM_PHASE_PROTECTED_TO_AZURE;
  gboolean enabling = item->phase == FB_SIM_PHASE_ENABLING;

  fb_sim_set_str (o, "instanceType", "InMageRcm");
  fb_sim_set_str (o, "internalIdentifier", item->vm_id);
  fb_sim_set_str (o, "fabricDiscoveryMachineId", item->vm_id);
  fb_sim_set_str (o, "multiVmGroupName", item->multi_vm_group != NULL ? item->multi_vm_group : item->friendly_name);
  fb_sim_set_str (o, "discoveryType", item->physical ? "PhysicalServer" : "VMware");
  fb_sim_set_str (o, "processServerId", ps != NULL ? ps->id : NULL);
  fb_sim_set_int (o, "processorCoreCount", item->cpus);
  fb_sim_set_dbl (o, "allocatedMemoryInMB", item->memory_mb);
  fb_sim_set_str (o, "processServerName", ps != NULL ? ps->friendly_name : NULL);
  fb_sim_set_str (o, "runAsAccountId", NULL);
  fb_sim_set_str (o, "osType", item->os_type);
  fb_sim_set_str (o, "firmwareType", "BIOS");
  fb_sim_set_str (o, "primaryNicIpAddress", item->ip_address);
  fb_sim_set_str (o, "targetGeneration", "Gen1");
  fb_sim_set_str (o, "licenseType", "NoLicenseType");
  fb_sim_set_str (o, "targetVmName", item->friendly_name);
  fb_sim_set_str (o, "targetVmSize", item->memory_mb > 8192 ? "Standard_D8s_v5" : "Standard_D2s_v5");
  fb_sim_set_str (o, "targetResourceGroupId", rg);
  fb_sim_set_str (o, "targetLocation", item->vault->location);
  fb_sim_set_null (o, "targetAvailabilitySetId");
  fb_sim_set_null (o, "targetAvailabilityZone");
  fb_sim_set_null (o, "targetProximityPlacementGroupId");
  fb_sim_set_null (o, "targetBootDiagnosticsStorageAccountId");
  fb_sim_set_str (o, "targetNetworkId", net);
  fb_sim_set_null (o, "testNetworkId");
  fb_sim_set_str (o, "failoverRecoveryPointId", item->failover_recovery_point_id);
  if (protecting)
    fb_sim_set_time (o, "lastRecoveryPointReceived", now - 80 * G_TIME_SPAN_SECOND);
  else
    fb_sim_set_null (o, "lastRecoveryPointReceived");
  fb_sim_set_int (o, "lastRpoInSeconds", protecting ? 84 : 0);
  fb_sim_set_time (o, "lastRpoCalculatedTime", now - 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_str (o, "lastRecoveryPointId", rp);
  fb_sim_set_int (o, "initialReplicationProgressPercentage", enabling ? 37 : 100);
  fb_sim_set_int (o, "initialReplicationProcessedBytes", 0);
  fb_sim_set_int (o, "initialReplicationTransferredBytes", 0);
  fb_sim_set_str (o, "initialReplicationProgressHealth", enabling ? "InProgress" : "None");
  fb_sim_set_int (o, "resyncProgressPercentage", 0);
  fb_sim_set_int (o, "resyncProcessedBytes", 0);
  fb_sim_set_int (o, "resyncTransferredBytes", 0);
  fb_sim_set_str (o, "resyncProgressHealth", "None");
  fb_sim_set_str (o, "resyncRequired", "false");
  fb_sim_set_str (o, "resyncState", "None");
  fb_sim_set_str (o, "agentUpgradeState", "None");
  fb_sim_set_str (o, "lastAgentUpgradeType", NULL);
  fb_sim_set_str (o, "agentUpgradeJobId", NULL);
  fb_sim_set_str (o, "agentUpgradeAttemptToVersion", NULL);
  fb_sim_set_arr (o, "protectedDisks", rcm_disks (item));
  fb_sim_set_str (o, "isLastUpgradeSuccessful", "true");
  fb_sim_set_bool (o, "isAgentRegistrationSuccessfulAfterFailover", fb_sim_item_agent_registered (item, now));
  fb_sim_set_obj (o, "mobilityAgentDetails", mobility_agent ());
  fb_sim_set_arr (o, "lastAgentUpgradeErrorDetails", NULL);
  fb_sim_set_arr (o, "agentUpgradeBlockingErrorDetails", NULL);
  fb_sim_set_arr (o, "vmNics", vm_nics (item, TRUE));
  fb_sim_set_obj (o, "discoveredVmDetails", discovered_vm (item, now));
  fb_sim_set_str (o, "osName", item->os_name);
  return o;
}

static JsonObject *
psd_inmage_rcm_failback (FbSimWorld *world, FbSimItem *item, gint64 now)
{
  JsonObject *o = fb_sim_obj ();
  FbSimReprotectAgent *ra = fb_sim_fabric_find_reprotect_agent (item->fabric, item->reprotect_agent_id);
  g_autofree char *vmid = azure_vm_id (item);
  g_autofree char *pol = fb_sim_policy_arm_id (item->failback_policy);

  fb_sim_set_str (o, "instanceType", "InMageRcmFailback");
  fb_sim_set_str (o, "internalIdentifier", item->vm_id);
  fb_sim_set_str (o, "azureVirtualMachineId", item->azure_vm_exists ? vmid : NULL);
  fb_sim_set_str (o, "multiVmGroupName", item->multi_vm_group != NULL ? item->multi_vm_group : item->friendly_name);
  fb_sim_set_str (o, "reprotectAgentId", item->reprotect_agent_id);
  fb_sim_set_str (o, "reprotectAgentName", ra != NULL ? ra->name : NULL);
  fb_sim_set_str (o, "osType", item->os_type);
  fb_sim_set_str (o, "logStorageAccountId", item->log_storage_account_id);
  fb_sim_set_str (o, "targetvCenterId", ra != NULL ? ra->vcenter_id : "vc-nbg-01");
  fb_sim_set_str (o, "targetDataStoreName", item->reverse_datastore);
  fb_sim_set_str (o, "targetVmName", item->friendly_name);
  fb_sim_set_int (o, "initialReplicationProgressPercentage", 100);
  fb_sim_set_int (o, "initialReplicationProcessedBytes", 0);
  fb_sim_set_int (o, "initialReplicationTransferredBytes", 0);
  fb_sim_set_str (o, "initialReplicationProgressHealth", "None");
  fb_sim_set_int (o, "resyncProgressPercentage", 0);
  fb_sim_set_int (o, "resyncProcessedBytes", 0);
  fb_sim_set_int (o, "resyncTransferredBytes", 0);
  fb_sim_set_str (o, "resyncProgressHealth", "None");
  fb_sim_set_str (o, "resyncRequired", "false");
  fb_sim_set_str (o, "resyncState", "None");
  fb_sim_set_arr (o, "protectedDisks", rcm_disks (item));
  fb_sim_set_obj (o, "mobilityAgentDetails", mobility_agent ());
  fb_sim_set_arr (o, "vmNics", vm_nics (item, TRUE));
  if (item->phase >= FB_SIM_PHASE_FAILED_BACK)
    {
      fb_sim_set_time (o, "lastPlannedFailoverStartTime", item->last_failover_time);
      fb_sim_set_str (o, "lastPlannedFailoverStatus", "Succeeded");
    }
  else
    {
      fb_sim_set_null (o, "lastPlannedFailoverStartTime");
      fb_sim_set_str (o, "lastPlannedFailoverStatus", "Unknown");
    }
  fb_sim_set_obj (o, "discoveredVmDetails", discovered_vm (item, now));
  fb_sim_set_str (o, "lastUsedPolicyId", pol);
  fb_sim_set_str (o, "lastUsedPolicyFriendlyName", item->failback_policy->friendly_name);
  fb_sim_set_bool (o, "isAgentRegistrationSuccessfulAfterFailover", fb_sim_item_agent_registered (item, now));
  return o;
}

static JsonArray *
item_health_errors (FbSimWorld *world, FbSimItem *item, const char *health, gint64 now)
{
  JsonArray *a = fb_sim_arr ();
  JsonObject *e;
  g_autofree char *m = NULL;
  g_autofree char *id = NULL;
  gboolean critical = g_strcmp0 (health, "Critical") == 0;

  if (!critical && g_strcmp0 (health, "Warning") != 0)
    return a;
  e = fb_sim_obj ();
  m = critical
      /* Translators: Azure's words (health error 78028); %s: a machine name */
      ? fb_sim_trf (world, N_("Data upload blocked for the disks of '%s' on the source machine."), item->friendly_name)
      /* Translators: Azure's words (health error 78026); %s: a machine name */
      : fb_sim_trf (world, N_("RPO has exceeded the configured threshold for source disks of '%s'."), item->friendly_name);
  id = g_strdup_printf ("%s-%s", item->vm_id, critical ? "78028" : "78026");
  fb_sim_set_arr (e, "innerHealthErrors", NULL);
  fb_sim_set_str (e, "errorSource", "ReplicationUnitProviderErrorOnPrimary");
  fb_sim_set_null (e, "errorType");
  fb_sim_set_str (e, "errorLevel", critical ? "Error" : "Warning");
  fb_sim_set_str (e, "errorCategory", "Replication");
  fb_sim_set_str (e, "errorCode", critical ? "78028" : "78026");
  fb_sim_set_str (e, "summaryMessage", fb_sim_tr (world, critical ? N_("Data upload blocked") : N_("RPO exceeded")));
  fb_sim_set_str (e, "errorMessage", m);
  fb_sim_set_str (e, "possibleCauses", fb_sim_tr (world, critical
                  ? N_("The process server has not received any data from the source machine in the last 30 minutes.")
                  : N_("The replicating machine cannot upload changes fast enough to the process server, or the process server cannot upload them fast enough to Azure.")));
  fb_sim_set_str (e, "recommendedAction", fb_sim_tr (world, critical
                  ? N_("Ensure network connectivity between the source machine and the process server, and that the mobility service is running.")
                  : N_("Check the network bandwidth between the process server and Azure, and the process server's health.")));
  fb_sim_set_time (e, "creationTimeUtc", now - 42 * 60 * G_TIME_SPAN_SECOND);
  fb_sim_set_null (e, "recoveryProviderErrorMessage");
  fb_sim_set_str (e, "entityId", item->vm_id);
  fb_sim_set_str (e, "errorId", id);
  fb_sim_set_str (e, "customerResolvability", "Allowed");
  json_array_add_object_element (a, e);
  return a;
}

JsonObject *
fb_sim_item_to_json (FbSimWorld *world, FbSimItem *item)
{
  g_autofree char *id = fb_sim_item_arm_id (item);
  JsonObject *o = resource (id, item->name, FB_SIM_ASR_TYPE_PREFIX "/replicationFabrics/replicationProtectionContainers/replicationProtectedItems");
  JsonObject *p = fb_sim_obj ();
  JsonArray *ops = fb_sim_arr ();
  g_autoptr(GPtrArray) allowed = fb_sim_item_allowed_operations (item);
  const char *desc = NULL;
  const char *state = fb_sim_item_protection_state (item, &desc);
  const char *desc_text = fb_sim_tr (world, desc);
  gboolean reverse = item->phase >= FB_SIM_PHASE_PROTECTED_TO_ONPREM;
  FbSimPolicy *policy = reverse ? item->failback_policy : item->forward_policy;
  g_autofree char *policy_id = fb_sim_policy_arm_id (policy);
  g_autofree char *cid = fb_sim_container_arm_id (item->container);
  g_autofree char *fid = fb_sim_fabric_arm_id (item->fabric);
  g_autofree char *prot = g_strdup_printf ("%s/replicationProtectableItems/%s", cid, item->vm_id);
  g_autofree char *prov_id = g_strdup_printf ("%s/replicationRecoveryServicesProviders/%s", fid, item->fabric->internal_id);
  g_autofree char *rc_seed = g_strconcat (item->vault->name, "/azure", NULL);
  g_autofree char *rc_guid = fb_sim_hash_guid (rc_seed);
  g_autofree char *rc_id = g_strdup_printf ("%s/replicationFabrics/Microsoft Azure/replicationProtectionContainers/%s",
                                            fid + 0, rc_guid);
  gint64 now = g_get_real_time ();
  const char *prov = fb_sim_item_provider (item);
  const char *active;
  const char *health;

  /* the recovery container lives in the Azure fabric of the same vault */
  {
    g_autofree char *v = fb_sim_vault_arm_id (item->vault, TRUE);

    g_free (rc_id);
    rc_id = g_strdup_printf ("%s/replicationFabrics/Microsoft Azure/replicationProtectionContainers/%s", v, rc_guid);
  }
  switch (item->phase)
    {
    case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
    case FB_SIM_PHASE_RUNNING_IN_AZURE:
    case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
      active = "Recovery";
      break;
    default:
      active = "Primary";
      break;
    }
  switch (item->phase)
    {
    case FB_SIM_PHASE_RUNNING_IN_AZURE:
    case FB_SIM_PHASE_RUNNING_ONPREM:
      health = "None";
      break;
    default:
      health = item->replication_health;
      break;
    }
  for (guint i = 0; i < allowed->len; i++)
    fb_sim_arr_add_str (ops, g_ptr_array_index (allowed, i));

  fb_sim_set_str (p, "friendlyName", item->friendly_name);
  fb_sim_set_str (p, "protectedItemType", item->physical ? "PhysicalMachine" : "VMwareVirtualMachine");
  fb_sim_set_str (p, "protectableItemId", prot);
  fb_sim_set_str (p, "recoveryServicesProviderId", prov_id);
  fb_sim_set_str (p, "primaryFabricFriendlyName", item->fabric->friendly_name);
  fb_sim_set_str (p, "primaryFabricProvider", item->fabric->modern ? "InMageRcmFabric" : "VMware");
  fb_sim_set_str (p, "recoveryFabricFriendlyName", "Microsoft Azure");
  fb_sim_set_str (p, "recoveryFabricId", "Microsoft Azure");
  fb_sim_set_str (p, "primaryProtectionContainerFriendlyName", item->container->friendly_name);
  fb_sim_set_str (p, "recoveryProtectionContainerFriendlyName", "Microsoft Azure");
  fb_sim_set_str (p, "protectionState", state);
  fb_sim_set_str (p, "protectionStateDescription", desc_text);
  fb_sim_set_str (p, "activeLocation", active);
  /* waiting for the cleanup after a test failover; while it runs, the test
   * environment is marked for deletion */
  if (item->test_failover_active && item->current_job != NULL &&
      item->current_job->action == FB_SIM_ACTION_TEST_FAILOVER_CLEANUP)
    {
      fb_sim_set_str (p, "testFailoverState", "MarkedForDeletion");
      fb_sim_set_str (p, "testFailoverStateDescription", fb_sim_tr (world, N_("Cleaning up test environment")));
    }
  else if (item->test_failover_active)
    {
      fb_sim_set_str (p, "testFailoverState", "WaitingForCompletion");
      fb_sim_set_str (p, "testFailoverStateDescription", fb_sim_tr (world, N_("Waiting for user input")));
    }
  else
    {
      fb_sim_set_str (p, "testFailoverState", "None");
      fb_sim_set_str (p, "testFailoverStateDescription", "None");
    }
  fb_sim_set_str (p, "switchProviderState", "None");
  fb_sim_set_str (p, "switchProviderStateDescription", "None");
  fb_sim_set_arr (p, "allowedOperations", ops);
  fb_sim_set_str (p, "replicationHealth", health);
  fb_sim_set_str (p, "failoverHealth", "Normal");
  fb_sim_set_arr (p, "healthErrors", item_health_errors (world, item, health, now));
  fb_sim_set_str (p, "policyId", policy_id);
  fb_sim_set_str (p, "policyFriendlyName", policy->friendly_name);
  if (item->last_failover_time > 0)
    fb_sim_set_time (p, "lastSuccessfulFailoverTime", item->last_failover_time);
  else
    fb_sim_set_null (p, "lastSuccessfulFailoverTime");
  if (item->last_test_failover_time > 0)
    fb_sim_set_time (p, "lastSuccessfulTestFailoverTime", item->last_test_failover_time);
  else
    fb_sim_set_null (p, "lastSuccessfulTestFailoverTime");
  fb_sim_set_obj (p, "currentScenario", current_scenario (item->vault, item->current_job));
  fb_sim_set_str (p, "failoverRecoveryPointId", item->failover_recovery_point_id);
  if (g_str_equal (prov, "InMageAzureV2"))
    fb_sim_set_obj (p, "providerSpecificDetails", psd_inmage_azure_v2 (world, item, now, state, desc_text));
  else if (g_str_equal (prov, "InMage"))
    fb_sim_set_obj (p, "providerSpecificDetails", psd_inmage (world, item, now, state, desc_text));
  else if (g_str_equal (prov, "InMageRcm"))
    fb_sim_set_obj (p, "providerSpecificDetails", psd_inmage_rcm (world, item, now));
  else
    fb_sim_set_obj (p, "providerSpecificDetails", psd_inmage_rcm_failback (world, item, now));
  fb_sim_set_str (p, "recoveryContainerId", rc_id);
  fb_sim_set_str (p, "eventCorrelationId", item->vm_id);
  fb_sim_set_obj (o, "properties", p);
  return o;
}

static JsonObject *
render_item (FbSimWorld *world, gpointer p)
{
  return fb_sim_item_to_json (world, p);
}

/* ---------- recovery plans ---------- */

static GPtrArray *
plan_providers (FbSimPlan *plan)
{
  GPtrArray *a = g_ptr_array_new ();

  for (guint g = 0; g < plan->groups->len; g++)
    {
      FbSimPlanGroup *grp = g_ptr_array_index (plan->groups, g);

      for (guint i = 0; i < grp->items->len; i++)
        {
          const char *prov = fb_sim_item_provider (g_ptr_array_index (grp->items, i));
          gboolean seen = FALSE;

          for (guint k = 0; k < a->len; k++)
            seen |= g_str_equal (g_ptr_array_index (a, k), prov);
          if (!seen)
            g_ptr_array_add (a, (gpointer) prov);
        }
    }
  return a;
}

/* exported for the jobs */
GPtrArray *fb_sim_plan_items (FbSimPlan *plan);
GPtrArray *fb_sim_plan_allowed_operations (FbSimPlan *plan);

GPtrArray *
fb_sim_plan_items (FbSimPlan *plan)
{
  GPtrArray *a = g_ptr_array_new ();

  for (guint g = 0; g < plan->groups->len; g++)
    {
      FbSimPlanGroup *grp = g_ptr_array_index (plan->groups, g);

      for (guint i = 0; i < grp->items->len; i++)
        g_ptr_array_add (a, g_ptr_array_index (grp->items, i));
    }
  return a;
}

GPtrArray *
fb_sim_plan_allowed_operations (FbSimPlan *plan)
{
  GPtrArray *ops = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = fb_sim_plan_items (plan);
  FbSimPhase phase;
  gboolean modern;

  if (plan->current_job != NULL || items->len == 0)
    return ops;
  phase = ((FbSimItem *) g_ptr_array_index (items, 0))->phase;
  modern = ((FbSimItem *) g_ptr_array_index (items, 0))->fabric->modern;
  for (guint i = 0; i < items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (items, i);

      if (it->phase != phase || it->current_job != NULL || it->fabric->modern != modern)
        return ops;
    }
  switch (phase)
    {
    case FB_SIM_PHASE_PROTECTED_TO_AZURE:
      {
        gboolean testing = FALSE;

        for (guint i = 0; i < items->len; i++)
          testing |= ((FbSimItem *) g_ptr_array_index (items, i))->test_failover_active;
        if (testing)
          {
            g_ptr_array_add (ops, "TestFailoverCleanup");
            break;
          }
        g_ptr_array_add (ops, "UnplannedFailover");
        g_ptr_array_add (ops, "TestFailover");
      }
      break;
    case FB_SIM_PHASE_FAILED_OVER_TO_AZURE:
    case FB_SIM_PHASE_FAILED_BACK:
      g_ptr_array_add (ops, "Commit");
      g_ptr_array_add (ops, "CancelFailover");
      break;
    case FB_SIM_PHASE_PROTECTED_TO_ONPREM:
      g_ptr_array_add (ops, modern ? "PlannedFailover" : "UnplannedFailover");
      break;
    default:
      break;
    }
  return ops;
}

JsonObject *
fb_sim_plan_to_json (FbSimWorld *world, FbSimPlan *plan)
{
  g_autofree char *id = fb_sim_plan_arm_id (plan);
  JsonObject *o = resource (id, plan->name, FB_SIM_ASR_TYPE_PREFIX "/replicationRecoveryPlans");
  JsonObject *p = fb_sim_obj ();
  JsonArray *groups = fb_sim_arr ();
  JsonArray *provs = fb_sim_arr ();
  JsonArray *ops = fb_sim_arr ();
  g_autoptr(GPtrArray) prov_list = plan_providers (plan);
  g_autoptr(GPtrArray) allowed = fb_sim_plan_allowed_operations (plan);
  g_autoptr(GPtrArray) items = fb_sim_plan_items (plan);
  FbSimFabric *fabric = items->len > 0 ? ((FbSimItem *) g_ptr_array_index (items, 0))->fabric
                        : g_ptr_array_index (plan->vault->fabrics, 0);
  g_autofree char *fid = fb_sim_fabric_arm_id (fabric);

  fb_sim_set_str (p, "friendlyName", plan->friendly_name);
  fb_sim_set_str (p, "primaryFabricId", fid);
  fb_sim_set_str (p, "primaryFabricFriendlyName", fabric->friendly_name);
  fb_sim_set_str (p, "recoveryFabricId", "Microsoft Azure");
  fb_sim_set_str (p, "recoveryFabricFriendlyName", "Microsoft Azure");
  fb_sim_set_str (p, "failoverDeploymentModel", "ResourceManager");
  for (guint i = 0; i < prov_list->len; i++)
    fb_sim_arr_add_str (provs, g_ptr_array_index (prov_list, i));
  fb_sim_set_arr (p, "replicationProviders", provs);
  for (guint i = 0; i < allowed->len; i++)
    fb_sim_arr_add_str (ops, g_ptr_array_index (allowed, i));
  fb_sim_set_arr (p, "allowedOperations", ops);
  if (plan->last_planned_failover > 0)
    fb_sim_set_time (p, "lastPlannedFailoverTime", plan->last_planned_failover);
  else
    fb_sim_set_str (p, "lastPlannedFailoverTime", FB_SIM_NEVER);
  if (plan->last_unplanned_failover > 0)
    fb_sim_set_time (p, "lastUnplannedFailoverTime", plan->last_unplanned_failover);
  else
    fb_sim_set_str (p, "lastUnplannedFailoverTime", FB_SIM_NEVER);
  if (plan->last_test_failover > 0)
    fb_sim_set_time (p, "lastTestFailoverTime", plan->last_test_failover);
  else
    fb_sim_set_str (p, "lastTestFailoverTime", FB_SIM_NEVER);
  fb_sim_set_obj (p, "currentScenario", current_scenario (plan->vault, plan->current_job != NULL ? plan->current_job : plan->last_job));
  /* like the service: the last job stays in currentScenario, its state in
   * currentScenarioStatus (InProgress, Suspended, Succeeded, Failed, Cancelled) */
  if (plan->current_job != NULL)
    {
      fb_sim_set_str (p, "currentScenarioStatus", plan->current_job->state);
      fb_sim_set_str (p, "currentScenarioStatusDescription", plan->current_job->state_description);
    }
  else
    {
      fb_sim_set_str (p, "currentScenarioStatus", plan->last_status);
      fb_sim_set_str (p, "currentScenarioStatusDescription",
                      g_strcmp0 (plan->last_status, "Succeeded") == 0 ? "Completed"
                      : g_strcmp0 (plan->last_status, "Suspended") == 0 ? "WaitingForStopTestFailover"
                      : plan->last_status);
    }
  for (guint g = 0; g < plan->groups->len; g++)
    {
      FbSimPlanGroup *grp = g_ptr_array_index (plan->groups, g);
      JsonObject *go = fb_sim_obj ();
      JsonArray *gi = fb_sim_arr ();

      fb_sim_set_str (go, "groupType", grp->group_type);
      for (guint i = 0; i < grp->items->len; i++)
        {
          FbSimItem *it = g_ptr_array_index (grp->items, i);
          JsonObject *io = fb_sim_obj ();
          g_autofree char *iid = fb_sim_item_arm_id (it);

          fb_sim_set_str (io, "id", iid);
          fb_sim_set_str (io, "virtualMachineId", it->vm_id);
          json_array_add_object_element (gi, io);
        }
      fb_sim_set_arr (go, "replicationProtectedItems", gi);
      fb_sim_set_arr (go, "startGroupActions", NULL);
      {
        JsonArray *end = fb_sim_arr ();

        for (guint k = 0; grp->manual_actions != NULL && grp->manual_actions[k] != NULL; k++)
          {
            g_auto(GStrv) parts = g_strsplit (grp->manual_actions[k], "\n", 2);
            JsonObject *ao = fb_sim_obj ();
            JsonObject *cd = fb_sim_obj ();
            static const char * const types[] = { "PlannedFailover", "UnplannedFailover", "TestFailover", NULL };
            static const char * const dirs[] = { "PrimaryToRecovery", "RecoveryToPrimary", NULL };

            fb_sim_set_str (ao, "actionName", fb_sim_tr (world, parts[0]));
            fb_sim_set_strv (ao, "failoverTypes", types);
            fb_sim_set_strv (ao, "failoverDirections", dirs);
            fb_sim_set_str (cd, "instanceType", "ManualActionDetails");
            fb_sim_set_str (cd, "description", fb_sim_tr (world, parts[1]));
            fb_sim_set_obj (ao, "customDetails", cd);
            json_array_add_object_element (end, ao);
          }
        fb_sim_set_arr (go, "endGroupActions", end);
      }
      json_array_add_object_element (groups, go);
    }
  fb_sim_set_arr (p, "groups", groups);
  fb_sim_set_arr (p, "providerSpecificDetails", NULL);
  fb_sim_set_obj (o, "properties", p);
  return o;
}

static JsonObject *
render_plan (FbSimWorld *world, gpointer p)
{
  return fb_sim_plan_to_json (world, p);
}

static JsonObject *
render_job (FbSimWorld *world, gpointer p)
{
  return fb_sim_job_to_json (world, p);
}

/* ---------- vault health ---------- */

static JsonObject *
health_summary (guint critical, guint warning, guint total)
{
  JsonObject *o = fb_sim_obj ();
  JsonArray *issues = fb_sim_arr ();

  if (critical > 0 || warning > 0)
    {
      JsonObject *i = fb_sim_obj ();
      JsonArray *params = fb_sim_arr ();

      fb_sim_set_str (i, "issueCode", critical > 0 ? "ReplicationHealthCritical" : "ReplicationHealthWarning");
      fb_sim_set_str (i, "severity", critical > 0 ? "Error" : "Warning");
      fb_sim_set_bool (i, "isCustomerResolvable", TRUE);
      fb_sim_set_arr (i, "affectedObjects", params);
      json_array_add_object_element (issues, i);
    }
  fb_sim_set_arr (o, "issues", issues);
  fb_sim_set_str (o, "summaryCode", critical > 0 ? "Critical" : warning > 0 ? "Warning" : "Normal");
  fb_sim_set_int (o, "totalCount", total);
  return o;
}

static void
reply_vault_health (FbSimRequest *req, FbSimVault *v)
{
  g_autofree char *vid = fb_sim_vault_arm_id (v, TRUE);
  g_autofree char *id = g_strdup_printf ("%s/replicationVaultHealth/default", vid);
  JsonObject *o = resource (id, "default", FB_SIM_ASR_TYPE_PREFIX "/replicationVaultHealth");
  JsonObject *p = fb_sim_obj ();
  JsonArray *errs = fb_sim_arr ();
  guint crit = 0, warn = 0;
  guint disconnected = 0;

  for (guint i = 0; i < v->items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (v->items, i);

      crit += g_strcmp0 (it->replication_health, "Critical") == 0;
      warn += g_strcmp0 (it->replication_health, "Warning") == 0;
    }
  for (guint f = 0; f < v->fabrics->len; f++)
    {
      FbSimFabric *fab = g_ptr_array_index (v->fabrics, f);

      for (guint k = 0; k < fab->vcenters->len; k++)
        if (!vcenter_connected (req->world, g_ptr_array_index (fab->vcenters, k)))
          {
            JsonObject *e = fb_sim_obj ();
            FbSimVcenterRef *vc = g_ptr_array_index (fab->vcenters, k);
            g_autofree char *m = fb_sim_trf (req->world,
                                             /* Translators: Azure's words; %s: a vCenter server */
                                             N_("The vCenter server '%s' is not connected."), vc->friendly_name);

            fb_sim_set_str (e, "errorSource", "VCenter");
            fb_sim_set_str (e, "errorLevel", "Error");
            fb_sim_set_str (e, "errorCode", "VCenterNotConnected");
            fb_sim_set_str (e, "errorMessage", m);
            fb_sim_set_str (e, "possibleCauses", fb_sim_tr (req->world, N_("The vCenter server is unreachable from the configuration server.")));
            fb_sim_set_str (e, "recommendedAction", fb_sim_tr (req->world, N_("Reconnect the vCenter server, then retry.")));
            fb_sim_set_str (e, "entityId", vc->name);
            fb_sim_set_str (e, "customerResolvability", "Allowed");
            json_array_add_object_element (errs, e);
            disconnected++;
          }
    }
  fb_sim_set_arr (p, "vaultErrors", errs);
  fb_sim_set_obj (p, "protectedItemsHealth", health_summary (crit, warn, v->items->len));
  fb_sim_set_obj (p, "fabricsHealth", health_summary (disconnected, 0, v->fabrics->len));
  fb_sim_set_obj (p, "containersHealth", health_summary (0, 0, v->fabrics->len));
  fb_sim_set_obj (o, "properties", p);
  fb_sim_reply_json (req, 200, o);
}

/* ---------- routes ---------- */

static gboolean
seg_is (const char *seg, const char *name)
{
  return seg != NULL && g_ascii_strcasecmp (seg, name) == 0;
}

static FbSimFabric *
lookup_fabric (FbSimVault *v, const char *name)
{
  for (guint i = 0; i < v->fabrics->len; i++)
    {
      FbSimFabric *f = g_ptr_array_index (v->fabrics, i);

      if (g_ascii_strcasecmp (f->name, name) == 0)
        return f;
    }
  return NULL;
}

static FbSimContainer *
lookup_container (FbSimFabric *f, const char *name)
{
  for (guint i = 0; i < f->containers->len; i++)
    {
      FbSimContainer *c = g_ptr_array_index (f->containers, i);

      if (g_ascii_strcasecmp (c->name, name) == 0)
        return c;
    }
  return NULL;
}

static FbSimPlan *
lookup_plan (FbSimVault *v, const char *name)
{
  for (guint i = 0; i < v->plans->len; i++)
    {
      FbSimPlan *p = g_ptr_array_index (v->plans, i);

      if (g_ascii_strcasecmp (p->name, name) == 0)
        return p;
    }
  return NULL;
}

static FbSimJob *
lookup_job (FbSimVault *v, const char *name)
{
  g_autofree char *key = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (v->jobs_by_name, key);
}

static gboolean
item_matches_filter (FbSimItem *it, GPtrArray *clauses, const char **bad)
{
  for (guint i = 0; i < clauses->len; i++)
    {
      Clause *c = g_ptr_array_index (clauses, i);
      const char *desc = NULL;

      if (g_ascii_strcasecmp (c->field, "RecoveryPlanName") == 0)
        {
          if (!str_match (c, it->plan != NULL ? it->plan->name : NULL))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "FriendlyName") == 0)
        {
          if (!str_match (c, it->friendly_name))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "ProtectionState") == 0)
        {
          if (!str_match (c, fb_sim_item_protection_state (it, &desc)))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "ReplicationProvider") == 0 ||
               g_ascii_strcasecmp (c->field, "InstanceType") == 0)
        {
          if (!str_match (c, fb_sim_item_provider (it)))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "SourceFabricName") == 0 ||
               g_ascii_strcasecmp (c->field, "PrimaryFabricName") == 0)
        {
          if (!str_match (c, it->fabric->name) && !str_match (c, it->fabric->friendly_name))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "ReplicationHealth") == 0)
        {
          if (!str_match (c, it->replication_health))
            return FALSE;
        }
      else
        {
          *bad = c->field;
          return FALSE;
        }
    }
  return TRUE;
}

static void
list_items (FbSimRequest *req, FbSimVault *v, FbSimContainer *only)
{
  gboolean ok = TRUE;
  g_autoptr(GPtrArray) clauses = parse_filter (g_hash_table_lookup (req->query, "$filter"), &ok);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  const char *bad = NULL;

  if (!ok)
    {
      reply_bad_filter (req, "expected clauses 'Field eq 'value'' joined by 'and'");
      return;
    }
  for (guint i = 0; i < v->items->len; i++)
    {
      FbSimItem *it = g_ptr_array_index (v->items, i);

      if (only != NULL && it->container != only)
        continue;
      if (!item_matches_filter (it, clauses, &bad))
        {
          if (bad != NULL)
            {
              g_autofree char *m = g_strdup_printf ("unknown field '%s' (RecoveryPlanName, FriendlyName, ProtectionState, ReplicationProvider, SourceFabricName, ReplicationHealth)", bad);

              reply_bad_filter (req, m);
              return;
            }
          continue;
        }
      g_ptr_array_add (all, it);
    }
  reply_page (req, all, render_item);
}

static gboolean
job_matches (FbSimJob *job, GPtrArray *clauses, const char **bad)
{
  for (guint i = 0; i < clauses->len; i++)
    {
      Clause *c = g_ptr_array_index (clauses, i);

      if (g_ascii_strcasecmp (c->field, "StartTime") == 0)
        {
          if (!time_match (c, job->start_time))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "EndTime") == 0)
        {
          /* jobs that started before the end of the window */
          Clause c2 = *c;

          if (g_str_equal (c->op, "eq"))
            c2.op = (char *) "le";
          if (!time_match (&c2, job->start_time))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "JobStatus") == 0 || g_ascii_strcasecmp (c->field, "State") == 0)
        {
          if (!str_match (c, job->state))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "ScenarioName") == 0 || g_ascii_strcasecmp (c->field, "JobName") == 0)
        {
          if (!str_match (c, job->scenario_name))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "TargetObjectId") == 0)
        {
          gboolean m = str_match (c, job->target_object_id);

          /* also accept the target's ARM id */
          for (guint k = 0; !m && k < job->items->len; k++)
            {
              g_autofree char *iid = fb_sim_item_arm_id (g_ptr_array_index (job->items, k));

              m = str_match (c, iid);
            }
          if (!m && job->plan != NULL)
            {
              g_autofree char *pid = fb_sim_plan_arm_id (job->plan);

              m = str_match (c, pid);
            }
          if (!m)
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "TargetObjectName") == 0)
        {
          if (!str_match (c, job->target_object_name))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (c->field, "AffectedObjectTypes") == 0 ||
               g_ascii_strcasecmp (c->field, "TargetInstanceType") == 0)
        {
          if (!str_match (c, job->target_instance_type))
            return FALSE;
        }
      else
        {
          *bad = c->field;
          return FALSE;
        }
    }
  return TRUE;
}

static void
list_jobs (FbSimRequest *req, FbSimVault *v)
{
  gboolean ok = TRUE;
  g_autoptr(GPtrArray) clauses = parse_filter (g_hash_table_lookup (req->query, "$filter"), &ok);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  const char *bad = NULL;

  if (!ok)
    {
      reply_bad_filter (req, "expected clauses 'Field op 'value'' joined by 'and'");
      return;
    }
  /* newest first, like the portal and the service */
  for (guint i = v->jobs->len; i > 0; i--)
    {
      FbSimJob *job = g_ptr_array_index (v->jobs, i - 1);

      if (!job_matches (job, clauses, &bad))
        {
          if (bad != NULL)
            {
              g_autofree char *m = g_strdup_printf ("unknown field '%s' (StartTime, EndTime, JobStatus, ScenarioName, TargetObjectId, TargetObjectName, AffectedObjectTypes)", bad);

              reply_bad_filter (req, m);
              return;
            }
          continue;
        }
      g_ptr_array_add (all, job);
    }
  reply_page (req, all, render_job);
}

static void
reply_operation_status (FbSimRequest *req, FbSimJob *job)
{
  JsonObject *o = fb_sim_obj ();
  const char *status;

  if (g_strcmp0 (job->state, "Succeeded") == 0)
    status = "Succeeded";
  else if (g_strcmp0 (job->state, "Failed") == 0)
    status = "Failed";
  else if (g_strcmp0 (job->state, "Cancelled") == 0)
    status = "Canceled";
  else
    status = "InProgress";
  fb_sim_set_null (o, "error");
  if (g_str_equal (status, "Failed") || g_str_equal (status, "Canceled"))
    {
      JsonObject *e = fb_sim_obj ();
      FbSimJobError *first = job->errors->len > 0 ? g_ptr_array_index (job->errors, 0) : NULL;
      JsonObject *sed = first != NULL ? fb_sim_obj_get_obj (first->in[req->world->lang], "serviceErrorDetails") : NULL;

      fb_sim_set_str (e, "code", sed != NULL ? fb_sim_obj_get_str (sed, "code") : status);
      fb_sim_set_str (e, "message", sed != NULL ? fb_sim_obj_get_str (sed, "message")
                                                : fb_sim_tr (req->world, N_("The operation was cancelled.")));
      fb_sim_set_obj (o, "error", e);
    }
  fb_sim_set_null (o, "id");
  fb_sim_set_str (o, "name", job->name);
  fb_sim_set_null (o, "properties");
  fb_sim_set_str (o, "status", status);
  fb_sim_set_time (o, "startTime", job->start_time);
  if (job->end_time > 0)
    fb_sim_set_time (o, "endTime", job->end_time);
  else
    fb_sim_set_null (o, "endTime");
  fb_sim_set_null (o, "percentComplete");
  fb_sim_reply_json (req, 200, o);
}

/* GET RESOURCE/operationresults/{job}: 202 while the job runs, then the
 * resource (200), or the job's error when it failed. */
static void
reply_operation_result (FbSimRequest *req, FbSimJob *job, const char *resource_path)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (req->msg);

  if (job->end_time == 0)
    {
      g_autofree char *loc_path = g_strdup_printf ("%s/operationresults/%s", resource_path, job->name);
      g_autofree char *loc = fb_sim_abs_uri (req->world, loc_path, req->api_version);
      g_autofree char *ra = g_strdup_printf ("%u", MAX (1u, (guint) (30.0 / req->world->speed)));

      soup_message_headers_replace (h, "Location", loc);
      soup_message_headers_replace (h, "Retry-After", ra);
      fb_sim_reply_json (req, 202, NULL);
      return;
    }
  if (g_strcmp0 (job->state, "Succeeded") != 0)
    {
      FbSimJobError *first = job->errors->len > 0 ? g_ptr_array_index (job->errors, 0) : NULL;
      JsonObject *sed = first != NULL ? fb_sim_obj_get_obj (first->in[req->world->lang], "serviceErrorDetails") : NULL;

      fb_sim_reply_arm_error (req, 400, "BadRequest",
                              sed != NULL ? fb_sim_obj_get_str (sed, "code") : "OperationCancelled",
                              sed != NULL ? fb_sim_obj_get_str (sed, "message") : fb_sim_tr (req->world, N_("The operation was cancelled.")),
                              sed != NULL ? fb_sim_obj_get_str (sed, "possibleCauses") : NULL,
                              sed != NULL ? fb_sim_obj_get_str (sed, "recommendedAction") : NULL);
      return;
    }
  if (job->plan != NULL)
    fb_sim_reply_json (req, 200, fb_sim_plan_to_json (req->world, job->plan));
  else if (job->action == FB_SIM_ACTION_DISABLE_PROTECTION)
    fb_sim_reply_json (req, 204, NULL);   /* the protected item is gone */
  else if (job->items->len == 1)
    fb_sim_reply_json (req, 200, fb_sim_item_to_json (req->world, g_ptr_array_index (job->items, 0)));
  else
    fb_sim_reply_json (req, 200, fb_sim_job_to_json (req->world, job));
}

static gboolean
require_get (FbSimRequest *req)
{
  if (g_strcmp0 (req->method, "GET") == 0)
    return TRUE;
  reply_method (req);
  return FALSE;
}

static gboolean
require_post (FbSimRequest *req)
{
  if (g_strcmp0 (req->method, "POST") == 0)
    return TRUE;
  reply_method (req);
  return FALSE;
}

static void
handle_item (FbSimRequest *req, FbSimVault *v, FbSimContainer *c, char **r, guint n)
{
  /* r[0] = item name */
  FbSimItem *it = fb_sim_vault_find_item (v, r[0]);

  if (it == NULL && n == 3 && seg_is (r[1], "operationresults"))
    {
      /* the Location of a "remove" still answers after the item is gone */
      FbSimJob *job = lookup_job (v, r[2]);

      if (job != NULL && job->action == FB_SIM_ACTION_DISABLE_PROTECTION && job->items->len == 1 &&
          g_ascii_strcasecmp (((FbSimItem *) g_ptr_array_index (job->items, 0))->name, r[0]) == 0)
        {
          if (require_get (req))
            reply_operation_result (req, job, NULL);
          return;
        }
    }
  if (it == NULL || it->container != c)
    {
      reply_not_found (req, r[0]);
      return;
    }
  if (n == 1)
    {
      if (require_get (req))
        fb_sim_reply_json (req, 200, fb_sim_item_to_json (req->world, it));
      return;
    }
  if (seg_is (r[1], "recoveryPoints"))
    {
      if (!require_get (req))
        return;
      if (n == 2)
        {
          g_autoptr(GArray) pts = item_points (it, g_get_real_time (), 2000);
          g_autoptr(GPtrArray) objs = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
          gboolean bad = FALSE;
          guint off = skip_offset (req, &bad);
          JsonObject *o;
          JsonArray *value;

          if (bad)
            {
              fb_sim_reply_arm_error (req, 400, "BadRequest", "InvalidSkipToken",
                                      "The skipToken query parameter is not valid.", NULL, NULL);
              return;
            }
          o = fb_sim_obj ();
          value = fb_sim_arr ();
          for (guint i = off; i < pts->len && i < off + req->world->page_size; i++)
            json_array_add_object_element (value, render_point (it, &g_array_index (pts, Point, i)));
          fb_sim_set_arr (o, "value", value);
          if ((guint64) off + req->world->page_size < pts->len)
            {
              g_autofree char *raw = g_strdup_printf ("fbsim:%u", off + req->world->page_size);
              g_autofree char *tok = g_base64_encode ((const guchar *) raw, strlen (raw));
              g_autofree char *t = g_uri_escape_string (tok, NULL, FALSE);
              g_autofree char *link = NULL;
              g_autofree char *base = fb_sim_abs_uri (req->world, req->path, req->api_version);

              link = g_strdup_printf ("%s&skipToken=%s", base, t);
              fb_sim_set_str (o, "nextLink", link);
            }
          else
            fb_sim_set_null (o, "nextLink");
          fb_sim_reply_json (req, 200, o);
          return;
        }
      if (n == 3)
        {
          Point pt;

          if (!find_point (it, r[2], &pt))
            reply_not_found (req, r[2]);
          else
            fb_sim_reply_json (req, 200, render_point (it, &pt));
          return;
        }
      reply_no_route (req);
      return;
    }
  if (seg_is (r[1], "operationresults") && n == 3)
    {
      FbSimJob *job = lookup_job (v, r[2]);
      g_autofree char *ipath = fb_sim_item_arm_id (it);

      if (!require_get (req))
        return;
      if (job == NULL)
        reply_not_found (req, r[2]);
      else
        reply_operation_result (req, job, ipath);
      return;
    }
  if (n == 2)
    {
      if (require_post (req))
        fb_sim_item_action (req, it, r[1]);
      return;
    }
  reply_no_route (req);
}

static void
handle_fabrics (FbSimRequest *req, FbSimVault *v, char **r, guint n)
{
  FbSimFabric *f;

  if (n == 1)
    {
      if (require_get (req))
        reply_page (req, v->fabrics, render_fabric);
      return;
    }
  f = lookup_fabric (v, r[1]);
  if (f == NULL)
    {
      g_autofree char *m = fb_sim_trf (req->world,
                                       /* Translators: Azure's words; the %s are a fabric, a vault and a subscription id */
                                       N_("The fabric '%s' was not found in vault '%s'. Subscription '%s' is not registered with Site Recovery for this fabric."),
                                       r[1], v->name, req->world->subscription_id);

      /* Gotcha 7: a missing fabric is a 400, not a 404 */
      fb_sim_reply_arm_error (req, 400, "BadRequest", "SubscriptionIdNotRegisteredWithSrs", m,
                              fb_sim_tr (req->world, N_("The fabric name is wrong or the fabric was removed.")),
                              fb_sim_tr (req->world, N_("Verify the fabric name with a list of the vault's fabrics.")));
      return;
    }
  if (n == 2)
    {
      if (require_get (req))
        fb_sim_reply_json (req, 200, render_fabric (req->world, f));
      return;
    }
  if (seg_is (r[2], "replicationvCenters"))
    {
      if (!require_get (req))
        return;
      if (n == 3)
        {
          g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);

          for (guint i = 0; i < f->vcenters->len; i++)
            {
              VcenterPair *p = g_new0 (VcenterPair, 1);

              p->fabric = f;
              p->vc = g_ptr_array_index (f->vcenters, i);
              g_ptr_array_add (pairs, p);
            }
          reply_page (req, pairs, render_vcenter);
          return;
        }
      if (n == 4)
        {
          for (guint i = 0; i < f->vcenters->len; i++)
            {
              FbSimVcenterRef *vc = g_ptr_array_index (f->vcenters, i);

              if (g_ascii_strcasecmp (vc->name, r[3]) == 0)
                {
                  VcenterPair p = { f, vc };

                  fb_sim_reply_json (req, 200, render_vcenter (req->world, &p));
                  return;
                }
            }
          reply_not_found (req, r[3]);
          return;
        }
    }
  if (seg_is (r[2], "replicationProtectionContainers"))
    {
      FbSimContainer *c;

      if (n == 3)
        {
          if (require_get (req))
            reply_page (req, f->containers, render_container);
          return;
        }
      c = lookup_container (f, r[3]);
      if (c == NULL)
        {
          reply_not_found (req, r[3]);
          return;
        }
      if (n == 4)
        {
          if (require_get (req))
            fb_sim_reply_json (req, 200, render_container (req->world, c));
          return;
        }
      if (seg_is (r[4], "replicationProtectionContainerMappings"))
        {
          g_autoptr(GPtrArray) maps = g_ptr_array_new ();

          if (!require_get (req))
            return;
          for (guint i = 0; i < v->mappings->len; i++)
            {
              FbSimMapping *m = g_ptr_array_index (v->mappings, i);

              if (m->source == c && (n == 5 || g_ascii_strcasecmp (m->name, r[5]) == 0))
                g_ptr_array_add (maps, m);
            }
          if (n == 5)
            reply_page (req, maps, render_mapping);
          else if (n == 6 && maps->len == 1)
            fb_sim_reply_json (req, 200, render_mapping (req->world, g_ptr_array_index (maps, 0)));
          else if (n == 6)
            reply_not_found (req, r[5]);
          else
            reply_no_route (req);
          return;
        }
      if (seg_is (r[4], "replicationProtectedItems"))
        {
          if (n == 5)
            {
              if (require_get (req))
                list_items (req, v, c);
              return;
            }
          handle_item (req, v, c, r + 5, n - 5);
          return;
        }
    }
  reply_no_route (req);
}

static void
handle_vault_children (FbSimRequest *req, FbSimVault *v, char **r, guint n)
{
  if (seg_is (r[0], "replicationFabrics"))
    {
      handle_fabrics (req, v, r, n);
      return;
    }
  if (seg_is (r[0], "replicationvCenters") && n == 1)
    {
      g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);

      if (!require_get (req))
        return;
      for (guint f = 0; f < v->fabrics->len; f++)
        {
          FbSimFabric *fab = g_ptr_array_index (v->fabrics, f);

          for (guint i = 0; i < fab->vcenters->len; i++)
            {
              VcenterPair *p = g_new0 (VcenterPair, 1);

              p->fabric = fab;
              p->vc = g_ptr_array_index (fab->vcenters, i);
              g_ptr_array_add (pairs, p);
            }
        }
      reply_page (req, pairs, render_vcenter);
      return;
    }
  if (seg_is (r[0], "replicationProtectionContainers") && n == 1)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new ();

      if (!require_get (req))
        return;
      for (guint f = 0; f < v->fabrics->len; f++)
        {
          FbSimFabric *fab = g_ptr_array_index (v->fabrics, f);

          for (guint i = 0; i < fab->containers->len; i++)
            g_ptr_array_add (all, g_ptr_array_index (fab->containers, i));
        }
      reply_page (req, all, render_container);
      return;
    }
  if (seg_is (r[0], "replicationProtectionContainerMappings") && n == 1)
    {
      if (require_get (req))
        reply_page (req, v->mappings, render_mapping);
      return;
    }
  if (seg_is (r[0], "replicationPolicies"))
    {
      if (!require_get (req))
        return;
      if (n == 1)
        reply_page (req, v->policies, render_policy);
      else if (n == 2)
        {
          for (guint i = 0; i < v->policies->len; i++)
            {
              FbSimPolicy *p = g_ptr_array_index (v->policies, i);

              if (g_ascii_strcasecmp (p->name, r[1]) == 0)
                {
                  fb_sim_reply_json (req, 200, render_policy (req->world, p));
                  return;
                }
            }
          reply_not_found (req, r[1]);
        }
      else
        reply_no_route (req);
      return;
    }
  if (seg_is (r[0], "replicationProtectedItems") && n == 1)
    {
      if (require_get (req))
        list_items (req, v, NULL);
      return;
    }
  if (seg_is (r[0], "replicationRecoveryPlans"))
    {
      FbSimPlan *plan;

      if (n == 1)
        {
          if (require_get (req))
            reply_page (req, v->plans, render_plan);
          return;
        }
      plan = lookup_plan (v, r[1]);
      if (plan == NULL)
        {
          reply_not_found (req, r[1]);
          return;
        }
      if (n == 2)
        {
          if (require_get (req))
            fb_sim_reply_json (req, 200, fb_sim_plan_to_json (req->world, plan));
          return;
        }
      if (n == 4 && seg_is (r[2], "operationresults"))
        {
          FbSimJob *job = lookup_job (v, r[3]);
          g_autofree char *ppath = fb_sim_plan_arm_id (plan);

          if (!require_get (req))
            return;
          if (job == NULL)
            reply_not_found (req, r[3]);
          else
            reply_operation_result (req, job, ppath);
          return;
        }
      if (n == 3)
        {
          if (require_post (req))
            fb_sim_plan_action (req, plan, r[2]);
          return;
        }
      reply_no_route (req);
      return;
    }
  if (seg_is (r[0], "replicationJobs"))
    {
      FbSimJob *job;

      if (n == 1)
        {
          if (require_get (req))
            list_jobs (req, v);
          return;
        }
      job = lookup_job (v, r[1]);
      if (job == NULL)
        {
          reply_not_found (req, r[1]);
          return;
        }
      if (n == 2)
        {
          if (require_get (req))
            fb_sim_reply_json (req, 200, fb_sim_job_to_json (req->world, job));
          return;
        }
      if (n == 4 && seg_is (r[2], "operationresults"))
        {
          FbSimJob *op = lookup_job (v, r[3]);
          g_autofree char *jpath = fb_sim_job_arm_id (job);

          if (!require_get (req))
            return;
          if (op == NULL)
            reply_not_found (req, r[3]);
          else if (op->action == FB_SIM_ACTION_RESTART_JOB || op == job)
            reply_operation_result (req, op, jpath);
          else
            reply_operation_result (req, op, jpath);
          return;
        }
      if (n == 3)
        {
          if (require_post (req))
            fb_sim_job_action (req, job, r[2]);
          return;
        }
      reply_no_route (req);
      return;
    }
  if (seg_is (r[0], "replicationOperationStatus") && n == 2)
    {
      FbSimJob *job = lookup_job (v, r[1]);

      if (!require_get (req))
        return;
      if (job == NULL)
        reply_not_found (req, r[1]);
      else
        reply_operation_status (req, job);
      return;
    }
  if (seg_is (r[0], "replicationVaultHealth") && n == 1)
    {
      if (require_get (req))
        reply_vault_health (req, v);
      return;
    }
  reply_no_route (req);
}

static FbSimVault *
lookup_vault (FbSimWorld *world, const char *rg, const char *name)
{
  for (guint i = 0; i < world->vaults->len; i++)
    {
      FbSimVault *v = g_ptr_array_index (world->vaults, i);

      if (g_ascii_strcasecmp (v->resource_group, rg) == 0 && g_ascii_strcasecmp (v->name, name) == 0)
        return v;
    }
  return NULL;
}

static gboolean
rg_exists (FbSimWorld *world, const char *rg)
{
  for (guint i = 0; i < world->vaults->len; i++)
    if (g_ascii_strcasecmp (((FbSimVault *) g_ptr_array_index (world->vaults, i))->resource_group, rg) == 0)
      return TRUE;
  return FALSE;
}

void
fb_sim_arm_handle (FbSimRequest *req)
{
  g_auto(GStrv) raw = g_strsplit (req->path + 1, "/", -1);
  g_autoptr(GPtrArray) segs = g_ptr_array_new_with_free_func (g_free);
  char **s;
  guint n;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      if (*raw[i] == '\0' && raw[i + 1] == NULL)
        break;      /* trailing slash */
      g_ptr_array_add (segs, g_uri_unescape_string (raw[i], NULL));
    }
  for (guint i = 0; i < segs->len; i++)
    if (g_ptr_array_index (segs, i) == NULL)
      {
        reply_no_route (req);
        return;
      }
  g_ptr_array_add (segs, NULL);
  s = (char **) segs->pdata;
  n = segs->len - 1;

  /* GET /subscriptions[/{sub}] */
  if (n <= 2)
    {
      if (!check_api_version (req, subscription_versions) || !require_get (req))
        return;
      if (n == 1)
        {
          JsonObject *o = fb_sim_obj ();
          JsonArray *value = fb_sim_arr ();
          JsonObject *count = fb_sim_obj ();

          json_array_add_object_element (value, render_subscription (req->world));
          fb_sim_set_arr (o, "value", value);
          fb_sim_set_str (count, "type", "Total");
          fb_sim_set_int (count, "value", 1);
          fb_sim_set_obj (o, "count", count);
          fb_sim_reply_json (req, 200, o);
          return;
        }
      if (g_ascii_strcasecmp (s[1], req->world->subscription_id) != 0)
        {
          g_autofree char *m = g_strdup_printf ("The subscription '%s' could not be found.", s[1]);

          fb_sim_reply_arm_error (req, 404, "SubscriptionNotFound", NULL, m, NULL, NULL);
          return;
        }
      fb_sim_reply_json (req, 200, render_subscription (req->world));
      return;
    }

  if (g_ascii_strcasecmp (s[1], req->world->subscription_id) != 0)
    {
      g_autofree char *m = g_strdup_printf ("The subscription '%s' could not be found.", s[1]);

      fb_sim_reply_arm_error (req, 404, "SubscriptionNotFound", NULL, m, NULL, NULL);
      return;
    }

  /* /subscriptions/{sub}/providers/Microsoft.RecoveryServices/vaults */
  if (n == 5 && seg_is (s[2], "providers") && seg_is (s[3], "Microsoft.RecoveryServices") && seg_is (s[4], "vaults"))
    {
      if (check_api_version (req, vault_versions) && require_get (req))
        reply_page (req, req->world->vaults, render_vault);
      return;
    }
  if (n >= 7 && seg_is (s[2], "resourceGroups") && seg_is (s[4], "providers") &&
      seg_is (s[5], "Microsoft.RecoveryServices") && seg_is (s[6], "vaults"))
    {
      FbSimVault *v;

      if (n <= 8 && !check_api_version (req, vault_versions))
        return;
      if (n > 8 && !check_api_version (req, asr_versions))
        return;
      if (!rg_exists (req->world, s[3]))
        {
          g_autofree char *m = g_strdup_printf ("Resource group '%s' could not be found.", s[3]);

          fb_sim_reply_arm_error (req, 404, "ResourceGroupNotFound", NULL, m, NULL, NULL);
          return;
        }
      if (n == 7)
        {
          g_autoptr(GPtrArray) in_rg = g_ptr_array_new ();

          if (!require_get (req))
            return;
          for (guint i = 0; i < req->world->vaults->len; i++)
            {
              FbSimVault *cand = g_ptr_array_index (req->world->vaults, i);

              if (g_ascii_strcasecmp (cand->resource_group, s[3]) == 0)
                g_ptr_array_add (in_rg, cand);
            }
          reply_page (req, in_rg, render_vault);
          return;
        }
      v = lookup_vault (req->world, s[3], s[7]);
      if (v == NULL)
        {
          g_autofree char *m = g_strdup_printf ("The Resource 'Microsoft.RecoveryServices/vaults/%s' under resource group '%s' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
                                                s[7], s[3]);

          fb_sim_reply_arm_error (req, 404, "ResourceNotFound", NULL, m, NULL, NULL);
          return;
        }
      if (n == 8)
        {
          if (require_get (req))
            fb_sim_reply_json (req, 200, render_vault (req->world, v));
          return;
        }
      handle_vault_children (req, v, s + 8, n - 8);
      return;
    }
  if (!check_api_version (req, vault_versions))
    return;
  reply_no_route (req);
}
