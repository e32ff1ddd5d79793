/* bench-app.c - the items list of a large vault in the app's own widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the build: bench/app-items compiles it against the static
 * libraries of _build-bench (app, sim, core) and runs it under Xvfb.
 *
 * `failback --demo` always serves the demo scenario (41 items); there is no
 * knob to pick another. This program does what --demo does - an in-process
 * FbSimServer, fb_session_new_demo() - but with large:N, and shows the vault
 * in an FbItemsView (the app's Replicated Items view) in a window:
 *
 * Usage: bench-app N REFRESHES
 *   Prints key=value lines (times in ms since the session was created, RSS in KiB):
 *     rss_gtk, rss_sim      after gtk_init, after the simulator started (in-process)
 *     first_page_ms         the view's model first had items
 *     loaded_ms, items      the vault's collections finished loading (FbSession::refreshed)
 *     drawn_ms              two frames of the window after that
 *     rss_loaded, hwm_loaded
 *     refresh_K_ms, rss_refresh_K, hwm_refresh_K   per refresh (fb_session_refresh_async)
 *   Bounded: N <= 100000, REFRESHES <= 10, a hard timeout of 300 s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "fb-items-view.h"
#include "fb-session.h"
#include "fb-sim-server.h"

static GMainLoop *loop;
static FbSession *session;
static FbVault *vault;
static GtkWidget *window;
static GtkWidget *view;
static gint64 t0;
static guint n_refreshes, done_refreshes;
static gboolean loaded, first_page;
static int ticks;
static guint expected;

static long
status_kb (const char *key)
{
  char line[256];
  long v = -1;
  FILE *f = fopen ("/proc/self/status", "r");
  size_t klen = strlen (key);

  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (strncmp (line, key, klen) == 0 && line[klen] == ':')
      {
        v = strtol (line + klen + 1, NULL, 10);
        break;
      }
  fclose (f);
  return v;
}

static double
ms (void)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void start_refresh (void);

static void
refresh_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = fb_session_get_items (session, vault);
  double t = ms ();
  double t_start = *(double *) user_data;

  g_free (user_data);
  if (!fb_session_refresh_finish (FB_SESSION (source), result, &error))
    {
      fprintf (stderr, "bench-app: refresh: %s\n", error->message);
      g_main_loop_quit (loop);
      return;
    }
  done_refreshes++;
  /* let the view catch up before reading RSS */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  printf ("refresh_%u_ms=%.1f\nrefresh_%u_items=%u\nrss_refresh_%u=%ld\nhwm_refresh_%u=%ld\n",
          done_refreshes, t - t_start, done_refreshes, g_list_model_get_n_items (items),
          done_refreshes, status_kb ("VmRSS"), done_refreshes, status_kb ("VmHWM"));
  fflush (stdout);
  start_refresh ();
}

static void
start_refresh (void)
{
  double *t_start;

  if (done_refreshes >= n_refreshes)
    {
      g_main_loop_quit (loop);
      return;
    }
  t_start = g_new (double, 1);
  *t_start = ms ();
  fb_session_refresh_async (session, vault, NULL, refresh_cb, t_start);
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  (void) widget;
  (void) clock;
  (void) data;
  if (!loaded)
    return G_SOURCE_CONTINUE;
  if (++ticks < 2)
    return G_SOURCE_CONTINUE;
  printf ("drawn_ms=%.1f\nrss_loaded=%ld\nhwm_loaded=%ld\n", ms (), status_kb ("VmRSS"),
          status_kb ("VmHWM"));
  fflush (stdout);
  start_refresh ();
  return G_SOURCE_REMOVE;
}

static void
items_changed_cb (GListModel *model, guint pos, guint removed, guint added, gpointer data)
{
  (void) pos;
  (void) removed;
  (void) added;
  (void) data;
  if (!first_page && g_list_model_get_n_items (model) > 0)
    {
      first_page = TRUE;
      printf ("first_page_ms=%.1f\nfirst_page_items=%u\n", ms (), g_list_model_get_n_items (model));
      fflush (stdout);
    }
}

static void
show_vault (FbVault *v)
{
  vault = g_object_ref (v);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  view = GTK_WIDGET (fb_items_view_new (session, vault));
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_signal_connect (fb_session_get_items (session, vault), "items-changed",
                    G_CALLBACK (items_changed_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  printf ("view_ms=%.1f\n", ms ());
  fflush (stdout);
}

static void
vaults_changed_cb (GListModel *vaults, guint pos, guint removed, guint added, gpointer data)
{
  (void) pos;
  (void) removed;
  (void) added;
  (void) data;
  if (vault != NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (vaults); i++)
    {
      g_autoptr(FbVault) v = g_list_model_get_item (vaults, i);

      if (g_strcmp0 (fb_vault_get_name (v), "vault-large") == 0)
        {
          show_vault (v);
          return;
        }
    }
}

static void
refreshed_cb (FbSession *s, FbVault *v, gpointer data)
{
  GListModel *items;

  (void) data;
  if (loaded || vault == NULL || v != vault)
    return;
  items = fb_session_get_items (s, v);
  loaded = TRUE;
  printf ("loaded_ms=%.1f\nitems=%u\n", ms (), g_list_model_get_n_items (items));
  fflush (stdout);
  if (g_list_model_get_n_items (items) != expected)
    fprintf (stderr, "bench-app: %u items loaded, %u expected\n", g_list_model_get_n_items (items), expected);
  gtk_widget_add_tick_callback (view, tick_cb, NULL, NULL);
  gtk_widget_queue_draw (view);
}

static void
failed_cb (FbSession *s, GError *error, gpointer data)
{
  (void) s;
  (void) data;
  fprintf (stderr, "bench-app: session failed: %s\n", error->message);
  g_main_loop_quit (loop);
}

static gboolean
hard_timeout_cb (gpointer data)
{
  (void) data;
  fprintf (stderr, "bench-app: hard timeout\n");
  exit (3);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FbSimServer) server = NULL;
  g_autofree char *scenario = NULL;
  int n;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s N REFRESHES\n", argv[0]);
      return 2;
    }
  n = CLAMP (atoi (argv[1]), 1, 100000);
  expected = (guint) n;
  n_refreshes = (guint) CLAMP (atoi (argv[2]), 0, 10);
  gtk_init ();
  adw_init ();
  loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add_seconds (300, hard_timeout_cb, NULL);
  printf ("rss_gtk=%ld\n", status_kb ("VmRSS"));

  scenario = g_strdup_printf ("large:%d", n);
  server = fb_sim_server_new (scenario, &error);
  if (server == NULL)
    {
      fprintf (stderr, "bench-app: %s\n", error->message);
      return 1;
    }
  fb_sim_server_set_seed (server, 1);
  if (!fb_sim_server_start (server, 0, &error))
    {
      fprintf (stderr, "bench-app: %s\n", error->message);
      return 1;
    }
  printf ("rss_sim=%ld\n", status_kb ("VmRSS"));
  fflush (stdout);

  t0 = g_get_monotonic_time ();
  session = fb_session_new_demo (server, "Bench");
  g_signal_connect (fb_session_get_vaults (session), "items-changed", G_CALLBACK (vaults_changed_cb), NULL);
  g_signal_connect (session, "refreshed", G_CALLBACK (refreshed_cb), NULL);
  g_signal_connect (session, "failed", G_CALLBACK (failed_cb), NULL);
  g_main_loop_run (loop);
  printf ("done=%u\n", done_refreshes);
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&vault);
  g_clear_object (&session);
  fb_sim_server_stop (server);
  return done_refreshes == n_refreshes ? 0 : 1;
}
