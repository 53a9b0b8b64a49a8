#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the background set: real text with no personal data, plus a generated
log and ledger full of 9-digit ids, to count clipguard's false alarms.

usage: make-background.py OUT_DIR

Real text comes from Debian packages (manpages-nl, debian-faq-nl, licence
texts, C headers), so the set needs no download.  The generated files use a
fixed seed: the same set on every machine.
"""
import glob
import gzip
import os
import random
import sys

MB = 1 << 20


def read_any(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def gather(out, name, patterns, limit):
    size = 0
    with open(os.path.join(out, name), "wb") as f:
        for pattern in patterns:
            for path in sorted(glob.glob(pattern, recursive=True)):
                if not os.path.isfile(path):
                    continue
                data = read_any(path)
                f.write(data)
                f.write(b"\n")
                size += len(data) + 1
                if size >= limit:
                    return size
    return size


def valid_bsn_like(rng):
    """A 9-digit number that passes the 11-check: the worst case for a BSN
    detector, since its checksum alone cannot tell it from a BSN."""
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum((9 - i) * d[i] for i in range(8)) - d[8]
        if s % 11 == 0:
            return "".join(map(str, d))


def make_log(path, size, rng):
    services = ["api", "auth", "billing", "search", "mailer"]
    with open(path, "w") as f:
        written = 0
        while written < size:
            n = valid_bsn_like(rng)
            kind = rng.randrange(6)
            if kind == 0:
                line = f"2026-11-{rng.randrange(1,29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z {rng.choice(services)} request {n} served in {rng.randrange(1,900)} ms\n"
            elif kind == 1:
                line = f"INFO job={n} pid={rng.randrange(1000,99999)} status=ok bytes={rng.randrange(10**6)}\n"
            elif kind == 2:
                line = f"[{rng.choice(services)}] user {n} logged in from 10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}\n"
            elif kind == 3:
                line = f"GET /api/v2/items/{n}?page={rng.randrange(40)} 200 {rng.randrange(5000)}\n"
            elif kind == 4:
                line = f"WARN retry {rng.randrange(5)} for message {n} (queue {rng.choice(services)})\n"
            else:
                line = f"{n} {valid_bsn_like(rng)} {rng.randrange(10**9)}\n"
            f.write(line)
            written += len(line)


def make_ledger(path, size, rng):
    with open(path, "w") as f:
        f.write("Datum;Boekingsnummer;Omschrijving;Bedrag\n")
        written = 0
        items = ["Kantoorartikelen", "Licentie", "Reiskosten", "Lunch", "Hosting", "Drukwerk"]
        while written < size:
            n = valid_bsn_like(rng)
            line = f"2026-{rng.randrange(1,13):02d}-{rng.randrange(1,29):02d};{n};{rng.choice(items)} {rng.randrange(1,500)};{rng.randrange(1,99999)},{rng.randrange(100):02d}\n"
            f.write(line)
            written += len(line)
        f.write("\nTotaal per kostenplaats\n")
        for _ in range(2000):
            f.write(f"{valid_bsn_like(rng)}\t{rng.choice(items)}\t{rng.randrange(1,99999)}\n")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261129)
    sizes = {
        "manpages-nl.txt": gather(out, "manpages-nl.txt", ["/usr/share/man/nl/**/*"], 40 * MB),
        "debian-faq-nl.txt": gather(out, "debian-faq-nl.txt", ["/usr/share/doc/debian/FAQ/*.nl.txt.gz", "/usr/share/doc/debian/FAQ/nl/*.html"], 20 * MB),
        "licences.txt": gather(out, "licences.txt", ["/usr/share/common-licenses/*", "/usr/share/doc/*/copyright"], 20 * MB),
        "c-headers.txt": gather(out, "c-headers.txt", ["/usr/include/*.h", "/usr/include/*/*.h", "/usr/include/**/*.h"], 30 * MB),
    }
    make_log(os.path.join(out, "generated-log.txt"), 10 * MB, rng)
    make_ledger(os.path.join(out, "generated-ledger.txt"), 10 * MB, rng)
    for name in sorted(os.listdir(out)):
        print(f"{name}: {os.path.getsize(os.path.join(out, name)) / MB:.1f} MB")


if __name__ == "__main__":
    main()
