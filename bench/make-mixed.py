#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the benchmark input.

usage: make-mixed.py BACKGROUND_DIR OUT MB       mixed text: the background set
                                                  (man pages, licences, headers,
                                                  log, ledger) with personal data
                                                  sprinkled in, repeated to MB
       make-mixed.py --hostile OUT MB            worst cases for the rules: long
                                                  digit runs, digit groups, tables
                                                  of candidates, streets without end
"""
import os
import random
import sys

MB = 1 << 20

PERSONAL = [
    "Mijn BSN is 123456782 en mijn IBAN NL91 ABNA 0417 1643 00.\n",
    "Adres: Kerkstraat 12, 3511 AB Utrecht\n",
    "Naam\tBSN\tIBAN\nJan\t111222333\tNL91ABNA0417164300\n",
]


def log_lines(rng, size):
    """A service log with request and order ids: random 9-digit numbers, of
    which about one in eleven passes the 11-check, as in real logs."""
    lines = []
    written = 0
    while written < size:
        n = rng.randrange(10**8, 10**9)
        line = rng.choice([
            f"2026-11-29T10:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z api request {n} served in {rng.randrange(900)} ms\n",
            f"INFO order {n} shipped to warehouse {rng.randrange(40)}, {rng.randrange(1, 99)} items\n",
            f"GET /api/v2/items/{n}?page={rng.randrange(40)} 200 {rng.randrange(5000)}\n",
            f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d};{n};Licentie {rng.randrange(500)};{rng.randrange(99999)},{rng.randrange(100):02d}\n",
        ])
        lines.append(line)
        written += len(line)
    return "".join(lines).encode()


def mixed(background, out, size):
    """Real text (man pages, FAQ, licences, C headers) and a realistic log, with
    a little personal data in between."""
    rng = random.Random(7)
    blobs = []
    for name in sorted(os.listdir(background)):
        if name.startswith("generated-"):
            continue  # all-valid ids: the precision worst case, not typical text
        with open(os.path.join(background, name), "rb") as f:
            blobs.append(f.read())
    blobs.append(log_lines(rng, 8 * MB))
    with open(out, "wb") as f:
        written = 0
        while written < size:
            blob = rng.choice(blobs)
            start = rng.randrange(max(1, len(blob) - MB))
            piece = blob[start:start + MB]
            cut = piece.rfind(b"\n")
            piece = piece[:cut + 1] if cut > 0 else piece
            f.write(piece)
            extra = rng.choice(PERSONAL).encode()
            f.write(extra)
            written += len(piece) + len(extra)


def hostile(out, size):
    rng = random.Random(8)
    units = [
        "1" * 5000 + "\n",                                   # one endless digit run
        "123 " * 1000 + "\n",                                # digit groups everywhere
        "1234.56.782 " * 300 + "\n",                         # BSN shapes without context
        ("Kerkstraat " * 200) + "12\n",                      # street words before a number
        "NL91 " * 1000 + "\n",                               # IBAN starts that never end
        "1234 AB " * 600 + "\n",                             # postcodes without places
        ";" * 3000 + "123456782\n",                          # a wide table row
        "BSN\t" * 50 + "\n" + ("123456782\t" * 50 + "\n") * 20,  # tall table of candidates
        "".join(chr(rng.randrange(0x30, 0x3a)) for _ in range(4000)) + "\n",
    ]
    with open(out, "w") as f:
        written = 0
        while written < size:
            u = rng.choice(units)
            f.write(u)
            written += len(u)


def main():
    if sys.argv[1] == "--hostile":
        hostile(sys.argv[2], int(sys.argv[3]) * MB)
    else:
        mixed(sys.argv[1], sys.argv[2], int(sys.argv[3]) * MB)


if __name__ == "__main__":
    main()
