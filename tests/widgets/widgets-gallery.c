/* widgets-gallery.c - the drawn widgets on show, for looking at them and screenshots
 *
 * Not installed. Pages:
 *   item       an item page as the app lays it out: the round trip, the next step, the
 *              latest job's timeline (default)
 *   phases     the round trip view in every phase
 *   assistant  the assistant's direction pictures (highlight-step)
 *   compact    list rows with the compact picture
 * Options: --dark, --width N, --height N, --page NAME. FB_LOCALEDIR=<build>/po uses the
 * translations built in the build tree (LANGUAGE=de LC_ALL=de_DE.UTF-8 for German).
 *
 *   xvfb-run -a -s '-screen 0 1280x800x24' sh -c \
 *     '_build/tests/widgets/widgets-gallery --page item & sleep 3; import -window root shot.png'
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "fb-core-enums.h"
#include "fb-format.h"
#include "fb-job-timeline.h"
#include "fb-round-trip-view.h"
#include "widgets-test-util.h"

static const struct {
  FbPhase    phase;
  FbNextStep next_step;
} phases[] = {
  { FB_PHASE_PROTECTED_TO_AZURE, FB_NEXT_STEP_FAILOVER },
  { FB_PHASE_FAILED_OVER_TO_AZURE, FB_NEXT_STEP_COMMIT },
  { FB_PHASE_RUNNING_IN_AZURE, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES },
  { FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK },
  { FB_PHASE_FAILED_BACK, FB_NEXT_STEP_COMMIT },
  { FB_PHASE_RUNNING_ON_PREMISES, FB_NEXT_STEP_REPROTECT_TO_AZURE },
  { FB_PHASE_IN_TRANSITION, FB_NEXT_STEP_NONE },
  { FB_PHASE_UNKNOWN, FB_NEXT_STEP_NONE },
};

static GtkWidget *
new_view (FbPhase    phase,
          FbNextStep next_step)
{
  return g_object_new (FB_TYPE_ROUND_TRIP_VIEW,
                       "phase", phase,
                       "next-step", next_step,
                       "on-premises-label", "vCenter vc-nbg-01",
                       "azure-label", "Germany West Central",
                       NULL);
}

static GtkWidget *
heading (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static GtkWidget *
item_page (void)
{
  GtkWidget *box = page_box ();
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *view = new_view (FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK);
  GtkWidget *button = gtk_button_new_with_label ("Fail Back…");
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *job_box;
  GtkWidget *timeline = fb_job_timeline_new ();
  g_autoptr(FbJob) job = wt_load_job ("job-failback-running.json", 6 * G_TIME_SPAN_MINUTE + 10 * G_TIME_SPAN_SECOND);
  g_autofree char *started = fb_format_date_time (fb_job_get_start_time (job));
  g_autofree char *subtitle = g_strdup_printf ("Unplanned failover of web-01 · started %s", started);

  gtk_box_append (GTK_BOX (title_box), heading ("web-01", "title-1"));
  gtk_box_append (GTK_BOX (title_box), heading (fb_phase_to_string (FB_PHASE_PROTECTED_TO_ON_PREMISES), "dim-label"));
  gtk_box_append (GTK_BOX (box), title_box);
  gtk_box_append (GTK_BOX (box), view);

  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), button);

  job_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (job_box), heading ("Latest Job", "heading"));
  gtk_box_append (GTK_BOX (job_box), heading (subtitle, "dim-label"));
  gtk_box_append (GTK_BOX (box), job_box);
  gtk_widget_add_css_class (card, "card");
  fb_job_timeline_set_job (FB_JOB_TIMELINE (timeline), job);
  gtk_widget_set_margin_top (timeline, 12);
  gtk_widget_set_margin_bottom (timeline, 12);
  gtk_widget_set_margin_start (timeline, 12);
  gtk_widget_set_margin_end (timeline, 12);
  gtk_box_append (GTK_BOX (card), timeline);
  gtk_box_append (GTK_BOX (box), card);

  return box;
}

static GtkWidget *
phases_page (void)
{
  GtkWidget *box = page_box ();

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      gtk_box_append (GTK_BOX (box), heading (fb_phase_to_string (phases[i].phase), "heading"));
      gtk_box_append (GTK_BOX (box), new_view (phases[i].phase, phases[i].next_step));
    }
  return box;
}

static GtkWidget *
assistant_page (void)
{
  static const struct { FbPhase phase; FbNextStep step; const char *text; } steps[] = {
    { FB_PHASE_PROTECTED_TO_AZURE, FB_NEXT_STEP_FAILOVER, "From on-premises to Azure" },
    { FB_PHASE_RUNNING_IN_AZURE, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "Reprotect: replication from Azure to on-premises" },
    { FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK, "From Azure to on-premises" },
    { FB_PHASE_FAILED_BACK, FB_NEXT_STEP_COMMIT, "Commit: the machine stays on-premises" },
    { FB_PHASE_RUNNING_ON_PREMISES, FB_NEXT_STEP_REPROTECT_TO_AZURE, "Reprotect: replication from on-premises to Azure" },
  };
  GtkWidget *box = page_box ();

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *view = new_view (steps[i].phase, FB_NEXT_STEP_NONE);

      fb_round_trip_view_set_highlight_step (FB_ROUND_TRIP_VIEW (view), steps[i].step);
      gtk_box_append (GTK_BOX (box), heading (steps[i].text, "heading"));
      gtk_box_append (GTK_BOX (box), view);
    }
  return box;
}

static GtkWidget *
compact_page (void)
{
  GtkWidget *box = page_box ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *view = new_view (phases[i].phase, phases[i].next_step);
      g_autofree char *name = g_strdup_printf ("web-%02u", i + 1);

      fb_round_trip_view_set_compact (FB_ROUND_TRIP_VIEW (view), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fb_phase_to_string (phases[i].phase));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), view);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_label_new (fb_next_step_to_string (phases[i].next_step)));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), heading ("Replicated Items", "heading"));
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static gboolean
close_request_cb (GtkWindow *window,
                  GMainLoop *loop)
{
  g_main_loop_quit (loop);
  return FALSE;
}

int
main (int argc, char **argv)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *page = NULL;
  gboolean dark = FALSE;
  int width = 1280, height = 800;
  const GOptionEntry entries[] = {
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "item, phases, assistant or compact", "NAME" },
    { NULL }
  };
  GtkWidget *window, *outer, *header, *scrolled, *clamp, *content;

  setlocale (LC_ALL, "");
  /* FB_LOCALEDIR=<build>/po shows the widgets translated from the build tree. */
  if (g_getenv ("FB_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FB_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  context = g_option_context_new ("- the drawn widgets of Failback");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  gtk_init ();
  adw_init ();
  wt_load_css ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  if (page == NULL || g_str_equal (page, "item"))
    content = item_page ();
  else if (g_str_equal (page, "phases"))
    content = phases_page ();
  else if (g_str_equal (page, "assistant"))
    content = assistant_page ();
  else if (g_str_equal (page, "compact"))
    content = compact_page ();
  else
    {
      g_printerr ("unknown page %s\n", page);
      return 2;
    }

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_title (GTK_WINDOW (window), "Failback widgets");

  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("web-01", "vault-nbg"));
  gtk_box_append (GTK_BOX (outer), header);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (outer), scrolled);

  adw_window_set_content (ADW_WINDOW (window), outer);
  g_signal_connect (window, "close-request", G_CALLBACK (close_request_cb), loop);
  gtk_window_present (GTK_WINDOW (window));

  g_main_loop_run (loop);
  return 0;
}
