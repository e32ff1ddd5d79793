/* fb-vcenter-pins.c - pinned vCenter certificates (trust on first use)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fb-vcenter-client.h"
#include "fb-vcenter-pins.h"

#define PIN_KEY "sha256"

struct _FbVcenterPins
{
  GObject   parent_instance;

  char     *path;
  GKeyFile *keyfile;
};

G_DEFINE_FINAL_TYPE (FbVcenterPins, fb_vcenter_pins, G_TYPE_OBJECT)

static void
fb_vcenter_pins_finalize (GObject *object)
{
  FbVcenterPins *self = FB_VCENTER_PINS (object);

  g_free (self->path);
  g_clear_pointer (&self->keyfile, g_key_file_unref);

  G_OBJECT_CLASS (fb_vcenter_pins_parent_class)->finalize (object);
}

static void
fb_vcenter_pins_class_init (FbVcenterPinsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fb_vcenter_pins_finalize;
}

static void
fb_vcenter_pins_init (FbVcenterPins *self)
{
  self->keyfile = g_key_file_new ();
}

FbVcenterPins *
fb_vcenter_pins_new (const char *path)
{
  FbVcenterPins *self = g_object_new (FB_TYPE_VCENTER_PINS, NULL);
  g_autoptr(GError) error = NULL;

  self->path = path ? g_strdup (path)
                    : g_build_filename (g_get_user_config_dir (), "failback", "vcenter-pins.ini", NULL);
  if (!g_key_file_load_from_file (self->keyfile, self->path, G_KEY_FILE_NONE, &error) &&
      !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_debug ("Ignoring unreadable pin file %s: %s", self->path, error->message);
  return self;
}

const char *
fb_vcenter_pins_get_path (FbVcenterPins *self)
{
  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), NULL);
  return self->path;
}

const char *
fb_vcenter_pins_lookup (FbVcenterPins *self,
                        const char    *host_port)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), NULL);
  g_return_val_if_fail (host_port != NULL, NULL);

  value = g_key_file_get_string (self->keyfile, host_port, PIN_KEY, NULL);
  if (value == NULL)
    return NULL;
  /* keep the string alive with the key file: intern it */
  return g_intern_string (value);
}

static gboolean
save (FbVcenterPins *self,
      GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not create the folder %s"), dir);
      return FALSE;
    }
  return g_key_file_save_to_file (self->keyfile, self->path, error);
}

gboolean
fb_vcenter_pins_add (FbVcenterPins *self,
                     const char    *host_port,
                     const char    *fingerprint,
                     GError       **error)
{
  const char *existing;

  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), FALSE);
  g_return_val_if_fail (host_port != NULL, FALSE);
  g_return_val_if_fail (fingerprint != NULL, FALSE);

  existing = fb_vcenter_pins_lookup (self, host_port);
  if (existing != NULL && g_ascii_strcasecmp (existing, fingerprint) == 0)
    return TRUE;
  if (existing != NULL)
    {
      g_set_error (error, FB_VCENTER_ERROR, FB_VCENTER_ERROR_CERTIFICATE_CHANGED,
                   _("%s already has a different trusted certificate (SHA-256 %s). "
                     "Remove that pin explicitly before trusting another certificate."),
                   host_port, existing);
      return FALSE;
    }
  g_key_file_set_string (self->keyfile, host_port, PIN_KEY, fingerprint);
  return save (self, error);
}

gboolean
fb_vcenter_pins_remove (FbVcenterPins *self,
                        const char    *host_port,
                        GError       **error)
{
  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), FALSE);

  if (!g_key_file_has_group (self->keyfile, host_port))
    return TRUE;
  g_key_file_remove_group (self->keyfile, host_port, NULL);
  return save (self, error);
}

char *
fb_vcenter_certificate_fingerprint (GTlsCertificate *certificate)
{
  g_autoptr(GByteArray) der = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  guint8 digest[32];
  gsize len = sizeof digest;
  GString *out;

  g_return_val_if_fail (G_IS_TLS_CERTIFICATE (certificate), NULL);

  g_object_get (certificate, "certificate", &der, NULL);
  if (der == NULL)
    return NULL;
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, der->data, der->len);
  g_checksum_get_digest (checksum, digest, &len);
  out = g_string_sized_new (96);
  for (gsize i = 0; i < len; i++)
    g_string_append_printf (out, i ? ":%02X" : "%02X", digest[i]);
  return g_string_free (out, FALSE);
}
