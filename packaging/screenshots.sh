#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the screenshots for the README and the AppStream metainfo: starts the
# built program under a virtual X server (xvfb-run), once per page and
# language, and photographs the screen with ImageMagick's import.
#
#   packaging/screenshots.sh BINARY OUTPUT_DIR [ARCHIVE]
#
#   BINARY      the built program, e.g. build/app/hindsight
#   OUTPUT_DIR  where <lang>/<page>.png go, e.g. en/timeline.png and
#               es/timeline.png (created; existing files are replaced)
#   ARCHIVE     the archive to show; without it a temporary archive is made
#               and the example COEs in tests/data/*.coe.json,
#               tests/data/postmortems/*.coe.json and tests/data/format-1.1/
#               (the example with a review record and contributing factors) are imported
#
# For each page the program runs as
#   HINDSIGHT_SCREENSHOT_PAGE=<page> BINARY --archive ARCHIVE
# and the program opens that page: "archive" (the archive window, also what
# it shows when the variable is unset), "archive-preview" (the archive window
# with the newest COE selected and its preview pane shown), "editor" or an
# editor step (summary, impact, timeline, metrics, questions, whys, actions,
# related, review) of the newest COE, "preferences" (the Preferences dialog).
#
# Environment:
#   HINDSIGHT_SCREENSHOT_PAGES   pages to take, space-separated (default below)
#   HINDSIGHT_SCREENSHOT_LOCALES locales to run in, space-separated (default
#                                "en_US.UTF-8 es_CO.UTF-8"); each one's pictures
#                                go to OUTPUT_DIR/<language>/, e.g. es/
#   HINDSIGHT_SCREENSHOT_LOCALE  one locale only (the older name; overrides
#                                HINDSIGHT_SCREENSHOT_LOCALES)
#   HINDSIGHT_SCREENSHOT_DELAY   seconds to wait before each shot (default 3)
#   HINDSIGHT_SCREENSHOT_SIZE    screen size (default 1280x800)
#
# The program runs with a fresh HOME (default settings, nothing remembered),
# TZ=UTC and the chosen locale, so the pictures come out the same each time.
# Qt reads the language from LC_ALL/LANG itself, so a locale need not be
# generated on the machine (the translations are compiled into the program).
# The pictures are trimmed of the black screen around the window and stored
# as 8-bit palette PNGs without metadata to keep them small.
# Needs: xvfb (xvfb-run), xauth, imagemagick (import, convert).
set -euo pipefail

usage() { sed -n '3,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
binary=$(realpath "$1")
out=$2
archive=${3:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pages=${HINDSIGHT_SCREENSHOT_PAGES:-archive archive-preview summary impact timeline metrics questions whys actions related review preferences}
locales=${HINDSIGHT_SCREENSHOT_LOCALE:-${HINDSIGHT_SCREENSHOT_LOCALES:-en_US.UTF-8 es_CO.UTF-8}}
delay=${HINDSIGHT_SCREENSHOT_DELAY:-3}
size=${HINDSIGHT_SCREENSHOT_SIZE:-1280x800}

[ -x "$binary" ] || { echo "screenshots: $binary is not an executable" >&2; exit 2; }
for tool in xvfb-run import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb xauth imagemagick)" >&2; exit 2; }
done

mkdir -p "$out"
out=$(cd "$out" && pwd)
# A fixed place, not mktemp's random name: the archive's path shows in the
# status bar and Preferences, and the pictures should come out the same.
work=${TMPDIR:-/tmp}/hindsight-screenshots
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

if [ -z "$archive" ]; then
  archive="$work/archive.sqlite"
  shopt -s nullglob
  examples=("$here"/tests/data/*.coe.json "$here"/tests/data/postmortems/*.coe.json "$here"/tests/data/format-1.1/*.coe.json)
  shopt -u nullglob
  if [ ${#examples[@]} -gt 0 ]; then
    QT_QPA_PLATFORM=offscreen "$binary" --archive "$archive" import "${examples[@]}" >/dev/null 2>"$work/import.log" \
      || echo "screenshots: importing the examples failed (continuing): $(head -3 "$work/import.log")" >&2
  fi
else
  archive=$(realpath "$archive")
fi

# Runs inside the virtual display: start the program, wait, photograph, stop.
cat > "$work/shoot.sh" <<'EOF'
#!/usr/bin/env bash
set -u
binary=$1 archive=$2 page=$3 png=$4 delay=$5 locale=$6
LC_ALL=$locale LANG=$locale HINDSIGHT_SCREENSHOT_PAGE=$page "$binary" --archive "$archive" >"$png.log" 2>&1 &
pid=$!
sleep "$delay"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the program exited before the screenshot: $(tail -5 "$png.log")" >&2
  exit 1
fi
import -window root "$png"
status=$?
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
exit $status
EOF

failed=0
for locale in $locales; do
  lang=${locale%%[_.@]*}
  mkdir -p "$out/$lang"
  for page in $pages; do
    png="$out/$lang/$page.png"
    rm -f "$png"
    # a fresh HOME for each shot: nothing one page remembers shows in the next
    rm -rf "$HOME" && mkdir -p "$HOME"
    if xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
         bash "$work/shoot.sh" "$binary" "$archive" "$page" "$png" "$delay" "$locale" && [ -s "$png" ]; then
      # without a window manager the window sits at the top left of a black
      # screen: cut the black away; then drop metadata and use a palette
      if command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
        convert "$png" -trim +repage -strip -colors 256 -define png:compression-level=9 "PNG8:$png"
      fi
      echo "$png"
    else
      echo "screenshots: no picture of page '$page' in $locale" >&2
      failed=1
    fi
    rm -f "$png.log"
  done
done
exit $failed
