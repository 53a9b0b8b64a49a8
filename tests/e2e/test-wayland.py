#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end on native Wayland: the real guard in a headless compositor
with a data-control protocol and no X server at all, copying with wl-copy and
cg-wl-test-source and pasting with wl-paste, the same scenarios as on X11.
The compositor is sway 1.7 (wlroots; run as nobody when the tests run as
root, since sway refuses root) or KDE's KWin 5.27.

Run under dbus-run-session (its own session bus); it starts its own
compositor and a mock notification server.

usage: dbus-run-session -- test-wayland.py CLIPGUARD SCHEMA_DIR TEST_SOURCE [sway|kwin]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from desktop import start_kwin, start_sway, stop_sway, wait_for
from guard import (APP_ID, BSN_TEXT, IBAN_TEXT, IGNORED_TEXT, MASKED_BSN_TEXT, MASKED_IBAN_TEXT,
                   GuardCase, RestoreTests)

TEST_SOURCE = None
COMPOSITOR = "sway"


class Wayland(RestoreTests, GuardCase):
    @classmethod
    def start_session(cls):
        if COMPOSITOR == "kwin":
            cls.compositor, cls.runtime, socket = start_kwin()
        else:
            cls.compositor, cls.runtime, socket, _ = start_sway(xwayland=False)
        cls.client_runtime = tempfile.mkdtemp(prefix="clipguard-wl-client-")
        # no X server: DISPLAY is unset for the guard and the clients alike
        os.environ.pop("DISPLAY", None)
        return {"WAYLAND_DISPLAY": socket, "XDG_RUNTIME_DIR": cls.client_runtime,
                "DISPLAY": None}

    @classmethod
    def stop_session(cls):
        stop_sway(cls.compositor, cls.runtime)
        shutil.rmtree(cls.client_runtime, ignore_errors=True)

    def tearDown(self):
        super().tearDown()
        # GTK on Wayland without a tray host: nothing to complain about
        self.assertNotIn("CRITICAL", self.daemon_log())

    # --- the clipboard ------------------------------------------------------

    def copy(self, text, target="text/plain;charset=utf-8"):
        data = text if isinstance(text, bytes) else text.encode()
        subprocess.run(["wl-copy", "--type", target], input=data, env=self.env, check=True,
                       timeout=30)

    def paste(self, target=None, raw=False):
        args = ["wl-paste", "--no-newline"] + (["--type", target] if target else [])
        out = subprocess.run(args, env=self.env, capture_output=True, timeout=30).stdout
        return out if raw else out.decode("utf-8", "replace")

    def own(self, *offers):
        return self.spawn_owner(TEST_SOURCE, *offers)

    def notify_and_get_id(self, text=BSN_TEXT):
        self.copy(text)
        return self.wait_notification()

    # --- scenarios -----------------------------------------------------------

    def test_backend_is_data_control_and_logged(self):
        self.assertIn("Watching the Wayland clipboard through wlr-data-control-unstable-v1",
                      self.daemon_log())

    def test_copy_warns_and_mask_reaches_wl_paste(self):
        summary = self.notify_and_get_id()[3]
        self.assertEqual(summary, "Personal data copied: BSN")
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())
        # the confirmation, then nothing: its own write raises no new warning
        self.assertEqual(self.wait_notification(2)[3], "Masked")
        self.assertFalse(wait_for(lambda: len(self.notifications()) > 2, 1.5))
        self.assertTrue(self.wait_outcome("masked"), self.history())

    def test_masked_text_in_every_text_type(self):
        self.own("text/plain;charset=utf-8::" + BSN_TEXT, "text/plain::" + BSN_TEXT)
        self.wait_notification()
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())
        for target in ("text/plain", "UTF8_STRING", "STRING", "TEXT"):
            self.assertEqual(self.paste(target), MASKED_BSN_TEXT, target)

    def test_latin1_string_is_read_and_served_as_latin1(self):
        text = "Café Zürich, BSN 123456782\n"
        self.own("STRING::@" + self.file_of(text.encode("latin-1")))
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")
        self.answer("mask")
        want = "Café Zürich, BSN *******82\n"
        self.assertTrue(wait_for(lambda: self.paste() == want), self.paste())
        self.assertEqual(self.paste("STRING", raw=True), want.encode("latin-1"))

    def test_ignore_leaves_the_clipboard_alone(self):
        self.notify_and_get_id(IGNORED_TEXT)
        self.answer("ignore")
        self.assertTrue(self.wait_outcome("ignored"), self.history())
        self.assertEqual(self.paste(), IGNORED_TEXT)

    def test_harmless_text_stays_silent(self):
        self.copy("Hallo wereld, 42 appels en 2048 KB op Kerkstraat.\n")
        self.assertTrue(self.quiet_for())

    def test_password_manager_secret_is_never_read(self):
        source = self.own("text/plain;charset=utf-8::" + BSN_TEXT,
                          "x-kde-passwordManagerHint::secret")
        self.assertTrue(self.quiet_for())
        source.kill()
        source.wait()
        self.assertNotIn(b"served", source.stdout.read())
        self.assertNotIn("123456782", self.daemon_log())
        # the same text without the hint is checked: the hint made the difference
        self.own("text/plain;charset=utf-8::" + BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")

    def test_non_text_offer_is_skipped(self):
        self.copy(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, target="image/png")
        self.assertTrue(self.quiet_for())
        self.notify_and_get_id()  # and it still works

    def test_newer_copy_is_never_overwritten(self):
        self.notify_and_get_id()
        self.copy("Een nieuwere kopie zonder persoonsgegevens.\n")
        time.sleep(0.5)
        self.answer("mask")
        time.sleep(1.0)
        self.assertEqual(self.paste(), "Een nieuwere kopie zonder persoonsgegevens.\n")
        self.action("mask-last")
        time.sleep(0.5)
        self.assertEqual(self.paste(), "Een nieuwere kopie zonder persoonsgegevens.\n")

    def test_pause_reads_nothing(self):
        self.action("pause")
        source = self.own("text/plain;charset=utf-8::" + BSN_TEXT)
        self.assertTrue(self.quiet_for())
        source.kill()
        source.wait()
        self.assertNotIn(b"served", source.stdout.read())
        self.action("resume")
        self.copy(IBAN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: IBAN")
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_IBAN_TEXT), self.paste())

    def test_size_limit_skips_with_a_notice(self):
        self.set_setting("size-limit-mb", "1")
        self.copy("x" * (2 << 20) + BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Copy too large to check")
        self.assertTrue(self.wait_outcome("too-large"), self.history())

    def test_large_copy_with_bsn_at_the_end(self):
        filler = "Regel zonder iets bijzonders, alleen tekst en 12 appels.\n"
        path = self.file_of((filler * ((20 << 20) // len(filler)) + BSN_TEXT).encode())
        self.own("text/plain;charset=utf-8::@" + path)
        self.assertEqual(self.wait_notification(timeout=60)[3], "Personal data copied: BSN")

    def test_primary_selection_is_read_once_it_settles(self):
        self.set_setting("watch-primary", "true")
        # a selection dragged: three changes in quick succession, one read
        for end in (5, 20, len(BSN_TEXT)):
            self.own("--primary", "text/plain;charset=utf-8::" + BSN_TEXT[:end])
            time.sleep(0.05)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")
        time.sleep(1.0)
        self.assertEqual(len(self.notifications()), 1)

    def test_a_source_that_never_answers_does_not_block_the_next_copy(self):
        source = self.own("--hang", "text/plain;charset=utf-8::" + BSN_TEXT)
        self.assertEqual(source.stdout.readline(), b"asked text/plain;charset=utf-8\n")
        # a newer copy abandons the read at once
        t0 = time.monotonic()
        self.copy(IBAN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: IBAN")
        self.assertLess(time.monotonic() - t0, 2.0)
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_IBAN_TEXT), self.paste())

    def test_a_source_that_never_answers_times_out(self):
        source = self.own("--hang", "text/plain;charset=utf-8::" + BSN_TEXT)
        self.assertEqual(source.stdout.readline(), b"asked text/plain;charset=utf-8\n")
        # past the step deadline (3 s) the copy is given up as unreadable:
        # nothing to warn about, and the guard reads the next copy at once
        self.assertTrue(self.quiet_for(4.0))
        t0 = time.monotonic()
        self.notify_and_get_id()
        self.assertLess(time.monotonic() - t0, 2.0)

    def test_a_source_that_writes_without_end_meets_the_limit(self):
        self.set_setting("size-limit-mb", "2")
        self.own("--endless", "text/plain;charset=utf-8::x")
        self.assertEqual(self.wait_notification(timeout=15)[3], "Copy too large to check")
        self.assertTrue(self.wait_outcome("too-large"), self.history())
        self.assertLess(self.rss_mb(), 200)

    def rss_mb(self):
        with open(f"/proc/{self.daemon.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0

    def test_zz_masked_clipboard_outlives_the_guard(self):
        """Named to run last: it quits the guard.  The masked text stays on the
        clipboard after the guard is gone; a newer copy replaces it; and a
        guard started with a BSN on the clipboard does not call that a copy."""
        self.notify_and_get_id()
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())
        self.action("quit")
        self.daemon.wait(10)
        time.sleep(0.5)
        self.assertEqual(self.paste(), MASKED_BSN_TEXT)
        self.copy("Iets anders.\n")
        self.assertTrue(wait_for(lambda: self.paste() == "Iets anders.\n"), self.paste())
        # the keeper ends when replaced (under a sanitizer, its exit takes a moment)
        self.assertTrue(wait_for(lambda: subprocess.run(
            ["pgrep", "-f", "clipguard --keep-clipboard"], capture_output=True).stdout == b"", 10),
            "the keeper did not end when replaced")
        self.copy(BSN_TEXT)
        self.mock.ClearCalls()
        type(self).start_daemon()
        self.assertTrue(self.quiet_for())
        self.copy(IBAN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: IBAN")

    # --- helpers ---------------------------------------------------------------

    def file_of(self, data):
        # outside the daemon's XDG folders
        directory = tempfile.mkdtemp(prefix="clipguard-wl-")
        self.addCleanup(shutil.rmtree, directory, True)
        path = os.path.join(directory, "data")
        with open(path, "wb") as f:
            f.write(data)
        return path


class NoDisplay(unittest.TestCase):
    """Without any display the guard says so in a sentence of its own."""

    def test_no_display_says_why(self):
        env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        p = subprocess.run([GuardCase.CLIPGUARD], env=env, capture_output=True, timeout=20)
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"clipguard needs a desktop session", p.stderr)
        self.assertNotIn(b"cannot open display", p.stderr)

    def test_unknown_backend_is_refused(self):
        p = subprocess.run([GuardCase.CLIPGUARD, "--backend=beos"], capture_output=True,
                           timeout=20, env=dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8"))
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"use x11 or wayland", p.stderr)


if __name__ == "__main__":
    GuardCase.CLIPGUARD, GuardCase.SCHEMA_DIR, TEST_SOURCE = (os.path.abspath(a)
                                                              for a in sys.argv[1:4])
    del sys.argv[1:4]
    if len(sys.argv) > 1 and sys.argv[1] in ("sway", "kwin"):
        COMPOSITOR = sys.argv.pop(1)
    unittest.main(verbosity=2)
