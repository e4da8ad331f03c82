#!/usr/bin/env bash
# Sets up Relaydesk on a fresh Debian/Ubuntu machine: system packages (when we may install them),
# npm dependencies and the build. `--test` also installs what the test suite needs.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

# What the tests and scripts run, by package: chromium (Playwright's browser, /usr/bin/chromium),
# dbus (dbus-run-session, dbus-update-activation-environment), gnome-keyring (gnome-keyring-daemon),
# libsecret-tools (secret-tool), libglib2.0-bin (gdbus), e2fsprogs (chattr, for read-only database
# tests as root). xvfb is for you, not the tests: `xvfb-run npm start` opens the desktop app
# on a machine without a display. python3, make and g++ are node-gyp's: `npm ci` compiles
# better-sqlite3 when its prebuilt binary cannot be downloaded (no route to GitHub).
packages=(xvfb gnome-keyring libsecret-tools libglib2.0-bin dbus e2fsprogs python3 make g++)
# CHROMIUM_PATH names a Chromium of your own (Ubuntu's apt `chromium-browser` is only a snap stub).
[[ -z "${CHROMIUM_PATH:-}" ]] && packages+=(chromium)
# Tests that need one of these skip without it, so a test run checks they are all here rather than
# report a pass that left them out.
test_commands=(dbus-run-session dbus-update-activation-environment gnome-keyring-daemon secret-tool gdbus)
[[ -z "${CHROMIUM_PATH:-}" ]] && test_commands+=(chromium)
[[ $(id -u) -eq 0 ]] && test_commands+=(chattr) # only root needs it: other users' read-only files use chmod
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

if ((want_test)) && [[ $(uname -s) == Linux ]]; then
  absent=()
  for c in "${test_commands[@]}"; do command -v "$c" >/dev/null || absent+=("$c"); done
  if ((${#absent[@]})); then
    echo "Missing commands the tests need (their tests would be skipped): ${absent[*]}" >&2
    exit 1
  fi
fi
if ((want_test)); then
  # Tests never launch Electron; its binary is fetched on first desktop launch instead.
  export ELECTRON_SKIP_BINARY_DOWNLOAD=1
fi
npm ci --no-audit --no-fund
npm run build
