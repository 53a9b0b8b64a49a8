#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Precision and recall on the shared labelled corpus, against the goals of the
# detector issue.  The corpus lives beside the project (../shared); a checkout
# without it skips this test (exit 77), the project itself never needs it.
scan=$1
corpus=${CLIPGUARD_CORPUS:-$(dirname "$0")/../../shared/corpus/public}
score=$(dirname "$corpus")/../tools/score.py
if [ ! -f "$corpus/labels.jsonl" ] || [ ! -f "$score" ]; then
  echo "no shared corpus at $corpus"
  exit 77
fi
exec /usr/bin/python3 "$score" "$corpus" \
  --need bsn:core:0.99 --need iban:core:0.99 --need address:core:0.97 \
  --need bsn:hard:0.90 -- "$scan"
# (the public sample has no hard-tier address labels; score.py counts an empty
# tier as recall 0, so that goal is read from the printed table instead)
