/* fb-vcenter-pins.c - pinned vCenter certificates (trust on first use)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fb-vcenter-client.h"
#include "fb-vcenter-pins.h"

#define PIN_KEY "sha256"
#define ACCEPTED_KEY "accepted"

/* ---------------------------------------------------------------------------
 * FbVcenterPin
 */

G_DEFINE_BOXED_TYPE (FbVcenterPin, fb_vcenter_pin, fb_vcenter_pin_copy, fb_vcenter_pin_free)

FbVcenterPin *
fb_vcenter_pin_copy (const FbVcenterPin *pin)
{
  FbVcenterPin *copy;

  g_return_val_if_fail (pin != NULL, NULL);

  copy = g_new0 (FbVcenterPin, 1);
  copy->host = g_strdup (pin->host);
  copy->port = pin->port;
  copy->fingerprint = g_strdup (pin->fingerprint);
  copy->accepted = pin->accepted ? g_date_time_ref (pin->accepted) : NULL;
  return copy;
}

void
fb_vcenter_pin_free (FbVcenterPin *pin)
{
  if (pin == NULL)
    return;
  g_free (pin->host);
  g_free (pin->fingerprint);
  g_clear_pointer (&pin->accepted, g_date_time_unref);
  g_free (pin);
}

char *
fb_vcenter_pin_dup_host_port (const FbVcenterPin *pin)
{
  g_return_val_if_fail (pin != NULL, NULL);
  return g_strdup_printf ("%s:%u", pin->host, pin->port);
}

/* ---------------------------------------------------------------------------
 * FbVcenterPins
 */

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

/* Reads the file again.  A missing file is an empty store; an unreadable
 * one keeps what is in memory. */
static void
reload (FbVcenterPins *self)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (g_key_file_load_from_file (keyfile, self->path, G_KEY_FILE_NONE, &error))
    {
      g_key_file_unref (self->keyfile);
      self->keyfile = g_steal_pointer (&keyfile);
    }
  else if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_key_file_unref (self->keyfile);
      self->keyfile = g_key_file_new ();
    }
  else
    g_debug ("Ignoring unreadable pin file %s: %s", self->path, error->message);
}

FbVcenterPins *
fb_vcenter_pins_new (const char *path)
{
  FbVcenterPins *self = g_object_new (FB_TYPE_VCENTER_PINS, NULL);

  self->path = path ? g_strdup (path)
                    : g_build_filename (g_get_user_config_dir (), "failback", "vcenter-pins.ini", NULL);
  reload (self);
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

/* "host:port" (the host may be an IPv6 address: the port follows the last colon) */
static gboolean
split_host_port (const char  *host_port,
                 char       **host,
                 guint       *port)
{
  const char *colon = strrchr (host_port, ':');
  guint64 value = 0;

  if (colon == NULL || colon == host_port ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 1, G_MAXUINT16, &value, NULL))
    return FALSE;
  *host = g_strndup (host_port, (gsize) (colon - host_port));
  *port = (guint) value;
  return TRUE;
}

static int
compare_pins (gconstpointer a,
              gconstpointer b)
{
  const FbVcenterPin *pa = *(FbVcenterPin * const *) a;
  const FbVcenterPin *pb = *(FbVcenterPin * const *) b;
  int cmp = g_strcmp0 (pa->host, pb->host);

  if (cmp != 0)
    return cmp;
  return pa->port < pb->port ? -1 : pa->port > pb->port ? 1 : 0;
}

GPtrArray *
fb_vcenter_pins_list (FbVcenterPins *self)
{
  g_autoptr(GPtrArray) pins = g_ptr_array_new_with_free_func ((GDestroyNotify) fb_vcenter_pin_free);
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), NULL);

  groups = g_key_file_get_groups (self->keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *fingerprint = g_key_file_get_string (self->keyfile, groups[i], PIN_KEY, NULL);
      g_autofree char *accepted = g_key_file_get_string (self->keyfile, groups[i], ACCEPTED_KEY, NULL);
      FbVcenterPin *pin;
      char *host = NULL;
      guint port = 0;

      if (fingerprint == NULL || *fingerprint == '\0')
        continue;
      if (!split_host_port (groups[i], &host, &port))
        {
          g_debug ("Ignoring the pin of “%s”: not host:port", groups[i]);
          continue;
        }
      pin = g_new0 (FbVcenterPin, 1);
      pin->host = host;
      pin->port = port;
      pin->fingerprint = g_steal_pointer (&fingerprint);
      if (accepted != NULL)
        {
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

          pin->accepted = g_date_time_new_from_iso8601 (accepted, utc);
          if (pin->accepted == NULL)
            g_debug ("Ignoring the unreadable date “%s” of the pin of %s", accepted, groups[i]);
        }
      g_ptr_array_add (pins, pin);
    }
  g_ptr_array_sort (pins, compare_pins);
  return g_steal_pointer (&pins);
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

  reload (self);   /* keep pins another process added meanwhile */
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
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *accepted = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

    g_key_file_set_string (self->keyfile, host_port, ACCEPTED_KEY, accepted);
  }
  return save (self, error);
}

gboolean
fb_vcenter_pins_remove (FbVcenterPins *self,
                        const char    *host_port,
                        GError       **error)
{
  g_return_val_if_fail (FB_IS_VCENTER_PINS (self), FALSE);
  g_return_val_if_fail (host_port != NULL, FALSE);

  reload (self);
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
