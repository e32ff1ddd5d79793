/* fb-core-types.h - enums shared by the core models
 *
 * FbPhase is where a protected item stands in the failback round trip
 * (/work/briefs/roundtrip.md, docs/domain.md), FbNextStep the one action the app offers
 * next. GTypes (FB_TYPE_PHASE, FB_TYPE_NEXT_STEP) are generated into fb-core-enums.h;
 * their nicks ("protected-to-azure", "reprotect-to-on-premises", "none", ...) are what
 * failbackctl prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FB_PHASE_UNKNOWN,
  FB_PHASE_PROTECTED_TO_AZURE,
  FB_PHASE_FAILED_OVER_TO_AZURE,
  FB_PHASE_RUNNING_IN_AZURE,
  FB_PHASE_PROTECTED_TO_ON_PREMISES,
  FB_PHASE_FAILED_BACK,
  FB_PHASE_RUNNING_ON_PREMISES,
  FB_PHASE_IN_TRANSITION,
  /* protection is being enabled, the initial replication to Azure runs: stage 0 not
   * reached yet, nothing to do but wait */
  FB_PHASE_ENABLING_PROTECTION,
} FbPhase;

typedef enum {
  FB_NEXT_STEP_NONE,
  FB_NEXT_STEP_FAILOVER,
  FB_NEXT_STEP_COMMIT,
  FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES,
  FB_NEXT_STEP_FAILBACK,
  FB_NEXT_STEP_REPROTECT_TO_AZURE,
} FbNextStep;

/* Translated display labels ("Protected to Azure", "Reprotect to on-premises", ...). */
const char *fb_phase_to_string     (FbPhase    phase);
const char *fb_next_step_to_string (FbNextStep next_step);

G_END_DECLS
