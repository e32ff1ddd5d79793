/* fb-preferences-window.c - the preferences
 *
 * Every control is bound to GSettings; the account and vCenter groups say honestly
 * that there is nothing to list yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-preferences-window.h"

struct _FbPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  GtkAdjustment *polling_adjustment;
  GtkSwitch *notify_switch;
  AdwComboRow *recovery_point_row;
};

G_DEFINE_FINAL_TYPE (FbPreferencesWindow, fb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's positions, in the order of its GtkStringList. */
static const char * const recovery_point_nicks[] = {
  "latest-processed",
  "latest-app-consistent",
  "ask",
};

static gboolean
recovery_point_get_mapping (GValue   *value,
                            GVariant *variant,
                            gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (recovery_point_nicks); i++)
    {
      if (g_str_equal (nick, recovery_point_nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
recovery_point_set_mapping (const GValue       *value,
                            const GVariantType *expected_type,
                            gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (recovery_point_nicks))
    return NULL;

  return g_variant_new_string (recovery_point_nicks[position]);
}

static void
fb_preferences_window_dispose (GObject *object)
{
  FbPreferencesWindow *self = (FbPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FB_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fb_preferences_window_parent_class)->dispose (object);
}

static void
fb_preferences_window_class_init (FbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/failback/Failback/ui/fb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, polling_adjustment);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, FbPreferencesWindow, recovery_point_row);
}

static void
fb_preferences_window_init (FbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.failback.Failback");

  g_settings_bind (self->settings, "polling-interval",
                   self->polling_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "notify-job-finished",
                   self->notify_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-recovery-point",
                                self->recovery_point_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                recovery_point_get_mapping,
                                recovery_point_set_mapping,
                                NULL, NULL);
}

GtkWidget *
fb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (FB_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
