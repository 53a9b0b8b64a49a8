#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end on GNOME's Wayland session: the real guard in a headless
mutter, which offers no data-control protocol, so the guard watches the
clipboard through XWayland, and the clipboard crosses between native Wayland
clients (wl-copy, wl-paste) and X11 ones (xclip) both ways.

usage: dbus-run-session -- test-mutter.py CLIPGUARD SCHEMA_DIR
"""
import os
import subprocess
import sys
import unittest

import dbus

from desktop import start_mutter, stop_mutter, wait_for
from guard import BSN_TEXT, IBAN_TEXT, MASKED_BSN_TEXT, MASKED_IBAN_TEXT, GuardCase


class Mutter(GuardCase):
    @classmethod
    def start_session(cls):
        cls.mutter, cls.runtime, socket, display, auth = start_mutter(dbus.SessionBus())
        os.environ.update(DISPLAY=display, XAUTHORITY=auth)
        return {"WAYLAND_DISPLAY": socket, "DISPLAY": display, "XAUTHORITY": auth,
                "XDG_RUNTIME_DIR": cls.runtime}

    @classmethod
    def stop_session(cls):
        stop_mutter(cls.mutter, cls.runtime)

    def wl_copy(self, text):
        subprocess.run(["wl-copy"], input=text.encode(), env=self.env, check=True, timeout=30)

    def wl_paste(self):
        return subprocess.run(["wl-paste", "--no-newline"], env=self.env, capture_output=True,
                              timeout=30).stdout.decode()

    def test_backend_is_x11_through_xwayland_and_logged(self):
        log = self.daemon_log()
        self.assertIn("Not watching the Wayland clipboard itself", log)
        self.assertIn("no data-control protocol", log)
        self.assertIn("Watching the X11 clipboard of display %s (XWayland)" % self.env["DISPLAY"],
                      log)

    def test_native_wayland_copy_warns_and_mask_reaches_wayland(self):
        self.wl_copy(BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.wl_paste() == MASKED_BSN_TEXT), self.wl_paste())
        self.assertTrue(self.wait_outcome("masked"), self.history())

    def test_x11_copy_warns_and_mask_reaches_both(self):
        self.copy(IBAN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: IBAN")
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_IBAN_TEXT), self.paste())
        self.assertTrue(wait_for(lambda: self.wl_paste() == MASKED_IBAN_TEXT), self.wl_paste())


if __name__ == "__main__":
    GuardCase.CLIPGUARD, GuardCase.SCHEMA_DIR = (os.path.abspath(a) for a in sys.argv[1:3])
    del sys.argv[1:3]
    unittest.main(verbosity=2)
