#!/usr/bin/env bash
# Tests of redovis as a shell tool: installation, the pattern directory's
# lookup, the command line's errors and help, the man page, completions.
# usage: tests/cli.sh path/to/redovis    (run from the repository root; the
# binary's directory must be its CMake build directory for the install test)
# Prints one line per check and "N passed, M failed"; exits 1 on any failure.
. "$(dirname "$0")/lib.sh" "$1"
build=$(dirname "$bin")
sample="$root/samples/000_2b37c49d4415161a.txt"

# --- the pattern directory: beside the binary, $REDOVIS_PATTERNS, --patterns ---
(cd "$work" && env -u REDOVIS_PATTERNS "$bin" extract "$sample" -q | grep -q '"status":"complete"') \
  && ok "the build tree's binary finds its patterns from another directory, no env var" \
  || bad "build tree: patterns not found from another directory"
mkdir -p "$work/p1" && cp -r "$root/patterns/." "$work/p1/" && echo 'field report.year "(("' >> "$work/p1/po-2020.rules"
msg=$(REDOVIS_PATTERNS="$work/p1" "$bin" extract "$sample" -q 2>&1 >/dev/null)
[ $? = 2 ] && [[ "$msg" == *"$work/p1/po-2020.rules"* ]] && ok "\$REDOVIS_PATTERNS is used before the patterns beside the binary" \
  || bad "\$REDOVIS_PATTERNS not used" "$msg"
REDOVIS_PATTERNS="$work/p1" "$bin" --patterns "$root/patterns" extract "$sample" -q >/dev/null \
  && ok "--patterns wins over \$REDOVIS_PATTERNS" || bad "--patterns does not win over \$REDOVIS_PATTERNS"
# A build directory outside the source tree: CMake links patterns/ into it.
if cmake -S "$root" -B "$work/outside" >/dev/null 2>&1 && cp "$bin" "$work/outside/"; then
  (cd / && env -u REDOVIS_PATTERNS "$work/outside/redovis" extract "$sample" -q | grep -q '"status":"complete"') \
    && ok "a build directory outside the source tree finds the patterns (no env var)" \
    || bad "build outside the source tree: patterns not found"
else
  bad "cmake could not configure a build directory outside the source tree"
fi
cp "$bin" "$work/lonely"
msg=$(env -u REDOVIS_PATTERNS "$work/lonely" extract "$sample" -q 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: no pattern directory found"*"--patterns"* ]] \
  && ok "a binary with no patterns beside it says where it looked (exit 2)" || bad "no patterns: rc=$rc" "$msg"

# --- installed: cmake --install to a prefix, run from elsewhere with no env var ---
if [ -f "$build/cmake_install.cmake" ]; then
  if out=$(cmake --install "$build" --prefix "$work/prefix" 2>&1); then
    ok "cmake --install to a temporary prefix"
  else
    bad "cmake --install" "$out"
  fi
  for f in bin/redovis share/redovis/patterns/common.rules share/redovis/patterns/catalogue.tsv \
    share/doc/redovis/README.md share/doc/redovis/output.md share/man/man1/redovis.1 \
    share/bash-completion/completions/redovis share/zsh/vendor-completions/_redovis; do
    [ -f "$work/prefix/$f" ] && ok "installed: $f" || bad "not installed: $f"
  done
  module=$(find "$work/prefix" -name redovis-pdf.so | head -n 1)
  [ -n "$module" ] && ok "installed: the PDF module ${module#"$work/prefix/"}" || bad "not installed: redovis-pdf.so"
  module=$(find "$work/prefix" -name redovis-ocr.so | head -n 1)
  [ -n "$module" ] && ok "installed: the OCR module ${module#"$work/prefix/"}" || bad "not installed: redovis-ocr.so"
  module=$(find "$work/prefix" -name redovis-office.so | head -n 1)
  [ -n "$module" ] && ok "installed: the office module ${module#"$work/prefix/"}" || bad "not installed: redovis-office.so"
  module=$(find "$work/prefix" -name redovis-writers.so | head -n 1)
  [ -n "$module" ] && ok "installed: the writer module ${module#"$work/prefix/"}" || bad "not installed: redovis-writers.so"
  # The archive and the workbook from the installed tree: their libraries
  # are in the writer module, found relative to the installed binary.
  (cd "$work" && env -u REDOVIS_PATTERNS "$work/prefix/bin/redovis" extract "$sample" -q -o "$work/installed.sqlite")
  rc=$?
  [ $rc = 0 ] && [ "$(sqlite3 "$work/installed.sqlite" 'SELECT count(*) FROM reports')" = 1 ] \
    && ok "the installed binary writes an SQLite archive (exit 0)" || bad "installed binary, --format sqlite: rc=$rc"
  (cd "$work" && env -u REDOVIS_PATTERNS "$work/prefix/bin/redovis" extract "$sample" -q -o "$work/installed.xlsx")
  rc=$?
  [ $rc = 0 ] && unzip -l "$work/installed.xlsx" 2>/dev/null | grep -q 'xl/worksheets/sheet4.xml' \
    && ok "the installed binary writes a workbook (exit 0)" || bad "installed binary, --format xlsx: rc=$rc"
  # One page of a scan is enough to load the module and read by OCR.
  pdfseparate -f 1 -l 1 "$root/samples/003_9905a62abaf84389.scanned.pdf" "$work/scan-page1.pdf"
  (cd "$work" && env -u REDOVIS_PATTERNS "$work/prefix/bin/redovis" extract "$work/scan-page1.pdf" --timeout 0 -q > "$work/installed-scan.jsonl")
  rc=$?
  [ $rc = 0 ] && grep -q '"ocr": *true' "$work/installed-scan.jsonl" && ! grep -q ocr_unavailable "$work/installed-scan.jsonl" \
    && ok "the installed binary finds its OCR module and reads a scan (exit 0)" || bad "installed binary on a scan: rc=$rc" "$(head -c 600 "$work/installed-scan.jsonl")"
  (cd "$work" && env -u REDOVIS_PATTERNS "$work/prefix/bin/redovis" extract "$root/samples" --exclude "*.scanned.pdf" --exclude "*.doc" --exclude "*.rtf" -q -j 2 > "$work/installed.jsonl")
  rc=$?
  [ $rc = 0 ] && [ "$(grep -c '"schema"' "$work/installed.jsonl")" -gt 5 ] \
    && ! grep -q -e office_unavailable -e pdf_unavailable "$work/installed.jsonl" \
    && ok "the installed binary: extract samples/ (no scans, no LibreOffice conversions; Word, ODT and PDF through their modules) from another directory (exit 0)" || bad "installed binary: rc=$rc"
else
  bad "no cmake_install.cmake beside $bin: cannot test the installation"
fi

# --- the command line (issue 16) ---
mkdir -p "$work/docs/sub" && cp "$root"/samples/000_2b37c49d4415161a.txt "$root"/samples/003_9905a62abaf84389.txt "$work/docs/" \
  && cp "$root/samples/003_9905a62abaf84389.pdf" "$work/docs/sub/"
n=$("$bin" extract --include '*.pdf' "$work/docs" -q | grep -c '"schema"')
[ "$n" = 1 ] && ok "--include takes one glob: the path after it stays an input" || bad "--include swallowed the path after it ($n records)"
n=$("$bin" extract --include '*.pdf' --include '*000*' "$work/docs" --exclude '*.txt' --exclude '*/sub/*' -q | grep -c '"schema"')
[ "$n" = 0 ] && ok "--include and --exclude repeat, one glob each" || bad "repeated --include/--exclude ($n records)"
n=$("$bin" extract --include '*.pdf' --include '*000*' "$work/docs" -q | grep -c '"schema"')
[ "$n" = 2 ] && ok "two --include globs: files matching either" || bad "two --include globs ($n records)"
"$bin" extract "$work/docs" -j 0 -q > "$work/j0.jsonl"
rc=$?
[ $rc = 0 ] && [ "$(grep -c '"schema"' "$work/j0.jsonl")" = 3 ] && ok "-j 0 means every core (exit 0)" || bad "-j 0: rc=$rc"
"$bin" extract "$work/docs" -j -1 -q >/dev/null 2>&1
[ $? = 2 ] && ok "-j -1 is refused (exit 2)" || bad "-j -1 accepted"
# Output paths are checked before any file is read: a FIFO input that would
# hang is never opened when -o or --html cannot be written.
mkfifo "$work/hang.txt"
start=$(date +%s)
msg=$(timeout 20 "$bin" check "$work/hang.txt" --html "$work/no/dir/r.html" -q 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && [ $(( $(date +%s) - start )) -lt 5 ] && [[ "$msg" == "redovis: $work/no/dir/r.html: cannot write"* ]] \
  && ok "--html into a missing directory: exit 2 before any file is read" || bad "--html checked late: rc=$rc" "$msg"
msg=$(timeout 20 "$bin" extract "$work/hang.txt" -o "$work/no/dir/out.jsonl" -q 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: $work/no/dir/out.jsonl: cannot write"* ]] \
  && ok "-o into a missing directory: exit 2 before any file is read" || bad "-o checked late: rc=$rc" "$msg"
"$bin" check "$sample" --html - -q > "$work/page.html"
rc=$?
[ $rc = 0 ] && head -c 15 "$work/page.html" | grep -q '^<!DOCTYPE html>' && ! grep -q 'fel 0, varningar' "$work/page.html" \
  && ok "--html - writes the HTML alone to stdout" || bad "--html -: rc=$rc" "$(head -c 300 "$work/page.html")"
"$bin" check "$sample" --html - -o "$work/report.txt" -q > "$work/page2.html"
grep -q '^<!DOCTYPE html>' "$work/page2.html" && grep -q 'fel 0, varningar' "$work/report.txt" \
  && ok "--html - with -o FILE: the page on stdout, the report in FILE" || bad "--html - with -o FILE"
"$bin" check "$sample" --html - -o - -q >/dev/null 2>&1
[ $? = 2 ] && ok "--html - with -o - is refused (exit 2)" || bad "--html - -o - accepted"
msg=$("$bin" extarct "$work/docs" 2>&1)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: unknown command 'extarct'; did you mean 'extract'?"* ]] \
  && ok "a mistyped subcommand: redovis: prefix, did you mean, exit 2" || bad "mistyped subcommand: rc=$rc" "$msg"
msg=$("$bin" extract --fromat csv "$work/docs" 2>&1)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: unknown option '--fromat'; did you mean '--format'?"* ]] \
  && ok "a mistyped option: did you mean, exit 2" || bad "mistyped option: rc=$rc" "$msg"
msg=$("$bin" extract "$sample" --format xml 2>&1)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: --format: xml not in"* ]] && ok "CLI11's own errors get the redovis: prefix (exit 2)" \
  || bad "CLI11 error: rc=$rc" "$msg"
for cmd in extract check fields explain "patterns lint"; do
  help=$("$bin" $cmd --help)
  missing=""
  for want in "Exit status: 0" "Examples:" "  redovis $cmd"; do [[ "$help" == *"$want"* ]] || missing+="[$want] "; done
  n_opts=$(printf '%s\n' "$help" | grep -c '^  -')
  n_defaults=$(printf '%s\n' "$help" | grep -c 'default:')
  [ $(printf '%s\n' "$help" | grep -c '^  redovis ') -ge 2 ] || missing+="[two examples] "
  # every option but --help states its default
  [ -z "$missing" ] && [ "$n_defaults" -ge $((n_opts - 1)) ] && ok "$cmd --help: defaults ($n_defaults), exit statuses, two examples" \
    || bad "$cmd --help lacks $missing (options $n_opts, defaults $n_defaults)" "$help"
done
msg=$("$bin" extract "$sample" 2>&1 >/dev/null)
[[ "$msg" == "redovis: 1 file, 1 report (complete 1), 0 unreadable,"* ]] && ok "the summary: 1 file, 1 report" || bad "summary in the singular" "$msg"

# --- the man page: renders, and names every command and option --help shows ---
page="$root/docs/redovis.1"
[ -f "$work/prefix/share/man/man1/redovis.1" ] && page="$work/prefix/share/man/man1/redovis.1"
if rendered=$(MANWIDTH=100 man -l "$page" 2>"$work/man.err") && [ ! -s "$work/man.err" ]; then
  ok "man -l redovis.1 renders without warnings"
else
  bad "man -l redovis.1" "$(cat "$work/man.err")"
fi
missing=""
for section in NAME SYNOPSIS COMMANDS OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES REDOVIS_PATTERNS; do
  grep -q "^$section\|$section" <<<"$rendered" || missing+="$section "
done
for cmd in "" extract check fields explain "patterns lint"; do
  for opt in $("$bin" $cmd --help | grep -o '^  \(-[a-zA-Z],\)\?--[a-z-]*' | sed 's/.*--/--/'); do
    grep -q -- "$opt" <<<"$rendered" || missing+="$opt "
  done
done
[ -z "$missing" ] && ok "the man page has every section, command and option" || bad "the man page lacks: $missing"

# --- bash completion: subcommands, options, --format values ---
complete_words() {  # WORD... : what bash completes for the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _redovis
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
comp="$root/completions/redovis.bash"
[ -f "$work/prefix/share/bash-completion/completions/redovis" ] && comp="$work/prefix/share/bash-completion/completions/redovis"
# shellcheck source=/dev/null
source "$comp"
[[ "$(complete -p redovis 2>&1)" == *"-F _redovis"* ]] && ok "complete -p redovis: the function is registered" || bad "complete -p redovis"
check_completion() {  # expected words...
  local want=$1 got
  shift
  got=$(complete_words "$@")
  [ "$got" = "$want" ] && ok "bash completion: '$*' -> $want" || bad "bash completion: '$*' gave '$got', expected '$want'"
}
check_completion "check explain extract fields patterns " "$bin" ""
check_completion "explain extract " "$bin" ex
check_completion "lint " "$bin" patterns ""
check_completion "--samples " "$bin" patterns lint --sa
check_completion "--key " "$bin" explain --ke
check_completion "check " "$bin" --patterns /x ch
check_completion "csv csv-long json jsonl sqlite xlsx " "$bin" extract --format ""
check_completion "json jsonl text " "$bin" check -f ""
check_completion "json tsv " "$bin" fields --format ""
check_completion "always auto never " "$bin" extract --ocr ""
check_completion "--html " "$bin" check --ht
check_completion "--in-process --include " "$bin" extract --in
check_completion "po-2016 po-2020 po-2021 po-2023 " "$bin" fields --edition po
n=$("$bin" extract --help | grep -o '^  \(-[a-zA-Z],\)\?--[a-z-]*' | sed 's/.*--/--/' | while read -r o; do
  [[ " $(complete_words "$bin" extract --) " == *" $o "* ]] || echo "$o"; done)
[ -z "$n" ] && ok "bash completion offers every option of extract --help" || bad "bash completion lacks: $n"

# --- a zip archive of reports given on the command line: each file inside read, named inside it ---
python3 - "$root/samples" "$work/inkorg.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.write(sys.argv[1] + "/000_2b37c49d4415161a.docx", "2020/Timrå.docx")
    z.write(sys.argv[1] + "/001_6c9c6f8633700f23.pdf", "2020/Västerås.pdf")
    z.writestr("__MACOSX/2020/._Timrå.docx", b"mac")
    z.writestr("bild.jpg", b"\xff\xd8\xff")
PY
out=$("$bin" extract "$work/inkorg.zip" --format jsonl -q 2>&1)
records() { python3 -c 'import json, sys
for l in sys.stdin:
    r = json.loads(l)
    print(eval(sys.argv[1]))' "$1"; }
files=$(records 'r["source"]["file"] + " " + r["status"]' <<< "$out" 2>/dev/null | sed "s|$work/||")
want=$'inkorg.zip/2020/Timrå.docx complete\ninkorg.zip/2020/Västerås.pdf complete'
[ "$files" = "$want" ] && ok "a .zip of reports: each report file inside read, named inside the archive" \
  || bad "a .zip of reports" "$files"
alone=$("$bin" extract "$root/samples/000_2b37c49d4415161a.docx" -q --format jsonl \
  | records 'json.dumps(r["fields"], sort_keys=True)')
inside=$(grep 'Timrå.docx' <<< "$out" | records 'json.dumps(r["fields"], sort_keys=True)')
[ -n "$alone" ] && [ "$alone" = "$inside" ] && ok "a report inside a .zip gives the record it gives alone" \
  || bad "a report inside a .zip differs from the file alone"
# The SQLite archive keeps a .zip as one input file: read once, known the next run.
"$bin" extract "$work/inkorg.zip" -q -o "$work/inkorg.sqlite" 2>/dev/null
again=$("$bin" extract "$work/inkorg.zip" -o "$work/inkorg.sqlite" 2>&1 >/dev/null | head -1)
rows=$(python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(list(c.execute("select format, reports from files")), c.execute("select count(*) from reports").fetchone()[0])' "$work/inkorg.sqlite" 2>&1)
[ "$again" = "redovis: 1 file already in the database, 0 new" ] && [ "$rows" = "[('zip', 2)] 2" ] \
  && ok "the SQLite archive keeps a .zip as one file, known on the next run" || bad "a .zip in the SQLite archive" "$again / $rows"
python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("a.txt", "Hej\n")
    z.writestr("b.txt", "Hej igen\n")' "$work/brev.zip"
line=$("$bin" check "$work/brev.zip" 2>&1 >/dev/null | tail -1)
[[ "$line" == "redovis: 1 filer, 1 behöver åtgärd, 0 utan anmärkning, "* ]] \
  && ok "check counts a .zip as one file, however many of its files need action" || bad "check's count of a .zip" "$line"

finish
