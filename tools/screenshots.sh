#!/usr/bin/env bash
# Takes docs/screenshots/main-window.png from the real application: starts Blastwall under a virtual X
# display (xvfb-run) with an empty, temporary BLASTWALL_HOME, so that it imports the bundled Northwind
# sample; selects an identity (the support agent unless BLASTWALL_SELECT names another), waits until its
# blast radius is drawn and all background work is done, saves a picture of the window and quits.
#
# Needs xvfb-run, which this script does not install:
#   Debian/Ubuntu: sudo apt-get install -y xvfb
#   Fedora/RHEL:   sudo dnf install -y xorg-x11-server-Xvfb
# Usage: tools/screenshots.sh [output.png]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "screenshots.sh needs xvfb-run (a virtual X display) and it is not installed." >&2
  echo "Install it first, for example: sudo apt-get install -y xvfb" >&2
  exit 2
fi

output=$(readlink -m "${1:-$root/docs/screenshots/main-window.png}")
select=${BLASTWALL_SELECT:-support-agent}
home=$(mktemp -d "${TMPDIR:-/tmp}/blastwall-screenshot-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$(dirname "$output")"
rm -f "$output"

echo "Starting Blastwall on a virtual display (first start imports the sample; this takes a minute)..." >&2
BLASTWALL_HOME="$home" BLASTWALL_SCREENSHOT="$output" BLASTWALL_SELECT="$select" \
  timeout "${BLASTWALL_SCREENSHOT_TIMEOUT:-600}" \
  xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$root/blastwall"

if [ ! -s "$output" ]; then
  echo "screenshots.sh: no screenshot was written to $output (see the log above)." >&2
  exit 1
fi
echo "Wrote $output" >&2
