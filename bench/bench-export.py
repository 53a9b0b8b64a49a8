#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures of the guard with a whole export on the clipboard (a benchmark, not
a test: it prints, never fails).  Issue 19.

On a real X server (Xvfb), copies made with xclip, the guard as a user starts
it; meanwhile a D-Bus call into the guard's main loop (org.gtk.Actions.List,
on a connection of its own) every 50 ms.  For each copy: the time from the copy to the warning's
Notify call, the longest and the median wait of a call, and the guard's
resident memory before, right after and 5 s after.  Then Mask of the last
copy: its time and whether every value was replaced (the masked clipboard is
read back with xclip and scanned for the values that were in it).

The copies: a personnel export of 1,000, 10,000 and 100,000 rows (a number, a
BSN, a name and an IBAN a row: two values a row), and 1,000,000 BSNs after a
keyword ("BSN 123456782" a line, 14 MB; the default size limit is 64 MB).

usage: dbus-run-session -- bench-export.py CLIPGUARD SCHEMA_DIR [--quick]
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import dbus
import dbusmock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from desktop import app_ready, rss_mb, start_xvfb  # noqa: E402

APP_ID = "nl.clipguard.ClipGuard"
PATH = "/nl/clipguard/ClipGuard"


def bsn(n):
    """The n-th nine-digit number that passes the 11-check."""
    base = 100000000 + n * 11
    while True:
        d = f"{base:09d}"
        s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        if s % 11 == 0:
            return d
        base += 1


def iban(n):
    """A valid Dutch IBAN with account number n (ten digits), bank INGB."""
    account = f"{n:010d}"
    digits = "".join(str(ord(c) - 55) if c.isalpha() else c for c in f"INGB{account}NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}INGB{account}"


def export(rows):
    lines = ["nr;bsn;naam;iban"]
    for i in range(rows):
        lines.append(f"{i + 1};{bsn(i)};Medewerker {i + 1};{iban(1000000 + i)}")
    return "\n".join(lines) + "\n"


def bsn_list(n):
    return "".join(f"BSN {bsn(i)}\n" for i in range(n))


class Pinger:
    """A call into the guard every 50 ms, its waits in ms."""

    def __init__(self):
        self.stop = threading.Event()
        self.samples = []
        self.thread = threading.Thread(target=self.run)
        self.thread.start()

    def run(self):
        conn = dbus.bus.BusConnection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
        while not self.stop.is_set():
            t0 = time.monotonic()
            # answered on the guard's main loop (a Peer.Ping is answered by
            # GDBus's own thread and says nothing of it)
            conn.call_blocking(APP_ID, PATH, "org.gtk.Actions", "List", "", [], timeout=120)
            self.samples.append((time.monotonic() - t0) * 1000)
            time.sleep(0.05)

    def end(self):
        self.stop.set()
        self.thread.join()
        return self.samples


def main():
    clipguard, schema_dir = sys.argv[1:3]
    quick = "--quick" in sys.argv
    tmp = tempfile.mkdtemp(prefix="clipguard-bench-export-")
    xvfb, display = start_xvfb("800x600x24")
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="memory",
               XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, NO_AT_BRIDGE="1",
               LANGUAGE="C", DISPLAY=display)
    print(f"X11: Xvfb {display}, copies with xclip, a D-Bus call every 50 ms")
    bus = dbus.SessionBus()
    proc, obj = dbusmock.DBusTestCase.spawn_server_template(
        "notification_daemon", {"capabilities": "body actions"}, stdout=subprocess.DEVNULL)
    mock = dbus.Interface(obj, dbusmock.MOCK_IFACE)
    mock.AddMethod("org.freedesktop.Notifications", "Notify", "susssasa{sv}i", "u",
                   "import time\nself.times = getattr(self, 'times', []) + [time.time()]\n"
                   "self.summaries = getattr(self, 'summaries', []) + [args[3]]\nret = 1")
    mock.AddMethod("org.freedesktop.Notifications", "Times", "", "ad",
                   "ret = getattr(self, 'times', [])")
    mock.AddMethod("org.freedesktop.Notifications", "Summaries", "", "as",
                   "ret = getattr(self, 'summaries', [])")
    # CLIPGUARD_BENCH_LOG=FILE: the guard's log there (with G_MESSAGES_DEBUG=all, its timing)
    log = open(os.environ["CLIPGUARD_BENCH_LOG"], "w") if "CLIPGUARD_BENCH_LOG" in os.environ \
        else subprocess.DEVNULL
    daemon = subprocess.Popen([clipguard, "--background"], env=env, stdout=log, stderr=log)
    while not app_ready(bus, APP_ID, PATH):
        time.sleep(0.05)
    time.sleep(6)  # past the start's tray check
    idle = rss_mb(daemon.pid)
    print(f"resident memory idle: {idle:.1f} MB")

    def summaries():
        return list(obj.Summaries(dbus_interface="org.freedesktop.Notifications"))

    def times():
        return list(obj.Times(dbus_interface="org.freedesktop.Notifications"))

    def copy(name, text, values, timeout):
        path = os.path.join(tmp, "copy.txt")
        with open(path, "w") as f:
            f.write(text)
        before = len(times())
        rss0 = rss_mb(daemon.pid)
        pinger = Pinger()
        t0 = time.time()
        subprocess.run(["xclip", "-selection", "clipboard", "-i", path], env=env, check=True)
        warned = None
        while time.time() - t0 < timeout:
            t = times()
            if len(t) > before:
                warned = t[before] - t0
                break
            time.sleep(0.005)
        time.sleep(0.5)
        waits = sorted(pinger.end())
        rss1 = rss_mb(daemon.pid)
        title = summaries()[before] if warned is not None else "-"
        print(f"{name} ({len(text) / 1e6:.1f} MB, {values} values): "
              + (f"warned after {warned:.2f} s ({str(title)!r})" if warned is not None
                 else f"no warning within {timeout} s")
              + f"; D-Bus wait max {waits[-1]:.1f} ms, median {statistics.median(waits):.1f} ms"
              f" ({len(waits)} calls); RSS {rss0:.1f} -> {rss1:.1f} MB")
        return warned is not None

    def mask(name, text, originals):
        pinger = Pinger()
        t0 = time.monotonic()
        subprocess.run(["gapplication", "action", APP_ID, "mask-last"], env=env, check=False)
        masked = None
        while time.monotonic() - t0 < 60:
            out = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=env,
                                 capture_output=True).stdout.decode("utf-8", "replace")
            if out != text and out:
                masked = out
                break
            time.sleep(0.05)
        took = time.monotonic() - t0
        waits = sorted(pinger.end())
        if masked is None:
            print(f"Mask of {name}: the clipboard did not change within 60 s")
            return
        present = set(re.findall(r"[0-9A-Z]{9,}", masked))
        left = sum(1 for v in originals if v in present)
        print(f"Mask of {name}: {took:.2f} s to the masked clipboard, {left} of {len(originals)} "
              f"values left unmasked; D-Bus wait max {waits[-1]:.1f} ms")

    only = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--rows=")]
    sizes = only or ([1000, 10000] if quick else [1000, 10000, 100000])
    for rows in sizes:
        text = export(rows)
        if copy(f"export of {rows} rows", text, 2 * rows, 60) and rows == sizes[-1]:
            originals = [bsn(i) for i in range(rows)] + [iban(1000000 + i) for i in range(rows)]
            mask(f"export of {rows} rows", text, originals)
        time.sleep(2)
    n = 100000 if quick else 1000000
    text = bsn_list(n) if not only else None
    if text and copy(f"{n} BSNs after a keyword", text, n, 120):
        mask(f"{n} BSNs", text, [bsn(i) for i in range(0, n, max(1, n // 10000))])
    time.sleep(5)
    print(f"resident memory 5 s later: {rss_mb(daemon.pid):.1f} MB (idle was {idle:.1f} MB)")
    # Undo holds the last masked copy for a minute: after it, and a harmless copy
    path = os.path.join(tmp, "copy.txt")
    with open(path, "w") as f:
        f.write("Hallo wereld, 42 appels.\n")
    subprocess.run(["xclip", "-selection", "clipboard", "-i", path], env=env, check=True)
    time.sleep(62)
    print(f"resident memory after Undo's minute: {rss_mb(daemon.pid):.1f} MB "
          f"(idle was {idle:.1f} MB)")

    subprocess.run(["gapplication", "action", APP_ID, "quit"], env=env, check=False)
    try:
        daemon.wait(30)
    except subprocess.TimeoutExpired:
        daemon.kill()
    proc.terminate()
    xvfb.terminate()


if __name__ == "__main__":
    main()
