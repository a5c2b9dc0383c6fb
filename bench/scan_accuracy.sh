#!/usr/bin/env bash
# Accuracy on generated scans: the sample reports scanned as they arrive
# (scripts/make_scan_variants.py: 150-300 dpi, grey and colour, skew, a page
# sideways, stamps, signature, highlighter, JPEG, noise seeds), read by
# redovis and compared key by key with the record of the sample's .docx.
# Prints every wrong value (kind, file, key, got, expected) and, with
# SCAN_LOST=1, every lost one, then the table of equal / lost / wrong per
# variant (bench/scan_table.py: numbers, marks and text apart), the status
# of each file, and the time per page (CPU seconds: wall time depends on the
# machine's load). A measurement: exits 0 whatever it finds, unless the
# generator or redovis cannot run. OCR is slow: the whole set is 48 files, about 370 pages;
# pass generator options (--only, --stems) after the directory for a part.
# The set never tuned to (README, "Scans, what is read well"): --seed 2
#   --only 300g-q90-s1,200c-skew+1p5-stampred-q50-s2,200c-skew-1p3-stampredrule-rot90p2-q50-s4,150c-stampred-hl-q30-s8
#   (000, 001, 003 with all four; 2023_filled with the first two).
# A second set never tuned to, with variants not made before (README):
#   --seed 11 --only 150g-skew-0p8-q60-s1,200c-skew+1p0-stampblue-rot180p2-q55-s2,200c-stampredrule-sig-hl-q40-s3,200g-fax-skew+0p7-s4
#   (all four samples with all four: 16 files, 124 pages).
# usage: bench/scan_accuracy.sh [path/to/redovis] [OUT_DIR [GENERATOR OPTIONS...]]
#        (OUT_DIR: keep the scans there, with the records read, reference.jsonl
#        of the samples' .docx and scans.jsonl; scans already in it are not
#        made again, the records are)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/scans}
shift 2 2>/dev/null || shift $#
mkdir -p "$out"
if ! compgen -G "$out/*.pdf" > /dev/null; then
  /usr/bin/python3 scripts/make_scan_variants.py "$out" "$@" > /dev/null
fi
refs=()
pages=0
for f in "$out"/*.pdf; do
  stem=$(basename "$f"); stem=${stem%%.*}
  refs+=("samples/$stem.docx")
  pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}')))
done
mapfile -t refs < <(printf '%s\n' "${refs[@]}" | sort -u)
"$bin" extract "${refs[@]}" -q -j 2 > "$out/reference.jsonl"
TIMEFORMAT='%R %U %S'
{ time "$bin" extract "$out"/*.pdf -q -j 2 --timeout 0 > "$out/scans.jsonl" || true; } 2> "$work/time"
lost=()
[ "${SCAN_LOST:-0}" = 1 ] && lost=(--lost)
python3 bench/scan_table.py "$out/reference.jsonl" "$out/scans.jsonl" "${lost[@]}"
read -r real user sys < <(tail -1 "$work/time")
awk -v r="$real" -v u="$user" -v s="$sys" -v p="$pages" 'BEGIN {
  printf "\n%d pages: %.1f s of CPU per page (%.0f s wall with two workers)\n", p, (u + s) / p, r }'
