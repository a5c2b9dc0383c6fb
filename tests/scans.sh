#!/usr/bin/env bash
# Scans as they arrive: the committed slice of generated scan variants
# (tests/data/scans/*.pdf, made by scripts/make_scan_variants.py --pages 1-2
# from sample 003's text PDF, colour at 200 dpi, JPEG: a page fed sideways
# with a red stamp across a table rule and 1.3 degrees of skew; a page upside
# down with 3 degrees of skew, a blue stamp, a signature and highlighter)
# must give the values of the same two pages
# of the sample's text PDF, read from its text layer (which gives the .docx's
# record: tests/renderings.sh), key by key by tests/compare_renderings.py,
# except the losses listed in tests/data/scans/losses.tsv; never a wrong value.
#
# usage: tests/scans.sh path/to/redovis   (from the repository root)
set -euo pipefail
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/ref"
stems=$(for f in tests/data/scans/*.pdf; do b=$(basename "$f"); echo "${b%%.*}"; done | sort -u)
for stem in $stems; do
  qpdf --empty --pages "samples/$stem.pdf" 1-2 -- "$work/ref/$stem.pdf"
done
"$bin" extract "$work"/ref/*.pdf -q --ocr never > "$work/ref.jsonl"
# compare_renderings.py takes <stem>.docx records as the reference.
python3 - "$work/ref.jsonl" > "$work/reference.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    r["source"]["file"] = r["source"]["file"][:-4] + ".docx"
    print(json.dumps(r, ensure_ascii=False))
PY
scans=(tests/data/scans/*.pdf)
"$bin" extract "${scans[@]}" -q -j 2 --timeout 0 > "$work/scans.jsonl" || true
got=$(grep -c . "$work/scans.jsonl" || true)
if [ "$got" -ne "${#scans[@]}" ]; then
  echo "FAIL ${#scans[@]} scans gave $got records" >&2
  exit 1
fi
python3 tests/compare_renderings.py "$work/reference.jsonl" "$work/scans.jsonl" \
  --losses tests/data/scans/losses.tsv
