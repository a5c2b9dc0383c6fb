#!/usr/bin/env bash
# Tests of the fast start (issue 20): Poppler lives in the module
# redovis-pdf.so, loaded only when a PDF is opened, Tesseract in
# redovis-ocr.so, loaded only when a page needs OCR, SQLite and
# libxlsxwriter in redovis-writers.so, loaded only to write an archive or a
# workbook, and libxml2 and libzip (with OpenSSL's libcrypto) in
# redovis-office.so, loaded only for a Word or OpenDocument file. --version
# and a text extraction load none; a Word file loads the office module only (the dynamic loader's own log, LD_DEBUG,
# says which objects a run opens); a PDF loads Poppler only; a scan both. A
# program whose module is missing, broken or not its own reads text as before
# and fails a PDF with pdf_unavailable (a scan with ocr_unavailable) for that
# file, naming the module, not a crash.
# usage: tests/startup.sh path/to/redovis
set -uo pipefail
bin=$(realpath "${1:?usage: tests/startup.sh path/to/redovis}")
root=$(cd "$(dirname "$0")/.." && pwd)
export REDOVIS_PATTERNS="$root/patterns"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
ok() { echo "ok   $1"; }
bad() {
  echo "FAIL $1"
  [ -n "${2:-}" ] && echo "$2" | head -n 20 | sed 's/^/     /'
  fails=$((fails + 1))
}
txt="$root/samples/001_6c9c6f8633700f23.txt"
docx="$root/samples/001_6c9c6f8633700f23.docx"
pdf="$root/samples/001_6c9c6f8633700f23.pdf"
scan="$root/samples/000_2b37c49d4415161a.scanned.pdf"

# The objects a run opens, by the dynamic loader's log (workers included).
# The command's exit status and standard error are kept beside the log, in
# LOG.rc and LOG.err, for a failure's message (ran_as).
opened() {  # LOG COMMAND...: runs COMMAND with the loader's log in LOG
  local log=$1; shift
  LD_DEBUG=files LD_DEBUG_OUTPUT="$log" "$@" >/dev/null 2>"$log.err"
  echo $? > "$log.rc"
  cat "$log".[0-9]* 2>/dev/null | grep -o 'file=[^ ]*' | sort -u
}
ran_as() {  # LOG: how the command logged in LOG ended, for a message
  echo "exit $(cat "$1.rc"); stderr:"; cat "$1.err"
}
# The loader's list is given to grep as a here-string, never through a pipe:
# under pipefail, `echo "$out" | grep -q` fails when grep has found its line
# and left before echo has written the rest (SIGPIPE), as it did once on a
# loaded machine.
loads_ocr() { grep -q -e 'redovis-ocr\.so' -e 'libtesseract' -e 'liblept'; }
loads_pdf() { grep -q -e 'redovis-pdf\.so' -e 'libpoppler'; }
loads_writers() { grep -q -e 'redovis-writers\.so' -e 'libsqlite3' -e 'libxlsxwriter'; }
loads_office() { grep -q -e 'redovis-office\.so' -e 'libxml2' -e 'libzip' -e 'libcrypto'; }

out=$(opened "$work/version" "$bin" --version)
[ -n "$out" ] || bad "LD_DEBUG logged nothing: cannot see what --version loads"
loads_ocr <<< "$out" && bad "--version loads the OCR module or Tesseract" "$out" \
  || ok "--version loads neither the OCR module nor Tesseract"
loads_pdf <<< "$out" && bad "--version loads the PDF module or Poppler" "$out" \
  || ok "--version loads neither the PDF module nor Poppler"
loads_writers <<< "$out" && bad "--version loads the writer module, SQLite or libxlsxwriter" "$out" \
  || ok "--version loads neither the writer module nor SQLite nor libxlsxwriter"
loads_office <<< "$out" && bad "--version loads the office module, libxml2, libzip or libcrypto" "$out" \
  || ok "--version loads neither the office module nor libxml2, libzip, libcrypto"
for f in "$txt" "$docx" "$pdf"; do
  for mode in --in-process "-j 2"; do
    # shellcheck disable=SC2086
    out=$(opened "$work/run-$(basename "$f")${mode// /}" "$bin" extract "$f" $mode -q -o /dev/null)
    loads_ocr <<< "$out" && bad "extract $(basename "$f") $mode loads OCR" "$out" \
      || ok "extract $(basename "$f") $mode: no OCR module, no Tesseract"
    loads_writers <<< "$out" && bad "extract $(basename "$f") $mode (JSON Lines) loads the writer module" "$out" \
      || ok "extract $(basename "$f") $mode (JSON Lines): no writer module, no SQLite, no libxlsxwriter"
    if [ "$f" = "$docx" ]; then
      grep -q 'redovis-office\.so' <<< "$out" && grep -q libxml2 <<< "$out" && grep -q libzip <<< "$out" \
        && ok "extract $(basename "$f") $mode loads the office module, libxml2 and libzip" \
        || bad "extract $(basename "$f") $mode: no office module loaded" "$out"
    else
      loads_office <<< "$out" && bad "extract $(basename "$f") $mode loads the office module or its libraries" "$out" \
        || ok "extract $(basename "$f") $mode: no office module, no libxml2, libzip or libcrypto"
    fi
    if [ "$f" = "$pdf" ]; then
      grep -q 'redovis-pdf\.so' <<< "$out" && grep -q libpoppler <<< "$out" \
        && ok "extract $(basename "$f") $mode loads the PDF module and Poppler" \
        || bad "extract $(basename "$f") $mode: no PDF module loaded" "$out"
    else
      loads_pdf <<< "$out" && bad "extract $(basename "$f") $mode loads Poppler" "$out" \
        || ok "extract $(basename "$f") $mode: no PDF module, no Poppler"
    fi
  done
done
# One page of the scan is enough to load the module and Tesseract.
pdfseparate -f 1 -l 1 "$scan" "$work/scan-page1.pdf"
out=$(opened "$work/scan" "$bin" extract "$work/scan-page1.pdf" --in-process -q -o /dev/null)
grep -q 'redovis-ocr\.so' <<< "$out" && grep -q libtesseract <<< "$out" \
  && ok "a scan loads the OCR module and Tesseract" || bad "a scan did not load the OCR module" "$out"

# --- a program without its OCR module: text as before, a scan ocr_unavailable ---
mkdir -p "$work/alone"
cp "$bin" "$work/alone/redovis"
cp "$(dirname "$bin")/redovis-pdf.so" "$work/alone/"
"$bin" extract "$txt" --in-process -q > "$work/txt.expected"
"$work/alone/redovis" extract "$txt" -q > "$work/txt.alone"
rc=$?
[ $rc = 0 ] && cmp -s "$work/txt.expected" "$work/txt.alone" \
  && ok "without the module a text file gives the same record" || bad "text without the module: rc=$rc"
for mode in --in-process "-j 2"; do
  # shellcheck disable=SC2086
  "$work/alone/redovis" extract "$scan" $mode -q > "$work/scan.jsonl" 2> "$work/scan.err"
  rc=$?
  if [ $rc -ge 1 ] && [ $rc -lt 64 ] && grep -q '"ocr_unavailable"' "$work/scan.jsonl" \
    && grep -q 'redovis-ocr.so' "$work/scan.jsonl"; then
    ok "without the module a scan ($mode) is ocr_unavailable, naming the module (exit $rc)"
  else
    bad "a scan without the module ($mode): rc=$rc" "$(cat "$work/scan.jsonl" "$work/scan.err")"
  fi
done

# --- a module that is not this build's is refused, not called ---
mkdir -p "$work/stale"
cp "$bin" "$work/stale/redovis"
cp "$(dirname "$bin")/redovis-pdf.so" "$work/stale/"
cp "$(ldd "$bin" | awk '/libc\.so/ {print $3; exit}')" "$work/stale/redovis-ocr.so"
"$work/stale/redovis" extract "$scan" --in-process -q > "$work/stale.jsonl" 2>&1
rc=$?
[ $rc -ge 1 ] && [ $rc -lt 64 ] && grep -q 'another build' "$work/stale.jsonl" \
  && ok "a module from elsewhere is refused: ocr_unavailable (exit $rc)" \
  || bad "a foreign module: rc=$rc" "$(cat "$work/stale.jsonl")"

# Three programs beside $work/{no,broken,stale}NAME/redovis: one without the
# module FILE, one with a file that is no shared object in its place, one
# with a shared object of another program (the C library); the first must
# read text as the real program does (LABEL names the module in messages).
without_module() {  # NAME FILE LABEL
  local name=$1 file=$2 label=$3
  mkdir -p "$work/no$name" "$work/broken$name" "$work/stale$name"
  for d in "no$name" "broken$name" "stale$name"; do cp "$bin" "$work/$d/redovis"; done
  echo "not a shared object" > "$work/broken$name/$file"
  cp "$(ldd "$bin" | awk '/libc\.so/ {print $3; exit}')" "$work/stale$name/$file"
  "$work/no$name/redovis" extract "$txt" -q > "$work/txt.no$name"
  local rc=$?
  [ $rc = 0 ] && cmp -s "$work/txt.expected" "$work/txt.no$name" \
    && ok "without the $label a text file gives the same record" \
    || bad "text without the $label: rc=$rc"
}

# --- a program without its PDF module, or with a broken or foreign one: text
# as before, a PDF pdf_unavailable naming the module, never a crash ---
without_module pdf redovis-pdf.so "PDF module"
for d in nopdf:'redovis-pdf.so was not found' brokenpdf:'could not be loaded' stalepdf:'another build'; do
  dir=${d%%:*} why=${d#*:}
  for mode in --in-process "-j 2"; do
    # shellcheck disable=SC2086
    "$work/$dir/redovis" extract "$pdf" $mode -q > "$work/$dir.jsonl" 2> "$work/$dir.err"
    rc=$?
    if [ $rc -ge 1 ] && [ $rc -lt 64 ] && grep -q '"pdf_unavailable"' "$work/$dir.jsonl" \
      && grep -q "$why" "$work/$dir.jsonl" && grep -q "$(basename "$pdf")" "$work/$dir.jsonl"; then
      ok "$dir ($mode): the PDF is pdf_unavailable, '$why', naming the file (exit $rc)"
    else
      bad "$dir ($mode): rc=$rc" "$(cat "$work/$dir.jsonl" "$work/$dir.err")"
    fi
  done
done

# --- the writer module: loaded for an archive or a workbook, and only then ---
for ext in sqlite xlsx csv; do
  for mode in --in-process "-j 2"; do
    rm -f "$work/out.$ext"
    log="$work/w-$ext-${mode// /}"
    # shellcheck disable=SC2086
    out=$(opened "$log" "$bin" extract "$txt" $mode -q -o "$work/out.$ext")
    if [ "$ext" = csv ]; then
      loads_writers <<< "$out" && bad "extract -o out.csv $mode loads the writer module" "$out" \
        || ok "extract -o out.csv $mode: no writer module"
    else
      grep -q 'redovis-writers\.so' <<< "$out" && grep -q "$([ $ext = sqlite ] && echo libsqlite3 || echo libxlsxwriter)" <<< "$out" \
        && [ -s "$work/out.$ext" ] \
        && ok "extract -o out.$ext $mode loads the writer module and writes the file" \
        || bad "extract -o out.$ext $mode: no writer module loaded, or no file" \
          "$(ran_as "$log"; ls -la "$work/out.$ext" 2>&1; echo "$out")"
    fi
  done
done

# --- a program without its writer module, or with a broken or foreign one:
# JSON as before; an archive or a workbook refused at once, naming the
# module and why, leaving no output file, never a crash ---
without_module writers redovis-writers.so "writer module"
for d in nowriters:'redovis-writers.so was not found' brokenwriters:'could not be loaded' stalewriters:'another build'; do
  dir=${d%%:*} why=${d#*:}
  for ext in sqlite xlsx; do
    rm -f "$work/$dir.$ext"
    "$work/$dir/redovis" extract "$txt" -q -o "$work/$dir.$ext" > /dev/null 2> "$work/$dir.err"
    rc=$?
    want=$([ $ext = sqlite ] && echo 2 || echo 3)  # archive: a usage-like stop; workbook: output failed
    if [ $rc = "$want" ] && grep -q "$why" "$work/$dir.err" && grep -q 'redovis-writers.so' "$work/$dir.err" \
      && [ ! -e "$work/$dir.$ext" ]; then
      ok "$dir: -o x.$ext refused, '$why', naming the module, no file left (exit $rc)"
    else
      bad "$dir: -o x.$ext: rc=$rc" "$(cat "$work/$dir.err"; ls -la "$work/$dir.$ext" 2>&1)"
    fi
  done
done

# --- a program without its office module, or with a broken or foreign one:
# text as before, a Word or OpenDocument file unreadable with
# office_unavailable naming the module and why, never a crash ---
odt="$root/samples/001_6c9c6f8633700f23.odt"
without_module office redovis-office.so "office module"
for d in nooffice:'redovis-office.so was not found' brokenoffice:'could not be loaded' staleoffice:'another build'; do
  dir=${d%%:*} why=${d#*:}
  for f in "$docx" "$odt"; do
    for mode in --in-process "-j 2"; do
      # shellcheck disable=SC2086
      "$work/$dir/redovis" extract "$f" $mode -q > "$work/$dir.jsonl" 2> "$work/$dir.err"
      rc=$?
      if [ $rc -ge 1 ] && [ $rc -lt 64 ] && grep -q '"office_unavailable"' "$work/$dir.jsonl" \
        && grep -q "$why" "$work/$dir.jsonl" && grep -q "$(basename "$f")" "$work/$dir.jsonl"; then
        ok "$dir ($mode): $(basename "$f") is office_unavailable, '$why', naming the file (exit $rc)"
      else
        bad "$dir ($mode): $(basename "$f"): rc=$rc" "$(cat "$work/$dir.jsonl" "$work/$dir.err")"
      fi
    done
  done
done

[ "$fails" = 0 ] && echo "startup: all passed" || { echo "startup: $fails failed"; exit 1; }
