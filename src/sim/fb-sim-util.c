/* fb-sim-util.c - JSON, time and id helpers of the simulator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fb-sim-private.h"

JsonObject *
fb_sim_obj (void)
{
  return json_object_new ();
}

JsonArray *
fb_sim_arr (void)
{
  return json_array_new ();
}

void
fb_sim_set_str (JsonObject *o, const char *k, const char *v)
{
  if (v == NULL)
    json_object_set_null_member (o, k);
  else
    json_object_set_string_member (o, k, v);
}

void
fb_sim_set_int (JsonObject *o, const char *k, gint64 v)
{
  json_object_set_int_member (o, k, v);
}

void
fb_sim_set_dbl (JsonObject *o, const char *k, double v)
{
  json_object_set_double_member (o, k, v);
}

void
fb_sim_set_bool (JsonObject *o, const char *k, gboolean v)
{
  json_object_set_boolean_member (o, k, v);
}

void
fb_sim_set_null (JsonObject *o, const char *k)
{
  json_object_set_null_member (o, k);
}

void
fb_sim_set_obj (JsonObject *o, const char *k, JsonObject *v)
{
  if (v == NULL)
    json_object_set_null_member (o, k);
  else
    json_object_set_object_member (o, k, v);
}

void
fb_sim_set_arr (JsonObject *o, const char *k, JsonArray *v)
{
  json_object_set_array_member (o, k, v != NULL ? v : json_array_new ());
}

void
fb_sim_set_time (JsonObject *o, const char *k, gint64 real_us)
{
  g_autofree char *s = fb_sim_iso_time (real_us);

  json_object_set_string_member (o, k, s);
}

void
fb_sim_set_strv (JsonObject *o, const char *k, const char * const *v)
{
  JsonArray *a = json_array_new ();

  for (guint i = 0; v != NULL && v[i] != NULL; i++)
    json_array_add_string_element (a, v[i]);
  json_object_set_array_member (o, k, a);
}

void
fb_sim_arr_add_str (JsonArray *a, const char *v)
{
  json_array_add_string_element (a, v);
}

/* "2026-11-27T06:18:35.1234567Z" like ASR (seven fractional digits). */
char *
fb_sim_iso_time (gint64 real_us)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *base = NULL;

  if (real_us <= 0)
    return g_strdup (FB_SIM_ZERO_TIME);
  dt = g_date_time_new_from_unix_utc (real_us / G_TIME_SPAN_SECOND);
  if (dt == NULL)
    return g_strdup (FB_SIM_ZERO_TIME);
  base = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%07dZ", base, (int) (real_us % G_TIME_SPAN_SECOND) * 10);
}

gboolean
fb_sim_parse_iso_time (const char *s, gint64 *out_us)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (s == NULL)
    return FALSE;
  dt = g_date_time_new_from_iso8601 (s, utc);
  if (dt == NULL)
    return FALSE;
  *out_us = g_date_time_to_unix (dt) * G_TIME_SPAN_SECOND + g_date_time_get_microsecond (dt);
  return TRUE;
}

char *
fb_sim_guid (FbSimWorld *world)
{
  guint32 w[4];

  for (guint i = 0; i < 4; i++)
    w[i] = g_rand_int (world->rand);
  /* version 4, variant 1 */
  w[1] = (w[1] & 0xffff0fff) | 0x00004000;
  w[2] = (w[2] & 0x3fffffff) | 0x80000000;
  return g_strdup_printf ("%08x-%04x-%04x-%04x-%04x%08x",
                          w[0], w[1] >> 16, w[1] & 0xffff,
                          w[2] >> 16, w[2] & 0xffff, w[3]);
}

/* Process server / master target ids look like
 * "30AE6187-5869-8E44-B8AF6AA66E3ECC8F" in real traffic. */
char *
fb_sim_guid_upper_ps (FbSimWorld *world)
{
  guint32 a = g_rand_int (world->rand), b = g_rand_int (world->rand);
  guint32 c = g_rand_int (world->rand), d = g_rand_int (world->rand);

  return g_strdup_printf ("%08X-%04X-%04X-%04X%08X", a, b >> 16, b & 0xffff, c & 0xffff, d);
}

char *
fb_sim_hash_guid (const char *seed)
{
  g_autofree char *h = g_compute_checksum_for_string (G_CHECKSUM_SHA1, seed, -1);

  return g_strdup_printf ("%.8s-%.4s-4%.3s-a%.3s-%.12s", h, h + 8, h + 12, h + 15, h + 18);
}

char *
fb_sim_random_token (guint bytes)
{
  g_autofree guint8 *buf = g_malloc (bytes);
  g_autofree char *b64 = NULL;
  char *p;

  for (guint i = 0; i < bytes; i++)
    buf[i] = (guint8) g_random_int_range (0, 256);
  b64 = g_base64_encode (buf, bytes);
  for (p = b64; *p != '\0'; p++)
    {
      if (*p == '+')
        *p = '-';
      else if (*p == '/')
        *p = '_';
      else if (*p == '=')
        *p = '\0';
    }
  return g_steal_pointer (&b64);
}

const char *
fb_sim_obj_get_str (JsonObject *o, const char *k)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

gint64
fb_sim_obj_get_int (JsonObject *o, const char *k, gint64 def)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return def;
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    return json_node_get_int (n);
  if (json_node_get_value_type (n) == G_TYPE_DOUBLE)
    return (gint64) json_node_get_double (n);
  return def;
}

double
fb_sim_obj_get_dbl (JsonObject *o, const char *k, double def)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return def;
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    return (double) json_node_get_int (n);
  if (json_node_get_value_type (n) == G_TYPE_DOUBLE)
    return json_node_get_double (n);
  return def;
}

gboolean
fb_sim_obj_get_bool (JsonObject *o, const char *k, gboolean def)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return def;
  if (json_node_get_value_type (n) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (n);
  return def;
}

JsonObject *
fb_sim_obj_get_obj (JsonObject *o, const char *k)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL || !JSON_NODE_HOLDS_OBJECT (n))
    return NULL;
  return json_node_get_object (n);
}

JsonArray *
fb_sim_obj_get_arr (JsonObject *o, const char *k)
{
  JsonNode *n;

  if (o == NULL || (n = json_object_get_member (o, k)) == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    return NULL;
  return json_node_get_array (n);
}

JsonObject *
fb_sim_arr_get_obj (JsonArray *a, guint i)
{
  JsonNode *n;

  if (a == NULL || i >= json_array_get_length (a))
    return NULL;
  n = json_array_get_element (a, i);
  return JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

const char *
fb_sim_arr_get_str (JsonArray *a, guint i)
{
  JsonNode *n;

  if (a == NULL || i >= json_array_get_length (a))
    return NULL;
  n = json_array_get_element (a, i);
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

gint64
fb_sim_arr_get_int (JsonArray *a, guint i, gint64 def)
{
  JsonNode *n;

  if (a == NULL || i >= json_array_get_length (a))
    return def;
  n = json_array_get_element (a, i);
  if (!JSON_NODE_HOLDS_VALUE (n))
    return def;
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    return json_node_get_int (n);
  if (json_node_get_value_type (n) == G_TYPE_DOUBLE)
    return (gint64) json_node_get_double (n);
  return def;
}

char *
fb_sim_to_json (JsonObject *o, gsize *len)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_node_set_object (node, o);
  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, len);
}

guint
fb_sim_scaled_ms (FbSimWorld *world, double sim_seconds)
{
  double ms = sim_seconds * 1000.0 / (world->speed > 0 ? world->speed : 1.0);

  if (ms < 1)
    return 1;
  if (ms > G_MAXUINT / 2)
    return G_MAXUINT / 2;
  return (guint) ms;
}

static const char *phase_names[] = {
  "enabling-protection",
  "protected-to-azure",
  "failed-over-to-azure",
  "running-in-azure",
  "protected-to-on-premises",
  "failed-back",
  "running-on-premises",
};

const char *
fb_sim_phase_to_string (FbSimPhase phase)
{
  return phase_names[phase];
}

gboolean
fb_sim_phase_from_string (const char *s, FbSimPhase *out)
{
  for (guint i = 0; s != NULL && i < G_N_ELEMENTS (phase_names); i++)
    if (g_ascii_strcasecmp (s, phase_names[i]) == 0)
      {
        *out = (FbSimPhase) i;
        return TRUE;
      }
  return FALSE;
}
