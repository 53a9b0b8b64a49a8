#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the browser extension's toolbar icons (data/icons/browser/*.svg)
# into browser/icons/, which is what browsers load: run after changing an
# SVG, and commit the PNGs (the extension has no build step).
set -eu
cd "$(dirname "$0")/.."
for state in on off paused error; do
  for size in 16 32 48 128; do
    rsvg-convert --width $size --height $size --format png \
      --output browser/icons/$state-$size.png data/icons/browser/$state.svg
  done
done
