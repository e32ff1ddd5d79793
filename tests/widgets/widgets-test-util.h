/* widgets-test-util.h - fixtures and rendering for the widget tests and the gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fb-job.h"

G_BEGIN_DECLS

void        wt_load_css      (void);
JsonNode   *wt_load_fixture  (const char  *name,
                              GTimeSpan    started_ago);
FbJob      *wt_load_job      (const char  *name,
                              GTimeSpan    started_ago);

G_END_DECLS
