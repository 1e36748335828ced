#!/usr/bin/env bash
# Takes screenshots of the real program under Xvfb for the README:
#   bash tests/screenshots.sh [BUILD_DIR]   (default: build)
# Each shot starts the program on a fresh RCM database in a scratch folder, with the
# settings a user would have left (page, calendar month) written to its config file,
# waits for it to draw, and grabs the screen with ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
program="$build/app/presidency-desk"
[ -x "$program" ] || { echo "build the program first: $program is missing" >&2; exit 1; }
out=resources/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

shot() { # NAME SETTINGS [program arguments...]
    local name=$1 settings=$2
    shift 2
    local db="$scratch/$name.sqlite"
    export XDG_CONFIG_HOME="$scratch/config-$name"
    mkdir -p "$XDG_CONFIG_HOME/presidency-desk"
    printf '%b\n' "$settings" > "$XDG_CONFIG_HOME/presidency-desk/presidency-desk.conf"
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
# The calendar on the month of the RCGM meeting of 1 December 2021, with the items the
# source document leaves unscheduled beside it; the activities of the working groups.
shot calendar '[calendar]\nmonth=2021-12-01\nview=0\n[window]\npage=0'
shot activities '[window]\npage=1'
# The dashboard as of 15 March 2022: the consultation due by the end of March still waits
# on Belize, the Dominican Republic and the others.
shot dashboard '[dashboard]\ntoday=2022-03-15\n[window]\npage=6'
# The other pages over the same data: documents with the consultation matrix, the
# decision register of the RCGM, contributions, the directory.
shot documents '[window]\npage=2'
shot decisions '[window]\npage=3'
shot contributions '[window]\npage=4'
shot directory '[window]\npage=5'
# The same calendar in Spanish: Qt takes the language from LC_ALL/LANG (no system locale
# needs to be installed for it).
LC_ALL=es_ES.UTF-8 LANG=es_ES.UTF-8 shot calendar-es '[calendar]\nmonth=2021-12-01\nview=0\n[window]\npage=0' 2>/dev/null
# The dashboard with Spanish chosen in the Settings dialog (interface/language).
shot dashboard-es '[interface]\nlanguage=es\n[dashboard]\ntoday=2022-03-15\n[window]\npage=6'
