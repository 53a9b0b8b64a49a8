/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts the clipguard guard.  It only wires: everything else lives
 * in modules that tests use without it. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <unistd.h>

#include "cg-application.h"
#include "cg-wayland-watcher.h"

int
main (int argc, char **argv)
{
  g_autoptr (CgApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* CLIPGUARD_LOCALEDIR: the build tree's translations (meson devenv, tests). */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("CLIPGUARD_LOCALEDIR") ? g_getenv ("CLIPGUARD_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A paste whose reader went away must not end the guard (Wayland pastes
   * are written to pipes). */
  signal (SIGPIPE, SIG_IGN);
  /* The process that keeps the masked Wayland clipboard after a quit. */
  if (argc == 2 && g_str_equal (argv[1], "--keep-clipboard"))
    return cg_wayland_keeper_run (STDIN_FILENO, STDOUT_FILENO);

  /* A guard draws no GL: without this GDK loads the GL driver at start
   * (with llvmpipe, 40 MB of libLLVM) just to list visuals. */
  g_setenv ("GDK_GL", "disable", FALSE);
  /* WM_CLASS and the Wayland app id: taskbars find the desktop entry, and
   * with it the icon, by this name. */
  g_set_prgname (APP_ID);
  g_set_application_name ("clipguard");
  app = cg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
