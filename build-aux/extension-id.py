#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the Chromium extension ID that the public key in a manifest.json
(its "key") gives: the first 32 hex digits of the key's SHA-256, written
with the letters a-p.  The native messaging host allows only this origin."""
import base64
import hashlib
import json
import sys

key = base64.b64decode(json.load(open(sys.argv[1], encoding="utf-8"))["key"])
digest = hashlib.sha256(key).hexdigest()[:32]
print("".join(chr(ord("a") + int(c, 16)) for c in digest))
