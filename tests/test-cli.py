#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""clipguard-scan as a user runs it: exit codes, output formats, standard
input, hostile bytes, and inputs larger than one chunk.

usage: test-cli.py PATH/TO/clipguard-scan
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

SCAN = None
BSN_TEXT = b"Mijn BSN is 123456782.\n"
CLEAN_TEXT = b"Niets bijzonders hier, alleen 42 appels.\n"


# No rules of this machine's /etc/xdg or of the user: each test says its own.
NO_RULES_HOME = tempfile.mkdtemp(prefix="clipguard-cli-")


def run(args, stdin=b"", env=None):
    env = dict(os.environ, XDG_CONFIG_DIRS=NO_RULES_HOME + "/system",
               XDG_CONFIG_HOME=NO_RULES_HOME + "/home", **(env or {}))
    return subprocess.run([SCAN] + args, input=stdin, capture_output=True, timeout=120, env=env)


RULES = (b"[Rule personeelsnummer]\nLabel=Personeelsnummer\n"
         b"Pattern=\\bP-\\d{6}\\b\nKeywords=personeelsnummer;personeelsnr\n"
         b"[Rule klantkaart]\nLabel=Klantenkaart\nPattern=\\b\\d{4}( ?\\d{4}){3}\\b\n"
         b"Checksum=luhn\nMask=placeholder\n")


class Cli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def file(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_exit_status(self):
        self.assertEqual(run([self.file("clean.txt", CLEAN_TEXT)]).returncode, 0)
        self.assertEqual(run([self.file("bsn.txt", BSN_TEXT)]).returncode, 1)
        self.assertEqual(run([self.file("empty.txt", b"")]).returncode, 0)

    def test_errors_exit_2_with_one_line(self):
        for args in (["/nonexistent/file"], ["--bogus"], ["--types=bsn,phone"],
                     ["--mask=confetti"], [self.dir.name]):
            p = run(args)
            self.assertEqual(p.returncode, 2, args)
            lines = p.stderr.decode().strip().splitlines()
            self.assertEqual(len(lines), 1, (args, lines))
            self.assertTrue(lines[0].startswith("clipguard-scan: "), lines)

    def test_rules_file_adds_types_by_id(self):
        rules = self.file("org.rules", RULES)
        text = (b"Personeelsnummer: P-123456, kaart 4111 1111 1111 1111, BSN 123456782\n"
                b"\nBestelling P-654321 en kaart 4111 1111 1111 1112\n")
        p = run(["--json", "--rules", rules], text)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = [json.loads(l) for l in p.stdout.decode().splitlines()]
        self.assertEqual([(f["type"], f["match"]) for f in found],
                         [("personeelsnummer", "P-123456"), ("klantkaart", "4111 1111 1111 1111"),
                          ("bsn", "123456782")])
        masked = run(["--mask", "--rules", rules], text).stdout.decode()
        self.assertTrue(masked.startswith("Personeelsnummer: *-****56, kaart [KLANTKAART-1], "
                                          "BSN *******82\n"), masked)
        # without it, they are not looked for
        self.assertEqual(len(run(["--json"], text).stdout.decode().splitlines()), 1)

    def test_bad_rules_file_exits_2_naming_file_rule_and_reason(self):
        bad = self.file("org.rules", RULES + b"[Rule kapot]\nPattern=(ab\n")
        p = run(["--rules", bad], BSN_TEXT)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr.decode(), "clipguard-scan: %s: rule 'kapot': pattern error at "
                         "offset 3: missing closing parenthesis\n" % bad)
        self.assertEqual(p.stdout, b"")
        self.assertEqual(run(["--rules", "/nonexistent.rules"], BSN_TEXT).returncode, 2)

    def test_rules_directories_and_no_rules(self):
        system = os.path.join(NO_RULES_HOME, "system", "clipguard", "rules.d")
        os.makedirs(system, exist_ok=True)
        path = os.path.join(system, "org.rules")
        with open(path, "wb") as f:
            f.write(RULES + b"[Rule kapot]\nPattern=x\nColour=red\n")
        self.addCleanup(os.remove, path)
        text = b"Personeelsnummer: P-123456\n"
        p = run(["--json"], text)
        # a bad rule in a directory is reported, the good ones are used
        self.assertEqual(p.returncode, 1)
        self.assertIn("rule 'kapot': unknown key 'Colour'", p.stderr.decode())
        self.assertEqual(json.loads(p.stdout)["type"], "personeelsnummer")
        self.assertEqual(run(["--json", "--no-rules"], text).returncode, 0)

    def test_installed_examples_do_what_their_comments_say(self):
        examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                                "rules-examples")
        personnel = os.path.join(examples, "10-personeelsnummer.rules")
        card = os.path.join(examples, "20-klantenkaart.rules")
        p = run(["--json", "--no-rules", "--rules", personnel],
                b"Personeelsnr.\nP-004217\n\nTicket P-004218 gesloten.\n")
        self.assertEqual([json.loads(l)["match"] for l in p.stdout.decode().splitlines()],
                         ["P-004217"])
        p = run(["--mask", "--no-rules", "--rules", card],
                b"Kaart 4111 1111 1111 1111 en 4111111111111112.\n")
        self.assertEqual(p.stdout, b"Kaart [KLANTENKAART-1] en 4111111111111112.\n")

    def test_hostile_rule_is_bounded(self):
        rules = self.file("bad.rules", b"[Rule slecht]\nPattern=(a+)+$\n" + RULES)
        text = b"a" * (1 << 20) + b"!\nPersoneelsnummer: P-123456\n"
        p = run(["--json", "--rules", rules], text)
        self.assertEqual(p.returncode, 1)
        self.assertIn("Rule 'slecht' stopped", p.stderr.decode())
        self.assertEqual(json.loads(p.stdout)["type"], "personeelsnummer")

    def test_error_after_finding_still_exit_2(self):
        p = run([self.file("bsn.txt", BSN_TEXT), "/nonexistent/file"])
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"bsn", p.stdout)

    def test_grep_style_masked_by_default(self):
        path = self.file("bsn.txt", b"regel een\n" + BSN_TEXT)
        out = run([path]).stdout.decode()
        self.assertEqual(out, f"{path}:2:13: bsn: *******82\n")
        self.assertNotIn("123456782", out)
        self.assertIn("123456782", run(["--show", path]).stdout.decode())

    def test_standard_input(self):
        for args in ([], ["-"]):
            p = run(args, BSN_TEXT)
            self.assertEqual(p.returncode, 1)
            self.assertTrue(p.stdout.startswith(b"-:1:13: bsn: "), p.stdout)

    def test_json_fields(self):
        p = run(["--json", "-"], b"IBAN NL91ABNA0417164300\n" + BSN_TEXT)
        rows = [json.loads(l) for l in p.stdout.decode().splitlines()]
        self.assertEqual([r["type"] for r in rows], ["iban", "bsn"])
        for r in rows:
            for key in ("file", "type", "start", "end", "match", "masked", "confidence", "reason"):
                self.assertIn(key, r)
        self.assertEqual(rows[0]["start"], 5)
        self.assertEqual(rows[0]["end"], 23)
        self.assertEqual(rows[0]["match"], "NL91ABNA0417164300")
        self.assertEqual(rows[0]["masked"], "NL**************00")

    def test_types(self):
        data = b"IBAN NL91ABNA0417164300\n" + BSN_TEXT
        p = run(["--json", "--types=iban", "-"], data)
        self.assertEqual([json.loads(l)["type"] for l in p.stdout.decode().splitlines()], ["iban"])

    def test_mask(self):
        data = b"Hoi,\n" + BSN_TEXT + b"IBAN NL91 ABNA 0417 1643 00\n\xff\xfe tot ziens\n"
        stars = run(["--mask", "-"], data).stdout
        self.assertEqual(stars, data.replace(b"123456782", b"*******82")
                         .replace(b"NL91 ABNA 0417 1643 00", b"NL** **** **** **** 00"))
        # a bare --mask never takes the file name for a style
        self.assertEqual(run(["--mask", self.file("in.txt", data)]).stdout, stars)
        placeholder = run(["--mask=placeholder", "-"], data).stdout
        self.assertEqual(placeholder, data.replace(b"123456782", b"[BSN-1]")
                         .replace(b"NL91 ABNA 0417 1643 00", b"[IBAN-1]"))

    def test_version_and_help(self):
        self.assertEqual(run(["--version"]).returncode, 0)
        self.assertIn(b"clipguard-scan", run(["--version"]).stdout)
        h = run(["--help"])
        self.assertEqual(h.returncode, 0)
        self.assertIn(b"--json", h.stdout)

    def test_hostile_bytes_give_valid_json(self):
        rng = random.Random(4242)
        pieces = [BSN_TEXT, b"NL91ABNA0417164300", b"\x00", b"\xff\xfe\xfd", b"\xc3\x28",
                  b"\xed\xa0\x80", b"\"\\\n\t", b"Kerkstraat 12, 3511 AB Utrecht\n",
                  b"\xe2\x80\x99s-Hertogenbosch", b"BSN: 111222333\xff"]
        for round_ in range(40):
            data = b"".join(rng.choice(pieces) if rng.random() < 0.6 else bytes(
                rng.randrange(256) for _ in range(rng.randrange(1, 30))) for _ in range(60))
            p = run(["--json", "-"], data)
            self.assertIn(p.returncode, (0, 1), p.stderr)
            for line in p.stdout.decode("utf-8").splitlines():
                row = json.loads(line)
                span = data[row["start"]:row["end"]]
                self.assertEqual(span.decode("utf-8", "replace"), row["match"])

    def test_input_larger_than_a_chunk(self):
        # 40 MB through a pipe, findings on both sides of the 16 MB chunk
        # borders and an address split over two lines at every border region.
        filler = b"Regel zonder iets, alleen tekst en 12 appels.\n"
        parts, offsets = [], []
        size = 0
        for target in (100, (16 << 20) - 30, (32 << 20) - 10, 40 << 20):
            n = (target - size) // len(filler)
            parts.append(filler * n)
            size += n * len(filler)
            offsets.append(size + len(b"Mijn BSN is "))
            parts.append(BSN_TEXT)
            size += len(BSN_TEXT)
        data = b"".join(parts)
        for args, stdin in ((["--json", "-"], data), (["--json", self.file("big.txt", data)], b"")):
            p = run(args, stdin)
            rows = [json.loads(l) for l in p.stdout.decode().splitlines()]
            self.assertEqual([r["start"] for r in rows], offsets, args[1])
        masked = run(["--mask", "-"], data).stdout
        self.assertEqual(masked, data.replace(b"123456782", b"*******82"))

    def test_table_longer_than_a_chunk(self):
        # A 17 MB export whose header is only on its first line: the BSN
        # column (bare numbers, no keyword on their lines) is a BSN column in
        # every chunk, from a file and from a pipe alike.
        rows = []
        for n in range(520000):
            rows.append("Klant %d;%s;Rij %d\n" % (n, valid_bsn(n), n))
        data = ("naam;bsn;opmerking\n" + "".join(rows)).encode()
        self.assertGreater(len(data), 2 * (8 << 20))
        for args, stdin in ((["--json", "-t", "bsn", "-"], data),
                            (["--json", "-t", "bsn", self.file("big.csv", data)], b"")):
            p = run(args, stdin)
            found = p.stdout.decode().splitlines()
            self.assertEqual(len(found), len(rows), args[-1])
            self.assertEqual(json.loads(found[-1])["reason"], "11-check + column 'bsn'")

    def test_line_numbers_after_a_quiet_chunk(self):
        # Findings in the first and the last chunk only, through a pipe: the
        # line of the last one is counted over the chunks between.
        data = BSN_TEXT + b"rustige regel\n" * 1500000 + BSN_TEXT
        p = run(["-"], data)
        self.assertEqual(p.stdout.decode().splitlines(),
                         ["-:1:13: bsn: *******82", "-:1500002:13: bsn: *******82"])


def valid_bsn(seed):
    """A nine-digit number that passes the 11-check, made from @seed."""
    n = 100000000 + seed * 37
    while True:
        digits = [int(c) for c in str(n)]
        if sum(d * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0:
            return str(n)
        n += 1


if __name__ == "__main__":
    SCAN = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
