#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private D-Bus session,
# in a throwaway keyring directory, so tests exercise the real OS keychain, not a mock.
# Without dbus-run-session or gnome-keyring it runs the command as is (keychain tests then report
# the keychain as unavailable, which is itself a tested path).
set -euo pipefail
export RELAYDESK_KEYRING_READY=1
if [[ -z "${RELAYDESK_IN_DBUS:-}" ]] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export RELAYDESK_IN_DBUS=1
  exec dbus-run-session -- bash "$0" "$@"
fi
if [[ -n "${RELAYDESK_IN_DBUS:-}" ]]; then
  XDG_DATA_HOME="$(mktemp -d)"
  export XDG_DATA_HOME
  trap 'rm -rf "$XDG_DATA_HOME"' EXIT
  eval "$(printf 'relaydesk-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  export GNOME_KEYRING_CONTROL
fi
"$@"
