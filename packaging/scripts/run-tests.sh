#!/usr/bin/env bash
# One command: install what is missing, build everything, and run the whole test suite (ctest);
# then the core alone under AddressSanitizer + UBSan and each fuzz harness for 30 seconds
# (SATCHEL_QUICK=1 skips those two).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$ROOT/packaging/scripts/install-deps.sh"
"$ROOT/packaging/scripts/build.sh"
BUILD_DIR=${SATCHEL_BUILD_DIR:-$ROOT/build}
# The published implementations of the other side (verifiers, servers) that interop tests start
# on loopback; npm ci again only when the lock file changed.
INTEROP=$ROOT/tests/interop
if [[ ! -f $INTEROP/node_modules/.package-lock.json || $INTEROP/package-lock.json -nt $INTEROP/node_modules/.package-lock.json ]]; then
  (cd "$INTEROP" && npm ci --no-audit --no-fund --loglevel=error)
fi

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
(cd "$BUILD_DIR" && ctest --output-on-failure --timeout 600 -j"${SATCHEL_JOBS:-$(nproc)}" "$@")
if [[ ${SATCHEL_QUICK:-0} != 1 ]]; then
  "$ROOT/packaging/scripts/sanitize-tests.sh"
  "$ROOT/packaging/scripts/fuzz.sh" 30
fi
