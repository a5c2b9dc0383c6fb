#!/usr/bin/env bash
# The large bundle check: builds 24 text bundles (every order of the four
# editions, with a blank form and a cover letter) and three PDF bundles (7, 14
# and 88 reports; the longest about 690 pages) from samples/ with
# scripts/make_bundles.py (fixed seed), then checks that each gives every
# report's record as read alone (tests/check_bundles.py).
# usage: bench/bundles.sh [path/to/redovis] [OUTDIR]   (from the repository root)
set -euo pipefail
bin=${1:-build/redovis}
out=${2:-$(mktemp -d)}
python3 scripts/make_bundles.py "$out"
python3 tests/check_bundles.py "$bin" "$out"
