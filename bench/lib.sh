# Shell helpers shared by the accuracy scripts in bench/, sourced, never run.
# Each function prints what it makes on stdout and writes its progress to
# stderr.

# variants_dir DIR WORK: the directory of variant reports to read. DIR when
# it is given and holds files; otherwise DIR (or WORK/variants when DIR is
# empty) made afresh by scripts/make_variant_samples.py. Exits the script
# when the generator fails (set -e in the caller).
variants_dir() {
  local dir=${1:-} work=$2
  if [ -z "$dir" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
    dir=${dir:-$work/variants}
    mkdir -p "$dir"
    python3 scripts/make_variant_samples.py "$dir" >&2
  fi
  echo "$dir"
}
