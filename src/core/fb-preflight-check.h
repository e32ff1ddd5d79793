/* fb-preflight-check.h - one pre-flight check and its outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  FB_PREFLIGHT_STATUS_PASS,
  FB_PREFLIGHT_STATUS_WARN,     /* needs an explicit override */
  FB_PREFLIGHT_STATUS_FAIL,     /* blocks the action */
  FB_PREFLIGHT_STATUS_UNKNOWN,  /* the data to decide is missing; treated like a warning */
} FbPreflightStatus;

#define FB_TYPE_PREFLIGHT_STATUS (fb_preflight_status_get_type ())
GType       fb_preflight_status_get_type  (void) G_GNUC_CONST;
/* "pass", "warn", "fail", "unknown" (stable, for JSON) */
const char *fb_preflight_status_to_nick   (FbPreflightStatus status);
/* Translated label. */
const char *fb_preflight_status_to_string (FbPreflightStatus status);

/* What the tool itself can do about a check. */
typedef enum {
  FB_PREFLIGHT_ACTION_NONE,
  FB_PREFLIGHT_ACTION_VMOTION,         /* move vm_id to host_id (error 8038) */
  FB_PREFLIGHT_ACTION_WAIT_AND_RETRY,  /* wait up to seconds for the agent, then retry */
} FbPreflightActionKind;

#define FB_TYPE_PREFLIGHT_ACTION_KIND (fb_preflight_action_kind_get_type ())
GType fb_preflight_action_kind_get_type (void) G_GNUC_CONST;

typedef struct {
  FbPreflightActionKind kind;
  char   *vm_id;
  char   *vm_name;
  char   *host_id;
  char   *host_name;
  guint   seconds;
} FbPreflightAction;

#define FB_TYPE_PREFLIGHT_ACTION (fb_preflight_action_get_type ())
GType              fb_preflight_action_get_type (void) G_GNUC_CONST;
FbPreflightAction *fb_preflight_action_copy     (const FbPreflightAction *action);
void               fb_preflight_action_free     (FbPreflightAction       *action);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbPreflightAction, fb_preflight_action_free)

#define FB_TYPE_PREFLIGHT_CHECK (fb_preflight_check_get_type ())
G_DECLARE_FINAL_TYPE (FbPreflightCheck, fb_preflight_check, FB, PREFLIGHT_CHECK, GObject)

/* @id: stable identifier ("host-memory"); @subject: the item or server it is
 * about (NULL for the whole run); @message/@remedy: translated text. */
FbPreflightCheck  *fb_preflight_check_new         (const char        *id,
                                                   const char        *subject,
                                                   FbPreflightStatus  status,
                                                   const char        *message,
                                                   const char        *remedy);
const char        *fb_preflight_check_get_id      (FbPreflightCheck  *self);
/* Translated short name of the check ("ESXi host memory"). */
const char        *fb_preflight_check_get_title   (FbPreflightCheck  *self);
const char        *fb_preflight_check_get_subject (FbPreflightCheck  *self);
FbPreflightStatus  fb_preflight_check_get_status  (FbPreflightCheck  *self);
const char        *fb_preflight_check_get_message (FbPreflightCheck  *self);
const char        *fb_preflight_check_get_remedy  (FbPreflightCheck  *self);
/* NULL when there is nothing the tool can do itself. */
const FbPreflightAction *fb_preflight_check_get_action (FbPreflightCheck *self);
void               fb_preflight_check_set_action  (FbPreflightCheck  *self,
                                                   const FbPreflightAction *action);

/* Translated title for a check id (the id itself when unknown). */
const char        *fb_preflight_check_title_for_id (const char *id);

G_END_DECLS
