#!/usr/bin/env bash
# Builds the core alone (no Widgets, no WebEngine: this also proves the boundary) with
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs every test that configuration has
# (the core tests and the CLI end-to-end tests) under them. Any sanitizer report fails the run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${SATCHEL_ASAN_BUILD_DIR:-$ROOT/build-asan}
JOBS=${SATCHEL_JOBS:-$(nproc)}
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSATCHEL_ASAN=ON \
  -DSATCHEL_BUILD_UI=OFF -DSATCHEL_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j"$JOBS" "$@"
