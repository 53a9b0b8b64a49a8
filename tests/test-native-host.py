#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""clipguard-native-host over its pipes, as a browser talks to it: the
native messaging framing, the answers to the extension, offsets in UTF-16
code units, a long list of findings in parts under 1 MB, the size limit,
settings changed while it runs, and malformed, oversized and hostile
messages, which get an error and never end it.  No guard runs here (the
session bus is unreachable): the host checks alone.

usage: test-native-host.py HOST SCHEMA_DIR"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

HOST = SCHEMA_DIR = None
BSN_TEXT = "Hoi,\nMijn BSN is 123456782, groet.\n"
MAX_REPLY = 1024 * 1024


def frame(obj):
    data = json.dumps(obj).encode() if not isinstance(obj, bytes) else obj
    return struct.pack("=I", len(data)) + data


def utf16_apply(text, findings):
    """The masked text as the extension builds it: JavaScript's string
    offsets are UTF-16 code units."""
    units = text.encode("utf-16-le")
    out, at = [], 0
    for start, end, replacement in findings:
        if replacement is None:
            replacement = "*" * (end - start)
        out += [units[at * 2:start * 2], replacement.encode("utf-16-le")]
        at = end
    out.append(units[at * 2:])
    return b"".join(out).decode("utf-16-le")


def valid_bsns(n):
    """@n different numbers that pass the BSN 11-check."""
    out = []
    prefix = 10000000
    while len(out) < n:
        digits = "%08d" % prefix
        check = sum(int(digits[i]) * (9 - i) for i in range(8)) % 11
        if check < 10:
            out.append(digits + str(check))
        prefix += 37
    return out


class Host:
    def __init__(self, env):
        self.p = subprocess.Popen([HOST, "chrome-extension://test/"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)

    def send(self, obj):
        self.p.stdin.write(frame(obj))
        self.p.stdin.flush()

    def read(self):
        header = self.p.stdout.read(4)
        if len(header) < 4:
            return None
        n = struct.unpack("=I", header)[0]
        assert n <= MAX_REPLY, "a reply of %d bytes is over the browser's limit" % n
        return json.loads(self.p.stdout.read(n))

    def read_type(self, kind):
        while True:
            m = self.read()
            if m is None or m["type"] == kind:
                return m

    def result(self, id_):
        """A whole result: its parts put together, as background.js does."""
        first = self.read_type("result")
        assert first["id"] == id_ and first["part"] == 0, first
        parts = 1
        while not first["last"]:
            more = self.read_type("result")
            assert more["id"] == id_ and more["part"] == parts, more
            first["findings"] += more["findings"]
            first["last"] = more["last"]
            parts += 1
        first["parts"] = parts
        return first

    def check(self, text, site="chatgpt.com", id_=1):
        self.send({"type": "check", "id": id_, "site": site, "text": text})
        return self.result(id_)

    def config_where(self, predicate):
        """The first configuration the host tells for which @predicate holds
        (an earlier one may still be on its way)."""
        while True:
            c = self.read_type("config")
            if c is None or predicate(c):
                return c

    def close(self):
        self.p.stdin.close()
        code = self.p.wait(30)
        err = self.p.stderr.read().decode()
        self.p.stdout.close()
        self.p.stderr.close()
        return code, err


class NativeHostTest(unittest.TestCase):
    KEY = True  # the allow-list key, which the guard makes at its first start

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="clipguard-host-")
        if self.KEY:
            os.makedirs(self.tmp + "/data/clipguard")
            with open(self.tmp + "/data/clipguard/allow.key", "wb") as f:
                f.write(os.urandom(32))
        self.env = dict(os.environ, GSETTINGS_SCHEMA_DIR=SCHEMA_DIR, GSETTINGS_BACKEND="keyfile",
                        XDG_CONFIG_HOME=self.tmp + "/config", XDG_DATA_HOME=self.tmp + "/data",
                        XDG_STATE_HOME=self.tmp + "/state", LANGUAGE="C", LC_ALL="C.UTF-8",
                        DBUS_SESSION_BUS_ADDRESS="unix:path=" + self.tmp + "/no-bus",
                        G_MESSAGES_DEBUG="all")  # debug output must never reach the protocol
        # the settings file exists before the host starts, as after any
        # first change: the keyfile backend watches it from then on
        self.gsettings("told-no-tray", "true")
        self.gsettings("mask-style", "stars")  # the default is placeholders
        self.host = Host(self.env)
        self.host.send({"type": "hello", "version": 1, "language": "en"})
        self.config = self.host.read_type("config")

    def tearDown(self):
        code, err = self.host.close()
        self.assertEqual(code, 0, err)
        for value in ("123456782", "0417 1643", "Oudegracht 12"):
            self.assertNotIn(value, err)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def gsettings(self, *args):
        subprocess.run(["gsettings", "set", "nl.clipguard.ClipGuard"] + list(args), env=self.env,
                       check=True)

    def test_config(self):
        c = self.config
        self.assertEqual(c["scope"], "listed-sites")
        self.assertEqual(c["action"], "warn")
        self.assertFalse(c["paused"])
        self.assertFalse(c["guard"])
        for site in ("chatgpt.com", "claude.ai", "gemini.google.com", "chat.mistral.ai"):
            self.assertIn(site, c["sites"])
        self.assertEqual(c["limit"], 64 << 20)

    def test_bsn_masked_exactly_outside_the_span(self):
        r = self.host.check(BSN_TEXT)
        self.assertEqual(r["counts"], {"bsn": 1, "iban": 0, "address": 0, "rule": 0,
                                       "confidential": 0})
        self.assertEqual(r["preview"], [{"type": "bsn", "text": "*******82"}])
        self.assertEqual(r["action"], "warn")
        self.assertEqual(utf16_apply(BSN_TEXT, r["findings"]),
                         "Hoi,\nMijn BSN is *******82, groet.\n")

    def test_offsets_in_utf16_code_units(self):
        # an emoji is two code units, é one, and three bytes of UTF-8 vs one
        text = "😀😀 café € Mijn BSN is 123456782; IBAN NL91 ABNA 0417 1643 00 😀 eind"
        r = self.host.check(text)
        self.assertEqual(len(r["findings"]), 2)
        masked = utf16_apply(text, r["findings"])
        self.assertEqual(masked, "😀😀 café € Mijn BSN is *******82; IBAN NL** **** **** **** 00 😀 eind")

    def test_harmless_and_unguarded(self):
        r = self.host.check("Hallo wereld, 42 appels en 3 peren.\n")
        self.assertEqual(r["findings"], [])
        r = self.host.check(BSN_TEXT, site="example.org", id_=2)
        self.assertEqual(r["findings"], [])
        self.assertFalse(r["guarded"])
        # a site covers its subdomains, and only them
        self.assertEqual(len(self.host.check(BSN_TEXT, site="www.chatgpt.com", id_=3)["findings"]), 1)
        self.assertEqual(self.host.check(BSN_TEXT, site="notchatgpt.com", id_=4)["findings"], [])

    def test_many_values_in_parts_under_the_limit(self):
        # 100,000 BSNs after a keyword: some 3 MB of findings in parts
        bsns = valid_bsns(100000)
        text = "".join("BSN %s\n" % b for b in bsns)
        r = self.host.check(text, id_=7)
        self.assertGreater(r["parts"], 1)
        self.assertEqual(r["counts"]["bsn"], len(bsns))
        self.assertEqual(len(r["findings"]), len(bsns))
        self.assertEqual(len(r["preview"]), 3)
        masked = utf16_apply(text, r["findings"])
        self.assertEqual(masked.count("*******"), len(bsns))
        for b in bsns[:1000]:
            self.assertNotIn(b, masked)


    def test_settings_change_is_told(self):
        self.gsettings("browser-action", "block")
        self.assertEqual(self.host.config_where(lambda c: c["action"] == "block")["action"], "block")
        self.gsettings("browser-sites", "['127.0.0.1', 'intranet.example']")
        self.host.config_where(lambda c: c["sites"] == ["127.0.0.1", "intranet.example"])
        self.assertEqual(self.host.check(BSN_TEXT)["findings"], [])
        self.assertEqual(len(self.host.check(BSN_TEXT, site="127.0.0.1", id_=2)["findings"]), 1)
        self.gsettings("browser-scope", "all-sites")
        self.host.config_where(lambda c: c["scope"] == "all-sites")
        self.assertEqual(len(self.host.check(BSN_TEXT, site="example.org", id_=3)["findings"]), 1)

    def test_placeholders_when_the_user_wants_them(self):
        self.gsettings("mask-style", "placeholder")
        self.host.config_where(lambda c: c["maskStyle"] == "placeholder")
        r = self.host.check("BSN 123456782, IBAN NL91ABNA0417164300, nogmaals 1234.56.782.")
        self.assertEqual(utf16_apply("BSN 123456782, IBAN NL91ABNA0417164300, nogmaals 1234.56.782.",
                                     r["findings"]),
                         "BSN [BSN-1], IBAN [IBAN-1], nogmaals [BSN-1].")

    def test_too_large(self):
        self.gsettings("size-limit-mb", "1")
        self.host.config_where(lambda c: c["limit"] == 1 << 20)
        r = self.host.check("BSN 123456782 " + "x" * (1 << 20))
        self.assertTrue(r["tooLarge"])
        self.assertEqual(r["findings"], [])

    def test_outcomes(self):
        self.host.check(BSN_TEXT, id_=5)
        self.host.send({"type": "outcome", "id": 5, "outcome": "pasted-as-is"})
        # pasted as is on this site: not asked again here, however written,
        # but elsewhere, and another value still is
        r = self.host.check("BSN: 1234.56.782", id_=6)
        self.assertEqual((r["findings"], r["known"]), ([], 1))
        self.assertEqual(len(self.host.check(BSN_TEXT, site="claude.ai", id_=7)["findings"]), 1)
        r = self.host.check("BSN 123456782 en BSN 111222333", id_=8)
        self.assertEqual((len(r["findings"]), r["known"], r["counts"]["bsn"]), (1, 1, 1))
        self.assertEqual(utf16_apply("BSN 123456782 en BSN 111222333", r["findings"]),
                         "BSN 123456782 en BSN *******33")
        self.host.send({"type": "outcome", "id": 99, "outcome": "pasted-masked"})
        self.assertEqual(self.host.read_type("error")["error"], "unknown-id")
        self.host.send({"type": "outcome", "id": 6, "outcome": "exploded"})
        self.assertEqual(self.host.read_type("error")["error"], "outcome")

    def test_hostile_messages(self):
        h = self.host
        for bad, why in ((b"not json", "malformed"), (b"[1,2,3]", "malformed"), (b"", "malformed"),
                         (b"\xff\xfe\x00garbage", "malformed"),
                         ({"type": "check", "site": "chatgpt.com", "text": "x"}, "id"),
                         ({"type": "check", "id": -1, "site": "chatgpt.com", "text": "x"}, "id"),
                         ({"type": "check", "id": 2 ** 60, "site": "chatgpt.com", "text": "x"}, "id"),
                         ({"type": "check", "id": 1.5, "site": "chatgpt.com", "text": "x"}, "id"),
                         ({"type": "check", "id": 1, "site": "CHATGPT.COM/../x", "text": "x"}, "site"),
                         ({"type": "check", "id": 1, "site": "chatgpt.com", "text": 5}, "text"),
                         ({"type": "check", "id": 1, "site": "chatgpt.com"}, "text"),
                         ({"type": "explode", "id": 1}, "type"),
                         ({"id": 1}, "type")):
            h.p.stdin.write(frame(bad))
            h.p.stdin.flush()
            self.assertEqual(h.read_type("error")["error"], why, bad)
        # a message longer than the limit is skipped as it comes, never held
        h.p.stdin.write(struct.pack("=I", 0xFFFFFFF0))
        h.p.stdin.flush()
        self.assertEqual(h.read_type("error")["error"], "too-large")
        h.p.stdin.write(b"\0" * (1 << 20))  # some of its bytes; the host skips them
        h.p.stdin.flush()
        self.assertIsNone(self.host.p.poll())

    def test_deep_nesting_and_nul(self):
        h = self.host
        h.p.stdin.write(frame(b"[" * 100000 + b"]" * 100000))
        h.p.stdin.flush()
        self.assertEqual(h.read_type("error")["error"], "malformed")
        r = h.check("Mijn BSN is 123456782\u0000 en verder", id_=3)
        self.assertIsNotNone(r)

    def test_stream_cut_in_the_middle(self):
        self.host.p.stdin.write(frame({"type": "check", "id": 1, "site": "chatgpt.com",
                                       "text": BSN_TEXT})[:10])


class NoKeyTest(NativeHostTest):
    """Before the guard ever ran there is no allow-list key: the host makes
    none (it writes nothing) and asks about every value."""
    KEY = False

    def test_outcomes(self):
        self.host.check(BSN_TEXT, id_=5)
        self.host.send({"type": "outcome", "id": 5, "outcome": "pasted-as-is"})
        self.assertEqual(len(self.host.check(BSN_TEXT, id_=6)["findings"]), 1)
        self.assertFalse(os.path.exists(self.tmp + "/data/clipguard"))
        self.assertFalse(os.path.exists(self.tmp + "/state/clipguard"))


class ManifestTest(unittest.TestCase):
    def test_print_manifest(self):
        path = os.path.realpath(HOST)
        for browser, key in (("chromium", "allowed_origins"), ("firefox", "allowed_extensions")):
            out = subprocess.run([HOST, "--print-manifest", browser], capture_output=True, check=True)
            m = json.loads(out.stdout)
            self.assertEqual(m["name"], "nl.clipguard.native_host")
            self.assertEqual(m["path"], path)
            self.assertEqual(m["type"], "stdio")
            self.assertEqual(len(m[key]), 1)
        m = json.loads(subprocess.run([HOST, "--print-manifest", "chromium"], capture_output=True,
                                      check=True).stdout)
        self.assertRegex(m["allowed_origins"][0], r"^chrome-extension://[a-p]{32}/$")
        self.assertEqual(subprocess.run([HOST, "--print-manifest", "lynx"],
                                        capture_output=True).returncode, 2)


if __name__ == "__main__":
    HOST, SCHEMA_DIR = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1] + sys.argv[3:], verbosity=2)
