#!/usr/bin/env bash
# `redovis explain` pinned: each tests/data/explain/NAME.args holds the
# arguments of one run (a file and its options, one a line); NAME.out is what
# that run must print, byte for byte, and its exit status must be 0.
#
# usage: tests/explain.sh path/to/redovis [--update]   (from the repository root)
#   --update rewrites the .out files from this binary (say why in the commit).
set -u
bin=$(realpath "$1")
update=${2:-}
pass=0
fail=0
for args_file in tests/data/explain/*.args; do
  want=${args_file%.args}.out
  mapfile -t args < "$args_file"
  got=$(NO_COLOR=1 "$bin" explain "${args[@]}"; echo "exit $?")
  if [ "$update" = --update ]; then
    printf '%s\n' "$got" > "$want"
    pass=$((pass + 1))
  elif [ "$got" = "$(cat "$want")" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL explain ${args[*]}:"
    diff <(cat "$want") <(printf '%s\n' "$got") | head -20
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
