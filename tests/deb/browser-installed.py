#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed webext-clipguard as a user gets it: Debian's chromium
(through /usr/bin/chromium, which loads /usr/share/chromium/extensions) and
firefox-esr with a new profile as it comes (the extension in the system
scope, unsigned, which Debian's build allows), each with the native host of
the package through its system-wide manifest; a BSN pasted with a real
Ctrl+V into a guarded test page comes out masked after Enter.  No guard
runs: the host checks alone.

Then Firefox's policy for the profiles that existed before the package
came, as doc/administrators.md gives it: a profile made while Firefox did
not see the system scope takes no extension from there later, and gets it
from the policy.

usage: dbus-run-session -- browser-installed.py ADMINISTRATORS_MD"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from browser import Chromium, Firefox, PageServer, xdotool  # noqa: E402
from desktop import start_xvfb, wait_for  # noqa: E402

TEXT = "Hoi,\nMijn BSN is 123456782, groet.\n"
MASKED = "Hoi,\nMijn BSN is *******82, groet.\n"


POLICIES = "/etc/firefox/policies/policies.json"


def pasted(browser, server, env):
    """(what the field held while the dialog was up, what it held after Enter)."""
    page = browser.open(server.url())
    if not browser.wait_guarded():
        print("%s: the content script did not come" % type(browser).__name__)
    xdotool(env, "mousemove", 800, 600, "click", 1)
    subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=TEXT.encode(), env=env,
                   check=True)
    page.js("document.getElementById('ta').value = ''; document.getElementById('ta').focus()")
    xdotool(env, "key", "ctrl+v")
    time.sleep(1.5)  # the dialog is up, the paste held
    held = page.js("document.getElementById('ta').value")
    xdotool(env, "key", "Return")
    wait_for(lambda: page.js("document.getElementById('ta').value") == MASKED, 10)
    return held, page.js("document.getElementById('ta').value")


def documented_policy(path):
    with open(path) as f:
        m = re.search(r"```json file=%s\n(.*?)```" % re.escape(POLICIES), f.read(), re.S)
    assert m, "no Firefox policy in " + path
    policy = json.loads(m.group(1))  # the administrators' example, as they copy it
    return json.dumps(policy)


def existing_profile_and_policy(env, tmp, server, doc):
    """0 when the policy brings the extension into an older profile."""
    # a profile made while Firefox did not see the system scope (1 + 2 + 4)
    browser = Firefox(None, env, tmp, prefs=[("extensions.enabledScopes", "7")])
    browser.open(server.url())
    browser.stop()
    # what an existing profile gets of the package: nothing
    browser = Firefox(None, env, tmp, prefs=[("extensions.enabledScopes", "15")], again=True)
    try:
        held, value = pasted(browser, server, env)
    finally:
        browser.stop()
    print("Firefox, an older profile, no policy: %s (held %r)" % (
        "not guarded, as documented" if held == TEXT else "guarded", held))
    os.makedirs(os.path.dirname(POLICIES), exist_ok=True)
    with open(POLICIES, "w") as f:
        f.write(documented_policy(doc))
    try:
        browser = Firefox(None, env, tmp, prefs=[("extensions.enabledScopes", "15")], again=True)
        try:
            held, value = pasted(browser, server, env)
        finally:
            browser.stop()
    finally:
        os.unlink(POLICIES)
    ok = held == "" and value == MASKED
    print("Firefox, an older profile, the policy: %s (held %r, then %r)" % (
        "ok" if ok else "FAIL", held, value))
    return 0 if ok else 1


def main():
    tmp = tempfile.mkdtemp(prefix="clipguard-deb-browser-")
    xvfb, display = start_xvfb("1024x768x24")
    env = dict(os.environ, DISPLAY=display, GSETTINGS_BACKEND="keyfile",
               XDG_CONFIG_HOME=tmp + "/config", XDG_STATE_HOME=tmp + "/state",
               XDG_DATA_HOME=tmp + "/data", LANGUAGE="C", LC_ALL="C.UTF-8", NO_AT_BRIDGE="1")
    env.pop("GSETTINGS_SCHEMA_DIR", None)
    subprocess.run(["gsettings", "set", "nl.clipguard.ClipGuard", "browser-sites", "['127.0.0.1']"],
                   env=env, check=True)
    subprocess.run(["gsettings", "set", "nl.clipguard.ClipGuard", "mask-style", "stars"],
                   env=env, check=True)
    server = PageServer()
    failed = []
    try:
        for kind in (Chromium, Firefox):
            browser = kind(None, env, tmp)
            try:
                held, value = pasted(browser, server, env)
                ok = held == "" and value == MASKED
                print("%s: %s (held %r, then %r)" % (kind.__name__, "ok" if ok else "FAIL",
                                                     held, value))
                if not ok:
                    failed.append(kind.__name__)
                    print(open(browser.log.name).read()[-3000:])
            finally:
                browser.stop()
        if os.path.exists(POLICIES):
            print("skipped: %s exists on this machine" % POLICIES)
        elif existing_profile_and_policy(env, tmp, server, sys.argv[1]) != 0:
            failed.append("Firefox policy")
    finally:
        server.stop()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
