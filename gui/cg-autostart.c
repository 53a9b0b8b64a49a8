/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-autostart.c: the user's XDG autostart entry for clipguard. */
#include "config.h"

#include "cg-autostart.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

static char *
user_entry_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", CG_AUTOSTART_FILE, NULL);
}

/* The first system-wide entry (an administrator's or the package's), or NULL. */
static char *
system_entry_path (void)
{
  const char *const *dirs = g_get_system_config_dirs ();

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      char *path = g_build_filename (dirs[i], "autostart", CG_AUTOSTART_FILE, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  return NULL;
}

static gboolean
entry_enabled (const char *path)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  if (g_key_file_get_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;
  if (g_key_file_has_key (key_file, group, "X-GNOME-Autostart-enabled", NULL)
      && !g_key_file_get_boolean (key_file, group, "X-GNOME-Autostart-enabled", NULL))
    return FALSE;
  return TRUE;
}

gboolean
cg_autostart_is_enabled (void)
{
  g_autofree char *user = user_entry_path ();
  g_autofree char *system = NULL;

  if (g_file_test (user, G_FILE_TEST_EXISTS))
    return entry_enabled (user);
  system = system_entry_path ();
  return system != NULL && entry_enabled (system);
}

static char *
entry_text (gboolean enabled)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;
  g_autofree char *exec = g_find_program_in_path ("clipguard");

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, "clipguard");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC,
                         exec ? "clipguard --gapplication-service --login" : "clipguard --login");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", enabled);
  if (!enabled)
    g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, TRUE);
  return g_key_file_to_data (key_file, NULL, NULL);
}

gboolean
cg_autostart_set_enabled (gboolean enabled, GError **error)
{
  g_autofree char *user = user_entry_path ();
  g_autofree char *dir = g_path_get_dirname (user);
  g_autofree char *system = system_entry_path ();
  g_autofree char *text = NULL;

  /* With a system-wide entry that is on, "enabled" needs no file of ours. */
  if (enabled && system != NULL && entry_enabled (system))
    {
      if (g_unlink (user) != 0 && errno != ENOENT)
        {
          int saved = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", user,
                       g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  text = entry_text (enabled);
  return g_file_set_contents (user, text, -1, error);
}
