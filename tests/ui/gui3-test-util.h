/* gui3-test-util.h - helpers of the jobs, sign-in and preferences widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* g_test_init, temporary XDG dirs, no keyring; then adw_init when there is a display. */
void      ut_init              (int *argc, char ***argv);
gboolean  ut_have_display      (void);
void      ut_run_briefly       (void);
void      ut_run_for           (guint ms);
void      ut_store_result_cb   (GObject *source, GAsyncResult *result, gpointer user_data);
void      ut_wait_result       (GAsyncResult **slot);
void      ut_wait_until_items  (GListModel *model, guint n, guint timeout_ms);
void      ut_wait_until_children (GtkWidget *widget, guint n, guint timeout_ms);
guint     ut_count_children    (GtkWidget *widget);
/* The row's first prefix image shows @icon_name. */
gboolean  ut_row_icon_is       (GtkWidget *row, const char *icon_name);
/* The first descendant of @root whose accessible label, button label or preferences-row
 * title is @name (visible ones only), or NULL. */
GtkWidget *ut_find_named       (GtkWidget *root, const char *name);

/* The visible AdwMessageDialog, if any; or wait for one. */
AdwMessageDialog *ut_find_message_dialog (void);
AdwMessageDialog *ut_wait_message_dialog (guint timeout_ms);
/* Answers as a click on the response button does: emits it and closes the dialog. */
void              ut_respond             (AdwMessageDialog *dialog, const char *response);

G_END_DECLS
