#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-aux/install-icons.sh ICON_DIR APP_ID BUILD_DIR SIZE...: installs the
# application icon's PNG renderings (APP_ID-SIZE.png in BUILD_DIR) as
# ICON_DIR/SIZExSIZE/apps/APP_ID.png under the install prefix (and DESTDIR).
set -eu
icon_dir=$1 app_id=$2 build_dir=$3
shift 3
case $icon_dir in
  /*) ;;
  *) icon_dir=$MESON_INSTALL_PREFIX/$icon_dir ;;
esac
for size in "$@"; do
  dir=${DESTDIR:-}$icon_dir/${size}x${size}/apps
  mkdir -p "$dir"
  install -m 644 "$build_dir/$app_id-$size.png" "$dir/$app_id.png"
  echo "Installing $app_id-$size.png to $dir/$app_id.png"
done
