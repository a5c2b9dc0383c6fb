#!/usr/bin/env bash
# End-to-end tests of the redovis command on whole documents and bad inputs.
# usage: tests/end_to_end.sh path/to/redovis    (run from the repository root)
# Prints one line per check and "N passed, M failed" at the end; exits 1 on any failure.
set -u
bin=$(realpath "$1")
root=$(pwd)
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /' | head -20; }
expect_rc() {  # name expected actual
  if [ "$2" = "$3" ]; then ok "$1 (exit $3)"; else bad "$1: exit $3, expected $2"; fi
}

# --- every sample with expected records matches them, in every format present ---
samples=()
for f in samples/*; do
  [ -f "tests/expected/$(basename "$f").json" ] && samples+=("$f")
done
"$bin" extract "${samples[@]}" --format jsonl -q -j 2 > "$work/samples.jsonl"
rc=$?
names=()
for f in "${samples[@]}"; do names+=("$(basename "$f")"); done
if diff_out=$(python3 tests/compare_records.py tests/expected "$work/samples.jsonl" "${names[@]}"); then
  ok "samples match their expected records (${#samples[@]} files)"
else
  bad "samples differ from their expected records" "$diff_out"
fi
expect_rc "extract on good samples" 0 "$rc"

# The shared scorer, when the checkout has ../shared beside it.
if [ -x "$root/../shared/tools/score" ]; then
  "$bin" extract samples/0*.txt --format jsonl -q > "$work/seeds.jsonl"
  line=$("$root/../shared/tools/score" "$root/../shared/spec/gold" "$work/seeds.jsonl" | tail -n 1)
  p=$(echo "$line" | awk '{print $2}'); r=$(echo "$line" | awk '{print $4}')
  if python3 -c "import sys; sys.exit(0 if $p >= 0.97 and $r >= 0.95 else 1)"; then
    ok "seeds on gold: $line"
  else
    bad "seeds on gold below 0.97/0.95: $line"
  fi
fi

# --- pages out of order: read in the order their sections prove, with a finding ---
# reorder_case NAME CUTS LAID READ: sample 000's text cut into pages at the
# line numbers CUTS (form feeds between them), laid in the file as the
# form's pages LAID; the same record as the sample's, and a pages_reordered
# finding naming the file's pages in the order READ.
mkdir -p "$work/reorder"
reorder_case() {
  python3 - samples/000_2b37c49d4415161a.txt "$work/reorder/000_2b37c49d4415161a.txt" "$2" "$3" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
cuts = [int(c) for c in sys.argv[3].split(",")] + [len(lines)]
pages = ["\n".join(lines[cuts[p]:cuts[p + 1]]) + "\n" for p in range(len(cuts) - 1)]
laid = [int(p) for p in sys.argv[4].split(",")]
open(sys.argv[2], "w", encoding="utf-8").write("\f".join(pages[p - 1] for p in laid))
PY
  "$bin" extract "$work/reorder/000_2b37c49d4415161a.txt" -q > "$work/reorder.jsonl"
  if diff_out=$(python3 tests/compare_records.py tests/expected "$work/reorder.jsonl" 000_2b37c49d4415161a.txt) &&
    grep -q "\"code\":\"pages_reordered\"[^}]*\"message\":\"the pages were read in the order $4," "$work/reorder.jsonl"; then
    ok "$1"
  else
    bad "$1" "${diff_out:-no pages_reordered finding naming $4}"
  fi
}
# Four pages laid as the form's 3, 1, 2, 4 (an answer going on from page 3
# to page 4).
reorder_case "pages out of order read in the order their sections prove" 0,59,127,168 3,1,2,4 "2, 3, 1, 4"
# Seven pages laid backwards, the covid questions and the signatures each
# on a page without a heading: placed by the questions only their section
# asks.
reorder_case "pages without a heading placed by their questions" 0,59,127,168,187,207,213 \
  7,6,5,4,3,2,1 "7, 6, 5, 4, 3, 2, 1"

# --- a laid-out text cut right after a column word: that column read ---
# Sample 000's `pdftotext -layout` text cut after 81 characters (`cut
# -c1-81`): "Kvinnor" is left whole with a blank after it, "Män" is gone. The
# client tables' Kvinnor counts are read as the .docx has them, each Män
# count is null with a cut_line finding, and no value differs from the
# .docx's.
mkdir -p "$work/cut81"
python3 - tests/data/renderings/000_2b37c49d4415161a.pdftotext-layout.txt \
  "$work/cut81/000_2b37c49d4415161a.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(l[:81] for l in text.split("\n")))
PY
"$bin" extract samples/000_2b37c49d4415161a.docx -q > "$work/cut81-ref.jsonl"
"$bin" extract "$work/cut81/000_2b37c49d4415161a.txt" -q > "$work/cut81.jsonl"
if why=$(python3 - "$work/cut81-ref.jsonl" "$work/cut81.jsonl" <<'PY'
import json, sys
want = json.loads(open(sys.argv[1], encoding="utf-8").readline())["fields"]
got = json.loads(open(sys.argv[2], encoding="utf-8").readline())
cut = {k for f in got["findings"] if f["code"] == "value_unreadable" and "cut" in f["message"]
       for k in f.get("keys", [])}
fields = got["fields"]
bad = [f"{k}: {v!r}, the .docx {want.get(k)!r}" for k, v in fields.items()
       if v is not None and v != want.get(k)]
# The three client tables under "Kvinnor   Män" (the children's count has
# a header of its own, further right).
women = [k for k in want if k.split(".")[:2] in (["clients", "total"], ["clients", "new"],
         ["clients", "ended"]) and k.endswith(".women") and want[k] is not None]
bad += [f"{k} not read" for k in women if fields.get(k) != want[k]]
bad += [f"{k[:-6]}.men: no cut finding" for k in women
        if fields.get(k[:-6] + ".men") is None and k[:-6] + ".men" not in cut]
bad += ["no women count in the sample"] if len(women) < 4 else []
print("; ".join(bad))
sys.exit(1 if bad else 0)
PY
); then
  ok "a text cut right after a column word reads that column, the rest a cut's"
else
  bad "text cut after a whole column word" "$why"
fi

# --- the allocator: mimalloc ahead of libc, so Poppler's allocations use it too ---
needed=$(readelf -d "$bin" 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')
# A build configured with REDOVIS_MIMALLOC=OFF (or where mimalloc was not
# found) says so in the CMakeCache.txt beside the binary, and keeps libc's.
cache="$(dirname "$bin")/CMakeCache.txt"
if [[ "$needed" == *libasan* ]]; then
  ok "allocator: a sanitizer build keeps the sanitizer's"
elif [ -f "$cache" ] && grep -q '^REDOVIS_MIMALLOC:BOOL=OFF$' "$cache"; then
  [[ "$needed" != *libmimalloc* ]] && ok "allocator: libc's (built with REDOVIS_MIMALLOC=OFF)" \
    || bad "allocator: REDOVIS_MIMALLOC=OFF but mimalloc is linked" "$needed"
elif [[ "$needed" =~ libmimalloc[^\ ]*\ .*libc\.so ]]; then
  ok "allocator: mimalloc is linked before libc"
else
  bad "allocator: mimalloc is not linked before libc" "$needed"
fi

# --- the output formats ---
"$bin" extract samples/003_9905a62abaf84389.txt --format json -q > "$work/one.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d,list) and len(d)==1 and d[0]['schema']=='redovis/1'" "$work/one.json" \
  && ok "--format json writes an array" || bad "--format json"
"$bin" extract samples/0*.txt --format csv -q > "$work/wide.csv"
python3 - "$work/wide.csv" <<'PY' && ok "--format csv: header and one row per record" || bad "--format csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows[0][:13] == ["source.file", "source.sha256", "source.format", "source.first_page",
    "source.last_page", "source.first_line", "source.last_line", "status", "edition", "findings",
    "unanswered", "not_asked", "report.year"], rows[0][:13]
assert len(rows) == 6 and all(len(r) == len(rows[0]) for r in rows)
PY
"$bin" extract samples/003_9905a62abaf84389.txt --format csv-long -q > "$work/long.csv"
python3 - "$work/long.csv" <<'PY' && ok "--format csv-long: one row per asked key, with its state" || bad "--format csv-long"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert list(rows[0])[9:] == ["report.municipality_code", "report.year", "key", "state", "value", "page",
    "line", "rule", "origin", "ocr", "ocr_confidence"], list(rows[0])
assert len(rows) > 80 and all(r["report.municipality_code"] == "0138" and r["report.year"] == "2020" for r in rows)
assert all(r["value"] == "" for r in rows if r["state"] != "answered")
assert all(r["line"] for r in rows if r["state"] == "answered")  # a .txt has lines, not pages
PY

# A question the tool never found is not the municipality's blank: sample 003
# with its training question's "Om nej" line left out; the supervision one's,
# found empty, stays blank.
sed '41d' samples/003_9905a62abaf84389.txt > "$work/no-question.txt"
"$bin" extract "$work/no-question.txt" --format csv-long -q > "$work/no-question.csv"
python3 - "$work/no-question.csv" <<'PY' && ok "--format csv-long: a question not found is unreadable, not blank" || bad "--format csv-long: a question not found"
import csv, sys
state = {r["key"]: r["state"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""))}
assert state["training.not_offered_reason"] == "unreadable", state["training.not_offered_reason"]
assert state["supervision.not_offered_reason"] == "blank", state["supervision.not_offered_reason"]
PY

# --- the default CSV has the report's words exactly; the Excel style guards them ---
"$bin" extract samples/0*.txt --format csv -q > "$work/exact.csv"
python3 - "$work/exact.csv" <<'PY' && ok "--format csv: no formula guard, a cell starting with '-' exactly as read" || bad "--format csv keeps values exactly"
import csv, sys
cells = [c for r in csv.reader(open(sys.argv[1], encoding="utf-8", newline="")) for c in r]
assert any(c.startswith("- ") for c in cells), "no cell begins with '- ' (the test proves nothing)"
assert not any(c.startswith("'") for c in cells), [c for c in cells if c.startswith("'")][:3]
PY
"$bin" extract samples/0*.txt --format csv --csv-style excel -q > "$work/excel.csv"
python3 - "$work/excel.csv" <<'PY' && ok "--csv-style excel: BOM, ';', no cell a spreadsheet would run" || bad "--csv-style excel"
import csv, io, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf")
rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
assert len(rows) == 6 and all(len(r) == len(rows[0]) for r in rows)
for c in (c for r in rows[1:] for c in r):
    assert not c or c[0] not in "+-@" and not (c[0] == "=" and not c.startswith('="')), c
PY
for opt in "--csv-style excel" "--labels sv"; do
  msg=$("$bin" extract samples/000_2b37c49d4415161a.txt -q -f jsonl $opt 2>&1)
  rc=$?
  [ "$rc" = 2 ] && [[ "$msg" == *"${opt%% *}"* ]] && ok "$opt with -f jsonl is an error (exit 2)" || bad "$opt -f jsonl: rc=$rc" "$msg"
done

# --- the format from the output's name; a clash with --format is an error ---
"$bin" extract samples/000_2b37c49d4415161a.txt -q -o "$work/by-name.csv"
head -c 12 "$work/by-name.csv" | grep -q '^source.file,' && ok "-o x.csv without --format writes CSV" \
  || bad "-o x.csv writes CSV" "$(head -c 200 "$work/by-name.csv")"
"$bin" extract samples/000_2b37c49d4415161a.txt -q -o "$work/by-name.JSON"
python3 -c "import json,sys; assert isinstance(json.load(open(sys.argv[1])), list)" "$work/by-name.JSON" \
  && ok "-o x.JSON without --format writes a JSON array" || bad "-o x.JSON writes JSON"
"$bin" extract samples/000_2b37c49d4415161a.txt -q -f csv-long -o "$work/long-by-flag.csv" \
  && head -1 "$work/long-by-flag.csv" | grep -q ',key,state,value,' && ok "-f csv-long -o x.csv: CSV both" \
  || bad "-f csv-long -o x.csv"
msg=$("$bin" extract samples/000_2b37c49d4415161a.txt -q -f jsonl -o "$work/clash.csv" 2>&1)
rc=$?
[ "$rc" = 2 ] && [[ "$msg" == *"--format jsonl"*"clash.csv"* ]] && [ ! -e "$work/clash.csv" ] \
  && ok "-f jsonl -o x.csv is an error naming both (exit 2), nothing written" \
  || bad "-f/-o clash (rc $rc)" "$msg"

# --- standard input and atomic output ---
cat samples/001_6c9c6f8633700f23.txt | "$bin" extract - --format jsonl -q > "$work/stdin.jsonl"
grep -q '"file":"-"' "$work/stdin.jsonl" && grep -q '"report.municipality":"Västerås"' "$work/stdin.jsonl" \
  && ok "extract - reads standard input" || bad "extract - reads standard input"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/out.jsonl" -q
[ -s "$work/out.jsonl" ] && [ -z "$(ls "$work" | grep '\.tmp-')" ] && ok "-o writes the file, no temporary left" || bad "-o FILE"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/no/such/dir/out.jsonl" -q 2>/dev/null
expect_rc "-o into a missing directory" 2 $?
# -o onto something that is not a regular file (a FIFO here; /dev/null the
# same way) writes into it and leaves it what it was; a symbolic link is
# followed and stays a link.
mkfifo "$work/fifo"
{ cat "$work/fifo" > "$work/from-fifo.jsonl" & } 2>/dev/null
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/fifo" -q
rc=$?
wait
[ "$rc" = 0 ] && [ -p "$work/fifo" ] && cmp -s "$work/from-fifo.jsonl" "$work/out.jsonl" \
  && ok "-o onto a FIFO writes into it and leaves it a FIFO" || bad "-o onto a FIFO (rc $rc)"
ln -s out-target.jsonl "$work/out-link.jsonl"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/out-link.jsonl" -q
[ -L "$work/out-link.jsonl" ] && cmp -s "$work/out-target.jsonl" "$work/out.jsonl" \
  && ok "-o onto a symbolic link writes its target and keeps the link" || bad "-o onto a symbolic link"
ln -s loop-b "$work/loop-a" && ln -s loop-a "$work/loop-b"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/loop-a" -q 2>"$work/loop.err"
rc=$?
[ "$rc" = 2 ] && [ -L "$work/loop-a" ] && grep -q "loop-a: cannot write" "$work/loop.err" \
  && ok "-o onto a loop of symbolic links is refused (exit 2)" || bad "-o onto a symlink loop (rc $rc)"

# --- the command line ---
"$bin" --version | grep -q '^redovis ' && ok "--version" || bad "--version"
"$bin" extract samples/000_2b37c49d4415161a.txt --format xml >/dev/null 2>&1
expect_rc "an unknown --format" 2 $?
"$bin" frobnicate >/dev/null 2>&1
expect_rc "an unknown subcommand" 2 $?
"$bin" extract >/dev/null 2>&1
expect_rc "extract without inputs" 2 $?
"$bin" fields | head -1 | grep -q $'^key\ttype\teditions\tlabel_sv$' && ok "fields prints the catalogue" || bad "fields"
[ "$("$bin" fields --edition po-2023 | grep -c '^covid')" = 0 ] && [ "$("$bin" fields --edition po-2021 | grep -c '^covid')" = 4 ] \
  && ok "fields --edition filters by edition" || bad "fields --edition"
mkdir -p "$work/badpatterns" && cp -r patterns/. "$work/badpatterns/" && echo 'field report.year "(("' >> "$work/badpatterns/po-2020.rules"
msg=$("$bin" --patterns "$work/badpatterns" extract samples/000_2b37c49d4415161a.txt 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && echo "$msg" | grep -q 'po-2020.rules:[0-9]' && ok "a malformed pattern file names file and line (exit 2)" || bad "malformed patterns: rc=$rc $msg"

# --- bad inputs: each is an unreadable record with a finding; the batch goes on ---
mkdir -p "$work/bad"
: > "$work/bad/empty.txt"
: > "$work/bad/empty.pdf"
head -c 4096 /dev/urandom > "$work/bad/random.pdf"
head -c 4096 /dev/urandom > "$work/bad/random.docx"
head -c 4096 /dev/urandom > "$work/bad/random.odt"
python3 -c "import sys,random; random.seed(1); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(4096)))" > "$work/bad/random.txt"
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' > "$work/bad/legacy.docx"; head -c 2000 /dev/zero >> "$work/bad/legacy.docx"
mkdir "$work/bad/a directory.txt"
cp samples/003_9905a62abaf84389.txt "$work/bad/name with spaces åäö.txt"
cp samples/000_2b37c49d4415161a.txt "$work/bad/$(printf 'new\nline.txt')"
python3 -c "print('x' * (10 * 1024 * 1024), end='')" > "$work/bad/long-line.txt"
mkdir -p "$work/bad/loop" && ln -s .. "$work/bad/loop/up"
"$bin" extract "$work/bad" "$work/bad/missing.txt" --format jsonl -q > "$work/bad.jsonl"
rc=$?
expect_rc "a batch with unreadable files" 1 "$rc"
python3 - "$work/bad.jsonl" <<'PY' > "$work/bad.txt"
import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    codes = ",".join(f["code"] for f in r["findings"] if f["severity"] in ("error", "info"))
    print(f"{os.path.basename(r['source']['file'])!r}\t{r['status']}\t{codes}")
PY
check_bad() {  # name status code
  if grep -F -- "'$1'" "$work/bad.txt" | grep -q -P "\t$2\t.*$3"; then ok "bad input $1 -> $2 $3"
  else bad "bad input $1 -> expected $2 $3" "$(grep -F -- "'$1'" "$work/bad.txt")"; fi
}
check_bad empty.txt unreadable empty_file
check_bad empty.pdf unreadable empty_file
check_bad random.pdf unreadable wrong_format
check_bad random.docx unreadable wrong_format
check_bad random.odt unreadable wrong_format
check_bad random.txt unreadable binary_file
check_bad legacy.docx unreadable legacy_word
check_bad missing.txt unreadable cannot_open
check_bad long-line.txt unreadable lost_line_breaks
check_bad "name with spaces åäö.txt" complete ""
check_bad 'new\nline.txt' complete ""
[ "$(grep -c . "$work/bad.txt")" = 11 ] && ok "every bad input has its record" || bad "records missing" "$(cat "$work/bad.txt")"
cp samples/000_2b37c49d4415161a.txt "$work/locked.txt" && chmod 000 "$work/locked.txt"
if [ "$(id -u)" != 0 ]; then
  "$bin" extract "$work/locked.txt" -q | grep -q '"code":"cannot_open"' && ok "a file unreadable for permissions" || bad "permissions"
else  # root reads anything: run as nobody instead
  chmod 755 "$work"
  setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --patterns "$root/patterns" extract "$work/locked.txt" -q \
    | grep -q '"code":"cannot_open"' && ok "a file unreadable for permissions (as nobody)" || bad "permissions"
  chmod 700 "$work"
fi


# --- batches: order under -j, --files-from, --shard, a timeout, a crash ---
mkdir -p "$work/batch"
for i in $(seq -w 1 24); do
  for s in 000_2b37c49d4415161a 003_9905a62abaf84389 004_d72b1a593931a5dc; do cp "samples/$s.txt" "$work/batch/$i-$s.txt"; done
done
"$bin" extract "$work/batch" -j 1 -q --format jsonl > "$work/j1.jsonl"
"$bin" extract "$work/batch" -j 4 -q --format jsonl > "$work/j4.jsonl"
cmp -s "$work/j1.jsonl" "$work/j4.jsonl" && [ "$(wc -l < "$work/j4.jsonl")" = 72 ] \
  && ok "-j 4 writes the same records in the same order as -j 1 (72 files)" || bad "order under -j"
python3 -c "
import json,sys
files=[json.loads(l)['source']['file'] for l in open(sys.argv[1])]
assert files==sorted(files), 'not in sorted order'" "$work/j4.jsonl" && ok "directory inputs come in sorted order" || bad "sorted order"
ls "$work"/batch/*.txt | tac > "$work/list.txt"
"$bin" extract --files-from "$work/list.txt" -q -j 2 | python3 -c "
import json,sys
files=[json.loads(l)['source']['file'] for l in sys.stdin]
want=[l.strip() for l in open(sys.argv[1])]
assert files==want, (files[:3], want[:3])" "$work/list.txt" && ok "--files-from FILE, in the list's order" || bad "--files-from"
tac "$work/list.txt" | "$bin" extract --files-from - -q | grep -c '"schema"' | grep -qx 72 && ok "--files-from -" || bad "--files-from -"
: > "$work/shards.jsonl"
for k in 1 2 3; do "$bin" extract "$work/batch" --shard "$k/3" -q >> "$work/shards.jsonl"; done
sort "$work/shards.jsonl" | cmp -s - <(sort "$work/j1.jsonl") && ok "--shard 1/3 2/3 3/3 together are the whole batch" || bad "--shard"
"$bin" extract "$work/batch" --shard 1/3 --format csv -q > "$work/s1.csv"
"$bin" extract "$work/batch" --shard 2/3 --format csv -q > "$work/s2.csv"
[ "$(head -1 "$work/s2.csv" | cut -c1-12)" != "source.file," ] && [ "$(cat "$work/s1.csv" "$work/s2.csv" | grep -c '^source.file,')" = 1 ] \
  && ok "--shard: CSV outputs concatenate with one header" || bad "--shard csv header"
"$bin" extract "$work/batch" --shard 4/3 -q >/dev/null 2>&1
expect_rc "--shard 4/3" 2 $?
mkfifo "$work/hang.txt"
start=$(date +%s)
"$bin" extract samples/000_2b37c49d4415161a.txt "$work/hang.txt" samples/003_9905a62abaf84389.txt --timeout 2 -q -j 2 > "$work/timeout.jsonl"
rc=$?
took=$(( $(date +%s) - start ))
grep '"hang.txt\|hang.txt"' "$work/timeout.jsonl" | grep -q '"code":"timeout"' && [ "$(grep -c '"status":"complete"' "$work/timeout.jsonl")" = 2 ] \
  && [ "$took" -lt 15 ] && [ "$rc" = 1 ] \
  && ok "a file that hangs is stopped by --timeout (${took}s), the others are written" || bad "timeout: rc=$rc took=$took" "$(cut -c1-200 "$work/timeout.jsonl")"
# crash_worker OUT FILE...: runs `extract FILE... -j 1` into OUT in the
# background and, once the first record is out (the one worker is then stuck
# on the FIFO that comes second), kills that worker; sets rc to the exit code.
crash_worker() {
  local out=$1 batch_pid victim=""
  shift
  "$bin" extract "$@" -q -j 1 > "$out" &
  batch_pid=$!
  for _ in $(seq 100); do
    [ "$(grep -c . "$out")" -ge 1 ] && victim=$(pgrep -P "$batch_pid" | head -1)
    [ -n "$victim" ] && break
    sleep 0.1
  done
  sleep 0.3
  kill -SEGV "$victim" 2>/dev/null
  wait "$batch_pid"
  rc=$?
}
mkfifo "$work/crash.txt"
crash_worker "$work/crash.jsonl" samples/000_2b37c49d4415161a.txt "$work/crash.txt" samples/003_9905a62abaf84389.txt
grep 'crash.txt' "$work/crash.jsonl" | grep -q '"code":"crashed"' && [ "$(grep -c '"status":"complete"' "$work/crash.jsonl")" = 2 ] && [ "$rc" = 1 ] \
  && ok "a reader that crashes costs only its file's record" || bad "crash: rc=$rc" "$(grep crash.txt "$work/crash.jsonl" | cut -c150-500)"
# A worker holds the file it reads and the next; when it dies, the next one
# goes to a new worker and is read in full.
mkfifo "$work/crash2.txt"
queued=(samples/000_2b37c49d4415161a.txt "$work/crash2.txt" "$work"/batch/0[1-3]-00[03]_*.txt)
crash_worker "$work/crash2.jsonl" "${queued[@]}"
python3 - "$work/crash2.jsonl" "${queued[@]}" <<'PY' && [ "$rc" = 1 ] \
  && ok "a reader that crashes with a file waiting behind it: that file is read by a new worker (${#queued[@]} files, in order)" \
  || bad "crash with a file waiting: rc=$rc" "$(cut -c1-300 "$work/crash2.jsonl")"
import json, sys
records = [json.loads(l) for l in open(sys.argv[1])]
files = [r["source"]["file"] for r in records]
assert files == sys.argv[2:], files
codes = [f["code"] for r in records for f in r.get("findings", []) if f.get("code") == "crashed"]
assert [r["status"] for r in records].count("complete") == len(files) - 1, [r["status"] for r in records]
assert records[1]["status"] == "unreadable" and codes == ["crashed"], records[1]
PY
cp samples/003_9905a62abaf84389.txt "$work/batch/zz-ok.txt"
head -c 3000 /dev/urandom > "$work/batch/mm-corrupt.docx"
"$bin" extract "$work/batch" -q -j 2 > "$work/corrupt.jsonl"
rc=$?
[ "$rc" = 1 ] && [ "$(grep -c '"status":"unreadable"' "$work/corrupt.jsonl")" = 1 ] && [ "$(grep -c '"schema"' "$work/corrupt.jsonl")" = 74 ] \
  && python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/corrupt.jsonl" \
  && ok "one corrupt file in a batch: all others written in full, exit 1" || bad "corrupt in batch: rc=$rc"
"$bin" extract <(cat samples/001_6c9c6f8633700f23.txt) -q | grep -q '"report.municipality":"Västerås"' && ok "process substitution <(...) is read" || bad "process substitution"

# --- check: the officers' report ---
"$bin" check samples/0*.txt > "$work/check.txt" 2>/dev/null
rc=$?
expect_rc "check on the seeds (002 is a blank form)" 1 "$rc"
"$bin" check samples/00[0134]_*.txt -q >/dev/null 2>&1
expect_rc "check on the seeds but the blank form (no error findings)" 0 $?
grep -q "sum_mismatch .*Kvinnor är 267, men åldersgrupperna summerar till 265" "$work/check.txt" && ok "check: 001's women do not add up (in Swedish)" || bad "check 001 women"
grep -q "sum_mismatch .*Män är 181, men åldersgrupperna summerar till 178" "$work/check.txt" && ok "check: 001's men do not add up" || bad "check 001 men"
grep -q "varning signed_before_year_end .*undertecknad 2020-01-12" "$work/check.txt" && ok "check: 000 signed before the year ended" || bad "check 000 date"
"$bin" check --lang en samples/001*.txt 2>/dev/null | grep -q "sum_mismatch .*Kvinnor is 267, but the age groups add up to 265" && ok "check --lang en" || bad "check --lang en"
# A row the tool cannot place is not a blank the municipality left (issue 17).
sed 's/^Totalt antal klienter\t.*/Totalt antal klienter  49  32/' samples/001_6c9c6f8633700f23.txt > "$work/unplaced.txt"
"$bin" check "$work/unplaced.txt" > "$work/unplaced.out" 2>/dev/null
if grep -q "value_unreadable .*kunde inte läsas" "$work/unplaced.out" && ! grep -q "required_missing" "$work/unplaced.out" && ! grep -q "sum_mismatch .*Kvinnor" "$work/unplaced.out"; then ok "check: an unplaced row is unreadable, not blank"; else bad "check unplaced row"; cat "$work/unplaced.out" >&2; fi
# The tool's failure to read is never the municipality's omission: an empty
# Kommun cell whose clues (post town, e-mail, ...) were not read (a squeezed
# text re-wrapped by fmt), and a row's counts stacked under it as a mail's
# flattened table ("| 40"), are not blanks the municipality left.
"$bin" check tests/data/renderings/000_2b37c49d4415161a.pdftotext-rewrapped.txt > "$work/unread.out" 2>/dev/null
if grep -q "ambiguous_municipality .*Kommun-rutan är tom och svaren som kommunen kunde härledas ur" "$work/unread.out" && ! grep -q "required_missing" "$work/unread.out"; then ok "check: a Kommun cell whose clues were not read is not blank"; else bad "check unread clues"; cat "$work/unread.out" >&2; fi
"$bin" check tests/data/renderings/2023_filled.mail-html-pipes.txt > "$work/pipes.out" 2>/dev/null
if grep -q "value_unreadable .*Totalt antal klienter" "$work/pipes.out" && ! grep -q "required_missing" "$work/pipes.out"; then ok "check: counts stacked under a flattened table's row are unreadable, not blank"; else bad "check stacked pipes"; cat "$work/pipes.out" >&2; fi
sed -n '/003_9905a62abaf84389/,/004_/p' "$work/check.txt" | grep -q "sum_mismatch\|part_exceeds_total" \
  && bad "check: a false alarm on 003's consistent counts" || ok "check: no false alarm on 003's counts"
"$bin" check samples/003_9905a62abaf84389.txt --format jsonl 2>/dev/null | python3 -c "import json,sys; r=json.loads(sys.stdin.readline()); assert r['municipality']=='Tyresö' and r['findings']" \
  && ok "check --format jsonl" || bad "check --format jsonl"
"$bin" check "$work/bad/empty.txt" >/dev/null 2>&1
expect_rc "check with an unreadable file" 1 $?
cp samples/003_9905a62abaf84389.txt "$work/<script>markup.txt"
"$bin" check samples/0*.txt "$work/<script>markup.txt" --html "$work/report.html" >/dev/null 2>&1
grep -q '&lt;script&gt;markup.txt' "$work/report.html" && ! grep -q '<script>markup' "$work/report.html" \
  && ok "check --html escapes what documents hold" || bad "check --html escaping"
if msg=$(python3 tests/check_html_render.py "$work/report.html" 000_2b37c49d4415161a.txt 001_6c9c6f8633700f23.txt \
    002_b542900f2722aa90.txt 003_9905a62abaf84389.txt 004_d72b1a593931a5dc.txt \
    --codes sum_mismatch,signed_before_year_end,municipality_inferred,unreadable_date 2>&1); then
  ok "check --html opens in headless Chromium: $msg"
else
  bad "check --html in headless Chromium" "$msg"
fi

# --- a degraded scan: what OCR read unsurely is not taken, no number is wrong unflagged ---
"$bin" extract tests/data/ocr/tyreso_2020_degraded.pdf --timeout 0 -q > "$work/degraded.json" 2>/dev/null
"$bin" extract samples/003_9905a62abaf84389.docx -q > "$work/degraded-docx.json" 2>/dev/null
if msg=$(python3 - "$work/degraded.json" "$work/degraded-docx.json" patterns/checks.rules <<'PY' 2>&1
import json, re, sys
scan, docx = (json.loads(open(f).readline()) for f in sys.argv[1:3])  # JSON Lines
below = int(re.search(r"ocr_confidence below=(\d+)", open(sys.argv[3]).read()).group(1))
flagged = {k for f in scan["findings"] if f["code"] == "ocr_uncertain" for k in f["keys"]}
valued = {k: v for k, v in scan["fields"].items() if v is not None}
assert valued, "nothing read"
for k, v in valued.items():
    p = scan["provenance"][k]
    assert p.get("ocr") is True and 0 <= p["ocr_confidence"] <= 100, (k, p)
    number = isinstance(v, (int, float)) and not isinstance(v, bool)
    assert not ((number or isinstance(v, bool)) and p["ocr_confidence"] < below), \
        f"{k} read with confidence {p['ocr_confidence']} was taken ({v})"
    if number and v != docx["fields"].get(k):
        assert k in flagged, f"{k} read as {v}, the .docx has {docx['fields'].get(k)}, no ocr_uncertain"
per_value = [f for f in scan["findings"] if f["code"] == "ocr_uncertain" and "confidence" in f["message"]]
assert per_value, "no value was flagged for its confidence"
for f in per_value:
    assert scan["fields"].get(f["keys"][0]) is None, f"{f['keys'][0]} flagged for its confidence but taken"
print(f"{len(valued)} values, {len(per_value)} flagged for confidence under {below}")
PY
); then
  ok "a degraded scan: values read unsurely are not taken, no number wrong unflagged ($msg)"
else
  bad "a degraded scan: OCR confidence" "$msg"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
