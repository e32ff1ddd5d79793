/* fb-item-page.h - one protected machine: where it stands in the round trip, its next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-protected-item.h"
#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_ITEM_PAGE (fb_item_page_get_type ())
G_DECLARE_FINAL_TYPE (FbItemPage, fb_item_page, FB, ITEM_PAGE, GtkWidget)

FbItemPage      *fb_item_page_new         (FbSession       *session,
                                           FbProtectedItem *item);
FbSession       *fb_item_page_get_session (FbItemPage      *self);
FbProtectedItem *fb_item_page_get_item    (FbItemPage      *self);
/* Reloads the recovery points, jobs and infrastructure (also done after each job). */
void             fb_item_page_reload      (FbItemPage      *self);
/* TRUE while nothing is loading (for tests and screenshots). */
gboolean         fb_item_page_is_loaded   (FbItemPage      *self);

G_END_DECLS
