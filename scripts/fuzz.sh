#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14) and runs each for SECONDS, seeded
# from samples/ and tests/data/. Crashes, leaks and timeouts are kept in
# fuzz/findings/<target>/ to become regression inputs in tests/data/fuzz/.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 600 s, every target)
#   targets: text_pipeline docx_reader odt_reader pdf_reader pattern_loader value_parser
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text_pipeline docx_reader odt_reader pdf_reader pattern_loader value_parser)
for p in clang-14 libclang-rt-14-dev libfuzzer-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
scripts/install-deps.sh
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DREDOVIS_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target $(printf '%s_fuzzer ' "${targets[@]}")
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  findings=fuzz/findings/$t
  mkdir -p "$corpus" "$findings"
  case $t in
    text_pipeline|value_parser) cp samples/*.txt "$corpus/" 2>/dev/null || true ;;
    docx_reader) cp samples/*.docx tests/data/office/*.docx "$corpus/" 2>/dev/null || true ;;
    odt_reader) cp samples/*.odt tests/data/office/*.odt "$corpus/" 2>/dev/null || true ;;
    pdf_reader) find samples tests/data -name '*.pdf' -size -300k -exec cp {} "$corpus/" \; 2>/dev/null || true ;;
    pattern_loader) cp patterns/po-*.rules "$corpus/" ;;
  esac
  dict=()
  [ "$t" = text_pipeline ] && dict=(-dict=fuzz/forms.dict)
  echo "== $t: ${seconds}s"
  set +e
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp "build-fuzz/${t}_fuzzer" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=20 -max_len=200000 -artifact_prefix="$findings/" -print_final_stats=1 \
    > "build-fuzz/$t.log" 2>&1
  rc=$?
  set -e
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:|ERROR|SUMMARY" "build-fuzz/$t.log" | tail -n 4
  echo "exit $rc; findings: $(ls "$findings" | wc -l) file(s) in $findings"
done
