#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-aux/dev.sh: set up, build, run and test clipguard on Debian 12.
#
#   build-aux/dev.sh run        install what is missing, build, start the guard
#   build-aux/dev.sh test       install what is missing, build, run every test
#   build-aux/dev.sh sanitize   the tests again with AddressSanitizer + UBSan
#   build-aux/dev.sh fuzz [S]   the libFuzzer targets: the detectors for S seconds
#                               (default 60), the native host for S/2
#   build-aux/dev.sh bench      the detectors' benchmark (figures, not tests)
#   build-aux/dev.sh bench-guard [--quick] [--wayland]  the running guard's benchmark
#                               (some minutes; --wayland: on a headless sway)
#   build-aux/dev.sh bench-export [--quick]  the guard with a whole export on the
#                               clipboard (issue 19): copy to warning, D-Bus waits,
#                               Mask, memory
#   build-aux/dev.sh bench-browser [ROUNDS]  the browser paste guard's figures in
#                               a real Chromium (paste to decision, host memory)
#   build-aux/dev.sh screenshots  every window and notice on a real XFCE desktop
#                               (xfwm4, xfce4-panel, xfce4-notifyd), English and
#                               Dutch, in build/screenshots-desktop/
#   build-aux/dev.sh lint       formatting check (clang-format)
#   build-aux/dev.sh deb        the Debian packages, in build-deb/ (lintian-checked)
#   build-aux/dev.sh deb-test   install them with apt-get, run them, purge them
#   build-aux/dev.sh check-packages  every program the tests start is installed here
#
# Every Debian package a step needs is named here, so a fresh machine (or CI
# on a clean clone) gets the same set.
set -eu
cd "$(dirname "$0")/.."

BUILD_PACKAGES="meson ninja-build pkg-config gcc libc6-dev dpkg-dev gettext librsvg2-bin
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin libjson-glib-dev
  libgtk-3-dev libnotify-dev libx11-dev libxfixes-dev libayatana-appindicator3-dev
  libwayland-dev libwayland-bin libpcre2-dev"
TEST_PACKAGES="python3 manpages-nl debian-faq-nl
  xvfb xclip xauth dbus dbus-x11 python3-dbusmock python3-dbus procps
  desktop-file-utils appstream imagemagick xdotool dconf-cli dconf-gsettings-backend
  sway wl-clipboard util-linux mutter xwayland kwin-wayland
  chromium firefox-esr python3-websocket file systemd locales"
SANITIZE_PACKAGES=""
FUZZ_PACKAGES="clang libclang-rt-14-dev"
BENCH_PACKAGES="ripgrep hyperfine python3 manpages-nl debian-faq-nl bc time"
LINT_PACKAGES="clang-format"
SCREENSHOT_PACKAGES="xvfb xclip dbus python3-dbus imagemagick xdotool xfwm4 xfce4-panel
  xfce4-notifyd xfconf libglib2.0-bin dconf-cli dconf-gsettings-backend"
DEB_PACKAGES="dpkg-dev debhelper devscripts equivs fakeroot lintian"
DEB_TEST_PACKAGES="xvfb xclip xauth dbus python3-dbusmock python3-dbus xdotool chromium firefox-esr
  python3-websocket"

install_missing () {
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  echo "Installing:$missing"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  # another apt-get (an unattended upgrade) may hold the lock for a while: wait for it
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends $missing
}

configure () {
  dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" --prefix=/usr "$@"
  fi
  meson compile -C "$dir"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES
    configure build
    # From the build tree: meson devenv points GSettings at the compiled schema.
    exec meson devenv -C build ./app/clipguard "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES
    configure build
    meson test -C build --print-errorlogs "$@"
    ;;
  sanitize)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES $SANITIZE_PACKAGES
    configure build-sanitize -Db_sanitize=address,undefined -Db_lundef=false
    ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1 \
    LSAN_OPTIONS=suppressions="$PWD/build-aux/lsan.supp":print_suppressions=0 \
    UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
      meson test -C build-sanitize --print-errorlogs --no-suite slow "$@"
    ;;
  fuzz)
    seconds=${1:-60}
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $FUZZ_PACKAGES
    CC=clang configure build-fuzz -Dfuzzing=true -Db_lundef=false
    mkdir -p build-fuzz/corpus
    cp fuzz/seeds/* build-fuzz/corpus/
    ./build-fuzz/fuzz/fuzz-scan -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
      -dict=fuzz/keywords.dict \
      -timeout=10 -print_final_stats=1 build-fuzz/corpus
    # the native messaging host: what a web page reaches through the browser
    mkdir -p build-fuzz/corpus-native-host
    cp fuzz/seeds-native-host/* build-fuzz/corpus-native-host/
    ./build-fuzz/fuzz/fuzz-native-host -max_total_time="$(( (seconds + 1) / 2 ))" -max_len=65536 \
      -rss_limit_mb=2048 -dict=fuzz/keywords.dict -timeout=10 -print_final_stats=1 \
      build-fuzz/corpus-native-host
    ;;
  bench)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $BENCH_PACKAGES
    configure build
    ./bench/run-bench.sh build
    ;;
  bench-guard)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES
    configure build
    wayland=""
    for arg in "$@"; do
      [ "$arg" = "--wayland" ] && wayland="--wayland build/tests/e2e/cg-wl-test-source"
    done
    quick=""
    for arg in "$@"; do
      [ "$arg" = "--quick" ] && quick="--quick"
    done
    # shellcheck disable=SC2086
    exec dbus-run-session -- /usr/bin/python3 bench/bench-daemon.py build/app/clipguard \
      build/data build/tests/e2e/cg-test-owner build/bench/cg-copy-burst $quick $wayland
    ;;
  bench-export)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES
    configure build
    exec dbus-run-session -- /usr/bin/python3 bench/bench-export.py build/app/clipguard \
      build/data "$@"
    ;;
  bench-browser)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES
    configure build
    exec dbus-run-session --config-file tests/e2e/session.conf -- /usr/bin/python3 \
      bench/bench-browser.py build/native-host/clipguard-native-host build/data "$@"
    ;;
  deb)
    # shellcheck disable=SC2086
    install_missing $DEB_PACKAGES
    # Built from a copy of the tree, so the source stays clean and the
    # packages land in build-deb/ rather than in the folder above.
    rm -rf build-deb
    mkdir -p build-deb/src
    git ls-files -z | xargs -0 tar cf - | tar xf - -C build-deb/src
    (cd build-deb/src && mk-build-deps --install --remove \
       --tool "apt-get -y -qq --no-install-recommends -o Debug::pkgProblemResolver=yes" debian/control \
       && rm -f clipguard-build-deps_*)
    (cd build-deb/src && dpkg-buildpackage -us -uc -b)
    lintian --fail-on error,warning --info build-deb/*.changes
    ls -l build-deb/*.deb
    ;;
  deb-test)
    # shellcheck disable=SC2086
    install_missing $DEB_TEST_PACKAGES
    exec tests/deb/test-installed.sh build-deb
    ;;
  check-packages)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $TEST_PACKAGES strace
    configure build
    # shellcheck disable=SC2086
    exec build-aux/check-packages.sh build $BUILD_PACKAGES $TEST_PACKAGES
    ;;
  screenshots)
    # shellcheck disable=SC2086
    install_missing $BUILD_PACKAGES $SCREENSHOT_PACKAGES
    configure build
    exec dbus-run-session -- /usr/bin/python3 tests/e2e/screenshots.py build/app/clipguard \
      build/data build/po build/screenshots-desktop
    ;;
  lint)
    # shellcheck disable=SC2086
    install_missing $LINT_PACKAGES
    git ls-files '*.c' '*.h' | xargs clang-format --dry-run -Werror
    ;;
  *)
    sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
