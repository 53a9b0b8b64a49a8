#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a findings-dense CSV for the benchmark: every row holds a BSN, an
IBAN and a home address, as in a payroll or CRM export.

usage: make-dense.py OUT MB [--layout narrow|export|parts]
  narrow  naam;bsn;iban;adres: the three values and a name, nothing else
          (about 75 bytes a row: the most findings per byte)
  export  a CRM export: customer number, name, date of birth, BSN, IBAN,
          street and number, postcode, place, phone, e-mail (about 180 bytes)
  parts   the address in separate cells: straat;huisnummer;postcode;woonplaats
"""
import random
import sys

STREETS = ["Oudegracht", "Rembrandtlaan", "Molenweg", "Kerkstraat", "Stationsweg",
           "Dorpsstraat", "Julianalaan", "Schoolstraat", "Beatrixstraat", "Prinses Irenestraat"]
PLACES = ["Utrecht", "Arnhem", "Rhenen", "Zwolle", "Leiden", "Ede", "Amersfoort", "Den Haag"]
FIRST = ["Jan", "Fatima", "Pieter", "Sanne", "Mohamed", "Eva", "Daan", "Lotte"]
LAST = ["de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Smit", "Meijer", "de Boer"]
LETTERS = "ABCDEGHJKLMNPRSTVXZ"


def bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * d[i] for i in range(8)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def iban(rng):
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB"])
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    number = int("".join(str(int(c, 36)) for c in bank + account + "NL00"))
    return f"NL{98 - number % 97:02d}{bank}{account}"


def postcode(rng):
    return f"{rng.randint(1000, 9999)} {rng.choice(LETTERS)}{rng.choice(LETTERS)}"


def row(rng, layout, n):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    street, number = rng.choice(STREETS), rng.randint(1, 300)
    place = rng.choice(PLACES)
    if layout == "narrow":
        return f"{name};{bsn(rng)};{iban(rng)};{street} {number}, {postcode(rng)} {place}"
    if layout == "parts":
        return f"{name};{bsn(rng)};{iban(rng)};{street};{number};{postcode(rng)};{place}"
    return (f"{100000 + n};{name};{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1940, 2005)};{bsn(rng)};{iban(rng)};{street} {number};"
            f"{postcode(rng)};{place};06-{rng.randint(10000000, 99999999)};"
            f"{name.split()[0].lower()}.{n}@example.nl;{rng.choice(['actief', 'inactief'])}")


HEADERS = {
    "narrow": "naam;bsn;iban;adres",
    "parts": "naam;bsn;iban;straat;huisnummer;postcode;woonplaats",
    "export": "klantnr;naam;geboortedatum;bsn;iban;adres;postcode;woonplaats;telefoon;e-mail;status",
}


def main():
    out, mb = sys.argv[1], int(sys.argv[2])
    layout = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--layout" else "export"
    rng = random.Random(7)
    size = mb << 20
    lines = [HEADERS[layout]]
    written = len(lines[0]) + 1
    n = 0
    while written < size:
        line = row(rng, layout, n)
        lines.append(line)
        written += len(line) + 1
        n += 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


main()
