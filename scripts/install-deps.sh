#!/usr/bin/env bash
# Installs the Debian 12 packages redovis needs to build, test and make its
# samples, when they are missing. Safe to run again. Needs root (or sudo).
# usage: scripts/install-deps.sh [--bench]
#   --bench: also the tools only the accuracy benchmarks' renderings need
#   (bench/never_seen.sh, bench/never_seen_dumps.sh: text browsers, MuPDF,
#   catdoc, odt2txt; bench/python_dumps.sh: pdfminer.six, PyMuPDF, pypdf,
#   python-docx), which the generators otherwise skip, making fewer files.
set -euo pipefail
packages=(
  build-essential cmake pkg-config clang-format
  libicu-dev libxml2-dev libzip-dev libpoppler-private-dev
  nettle-dev  # SHA-256, linked statically (src/extract/extractor.cc)
  libcli11-dev doctest-dev nlohmann-json3-dev libmimalloc-dev libsqlite3-dev sqlite3
  libxlsxwriter-dev  # extract -f xlsx
  libreoffice-calc-nogui  # tests/spreadsheets.sh: Calc opens the workbook and the Excel-style CSV
  python3 poppler-utils
  parallel  # tests/shards.sh: an archive split into shards, as over many machines
  chromium
  libtesseract-dev tesseract-ocr-swe tesseract-ocr-osd  # osd: a page fed sideways is turned upright
  tesseract-ocr  # the tesseract command: the benchmark's OCR row beside it (bench/run.sh)
  python3-pil python3-numpy fonts-dejavu-core  # scripts/make_scan_variants.py (run with /usr/bin/python3)
  # libpoppler-private-dev: Poppler 22.12's core API, one pass over each PDF page (src/read/pdf/pdf_page_pass.h)
  libjpeg-dev  # jpeglib.h: the PDF reader routes libjpeg's warnings (src/read/pdf/pdf_reader.cc)
  qpdf ghostscript imagemagick
  pandoc libreoffice-writer-nogui fonts-liberation2  # renderings and variants (bench/accuracy.sh, scripts/make_variant_samples.py)
  wswedish  # /usr/share/dict/swedish: the patterns' `wordlist`, a hard fold's cut words (src/normalise/word_list.h)
)
if [ "${1:-}" = --bench ]; then
  packages+=(w3m html2text lynx mupdf-tools catdoc odt2txt python3-pdfminer python3-fitz python3-pypdf python3-docx)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
