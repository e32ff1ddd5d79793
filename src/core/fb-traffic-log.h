/* fb-traffic-log.h - the --debug traffic log, with secrets redacted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One process-wide sink (the CLI's --debug, the app's debug switch). Every
 * line goes through fb_traffic_log_redact() first: Authorization (Bearer and
 * Basic) and cookie headers, vCenter's vmware-api-session-id header,
 * access/refresh/id tokens, device codes, client secrets, client assertions
 * and passwords never reach the sink.  Bodies of vCenter's session endpoints
 * (POST /api/session, VI/JSON SessionManager) also lose their session token
 * or key (fb_traffic_log_redact_body()).
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef void (*FbTrafficLogFunc) (const char *line, gpointer user_data);

void      fb_traffic_log_set_sink      (FbTrafficLogFunc func, gpointer user_data);
gboolean  fb_traffic_log_is_enabled    (void);
/* Redacts secrets in header lines, JSON and form-encoded bodies. */
char     *fb_traffic_log_redact        (const char *text);
/* Like fb_traffic_log_redact(), and also redacts the session token of a body
 * exchanged with @path when that is a vCenter session endpoint. */
char     *fb_traffic_log_redact_body   (const char *path,
                                        const char *text);

void      fb_traffic_log_request       (SoupMessage *msg, GBytes *body);
void      fb_traffic_log_response      (SoupMessage *msg, GBytes *body, gint64 elapsed_usec);
void      fb_traffic_log_failure       (SoupMessage *msg, const GError *error);

G_END_DECLS
