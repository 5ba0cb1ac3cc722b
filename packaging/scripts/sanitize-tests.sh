#!/usr/bin/env bash
# Builds the core alone with AddressSanitizer and UndefinedBehaviorSanitizer, and runs every test
# that configuration has (the core tests and the CLI end-to-end tests) under them. Any sanitizer
# report fails the run.
# The build is configure-sanitize.sh's: the core-only preset built by clang, so this run, on every
# CI run, is also the proof that the core builds and passes its tests without the UI, and the fuzz
# harnesses (fuzz.sh) are linked in the same tree.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${SATCHEL_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}
JOBS=${SATCHEL_JOBS:-$(nproc)}
"$ROOT/packaging/scripts/configure-sanitize.sh" "$BUILD_DIR"
cmake --build "$BUILD_DIR" -j"$JOBS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j"$JOBS" "$@"
