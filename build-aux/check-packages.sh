#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-aux/check-packages.sh BUILD_DIR PACKAGE...: runs the test suites under
# strace and checks that every program they start comes from a package that
# `build-aux/dev.sh test` installs: one of PACKAGE... or something they
# depend on, or a package every Debian system has (Essential, or priority
# required).  A green CI on a machine that happens to have a tool must not
# hide a missing install step (that is how xdotool went missing).
set -eu
build=$1
shift
trace=$(mktemp)
trap 'rm -f "$trace" "$trace".*' EXIT
src=$(cd "$(dirname "$0")/.." && pwd)

strace -f -qq -e trace=execve -e signal=none -o "$trace" \
  meson test -C "$build" --no-suite slow >/dev/null 2>&1 || {
  echo "check-packages: the tests failed under strace; run build-aux/dev.sh test first"
  exit 1
}
# Successful execs only; the programs themselves, not those of the tree.
sed -n 's/^[0-9]* *execve("\([^"]*\)".*= 0$/\1/p' "$trace" | sort -u > "$trace.programs"

# What installing the lists brings, with every dependency, and what every
# system has anyway.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "$@" 2>/dev/null |
  sed -n 's/^\([a-z0-9][a-z0-9.+-]*\)\(:[a-z0-9]*\)\{0,1\}$/\1/p' > "$trace.allowed"
dpkg-query -W -f '${Package} ${Priority} ${Essential}\n' |
  awk '$2 == "required" || $3 == "yes" { print $1 }' >> "$trace.allowed"
sort -u -o "$trace.allowed" "$trace.allowed"

missing=""
# The package of a file, under any of its names (/usr/bin/grep is /bin/grep
# to dpkg on a merged /usr; /usr/bin/python3 is python3.11).
package_of () {
  for name in "$1" "$(readlink -f "$1")" "$(echo "$1" | sed 's,^/usr/bin/,/bin/,; s,^/usr/sbin/,/sbin/,')"; do
    p=$(dpkg -S "$name" 2>/dev/null | grep -v '^diversion by' | head -1 | sed 's/:.*//; s/, .*//')
    [ -n "$p" ] && { echo "$p"; return; }
  done
}

while read -r program; do
  case $program in
    # the tree's programs, test copies, and clipguard re-running itself
    # (--keep-clipboard)
    "$src"/* | /tmp/* | /proc/self/exe | [!/]*) continue ;;
  esac
  pkg=$(package_of "$program")
  if [ -z "$pkg" ]; then
    missing="$missing
  $program (from no package)"
  elif ! grep -qx "$pkg" "$trace.allowed"; then
    missing="$missing
  $program (package $pkg)"
  else
    echo "ok: $program ($pkg)"
  fi
done < "$trace.programs"
if [ -n "$missing" ]; then
  echo "Programs the tests start that build-aux/dev.sh does not install:$missing"
  exit 1
fi
