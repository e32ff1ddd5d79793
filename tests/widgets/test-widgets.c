/* test-widgets.c - FbRoundTripView and FbJobTimeline, rendered and read back
 *
 * Each widget is shown in a real window (Xvfb), rendered through a GtkWidgetPaintable
 * into a texture with the window's renderer, and checked by its pixels: where the
 * machine is drawn, which way the arrow points, the colours of the task bars. Runs with
 * G_DEBUG=fatal-warnings, so a GTK warning while drawing fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <adwaita.h>

#include "fb-core-enums.h"
#include "fb-job-timeline.h"
#include "fb-round-trip-view.h"
#include "widgets-test-util.h"

/* Rendering */

typedef struct {
  int     width;
  int     height;
  gsize   stride;
  guchar *data;     /* B, G, R, A (premultiplied), as gdk_texture_download() */
} Pixels;

static void
pixels_free (Pixels *p)
{
  g_free (p->data);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pixels, pixels_free)

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds, or until @done says so. */
static void
iterate (guint      ms,
         gboolean (*done) (GtkWidget *),
         GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &timed_out);

  while (!timed_out && (done == NULL || !done (widget)))
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
}

static gboolean
is_drawn (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static GtkWindow *
show_in_window (GtkWidget *widget,
                int        width)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  int min, nat;

  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_child (window, widget);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  gtk_window_set_default_size (window, width, nat);
  gtk_window_present (window);
  iterate (5000, is_drawn, widget);
  g_assert_true (is_drawn (widget));
  iterate (50, NULL, NULL);

  return window;
}

static void
close_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  iterate (20, NULL, NULL);
  g_assert_finalize_object (window);
}

static Pixels *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GskRenderer *renderer;
  Pixels *p = g_new0 (Pixels, 1);

  p->width = gtk_widget_get_width (widget);
  p->height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), p->width, p->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, p->width, p->height));
  gsk_render_node_unref (node);

  g_assert_cmpint (gdk_texture_get_width (texture), ==, p->width);
  p->stride = (gsize) p->width * 4;
  p->data = g_malloc0 (p->stride * p->height);
  gdk_texture_download (texture, p->data, p->stride);

  return p;
}

static void
pixel_at (const Pixels *p,
          int           x,
          int           y,
          int          *r,
          int          *g,
          int          *b,
          int          *a)
{
  const guchar *px = p->data + (gsize) y * p->stride + (gsize) x * 4;

  *a = px[3];
  /* Un-premultiply. */
  *r = *a ? px[2] * 255 / *a : 0;
  *g = *a ? px[1] * 255 / *a : 0;
  *b = *a ? px[0] * 255 / *a : 0;
}

static gboolean
near (int r, int g, int b, int a, const GdkRGBA *color)
{
  return a > 200 &&
         ABS (r - (int) (color->red * 255)) < 20 &&
         ABS (g - (int) (color->green * 255)) < 20 &&
         ABS (b - (int) (color->blue * 255)) < 20;
}

/* The pixels of @color in the rectangle (fractions of the size). */
static guint
count_color (const Pixels  *p,
             const GdkRGBA *color,
             double         fx0,
             double         fy0,
             double         fx1,
             double         fy1)
{
  guint n = 0;

  for (int y = (int) (fy0 * p->height); y < (int) (fy1 * p->height); y++)
    for (int x = (int) (fx0 * p->width); x < (int) (fx1 * p->width); x++)
      {
        int r, g, b, a;

        pixel_at (p, x, y, &r, &g, &b, &a);
        if (near (r, g, b, a, color))
          n++;
      }
  return n;
}

static guint
count_dark (const Pixels *p,
            double        fy1)
{
  guint n = 0;

  for (int y = 0; y < (int) (fy1 * p->height); y++)
    for (int x = 0; x < p->width; x++)
      {
        int r, g, b, a;

        pixel_at (p, x, y, &r, &g, &b, &a);
        if (a > 200 && r + g + b < 3 * 80)
          n++;
      }
  return n;
}

/* The accent colour as the widget's stylesheet resolves it. */
static void
theme_color (const char *name,
             GdkRGBA    *color)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkStyleContext *context;

  g_object_ref_sink (label);
  context = gtk_widget_get_style_context (label);
  g_assert_true (gtk_style_context_lookup_color (context, name, color));
  g_object_unref (label);
}

/* The round trip view */

/* The share of the rendered height taken by the two site cards (the window may give the
 * view more height than it needs at this width; the picture is drawn at the top). */
static double
cards_fraction (GtkWidget    *view,
                const Pixels *p)
{
  int min, nat;

  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, p->width, &min, &nat, NULL, NULL);
  return 0.62 * nat / p->height;
}

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

typedef struct {
  FbPhase     phase;
  FbNextStep  next_step;
  int         machine;   /* 0 on-premises (left), 1 Azure (right), 2 between, -1 none */
  int         arrow;     /* +1 to Azure, -1 to on-premises, 0 none */
  const char *description;
} PhaseCase;

static const PhaseCase phase_cases[] = {
  { FB_PHASE_PROTECTED_TO_AZURE, FB_NEXT_STEP_FAILOVER, 0, +1,
    "Running on-premises; replication from on-premises to Azure; next step: Failover" },
  { FB_PHASE_FAILED_OVER_TO_AZURE, FB_NEXT_STEP_COMMIT, 1, 0,
    "Running in Azure after failover, not committed yet; no replication; next step: Commit" },
  { FB_PHASE_RUNNING_IN_AZURE, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, 1, 0,
    "Running in Azure; no replication; next step: Reprotect to on-premises" },
  { FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK, 1, -1,
    "Running in Azure; replication from Azure to on-premises; next step: Failback" },
  { FB_PHASE_FAILED_BACK, FB_NEXT_STEP_COMMIT, 0, 0,
    "Running on-premises after failback, not committed yet; no replication; next step: Commit" },
  { FB_PHASE_RUNNING_ON_PREMISES, FB_NEXT_STEP_REPROTECT_TO_AZURE, 0, 0,
    "Running on-premises; no replication; next step: Reprotect to Azure" },
  { FB_PHASE_IN_TRANSITION, FB_NEXT_STEP_NONE, 2, 0,
    "In transition, a job is running; no next step" },
  { FB_PHASE_UNKNOWN, FB_NEXT_STEP_NONE, -1, 0,
    "State unknown; no next step" },
};

/* The column of the gap between the sites where the arrow is tallest: its head. The
 * arrow's row is the one with the most accent pixels in the gap; the label above it is
 * left out. */
static int
arrow_head_column (const Pixels  *p,
                   const GdkRGBA *accent,
                   double         fy1)
{
  int x0 = (int) (0.385 * p->width), x1 = (int) (0.615 * p->width);
  guint best = 0, best_row = 0;
  int best_x = -1, arrow_y = -1;

  for (int y = 0; y < (int) (fy1 * p->height); y++)
    {
      guint n = 0;

      for (int x = x0; x < x1; x++)
        {
          int r, g, b, a;

          pixel_at (p, x, y, &r, &g, &b, &a);
          if (near (r, g, b, a, accent))
            n++;
        }
      if (n > best_row)
        {
          best_row = n;
          arrow_y = y;
        }
    }
  if (best_row < 20)
    return -1;

  for (int x = x0; x < x1; x++)
    {
      guint n = 0;

      for (int y = MAX (arrow_y - 9, 0); y <= arrow_y + 9 && y < p->height; y++)
        {
          int r, g, b, a;

          pixel_at (p, x, y, &r, &g, &b, &a);
          if (near (r, g, b, a, accent))
            n++;
        }
      if (n > best)
        {
          best = n;
          best_x = x;
        }
    }

  return best >= 8 ? best_x : -1;
}

static void
test_round_trip_phases (void)
{
  GdkRGBA accent;
  guint stepper_accent[G_N_ELEMENTS (phase_cases)];

  theme_color ("accent_bg_color", &accent);

  for (guint i = 0; i < G_N_ELEMENTS (phase_cases); i++)
    {
      const PhaseCase *c = &phase_cases[i];
      GtkWidget *view = new_view (c->phase, c->next_step);
      GtkWindow *window = show_in_window (view, 640);
      g_autoptr(Pixels) p = render (view);
      int min, nat;
      double cards, stepper;
      guint left, right, middle;

      /* The window may give more height than the picture needs; it is drawn at the top. */
      gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 640, &min, &nat, NULL, NULL);
      cards = 0.62 * nat / p->height;
      stepper = 0.75 * nat / p->height;
      left = count_color (p, &accent, 0, 0, 0.35, cards);
      right = count_color (p, &accent, 0.65, 0, 1, cards);
      middle = count_color (p, &accent, 0.42, 0, 0.58, cards);
      stepper_accent[i] = count_color (p, &accent, 0, stepper, 1, 1);
      g_test_message ("phase %d: %dx%d (needs %d), accent left %u, middle %u, right %u, stepper %u",
                      c->phase, p->width, p->height, nat, left, middle, right, stepper_accent[i]);
      int head;

      g_assert_cmpstr (fb_round_trip_view_get_description (FB_ROUND_TRIP_VIEW (view)), ==, c->description);

      switch (c->machine)
        {
        case 0:
          g_assert_cmpuint (left, >, 300);
          g_assert_cmpuint (right, <, 20);
          break;
        case 1:
          g_assert_cmpuint (right, >, 300);
          g_assert_cmpuint (left, <, 20);
          break;
        case 2:
          g_assert_cmpuint (left, <, 20);
          g_assert_cmpuint (right, <, 20);
          g_assert_cmpuint (middle, >, 100);
          break;
        default:
          g_assert_cmpuint (left + right + middle, <, 20);
          break;
        }

      head = arrow_head_column (p, &accent, cards);
      if (c->arrow > 0)
        g_assert_cmpint (head, >, p->width / 2);
      else if (c->arrow < 0)
        {
          g_assert_cmpint (head, >=, 0);
          g_assert_cmpint (head, <, p->width / 2);
        }
      else if (c->machine != 2)
        g_assert_cmpint (head, ==, -1);

      close_window (window);
    }

  /* The stepper fills up along the round trip; nothing is marked while unknown. */
  for (guint i = 0; i + 1 < 6; i++)
    g_assert_cmpuint (stepper_accent[i], <, stepper_accent[i + 1]);
  g_assert_cmpuint (stepper_accent[7], <, 20);
}

static void
test_round_trip_description_updates (void)
{
  FbRoundTripView *view = FB_ROUND_TRIP_VIEW (g_object_ref_sink (fb_round_trip_view_new ()));

  g_assert_cmpstr (fb_round_trip_view_get_description (view), ==, "State unknown; no next step");
  fb_round_trip_view_set_phase (view, FB_PHASE_PROTECTED_TO_ON_PREMISES);
  fb_round_trip_view_set_next_step (view, FB_NEXT_STEP_FAILBACK);
  g_assert_cmpstr (fb_round_trip_view_get_description (view), ==,
                   "Running in Azure; replication from Azure to on-premises; next step: Failback");

  fb_round_trip_view_set_highlight_step (view, FB_NEXT_STEP_FAILBACK);
  g_assert_cmpstr (fb_round_trip_view_get_description (view), ==, "Failback: from Azure to on-premises");
  fb_round_trip_view_set_highlight_step (view, FB_NEXT_STEP_REPROTECT_TO_AZURE);
  g_assert_cmpstr (fb_round_trip_view_get_description (view), ==,
                   "Reprotect to Azure: replication from on-premises to Azure");
  fb_round_trip_view_set_phase (view, FB_PHASE_FAILED_BACK);
  fb_round_trip_view_set_highlight_step (view, FB_NEXT_STEP_COMMIT);
  g_assert_cmpstr (fb_round_trip_view_get_description (view), ==, "Commit: the machine stays on-premises");

  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (view)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_finalize_object (view);
}

static void
test_round_trip_highlight (void)
{
  GtkWidget *view = new_view (FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK);
  GtkWindow *window;
  g_autoptr(Pixels) p = NULL;
  GdkRGBA accent;

  theme_color ("accent_bg_color", &accent);
  fb_round_trip_view_set_highlight_step (FB_ROUND_TRIP_VIEW (view), FB_NEXT_STEP_FAILBACK);
  window = show_in_window (view, 640);
  p = render (view);

  /* The machine in Azure, the arrow toward on-premises. */
  g_assert_cmpuint (count_color (p, &accent, 0.65, 0, 1, cards_fraction (view, p)), >, 300);
  g_assert_cmpuint (count_color (p, &accent, 0, 0, 0.35, cards_fraction (view, p)), <, 20);
  g_assert_cmpint (arrow_head_column (p, &accent, cards_fraction (view, p)), <, p->width / 2);
  close_window (window);
}

static void
test_round_trip_narrow (void)
{
  GtkWidget *view = new_view (FB_PHASE_PROTECTED_TO_ON_PREMISES, FB_NEXT_STEP_FAILBACK);
  GtkWindow *window;
  g_autoptr(Pixels) p = NULL;
  int min, nat, h360, h800, h_unknown;
  GdkRGBA accent;

  theme_color ("accent_bg_color", &accent);
  g_object_ref_sink (view);

  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <=, 360 - 2 * 12);
  g_assert_cmpint (nat, >=, min);

  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 360, &min, &h360, NULL, NULL);
  g_assert_cmpint (min, ==, h360);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 800, &min, &h800, NULL, NULL);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, -1, &min, &h_unknown, NULL, NULL);
  g_test_message ("height at 360 px: %d, at 800 px: %d, without width: %d", h360, h800, h_unknown);
  g_assert_cmpint (h360, >, 200);
  g_assert_cmpint (h360, <, 600);
  /* At 360 px the stepper takes two rows. */
  g_assert_cmpint (h360, >, h800 + 30);
  g_assert_cmpint (h_unknown, >=, h360);

  window = show_in_window (view, 360);
  g_assert_cmpint (gtk_widget_get_width (view), ==, 360);
  g_assert_cmpint (gtk_widget_get_height (view), >=, h360);
  p = render (view);
  g_assert_cmpuint (count_color (p, &accent, 0.6, 0, 1, cards_fraction (view, p)), >, 200);
  g_assert_cmpuint (count_color (p, &accent, 0, 0, 0.4, cards_fraction (view, p)), <, 20);
  close_window (window);
  g_assert_finalize_object (view);
}

static void
test_round_trip_animation (void)
{
  GtkWidget *view = new_view (FB_PHASE_IN_TRANSITION, FB_NEXT_STEP_NONE);
  GtkWindow *window = show_in_window (view, 640);

  /* The dashes march while a job runs on the machine, and only then. */
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, view));
  fb_round_trip_view_set_phase (FB_ROUND_TRIP_VIEW (view), FB_PHASE_RUNNING_IN_AZURE);
  g_assert_null (g_main_context_find_source_by_user_data (NULL, view));
  fb_round_trip_view_set_phase (FB_ROUND_TRIP_VIEW (view), FB_PHASE_IN_TRANSITION);
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, view));
  gtk_widget_set_visible (view, FALSE);
  iterate (50, NULL, NULL);
  g_assert_null (g_main_context_find_source_by_user_data (NULL, view));

  close_window (window);
}

static void
test_round_trip_compact (void)
{
  GtkWidget *view = new_view (FB_PHASE_PROTECTED_TO_AZURE, FB_NEXT_STEP_FAILOVER);
  GtkWindow *window;
  g_autoptr(Pixels) p = NULL;
  int min, nat;
  GdkRGBA accent;

  theme_color ("accent_bg_color", &accent);
  fb_round_trip_view_set_compact (FB_ROUND_TRIP_VIEW (view), TRUE);
  g_object_ref_sink (view);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 72);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 24);

  window = show_in_window (view, 72);
  p = render (view);
  /* The server glyph (left) in the accent colour, the cloud not. */
  g_assert_cmpuint (count_color (p, &accent, 0, 0, 0.28, 1), >, 40);
  g_assert_cmpuint (count_color (p, &accent, 0.72, 0, 1, 1), <, 5);
  g_assert_cmpstr (fb_round_trip_view_get_description (FB_ROUND_TRIP_VIEW (view)), ==,
                   "Running on-premises; replication from on-premises to Azure; next step: Failover");
  close_window (window);
  g_assert_finalize_object (view);
}

static void
test_round_trip_dark (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *view = new_view (FB_PHASE_RUNNING_IN_AZURE, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES);
  GtkWindow *window;
  guint light_dark_pixels, dark_dark_pixels;
  GdkRGBA accent;

  g_object_ref_sink (view);
  window = show_in_window (view, 640);
  {
    g_autoptr(Pixels) p = render (view);

    light_dark_pixels = count_dark (p, cards_fraction (view, p));
  }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (100, NULL, NULL);
  g_assert_true (adw_style_manager_get_dark (manager));
  theme_color ("accent_bg_color", &accent);
  {
    g_autoptr(Pixels) p = render (view);

    dark_dark_pixels = count_dark (p, cards_fraction (view, p));
    /* Still the machine in Azure, in the dark accent colour. */
    g_assert_cmpuint (count_color (p, &accent, 0.65, 0, 1, cards_fraction (view, p)), >, 300);
  }
  g_test_message ("dark text pixels: light scheme %u, dark scheme %u", light_dark_pixels, dark_dark_pixels);
  /* Dark text on light cards, light text on dark cards. */
  g_assert_cmpuint (light_dark_pixels, >, 100);
  g_assert_cmpuint (dark_dark_pixels, <, light_dark_pixels / 10);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate (50, NULL, NULL);
  close_window (window);
  g_assert_finalize_object (view);
}

/* The job timeline */

#define FIXTURE "job-failback-running.json"

static void
test_timeline_summary_and_pixels (void)
{
  g_autoptr(FbJob) job = wt_load_job (FIXTURE, 6 * G_TIME_SPAN_MINUTE);
  GtkWidget *timeline = fb_job_timeline_new ();
  GtkWindow *window;
  g_autoptr(Pixels) p = NULL;
  GdkRGBA success, error, accent;
  guint n_success, n_error, n_accent;

  theme_color ("success_bg_color", &success);
  theme_color ("error_bg_color", &error);
  theme_color ("accent_bg_color", &accent);

  g_assert_cmpstr (fb_job_timeline_get_summary (FB_JOB_TIMELINE (timeline)), ==, "No tasks");
  fb_job_timeline_set_job (FB_JOB_TIMELINE (timeline), job);
  g_assert_true (fb_job_timeline_get_job (FB_JOB_TIMELINE (timeline)) == job);
  g_assert_cmpstr (fb_job_timeline_get_summary (FB_JOB_TIMELINE (timeline)), ==,
                   "7 tasks: 2 succeeded, 1 failed, 1 in progress, 2 not started, 1 skipped");
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (timeline)), ==, GTK_ACCESSIBLE_ROLE_IMG);

  window = show_in_window (timeline, 640);
  p = render (timeline);
  n_success = count_color (p, &success, 0, 0, 1, 1);
  n_error = count_color (p, &error, 0, 0, 1, 1);
  n_accent = count_color (p, &accent, 0, 0, 1, 1);
  g_test_message ("bars: success %u, error %u, in progress %u px", n_success, n_error, n_accent);
  g_assert_cmpuint (n_success, >, 200);
  g_assert_cmpuint (n_error, >, 100);
  g_assert_cmpuint (n_accent, >, 100);

  /* It must not take the keyboard focus. */
  g_assert_false (gtk_widget_get_focusable (timeline));
  gtk_widget_grab_focus (timeline);
  g_assert_false (gtk_widget_has_focus (timeline));

  close_window (window);
}

static void
test_timeline_follows_job (void)
{
  g_autoptr(FbJob) job = wt_load_job (FIXTURE, 6 * G_TIME_SPAN_MINUTE);
  g_autoptr(JsonNode) done = wt_load_fixture (FIXTURE, 6 * G_TIME_SPAN_MINUTE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);
  JsonObject *properties;
  JsonObject *task;
  GtkWidget *timeline = fb_job_timeline_new ();
  GtkWindow *window;
  GdkRGBA success, accent;
  guint before_success, before_accent;

  theme_color ("success_bg_color", &success);
  theme_color ("accent_bg_color", &accent);

  fb_job_timeline_set_job (FB_JOB_TIMELINE (timeline), job);
  window = show_in_window (timeline, 640);
  {
    g_autoptr(Pixels) p = render (timeline);

    before_success = count_color (p, &success, 0, 0, 1, 1);
    before_accent = count_color (p, &accent, 0, 0, 1, 1);
  }

  /* The running task succeeds, the job with it; the model notifies in place. */
  properties = json_object_get_object_member (json_node_get_object (done), "properties");
  json_object_set_string_member (properties, "state", "Succeeded");
  json_object_set_string_member (properties, "endTime", now_text);
  task = json_array_get_object_element (json_object_get_array_member (properties, "tasks"), 4);
  json_object_set_string_member (task, "state", "Succeeded");
  json_object_set_string_member (task, "stateDescription", "Completed");
  json_object_set_string_member (task, "endTime", now_text);
  g_assert_true (fb_job_update_from_json (job, done, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (fb_job_timeline_get_summary (FB_JOB_TIMELINE (timeline)), ==,
                   "7 tasks: 3 succeeded, 1 failed, 2 not started, 1 skipped");
  iterate (100, NULL, NULL);
  {
    g_autoptr(Pixels) p = render (timeline);
    guint after_success = count_color (p, &success, 0, 0, 1, 1);
    guint after_accent = count_color (p, &accent, 0, 0, 1, 1);

    g_test_message ("success %u -> %u px, in progress %u -> %u px",
                    before_success, after_success, before_accent, after_accent);
    g_assert_cmpuint (after_success, >, before_success + 100);
    g_assert_cmpuint (after_accent, <, 10);
  }

  /* A new task appears. */
  {
    JsonArray *tasks = json_object_get_array_member (properties, "tasks");
    JsonNode *copy = json_node_copy (json_array_get_element (tasks, 6));

    json_object_set_string_member (json_node_get_object (copy), "taskId", "1d6a4b8e-0c31-4a57-8c11-3f0b7d9e2a08");
    json_array_add_element (tasks, copy);
    g_assert_true (fb_job_update_from_json (job, done, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (fb_job_timeline_get_summary (FB_JOB_TIMELINE (timeline)), ==,
                     "8 tasks: 3 succeeded, 1 failed, 3 not started, 1 skipped");
    iterate (100, NULL, NULL);
    {
      int min, nat;

      gtk_widget_measure (timeline, GTK_ORIENTATION_VERTICAL, 640, &min, &nat, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (timeline), >=, nat);
    }
  }

  close_window (window);
}

/* While the job runs and the widget is shown, it redraws every second (a timeout when
 * animations are off, a tick callback otherwise); unmapped, it stops. */
static void
test_timeline_timer (void)
{
  g_autoptr(FbJob) job = wt_load_job (FIXTURE, 6 * G_TIME_SPAN_MINUTE);
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *timeline = fb_job_timeline_new ();
  GtkWindow *window;
  int min, wide, narrow;

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  fb_job_timeline_set_job (FB_JOB_TIMELINE (timeline), job);
  g_assert_null (g_main_context_find_source_by_user_data (NULL, timeline));

  window = show_in_window (timeline, 360);
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, timeline));

  /* Narrow: the names stand above the bars, so the rows are taller. */
  gtk_widget_measure (timeline, GTK_ORIENTATION_VERTICAL, 360, &min, &narrow, NULL, NULL);
  gtk_widget_measure (timeline, GTK_ORIENTATION_VERTICAL, 640, &min, &wide, NULL, NULL);
  g_assert_cmpint (narrow, >, wide + 7 * 10);
  g_assert_cmpint (gtk_widget_get_height (timeline), >=, narrow);

  gtk_widget_set_visible (timeline, FALSE);
  iterate (50, NULL, NULL);
  g_assert_false (gtk_widget_get_mapped (timeline));
  g_assert_null (g_main_context_find_source_by_user_data (NULL, timeline));

  /* With animations, the stripe moves: ten redraws a second. */
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  gtk_widget_set_visible (timeline, TRUE);
  iterate (5000, is_drawn, timeline);
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, timeline));

  /* A finished job stops the timer. */
  {
    g_autoptr(JsonNode) done = wt_load_fixture (FIXTURE, 6 * G_TIME_SPAN_MINUTE);
    JsonObject *properties = json_object_get_object_member (json_node_get_object (done), "properties");
    g_autoptr(GError) error = NULL;

    json_object_set_string_member (properties, "state", "Failed");
    g_assert_true (fb_job_update_from_json (job, done, &error));
    g_assert_no_error (error);
    g_assert_null (g_main_context_find_source_by_user_data (NULL, timeline));
  }

  close_window (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_timeline_job_property (void)
{
  g_autoptr(FbJob) job = wt_load_job (FIXTURE, 0);
  FbJobTimeline *timeline = FB_JOB_TIMELINE (g_object_ref_sink (fb_job_timeline_new ()));
  guint notified = 0;

  g_signal_connect (timeline, "notify::job", G_CALLBACK (count_notify_cb), &notified);
  g_object_set (timeline, "job", job, NULL);
  g_assert_true (fb_job_timeline_get_job (timeline) == job);
  g_object_set (timeline, "job", job, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (timeline, "job", NULL, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (fb_job_timeline_get_job (timeline));
  g_assert_cmpstr (fb_job_timeline_get_summary (timeline), ==, "No tasks");
  g_assert_finalize_object (timeline);
}

static void
no_display (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

int
main (int argc, char **argv)
{
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  /* Pixel checks with the software renderer, the same on every machine. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/widgets/no-display", no_display);
      return g_test_run ();
    }
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  wt_load_css ();

  g_test_add_func ("/widgets/round-trip/phases", test_round_trip_phases);
  g_test_add_func ("/widgets/round-trip/description", test_round_trip_description_updates);
  g_test_add_func ("/widgets/round-trip/highlight-step", test_round_trip_highlight);
  g_test_add_func ("/widgets/round-trip/narrow", test_round_trip_narrow);
  g_test_add_func ("/widgets/round-trip/compact", test_round_trip_compact);
  g_test_add_func ("/widgets/round-trip/animation", test_round_trip_animation);
  g_test_add_func ("/widgets/round-trip/dark", test_round_trip_dark);
  g_test_add_func ("/widgets/timeline/summary-and-pixels", test_timeline_summary_and_pixels);
  g_test_add_func ("/widgets/timeline/follows-job", test_timeline_follows_job);
  g_test_add_func ("/widgets/timeline/job-property", test_timeline_job_property);
  g_test_add_func ("/widgets/timeline/timer", test_timeline_timer);

  return g_test_run ();
}
