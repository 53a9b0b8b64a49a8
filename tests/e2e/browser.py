# SPDX-License-Identifier: GPL-3.0-or-later
"""Real browsers for the browser paste guard's tests: Debian's chromium
with the unpacked extension (browser/) and the built native host, driven
through the DevTools protocol; Debian's firefox-esr with the extension in a
profile of its own; and a local test page with a text area, an input, an
editor and an editor that handles pastes itself (as chatbots' editors do),
which records every paste event it is given."""
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import threading
import time
import unittest
import urllib.request

from desktop import wait_for

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
EXTENSION_DIR = os.path.realpath(os.path.join(SOURCE, "browser"))
HOST_NAME = "nl.clipguard.native_host"
FIREFOX_ID = "clipguard@clipguard.nl"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chat</title>
<style>
  body { font: 16px sans-serif; margin: 24px; background: #f7f7f8; }
  h1 { font-size: 20px; }
  textarea, input, .editor { display: block; width: 640px; margin: 10px 0; font: 15px sans-serif;
    border: 1px solid #bbb; border-radius: 8px; padding: 8px; background: #fff; }
  textarea { height: 90px; }
  .editor { min-height: 60px; }
</style></head>
<body>
<h1>Ask anything</h1>
<textarea id="ta" placeholder="Message the assistant"></textarea>
<input id="in" type="text" placeholder="Subject">
<div id="ed" class="editor" contenteditable="true"></div>
<div id="rich" class="editor" contenteditable="true"></div>
<script>
  // what the page is given: every paste and drop event and its text
  window.seen = [];
  for (const type of ['paste', 'drop']) {
    window.addEventListener(type, (e) => {
      const data = e.clipboardData || e.dataTransfer;
      window.seen.push({ type, trusted: e.isTrusted, text: data ? data.getData('text/plain') : null });
    }, true);
  }
  // keys the page is given (none while the extension's dialog is open)
  window.keys = [];
  window.addEventListener('keydown', (e) => window.keys.push(e.key), true);
  // an editor that takes pastes itself, as ProseMirror and its kin do
  document.getElementById('rich').addEventListener('paste', (e) => {
    e.preventDefault();
    const p = document.createElement('p');
    p.textContent = e.clipboardData.getData('text/plain');
    e.currentTarget.append(p);
  });
</script>
</body></html>
"""


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class PageServer:
    """The test page on 127.0.0.1 (a guarded site in the tests) and, as
    localhost, the same page on a site that is not guarded."""

    def __init__(self):
        socketserver.TCPServer.allow_reuse_address = True
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, host="127.0.0.1"):
        return "http://%s:%d/chat" % (host, self.port)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def write_host_manifest(directory, host_path, key, value):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, HOST_NAME + ".json"), "w") as f:
        json.dump({"name": HOST_NAME, "description": "clipguard (tests)", "path": host_path,
                   "type": "stdio", key: [value]}, f)


class DevTools:
    """One page target of a Chromium, over the DevTools protocol."""

    def __init__(self, ws_url):
        import websocket
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.worlds = {}  # isolated worlds (content scripts) seen: name -> context id

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("method") == "Runtime.executionContextCreated":
                context = m["params"]["context"]
                if context.get("auxData", {}).get("type") == "isolated":
                    self.worlds[context["name"]] = context["id"]
            elif m.get("method") == "Runtime.executionContextsCleared":
                self.worlds.clear()
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise AssertionError("%s: %s" % (method, m["error"]))
                return m["result"]

    def js(self, expression, world=None):
        """The value of @expression in the page, or in the isolated world
        named @world (a content script's)."""
        more = {"contextId": self.worlds[world]} if world is not None else {}
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                      awaitPromise=True, **more)
        if "exceptionDetails" in r:
            raise AssertionError("%s: %s" % (expression, r["exceptionDetails"]))
        return r["result"].get("value")

    def shadow_texts(self):
        """The texts inside closed shadow roots (the extension's dialog),
        which the page itself cannot read."""
        root = self.call("DOM.getDocument", depth=-1, pierce=True)["root"]
        found = []

        def walk(node, in_closed):
            if in_closed and node.get("nodeType") == 3:
                found.append(node.get("nodeValue", ""))
            for child in node.get("children", []):
                walk(child, in_closed)
            for shadow in node.get("shadowRoots", []):
                walk(shadow, in_closed or shadow.get("shadowRootType") == "closed")
        walk(root, False)
        return found

    def close(self):
        self.ws.close()


class Chromium:
    """Debian's chromium with the extension unpacked from browser/ and the
    native host at @host_path, in a new profile; @env reaches the host.
    @host_path None: the installed package's extension and host, through
    Debian's /usr/bin/chromium (which loads /usr/share/chromium/extensions)."""

    def __init__(self, host_path, env, tmp, lang="en-US", width=1000, height=720):
        self.dir = os.path.join(tmp, "chromium-" + lang)
        shutil.rmtree(self.dir, ignore_errors=True)
        if host_path is not None:
            # Chromium looks for a user's native hosts in its profile folder
            write_host_manifest(os.path.join(self.dir, "NativeMessagingHosts"), host_path,
                                "allowed_origins", "chrome-extension://%s/" % extension_id())
            program = ["/usr/lib/chromium/chromium", "--load-extension=" + EXTENSION_DIR]
        else:
            program = ["/usr/bin/chromium"]
        self.log = open(os.path.join(tmp, "chromium-%s.log" % lang), "w")
        self.process = subprocess.Popen(
            program + ["--no-sandbox", "--test-type", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
             "--password-store=basic", "--disable-features=Translate,MediaRouter",
             "--lang=" + lang, "--user-data-dir=" + self.dir, "--remote-debugging-port=0",
             "--window-position=0,0",
             "--window-size=%d,%d" % (width, height), "about:blank"],
            env=dict(env, LANGUAGE=lang.replace("-", "_")), stdout=self.log,
            stderr=subprocess.STDOUT)
        port_file = os.path.join(self.dir, "DevToolsActivePort")
        def port():
            try:
                with open(port_file) as f:
                    return int(f.read().split()[0])
            except (FileNotFoundError, IndexError, ValueError):
                return None
        self.port = wait_for(port, 60)
        if self.port is None:
            raise AssertionError("chromium did not start")
        self.page = None

    def targets(self):
        return json.load(urllib.request.urlopen("http://127.0.0.1:%d/json" % self.port))

    def extension_running(self):
        return any(t["type"] == "service_worker" and extension_id() in t["url"]
                   for t in self.targets())

    def open(self, url):
        """Shows @url in the first tab; returns its DevTools."""
        if self.page is None:
            target = [t for t in self.targets() if t["type"] == "page"][0]
            self.page = DevTools(target["webSocketDebuggerUrl"])
        self.page.call("Page.enable")
        self.page.call("Runtime.enable")
        self.page.call("Page.navigate", url=url)
        wait_for(lambda: self.page.js("document.readyState") == "complete", 20)
        return self.page

    def wait_guarded(self, timeout=20):
        """Whether the extension's content script came into the page (its
        isolated world): at a browser's start it is registered once the host
        has told the sites, and put into the pages already open."""
        return wait_for(lambda: self.page.js("1") and "clipguard" in self.page.worlds, timeout)

    def extension_state(self):
        """What the extension's service worker knows (for a failure's message)."""
        try:
            sw = [t for t in self.targets() if t["type"] == "service_worker"
                  and extension_id() in t["url"]][0]
            d = DevTools(sw["webSocketDebuggerUrl"])
            try:
                return d.js("JSON.stringify({ config, hostError, registeredKey })")
            finally:
                d.close()
        except Exception as e:  # noqa: BLE001 - only for a message
            return "unknown (%s)" % e

    def stop(self):
        if self.page is not None:
            self.page.close()
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def extension_id():
    out = subprocess.run(["/usr/bin/python3", os.path.join(SOURCE, "build-aux", "extension-id.py"),
                          os.path.join(EXTENSION_DIR, "manifest.json")], capture_output=True,
                         check=True, text=True)
    return out.stdout.strip()


def xdotool(env, *args):
    subprocess.run(["xdotool"] + [str(a) for a in args], env=env, check=True, timeout=20)
    time.sleep(0.05)


class BiDi:
    """A Firefox tab over WebDriver BiDi (Firefox's remote protocol)."""

    def __init__(self, port):
        import websocket
        self.ws = websocket.create_connection("ws://127.0.0.1:%d/session" % port, timeout=30,
                                              suppress_origin=True)
        self.next_id = 0
        self.call("session.new", capabilities={})
        self.context = self.call("browsingContext.getTree")["contexts"][0]["context"]

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.next_id:
                if m.get("type") == "error":
                    raise AssertionError("%s: %s" % (method, m))
                return m["result"]

    def navigate(self, url):
        self.call("browsingContext.navigate", context=self.context, url=url, wait="complete")

    def js(self, expression):
        r = self.call("script.evaluate", expression=expression, awaitPromise=True,
                      target={"context": self.context},
                      serializationOptions={"maxObjectDepth": 8})
        if r.get("type") == "exception":
            raise AssertionError("%s: %s" % (expression, r))

        def plain(v):
            kind, value = v.get("type"), v.get("value")
            if kind == "array":
                return [plain(x) for x in value]
            if kind == "object":
                return {k: plain(x) for k, x in value}
            if kind in ("null", "undefined"):
                return None
            return value
        return plain(r["result"])

    def shadow_texts(self):
        raise unittest.SkipTest("Firefox's remote protocol cannot look into closed shadow roots")

    def close(self):
        self.ws.close()


class Firefox:
    """Debian's firefox-esr in a new profile with the extension from
    browser/ (a proxy file in the profile's extensions folder) and the native
    host's manifest in $HOME/.mozilla.  A profile's own extensions must be
    signed unless xpinstall.signatures.required is off, which Debian's ESR
    allows; the package installs the extension in the system scope instead,
    which Debian's build loads unsigned (see doc/administrators.md).
    @host_path None: the installed package's, with a new profile as it
    comes."""

    def __init__(self, host_path, env, tmp, lang="en-US", width=1000, height=720, prefs=(),
                 again=False):
        """@prefs: more (name, value) for the profile's user.js; @again: the
        profile of the last start, as it was left."""
        import socket
        self.dir = os.path.join(tmp, "firefox-" + lang)
        profile = os.path.join(self.dir, "profile")
        home = os.path.join(self.dir, "home")
        if not again:
            shutil.rmtree(self.dir, ignore_errors=True)
            os.makedirs(os.path.join(profile, "extensions"))
            os.makedirs(home)
        prefs = [("browser.shell.checkDefaultBrowser", "false"),
                 ("datareporting.policy.dataSubmissionEnabled", "false"),
                 ("browser.startup.homepage_override.mstone", '"ignore"'),
                 ("app.update.enabled", "false"),
                 ("intl.locale.requested", '"%s"' % lang),
                 ("browser.aboutwelcome.enabled", "false")] + list(prefs)
        if host_path is not None and not again:
            with open(os.path.join(profile, "extensions", FIREFOX_ID), "w") as f:
                f.write(EXTENSION_DIR)
            prefs += [("xpinstall.signatures.required", "false"),
                      ("extensions.autoDisableScopes", "0")]
            write_host_manifest(os.path.join(home, ".mozilla", "native-messaging-hosts"),
                                host_path, "allowed_extensions", FIREFOX_ID)
        with open(os.path.join(profile, "user.js"), "w") as f:
            for pref, value in prefs:
                f.write("user_pref(\"%s\", %s);\n" % (pref, value))
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.log = open(os.path.join(tmp, "firefox-%s.log" % lang), "a")
        self.process = subprocess.Popen(
            ["firefox-esr", "--no-remote", "--profile", profile, "--remote-debugging-port",
             str(self.port), "--width", str(width), "--height", str(height), "about:blank"],
            env=dict(env, HOME=home, MOZ_CRASHREPORTER_DISABLE="1",
                     LANGUAGE=lang.replace("-", "_")),
            stdout=self.log, stderr=subprocess.STDOUT)
        self.page = None

        def connect():
            try:
                return BiDi(self.port)
            except Exception:
                return None
        self.page = wait_for(connect, 60, 0.5)
        if self.page is None:
            raise AssertionError("firefox did not start")

    def extension_running(self):
        return True  # seen by its first paste

    def wait_guarded(self, timeout=20):
        time.sleep(2)  # BiDi does not show an extension's content scripts
        return True

    def open(self, url):
        self.page.navigate(url)
        return self.page

    def extension_state(self):
        return "(not known in Firefox)"

    def stop(self):
        self.page.close()
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
