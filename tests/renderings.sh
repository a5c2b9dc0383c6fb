#!/usr/bin/env bash
# The committed renderings: each file tests/data/renderings/<stem>.<rendering>.<ext>
# (made by scripts/make_renderings.py from samples/<stem>.docx or .pdf, or by
# scripts/make_office_renderings.py: Word and OpenDocument files; or by
# bench/other_answers.sh, its .docx beside it, <stem>.docx; or by scripts/make_dump_renderings.py
# or make_python_dumps.py, from the samples) must
# give the record of samples/<stem>.docx (or of that .docx) key by key, except the losses listed
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
  # Its reference: the .docx of its stem beside it (a report the samples do
  # not hold: other answers), else the sample's.
  stem=$(basename "$f")
  if [ -f "$dir/${stem%%.*}.docx" ]; then
    refs+=("$dir/${stem%%.*}.docx")
  else
    refs+=("samples/${stem%%.*}.docx")
  fi
done
if [ "${#files[@]}" -eq 0 ]; then
  echo "FAIL no renderings in $dir"
  echo "0 passed, 1 failed"
  exit 1
fi
mapfile -t refs < <(printf '%s\n' "${refs[@]}" | sort -u)
# Exit 2 or 3 (no pattern directory, output not written) leaves nothing to
# compare: a failure, never a pass over no records.
for run in reference:"${#refs[@]}" renderings:"${#files[@]}"; do
  name=${run%%:*} want=${run#*:}
  if [ "$name" = reference ]; then
    "$bin" extract "${refs[@]}" -q -j 2 > "$work/$name.jsonl" 2> "$work/$name.err"
  else
    "$bin" extract "${files[@]}" -q -j 2 > "$work/$name.jsonl" 2> "$work/$name.err"
  fi
  rc=$?
  got=$(grep -o '"file":"[^"]*"' "$work/$name.jsonl" | sort -u | wc -l)
  if [ "$rc" -ge 2 ] || [ "$got" -ne "$want" ]; then
    echo "FAIL extract of the $name files: exit $rc, $got of $want files in the output"
    head -n 5 "$work/$name.err"
    echo "0 passed, 1 failed"
    exit 1
  fi
done
if python3 tests/compare_renderings.py "$work/reference.jsonl" "$work/renderings.jsonl" \
  --losses "$dir/losses.tsv" --as-written; then
  echo "1 passed, 0 failed"
else
  echo "0 passed, 1 failed"
  exit 1
fi
