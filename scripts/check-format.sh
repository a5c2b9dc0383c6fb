#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format makes of it with the
# committed .clang-format. `scripts/check-format.sh --fix` formats them instead.
# usage: scripts/check-format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cc' '*.h' 2>/dev/null || find src include tests fuzz -name '*.cc' -o -name '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
# One clang-format per file (its exit status says whether the file differs),
# as many at once as there are cores.
mapfile -t bad < <(printf '%s\0' "${files[@]}" | xargs -0 -n 8 -P "$(nproc)" sh -c \
  'for f; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done' sh)
if ((${#bad[@]})); then
  echo "not formatted (run scripts/check-format.sh --fix): ${bad[*]}" >&2
  exit 1
fi
echo "format: ${#files[@]} files as .clang-format says"
