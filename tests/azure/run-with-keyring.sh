#!/bin/sh
# Runs a test inside a private D-Bus session with a private, unlocked
# gnome-keyring (empty password), so that libsecret really stores secrets.
# Nothing of the user's own keyring is touched: HOME and XDG dirs are temporary.
# Needs dbus-run-session (dbus-user-session / dbus) and gnome-keyring.
set -eu
test_program="$1"; shift
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "1..0 # SKIP dbus-run-session or gnome-keyring-daemon not installed"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
  printf "\n" | gnome-keyring-daemon --daemonize --login >/dev/null 2>&1 || true
  gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 || true
  FB_TEST_KEYRING=1 exec "$0" "$@"' "$test_program" "$@"
