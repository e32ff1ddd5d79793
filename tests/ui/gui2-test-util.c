/* gui2-test-util.c - helpers of the item page, plan page and assistant tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gui2-test-util.h"

FbSession *
gui2_session_new (FbSimServer **out_server)
{
  return gui2_session_new_at_speed (200, out_server);
}

FbSession *
gui2_session_new_at_speed (double        speed,
                           FbSimServer **out_server)
{
  FbSession *session;
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  /* countdowns of the demo site follow the simulator's speed */
  g_setenv ("FAILBACK_DEMO_SPEED", g_ascii_dtostr (text, sizeof text, speed), TRUE);
  session = gui_test_session_new_at_speed ("demo", speed, out_server);
  fb_job_monitor_set_poll_interval (fb_session_get_job_monitor (session), 50);
  return session;
}

FbProtectedItem *
gui2_item (FbSession  *session,
           const char *friendly_name)
{
  GListModel *vaults = fb_session_get_vaults (session);

  for (guint v = 0; v < g_list_model_get_n_items (vaults); v++)
    {
      g_autoptr(FbVault) vault = g_list_model_get_item (vaults, v);
      GListModel *items = fb_session_get_items (session, vault);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(FbProtectedItem) item = g_list_model_get_item (items, i);

          if (g_strcmp0 (fb_protected_item_get_friendly_name (item), friendly_name) == 0)
            return item;
        }
    }
  g_error ("no item %s", friendly_name);
}

FbRecoveryPlan *
gui2_plan (FbSession  *session,
           const char *friendly_name)
{
  GListModel *vaults = fb_session_get_vaults (session);

  for (guint v = 0; v < g_list_model_get_n_items (vaults); v++)
    {
      g_autoptr(FbVault) vault = g_list_model_get_item (vaults, v);
      GListModel *plans = fb_session_get_plans (session, vault);

      for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
        {
          g_autoptr(FbRecoveryPlan) plan = g_list_model_get_item (plans, i);

          if (g_strcmp0 (fb_recovery_plan_get_friendly_name (plan), friendly_name) == 0)
            return plan;
        }
    }
  g_error ("no plan %s", friendly_name);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
gui2_wait_for (Gui2Predicate pred,
               gpointer      data,
               guint         seconds,
               const char   *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!pred (data))
    {
      g_main_context_iteration (NULL, TRUE);
      if (timed_out)
        g_error ("timed out after %u s waiting for %s", seconds, what);
    }
  g_source_remove (id);
}

void
gui2_wait (Gui2Predicate pred,
           gpointer      data,
           guint         seconds,
           const char   *what)
{
  gui2_wait_for (pred, data, seconds, what);
  gui_test_iterate ();
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (out, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

GPtrArray *
gui2_find_all (GtkWidget *root,
               GType      type)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, type, out);
  return out;
}

GtkWidget *
gui2_find_button (GtkWidget  *root,
                  const char *label)
{
  g_autoptr(GPtrArray) buttons = gui2_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *own = gtk_button_get_label (GTK_BUTTON (button));

      if (!gtk_widget_is_visible (button))
        continue;
      if (g_strcmp0 (own, label) == 0)
        return button;
    }
  return NULL;
}

guint
gui2_count_rows (GtkListBox *box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

gboolean
gui2_has_row_text (GtkWidget  *root,
                   const char *text)
{
  g_autoptr(GPtrArray) rows = gui2_find_all (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      const char *subtitle = adw_action_row_get_subtitle (row);

      if ((title && strstr (title, text)) || (subtitle && strstr (subtitle, text)))
        return TRUE;
    }
  return FALSE;
}
