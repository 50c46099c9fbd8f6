#!/usr/bin/env bash
# Regenerates the README's screenshots from the real application: the story of one AI agent.
#
# Starts Blastwall under a virtual X display (xvfb-run) with an empty, temporary BLASTWALL_HOME, so that it imports
# the bundled Northwind sample; selects an identity (the support agent unless BLASTWALL_SELECT names another) and,
# each time the window has settled, saves a picture of it:
#   1-blast-radius.png   the agent's blast radius
#   2-attack-path.png    its first attack path to a crown jewel highlighted
#   3-cut-simulated.png  the suggested cut simulated: the radius before and after
# then exports that identity's HTML report through the window's Export (the simulated cut is marked in it) and
# quits. When chromium is installed, the report is rendered:
#   4-report.png         the top of the exported report
#
# Needs xvfb-run, which this script does not install (chromium is optional):
#   Debian/Ubuntu: sudo apt-get install -y xvfb chromium
#   Fedora/RHEL:   sudo dnf install -y xorg-x11-server-Xvfb chromium
# Usage: tools/screenshots.sh [output-folder]        (default: docs/screenshots)
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "screenshots.sh needs xvfb-run (a virtual X display) and it is not installed." >&2
  echo "Install it first, for example: sudo apt-get install -y xvfb" >&2
  exit 2
fi

out=$(readlink -m "${1:-$root/docs/screenshots}")
select=${BLASTWALL_SELECT:-support-agent}
home=$(mktemp -d "${TMPDIR:-/tmp}/blastwall-screenshot-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"
rm -f "$out"/story-report.html "$out"/1-blast-radius.png "$out"/2-attack-path.png "$out"/3-cut-simulated.png "$out"/4-report.png

echo "Starting Blastwall on a virtual display (first start imports the sample; this takes a minute)..." >&2
BLASTWALL_HOME="$home" BLASTWALL_STORY="$out" BLASTWALL_SELECT="$select" BLASTWALL_THEME="${BLASTWALL_THEME:-light}" \
  timeout "${BLASTWALL_SCREENSHOT_TIMEOUT:-600}" \
  xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$root/blastwall"

for picture in 1-blast-radius 2-attack-path 3-cut-simulated; do
  if [ ! -s "$out/$picture.png" ]; then
    echo "screenshots.sh: $out/$picture.png was not written (see the log above)." >&2
    exit 1
  fi
done

# the report the window exported itself (Export > Report of the selected identity), with the cut simulated
if [ ! -s "$out/story-report.html" ]; then
  echo "screenshots.sh: the window did not export the report of $select (see the log above)." >&2
  exit 1
fi
mv "$out/story-report.html" "$home/report.html"
if command -v chromium >/dev/null 2>&1; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
    --screenshot="$out/4-report.png" "file://$home/report.html" >/dev/null 2>&1 || true
  [ -s "$out/4-report.png" ] || echo "screenshots.sh: chromium did not render the report" >&2
else
  echo "screenshots.sh: chromium is not installed; 4-report.png is left out" >&2
fi
echo "Wrote the screenshots to $out" >&2
