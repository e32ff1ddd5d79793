/* fb-round-trip-view.c - the failback round trip, drawn
 *
 * Drawn with GtkSnapshot (cards, shadows, text) and one cairo node (glyphs, arrows,
 * stepper). Colours are read from ui/style.css rules for the CSS name "roundtripview"
 * (see fb-drawing-private.h). The stages follow docs/domain.md:
 *
 *   0 Protected  1 Failover  2 Commit  3 Reprotect  4 Failback  5 Commit  6 Reprotect
 *
 * The stepper shows them in one row when there is room, otherwise in two (the way out to
 * Azure, 0-2, and the way back, 3-6), so the picture works down to 280 px.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fb-core-enums.h"
#include "fb-drawing-private.h"
#include "fb-round-trip-view.h"

#define N_STAGES 7

#define CARD_PAD 14.0
#define CARD_RADIUS 12.0
#define GLYPH_SIZE 40.0
#define MACHINE_W 34.0
#define MACHINE_H 28.0
#define MAX_CONTENT_WIDTH 720.0
#define MIN_WIDTH 280
#define NATURAL_WIDTH 640
#define STEP_RADIUS 10.0
#define STEP_COLUMN_MIN 88.0
#define COMPACT_WIDTH 72
#define COMPACT_HEIGHT 24

typedef enum {
  SIDE_NONE = -1,
  SIDE_ON_PREMISES = 0,
  SIDE_AZURE = 1,
  SIDE_BETWEEN = 2,
} Side;

typedef enum {
  ARROW_NONE,
  ARROW_TO_AZURE,
  ARROW_TO_ON_PREMISES,
  ARROW_TRANSITION,
} Arrow;

/* What the picture shows, derived from phase, next-step and highlight-step. */
typedef struct {
  Side        machine;
  Side        replica;
  Arrow       arrow;
  gboolean    arrow_is_move;   /* failover/failback moves the machine; else replication */
  int         current_stage;   /* -1: not known */
  int         next_stage;      /* -1: none */
  const char *arrow_text;
  const char *replica_caption;
} Picture;

typedef struct {
  double       width;
  double       height;
  double       x0;
  double       content_width;
  double       gap;
  double       card_width;
  double       card_y;
  double       card_height;
  double       glyph_cy;
  double       title_y;
  double       subtitle_y[2];
  double       machine_cy;
  double       caption_y;
  PangoLayout *title[2];
  PangoLayout *subtitle[2];
  PangoLayout *caption[2];
  PangoLayout *arrow_label;
  int          n_rows;
  double       stage_cx[N_STAGES];
  double       stage_cy[N_STAGES];
  int          stage_row[N_STAGES];
  double       label_y[N_STAGES];
  double       column_width;
  PangoLayout *stage_label[N_STAGES];
} Layout;

struct _FbRoundTripView
{
  GtkWidget parent_instance;

  FbPhase phase;
  FbNextStep next_step;
  FbNextStep highlight_step;
  char *on_premises_label;
  char *azure_label;
  gboolean compact;

  char *description;
  guint animation_id;
  double dash_offset;
};

G_DEFINE_FINAL_TYPE (FbRoundTripView, fb_round_trip_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_NEXT_STEP,
  PROP_ON_PREMISES_LABEL,
  PROP_AZURE_LABEL,
  PROP_HIGHLIGHT_STEP,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
stage_label (int stage)
{
  switch (stage)
    {
    /* TRANSLATORS: the stages of the round trip as shown in the stepper of the round
     * trip picture; keep them short (they share a row of seven) */
    case 0: return C_("round trip stage", "Protected");
    case 1: return C_("round trip stage", "Failover");
    case 2: return C_("round trip stage", "Commit");
    case 3: return C_("round trip stage", "Reprotect");
    case 4: return C_("round trip stage", "Failback");
    case 5: return C_("round trip stage", "Commit");
    case 6: return C_("round trip stage", "Reprotect");
    default: g_assert_not_reached ();
    }
}

static Side
side_of_phase (FbPhase phase)
{
  switch (phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
    case FB_PHASE_ENABLING_PROTECTION:
    case FB_PHASE_FAILED_BACK:
    case FB_PHASE_RUNNING_ON_PREMISES:
      return SIDE_ON_PREMISES;
    case FB_PHASE_FAILED_OVER_TO_AZURE:
    case FB_PHASE_RUNNING_IN_AZURE:
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      return SIDE_AZURE;
    case FB_PHASE_IN_TRANSITION:
      return SIDE_BETWEEN;
    case FB_PHASE_UNKNOWN:
    default:
      return SIDE_NONE;
    }
}

static int
stage_of_phase (FbPhase phase)
{
  switch (phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
    case FB_PHASE_ENABLING_PROTECTION: return 0;
    case FB_PHASE_FAILED_OVER_TO_AZURE: return 1;
    case FB_PHASE_RUNNING_IN_AZURE: return 2;
    case FB_PHASE_PROTECTED_TO_ON_PREMISES: return 3;
    case FB_PHASE_FAILED_BACK: return 4;
    case FB_PHASE_RUNNING_ON_PREMISES: return 5;
    case FB_PHASE_IN_TRANSITION:
    case FB_PHASE_UNKNOWN:
    default:
      return -1;
    }
}

static int
stage_of_step (FbNextStep step,
               FbPhase    phase)
{
  switch (step)
    {
    case FB_NEXT_STEP_FAILOVER: return 1;
    case FB_NEXT_STEP_COMMIT: return side_of_phase (phase) == SIDE_ON_PREMISES ? 5 : 2;
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES: return 3;
    case FB_NEXT_STEP_FAILBACK: return 4;
    case FB_NEXT_STEP_REPROTECT_TO_AZURE: return 6;
    case FB_NEXT_STEP_NONE:
    default:
      return -1;
    }
}

static void
compute_picture (FbRoundTripView *self,
                 Picture         *p)
{
  p->machine = side_of_phase (self->phase);
  p->replica = SIDE_NONE;
  p->arrow = ARROW_NONE;
  p->arrow_is_move = FALSE;
  p->current_stage = stage_of_phase (self->phase);
  p->next_stage = stage_of_step (self->next_step, self->phase);
  /* TRANSLATORS: the label of the replication arrow in the round trip picture */
  p->arrow_text = C_("round trip", "Replication");
  /* TRANSLATORS: caption under the copy of the machine on the site it replicates to */
  p->replica_caption = C_("round trip", "Replica");

  switch (self->phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
    case FB_PHASE_ENABLING_PROTECTION:   /* the initial replication builds the replica */
      p->replica = SIDE_AZURE;
      p->arrow = ARROW_TO_AZURE;
      break;
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      p->replica = SIDE_ON_PREMISES;
      p->arrow = ARROW_TO_ON_PREMISES;
      break;
    case FB_PHASE_IN_TRANSITION:
      p->arrow = ARROW_TRANSITION;
      p->next_stage = -1;
      break;
    case FB_PHASE_FAILED_OVER_TO_AZURE:
    case FB_PHASE_RUNNING_IN_AZURE:
    case FB_PHASE_FAILED_BACK:
    case FB_PHASE_RUNNING_ON_PREMISES:
    case FB_PHASE_UNKNOWN:
    default:
      break;
    }

  if (self->highlight_step == FB_NEXT_STEP_NONE)
    return;

  /* The assistant: only the arrow of this one step. */
  p->next_stage = stage_of_step (self->highlight_step, self->phase);
  p->replica = SIDE_NONE;
  p->arrow = ARROW_NONE;
  switch (self->highlight_step)
    {
    case FB_NEXT_STEP_FAILOVER:
    case FB_NEXT_STEP_FAILBACK:
      p->arrow_is_move = TRUE;
      p->machine = self->highlight_step == FB_NEXT_STEP_FAILOVER ? SIDE_ON_PREMISES : SIDE_AZURE;
      p->replica = p->machine == SIDE_ON_PREMISES ? SIDE_AZURE : SIDE_ON_PREMISES;
      p->arrow = p->machine == SIDE_ON_PREMISES ? ARROW_TO_AZURE : ARROW_TO_ON_PREMISES;
      p->arrow_text = fb_next_step_to_string (self->highlight_step);
      /* TRANSLATORS: caption under the place where the machine will run after the step */
      p->replica_caption = C_("round trip", "Destination");
      break;
    case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
      p->machine = SIDE_AZURE;
      p->replica = SIDE_ON_PREMISES;
      p->arrow = ARROW_TO_ON_PREMISES;
      break;
    case FB_NEXT_STEP_REPROTECT_TO_AZURE:
      p->machine = SIDE_ON_PREMISES;
      p->replica = SIDE_AZURE;
      p->arrow = ARROW_TO_AZURE;
      break;
    case FB_NEXT_STEP_COMMIT:
      if (p->machine != SIDE_ON_PREMISES)
        p->machine = SIDE_AZURE;
      break;
    case FB_NEXT_STEP_NONE:
    default:
      break;
    }
}

/* The accessible label: the picture in words. */
static char *
build_description (FbRoundTripView *self)
{
  const char *where, *replication, *next;
  g_autofree char *next_text = NULL;

  if (self->highlight_step != FB_NEXT_STEP_NONE)
    {
      const char *what;

      switch (self->highlight_step)
        {
        case FB_NEXT_STEP_FAILOVER:
          what = _("from on-premises to Azure");
          break;
        case FB_NEXT_STEP_FAILBACK:
          what = _("from Azure to on-premises");
          break;
        case FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES:
          what = _("replication from Azure to on-premises");
          break;
        case FB_NEXT_STEP_REPROTECT_TO_AZURE:
          what = _("replication from on-premises to Azure");
          break;
        case FB_NEXT_STEP_COMMIT:
          what = side_of_phase (self->phase) == SIDE_ON_PREMISES
            ? _("the machine stays on-premises")
            : _("the machine stays in Azure");
          break;
        case FB_NEXT_STEP_NONE:
        default:
          g_assert_not_reached ();
        }

      /* TRANSLATORS: accessible description of the round trip picture in the assistant:
       * the step, then what it does, e.g. "Failback: from Azure to on-premises" */
      return g_strdup_printf (C_("round trip description", "%s: %s"),
                              fb_next_step_to_string (self->highlight_step), what);
    }

  switch (self->phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
    case FB_PHASE_ENABLING_PROTECTION:
    case FB_PHASE_RUNNING_ON_PREMISES:
      where = _("Running on-premises");
      break;
    case FB_PHASE_FAILED_BACK:
      where = _("Running on-premises after failback, not committed yet");
      break;
    case FB_PHASE_FAILED_OVER_TO_AZURE:
      where = _("Running in Azure after failover, not committed yet");
      break;
    case FB_PHASE_RUNNING_IN_AZURE:
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      where = _("Running in Azure");
      break;
    case FB_PHASE_IN_TRANSITION:
      where = _("In transition, a job is running");
      break;
    case FB_PHASE_UNKNOWN:
    default:
      where = _("State unknown");
      break;
    }

  if (self->next_step != FB_NEXT_STEP_NONE)
    /* TRANSLATORS: part of the round trip picture's description, e.g. "next step: Failback" */
    next = next_text = g_strdup_printf (_("next step: %s"), fb_next_step_to_string (self->next_step));
  else
    next = _("no next step");

  switch (self->phase)
    {
    case FB_PHASE_PROTECTED_TO_AZURE:
      replication = _("replication from on-premises to Azure");
      break;
    case FB_PHASE_ENABLING_PROTECTION:
      /* TRANSLATORS: part of the round trip picture's description while protection is being enabled */
      replication = _("initial replication from on-premises to Azure");
      break;
    case FB_PHASE_PROTECTED_TO_ON_PREMISES:
      replication = _("replication from Azure to on-premises");
      break;
    case FB_PHASE_FAILED_OVER_TO_AZURE:
    case FB_PHASE_RUNNING_IN_AZURE:
    case FB_PHASE_FAILED_BACK:
    case FB_PHASE_RUNNING_ON_PREMISES:
      replication = _("no replication");
      break;
    case FB_PHASE_IN_TRANSITION:
    case FB_PHASE_UNKNOWN:
    default:
      /* TRANSLATORS: accessible description of the round trip picture: where the
       * machine runs, then the next step */
      return g_strdup_printf (C_("round trip description", "%s; %s"), where, next);
    }

  /* TRANSLATORS: accessible description of the round trip picture: where the machine
   * runs; the replication; the next step. E.g. "Running in Azure; replication from
   * Azure to on-premises; next step: Failback" */
  return g_strdup_printf (C_("round trip description", "%s; %s; %s"), where, replication, next);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
needs_animation (FbRoundTripView *self)
{
  return self->phase == FB_PHASE_IN_TRANSITION &&
         self->highlight_step == FB_NEXT_STEP_NONE &&
         !self->compact;
}

static gboolean
animation_cb (gpointer user_data)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (user_data);

  /* Dashes march at 20 px/s toward the right (pattern period 12 px). */
  self->dash_offset = -fmod ((double) g_get_monotonic_time () / G_USEC_PER_SEC * 20.0, 12.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_CONTINUE;
}

/* Ten redraws a second from a plain timeout: enough to show the movement; a tick
 * callback would keep the frame clock running at the display's rate, which costs a
 * whole core on a software-rendered (VM) desktop. */
static void
update_animation (FbRoundTripView *self)
{
  gboolean wanted = needs_animation (self) &&
                    gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                    fb_drawing_animations_enabled (GTK_WIDGET (self));

  if (wanted && self->animation_id == 0)
    self->animation_id = g_timeout_add (100, animation_cb, self);
  else if (!wanted && self->animation_id != 0)
    g_clear_handle_id (&self->animation_id, g_source_remove);
}

static void
update_description (FbRoundTripView *self)
{
  g_autofree char *description = build_description (self);

  if (g_strcmp0 (description, self->description) == 0)
    return;

  g_free (self->description);
  self->description = g_steal_pointer (&description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->description,
                                  -1);
}

static void
changed (FbRoundTripView *self,
         gboolean         resize)
{
  update_description (self);
  update_animation (self);
  if (resize)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Layout */

static PangoLayout *
make_layout (FbRoundTripView *self,
             const char      *text,
             double           scale,
             PangoWeight      weight,
             double           width,
             int              max_lines)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (weight != PANGO_WEIGHT_NORMAL)
    pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -max_lines);
    }

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h = 0;

  if (layout != NULL)
    pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

static double
layout_width (PangoLayout *layout)
{
  int w = 0;

  if (layout != NULL)
    pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

static void
layout_clear (Layout *l)
{
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&l->title[i]);
      g_clear_object (&l->subtitle[i]);
      g_clear_object (&l->caption[i]);
    }
  g_clear_object (&l->arrow_label);
  for (guint i = 0; i < N_STAGES; i++)
    g_clear_object (&l->stage_label[i]);
}

/* Names such as "vc-nbg-01" wrap at spaces only: a word joiner (U+2060) after each
 * hyphen keeps the line breaker from splitting them. */
static char *
join_hyphens (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (s, *p);
      if (*p == '-')
        g_string_append (s, "\xe2\x81\xa0");
    }
  return g_string_free (s, FALSE);
}

static void
compute_layout (FbRoundTripView *self,
                const Picture   *p,
                double           width,
                Layout          *l)
{
  double text_width, y, caption_height = 0;
  const char *subtitles[2] = { self->on_premises_label, self->azure_label };

  memset (l, 0, sizeof *l);
  l->width = width;
  l->content_width = MIN (width, MAX_CONTENT_WIDTH);
  l->x0 = floor ((width - l->content_width) / 2);
  l->gap = floor (CLAMP (l->content_width * 0.24, 76, 200));
  l->card_width = floor ((l->content_width - l->gap) / 2);
  l->card_y = 2;
  text_width = l->card_width - 2 * CARD_PAD;

  /* TRANSLATORS: the name of the site in the round trip picture */
  l->title[SIDE_ON_PREMISES] = make_layout (self, C_("site", "On-premises"), 1.0, PANGO_WEIGHT_BOLD, text_width, 2);
  /* TRANSLATORS: the name of the site in the round trip picture */
  l->title[SIDE_AZURE] = make_layout (self, C_("site", "Azure"), 1.0, PANGO_WEIGHT_BOLD, text_width, 2);

  for (guint i = 0; i < 2; i++)
    {
      const char *caption = NULL;

      if (subtitles[i] != NULL && subtitles[i][0] != '\0')
        {
          g_autofree char *text = join_hyphens (subtitles[i]);

          l->subtitle[i] = make_layout (self, text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, text_width, 2);
        }

      if (p->machine == (Side) i)
        /* TRANSLATORS: caption under the machine on the site where it runs */
        caption = C_("round trip", "Running");
      else if (p->replica == (Side) i)
        caption = p->replica_caption;
      if (caption != NULL)
        {
          l->caption[i] = make_layout (self, caption, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, text_width, 1);
          caption_height = MAX (caption_height, layout_height (l->caption[i]));
        }
    }
  if (caption_height == 0)
    {
      g_autoptr(PangoLayout) probe = make_layout (self, "Xg", PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, -1, 1);
      caption_height = layout_height (probe);
    }

  y = l->card_y + CARD_PAD;
  l->glyph_cy = y + GLYPH_SIZE / 2;
  y += GLYPH_SIZE + 8;
  l->title_y = y;
  /* Each subtitle right under its title; the machines on one line below both. */
  {
    double bottom = y;

    for (guint i = 0; i < 2; i++)
      {
        l->subtitle_y[i] = y + layout_height (l->title[i]) + 2;
        bottom = MAX (bottom, l->subtitle_y[i] + layout_height (l->subtitle[i]));
      }
    y = bottom + 14;
  }
  l->machine_cy = y + MACHINE_H / 2;
  y += MACHINE_H + 4;
  l->caption_y = y;
  y += caption_height + CARD_PAD;
  l->card_height = y - l->card_y;

  if (p->arrow != ARROW_NONE && p->arrow != ARROW_TRANSITION)
    {
      l->arrow_label = make_layout (self, p->arrow_text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, -1, 1);
      if (layout_width (l->arrow_label) > l->gap - 10)
        {
          /* Wrap onto two lines; drop it when even that does not fit. */
          g_clear_object (&l->arrow_label);
          l->arrow_label = make_layout (self, p->arrow_text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, l->gap - 10, 2);
          if (pango_layout_is_ellipsized (l->arrow_label))
            g_clear_object (&l->arrow_label);
        }
    }

  /* The stepper. */
  y = l->card_y + l->card_height + 22;
  l->n_rows = l->content_width >= N_STAGES * STEP_COLUMN_MIN ? 1 : 2;
  l->column_width = floor (l->content_width / (l->n_rows == 1 ? N_STAGES : 4));

  for (int row = 0; row < l->n_rows; row++)
    {
      int first = l->n_rows == 1 ? 0 : (row == 0 ? 0 : 3);
      int last = l->n_rows == 1 ? N_STAGES - 1 : (row == 0 ? 2 : N_STAGES - 1);
      int count = last - first + 1;
      double row_x = l->x0 + (l->content_width - count * l->column_width) / 2;
      double label_height = 0;

      for (int i = first; i <= last; i++)
        {
          gboolean emphasis = i == p->current_stage || i == p->next_stage;

          l->stage_row[i] = row;
          l->stage_cx[i] = row_x + (i - first + 0.5) * l->column_width;
          l->stage_cy[i] = y + STEP_RADIUS + 4;
          l->label_y[i] = l->stage_cy[i] + STEP_RADIUS + 10;
          l->stage_label[i] = make_layout (self, stage_label (i), PANGO_SCALE_SMALL,
                                           emphasis ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                           l->column_width - 6, 2);
          label_height = MAX (label_height, layout_height (l->stage_label[i]));
        }

      y += 4 + 2 * STEP_RADIUS + 10 + label_height + (row + 1 < l->n_rows ? 14 : 2);
    }

  l->height = ceil (y);
}

/* Drawing */

typedef struct {
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA faint;
  GdkRGBA accent;
  GdkRGBA accent_bg;
  GdkRGBA accent_fg;
  GdkRGBA card_bg;
  GdkRGBA shade;
} Colors;

static void
get_colors (FbRoundTripView *self,
            Colors          *c)
{
  GtkWidget *widget = GTK_WIDGET (self);

  fb_drawing_get_color (widget, NULL, &c->fg);
  fb_drawing_get_color (widget, "accent", &c->accent);
  fb_drawing_get_color (widget, "accent-bg", &c->accent_bg);
  fb_drawing_get_color (widget, "accent-fg", &c->accent_fg);
  fb_drawing_get_color (widget, "card-bg", &c->card_bg);
  fb_drawing_get_color (widget, "shade", &c->shade);
  c->dim = fb_drawing_alpha (&c->fg, 0.55);
  c->faint = fb_drawing_alpha (&c->fg, 0.2);
}

static void
draw_server_glyph (cairo_t       *cr,
                   double         cx,
                   double         cy,
                   double         size,
                   const GdkRGBA *color)
{
  double w = size * 0.8, h = size * 0.25, gap = size * 0.08;
  double top = cy - (3 * h + 2 * gap) / 2;

  for (int i = 0; i < 3; i++)
    {
      double y = top + i * (h + gap);

      gdk_cairo_set_source_rgba (cr, color);
      fb_drawing_rounded_rect (cr, cx - w / 2, y, w, h, size * 0.06);
      cairo_fill (cr);

      /* Cut-outs: a status light and a drive slot. */
      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_arc (cr, cx + w / 2 - h * 0.55, y + h / 2, h * 0.17, 0, 2 * G_PI);
      cairo_fill (cr);
      fb_drawing_rounded_rect (cr, cx - w / 2 + h * 0.45, y + h / 2 - h * 0.1, w * 0.38, h * 0.2, h * 0.1);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

static void
draw_cloud_glyph (cairo_t       *cr,
                  double         cx,
                  double         cy,
                  double         size,
                  const GdkRGBA *color)
{
  double s = size;

  cy += s * 0.04;
  cairo_new_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx - s * 0.24, cy + s * 0.04, s * 0.19, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx + 0.02 * s, cy - s * 0.10, s * 0.27, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx + s * 0.27, cy + s * 0.06, s * 0.17, 0, 2 * G_PI);
  fb_drawing_rounded_rect (cr, cx - s * 0.43, cy + s * 0.02, s * 0.86, s * 0.21, s * 0.105);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_fill (cr);
}

static void
draw_machine (cairo_t       *cr,
              double         cx,
              double         cy,
              double         scale,
              gboolean       ghost,
              const Colors  *c)
{
  double w = MACHINE_W * scale, h = MACHINE_H * scale;
  double screen_h = h * 0.74;
  double x = cx - w / 2, y = cy - h / 2;

  if (ghost)
    {
      static const double dashes[] = { 3.0, 3.0 };

      cairo_save (cr);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      gdk_cairo_set_source_rgba (cr, &c->dim);
      fb_drawing_rounded_rect (cr, x + 0.75, y + 0.75, w - 1.5, screen_h - 1.5, 4 * scale);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_move_to (cr, cx, y + screen_h);
      cairo_line_to (cr, cx, y + h - 1);
      cairo_move_to (cr, cx - w * 0.22, y + h - 0.75);
      cairo_line_to (cr, cx + w * 0.22, y + h - 0.75);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  gdk_cairo_set_source_rgba (cr, &c->accent_bg);
  fb_drawing_rounded_rect (cr, x, y, w, screen_h, 4 * scale);
  cairo_fill (cr);
  cairo_rectangle (cr, cx - w * 0.07, y + screen_h - 1, w * 0.14, h * 0.16 + 1);
  cairo_fill (cr);
  fb_drawing_rounded_rect (cr, cx - w * 0.25, y + h - h * 0.1, w * 0.5, h * 0.1, h * 0.05);
  cairo_fill (cr);

  /* A running machine: a power-on "play" mark on the screen. */
  {
    double s = screen_h * 0.34, mx = cx + s * 0.15, my = y + screen_h / 2;

    gdk_cairo_set_source_rgba (cr, &c->accent_fg);
    cairo_move_to (cr, mx - s * 0.5, my - s * 0.6);
    cairo_line_to (cr, mx + s * 0.55, my);
    cairo_line_to (cr, mx - s * 0.5, my + s * 0.6);
    cairo_close_path (cr);
    cairo_fill (cr);
  }
}

static void
draw_arrow (cairo_t       *cr,
            double         x1,
            double         x2,
            double         y,
            double         thickness,
            double         head,
            Arrow          arrow,
            double         dash_offset,
            const Colors  *c)
{
  double from, to, dir;

  if (arrow == ARROW_NONE)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (arrow == ARROW_TRANSITION)
    {
      double dashes[] = { thickness * 2, thickness * 2 };

      cairo_set_line_width (cr, thickness);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), dash_offset);
      gdk_cairo_set_source_rgba (cr, &c->dim);
      cairo_move_to (cr, x1, y);
      cairo_line_to (cr, x2, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  dir = arrow == ARROW_TO_AZURE ? 1 : -1;
  from = dir > 0 ? x1 : x2;
  to = dir > 0 ? x2 : x1;

  gdk_cairo_set_source_rgba (cr, &c->accent_bg);
  cairo_set_line_width (cr, thickness);
  cairo_move_to (cr, from, y);
  cairo_line_to (cr, to - dir * head * 0.8, y);
  cairo_stroke (cr);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, thickness * 0.6);
  cairo_move_to (cr, to, y);
  cairo_line_to (cr, to - dir * head, y - head * 0.62);
  cairo_line_to (cr, to - dir * head, y + head * 0.62);
  cairo_close_path (cr);
  cairo_fill_preserve (cr);
  cairo_stroke (cr);

  cairo_restore (cr);
}

static void
draw_check (cairo_t       *cr,
            double         cx,
            double         cy,
            double         r,
            const GdkRGBA *color)
{
  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, MAX (1.6, r * 0.2));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, cx - r * 0.42, cy + r * 0.02);
  cairo_line_to (cr, cx - r * 0.1, cy + r * 0.34);
  cairo_line_to (cr, cx + r * 0.45, cy - r * 0.3);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_stepper (cairo_t       *cr,
              const Layout  *l,
              const Picture *p,
              const Colors  *c)
{
  double r = STEP_RADIUS;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Connectors between neighbours in the same row. */
  for (int i = 0; i + 1 < N_STAGES; i++)
    {
      double x1, x2, y;

      if (l->stage_row[i] != l->stage_row[i + 1])
        continue;

      x1 = l->stage_cx[i] + r + 4;
      x2 = l->stage_cx[i + 1] - r - 4;
      y = l->stage_cy[i];
      if (x2 <= x1)
        continue;

      cairo_set_line_width (cr, 2);
      if (p->current_stage >= 0 && i + 1 <= p->current_stage)
        gdk_cairo_set_source_rgba (cr, &c->accent_bg);
      else if (i + 1 == p->next_stage && i == p->current_stage)
        {
          static const double dashes[] = { 4.0, 4.0 };

          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          gdk_cairo_set_source_rgba (cr, &c->accent_bg);
        }
      else
        gdk_cairo_set_source_rgba (cr, &c->faint);
      cairo_move_to (cr, x1, y);
      cairo_line_to (cr, x2, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  for (int i = 0; i < N_STAGES; i++)
    {
      double cx = l->stage_cx[i], cy = l->stage_cy[i];

      if (i == p->current_stage)
        {
          GdkRGBA halo = fb_drawing_alpha (&c->accent_bg, 0.25);

          gdk_cairo_set_source_rgba (cr, &halo);
          cairo_arc (cr, cx, cy, r + 5, 0, 2 * G_PI);
          cairo_fill (cr);
          gdk_cairo_set_source_rgba (cr, &c->accent_bg);
          cairo_arc (cr, cx, cy, r + 1, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_check (cr, cx, cy, r + 1, &c->accent_fg);
        }
      else if (p->current_stage >= 0 && i < p->current_stage)
        {
          gdk_cairo_set_source_rgba (cr, &c->accent_bg);
          cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_check (cr, cx, cy, r, &c->accent_fg);
        }
      else if (i == p->next_stage)
        {
          gdk_cairo_set_source_rgba (cr, &c->accent_bg);
          cairo_set_line_width (cr, 2);
          cairo_arc (cr, cx, cy, r - 1, 0, 2 * G_PI);
          cairo_stroke (cr);
          cairo_arc (cr, cx, cy, r * 0.38, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else
        {
          gdk_cairo_set_source_rgba (cr, &c->faint);
          cairo_set_line_width (cr, 2);
          cairo_arc (cr, cx, cy, r - 1, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               double         x,
               double         y,
               const GdkRGBA *color)
{
  if (layout == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* A layout centred on @cx, wrapped to @width. */
static void
append_centered (GtkSnapshot   *snapshot,
                 PangoLayout   *layout,
                 double         cx,
                 double         y,
                 const GdkRGBA *color)
{
  int w;

  if (layout == NULL)
    return;

  w = pango_layout_get_width (layout);
  if (w > 0)
    append_layout (snapshot, layout, cx - (double) w / PANGO_SCALE / 2, y, color);
  else
    append_layout (snapshot, layout, cx - layout_width (layout) / 2, y, color);
}

static void
snapshot_card (GtkSnapshot  *snapshot,
               double        x,
               double        y,
               double        w,
               double        h,
               gboolean      active,
               const Colors *c)
{
  GskRoundedRect outline;
  GdkRGBA shadow = fb_drawing_alpha (&c->shade, 1.0);
  GdkRGBA border_color = active ? c->accent_bg : fb_drawing_alpha (&c->fg, 0.08);
  float border = active ? 2 : 1;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, w, h), CARD_RADIUS);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);

  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &c->card_bg, &GRAPHENE_RECT_INIT (x, y, w, h));
  if (active)
    {
      GdkRGBA tint = fb_drawing_alpha (&c->accent_bg, 0.06);

      gtk_snapshot_append_color (snapshot, &tint, &GRAPHENE_RECT_INIT (x, y, w, h));
    }
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { border, border, border, border },
                              (GdkRGBA[4]) { border_color, border_color, border_color, border_color });
}

static void
snapshot_compact (FbRoundTripView *self,
                  GtkSnapshot     *snapshot,
                  const Picture   *p,
                  const Colors    *c)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double x = floor ((width - COMPACT_WIDTH) / 2), cy = floor (height / 2);
  GdkRGBA site_dim = fb_drawing_alpha (&c->fg, 0.45);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_server_glyph (cr, x + 10, cy, 18, p->machine == SIDE_ON_PREMISES ? &c->accent_bg : &site_dim);
  draw_cloud_glyph (cr, x + COMPACT_WIDTH - 12, cy, 24, p->machine == SIDE_AZURE ? &c->accent_bg : &site_dim);
  draw_arrow (cr, x + 23, x + COMPACT_WIDTH - 27, cy, 2, 6, p->arrow, 0, c);
  cairo_destroy (cr);
}

static void
fb_round_trip_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double left_cx, right_cx, arrow_x1, arrow_x2;
  GdkRGBA site_dim;
  Picture p;
  Colors c;
  Layout l;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  compute_picture (self, &p);
  get_colors (self, &c);

  if (self->compact)
    {
      snapshot_compact (self, snapshot, &p, &c);
      return;
    }

  compute_layout (self, &p, width, &l);
  left_cx = l.x0 + l.card_width / 2;
  right_cx = l.x0 + l.content_width - l.card_width / 2;
  arrow_x1 = l.x0 + l.card_width + 8;
  arrow_x2 = l.x0 + l.content_width - l.card_width - 8;
  site_dim = fb_drawing_alpha (&c.fg, 0.6);

  /* The two sites. */
  snapshot_card (snapshot, l.x0, l.card_y, l.card_width, l.card_height,
                 p.machine == SIDE_ON_PREMISES, &c);
  snapshot_card (snapshot, l.x0 + l.content_width - l.card_width, l.card_y, l.card_width,
                 l.card_height, p.machine == SIDE_AZURE, &c);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, MAX (height, l.height)));

  draw_server_glyph (cr, left_cx, l.glyph_cy, GLYPH_SIZE * 0.9,
                     p.machine == SIDE_ON_PREMISES ? &c.accent_bg : &site_dim);
  draw_cloud_glyph (cr, right_cx, l.glyph_cy, GLYPH_SIZE * 1.15,
                    p.machine == SIDE_AZURE ? &c.accent_bg : &site_dim);

  for (int side = 0; side < 2; side++)
    {
      double cx = side == SIDE_ON_PREMISES ? left_cx : right_cx;

      if (p.machine == side)
        draw_machine (cr, cx, l.machine_cy, 1.0, FALSE, &c);
      else if (p.replica == side)
        draw_machine (cr, cx, l.machine_cy, 1.0, TRUE, &c);
    }

  draw_arrow (cr, arrow_x1, arrow_x2, l.machine_cy,
              p.arrow_is_move ? 4 : 3, p.arrow_is_move ? 13 : 11,
              p.arrow, self->dash_offset, &c);
  if (p.machine == SIDE_BETWEEN)
    {
      double mid = (arrow_x1 + arrow_x2) / 2;

      /* The machine on its way, over the dashes. */
      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_rectangle (cr, mid - MACHINE_W * 0.45, l.machine_cy - MACHINE_H * 0.45, MACHINE_W * 0.9, MACHINE_H * 0.9);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_machine (cr, mid, l.machine_cy, 0.8, FALSE, &c);
    }

  draw_stepper (cr, &l, &p, &c);
  cairo_destroy (cr);

  /* Text. */
  append_centered (snapshot, l.title[0], left_cx, l.title_y, &c.fg);
  append_centered (snapshot, l.title[1], right_cx, l.title_y, &c.fg);
  append_centered (snapshot, l.subtitle[0], left_cx, l.subtitle_y[0], &c.dim);
  append_centered (snapshot, l.subtitle[1], right_cx, l.subtitle_y[1], &c.dim);
  append_centered (snapshot, l.caption[0], left_cx, l.caption_y,
                   p.machine == SIDE_ON_PREMISES ? &c.accent : &c.dim);
  append_centered (snapshot, l.caption[1], right_cx, l.caption_y,
                   p.machine == SIDE_AZURE ? &c.accent : &c.dim);
  if (l.arrow_label != NULL)
    append_centered (snapshot, l.arrow_label, (arrow_x1 + arrow_x2) / 2,
                     l.machine_cy - 10 - layout_height (l.arrow_label), &c.accent);

  for (int i = 0; i < N_STAGES; i++)
    {
      const GdkRGBA *color;

      if (i == p.current_stage)
        color = &c.fg;
      else if (i == p.next_stage)
        color = &c.accent;
      else if (p.current_stage >= 0 && i < p.current_stage)
        color = &c.fg;
      else
        color = &c.dim;
      append_centered (snapshot, l.stage_label[i], l.stage_cx[i], l.label_y[i], color);
    }

  layout_clear (&l);
}

static GtkSizeRequestMode
fb_round_trip_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fb_round_trip_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (widget);

  if (self->compact)
    {
      *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? COMPACT_WIDTH : COMPACT_HEIGHT;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      Picture p;
      Layout min_layout, nat_layout;

      compute_picture (self, &p);
      compute_layout (self, &p, for_size > 0 ? MAX (for_size, MIN_WIDTH) : NATURAL_WIDTH, &nat_layout);
      *minimum = *natural = (int) nat_layout.height;
      layout_clear (&nat_layout);

      if (for_size < 0)
        {
          /* Without a width, the narrowest picture is the tallest. */
          compute_layout (self, &p, MIN_WIDTH, &min_layout);
          *minimum = *natural = MAX (*natural, (int) min_layout.height);
          layout_clear (&min_layout);
        }
    }
}

static void
fb_round_trip_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fb_round_trip_view_parent_class)->map (widget);
  update_animation (FB_ROUND_TRIP_VIEW (widget));
}

static void
fb_round_trip_view_unmap (GtkWidget *widget)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (widget);

  g_clear_handle_id (&self->animation_id, g_source_remove);
  GTK_WIDGET_CLASS (fb_round_trip_view_parent_class)->unmap (widget);
}

static void
fb_round_trip_view_finalize (GObject *object)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (object);

  g_clear_handle_id (&self->animation_id, g_source_remove);

  g_clear_pointer (&self->on_premises_label, g_free);
  g_clear_pointer (&self->azure_label, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (fb_round_trip_view_parent_class)->finalize (object);
}

static void
fb_round_trip_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_NEXT_STEP:
      g_value_set_enum (value, self->next_step);
      break;
    case PROP_ON_PREMISES_LABEL:
      g_value_set_string (value, self->on_premises_label);
      break;
    case PROP_AZURE_LABEL:
      g_value_set_string (value, self->azure_label);
      break;
    case PROP_HIGHLIGHT_STEP:
      g_value_set_enum (value, self->highlight_step);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_round_trip_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FbRoundTripView *self = FB_ROUND_TRIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      fb_round_trip_view_set_phase (self, g_value_get_enum (value));
      break;
    case PROP_NEXT_STEP:
      fb_round_trip_view_set_next_step (self, g_value_get_enum (value));
      break;
    case PROP_ON_PREMISES_LABEL:
      fb_round_trip_view_set_on_premises_label (self, g_value_get_string (value));
      break;
    case PROP_AZURE_LABEL:
      fb_round_trip_view_set_azure_label (self, g_value_get_string (value));
      break;
    case PROP_HIGHLIGHT_STEP:
      fb_round_trip_view_set_highlight_step (self, g_value_get_enum (value));
      break;
    case PROP_COMPACT:
      fb_round_trip_view_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_round_trip_view_class_init (FbRoundTripViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fb_round_trip_view_finalize;
  object_class->get_property = fb_round_trip_view_get_property;
  object_class->set_property = fb_round_trip_view_set_property;

  widget_class->snapshot = fb_round_trip_view_snapshot;
  widget_class->measure = fb_round_trip_view_measure;
  widget_class->get_request_mode = fb_round_trip_view_get_request_mode;
  widget_class->map = fb_round_trip_view_map;
  widget_class->unmap = fb_round_trip_view_unmap;

  /**
   * FbRoundTripView:phase:
   *
   * Where the machine stands in the round trip.
   */
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       FB_TYPE_PHASE, FB_PHASE_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbRoundTripView:next-step:
   *
   * The step the app offers next; its stage is marked in the stepper.
   */
  properties[PROP_NEXT_STEP] =
    g_param_spec_enum ("next-step", NULL, NULL,
                       FB_TYPE_NEXT_STEP, FB_NEXT_STEP_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbRoundTripView:on-premises-label:
   *
   * The subtitle of the on-premises site, e.g. "vCenter vc-nbg-01".
   */
  properties[PROP_ON_PREMISES_LABEL] =
    g_param_spec_string ("on-premises-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbRoundTripView:azure-label:
   *
   * The subtitle of the Azure site, e.g. the region "Germany West Central".
   */
  properties[PROP_AZURE_LABEL] =
    g_param_spec_string ("azure-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbRoundTripView:highlight-step:
   *
   * When not %FB_NEXT_STEP_NONE, the picture shows only what this step does (the
   * assistant's direction page): the arrow of the step and its stage.
   */
  properties[PROP_HIGHLIGHT_STEP] =
    g_param_spec_enum ("highlight-step", NULL, NULL,
                       FB_TYPE_NEXT_STEP, FB_NEXT_STEP_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FbRoundTripView:compact:
   *
   * The small picture for list rows: the two sites and the arrow, no text.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "roundtripview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fb_round_trip_view_init (FbRoundTripView *self)
{
  self->phase = FB_PHASE_UNKNOWN;
  self->next_step = FB_NEXT_STEP_NONE;
  self->highlight_step = FB_NEXT_STEP_NONE;

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  update_description (self);
}

/**
 * fb_round_trip_view_new:
 *
 * Returns: (transfer floating): a new #FbRoundTripView
 */
GtkWidget *
fb_round_trip_view_new (void)
{
  return g_object_new (FB_TYPE_ROUND_TRIP_VIEW, NULL);
}

FbPhase
fb_round_trip_view_get_phase (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), FB_PHASE_UNKNOWN);

  return self->phase;
}

void
fb_round_trip_view_set_phase (FbRoundTripView *self,
                              FbPhase          phase)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  if (self->phase == phase)
    return;

  self->phase = phase;
  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

FbNextStep
fb_round_trip_view_get_next_step (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), FB_NEXT_STEP_NONE);

  return self->next_step;
}

void
fb_round_trip_view_set_next_step (FbRoundTripView *self,
                                  FbNextStep       next_step)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  if (self->next_step == next_step)
    return;

  self->next_step = next_step;
  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEP]);
}

const char *
fb_round_trip_view_get_on_premises_label (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), NULL);

  return self->on_premises_label;
}

void
fb_round_trip_view_set_on_premises_label (FbRoundTripView *self,
                                          const char      *label)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  if (!set_string (&self->on_premises_label, label))
    return;

  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_PREMISES_LABEL]);
}

const char *
fb_round_trip_view_get_azure_label (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), NULL);

  return self->azure_label;
}

void
fb_round_trip_view_set_azure_label (FbRoundTripView *self,
                                    const char      *label)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  if (!set_string (&self->azure_label, label))
    return;

  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AZURE_LABEL]);
}

FbNextStep
fb_round_trip_view_get_highlight_step (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), FB_NEXT_STEP_NONE);

  return self->highlight_step;
}

void
fb_round_trip_view_set_highlight_step (FbRoundTripView *self,
                                       FbNextStep       step)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  if (self->highlight_step == step)
    return;

  self->highlight_step = step;
  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_STEP]);
}

gboolean
fb_round_trip_view_get_compact (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), FALSE);

  return self->compact;
}

void
fb_round_trip_view_set_compact (FbRoundTripView *self,
                                gboolean         compact)
{
  g_return_if_fail (FB_IS_ROUND_TRIP_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/**
 * fb_round_trip_view_get_description:
 * @self: a #FbRoundTripView
 *
 * The picture in words, as set as the accessible label ("Running in Azure; replication
 * from Azure to on-premises; next step: Failback").
 *
 * Returns: (transfer none): the description
 */
const char *
fb_round_trip_view_get_description (FbRoundTripView *self)
{
  g_return_val_if_fail (FB_IS_ROUND_TRIP_VIEW (self), NULL);

  return self->description;
}
