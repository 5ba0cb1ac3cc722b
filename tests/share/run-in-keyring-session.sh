#!/bin/sh
# Runs a test against a real Secret Service: gnome-keyring on a private D-Bus session bus, with an
# unlocked keyring in a throwaway HOME, so no learner's or developer's keyring is ever touched.
# "--no-bus" runs the test in the same scratch HOME but with no session bus at all.
# Exits 77 (ctest: skipped) when dbus-run-session or gnome-keyring-daemon is missing.
#   run-in-keyring-session.sh [--no-bus] TEST [ARGS...]
set -eu

mode=session
if [ "${1:-}" = "--no-bus" ]; then
    mode=no-bus
    shift
fi
if [ "$mode" = session ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (packaging/scripts/install-deps.sh)" >&2
            exit 77
        fi
    done
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/satchel-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/run"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" \
       XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" SATCHEL_KEYCHAIN_TEST="$mode"
# QtKeychain picks its backend from the desktop: none here means the Secret Service (libsecret).
unset SATCHEL_NO_KEYCHAIN DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION \
      KDE_FULL_SESSION GNOME_KEYRING_CONTROL

if [ "$mode" = no-bus ]; then
    "$@"
    exit $?
fi
# A password on stdin creates and unlocks the "login" keyring, the default collection (an empty one
# does not create it, and storing would then ask a prompter that cannot open a window).
dbus-run-session -- sh -c 'printf "satchel-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    keyring-session "$@"
