/* fb-assistant.h - the guided, checked path through one step of the round trip
 *
 * A modal window with a stack of pages and Back/Next in the header bar. Failback:
 * direction, recovery point, pre-flight checks, summary with a destructive confirmation
 * naming the machines, then the live job. The same pattern serves reprotect to
 * on-premises (valid choices only), commit (what is deleted in Azure), reprotect to
 * Azure (with the agent registration wait) and failover to Azure; for one item or a
 * recovery plan. Enter is Next when the page is complete, Escape cancels (asking first
 * while something runs); after the confirmation the action is sent exactly once and
 * "Close" leaves the job running.
 *
 * Page names: "direction", "recovery-point", "options", "checks", "summary", "progress".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-core-types.h"
#include "fb-protected-item.h"
#include "fb-recovery-plan.h"
#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_ASSISTANT (fb_assistant_get_type ())
G_DECLARE_FINAL_TYPE (FbAssistant, fb_assistant, FB, ASSISTANT, AdwWindow)

FbAssistant *fb_assistant_new_for_item  (FbSession       *session,
                                         FbProtectedItem *item,
                                         FbNextStep       step);
FbAssistant *fb_assistant_new_for_plan  (FbSession       *session,
                                         FbRecoveryPlan  *plan,
                                         FbNextStep       step);
FbNextStep   fb_assistant_get_step      (FbAssistant     *self);
/* The visible page ("direction", ...); notify::page-name follows it. */
const char  *fb_assistant_get_page_name (FbAssistant     *self);
/* The job started by the confirmation, NULL before; notify::job-name. */
const char  *fb_assistant_get_job_name  (FbAssistant     *self);
/* The job's state once it ended ("Succeeded", "Failed", ...), NULL before; notify::job-state. */
const char  *fb_assistant_get_job_state (FbAssistant     *self);
/* TRUE while the assistant waits for something (loading, checks, a remedy, a countdown). */
gboolean     fb_assistant_get_busy      (FbAssistant     *self);
/* Real milliseconds per second of the agent registration countdown (default: 1000,
 * faster on a fast demo site). */
void         fb_assistant_set_countdown_tick (FbAssistant *self,
                                              guint        tick_ms);

G_END_DECLS
