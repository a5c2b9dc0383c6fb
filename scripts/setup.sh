#!/usr/bin/env bash
# From a fresh Debian 12 clone to JSON: installs what is missing, builds
# redovis, and runs the main job on samples/ (JSON Lines on stdout).
# usage: scripts/setup.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scripts/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
"$build/redovis" extract samples/ --format jsonl
