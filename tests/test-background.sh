#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# False alarms on text without personal data: Dutch man pages, the Dutch
# Debian FAQ, licence texts, C headers, and a generated log and ledger full of
# 11-check-valid 9-digit ids.  Goal: at most 1 false alarm per 10 MB.
set -eu
scan=$1
src=$(cd "$(dirname "$0")/.." && pwd)
out=${MESON_BUILD_ROOT:-/tmp}/background
/usr/bin/python3 "$src/bench/make-background.py" "$out" >/dev/null
total_bytes=0
total_alarms=0
for f in "$out"/*.txt; do
  bytes=$(stat -c %s "$f")
  set +e
  alarms=$("$scan" "$f" | wc -l)
  set -e
  echo "$(basename "$f"): $((bytes / 1048576)) MB, $alarms false alarms"
  total_bytes=$((total_bytes + bytes))
  total_alarms=$((total_alarms + alarms))
done
mb=$((total_bytes / 1048576))
echo "total: $mb MB, $total_alarms false alarms"
[ "$mb" -ge 50 ] || { echo "background set too small: $mb MB"; exit 1; }
# at most 1 per 10 MB
[ $((total_alarms * 10)) -le "$mb" ] || { echo "too many false alarms"; exit 1; }
"$scan" --show "$out"/*.txt | head -20 || true
