#!/usr/bin/env bash
# Accuracy on the narrow family (issue 14): every sample report with a .docx
# refilled to a narrow width, read by redovis and compared key by key with
# the record of the sample's .docx (tests/compare_renderings.py, no losses
# listed). At each width N of WIDTHS, for each sample <stem>:
#   plain-wN, rst-wN, markdown-wN   `pandoc -t plain|rst|markdown --columns=N`
#                                   of <stem>.docx
#   fold-wN, fmt-wN                 `fold -s -w N`, `fmt -w N` of <stem>.txt
#                                   (tabbed; a tabbed text `fmt` refilled is
#                                   read where fmt left lines alone:
#                                   refilled_tabs, refilled_text)
# (docs/renderings.md's narrow family: 5 samples x 11 widths x 5 = 275
# files), and
# with NARROW_EXTRA=1 also
#   plain-fold-wN, plain-fmt-wN     the same of `pandoc -t plain` (72 columns)
#   lo-fold-wN, lo-fmt-wN           the same of LibreOffice's text export of
#                                   <stem>.docx (one cell a line, no tabs)
# Each file read is named <stem>.<rendering>.txt. Prints every wrong value,
# every lost one, and the table of values equal / lost / wrong per rendering.
# A measurement: exits 0 whatever it finds, unless a tool or redovis cannot
# run.
#
# usage: bench/narrow.sh [path/to/redovis] [OUT_DIR] [WIDTHS...]
#   OUT_DIR: keep the renderings and records there (renderings already in
#   OUT_DIR/renderings are made again only when absent); WIDTHS: the widths
#   (default 20 25 28 30 33 35 40 45 50 60 72).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_start "${1:-}"
out=${2:-$work/out}
shift $(($# > 2 ? 2 : $#))
widths=("$@")
[ ${#widths[@]} -gt 0 ] || widths=(20 25 28 30 33 35 40 45 50 60 72)
reads=$out/renderings
mkdir -p "$reads" "$work/lo"
stems=()
for docx in samples/*.docx; do
  stems+=("$(basename "$docx" .docx)")
done
for stem in "${stems[@]}"; do
  docx=samples/$stem.docx
  plain=$work/$stem.plain.txt
  lo=$work/lo/$stem.txt
  if [ "${NARROW_EXTRA:-0}" = 1 ]; then
    pandoc -f docx -t plain --columns=72 "$docx" -o "$plain"
    soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$work/lo" "$docx" \
      > /dev/null 2>&1 || true
  fi
  for n in "${widths[@]}"; do
    for to in plain rst markdown; do
      made_once "$reads/$stem.$to-w$n.txt" pandoc -f docx -t "$to" --columns="$n" "$docx"
    done
    if [ -f "samples/$stem.txt" ]; then
      made_once "$reads/$stem.fold-w$n.txt" fold -s -w "$n" "samples/$stem.txt"
      made_once "$reads/$stem.fmt-w$n.txt" fmt -w "$n" "samples/$stem.txt"
    fi
    if [ -f "$plain" ]; then
      made_once "$reads/$stem.plain-fold-w$n.txt" fold -s -w "$n" "$plain"
      made_once "$reads/$stem.plain-fmt-w$n.txt" fmt -w "$n" "$plain"
    fi
    if [ -f "$lo" ]; then
      made_once "$reads/$stem.lo-fold-w$n.txt" fold -s -w "$n" "$lo"
      made_once "$reads/$stem.lo-fmt-w$n.txt" fmt -w "$n" "$lo"
    fi
  done
done
refs=()
for stem in "${stems[@]}"; do refs+=("samples/$stem.docx"); done
score_renderings "$bin" "$out" "${refs[@]}"
