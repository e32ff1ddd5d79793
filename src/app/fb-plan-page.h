/* fb-plan-page.h - one recovery plan: its groups, items and plan-level steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-recovery-plan.h"
#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_PLAN_PAGE (fb_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (FbPlanPage, fb_plan_page, FB, PLAN_PAGE, GtkWidget)

FbPlanPage     *fb_plan_page_new          (FbSession      *session,
                                           FbRecoveryPlan *plan);
FbRecoveryPlan *fb_plan_page_get_plan     (FbPlanPage     *self);
/* The step the plan's buttons offer now (FB_NEXT_STEP_NONE when none). */
FbNextStep      fb_plan_page_get_next_step (FbPlanPage    *self);
/* Runs the plan pre-flight (also the "Check" button). */
void            fb_plan_page_run_checks   (FbPlanPage     *self);
/* TRUE while the pre-flight runs (notify::checking). */
gboolean        fb_plan_page_get_checking (FbPlanPage     *self);

G_END_DECLS
