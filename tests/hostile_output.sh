#!/usr/bin/env bash
# The output side of issue 15: nothing lost, nothing forged. Every input is
# built here. Write failures carry the system's reason and exit 3 with the
# existing output untouched; -o is safe against planted links and refuses
# to overwrite an input; nothing a document or a file name holds reaches the
# terminal (or a CSV cell) as a raw control character; the limits' options
# print and check what was given.
# usage: tests/hostile_output.sh path/to/redovis    (run from the repository root)
# Prints one line per check and "N passed, M failed"; exits 1 on any failure.
. "$(dirname "$0")/lib.sh" "$1"
sample=samples/000_2b37c49d4415161a.txt
esc=$'\x1b'

# --- write failures: the system's reason, exit 3, the old output kept ---
msg=$("$bin" extract "$sample" -q 2>&1 >/dev/full)
rc=$?
[ $rc = 3 ] && [ "$msg" = "redovis: standard output: cannot write (No space left on device)" ] \
  && ok "stdout on /dev/full: the reason, exit 3" || bad "stdout on /dev/full: rc=$rc" "$msg"
msg=$("$bin" check "$sample" -q 2>&1 >/dev/full)
rc=$?
[ $rc = 3 ] && [ "$msg" = "redovis: standard output: cannot write (No space left on device)" ] \
  && ok "check's text on /dev/full: the reason, exit 3" || bad "check on /dev/full: rc=$rc" "$msg"
msg=$("$bin" extract "$sample" -q -o /dev/full 2>&1)
rc=$?
[ $rc = 3 ] && [ "$msg" = "redovis: /dev/full: cannot write (No space left on device)" ] \
  && ok "-o /dev/full: the reason, exit 3" || bad "-o /dev/full: rc=$rc" "$msg"
ln -s /dev/full "$work/full-link"
msg=$("$bin" extract "$sample" -q -o "$work/full-link" 2>&1)
rc=$?
[ $rc = 3 ] && [[ "$msg" == *": cannot write (No space left on device)" ]] && [ -L "$work/full-link" ] \
  && ok "-o a link to /dev/full: the reason, exit 3, the link kept" || bad "-o link to /dev/full: rc=$rc" "$msg"
# A file past the size limit (RLIMIT_FSIZE, as a full disk would): the
# write fails with EFBIG in the temporary file, which goes; the old output stays.
mkdir "$work/limited"
echo "previous output" > "$work/limited/out.jsonl"
msg=$(trap '' XFSZ; ulimit -f 8; "$bin" extract "$sample" samples/001_6c9c6f8633700f23.txt samples/003_9905a62abaf84389.txt \
  -q -o "$work/limited/out.jsonl" 2>&1)
rc=$?
[ $rc = 3 ] && [ "$msg" = "redovis: $work/limited/out.jsonl: cannot write (File too large)" ] \
  && [ "$(cat "$work/limited/out.jsonl")" = "previous output" ] && [ "$(ls "$work/limited")" = "out.jsonl" ] \
  && ok "a write past the size limit: the reason, exit 3, old output kept, no temporary" \
  || bad "size limit: rc=$rc, files: $(ls "$work/limited" | tr '\n' ' ')" "$msg"
msg=$(trap '' XFSZ; ulimit -f 1; "$bin" check "$sample" samples/001_6c9c6f8633700f23.txt -q \
  --html "$work/limited/r.html" 2>&1 >/dev/null)
rc=$?
[ $rc = 3 ] && [[ "$msg" == *"r.html: cannot write (File too large)" ]] && [ "$(ls "$work/limited")" = "out.jsonl" ] \
  && ok "--html past the size limit: exit 3, no file, no temporary" || bad "--html size limit: rc=$rc" "$msg"

# --- -o and planted links ---
mkdir "$work/attack"
echo "precious" > "$work/attack/victim"
# The shell's $$ is the pid redovis runs with after exec: the name the old
# scheme (PATH.tmp-PID) chose is planted as a link to the victim.
sh -c 'ln -s "$1/victim" "$1/out.jsonl.tmp-$$"; exec "$2" extract "$3" -q -o "$1/out.jsonl"' \
  sh "$work/attack" "$bin" "$sample"
rc=$?
[ $rc = 0 ] && [ "$(cat "$work/attack/victim")" = "precious" ] && [ -f "$work/attack/out.jsonl" ] \
  && [ ! -L "$work/attack/out.jsonl" ] && grep -q '"status"' "$work/attack/out.jsonl" \
  && ok "a link planted at the predictable temporary name is never followed" \
  || bad "planted link followed: rc=$rc, victim: $(cat "$work/attack/victim" | head -c 80)"
cp "$sample" "$work/attack/input.txt"
before=$(sha256sum < "$work/attack/input.txt")
for out in "$work/attack/input.txt" "$work/attack/./input.txt"; do
  msg=$("$bin" extract "$work/attack/input.txt" -q -o "$out" 2>&1)
  rc=$?
  [ $rc = 2 ] && [[ "$msg" == *"is also an input"* ]] && [ "$(sha256sum < "$work/attack/input.txt")" = "$before" ] \
    && ok "-o naming an input ($out) is refused (exit 2), the input unchanged" || bad "-o = input: rc=$rc" "$msg"
done
ln -s input.txt "$work/attack/alias.txt"
msg=$("$bin" check "$work/attack" -q -o "$work/attack/alias.txt" 2>&1)
rc=$?
[ $rc = 2 ] && [ "$(sha256sum < "$work/attack/input.txt")" = "$before" ] && [ -L "$work/attack/alias.txt" ] \
  && ok "check -o a link to a file inside an input directory is refused (exit 2)" || bad "check -o = input: rc=$rc" "$msg"
msg=$("$bin" check "$work/attack/input.txt" -q --html "$work/attack/input.txt" 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && [ "$(sha256sum < "$work/attack/input.txt")" = "$before" ] \
  && ok "--html naming an input is refused (exit 2)" || bad "--html = input: rc=$rc" "$msg"

# --- terminal injection: escapes in the text and in file names ---
mkdir "$work/inject"
clear="${esc}[2J${esc}[H"
title="${esc}]0;owned"$'\a'
clip="${esc}]52;c;cm0gLXJmIH4K"$'\a'
sed "s/^Kontaktperson Inga-Lill Nilsson/Kontaktperson Inga-Lill ${clear}${title}${clip}Nilsson/" "$sample" \
  > "$work/inject/report${esc}]0;name"$'\a'".txt"
# A finding that quotes the document (an unreadable date) carries its escapes too.
sed "s/^Datum.*/Datum 20${esc}[2J\/209/" "$sample" > "$work/inject/date.txt"
printf 'Kommun %s\nredovis: FORGED 1 file\n' "$clear" > "$work/inject/"$'a\nredovis: FORGED summary.txt'
printf 'x' > "$work/inject/"$'\x1b[31mred\x7f.txt'
grep -qF "$clear" "$work/inject/report"* || bad "the hostile input was not built"
no_raw() {  # name file [csv]: no C0 control but tab and line feed, no DEL, no forged line;
  # in CSV, CRLF line ends and line breaks inside quoted cells are the format's own
  local text
  if [ "${3:-}" = csv ]; then text=$(sed 's/\r$//' "$2"); else text=$(cat "$2"); fi
  if printf '%s' "$text" | LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')"; then
    bad "$1: a raw control character" "$(cat -v "$2" | head -5)"
  elif [ "${3:-}" != csv ] && printf '%s' "$text" | grep -q '^redovis: FORGED'; then
    bad "$1: a forged line at column 0" "$(grep '^redovis: FORGED' "$2")"
  else ok "$1: nothing raw"; fi
}
"$bin" check "$work/inject" "$work/inject/missing${esc}[2J.txt" -j 1 > "$work/check.out" 2> "$work/check.err"
no_raw "check's text report" "$work/check.out"
no_raw "check's stderr" "$work/check.err"
grep -qF "datumet '20␛[2J/209'" "$work/check.out" \
  && ok "a finding quoting the document shows its escape as ␛" || bad "the date finding" "$(grep -a date "$work/check.out" | cat -v)"
grep -q '␛' "$work/check.out" && ok "check shows an escape as ␛" || bad "no ␛ in check's report" "$(head -5 "$work/check.out")"
"$bin" extract "$work/inject" --format csv -q > "$work/out.csv" 2> "$work/csv.err"
no_raw "extract --format csv" "$work/out.csv" csv
no_raw "extract --format csv: stderr" "$work/csv.err"
# BEL is also Word's cell marker, which the text decoder reads as a space (or
# drops between two printed characters: text_decoder.h); the escapes stay.
grep -q 'Inga-Lill ␛\[2J␛\[H␛\]0;owned ␛\]52;c;cm0gLXJmIH4KNilsson' "$work/out.csv" \
  && ok "a CSV cell shows the escapes as pictures" || bad "the CSV cell" "$(grep -a Inga "$work/out.csv" | cat -v | head -c 300)"
"$bin" extract "$work/inject" --format csv-long -q > "$work/long.csv"
no_raw "extract --format csv-long" "$work/long.csv" csv
"$bin" extract "$work/inject" "$work/nonexistent${esc}]0;x"$'\a/' -q -o "$work/inject-out${esc}[2J/x.jsonl" \
  > /dev/null 2> "$work/err.out"
rc=$?
no_raw "an error message naming a file with escapes" "$work/err.out"
[ $rc = 2 ] && grep -q '␛\[2J' "$work/err.out" && ok "the file name is shown with ␛ (exit 2)" || bad "error message: rc=$rc" "$(cat -v "$work/err.out")"

# --- the limits' options ---
mkfifo "$work/hang.txt"
msg=$(timeout 20 "$bin" extract "$work/hang.txt" --timeout 0.5 -q 2>/dev/null)
echo "$msg" | grep -q 'longer than 0.5 s' && ok "--timeout 0.5 reports 0.5 s" || bad "--timeout 0.5" "$msg"
"$bin" extract "$sample" --max-memory -1 -q > /dev/null 2>&1
[ $? = 2 ] && ok "--max-memory -1 is refused (exit 2)" || bad "--max-memory -1 accepted"
"$bin" check "$sample" --max-memory=-5 -q > /dev/null 2>&1
[ $? = 2 ] && ok "check --max-memory=-5 is refused (exit 2)" || bad "--max-memory=-5 accepted"

finish
