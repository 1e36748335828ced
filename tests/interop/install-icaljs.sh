#!/usr/bin/env bash
# Installs ical.js (pinned) from the npm registry into DIR/node_modules, for the
# interoperability test (tst_interop). Does nothing when that version is already there.
# Without the registry it fails with one line; tst_interop then fails and says so.
set -euo pipefail

version=1.5.0
dir=${1:?usage: install-icaljs.sh DIR}
installed=$(node -p "require('$dir/node_modules/ical.js/package.json').version" 2>/dev/null || true)
[ "$installed" = "$version" ] && exit 0

mkdir -p "$dir"
if ! npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "ical.js@$version" >"$dir/npm.log" 2>&1; then
    echo "install-icaljs.sh: npm could not install ical.js@$version into $dir (see $dir/npm.log)" >&2
    exit 1
fi
