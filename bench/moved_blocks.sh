#!/usr/bin/env bash
# Raw pdftotext with blocks of numbers moved (issue 14; scripts/moved_blocks.py):
# each <stem>.pdftotext-raw.txt of an OUT_DIR of bench/never_seen.sh or
# bench/other_answers.sh, its clients' blocks moved to later places with
# seeds 1, 2 and 3, read by two builds side by side and compared key by key
# (tests/compare_renderings.py, no losses listed) with the record of the
# report's .docx. Prints, per seed, the two builds' "all" rows: values
# equal, lost and wrong. A wrong value here that the baseline does not give
# is a guess the order does not prove. A measurement: exits 0 whatever it
# finds, unless redovis cannot run.
#
# usage: bench/moved_blocks.sh [path/to/redovis] [path/to/baseline] [DIR] [OUT_DIR]
#   DIR: an OUT_DIR of never_seen.sh or other_answers.sh (default
#   /tmp/ns-end; only read: its reference.jsonl and renderings/).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
base=$(realpath "${2:-$bin}")
dir=${3:-/tmp/ns-end}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${4:-$work/out}
mkdir -p "$out"
[ -f "$dir/reference.jsonl" ] || { echo "no $dir/reference.jsonl: run bench/never_seen.sh" >&2; exit 2; }
for seed in 1 2 3; do
  texts=$out/seed$seed
  python3 scripts/moved_blocks.py "$dir/renderings" "$texts" "$seed"
  for build in "$base" "$bin"; do
    tag=$([ "$build" = "$bin" ] && echo new || echo baseline)
    "$build" extract "$texts"/* -q -j 2 -f jsonl > "$out/seed$seed.$tag.jsonl" 2> /dev/null || true
    row=$(python3 tests/compare_renderings.py "$dir/reference.jsonl" "$out/seed$seed.$tag.jsonl" \
      --table-only --as-written | grep '^| all ' || true)
    echo "seed $seed $tag $row"
  done
done
