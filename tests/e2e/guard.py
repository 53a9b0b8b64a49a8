# SPDX-License-Identifier: GPL-3.0-or-later
"""The running guard under test: a private Xvfb, a session bus (the caller's
dbus-run-session), a mock notification server (python3-dbusmock) and the
clipguard daemon itself, with helpers to copy, paste, answer and look at the
history.  test-daemon.py and test-hostile.py share it."""
import json
import os
import shutil
import subprocess
import tempfile
import time

import dbus
import dbus.bus
import dbus.lowlevel
import dbusmock

from desktop import app_ready, start_xvfb, wait_for

APP_ID = "nl.clipguard.ClipGuard"
ICON_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "icons")
APP_PATH = "/nl/clipguard/ClipGuard"
BSN_TEXT = "Hoi Fleur,\nMijn BSN is 123456782, groet.\n"
MASKED_BSN_TEXT = "Hoi Fleur,\nMijn BSN is *******82, groet.\n"
# a BSN only the tests that answer "Keep as is" use: after that answer it
# does not warn again in this session
IGNORED_TEXT = "Klantnummer 88, BSN 111222333, graag bellen.\n"
IBAN_TEXT = "Graag overmaken op NL91 ABNA 0417 1643 00, dank je.\n"
MASKED_IBAN_TEXT = "Graag overmaken op NL** **** **** **** 00, dank je.\n"


class GuardCase(dbusmock.DBusTestCase):
    CLIPGUARD = SCHEMA_DIR = None
    ENV = {}
    DAEMON_ARGS = ["--background"]
    TOLD_NO_TRAY = True  # the one-time notice that no tray shows the icon: said already

    @classmethod
    def start_session(cls):
        """The display the guard runs on: an Xvfb here; test-wayland.py
        starts a compositor.  Returns the environment it needs."""
        cls.xvfb, display = start_xvfb("800x600x24")
        os.environ.update(DISPLAY=display)
        return {"DISPLAY": display}

    @classmethod
    def settings_env(cls):
        """Where the guard's settings live: a key file of the test's own."""
        return {}

    @classmethod
    def stop_session(cls):
        cls.xvfb.terminate()
        cls.xvfb.wait()

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="clipguard-e2e-")
        session = cls.start_session()
        cls.env = dict(os.environ, GSETTINGS_SCHEMA_DIR=cls.SCHEMA_DIR,
                       GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=cls.tmp + "/config",
                       XDG_STATE_HOME=cls.tmp + "/state", XDG_DATA_HOME=cls.tmp + "/data",
                       LANGUAGE="C", LC_ALL="C.UTF-8", NO_AT_BRIDGE="1",
                       CLIPGUARD_ICON_DIR=ICON_DIR,
                       G_MESSAGES_DEBUG=os.environ.get("CG_E2E_DEBUG", ""))
        # the guard's "system bus" is the test's session bus: logind's Lock is
        # sent there (the machine's own bus may be missing, and is not ours)
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            cls.env["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        cls.env.update(cls.settings_env())
        cls.env.update(cls.ENV)
        for name, value in session.items():
            if value is None:
                cls.env.pop(name, None)
            else:
                cls.env[name] = value
        # The tests' desktop has no tray: the one-time notice saying so would
        # come as a notification in the middle of a test.
        if cls.TOLD_NO_TRAY:
            subprocess.run(["gsettings", "set", APP_ID, "told-no-tray", "true"], env=cls.env,
                           check=True)
        # written for stars (*******82); the placeholders' tests set them
        subprocess.run(["gsettings", "set", APP_ID, "mask-style", "stars"], env=cls.env, check=True)
        cls.bus = dbus.SessionBus()
        cls.start_notification_server()
        cls.log = open(os.path.join(cls.tmp, "daemon.log"), "w")
        cls.start_daemon()

    @classmethod
    def start_daemon(cls):
        cls.daemon = subprocess.Popen([cls.CLIPGUARD] + cls.DAEMON_ARGS, env=cls.env,
                                      stdout=cls.log, stderr=cls.log)
        if not wait_for(lambda: app_ready(cls.bus, APP_ID, APP_PATH), 30):
            raise AssertionError("daemon did not start (exit status %s)" % cls.daemon.poll())

    @classmethod
    def start_notification_server(cls):
        cls.notify_proc, cls.notify_obj = cls.spawn_server_template(
            "notification_daemon", {"capabilities": "body body-markup actions"},
            stdout=subprocess.DEVNULL)
        cls.mock = dbus.Interface(cls.notify_obj, dbusmock.MOCK_IFACE)
        # The template does not tell which id it gave: remember the last one.
        cls.mock.AddMethod("org.freedesktop.Notifications", "Notify", "susssasa{sv}i", "u",
                           "ret = args[1] or self.next_id\n"
                           "self.next_id += 0 if args[1] else 1\n"
                           "self.last_id = ret")
        cls.mock.AddMethod("org.freedesktop.Notifications", "LastId", "", "u", "ret = self.last_id")

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["gapplication", "action", APP_ID, "quit"], env=cls.env, timeout=10)
        try:
            cls.daemon.wait(10)
        except subprocess.TimeoutExpired:
            cls.daemon.kill()
        cls.notify_proc.terminate()
        cls.notify_proc.wait()
        cls.stop_session()
        cls.log.close()
        if os.environ.get("CG_E2E_KEEP"):
            print("kept", cls.tmp)
        else:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        self.action("resume")
        self.mock.ClearCalls()
        self.assertIsNone(self.daemon.poll(), "the daemon died")

    def tearDown(self):
        self.assertIsNone(self.daemon.poll(), "the daemon died")

    # --- the clipboard ------------------------------------------------------

    def copy(self, text, target="UTF8_STRING"):
        data = text if isinstance(text, bytes) else text.encode()
        subprocess.run(["xclip", "-selection", "clipboard", "-t", target, "-i"], input=data,
                       env=self.env, check=True, timeout=30)

    def paste(self, target="UTF8_STRING", raw=False):
        out = subprocess.run(["xclip", "-selection", "clipboard", "-o", "-t", target],
                             env=self.env, capture_output=True, timeout=30).stdout
        return out if raw else out.decode()

    def spawn_owner(self, program, *args):
        """Starts a clipboard owner that prints "owning" once it owns it; it is
        killed when the test ends."""
        p = subprocess.Popen([program] + list(args), env=self.env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
        self.assertEqual(p.stdout.readline(), b"owning\n")

        def stop():
            p.kill()
            p.wait()
            p.stdout.close()
        self.addCleanup(stop)
        return p

    # --- notifications --------------------------------------------------------

    def notifications(self):
        return [call[1] for call in self.mock.GetMethodCalls("Notify")]

    def wait_notification(self, count=1, timeout=10.0):
        found = wait_for(lambda: len(self.notifications()) >= count, timeout)
        self.assertTrue(found, f"no notification; daemon log:\n{self.daemon_log()}")
        return self.notifications()[count - 1]

    def quiet_for(self, seconds=1.5):
        time.sleep(seconds)
        return self.notifications() == []

    def answer(self, key):
        """Clicks a button of the notification shown last."""
        last = self.notify_obj.LastId(dbus_interface="org.freedesktop.Notifications")
        self.mock.EmitSignal("org.freedesktop.Notifications", "ActionInvoked", "us",
                             [dbus.UInt32(last), key])

    # --- the guard ------------------------------------------------------------

    def action(self, name, *param):
        subprocess.run(["gapplication", "action", APP_ID, name] + list(param), env=self.env,
                       check=True, timeout=10)

    def set_setting(self, key, value):
        """Sets @key for this test; its value before comes back afterwards."""
        before = subprocess.run(["gsettings", "get", APP_ID, key], env=self.env, check=True,
                                capture_output=True, text=True).stdout.strip()
        subprocess.run(["gsettings", "set", APP_ID, key, value], env=self.env, check=True)
        self.addCleanup(subprocess.run, ["gsettings", "set", APP_ID, key, before], env=self.env,
                        check=True)
        time.sleep(0.5)

    def history_path(self):
        return os.path.join(self.tmp, "state", "clipguard", "history.json")

    def history(self):
        """The entries on disk (written atomically, in the background: a
        change shows up a moment after it happened, see wait_outcome)."""
        try:
            with open(self.history_path()) as f:
                return json.load(f)["entries"]
        except FileNotFoundError:
            return []

    def wait_outcome(self, outcome, timeout=5):
        """Whether the newest history entry comes to say @outcome."""
        return wait_for(lambda: self.history() and self.history()[-1]["outcome"] == outcome,
                        timeout)

    def daemon_log(self):
        with open(os.path.join(self.tmp, "daemon.log")) as f:
            return f.read()


class RestoreTests:
    """Placeholders for the session and Restore, for a GuardCase on any
    backend: the notification's restore action puts the originals back into
    a chatbot's answer, and no value is in anything the guard wrote."""

    VALUES = ("123456782", "NL91ABNA0417164300", "0417164300")

    def remembers(self):
        """Whether the guard holds values behind placeholders (then "Forget
        masked values" is enabled)."""
        return bool(self.bus.call_blocking(APP_ID, APP_PATH, "org.gtk.Actions", "Describe", "s",
                                           ["forget-masked"])[0])

    def test_session_lock_forgets_the_values(self):
        """The screensaver's ActiveChanged(true) (freedesktop's and GNOME's)
        and logind's Lock make the guard forget; ActiveChanged(false) not."""
        self.set_setting("mask-style", "placeholder")
        senders = [("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver", "ActiveChanged", True),
                   ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
                    "ActiveChanged", True),
                   ("org.freedesktop.login1", "/org/freedesktop/login1/session/_32",
                    "org.freedesktop.login1.Session", "Lock", None)]
        for name, path, interface, signal, argument in senders:
            shown = len(self.notifications())
            self.copy("BSN 123456782 voor %s.\n" % name)
            self.wait_notification(shown + 1)
            self.answer("mask")
            self.assertTrue(wait_for(self.remembers), "nothing remembered after Mask")
            conn = dbus.bus.BusConnection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
            try:
                conn.request_name(name)
                if argument is not None:  # unlocking forgets nothing
                    msg = dbus.lowlevel.SignalMessage(path, interface, signal)
                    msg.append(False, signature="b")
                    conn.send_message(msg)
                    conn.flush()
                    time.sleep(0.5)
                    self.assertTrue(self.remembers(), "forgotten on %s(false)" % signal)
                msg = dbus.lowlevel.SignalMessage(path, interface, signal)
                if argument is not None:
                    msg.append(argument, signature="b")
                conn.send_message(msg)
                conn.flush()
                self.assertTrue(wait_for(lambda: not self.remembers(), 5),
                                "not forgotten on %s from %s" % (signal, name))
            finally:
                conn.close()

    def test_restore_values_into_an_answer(self):
        self.set_setting("mask-style", "placeholder")
        shown = len(self.notifications())
        self.copy("Mijn BSN is 123456782 en mijn IBAN NL91ABNA0417164300.\n")
        self.wait_notification(shown + 1)
        self.answer("mask")
        masked = wait_for(lambda: (lambda t: t if "[BSN-" in t else None)(self.paste()))
        self.assertTrue(masked, self.paste())
        bsn = masked[masked.index("[BSN-"):masked.index("]", masked.index("[BSN-")) + 1]
        iban = masked[masked.index("[IBAN-"):masked.index("]", masked.index("[IBAN-")) + 1]
        self.assertEqual(masked, "Mijn BSN is %s en mijn IBAN %s.\n" % (bsn, iban))
        shown = len(self.notifications())
        # the chatbot's answer, with what chatbots do to placeholders
        answer = "Brief over **%s** en rekening `%s`, nogmaals %s.\n" % (
            bsn.lower(), iban.replace("-", "\u2011"), bsn)
        self.copy(answer)
        args = self.wait_notification(shown + 1)
        self.assertEqual(args[3], "Placeholders copied")
        self.assertEqual(list(args[5]), ["restore", "Restore values"])
        self.answer("restore")
        want = "Brief over **123456782** en rekening `NL91ABNA0417164300`, nogmaals 123456782.\n"
        self.assertTrue(wait_for(lambda: self.paste() == want), self.paste())
        args = self.wait_notification(shown + 2)
        self.assertEqual(args[3], "Values restored")
        # the restored copy is the guard's own: no warning about it
        time.sleep(1)
        self.assertEqual(len(self.notifications()), shown + 2)
        for call in self.notifications():
            for value in self.VALUES:
                self.assertNotIn(value, " ".join(str(a) for a in call))
        # nothing the guard wrote holds a value: its files and its log
        written = [os.path.join(self.tmp, "daemon.log")]
        for top in ("state", "config", "data"):
            for root, _, files in os.walk(os.path.join(self.tmp, top)):
                written += [os.path.join(root, name) for name in files]
        self.assertIn(os.path.join(self.tmp, "state", "clipguard", "placeholder-numbers"), written)
        for path in written:
            with open(path, "rb") as f:
                data = f.read()
            for value in self.VALUES:
                self.assertNotIn(value.encode(), data, path)
