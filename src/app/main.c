/* main.c - failback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FbApplication) app = NULL;
  const char *localedir;

  /* FAILBACK_LOCALEDIR points at a build tree's po/ folder (<build>/po), so that
   * translations can be checked without installing. */
  localedir = g_getenv ("FAILBACK_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = fb_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
