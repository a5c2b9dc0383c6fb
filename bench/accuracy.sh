#!/usr/bin/env bash
# Accuracy on the renderings: every rendering of every sample report
# (scripts/make_renderings.py; a rendering whose tool is missing is skipped,
# saying so), read by redovis and compared key by key with the record of the
# sample's .docx (tests/compare_renderings.py, with the committed losses
# file). Prints every wrong value, every unlisted loss, and the table of
# values read and lost per rendering. A measurement: exits 0 whatever it
# finds, unless the generator or redovis cannot run.
# usage: bench/accuracy.sh [path/to/redovis] [OUT_DIR]   (OUT_DIR: keep the renderings there)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/renderings}
mkdir -p "$out"
python3 scripts/make_renderings.py "$out"
refs=()
for f in "$out"/*; do
  stem=$(basename "$f"); stem=${stem%%.*}
  refs+=("samples/$stem.docx")
done
mapfile -t refs < <(printf '%s\n' "${refs[@]}" | sort -u)
"$bin" extract "${refs[@]}" -q -j 2 > "$work/reference.jsonl"
"$bin" extract "$out"/* -q -j 2 > "$work/renderings.jsonl" || true
python3 tests/compare_renderings.py "$work/reference.jsonl" "$work/renderings.jsonl" \
  --losses tests/data/renderings/losses.tsv --table-only
