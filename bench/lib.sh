# Shell helpers shared by the accuracy scripts in bench/, sourced, never run.
# Each function prints what it makes on stdout and writes its progress to
# stderr.

# bench_start BIN: the start every script that sources this file shares,
# called first (after `set -euo pipefail`, the `cd` to the root and sourcing
# this file): sets `bin` to BIN's absolute path (build/redovis when BIN is
# empty) and `work` to a fresh temporary directory, removed when the script
# exits (the trap is the script's EXIT trap). Prints nothing.
bench_start() {
  bin=$(realpath "${1:-build/redovis}")
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# variants_dir DIR WORK [ARG...]: the directory of variant reports to read.
# DIR when it is given and holds files; otherwise DIR (or WORK/variants when
# DIR is empty) made afresh by scripts/make_variant_samples.py, given ARGs. Exits the script
# when the generator fails (set -e in the caller).
variants_dir() {
  local dir=${1:-} work=$2
  shift 2
  if [ -z "$dir" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
    dir=${dir:-$work/variants}
    mkdir -p "$dir"
    python3 scripts/make_variant_samples.py "$dir" "$@" >&2
  fi
  echo "$dir"
}

# variant_docx VARIANTS DST: each variant .docx of VARIANTS
# (<stem>.<variant>.docx) copied into DST as <stem>_<variant>.docx, a name
# with no dot that tests/compare_renderings.py takes for one stem; prints
# each new stem, one a line.
variant_docx() {
  local variants=$1 dst=$2 f name base
  for f in "$variants"/*.*.docx; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .docx)
    base=${name%%.*}_${name#*.}
    cp "$f" "$dst/$base.docx"
    echo "$base"
  done
}

# made_once DST CMD...: DST from the command's stdout, unless DST is there
# already (not empty): renderings kept in an OUT_DIR are not made again.
made_once() {
  local dst=$1
  shift
  [ -s "$dst" ] || "$@" > "$dst"
}

# lo_converted TARGET EXT DIR DOCX...: each .docx converted by LibreOffice
# (`soffice --convert-to TARGET`, one run, a fresh profile) into DIR as
# <stem>.EXT, only those not there yet: converting is slow, so a DIR kept
# between runs is reused. Prints DIR.
lo_converted() {
  local target=$1 ext=$2 dir=$3
  shift 3
  local todo=() docx profile
  mkdir -p "$dir"
  for docx in "$@"; do
    [ -s "$dir/$(basename "$docx" .docx).$ext" ] || todo+=("$docx")
  done
  if [ ${#todo[@]} -gt 0 ]; then
    profile=$(mktemp -d)
    soffice --headless "-env:UserInstallation=file://$profile" --convert-to "$target" \
      --outdir "$dir" "${todo[@]}" > /dev/null 2>&1 || true
    rm -rf "$profile"
  fi
  echo "$dir"
}

# score_renderings BIN OUT REFERENCE... : the references' records into
# OUT/reference.jsonl, those of every file in OUT/renderings into
# OUT/renderings.jsonl, and the comparison (tests/compare_renderings.py:
# every wrong value, every lost one, the table per rendering) on stdout.
score_renderings() {
  local bin=$1 out=$2
  shift 2
  "$bin" extract "$@" -q -j 2 --timeout 0 -f jsonl > "$out/reference.jsonl"
  "$bin" extract "$out/renderings"/* -q -j 2 --timeout 0 -f jsonl > "$out/renderings.jsonl" || true
  python3 tests/compare_renderings.py "$out/reference.jsonl" "$out/renderings.jsonl" --table-only
}
