/* fb-preflight-check.c - one pre-flight check and its outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-preflight-check.h"

G_DEFINE_ENUM_TYPE (FbPreflightStatus, fb_preflight_status,
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STATUS_PASS, "pass"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STATUS_WARN, "warn"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STATUS_FAIL, "fail"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_STATUS_UNKNOWN, "unknown"))

G_DEFINE_ENUM_TYPE (FbPreflightActionKind, fb_preflight_action_kind,
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_ACTION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_ACTION_VMOTION, "vmotion"),
  G_DEFINE_ENUM_VALUE (FB_PREFLIGHT_ACTION_WAIT_AND_RETRY, "wait-and-retry"))

const char *
fb_preflight_status_to_nick (FbPreflightStatus status)
{
  switch (status)
    {
    case FB_PREFLIGHT_STATUS_PASS: return "pass";
    case FB_PREFLIGHT_STATUS_WARN: return "warn";
    case FB_PREFLIGHT_STATUS_FAIL: return "fail";
    case FB_PREFLIGHT_STATUS_UNKNOWN:
    default: return "unknown";
    }
}

const char *
fb_preflight_status_to_string (FbPreflightStatus status)
{
  switch (status)
    {
    /* Translators: outcome of a pre-flight check */
    case FB_PREFLIGHT_STATUS_PASS: return C_("preflight", "Pass");
    case FB_PREFLIGHT_STATUS_WARN: return C_("preflight", "Warning");
    case FB_PREFLIGHT_STATUS_FAIL: return C_("preflight", "Fail");
    case FB_PREFLIGHT_STATUS_UNKNOWN:
    default: return C_("preflight", "Unknown");
    }
}

static const struct {
  const char *id;
  const char *title;
} titles[] = {
  { "configuration-server", N_("Configuration server") },
  { "process-server", N_("Process server") },
  { "master-target", N_("Master target server") },
  { "master-target-os", N_("Master target operating system") },
  { "master-target-snapshots", N_("Master target snapshots") },
  { "vcenter", N_("vCenter connection") },
  { "datastore", N_("Datastore for failback") },
  { "datastore-access", N_("Datastore access from the master target's host") },
  { "recovery-location", N_("Original or alternate location") },
  { "physical-server", N_("Physical server") },
  { "item-health", N_("Protection and replication health") },
  { "recovery-points", N_("Recovery points") },
  { "host-memory", N_("ESXi host memory (error 8038)") },
  { "agent-registration", N_("Mobility agent registration") },
};

const char *
fb_preflight_check_title_for_id (const char *id)
{
  for (guint i = 0; id && i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (titles[i].id, id))
      return _(titles[i].title);
  return id;
}

FbPreflightAction *
fb_preflight_action_copy (const FbPreflightAction *action)
{
  FbPreflightAction *copy = g_new0 (FbPreflightAction, 1);

  copy->kind = action->kind;
  copy->vm_id = g_strdup (action->vm_id);
  copy->vm_name = g_strdup (action->vm_name);
  copy->host_id = g_strdup (action->host_id);
  copy->host_name = g_strdup (action->host_name);
  copy->seconds = action->seconds;
  return copy;
}

void
fb_preflight_action_free (FbPreflightAction *action)
{
  if (action == NULL)
    return;
  g_free (action->vm_id);
  g_free (action->vm_name);
  g_free (action->host_id);
  g_free (action->host_name);
  g_free (action);
}

G_DEFINE_BOXED_TYPE (FbPreflightAction, fb_preflight_action, fb_preflight_action_copy,
                     fb_preflight_action_free)

struct _FbPreflightCheck
{
  GObject            parent_instance;

  char              *id;
  char              *subject;
  FbPreflightStatus  status;
  char              *message;
  char              *remedy;
  FbPreflightAction *action;
};

G_DEFINE_FINAL_TYPE (FbPreflightCheck, fb_preflight_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBJECT,
  PROP_STATUS,
  PROP_MESSAGE,
  PROP_REMEDY,
  PROP_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fb_preflight_check_finalize (GObject *object)
{
  FbPreflightCheck *self = FB_PREFLIGHT_CHECK (object);

  g_free (self->id);
  g_free (self->subject);
  g_free (self->message);
  g_free (self->remedy);
  g_clear_pointer (&self->action, fb_preflight_action_free);

  G_OBJECT_CLASS (fb_preflight_check_parent_class)->finalize (object);
}

static void
fb_preflight_check_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FbPreflightCheck *self = FB_PREFLIGHT_CHECK (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, fb_preflight_check_get_title (self)); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_MESSAGE: g_value_set_string (value, self->message); break;
    case PROP_REMEDY: g_value_set_string (value, self->remedy); break;
    case PROP_ACTION: g_value_set_boxed (value, self->action); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_preflight_check_class_init (FbPreflightCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fb_preflight_check_finalize;
  object_class->get_property = fb_preflight_check_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, FB_TYPE_PREFLIGHT_STATUS,
                                               FB_PREFLIGHT_STATUS_UNKNOWN, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_REMEDY] = g_param_spec_string ("remedy", NULL, NULL, NULL, flags);
  properties[PROP_ACTION] = g_param_spec_boxed ("action", NULL, NULL, FB_TYPE_PREFLIGHT_ACTION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fb_preflight_check_init (FbPreflightCheck *self)
{
}

FbPreflightCheck *
fb_preflight_check_new (const char        *id,
                        const char        *subject,
                        FbPreflightStatus  status,
                        const char        *message,
                        const char        *remedy)
{
  FbPreflightCheck *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (FB_TYPE_PREFLIGHT_CHECK, NULL);
  self->id = g_strdup (id);
  self->subject = g_strdup (subject);
  self->status = status;
  self->message = g_strdup (message);
  self->remedy = g_strdup (remedy);
  return self;
}

const char *
fb_preflight_check_get_id (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return self->id;
}

const char *
fb_preflight_check_get_title (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return fb_preflight_check_title_for_id (self->id);
}

const char *
fb_preflight_check_get_subject (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return self->subject;
}

FbPreflightStatus
fb_preflight_check_get_status (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), FB_PREFLIGHT_STATUS_UNKNOWN);
  return self->status;
}

const char *
fb_preflight_check_get_message (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return self->message;
}

const char *
fb_preflight_check_get_remedy (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return self->remedy;
}

const FbPreflightAction *
fb_preflight_check_get_action (FbPreflightCheck *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_CHECK (self), NULL);
  return self->action;
}

void
fb_preflight_check_set_action (FbPreflightCheck        *self,
                               const FbPreflightAction *action)
{
  g_return_if_fail (FB_IS_PREFLIGHT_CHECK (self));

  g_clear_pointer (&self->action, fb_preflight_action_free);
  if (action && action->kind != FB_PREFLIGHT_ACTION_NONE)
    self->action = fb_preflight_action_copy (action);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}
