/* fb-drawing-private.h - small helpers shared by the drawn widgets
 * (FbRoundTripView, FbJobTimeline)
 *
 * Colours come from the theme: ui/style.css has rules for the widgets' CSS names with a
 * style class per role ("roundtripview.accent-bg { color: @accent_bg_color; }"); the
 * drawing code reads them from a saved style context with that class added, so they
 * follow the accent colour, dark mode and high contrast without restyling the widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The `color` of @widget's CSS node with @css_class added (or of the node itself). */
static inline void
fb_drawing_get_color (GtkWidget  *widget,
                      const char *css_class,
                      GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (css_class == NULL)
    {
      gtk_style_context_get_color (context, color);
      return;
    }

  gtk_style_context_save (context);
  gtk_style_context_add_class (context, css_class);
  gtk_style_context_get_color (context, color);
  gtk_style_context_restore (context);
}

/* @a blended over @b by @t (0 = @b, 1 = @a), opaque when both are. */
static inline GdkRGBA
fb_drawing_mix (const GdkRGBA *a,
                const GdkRGBA *b,
                double         t)
{
  GdkRGBA c = {
    a->red * t + b->red * (1 - t),
    a->green * t + b->green * (1 - t),
    a->blue * t + b->blue * (1 - t),
    a->alpha * t + b->alpha * (1 - t),
  };
  return c;
}

static inline GdkRGBA
fb_drawing_alpha (const GdkRGBA *a,
                  double         alpha)
{
  GdkRGBA c = *a;

  c.alpha *= alpha;
  return c;
}

static inline void
fb_drawing_rounded_rect (cairo_t *cr,
                         double   x,
                         double   y,
                         double   w,
                         double   h,
                         double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static inline gboolean
fb_drawing_animations_enabled (GtkWidget *widget)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (widget), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

G_END_DECLS
