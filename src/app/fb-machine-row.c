/* fb-machine-row.c - a list row for a protected machine: name, phase pill, open
 *
 * Used by the recovery plans view and the plan page. The pill stays beside the name while
 * both fit and goes under it otherwise, so that a long German phase does not squeeze the
 * name into breaking inside a word at 360 px.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fb-machine-row.h"
#include "fb-page-util.h"

/* The row lays out its header itself (the nodes and style classes of an AdwActionRow,
 * for its look): the OS icon (maybe hidden), the title box (name, a subtitle), the phase
 * pill and the trailing arrow or Open button. The pill stays beside the title while the
 * name fits on one line next to it and goes under the title otherwise: at 360 px a German
 * phase left the name too little room and broke it inside the word ("erp-app-0|1"). */
#define MACHINE_ROW_SPACING 6       /* as an AdwActionRow's header box */
#define MACHINE_ROW_PILL_BOTTOM 6   /* below a pill under the title (the title box has its own margins) */

typedef struct
{
  GtkWidget *icon;
  GtkWidget *title;
  GtkWidget *pill;
  GtkWidget *open;
} MachineRowParts;

static void
machine_row_parts (GtkWidget       *header,
                   MachineRowParts *parts)
{
  parts->icon = gtk_widget_get_first_child (header);
  parts->title = gtk_widget_get_next_sibling (parts->icon);
  parts->pill = gtk_widget_get_next_sibling (parts->title);
  parts->open = gtk_widget_get_last_child (header);
}

static int
machine_row_natural_width (GtkWidget *widget)
{
  int natural = 0;

  if (gtk_widget_should_layout (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* The width the icon takes with its spacing (0 without an icon). */
static int
machine_row_icon_width (MachineRowParts *parts)
{
  return gtk_widget_should_layout (parts->icon)
           ? machine_row_natural_width (parts->icon) + MACHINE_ROW_SPACING : 0;
}

/* Whether the title's natural width fits beside the pill in @width (-1: unconstrained). */
static gboolean
machine_row_side_by_side (MachineRowParts *parts,
                          int              width)
{
  return width < 0 ||
         machine_row_icon_width (parts) + machine_row_natural_width (parts->title) +
         machine_row_natural_width (parts->pill) + machine_row_natural_width (parts->open) +
         2 * MACHINE_ROW_SPACING <= width;
}

static GtkSizeRequestMode
machine_row_request_mode (GtkWidget *header)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
machine_row_measure (GtkWidget      *header,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MachineRowParts parts;
  int icon_width, pill_width, open_width;
  int title_min, title_nat, pill_min, pill_nat, side_min = 0, side_nat = 0;

  machine_row_parts (header, &parts);
  icon_width = machine_row_icon_width (&parts);
  pill_width = machine_row_natural_width (parts.pill);
  open_width = machine_row_natural_width (parts.open);
  *minimum_baseline = *natural_baseline = -1;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (parts.title, orientation, -1, &title_min, &title_nat, NULL, NULL);
      /* narrowest with the pill under the title, widest with it beside */
      *minimum = icon_width + MAX (title_min, pill_width) + MACHINE_ROW_SPACING + open_width;
      *natural = icon_width + title_nat + pill_width + open_width + 2 * MACHINE_ROW_SPACING;
      return;
    }

  /* icon and button: the tallest of them */
  for (GtkWidget *side = parts.icon; side != NULL; side = side == parts.icon ? parts.open : NULL)
    if (gtk_widget_should_layout (side))
      {
        int min, nat;

        gtk_widget_measure (side, orientation, -1, &min, &nat, NULL, NULL);
        side_min = MAX (side_min, min);
        side_nat = MAX (side_nat, nat);
      }

  gtk_widget_measure (parts.pill, orientation, -1, &pill_min, &pill_nat, NULL, NULL);
  if (machine_row_side_by_side (&parts, for_size))
    {
      int title_width = for_size < 0 ? -1
                                     : for_size - icon_width - pill_width - open_width - 2 * MACHINE_ROW_SPACING;

      gtk_widget_measure (parts.title, orientation, title_width, &title_min, &title_nat, NULL, NULL);
      *minimum = MAX (MAX (title_min, pill_min), side_min);
      *natural = MAX (MAX (title_nat, pill_nat), side_nat);
    }
  else
    {
      gtk_widget_measure (parts.title, orientation, for_size - icon_width - open_width - MACHINE_ROW_SPACING,
                          &title_min, &title_nat, NULL, NULL);
      *minimum = MAX (title_min + pill_min + MACHINE_ROW_PILL_BOTTOM, side_min);
      *natural = MAX (title_nat + pill_nat + MACHINE_ROW_PILL_BOTTOM, side_nat);
    }
}

static void
machine_row_place (GtkWidget *header,
                   GtkWidget *child,
                   int        x,
                   int        y,
                   int        width,
                   int        height)
{
  GtkAllocation allocation = { x, y, width, height };

  if (!gtk_widget_should_layout (child))
    return;
  if (gtk_widget_get_direction (header) == GTK_TEXT_DIR_RTL)
    allocation.x = gtk_widget_get_width (header) - x - width;
  gtk_widget_size_allocate (child, &allocation, -1);
}

static void
machine_row_allocate (GtkWidget *header,
                      int        width,
                      int        height,
                      int        baseline)
{
  MachineRowParts parts;
  int icon_width, pill_width, open_width;

  machine_row_parts (header, &parts);
  icon_width = machine_row_icon_width (&parts);
  pill_width = machine_row_natural_width (parts.pill);
  open_width = machine_row_natural_width (parts.open);
  machine_row_place (header, parts.icon, 0, 0, MAX (0, icon_width - MACHINE_ROW_SPACING), height);
  machine_row_place (header, parts.open, width - open_width, 0, open_width, height);

  if (machine_row_side_by_side (&parts, width))
    {
      int title_width = width - icon_width - pill_width - open_width - 2 * MACHINE_ROW_SPACING;

      machine_row_place (header, parts.title, icon_width, 0, title_width, height);
      machine_row_place (header, parts.pill, icon_width + title_width + MACHINE_ROW_SPACING, 0, pill_width, height);
    }
  else
    {
      int title_width = width - icon_width - open_width - MACHINE_ROW_SPACING;
      int title_height, pill_height, top;

      gtk_widget_measure (parts.title, GTK_ORIENTATION_VERTICAL, title_width, &title_height, NULL, NULL, NULL);
      gtk_widget_measure (parts.pill, GTK_ORIENTATION_VERTICAL, pill_width, &pill_height, NULL, NULL, NULL);
      top = MAX (0, (height - title_height - pill_height - MACHINE_ROW_PILL_BOTTOM) / 2);
      machine_row_place (header, parts.title, icon_width, top, title_width, title_height);
      machine_row_place (header, parts.pill, icon_width, top + title_height,
                         MIN (pill_width, title_width), pill_height);
    }
}

static GtkWidget *
row_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* a real button, so that keyboard and screen reader users can open the machine */
static GtkWidget *
open_button (FbProtectedItem *item,
             const char      *name)
{
  GtkWidget *open = gtk_button_new_from_icon_name ("go-next-symbolic");
  g_autofree char *open_label = g_strdup_printf (_("Open %s"), name);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, open_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", fb_protected_item_get_id (item));

  return open;
}

/**
 * fb_machine_row_new:
 * @item: the machine
 * @subtitle: (nullable): a line under its name
 * @with_icon: whether the row starts with the machine's OS icon
 * @trailing: an arrow, or an Open button of its own
 *
 * Returns: (transfer floating): an activatable #GtkListBoxRow that shows the machine's page
 *   (win.show-item), named by the machine for assistive technologies
 */
GtkWidget *
fb_machine_row_new (FbProtectedItem      *item,
                    const char           *subtitle,
                    gboolean              with_icon,
                    FbMachineRowTrailing  trailing)
{
  const char *name = fb_protected_item_get_friendly_name (item);
  const char *icon_name = with_icon ? fb_page_os_icon_name (item) : NULL;
  FbPhase phase = fb_protected_item_get_phase (item);
  GtkWidget *row, *header, *icon, *title_box, *subtitle_label = NULL, *pill;

  if (name == NULL)
    name = fb_protected_item_get_name (item) != NULL ? fb_protected_item_get_name (item) : "";

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, "icon");
  gtk_widget_set_visible (icon, icon_name != NULL);

  title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (title_box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title_box, "title");
  gtk_box_append (GTK_BOX (title_box), row_label (name, "title"));
  if (subtitle != NULL && *subtitle != '\0')
    {
      subtitle_label = row_label (subtitle, "subtitle");
      gtk_box_append (GTK_BOX (title_box), subtitle_label);
    }

  pill = gtk_label_new (fb_phase_to_string (phase));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "fb-pill");
  gtk_widget_add_css_class (pill, fb_page_phase_css_class (phase));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (header, "header");
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title_box);
  gtk_box_append (GTK_BOX (header), pill);
  gtk_box_append (GTK_BOX (header), trailing == FB_MACHINE_ROW_OPEN_BUTTON
                                      ? open_button (item, name)
                                      : gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_layout_manager (header, gtk_custom_layout_new (machine_row_request_mode,
                                                                machine_row_measure,
                                                                machine_row_allocate));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (subtitle_label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle_label, NULL,
                                    -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", fb_protected_item_get_id (item));

  return row;
}
