#!/usr/bin/env bash
# The .doc and .rtf renderings of the samples (scripts/make_legacy_samples.py)
# must read like samples/<stem>.docx, key by key (tests/compare_renderings.py),
# a key null only where tests/legacy.losses lists it.
# usage: tests/legacy_formats.sh path/to/redovis   (from the repository root)
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rends=(samples/*.word97.doc samples/*.richtext.rtf)
refs=$(for f in "${rends[@]}"; do s=$(basename "$f"); echo "samples/${s%%.*}.docx"; done | LC_ALL=C sort -u)
"$bin" extract $refs -q -j 2 -f jsonl > "$work/ref.jsonl"
"$bin" extract "${rends[@]}" -q -j 2 -f jsonl > "$work/rend.jsonl"
python3 tests/compare_renderings.py "$work/ref.jsonl" "$work/rend.jsonl" --losses tests/legacy.losses
