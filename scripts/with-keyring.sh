#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private D-Bus session,
# in a throwaway keyring directory, so tests exercise the real OS keychain, not a mock.
# Without dbus-run-session or gnome-keyring it runs the command as is (keychain tests then report
# the keychain as unavailable, which is itself a tested path).
set -euo pipefail
export RELAYDESK_KEYRING_READY=1

if [[ -z "${RELAYDESK_IN_DBUS:-}" ]] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  # Nothing of the caller's own keyring may reach this session. A daemon that D-Bus starts on our
  # bus looks for an existing one through GNOME_KEYRING_CONTROL (or $XDG_RUNTIME_DIR/keyring) and
  # would hook the caller's real keyring into this throwaway session, or ours into theirs.
  unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK
  private="$(mktemp -d)"
  mkdir -m 700 "$private/run" "$private/data"
  export XDG_RUNTIME_DIR="$private/run" XDG_DATA_HOME="$private/data" RELAYDESK_IN_DBUS=1
  status=0
  dbus-run-session -- bash "$0" "$@" || status=$?
  rm -rf "$private"
  exit "$status"
fi

# One write, read and delete in the default collection: what every keychain test needs.
keychain_works() {
  local probe="relaydesk-probe-$$-$RANDOM"
  printf '%s' "$probe" | secret-tool store --label='Relaydesk test probe' relaydesk-probe "$probe" 2>/dev/null &&
    [[ "$(secret-tool lookup relaydesk-probe "$probe" 2>/dev/null)" == "$probe" ]] &&
    secret-tool clear relaydesk-probe "$probe" 2>/dev/null
}

if [[ -n "${RELAYDESK_IN_DBUS:-}" ]]; then
  # Services D-Bus starts on demand get the same private directories as everything else here.
  dbus-update-activation-environment XDG_RUNTIME_DIR XDG_DATA_HOME 2>/dev/null || true
  eval "$(printf 'relaydesk-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  # The daemon forks before it takes its D-Bus name and unlocks the login keyring. A client that
  # calls in that gap makes D-Bus start a second, empty daemon, so wait until ours answers.
  for _ in $(seq 1 100); do
    [[ "$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2>/dev/null)" == "(true,)" ]] && break
    sleep 0.1
  done
  if command -v secret-tool >/dev/null; then
    keychain_works || { echo "with-keyring: the test keychain (gnome-keyring) did not come up unlocked" >&2; exit 1; }
  fi
  status=0
  "$@" || status=$?
  # A step that breaks the shared keychain breaks every later test that needs it; say so here, where
  # the cause is, rather than leave the next failure to puzzle over.
  if command -v secret-tool >/dev/null && ! keychain_works; then
    echo "with-keyring: the test keychain stopped working while this ran: $*" >&2
  fi
  exit "$status"
fi
"$@"
