/* gui-test-util.h - shared set-up of the session and vault view tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fb-session.h"
#include "fb-sim-server.h"

G_BEGIN_DECLS

/* g_test_init, gtk/adw init, a private XDG_STATE_HOME, no keyring. */
void          gui_test_init          (int *argc, char ***argv);
/* Starts @scenario at high speed and returns a ready, loaded demo session. */
/* The simulator at @speed (gui_test_session_new: 200). */
FbSession    *gui_test_session_new_at_speed (const char   *scenario,
                                             double        speed,
                                             FbSimServer **out_server);
FbSession    *gui_test_session_new   (const char   *scenario,
                                      FbSimServer **out_server);
/* @title: the account's name; NULL for the demo site's ("Demo Site", translated). */
FbSession    *gui_test_session_new_full (const char   *scenario,
                                         double        speed,
                                         const char   *title,
                                         FbSimServer **out_server);
void          gui_test_wait_loaded   (FbSession *session);
void          gui_test_refresh       (FbSession *session, FbVault *vault);
FbVault      *gui_test_vault         (FbSession *session, const char *name);
void          gui_test_iterate       (void);
void          gui_test_run_for       (guint ms);
/* Items per vault in data/scenarios/demo.json. */
guint         gui_test_demo_item_count (const char *vault_name);
/* A descendant with this accessible label (or GtkButton label / title), or NULL. */
GtkWidget    *gui_test_find_named    (GtkWidget *root, const char *name);
GtkWidget    *gui_test_find_type     (GtkWidget *root, GType type);
void          gui_test_free_session  (FbSession *session, FbSimServer *server);

G_END_DECLS
