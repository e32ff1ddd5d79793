/* fb-items-view.h - a vault's replicated items as a sortable, filterable table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"

G_BEGIN_DECLS

#define FB_TYPE_ITEMS_VIEW (fb_items_view_get_type ())
G_DECLARE_FINAL_TYPE (FbItemsView, fb_items_view, FB, ITEMS_VIEW, GtkWidget)

/* Filter choices: position 0 of each is "all". */
typedef enum {
  FB_ITEMS_HEALTH_ALL,
  FB_ITEMS_HEALTH_CRITICAL,
  FB_ITEMS_HEALTH_WARNING,
  FB_ITEMS_HEALTH_NORMAL,
  FB_ITEMS_HEALTH_NOT_REPLICATING,
} FbItemsHealthFilter;

typedef enum {
  FB_ITEMS_PROVIDER_ALL,
  FB_ITEMS_PROVIDER_CLASSIC,
  FB_ITEMS_PROVIDER_MODERN,
} FbItemsProviderFilter;

FbItemsView        *fb_items_view_new            (FbSession   *session,
                                                  FbVault     *vault);
FbSession          *fb_items_view_get_session    (FbItemsView *self);
FbVault            *fb_items_view_get_vault      (FbItemsView *self);
/* What the table shows: a GtkMultiSelection of FbProtectedItem (filtered, sorted). */
GtkSelectionModel  *fb_items_view_get_selection  (FbItemsView *self);
GtkColumnView      *fb_items_view_get_column_view (FbItemsView *self);
void                fb_items_view_focus_search   (FbItemsView *self);
void                fb_items_view_set_search     (FbItemsView *self,
                                                  const char  *text);
/* phase: an FbPhase, or -1 for all phases. */
void                fb_items_view_set_phase_filter    (FbItemsView          *self,
                                                       int                   phase);
void                fb_items_view_set_health_filter   (FbItemsView          *self,
                                                       FbItemsHealthFilter   health);
void                fb_items_view_set_provider_filter (FbItemsView          *self,
                                                       FbItemsProviderFilter provider);
/* The visible page: "loading", "list", "empty" or "no-results". */
const char         *fb_items_view_get_state      (FbItemsView *self);

/* Shared with the sidebar and the plans view: the style class of a phase pill
 * ("success", "warning", "accent", "error" or "dim"), and the health icon. */
const char         *fb_items_view_phase_css_class  (FbPhase     phase);
const char         *fb_items_view_health_icon_name (const char *health);
const char         *fb_items_view_health_css_class (const char *health);
const char         *fb_items_view_health_label     (const char *health);

G_END_DECLS
