#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The tray menu as a panel sees it, and the windows as a person sees them.

Run under dbus-run-session; starts its own Xvfb, a mock notification server
and a mock org.kde.StatusNotifierWatcher (python3-dbusmock).  Screenshots of
the history and preferences windows, in English and in Dutch, are saved in
SCREENSHOT_DIR as test artifacts.

usage: dbus-run-session -- test-gui.py CLIPGUARD SCHEMA_DIR LOCALE_DIR SCREENSHOT_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

import dbus
import dbusmock

from desktop import app_ready, start_xvfb, wait_for

CLIPGUARD = SCHEMA_DIR = LOCALE_DIR = SHOTS = None
APP_ID = "nl.clipguard.ClipGuard"
APP_PATH = "/nl/clipguard/ClipGuard"
WATCHER = "org.kde.StatusNotifierWatcher"




class Gui(dbusmock.DBusTestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="clipguard-gui-")
        cls.xvfb, cls.display = start_xvfb("1024x720x24")
        cls.bus = dbus.SessionBus()
        cls.notify_proc, notify_obj = cls.spawn_server_template(
            "notification_daemon", {"capabilities": "body actions"}, stdout=subprocess.DEVNULL)
        cls.notify_mock = dbus.Interface(notify_obj, dbusmock.MOCK_IFACE)
        cls.watcher_proc = cls.spawn_server(WATCHER, "/StatusNotifierWatcher", WATCHER,
                                            stdout=subprocess.DEVNULL)
        watcher = dbus.Interface(cls.bus.get_object(WATCHER, "/StatusNotifierWatcher"),
                                 dbusmock.MOCK_IFACE)
        watcher.AddMethod(WATCHER, "RegisterStatusNotifierItem", "s", "",
                          "self.items = getattr(self, 'items', []) + [args[0]]")
        watcher.AddMethod(WATCHER, "RegisterStatusNotifierHost", "s", "", "")
        watcher.AddMethod(WATCHER, "Items", "", "as", "ret = getattr(self, 'items', [])")
        watcher.AddMethod(WATCHER, "Forget", "", "", "self.items = []")
        watcher.AddProperties(WATCHER, {"IsStatusNotifierHostRegistered": True,
                                        "ProtocolVersion": dbus.Int32(0),
                                        "RegisteredStatusNotifierItems": dbus.Array([], "s")})
        cls.watcher = cls.bus.get_object(WATCHER, "/StatusNotifierWatcher")
        cls.daemon = None

    @classmethod
    def tearDownClass(cls):
        cls.stop_daemon()
        for p in (cls.notify_proc, cls.watcher_proc, cls.xvfb):
            p.terminate()
            p.wait()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def start_daemon(cls, language):
        env = dict(os.environ, DISPLAY=cls.display, GSETTINGS_SCHEMA_DIR=SCHEMA_DIR,
                   GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=cls.tmp + "/config",
                   XDG_STATE_HOME=cls.tmp + "/state", LANGUAGE=language, LANG="C.UTF-8",
                   LC_ALL="", CLIPGUARD_LOCALEDIR=LOCALE_DIR, NO_AT_BRIDGE="1",
                   CLIPGUARD_ICON_DIR=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "..", "..", "data", "icons"),
                   GTK_THEME="Adwaita")
        cls.env = env
        cls.log_path = os.path.join(cls.tmp, "daemon-%s.log" % language)
        with open(cls.log_path, "w") as log:
            cls.daemon = subprocess.Popen([CLIPGUARD], env=env, stdout=log, stderr=log)
        if not wait_for(lambda: app_ready(cls.bus, APP_ID, APP_PATH), 30):
            with open(cls.log_path) as log:
                raise AssertionError("daemon did not start (exit status %s): %s"
                                     % (cls.daemon.poll(), log.read()))

    @classmethod
    def stop_daemon(cls):
        if cls.daemon is None:
            return
        subprocess.run(["gapplication", "action", APP_ID, "quit"], env=cls.env, timeout=10)
        cls.daemon.wait(10)
        cls.daemon = None
        wait_for(lambda: not cls.bus.name_has_owner(APP_ID), 5)

    def action(self, name, *param):
        subprocess.run(["gapplication", "action", APP_ID, name] + list(param), env=self.env,
                       check=True, timeout=10)

    def paused_until(self):
        actions = dbus.Interface(self.bus.get_object(APP_ID, APP_PATH), "org.gtk.Actions")
        enabled, signature, state = actions.Describe("paused-until")
        return int(state[0])

    def copy(self, text):
        subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(),
                       env=self.env, check=True, timeout=10)
        time.sleep(0.4)

    def window_names(self):
        p = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "clipguard"],
                           env=self.env, capture_output=True, text=True)
        names = []
        for wid in p.stdout.split():
            n = subprocess.run(["xdotool", "getwindowname", wid], env=self.env,
                               capture_output=True, text=True).stdout.strip()
            names.append(n)
        return names

    def screenshot(self, name):
        os.makedirs(SHOTS, exist_ok=True)
        path = os.path.join(SHOTS, name + ".png")
        subprocess.run(["import", "-window", "root", path], env=self.env, check=True, timeout=30)
        self.assertGreater(os.path.getsize(path), 5000)
        return path

    def close_windows(self):
        p = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "clipguard"],
                           env=self.env, capture_output=True, text=True)
        for wid in p.stdout.split():
            subprocess.run(["xdotool", "windowactivate", "--sync", wid, "key", "Escape"],
                           env=self.env, capture_output=True)
        wait_for(lambda: not self.window_names(), 5)

    # --- the tray over D-Bus ------------------------------------------------

    def menu_layout(self):
        items = self.watcher.Items(dbus_interface=WATCHER)
        self.assertTrue(items, "clipguard did not register with the StatusNotifierWatcher")
        # An item registers by object path (on the caller's connection, which
        # is the application's) or by bus name.
        service = str(items[-1])
        if service.startswith("/"):
            sender, path = self.bus.get_name_owner(APP_ID), service
        else:
            sender, path = service, "/StatusNotifierItem"
        item = self.bus.get_object(sender, path)
        menu_path = item.Get("org.kde.StatusNotifierItem", "Menu",
                             dbus_interface=dbus.PROPERTIES_IFACE)
        menu = dbus.Interface(self.bus.get_object(sender, menu_path), "com.canonical.dbusmenu")
        revision, layout = menu.GetLayout(0, -1, dbus.Array([], "s"))
        return menu, layout

    @staticmethod
    def labels(layout):
        out = []
        for child in layout[2]:
            out.append((int(child[0]), str(child[1].get("label", "")),
                        bool(child[1].get("enabled", True)), bool(child[1].get("visible", True))))
        return out

    def test_tray_menu_pauses_for_15_minutes(self):
        # Only this daemon's registration counts, not an earlier test's.
        self.watcher.Forget(dbus_interface=WATCHER)
        self.start_daemon("C")
        try:
            self.assertTrue(wait_for(lambda: self.watcher.Items(dbus_interface=WATCHER), 10))
            menu, layout = self.menu_layout()
            labels = self.labels(layout)
            names = [l[1] for l in labels]
            for want in ("Active", "Pause for _15 minutes", "Pause for 1 _hour",
                         "Pause until _resumed", "Res_ume", "_Mask last copy", "_Open clipguard",
                         "Hi_story…", "_Preferences…", "Start at _login", "_Quit"):
                self.assertIn(want, names)
            # one mnemonic per item, none twice
            keys = [n[n.index("_") + 1].lower() for n in names if "_" in n]
            self.assertEqual(len(keys), len(set(keys)), names)
            pause = next(l[0] for l in labels if l[1] == "Pause for _15 minutes")
            menu.Event(pause, "clicked", dbus.String("", variant_level=1), dbus.UInt32(0))
            self.assertTrue(wait_for(lambda: self.paused_until() > 0, 5))
            remaining = self.paused_until() - time.time()
            self.assertTrue(14 * 60 < remaining <= 15 * 60, remaining)
            # the status line follows
            self.assertTrue(wait_for(lambda: self.labels(self.menu_layout()[1])[0][1]
                                     .startswith("Paused until "), 5))
            resume = next(l[0] for l in labels if l[1] == "Res_ume")
            menu.Event(resume, "clicked", dbus.String("", variant_level=1), dbus.UInt32(0))
            self.assertTrue(wait_for(lambda: self.paused_until() == 0, 5))
            # Mask last copy appears when there is one
            self.copy("Mijn BSN is 123456782.")
            self.assertTrue(wait_for(lambda: any(
                l[1] == "_Mask last copy" and l[3] for l in self.labels(self.menu_layout()[1])), 5))
        finally:
            self.stop_daemon()

    # --- the windows ----------------------------------------------------------

    def show_windows(self, language, suffix, history_title, preferences_title):
        self.start_daemon(language)
        try:
            # started from the menu (activated): the main window
            self.assertTrue(wait_for(lambda: "clipguard" in self.window_names(), 10),
                            self.window_names())
            self.copy("Mijn BSN is 123456782.")
            self.copy("IBAN NL91 ABNA 0417 1643 00 en Kerkstraat 12, 3511 AB Utrecht")
            time.sleep(0.5)
            self.screenshot("main-" + suffix)
            self.close_windows()
            self.action("show-history")
            self.assertTrue(wait_for(lambda: history_title in self.window_names(), 10),
                            self.window_names())
            time.sleep(0.5)
            self.screenshot("history-" + suffix)
            self.close_windows()
            self.action("show-preferences")
            self.assertTrue(wait_for(lambda: preferences_title in self.window_names(), 10),
                            self.window_names())
            time.sleep(0.5)
            self.screenshot("preferences-" + suffix)
            self.close_windows()
        finally:
            self.stop_daemon()

    def test_windows_in_english(self):
        self.show_windows("C", "en", "History — clipguard", "Preferences — clipguard")

    def test_windows_in_dutch(self):
        self.show_windows("nl", "nl", "Geschiedenis — clipguard", "Voorkeuren — clipguard")

    def test_notification_in_dutch(self):
        self.start_daemon("nl")
        try:
            self.notify_mock.ClearCalls()
            self.copy("Mijn BSN is 123456782 en mijn IBAN NL91 ABNA 0417 1643 00.")
            calls = wait_for(lambda: self.notify_mock.GetMethodCalls("Notify"), 10)
            args = calls[-1][1]
            self.assertEqual(args[3], "Persoonsgegevens gekopieerd: BSN en IBAN")
            self.assertIn("Plak dit niet in een chatbot of een externe website.", args[4])
            self.assertIn("BSN *******82", args[4])
            self.assertIn("IBAN NL** **** **** **** 00", args[4])
            self.assertEqual(list(args[5]), ["mask", "Afschermen", "ignore", "Zo laten"])
        finally:
            self.stop_daemon()


if __name__ == "__main__":
    CLIPGUARD, SCHEMA_DIR, LOCALE_DIR, SHOTS = (os.path.abspath(a) for a in sys.argv[1:5])
    del sys.argv[1:5]
    unittest.main(verbosity=2)
