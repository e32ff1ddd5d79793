/* fb-session.c - the account or endpoint the window currently shows
 *
 * FbApplication owns at most one FbSession: the demo site or a signed-in Azure
 * account. It is the seam where the Azure core (FbAzureAuth, FbArmClient) attaches:
 * the session will own the account's clients and its vault list; views bind to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-session.h"

struct _FbSession
{
  GObject parent_instance;

  FbSessionKind kind;
  char *title;
  char *endpoint;
};

G_DEFINE_ENUM_TYPE (FbSessionKind, fb_session_kind,
  G_DEFINE_ENUM_VALUE (FB_SESSION_KIND_DEMO, "demo"),
  G_DEFINE_ENUM_VALUE (FB_SESSION_KIND_AZURE, "azure"))

G_DEFINE_FINAL_TYPE (FbSession, fb_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_ENDPOINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_session_finalize (GObject *object)
{
  FbSession *self = (FbSession *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->endpoint, g_free);

  G_OBJECT_CLASS (fb_session_parent_class)->finalize (object);
}

static void
fb_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FbSession *self = FB_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ENDPOINT:
      g_value_set_string (value, self->endpoint);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FbSession *self = FB_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_ENDPOINT:
      self->endpoint = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_session_class_init (FbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_session_finalize;
  object_class->get_property = fb_session_get_property;
  object_class->set_property = fb_session_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FB_TYPE_SESSION_KIND, FB_SESSION_KIND_DEMO,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENDPOINT] =
    g_param_spec_string ("endpoint", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_session_init (FbSession *self)
{
}

/**
 * fb_session_new:
 * @kind: demo site or Azure account
 * @title: the name shown to the user (translated by the caller)
 * @endpoint: the base URI of the ARM endpoint (the simulator's for the demo site)
 *
 * Returns: (transfer full): a new session
 */
FbSession *
fb_session_new (FbSessionKind  kind,
                const char    *title,
                const char    *endpoint)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (endpoint != NULL, NULL);

  return g_object_new (FB_TYPE_SESSION,
                       "kind", kind,
                       "title", title,
                       "endpoint", endpoint,
                       NULL);
}

FbSessionKind
fb_session_get_kind (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), FB_SESSION_KIND_DEMO);

  return self->kind;
}

const char *
fb_session_get_title (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->title;
}

const char *
fb_session_get_endpoint (FbSession *self)
{
  g_return_val_if_fail (FB_IS_SESSION (self), NULL);

  return self->endpoint;
}
