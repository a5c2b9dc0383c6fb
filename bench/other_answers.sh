#!/usr/bin/env bash
# Accuracy on reports filled in with other answers: the seed reports written
# again by scripts/make_other_answers.py (other counts, marks, names, a
# municipality of the same county, the grant's figures) and then measured as
# bench/never_seen.sh measures the seeds' own: every variant and rendering
# compared key by key with the record of the .docx it was made from. What it
# finds that never_seen.sh does not: a reader or rule fitted to the seeds'
# own values (a count of one digit or three, a blank cell in a group, a mark
# in the other column, a municipality's name of another length).
# A measurement: exits 0 whatever it finds, unless a generator or redovis
# cannot run.
#
# usage: bench/other_answers.sh [path/to/redovis] [OUT_DIR] [SEED]
#   OUT_DIR: keep the seeds, renderings and records there (OUT_DIR/seeds,
#   OUT_DIR/ns); SEED: which other answers (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
out=${2:-$(mktemp -d)}
seed=${3:-1}
mkdir -p "$out"
out=$(realpath "$out")
python3 scripts/make_other_answers.py "$out/seeds" --seed "$seed" > /dev/null
bench/never_seen.sh "$bin" "" "$out/ns" "$out/seeds"
