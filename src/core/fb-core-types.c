/* fb-core-types.c - display labels of the core enums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-core-types.h"

const char *
fb_phase_to_string (FbPhase phase)
{
  switch (phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
      return _("Protected to Azure");
    case FB_PHASE_FAILED_OVER_TO_AZURE:
      return _("Failed over to Azure");
    case FB_PHASE_RUNNING_IN_AZURE:
      return _("Running in Azure");
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      return _("Protected to on-premises");
    case FB_PHASE_FAILED_BACK:
      return _("Failed back");
    case FB_PHASE_RUNNING_ON_PREMISES:
      return _("Running on-premises");
    case FB_PHASE_IN_TRANSITION:
      return _("In transition");
    case FB_PHASE_ENABLING_PROTECTION:
      return _("Enabling protection");
    case FB_PHASE_UNKNOWN:
    default:
      return _("Unknown");
    }
}

const char *
fb_next_step_to_string (FbNextStep next_step)
{
  switch (next_step)
    {
    case FB_NEXT_STEP_FAILOVER:
      return _("Failover");
    case FB_NEXT_STEP_COMMIT:
      return _("Commit");
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
      return _("Reprotect to on-premises");
    case FB_NEXT_STEP_FAILBACK:
      return _("Failback");
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      return _("Reprotect to Azure");
    case FB_NEXT_STEP_NONE:
    default:
      /* TRANSLATORS: no next step is possible for a protected item */
      return C_("next step", "None");
    }
}
