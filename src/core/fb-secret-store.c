/* fb-secret-store.c - secrets in libsecret
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "fb-secret-store.h"

/* How long a Secret Service call may take before we give up on the keyring
 * (a keyring daemon that waits for a prompt nobody can answer). */
#define FB_SECRET_STORE_TIMEOUT_SECONDS 15

struct _FbSecretStore
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (FbSecretStore, fb_secret_store, G_TYPE_OBJECT)

static const SecretSchema *
account_schema (void)
{
  static const SecretSchema schema = {
    "io.github.failback.Failback.account", SECRET_SCHEMA_NONE,
    {
      { "tenant", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "client-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

static const SecretSchema *
vcenter_schema (void)
{
  static const SecretSchema schema = {
    "io.github.failback.Failback.vcenter", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

static void
fb_secret_store_class_init (FbSecretStoreClass *klass)
{
}

static void
fb_secret_store_init (FbSecretStore *self)
{
}

FbSecretStore *
fb_secret_store_new (void)
{
  return g_object_new (FB_TYPE_SECRET_STORE, NULL);
}

/* FAILBACK_KEYRING=none turns the keyring off (CI, scripts, sandboxes). */
static gboolean
keyring_disabled (void)
{
  const char *v = g_getenv ("FAILBACK_KEYRING");
  return v != NULL && g_ascii_strcasecmp (v, "none") == 0;
}

static GError *
unavailable_error (const GError *cause)
{
  const char *reason = cause != NULL ? cause->message : _("turned off");

  /* Inside a Flatpak, secrets go through the desktop's Secret portal. */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_KEYRING_UNAVAILABLE,
                        _("Secrets cannot be kept: this desktop offers Failback no Secret portal (%s). "
                          "You stay signed in for this session only; on a desktop with the Secret "
                          "portal and an unlocked keyring, Failback remembers you."),
                        reason);

  return g_error_new (FB_AUTH_ERROR, FB_AUTH_ERROR_KEYRING_UNAVAILABLE,
                      _("No keyring is available (%s). You stay signed in for this session only; "
                        "install and unlock a Secret Service such as GNOME Keyring to be remembered."),
                      reason);
}

typedef struct {
  GCancellable *inner;   /* cancelled by the caller's cancellable or the timeout */
  guint timeout_id;
  gulong cancel_id;
  GCancellable *outer;
  gboolean timed_out;
} CallData;

static void
call_data_free (CallData *cd)
{
  g_clear_handle_id (&cd->timeout_id, g_source_remove);
  if (cd->outer != NULL && cd->cancel_id != 0)
    g_cancellable_disconnect (cd->outer, cd->cancel_id);
  g_clear_object (&cd->outer);
  g_clear_object (&cd->inner);
  g_free (cd);
}

static gboolean
call_timeout_cb (gpointer data)
{
  CallData *cd = data;
  cd->timeout_id = 0;
  cd->timed_out = TRUE;
  g_cancellable_cancel (cd->inner);
  return G_SOURCE_REMOVE;
}

static void
outer_cancelled_cb (GCancellable *outer, gpointer data)
{
  CallData *cd = data;
  g_cancellable_cancel (cd->inner);
}

static GTask *
start_call (FbSecretStore *self, GCancellable *cancellable, GAsyncReadyCallback callback,
            gpointer user_data, gpointer source_tag)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  CallData *cd = g_new0 (CallData, 1);

  g_task_set_source_tag (task, source_tag);
  cd->inner = g_cancellable_new ();
  if (cancellable != NULL)
    {
      cd->outer = g_object_ref (cancellable);
      cd->cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (outer_cancelled_cb), cd, NULL);
    }
  cd->timeout_id = g_timeout_add_seconds (FB_SECRET_STORE_TIMEOUT_SECONDS, call_timeout_cb, cd);
  g_task_set_task_data (task, cd, (GDestroyNotify) call_data_free);
  return task;
}

static void
return_error (GTask *task, GError *error)
{
  CallData *cd = g_task_get_task_data (task);
  GCancellable *outer = g_task_get_cancellable (task);

  if (outer != NULL && g_cancellable_is_cancelled (outer))
    {
      g_error_free (error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      return;
    }
  if (cd->timed_out)
    {
      g_autoptr(GError) t = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                                 _("the keyring did not answer"));
      g_error_free (error);
      g_task_return_error (task, unavailable_error (t));
      return;
    }
  g_task_return_error (task, unavailable_error (error));
  g_error_free (error);
}

static void
store_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
lookup_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    return_error (task, error);
  else if (secret == NULL)
    g_task_return_pointer (task, NULL, NULL);
  else
    {
      char *copy = g_strdup (secret);
      secret_password_free (secret);
      g_task_return_pointer (task, copy, g_free);
    }
}

static void
clear_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  secret_password_clear_finish (result, &error);
  if (error != NULL)
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static GHashTable *
account_attributes (const char *tenant, const char *client_id, const char *kind)
{
  GHashTable *attrs = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (attrs, (gpointer) "tenant", (gpointer) tenant);
  g_hash_table_insert (attrs, (gpointer) "client-id", (gpointer) client_id);
  if (kind != NULL)
    g_hash_table_insert (attrs, (gpointer) "kind", (gpointer) kind);
  return attrs;
}

static GHashTable *
vcenter_attributes (const char *server, const char *user)
{
  GHashTable *attrs = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (attrs, (gpointer) "server", (gpointer) server);
  g_hash_table_insert (attrs, (gpointer) "user", (gpointer) user);
  return attrs;
}

static gboolean
check_disabled (GTask *task)
{
  if (keyring_disabled ())
    {
      g_task_return_error (task, unavailable_error (NULL));
      return TRUE;
    }
  return FALSE;
}

void
fb_secret_store_store_account_async (FbSecretStore *self, const char *tenant, const char *client_id,
                                     const char *kind, const char *secret, GCancellable *cancellable,
                                     GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (tenant != NULL && client_id != NULL && kind != NULL && secret != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_store_account_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = account_attributes (tenant, client_id, kind);
  /* Translators: the label of a keyring entry; %s is the Entra ID tenant */
  label = g_strdup_printf (_("Failback: Azure sign-in for %s"), tenant);
  secret_password_storev (account_schema (), attrs, SECRET_COLLECTION_DEFAULT, label, secret,
                          ((CallData *) g_task_get_task_data (task))->inner, store_cb, task);
}

gboolean
fb_secret_store_store_account_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
fb_secret_store_lookup_account_async (FbSecretStore *self, const char *tenant, const char *client_id,
                                      const char *kind, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (tenant != NULL && client_id != NULL && kind != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_lookup_account_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = account_attributes (tenant, client_id, kind);
  secret_password_lookupv (account_schema (), attrs,
                           ((CallData *) g_task_get_task_data (task))->inner, lookup_cb, task);
}

char *
fb_secret_store_lookup_account_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
fb_secret_store_clear_account_async (FbSecretStore *self, const char *tenant, const char *client_id,
                                     const char *kind, GCancellable *cancellable,
                                     GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (tenant != NULL && client_id != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_clear_account_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = account_attributes (tenant, client_id, kind);
  secret_password_clearv (account_schema (), attrs,
                          ((CallData *) g_task_get_task_data (task))->inner, clear_cb, task);
}

gboolean
fb_secret_store_clear_account_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
fb_secret_store_store_vcenter_async (FbSecretStore *self, const char *server, const char *user,
                                     const char *password, GCancellable *cancellable,
                                     GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (server != NULL && user != NULL && password != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_store_vcenter_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = vcenter_attributes (server, user);
  /* Translators: the label of a keyring entry; %s is user@vcenter */
  label = g_strdup_printf (_("Failback: vCenter password for %s@%s"), user, server);
  secret_password_storev (vcenter_schema (), attrs, SECRET_COLLECTION_DEFAULT, label, password,
                          ((CallData *) g_task_get_task_data (task))->inner, store_cb, task);
}

gboolean
fb_secret_store_store_vcenter_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
fb_secret_store_lookup_vcenter_async (FbSecretStore *self, const char *server, const char *user,
                                      GCancellable *cancellable, GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (server != NULL && user != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_lookup_vcenter_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = vcenter_attributes (server, user);
  secret_password_lookupv (vcenter_schema (), attrs,
                           ((CallData *) g_task_get_task_data (task))->inner, lookup_cb, task);
}

char *
fb_secret_store_lookup_vcenter_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
fb_secret_store_clear_vcenter_async (FbSecretStore *self, const char *server, const char *user,
                                     GCancellable *cancellable, GAsyncReadyCallback callback,
                                     gpointer user_data)
{
  GTask *task;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (FB_IS_SECRET_STORE (self));
  g_return_if_fail (server != NULL && user != NULL);

  task = start_call (self, cancellable, callback, user_data, fb_secret_store_clear_vcenter_async);
  if (check_disabled (task))
    {
      g_object_unref (task);
      return;
    }
  attrs = vcenter_attributes (server, user);
  secret_password_clearv (vcenter_schema (), attrs,
                          ((CallData *) g_task_get_task_data (task))->inner, clear_cb, task);
}

gboolean
fb_secret_store_clear_vcenter_finish (FbSecretStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
