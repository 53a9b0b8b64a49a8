#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages as an administrator uses them: installed with apt-get,
# the guard started the way a login starts it (the installed autostart
# entry) and warned by a copy with a BSN, clipguard-scan run, and both
# purged without a trace.  Needs root (or sudo).
#
# usage: tests/deb/test-installed.sh BUILD_DEB_DIR
set -eu
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
autostart=/etc/xdg/autostart/nl.clipguard.ClipGuard-autostart.desktop

step () { echo "== $*"; }
fail () { echo "FAIL: $*"; exit 1; }

step "install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  "$dir"/clipguard_*_*.deb "$dir"/clipguard-scan_*_*.deb "$dir"/webext-clipguard_*_*.deb >/dev/null
dpkg-query -W clipguard clipguard-scan webext-clipguard

step "registered by the triggers"
[ -f "$autostart" ] || fail "no $autostart"
gsettings list-schemas | grep -qx nl.clipguard.ClipGuard || fail "schema not compiled"
[ -f /usr/share/icons/hicolor/48x48/apps/nl.clipguard.ClipGuard.png ] || fail "no 48x48 icon"
gtk-update-icon-cache --validate /usr/share/icons/hicolor/icon-theme.cache 2>/dev/null || true
desktop-file-validate /usr/share/applications/nl.clipguard.ClipGuard.desktop "$autostart"
man -w clipguard >/dev/null && man -w clipguard-scan >/dev/null
man -L nl -w clipguard 2>/dev/null | grep -q /nl/ || fail "no Dutch man page"

step "clipguard-scan"
set +e
out=$(printf 'Hoi,\nMijn BSN is 123456782.\n' | clipguard-scan)
status=$?
set -e
[ "$status" = 1 ] || fail "clipguard-scan exit $status, expected 1"
echo "$out" | grep -q -- '-:2:13: bsn: \*\*\*\*\*\*\*82' || fail "clipguard-scan printed: $out"
echo "$out" | grep -q 123456782 && fail "clipguard-scan showed the value"
msg=$(LANGUAGE=nl LC_ALL=C.UTF-8 clipguard-scan --bogus 2>&1 || true)
echo "$msg" | grep -q "Onbekende optie" || fail "no Dutch translation: $msg"

step "the browser extension and its native host"
host=/usr/libexec/clipguard-native-host
for m in /etc/chromium/native-messaging-hosts /etc/opt/chrome/native-messaging-hosts \
         /usr/lib/mozilla/native-messaging-hosts; do
  grep -q "\"path\": \"$host\"" "$m/nl.clipguard.native_host.json" || fail "no host manifest in $m"
done
[ -f /usr/share/chromium/extensions/clipguard/manifest.json ] || fail "no extension for chromium"
[ -f "/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/clipguard@clipguard.nl/manifest.json" ] \
  || fail "no extension for firefox"
$host --print-manifest chromium | cmp - /etc/chromium/native-messaging-hosts/nl.clipguard.native_host.json \
  || fail "the installed Chromium manifest is not the host's own"
man -w clipguard-native-host >/dev/null
dbus-run-session -- /usr/bin/python3 "$here/browser-installed.py" "$here/../../doc/administrators.md"

step "the guard, started as at login"
exec_line=$(sed -n 's/^Exec=//p' "$autostart")
dbus-run-session -- /usr/bin/python3 "$here/smoke-installed.py" $exec_line

step "purge"
files=$(dpkg -L clipguard clipguard-scan webext-clipguard | sort -u)
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq clipguard clipguard-scan webext-clipguard >/dev/null
dpkg-query -W -f '${Status}\n' clipguard clipguard-scan webext-clipguard 2>/dev/null | grep -q installed \
  && fail "still installed" || true
left=""
for f in $files; do
  # shared folders (/usr/share/icons/hicolor/48x48/apps, ...) stay
  [ -e "$f" ] && [ ! -d "$f" ] && left="$left $f"
done
for d in /usr/share/doc/clipguard /usr/share/doc/clipguard-scan /usr/share/doc/webext-clipguard \
         /usr/share/chromium/extensions/clipguard; do
  [ -e "$d" ] && left="$left $d"
done
[ -z "$left" ] || fail "left behind:$left"
gsettings list-schemas | grep -q nl.clipguard && fail "schema still compiled" || true
echo "== all good"
