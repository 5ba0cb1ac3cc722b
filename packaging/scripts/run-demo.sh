#!/usr/bin/env bash
# One command: install what is missing, build, and launch Satchel on the demo wallet.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$ROOT/packaging/scripts/install-deps.sh"
"$ROOT/packaging/scripts/build.sh"
BUILD_DIR=${SATCHEL_BUILD_DIR:-$ROOT/build}

if [[ $(id -u) -eq 0 ]]; then
  # Chromium (QtWebEngine) refuses to start its sandbox as root.
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "satchel: no display found; starting under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$BUILD_DIR/app/gui/satchel" --demo "$@"
fi
exec "$BUILD_DIR/app/gui/satchel" --demo "$@"
