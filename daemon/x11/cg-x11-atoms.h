/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-x11-atoms.h: the X11 atoms the clipboard code uses, interned at once. */
#pragma once

#include <X11/Xlib.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  Atom clipboard, primary, clipboard_manager, save_targets;
  Atom targets, timestamp, multiple, incr, atom, atom_pair;
  Atom utf8_string, string, text, compound_text;
  Atom text_plain, text_plain_utf8, text_plain_utf8_upper, text_plain_utf16;
  Atom password_hint, copied_files, uri_list, wm_class;
  Atom property; /* where requestors should put what we read, or our time stamps */
  Atom client_leader, wm_pid;
} CgX11Atoms;

void cg_x11_atoms_init (Display *display, CgX11Atoms *atoms);

G_END_DECLS
