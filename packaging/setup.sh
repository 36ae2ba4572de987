#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up a Debian 12 machine for Hindsight and builds it. As root it calls
# apt-get directly; as a user it calls sudo. Installing is idempotent and is
# skipped when every package is already there.
#
#   packaging/setup.sh run        install, build (Release), start the app on its default archive
#   packaging/setup.sh test       install, build, run every test (exit status non-zero on failure)
#                                 with a throw-away PostgreSQL server (tests/with-postgres.sh)
#   packaging/setup.sh test-asan  the same with -fsanitize=address,undefined
#   packaging/setup.sh bench      install, build, run the benchmark programs
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # Qt 6.4: Widgets, Sql (SQLite, PostgreSQL drivers), PrintSupport, Test, LinguistTools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  # SVG metric images and icons are read through Qt's SVG image plugin
  libqt6svg6
  # fonts for the PDF: Latin, Greek, Cyrillic (DejaVu), Arabic and Hebrew (Noto)
  fonts-dejavu-core fonts-noto-core
  # running the window without a desktop, tests of the PDF text, packaging checks
  xvfb xauth poppler-utils desktop-file-utils appstream dpkg-dev file libxml2-utils shared-mime-info imagemagick
  # tests read the Markdown export the CommonMark way (TestCoeMarkdown)
  cmark
  # the tests run against a throw-away PostgreSQL 15 server (tests/with-postgres.sh)
  postgresql postgresql-contrib
  # tests unpack the ODT export's content.xml (TestReportExports)
  unzip
  # the word and item diff of two versions of a COE (model/analysis/CoeDiff): header-only Myers diff
  libdtl-dev
)
# benchmarks only: bench_search_vs_rg compares a search with ripgrep over the same COEs
bench_packages=(ripgrep)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() { # build <dir> [cmake options...]
  local dir=$1; shift
  # A build from scratch compiles the libraries as unity builds (a few large
  # files rather than 200 small ones): a third of the time.
  cmake -S "$here" -B "$dir" -G Ninja -DHINDSIGHT_UNITY=ON "$@"
  cmake --build "$dir" -j "$jobs"
}

cmd=${1:-}
case "$cmd" in
  run)
    install_packages
    build "$here/build" -DCMAKE_BUILD_TYPE=Release -DHINDSIGHT_BUILD_TESTS=OFF
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting Hindsight under xvfb-run (invisible). Use a desktop session to see it."
      exec xvfb-run -a -s "-screen 0 1400x900x24" "$here/build/app/hindsight" "$@"
    fi
    exec "$here/build/app/hindsight" "$@"
    ;;
  test)
    install_packages
    build "$here/build-tests" -DCMAKE_BUILD_TYPE=Release -DHINDSIGHT_WERROR=ON
    cd "$here/build-tests" && bash "$here/tests/with-postgres.sh" ctest --output-on-failure -j "$jobs"
    ;;
  test-asan)
    install_packages
    # Line tables only (-g1): a sanitizer's report still names file and line,
    # and the build spends far less time writing debug information.
    build "$here/build-asan" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DHINDSIGHT_SANITIZE=ON \
      -DHINDSIGHT_BUILD_BENCHMARKS=OFF
    cd "$here/build-asan" && bash "$here/tests/with-postgres.sh" ctest --output-on-failure -j "$jobs"
    ;;
  bench)
    packages+=("${bench_packages[@]}")
    install_packages
    build "$here/build" -DCMAKE_BUILD_TYPE=Release
    data="$here/build/bench-data" # the generated archives, kept for the next run
    mkdir -p "$data"
    export QT_QPA_PLATFORM=offscreen
    for b in "$here"/build/tests/bench/bench_*; do
      [ -f "$b" ] && [ -x "$b" ] || continue
      name=$(basename "$b")
      echo "== $name"
      case "$name" in
        bench_archive) "$b" --keep "$data" 1000 10000 ;;
        bench_search_vs_rg) ;; # below, once bench_archive has made its archive
        *) "$b" ;;
      esac
    done
    echo "== bench_search_vs_rg"
    "$here/build/tests/bench/bench_search_vs_rg" "$data/bench-10000.sqlite"
    ;;
  *)
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
