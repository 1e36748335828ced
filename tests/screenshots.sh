#!/usr/bin/env bash
# Takes screenshots of the real program under Xvfb for the README:
#   bash tests/screenshots.sh [BUILD_DIR]   (default: build)
# Each shot starts the program on a fresh RCM database in a scratch folder, waits for it
# to draw, and grabs the screen with ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
program="$build/app/presidency-desk"
[ -x "$program" ] || { echo "build the program first: $program is missing" >&2; exit 1; }
out=resources/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

shot() { # NAME [program arguments...]
    local name=$1
    shift
    local db="$scratch/$name.sqlite"
    "$program" init --db "$db" >/dev/null
    xvfb-run -a -s "-screen 0 1200x720x24" bash -c '
        "$0" --db "$1" "${@:3}" & pid=$!
        sleep 4
        import -window root "$2"
        kill $pid; wait $pid 2>/dev/null || true
    ' "$program" "$db" "$out/$name.png" "$@"
    echo "wrote $out/$name.png"
}

export LC_ALL=C.UTF-8 XDG_DATA_HOME="$scratch/data"
shot calendar
