#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the hash tables of a name list at build time, so the scanner uses
them in place (from the GResource, read-only) and builds nothing at start.

usage: make-name-table.py [--with-last-words] LIST OUT

LIST has one normalised name a line (see compact-gazetteer.py).  OUT holds
one hash table of the names and, with --with-last-words, a second one of
their last words (a cheap first test before a whole name is looked up); both
point into one blob of the names.  Layout, read by detectors/cg-name-set.c,
integers little-endian u32:

  "CGNT" version(2) n_tables blob_size
  n_tables x (n_names mask)
  n_tables x slots[mask + 1]   0 (empty) or 1 + the offset of a name in the blob
  blob[blob_size]              the names, each followed by '\\n'

Slots are probed linearly from FNV-1a(name) & mask; the load stays at most 0.65.
"""
import struct
import sys


def fnv1a(data):
    h = 2166136261
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def table(entries, blob):
    """entries: (offset, length) of distinct names in blob."""
    size = 1024
    while size * 65 < len(entries) * 100:
        size *= 2
    mask = size - 1
    slots = [0] * size
    for offset, length in entries:
        i = fnv1a(blob[offset:offset + length]) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = offset + 1
    return len(entries), mask, slots


def main():
    args = sys.argv[1:]
    last_words = args[0] == "--with-last-words"
    src, out = args[1:] if last_words else args
    blob = bytearray()
    names, words = [], []
    seen, seen_words = set(), set()
    with open(src, "rb") as f:
        for line in f:
            name = line.rstrip(b"\r\n")
            if not name or name.startswith(b"#") or name in seen:
                continue
            seen.add(name)
            offset = len(blob)
            blob += name + b"\n"
            names.append((offset, len(name)))
            word = name.rsplit(b" ", 1)[-1]
            if last_words and word not in seen_words:
                seen_words.add(word)
                # a last word ends where its name ends, before the same '\n'
                words.append((offset + len(name) - len(word), len(word)))
    tables = [table(names, blob)] + ([table(words, blob)] if last_words else [])
    with open(out, "wb") as f:
        f.write(b"CGNT" + struct.pack("<III", 2, len(tables), len(blob)))
        for n, mask, _ in tables:
            f.write(struct.pack("<II", n, mask))
        for _, _, slots in tables:
            f.write(struct.pack("<%dI" % len(slots), *slots))
        f.write(blob)


if __name__ == "__main__":
    main()
