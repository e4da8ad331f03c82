#!/usr/bin/env bash
# Sets up Relaydesk on a fresh Debian/Ubuntu machine: system packages (when we may install them),
# npm dependencies and the build. `--test` also installs what the test suite needs.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

packages=(chromium xvfb gnome-keyring libsecret-tools libglib2.0-bin dbus)
if command -v apt-get >/dev/null; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
else
  echo "No apt-get: install Chromium (for browser-mode tests) and a Secret Service keyring yourself."
fi

if ((want_test)); then
  # Tests never launch Electron; its binary is fetched on first desktop launch instead.
  export ELECTRON_SKIP_BINARY_DOWNLOAD=1
fi
npm ci --no-audit --no-fund
npm run build
