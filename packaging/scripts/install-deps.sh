#!/usr/bin/env bash
# Installs what Satchel needs to build, run and test on Debian 12 / Ubuntu 22.04+ (apt; sudo when
# not root). Idempotent: does nothing when every package is already there.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build pkg-config g++ dpkg-dev file
  # tests/structure/check_structure.py (the layout rules, a ctest)
  python3
  # Qt 6 (Widgets, Network, Sql+SQLite, Svg, WebEngine, Pdf, Test, Linguist)
  qt6-base-dev qt6-webengine-dev qt6-pdf-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite libgl1-mesa-dev
  # Qt's own translations ("Close", "Cancel" in the learner's language); the platform keychain
  qt6-translations-l10n qtkeychain-qt6-dev
  # a real Secret Service for the keychain tests (tests/share/run-in-keyring-session.sh):
  # dbus-run-session (in dbus-daemon), gnome-keyring, and libsecret, which QtKeychain loads at run time
  dbus-daemon gnome-keyring libsecret-1-0
  # libraries
  libssl-dev libqrencode-dev libzip-dev zlib1g-dev libsodium-dev
  # mimalloc serves malloc in every Satchel executable (a fifth faster verification)
  libmimalloc-dev
  # libzbar reads the QR code of a credential offer from a dropped picture or the screen
  libzbar-dev
  # headless runs, screenshots, PDF checks; zbarimg decodes exported QR codes in tests
  xvfb xauth poppler-utils fonts-dejavu-core zbar-tools
  # names in any script on certificates and transcripts: Latin, Greek, Cyrillic, Arabic, Hebrew,
  # Devanagari… (noto-core), Chinese, Japanese and Korean (noto-cjk), and emoji (noto-color-emoji)
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
)

if dpkg-query -W -f='${Status}\n' "${PACKAGES[@]}" 2>/dev/null | grep -vq 'install ok installed' \
   || ! dpkg-query -W "${PACKAGES[@]}" >/dev/null 2>&1; then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
  fi
  echo "satchel: installing build dependencies with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
fi

# Node.js runs the published implementations that interop tests start on loopback (tests/interop).
# Machines here come with Node 20; elsewhere Debian's own packages will do.
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
  fi
  echo "satchel: installing Node.js with apt-get" >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
fi
