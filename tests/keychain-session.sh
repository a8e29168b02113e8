#!/bin/sh
# Runs tst_keychain in a D-Bus session and GNOME Keyring of its own, with a throw-away HOME, so that a test
# may lock or stop the keyring without touching the one the rest of the suite uses.
# Usage: keychain-session.sh HOME-DIR TEST-EXECUTABLE TEST-FUNCTION...
set -e
home=$1
exe=$2
shift 2
rm -rf "$home"
mkdir -p "$home"
chmod 700 "$home"
export HOME="$home" XDG_RUNTIME_DIR="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" MPDESK_PRIVATE_KEYRING=1
exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$exe" "$@"
