#!/bin/sh
# Starts `satchel --demo` under Xvfb with the AT-SPI bus and accessibility forced on, in a
# throw-away home (never the learner's data), and prints what atspi_walk.py reads from it.
# Usage: tests/a11y/run-atspi-walk.sh build/app/gui/satchel
# Needs: xvfb-run, dbus-run-session, at-spi2-core, python3-gi with gir1.2-atspi-2.0.
set -eu
satchel=$(realpath "${1:-build/app/gui/satchel}")
here=$(dirname "$(realpath "$0")")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1366x900x24" sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    sleep 1
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QTWEBENGINE_DISABLE_SANDBOX=1 \
    QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --force-renderer-accessibility" HOME="$3" XDG_CONFIG_HOME="$3/config" XDG_DATA_HOME="$3/data" \
        "$1" --demo >"$3/satchel.log" 2>&1 &
    app=$!
    status=0
    /usr/bin/python3 "$2/atspi_walk.py" || status=$? # the system Python, which has gi
    kill $app $launcher 2>/dev/null || true
    exit $status
' sh "$satchel" "$here" "$home"
