# What the shell suites share, sourced first thing by each:
#   . "$(dirname "$0")/lib.sh" "$1"
# Sets `bin` (the redovis binary given as the suite's argument, made
# absolute), `root` (the repository root: suites run from there) and `work`
# (a fresh temporary directory, removed when the suite exits); counts checks
# with `ok NAME` and `bad NAME [DETAIL]` (DETAIL's first 20 lines shown,
# indented), `expect_rc NAME WANTED GOT`; `finish` prints "N passed, M failed"
# and exits 1 when any check failed. A suite that needs its own exit trap sets
# it after sourcing and removes "$work" itself.
# shellcheck shell=bash
set -u
bin=$(realpath "$1")
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() {
  failed=$((failed + 1))
  echo "FAIL $1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | head -20 | sed 's/^/     /'
  return 0
}
expect_rc() { if [ "$2" = "$3" ]; then ok "$1 (exit $3)"; else bad "$1: exit $3, expected $2"; fi; }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ] || exit 1
  exit 0
}
