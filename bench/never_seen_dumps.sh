#!/usr/bin/env bash
# Accuracy of Word text dumps on reports the project has never seen: each
# variant .docx of scripts/make_variant_samples.py (a Kommentar column,
# merged cells) dumped as scripts/make_dump_renderings.py's catdoc-text
# (of the Word 97 file LibreOffice saves), w3m-dump and lynx-dump (of
# pandoc's HTML, 80 columns), the narrow browser dumps w3m-dump-w60 and
# lynx-dump-w60 (the same at 60 columns) and odt2txt-pandoc (`odt2txt` of
# pandoc's .odt: a cell a paragraph, wrapped at 65 characters), each record
# compared key by key
# (tests/compare_renderings.py, no losses listed) with the record of the
# variant's own .docx. The samples'
# own dumps are tests/renderings.sh's and bench/accuracy.sh's. A measurement:
# exits 0 whatever it finds, unless a generator or redovis cannot run.
#
# usage: bench/never_seen_dumps.sh [path/to/redovis] [VARIANTS_DIR] [OUT_DIR]
#   VARIANTS_DIR: variants already made (made afresh when absent or empty);
#   OUT_DIR: keep the dumps and records there.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_start "${1:-}"
# The renderings' tools: without them a generator skips its renderings.
scripts/install-deps.sh --bench
variants=$(variants_dir "${2:-}" "$work")
out=${3:-$work/out}
src=$out/sources
reads=$out/renderings
mkdir -p "$src" "$reads"
mapfile -t stems < <(variant_docx "$variants" "$src")
python3 scripts/make_dump_renderings.py "$reads" --samples "$src" --stems "${stems[@]}" \
  --renderings catdoc-text w3m-dump lynx-dump w3m-dump-w60 lynx-dump-w60 odt2txt-pandoc
score_renderings "$bin" "$out" "$src"/*.docx
