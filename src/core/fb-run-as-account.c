/* fb-run-as-account.c - a run-as account of a configuration server (runAsAccounts[])
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-run-as-account.h"
#include "fb-json.h"

struct _FbRunAsAccount
{
  GObject parent_instance;

  char *account_id;
  char *account_name;
};

G_DEFINE_FINAL_TYPE (FbRunAsAccount, fb_run_as_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_ACCOUNT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_run_as_account_finalize (GObject *object)
{
  FbRunAsAccount *self = (FbRunAsAccount *) object;

  g_clear_pointer (&self->account_id, g_free);
  g_clear_pointer (&self->account_name, g_free);

  G_OBJECT_CLASS (fb_run_as_account_parent_class)->finalize (object);
}

static void
fb_run_as_account_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FbRunAsAccount *self = (FbRunAsAccount *) object;

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      g_value_set_string (value, self->account_id);
      break;

    case PROP_ACCOUNT_NAME:
      g_value_set_string (value, self->account_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_run_as_account_class_init (FbRunAsAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fb_run_as_account_finalize;
  object_class->get_property = fb_run_as_account_get_property;

  properties[PROP_ACCOUNT_ID] =
    g_param_spec_string ("account-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACCOUNT_NAME] =
    g_param_spec_string ("account-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_run_as_account_init (FbRunAsAccount *self)
{
}

static gboolean
fb_run_as_account_parse (FbRunAsAccount  *self,
                         JsonNode        *node,
                         GError         **error)
{
  JsonObject *root;

  if (!fb_json_node_get_object (node, &root, error))
    return FALSE;

  if (!fb_json_get_string_lenient (root, "accountId", &self->account_id, error) ||
      !fb_json_get_string (root, "accountName", &self->account_name, error))
    return FALSE;

  return TRUE;
}

/**
 * fb_run_as_account_new_from_json:
 * @node: the JSON of the resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Returns: (transfer full): a new #FbRunAsAccount, or %NULL with @error set when a member has
 *   the wrong type
 */
FbRunAsAccount *
fb_run_as_account_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_autoptr(FbRunAsAccount) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FB_TYPE_RUN_AS_ACCOUNT, NULL);
  if (!fb_run_as_account_parse (self, node, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fb_run_as_account_update_from:
 * @self: a #FbRunAsAccount
 * @other: a #FbRunAsAccount with newer values (for example parsed in a thread)
 *
 * Copies the values of @other into @self, notifying only the properties that changed;
 * child lists are updated in place.
 *
 * Returns: whether anything changed
 */
gboolean
fb_run_as_account_update_from (FbRunAsAccount *self,
                               FbRunAsAccount *other)
{
  GObject *object = (GObject *) self;
  gboolean changed = FALSE;

  g_return_val_if_fail (FB_IS_RUN_AS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (FB_IS_RUN_AS_ACCOUNT (other), FALSE);

  if (self == other)
    return FALSE;

  g_object_freeze_notify (object);

  changed |= fb_json_update_string (object, properties[PROP_ACCOUNT_ID], &self->account_id, other->account_id);
  changed |= fb_json_update_string (object, properties[PROP_ACCOUNT_NAME], &self->account_name, other->account_name);

  g_object_thaw_notify (object);

  return changed;
}

/**
 * fb_run_as_account_update_from_json:
 * @self: a #FbRunAsAccount
 * @node: the newer JSON of the same resource
 * @error: return location for a #FB_PARSE_ERROR
 *
 * Updates @self in place, notifying only the properties that changed. On error @self
 * is left unchanged.
 *
 * Returns: %FALSE with @error set when a member has the wrong type
 */
gboolean
fb_run_as_account_update_from_json (FbRunAsAccount  *self,
                                    JsonNode        *node,
                                    GError         **error)
{
  g_autoptr(FbRunAsAccount) fresh = NULL;

  g_return_val_if_fail (FB_IS_RUN_AS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fresh = fb_run_as_account_new_from_json (node, error);
  if (fresh == NULL)
    return FALSE;

  fb_run_as_account_update_from (self, fresh);
  return TRUE;
}

const char *
fb_run_as_account_get_account_id (FbRunAsAccount *self)
{
  g_return_val_if_fail (FB_IS_RUN_AS_ACCOUNT (self), NULL);

  return self->account_id;
}

const char *
fb_run_as_account_get_account_name (FbRunAsAccount *self)
{
  g_return_val_if_fail (FB_IS_RUN_AS_ACCOUNT (self), NULL);

  return self->account_name;
}
