#!/usr/bin/env bash
# Accuracy on reports the project has never seen: the VARIANT reports
# (scripts/make_variant_samples.py: a Kommentar column, merged cells, retyped
# forms, marks left/centred/right, other page sizes and fonts, a browser
# print), each read as it is and in every rendering scripts/make_renderings.py
# knows (pdftotext -layout and raw of each variant PDF; pandoc markdown, plain
# and rst and LibreOffice text of each variant .docx; each variant PDF
# re-distilled, turned, cropped, encrypted and printed 2-up, and its pages
# reversed, swapped in pairs, halves swapped and shuffled, as PDF and as
# pdftotext -layout, and its -layout text with its diacritics stripped by
# iconv and by sed), and the reports
# scripts/make_retyped_samples.py retypes (rendering retyped-2: 8 files per
# filled sample, each with its own habits). Each record is compared
# key by key (tests/compare_renderings.py, no losses listed) with the record
# of the variant's own .docx, or, for a variant that has none (the PDFs, the
# retyped text), with that of the sample's .docx it was made from. Prints
# every wrong value, every lost one, and precision and recall per rendering.
# A measurement: exits 0 whatever it finds, unless a generator or redovis
# cannot run.
#
# usage: bench/never_seen.sh [path/to/redovis] [VARIANTS_DIR] [OUT_DIR] [SEEDS_DIR]
#   VARIANTS_DIR: variants already made by make_variant_samples.py (made
#   afresh in a temporary directory when absent or empty); OUT_DIR: keep the
#   renderings and records there; SEEDS_DIR: the seed reports every
#   generator starts from (default ../shared/seeds; bench/other_answers.sh
#   gives the seeds filled in with other answers), the samples' .docx,
#   the references of the PDFs and the retyped text, made from them afresh.
#
# A variant <stem>.<variant>.<ext> becomes <stem>_<variant>, and each file
# read is named <stem>_<variant>.<rendering>.<ext>; <rendering> is the
# make_renderings name, or pdf / odt / txt for the variant file itself.
# The 2016 form's second layout has no .docx to compare with: left out here
# (tests/variants.sh compares it with its .txt).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_start "${1:-}"
# The renderings' tools: without them a generator skips its renderings.
scripts/install-deps.sh --bench
seeds=${4:-}
samples=samples
seed_args=()
if [ -n "$seeds" ]; then
  samples=$work/samples
  seed_args=(--seeds "$seeds")
  python3 scripts/make_office_samples.py --seeds "$seeds" --out "$samples" > /dev/null
fi
variants=$(variants_dir "${2:-}" "$work" "${seed_args[@]}")
out=${3:-$work/out}
src=$out/sources
refs=$out/references
reads=$out/renderings
mkdir -p "$src" "$refs" "$reads"
docx_stems=()
pdf_stems=()
for f in "$variants"/*.*.*; do
  name=$(basename "$f")
  stem=${name%%.*}
  rest=${name#*.}
  variant=${rest%.*}
  ext=${name##*.}
  base=${stem}_${variant}
  case "$ext" in
    docx)
      cp "$f" "$src/$base.docx"
      cp "$f" "$refs/$base.docx"
      docx_stems+=("$base")
      ;;
    odt)
      cp "$f" "$reads/$base.odt.odt"
      ;;
    pdf | txt)
      [ -f "$samples/$stem.docx" ] || continue
      cp "$f" "$reads/$base.$ext.$ext"
      cp "$samples/$stem.docx" "$refs/$base.docx"
      [ "$ext" = pdf ] && cp "$f" "$src/$base.pdf" && pdf_stems+=("$base")
      ;;
  esac
done
# The second, independent generator of retyped reports: each
# <stem>.retyped-2-<k>.txt is read as the rendering retyped-2, against
# samples/<stem>.docx.
python3 scripts/make_retyped_samples.py "$work/retyped-2" "${seed_args[@]}" > /dev/null
for f in "$work/retyped-2"/*.retyped-2-*.txt; do
  name=$(basename "$f" .txt)
  stem=${name%%.*}
  k=${name##*.retyped-2-}
  cp "$f" "$reads/${stem}_retyped-2-$k.retyped-2.txt"
  cp "$samples/$stem.docx" "$refs/${stem}_retyped-2-$k.docx"
done
# The variant .odt is compared with the variant .docx of the same name.
for f in "$reads"/*.odt.odt; do
  [ -e "$f" ] || continue
  base=$(basename "$f" .odt.odt)
  [ -f "$refs/$base.docx" ] || rm "$f"
done
if [ ${#docx_stems[@]} -gt 0 ]; then
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${docx_stems[@]}" \
    --renderings pandoc-markdown pandoc-plain pandoc-rst lo-text
  # pandoc's HTML of the .docx through html2text at 100 columns
  # (scripts/make_dump_renderings.py): a label longer than its column
  # written over by the next cell.
  python3 scripts/make_dump_renderings.py "$reads" --samples "$src" --stems "${docx_stems[@]}" \
    --renderings html2text-w100
fi
if [ ${#pdf_stems[@]} -gt 0 ]; then
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdftotext-layout pdftotext-raw
  # Lines cut at a column, as archives hold them (`cut -c1-100`, `colrm 81`,
  # `cut -b`): the right columns gone, words cut at the column.
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdftotext-layout-cut100 pdftotext-layout-cut80 \
    pdftotext-layout-cutb100 pdftotext-layout-cutb80
  # PDFs made from PDFs, as archives hold them: re-distilled (Ghostscript,
  # PostScript and back, cairo), a page turned by /Rotate, a CropBox away
  # from 0 0, an owner password, two pages a sheet (the searchable scan,
  # pdf-searchable, needs Tesseract a page: bench/accuracy.sh has it).
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdf-gs pdf-ps2pdf pdf-cairo pdf-rotated pdf-cropbox pdf-encrypted pdf-2up
  # Pages out of order, as scanned or merged: reversed, swapped in pairs,
  # halves swapped, shuffled (a fixed seed a file), as PDFs and as their
  # `pdftotext -layout` text (scripts/page_orders.py).
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdf-pages-reversed pdf-pages-pairs pdf-pages-halves pdf-pages-shuffled \
    pdftotext-layout-pages-reversed pdftotext-layout-pages-pairs \
    pdftotext-layout-pages-halves pdftotext-layout-pages-shuffled
  # Diacritics stripped (scripts/stripped_marks.py): `-layout` through
  # `iconv -t ASCII//TRANSLIT` under LC_ALL=C.UTF-8 ("å" to "a") and under
  # LC_ALL=C ("å" to "?"), and through `sed 'y/åäöÅÄÖ/aaoAAO/'`.
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdftotext-layout-ascii pdftotext-layout-ascii-c pdftotext-layout-aao
  # `-layout` through everyday text tools (scripts/layout_pipes.py): `fold -s`
  # at 90 and 120 bytes, `cat -n`, `fold -w` (hard) at 72, 80 and 100 bytes,
  # `fmt -w 120`, each line's margin stripped (round 41).
  python3 scripts/make_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdftotext-layout-folds90 pdftotext-layout-folds120 pdftotext-layout-catn \
    pdftotext-layout-fold72 pdftotext-layout-fold80 pdftotext-layout-fold100 \
    pdftotext-layout-fmt120 pdftotext-layout-strip
  # pdftohtml's one-page HTML (no -s: a `<br/>` a line, words parted by
  # no-break spaces, a page's `<hr/>`) dumped by w3m and html2text at 200
  # columns, MuPDF's `mutool draw -F txt`, and MuPDF's XHTML dumped by w3m at
  # 100 columns and html2text at 70 (scripts/make_dump_renderings.py): reading
  # order; MuPDF's positioned HTML (`-F html`) and structured text (`-F
  # stext`): runs by their positions; `pdftotext -layout -fixed 2.5`: words
  # as far apart as columns, read a line a cell (round 41).
  python3 scripts/make_dump_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings pdftohtml-noframes-w3m pdftohtml-noframes-html2text mutool-text \
    mutool-xhtml-w3m mutool-xhtml-html2text mutool-html mutool-stext pdftotext-layout-fixed25
  # The PDF opened in LibreOffice Writer (its PDF import: a text box a line,
  # placed where it stood) saved as .docx and .odt
  # (scripts/make_office_renderings.py): refused, placed_text_boxes.
  python3 scripts/make_office_renderings.py "$reads" --samples "$src" --stems "${pdf_stems[@]}" \
    --renderings lo-pdf-import-docx lo-pdf-import-odt
fi
"$bin" extract "$refs"/* -q -j 2 -f jsonl > "$out/reference.jsonl"
"$bin" extract "$reads"/* -q -j 2 -f jsonl > "$out/renderings.jsonl" || true
python3 tests/compare_renderings.py "$out/reference.jsonl" "$out/renderings.jsonl" --table-only
