#!/usr/bin/env bash
# Accuracy of the text analysts' Python scripts pull out of reports the
# project has never seen: the never-seen PDFs (bench/never_seen.sh's
# sources) through pdfminer.six, PyMuPDF and pypdf, and their .docx (its
# references) through python-docx, made by scripts/make_python_dumps.py
# (pdfminer, fitz-text, fitz-sort, fitz-blocks, pypdf, pydocx-order,
# pydocx-split),
# each record compared key by key (tests/compare_renderings.py, no losses
# listed) with the record of the report's own .docx. A measurement: exits 0
# whatever it finds, unless a generator or redovis cannot run.
#
# usage: bench/python_dumps.sh [path/to/redovis] [NS_DIR] [OUT_DIR]
#   NS_DIR: bench/never_seen.sh's OUT_DIR (sources/*.pdf, references/*.docx),
#   made afresh when absent or empty (about 25 minutes);
#   OUT_DIR: keep the dumps and records there.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_start "${1:-}"
# python3-pdfminer, python3-fitz, python3-pypdf, python3-docx: without one,
# its dumps are skipped.
scripts/install-deps.sh --bench
ns=${2:-}
if [ -z "$ns" ] || [ -z "$(ls -A "$ns/sources" 2>/dev/null)" ]; then
  ns=${ns:-$work/ns}
  bench/never_seen.sh "$bin" "" "$ns" > /dev/null
fi
out=${3:-$work/out}
mkdir -p "$out/renderings"
/usr/bin/python3 scripts/make_python_dumps.py "$ns/sources" "$ns/references" "$out/renderings"
score_renderings "$bin" "$out" "$ns/references"/*.docx
