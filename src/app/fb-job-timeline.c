/* fb-job-timeline.c - a drawn timeline of a job's tasks
 *
 * The axis runs from the job's start (or its first task's) to its end, or to now while
 * the job runs; then a timeout (10 per second for the moving stripe, or once a second
 * with animations off) redraws * while the widget is mapped and stops when it is unmapped. Tasks without times are
 * placed after the last task with times: not started ones as an outline, skipped ones
 * as a short grey bar. Colours from ui/style.css ("jobtimeline.*", see
 * fb-drawing-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fb-drawing-private.h"
#include "fb-format.h"
#include "fb-job-timeline.h"
#include "fb-labels.h"

#define ROW_HEIGHT 30.0
#define STACKED_ROW_HEIGHT 46.0
#define STACKED_BELOW 440       /* narrower than this: names above the bars */
#define BAR_HEIGHT 14.0
#define NAME_GAP 16.0
#define MAX_NAME_WIDTH 240.0
#define RIGHT_PAD 8.0
#define MIN_WIDTH 240
#define NATURAL_WIDTH 560
#define PENDING_WIDTH 28.0
/* The stripe moves at 16 px/s; 10 redraws a second keep it moving without making a
 * software-rendered desktop (llvmpipe) busy. */
#define ANIMATION_INTERVAL_MS 100

typedef enum {
  TASK_SUCCEEDED,
  TASK_FAILED,
  TASK_CANCELLED,
  TASK_IN_PROGRESS,
  TASK_NOT_STARTED,
  TASK_SKIPPED,
  N_TASK_KINDS
} TaskKind;

struct _FbJobTimeline
{
  GtkWidget parent_instance;

  FbJob *job;
  GPtrArray *watched_tasks;
  char *summary;

  guint timeout_id;
  guint timeout_interval;
  double stripe_offset;
};

G_DEFINE_FINAL_TYPE (FbJobTimeline, fb_job_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TaskKind
task_kind (FbJobTask *task)
{
  const char *state = fb_job_task_get_state (task);

  if (fb_job_task_is_skipped (task))
    return TASK_SKIPPED;
  if (state == NULL)
    return TASK_NOT_STARTED;
  if (g_ascii_strcasecmp (state, "Succeeded") == 0 ||
      g_ascii_strcasecmp (state, "CompletedWithInformation") == 0)
    return TASK_SUCCEEDED;
  if (g_ascii_strcasecmp (state, "Failed") == 0 ||
      g_ascii_strcasecmp (state, "PartiallySucceeded") == 0)
    return TASK_FAILED;
  if (g_ascii_strcasecmp (state, "Cancelled") == 0 ||
      g_ascii_strcasecmp (state, "Canceled") == 0)
    return TASK_CANCELLED;
  if (g_ascii_strcasecmp (state, "InProgress") == 0 ||
      g_ascii_strcasecmp (state, "Cancelling") == 0 ||
      g_ascii_strcasecmp (state, "Suspended") == 0)
    return TASK_IN_PROGRESS;
  if (fb_job_task_is_finished (task))
    return TASK_SKIPPED;   /* "Other" */
  return TASK_NOT_STARTED;
}

static const char *
task_kind_label (TaskKind kind)
{
  /* the words of every other list of tasks and jobs (fb-labels) */
  switch (kind)
    {
    case TASK_SUCCEEDED: return fb_job_state_label ("Succeeded", NULL);
    case TASK_FAILED: return fb_job_state_label ("Failed", NULL);
    case TASK_CANCELLED: return fb_job_state_label ("Cancelled", NULL);
    case TASK_IN_PROGRESS: return fb_job_state_label ("InProgress", NULL);
    case TASK_NOT_STARTED: return fb_job_state_label ("NotStarted", NULL);
    case TASK_SKIPPED: return fb_job_state_label ("Other", "Skipped");
    case N_TASK_KINDS:
    default: g_assert_not_reached ();
    }
}

static char *
count_text (TaskKind kind,
            guint    n)
{
  switch (kind)
    {
    /* TRANSLATORS: a part of the timeline's summary, "3 succeeded" (tasks) */
    case TASK_SUCCEEDED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u succeeded", "%u succeeded", n), n);
    /* TRANSLATORS: a part of the timeline's summary, "1 failed" (tasks) */
    case TASK_FAILED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u failed", "%u failed", n), n);
    /* TRANSLATORS: a part of the timeline's summary, "1 cancelled" (tasks) */
    case TASK_CANCELLED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cancelled", "%u cancelled", n), n);
    /* TRANSLATORS: a part of the timeline's summary, "1 in progress" (tasks) */
    case TASK_IN_PROGRESS: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in progress", "%u in progress", n), n);
    /* TRANSLATORS: a part of the timeline's summary, "2 not started" (tasks) */
    case TASK_NOT_STARTED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not started", "%u not started", n), n);
    /* TRANSLATORS: a part of the timeline's summary, "1 skipped" (tasks) */
    case TASK_SKIPPED: return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", n), n);
    case N_TASK_KINDS:
    default: g_assert_not_reached ();
    }
}

static guint
n_tasks (FbJobTimeline *self)
{
  return self->job != NULL ? g_list_model_get_n_items (fb_job_get_tasks (self->job)) : 0;
}

static FbJobTask *
get_task (FbJobTimeline *self,
          guint          i)
{
  return g_list_model_get_item (fb_job_get_tasks (self->job), i);
}

static char *
build_summary (FbJobTimeline *self)
{
  static const TaskKind order[] = { TASK_SUCCEEDED, TASK_FAILED, TASK_CANCELLED,
                                    TASK_IN_PROGRESS, TASK_NOT_STARTED, TASK_SKIPPED };
  guint counts[N_TASK_KINDS] = { 0 };
  guint n = n_tasks (self);
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *head = NULL;

  if (n == 0)
    return g_strdup (_("No tasks"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = get_task (self, i);

      counts[task_kind (task)]++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *part = NULL;

      if (counts[order[i]] == 0)
        continue;
      part = count_text (order[i], counts[order[i]]);
      if (parts->len > 0)
        /* TRANSLATORS: separates the parts of the timeline's summary */
        g_string_append (parts, C_("list separator", ", "));
      g_string_append (parts, part);
    }

  head = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n), n);
  /* TRANSLATORS: the timeline's accessible summary: "5 tasks: 3 succeeded, 1 in
   * progress, 1 not started" */
  return g_strdup_printf (C_("timeline summary", "%s: %s"), head, parts->str);
}

static void
update_summary (FbJobTimeline *self)
{
  g_autofree char *summary = build_summary (self);

  if (g_strcmp0 (summary, self->summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_steal_pointer (&summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  -1);
}

/* Redrawing while the job runs */

static gboolean
job_is_running (FbJobTimeline *self)
{
  return self->job != NULL && fb_job_is_running (self->job);
}

static gboolean
timeout_cb (gpointer user_data)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (user_data);

  self->stripe_offset = fmod ((double) g_get_monotonic_time () / G_USEC_PER_SEC * 16.0, 12.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_CONTINUE;
}

/* A plain timeout rather than a tick callback: a tick callback keeps the frame clock
 * running at the display's rate, which costs a whole core on a software-rendered (VM)
 * desktop even when nothing is drawn. */
static void
update_timer (FbJobTimeline *self)
{
  gboolean wanted = job_is_running (self) && gtk_widget_get_mapped (GTK_WIDGET (self));
  guint interval = fb_drawing_animations_enabled (GTK_WIDGET (self)) ? ANIMATION_INTERVAL_MS : 1000;

  if (self->timeout_id != 0 && (!wanted || self->timeout_interval != interval))
    g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (wanted && self->timeout_id == 0)
    {
      self->timeout_interval = interval;
      self->timeout_id = g_timeout_add (interval, timeout_cb, self);
    }
}

/* Following the job */

static void
task_notify_cb (FbJobTimeline *self)
{
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unwatch_tasks (FbJobTimeline *self)
{
  for (guint i = 0; i < self->watched_tasks->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_tasks, i),
                                          task_notify_cb, self);
  g_ptr_array_set_size (self->watched_tasks, 0);
}

static void
watch_tasks (FbJobTimeline *self)
{
  guint n = n_tasks (self);

  unwatch_tasks (self);
  for (guint i = 0; i < n; i++)
    {
      FbJobTask *task = get_task (self, i);

      g_signal_connect_swapped (task, "notify", G_CALLBACK (task_notify_cb), self);
      g_ptr_array_add (self->watched_tasks, task);
    }
}

static void
tasks_changed_cb (FbJobTimeline *self)
{
  watch_tasks (self);
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
job_notify_cb (FbJobTimeline *self)
{
  update_summary (self);
  update_timer (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Layout and drawing */

typedef struct {
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA faint;
  GdkRGBA grid;
  GdkRGBA accent_bg;
  GdkRGBA on_bar;
  GdkRGBA success;
  GdkRGBA error;
  GdkRGBA warning;
} Colors;

static void
get_colors (FbJobTimeline *self,
            Colors        *c)
{
  GtkWidget *widget = GTK_WIDGET (self);

  fb_drawing_get_color (widget, NULL, &c->fg);
  fb_drawing_get_color (widget, "accent-bg", &c->accent_bg);
  fb_drawing_get_color (widget, "on-bar", &c->on_bar);
  fb_drawing_get_color (widget, "success", &c->success);
  fb_drawing_get_color (widget, "error", &c->error);
  fb_drawing_get_color (widget, "warning", &c->warning);
  c->dim = fb_drawing_alpha (&c->fg, 0.55);
  c->faint = fb_drawing_alpha (&c->fg, 0.3);
  c->grid = fb_drawing_alpha (&c->fg, 0.09);
}

static PangoLayout *
make_layout (FbJobTimeline *self,
             const char    *text,
             double         scale,
             double         width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (scale != 1.0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static void
pixel_size (PangoLayout *layout,
            double      *w,
            double      *h)
{
  int iw, ih;

  pango_layout_get_pixel_size (layout, &iw, &ih);
  if (w != NULL)
    *w = iw;
  if (h != NULL)
    *h = ih;
}

static double
axis_height (FbJobTimeline *self)
{
  g_autoptr(PangoLayout) probe = make_layout (self, "0", PANGO_SCALE_SMALL, -1);
  double h;

  pixel_size (probe, NULL, &h);
  return h + 8;
}

static gboolean
is_stacked (double width)
{
  return width > 0 && width < STACKED_BELOW;
}

static double
row_height (double width)
{
  return is_stacked (width) ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
}

static const char *
task_name (FbJobTask *task)
{
  const char *name = fb_job_task_get_friendly_name (task);

  if (name == NULL || name[0] == '\0')
    name = fb_job_task_get_name (task);
  return name != NULL ? name : "";
}

static double
name_column_width (FbJobTimeline *self,
                   double         width)
{
  double widest = 0;
  guint n = n_tasks (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = get_task (self, i);
      g_autoptr(PangoLayout) layout = make_layout (self, task_name (task), 1.0, -1);
      double w;

      pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  return ceil (MIN (widest, MIN (MAX_NAME_WIDTH, width * 0.4)));
}

/* The time range of the axis, in µs since the epoch. */
static void
time_range (FbJobTimeline *self,
            gint64        *start,
            gint64        *end,
            gint64        *now)
{
  GDateTime *job_start = self->job != NULL ? fb_job_get_start_time (self->job) : NULL;
  GDateTime *job_end = self->job != NULL ? fb_job_get_end_time (self->job) : NULL;
  gint64 t0 = G_MAXINT64, t1 = G_MININT64;
  guint n = n_tasks (self);

  *now = g_get_real_time ();

  if (job_start != NULL)
    t0 = g_date_time_to_unix (job_start) * G_USEC_PER_SEC + g_date_time_get_microsecond (job_start);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = get_task (self, i);
      GDateTime *s = fb_job_task_get_start_time (task);
      GDateTime *e = fb_job_task_get_end_time (task);

      if (s != NULL)
        t0 = MIN (t0, g_date_time_to_unix (s) * G_USEC_PER_SEC + g_date_time_get_microsecond (s));
      if (e != NULL)
        t1 = MAX (t1, g_date_time_to_unix (e) * G_USEC_PER_SEC + g_date_time_get_microsecond (e));
    }

  if (job_is_running (self) || (job_end == NULL && t0 != G_MAXINT64))
    t1 = MAX (t1, *now);
  else if (job_end != NULL)
    t1 = MAX (t1, g_date_time_to_unix (job_end) * G_USEC_PER_SEC + g_date_time_get_microsecond (job_end));

  if (t0 == G_MAXINT64)
    t0 = *now;
  if (t1 == G_MININT64 || t1 < t0)
    t1 = t0;

  /* At least ten seconds, so that a fast job still reads as a timeline. */
  *start = t0;
  *end = MAX (t1, t0 + 10 * G_USEC_PER_SEC);
}

static gint64
tick_step (gint64 span_s,
           double plot_width,
           double min_spacing)
{
  static const gint64 steps[] = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800,
                                  3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if ((double) steps[i] / MAX (span_s, 1) * plot_width >= min_spacing)
      return steps[i];
  return steps[G_N_ELEMENTS (steps) - 1];
}

static void
draw_stripes (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   offset)
{
  cairo_save (cr);
  fb_drawing_rounded_rect (cr, x, y, w, h, h / 2);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.28);
  cairo_set_line_width (cr, 4);
  for (double sx = x - h - 12 + offset; sx < x + w + h; sx += 12)
    {
      cairo_move_to (cr, sx, y + h);
      cairo_line_to (cr, sx + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               double         x,
               double         y,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
fb_job_timeline_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double name_w, plot_x, plot_w, top, cursor, row_h;
  gboolean stacked;
  gint64 t0, t1, now, span_s, step;
  guint n = n_tasks (self);
  Colors c;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  get_colors (self, &c);

  if (n == 0)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, _("No tasks"), 1.0, -1);
      double w, h;

      pixel_size (layout, &w, &h);
      append_layout (snapshot, layout, (width - w) / 2, (height - h) / 2, &c.dim);
      return;
    }

  time_range (self, &t0, &t1, &now);
  span_s = MAX ((t1 - t0 + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC, 1);
  row_h = row_height (width);
  stacked = is_stacked (width);
  name_w = stacked ? width - RIGHT_PAD : name_column_width (self, width);
  plot_x = stacked ? 0 : name_w + NAME_GAP;
  plot_w = MAX (width - plot_x - RIGHT_PAD, 40);
  top = axis_height (self);

#define X_OF(t) (plot_x + (double) ((t) - t0) / (double) (t1 - t0) * plot_w)

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Row stripes and the axis. */
  {
    g_autofree char *widest = fb_format_duration (span_s * G_TIME_SPAN_SECOND);
    g_autoptr(PangoLayout) probe = make_layout (self, widest, PANGO_SCALE_SMALL, -1);
    double probe_w;

    pixel_size (probe, &probe_w, NULL);
    step = tick_step (span_s, plot_w, probe_w + 28);
  }

  for (gint64 s = 0; s <= span_s; s += step)
    {
      double x = floor (plot_x + (double) s * G_USEC_PER_SEC / (double) (t1 - t0) * plot_w) + 0.5;
      g_autofree char *text = fb_format_duration (s * G_TIME_SPAN_SECOND);
      g_autoptr(PangoLayout) layout = make_layout (self, text, PANGO_SCALE_SMALL, -1);
      double w, lx;

      if (x > plot_x + plot_w + 1)
        break;

      cairo_set_line_width (cr, 1);
      gdk_cairo_set_source_rgba (cr, &c.grid);
      if (stacked)
        {
          /* Names run across the full width: grid lines only beside the bars. */
          for (guint row = 0; row < n; row++)
            {
              double bar_top = top + row * row_h + row_h - BAR_HEIGHT - 9;

              cairo_move_to (cr, x, bar_top);
              cairo_line_to (cr, x, bar_top + BAR_HEIGHT + 6);
            }
        }
      else
        {
          cairo_move_to (cr, x, top - 2);
          cairo_line_to (cr, x, top + n * row_h);
        }
      cairo_stroke (cr);

      pixel_size (layout, &w, NULL);
      lx = s == 0 ? x - 0.5 : CLAMP (x - w / 2, plot_x, width - w);
      append_layout (snapshot, layout, lx, 0, &c.dim);
    }

  /* The bars. */
  cursor = plot_x;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FbJobTask) task = get_task (self, i);
      TaskKind kind = task_kind (task);
      GDateTime *s = fb_job_task_get_start_time (task);
      GDateTime *e = fb_job_task_get_end_time (task);
      double row_y = top + i * row_h;
      double bar_y, text_cy;
      double x1, x2;
      const GdkRGBA *fill = NULL;
      g_autoptr(PangoLayout) name = make_layout (self, task_name (task), 1.0, name_w);
      double name_h;
      gint64 ts = 0, te = 0;

      pixel_size (name, NULL, &name_h);
      if (stacked)
        bar_y = row_y + name_h + 6;
      else
        bar_y = row_y + (row_h - BAR_HEIGHT) / 2;
      text_cy = bar_y + BAR_HEIGHT / 2;
      append_layout (snapshot, name, 0, stacked ? row_y + 3 : row_y + (row_h - name_h) / 2,
                     kind == TASK_NOT_STARTED || kind == TASK_SKIPPED ? &c.dim : &c.fg);

      if (s != NULL)
        ts = g_date_time_to_unix (s) * G_USEC_PER_SEC + g_date_time_get_microsecond (s);
      if (e != NULL)
        te = g_date_time_to_unix (e) * G_USEC_PER_SEC + g_date_time_get_microsecond (e);
      else if (s != NULL && kind == TASK_IN_PROGRESS)
        te = MAX (now, ts);

      if (s != NULL && (e != NULL || kind == TASK_IN_PROGRESS))
        {
          x1 = X_OF (ts);
          x2 = MAX (X_OF (te), x1 + (kind == TASK_IN_PROGRESS ? 8 : 4));
        }
      else
        {
          x1 = MIN (cursor + 2, plot_x + plot_w - PENDING_WIDTH);
          x2 = x1 + (kind == TASK_SKIPPED ? 10 : PENDING_WIDTH);
        }
      x2 = MIN (x2, plot_x + plot_w);
      x1 = MIN (x1, x2 - 4);
      cursor = MAX (cursor, x2);

      switch (kind)
        {
        case TASK_SUCCEEDED: fill = &c.success; break;
        case TASK_FAILED: fill = &c.error; break;
        case TASK_CANCELLED: fill = &c.warning; break;
        case TASK_IN_PROGRESS: fill = &c.accent_bg; break;
        case TASK_SKIPPED: fill = &c.faint; break;
        case TASK_NOT_STARTED:
        case N_TASK_KINDS:
        default: fill = NULL; break;
        }

      if (fill != NULL)
        {
          gdk_cairo_set_source_rgba (cr, fill);
          fb_drawing_rounded_rect (cr, x1, bar_y, x2 - x1, BAR_HEIGHT, BAR_HEIGHT / 2);
          cairo_fill (cr);
          if (kind == TASK_IN_PROGRESS)
            draw_stripes (cr, x1, bar_y, x2 - x1, BAR_HEIGHT, self->stripe_offset);
        }
      else
        {
          cairo_set_line_width (cr, 1.5);
          gdk_cairo_set_source_rgba (cr, &c.faint);
          fb_drawing_rounded_rect (cr, x1 + 0.75, bar_y + 0.75, x2 - x1 - 1.5, BAR_HEIGHT - 1.5, (BAR_HEIGHT - 1.5) / 2);
          cairo_stroke (cr);
        }

      /* The duration beside the bar (or, for a task without times, its state), where
       * it fits. */
      {
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) layout = NULL;
        double w, h;

        if (s != NULL && (e != NULL || kind == TASK_IN_PROGRESS))
          text = fb_format_duration (te - ts);
        else if (kind == TASK_SKIPPED || kind == TASK_NOT_STARTED)
          text = g_strdup (task_kind_label (kind));

        if (text != NULL)
          {
            layout = make_layout (self, text, PANGO_SCALE_SMALL, -1);
            pixel_size (layout, &w, &h);
            if (x2 + 6 + w <= width)
              append_layout (snapshot, layout, x2 + 6, text_cy - h / 2, &c.dim);
            else if (fill != NULL && kind != TASK_SKIPPED && x2 - x1 >= w + 12)
              append_layout (snapshot, layout, x2 - 6 - w, text_cy - h / 2, &c.on_bar);
            else if (x1 - 6 - w >= plot_x)
              append_layout (snapshot, layout, x1 - 6 - w, text_cy - h / 2, &c.dim);
          }
      }
    }

#undef X_OF

  cairo_destroy (cr);
}

static void
fb_job_timeline_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      guint n = n_tasks (self);

      /* Without a width, the narrowest (stacked) timeline is the tallest. */
      double width = for_size > 0 ? for_size : MIN_WIDTH;

      *minimum = *natural = n == 0 ? 40 : (int) ceil (axis_height (self) + n * row_height (width) + 2);
    }
}

static GtkSizeRequestMode
fb_job_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static gboolean
fb_job_timeline_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (widget);
  g_autoptr(FbJobTask) task = NULL;
  g_autofree char *text = NULL;
  double top = axis_height (self);
  GDateTime *s, *e;
  int row;

  if (y < top)
    return FALSE;
  row = (int) ((y - top) / row_height (gtk_widget_get_width (widget)));
  if (row < 0 || (guint) row >= n_tasks (self))
    return FALSE;

  task = get_task (self, row);
  s = fb_job_task_get_start_time (task);
  e = fb_job_task_get_end_time (task);
  if (s != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *duration = fb_format_duration (g_date_time_difference (e != NULL ? e : now, s));

      /* TRANSLATORS: tooltip of a task in the timeline: name, state, duration */
      text = g_strdup_printf (C_("timeline tooltip", "%s\n%s · %s"), task_name (task),
                              task_kind_label (task_kind (task)), duration);
    }
  else
    /* TRANSLATORS: tooltip of a task in the timeline: name, state */
    text = g_strdup_printf (C_("timeline tooltip", "%s\n%s"), task_name (task),
                            task_kind_label (task_kind (task)));

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
fb_job_timeline_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fb_job_timeline_parent_class)->map (widget);
  update_timer (FB_JOB_TIMELINE (widget));
}

static void
fb_job_timeline_unmap (GtkWidget *widget)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (widget);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  GTK_WIDGET_CLASS (fb_job_timeline_parent_class)->unmap (widget);
}

static void
fb_job_timeline_dispose (GObject *object)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (object);

  fb_job_timeline_set_job (self, NULL);
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (fb_job_timeline_parent_class)->dispose (object);
}

static void
fb_job_timeline_finalize (GObject *object)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (object);

  g_clear_pointer (&self->watched_tasks, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (fb_job_timeline_parent_class)->finalize (object);
}

static void
fb_job_timeline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_timeline_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FbJobTimeline *self = FB_JOB_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_JOB:
      fb_job_timeline_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_job_timeline_class_init (FbJobTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fb_job_timeline_dispose;
  object_class->finalize = fb_job_timeline_finalize;
  object_class->get_property = fb_job_timeline_get_property;
  object_class->set_property = fb_job_timeline_set_property;

  widget_class->snapshot = fb_job_timeline_snapshot;
  widget_class->measure = fb_job_timeline_measure;
  widget_class->get_request_mode = fb_job_timeline_get_request_mode;
  widget_class->query_tooltip = fb_job_timeline_query_tooltip;
  widget_class->map = fb_job_timeline_map;
  widget_class->unmap = fb_job_timeline_unmap;

  /**
   * FbJobTimeline:job:
   *
   * The job whose tasks are drawn; the timeline follows its changes.
   */
  properties[PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL,
                         FB_TYPE_JOB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "jobtimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fb_job_timeline_init (FbJobTimeline *self)
{
  self->watched_tasks = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_summary (self);
}

/**
 * fb_job_timeline_new:
 *
 * Returns: (transfer floating): a new #FbJobTimeline
 */
GtkWidget *
fb_job_timeline_new (void)
{
  return g_object_new (FB_TYPE_JOB_TIMELINE, NULL);
}

/**
 * fb_job_timeline_get_job:
 * @self: a #FbJobTimeline
 *
 * Returns: (transfer none) (nullable): the job
 */
FbJob *
fb_job_timeline_get_job (FbJobTimeline *self)
{
  g_return_val_if_fail (FB_IS_JOB_TIMELINE (self), NULL);

  return self->job;
}

/**
 * fb_job_timeline_set_job:
 * @self: a #FbJobTimeline
 * @job: (nullable): a #FbJob
 *
 * Draws the tasks of @job and follows its changes.
 */
void
fb_job_timeline_set_job (FbJobTimeline *self,
                         FbJob         *job)
{
  g_return_if_fail (FB_IS_JOB_TIMELINE (self));
  g_return_if_fail (job == NULL || FB_IS_JOB (job));

  if (self->job == job)
    return;

  if (self->job != NULL)
    {
      unwatch_tasks (self);
      g_signal_handlers_disconnect_by_func (fb_job_get_tasks (self->job), tasks_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->job, job_notify_cb, self);
    }

  g_set_object (&self->job, job);

  if (self->job != NULL)
    {
      g_signal_connect_swapped (self->job, "notify", G_CALLBACK (job_notify_cb), self);
      g_signal_connect_swapped (fb_job_get_tasks (self->job), "items-changed",
                                G_CALLBACK (tasks_changed_cb), self);
      watch_tasks (self);
    }

  update_summary (self);
  update_timer (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

/**
 * fb_job_timeline_get_summary:
 * @self: a #FbJobTimeline
 *
 * The timeline in words, as set as the accessible label ("5 tasks: 3 succeeded, 1 in
 * progress, 1 not started").
 *
 * Returns: (transfer none): the summary
 */
const char *
fb_job_timeline_get_summary (FbJobTimeline *self)
{
  g_return_val_if_fail (FB_IS_JOB_TIMELINE (self), NULL);

  return self->summary;
}
