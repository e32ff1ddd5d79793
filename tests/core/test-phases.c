/* test-phases.c - FbProtectedItem's place in the failback round trip (phase, next-step)
 *
 * Every row of /work/briefs/roundtrip.md, classic (InMageAzureV2 -> InMage) and modern
 * (InMageRcm -> InMageRcmFailback), from list pages shaped like the service's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-core-enums.h"
#include "fb-json.h"
#include "fb-protected-item.h"
#include "core-test-util.h"

typedef struct {
  const char *fixture;
  const char *name;
  const char *provider;
  FbPhase     phase;
  const char *phase_nick;
  FbNextStep  next_step;
  const char *next_step_nick;
  const char *operation;    /* what performs the step; removed in the gating test */
} PhaseCase;

static const PhaseCase cases[] = {
  /* classic */
  { "items-classic.json", "app01", "InMageAzureV2", FB_PHASE_PROTECTED_TO_AZURE, "protected-to-azure",
    FB_NEXT_STEP_FAILOVER, "failover", "UnplannedFailover" },
  { "items-classic.json", "app02", "InMageAzureV2", FB_PHASE_FAILED_OVER_TO_AZURE, "failed-over-to-azure",
    FB_NEXT_STEP_COMMIT, "commit", "Commit" },
  { "items-classic.json", "app03", "InMageAzureV2", FB_PHASE_RUNNING_IN_AZURE, "running-in-azure",
    FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "reprotect-to-on-premises", "ReverseReplicate" },
  { "items-classic.json", "app04-new", "InMage", FB_PHASE_PROTECTED_TO_ON_PREMISES, "protected-to-on-premises",
    FB_NEXT_STEP_FAILBACK, "failback", "UnplannedFailover" },
  { "items-classic.json", "app05-new", "InMage", FB_PHASE_FAILED_BACK, "failed-back",
    FB_NEXT_STEP_COMMIT, "commit", "Commit" },
  { "items-classic.json", "app06-new", "InMage", FB_PHASE_RUNNING_ON_PREMISES, "running-on-premises",
    FB_NEXT_STEP_REPROTECT_TO_AZURE, "reprotect-to-azure", "ReverseReplicate" },
  { "items-classic.json", "app07", "InMageAzureV2", FB_PHASE_IN_TRANSITION, "in-transition",
    FB_NEXT_STEP_NONE, "none", NULL },
  /* modern */
  { "items-modern.json", "web01", "InMageRcm", FB_PHASE_PROTECTED_TO_AZURE, "protected-to-azure",
    FB_NEXT_STEP_FAILOVER, "failover", "UnplannedFailover" },
  { "items-modern.json", "web02", "InMageRcm", FB_PHASE_FAILED_OVER_TO_AZURE, "failed-over-to-azure",
    FB_NEXT_STEP_COMMIT, "commit", "Commit" },
  { "items-modern.json", "web03", "InMageRcm", FB_PHASE_RUNNING_IN_AZURE, "running-in-azure",
    FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES, "reprotect-to-on-premises", "ReverseReplicate" },
  { "items-modern.json", "web04", "InMageRcmFailback", FB_PHASE_PROTECTED_TO_ON_PREMISES, "protected-to-on-premises",
    FB_NEXT_STEP_FAILBACK, "failback", "PlannedFailover" },
  { "items-modern.json", "web05", "InMageRcmFailback", FB_PHASE_FAILED_BACK, "failed-back",
    FB_NEXT_STEP_COMMIT, "commit", "Commit" },
  { "items-modern.json", "web06", "InMageRcmFailback", FB_PHASE_RUNNING_ON_PREMISES, "running-on-premises",
    FB_NEXT_STEP_REPROTECT_TO_AZURE, "reprotect-to-azure", "ReverseReplicate" },
  { "items-modern.json", "web07", "InMageRcmFailback", FB_PHASE_IN_TRANSITION, "in-transition",
    FB_NEXT_STEP_NONE, "none", NULL },
  /* protection being enabled (EnablingProtection): a phase of its own, no step */
  { "items-unknown.json", "db01", "InMageRcm", FB_PHASE_ENABLING_PROTECTION, "enabling-protection",
    FB_NEXT_STEP_NONE, "none", NULL },
  /* unknown state, but the allowed operations permit exactly one step */
  { "items-unknown.json", "db02", "InMageAzureV2", FB_PHASE_UNKNOWN, "unknown",
    FB_NEXT_STEP_FAILOVER, "failover", "UnplannedFailover" },
  { "items-unknown.json", "db03", "HyperVReplicaAzure", FB_PHASE_UNKNOWN, "unknown",
    FB_NEXT_STEP_NONE, "none", NULL },
  /* InMage that says it is active on-premises while "Protected"/"Recovery": contradiction */
  { "items-unknown.json", "db04-new", "InMage", FB_PHASE_UNKNOWN, "unknown",
    FB_NEXT_STEP_FAILBACK, "failback", "UnplannedFailover" },
  /* failed over, Commit not allowed (yet): no step */
  { "items-unknown.json", "db05", "InMageAzureV2", FB_PHASE_FAILED_OVER_TO_AZURE, "failed-over-to-azure",
    FB_NEXT_STEP_NONE, "none", NULL },
};

static GPtrArray *
load_items (const char *fixture)
{
  g_autoptr(JsonNode) page = core_test_load_fixture (fixture);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  g_assert_true (fb_json_parse_list_page (page, &nodes, NULL, &error));
  g_assert_no_error (error);
  items = fb_json_new_models (nodes, (FbJsonNewFunc) (void (*) (void)) fb_protected_item_new_from_json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (items);

  return items;
}

static FbProtectedItem *
find_item (GPtrArray  *items,
           const char *name)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (fb_protected_item_get_name (items->pdata[i]), name) == 0)
      return items->pdata[i];

  g_error ("no item %s", name);
  return NULL;
}

static void
test_every_phase (void)
{
  const char *fixtures[] = { "items-classic.json", "items-modern.json", "items-unknown.json" };
  gboolean seen_phase[2][FB_PHASE_IN_TRANSITION + 1] = { { FALSE } };
  gboolean seen_step[2][FB_NEXT_STEP_REPROTECT_TO_AZURE + 1] = { { FALSE } };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(GPtrArray) items = load_items (fixtures[f]);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          const PhaseCase *c = &cases[i];
          FbProtectedItem *item;

          if (g_strcmp0 (c->fixture, fixtures[f]) != 0)
            continue;

          g_test_message ("%s: %s", c->name, c->phase_nick);
          item = find_item (items, c->name);
          g_assert_cmpstr (fb_protected_item_get_provider_type (item), ==, c->provider);
          g_assert_cmpint (fb_protected_item_get_phase (item), ==, c->phase);
          g_assert_cmpint (fb_protected_item_get_next_step (item), ==, c->next_step);
          /* the nicks failbackctl prints */
          core_assert_property (item, "phase", c->phase_nick);
          core_assert_property (item, "next-step", c->next_step_nick);

          if (c->operation != NULL)
            {
              g_assert_true (fb_protected_item_is_allowed (item, c->operation));
              g_assert_cmpstr (fb_protected_item_get_operation_for_step (item, c->next_step), ==, c->operation);
            }

          if (f < 2)
            {
              seen_phase[f][c->phase] = TRUE;
              seen_step[f][c->next_step] = TRUE;
            }
        }
    }

  /* every phase but unknown and every step, for both architectures */
  for (guint a = 0; a < 2; a++)
    {
      for (guint p = FB_PHASE_PROTECTED_TO_AZURE; p <= FB_PHASE_IN_TRANSITION; p++)
        g_assert_true (seen_phase[a][p]);
      for (guint s = FB_NEXT_STEP_NONE; s <= FB_NEXT_STEP_REPROTECT_TO_AZURE; s++)
        g_assert_true (seen_step[a][s]);
    }
}

/* Re-parses @item's JSON with a change made by @edit. */
static FbProtectedItem *
reparse_edited (JsonNode *node,
                void    (*edit) (JsonObject *properties, gpointer data),
                gpointer  data)
{
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonNode) copy = core_test_parse (text);
  g_autoptr(GError) error = NULL;
  FbProtectedItem *item;

  edit (json_object_get_object_member (json_node_get_object (copy), "properties"), data);
  item = fb_protected_item_new_from_json (copy, &error);
  g_assert_no_error (error);
  return item;
}

static void
remove_operation (JsonObject *properties,
                  gpointer    data)
{
  JsonArray *operations = json_object_get_array_member (properties, "allowedOperations");
  JsonArray *kept = json_array_new ();

  for (guint i = 0; i < json_array_get_length (operations); i++)
    {
      const char *op = json_array_get_string_element (operations, i);

      if (g_strcmp0 (op, data) != 0)
        json_array_add_string_element (kept, op);
    }

  json_object_set_array_member (properties, "allowedOperations", kept);
}

static void
start_job (JsonObject *properties,
           gpointer    data)
{
  JsonObject *scenario = json_object_get_object_member (properties, "currentScenario");

  json_object_set_string_member (scenario, "scenarioName", data);
  json_object_set_string_member (scenario, "jobId",
                                 "/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/"
                                 "vaults/v/replicationJobs/0b1c2d3e-0000-4000-8000-000000000001");
  json_object_set_string_member (scenario, "startTime", "2026-11-27T06:10:00Z");
}

static void
test_step_needs_allowed_operation (void)
{
  const char *fixtures[] = { "items-classic.json", "items-modern.json" };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(JsonNode) page = core_test_load_fixture (fixtures[f]);
      g_autoptr(GPtrArray) nodes = core_test_list_values (page);

      for (guint n = 0; n < nodes->len; n++)
        {
          JsonNode *node = nodes->pdata[n];
          const char *name = json_object_get_string_member (json_node_get_object (node), "name");

          for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
            {
              g_autoptr(FbProtectedItem) without = NULL;
              g_autoptr(FbProtectedItem) busy = NULL;

              if (g_strcmp0 (cases[i].name, name) != 0 || cases[i].operation == NULL)
                continue;

              /* the phase stays, the step goes when the service does not allow it */
              without = reparse_edited (node, remove_operation, (gpointer) cases[i].operation);
              g_assert_cmpint (fb_protected_item_get_phase (without), ==, cases[i].phase);
              g_assert_cmpint (fb_protected_item_get_next_step (without), ==, FB_NEXT_STEP_NONE);

              /* a job on the item: in transition, whatever the state says */
              busy = reparse_edited (node, start_job, (gpointer) "UnplannedFailover");
              g_assert_cmpint (fb_protected_item_get_phase (busy), ==, FB_PHASE_IN_TRANSITION);
              g_assert_cmpint (fb_protected_item_get_next_step (busy), ==, FB_NEXT_STEP_NONE);
              g_assert_true (fb_protected_item_is_busy (busy));
              core_assert_property (busy, "current-scenario-name", "UnplannedFailover");
              core_assert_property (busy, "current-scenario-start-time", "2026-11-27T06:10:00Z");
            }
        }
    }
}

/* classic failback is UnplannedFailover, modern failback PlannedFailover: the other
 * operation does not count */
static void
set_operations (JsonObject *properties,
                gpointer    data)
{
  g_auto(GStrv) operations = g_strsplit (data, ",", -1);
  JsonArray *array = json_array_new ();

  for (guint i = 0; operations[i] != NULL; i++)
    json_array_add_string_element (array, operations[i]);
  json_object_set_array_member (properties, "allowedOperations", array);
}

static void
test_failback_operation_per_provider (void)
{
  g_autoptr(JsonNode) classic_page = core_test_load_fixture ("items-classic.json");
  g_autoptr(JsonNode) modern_page = core_test_load_fixture ("items-modern.json");
  g_autoptr(GPtrArray) classic = core_test_list_values (classic_page);
  g_autoptr(GPtrArray) modern = core_test_list_values (modern_page);
  g_autoptr(FbProtectedItem) inmage_planned = NULL;
  g_autoptr(FbProtectedItem) rcm_unplanned = NULL;

  /* items 3: app04-new (InMage) and web04 (InMageRcmFailback), protected to on-premises */
  inmage_planned = reparse_edited (classic->pdata[3], set_operations, (gpointer) "PlannedFailover,DisableProtection");
  g_assert_cmpint (fb_protected_item_get_phase (inmage_planned), ==, FB_PHASE_PROTECTED_TO_ON_PREMISES);
  g_assert_cmpint (fb_protected_item_get_next_step (inmage_planned), ==, FB_NEXT_STEP_NONE);

  rcm_unplanned = reparse_edited (modern->pdata[3], set_operations, (gpointer) "UnplannedFailover,DisableProtection");
  g_assert_cmpint (fb_protected_item_get_phase (rcm_unplanned), ==, FB_PHASE_PROTECTED_TO_ON_PREMISES);
  g_assert_cmpint (fb_protected_item_get_next_step (rcm_unplanned), ==, FB_NEXT_STEP_NONE);
}

static void
set_state (JsonObject *properties,
           gpointer    data)
{
  json_object_set_string_member (properties, "protectionState", data);
}

static void
set_state_and_start_job (JsonObject *properties,
                         gpointer    data)
{
  set_state (properties, (gpointer) "EnablingProtection");
  start_job (properties, data);
}

/* Protection being enabled (the simulator's build-01): a phase of its own, before stage 0,
 * and no step - not even the failover its allowed operations may list - until it ends. */
static void
test_enabling_protection (void)
{
  g_autoptr(JsonNode) classic_page = core_test_load_fixture ("items-classic.json");
  g_autoptr(JsonNode) modern_page = core_test_load_fixture ("items-modern.json");
  g_autoptr(GPtrArray) classic = core_test_list_values (classic_page);
  g_autoptr(GPtrArray) modern = core_test_list_values (modern_page);
  /* items 0: app01 (InMageAzureV2) and web01 (InMageRcm), protected to Azure; 3: reverse */
  JsonNode *forward[] = { classic->pdata[0], modern->pdata[0] };

  for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
    {
      g_autoptr(FbProtectedItem) enabling = reparse_edited (forward[i], set_state, (gpointer) "EnablingProtection");
      g_autoptr(FbProtectedItem) enabling_job = reparse_edited (forward[i], set_state_and_start_job, (gpointer) "EnableDr");

      g_assert_true (fb_protected_item_is_allowed (enabling, "UnplannedFailover"));
      g_assert_cmpint (fb_protected_item_get_phase (enabling), ==, FB_PHASE_ENABLING_PROTECTION);
      g_assert_cmpint (fb_protected_item_get_next_step (enabling), ==, FB_NEXT_STEP_NONE);
      core_assert_property (enabling, "phase", "enabling-protection");
      core_assert_property (enabling, "next-step", "none");

      /* the job that enables it running: still "enabling protection", more than "in transition" */
      g_assert_cmpint (fb_protected_item_get_phase (enabling_job), ==, FB_PHASE_ENABLING_PROTECTION);
      g_assert_cmpint (fb_protected_item_get_next_step (enabling_job), ==, FB_NEXT_STEP_NONE);
    }

  /* reverse replication never starts this way: an unknown state there */
  {
    g_autoptr(FbProtectedItem) reverse = reparse_edited (classic->pdata[3], set_state, (gpointer) "EnablingProtection");

    g_assert_cmpint (fb_protected_item_get_phase (reverse), ==, FB_PHASE_UNKNOWN);
  }
}

/* Minimal items: only the members the derivation reads. */
static void
test_minimal_items (void)
{
  static const struct {
    const char *json;
    FbPhase     phase;
    FbNextStep  next_step;
  } minimal[] = {
    /* no activeLocation: the state and provider decide */
    { "{\"properties\":{\"protectionState\":\"Protected\",\"allowedOperations\":[\"UnplannedFailover\"],"
      "\"providerSpecificDetails\":{\"instanceType\":\"InMageRcm\"}}}",
      FB_PHASE_PROTECTED_TO_AZURE, FB_NEXT_STEP_FAILOVER },
    /* states compare case-insensitively */
    { "{\"properties\":{\"protectionState\":\"unplannedfailovercommitted\",\"activeLocation\":\"recovery\","
      "\"allowedOperations\":[\"ReverseReplicate\"],\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}",
      FB_PHASE_RUNNING_IN_AZURE, FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES },
    /* the wrong side */
    { "{\"properties\":{\"protectionState\":\"Protected\",\"activeLocation\":\"Recovery\","
      "\"allowedOperations\":[\"UnplannedFailover\"],\"providerSpecificDetails\":{\"instanceType\":\"InMageAzureV2\"}}}",
      FB_PHASE_UNKNOWN, FB_NEXT_STEP_FAILOVER },
    /* two candidate steps allowed in an unknown state: ambiguous */
    { "{\"properties\":{\"protectionState\":\"Weird\",\"allowedOperations\":[\"UnplannedFailover\",\"Commit\"],"
      "\"providerSpecificDetails\":{\"instanceType\":\"InMage\"}}}",
      FB_PHASE_UNKNOWN, FB_NEXT_STEP_NONE },
    /* no provider details at all */
    { "{\"properties\":{\"protectionState\":\"Protected\",\"activeLocation\":\"Primary\",\"allowedOperations\":[\"UnplannedFailover\"]}}",
      FB_PHASE_UNKNOWN, FB_NEXT_STEP_NONE },
    /* no currentScenario is idle; "None" in any case is idle */
    { "{\"properties\":{\"protectionState\":\"PlannedFailoverStatesBegin\",\"activeLocation\":\"Primary\","
      "\"currentScenario\":{\"scenarioName\":\"none\"},\"allowedOperations\":[\"ReverseReplicate\"],"
      "\"providerSpecificDetails\":{\"instanceType\":\"InMageRcmFailback\"}}}",
      FB_PHASE_RUNNING_ON_PREMISES, FB_NEXT_STEP_REPROTECT_TO_AZURE },
    { "{}", FB_PHASE_UNKNOWN, FB_NEXT_STEP_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (minimal); i++)
    {
      g_autoptr(JsonNode) node = core_test_parse (minimal[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(FbProtectedItem) item = fb_protected_item_new_from_json (node, &error);

      g_assert_no_error (error);
      g_assert_cmpint (fb_protected_item_get_phase (item), ==, minimal[i].phase);
      g_assert_cmpint (fb_protected_item_get_next_step (item), ==, minimal[i].next_step);
    }
}

static void
test_enum_types (void)
{
  static const char * const phase_nicks[] = {
    "unknown", "protected-to-azure", "failed-over-to-azure", "running-in-azure",
    "protected-to-on-premises", "failed-back", "running-on-premises", "in-transition",
    "enabling-protection",
  };
  static const char * const step_nicks[] = {
    "none", "failover", "commit", "reprotect-to-on-premises", "failback", "reprotect-to-azure",
  };
  g_autoptr(GEnumClass) phases = g_type_class_ref (FB_TYPE_PHASE);
  g_autoptr(GEnumClass) steps = g_type_class_ref (FB_TYPE_NEXT_STEP);

  g_assert_cmpuint (phases->n_values, ==, G_N_ELEMENTS (phase_nicks));
  for (guint i = 0; i < G_N_ELEMENTS (phase_nicks); i++)
    g_assert_cmpstr (g_enum_get_value (phases, (int) i)->value_nick, ==, phase_nicks[i]);

  g_assert_cmpuint (steps->n_values, ==, G_N_ELEMENTS (step_nicks));
  for (guint i = 0; i < G_N_ELEMENTS (step_nicks); i++)
    g_assert_cmpstr (g_enum_get_value (steps, (int) i)->value_nick, ==, step_nicks[i]);
}

static void
test_labels (void)
{
  /* English source strings (the glossary's terms) */
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_PROTECTED_TO_AZURE), ==, "Protected to Azure");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_FAILED_OVER_TO_AZURE), ==, "Failed over to Azure");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_RUNNING_IN_AZURE), ==, "Running in Azure");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_PROTECTED_TO_ON_PREMISES), ==, "Protected to on-premises");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_FAILED_BACK), ==, "Failed back");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_RUNNING_ON_PREMISES), ==, "Running on-premises");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_IN_TRANSITION), ==, "In transition");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_ENABLING_PROTECTION), ==, "Enabling protection");
  g_assert_cmpstr (fb_phase_to_string (FB_PHASE_UNKNOWN), ==, "Unknown");

  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_FAILOVER), ==, "Failover");
  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_COMMIT), ==, "Commit");
  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_REPROTECT_TO_ON_PREMISES), ==, "Reprotect to on-premises");
  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_FAILBACK), ==, "Failback");
  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_REPROTECT_TO_AZURE), ==, "Reprotect to Azure");
  g_assert_cmpstr (fb_next_step_to_string (FB_NEXT_STEP_NONE), ==, "None");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/phases/every-phase", test_every_phase);
  g_test_add_func ("/core/phases/step-needs-allowed-operation", test_step_needs_allowed_operation);
  g_test_add_func ("/core/phases/failback-operation-per-provider", test_failback_operation_per_provider);
  g_test_add_func ("/core/phases/minimal-items", test_minimal_items);
  g_test_add_func ("/core/phases/enabling-protection", test_enabling_protection);
  g_test_add_func ("/core/phases/enum-types", test_enum_types);
  g_test_add_func ("/core/phases/labels", test_labels);

  return g_test_run ();
}
