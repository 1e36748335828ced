#!/usr/bin/env bash
# Installs the Debian 12 packages Presidency Desk needs to build, run and test, when
# any is missing. Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev libquazip1-qt6-dev libical-dev libgl-dev libsqlite3-dev libqpdf-dev
    # tests, screenshots and rendered pages
    xvfb xauth poppler-utils unzip sqlite3 fonts-dejavu-core imagemagick
    # the interoperability test's other iCalendar parsers (ical.js itself comes from npm)
    python3-icalendar
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm from Debian, unless a node with its npm is installed already (NodeSource).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
