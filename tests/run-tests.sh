#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with AddressSanitizer
# and UndefinedBehaviorSanitizer in build-asan/, and runs the whole suite with CTest
# under the offscreen platform. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/install-deps.sh
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPD_SANITIZE=ON
cmake --build build-asan -j"$(nproc)"
cd build-asan
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
