#!/usr/bin/env bash
# Accuracy of the dumps archives hold of Word reports (issue 14): each
# reference .docx saved by LibreOffice as a Word 97 .doc and as HTML, and
# those dumped to text by whatever tool was at hand. For each <stem>.docx:
#   catdoc-w     `catdoc -w` of the .doc (no wrap; a Word field's code and
#                end left in the text, a table row ended by a line holding
#                a tab alone)
#   catdoc       `catdoc` of the .doc (paragraphs wrapped at 72 bytes)
#   html2text    `html2text -utf8 -nobs` of the HTML (check boxes glued)
#   links        `links -dump` of the HTML (a form field between dots)
#   elinks       `elinks -dump` of the HTML
#   w3m          `w3m -dump` of the HTML (a cell's wrap at column 0)
# Each file read is named <stem>.<dump>.txt and its record compared key by
# key (tests/compare_renderings.py, no losses listed) with the record of
# <stem>.docx. Prints every wrong value, every lost one, and the table of
# values equal / lost / wrong per dump. A measurement: exits 0 whatever it
# finds, unless a tool or redovis cannot run.
#
# usage: bench/office_dumps.sh [path/to/redovis] [REFERENCES_DIR] [OUT_DIR] [COUNT]
#   REFERENCES_DIR: the .docx to dump, e.g. bench/never_seen.sh's
#   OUT_DIR/references (when absent or empty, scripts/make_variant_samples.py's
#   variants made afresh, <stem>.<variant>.docx read as <stem>_<variant>);
#   OUT_DIR: keep the .doc and .html (OUT_DIR/converted: LibreOffice is
#   slow, so those there are not made again), the dumps and the records;
#   COUNT: only the first COUNT references in name order (default: all; 25
#   takes a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_start "${1:-}"
refs_dir=${2:-}
out=${3:-$work/out}
count=${4:-0}
src=$out/sources
reads=$out/renderings
mkdir -p "$src" "$reads"
if [ -z "$refs_dir" ] || [ -z "$(ls -A "$refs_dir" 2>/dev/null)" ]; then
  variant_docx "$(variants_dir "$refs_dir" "$work")" "$src" > /dev/null
  refs_dir=$src
fi
docs=()
for f in "$refs_dir"/*.docx; do
  [ -e "$f" ] || continue
  docs+=("$f")
  [ "$count" -gt 0 ] && [ ${#docs[@]} -ge "$count" ] && break
done
doc=$(lo_converted "doc:MS Word 97" doc "$out/converted" "${docs[@]}")
html=$(lo_converted html html "$out/converted" "${docs[@]}")
for f in "${docs[@]}"; do
  stem=$(basename "$f" .docx)
  d=$doc/$stem.doc
  h=$html/$stem.html
  if [ -s "$d" ]; then
    made_once "$reads/$stem.catdoc-w.txt" catdoc -w "$d"
    made_once "$reads/$stem.catdoc.txt" catdoc "$d"
  fi
  if [ -s "$h" ]; then
    made_once "$reads/$stem.html2text.txt" html2text -utf8 -nobs "$h"
    made_once "$reads/$stem.links.txt" links -dump "$h"
    made_once "$reads/$stem.elinks.txt" elinks -dump "$h"
    made_once "$reads/$stem.w3m.txt" w3m -dump "$h"
  fi
done
score_renderings "$bin" "$out" "${docs[@]}"
