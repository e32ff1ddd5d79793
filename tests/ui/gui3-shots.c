/* gui3-shots.c - screenshots of the Jobs view, the job page, the sign-in window and the
 * preferences, rendered from the real widgets against the in-process simulator
 *
 * Usage (under Xvfb): gui3-shots OUTDIR [WIDTH] [dark]
 * Writes OUTDIR/jobs.png, job-page.png, sign-in.png, sign-in-device-code.png,
 * preferences.png. Not a test: a tool to look at the screens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "fb-application.h"
#include "fb-job-page.h"
#include "fb-preferences-window.h"
#include "fb-session.h"
#include "fb-sign-in-window.h"
#include "fb-sim-server.h"
#include "fb-vault-view.h"
#include "fb-vcenter-pins.h"
#include "fb-window.h"

static const char *outdir;

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
shoot (GtkWidget  *window,
       const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (outdir, name, NULL);
  int w, h;

  run_for (1500);
  w = gtk_widget_get_width (window);
  h = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_save_to_png (texture, path);
  g_print ("%s (%dx%d)\n", path, w, h);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static FbProtectedItem *
find_item (FbSession *session, FbVault *vault, const char *name)
{
  GListModel *items = fb_session_get_items (session, vault);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);
      if (g_strcmp0 (fb_protected_item_get_friendly_name (item), name) == 0)
        return item;
    }
  return NULL;
}

static void
done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
run_action (FbSession *session, FbAction *action)
{
  GAsyncResult *result = NULL;
  char *name;

  fb_job_monitor_run_action_async (fb_session_get_job_monitor (session), action, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  name = fb_job_monitor_run_action_finish (fb_session_get_job_monitor (session), result, NULL);
  g_object_unref (result);
  return name;
}

int
main (int argc, char *argv[])
{
  g_autoptr(FbApplication) app = NULL;
  g_autoptr(FbSimServer) sim = NULL;
  g_autoptr(FbSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FbVault) vault = NULL;
  g_autofree char *failed_name = NULL;
  g_autofree char *running_name = NULL;
  GAsyncResult *result = NULL;
  g_autoptr(FbAction) failback = NULL;
  g_autoptr(FbAction) commit = NULL;
  int width;
  GtkWindow *window;
  FbJob *failed;

  if (argc < 2)
    {
      g_printerr ("usage: gui3-shots OUTDIR [WIDTH] [dark]\n");
      return 1;
    }
  outdir = argv[1];
  width = argc > 2 ? atoi (argv[2]) : 1280;
  g_setenv ("FAILBACK_KEYRING", "none", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  app = fb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  if (argc > 3 && g_str_equal (argv[3], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  /* A vCenter pin to list in the preferences. */
  {
    g_autoptr(FbVcenterPins) pins = fb_vcenter_pins_new (NULL);
    fb_vcenter_pins_add (pins, "vc-nbg-01.contoso.local",
                         "BB:28:4F:A8:1B:65:E4:8A:F7:D7:41:6A:1A:4C:02:A6:45:3A:4F:39:DF:2C:41:F5:B1:80:5E:10:C4:7C:15:26",
                         NULL);
  }

  sim = fb_sim_server_new ("demo", &error);
  g_assert_no_error (error);
  fb_sim_server_set_speed (sim, 8);
  fb_sim_server_set_device_auto_approve (sim, -1);
  g_assert_true (fb_sim_server_start (sim, 0, &error));
  session = fb_session_new_demo (sim, "Demo Site");
  while (!fb_session_get_ready (session))
    g_main_context_iteration (NULL, TRUE);
  fb_job_monitor_set_poll_interval (fb_session_get_job_monitor (session), 200);

  window = GTK_WINDOW (fb_window_new (app));
  gtk_window_set_default_size (window, width, 800);
  fb_application_set_session (app, session);
  gtk_window_present (window);

  while (g_list_model_get_n_items (fb_session_get_vaults (session)) == 0 || fb_session_get_loading (session))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (fb_session_get_vaults (session)); i++)
    {
      g_autoptr(FbVault) v = g_list_model_get_item (fb_session_get_vaults (session), i);
      if (g_strcmp0 (fb_vault_get_name (v), "vault-nbg") == 0)
        vault = g_object_ref (v);
    }
  while (!fb_session_get_vault_loaded (session, vault) || fb_session_get_loading (session))
    g_main_context_iteration (NULL, TRUE);

  /* A failback that fails with 8038, and a commit that runs. */
  fb_site_recovery_build_failover_async (fb_session_get_site_recovery (session),
                                         find_item (session, vault, "sql-prod-01"),
                                         FB_FAILOVER_TO_ON_PREMISES, FB_RECOVERY_POINT_LATEST_PROCESSED,
                                         NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  failback = fb_site_recovery_build_failover_finish (fb_session_get_site_recovery (session), result, &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  failed_name = run_action (session, failback);
  while ((failed = fb_session_lookup_job (session, failed_name)) == NULL || fb_job_is_running (failed))
    g_main_context_iteration (NULL, TRUE);
  /* Jobs view, with a commit running on top */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-vault", "s", fb_vault_get_id (vault));
  run_for (500);
  {
    GtkWidget *view = find_type (GTK_WIDGET (window), FB_TYPE_VAULT_VIEW);
    g_assert_nonnull (view);
    fb_vault_view_set_visible_view (FB_VAULT_VIEW (view), "jobs");
  }
  fb_sim_server_set_speed (sim, 1);
  commit = fb_action_new_commit (fb_protected_item_get_id (find_item (session, vault, "crm-app-01")));
  running_name = run_action (session, commit);
  while (fb_session_lookup_job (session, running_name) == NULL)
    g_main_context_iteration (NULL, TRUE);
  run_for (2500);
  shoot (GTK_WIDGET (window), "jobs.png");
  {
    GtkWidget *jobs = find_type (GTK_WIDGET (window), g_type_from_name ("FbJobsView"));
    GtkWidget *vv = find_type (GTK_WIDGET (window), FB_TYPE_VAULT_VIEW);
    int min = 0, nat = 0, vmin = 0;

    gtk_widget_measure (jobs, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
    gtk_widget_measure (vv, GTK_ORIENTATION_HORIZONTAL, -1, &vmin, NULL, NULL, NULL);
    g_print ("jobs view min width %d (natural %d); vault view min %d\n", min, nat, vmin);
  }

  /* Job page: the 8038 failure */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "s", fb_job_get_id (failed));
  shoot (GTK_WIDGET (window), "job-page.png");
  {
    GtkWidget *page = find_type (GTK_WIDGET (window), g_type_from_name ("FbJobPage"));
    int min = 0;

    gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_print ("job page min width %d\n", min);
  }

  /* Sign-in */
  {
    FbSignInWindow *sign_in = fb_sign_in_window_new (window);
    GObject *row;

    if (width < 500)
      gtk_window_set_default_size (GTK_WINDOW (sign_in), width, 700);
    gtk_window_present (GTK_WINDOW (sign_in));
    shoot (GTK_WIDGET (sign_in), "sign-in.png");

    row = gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "cloud_row");
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "login_row")),
                           fb_sim_server_get_base_uri (sim));
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "arm_row")),
                           fb_sim_server_get_base_uri (sim));
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "device_client_row")),
                           fb_sim_server_get_client_id (sim));
    g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "device_button"), "clicked");
    while (!gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (sign_in), FB_TYPE_SIGN_IN_WINDOW, "copy_button"))))
      g_main_context_iteration (NULL, TRUE);
    shoot (GTK_WIDGET (sign_in), "sign-in-device-code.png");
    gtk_window_destroy (GTK_WINDOW (sign_in));
  }

  /* Preferences: the connections */
  {
    GtkWidget *prefs = fb_preferences_window_new (window);

    if (width < 500)
      gtk_window_set_default_size (GTK_WINDOW (prefs), width, 700);
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "connections");
    gtk_window_present (GTK_WINDOW (prefs));
    shoot (prefs, "preferences.png");
    g_signal_emit_by_name (gtk_widget_get_template_child (prefs, FB_TYPE_PREFERENCES_WINDOW, "add_vcenter_button"), "clicked");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (prefs, FB_TYPE_PREFERENCES_WINDOW, "vcenter_server_row")),
                           "vc-nbg-01.contoso.local");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (prefs, FB_TYPE_PREFERENCES_WINDOW, "vcenter_user_row")),
                           "administrator@vsphere.local");
    shoot (prefs, "preferences-add-vcenter.png");
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (prefs));
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "general");
    shoot (prefs, "preferences-general.png");
    gtk_window_destroy (GTK_WINDOW (prefs));
  }

  gtk_window_destroy (window);
  run_for (200);
  fb_application_set_session (app, NULL);
  fb_sim_server_stop (sim);
  return 0;
}
