#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/run-bench.sh BUILD_DIR: scanning speed of the detector core, side by
# side with ripgrep over the bare candidate patterns on the same file, and a
# check that the cost stays linear on hostile input.  Prints figures only.
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$build/bench-data
mkdir -p "$work"
[ -f "$work/background/generated-log.txt" ] || /usr/bin/python3 "$src/bench/make-background.py" "$work/background" >/dev/null
/usr/bin/python3 "$src/bench/make-mixed.py" "$work/background" "$work/mixed.txt" 64

echo "== clipguard detector core"
"$build/bench/bench-scan" "$work/mixed.txt" 5
echo
echo "== ripgrep over the bare candidate patterns (rg -c --no-unicode), same file"
# 9 digits (BSN), two letters + two digits + 10-30 alphanumerics (IBAN),
# 4 digits + 2 capitals (postcode): what a regex-only detector would start from.
patterns='\b[0-9]{9}\b|\b[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}\b|\b[1-9][0-9]{3} ?[A-Z]{2}\b'
rg --version | head -1
for i in 1 2 3; do
  /usr/bin/time -f "rg: %e s elapsed, %M KB max resident" rg -c --no-unicode -e "$patterns" "$work/mixed.txt" 2>&1
done
echo
echo "== the precision worst case: logs and ledgers whose every id passes the 11-check"
cat "$work/background/generated-log.txt" "$work/background/generated-ledger.txt" > "$work/all-valid-ids.txt"
"$build/bench/bench-scan" "$work/all-valid-ids.txt" 3
echo
echo "== linear cost on hostile input (worst cases for each rule), 16 and 32 MB"
for mb in 16 32; do
  /usr/bin/python3 "$src/bench/make-mixed.py" --hostile "$work/hostile-$mb.txt" "$mb"
  "$build/bench/bench-scan" "$work/hostile-$mb.txt" 3 | grep -v "set-up"
done
