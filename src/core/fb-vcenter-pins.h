/* fb-vcenter-pins.h - pinned vCenter certificates (trust on first use)
 *
 * One SHA-256 fingerprint (colon-separated upper-case hex of the DER) per
 * "host:port", in $XDG_CONFIG_HOME/failback/vcenter-pins.ini.  Not secret.
 * The file is small: it is read when the store is created, read again before
 * a pin changes (so that another process's pins are kept) and written
 * atomically.  Each group holds "sha256" and, since pins carry a date,
 * "accepted" (ISO 8601, UTC): when the user trusted the certificate.  Pins
 * written without a date stay valid; their date is unknown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One pinned certificate. */
typedef struct {
  char      *host;
  guint      port;
  char      *fingerprint;   /* "AB:CD:..." */
  GDateTime *accepted;      /* NULL: pinned before dates were stored */
} FbVcenterPin;

#define FB_TYPE_VCENTER_PIN (fb_vcenter_pin_get_type ())
GType          fb_vcenter_pin_get_type     (void) G_GNUC_CONST;
FbVcenterPin  *fb_vcenter_pin_copy         (const FbVcenterPin *pin);
void           fb_vcenter_pin_free         (FbVcenterPin       *pin);
/* "host:port", the key of the pin store */
char          *fb_vcenter_pin_dup_host_port (const FbVcenterPin *pin);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FbVcenterPin, fb_vcenter_pin_free)

#define FB_TYPE_VCENTER_PINS (fb_vcenter_pins_get_type ())
G_DECLARE_FINAL_TYPE (FbVcenterPins, fb_vcenter_pins, FB, VCENTER_PINS, GObject)

/* @path: NULL for the default file.  A missing or unreadable file is an empty store. */
FbVcenterPins *fb_vcenter_pins_new         (const char       *path);
const char    *fb_vcenter_pins_get_path    (FbVcenterPins    *self);
/* The pinned fingerprint for @host_port, or NULL. */
const char    *fb_vcenter_pins_lookup      (FbVcenterPins    *self,
                                            const char       *host_port);
/* Every pin (FbVcenterPin*), sorted by host, then port.  Groups without a
 * fingerprint or with a malformed "host:port" are left out. */
GPtrArray     *fb_vcenter_pins_list        (FbVcenterPins    *self);
/* Pins @fingerprint, accepted now.  Refuses (FB_VCENTER_ERROR_CERTIFICATE_CHANGED) to
 * replace a different pin: remove the old pin explicitly first. */
gboolean       fb_vcenter_pins_add         (FbVcenterPins    *self,
                                            const char       *host_port,
                                            const char       *fingerprint,
                                            GError          **error);
gboolean       fb_vcenter_pins_remove      (FbVcenterPins    *self,
                                            const char       *host_port,
                                            GError          **error);

/* SHA-256 of the certificate's DER as "AB:CD:..." */
char          *fb_vcenter_certificate_fingerprint (GTlsCertificate *certificate);

G_END_DECLS
