#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of clipguard on a real desktop: Xvfb with xfwm4, an
xfce4-panel whose tray hosts the StatusNotifierItem, and xfce4-notifyd as the
notification server.  In English and Dutch: the warning, the confirmation,
the fallback window (no notification server), the main, history and
preferences windows and the tray menu.  Each picture is checked to exist and
to differ from an empty screen; look at them before putting one in the README.

usage: dbus-run-session -- screenshots.py CLIPGUARD SCHEMA_DIR LOCALE_DIR OUT_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from desktop import app_ready, dconf_database, start_xvfb, wait_for

APP_ID = "nl.clipguard.ClipGuard"
APP_PATH = "/nl/clipguard/ClipGuard"
HERE = os.path.dirname(os.path.abspath(__file__))
NOTIFYD = "/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd"
PANEL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="30"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
        <value type="int" value="2"/>
        <value type="int" value="3"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="separator">
      <property name="expand" type="bool" value="true"/>
      <property name="style" type="uint" value="0"/>
    </property>
    <property name="plugin-2" type="string" value="systray">
      <property name="icon-size" type="int" value="22"/>
    </property>
    <property name="plugin-3" type="string" value="clock"/>
  </property>
</channel>
"""
TEXTS = {
    "bsn": "Hypotheekakte\nVerkoper: J. de Vries, BSN 123456782\n",
    "iban": "Salaris november, over te maken op NL91 ABNA 0417 1643 00.\n",
    "address": "Graag versturen naar:\nKerkstraat 12\n3511 AB Utrecht\n",
    "statement": "Van Dijk Installatietechniek B.V.\nWinst-en-verliesrekening 2024 (x \u20ac 1.000)\n"
                 "\t2024\t2023\nNetto-omzet\t18.412\t16.977\n"
                 "Kostprijs van de omzet\t-11.205\t-10.388\nBrutomarge\t7.207\t6.589\n"
                 "Personeelskosten\t-3.940\t-3.611\nBedrijfsresultaat\t1.468\t1.308\n"
                 "Resultaat na belastingen\t1.006\t877\n",
    "marked": "STRIKT VERTROUWELIJK\n\nNotitie reorganisatie klantenservice\n\nVoorstel: de "
              "teams Zwolle en Apeldoorn worden per 1 april samengevoegd.\n",
}


class Desktop:
    def __init__(self, clipguard, schema_dir, locale_dir, out):
        self.clipguard, self.out = clipguard, out
        self.tmp = tempfile.mkdtemp(prefix="clipguard-shots-")
        self.xvfb, display = start_xvfb("1400x800x24")
        panel_dir = os.path.join(self.tmp, "config", "xfce4", "xfconf", "xfce-perchannel-xml")
        os.makedirs(panel_dir)
        with open(os.path.join(panel_dir, "xfce4-panel.xml"), "w") as f:
            f.write(PANEL_XML)
        self.env = dict(os.environ, DISPLAY=display, GSETTINGS_SCHEMA_DIR=schema_dir,
                        GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=self.tmp + "/config",
                        XDG_STATE_HOME=self.tmp + "/state", XDG_DATA_HOME=self.tmp + "/data",
                        CLIPGUARD_LOCALEDIR=locale_dir, NO_AT_BRIDGE="1", GTK_THEME="Adwaita",
                        CLIPGUARD_ICON_DIR=os.path.join(HERE, "..", "..", "data", "icons"),
                        LANG="C.UTF-8", LC_ALL="")
        self.env.pop("WAYLAND_DISPLAY", None)
        # the organisation's rules: the installed examples and one that does not load
        rules_dir = os.path.join(self.tmp, "config", "clipguard", "rules.d")
        os.makedirs(rules_dir)
        examples = os.path.join(HERE, "..", "..", "data", "rules-examples")
        for name in os.listdir(examples):
            shutil.copy(os.path.join(examples, name), rules_dir)
        with open(os.path.join(rules_dir, "30-dossier.rules"), "w") as f:
            f.write("[Rule dossier]\nLabel=Dossier number\nLabel[nl]=Dossiernummer\n"
                    "Pattern=\\bD-(\\d{5}\n")
        self.procs = []
        self.start(["xfwm4", "--compositor=off"])
        self.start(["xfce4-panel"])
        self.notifyd = self.start([NOTIFYD])
        time.sleep(3)
        self.daemon = None

    def start(self, argv, env=None):
        p = subprocess.Popen(argv, env=env or self.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        self.procs.append(p)
        return p

    def run(self, *argv, **kw):
        return subprocess.run(list(argv), env=self.env, capture_output=True, text=True,
                              timeout=30, **kw)

    def shot(self, name, *search):
        """The whole screen as NAME.png, and with @search (xdotool search
        arguments) the window found as NAME-window.png."""
        path = os.path.join(self.out, name + ".png")
        # no tooltip where the pointer happens to be
        self.run("xdotool", "mousemove", "1399", "799")
        time.sleep(0.3)
        self.run("import", "-window", "root", path, check=True)
        # an empty screen of one colour compresses to almost nothing
        assert os.path.getsize(path) > 10000, (path, os.path.getsize(path))
        print("wrote", path)
        if search:
            wid = self.run("xdotool", "search", "--onlyvisible", *search).stdout.split()[-1]
            g = dict(l.split("=") for l in self.run("xdotool", "getwindowgeometry", "--shell",
                                                    wid).stdout.split())
            crop = "%sx%s+%s+%s" % (g["WIDTH"], g["HEIGHT"], g["X"], g["Y"])
            self.run("convert", path, "-crop", crop, "+repage",
                     os.path.join(self.out, name + "-window.png"), check=True)

    def copy(self, text):
        subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(),
                       env=self.env, check=True, timeout=10)

    def action(self, name, *param):
        self.run("gapplication", "action", APP_ID, name, *param, check=True)

    def state(self, name):
        import dbus
        actions = dbus.Interface(dbus.SessionBus().get_object(APP_ID, APP_PATH), "org.gtk.Actions")
        return int(actions.Describe(name)[2][0])

    def windows(self, name):
        return self.run("xdotool", "search", "--onlyvisible", "--name", name).stdout.split()

    def close(self, name):
        for wid in self.windows(name):
            self.run("xdotool", "windowactivate", "--sync", wid, "key", "Escape")
        wait_for(lambda: not self.windows(name), 5)

    def start_guard(self, language):
        import dbus
        env = dict(self.env, LANGUAGE=language)
        self.daemon = self.start([self.clipguard, "--background"], env=env)
        bus = dbus.SessionBus()
        assert wait_for(lambda: app_ready(bus, APP_ID, APP_PATH), 30), "clipguard did not start"
        time.sleep(2)  # the tray registers

    def stop_guard(self):
        self.action("quit")
        self.daemon.wait(10)
        time.sleep(1)

    def stop(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                p.wait()
        self.xvfb.terminate()
        self.xvfb.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def tray_menu(d, name):
    """The tray menu open, as NAME.png: the icon is the first in the tray,
    left of the bell of xfce4-notifyd's own, in the top panel (where this
    layout puts it)."""
    d.run("xdotool", "mousemove", "1248", "12", "click", "1")
    time.sleep(1.0)
    path = os.path.join(d.out, name + ".png")
    d.run("import", "-window", "root", path, check=True)
    print("wrote", path)
    d.run("xdotool", "key", "Escape")
    time.sleep(0.5)


def pictures(d, suffix, titles):
    main, history, preferences = titles
    d.copy(TEXTS["bsn"])
    time.sleep(1.5)
    d.shot("notification-" + suffix, "--class", "xfce4-notifyd")
    d.action("mask-last")
    time.sleep(1.0)
    d.shot("confirmation-" + suffix, "--class", "xfce4-notifyd")
    # a chatbot's answer with the placeholder: Restore values is offered
    masked = d.run("xclip", "-o", "-selection", "clipboard").stdout
    placeholder = re.search(r"\[BSN-\d+\]", masked).group(0)  # the numbers go on over runs
    d.copy("Beste mevrouw, uw BSN **%s** is genoteerd.\n" % placeholder)
    time.sleep(1.5)
    d.shot("restore-offer-" + suffix, "--class", "xfce4-notifyd")
    d.action("show-main")
    assert wait_for(lambda: d.windows("^%s$" % main), 10), "no main window"
    time.sleep(1.0)
    d.shot("main-restore-" + suffix, "--name", "^%s$" % main)
    d.close("^%s$" % main)
    tray_menu(d, "tray-restore-" + suffix)
    d.action("restore-last")
    time.sleep(1.0)
    d.shot("restored-" + suffix, "--class", "xfce4-notifyd")
    d.copy(TEXTS["iban"])
    time.sleep(1.0)
    # something on the Exceptions page: this IBAN allowed, a program excluded
    d.action("allow-entry", "uint64 %d" % d.state("warning-entry"))
    d.run("gsettings", "set", APP_ID, "excluded-applications", "['Payroll']", check=True)
    d.copy(TEXTS["address"])
    time.sleep(1.0)
    d.action("show-main")
    assert wait_for(lambda: d.windows("^%s$" % main), 10), "no main window"
    time.sleep(1.0)
    d.shot("main-" + suffix, "--name", "^%s$" % main)
    d.close("^%s$" % main)
    d.action("show-history")
    assert wait_for(lambda: d.windows(history), 10), "no history window"
    time.sleep(1.0)
    d.shot("history-" + suffix, "--name", history)
    d.close(history)
    d.action("show-preferences")
    assert wait_for(lambda: d.windows(preferences), 10), "no preferences window"
    time.sleep(1.0)
    preferences_pages(d, preferences, suffix)
    # confidential figures: the warning, Mask's confirmation; a marked
    # document without amounts offers Clear
    d.copy(TEXTS["statement"])
    time.sleep(1.5)
    d.shot("confidential-warning-" + suffix, "--class", "xfce4-notifyd")
    d.action("mask-last")
    time.sleep(1.0)
    d.shot("confidential-masked-" + suffix, "--class", "xfce4-notifyd")
    d.copy(TEXTS["marked"])
    time.sleep(1.5)
    d.shot("confidential-marked-" + suffix, "--class", "xfce4-notifyd")
    # an organisation rule's warning
    d.copy("Personeelsnummer: P-004217, afdeling inkoop.\n")
    time.sleep(1.5)
    d.shot("rule-warning-" + suffix, "--class", "xfce4-notifyd")
    d.action("mask-last")
    time.sleep(0.5)
    tray_menu(d, "tray-" + suffix)
    # the fallback: no notification server
    d.notifyd.terminate()
    d.notifyd.wait()
    d.copy("Nieuwe klant, IBAN NL20 INGB 0001 2345 67.\n")
    assert wait_for(lambda: d.windows("IBAN"), 10), "no fallback window"
    time.sleep(1.0)
    d.shot("fallback-" + suffix, "--name", "IBAN")
    d.action("mask-last")
    d.notifyd = d.start([NOTIFYD])
    time.sleep(2)


LOCKED = {  # what a fleet's administrator typically fixes, as dconf keyfile lines
    "start-at-login": "true",
    "mask-style": "'placeholder'",
    "user-rules": "false",
    "excluded-applications": "['Payroll']",
}


def locked_settings(d):
    """The administrator's defaults and locks as a compiled dconf database
    (as `dconf update` makes it), read through the real dconf backend."""
    # the organisation's rules now come from the administrator's directory
    system = os.path.join(d.tmp, "xdg")
    shutil.copytree(os.path.join(d.tmp, "config", "clipguard"), os.path.join(system, "clipguard"))
    d.env.update(dconf_database(d.tmp, LOCKED, LOCKED), XDG_CONFIG_DIRS=system)
    for key in LOCKED:
        assert d.run("gsettings", "writable", APP_ID, key).stdout.strip() == "false", key


def preferences_pages(d, preferences, suffix):
    """The four pages of the open preferences window, as
    preferences[-PAGE]-SUFFIX.png, then closes it."""
    d.shot("preferences-" + suffix, "--name", preferences)
    # the pages' tabs are of one width (about 110 pixels) and centred in the
    # header bar: the second and third either side of the middle
    wid = d.windows(preferences)[0]
    geometry = d.run("xdotool", "getwindowgeometry", "--shell", wid).stdout
    width = int(dict(l.split("=") for l in geometry.split())["WIDTH"])
    for page, x in (("exceptions", width // 2 - 55), ("browser", width // 2 + 55),
                    ("rules", width // 2 + 165)):
        d.run("xdotool", "mousemove", "--window", wid, str(x), "22", "click", "1")
        time.sleep(1.0)
        d.shot("preferences-%s-%s" % (page, suffix), "--name", preferences)
    d.close(preferences)


def main():
    clipguard, schema_dir, locale_dir, out = (os.path.abspath(a) for a in sys.argv[1:5])
    os.makedirs(out, exist_ok=True)
    d = Desktop(clipguard, schema_dir, locale_dir, out)
    try:
        for language, suffix, titles in (
                ("C", "en", ("clipguard", "History — clipguard", "Preferences — clipguard")),
                ("nl", "nl", ("clipguard", "Geschiedenis — clipguard",
                              "Voorkeuren — clipguard"))):
            d.start_guard(language)
            try:
                pictures(d, suffix, titles)
            finally:
                d.stop_guard()
        # "Set by your administrator": the same windows with the keys locked
        locked_settings(d)
        for language, suffix, preferences in (("C", "en", "Preferences — clipguard"),
                                              ("nl", "nl", "Voorkeuren — clipguard")):
            d.start_guard(language)
            try:
                d.action("show-preferences")
                assert wait_for(lambda: d.windows(preferences), 10), "no preferences window"
                time.sleep(1.0)
                preferences_pages(d, preferences, "locked-" + suffix)
            finally:
                d.stop_guard()
    finally:
        d.stop()


if __name__ == "__main__":
    main()
