/* fb-cli-main.c - failbackctl
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && g_str_equal (argv[1], "--version"))
    {
      g_print ("failbackctl %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_printerr (_("Usage: failbackctl COMMAND [OPTIONS]\n"));
  return 2;
}
