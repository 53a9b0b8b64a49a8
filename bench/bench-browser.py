#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures of the browser paste guard in a real Chromium (a benchmark, not a
test: it prints, never fails).

Paste to decision: from the page's keydown of the Ctrl+V (xdotool, real X
clipboard) to the decision: the dialog shown (its host element appears in
the page) for a text with a BSN, the text inserted (the field's input
event) for a harmless one.  Both measured by the page itself on the
performance clock, so they include the browser's own paste and the round
trip to the native host (already running).  The delay a harmless paste gets
is compared with the same paste on a site that is not guarded.  And the
native host's resident memory while idle.

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


def one(env, page, text, expect):
    """Milliseconds from the keydown to @expect ('dialog' or 'input')."""
    subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(), env=env,
                   check=True)
    page.js("(() => { window.marks = []; const t = document.getElementById('ta'); t.value = '';"
            " t.focus(); })()")
    xdotool(env, "key", "ctrl+v")
    marks = wait_for(lambda: (lambda m: m if any(k == expect for k, _ in m) else None)(
        page.js("window.marks")), 20, 0.01)
    if marks is None:
        return None
    key = [t for k, t in marks if k == "key"]
    done = [t for k, t in marks if k == expect]
    if expect == "dialog":
        xdotool(env, "key", "Escape")
        time.sleep(0.05)
    return done[0] - key[0] if key and done else None


def summary(name, values):
    values = [v for v in values if v is not None]
    if not values:
        print("%s: no measurements" % name)
        return
    values.sort()
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    print("%-44s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d pastes)" % (
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
        summary("10 KB with a BSN: paste to dialog",
                [one(env, page, text_of(10000, True), "dialog") for _ in range(rounds)])
        summary("1 MB with a BSN: paste to dialog",
                [one(env, page, text_of(1 << 20, True), "dialog") for _ in range(max(5, rounds // 4))])
        guarded = [one(env, page, text_of(10000, False), "input") for _ in range(rounds)]
        summary("10 KB harmless, guarded site: paste to text", guarded)
        page = chromium.open(server.url("localhost"))
        xdotool(env, "mousemove", 800, 600, "click", 1)
        plain = [one(env, page, text_of(10000, False), "input") for _ in range(rounds)]
        summary("10 KB harmless, site not guarded (browser)", plain)
        g, p = sorted(v for v in guarded if v), sorted(v for v in plain if v)
        if g and p:
            k = int(round(0.95 * (min(len(g), len(p)) - 1)))
            print("delay of a harmless 10 KB paste: median %.1f ms, p95 %.1f ms" % (
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
