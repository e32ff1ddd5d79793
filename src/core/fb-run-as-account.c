/* fb-run-as-account.c - a run-as account of a configuration server (runAsAccounts[])
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fb-run-as-account.h"
#include "fb-json.h"
#include "fb-model-fields.h"

struct _FbRunAsAccount
{
  GObject parent_instance;

  char *account_id;
  char *account_name;
};

G_DEFINE_FINAL_TYPE (FbRunAsAccount, fb_run_as_account, G_TYPE_OBJECT)

#define FIELD(field, KIND, path) FB_FIELD (FbRunAsAccount, field, KIND, path)

/* one row per property, in property id order */
static const FbModelField fields[] = {
  FIELD (account_id, STRING_LENIENT, "accountId"),
  FIELD (account_name, STRING, "accountName"),
};

static GParamSpec *properties[G_N_ELEMENTS (fields) + 1];
static const FbModelTable model = FB_MODEL_TABLE_INIT (fields, properties, NULL);

/* fb_run_as_account_new_from_json(), _update_from(), _update_from_json() */
FB_MODEL_DEFINE_FUNCS (FbRunAsAccount, fb_run_as_account, FB_IS_RUN_AS_ACCOUNT, model)

#define GETTER(RetType, function, field) \
  FB_MODEL_GETTER (FbRunAsAccount, FB_IS_RUN_AS_ACCOUNT, RetType, function, field)

GETTER (const char *, fb_run_as_account_get_account_id, account_id)
GETTER (const char *, fb_run_as_account_get_account_name, account_name)

FB_MODEL_DEFINE_KEYED_CHILD (fb_run_as_account_child, fb_run_as_account, fb_run_as_account_get_account_id)
