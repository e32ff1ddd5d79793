/* fb-sim-i18n.c - the simulator answers in the language of the request
 *
 * Azure Site Recovery localises its service texts (job and task names, error
 * messages with their possible causes and recommended actions, health errors,
 * validation errors) by the request's Accept-Language header.  The simulator
 * speaks German and English: its texts are msgids of the "failback" domain,
 * marked with N_(), and a German answer looks them up in the German catalog
 * under a per-thread German locale (uselocale), so the process keeps its own
 * language.  Without a German UTF-8 locale (de_DE, de_AT, de_CH, ...) or the
 * catalog it answers in English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* locale_t, newlocale () and uselocale () are POSIX 2008, not C11 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "fb-sim-private.h"

static locale_t
german_locale (void)
{
  static locale_t de = (locale_t) 0;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      /* any German locale finds the "de" catalog */
      static const char * const names[] = {
        "de_DE.UTF-8", "de_AT.UTF-8", "de_CH.UTF-8", "de_LU.UTF-8", "de_BE.UTF-8", "de_LI.UTF-8", "de_IT.UTF-8", NULL
      };

      for (guint i = 0; names[i] != NULL && de == (locale_t) 0; i++)
        de = newlocale (LC_MESSAGES_MASK, names[i], (locale_t) 0);
      if (de == (locale_t) 0)
        g_debug ("no German UTF-8 locale is installed: German requests are answered in English");
      /* the other categories of @de are "C": ask for UTF-8 explicitly */
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&once, 1);
    }
  return de;
}

/* Accept-Language (RFC 9110 12.5.4): the language range with the highest
 * quality among de and en decides; on equal quality the first one.  Ranges
 * with q=0, other languages and "*" are ignored; no header means English. */
FbSimLang
fb_sim_lang_from_accept_language (const char *header)
{
  g_auto(GStrv) ranges = NULL;
  FbSimLang best = FB_SIM_LANG_EN;
  double best_q = -1;

  if (header == NULL)
    return FB_SIM_LANG_EN;
  ranges = g_strsplit (header, ",", -1);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ranges[i], ";", -1);
      g_autofree char *tag = g_ascii_strdown (g_strstrip (parts[0]), -1);
      gsize primary = strcspn (tag, "-_");
      double q = 1.0;
      FbSimLang lang;

      if (primary == 2 && strncmp (tag, "de", 2) == 0)
        lang = FB_SIM_LANG_DE;
      else if (primary == 2 && strncmp (tag, "en", 2) == 0)
        lang = FB_SIM_LANG_EN;
      else
        continue;
      for (guint k = 1; parts[k] != NULL; k++)
        {
          const char *p = g_strstrip (parts[k]);

          if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=')
            q = g_ascii_strtod (p + 2, NULL);
        }
      if (q <= 0 || q <= best_q)
        continue;
      best_q = q;
      best = lang;
    }
  return best;
}

const char *
fb_sim_tr_lang (FbSimLang lang, const char *msgid)
{
  locale_t de, old;
  const char *text;

  if (lang != FB_SIM_LANG_DE || msgid == NULL || *msgid == '\0')
    return msgid;
  de = german_locale ();
  if (de == (locale_t) 0)
    return msgid;
  old = uselocale (de);
  text = dgettext (GETTEXT_PACKAGE, msgid);
  uselocale (old);
  return text;
}

const char *
fb_sim_tr (FbSimWorld *world, const char *msgid)
{
  return fb_sim_tr_lang (world->lang, msgid);
}

char *
fb_sim_trf (FbSimWorld *world, const char *format, ...)
{
  va_list ap;
  char *text;

  va_start (ap, format);
  text = g_strdup_vprintf (fb_sim_tr (world, format), ap);
  va_end (ap);
  return text;
}

void
fb_sim_text_set (FbSimText *text, const char *msgid)
{
  for (guint l = 0; l < FB_SIM_N_LANGS; l++)
    {
      g_free (text->in[l]);
      text->in[l] = g_strdup (fb_sim_tr_lang (l, msgid));
    }
}

void
fb_sim_text_printf (FbSimText *text, const char *format, ...)
{
  for (guint l = 0; l < FB_SIM_N_LANGS; l++)
    {
      va_list ap;

      va_start (ap, format);
      g_free (text->in[l]);
      text->in[l] = g_strdup_vprintf (fb_sim_tr_lang (l, format), ap);
      va_end (ap);
    }
}

void
fb_sim_text_clear (FbSimText *text)
{
  for (guint l = 0; l < FB_SIM_N_LANGS; l++)
    g_clear_pointer (&text->in[l], g_free);
}
