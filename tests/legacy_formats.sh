#!/usr/bin/env bash
# The .doc and .rtf renderings of the samples (scripts/make_legacy_samples.py),
# and the files in tests/data/legacy/ (<stem>.<rendering>.<ext>: renderings
# read through LibreOffice, such as scripts/make_office_renderings.py's
# lo-html page), must read like samples/<stem>.docx, key by key
# (tests/compare_renderings.py), a key null only where tests/legacy.losses
# lists it.
# usage: tests/legacy_formats.sh path/to/redovis   (from the repository root)
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rends=(samples/*.word97.doc samples/*.richtext.rtf tests/data/legacy/*.*.*)
refs=$(for f in "${rends[@]}"; do s=$(basename "$f"); echo "samples/${s%%.*}.docx"; done | LC_ALL=C sort -u)
"$bin" extract $refs -q -j 2 -f jsonl > "$work/ref.jsonl"
"$bin" extract "${rends[@]}" -q -j 2 -f jsonl > "$work/rend.jsonl"
python3 tests/compare_renderings.py "$work/ref.jsonl" "$work/rend.jsonl" --losses tests/legacy.losses
rc=$?
# Hostile .doc/.rtf files: each ends as a record with its code, within the
# timeout, leaving no converter process and no temporary directory behind.
python3 scripts/make_legacy_samples.py --bad "$work/bad"
mkdir "$work/tmp"
TMPDIR="$work/tmp" timeout 300 "$bin" extract "$work/bad" -q -j 2 --timeout 60 -f jsonl > "$work/bad.jsonl"
python3 - "$work/bad.jsonl" <<'PY' || rc=1
import json, os, sys
want = {"blob.rtf": "no_report", "cyclic.doc": "unreadable", "deep.rtf": "no_report",
        "random.doc": "unreadable", "random.rtf": "unreadable", "truncated.doc": "unreadable",
        "truncated.rtf": "unreadable"}
got = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    codes = [f["code"] for f in r["findings"] if f["severity"] == "error"]
    got[os.path.basename(r["source"]["file"])] = (r["status"], codes)
bad = 0
for name, status in want.items():
    s, codes = got.get(name, (None, []))
    ok = s == status and (status != "unreadable" or codes)
    print(("ok  " if ok else "FAIL") + f" hostile {name}: {s} {codes}")
    bad += not ok
sys.exit(1 if bad else 0)
PY
if [ -n "$(ls -A "$work/tmp")" ]; then echo "FAIL temporary files left: $(ls "$work/tmp")"; rc=1; fi

# --timeout bounds the conversion: a converter that hangs (a fake soffice
# first on PATH, sleeping in a child of its own) is stopped within the file's
# --timeout, by the reader itself, before the worker's deadline, in a worker
# and in this process; the file is unreadable with `timeout`, the message
# names LibreOffice and --timeout, and no process of the converter is left.
mkdir "$work/fake"
cat > "$work/fake/soffice" <<SH
#!/bin/sh
exec sleep 30.$$
SH
chmod +x "$work/fake/soffice"
for mode in "" --in-process; do
  start=$(date +%s.%N)
  PATH="$work/fake:$PATH" TMPDIR="$work/tmp" "$bin" extract samples/003_9905a62abaf84389.richtext.rtf \
    -q --timeout 3 $mode -f jsonl > "$work/slow.jsonl"
  took=$(echo "$(date +%s.%N) - $start" | bc)
  if python3 - "$work/slow.jsonl" "$took" <<'PY'; then
import json, sys
r = json.loads(open(sys.argv[1]).readline())
f = [x for x in r["findings"] if x["severity"] == "error"][0]
took = float(sys.argv[2])
ok = (r["status"] == "unreadable" and f["code"] == "timeout" and "LibreOffice" in f["message"]
      and "--timeout" in f["message"] and took < 10)
print(("ok  " if ok else "FAIL") + f" a hanging converter: {f['code']} after {took:.1f} s: {f['message']}")
sys.exit(0 if ok else 1)
PY
    :
  else
    rc=1
  fi
  sleep 0.2
  if pgrep -f "sleep 30.$$" > /dev/null; then
    echo "FAIL the fake converter ${mode:-in a worker} is still running"
    rc=1
  fi
done
if [ -n "$(ls -A "$work/tmp")" ]; then echo "FAIL temporary files left: $(ls "$work/tmp")"; rc=1; fi
exit $rc
