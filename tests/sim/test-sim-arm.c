/* test-sim-arm.c - ARM reads of failback-sim: every route, api-version,
 * missing resources, $filter, paging (large:10000 over nextLink), and the
 * field names and casing of the reference payloads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sim-test-util.h"

static JsonNode *
get_ok (SimFixture *f, const char *path)
{
  JsonNode *n = sim_call (f, "GET", path, NULL);

  if (f->status != 200)
    g_error ("GET %s: %u", path, f->status);
  g_assert_nonnull (sim_header (f, "x-ms-ratelimit-remaining-subscription-reads"));
  g_assert_nonnull (sim_header (f, "x-ms-request-id"));
  g_assert_cmpstr (sim_header (f, "x-ms-client-request-id"), ==, "0f5e1c1e-1111-4a4a-9b9b-000000000001");
  return n;
}

static JsonArray *
value_of (JsonNode *list)
{
  JsonObject *o = sim_obj (list);

  g_assert_true (json_object_has_member (o, "nextLink") || json_object_has_member (o, "count"));
  return sim_member_arr (o, "value");
}

/* Keys of the reference example's properties must all be present. */
static void
assert_superset (JsonObject *have, JsonObject *want, const char *what)
{
  g_autoptr(GList) keys = json_object_get_members (want);

  for (GList *l = keys; l != NULL; l = l->next)
    if (!json_object_has_member (have, l->data))
      g_error ("%s lacks '%s' of the reference payload", what, (const char *) l->data);
}

static JsonObject *
reference (const char *file, const char *code)
{
  g_autofree char *path = g_build_filename (g_getenv ("FB_SHARED_DIR"), "reference", "azure-asr", "examples", file, NULL);
  JsonParser *p = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *body;

  if (!json_parser_load_from_file (p, path, &error))
    {
      g_object_unref (p);
      return NULL;
    }
  body = sim_member_obj (sim_member_obj (sim_member_obj (json_node_get_object (json_parser_get_root (p)), "responses"), code), "body");
  body = json_object_ref (body);
  g_object_unref (p);
  return body;
}

static JsonObject *
first_value_props (JsonObject *ref)
{
  if (json_object_has_member (ref, "value"))
    return sim_member_obj (json_array_get_object_element (sim_member_arr (ref, "value"), 0), "properties");
  return sim_member_obj (ref, "properties");
}

static void
test_routes (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  g_autoptr(JsonNode) subs = get_ok (f, "subscriptions");
  g_autoptr(JsonNode) sub = get_ok (f, "subscriptions/" SIM_SUB);
  g_autoptr(JsonNode) vaults = get_ok (f, "subscriptions/" SIM_SUB "/providers/Microsoft.RecoveryServices/vaults");
  g_autoptr(JsonNode) rg_vaults = get_ok (f, "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-ffm/providers/Microsoft.RecoveryServices/vaults");
  g_autoptr(JsonNode) vault = get_ok (f, SIM_NBG);
  g_autoptr(JsonNode) fabrics = get_ok (f, SIM_NBG "/replicationFabrics");
  g_autoptr(JsonNode) vcs = get_ok (f, SIM_NBG "/replicationvCenters");
  g_autoptr(JsonNode) containers = get_ok (f, SIM_NBG "/replicationProtectionContainers");
  g_autoptr(JsonNode) mappings = get_ok (f, SIM_NBG "/replicationProtectionContainerMappings");
  g_autoptr(JsonNode) policies = get_ok (f, SIM_NBG "/replicationPolicies");
  g_autoptr(JsonNode) items = get_ok (f, SIM_NBG "/replicationProtectedItems");
  g_autoptr(JsonNode) plans = get_ok (f, SIM_NBG "/replicationRecoveryPlans");
  g_autoptr(JsonNode) jobs = get_ok (f, SIM_NBG "/replicationJobs");
  g_autoptr(JsonNode) health = get_ok (f, SIM_NBG "/replicationVaultHealth");
  JsonArray *a;
  JsonObject *cs = NULL, *rcm = NULL;
  g_autofree char *fab_path = NULL;

  g_assert_cmpuint (json_array_get_length (value_of (subs)), ==, 1);
  /* the read bucket drains (250, refilled 25 per second) */
  {
    g_autoptr(JsonNode) a1 = get_ok (f, "subscriptions");
    int r1 = atoi (sim_header (f, "x-ms-ratelimit-remaining-subscription-reads"));
    g_autoptr(JsonNode) a2 = get_ok (f, "subscriptions");
    int r2 = atoi (sim_header (f, "x-ms-ratelimit-remaining-subscription-reads"));

    g_assert_cmpint (r1, <, 250);
    g_assert_cmpint (r2, <=, r1);
  }
  g_assert_cmpstr (sim_member_str (sim_obj (sub), "tenantId"), ==, SIM_TENANT);
  g_assert_cmpuint (json_array_get_length (value_of (vaults)), ==, 2);
  g_assert_cmpuint (json_array_get_length (value_of (rg_vaults)), ==, 1);
  g_assert_cmpstr (sim_member_str (sim_obj (vault), "type"), ==, "Microsoft.RecoveryServices/vaults");
  g_assert_cmpstr (sim_member_str (sim_obj (vault), "location"), ==, "germanywestcentral");
  g_assert_true (g_str_has_prefix (sim_member_str (sim_obj (vault), "id"), "/subscriptions/"));

  a = value_of (fabrics);
  g_assert_cmpuint (json_array_get_length (a), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *fo = json_array_get_object_element (a, i);
      JsonObject *cd = sim_member_obj (sim_member_obj (fo, "properties"), "customDetails");

      g_assert_true (g_str_has_prefix (sim_member_str (fo, "id"), "/Subscriptions/"));
      if (g_strcmp0 (sim_member_str (cd, "instanceType"), "VMware") == 0)
        {
          cs = cd;
          fab_path = g_strdup (sim_member_str (fo, "id") + 1);
        }
      else
        rcm = cd;
    }
  g_assert_nonnull (cs);
  g_assert_nonnull (rcm);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (cs, "processServers")), ==, 2);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (cs, "masterTargetServers")), ==, 2);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (cs, "runAsAccounts")), ==, 3);
  g_assert_cmpuint (json_array_get_length (sim_member_arr (rcm, "reprotectAgents")), ==, 1);
  {
    /* shaped like recordings/v2aFailbackReprotect.json */
    JsonObject *mt = json_array_get_object_element (sim_member_arr (cs, "masterTargetServers"), 0);
    JsonObject *ds = json_array_get_object_element (sim_member_arr (mt, "dataStores"), 0);
    JsonObject *vol = json_array_get_object_element (sim_member_arr (mt, "retentionVolumes"), 0);
    JsonObject *ps = json_array_get_object_element (sim_member_arr (cs, "processServers"), 0);
    const char *mt_keys[] = { "id", "ipAddress", "name", "osType", "agentVersion", "lastHeartbeat", "versionStatus",
                              "retentionVolumes", "dataStores", "validationErrors", "healthErrors", "diskCount",
                              "osVersion", "agentExpiryDate", "marsAgentVersion", "marsAgentExpiryDate",
                              "agentVersionDetails", "marsAgentVersionDetails", NULL };
    const char *ps_keys[] = { "friendlyName", "id", "ipAddress", "osType", "agentVersion", "lastHeartbeat", "versionStatus",
                              "mobilityServiceUpdates", "hostId", "machineCount", "replicationPairCount", "systemLoad",
                              "cpuLoad", "totalMemoryInBytes", "availableMemoryInBytes", "psServiceStatus",
                              "sslCertExpiryDate", "health", "marsCommunicationStatus", NULL };
    const char *cs_keys[] = { "replicationPairCount", "processServerCount", "agentCount", "protectedServers", "csServiceStatus",
                              "ipAddress", "agentVersion", "hostName", "lastHeartbeat", "versionStatus", "psTemplateVersion", NULL };

    for (guint i = 0; mt_keys[i] != NULL; i++)
      g_assert_true (json_object_has_member (mt, mt_keys[i]));
    for (guint i = 0; ps_keys[i] != NULL; i++)
      g_assert_true (json_object_has_member (ps, ps_keys[i]));
    for (guint i = 0; cs_keys[i] != NULL; i++)
      g_assert_true (json_object_has_member (cs, cs_keys[i]));
    g_assert_cmpstr (sim_member_str (ps, "machineCount"), !=, NULL);   /* numbers as strings */
    g_assert_nonnull (sim_member_str (ds, "capacity"));
    g_assert_nonnull (sim_member_str (ds, "freeSpace"));
    g_assert_nonnull (sim_member_str (ds, "symbolicName"));
    g_assert_nonnull (sim_member_str (vol, "volumeName"));
    g_assert_true (json_object_has_member (vol, "capacityInBytes"));
  }

  /* fabric, its vCenters, containers, mappings, items */
  {
    g_autoptr(JsonNode) fab = get_ok (f, fab_path);
    g_autofree char *p1 = g_strdup_printf ("%s/replicationvCenters", fab_path);
    g_autoptr(JsonNode) fvcs = get_ok (f, p1);
    g_autofree char *p2 = g_strdup_printf ("%s/replicationProtectionContainers", fab_path);
    g_autoptr(JsonNode) fcs = get_ok (f, p2);
    JsonObject *c0 = json_array_get_object_element (value_of (fcs), 0);
    g_autofree char *cpath = g_strdup (sim_member_str (c0, "id") + 1);
    g_autoptr(JsonNode) c = get_ok (f, cpath);
    g_autofree char *p3 = g_strdup_printf ("%s/replicationProtectionContainerMappings", cpath);
    g_autoptr(JsonNode) cms = get_ok (f, p3);
    g_autofree char *p4 = g_strdup_printf ("%s/replicationProtectedItems", cpath);
    g_autoptr(JsonNode) citems = get_ok (f, p4);
    JsonObject *vc0 = json_array_get_object_element (value_of (fvcs), 0);
    g_autofree char *vcpath = g_strdup (sim_member_str (vc0, "id") + 1);
    g_autoptr(JsonNode) vc = get_ok (f, vcpath);
    gboolean self_mapping = FALSE;

    g_assert_cmpstr (sim_member_str (sim_props (fab), "friendlyName"), ==, "cs-nbg-01");
    g_assert_cmpstr (sim_member_str (sim_props (vc), "friendlyName"), ==, "vc-nbg-01.contoso.local");
    g_assert_cmpstr (sim_member_str (sim_props (c), "fabricType"), ==, "VMware");
    g_assert_true (g_str_has_prefix (sim_member_str (sim_obj (c), "name"), "cloud_"));
    /* the failback mapping: source = target = the CS container (Gotcha 10) */
    for (guint i = 0; i < json_array_get_length (value_of (cms)); i++)
      {
        JsonObject *m = sim_member_obj (json_array_get_object_element (value_of (cms), i), "properties");

        if (g_strcmp0 (sim_member_str (m, "targetProtectionContainerId"), sim_member_str (c0, "id")) == 0)
          self_mapping = TRUE;
      }
    g_assert_true (self_mapping);
    g_assert_cmpuint (json_array_get_length (value_of (citems)), >, 15);
    {
      g_autofree char *p5 = g_strdup_printf ("%s/replicationProtectionContainerMappings/cs-nbg-01-failback", cpath);
      g_autoptr(JsonNode) m = get_ok (f, p5);

      g_assert_cmpstr (sim_member_str (sim_props (m), "state"), ==, "Paired");
    }
  }

  g_assert_cmpuint (json_array_get_length (value_of (vcs)), ==, 2);
  g_assert_cmpuint (json_array_get_length (value_of (containers)), ==, 2);
  g_assert_cmpuint (json_array_get_length (value_of (mappings)), ==, 4);
  a = value_of (policies);
  g_assert_cmpuint (json_array_get_length (a), ==, 4);
  {
    g_autoptr(JsonNode) pol = get_ok (f, SIM_NBG "/replicationPolicies/pol-nbg-24h-failback");

    g_assert_cmpstr (sim_member_str (sim_member_obj (sim_props (pol), "providerSpecificDetails"), "instanceType"), ==, "InMage");
  }
  g_assert_cmpuint (json_array_get_length (value_of (items)), ==, 35);
  g_assert_null (sim_member_str (sim_obj (items), "nextLink"));
  g_assert_cmpuint (json_array_get_length (value_of (plans)), ==, 3);
  {
    g_autoptr(JsonNode) plan = get_ok (f, SIM_NBG "/replicationRecoveryPlans/rp-erp");
    JsonArray *groups = sim_member_arr (sim_props (plan), "groups");

    g_assert_cmpuint (json_array_get_length (groups), ==, 4);
    g_assert_cmpstr (sim_member_str (json_array_get_object_element (groups, 0), "groupType"), ==, "Shutdown");
    g_assert_cmpstr (sim_member_str (json_array_get_object_element (groups, 2), "groupType"), ==, "Boot");
  }
  /* history: the jobs that brought the items to their phases */
  g_assert_cmpuint (json_array_get_length (value_of (jobs)), >, 10);
  {
    JsonObject *j0 = json_array_get_object_element (value_of (jobs), 0);
    g_autofree char *jpath = g_strdup (sim_member_str (j0, "id") + 1);
    g_autoptr(JsonNode) job = get_ok (f, jpath);

    g_assert_cmpstr (sim_member_str (sim_props (job), "state"), ==, "Succeeded");
  }
  g_assert_true (json_object_has_member (sim_props (health), "vaultErrors"));
  g_assert_true (json_object_has_member (sim_props (health), "protectedItemsHealth"));
  /* the second vault reports its disconnected vCenter */
  {
    g_autoptr(JsonNode) h2 = get_ok (f, SIM_FFM "/replicationVaultHealth");

    g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_props (h2), "vaultErrors")), ==, 1);
  }

  /* an item with replication health Warning carries the health error */
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "file-01");
    JsonArray *he = sim_member_arr (sim_props (it), "healthErrors");

    g_assert_cmpstr (sim_member_str (sim_props (it), "replicationHealth"), ==, "Warning");
    g_assert_cmpuint (json_array_get_length (he), ==, 1);
    g_assert_cmpstr (sim_member_str (json_array_get_object_element (he, 0), "errorCode"), ==, "78026");
  }

  /* recovery points: a series ending near now, both kinds */
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "web-01");
    g_autofree char *rp = g_strdup_printf ("%s/recoveryPoints", sim_member_str (sim_obj (it), "id") + 1);
    g_autoptr(JsonNode) pts = get_ok (f, rp);
    JsonArray *v = value_of (pts);
    gboolean app = FALSE, crash = FALSE;
    gint64 newest = 0;
    JsonObject *p0 = json_array_get_object_element (v, 0);
    g_autofree char *one = g_strdup (sim_member_str (p0, "id") + 1);
    g_autoptr(JsonNode) single = get_ok (f, one);
    g_autoptr(GDateTime) t = NULL;

    g_assert_cmpuint (json_array_get_length (v), ==, 100);   /* first page */
    g_assert_nonnull (sim_member_str (sim_obj (pts), "nextLink"));
    for (guint i = 0; i < json_array_get_length (v); i++)
      {
        JsonObject *pp = sim_member_obj (json_array_get_object_element (v, i), "properties");

        app |= g_strcmp0 (sim_member_str (pp, "recoveryPointType"), "ApplicationConsistent") == 0;
        crash |= g_strcmp0 (sim_member_str (pp, "recoveryPointType"), "CrashConsistent") == 0;
      }
    g_assert_true (app && crash);
    t = g_date_time_new_from_iso8601 (sim_member_str (sim_member_obj (p0, "properties"), "recoveryPointTime"), NULL);
    newest = g_date_time_to_unix (t);
    g_assert_cmpint (g_get_real_time () / G_USEC_PER_SEC - newest, <, 600);
    g_assert_cmpstr (sim_member_str (sim_obj (single), "name"), ==, sim_member_str (p0, "name"));
  }
  sim_fixture_free (f);
}

static void
test_casing (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  struct {
    const char *example;
    const char *path;
  } cases[] = {
    { "ReplicationProtectedItems_Get.json", NULL },
    { "ReplicationFabrics_Get.json", SIM_NBG "/replicationFabrics" },
    { "ReplicationvCenters_Get.json", SIM_NBG "/replicationvCenters" },
    { "ReplicationProtectionContainers_ListByReplicationFabrics.json", SIM_NBG "/replicationProtectionContainers" },
    { "ReplicationProtectionContainerMappings_List.json", SIM_NBG "/replicationProtectionContainerMappings" },
    { "ReplicationRecoveryPlans_Get.json", SIM_NBG "/replicationRecoveryPlans" },
    { "ReplicationJobs_Get.json", SIM_NBG "/replicationJobs" },
    { "RecoveryPoints_Get.json", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonObject) ref = reference (cases[i].example, "200");
      g_autoptr(JsonNode) mine = NULL;
      JsonObject *have;
      JsonObject *ref_props;

      if (ref == NULL)
        {
          g_test_message ("no reference %s", cases[i].example);
          continue;
        }
      ref_props = first_value_props (ref);
      if (i == 0 || i == 7)
        {
          g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "web-01");

          if (i == 0)
            mine = json_node_ref (it);
          else
            {
              g_autofree char *rp = g_strdup_printf ("%s/recoveryPoints", sim_member_str (sim_obj (it), "id") + 1);
              g_autoptr(JsonNode) list = get_ok (f, rp);

              mine = json_node_copy (json_array_get_element (sim_member_arr (sim_obj (list), "value"), 0));
            }
          have = sim_props (mine);
        }
      else
        {
          mine = get_ok (f, cases[i].path);
          have = sim_member_obj (json_array_get_object_element (sim_member_arr (sim_obj (mine), "value"), 0), "properties");
        }
      /* HyperV-only members of the examples are not VMware fields */
      json_object_remove_member (ref_props, "fabricSpecificDetails");
      assert_superset (have, ref_props, cases[i].example);
      /* the envelope */
      if (i != 0 && i != 7)
        assert_superset (json_array_get_object_element (sim_member_arr (sim_obj (mine), "value"), 0),
                         json_object_has_member (ref, "value") ? json_array_get_object_element (sim_member_arr (ref, "value"), 0) : ref,
                         cases[i].example);
    }
  /* ids like the real service */
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "web-01");
    JsonObject *cs = sim_member_obj (sim_props (it), "currentScenario");

    g_assert_true (g_str_has_prefix (sim_member_str (sim_obj (it), "id"), "/Subscriptions/"));
    g_assert_cmpstr (sim_member_str (cs, "scenarioName"), ==, "None");
    g_assert_cmpstr (sim_member_str (cs, "startTime"), ==, "1753-01-01T01:01:01Z");
    g_assert_true (g_str_has_suffix (sim_member_str (cs, "jobId"), "/replicationJobs/None"));
  }
  sim_fixture_free (f);
}

static void
test_errors (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  g_autofree char *url = NULL;
  JsonNode *r;

  /* api-version */
  url = g_strdup_printf ("%s" SIM_NBG "/replicationFabrics", f->base);
  r = sim_call (f, "GET", url, NULL);
  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "MissingApiVersionParameter");
  json_node_unref (r);
  g_free (url);
  url = g_strdup_printf ("%s" SIM_NBG "/replicationFabrics?api-version=2099-01-01", f->base);
  r = sim_call (f, "GET", url, NULL);
  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "InvalidApiVersionParameter");
  g_assert_nonnull (strstr (sim_member_str (sim_member_obj (sim_obj (r), "error"), "message"), "2026-05-01"));
  json_node_unref (r);

  /* missing resources as the service answers them */
  r = sim_call (f, "GET", SIM_NBG "/replicationRecoveryPlans/no-such-plan", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  g_assert_cmpstr (sim_member_str (sim_member_obj (sim_obj (r), "error"), "code"), ==, "NotFound");
  g_assert_cmpstr (sim_error_detail_code (r), ==, "ArmResourceDoesNotExist");
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationFabrics/no-such-fabric", NULL);
  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "SubscriptionIdNotRegisteredWithSrs");
  json_node_unref (r);
  r = sim_call (f, "GET", "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-nbg/providers/Microsoft.RecoveryServices/vaults/nope", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "ResourceNotFound");
  json_node_unref (r);
  r = sim_call (f, "GET", "subscriptions/" SIM_SUB "/resourceGroups/rg-nope/providers/Microsoft.RecoveryServices/vaults", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "ResourceGroupNotFound");
  json_node_unref (r);
  r = sim_call (f, "GET", "subscriptions/44444444-4444-4444-4444-444444444444", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "SubscriptionNotFound");
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationJobs/00000000-0000-0000-0000-000000000000", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  json_node_unref (r);
  r = sim_call (f, "DELETE", SIM_NBG "/replicationPolicies/pol-nbg-24h", NULL);
  g_assert_cmpuint (f->status, ==, 405);
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationNothing", NULL);
  g_assert_cmpuint (f->status, ==, 404);
  json_node_unref (r);
  /* bad $filter */
  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API "&$filter=Color%20eq%20'red'", NULL);
  g_assert_cmpuint (f->status, ==, 400);
  g_assert_cmpstr (sim_error_detail_code (r), ==, "InvalidODataFilter");
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationJobs?api-version=" SIM_ASR_API "&$filter=StartTime%20eq", NULL);
  g_assert_cmpuint (f->status, ==, 400);
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API "&skipToken=garbage", NULL);
  g_assert_cmpuint (f->status, ==, 400);
  json_node_unref (r);
  sim_fixture_free (f);
}

static void
test_filters (void)
{
  SimFixture *f = sim_fixture_new (NULL, 1000.0, 0);
  JsonNode *r;
  JsonArray *v;

  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API "&$filter=RecoveryPlanName%20eq%20'rp-billing'", NULL);
  v = value_of (r);
  g_assert_cmpuint (json_array_get_length (v), ==, 2);
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationProtectedItems?api-version=" SIM_ASR_API
                "&$filter=ReplicationProvider%20eq%20'InMageRcm'%20and%20ProtectionState%20eq%20'Protected'", NULL);
  v = value_of (r);
  g_assert_cmpuint (json_array_get_length (v), ==, 4);
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationJobs?api-version=" SIM_ASR_API "&$filter=ScenarioName%20eq%20'CommitFailover'", NULL);
  v = value_of (r);
  g_assert_cmpuint (json_array_get_length (v), >, 2);
  for (guint i = 0; i < json_array_get_length (v); i++)
    g_assert_cmpstr (sim_member_str (sim_member_obj (json_array_get_object_element (v, i), "properties"), "scenarioName"), ==, "CommitFailover");
  json_node_unref (r);
  r = sim_call (f, "GET", SIM_NBG "/replicationJobs?api-version=" SIM_ASR_API "&$filter=StartTime%20eq%20'2099-01-01T00:00:00Z'", NULL);
  g_assert_cmpuint (json_array_get_length (value_of (r)), ==, 0);
  json_node_unref (r);
  {
    g_autoptr(JsonNode) it = sim_find_item (f, SIM_NBG, "erp-db-01");
    g_autofree char *p = g_strdup_printf (SIM_NBG "/replicationJobs?api-version=" SIM_ASR_API "&$filter=TargetObjectId%%20eq%%20'%s'",
                                          sim_member_str (sim_obj (it), "name"));

    r = sim_call (f, "GET", p, NULL);
    g_assert_cmpuint (json_array_get_length (value_of (r)), ==, 1);
    json_node_unref (r);
  }
  sim_fixture_free (f);
}

static void
test_paging_large (void)
{
  SimFixture *f = sim_fixture_new ("large:10000", 1000.0, 0);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *next = g_strdup ("subscriptions/" SIM_SUB "/resourceGroups/rg-dr-large/providers/Microsoft.RecoveryServices/vaults/vault-large/replicationProtectedItems");
  guint pages = 0;

  while (next != NULL)
    {
      g_autoptr(JsonNode) page = sim_call (f, "GET", next, NULL);
      JsonArray *v;
      const char *link;

      g_assert_cmpuint (f->status, ==, 200);
      v = sim_member_arr (sim_obj (page), "value");
      for (guint i = 0; i < json_array_get_length (v); i++)
        g_hash_table_add (ids, g_strdup (sim_member_str (json_array_get_object_element (v, i), "id")));
      link = sim_member_str (sim_obj (page), "nextLink");
      g_free (next);
      next = NULL;
      if (link != NULL)
        {
          g_assert_true (g_str_has_prefix (link, f->base));
          g_assert_nonnull (strstr (link, "api-version=" SIM_ASR_API));
          g_assert_nonnull (strstr (link, "skipToken="));
          next = g_strdup (link);
        }
      pages++;
    }
  g_assert_cmpuint (g_hash_table_size (ids), ==, 10000);
  g_assert_cmpuint (pages, ==, 100);
  /* several plans and containers */
  {
    g_autoptr(JsonNode) plans = sim_call (f, "GET", "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-large/providers/Microsoft.RecoveryServices/vaults/vault-large/replicationRecoveryPlans", NULL);

    g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_obj (plans), "value")), ==, 20);
  }
  sim_fixture_free (f);
}

static void
test_large_deterministic (void)
{
  /* the same seed gives the same items */
  char *first[2] = { NULL, NULL };

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(GError) error = NULL;
      FbSimServer *server = fb_sim_server_new ("large:50", &error);
      SimFixture *f;
      g_autoptr(JsonNode) page = NULL;

      fb_sim_server_set_seed (server, 42);
      fb_sim_server_set_page_size (server, 5);
      f = sim_fixture_new_server (server);
      f->token = sim_get_token (f);
      page = sim_call (f, "GET", "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-large/providers/Microsoft.RecoveryServices/vaults/vault-large/replicationProtectedItems", NULL);
      g_assert_cmpuint (json_array_get_length (sim_member_arr (sim_obj (page), "value")), ==, 5);
      first[run] = g_strdup_printf ("%s %s",
                                    sim_member_str (json_array_get_object_element (sim_member_arr (sim_obj (page), "value"), 0), "name"),
                                    sim_member_str (sim_props (json_array_get_element (sim_member_arr (sim_obj (page), "value"), 0)), "friendlyName"));
      sim_fixture_free (f);
    }
  g_assert_cmpstr (first[0], ==, first[1]);
  g_free (first[0]);
  g_free (first[1]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/arm/routes", test_routes);
  g_test_add_func ("/sim/arm/casing", test_casing);
  g_test_add_func ("/sim/arm/errors", test_errors);
  g_test_add_func ("/sim/arm/filters", test_filters);
  g_test_add_func ("/sim/arm/paging-large-10000", test_paging_large);
  g_test_add_func ("/sim/arm/large-deterministic", test_large_deterministic);
  return g_test_run ();
}
