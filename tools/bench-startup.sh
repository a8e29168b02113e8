#!/usr/bin/env bash
# Times mpdesk from launch to its first painted window, whole process, under Xvfb, a private D-Bus
# session and keyring: bash tools/bench-startup.sh [BUILD_DIR] [RUNS] [-- mpdesk arguments]
# Prints each run's wall and CPU time and the medians; the first run warms the caches and is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
[[ ${1:-} == -- ]] && shift
binary=$(realpath "$build/mpdesk")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$home XDG_CONFIG_HOME=$home/.config
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
export DISPLAY=$display
dbus-run-session -- bash 2>/dev/null -s "$binary" "$runs" "$@" <<'INNER'
binary=$1; runs=$2; shift 2
echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
walls=(); cpus=()
for i in $(seq 0 "$runs"); do
    /usr/bin/time -o "$HOME/time" -f '%e %U %S' "$binary" --quit-after-first-paint "$@" >/dev/null 2>&1
    read -r wall user sys <"$HOME/time"
    cpu=$(echo "$user + $sys" | bc)
    if (( i > 0 )); then walls+=("$wall"); cpus+=("$cpu"); echo "run $i: wall ${wall}s cpu ${cpu}s"; fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median wall $(median "${walls[@]}")s, cpu $(median "${cpus[@]}")s over $runs runs (load: $(cut -d' ' -f1-3 /proc/loadavg))"
INNER
