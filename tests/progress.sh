#!/usr/bin/env bash
# The progress line on a terminal (issue 16), captured with util-linux
# `script` on a batch whose first file is slow:
#   - no line of the transcript mixes progress and results: with each line's
#     carriage-return overwrites and erasures applied, as a terminal shows
#     it, every record (extract's JSON Lines, check's text report) and the
#     summary start at column 0, with no progress text before or after;
#   - while the slow first file is read, the line names it, with the time it
#     has taken, before any file is done (a timer, not only on completion);
#   - an estimate shows only once a file is read, and never an absurd one
#     (a minute or more for a batch of seconds);
#   - with stderr not a terminal, or with --quiet, no progress at all.
# A slow file is a FIFO that a feeder fills with a sample's text two seconds
# after a reader opens it: a worker waits on it as on a long scan, with no
# OCR to pay for (each FIFO serves one run, so each run makes its own).
# usage: tests/progress.sh path/to/redovis   (from the repository root)
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
feeders=()
cleanup() {
  for pid in "${feeders[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
ok=0
bad=0
pass() { echo "ok   $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1"; bad=$((bad + 1)); }

fast=(samples/000_2b37c49d4415161a.txt samples/003_9905a62abaf84389.txt samples/001_6c9c6f8633700f23.docx
  samples/tyreso_2020_utf16.txt samples/2023_filled.txt)

# Opens FIFO for writing once a reader has opened it (or gives up after a
# minute), waits SECONDS, writes SOURCE's bytes and closes it.
cat > "$work/feed.py" <<'PY'
import errno, os, sys, time

fifo, source, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
give_up = time.monotonic() + 60
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # ENXIO: no reader yet
        break
    except OSError as e:
        if e.errno != errno.ENXIO or time.monotonic() > give_up:
            sys.exit(1)
        time.sleep(0.02)
time.sleep(seconds)
os.set_blocking(fd, True)
os.write(fd, open(source, "rb").read())
os.close(fd)
PY

# Makes the FIFO $work/RUN/NAME, slow by two seconds, read as SOURCE's text;
# sets `slow` to its path.
slow_file() {
  mkdir -p "$work/$1"
  slow=$work/$1/$2
  mkfifo "$slow"
  python3 "$work/feed.py" "$slow" "$3" 2 &
  feeders+=($!)
}

# Runs "$@" under `script` (a pseudo-terminal for stdin, stdout and stderr,
# 100 columns) and leaves the raw transcript in $work/$name.raw.
on_terminal() {
  local name=$1
  shift
  local cmd
  cmd=$(printf '%q ' "$@")
  COLUMNS=100 script -q -e -c "stty cols 100 2>/dev/null; $cmd" "$work/$name.raw" > /dev/null 2>&1
}

# The transcript as the terminal shows it, one line per screen line, and the
# checks of the first bullet. Prints what it found wrong; exit 1 if anything.
cat > "$work/screen.py" <<'PY'
import re, sys

raw = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
kind = sys.argv[2]          # "jsonl", "check", or "none" (no records on the terminal)
# `script` writes a header and a footer line ("Script started ...") unless -q;
# drop any such line all the same.
progress = re.compile(r"\d+/\d+ files  ")


def render(line):
    """The screen line a terminal shows for `line`: "\r" returns to column
    0 and what follows overwrites; ESC [K erases from the cursor on."""
    screen, cursor = [], 0
    for t in re.split(r"(\r|\x1b\[K)", line):
        if t == "\r":
            cursor = 0
        elif t == "\x1b[K":
            del screen[cursor:]
        else:
            for ch in t:
                if cursor < len(screen):
                    screen[cursor] = ch
                else:
                    screen.append(ch)
                cursor += 1
    return "".join(screen)


shown, problems, progress_seen = [], [], []
for line in raw.split("\n"):
    shown.append(render(line.rstrip("\r")))
    progress_seen.extend(t for t in re.split(r"\r|\x1b\[K", line) if progress.match(t))
records = 0
for s in shown:
    if not s.strip() or s.startswith("Script "):
        continue
    is_progress = bool(progress.search(s))
    if kind == "jsonl" and "{" in s:
        records += 1
        if not s.startswith('{"'):
            problems.append("record not at column 0: " + s[:120])
        if is_progress:
            problems.append("progress and a record on one line: " + s[:120])
    elif s.startswith("redovis: "):
        if is_progress:
            problems.append("progress and the summary on one line: " + s[:120])
    elif is_progress:
        problems.append("a progress line left on the screen: " + s[:120])
    elif kind == "check":
        records += 1
if records == 0 and kind != "none":
    problems.append("no record in the transcript")
for p in problems:
    print(p)
# The progress lines drawn, one per line, for the other checks.
open(sys.argv[3], "w").write("\n".join(progress_seen) + "\n")
sys.exit(1 if problems else 0)
PY

# 1. extract, results on the same terminal: the slow file first, -j 1, and
# a slow file last, so that an estimate is drawn while it is read.
slow_file extract last.txt samples/003_9905a62abaf84389.txt
last=$slow
slow_file extract first.txt samples/001_6c9c6f8633700f23.txt
on_terminal extract "$bin" extract "$slow" "${fast[@]}" "$last" -j 1 -f jsonl
if out=$(python3 "$work/screen.py" "$work/extract.raw" jsonl "$work/extract.lines"); then
  pass "extract on a terminal: every record and the summary at column 0, no progress mixed in"
else
  fail "extract on a terminal: $out"
fi
if grep -q "^0/7 files  0:0[0-9] elapsed  $slow (0:0[1-9])" "$work/extract.lines"; then
  pass "while the slow first file is read, the line names it and how long it has taken"
else
  fail "no progress line names the slow first file: $(head -3 "$work/extract.lines" | cut -c1-200)"
fi
if grep -q "ETA" "$work/extract.lines" && ! grep "^0/" "$work/extract.lines" | grep -q ETA; then
  pass "an estimate only once a file has been read"
else
  fail "estimate shown too early or never: $(grep -m3 ETA "$work/extract.lines" | cut -c1-200)"
fi
# The batch takes about five seconds: every estimate is under a minute
# (0:ss), none of h:mm:ss, of minutes, negative or garbled.
if ! grep -o "ETA [^ ]*" "$work/extract.lines" | grep -vqx "ETA 0:[0-5][0-9]"; then
  pass "no estimate of a minute or more for a batch of seconds"
else
  fail "an absurd estimate: $(grep -m1 -E 'ETA' "$work/extract.lines")"
fi
if grep -q "^redovis: 7 files" <(tr '\r' '\n' < "$work/extract.raw" | sed 's/\x1b\[K//g'); then
  pass "the summary on a line of its own"
else
  fail "no summary line"
fi

# 2. check's text report on the same terminal.
slow_file check first.txt samples/001_6c9c6f8633700f23.txt
on_terminal check "$bin" check "$slow" "${fast[@]:0:3}" -j 2
if out=$(python3 "$work/screen.py" "$work/check.raw" check "$work/check.lines"); then
  pass "check on a terminal: every report line at column 0, no progress mixed in"
else
  fail "check on a terminal: $out"
fi

# 3. stdout to a file, stderr the terminal: the line is drawn and erased at the end.
slow_file tofile first.txt samples/001_6c9c6f8633700f23.txt
on_terminal tofile "$bin" extract "$slow" "${fast[@]:0:2}" -j 2 -o "$work/out.jsonl"
if [ "$(wc -l < "$work/out.jsonl")" -eq 3 ] && grep -q "files  " "$work/tofile.raw" &&
  python3 "$work/screen.py" "$work/tofile.raw" none "$work/tofile.lines" > /dev/null; then
  pass "-o FILE on a terminal: progress shown, erased before the summary"
else
  fail "-o FILE on a terminal"
fi

# 4. Not a terminal, or --quiet: no progress at all.
slow_file plain first.txt samples/001_6c9c6f8633700f23.txt
"$bin" extract "$slow" "${fast[@]:0:2}" -j 2 > /dev/null 2> "$work/plain.err"
if ! grep -q "files  \|elapsed\|ETA\|$(printf '\r')" "$work/plain.err" && grep -q "^redovis: 3 files" "$work/plain.err"; then
  pass "stderr not a terminal: the summary only"
else
  fail "stderr not a terminal: $(head -c 300 "$work/plain.err" | od -c | head -5)"
fi
slow_file quiet first.txt samples/001_6c9c6f8633700f23.txt
on_terminal quiet "$bin" extract "$slow" "${fast[@]:0:2}" -j 2 -q -o "$work/q.jsonl"
if ! grep -q "files" "$work/quiet.raw"; then
  pass "--quiet on a terminal: nothing on stderr"
else
  fail "--quiet on a terminal: $(head -c 200 "$work/quiet.raw")"
fi

echo "progress: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
