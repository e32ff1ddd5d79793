/* test-language.c - FbArmClient asks Azure for the user's language (Accept-Language),
 * and the answer reaches the models in that language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <libintl.h>
#include <locale.h>

#include <json-glib/json-glib.h>

#include "fb-job.h"
#include "fb-job-task.h"
#include "fb-sim-private.h"
#include "fb-test-azure.h"

/* The Accept-Language values of the ARM requests in the simulator's request log. */
static GPtrArray *
logged_accept_languages (FbTestAzure *t)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;

  fb_test_run_for (100);
  g_assert_true (g_file_get_contents (t->log_path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) p = json_parser_new ();
      JsonObject *o;

      if (*lines[i] == '\0' || !json_parser_load_from_data (p, lines[i], -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (p)))
        continue;
      o = json_node_get_object (json_parser_get_root (p));
      if (!g_str_has_prefix (json_object_get_string_member_with_default (o, "path", ""), "/subscriptions"))
        continue;
      g_ptr_array_add (values, g_strdup (json_object_get_string_member_with_default (o, "acceptLanguage", "(none)")));
    }
  return values;
}

/* Signs in with the languages of @language / @lc_all, lists the vaults, and
 * returns the one Accept-Language every ARM request carried. */
static char *
accept_language_for (const char *language, const char *lc_all)
{
  FbTestAzure *t;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GListStore) vaults = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = NULL;
  char *first;

  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", lc_all, TRUE);
  t = fb_test_azure_new ("demo", 100, 0, TRUE);
  parent = g_strconcat ("/subscriptions/", t->subscription_id, NULL);
  vaults = fb_test_list (t, FB_SITE_RECOVERY_LIST_VAULTS, parent, NULL, &error);
  g_assert_no_error (error);
  values = logged_accept_languages (t);
  g_assert_cmpuint (values->len, >, 0);
  first = g_strdup (g_ptr_array_index (values, 0));
  for (guint i = 1; i < values->len; i++)
    g_assert_cmpstr (g_ptr_array_index (values, i), ==, first);
  fb_test_azure_free (t);
  return first;
}

static void
test_accept_language_header (void)
{
  g_autofree char *de = accept_language_for ("de_DE", "de_DE.UTF-8");
  g_autofree char *de_en = accept_language_for ("de:en", "de_DE.UTF-8");
  g_autofree char *fr_de = accept_language_for ("fr_FR.UTF-8:de", "de_DE.UTF-8");
  g_autofree char *c = accept_language_for ("", "C");
  g_autofree char *en_us = accept_language_for ("", "en_US.UTF-8");

  g_assert_cmpstr (de, ==, "de-DE, de;q=0.9, en;q=0.8");
  g_assert_cmpstr (de_en, ==, "de, en;q=0.9");
  g_assert_cmpstr (fr_de, ==, "fr-FR, fr;q=0.9, de;q=0.8, en;q=0.7");
  g_assert_cmpstr (c, ==, "en");
  g_assert_cmpstr (en_us, ==, "en-US, en;q=0.9");
}

/* @msgid in German, as the simulator says it (tests/sim checks that lookup
 * independently); NULL without the de_DE.UTF-8 locale. */
static const char *
german (const char *msgid)
{
  locale_t de = newlocale (LC_MESSAGES_MASK, "de_DE.UTF-8", (locale_t) 0);

  if (de == (locale_t) 0)
    return NULL;
  freelocale (de);
  return fb_sim_tr_lang (FB_SIM_LANG_DE, msgid);
}

/* A user in German sees the service's job and task names in German. */
static void
test_german_answer_in_models (void)
{
  FbTestAzure *t;
  g_autoptr(GListStore) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *vault = NULL;
  gboolean seen = FALSE;

  if (german ("Commit") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  t = fb_test_azure_new ("demo", 100, 0, TRUE);
  vault = fb_test_first_vault_id (t);
  jobs = fb_test_list (t, FB_SITE_RECOVERY_LIST_JOBS, vault, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (jobs)); i++)
    {
      g_autoptr(FbJob) job = g_list_model_get_item (G_LIST_MODEL (jobs), i);
      g_autoptr(FbJobTask) task = NULL;

      if (g_strcmp0 (fb_job_get_scenario_name (job), "CommitFailover") != 0)
        continue;
      task = g_list_model_get_item (fb_job_get_tasks (job), 0);
      g_assert_cmpstr (fb_job_get_friendly_name (job), ==, german ("Commit"));
      g_assert_cmpstr (fb_job_task_get_friendly_name (task), ==, german ("Prerequisites check for commit"));
      seen = TRUE;
    }
  g_assert_true (seen);
  fb_test_azure_free (t);
}

int
main (int argc, char **argv)
{
  const char *build = g_getenv ("FB_BUILD_DIR");
  g_autofree char *localedir = g_build_filename (build != NULL ? build : ".", "po", NULL);

  fb_test_azure_init_env (&argc, &argv);
  /* the in-process simulator looks its German texts up in the build tree's catalog */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_add_func ("/azure/language/accept-language-header", test_accept_language_header);
  g_test_add_func ("/azure/language/german-answer-in-models", test_german_answer_in_models);
  return g_test_run ();
}
