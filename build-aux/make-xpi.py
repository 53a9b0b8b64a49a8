#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs the browser extension (browser/, without its README) into an XPI
for Firefox's ExtensionSettings policy: a zip of the same files browsers
load unpacked, in name order with fixed times, so a rebuild gives the same
bytes.  usage: make-xpi.py SOURCE_DIR OUTPUT"""
import os
import sys
import zipfile

source, output = sys.argv[1], sys.argv[2]
skip = {"README.md"}
names = []
for root, dirs, files in os.walk(source):
    dirs.sort()
    for name in sorted(files):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, source)
        if rel not in skip:
            names.append(rel)
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
    for rel in sorted(names):
        info = zipfile.ZipInfo(rel, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(os.path.join(source, rel), "rb") as f:
            z.writestr(info, f.read())
