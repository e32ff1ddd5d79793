/* fb-sim-texts.c - the human texts of the demo scenario, for xgettext
 *
 * data/scenarios/demo.json carries texts that the service shows to the user
 * (a recovery plan's manual actions, a snapshot's description).  They are
 * listed here with N_() so that they are translated like the simulator's own
 * texts; the simulator looks each one up when it answers.  tests/sim
 * test-sim-language checks that every human text of demo.json is in this list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-sim-private.h"

const char * const fb_sim_scenario_texts[] = {
  /* Translators: the name of a manual action in the demo's recovery plan rp-mail */
  N_("Verify mail flow"),
  /* Translators: the instructions of the manual action "Verify mail flow" */
  N_("Send a test mail through mail-01 and check its queue before mail-02 starts."),
  /* Translators: the description an admin gave a vCenter snapshot in the demo */
  N_("Before the January patch day"),
  NULL
};
