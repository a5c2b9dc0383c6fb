#!/usr/bin/env bash
# An archive split over machines: GNU parallel runs `redovis extract --shard
# K/4` for K = 1..4 (locally here; with --sshlogin on many machines), and the
# shards' outputs, concatenated, hold exactly the records of one single run:
# JSON Lines line for line, CSV row for row with one header. Shards take
# every N-th file, so only the order differs.
#
# usage: tests/shards.sh path/to/redovis   (from the repository root)
# Prints one line per check and "N passed, M failed".
. "$(dirname "$0")/lib.sh" "$1"

if ! command -v parallel > /dev/null; then
  bad "GNU parallel is not installed (scripts/install-deps.sh installs it)"
  echo "$passed passed, $failed failed"
  exit 1
fi

# Every sample but the scans (OCR) and the .doc and .rtf (each a LibreOffice
# conversion, seconds a file, read five times here: tests/legacy_formats.sh
# reads them), which would only make this slow.
find samples -type f ! -name '*.scanned.pdf' ! -name '*.doc' ! -name '*.rtf' | LC_ALL=C sort > "$work/inputs"
n=$(wc -l < "$work/inputs")

for fmt in jsonl csv; do
  "$bin" extract --files-from "$work/inputs" -f "$fmt" -q -j 1 > "$work/single.$fmt"
  parallel --will-cite -j 2 "$bin" extract --files-from "$work/inputs" --shard '{}/4' -f "$fmt" -q -j 1 \
    '>' "$work/shard{}.$fmt" ::: 1 2 3 4
  cat "$work"/shard1."$fmt" "$work"/shard2."$fmt" "$work"/shard3."$fmt" "$work"/shard4."$fmt" > "$work/merged.$fmt"
  if out=$(python3 - "$fmt" "$work/single.$fmt" "$work/merged.$fmt" <<'EOF'
import csv, io, sys
fmt, single, merged = sys.argv[1:]
def rows(path):
    data = open(path, encoding="utf-8", newline="").read()
    if fmt == "jsonl":
        return None, data.splitlines()
    r = list(csv.reader(io.StringIO(data)))
    return r[0], [tuple(x) for x in r[1:]]
h1, a = rows(single)
h2, b = rows(merged)
problems = []
if h1 != h2:
    problems.append("headers differ (or a shard after the first wrote one)")
if sorted(a) != sorted(b):
    problems.append(f"{len(a)} records in one run, {len(b)} in the shards, or different ones")
if not a:
    problems.append("no records at all")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
  ); then
    ok "$fmt: 4 shards through GNU parallel hold exactly the records of one run ($n files)"
  else
    bad "$fmt: shards differ from one run" "$out"
  fi
done

# Each file is in exactly one shard.
for k in 1 2 3 4; do
  "$bin" extract --files-from "$work/inputs" --shard "$k/4" -f jsonl -q -j 1 |
    python3 -c "import json,sys; [print(json.loads(l)['source']['file']) for l in sys.stdin]" | sort -u
done | sort | uniq -d > "$work/twice"
if [ -s "$work/twice" ]; then bad "a file in two shards" "$(cat "$work/twice")"; else ok "no file is in two shards"; fi

finish
