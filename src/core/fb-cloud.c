/* fb-cloud.c - an Azure cloud
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-cloud.h"

struct _FbCloud
{
  GObject parent_instance;
  char *name;
  char *login_endpoint;
  char *arm_endpoint;
  char *arm_scope;
};

G_DEFINE_FINAL_TYPE (FbCloud, fb_cloud, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LOGIN_ENDPOINT,
  PROP_ARM_ENDPOINT,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;
  const char *login;
  const char *arm;
  const char *audience;
} known_clouds[] = {
  { "AzureCloud", "https://login.microsoftonline.com", "https://management.azure.com", "https://management.azure.com" },
  { "AzureChinaCloud", "https://login.chinacloudapi.cn", "https://management.chinacloudapi.cn", "https://management.chinacloudapi.cn" },
  { "AzureUSGovernment", "https://login.microsoftonline.us", "https://management.usgovcloudapi.net", "https://management.usgovcloudapi.net" },
};

static const char * const known_names[] = { "AzureCloud", "AzureChinaCloud", "AzureUSGovernment", NULL };

static void
fb_cloud_finalize (GObject *object)
{
  FbCloud *self = FB_CLOUD (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->login_endpoint, g_free);
  g_clear_pointer (&self->arm_endpoint, g_free);
  g_clear_pointer (&self->arm_scope, g_free);
  G_OBJECT_CLASS (fb_cloud_parent_class)->finalize (object);
}

static void
fb_cloud_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FbCloud *self = FB_CLOUD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LOGIN_ENDPOINT:
      g_value_set_string (value, self->login_endpoint);
      break;
    case PROP_ARM_ENDPOINT:
      g_value_set_string (value, self->arm_endpoint);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
strip_slash (const char *s)
{
  char *r = g_strdup (s);
  gsize n = strlen (r);
  while (n > 0 && r[n - 1] == '/')
    r[--n] = '\0';
  return r;
}

static void
fb_cloud_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FbCloud *self = FB_CLOUD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_LOGIN_ENDPOINT:
      g_free (self->login_endpoint);
      self->login_endpoint = strip_slash (g_value_get_string (value) ?: "");
      break;
    case PROP_ARM_ENDPOINT:
      g_free (self->arm_endpoint);
      self->arm_endpoint = strip_slash (g_value_get_string (value) ?: "");
      break;
    case PROP_AUDIENCE:
      {
        g_autofree char *aud = strip_slash (g_value_get_string (value) ?: "https://management.azure.com");
        g_free (self->arm_scope);
        self->arm_scope = g_strconcat (aud, "/.default", NULL);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_cloud_class_init (FbCloudClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_cloud_finalize;
  object_class->get_property = fb_cloud_get_property;
  object_class->set_property = fb_cloud_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOGIN_ENDPOINT] =
    g_param_spec_string ("login-endpoint", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARM_ENDPOINT] =
    g_param_spec_string ("arm-endpoint", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUDIENCE] =
    g_param_spec_string ("audience", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_cloud_init (FbCloud *self)
{
}

FbCloud *
fb_cloud_new_named (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (known_clouds); i++)
    if (g_ascii_strcasecmp (name, known_clouds[i].name) == 0)
      return g_object_new (FB_TYPE_CLOUD,
                           "name", known_clouds[i].name,
                           "login-endpoint", known_clouds[i].login,
                           "arm-endpoint", known_clouds[i].arm,
                           "audience", known_clouds[i].audience,
                           NULL);
  return NULL;
}

static gboolean
is_http_url (const char *s)
{
  g_autoptr(GUri) uri = NULL;

  if (s == NULL)
    return FALSE;
  uri = g_uri_parse (s, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
         (g_strcmp0 (g_uri_get_scheme (uri), "https") == 0 ||
          g_strcmp0 (g_uri_get_scheme (uri), "http") == 0);
}

FbCloud *
fb_cloud_new_custom (const char *login_endpoint, const char *arm_endpoint, const char *audience,
                     GError **error)
{
  if (!is_http_url (login_endpoint))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The login endpoint “%s” is not an http(s) URL"), login_endpoint ?: "");
      return NULL;
    }
  if (!is_http_url (arm_endpoint))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The ARM endpoint “%s” is not an http(s) URL"), arm_endpoint ?: "");
      return NULL;
    }
  return g_object_new (FB_TYPE_CLOUD,
                       "name", "Custom",
                       "login-endpoint", login_endpoint,
                       "arm-endpoint", arm_endpoint,
                       "audience", audience,
                       NULL);
}

const char *
fb_cloud_get_name (FbCloud *self)
{
  g_return_val_if_fail (FB_IS_CLOUD (self), NULL);
  return self->name;
}

const char *
fb_cloud_get_login_endpoint (FbCloud *self)
{
  g_return_val_if_fail (FB_IS_CLOUD (self), NULL);
  return self->login_endpoint;
}

const char *
fb_cloud_get_arm_endpoint (FbCloud *self)
{
  g_return_val_if_fail (FB_IS_CLOUD (self), NULL);
  return self->arm_endpoint;
}

const char *
fb_cloud_get_arm_scope (FbCloud *self)
{
  g_return_val_if_fail (FB_IS_CLOUD (self), NULL);
  return self->arm_scope;
}

const char * const *
fb_cloud_get_known_names (void)
{
  return known_names;
}
