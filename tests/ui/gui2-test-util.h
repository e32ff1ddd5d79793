/* gui2-test-util.h - helpers of the item page, plan page and assistant tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"
#include "fb-sim-server.h"
#include "gui-test-util.h"

G_BEGIN_DECLS

typedef gboolean (*Gui2Predicate) (gpointer data);

/* A demo session at speed 200 whose job monitor polls every 50 ms. */
FbSession       *gui2_session_new     (FbSimServer **out_server);
FbSession       *gui2_session_new_at_speed (double        speed,
                                            FbSimServer **out_server);
FbProtectedItem *gui2_item            (FbSession   *session,
                                       const char  *friendly_name);
FbRecoveryPlan  *gui2_plan            (FbSession   *session,
                                       const char  *friendly_name);
/* Iterates the main loop until @pred is TRUE; fails after @seconds.  Then runs what is
 * due (gui_test_iterate ()). */
void             gui2_wait            (Gui2Predicate pred,
                                       gpointer      data,
                                       guint         seconds,
                                       const char   *what);
/* The same, but returns as soon as @pred is TRUE: for a state that a running countdown
 * passes through (its short ticks are always due; on a loaded machine gui_test_iterate ()
 * would only return when the countdown has ended). */
void             gui2_wait_for        (Gui2Predicate pred,
                                       gpointer      data,
                                       guint         seconds,
                                       const char   *what);
/* Every descendant (in document order) of @type. */
GPtrArray       *gui2_find_all        (GtkWidget   *root,
                                       GType        type);
/* The visible button with this label (or accessible name), or NULL. */
GtkWidget       *gui2_find_button     (GtkWidget   *root,
                                       const char  *label);
/* Rows of a GtkListBox. */
guint            gui2_count_rows      (GtkListBox  *box);
/* TRUE when some AdwActionRow under @root has a title or subtitle containing @text. */
gboolean         gui2_has_row_text    (GtkWidget   *root,
                                       const char  *text);

G_END_DECLS
