/* fb-plans-view.h - a vault's recovery plans with their groups and machines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_PLANS_VIEW (fb_plans_view_get_type ())
G_DECLARE_FINAL_TYPE (FbPlansView, fb_plans_view, FB, PLANS_VIEW, GtkWidget)

FbPlansView *fb_plans_view_new         (FbSession   *session,
                                        FbVault     *vault);
FbSession   *fb_plans_view_get_session (FbPlansView *self);
FbVault     *fb_plans_view_get_vault   (FbPlansView *self);
/* The visible page: "loading", "list" or "empty". */
const char  *fb_plans_view_get_state   (FbPlansView *self);
/* A readable name of an ASR operation ("PlannedFailover" -> "Planned failover"). */
const char  *fb_plans_view_operation_label (const char *operation);

G_END_DECLS
