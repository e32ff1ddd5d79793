/* gui3-test-util.c - helpers of the jobs, sign-in and preferences widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gui3-test-util.h"

static gboolean have_display;

void
ut_init (int *argc, char ***argv)
{
  g_autofree char *root = g_dir_make_tmp ("fb-gui3-test-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (root, "state", NULL);
  g_autofree char *config = g_build_filename (root, "config", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("FAILBACK_KEYRING", "none", TRUE);
  /* accessible labels readable with gtk_test_accessible_* */
  g_setenv ("GTK_A11Y", "test", TRUE);

  g_test_init (argc, argv, NULL);

  have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  if (!have_display)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return;
    }
  adw_init ();
}

gboolean
ut_have_display (void)
{
  return have_display;
}

void
ut_run_briefly (void)
{
  for (guint i = 0; i < 5; i++)
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
ut_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
ut_store_result_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

void
ut_wait_result (GAsyncResult **slot)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*slot == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
}

void
ut_wait_until_items (GListModel *model, guint n, guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (g_list_model_get_n_items (model) < n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ut_run_for (10);
    }
}

guint
ut_count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

void
ut_wait_until_children (GtkWidget *widget, guint n, guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (ut_count_children (widget) < n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ut_run_for (10);
    }
}

static GtkImage *
find_image (GtkWidget *root)
{
  if (GTK_IS_IMAGE (root))
    return GTK_IMAGE (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkImage *found = find_image (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
ut_row_icon_is (GtkWidget *row, const char *icon_name)
{
  GtkImage *image = find_image (row);

  return image != NULL && g_strcmp0 (gtk_image_get_icon_name (image), icon_name) == 0;
}

static gboolean
has_name (GtkWidget *w, const char *name)
{
  if (GTK_IS_LABEL (w))
    return FALSE;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (w),
                                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      if (wrong == NULL)
        return TRUE;
    }
  if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), name) == 0)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), name) == 0)
    return TRUE;
  return FALSE;
}

GtkWidget *
ut_find_named (GtkWidget *root, const char *name)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if (has_name (root, name))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = ut_find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

AdwMessageDialog *
ut_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

AdwMessageDialog *
ut_wait_message_dialog (guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  AdwMessageDialog *dialog;

  while ((dialog = ut_find_message_dialog ()) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  return dialog;
}

void
ut_respond (AdwMessageDialog *dialog,
            const char       *response)
{
  /* A click on a response button emits "response" and closes the dialog. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ut_run_briefly ();
}
