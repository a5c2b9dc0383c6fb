#!/usr/bin/env bash
# The benchmark: builds a corpus of at least 1,000 documents per input format
# from samples/, runs `redovis extract` over each with 1 and N jobs, and the
# baselines `pdftotext -layout` (PDF) and `pandoc -t plain` (Word) over the
# same files, then a 10,000-file batch for peak memory. Prints a Markdown
# table (files/s, MB/s, peak memory).
# usage: bench/run.sh [path/to/redovis] [COUNT]     (COUNT: documents per format, default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
count=${2:-1000}
jobs=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

corpus() {  # FORMAT GLOB...: COUNT files of that format, copies of the samples
  local dir="$work/$1"; shift
  mkdir -p "$dir"
  local files=() i=0
  for g in "$@"; do for f in $g; do [ -f "$f" ] && files+=("$f"); done; done
  [ "${#files[@]}" -gt 0 ] || return 1
  while [ "$i" -lt "$count" ]; do
    local f=${files[$((i % ${#files[@]}))]}
    cp "$f" "$dir/$(printf '%05d' "$i")-$(basename "$f")"
    i=$((i + 1))
  done
}

measure() {  # LABEL DIR COMMAND...: prints a table row
  local label=$1 dir=$2; shift 2
  local n mb out
  n=$(find "$dir" -type f | wc -l)
  mb=$(du -sm --apparent-size "$dir" | cut -f1)
  out=$( { python3 bench/peak_rss.py "$@" >/dev/null; } 2>&1 | tail -n 1)
  local secs=${out% *} peak=${out#* }
  python3 -c "
n, mb, s, peak = $n, $mb, $secs, $peak
print(f'| {\"$label\"} | {n} | {s:.2f} | {n / s:.0f} | {mb / s:.1f} | {peak:.0f} |')"
}

corpus text "samples/0*.txt samples/2023_filled.txt"
corpus docx "samples/*.docx" || true
corpus odt "samples/*.odt" || true
# PDFs with a text layer (the scanned ones need OCR and are measured apart).
corpus pdf "$(ls samples/*.pdf | grep -v -e '\.scanned\.pdf$' | tr '\n' ' ')" || true
corpus scanned "samples/*.scanned.pdf" || true

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo
echo "| run | files | seconds | files/s | MB/s | peak MiB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for fmt in text docx odt pdf; do
  [ -d "$work/$fmt" ] || continue
  measure "$fmt, -j 1" "$work/$fmt" "$bin" extract "$work/$fmt" -j 1 -q -o /dev/null
  measure "$fmt, -j $jobs" "$work/$fmt" "$bin" extract "$work/$fmt" -j "$jobs" -q -o /dev/null
done
if [ -d "$work/pdf" ] && command -v pdftotext >/dev/null; then
  measure "pdf, pdftotext -layout (baseline)" "$work/pdf" \
    sh -c "for f in '$work'/pdf/*; do pdftotext -layout \"\$f\" - >/dev/null; done"
fi
if [ -d "$work/docx" ] && command -v pandoc >/dev/null; then
  mkdir -p "$work/docx-sample" && ls "$work"/docx/* | head -n 100 | xargs -I{} cp {} "$work/docx-sample/"
  measure "docx, pandoc -t plain (baseline, 100 files)" "$work/docx-sample" \
    sh -c "for f in '$work'/docx-sample/*; do pandoc -t plain \"\$f\" >/dev/null; done"
  measure "docx, redovis -j 1 (same 100 files)" "$work/docx-sample" "$bin" extract "$work/docx-sample" -j 1 -q -o /dev/null
fi
if [ -d "$work/scanned" ]; then  # OCR is slow: a tenth of the count
  ls "$work"/scanned/* | tail -n +$(( count / 10 + 1 )) | xargs rm -f
  measure "scanned pdf (OCR), -j $jobs" "$work/scanned" "$bin" extract "$work/scanned" -j "$jobs" -q -o /dev/null
fi
# Memory does not grow with the batch: 10,000 text files.
mkdir -p "$work/big"
i=0
for f in "$work"/text/*; do
  for k in $(seq 1 $(( (10000 + count - 1) / count ))); do
    [ "$i" -lt 10000 ] && ln "$f" "$work/big/$k-$(basename "$f")" && i=$((i + 1))
  done
done
measure "text, 10,000 files, -j $jobs" "$work/big" "$bin" extract "$work/big" -j "$jobs" -q -o /dev/null
