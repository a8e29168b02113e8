#!/usr/bin/env bash
# Starts mpdesk's window under Xvfb on the sample filing, in Chinese and in English, and saves
# screenshots: bash tests/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-resources/screenshots}
cmake --build "$build" --target mpdesk_screenshots
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/screenshots/mpdesk_screenshots" "$out"
