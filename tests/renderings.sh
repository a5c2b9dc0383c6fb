#!/usr/bin/env bash
# The committed renderings: each file tests/data/renderings/<stem>.<rendering>.<ext>
# (made by scripts/make_renderings.py from samples/<stem>.docx or .pdf, or by
# scripts/make_office_renderings.py: Word and OpenDocument files) must
# give the record of samples/<stem>.docx key by key, except the losses listed
# for its rendering in tests/data/renderings/losses.tsv
# (tests/compare_renderings.py). Needs none of the conversion tools.
# usage: tests/renderings.sh path/to/redovis   (from the repository root)
# Prints the table and "N passed, M failed".
set -u
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
dir=tests/data/renderings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
refs=()
for f in "$dir"/*.*.*; do
  [ -f "$f" ] || continue
  files+=("$f")
  stem=$(basename "$f"); refs+=("samples/${stem%%.*}.docx")
done
if [ "${#files[@]}" -eq 0 ]; then
  echo "FAIL no renderings in $dir"
  echo "0 passed, 1 failed"
  exit 1
fi
mapfile -t refs < <(printf '%s\n' "${refs[@]}" | sort -u)
"$bin" extract "${refs[@]}" -q -j 2 > "$work/reference.jsonl"
"$bin" extract "${files[@]}" -q -j 2 > "$work/renderings.jsonl"
if python3 tests/compare_renderings.py "$work/reference.jsonl" "$work/renderings.jsonl" \
  --losses "$dir/losses.tsv"; then
  echo "1 passed, 0 failed"
else
  echo "0 passed, 1 failed"
  exit 1
fi
