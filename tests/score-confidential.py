#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Precision and recall of the confidential detector on a labelled sample.

usage: score-confidential.py CLIPGUARD-SCAN CORPUS-DIR [--min-precision P] [--min-recall R] [-v]

CORPUS-DIR holds docs/*.txt and manifest.jsonl ({"doc", "alarm": true|false, ...}).
Scored by document, as the guard decides per copy: a document alarms when
clipguard-scan reports a `confidential` finding in it.  Exits 1 below a goal.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scan")
    ap.add_argument("corpus")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("-v", action="store_true", help="list the documents scored wrong")
    a = ap.parse_args()
    manifest = [json.loads(line) for line in open(os.path.join(a.corpus, "manifest.jsonl"))]
    paths = [os.path.join(a.corpus, "docs", m["doc"]) for m in manifest]
    out = subprocess.run([a.scan, "--json", "--types", "confidential", *paths],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit("score-confidential: clipguard-scan failed: " + out.stderr.strip())
    flagged = {}
    for line in out.stdout.splitlines():
        f = json.loads(line)
        if f["type"] == "confidential":
            flagged.setdefault(os.path.basename(f["file"]), f.get("reason", ""))
    tp = fp = fn = tn = 0
    for m in manifest:
        hit = m["doc"] in flagged
        if m["alarm"] and hit:
            tp += 1
        elif m["alarm"]:
            fn += 1
            if a.v:
                print("missed     %s  %s: %s" % (m["doc"], m.get("family", ""), m.get("note", "")))
        elif hit:
            fp += 1
            if a.v:
                print("false alarm %s  %s (%s): %s" % (m["doc"], m.get("family", ""),
                                                      flagged[m["doc"]], m.get("note", "")))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print("%s: %d documents, %d alarm, %d quiet; TP %d FP %d FN %d TN %d; "
          "precision %.3f, recall %.3f" % (os.path.basename(os.path.normpath(a.corpus)),
                                           len(manifest), tp + fn, fp + tn, tp, fp, fn, tn,
                                           precision, recall))
    if precision < a.min_precision or recall < a.min_recall:
        print("below the goal: precision >= %.2f, recall >= %.2f" % (a.min_precision, a.min_recall))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
