/* fb-infrastructure-view.h - a vault's on-premises infrastructure and its health
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_INFRASTRUCTURE_VIEW (fb_infrastructure_view_get_type ())
G_DECLARE_FINAL_TYPE (FbInfrastructureView, fb_infrastructure_view, FB, INFRASTRUCTURE_VIEW, GtkWidget)

FbInfrastructureView *fb_infrastructure_view_new         (FbSession            *session,
                                                          FbVault              *vault);
FbSession            *fb_infrastructure_view_get_session (FbInfrastructureView *self);
FbVault              *fb_infrastructure_view_get_vault   (FbInfrastructureView *self);
/* The visible page: "loading", "list" or "empty". */
const char           *fb_infrastructure_view_get_state   (FbInfrastructureView *self);
/* TRUE once the vCenters of the last refresh arrived (for tests). */
gboolean              fb_infrastructure_view_get_vcenters_loaded (FbInfrastructureView *self);

G_END_DECLS
