#!/usr/bin/env bash
# Tests of redovis as a shell tool: installation, the pattern directory's
# lookup, the command line's errors and help, the man page, completions.
# usage: tests/cli.sh path/to/redovis    (run from the repository root; the
# binary's directory must be its CMake build directory for the install test)
# Prints one line per check and "N passed, M failed"; exits 1 on any failure.
set -u
bin=$(realpath "$1")
build=$(dirname "$bin")
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /' | head -20; }
sample="$root/samples/000_2b37c49d4415161a.txt"

# --- the pattern directory: beside the binary, $REDOVIS_PATTERNS, --patterns ---
(cd "$work" && env -u REDOVIS_PATTERNS "$bin" extract "$sample" -q | grep -q '"status":"complete"') \
  && ok "the build tree's binary finds its patterns from another directory, no env var" \
  || bad "build tree: patterns not found from another directory"
mkdir -p "$work/p1" && cp -r "$root/patterns/." "$work/p1/" && echo 'field report.year "(("' >> "$work/p1/po-2020.rules"
msg=$(REDOVIS_PATTERNS="$work/p1" "$bin" extract "$sample" -q 2>&1 >/dev/null)
[ $? = 2 ] && [[ "$msg" == *"$work/p1/po-2020.rules"* ]] && ok "\$REDOVIS_PATTERNS is used before the patterns beside the binary" \
  || bad "\$REDOVIS_PATTERNS not used" "$msg"
REDOVIS_PATTERNS="$work/p1" "$bin" --patterns "$root/patterns" extract "$sample" -q >/dev/null \
  && ok "--patterns wins over \$REDOVIS_PATTERNS" || bad "--patterns does not win over \$REDOVIS_PATTERNS"
cp "$bin" "$work/lonely"
msg=$(env -u REDOVIS_PATTERNS "$work/lonely" extract "$sample" -q 2>&1 >/dev/null)
rc=$?
[ $rc = 2 ] && [[ "$msg" == "redovis: no pattern directory found"*"--patterns"* ]] \
  && ok "a binary with no patterns beside it says where it looked (exit 2)" || bad "no patterns: rc=$rc" "$msg"

# --- installed: cmake --install to a prefix, run from elsewhere with no env var ---
if [ -f "$build/cmake_install.cmake" ]; then
  if out=$(cmake --install "$build" --prefix "$work/prefix" 2>&1); then
    ok "cmake --install to a temporary prefix"
  else
    bad "cmake --install" "$out"
  fi
  for f in bin/redovis share/redovis/patterns/common.rules share/redovis/patterns/catalogue.tsv \
    share/doc/redovis/README.md; do
    [ -f "$work/prefix/$f" ] && ok "installed: $f" || bad "not installed: $f"
  done
  (cd "$work" && env -u REDOVIS_PATTERNS "$work/prefix/bin/redovis" extract "$root/samples" --exclude "*.scanned.pdf" -q -j 2 > "$work/installed.jsonl")
  rc=$?
  [ $rc = 0 ] && [ "$(grep -c '"schema"' "$work/installed.jsonl")" -gt 5 ] \
    && ok "the installed binary: extract samples/ (no scans) from another directory (exit 0)" || bad "installed binary: rc=$rc"
else
  bad "no cmake_install.cmake beside $bin: cannot test the installation"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
