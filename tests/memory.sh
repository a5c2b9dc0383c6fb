#!/usr/bin/env bash
# End-to-end test of --max-memory: a worker that runs out of memory costs
# that file an `out_of_memory` record (or, if memory suffices, its real
# record), never `crashed`, and the batch goes on to the next file.
# usage: tests/memory.sh path/to/redovis    (run from the repository root)
# Prints one line per check and "N passed, M failed"; exits 1 on any failure.
. "$(dirname "$0")/lib.sh" "$1"
# 50 MB of Swedish prose, no form in it.
python3 - "$work/big.txt" <<'EOF'
import sys
line = "Kommunen har under året arbetat med personligt ombud och uppföljning, 123 ärenden.\n"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(line * (50 * 1024 * 1024 // len(line.encode())))
EOF
sample="$root/samples/003_9905a62abaf84389.txt"

# A sanitizer build sets no address-space limit (its shadow memory needs
# terabytes), so there is nothing to run out of.
if readelf -d "$bin" 2>/dev/null | grep -q libasan; then
  echo "skipped: a sanitizer build has no --max-memory limit"
  exit 0
fi
for mib in 150 300; do
  name="--max-memory $mib on a 50 MB text file"
  "$bin" extract --max-memory "$mib" -q "$work/big.txt" "$sample" > "$work/out.jsonl"
  rc=$?
  verdict=$(python3 - "$work/out.jsonl" <<'EOF'
import json, sys
records = [json.loads(l) for l in open(sys.argv[1])]
if len(records) != 2:
    print(f"{len(records)} records, expected 2"); sys.exit()
big, after = records
codes = [f["code"] for f in big["findings"] if f["severity"] == "error"]
if big["status"] == "unreadable" and codes != ["out_of_memory"]:
    print(f"the big file is unreadable with {codes}, expected out_of_memory"); sys.exit()
if after["status"] != "complete":
    print(f"the file after it is {after['status']}, expected complete"); sys.exit()
print("ok " + (codes[0] if codes else big["status"]))
EOF
)
  if [[ "$verdict" == ok* ]]; then ok "$name: ${verdict#ok }; the next file read (exit $rc)"; else bad "$name: $verdict"; fi
done

# At --max-memory 300 the 50 MB file is read, not out of memory (it needed
# between 600 and 800 MiB of address space at first, then about 340).
"$bin" extract --max-memory 300 -q "$work/big.txt" > "$work/out.jsonl"
status=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())['status'])" "$work/out.jsonl")
if [ "$status" = no_report ]; then
  ok "--max-memory 300 on a 50 MB text file: read (no_report, it holds no form)"
else
  bad "--max-memory 300 on a 50 MB text file: $status, expected no_report"
fi

# Reading a text file takes a small multiple of its size: the decoder does
# not copy UTF-8, the layout holds views, the segmenter does not copy the
# document, the file's bytes are released once it is read, lines and cells
# are small (include/redovis/document.h) and a file that holds no report
# keeps no folded copy of its text. Measured by the worker's peak resident
# memory (GNU time, which reports the largest of the process and its
# children); 50 MB took 580 MB at first (11.6x), then 4.6x.
if [ -x /usr/bin/time ]; then
  size=$(stat -c %s "$work/big.txt")
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" extract -j 1 -q "$work/big.txt" > "$work/out.jsonl"
  rss_kb=$(tail -1 "$work/rss")
  times=$(python3 -c "print(f'{$rss_kb * 1024 / $size:.1f}')")
  name="peak memory reading a 50 MB text file: $((rss_kb / 1024)) MiB, ${times}x its size"
  if python3 -c "import sys; sys.exit(0 if $rss_kb * 1024 < 4.3 * $size else 1)"; then
    ok "$name (< 4.3x)"
  else
    bad "$name, expected < 4.3x"
  fi
else
  echo "skipped: no /usr/bin/time for the peak memory"
fi

finish
