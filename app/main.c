/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts the clipguard guard.  It only wires: everything else lives
 * in modules that tests use without it. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cg-application.h"

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

  gdk_set_allowed_backends ("x11");
  /* A guard draws no GL: without this GDK loads the GL driver at start
   * (with llvmpipe, 40 MB of libLLVM) just to list visuals. */
  g_setenv ("GDK_GL", "disable", FALSE);
  app = cg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
