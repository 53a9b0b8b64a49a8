#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures of the browser paste guard in a real Chromium (a benchmark, not a
test: it prints, never fails).

Paste to decision: a text put on the real X clipboard (xclip) and pasted
with Ctrl+V (xdotool) into a textarea, timed from the paste event (the
content script's own marks, read in its world through the DevTools
protocol) to the decision: the dialog shown for a text with a BSN, the text
inserted for a harmless one.  That includes the round trip to the native
host (already running).  The same from the keydown, as the page sees it,
includes the browser's own clipboard read.  The delay a harmless paste gets
is compared with the same paste on a site that is not guarded (paste event
to input event).  And the native host's resident memory while idle.

usage: dbus-run-session --config-file tests/e2e/session.conf -- \
         bench-browser.py NATIVE_HOST SCHEMA_DIR [ROUNDS]"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
import browser  # noqa: E402
from browser import Chromium, PageServer, xdotool  # noqa: E402
from desktop import start_xvfb, wait_for  # noqa: E402

INSTRUMENT = """<script>
  // the keydown of the paste, and what came of it
  window.marks = [];
  window.addEventListener('keydown', (e) => { if (e.key === 'v' && e.ctrlKey) window.marks.push(['key', e.timeStamp]); }, true);
  window.addEventListener('paste', (e) => { if (e.isTrusted) window.marks.push(['paste', performance.now()]); }, true);
  document.addEventListener('input', () => window.marks.push(['input', performance.now()]), true);
  new MutationObserver((list) => {
    for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1 && n.shadowRoot === null && n.tagName === 'DIV' && n.parentNode === document.body && !n.id) window.marks.push(['dialog', performance.now()]);
  }).observe(document.documentElement, { childList: true, subtree: true });
</script>"""


def text_of(size, bsn):
    line = "Notulen van het overleg, punt %d: de planning loopt volgens schema.\n"
    out, i = [], 0
    while sum(len(x) for x in out) < size:
        out.append(line % i)
        i += 1
    if bsn:
        out.insert(len(out) // 2, "De BSN van mevrouw is 123456782.\n")
    return "".join(out)[:size]


def one(env, page, text, expect, guarded=True):
    """One paste of @text with Ctrl+V: a dict of milliseconds, or None.
    'key': from the keydown to @expect ('dialog' or 'input') as the page
    sees it.  On a guarded site, from the content script's own marks:
    'decide' from the paste event to the decision (the dialog shown, or the
    text handed on and inserted), 'host' from the paste event to the host's
    answer.  On a site not guarded: 'decide' from the paste event to the
    input event, the browser's own paste."""
    subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(), env=env,
                   check=True)
    page.js("(() => { window.marks = []; const t = document.getElementById('ta'); t.value = '';"
            " t.focus(); })()")
    if guarded:
        page.js("globalThis.clipguardLastPaste = null", world="clipguard")
    xdotool(env, "key", "ctrl+v")
    marks = wait_for(lambda: (lambda m: m if any(k == expect for k, _ in m) else None)(
        page.js("window.marks")), 20, 0.01)
    if marks is None:
        return None
    first = lambda name: next((t for k, t in marks if k == name), None)  # noqa: E731
    out = {}
    if first("key") is not None:
        out["key"] = first(expect) - first("key")
    if guarded:
        times = wait_for(lambda: page.js("globalThis.clipguardLastPaste", world="clipguard"), 5,
                         0.01)
        if times:
            out["decide"] = times["decided"] - times["seen"]
            out["host"] = times["answered"] - times["seen"]
    elif first("paste") is not None:
        out["decide"] = first(expect) - first("paste")
    if expect == "dialog":
        xdotool(env, "key", "Escape")
        time.sleep(0.05)
    return out


def report(name, results, decision):
    for what, how in (("decide", "paste event to %s" % decision),
                      ("host", "paste event to the host's answer"),
                      ("key", "keydown to %s" % decision)):
        summary("%s: %s" % (name, how), [r[what] for r in results if r and what in r])


def summary(name, values):
    values = [v for v in values if v is not None]
    if not values:
        print("%s: no measurements" % name)
        return
    values.sort()
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    print("%-58s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d pastes)" % (
        name, statistics.median(values), p95, values[-1], len(values)))


def main():
    host, schema = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    tmp = tempfile.mkdtemp(prefix="clipguard-bench-browser-")
    xvfb, display = start_xvfb("1024x768x24")
    env = dict(os.environ, DISPLAY=display, GSETTINGS_SCHEMA_DIR=schema,
               GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=tmp + "/config",
               XDG_DATA_HOME=tmp + "/data", XDG_STATE_HOME=tmp + "/state", LANGUAGE="C")
    subprocess.run(["gsettings", "set", "nl.clipguard.ClipGuard", "browser-sites", "['127.0.0.1']"],
                   env=env, check=True)
    browser.PAGE = browser.PAGE.replace("</body>", INSTRUMENT + "</body>")
    server = PageServer()
    chromium = Chromium(host, env, tmp)
    try:
        print("Chromium %s, native host %s, %d rounds each, 2 cores" % (
            subprocess.run(["chromium", "--version"], capture_output=True, text=True,
                           env=env).stdout.split()[1], host, rounds))
        wait_for(chromium.extension_running, 30)
        page = chromium.open(server.url())
        if not chromium.wait_guarded():
            print("the content script did not come")
        xdotool(env, "mousemove", 800, 600, "click", 1)
        time.sleep(1)
        # the kernel keeps 15 characters of a program's name
        pids = subprocess.run(["pgrep", "clipguard-nativ"], capture_output=True,
                              text=True).stdout.split()
        for pid in pids:
            with open("/proc/%s/status" % pid) as f:
                rss = [line for line in f if line.startswith("VmRSS")][0].split()[1]
            print("native host idle: %.1f MB resident (pid %s)" % (int(rss) / 1024, pid))
        for _ in range(3):  # warm up
            one(env, page, text_of(10000, True), "dialog")
        report("10 KB with a BSN", [one(env, page, text_of(10000, True), "dialog")
                                    for _ in range(rounds)], "dialog")
        report("1 MB with a BSN", [one(env, page, text_of(1 << 20, True), "dialog")
                                   for _ in range(max(5, rounds // 4))], "dialog")
        guarded = [one(env, page, text_of(10000, False), "input") for _ in range(rounds)]
        report("10 KB harmless, guarded site", guarded, "text")
        page = chromium.open(server.url("localhost"))
        xdotool(env, "mousemove", 800, 600, "click", 1)
        plain = [one(env, page, text_of(10000, False), "input", False) for _ in range(rounds)]
        report("10 KB harmless, site not guarded", plain, "text")
        for what in ("decide", "key"):
            g = sorted(r[what] for r in guarded if r and what in r)
            p = sorted(r[what] for r in plain if r and what in r)
            if g and p:
                k = int(round(0.95 * (min(len(g), len(p)) - 1)))
                print("delay of a harmless 10 KB paste (%s): median %.1f ms, p95 %.1f ms" % (
                    "from the paste event" if what == "decide" else "from the keydown",
                    statistics.median(g) - statistics.median(p), g[k] - p[k]))
        for pid in pids:
            if os.path.exists("/proc/%s/status" % pid):
                with open("/proc/%s/status" % pid) as f:
                    rss = [line for line in f if line.startswith("VmRSS")][0].split()[1]
                print("native host after the pastes: %.1f MB resident" % (int(rss) / 1024))
    finally:
        chromium.stop()
        server.stop()
        xvfb.terminate()
        if os.environ.get("CG_BENCH_KEEP"):
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
