#!/usr/bin/env bash
# Runs the whole test suite: the format check, unit tests (doctest) and
# end-to-end tests in a normal build; with --sanitize, the unit and
# end-to-end tests in an AddressSanitizer + UBSan build.
# usage: scripts/test.sh [--sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  build=build-asan
  # Debug info as line tables only (-g1): the sanitizers' reports still name
  # each frame's file and line, and the build is faster (no variables or
  # types for a debugger; configure with -g for that).
  flags=(-DCMAKE_BUILD_TYPE=Debug -DREDOVIS_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
fi
# Each step's wall time, printed at the end (also when a step fails): where
# CI's 30 minutes go. Steps of the lanes run beside each other write their
# lines to one file, each line whole.
steps_file=$(mktemp)
started=$SECONDS
step() { # step NAME COMMAND...: runs COMMAND, noting its wall time under NAME
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" || rc=$?
  printf '%5d s  %s%s\n' $((SECONDS - start)) "$name" "$( ((rc == 0)) || echo "  FAILED ($rc)")" >> "$steps_file"
  ((rc == 0)) || exit "$rc"
}
mode=${1:-}
# After the build three things run at once on CI's two cores: the unit tests
# (one process), and the shell suites in two lanes (each suite mostly waits
# on one redovis or one LibreOffice at a time). The second lane and the unit
# tests run in the background, their output printed once the first lane is
# done; a failure of any fails the run. Every suite works in its own
# temporary directory (tests/lib.sh) and LibreOffice in its own profile, and
# nothing in the unit tests shares a file with a suite (their files are named
# after their process). The lanes are balanced by the suites' times (the
# step lines below, in both builds).
declare -A bg_pid bg_log
beside() { # beside NAME COMMAND...: starts COMMAND in the background, its output kept
  local name=$1
  shift
  bg_log[$name]=$(mktemp)
  "$@" > "${bg_log[$name]}" 2>&1 &
  bg_pid[$name]=$!
}
beside_wait() { # beside_wait NAME: waits for NAME, prints its output, fails when it failed
  local rc=0
  wait "${bg_pid[$1]}" || rc=$?
  unset "bg_pid[$1]"
  cat "${bg_log[$1]}"
  rm -f "${bg_log[$1]}"
  ((rc == 0)) || { echo "$1 failed ($rc)" >&2; exit "$rc"; }
}
kill_tree() { # kill_tree PID: stops PID and every process under it, the deepest first
  local child
  for child in $(pgrep -P "$1"); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
summary() {
  local name
  # A step failed first: what still runs beside it is stopped (a lane's
  # running suite with it), its output shown.
  for name in "${!bg_pid[@]}"; do
    kill_tree "${bg_pid[$name]}"
    wait "${bg_pid[$name]}" 2>/dev/null || true
    cat "${bg_log[$name]}"
    rm -f "${bg_log[$name]}"
    echo "    -    $name (stopped: a step failed)" >> "$steps_file"
  done
  echo "== scripts/test.sh $mode: $((SECONDS - started)) s"
  cat "$steps_file"
  rm -f "$steps_file"
}
trap summary EXIT
[ "${1:-}" = "--sanitize" ] || step format scripts/check-format.sh
cmake -S . -B "$build" "${flags[@]}" >/dev/null
step build cmake --build "$build" -j "$(nproc)"
unit() { step "unit (beside the suites)" "$build/redovis_tests"; }
beside unit unit
second_lane() {
  # check on a mixed inbox: exit statuses, places, the HTML page, letters, the county's roster.
  step check_inbox tests/check_inbox.sh "$build/redovis"
  # The .doc and .rtf samples (through LibreOffice) read like their .docx.
  # LibreOffice's conversions are most of its time, and what redovis does
  # with their output the unit tests run under the sanitizers
  # (converted_reader_test): the plain build only.
  [ "$mode" = "--sanitize" ] || step legacy_formats tests/legacy_formats.sh "$build/redovis"
  # The SQLite archive: incremental runs, the views, a run killed mid-write.
  step sqlite tests/sqlite.sh "$build/redovis"
  # The workbook and the Excel-style CSV opened by LibreOffice Calc; "which
  # reports have unknown values" the same from every output format. Calc is
  # most of its time, and the writers' code the unit tests run under the
  # sanitizers (xlsx_writer_test, csv_writer_test): the plain build only.
  [ "$mode" = "--sanitize" ] || step spreadsheets tests/spreadsheets.sh "$build/redovis"
  step cli tests/cli.sh "$build/redovis"
  step memory tests/memory.sh "$build/redovis"
  step shards tests/shards.sh "$build/redovis"
  # Renderings of the samples (pandoc, pdftotext, LibreOffice text) against
  # their .docx, key by key, with the listed losses (tests/data/renderings/).
  step renderings tests/renderings.sh "$build/redovis"
  # Byte-for-byte output on samples/ and the seeds (the plain build only: OCR
  # under the sanitizers would take minutes and prove nothing more).
  [ "$mode" = "--sanitize" ] || step snapshot tests/snapshot.sh "$build/redovis"
}
beside "second lane" second_lane
step end_to_end tests/end_to_end.sh "$build/redovis"
step hostile_input tests/hostile_input.sh "$build/redovis"
# Issue 15, the output side: write failures, -o safety, no raw control characters.
step hostile_output tests/hostile_output.sh "$build/redovis"
# A closed output pipe, SIGINT/SIGTERM/SIGHUP/SIGKILL mid-batch; --max-memory.
step signals tests/signals.sh "$build/redovis"
# The progress line on a terminal (a `script` transcript): never mixed with results.
step progress tests/progress.sh "$build/redovis"
# The OCR module loaded only for a scan; a missing or foreign module (issue 20).
step startup tests/startup.sh "$build/redovis"
step bundles tests/bundles.sh "$build/redovis"
# The matcher's variant renderings (tests/data/variants) read like their .docx.
step variants tests/variants.sh "$build/redovis"
# `patterns lint`: patterns/ lints clean; each crafted mistake in
# tests/data/lint/ is caught at its file and line.
step lint tests/lint.sh "$build/redovis"
# `explain` pinned against tests/data/explain/*.out.
step explain tests/explain.sh "$build/redovis"
# The walk-through of patterns/README.md: a new form variant, explain, an
# edited copy of the patterns, lint, the values read.
step walkthrough tests/walkthrough.sh "$build/redovis"
# Generated scans (sideways, upside down, stamped, signed, 150 dpi, JPEG)
# against the same pages' text layer, with the listed losses (tests/data/scans/;
# OCR: the plain build only).
[ "$mode" = "--sanitize" ] || step scans tests/scans.sh "$build/redovis"
beside_wait "second lane"
beside_wait unit
