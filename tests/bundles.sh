#!/usr/bin/env bash
# Reports inside reports: the committed bundles in tests/data/bundles/ (made by
# scripts/make_bundles.py --small: a text bundle of every edition with a blank
# form and a cover letter, and a PDF bundle of three reports) must give one
# record per report, in order, each equal to its sample's record read alone
# (tests/check_bundles.py).
# usage: tests/bundles.sh path/to/redovis   (from the repository root)
set -euo pipefail
python3 tests/check_bundles.py "$1" tests/data/bundles
