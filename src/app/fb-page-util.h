/* fb-page-util.h - small helpers shared by the item page, the plan page and the assistant
 *
 * Not a type: lookups in the session's collections and labels that several pages show
 * the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-core-types.h"
#include "fb-session.h"
#include "fb-vcenter-client.h"

G_BEGIN_DECLS

/* "Fail Back…", "Commit…", "Reprotect to On-Premises…", ... (translated; NULL for NONE) */
const char      *fb_page_step_label           (FbNextStep       step);
/* The verb of the step without the ellipsis, for confirm buttons ("Fail Back"). */
const char      *fb_page_step_verb            (FbNextStep       step);
/* The item's replication provider in words ("VMware to Azure (classic)"); "Classic" /
 * "Modern" when Site Recovery named none. */
const char      *fb_page_provider_label       (FbProtectedItem *item);
/* Replication providers in words, joined by commas ("VMware to Azure (classic), ..."). */
char            *fb_page_provider_list        (const char * const *providers);
/* An operation of Site Recovery in words ("UnplannedFailover" -> "Unplanned failover"),
 * an unknown one as it is. */
const char      *fb_page_operation_label      (const char      *operation);
const char      *fb_page_os_icon_name         (FbProtectedItem *item);
/* Style class of the phase pill (.fb-pill): as in the item lists. */
const char      *fb_page_phase_css_class      (FbPhase          phase);
/* "Germany West Central" for "germanywestcentral"; unknown names as they are. */
char            *fb_page_location_name        (const char      *location);

/* Case-insensitive ARM id comparison ("/Subscriptions/" vs "/subscriptions/"). */
gboolean         fb_page_id_equal             (const char      *a,
                                               const char      *b);
/* Case-insensitive: does the ARM id @id contain @part? */
gboolean         fb_page_id_contains          (const char      *id,
                                               const char      *part);
FbVault         *fb_page_find_vault           (FbSession       *session,
                                               const char      *arm_id);
/* An item of @vault by ARM id (or name); NULL when not loaded. */
FbProtectedItem *fb_page_find_item            (FbSession       *session,
                                               FbVault         *vault,
                                               const char      *id);
/* The fabric of @vault by name, friendly name or id. */
FbFabric        *fb_page_find_fabric          (FbSession       *session,
                                               FbVault         *vault,
                                               const char      *name);
/* The on-premises fabric of an item: the configuration server or appliance. */
FbFabric        *fb_page_find_onprem_fabric   (FbSession       *session,
                                               FbVault         *vault,
                                               FbProtectedItem *item);

/* A vCenter client for the session's vCenter (the demo site's simulated one), or NULL. */
FbVcenterClient *fb_page_new_vcenter_client   (FbSession       *session);
/* The name Site Recovery knows that vCenter by, when it differs from its address (the
 * demo's), for fb_preflight_set_vcenter_name(); NULL otherwise. */
const char      *fb_page_vcenter_name         (FbSession       *session);
/* Real milliseconds per simulated second for countdowns (1000, less on a fast demo site). */
guint            fb_page_countdown_tick_ms    (FbSession       *session);

void             fb_page_list_box_remove_all  (GtkListBox      *box);
/* A row with a title, subtitle and an icon (all may be NULL); title/subtitle plain text. */
GtkWidget       *fb_page_action_row_new       (const char      *title,
                                               const char      *subtitle,
                                               const char      *icon_name);
/* Status icon names and their style classes. */
const char      *fb_page_health_icon_name     (const char      *health);
const char      *fb_page_health_css_class     (const char      *health);

G_END_DECLS
