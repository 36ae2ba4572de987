#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from a configured and built build folder, unpacks
# it into a temporary root and checks what a user would get: the control
# fields, every installed file, the desktop entry, the AppStream metainfo, the
# MIME type and the program itself. Exits non-zero on the first failure.
#
#   packaging/check-deb.sh BUILD_DIR
#
# Needs cpack, dpkg-deb, desktop-file-validate (desktop-file-utils) and
# appstreamcli (appstream); uses update-mime-database (shared-mime-info) when
# it is there. Set HINDSIGHT_CHECK_DEB_NO_RUN=1 to skip starting the program.
set -euo pipefail

build=${1:?usage: check-deb.sh BUILD_DIR}
build=$(cd "$build" && pwd)
[ -f "$build/CPackConfig.cmake" ] || { echo "check-deb: $build has no CPackConfig.cmake (configure it first)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
debs=("$work"/out/hindsight_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log" >&2; echo "FAIL: no hindsight_*.deb produced" >&2; exit 1; }
deb=${debs[0]}
pass "built $(basename "$deb")"

echo "== control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hindsight ] && pass "Package: hindsight" || fail "Package is '$(field Package)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ -n "$(field Description)" ] && pass "has a Description" || fail "no Description"
version=$(field Version)
[ -n "$version" ] && pass "Version: $version" || fail "no Version"
depends=$(field Depends)
for dep in libqt6sql6-sqlite libqt6printsupport6 libqt6widgets6 libqt6svg6 fonts-dejavu-core; do
  if grep -Eq "(^|, )$dep( |,|$)" <<<"$depends"; then pass "Depends on $dep"; else fail "Depends lacks $dep: $depends"; fi
done

echo "== files"
root="$work/root"
dpkg-deb -x "$deb" "$root"
id=io.github.hindsight.Hindsight
expect=(
  usr/bin/hindsight
  usr/libexec/hindsight/hindsight-gui
  usr/share/applications/$id.desktop
  usr/share/metainfo/$id.metainfo.xml
  usr/share/mime/packages/hindsight-mime.xml
  usr/share/icons/hicolor/scalable/apps/$id.svg
)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expect[@]}"; do
  if [ -s "$root/$f" ]; then pass "$f"; else fail "missing or empty: $f"; fi
done
for program in usr/bin/hindsight usr/libexec/hindsight/hindsight-gui; do
  [ -x "$root/$program" ] && pass "$program is executable" || fail "$program is not executable"
done
if command -v file >/dev/null; then
  for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || continue
    if file "$png" | grep -q "PNG image data, $size x $size"; then pass "icon $size is ${size}x${size}"
    else fail "icon $size: $(file -b "$png")"; fi
  done
fi
# nothing outside /usr
stray=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$stray" ] && pass "everything is under /usr" || fail "files outside /usr: $stray"

echo "== desktop integration"
if desktop-file-validate "$root/usr/share/applications/$id.desktop"; then pass "desktop-file-validate"
else fail "desktop-file-validate"; fi
if appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"; then pass "appstreamcli validate"
else fail "appstreamcli validate"; fi
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$id.desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] && pass "Icon=$icon is installed" \
  || fail "Icon=$icon has no file in hicolor/scalable/apps"
if command -v update-mime-database >/dev/null; then
  mkdir -p "$work/mime/packages"
  cp "$root/usr/share/mime/packages/hindsight-mime.xml" "$work/mime/packages/"
  update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database"
  grep -q ':application/x-coe+json:\*\.coe\.json$' "$work/mime/globs2" && pass "MIME glob *.coe.json" \
    || fail "MIME glob *.coe.json not registered"
  grep -q '^application/x-coe+json application/json$' "$work/mime/subclasses" && pass "MIME sub-class of JSON" \
    || fail "application/x-coe+json is not a sub-class of application/json"
fi

if [ "${HINDSIGHT_CHECK_DEB_NO_RUN:-0}" != 1 ]; then
  echo "== the program"
  if command -v ldd >/dev/null; then
    for program in usr/bin/hindsight usr/libexec/hindsight/hindsight-gui; do
      missing=$(ldd "$root/$program" | grep 'not found' || true)
      [ -z "$missing" ] && pass "every shared library of $program resolves" || fail "unresolved libraries: $missing"
    done
  fi
  out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/hindsight" --version 2>&1) || fail "hindsight --version exited non-zero: $out"
  grep -qF "$version" <<<"$out" && pass "hindsight --version says $version" || fail "hindsight --version printed: $out"
  # A command of the full program: usr/bin/hindsight finds it in ../libexec/hindsight.
  out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/hindsight" check "$work/none.coe.json" 2>&1) && rc=0 || rc=$?
  if [ "$rc" -eq 3 ] && grep -q "none.coe.json" <<<"$out" && ! grep -q "cannot start" <<<"$out"; then
    pass "hindsight check runs hindsight-gui"
  else
    fail "hindsight check (exit $rc): $out"
  fi
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "check-deb: $failures check(s) failed"
  exit 1
fi
echo "check-deb: all checks passed"
