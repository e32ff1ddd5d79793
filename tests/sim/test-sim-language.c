/* test-sim-language.c - failback-sim answers in the request's language like
 * Azure: Accept-Language de gets the German service texts (task and job names,
 * job errors, validation errors, state descriptions, the demo's manual
 * actions), en or no header gets English; and every human text of demo.json
 * is translatable (listed in src/sim/fb-sim-texts.c).
 *
 * The German expectations are the build tree's catalog looked up here,
 * independently of the simulator, so the tests hold before and after the
 * simulator's German texts are merged into po/de.po;
 * /sim/language/german-differs-from-english asserts real German once they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fb-sim-private.h"
#include "sim-test-util.h"

#define FAST 1000.0

/* @msgid in the German catalog (the build tree's po/), or NULL without the
 * de_DE.UTF-8 locale. */
static const char *
german (const char *msgid)
{
  static locale_t de = (locale_t) 0;
  locale_t old;
  const char *text;

  if (de == (locale_t) 0)
    de = newlocale (LC_MESSAGES_MASK, "de_DE.UTF-8", (locale_t) 0);
  if (de == (locale_t) 0)
    return NULL;
  old = uselocale (de);
  text = g_dgettext (GETTEXT_PACKAGE, msgid);
  uselocale (old);
  return text;
}

static gboolean
skip_without_german (void)
{
  if (german ("Commit") != NULL)
    return FALSE;
  g_test_skip ("the de_DE.UTF-8 locale is not installed");
  return TRUE;
}

/* A format msgid in German, formatted (the %s only). */
static char *
german_printf (const char *msgid, const char *a, const char *b)
{
  const char *fmt = german (msgid);

  g_assert_nonnull (fmt);
  return g_strdup_printf (fmt, a, b);
}

static void
test_accept_language_parse (void)
{
  g_assert_cmpint (fb_sim_lang_from_accept_language (NULL), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language (""), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("de"), ==, FB_SIM_LANG_DE);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("DE-at"), ==, FB_SIM_LANG_DE);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("de-DE, de;q=0.9, en;q=0.8"), ==, FB_SIM_LANG_DE);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("en-US,de;q=0.9"), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("fr-FR, fr;q=0.9, de;q=0.8, en;q=0.7"), ==, FB_SIM_LANG_DE);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("fr, en;q=0.5, de;q=0.4"), ==, FB_SIM_LANG_EN);
  /* quality beats order; q=0 is "not acceptable"; deu/den are not German */
  g_assert_cmpint (fb_sim_lang_from_accept_language ("en;q=0.5, de"), ==, FB_SIM_LANG_DE);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("de;q=0, en"), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("de ; q=0"), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("deu, den"), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("*"), ==, FB_SIM_LANG_EN);
  g_assert_cmpint (fb_sim_lang_from_accept_language ("fr"), ==, FB_SIM_LANG_EN);
}

/* The seeded commit jobs of the demo: job and task names per language. */
static void
assert_commit_job_names (SimFixture *f, const char *job_name, const char *first_task)
{
  g_autoptr(JsonNode) list = sim_call (f, "GET", SIM_NBG "/replicationJobs", NULL);
  JsonArray *value;
  guint seen = 0;

  g_assert_cmpuint (f->status, ==, 200);
  value = sim_member_arr (sim_obj (list), "value");
  for (guint i = 0; i < json_array_get_length (value); i++)
    {
      JsonObject *p = sim_member_obj (json_array_get_object_element (value, i), "properties");
      JsonArray *tasks = sim_member_arr (p, "tasks");

      if (g_strcmp0 (sim_member_str (p, "scenarioName"), "CommitFailover") != 0)
        continue;
      g_assert_cmpstr (sim_member_str (p, "friendlyName"), ==, job_name);
      g_assert_cmpstr (sim_member_str (json_array_get_object_element (tasks, 0), "friendlyName"), ==, first_task);
      seen++;
    }
  g_assert_cmpuint (seen, >, 0);
}

static void
test_job_names (void)
{
  SimFixture *f;

  if (skip_without_german ())
    return;
  f = sim_fixture_new ("demo", FAST, 0);
  f->accept_language = "de-DE, de;q=0.9, en;q=0.8";
  assert_commit_job_names (f, german ("Commit"), german ("Prerequisites check for commit"));
  f->accept_language = "en-US, en;q=0.9";
  assert_commit_job_names (f, "Commit", "Prerequisites check for commit");
  f->accept_language = NULL;
  assert_commit_job_names (f, "Commit", "Prerequisites check for commit");
  sim_fixture_free (f);
}

/* One failed job (error 8038) read in German, then in English: the service
 * keeps the error, each answer speaks the reader's language. */
static void
test_job_error (void)
{
  SimFixture *f;
  g_autoptr(JsonNode) item = NULL;
  g_autoptr(JsonNode) job = NULL;
  g_autoptr(JsonNode) job_en = NULL;
  g_autofree char *path = NULL;
  g_autofree char *job_path = NULL;
  g_autofree char *want_de = NULL;
  JsonObject *sed, *ped;
  const char *host;
  static const char message[] = "The virtual machine '%s' could not be started on the on-premises ESXi host '%s': the host does not have enough free memory.";

  if (skip_without_german ())
    return;
  f = sim_fixture_new (NULL, FAST, 0);
  item = sim_find_item (f, SIM_NBG, "sql-prod-01");
  path = sim_item_path (item);
  f->accept_language = "de";
  job = sim_action (f, path, "unplannedFailover",
                    "{\"properties\":{\"failoverDirection\":\"PrimaryToRecovery\",\"sourceSiteOperations\":\"NotRequired\","
                    "\"providerSpecificDetails\":{\"instanceType\":\"InMage\",\"recoveryPointType\":\"LatestTime\"}}}");
  g_assert_cmpstr (sim_member_str (sim_props (job), "state"), ==, "Failed");
  g_assert_cmpstr (sim_member_str (sim_props (job), "friendlyName"), ==, german ("Unplanned failover"));
  sed = sim_member_obj (json_array_get_object_element (sim_member_arr (sim_props (job), "errors"), 0), "serviceErrorDetails");
  ped = sim_member_obj (json_array_get_object_element (sim_member_arr (sim_props (job), "errors"), 0), "providerErrorDetails");
  g_assert_cmpstr (sim_member_str (sed, "code"), ==, "8038");
  host = "esx-nbg-03.contoso.local";
  want_de = german_printf (message, "sql-prod-01", host);
  g_assert_cmpstr (sim_member_str (sed, "message"), ==, want_de);
  g_assert_cmpint (json_object_get_int_member (ped, "errorCode"), ==, 8038);
  g_assert_nonnull (strstr (sim_member_str (ped, "recommendedAction"), host));

  /* the same job in English */
  job_path = sim_path_of_id (sim_member_str (sim_obj (job), "id"));
  f->accept_language = "en";
  job_en = sim_call (f, "GET", job_path, NULL);
  g_assert_cmpuint (f->status, ==, 200);
  g_assert_cmpstr (sim_member_str (sim_props (job_en), "friendlyName"), ==, "Unplanned failover");
  sed = sim_member_obj (json_array_get_object_element (sim_member_arr (sim_props (job_en), "errors"), 0), "serviceErrorDetails");
  {
    g_autofree char *want_en = g_strdup_printf (message, "sql-prod-01", host);

    g_assert_cmpstr (sim_member_str (sed, "message"), ==, want_en);
    g_assert_cmpstr (sim_member_str (sed, "possibleCauses"), ==,
                     "The ESXi host 'esx-nbg-03.contoso.local' lacks free memory for the virtual machine (65536 MB).");
  }
  sim_fixture_free (f);
}

static void
test_validation_error (void)
{
  SimFixture *f;
  g_autoptr(JsonNode) item = NULL;
  g_autofree char *path = NULL;
  g_autofree char *url = NULL;
  g_autofree char *want_de = NULL;
  static const char message[] = "The required parameter '%s' is missing from the request body.";

  if (skip_without_german ())
    return;
  f = sim_fixture_new ("demo", FAST, 0);
  item = sim_find_item (f, SIM_NBG, "web-01");
  path = sim_item_path (item);
  url = g_strconcat (path, "/unplannedFailover", NULL);
  want_de = german_printf (message, "properties.providerSpecificDetails", NULL);

  f->accept_language = "de";
  {
    g_autoptr(JsonNode) r = sim_call (f, "POST", url, "{\"properties\":{}}");
    JsonObject *err = sim_member_obj (sim_obj (r), "error");
    JsonObject *d = json_array_get_object_element (sim_member_arr (err, "details"), 0);

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_member_str (err, "message"), ==, want_de);
    g_assert_cmpstr (sim_member_str (d, "code"), ==, "MissingRequiredParameter");
    g_assert_cmpstr (sim_member_str (d, "possibleCauses"), ==, german ("A required parameter of the request body is missing."));
    g_assert_cmpstr (sim_member_str (d, "recommendedAction"), ==, german ("Add the parameter and retry."));
  }
  f->accept_language = NULL;
  {
    g_autoptr(JsonNode) r = sim_call (f, "POST", url, "{\"properties\":{}}");
    JsonObject *err = sim_member_obj (sim_obj (r), "error");

    g_assert_cmpuint (f->status, ==, 400);
    g_assert_cmpstr (sim_member_str (err, "message"), ==,
                     "The required parameter 'properties.providerSpecificDetails' is missing from the request body.");
  }
  sim_fixture_free (f);
}

/* An item's state description and the demo plan's manual action. */
static void
test_descriptions (void)
{
  SimFixture *f;

  if (skip_without_german ())
    return;
  f = sim_fixture_new ("demo", FAST, 0);
  for (guint round = 0; round < 2; round++)
    {
      gboolean de = round == 0;
      g_autoptr(JsonNode) item = NULL;
      g_autoptr(JsonNode) plan = NULL;
      JsonArray *groups;
      JsonObject *action = NULL;

      f->accept_language = de ? "de" : "en";
      item = sim_find_item (f, SIM_NBG, "web-01");
      g_assert_cmpstr (sim_member_str (sim_props (item), "protectionState"), ==, "Protected");
      g_assert_cmpstr (sim_member_str (sim_props (item), "protectionStateDescription"), ==,
                       de ? german ("Protected") : "Protected");
      plan = sim_call (f, "GET", SIM_NBG "/replicationRecoveryPlans/rp-mail", NULL);
      g_assert_cmpuint (f->status, ==, 200);
      groups = sim_member_arr (sim_props (plan), "groups");
      for (guint g = 0; g < json_array_get_length (groups); g++)
        {
          JsonArray *end = sim_member_arr (json_array_get_object_element (groups, g), "endGroupActions");

          if (json_array_get_length (end) > 0)
            action = json_array_get_object_element (end, 0);
        }
      g_assert_nonnull (action);
      g_assert_cmpstr (sim_member_str (action, "actionName"), ==, de ? german ("Verify mail flow") : "Verify mail flow");
      g_assert_cmpstr (sim_member_str (sim_member_obj (action, "customDetails"), "description"), ==,
                       de ? german ("Send a test mail through mail-01 and check its queue before mail-02 starts.")
                          : "Send a test mail through mail-01 and check its queue before mail-02 starts.");
    }
  sim_fixture_free (f);
}

/* Once /work/briefs/s2/de-sim.po is merged into po/de.po, the German answers
 * are really German (skips before the merge). */
static void
test_german_differs_from_english (void)
{
  static const char * const msgids[] = {
    "Prerequisites check for commit",
    "Shut down the virtual machine in Azure",
    "Start the virtual machine on-premises",
    "The virtual machine '%s' could not be started on the on-premises ESXi host '%s': the host does not have enough free memory.",
    "The required parameter '%s' is missing from the request body.",
    "A required parameter of the request body is missing.",
    "Protected",
    "Verify mail flow",
    "Send a test mail through mail-01 and check its queue before mail-02 starts.",
    NULL
  };

  if (skip_without_german ())
    return;
  if (g_str_equal (german ("Prerequisites check for commit"), "Prerequisites check for commit"))
    {
      g_test_skip ("po/de.po does not have the simulator's texts yet (merge /work/briefs/s2/de-sim.po)");
      return;
    }
  for (guint i = 0; msgids[i] != NULL; i++)
    g_assert_cmpstr (german (msgids[i]), !=, msgids[i]);
}

/* Collects the human texts of a scenario: every string with a space, except
 * under the keys that hold names or product versions, which the service does
 * not translate. */
static void
collect_texts (JsonNode *node, const char *key, GPtrArray *out)
{
  static const char * const not_texts[] = { "subscriptionName", "osName", "osVersion", "userName", NULL };

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        collect_texts (json_object_get_member (json_node_get_object (node), l->data), l->data, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        collect_texts (json_array_get_element (a, i), key, out);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (strchr (s, ' ') != NULL && !g_strv_contains (not_texts, key))
        g_ptr_array_add (out, g_strdup_printf ("%s\n%s", key, s));
    }
}

static void
test_demo_texts_listed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "data", "scenarios", "demo.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *xgettext_input = NULL;
  g_autofree char *source = g_build_filename (g_getenv ("FB_SOURCE_DIR"), "src", "sim", "fb-sim-texts.c", NULL);
  guint described = 0;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  collect_texts (json_parser_get_root (parser), "", texts);
  g_assert_cmpuint (texts->len, >=, 3);
  for (guint i = 0; i < texts->len; i++)
    {
      g_auto(GStrv) kv = g_strsplit (g_ptr_array_index (texts, i), "\n", 2);

      if (!g_strv_contains (fb_sim_scenario_texts, kv[1]))
        g_error ("demo.json's %s \"%s\" is not in src/sim/fb-sim-texts.c (N_()): it cannot be translated", kv[0], kv[1]);
      described += g_str_equal (kv[0], "description");
    }
  g_assert_cmpuint (described, >=, 2);
  /* and nothing stale: every listed text is used by the scenario */
  for (guint k = 0; fb_sim_scenario_texts[k] != NULL; k++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < texts->len; i++)
        used |= g_str_has_suffix (g_ptr_array_index (texts, i), fb_sim_scenario_texts[k]);
      g_assert_true (used);
    }
  /* the list is what xgettext sees: each entry in N_() */
  g_assert_true (g_file_get_contents (source, &xgettext_input, NULL, &error));
  for (guint k = 0; fb_sim_scenario_texts[k] != NULL; k++)
    {
      g_autofree char *marked = g_strdup_printf ("N_(\"%s\")", fb_sim_scenario_texts[k]);

      g_assert_nonnull (strstr (xgettext_input, marked));
    }
}

static char *build_localedir;

/* The same German checks with tests/sim/fixtures/sim-test-de.po as the catalog
 * (FB_SIM_TEST_CATALOG, compiled by meson): real German before and after the
 * simulator's texts are in po/de.po. */
static void
test_with_fixture_catalog (gconstpointer data)
{
  GTestFunc check = (GTestFunc) data;
  const char *mo = g_getenv ("FB_SIM_TEST_CATALOG");
  g_autofree char *dir = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  if (mo == NULL || german ("Commit") == NULL)
    {
      g_test_skip (mo == NULL ? "FB_SIM_TEST_CATALOG is not set" : "the de_DE.UTF-8 locale is not installed");
      return;
    }
  dir = g_dir_make_tmp ("fb-sim-lang-XXXXXX", &error);
  g_assert_no_error (error);
  messages = g_build_filename (dir, "de", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  target = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_get_contents (mo, &contents, &len, &error));
  g_assert_true (g_file_set_contents (target, contents, len, &error));
  bindtextdomain (GETTEXT_PACKAGE, dir);
  g_assert_cmpstr (german ("Prerequisites check for commit"), ==, "Voraussetzungsüberprüfung für Commit");
  g_assert_cmpstr (german ("Verify mail flow"), ==, "Mailfluss überprüfen");
  check ();
  bindtextdomain (GETTEXT_PACKAGE, build_localedir);
  g_remove (target);
  g_remove (messages);
  {
    g_autofree char *de = g_build_filename (dir, "de", NULL);

    g_remove (de);
  }
  g_remove (dir);
}

int
main (int argc, char **argv)
{
  const char *build = g_getenv ("FB_BUILD_DIR");

  /* LANGUAGE would override the German lookup of both sides */
  g_unsetenv ("LANGUAGE");
  build_localedir = g_build_filename (build != NULL ? build : ".", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, build_localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/language/accept-language-parse", test_accept_language_parse);
  g_test_add_func ("/sim/language/job-names", test_job_names);
  g_test_add_func ("/sim/language/job-error", test_job_error);
  g_test_add_func ("/sim/language/validation-error", test_validation_error);
  g_test_add_func ("/sim/language/descriptions", test_descriptions);
  g_test_add_func ("/sim/language/german-differs-from-english", test_german_differs_from_english);
  g_test_add_func ("/sim/language/demo-texts-listed", test_demo_texts_listed);
  g_test_add_data_func ("/sim/language/fixture-catalog/job-names", test_job_names, test_with_fixture_catalog);
  g_test_add_data_func ("/sim/language/fixture-catalog/job-error", test_job_error, test_with_fixture_catalog);
  g_test_add_data_func ("/sim/language/fixture-catalog/validation-error", test_validation_error, test_with_fixture_catalog);
  g_test_add_data_func ("/sim/language/fixture-catalog/descriptions", test_descriptions, test_with_fixture_catalog);
  return g_test_run ();
}
