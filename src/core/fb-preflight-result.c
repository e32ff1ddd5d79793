/* fb-preflight-result.c - the checks of one pre-flight run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-preflight-result.h"

struct _FbPreflightResult
{
  GObject     parent_instance;
  GListStore *checks;
};

G_DEFINE_FINAL_TYPE (FbPreflightResult, fb_preflight_result, G_TYPE_OBJECT)

static void
fb_preflight_result_finalize (GObject *object)
{
  FbPreflightResult *self = FB_PREFLIGHT_RESULT (object);

  g_clear_object (&self->checks);
  G_OBJECT_CLASS (fb_preflight_result_parent_class)->finalize (object);
}

static void
fb_preflight_result_class_init (FbPreflightResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fb_preflight_result_finalize;
}

static void
fb_preflight_result_init (FbPreflightResult *self)
{
  self->checks = g_list_store_new (FB_TYPE_PREFLIGHT_CHECK);
}

FbPreflightResult *
fb_preflight_result_new (void)
{
  return g_object_new (FB_TYPE_PREFLIGHT_RESULT, NULL);
}

void
fb_preflight_result_add (FbPreflightResult *self,
                         FbPreflightCheck  *check)
{
  g_return_if_fail (FB_IS_PREFLIGHT_RESULT (self));
  g_return_if_fail (FB_IS_PREFLIGHT_CHECK (check));
  g_list_store_append (self->checks, check);
}

GListModel *
fb_preflight_result_get_checks (FbPreflightResult *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), NULL);
  return G_LIST_MODEL (self->checks);
}

guint
fb_preflight_result_count (FbPreflightResult *self,
                           FbPreflightStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->checks)); i++)
    {
      g_autoptr(FbPreflightCheck) check = g_list_model_get_item (G_LIST_MODEL (self->checks), i);
      if (fb_preflight_check_get_status (check) == status)
        n++;
    }
  return n;
}

FbPreflightStatus
fb_preflight_result_get_status (FbPreflightResult *self)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), FB_PREFLIGHT_STATUS_UNKNOWN);
  if (fb_preflight_result_count (self, FB_PREFLIGHT_STATUS_FAIL) > 0)
    return FB_PREFLIGHT_STATUS_FAIL;
  if (fb_preflight_result_count (self, FB_PREFLIGHT_STATUS_UNKNOWN) > 0)
    return FB_PREFLIGHT_STATUS_UNKNOWN;
  if (fb_preflight_result_count (self, FB_PREFLIGHT_STATUS_WARN) > 0)
    return FB_PREFLIGHT_STATUS_WARN;
  return FB_PREFLIGHT_STATUS_PASS;
}

gboolean
fb_preflight_result_can_proceed (FbPreflightResult *self,
                                 gboolean           override_warnings)
{
  FbPreflightStatus status;

  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), FALSE);
  status = fb_preflight_result_get_status (self);
  if (status == FB_PREFLIGHT_STATUS_FAIL)
    return FALSE;
  if (status == FB_PREFLIGHT_STATUS_PASS)
    return TRUE;
  return override_warnings;
}

FbPreflightCheck *
fb_preflight_result_lookup (FbPreflightResult *self,
                            const char        *id,
                            const char        *subject)
{
  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->checks)); i++)
    {
      g_autoptr(FbPreflightCheck) check = g_list_model_get_item (G_LIST_MODEL (self->checks), i);
      if (g_strcmp0 (fb_preflight_check_get_id (check), id) == 0 &&
          (subject == NULL || g_strcmp0 (fb_preflight_check_get_subject (check), subject) == 0))
        return check;   /* the store keeps it alive */
    }
  return NULL;
}

JsonNode *
fb_preflight_result_to_json (FbPreflightResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (FB_IS_PREFLIGHT_RESULT (self), NULL);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, fb_preflight_status_to_nick (fb_preflight_result_get_status (self)));
  json_builder_set_member_name (builder, "canProceed");
  json_builder_add_boolean_value (builder, fb_preflight_result_can_proceed (self, FALSE));
  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->checks)); i++)
    {
      g_autoptr(FbPreflightCheck) check = g_list_model_get_item (G_LIST_MODEL (self->checks), i);
      const FbPreflightAction *action = fb_preflight_check_get_action (check);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, fb_preflight_check_get_id (check));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, fb_preflight_check_get_title (check));
      json_builder_set_member_name (builder, "subject");
      json_builder_add_string_value (builder, fb_preflight_check_get_subject (check));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, fb_preflight_status_to_nick (fb_preflight_check_get_status (check)));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, fb_preflight_check_get_message (check));
      json_builder_set_member_name (builder, "remedy");
      json_builder_add_string_value (builder, fb_preflight_check_get_remedy (check));
      if (action)
        {
          json_builder_set_member_name (builder, "action");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, action->kind == FB_PREFLIGHT_ACTION_VMOTION
                                                    ? "vmotion" : "wait-and-retry");
          if (action->vm_id)
            {
              json_builder_set_member_name (builder, "vmId");
              json_builder_add_string_value (builder, action->vm_id);
              json_builder_set_member_name (builder, "vmName");
              json_builder_add_string_value (builder, action->vm_name);
            }
          if (action->host_id)
            {
              json_builder_set_member_name (builder, "hostId");
              json_builder_add_string_value (builder, action->host_id);
              json_builder_set_member_name (builder, "hostName");
              json_builder_add_string_value (builder, action->host_name);
            }
          if (action->seconds)
            {
              json_builder_set_member_name (builder, "seconds");
              json_builder_add_int_value (builder, action->seconds);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
