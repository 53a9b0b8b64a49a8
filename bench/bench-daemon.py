#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures of the running guard (a benchmark, not a test: it prints, never fails).

- wake-ups while idle, per thread, over the whole idle window (threads that
  come and go during it counted too);
- time from a copy to the Notify call, 10 KB text (median and p95 of 100
  copies) and 10 MB text (median of 5);
- resident memory idle, and after a 20 MB copy;
- a burst of 1,000 copies as fast as the X server takes them, and 10,000
  copies at 50 a second (--quick: 1,000): resident memory and open files
  before and after, and the D-Bus round trip to the guard meanwhile (p50,
  p99, max of a Ping every 10 ms).

On native Wayland (--wayland WL_SOURCE: a headless sway, no X server, copies
made with cg-wl-test-source) the same figures but the bursts, whose tool is
an X11 client.

usage: dbus-run-session -- bench-daemon.py CLIPGUARD SCHEMA_DIR TEST_OWNER COPY_BURST [--quick]
                                            [--wayland WL_SOURCE]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import dbus
import dbusmock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from desktop import app_ready, rss_mb, start_sway, start_xvfb, stop_sway  # noqa: E402

APP_ID = "nl.clipguard.ClipGuard"


def open_files(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def thread_switches(pid):
    """{tid: (name, context switches)} of the threads alive now."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except FileNotFoundError:
            continue  # ended between listing and reading
        out[tid] = (fields["Name"].strip(),
                    int(fields["voluntary_ctxt_switches"]) + int(fields["nonvoluntary_ctxt_switches"]))
    return out


def idle_wakeups(pid, seconds):
    """Context switches per thread over @seconds, sampled twice a second so
    that a thread which starts or ends in the window is counted as well."""
    first = thread_switches(pid)
    last = dict(first)
    born = set()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.5)
        now = thread_switches(pid)
        for tid, value in now.items():
            if tid not in first:
                born.add(tid)
                first[tid] = (value[0], 0)
            last[tid] = value
    per_thread = {}
    for tid, (name, value) in last.items():
        per_thread[f"{name}[{tid}]"] = value - first[tid][1]
    return per_thread, born


def pinger(bus_address, stop, samples):
    """Pings the guard every 10 ms on a connection of its own."""
    conn = dbus.bus.BusConnection(bus_address)
    while not stop.is_set():
        t0 = time.monotonic()
        conn.call_blocking(APP_ID, "/nl/clipguard/ClipGuard", "org.freedesktop.DBus.Peer", "Ping",
                           "", [], timeout=30)
        samples.append((time.monotonic() - t0) * 1000)
        time.sleep(0.01)


def main():
    clipguard, schema_dir, owner, burst_tool = sys.argv[1:5]
    quick = "--quick" in sys.argv
    wayland = sys.argv[sys.argv.index("--wayland") + 1] if "--wayland" in sys.argv else None
    tmp = tempfile.mkdtemp(prefix="clipguard-bench-")
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="memory",
               XDG_STATE_HOME=tmp, NO_AT_BRIDGE="1", LANGUAGE="C")
    if wayland:
        sway, runtime, socket, _ = start_sway()
        env.pop("DISPLAY", None)
        env.update(WAYLAND_DISPLAY=socket, XDG_RUNTIME_DIR=tmp)
        print(f"native Wayland: headless sway {subprocess.run(['sway', '--version'], capture_output=True, text=True).stdout.strip()}")
    else:
        xvfb, display = start_xvfb("800x600x24")
        env.update(DISPLAY=display)
        print("X11: Xvfb")
    bus = dbus.SessionBus()
    proc, obj = dbusmock.DBusTestCase.spawn_server_template(
        "notification_daemon", {"capabilities": "body actions"}, stdout=subprocess.DEVNULL)
    mock = dbus.Interface(obj, dbusmock.MOCK_IFACE)
    mock.AddMethod("org.freedesktop.Notifications", "Notify", "susssasa{sv}i", "u",
                   "import time\nself.times = getattr(self, 'times', []) + [time.time()]\nret = 1")
    mock.AddMethod("org.freedesktop.Notifications", "Times", "", "ad",
                   "ret = getattr(self, 'times', [])")
    mock.AddMethod("org.freedesktop.Notifications", "Count", "", "u",
                   "ret = len(getattr(self, 'times', []))")
    daemon = subprocess.Popen([clipguard, "--background"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    while not app_ready(bus, APP_ID, "/nl/clipguard/ClipGuard"):
        time.sleep(0.05)
    # past the start: 5 s after it the guard looks once whether a tray shows
    # its icon (here none does, and it says so once)
    time.sleep(8)

    def times():
        return list(obj.Times(dbus_interface="org.freedesktop.Notifications"))

    def count():
        return int(obj.Count(dbus_interface="org.freedesktop.Notifications"))

    def copy_and_wait(path):
        before = count()
        offer = ("text/plain;charset=utf-8::@" if wayland else "UTF8_STRING=@") + path
        p = subprocess.Popen([wayland or owner, offer], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
        assert p.stdout.readline() == b"owning\n"
        t0 = time.time()
        while count() == before:
            time.sleep(0.001)
        latency = times()[-1] - t0
        # Copies a person makes are further apart than clipguard's read
        # rate limit (10 a second): measure the path, not the limiter.
        time.sleep(0.15)
        p.kill()
        p.wait()
        p.stdout.close()
        return latency

    def text_file(size, n):
        body = "Regel met gewone tekst, een bedrag van 12,50 en 3 appels.\n"
        text = body * (size // len(body)) + f"Mijn BSN is 123456782 ({n}).\n"
        path = os.path.join(tmp, f"copy-{size}-{n}.txt")
        with open(path, "w") as f:
            f.write(text)
        return path

    def burst(n, rate):
        rss0, fds0 = rss_mb(daemon.pid), open_files(daemon.pid)
        warned0 = count()
        stop = threading.Event()
        pings = []
        t = threading.Thread(target=pinger, args=(os.environ["DBUS_SESSION_BUS_ADDRESS"], stop,
                                                  pings))
        t.start()
        t0 = time.monotonic()
        p = subprocess.Popen([burst_tool, str(n), str(rate)], env=env, stdout=subprocess.PIPE)
        p.stdout.readline()
        took = time.monotonic() - t0
        time.sleep(3)  # let the last reads and scans finish
        stop.set()
        t.join()
        p.kill()
        p.wait()
        p.stdout.close()
        pings.sort()
        label = f"{n} copies " + (f"at {rate:g}/s" if rate else "as fast as possible")
        print(f"{label} ({took:.1f} s): warnings {count() - warned0}, "
              f"RSS {rss0:.1f} -> {rss_mb(daemon.pid):.1f} MB, open files {fds0} -> "
              f"{open_files(daemon.pid)}, D-Bus ping p50 {statistics.median(pings):.1f} ms "
              f"p99 {pings[int(len(pings) * 0.99)]:.1f} ms max {pings[-1]:.1f} ms "
              f"({len(pings)} pings)")

    print(f"resident memory idle: {rss_mb(daemon.pid):.1f} MB, open files {open_files(daemon.pid)}")
    window = 30 if quick else 60
    per_thread, born = idle_wakeups(daemon.pid, window)
    total = sum(per_thread.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(per_thread.items()))
    print(f"wake-ups while idle: {total * 60 / window:.0f} per minute over {window} s "
          f"({len(per_thread)} threads, {len(born)} started in the window): {detail}")

    small = sorted(copy_and_wait(text_file(10 * 1024, i)) * 1000 for i in range(100))
    print(f"copy to Notify, 10 KB: median {statistics.median(small):.1f} ms, "
          f"p95 {small[94]:.1f} ms, max {small[-1]:.1f} ms (100 copies)")
    big = [copy_and_wait(text_file(10 << 20, i)) * 1000 for i in range(5)]
    print(f"copy to Notify, 10 MB: median {statistics.median(big):.0f} ms, "
          f"max {max(big):.0f} ms (5 copies)")
    copy_and_wait(text_file(20 << 20, 0))
    print(f"resident memory after a 20 MB copy: {rss_mb(daemon.pid):.1f} MB")
    time.sleep(3)
    print(f"resident memory 3 s later: {rss_mb(daemon.pid):.1f} MB")

    if not wayland:
        burst(1000, 0)
        burst(1000 if quick else 10000, 50)

    subprocess.run(["gapplication", "action", APP_ID, "quit"], env=env)
    daemon.wait(10)
    proc.terminate()
    if wayland:
        stop_sway(sway, runtime)
    else:
        xvfb.terminate()


if __name__ == "__main__":
    main()
