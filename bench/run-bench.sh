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

# The median wall-clock time of a command in seconds (hyperfine: two
# warm-up runs, ten measured, no shell in between), its output thrown away; a
# program that exits 1 ("found") counts as run.
median_time() {
  hyperfine -N -i --warmup 2 --runs 10 --style none --export-json "$work/time.json" "$*" \
    >/dev/null 2>&1
  /usr/bin/python3 -c 'import json, sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' \
    "$work/time.json"
}

echo "== clipguard detector core (one thread, the text in memory)"
"$build/bench/bench-scan" "$work/mixed.txt" 5
echo
echo "== end to end on the same file: clipguard-scan --json against ripgrep"
# 9 digits (BSN), two letters + two digits + 10-30 alphanumerics (IBAN),
# 4 digits + 2 capitals (postcode): what a regex-only detector would start from.
patterns='\b[0-9]{9}\b|\b[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}\b|\b[1-9][0-9]{3} ?[A-Z]{2}\b'
rg --version | head -1
echo "cores: $(nproc)"
scan=$(median_time "$build/cli/clipguard-scan" --json "$work/mixed.txt")
rg=$(median_time rg -c --no-unicode -e "'$patterns'" "$work/mixed.txt")
echo "clipguard-scan --json: $scan s, rg -c --no-unicode: $rg s (medians of 10 runs)"
echo "ratio: $(echo "scale=2; $scan / $rg" | bc)x ripgrep's time"
/usr/bin/time -f "clipguard-scan --json: %M KB max resident" "$build/cli/clipguard-scan" --json "$work/mixed.txt" 2>&1 >/dev/null | tail -1
echo "clipguard-scan on empty input: $(median_time "$build/cli/clipguard-scan" /dev/null) s (with process start)"
echo
echo "== organisation rules: twenty typical ones (bench/rules/typical.rules) on the same file"
"$build/bench/bench-scan" "$work/mixed.txt" 5 "$src/bench/rules/typical.rules" | sed -n '2,4p'
with_rules=$(median_time "$build/cli/clipguard-scan" --json --no-rules --rules "$src/bench/rules/typical.rules" "$work/mixed.txt")
without=$(median_time "$build/cli/clipguard-scan" --json --no-rules "$work/mixed.txt")
echo "clipguard-scan --json: $without s without rules, $with_rules s with the twenty (medians of 10, $(nproc) cores)"
echo
echo "== findings-dense CSV: every row a BSN, an IBAN and a home address, 32 MB"
for layout in export narrow parts; do
  [ -f "$work/dense-$layout.csv" ] || /usr/bin/python3 "$src/bench/make-dense.py" "$work/dense-$layout.csv" 32 --layout "$layout"
  echo "-- $layout: $(sed -n 2p "$work/dense-$layout.csv" | cut -c1-100)"
  "$build/bench/bench-scan" "$work/dense-$layout.csv" 3 | sed -n '2,3p'
  for mode in --mask "" --json; do
    t=$(median_time "$build/cli/clipguard-scan" $mode "$work/dense-$layout.csv")
    echo "clipguard-scan ${mode:-(grep-style)}: $t s, $(echo "scale=0; 32 / $t" | bc) MB/s end to end"
  done
done
echo
echo "== digit-dense text: an application log with a request id on every line, a ledger TSV"
echo "   with an order-number column (goal: 300 MB/s on one core)"
[ -f "$work/dense-log.txt" ] || /usr/bin/python3 "$src/bench/make-mixed.py" --log "$work/dense-log.txt" 14
[ -f "$work/dense-ledger.tsv" ] || /usr/bin/python3 "$src/bench/make-mixed.py" --ledger "$work/dense-ledger.tsv" 7
for f in dense-log.txt dense-ledger.tsv; do
  echo "-- $f: $(sed -n 2p "$work/$f" | cut -c1-100)"
  "$build/bench/bench-scan" "$work/$f" 5 | sed -n '3p'
  scan=$(median_time "$build/cli/clipguard-scan" --json "$work/$f")
  rg=$(median_time rg -c --no-unicode -e "'$patterns'" "$work/$f")
  echo "clipguard-scan --json: $scan s, rg -c --no-unicode: $rg s, ratio $(echo "scale=2; $scan / $rg" | bc)x"
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
