/* fb-countdown.c - a visible countdown before a retry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-countdown.h"

struct _FbCountdown
{
  GObject parent_instance;

  guint   total;
  guint   remaining;
  guint   tick_ms;
  guint   source_id;
};

G_DEFINE_FINAL_TYPE (FbCountdown, fb_countdown, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REMAINING,
  PROP_TOTAL,
  PROP_RUNNING,
  N_PROPS
};

enum {
  SIGNAL_TICK,
  SIGNAL_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
fb_countdown_dispose (GObject *object)
{
  FbCountdown *self = FB_COUNTDOWN (object);

  g_clear_handle_id (&self->source_id, g_source_remove);
  G_OBJECT_CLASS (fb_countdown_parent_class)->dispose (object);
}

static void
fb_countdown_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FbCountdown *self = FB_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_REMAINING: g_value_set_uint (value, self->remaining); break;
    case PROP_TOTAL: g_value_set_uint (value, self->total); break;
    case PROP_RUNNING: g_value_set_boolean (value, self->source_id != 0); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fb_countdown_class_init (FbCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fb_countdown_dispose;
  object_class->get_property = fb_countdown_get_property;

  properties[PROP_REMAINING] = g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[SIGNAL_FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fb_countdown_init (FbCountdown *self)
{
  self->tick_ms = 1000;
}

FbCountdown *
fb_countdown_new (guint seconds,
                  guint tick_ms)
{
  FbCountdown *self = g_object_new (FB_TYPE_COUNTDOWN, NULL);

  self->total = seconds;
  self->remaining = seconds;
  self->tick_ms = tick_ms > 0 ? tick_ms : 1000;
  return self;
}

static gboolean
on_tick (gpointer user_data)
{
  FbCountdown *self = user_data;

  g_object_ref (self);
  if (self->remaining > 0)
    self->remaining--;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
  g_signal_emit (self, signals[SIGNAL_TICK], 0, self->remaining);
  if (self->remaining == 0 && self->source_id != 0)
    {
      self->source_id = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0);
      g_object_unref (self);
      return G_SOURCE_REMOVE;
    }
  g_object_unref (self);
  return G_SOURCE_CONTINUE;
}

void
fb_countdown_start (FbCountdown *self)
{
  g_return_if_fail (FB_IS_COUNTDOWN (self));

  if (self->source_id != 0)
    return;
  self->remaining = self->total;
  self->source_id = g_timeout_add (self->tick_ms, on_tick, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
fb_countdown_cancel (FbCountdown *self)
{
  g_return_if_fail (FB_IS_COUNTDOWN (self));

  if (self->source_id == 0)
    return;
  g_clear_handle_id (&self->source_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

guint
fb_countdown_get_remaining (FbCountdown *self)
{
  g_return_val_if_fail (FB_IS_COUNTDOWN (self), 0);
  return self->remaining;
}

guint
fb_countdown_get_total (FbCountdown *self)
{
  g_return_val_if_fail (FB_IS_COUNTDOWN (self), 0);
  return self->total;
}

gboolean
fb_countdown_is_running (FbCountdown *self)
{
  g_return_val_if_fail (FB_IS_COUNTDOWN (self), FALSE);
  return self->source_id != 0;
}
