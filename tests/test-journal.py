#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit events in a real systemd-journald.

As root, in a private mount namespace (unshare --mount; without root, in a
user namespace as well): tmpfs on /run/systemd, /run/log, /var/log/journal
and the catalog directories, our own systemd-journald, then the guard
(cg-audit-emitter: the guard with fakes, the real writer).  The events must
arrive with their fields, `journalctl MESSAGE_ID=...` must find them,
`journalctl -x` must show the catalog's text (English, and Dutch under a
Dutch locale) after `journalctl --update-catalog` of the built catalog, and
no value may appear anywhere in the journal.  Before the journal runs, the
events go to standard error only; with it, there too (it is not the journal).

Then the real guard (clipguard on its own Xvfb and session bus, its standard
error a journal stream as in a systemd unit): its start and its quit are
events, and its plain log lines carry SYSLOG_IDENTIFIER=clipguard too, so
that `journalctl -t clipguard` shows them all.

Usage: test-journal.py EMITTER SCHEMA_DIR CATALOG HEADER CLIPGUARD SESSION_CONF
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "e2e"))
from desktop import start_xvfb  # noqa: E402

JOURNALD = "/lib/systemd/systemd-journald"
VALUES = ["123456782", "12345678", "P-004217", "004217", "NL91ABNA0417164300", "0417164300",
          "Kerkstraat", "3511 AB", "Utrecht", "*******82"]


def fail(why):
    print("FAIL: " + why, flush=True)
    sys.exit(1)


def message_ids(header):
    """CG_AUDIT_ID_WARNED "..." -> {"warned": "..."} from cg-audit.h."""
    ids = {}
    with open(header, encoding="utf-8") as f:
        for m in re.finditer(r'#define CG_AUDIT_ID_(\w+) "([0-9a-f]{32})"', f.read()):
            ids[m.group(1).lower().replace("_", "-")] = m.group(2)
    if len(ids) != 17:
        fail("expected 17 MESSAGE_IDs in %s, found %d" % (header, len(ids)))
    return ids


def reexec_in_namespace():
    cmd = ["unshare", "--mount", "--propagation", "private"]
    if os.getuid() != 0:
        cmd[1:1] = ["--user", "--map-root-user"]
    env = dict(os.environ, CG_JOURNAL_TEST_NS="1")
    try:
        return subprocess.run(cmd + [sys.executable] + sys.argv, env=env, timeout=120).returncode
    except subprocess.TimeoutExpired:
        fail("the test in its namespace did not end within 120 s")


def mount_tmpfs(path):
    subprocess.run(["mount", "-t", "tmpfs", "-o", "mode=0755", "tmpfs", path], check=True)


MOUNTED = []


def private_dir(path):
    """@path, empty and our own: a tmpfs on it, or on its nearest existing
    parent when it does not exist (nothing is created on the machine's disk)."""
    if any(path.startswith(m + "/") for m in MOUNTED):
        os.makedirs(path, exist_ok=True)  # inside a tmpfs of ours already
        return
    parent = path
    while not os.path.isdir(parent):
        parent = os.path.dirname(parent)
    if parent == "/":
        fail("no directory to mount a tmpfs on for " + path)
    mount_tmpfs(parent)
    MOUNTED.append(parent)
    os.makedirs(path, exist_ok=True)


def journalctl(*args, env=None):
    r = subprocess.run(["journalctl", "--no-pager"] + list(args), capture_output=True,
                       text=True, env=env, timeout=30)
    return r.returncode, r.stdout, r.stderr


def entries(*matches):
    rc, out, err = journalctl("-o", "json", *matches)
    if rc != 0:
        fail("journalctl %s: %s" % (" ".join(matches), err))
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def run_emitter(emitter, schema_dir, work):
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="memory",
               LANGUAGE="C", G_DEBUG="fatal-criticals")
    rules = tempfile.mkdtemp(dir=work)
    r = subprocess.run([emitter, rules], capture_output=True, text=True, env=env, timeout=60)
    if r.returncode != 0:
        fail("cg-audit-emitter exited %d: %s" % (r.returncode, r.stderr))
    return r


def start_journald():
    os.makedirs("/run/systemd/journald.conf.d", exist_ok=True)
    with open("/run/systemd/journald.conf.d/00-clipguard-test.conf", "w") as f:
        # this journal only: nothing forwarded, nothing of the kernel's
        f.write("[Journal]\nStorage=volatile\nForwardToSyslog=no\nForwardToKMsg=no\n"
                "ForwardToConsole=no\nForwardToWall=no\nReadKMsg=no\n")
    log = open("/run/log/journald-test.log", "w")
    proc = subprocess.Popen([JOURNALD], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(200):
        if os.path.exists("/run/systemd/journal/socket"):
            return proc
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    with open("/run/log/journald-test.log") as f:
        fail("systemd-journald did not start: " + f.read())


def wait_for(matches, n, what):
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        found = entries(*matches)
        if len(found) >= n:
            return found
        time.sleep(0.1)
    fail("%s: %d entries for %s, expected %d" % (what, len(entries(*matches)), matches, n))


def check_fields(ids):
    expected = [
        # event, how many, fields each must have
        ("warned", 2, {"PRIORITY": "5", "CLIPGUARD_ACTION": "ask"}),
        ("masked", 1, {"CLIPGUARD_ACTION": "mask", "CLIPGUARD_KINDS": "bsn=1 rule=1",
                       "CLIPGUARD_APP": "Thunderbird", "CLIPGUARD_RULE": "personeelsnummer"}),
        ("undone", 1, {"CLIPGUARD_ACTION": "undo", "CLIPGUARD_APP": "Thunderbird"}),
        ("kept", 1, {"CLIPGUARD_ACTION": "keep", "CLIPGUARD_KINDS": "iban=1 address=1"}),
        ("skipped-too-large", 1, {"PRIORITY": "6"}),
        ("paused", 1, {"CLIPGUARD_ACTION": "timed"}),
        ("resumed", 1, {"CLIPGUARD_ACTION": "pause-over"}),
        ("pasted-as-is", 1, {"CLIPGUARD_SITE": "chatgpt.com", "CLIPGUARD_KINDS": "bsn=1",
                             "CLIPGUARD_ACTION": "paste-as-is"}),
        ("paste-cancelled", 1, {"CLIPGUARD_SITE": "claude.ai", "CLIPGUARD_ACTION": "cancel"}),
        ("rules-loaded", 1, {"CLIPGUARD_RULE": "personeelsnummer"}),
        ("rule-error", 1, {"CLIPGUARD_RULE": "kapot", "PRIORITY": "4"}),
    ]
    for event, n, fields in expected:
        found = wait_for(["MESSAGE_ID=" + ids[event]], n, event)
        if len(found) != n:
            fail("%s: %d entries, expected %d" % (event, len(found), n))
        for e in found:
            want = dict(fields, CLIPGUARD_EVENT=event, SYSLOG_IDENTIFIER="clipguard",
                        GLIB_DOMAIN="clipguard", MESSAGE_ID=ids[event], _TRANSPORT="journal")
            for key, value in want.items():
                if e.get(key) != value:
                    fail("%s: %s is %r, expected %r" % (event, key, e.get(key), value))
            if not e.get("MESSAGE"):
                fail("%s has no MESSAGE" % event)
    # the field matches a collector uses
    if len(entries("CLIPGUARD_EVENT=pasted-as-is")) != 1:
        fail("journalctl CLIPGUARD_EVENT=pasted-as-is does not find the paste")
    if len(entries("CLIPGUARD_SITE=chatgpt.com")) != 1:
        fail("journalctl CLIPGUARD_SITE=chatgpt.com does not find the paste")
    rc, out, _ = journalctl("-t", "clipguard", "-o", "cat")
    if "Paste into chatgpt.com holding bsn=1: pasted-as-is" not in out:
        fail("journalctl -t clipguard does not show the events' messages:\n" + out)


def check_no_values():
    rc, out, err = journalctl("-o", "export")
    if rc != 0 or "CLIPGUARD_EVENT=" not in out:
        fail("journalctl -o export: %s" % err)
    for v in VALUES:
        if v in out:
            line = next(line for line in out.splitlines() if v in line)
            fail("the journal holds %r: %s" % (v, line))


def check_stderr_is_journal(emitter, schema_dir, work, ids):
    """Started as a systemd unit is (standard error a journal stream): each
    event once, not again as a line of standard error."""
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="memory",
               LANGUAGE="C")
    r = subprocess.run(["systemd-cat", "-t", "cg-audit-stream", emitter,
                        tempfile.mkdtemp(dir=work)], env=env, timeout=60)
    if r.returncode != 0:
        fail("systemd-cat cg-audit-emitter exited %d" % r.returncode)
    wait_for(["MESSAGE_ID=" + ids["pasted-as-is"]], 2, "pasted-as-is, from a unit")
    time.sleep(0.5)
    lines = entries("SYSLOG_IDENTIFIER=cg-audit-stream")
    if any("Paste into" in e.get("MESSAGE", "") for e in lines):
        fail("an event came twice: also as a line of standard error")


def check_real_guard(clipguard, schema_dir, session_conf, ids, work):
    xvfb, display = start_xvfb()
    try:
        home = tempfile.mkdtemp(dir=work)
        runtime = tempfile.mkdtemp(dir=work)  # 0700, as the session's
        env = dict(os.environ, DISPLAY=display, GSETTINGS_SCHEMA_DIR=schema_dir,
                   GSETTINGS_BACKEND="memory", XDG_CONFIG_HOME=home + "/config",
                   XDG_STATE_HOME=home + "/state", XDG_DATA_HOME=home + "/data",
                   XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=runtime, HOME=home,
                   LANGUAGE="C", NO_AT_BRIDGE="1",
                   BACKEND_STARTED=ids["backend-started"], CLIPGUARD=clipguard)
        env.pop("WAYLAND_DISPLAY", None)
        # inside the bus: start it as a unit would (standard error to the journal), wait
        # until it watches, quit it through its action
        # then once more, stopped as a session's end stops it: SIGTERM
        script = """
            systemd-cat -t clipguard "$CLIPGUARD" --gapplication-service & pid=$!
            i=0
            until journalctl -q -t clipguard MESSAGE="Watching the clipboard" | grep -q .; do
                i=$((i + 1)); [ $i -lt 300 ] || exit 3; sleep 0.1
            done
            gapplication action nl.clipguard.ClipGuard quit
            wait $pid || exit $?
            systemd-cat -t clipguard "$CLIPGUARD" --gapplication-service & pid=$!
            i=0
            until [ "$(journalctl -q -t clipguard MESSAGE="Watching the clipboard" | wc -l)" = 2 ]; do
                i=$((i + 1)); [ $i -lt 300 ] || exit 4; sleep 0.1
            done
            kill -TERM $pid
            wait $pid
        """
        r = subprocess.run(["dbus-run-session", "--config-file", session_conf, "--", "sh", "-c",
                            script], env=env, capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            # its standard error went to the journal: show it (the test's own values only)
            _, log, _ = journalctl("-o", "cat", "SYSLOG_IDENTIFIER=clipguard")
            fail("clipguard did not start and quit (%d): %s%s\nits journal:\n%s"
                 % (r.returncode, r.stdout, r.stderr, log[-6000:]))
    finally:
        xvfb.terminate()
        xvfb.wait()
    started = wait_for(["MESSAGE_ID=" + ids["backend-started"], "_COMM=clipguard"], 1,
                       "backend-started of clipguard")
    if started[0].get("CLIPGUARD_BACKEND") != "x11":
        fail("backend-started: CLIPGUARD_BACKEND is %r" % started[0].get("CLIPGUARD_BACKEND"))
    quit_ = wait_for(["MESSAGE_ID=" + ids["quit"], "_COMM=clipguard"], 2, "quit of clipguard")
    if (quit_[0].get("CLIPGUARD_ACTION") != "quit"
            or quit_[0].get("SYSLOG_IDENTIFIER") != "clipguard"):
        fail("quit: %r" % quit_[0])
    # SIGTERM: the guard stopped as at the end of a session, and said so
    if quit_[1].get("CLIPGUARD_ACTION") != "session-end":
        fail("quit on SIGTERM: %r" % quit_[1])
    # a plain line of GLib, not an event: found by -t clipguard as well
    plain = entries("-t", "clipguard", "MESSAGE=Watching the clipboard", "_COMM=clipguard")
    if len(plain) != 2 or any("MESSAGE_ID" in e for e in plain):
        fail("journalctl -t clipguard does not show the guard's plain lines: %r" % plain)
    # each once: nothing came again through standard error (the journal stream)
    stream = [e.get("MESSAGE", "") for e in entries("_COMM=clipguard", "_TRANSPORT=stdout")]
    for line in stream:
        if "Watching the" in line or "Quit:" in line:
            fail("an event or line came twice, through standard error: %r" % line)


def check_catalog(ids, catalog, work):
    for d in ("/usr/lib/systemd/catalog", "/var/lib/systemd/catalog"):
        private_dir(d)
    shutil.copy(catalog, "/usr/lib/systemd/catalog/clipguard.catalog")
    rc, out, err = journalctl("--update-catalog")
    if rc != 0:
        fail("journalctl --update-catalog: " + err)
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    rc, out, err = journalctl("-x", "MESSAGE_ID=" + ids["pasted-as-is"], env=env)
    for text in ("Subject: Personal data pasted as is into chatgpt.com",
                 "Defined-By: clipguard", "Documentation: man:clipguard(1)",
                 "The user was warned and pasted personal data (bsn=1) unmasked",
                 "What an administrator can do"):
        if text not in out:
            fail("journalctl -x does not show %r:\n%s%s" % (text, out, err))
    # Dutch: a locale of our own (LOCPATH), the machine may have none
    locales = os.path.join(work, "locale")
    os.makedirs(locales)
    r = subprocess.run(["localedef", "-i", "nl_NL", "-f", "UTF-8",
                        os.path.join(locales, "nl_NL.UTF-8")], capture_output=True, text=True)
    if r.returncode != 0:
        fail("localedef nl_NL.UTF-8 (package locales): " + r.stderr)
    env = dict(os.environ, LOCPATH=locales, LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8")
    rc, out, err = journalctl("-x", "MESSAGE_ID=" + ids["kept"], env=env)
    for text in ("Subject: Een kopie met persoonsgegevens is zo gelaten",
                 "Zo laten: de kopie\n", "(iban=1 address=1)"):
        if text.strip() not in out:
            fail("journalctl -x in Dutch does not show %r:\n%s%s" % (text, out, err))
    # every event has its entry
    rc, out, err = journalctl("--list-catalog", *ids.values())
    listed = set(line.split()[0] for line in out.splitlines() if line.strip())
    if listed != set(ids.values()):
        fail("the catalog lacks %s" % (set(ids.values()) - listed))


def main():
    emitter, schema_dir, catalog, header, clipguard, session_conf = sys.argv[1:7]
    if shutil.which("journalctl") is None or not os.path.exists(JOURNALD):
        fail("systemd-journald and journalctl are needed (Debian package systemd)")
    if os.environ.get("CG_JOURNAL_TEST_NS") != "1":
        sys.exit(reexec_in_namespace())
    ids = message_ids(header)
    work = tempfile.mkdtemp(prefix="clipguard-journal-")
    try:
        # (a /var/log/journal of the machine's would be used despite Storage=volatile)
        for d in ("/run/systemd", "/run/log") + (
                ("/var/log/journal",) if os.path.isdir("/var/log/journal") else ()):
            private_dir(d)
        # no journal yet: the events go to standard error
        r = run_emitter(emitter, schema_dir, work)
        if "Paste into chatgpt.com holding bsn=1: pasted-as-is" not in r.stderr:
            fail("without a journal the events are not on standard error:\n" + r.stderr)
        journald = start_journald()
        try:
            # the journal gets the events, standard error (not the journal) the lines
            r = run_emitter(emitter, schema_dir, work)
            if "Paste into chatgpt.com holding bsn=1: pasted-as-is" not in r.stderr:
                fail("with a journal the lines are not on standard error too:\n" + r.stderr)
            check_fields(ids)
            check_no_values()
            check_stderr_is_journal(emitter, schema_dir, work, ids)
            check_real_guard(clipguard, schema_dir, session_conf, ids, work)
            check_catalog(ids, catalog, work)
        finally:
            journald.terminate()
            journald.wait(timeout=10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("ok: the events, their fields and the catalog in a real journal")


if __name__ == "__main__":
    main()
