#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the Dutch gazetteer (BAG street and place names) into the compact form
that clipguard embeds: normalised (see detectors/cg-text.c, cg_text_normalise_name),
de-duplicated, sorted, one name a line.

usage: compact-gazetteer.py SHARED_DATA_NL OUT_DIR
"""
import os
import re
import sys

APOSTROPHES = "\u2019\u2018`\u00b4"


def normalise(name):
    """Mirror of cg_text_normalise_name(): ASCII lower case, one apostrophe,
    hyphens and runs of white space as one space."""
    for a in APOSTROPHES:
        name = name.replace(a, "'")
    name = "".join(c.lower() if c.isascii() else c for c in name)
    name = re.sub(r"[\s\-]+", " ", name).strip()
    return name


def place_variants(name):
    # "Zwolle (Ov)" is how the BAG tells apart two Zwolles; text says "Zwolle".
    base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    return {base}


def compact(src, dst, variants=lambda n: {n}):
    names = set()
    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            for v in variants(line):
                n = normalise(v)
                if n:
                    names.add(n)
    with open(dst, "w", encoding="utf-8") as f:
        for n in sorted(names):
            f.write(n + "\n")
    return len(names)


def main():
    src, out = sys.argv[1], sys.argv[2]
    for name, variants in (("streets", lambda n: {n}), ("places", place_variants),
                           ("street-exceptions", lambda n: {n}),
                           ("place-exceptions", lambda n: {n})):
        n = compact(os.path.join(src, name + ".txt"),
                    os.path.join(out, "nl-" + name + ".txt"), variants)
        print(f"nl-{name}.txt: {n} names")


if __name__ == "__main__":
    main()
