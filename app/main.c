/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts the clipguard guard.  It only wires: everything else lives
 * in modules that tests use without it. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cg-application.h"
#include "cg-wayland-watcher.h"

/* GLib's own lines carry no SYSLOG_IDENTIFIER: with it, `journalctl -t
 * clipguard` shows them beside the audit events (cg-audit.h), which have it. */
static GLogWriterOutput
write_log (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user_data)
{
  GLogField *with = g_newa (GLogField, n_fields + 1);

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "SYSLOG_IDENTIFIER") == 0)
      return g_log_writer_default (level, fields, n_fields, user_data);
  memcpy (with, fields, n_fields * sizeof (GLogField));
  with[n_fields] = (GLogField){ "SYSLOG_IDENTIFIER", "clipguard", -1 };
  return g_log_writer_default (level, with, n_fields + 1, user_data);
}

int
main (int argc, char **argv)
{
  g_autoptr (CgApplication) app = NULL;

  g_log_set_writer_func (write_log, NULL, NULL);
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
