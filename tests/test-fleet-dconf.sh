#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The dconf example of doc/administrators.md, as written there: its files
# are taken from the document, compiled into a database in a temporary
# folder, and read back through GSettings with the dconf backend: the
# defaults must be the document's and the locked keys not writable.
#
# usage: test-fleet-dconf.sh DOC SCHEMA_DIR
set -eu
doc=$1
schema_dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every fenced block whose info string says file=PATH becomes $tmp/PATH.
awk -v root="$tmp" '
  /^ *```[a-z]* file=/ { sub(/.*file=/, ""); path = root $0; n = split(path, parts, "/");
                         dir = substr(path, 1, length(path) - length(parts[n]) - 1);
                         system("mkdir -p \"" dir "\""); printf "" > path; inside = 1; next }
  /^ *```/ && inside    { inside = 0; close(path); next }
  inside                { sub(/^   /, ""); print >> path }
' "$doc"
for f in etc/dconf/profile/user etc/dconf/db/local.d/00-clipguard \
         etc/dconf/db/local.d/locks/clipguard; do
  [ -s "$tmp/$f" ] || { echo "doc/administrators.md has no example for /$f"; exit 1; }
done
grep -qx "system-db:local" "$tmp/etc/dconf/profile/user"

# What `dconf update` makes of /etc/dconf/db/local.d, made here.
dconf compile "$tmp/local" "$tmp/etc/dconf/db/local.d"
printf 'user-db:user\nfile-db:%s\n' "$tmp/local" > "$tmp/profile"

mkdir -p "$tmp/run" && chmod 700 "$tmp/run"
fail=0
expect () {
  got=$(env DCONF_PROFILE="$tmp/profile" GSETTINGS_BACKEND=dconf GSETTINGS_SCHEMA_DIR="$schema_dir" \
        XDG_CONFIG_HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" \
        gsettings "$1" nl.clipguard.ClipGuard "$2")
  if [ "$got" = "$3" ]; then
    echo "ok: gsettings $1 $2 = $got"
  else
    echo "FAIL: gsettings $1 $2 = $got, expected $3"
    fail=1
  fi
}
expect get mask-style "'stars'"
expect get history-days "uint32 90"
expect get detect-address true
expect writable mask-style false
expect writable detect-bsn false
expect writable detect-iban false
expect writable detect-address false
# the audit events: on, and the user cannot switch them off
expect get audit-events true
expect writable audit-events false
# not locked: the user's to change
expect writable auto-mask true
expect writable history-days true
exit $fail
