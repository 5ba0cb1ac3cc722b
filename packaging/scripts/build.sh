#!/usr/bin/env bash
# Configures and builds Satchel in ./build (Ninja, RelWithDebInfo). Extra arguments go to cmake.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${SATCHEL_BUILD_DIR:-$ROOT/build}
JOBS=${SATCHEL_JOBS:-$(nproc)}
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS"
