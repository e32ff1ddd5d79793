/* fb-machine-row.h - a list row for a protected machine: name, phase pill, open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fb-protected-item.h"

G_BEGIN_DECLS

typedef enum
{
  FB_MACHINE_ROW_ARROW,        /* the whole row opens the machine */
  FB_MACHINE_ROW_OPEN_BUTTON,  /* and an "Open <name>" button of its own */
} FbMachineRowTrailing;

GtkWidget *fb_machine_row_new (FbProtectedItem      *item,
                               const char           *subtitle,
                               gboolean              with_icon,
                               FbMachineRowTrailing  trailing);

G_END_DECLS
