/* gui-test-util.c - shared set-up of the session and vault view tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "gui-test-util.h"

void
gui_test_init (int *argc, char ***argv)
{
  g_autofree char *root = g_dir_make_tmp ("fb-gui-test-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (root, "state", NULL);
  g_autofree char *config = g_build_filename (root, "config", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("FAILBACK_KEYRING", "none", TRUE);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      exit (0);
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

void
gui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
gui_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
gui_test_wait_loaded (FbSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while ((!fb_session_get_ready (session) || fb_session_get_loading (session)) &&
         fb_session_get_error (session) == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  g_assert_no_error (fb_session_get_error (session));
}

FbSession *
gui_test_session_new (const char   *scenario,
                      FbSimServer **out_server)
{
  return gui_test_session_new_at_speed (scenario, 200, out_server);
}

FbSession *
gui_test_session_new_at_speed (const char   *scenario,
                               double        speed,
                               FbSimServer **out_server)
{
  return gui_test_session_new_full (scenario, speed, NULL, out_server);
}

FbSession *
gui_test_session_new_full (const char   *scenario,
                           double        speed,
                           const char   *title,
                           FbSimServer **out_server)
{
  g_autoptr(GError) error = NULL;
  FbSimServer *server = fb_sim_server_new (scenario, &error);
  FbSession *session;

  g_assert_no_error (error);
  fb_sim_server_set_speed (server, speed);
  fb_sim_server_set_seed (server, 42);
  g_assert_true (fb_sim_server_start (server, 0, &error));
  g_assert_no_error (error);

  /* NULL: the demo site's own name, translated as in the app. */
  session = fb_session_new_demo (server, title);
  g_assert_false (fb_session_get_ready (session));
  gui_test_wait_loaded (session);
  g_assert_true (fb_session_get_ready (session));

  *out_server = server;
  return session;
}

static void
refresh_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fb_session_refresh_finish (FB_SESSION (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

void
gui_test_refresh (FbSession *session, FbVault *vault)
{
  gboolean done = FALSE;

  fb_session_refresh_async (session, vault, NULL, refresh_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

FbVault *
gui_test_vault (FbSession *session, const char *name)
{
  GListModel *vaults = fb_session_get_vaults (session);

  for (guint i = 0; i < g_list_model_get_n_items (vaults); i++)
    {
      g_autoptr(FbVault) vault = g_list_model_get_item (vaults, i);

      if (g_strcmp0 (fb_vault_get_name (vault), name) == 0)
        return vault;
    }
  g_assert_not_reached ();
}

guint
gui_test_demo_item_count (const char *vault_name)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *vaults;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  vaults = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "vaults");
  for (guint i = 0; i < json_array_get_length (vaults); i++)
    {
      JsonObject *vault = json_array_get_object_element (vaults, i);

      if (g_strcmp0 (json_object_get_string_member (vault, "name"), vault_name) == 0)
        return json_array_get_length (json_object_get_array_member (vault, "items"));
    }
  g_assert_not_reached ();
}

static const char *
widget_name (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  return NULL;
}

GtkWidget *
gui_test_find_named (GtkWidget *root, const char *name)
{
  const char *own = widget_name (root);

  if (own != NULL && g_strcmp0 (own, name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
gui_test_find_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
gui_test_free_session (FbSession *session, FbSimServer *server)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* Cancelled requests of closed pages let go of the session when their callbacks ran. */
  gui_test_iterate ();
  while (G_OBJECT (session)->ref_count > 1 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  if (G_OBJECT (session)->ref_count > 1)
    g_test_message ("the session still has %u references", G_OBJECT (session)->ref_count);
  g_assert_finalize_object (session);
  fb_sim_server_stop (server);
  g_object_unref (server);
  gui_test_iterate ();
}
