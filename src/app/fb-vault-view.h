/* fb-vault-view.h - one vault: Replicated Items, Recovery Plans, Jobs, Infrastructure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_VAULT_VIEW (fb_vault_view_get_type ())
G_DECLARE_FINAL_TYPE (FbVaultView, fb_vault_view, FB, VAULT_VIEW, GtkWidget)

FbVaultView        *fb_vault_view_new              (FbSession   *session,
                                                    FbVault     *vault);
FbSession          *fb_vault_view_get_session      (FbVaultView *self);
FbVault            *fb_vault_view_get_vault        (FbVaultView *self);
/* The views: "items", "plans", "jobs", "infrastructure". */
AdwViewStack       *fb_vault_view_get_stack        (FbVaultView *self);
AdwViewSwitcherBar *fb_vault_view_get_switcher_bar (FbVaultView *self);
GtkWidget          *fb_vault_view_get_view         (FbVaultView *self,
                                                    const char  *name);
void                fb_vault_view_set_visible_view (FbVaultView *self,
                                                    const char  *name);
/* Shows the items and focuses their search entry. */
void                fb_vault_view_search           (FbVaultView *self);

G_END_DECLS
