/* test-traffic-redact.c - the --debug traffic log and vCenter's secrets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fb-traffic-log.h"

#define TOKEN "b00db39f948d13ea1e59b4d6fce56389"
/* base64 ("administrator@vsphere.local:demo-password") */
#define BASIC "YWRtaW5pc3RyYXRvckB2c3BoZXJlLmxvY2FsOmRlbW8tcGFzc3dvcmQ="

/* Lines: the secret is gone, [redacted] stands in for it, the rest stays. */
static void
test_lines (void)
{
  static const struct { const char *in; const char *secret; const char *kept; } cases[] = {
    { "> vmware-api-session-id: " TOKEN, TOKEN, "vmware-api-session-id: " },
    { "< VMware-API-Session-Id: " TOKEN, TOKEN, "< VMware-API-Session-Id: " },
    { "> Authorization: Basic " BASIC, BASIC, "> Authorization: " },
    { "GET /api/session\nAuthorization: Basic " BASIC "\nAccept: application/json", BASIC, "\nAccept: application/json" },
    { "the header was basic " BASIC " here", BASIC, " here" },
    { "> Cookie: vmware-api-session-id=" TOKEN "; Path=/", TOKEN, "> Cookie: " },
    { "< Set-Cookie: vmware_soap_session=\"" TOKEN "\"; Path=/; HttpOnly", TOKEN, "< Set-Cookie: " },
    /* VI/JSON login body */
    { "> {\"userName\":\"administrator@vsphere.local\",\"password\":\"demo-password\"}", "demo-password",
      "\"userName\":\"administrator@vsphere.local\"" },
    /* an escaped quote does not end the password */
    { "> {\"password\":\"ab\\\"cd-rest-of-it\",\"userName\":\"u\"}", "cd-rest-of-it", "\"userName\":\"u\"" },
    /* a body cut off by the length limit inside the password */
    { "> {\"userName\":\"administrator@vsphere.local\",\"password\":\"demo-passw", "demo-passw", "\"userName\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fb_traffic_log_redact (cases[i].in);

      g_test_message ("%s -> %s", cases[i].in, out);
      g_assert_null (strstr (out, cases[i].secret));
      g_assert_nonnull (strstr (out, "[redacted]"));
      g_assert_nonnull (strstr (out, cases[i].kept));
    }
}

/* Not secrets: left alone. */
static void
test_not_secrets (void)
{
  static const char * const kept[] = {
    "< {\"error_type\":\"UNAUTHENTICATED\",\"challenge\":\"Basic realm=\\\"VAPI endpoint\\\"\"}",
    "> vmware-use-header-authn: true",
    "< {\"key\":\"guestinfo.ip\",\"value\":\"10.0.0.5\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *out = fb_traffic_log_redact (kept[i]);
      g_assert_cmpstr (out, ==, kept[i]);
    }
}

/* Bodies of vCenter's session endpoints. */
static void
test_session_bodies (void)
{
  static const struct { const char *path; const char *in; const char *secret; const char *kept; } cases[] = {
    /* POST /api/session: the token is the whole body, a JSON string */
    { "/api/session", "\"" TOKEN "\"", TOKEN, "\"[redacted]\"" },
    { "/api/session", " \"" TOKEN, TOKEN, "[redacted]" },
    /* /rest wraps it */
    { "/rest/com/vmware/cis/session", "{\"value\":\"" TOKEN "\"}", TOKEN, "\"value\":\"[redacted]\"" },
    /* VI/JSON SessionManager.Login and currentSession: UserSession.key */
    { "/sdk/vim25/8.0.1.0/SessionManager/SessionManager/Login",
      "{\"_typeName\":\"UserSession\",\"key\":\"" TOKEN "\",\"userName\":\"administrator@vsphere.local\"}",
      TOKEN, "\"userName\":\"administrator@vsphere.local\"" },
    { "/sdk/vim25/8.0.1.0/SessionManager/SessionManager/currentSession",
      "{\"_typeName\" : \"UserSession\", \"key\" : \"" TOKEN "\"}", TOKEN, "\"key\" : \"[redacted]\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fb_traffic_log_redact_body (cases[i].path, cases[i].in);

      g_test_message ("%s: %s -> %s", cases[i].path, cases[i].in, out);
      g_assert_null (strstr (out, cases[i].secret));
      g_assert_nonnull (strstr (out, cases[i].kept));
    }

  /* other endpoints keep their ids: a task id, a device key */
  {
    g_autofree char *task = fb_traffic_log_redact_body ("/api/vcenter/vm/vm-1", "\"task-42:com.vmware\"");
    g_autofree char *disk = fb_traffic_log_redact_body ("/sdk/vim25/8.0.1.0/VirtualMachine/vm-1/config",
                                                        "{\"key\":\"2000\"}");
    g_autofree char *info = fb_traffic_log_redact_body ("/api/session",
                                                        "{\"user\":\"administrator@vsphere.local\"}");

    g_assert_cmpstr (task, ==, "\"task-42:com.vmware\"");
    g_assert_cmpstr (disk, ==, "{\"key\":\"2000\"}");
    g_assert_cmpstr (info, ==, "{\"user\":\"administrator@vsphere.local\"}");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vcenter/traffic-log/lines", test_lines);
  g_test_add_func ("/vcenter/traffic-log/not-secrets", test_not_secrets);
  g_test_add_func ("/vcenter/traffic-log/session-bodies", test_session_bodies);
  return g_test_run ();
}
