#!/bin/sh
# run-with-keyring.sh COMMAND [ARG...] - runs COMMAND against a real Secret Service: a private
# D-Bus session with an unlocked gnome-keyring, under a throw-away HOME and XDG folders, so a test
# never touches the user's own keyring or files. Needs dbus (dbus-run-session, dbus-send) and
# gnome-keyring; libsecret-tools (secret-tool) for the tests' independent checks.
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/welkin-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache"
mkdir -m 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run"
# QtKeychain picks KWallet on KDE sessions; the test wants the Secret Service (libsecret).
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION DISPLAY WAYLAND_DISPLAY
status=0
dbus-run-session -- sh -c '
  printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The daemon claims its bus name a moment after it forks: wait for it (at most 10 s).
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    i=$((i + 1)); [ $i -lt 100 ] || { echo "run-with-keyring: gnome-keyring did not start" >&2; exit 1; }
    sleep 0.1
  done
  exec "$@"' sh "$@" || status=$?
exit $status
