#!/usr/bin/env bash
# The walk-through in patterns/README.md ("Teaching redovis a new form
# variant"), run as written: a county board's variant of the 2021 form that
# the samples do not contain is half read; `explain` says why and which lines
# were nearly recognised; the edit in tests/data/walkthrough/dalarna.patch to
# a copy of the patterns lints clean and reads the missing values.
#
# usage: tests/walkthrough.sh path/to/redovis   (from the repository root)
set -u
bin=$(realpath "$1")
variant=tests/data/walkthrough/dalarna_2021.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
expect() {  # NAME OUTPUT TEXT...: OUTPUT holds every TEXT
  local name=$1 out=$2 missing=""
  shift 2
  for want in "$@"; do grep -qF -- "$want" <<<"$out" || missing+="[$want] "; done
  if [ -z "$missing" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: lacks $missing; output:"
    echo "$out"
  fi
}

# 1. The shipped patterns read the variant as po-2021, with the clients' counts null.
out=$("$bin" extract "$variant" -q -f jsonl)
expect "extract with the shipped patterns" "$out" '"edition":"po-2021"' '"clients.total.women":null'

# 2. explain says why: the section's heading was never seen; the nearest lines
#    are the reworded heading and the reworded row label.
out=$("$bin" explain "$variant" --key clients.total.women)
expect "explain --key" "$out" "section_not_found: its rules (_po-2020s.rules:57) are in section clients" \
  "nearest 49 (0.67 to '2.Klienter', _po-2020s.rules:11): Avdelning 2 – Klienter" \
  "nearest 54 (0.50 to '2.Klienter', _po-2020s.rules:11): Summa klienter	267	181"

# 3. A copy of the patterns with the edit, linted on the variant: no error.
cp -r patterns "$work/my-patterns"
out=$(patch -d "$work/my-patterns" -p1 < tests/data/walkthrough/dalarna.patch)
expect "patch" "$out" "patching file _po-2020s.rules"
out=$("$bin" patterns lint "$work/my-patterns" --samples tests/data/walkthrough)
rc=$?
expect "lint the edited copy" "$out" "$work/my-patterns: 0 errors"
[ $rc -eq 0 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL lint exit $rc"; }

# 4. With the copy, the counts are read, from the reworded lines.
out=$("$bin" --patterns "$work/my-patterns" explain "$variant" --key clients.total.women)
expect "explain with the edited copy" "$out" "clients.total.women = 267  (_po-2020s.rules:57)"
out=$("$bin" --patterns "$work/my-patterns" extract "$variant" -q -f jsonl)
expect "extract with the edited copy" "$out" '"clients.total.women":267' '"clients.ended.men":188'

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
