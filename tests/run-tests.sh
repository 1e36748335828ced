#!/usr/bin/env bash
# The test command: installs what is missing (ical.js from npm too), builds everything
# with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/, and runs the whole
# suite with CTest under the offscreen platform. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/install-deps.sh
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPD_SANITIZE=ON
cmake --build build-asan -j"$(nproc)"
# ical.js from the npm registry, for tst_interop. Without the registry the suite still
# runs, and tst_interop fails saying that ical.js is missing.
bash tests/interop/install-icaljs.sh "$PWD/build-asan/tests/interop-node" || true
cd build-asan
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
