/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-autostart.c: "Start at login" against a system-wide entry an
 * administrator installed, and without one. */
#include "config.h"

#include <glib/gstdio.h>

#include "cg-autostart.h"

static char *config_dir, *system_dir;

static char *
user_entry (void)
{
  return g_build_filename (config_dir, "autostart", CG_AUTOSTART_FILE, NULL);
}

static void
write_system_entry (const char *extra)
{
  g_autofree char *dir = g_build_filename (system_dir, "autostart", NULL);
  g_autofree char *path = g_build_filename (dir, CG_AUTOSTART_FILE, NULL);
  g_autofree char *text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=clipguard\n"
                                           "Exec=clipguard\n%s",
                                           extra);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
remove_system_entry (void)
{
  g_autofree char *path = g_build_filename (system_dir, "autostart", CG_AUTOSTART_FILE, NULL);
  g_unlink (path);
}

static void
test_with_system_entry (void)
{
  g_autofree char *user = user_entry ();
  g_autofree char *system = g_build_filename (system_dir, "autostart", CG_AUTOSTART_FILE, NULL);
  g_autofree char *before = NULL, *after = NULL;

  write_system_entry ("");
  g_assert_true (g_file_get_contents (system, &before, NULL, NULL));
  g_assert_true (cg_autostart_is_enabled ());
  g_assert_true (cg_autostart_set_enabled (FALSE, NULL));
  g_assert_false (cg_autostart_is_enabled ());
  g_assert_true (g_file_test (user, G_FILE_TEST_EXISTS));
  g_assert_true (cg_autostart_set_enabled (TRUE, NULL));
  g_assert_true (cg_autostart_is_enabled ());
  /* the user's override is gone, the administrator's entry untouched */
  g_assert_false (g_file_test (user, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (system, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  remove_system_entry ();
}

static void
test_system_entry_switched_off (void)
{
  write_system_entry ("X-GNOME-Autostart-enabled=false\n");
  g_assert_false (cg_autostart_is_enabled ());
  g_assert_true (cg_autostart_set_enabled (TRUE, NULL));
  g_assert_true (cg_autostart_is_enabled ());
  g_assert_true (cg_autostart_set_enabled (FALSE, NULL));
  g_assert_false (cg_autostart_is_enabled ());
  remove_system_entry ();
}

static void
test_without_system_entry (void)
{
  g_autofree char *user = user_entry ();

  g_unlink (user);
  g_assert_false (cg_autostart_is_enabled ());
  g_assert_true (cg_autostart_set_enabled (TRUE, NULL));
  g_assert_true (cg_autostart_is_enabled ());
  g_assert_true (g_file_test (user, G_FILE_TEST_EXISTS));
  g_assert_true (cg_autostart_set_enabled (FALSE, NULL));
  g_assert_false (cg_autostart_is_enabled ());
}

int
main (int argc, char **argv)
{
  g_autofree char *root = g_dir_make_tmp ("clipguard-autostart-XXXXXX", NULL);

  /* before any GLib call reads them */
  config_dir = g_build_filename (root, "config", NULL);
  system_dir = g_build_filename (root, "xdg", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("XDG_CONFIG_DIRS", system_dir, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/autostart/with-system-entry", test_with_system_entry);
  g_test_add_func ("/autostart/system-entry-switched-off", test_system_entry_switched_off);
  g_test_add_func ("/autostart/without-system-entry", test_without_system_entry);
  return g_test_run ();
}
