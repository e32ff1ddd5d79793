/* test-ui.c - the application shell: every template builds, the window works
 *
 * Runs under Xvfb with GTK_A11Y=none, GSETTINGS_BACKEND=memory and
 * G_DEBUG=fatal-warnings: any GTK warning fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>

#include "fb-application.h"
#include "fb-job-page.h"
#include "fb-jobs-view.h"
#include "fb-preferences-window.h"
#include "fb-session.h"
#include "fb-sign-in-window.h"
#include "fb-welcome-page.h"
#include "fb-assistant.h"
#include "fb-infrastructure-view.h"
#include "fb-item-page.h"
#include "fb-plan-page.h"
#include "fb-items-view.h"
#include "fb-plans-view.h"
#include "fb-vault-view.h"
#include "fb-window.h"

#define RESOURCE_BASE "/io/github/failback/Failback"

static FbApplication *app;

/* Every ui/fb-*.ui template and the type it belongs to. A new template without an
 * entry here fails test_templates_listed. */
static const struct {
  const char *file;
  GType (*get_type) (void);
} templates[] = {
  { "fb-job-page.ui", fb_job_page_get_type },
  { "fb-jobs-view.ui", fb_jobs_view_get_type },
  { "fb-preferences-window.ui", fb_preferences_window_get_type },
  { "fb-sign-in-window.ui", fb_sign_in_window_get_type },
  { "fb-welcome-page.ui", fb_welcome_page_get_type },
  { "fb-infrastructure-view.ui", fb_infrastructure_view_get_type },
  { "fb-items-view.ui", fb_items_view_get_type },
  { "fb-plans-view.ui", fb_plans_view_get_type },
  { "fb-vault-view.ui", fb_vault_view_get_type },
  { "fb-assistant.ui", fb_assistant_get_type },
  { "fb-item-page.ui", fb_item_page_get_type },
  { "fb-plan-page.ui", fb_plan_page_get_type },
  { "fb-window.ui", fb_window_get_type },
};

static void
run_main_loop_briefly (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_templates_listed (void)
{
  g_autofree char *ui_dir = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "ui", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (ui_dir, 0, &error);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_files = 0;
  const char *name;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    g_hash_table_add (listed, (gpointer) templates[i].file);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, "fb-") || !g_str_has_suffix (name, ".ui"))
        continue;

      if (!g_hash_table_contains (listed, name))
        g_error ("ui/%s has no entry in the template table of %s", name, __FILE__);

      /* ... and it is compiled into the GResource. */
      path = g_strconcat (RESOURCE_BASE "/ui/", name, NULL);
      g_assert_true (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, &error));
      g_assert_no_error (error);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (templates));
}

static void
test_templates_build (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      GType type = templates[i].get_type ();
      GObject *object;

      g_test_message ("building %s (%s)", templates[i].file, g_type_name (type));

      if (g_type_is_a (type, GTK_TYPE_APPLICATION_WINDOW))
        object = g_object_ref (g_object_new (type, "application", app, NULL));
      else if (g_type_is_a (type, GTK_TYPE_WINDOW))
        object = g_object_ref (g_object_new (type, NULL));
      else
        object = g_object_ref_sink (g_object_new (type, NULL));

      g_assert_true (GTK_IS_WIDGET (object));

      if (GTK_IS_WINDOW (object))
        {
          gtk_window_present (GTK_WINDOW (object));
          run_main_loop_briefly ();
          gtk_window_destroy (GTK_WINDOW (object));
        }

      run_main_loop_briefly ();
      g_assert_finalize_object (object);
    }
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static const char *
widget_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return "(accessible label)";
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return "(labelled by)";
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  return NULL;
}

/* Every control in @root has an accessible name: an explicit label, a labelled-by
 * relation, or a button label. Internal children of composite GTK controls are
 * named by GTK itself and skipped. */
static guint
assert_controls_named (GtkWidget *root)
{
  guint n_controls = 0;

  /* Hidden widgets are not exposed to assistive technologies. */
  if (GTK_IS_WINDOW_CONTROLS (root) || !gtk_widget_get_visible (root))
    return 0;

  if (GTK_IS_BUTTON (root) || GTK_IS_MENU_BUTTON (root) || GTK_IS_SWITCH (root) ||
      GTK_IS_SPIN_BUTTON (root) || GTK_IS_SEARCH_ENTRY (root) || GTK_IS_LIST_BOX (root))
    {
      if (widget_accessible_name (root) == NULL)
        {
          g_autoptr(GString) path = g_string_new (G_OBJECT_TYPE_NAME (root));

          for (GtkWidget *w = gtk_widget_get_parent (root); w != NULL; w = gtk_widget_get_parent (w))
            g_string_prepend (g_string_prepend (path, " > "), G_OBJECT_TYPE_NAME (w));
          g_error ("%s has no accessible name", path->str);
        }
      n_controls++;

      if (!GTK_IS_LIST_BOX (root))
        return n_controls;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_controls += assert_controls_named (child);

  return n_controls;
}

static void
collect_menu_actions (GMenuModel *model,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));

      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        collect_menu_actions (section, actions);
    }
}

static gboolean
strv_contains_accel (const char * const *accels,
                     const char         *accel)
{
  return accels != NULL && g_strv_contains (accels, accel);
}

static void
test_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.failback.Failback");
  g_autoptr(GPtrArray) menu_actions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FbSession) session = NULL;
  g_auto(GStrv) accels = NULL;
  FbWindow *window;
  GtkWidget *welcome_page;
  GtkWidget *sign_in_button;
  GtkWidget *demo_button;
  GtkWidget *menu_button;
  GtkStack *main_stack;
  GtkRevealer *banner_revealer;

  window = g_object_ref (fb_window_new (app));
  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_briefly ();

#ifdef DEVELOPMENT_BUILD
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"));
#else
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"));
#endif

  /* Without an account the welcome page shows, with its two ways in. */
  main_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");

  welcome_page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "welcome_page"));
  g_assert_true (FB_IS_WELCOME_PAGE (welcome_page));
  g_assert_true (gtk_widget_is_visible (welcome_page));

  sign_in_button = GTK_WIDGET (gtk_widget_get_template_child (welcome_page, FB_TYPE_WELCOME_PAGE, "sign_in_button"));
  demo_button = GTK_WIDGET (gtk_widget_get_template_child (welcome_page, FB_TYPE_WELCOME_PAGE, "demo_button"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sign_in_button)), ==, "Sign in to Azure");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (demo_button)), ==, "Try the Demo Site");
  g_assert_true (gtk_widget_has_css_class (sign_in_button, "suggested-action"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (sign_in_button)), ==, "win.sign-in");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (demo_button)), ==, "app.demo");
  g_assert_true (gtk_widget_is_sensitive (sign_in_button));
  g_assert_true (gtk_widget_is_sensitive (demo_button));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "demo"));

  /* Icon-only buttons carry an explicit accessible label. */
  menu_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "welcome_menu_button"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (window)), >=, 8);

  /* The primary menu: Preferences, Keyboard Shortcuts, About - and each action exists. */
  collect_menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)), menu_actions);
  g_assert_cmpuint (menu_actions->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (menu_actions, 0), ==, "app.preferences");
  g_assert_cmpstr (g_ptr_array_index (menu_actions, 1), ==, "win.show-help-overlay");
  g_assert_cmpstr (g_ptr_array_index (menu_actions, 2), ==, "app.about");
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (strv_contains_accel ((const char * const *) accels, "<Control>q"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_true (strv_contains_accel ((const char * const *) accels, "<Control>comma"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_true (strv_contains_accel ((const char * const *) accels, "<Control>w"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (strv_contains_accel ((const char * const *) accels, "<Control>question"));

  /* The actions behind the menu open their windows without a warning. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  run_main_loop_briefly ();
  {
    g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
    gboolean seen_preferences = FALSE;
    gboolean seen_about = FALSE;

    for (const GList *l = windows; l != NULL; l = l->next)
      {
        if (FB_IS_PREFERENCES_WINDOW (l->data))
          seen_preferences = TRUE;
        if (ADW_IS_ABOUT_WINDOW (l->data))
          {
            seen_about = TRUE;
            g_assert_cmpstr (adw_about_window_get_version (l->data), ==, PACKAGE_VERSION);
            g_assert_cmpstr (adw_about_window_get_application_icon (l->data), ==, APPLICATION_ID);
          }
        if (l->data != (gpointer) window && !GTK_IS_SHORTCUTS_WINDOW (l->data))
          gtk_window_destroy (GTK_WINDOW (l->data));
      }
    g_assert_true (seen_preferences);
    g_assert_true (seen_about);
  }
  gtk_widget_set_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))), FALSE);
  run_main_loop_briefly ();

  /* "Sign in to Azure" can be pressed (it says honestly that it is not there yet). */
  g_assert_true (gtk_widget_activate_action (sign_in_button, "win.sign-in", NULL));

  /* A session switches to the browser; none brings the welcome page back. */
  session = fb_session_new (FB_SESSION_KIND_DEMO, "Demo Site", "http://127.0.0.1:1/");
  fb_application_set_session (app, session);
  run_main_loop_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "browser");
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (window)), >=, 8);
  fb_application_set_session (app, NULL);
  run_main_loop_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");

  /* The banner slot. */
  banner_revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "banner_revealer"));
  fb_window_show_banner (window, "Azure is throttling requests", NULL, NULL);
  g_assert_true (gtk_revealer_get_reveal_child (banner_revealer));
  fb_window_hide_banner (window);
  g_assert_false (gtk_revealer_get_reveal_child (banner_revealer));

  /* Closing saves the size to GSettings. */
  gtk_window_set_default_size (GTK_WINDOW (window), 777, 555);
  run_main_loop_briefly ();
  gtk_window_close (GTK_WINDOW (window));
  run_main_loop_briefly ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 555);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* ... and a new window starts with it. */
  {
    FbWindow *second = g_object_ref (fb_window_new (app));
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
    g_assert_cmpint (width, ==, 777);
    g_assert_cmpint (height, ==, 555);
    gtk_window_destroy (GTK_WINDOW (second));
    run_main_loop_briefly ();
    g_assert_finalize_object (second);
  }

  g_assert_finalize_object (window);
}

static void
test_preferences_bound (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.failback.Failback");
  GtkWidget *prefs = g_object_ref (fb_preferences_window_new (NULL));
  AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (prefs, FB_TYPE_PREFERENCES_WINDOW, "recovery_point_row"));
  GtkAdjustment *adjustment = GTK_ADJUSTMENT (gtk_widget_get_template_child (prefs, FB_TYPE_PREFERENCES_WINDOW, "polling_adjustment"));

  g_settings_set_uint (settings, "polling-interval", 45);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 45.0);
  gtk_adjustment_set_value (adjustment, 120.0);
  g_assert_cmpuint (g_settings_get_uint (settings, "polling-interval"), ==, 120);

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "default-recovery-point"), ==, "latest-app-consistent");
  g_settings_set_string (settings, "default-recovery-point", "ask");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  g_settings_reset (settings, "polling-interval");
  g_settings_reset (settings, "default-recovery-point");
  gtk_window_destroy (GTK_WINDOW (prefs));
  run_main_loop_briefly ();
  g_assert_finalize_object (prefs);
}

/* "Try the Demo Site": the simulator starts in-process and answers real HTTP on
 * 127.0.0.1; the window switches to the demo site; a second press reuses it. */
static void
test_demo (void)
{
  g_autoptr(SoupSession) soup = soup_session_new ();
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  FbWindow *window;
  FbSession *session;
  GtkStack *main_stack;

  window = g_object_ref (fb_window_new (app));
  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_briefly ();
  g_assert_null (fb_application_get_session (app));

  g_action_group_activate_action (G_ACTION_GROUP (app), "demo", NULL);
  run_main_loop_briefly ();

  session = fb_application_get_session (app);
  g_assert_true (FB_IS_SESSION (session));
  g_assert_cmpint (fb_session_get_kind (session), ==, FB_SESSION_KIND_DEMO);
  g_assert_true (g_str_has_prefix (fb_session_get_endpoint (session), "http://127.0.0.1:"));

  main_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), FB_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "browser");
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (window)), >=, 5);

  /* The simulated ARM endpoint answers: without a token, 401 with an ARM error body. */
  uri = g_strconcat (fb_session_get_endpoint (session), "subscriptions?api-version=2022-12-01", NULL);
  msg = soup_message_new ("GET", uri);
  body = soup_session_send_and_read (soup, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, SOUP_STATUS_UNAUTHORIZED);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (body, NULL), g_bytes_get_size (body), "\"error\""));

  /* Pressing it again keeps the running demo site. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "demo", NULL);
  g_assert_true (fb_application_get_session (app) == session);

  fb_application_set_session (app, NULL);
  run_main_loop_briefly ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
  run_main_loop_briefly ();
  g_assert_finalize_object (window);
}

/* ---- every user-visible string of src/app is translatable ------------------------------ */

/* Calls whose string arguments the user reads (a message of an error the views show, a
 * label, a title, a toast, a notification). */
static const char *user_visible_calls[] = {
  "g_task_return_new_error", "g_set_error", "g_set_error_literal", "g_error_new", "g_error_new_literal",
  "adw_toast_new", "fb_window_show_toast", "gtk_label_set_text", "gtk_label_set_label", "gtk_label_new",
  "gtk_widget_set_tooltip_text", "adw_status_page_set_title", "adw_status_page_set_description",
  "adw_preferences_row_set_title", "adw_action_row_set_subtitle", "adw_window_title_set_title",
  "adw_window_title_set_subtitle", "g_notification_new", "g_notification_set_body", "adw_message_dialog_new",
  "adw_message_dialog_add_response", "adw_message_dialog_set_body", "adw_message_dialog_set_heading",
  "gtk_button_set_label", "gtk_button_new_with_label", "adw_preferences_group_set_title",
  "adw_preferences_group_set_description", "adw_view_stack_add_titled", "gtk_accessible_update_property",
  "adw_expander_row_set_subtitle", "fb_page_action_row_new",
};

/* The end of the arguments that start at @args (after the call's "("). */
static const char *
skip_arguments (const char *args)
{
  int depth = 1;
  const char *p = args;

  for (; *p != '\0' && depth > 0; p++)
    {
      if (*p == '"' || *p == '\'')
        {
          char quote = *p;

          for (p++; *p != '\0' && *p != quote; p++)
            if (*p == '\\' && p[1] != '\0')
              p++;
        }
      else if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
    }
  return p;
}

/* Words in a string literal of @args that is not the argument of _(), N_(), C_() or
 * g_dngettext(): "file:line: call: text", or NULL. */
static char *
find_bare_sentence (const char *file,
                    const char *source,
                    const char *call,
                    const char *args,
                    const char *end)
{
  static GRegex *literal = NULL;
  static GRegex *marked = NULL;
  g_autofree char *text = g_strndup (args, end - args);
  g_autoptr(GMatchInfo) match = NULL;

  if (literal == NULL)
    {
      literal = g_regex_new ("\"((?:[^\"\\\\]|\\\\.)*)\"", G_REGEX_OPTIMIZE, 0, NULL);
      marked = g_regex_new ("(\\b_|\\bN_|\\bC_|gettext|GETTEXT_PACKAGE,?)\\s*\\(?\\s*"
                            "(\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*)?$", G_REGEX_OPTIMIZE, 0, NULL);
    }

  g_regex_match (literal, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *words = g_match_info_fetch (match, 1);
      g_autofree char *before = NULL;
      int start;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      before = g_strchomp (g_strndup (text, start));
      /* A sentence: letters and a space ("%s: %s" and ids are not read as words). */
      if (strchr (words, ' ') == NULL || !g_regex_match_simple ("[A-Za-z]{2,}", words, 0, 0) ||
          g_regex_match (marked, before, 0, NULL))
        continue;

      {
        guint line = 1;

        for (const char *p = source; p < args; p++)
          line += *p == '\n';
        return g_strdup_printf ("src/app/%s:%u: %s: \"%s\"", file, line, call, words);
      }
    }
  return NULL;
}

static void
test_strings_translatable (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "src", "app", NULL);
  g_autofree char *potfiles_path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "po", "POTFILES.in", NULL);
  g_autofree char *potfiles = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  g_assert_true (g_file_get_contents (potfiles_path, &potfiles, NULL, NULL));

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *source = NULL;
      g_autofree char *listed = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
      n_files++;

      /* A file with strings for translation is listed for xgettext. */
      listed = g_strconcat ("src/app/", name, "\n", NULL);
      if ((strstr (source, "_(\"") != NULL || strstr (source, "g_dngettext") != NULL) && strstr (potfiles, listed) == NULL)
        g_ptr_array_add (problems, g_strdup_printf ("src/app/%s is not in po/POTFILES.in", name));

      for (guint i = 0; i < G_N_ELEMENTS (user_visible_calls); i++)
        {
          const char *call = user_visible_calls[i];
          gsize len = strlen (call);

          for (const char *p = strstr (source, call); p != NULL; p = strstr (p + len, call))
            {
              const char *args = p + len;
              char *problem;

              if ((p > source && (g_ascii_isalnum (p[-1]) || p[-1] == '_')) ||
                  g_ascii_isalnum (*args) || *args == '_')
                continue;
              while (*args == ' ')
                args++;
              if (*args != '(')
                continue;
              args++;
              problem = find_bare_sentence (name, source, call, args, skip_arguments (args));
              if (problem != NULL)
                g_ptr_array_add (problems, problem);
            }
        }
    }

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("not translatable: %s", (char *) problems->pdata[i]);
  g_assert_cmpuint (n_files, >, 10);
  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  /* GTK's in-process "test" accessibility backend (no AT-SPI bus, like "none"),
   * so that accessible labels can be read back with gtk_test_accessible_*. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  app = fb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/templates/listed", test_templates_listed);
  g_test_add_func ("/ui/templates/build", test_templates_build);
  g_test_add_func ("/ui/help-overlay", test_help_overlay);
  g_test_add_func ("/ui/window", test_window);
  g_test_add_func ("/ui/preferences", test_preferences_bound);
  g_test_add_func ("/ui/demo", test_demo);
  g_test_add_func ("/ui/strings-translatable", test_strings_translatable);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
