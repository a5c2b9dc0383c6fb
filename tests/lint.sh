#!/usr/bin/env bash
# `redovis patterns lint`: the shipped patterns lint clean, and each crafted
# mistake under tests/data/lint/ is caught with the right file and line.
#
# usage: tests/lint.sh path/to/redovis   (from the repository root)
#
# tests/data/lint/base is a small pattern directory that lints clean, with
# and without its samples. Every other directory there is base with one
# mistake and an EXPECT file: its first line the exit status lint must give,
# each further line a text its output must hold. A directory with a
# samples/ folder is linted with --samples on it.
set -u
bin=$(realpath "$1")
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() {
  fail=$((fail + 1))
  echo "FAIL $*"
}

out=$("$bin" patterns lint patterns/ 2>&1)
rc=$?
if [ $rc -eq 0 ] && ! grep -q ': error: ' <<<"$out"; then ok; else bad "patterns/ does not lint clean (exit $rc): $out"; fi

for samples in "" --samples; do
  if [ -n "$samples" ]; then
    out=$("$bin" patterns lint tests/data/lint/base --samples tests/data/lint/base/samples 2>&1)
  else
    out=$("$bin" patterns lint tests/data/lint/base 2>&1)
  fi
  rc=$?
  if [ $rc -eq 0 ] && [ "$(tail -n 1 <<<"$out")" = "tests/data/lint/base: 0 errors, 0 warnings" ]; then
    ok
  else
    bad "base ${samples:-without samples} is not clean (exit $rc): $out"
  fi
done

for dir in tests/data/lint/*/; do
  dir=${dir%/}
  name=$(basename "$dir")
  [ "$name" = base ] && continue
  if [ ! -f "$dir/EXPECT" ]; then
    bad "$name: no EXPECT file"
    continue
  fi
  args=(patterns lint "$dir")
  [ -d "$dir/samples" ] && args+=(--samples "$dir/samples")
  out=$("$bin" "${args[@]}" 2>&1)
  rc=$?
  want_rc=$(head -n 1 "$dir/EXPECT")
  if [ "$rc" != "$want_rc" ]; then
    bad "$name: exit $rc, expected $want_rc: $out"
    continue
  fi
  missing=0
  while IFS= read -r want; do
    if ! grep -qF -- "$want" <<<"$out"; then
      bad "$name: output lacks '$want'; it was: $out"
      missing=1
    fi
  done < <(tail -n +2 "$dir/EXPECT")
  [ $missing -eq 0 ] && ok
done

# --format json says the same.
json=$("$bin" patterns lint tests/data/lint/no_section --format json)
if python3 -c 'import json,sys; j=json.load(sys.stdin); f=j["findings"][0]; sys.exit(0 if j["errors"]>=1 and f["where"]=="po-test.rules:16" and f["code"]=="no_section" else 1)' <<<"$json"; then
  ok
else
  bad "json: $json"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
