#!/usr/bin/env bash
# Builds the core alone with AddressSanitizer and UndefinedBehaviorSanitizer, and runs every test
# that configuration has (the core tests and the CLI end-to-end tests) under them. Any sanitizer
# report fails the run.
# It configures with the core-only preset (CMakePresets.json: SATCHEL_BUILD_UI=OFF, so Widgets and
# WebEngine are not even looked for, and core/CMakeLists.txt fails the configure if the core or
# satchel-cli links a UI-only Qt module), overriding only the build folder, the sanitizers and the
# benchmarks (not run by ctest): so this run, on every CI run, is also the proof that the core
# builds and passes its tests without the UI, with no build of its own.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${SATCHEL_ASAN_BUILD_DIR:-$ROOT/build-asan}
JOBS=${SATCHEL_JOBS:-$(nproc)}
# -O1 -g1: what sanitizers are usually built with (line tables for the reports, no full debug
# info); it halves this build's time against -O2 -g, the largest part of a CI run.
(cd "$ROOT" && cmake --preset core-only -B "$BUILD_DIR" -DSATCHEL_ASAN=ON -DSATCHEL_BUILD_BENCH=OFF \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" >/dev/null)
cmake --build "$BUILD_DIR" -j"$JOBS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j"$JOBS" "$@"
