#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed guard, started with the command line of its autostart entry
in a private X server with a mock notification server: a copy with a BSN
must raise a warning, with no value in it.

usage: dbus-run-session -- smoke-installed.py COMMAND [ARG...]
"""
import os
import subprocess
import sys
import tempfile
import time

import dbus
import dbusmock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from desktop import app_ready, start_xvfb, wait_for  # noqa: E402

APP_ID = "nl.clipguard.ClipGuard"


def main():
    command = sys.argv[1:]
    tmp = tempfile.mkdtemp(prefix="clipguard-deb-")
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, GSETTINGS_BACKEND="memory", XDG_STATE_HOME=tmp,
               XDG_CONFIG_HOME=tmp, NO_AT_BRIDGE="1", LANGUAGE="C", LC_ALL="C.UTF-8")
    env.pop("GSETTINGS_SCHEMA_DIR", None)
    bus = dbus.SessionBus()
    notify_proc, notify_obj = dbusmock.DBusTestCase.spawn_server_template(
        "notification_daemon", {"capabilities": "body actions"}, stdout=subprocess.DEVNULL)
    mock = dbus.Interface(notify_obj, dbusmock.MOCK_IFACE)
    guard = subprocess.Popen(command, env=env)
    try:
        assert wait_for(lambda: app_ready(bus, APP_ID, "/nl/clipguard/ClipGuard"), 30), \
            "the installed guard did not start"
        subprocess.run(["xclip", "-selection", "clipboard", "-i"],
                       input=b"Hoi,\nMijn BSN is 123456782.\n", env=env, check=True)
        t0 = time.monotonic()
        calls = wait_for(lambda: mock.GetMethodCalls("Notify"), 10)
        assert calls, "no warning for a copy with a BSN"
        args = calls[-1][1]
        print(f"warned in {time.monotonic() - t0:.2f} s: {args[3]!r} / {args[4]!r}")
        assert args[3] == "Personal data copied: BSN", args[3]
        assert "123456782" not in args[3] + args[4]
        # a warning has its own icon, which the installed guard names from the theme
        assert args[2] == APP_ID + "-warning", f"icon {args[2]!r}"
        assert os.path.exists(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}-warning.svg")
    finally:
        subprocess.run(["gapplication", "action", APP_ID, "quit"], env=env, timeout=10)
        guard.wait(10)
        notify_proc.terminate()
        xvfb.terminate()


if __name__ == "__main__":
    main()
