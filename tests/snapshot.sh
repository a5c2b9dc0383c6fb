#!/usr/bin/env bash
# Byte-for-byte snapshot of redovis's output on samples/ and the seeds: every
# output format of `extract` and `check` over the whole set, fingerprinted per
# input file (JSON Lines) and per format (the whole output). A change to any
# record, byte for byte, fails this test and names the files whose records
# changed. A change made on purpose is recorded with --update.
#
# usage: tests/snapshot.sh path/to/redovis [--update]   (from the repository root)
# The fingerprints live in tests/snapshot.sha256. Prints "N passed, M failed".
set -u
bin=$(realpath "$1")
update=${2:-}
root=$(pwd)
want="$root/tests/snapshot.sha256"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=(samples)
[ -d "$root/../shared/seeds" ] && inputs+=(../shared/seeds)

# The paths in records are as given, so the fingerprints hold in any clone.
# Scanned PDFs (OCR, seconds a page) and the .doc and .rtf files (converted by
# LibreOffice, a second or two each) are read once, for the JSON Lines, which
# fingerprints each of their records; every other format is taken over the
# rest (a writer writes a record the same whatever format it was read from).
"$bin" extract "${inputs[@]}" -q -j 2 --timeout 0 -f jsonl > "$work/extract.jsonl"
rest=()
while IFS= read -r f; do rest+=("$f"); done < <(find "${inputs[@]}" -type f ! -name '*.scanned.pdf' ! -name '*.md' \
  ! -name '*.doc' ! -name '*.rtf' | LC_ALL=C sort)
"$bin" extract "${rest[@]}" -q -j 2 --timeout 0 -f json > "$work/extract.json"
"$bin" extract "${rest[@]}" -q -j 2 --timeout 0 -f csv > "$work/extract.csv"
"$bin" extract "${rest[@]}" -q -j 2 --timeout 0 -f csv-long > "$work/extract-long.csv"
# The HTML page's date is $SOURCE_DATE_EPOCH's, fixed here.
export SOURCE_DATE_EPOCH=1790000000
"$bin" check "${rest[@]}" -q -j 2 --timeout 0 > "$work/check.txt"
"$bin" check "${rest[@]}" -q -j 2 --timeout 0 -f jsonl > "$work/check.jsonl"
"$bin" check "${rest[@]}" -q -j 2 --timeout 0 --html "$work/check.html" > /dev/null

python3 - "$work" > "$work/got.sha256" <<'EOF'
import hashlib, json, sys, os
work = sys.argv[1]
def h(b): return hashlib.sha256(b).hexdigest()
for name in ["extract.jsonl", "extract.json", "extract.csv", "extract-long.csv",
             "check.txt", "check.jsonl", "check.html"]:
    print(h(open(os.path.join(work, name), "rb").read()), "output", name)
per = {}
for raw in open(os.path.join(work, "extract.jsonl"), "rb"):
    rec = json.loads(raw)
    per.setdefault(rec["source"]["file"], []).append(raw)
for f in sorted(per):
    print(h(b"".join(per[f])), "record", f)
EOF

if [ "$update" = "--update" ]; then
  cp "$work/got.sha256" "$want"
  echo "snapshot updated: $(wc -l < "$want") fingerprints"
  echo "1 passed, 0 failed"
  exit 0
fi
if [ ! -f "$want" ]; then
  echo "FAIL no tests/snapshot.sha256: run tests/snapshot.sh BIN --update"
  echo "0 passed, 1 failed"
  exit 1
fi
passed=0
failed=0
while read -r sum kind name; do
  got=$(awk -v k="$kind" -v n="$name" '$2 == k && $3 == n { print $1 }' "$work/got.sha256")
  if [ "$got" = "$sum" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    if [ -n "$got" ]; then
      echo "FAIL snapshot: $kind $name changed (now ${got:0:12})"
    else
      echo "FAIL snapshot: $kind $name is missing"
    fi
  fi
done < "$want"
while read -r sum kind name; do
  grep -q " $kind $name\$" "$want" || { failed=$((failed + 1)); echo "FAIL snapshot: new $kind $name"; }
done < "$work/got.sha256"
[ "$failed" -eq 0 ] && echo "ok   snapshot: every output byte for byte as recorded"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
