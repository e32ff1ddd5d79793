/* gui2-shots.c - renders the item page, the plan page and the assistant's pages to PNGs
 *
 * A tool, not a test: gui2-shots OUTDIR [WIDTH] [dark]. The real widgets against the
 * in-process simulator (demo site), for data/screenshots/ and for looking at every screen
 * at 1280 and 360 px and in dark mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-assistant.h"
#include "fb-item-page.h"
#include "fb-plan-page.h"
#include "gui2-test-util.h"

static const char *outdir;
static int width = 1280;

static void
shoot (GtkWidget  *window,
       const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (outdir, name, NULL);
  int w, h;

  gui_test_run_for (1200);
  paintable = gtk_widget_paintable_new (window);
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
page_window (GtkWidget *page, const char *title)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  {
    /* the window's actions the pages link to (FbWindow has them in the app) */
    static const GActionEntry entries[] = { { "show-item", NULL, "s" }, { "show-job", NULL, "s" } };
    GSimpleActionGroup *group = g_simple_action_group_new ();

    g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
    gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
    g_object_unref (group);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), width, 860);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
loaded (gpointer data)
{
  return fb_item_page_is_loaded (data);
}

static gboolean
not_busy (gpointer data)
{
  return !fb_assistant_get_busy (data);
}

static gboolean
ended (gpointer data)
{
  return fb_assistant_get_job_state (data) != NULL;
}

static gboolean
plan_checked (gpointer data)
{
  return !fb_plan_page_get_checking (data);
}

static void
click (FbAssistant *assistant, const char *name)
{
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (assistant), FB_TYPE_ASSISTANT, name), "clicked");
  gui_test_iterate ();
  gui2_wait (not_busy, assistant, 60, "the assistant");
}

static FbAssistant *
assistant_new (FbSession *session, const char *item, FbNextStep step)
{
  FbAssistant *assistant = fb_assistant_new_for_item (session, gui2_item (session, item), step);

  gtk_window_set_default_size (GTK_WINDOW (assistant), MIN (width, 680), 760);
  gtk_window_present (GTK_WINDOW (assistant));
  gui_test_iterate ();
  gui2_wait (not_busy, assistant, 60, "the assistant");
  return assistant;
}

int
main (int argc, char **argv)
{
  FbSimServer *server = NULL;
  FbSession *session;
  GtkWidget *window;
  FbAssistant *assistant;
  FbItemPage *item_page;
  FbPlanPage *plan_page;
  g_autofree char *suffix = NULL;
  g_autofree char *name = NULL;

  gui_test_init (&argc, &argv);
  if (argc < 2)
    g_error ("usage: gui2-shots OUTDIR [WIDTH] [dark]");
  outdir = argv[1];
  if (argc > 2)
    width = atoi (argv[2]);
  if (argc > 3 && g_str_equal (argv[3], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  suffix = g_strdup (width == 1280 && argc <= 3 ? "" : argc > 3 ? "-dark" : "-narrow");

  /* the app's style sheet (a GtkApplication would load it from the resource base path) */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/failback/Failback/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  /* slower than the tests, so that the job's timeline has something to show */
  {
    g_autoptr(GError) error = NULL;

    server = fb_sim_server_new ("demo", &error);
    g_assert_no_error (error);
    fb_sim_server_set_speed (server, 10);
    g_assert_true (fb_sim_server_start (server, 0, &error));
    session = fb_session_new_demo (server, "Demo Site");
    gui_test_wait_loaded (session);
    fb_job_monitor_set_poll_interval (fb_session_get_job_monitor (session), 300);
  }

#define SHOT(w, base) G_STMT_START { g_free (name); name = g_strdup_printf ("%s%s.png", base, suffix); shoot (w, name); } G_STMT_END

  /* the item page of a machine ready to fail back */
  item_page = fb_item_page_new (session, gui2_item (session, "billing-01"));
  window = page_window (GTK_WIDGET (item_page), "billing-01");
  gui2_wait (loaded, item_page, 30, "the item page");
  SHOT (window, "item-page");
  gtk_window_destroy (GTK_WINDOW (window));

  /* the plan page with its pre-flight */
  plan_page = fb_plan_page_new (session, gui2_plan (session, "rp-billing"));
  window = page_window (GTK_WIDGET (plan_page), "rp-billing");
  fb_plan_page_run_checks (plan_page);
  gui2_wait (plan_checked, plan_page, 30, "the plan pre-flight");
  SHOT (window, "plan-page");
  gtk_window_destroy (GTK_WINDOW (window));

  /* the checks of the 8038 case: a failure with its vMotion remedy */
  assistant = assistant_new (session, "sql-prod-01", FB_NEXT_STEP_FAILBACK);
  click (assistant, "next_button");
  click (assistant, "next_button");
  SHOT (GTK_WIDGET (assistant), "assistant-checks");
  gtk_window_destroy (GTK_WINDOW (assistant));

  /* the failback of billing-01: recovery point, summary, progress */
  assistant = assistant_new (session, "billing-01", FB_NEXT_STEP_FAILBACK);
  SHOT (GTK_WIDGET (assistant), "assistant-direction");
  click (assistant, "next_button");
  click (assistant, "app_toggle");
  SHOT (GTK_WIDGET (assistant), "assistant-recovery-point");
  click (assistant, "next_button");
  click (assistant, "next_button");
  SHOT (GTK_WIDGET (assistant), "assistant-summary");
  click (assistant, "next_button");
  gui2_wait (ended, assistant, 120, "the job");
  SHOT (GTK_WIDGET (assistant), "assistant-progress");
  gtk_window_destroy (GTK_WINDOW (assistant));

  /* reprotect settings of a machine running in Azure */
  assistant = assistant_new (session, "erp-db-01", FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES);
  click (assistant, "next_button");
  SHOT (GTK_WIDGET (assistant), "assistant-reprotect-settings");
  gtk_window_destroy (GTK_WINDOW (assistant));

  gui_test_iterate ();
  gui_test_free_session (session, server);
  return 0;
}
