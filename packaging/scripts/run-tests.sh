#!/usr/bin/env bash
# One command: install what is missing, build everything, and run the whole test suite (ctest).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$ROOT/packaging/scripts/install-deps.sh"
"$ROOT/packaging/scripts/build.sh"
BUILD_DIR=${SATCHEL_BUILD_DIR:-$ROOT/build}

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 -j"${SATCHEL_JOBS:-$(nproc)}" "$@"
