#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the guard's X11 reader against owners that misbehave, scripted
with cg-hostile-owner: a superseded owner answering late, the leftovers of
an abandoned INCR transfer, a slow drip, text offered only in old encodings,
and the masked text asked for as STRING or in INCR pieces.  After each, the
next normal copy must warn within 4 seconds.

usage: dbus-run-session -- test-hostile.py CLIPGUARD SCHEMA_DIR HOSTILE_OWNER
"""
import os
import shutil
import sys
import tempfile
import time
import unittest

from desktop import wait_for
from guard import BSN_TEXT, IBAN_TEXT, MASKED_BSN_TEXT, MASKED_IBAN_TEXT, GuardCase

HOSTILE = None
NEXT_COPY_WARNS_WITHIN = 4.0


class Hostile(GuardCase):
    def owner(self, *args):
        return self.spawn_owner(HOSTILE, *args)

    def file_of(self, text):
        path = os.path.join(tempfile.mkdtemp(prefix="clipguard-hostile-"), "big.txt")
        with open(path, "w") as f:
            f.write(text)
        self.addCleanup(shutil.rmtree, os.path.dirname(path))
        return path

    def assert_next_copy_warns(self, text=IBAN_TEXT, summary="Personal data copied: IBAN", masked=MASKED_IBAN_TEXT):
        """A normal copy after the hostile one: warned about within 4 s, and
        masking it puts its own masked text on the clipboard, byte for byte."""
        count = len(self.notifications()) + 1
        self.copy(text)
        t0 = time.monotonic()
        args = self.wait_notification(count, timeout=NEXT_COPY_WARNS_WITHIN + 1)
        self.assertLess(time.monotonic() - t0, NEXT_COPY_WARNS_WITHIN)
        self.assertEqual(args[3], summary)
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == masked), self.paste())

    def test_late_answer_of_a_superseded_owner(self):
        """Owner A answers after 4.5 s; owner B copied at 4 s and answers in
        1 s, so A's answer arrives during the read of B."""
        self.owner("--delay-ms=4500", "UTF8_STRING=>" + BSN_TEXT)
        time.sleep(4.0)
        self.owner("--delay-ms=1000", "UTF8_STRING=>" + IBAN_TEXT)
        args = self.wait_notification(timeout=NEXT_COPY_WARNS_WITHIN + 1)
        self.assertEqual(args[3], "Personal data copied: IBAN")
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_IBAN_TEXT), self.paste())
        time.sleep(1.5)
        # no warning about A's BSN (the other notice is the confirmation)
        self.assertEqual([n[3] for n in self.notifications()],
                         ["Personal data copied: IBAN", "Masked"])
        self.assert_next_copy_warns(BSN_TEXT, "Personal data copied: BSN", MASKED_BSN_TEXT)

    def test_incr_over_the_limit_by_its_announcement_is_not_read(self):
        self.set_setting("size-limit-mb", "1")
        path = self.file_of("Mijn BSN is 123456782.\n" * ((8 << 20) // 23))
        owner = self.owner("--incr=65536", "UTF8_STRING=>@" + path)
        self.assertEqual(self.wait_notification()[3], "Copy too large to check")
        # Not one piece was asked for: the announcement was enough.
        self.assertEqual(owner.stdout.readline(), b"request TARGETS\n")
        self.assertEqual(owner.stdout.readline(), b"request UTF8_STRING\n")
        self.assertEqual(owner.stdout.readline(), b"stalled\n")
        self.assert_next_copy_warns()

    def test_abandoned_incr_leftovers_never_reach_the_next_copy(self):
        """An owner that lies about the size: the guard stops at the limit,
        and what the owner still sends, when asked as a GTK app does or
        pushed unasked, is never taken for the next copy."""
        self.set_setting("size-limit-mb", "1")
        path = self.file_of("Mijn BSN is 123456782.\n" * ((8 << 20) // 23))
        for extra in ([], ["--push", "--piece-delay-ms=1"]):
            with self.subTest(push=bool(extra)):
                self.mock.ClearCalls()
                owner = self.owner("--incr=4096", "--announce=1000", *extra,
                                   "UTF8_STRING=>@" + path)
                self.assertEqual(self.wait_notification()[3], "Copy too large to check")
                self.assert_next_copy_warns()
                self.assertIsNone(owner.poll())

    def test_slow_drip_does_not_blind_the_guard(self):
        """One byte every 2.5 s: a newer copy abandons the read at once."""
        self.owner("--incr=1", "--piece-delay-ms=2500", "UTF8_STRING=>" + BSN_TEXT)
        time.sleep(1.0)
        self.assert_next_copy_warns()

    def test_slow_drip_alone_ends_at_the_deadline(self):
        self.owner("--incr=1", "--piece-delay-ms=2500", "UTF8_STRING=>" + BSN_TEXT)
        time.sleep(11)
        self.assertEqual(self.notifications(), [])
        self.assert_next_copy_warns(BSN_TEXT, "Personal data copied: BSN", MASKED_BSN_TEXT)

    def check_target(self, offer, want_masked):
        self.owner(offer)
        args = self.wait_notification(timeout=NEXT_COPY_WARNS_WITHIN)
        self.assertEqual(args[3], "Personal data copied: BSN", offer)
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == want_masked), (offer, self.paste()))

    def test_each_text_target_is_read(self):
        text = "Café Noord: mijn BSN is 123456782.\n"
        masked = "Café Noord: mijn BSN is *******82.\n"
        cases = [
            "text/plain=>" + text,
            "text/plain;charset=utf-8=>" + text,
            "STRING=>hex:" + text.encode("latin-1").hex(),
            "TEXT|STRING=>hex:" + text.encode("latin-1").hex(),
            "TEXT|UTF8_STRING=>" + text,
            "COMPOUND_TEXT=>hex:" + text.encode("latin-1").hex(),
            "text/plain;charset=utf-16=>hex:" + ("\ufeff" + text).encode("utf-16-le").hex(),
            "text/plain;charset=utf-16=>hex:" + text.encode("utf-16-be").hex(),
        ]
        for offer in cases:
            with self.subTest(offer=offer.split("=>")[0]):
                self.mock.ClearCalls()
                self.check_target(offer, masked)

    def test_masked_text_served_per_target(self):
        """STRING is Latin-1: CRLF stays CRLF, a character outside Latin-1
        becomes '?', never an escape sequence; UTF-8 targets get the bytes."""
        self.copy("Naam: Jan \u2713\r\nBSN 123456782\r\n")
        self.wait_notification()
        self.answer("mask")
        want = "Naam: Jan \u2713\r\nBSN *******82\r\n"
        self.assertTrue(wait_for(lambda: self.paste() == want), repr(self.paste()))
        self.assertEqual(self.paste("STRING", raw=True), b"Naam: Jan ?\r\nBSN *******82\r\n")
        self.assertEqual(self.paste("text/plain;charset=utf-8", raw=True), want.encode())
        self.assertIn(b"BSN *******82", self.paste("COMPOUND_TEXT", raw=True))
        targets = self.paste("TARGETS").split()
        for t in ("UTF8_STRING", "STRING", "TEXT", "COMPOUND_TEXT", "text/plain;charset=utf-8"):
            self.assertIn(t, targets)

    def test_large_masked_copy_is_served_in_pieces(self):
        filler = "Regel zonder iets bijzonders, alleen 12 appels.\n"
        text = filler * ((3 << 20) // len(filler)) + BSN_TEXT
        path = self.file_of(text)
        self.owner("UTF8_STRING=>@" + path)
        self.assertEqual(self.wait_notification(timeout=20)[3], "Personal data copied: BSN")
        self.answer("mask")
        want = (filler * ((3 << 20) // len(filler)) + MASKED_BSN_TEXT).encode()
        self.assertTrue(wait_for(lambda: self.paste(raw=True)[-200:] == want[-200:], 10))
        self.assertEqual(self.paste(raw=True), want)


if __name__ == "__main__":
    GuardCase.CLIPGUARD, GuardCase.SCHEMA_DIR, HOSTILE = (os.path.abspath(a) for a in sys.argv[1:4])
    del sys.argv[1:4]
    unittest.main(verbosity=2)
