/* fb-round-trip-view.h - the failback round trip, drawn
 *
 * Two sites side by side (on-premises and Azure), the machine on the side where it runs,
 * the replication arrow in its current direction, and below a stepper of the stages of
 * the round trip (docs/domain.md) with the current one highlighted. `compact` is the
 * small picture for list rows; `highlight-step` shows only the arrow of one step (the
 * assistant's direction page).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fb-core-types.h"

G_BEGIN_DECLS

#define FB_TYPE_ROUND_TRIP_VIEW (fb_round_trip_view_get_type ())
G_DECLARE_FINAL_TYPE (FbRoundTripView, fb_round_trip_view, FB, ROUND_TRIP_VIEW, GtkWidget)

GtkWidget  *fb_round_trip_view_new                   (void);

FbPhase     fb_round_trip_view_get_phase             (FbRoundTripView *self);
void        fb_round_trip_view_set_phase             (FbRoundTripView *self,
                                                      FbPhase          phase);
FbNextStep  fb_round_trip_view_get_next_step         (FbRoundTripView *self);
void        fb_round_trip_view_set_next_step         (FbRoundTripView *self,
                                                      FbNextStep       next_step);
const char *fb_round_trip_view_get_on_premises_label (FbRoundTripView *self);
void        fb_round_trip_view_set_on_premises_label (FbRoundTripView *self,
                                                      const char      *label);
const char *fb_round_trip_view_get_azure_label       (FbRoundTripView *self);
void        fb_round_trip_view_set_azure_label       (FbRoundTripView *self,
                                                      const char      *label);
FbNextStep  fb_round_trip_view_get_highlight_step    (FbRoundTripView *self);
void        fb_round_trip_view_set_highlight_step    (FbRoundTripView *self,
                                                      FbNextStep       step);
gboolean    fb_round_trip_view_get_compact           (FbRoundTripView *self);
void        fb_round_trip_view_set_compact           (FbRoundTripView *self,
                                                      gboolean         compact);

const char *fb_round_trip_view_get_description       (FbRoundTripView *self);

G_END_DECLS
