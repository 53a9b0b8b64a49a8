#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the real clipguard daemon, driven the way a desktop drives it.

Run under dbus-run-session (its own session bus); it starts its own Xvfb, a
mock notification server (python3-dbusmock's notification_daemon template,
with the "actions" capability) and real clipboard owners (xclip, and
cg-test-owner for several targets).

usage: dbus-run-session -- test-daemon.py CLIPGUARD SCHEMA_DIR TEST_OWNER
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

import dbus

from desktop import dconf_database, wait_for
from guard import APP_ID, BSN_TEXT, IGNORED_TEXT, MASKED_BSN_TEXT, GuardCase, RestoreTests

TEST_OWNER = None


class Daemon(RestoreTests, GuardCase):
    def own(self, *offers):
        return self.spawn_owner(TEST_OWNER, *offers)

    def notify_and_get_id(self, text=BSN_TEXT):
        self.copy(text)
        return self.wait_notification()

    # --- scenarios -----------------------------------------------------------

    def test_bsn_copy_notifies_with_both_actions_and_no_raw_value(self):
        app_name, replaces, icon, summary, body, actions, hints, timeout = self.notify_and_get_id()
        self.assertEqual(summary, "Personal data copied: BSN")
        self.assertNotIn("123456782", summary + body)
        # what to do, and what masking will write
        self.assertIn("Do not paste this into a chatbot or an external website.", body)
        self.assertIn("replaces the BSN on the clipboard with *******82", body)
        self.assertEqual(list(actions)[0::2], ["mask", "ignore"])
        self.assertEqual(list(actions)[1::2], ["Mask", "Keep as is"])
        # a warning waits for an answer: never expires, critical, resident
        self.assertEqual(timeout, 0)
        self.assertEqual(int(hints.get("urgency")), 2)
        self.assertTrue(hints.get("resident"))
        self.assertFalse(hints.get("transient"))
        self.assertNotIn("category", hints)
        self.assertEqual(hints.get("desktop-entry"), APP_ID)
        # run from the build tree, the icon is the file itself, not a theme name
        self.assertTrue(os.path.isfile(icon), icon)
        self.assertTrue(icon.endswith("nl.clipguard.ClipGuard-warning.svg"), icon)

    def test_mask_replaces_only_the_bsn_and_does_not_loop(self):
        self.notify_and_get_id()
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())
        # a confirmation with Undo, which goes away by itself
        confirmation = self.wait_notification(2)
        self.assertEqual(confirmation[3], "Masked")
        self.assertIn("*******82", confirmation[4])
        self.assertEqual(list(confirmation[5]), ["undo", "Undo"])
        self.assertTrue(confirmation[6].get("transient"))
        self.assertNotEqual(confirmation[7], 0)
        # Its own write raises no new warning.
        self.assertTrue(wait_for(lambda: len(self.notifications()) > 2, 1.5) is False)
        self.assertTrue(self.wait_outcome("masked"), self.history())
        self.assertNotIn("123456782", json.dumps(self.history()))

    def test_undo_puts_the_original_back(self):
        text = "Dossier 7: BSN 222333108 van de aanvrager.\n"  # a BSN no other test uses
        self.notify_and_get_id(text)
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == text.replace("222333108", "*******08")),
                        self.paste())
        self.wait_notification(2)
        self.answer("undo")
        self.assertTrue(wait_for(lambda: self.paste() == text), self.paste())
        self.assertTrue(self.wait_outcome("undone"), self.history())
        self.assertNotIn("222333108", json.dumps(self.history()))

    def test_ignore_leaves_the_clipboard_alone(self):
        self.notify_and_get_id(IGNORED_TEXT)
        self.answer("ignore")
        self.assertTrue(self.wait_outcome("ignored"), self.history())
        self.assertEqual(self.paste(), IGNORED_TEXT)

    def test_ignored_value_does_not_warn_again(self):
        """"Keep as is" holds for the value, however written, for the session."""
        # a value of its own: test_ignore_leaves_the_clipboard_alone keeps IGNORED_TEXT's
        self.notify_and_get_id("Aanvrager, BSN 444555006.\n")
        self.answer("ignore")
        self.assertTrue(self.wait_outcome("ignored"), self.history())
        self.mock.ClearCalls()
        self.copy("Nogmaals, het BSN: 4445.55.006\n")
        self.assertTrue(self.quiet_for())
        self.notify_and_get_id()  # another value still warns

    def test_always_allow_keeps_only_a_keyed_hash(self):
        text = "Werkgever IBAN NL02 ABNA 0123 4567 89, loonstrook november.\n"
        self.notify_and_get_id(text)
        # the entry with the open warning, as the windows' rows know it
        entry = int(self.actions_proxy().Describe("warning-entry")[2][0])
        self.assertGreater(entry, 0)
        self.action("allow-entry", "uint64 %d" % entry)
        allowed = os.path.join(self.tmp, "state", "clipguard", "allowed.json")
        self.assertTrue(wait_for(lambda: os.path.exists(allowed)))
        with open(allowed) as f:
            stored = f.read()
        self.assertNotIn("0123456789", stored.replace(" ", ""))
        self.assertEqual(os.stat(allowed).st_mode & 0o777, 0o600)
        key = os.path.join(self.tmp, "data", "clipguard", "allow.key")
        self.assertEqual(os.stat(key).st_mode & 0o777, 0o600)
        self.assertTrue(self.wait_outcome("ignored"), self.history())
        self.mock.ClearCalls()
        self.copy("Betaald vanaf nl02abna0123456789\n")
        self.assertTrue(self.quiet_for())

    def test_organisation_rules_load_on_change(self):
        """A rule file put in rules.d works without a restart; a bad rule is
        logged by file, rule and reason, and the good ones still work."""
        rules_dir = os.path.join(self.tmp, "config", "clipguard", "rules.d")
        os.makedirs(rules_dir, exist_ok=True)
        path = os.path.join(rules_dir, "org.rules")
        self.addCleanup(os.remove, path)
        with open(path, "w") as f:
            f.write("[Rule personeelsnummer]\nLabel=Personeelsnummer\n"
                    "Pattern=\\bP-\\d{6}\\b\nKeywords=personeelsnummer;personeelsnr\n"
                    "[Rule kapot]\nPattern=(ab\n")
        self.assertTrue(wait_for(lambda: "Organisation rules: 1 loaded" in self.daemon_log(), 10),
                        self.daemon_log())
        self.assertIn("org.rules: rule 'kapot': pattern error at offset 3: missing closing "
                      "parenthesis", self.daemon_log())
        text = "Personeelsnummer: P-481516, afdeling inkoop.\n"
        args = self.notify_and_get_id(text)
        self.assertEqual(args[3], "Personal data copied: Personeelsnummer")
        self.assertNotIn("481516", args[4])
        self.answer("mask")
        self.assertTrue(wait_for(lambda: self.paste() == text.replace("P-481516", "*-****16")),
                        self.paste())
        self.assertNotIn("481516", json.dumps(self.history()))
        # removed, it no longer warns
        os.remove(path)
        with open(path, "w") as f:
            f.write("")
        self.assertTrue(wait_for(lambda: self.daemon_log().count("Organisation rules: 0 loaded")
                                 >= 2, 10), self.daemon_log())
        self.mock.ClearCalls()
        self.copy("Personeelsnummer: P-777777.\n")
        self.assertTrue(self.quiet_for())

    def test_excluded_application_is_not_checked(self):
        """A program in which copying personal data is the daily work: its
        copies are not read at all (X11 says who owns the clipboard)."""
        self.set_setting("excluded-applications", "['cg-test-owner']")
        self.own("UTF8_STRING=" + BSN_TEXT)
        self.assertTrue(self.quiet_for())
        self.assertIn("an excluded application: not checked", self.daemon_log())
        self.copy(BSN_TEXT)  # xclip is not excluded
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")

    def test_no_notification_server_shows_own_window(self):
        self.notify_proc.terminate()
        self.notify_proc.wait()
        try:
            self.copy("Nieuwe klant, IBAN NL20 INGB 0001 2345 67.\n")
            found = wait_for(lambda: self.window_ids("Personal data copied: IBAN"), 10)
            self.assertTrue(found, self.daemon_log())
            self.assertIn("own window", self.daemon_log())
        finally:
            type(self).start_notification_server()
            self.mock = type(self).mock
        # the window is answered like the notification: Keep as is
        self.action("mask-last")
        self.assertTrue(wait_for(lambda: not self.window_ids("Personal data copied: IBAN"), 10))
        self.assertTrue(wait_for(lambda: "NL** ****" in self.paste(), 5), self.paste())

    def test_activate_opens_the_main_window(self):
        """The menu entry, or starting clipguard again, shows the main window."""
        self.bus.call_blocking(APP_ID, "/nl/clipguard/ClipGuard", "org.freedesktop.Application",
                               "Activate", "a{sv}", [{}], timeout=10)
        self.assertTrue(wait_for(lambda: self.window_ids("^clipguard$"), 10), self.daemon_log())

    def window_ids(self, name):
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                             env=self.env, capture_output=True, text=True).stdout
        return out.split()

    def test_harmless_text_stays_silent(self):
        self.copy("Hallo wereld, 42 appels en 2048 KB op Kerkstraat.\n")
        self.assertTrue(self.quiet_for())

    def test_pause_and_resume(self):
        self.action("pause")
        owner = self.own("UTF8_STRING=" + BSN_TEXT)
        self.assertTrue(self.quiet_for())
        # paused means not even read
        owner.kill()
        owner.wait()
        self.assertNotIn(b"served", owner.stdout.read())
        self.action("resume")
        self.copy("IBAN NL91 ABNA 0417 1643 00\n")
        summary = self.wait_notification()[3]
        self.assertEqual(summary, "Personal data copied: IBAN")

    def test_pause_for_minutes(self):
        self.action("pause-for", "15")
        self.copy(BSN_TEXT)
        self.assertTrue(self.quiet_for())
        self.action("resume")

    def test_newer_copy_is_never_overwritten(self):
        self.notify_and_get_id()
        self.copy("Een nieuwere kopie zonder persoonsgegevens.\n")
        time.sleep(0.5)
        self.answer("mask")
        time.sleep(1.0)
        self.assertEqual(self.paste(), "Een nieuwere kopie zonder persoonsgegevens.\n")
        # mask-last has nothing to mask either
        self.action("mask-last")
        time.sleep(0.5)
        self.assertEqual(self.paste(), "Een nieuwere kopie zonder persoonsgegevens.\n")

    def test_mask_last_action(self):
        self.notify_and_get_id()
        self.action("mask-last")
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())

    def test_size_limit_skips_with_a_notice(self):
        self.set_setting("size-limit-mb", "1")
        self.copy("x" * (2 << 20) + BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Copy too large to check")
        self.assertTrue(self.wait_outcome("too-large"), self.history())

    def test_notice_does_not_replace_the_warning(self):
        """Issue 19: libnotify's one notification for both let "Copy too large
        to check" replace a warning the guard still waited for."""
        self.notify_and_get_id()
        warning_id = self.notify_obj.LastId(dbus_interface="org.freedesktop.Notifications")
        self.set_setting("size-limit-mb", "1")
        self.copy("x" * (2 << 20))
        notice = self.wait_notification(2)
        self.assertEqual(notice[3], "Copy too large to check")
        self.assertNotEqual(notice[1], warning_id)  # replaces_id: not the warning
        self.assertNotEqual(
            self.notify_obj.LastId(dbus_interface="org.freedesktop.Notifications"), warning_id)

    def test_auto_mask(self):
        self.set_setting("auto-mask", "true")
        self.copy(BSN_TEXT)
        self.assertTrue(wait_for(lambda: self.paste() == MASKED_BSN_TEXT), self.paste())
        args = self.wait_notification()
        # told, not asked, with what is really on the clipboard; undo offered
        self.assertEqual(args[3], "Personal data masked: BSN")
        self.assertIn("*******82", args[4])
        self.assertEqual(list(args[5]), ["undo", "Undo"])
        self.assertTrue(self.wait_outcome("auto-masked"), self.history())

    def test_placeholder_style(self):
        self.set_setting("mask-style", "placeholder")
        self.copy("BSN 123456782 en nogmaals BSN 1234.56.782, IBAN NL91ABNA0417164300.\n")
        self.wait_notification()
        self.answer("mask")
        want = "BSN [BSN-1] en nogmaals BSN [BSN-1], IBAN [IBAN-1].\n"
        self.assertTrue(wait_for(lambda: self.paste() == want), self.paste())

    def test_non_text_target_is_skipped(self):
        self.copy(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, target="image/png")
        self.assertTrue(self.quiet_for())
        self.notify_and_get_id()  # and it still works

    def test_password_manager_secret_is_never_read(self):
        before = len(self.history()) if os.path.exists(self.history_path()) else 0
        self.own("UTF8_STRING=" + BSN_TEXT, "x-kde-passwordManagerHint=secret")
        self.assertTrue(self.quiet_for())
        after = len(self.history()) if os.path.exists(self.history_path()) else 0
        self.assertEqual(before, after)
        self.assertNotIn("123456782", self.daemon_log())
        # The same text without the hint is checked: the hint made the difference.
        self.own("UTF8_STRING=" + BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")

    def test_large_copy_with_bsn_at_the_end_keeps_daemon_responsive(self):
        filler = "Regel zonder iets bijzonders, alleen tekst en 12 appels.\n"
        text = filler * ((20 << 20) // len(filler)) + BSN_TEXT
        # outside the daemon's XDG folders: test_zz_no_trace looks there
        big_dir = tempfile.mkdtemp(prefix="clipguard-big-")
        self.addCleanup(shutil.rmtree, big_dir, True)
        path = os.path.join(big_dir, "big.txt")
        with open(path, "w") as f:
            f.write(text)
        self.own("UTF8_STRING=@" + path)
        # While it reads and scans, the daemon answers on D-Bus.
        slowest = 0.0
        start = time.monotonic()
        while not self.notifications() and time.monotonic() - start < 60:
            t0 = time.monotonic()
            self.bus.call_blocking(APP_ID, "/nl/clipguard/ClipGuard", "org.gtk.Actions",
                                   "DescribeAll", "", [], timeout=10)
            slowest = max(slowest, time.monotonic() - t0)
            time.sleep(0.05)
        self.assertEqual(self.wait_notification(timeout=60)[3], "Personal data copied: BSN")
        self.assertLess(slowest, 1.0, "the daemon did not answer while scanning")

    def test_notification_server_missing_or_restarting(self):
        self.notify_proc.terminate()
        self.notify_proc.wait()
        self.copy(BSN_TEXT)
        time.sleep(1.5)
        self.assertIsNone(self.daemon.poll())
        self.action("pause")  # still answers
        self.action("resume")
        type(self).start_notification_server()
        self.mock = type(self).mock
        self.copy("IBAN NL91 ABNA 0417 1643 00\n")
        self.assertEqual(self.wait_notification()[3], "Personal data copied: IBAN")


    def actions_proxy(self):
        return dbus.Interface(self.bus.get_object(APP_ID, "/nl/clipguard/ClipGuard"),
                              "org.gtk.Actions")

    def test_paused_until_cannot_be_set_over_dbus(self):
        """Any client on the bus may call SetState: the pause changes only
        through pause and resume, and the refusal is logged once."""
        actions = self.actions_proxy()
        for _ in range(3):
            actions.SetState("paused-until", dbus.Int64(-1, variant_level=1),
                             dbus.Dictionary({}, signature="sv"))
        with self.assertRaises(dbus.exceptions.DBusException):
            actions.SetState("paused-until", dbus.String("x", variant_level=1),
                             dbus.Dictionary({}, signature="sv"))
        time.sleep(0.3)
        self.assertEqual(int(actions.Describe("paused-until")[2][0]), 0)
        self.notify_and_get_id()  # still guarding
        log = self.daemon_log()
        self.assertEqual(log.count("Refused a call of the action paused-until"), 1, log)
        self.assertNotIn("CRITICAL", log)

    def test_warning_entry_cannot_be_set_over_dbus(self):
        """Issue 19: the refusal named paused-until, as if that were set."""
        actions = self.actions_proxy()
        paused_refused = self.daemon_log().count("Refused a call of the action paused-until")
        for _ in range(2):
            actions.SetState("warning-entry", dbus.UInt64(7, variant_level=1),
                             dbus.Dictionary({}, signature="sv"))
        time.sleep(0.3)
        self.assertEqual(int(actions.Describe("warning-entry")[2][0]), 0)
        log = self.daemon_log()
        self.assertEqual(log.count("Refused a call of the action warning-entry"), 1, log)
        self.assertEqual(log.count("Refused a call of the action paused-until"), paused_refused)

    def test_out_of_range_pause_is_refused_and_logged_once(self):
        for minutes in ("0", "-5", "99999", "99999"):
            self.action("pause-for", minutes)
        time.sleep(0.3)
        self.assertEqual(int(self.actions_proxy().Describe("paused-until")[2][0]), 0)
        self.assertEqual(self.daemon_log().count("Refused a call of the action pause-for"), 1)
        self.notify_and_get_id()

    def test_second_start_activates_the_first(self):
        owner = self.bus.get_name_owner(APP_ID)
        second = subprocess.run([self.CLIPGUARD], env=self.env, capture_output=True, timeout=20)
        self.assertEqual(second.returncode, 0)
        self.assertEqual(self.bus.get_name_owner(APP_ID), owner)
        self.notify_and_get_id()  # the first one still guards

    def test_paste_interface_refuses_bad_calls(self):
        """nl.clipguard.ClipGuard.Paste is open to every client of the
        session bus: bad arguments are refused, named, never echoed."""
        import dbus
        paste = dbus.Interface(self.bus.get_object(APP_ID, "/nl/clipguard/ClipGuard"),
                               "nl.clipguard.ClipGuard.Paste")
        good_hash = "ab" * 32
        before = len(self.history())
        for call, args in (
                (paste.CheckValues, ("Chatgpt.com/x", [good_hash])),
                (paste.CheckValues, ("chatgpt.com", ["123456782"])),
                (paste.Report, ("chatgpt.com", "pasted-everywhere", (1, 0, 0, 0, 0), [])),
                (paste.Report, ("", "pasted-masked", (1, 0, 0, 0, 0), [])),
                (paste.Report, ("chatgpt.com", "pasted-masked", (1, 0, 0, 0, 0),
                                [("bsn", "123456782", "x")])),
                (paste.Report, ("chatgpt.com", "pasted-masked", (1, 0, 0, 0, 0),
                                [("bsn", good_hash, "x" * 500)])),
                (paste.Report, ("chatgpt.com", "pasted-masked", (1, 0, 0, 0, 0),
                                [("bsn", good_hash, "a\nb")]))):
            with self.assertRaises(dbus.exceptions.DBusException) as refused:
                call(*args)
            self.assertIn("Bad argument", str(refused.exception))
            for arg in args:
                if isinstance(arg, str) and len(arg) > 3:
                    self.assertNotIn(arg, str(refused.exception))
        self.assertEqual(len(self.history()), before)
        self.assertEqual(list(paste.CheckValues("chatgpt.com", [good_hash])), [False])
        paste.Report("chatgpt.com", "pasted-as-is", (1, 0, 0, 0, 0), [("bsn", good_hash, "bsn: *******82")])
        self.assertTrue(wait_for(lambda: len(self.history()) == before + 1, 5))
        self.assertEqual(self.history()[-1]["site"], "chatgpt.com")
        self.assertEqual(list(paste.CheckValues("chatgpt.com", [good_hash])), [True])
        self.assertEqual(list(paste.CheckValues("claude.ai", [good_hash])), [False])
        self.assertEqual(int(paste.Get("nl.clipguard.ClipGuard.Paste", "PausedUntil",
                                       dbus_interface=dbus.PROPERTIES_IFACE)), 0)

    def test_zz_no_trace_of_values_anywhere(self):
        """After all scenarios (named to run last): no BSN or IBAN, in any
        spelling, in any file under the daemon's XDG folders or its log."""
        needles = [b"123456782", b"1234.56.782", b"NL91ABNA0417164300", b"0417 1643 00",
                   b"0417164300"]
        files = 0
        for root, _, names in os.walk(self.tmp):
            for name in names:
                with open(os.path.join(root, name), "rb") as f:
                    data = f.read()
                files += 1
                for needle in needles:
                    self.assertNotIn(needle, data, os.path.join(root, name))
        self.assertGreaterEqual(files, 2)  # the history and the log at least


class NoTray(GuardCase):
    """A desktop that shows no tray icons (stock GNOME): said once, with what
    to install; not again at the next start."""
    TOLD_NO_TRAY = False

    def test_told_once_that_no_tray_shows_the_icon(self):
        args = self.wait_notification(timeout=15)
        self.assertEqual(args[3], "clipguard runs without a tray icon")
        self.assertIn("gnome-shell-extension-appindicator", args[4])
        self.assertIn("applications menu", args[4])
        told = subprocess.run(["gsettings", "get", APP_ID, "told-no-tray"], env=self.env,
                              capture_output=True, text=True).stdout.strip()
        self.assertEqual(told, "true")
        # a second start says nothing
        subprocess.run(["gapplication", "action", APP_ID, "quit"], env=self.env, timeout=10)
        type(self).daemon.wait(10)
        # the audit events of the start and of the quit (also on standard error, which is
        # not the journal here)
        self.assertIn("Watching the X11 clipboard of display", self.daemon_log())
        self.assertIn("Quit: no longer watching the clipboard", self.daemon_log())
        self.mock.ClearCalls()
        type(self).start_daemon()
        self.assertTrue(self.quiet_for(8))


class AdminLocks(GuardCase):
    """An administrator's dconf defaults and locks, through the real dconf
    backend (the database compiled as `dconf update` would): quitting is
    off, pauses are at most 30 minutes, and the user cannot change that."""
    TOLD_NO_TRAY = False  # set in the database: the user database is not writable here

    @classmethod
    def settings_env(cls):
        return dconf_database(cls.tmp, {"allow-quit": "false", "max-pause-minutes": "uint32 30",
                                        "told-no-tray": "true"},
                              ["allow-quit", "max-pause-minutes"])

    @classmethod
    def tearDownClass(cls):
        # quitting is locked off: the session's end stops the guard
        cls.daemon.terminate()
        super().tearDownClass()

    def describe(self, action):
        return dbus.Interface(self.bus.get_object(APP_ID, "/nl/clipguard/ClipGuard"),
                              "org.gtk.Actions").Describe(action)

    def test_locked_settings_hold(self):
        self.assertEqual(subprocess.run(["gsettings", "writable", APP_ID, "allow-quit"],
                                        env=self.env, capture_output=True, text=True)
                         .stdout.strip(), "false")
        # no quit from the menu or over D-Bus
        self.assertFalse(bool(self.describe("quit")[0]))
        subprocess.run(["gapplication", "action", APP_ID, "quit"], env=self.env, timeout=10)
        time.sleep(1)
        self.assertIsNone(self.daemon.poll(), "quit was locked off, but the guard quit")
        # a pause until resumed, or longer than 30 minutes, is refused; 15 is fine
        self.assertFalse(bool(self.describe("pause")[0]))
        self.action("pause-for", "60")
        time.sleep(0.5)
        self.assertEqual(int(self.describe("paused-until")[2][0]), 0)
        self.assertIn("the settings allow no pause that long", self.daemon_log())
        self.action("pause-for", "15")
        self.assertTrue(wait_for(lambda: int(self.describe("paused-until")[2][0]) > 0, 5))
        self.action("resume")
        # and it still guards
        self.copy(BSN_TEXT)
        self.assertEqual(self.wait_notification()[3], "Personal data copied: BSN")


if __name__ == "__main__":
    GuardCase.CLIPGUARD, GuardCase.SCHEMA_DIR, TEST_OWNER = (os.path.abspath(a)
                                                             for a in sys.argv[1:4])
    del sys.argv[1:4]
    unittest.main(verbosity=2)
