/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-atoms.c: one round trip for every atom. */
#include "cg-x11-atoms.h"

#include <X11/Xatom.h>

void
cg_x11_atoms_init (Display *display, CgX11Atoms *atoms)
{
  /* Order as in CgX11Atoms, after the predefined ones. */
  static const char *names[] = {
    "CLIPBOARD",
    "CLIPBOARD_MANAGER",
    "SAVE_TARGETS",
    "TARGETS",
    "TIMESTAMP",
    "MULTIPLE",
    "INCR",
    "ATOM_PAIR",
    "UTF8_STRING",
    "TEXT",
    "COMPOUND_TEXT",
    "text/plain",
    "text/plain;charset=utf-8",
    "text/plain;charset=UTF-8",
    "text/plain;charset=utf-16",
    "x-kde-passwordManagerHint",
    "x-special/gnome-copied-files",
    "text/uri-list",
    "CLIPGUARD_DATA",
    "WM_CLIENT_LEADER",
    "_NET_WM_PID",
  };
  Atom a[G_N_ELEMENTS (names)];
  guint i = 0;

  XInternAtoms (display, (char **) names, G_N_ELEMENTS (names), False, a);
  atoms->clipboard = a[i++];
  atoms->primary = XA_PRIMARY;
  atoms->clipboard_manager = a[i++];
  atoms->save_targets = a[i++];
  atoms->targets = a[i++];
  atoms->timestamp = a[i++];
  atoms->multiple = a[i++];
  atoms->incr = a[i++];
  atoms->atom = XA_ATOM;
  atoms->atom_pair = a[i++];
  atoms->utf8_string = a[i++];
  atoms->string = XA_STRING;
  atoms->text = a[i++];
  atoms->compound_text = a[i++];
  atoms->text_plain = a[i++];
  atoms->text_plain_utf8 = a[i++];
  atoms->text_plain_utf8_upper = a[i++];
  atoms->text_plain_utf16 = a[i++];
  atoms->password_hint = a[i++];
  atoms->copied_files = a[i++];
  atoms->uri_list = a[i++];
  atoms->wm_class = XA_WM_CLASS;
  atoms->property = a[i++];
  atoms->client_leader = a[i++];
  atoms->wm_pid = a[i++];
  g_assert (i == G_N_ELEMENTS (names));
}
