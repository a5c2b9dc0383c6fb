#!/usr/bin/env bash
# Plain pdftotext of PDFs never seen (issue 14): each PDF that
# bench/never_seen.sh made (its OUT_DIR/renderings: pdf, pdf-gs, pdf-cairo,
# pdf-cropbox, pdf-encrypted, pdf-rotated, pdf-2up, pdf-ps2pdf of every
# variant) converted again with `pdftotext -raw` (content-stream order) and
# with plain `pdftotext` (reading order, no -layout), the two most common
# conversions of a PDF. Each text's record is compared key by key
# (tests/compare_renderings.py, no losses listed) with the record of the
# .docx that never_seen.sh compares the PDF with. Prints every wrong value,
# every lost one, and the table per rendering: <pdf rendering>-raw and
# <pdf rendering>-plain. A measurement: exits 0 whatever it finds, unless
# pdftotext or redovis cannot run.
#
# usage: bench/plain_pdftotext.sh [path/to/redovis] [NEVER_SEEN_DIR] [OUT_DIR]
#   NEVER_SEEN_DIR: an OUT_DIR of bench/never_seen.sh (default /tmp/ns-end;
#   only read); OUT_DIR: keep the texts and records there.
#
# A text is named <stem>~<pdf rendering>.<pdf rendering>-<mode>.txt and its
# reference <stem>~<pdf rendering>.docx (the record of <stem>.docx), so that
# compare_renderings.py's <stem>.<rendering> naming holds.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/redovis}")
ns=${2:-/tmp/ns-end}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${3:-$work/out}
texts=$out/texts
mkdir -p "$texts"
[ -f "$ns/reference.jsonl" ] || { echo "no $ns/reference.jsonl: run bench/never_seen.sh" >&2; exit 2; }
for pdf in "$ns"/renderings/*.pdf; do
  name=$(basename "$pdf" .pdf)
  stem=${name%%.*}
  rendering=${name#*.}
  case "$rendering" in pdf | pdf-*) ;; *) continue ;; esac
  pdftotext -raw -enc UTF-8 "$pdf" "$texts/$stem~$rendering.$rendering-raw.txt"
  pdftotext -enc UTF-8 "$pdf" "$texts/$stem~$rendering.$rendering-plain.txt"
done
# The references: each text's <stem>.docx record under the text's own stem.
python3 - "$ns/reference.jsonl" "$texts" > "$out/reference.jsonl" << 'EOF'
import json, os, sys
refs = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            rec = json.loads(line)
            refs[os.path.basename(rec["source"]["file"])[:-len(".docx")]] = rec
for stem in sorted({n.split(".")[0] for n in os.listdir(sys.argv[2])}):
    rec = dict(refs[stem.split("~")[0]])
    rec["source"] = dict(rec["source"], file=stem + ".docx")
    print(json.dumps(rec, ensure_ascii=False))
EOF
"$bin" extract "$texts"/* -q -j 2 -f jsonl > "$out/texts.jsonl" || true
python3 tests/compare_renderings.py "$out/reference.jsonl" "$out/texts.jsonl" --table-only
