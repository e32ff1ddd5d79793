/* sim-test-util.h - plain libsoup requests against an in-process FbSimServer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fb-sim-server.h"

G_BEGIN_DECLS

#define SIM_SUB "33333333-3333-3333-3333-333333333333"
#define SIM_TENANT "11111111-1111-1111-1111-111111111111"
#define SIM_CLIENT "22222222-2222-2222-2222-222222222222"
#define SIM_ASR_API "2026-05-01"
#define SIM_NBG "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-nbg/providers/Microsoft.RecoveryServices/vaults/vault-nbg"
#define SIM_FFM "subscriptions/" SIM_SUB "/resourceGroups/rg-dr-ffm/providers/Microsoft.RecoveryServices/vaults/vault-ffm"

typedef struct {
  FbSimServer *server;
  SoupSession *session;
  char        *base;      /* "http://127.0.0.1:PORT/" */
  char        *token;
  char        *scenario_file;
  const char  *accept_language; /* sent when not NULL */
  /* of the last response */
  guint        status;
  SoupMessageHeaders *headers;
  GBytes      *body;
} SimFixture;

/* The demo scenario plus the vCenter engineer's fixture inventory (so the
 * vCenter hooks have hosts and VMs), written to a temporary file. */
char       *sim_test_scenario_file   (void);

SimFixture *sim_fixture_new          (const char *scenario, double speed, guint page_size);
SimFixture *sim_fixture_new_server   (FbSimServer *server);
void        sim_fixture_free         (SimFixture *f);
char       *sim_get_token            (SimFixture *f);

/* @path relative to the base ("subscriptions/..."), or an absolute URL.
 * api-version is added when @path has no query.  Returns the parsed body
 * (NULL when empty or not JSON); the status is in f->status. */
JsonNode   *sim_call                 (SimFixture *f, const char *method, const char *path,
                                      const char *json_body);
JsonNode   *sim_call_full            (SimFixture *f, const char *method, const char *url,
                                      const char *content_type, const char *body,
                                      const char *authorization);
const char *sim_header               (SimFixture *f, const char *name);

/* Helpers over JSON (abort the test on a wrong shape). */
JsonObject *sim_obj                  (JsonNode *node);
JsonObject *sim_member_obj           (JsonObject *o, const char *member);
const char *sim_member_str           (JsonObject *o, const char *member);
JsonArray  *sim_member_arr           (JsonObject *o, const char *member);
JsonObject *sim_props                (JsonNode *node);

/* Item by friendly name in a vault ("SIM_NBG"): returns its full resource. */
JsonNode   *sim_find_item            (SimFixture *f, const char *vault, const char *friendly_name);
char       *sim_item_path            (JsonNode *item);  /* relative path of its id */
char       *sim_path_of_id           (const char *arm_id);
/* Polls the job until it ends; returns it. */
JsonNode   *sim_wait_job             (SimFixture *f, const char *job_arm_id);
/* POSTs an action, asserts 202, waits for the job; returns the job. */
JsonNode   *sim_action               (SimFixture *f, const char *resource_path, const char *action,
                                      const char *json_body);
gboolean    sim_has_op               (JsonObject *props, const char *op);
const char *sim_error_detail_code    (JsonNode *body);

G_END_DECLS
