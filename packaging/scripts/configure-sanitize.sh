#!/usr/bin/env bash
# Configures the one sanitizer build that both sanitize-tests.sh and fuzz.sh use: the core and the
# CLI alone (the core-only preset: Widgets and WebEngine are not even looked for, and
# core/CMakeLists.txt fails the configure if the core or satchel-cli links a UI-only module), built
# by clang with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage
# (-DSATCHEL_FUZZ=ON). One tree serves the tests and the fuzz harnesses, so CI compiles the core
# twice (this and the main build), not three times.
#
#   packaging/scripts/configure-sanitize.sh BUILD_DIR
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=$1

if ! command -v clang++ >/dev/null 2>&1 || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "satchel: installing clang and its sanitizer runtimes with apt-get" >&2
  $SUDO apt-get update -qq
  # The runtimes (libFuzzer, ASan) are in libclang-rt-N-dev from Debian 12 on; the version is the
  # default clang's.
  CLANG_MAJOR=$(apt-cache depends clang 2>/dev/null | sed -n 's/.*Depends: clang-\([0-9]*\)$/\1/p' | head -1)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    clang "libclang-rt-${CLANG_MAJOR:-14}-dev"
fi

# -O1 -g1: what sanitizers are usually built with (line tables for the reports, no full debug
# info); it halves this build's time against -O2 -g.
if ! grep -qs '^SATCHEL_FUZZ:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then
  (cd "$ROOT" && CC=clang CXX=clang++ cmake --preset core-only -B "$BUILD_DIR" -DSATCHEL_FUZZ=ON \
    -DSATCHEL_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" >/dev/null)
fi
