#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the benchmark input.

usage: make-mixed.py BACKGROUND_DIR OUT MB       mixed text: the background set
                                                  (man pages, licences, headers,
                                                  log, ledger) with personal data
                                                  sprinkled in, repeated to MB
       make-mixed.py --log|--ledger OUT MB       digit-dense text: an application
                                                  log with a request id on every
                                                  line, a ledger TSV with an
                                                  order-number column
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


def app_log(rng, size):
    """An application log with a nine-digit request id on every line."""
    lines, written = [], 0
    levels = ["INFO ", "INFO ", "INFO ", "DEBUG", "WARN "]
    while written < size:
        line = (f"2026-11-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d},{rng.randrange(1000):03d} {rng.choice(levels)} "
                f"[http-nio-8080-exec-{rng.randrange(1, 40)}] c.e.shop.OrderController - "
                f"request {rng.randrange(10**8, 10**9)} {rng.choice(['GET', 'POST'])} "
                f"/api/orders/{rng.randrange(10**5, 10**6)} took {rng.randrange(900)} ms\n")
        lines.append(line)
        written += len(line)
    return "".join(lines).encode()


def ledger_tsv(rng, size):
    """A ledger exported as TSV, its second column a nine-digit order number."""
    lines = ["datum\tordernummer\tgrootboek\tomschrijving\tdebet\tcredit\n"]
    written = len(lines[0])
    while written < size:
        line = (f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}\t"
                f"{rng.randrange(10**8, 10**9)}\t{rng.choice(['8000', '8010', '1300', '4400'])}\t"
                f"{rng.choice(['verkoop webshop', 'retour', 'verzendkosten', 'inkoop'])}\t"
                f"{rng.randrange(99999)},{rng.randrange(100):02d}\t0,00\n")
        lines.append(line)
        written += len(line)
    return "".join(lines).encode()


def dense(out, kind, size):
    rng = random.Random(9)
    with open(out, "wb") as f:
        f.write(app_log(rng, size) if kind == "log" else ledger_tsv(rng, size))


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
    # issue 18's mix: an application log with a request id on every line and
    # a ledger TSV with an order-number column
    blobs.append(app_log(rng, 14 * MB))
    blobs.append(ledger_tsv(rng, 7 * MB))
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
    elif sys.argv[1] in ("--log", "--ledger"):
        dense(sys.argv[2], sys.argv[1][2:], int(sys.argv[3]) * MB)
    else:
        mixed(sys.argv[1], sys.argv[2], int(sys.argv[3]) * MB)


if __name__ == "__main__":
    main()
