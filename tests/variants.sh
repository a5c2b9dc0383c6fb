#!/usr/bin/env bash
# The matcher's variant renderings must read like the sample's .docx.
#
# usage: tests/variants.sh path/to/redovis [VARIANTS_DIR] [--measure]
#   (from the repository root; VARIANTS_DIR defaults to tests/data/variants,
#   the committed slice; scripts/make_variant_samples.py OUT makes all of them)
#
# Each file <stem>.<rendering>.<ext> in VARIANTS_DIR is read and its record
# compared, key by key, with the record of samples/<stem>.docx (or .txt, for a
# sample with no .docx): the same
# status (or 'incomplete' for 'complete' where a listed loss is a required
# key's) and edition, and every field the same value. A key may be null in a
# rendering only where tests/variants.losses lists it for that rendering
# (rendering<TAB>key glob<TAB>why; the rendering as <rendering> or, for one
# file, <stem>.<rendering>); a different value is always a failure.
# Prints per file: values equal / lost (listed) / lost (unlisted) / wrong,
# and each wrong value first. --measure prints the table and always exits 0.
set -u
bin=$(realpath "$1")
dir=${2:-tests/data/variants}
measure=${3:-}
if [ "$dir" = "--measure" ]; then
  dir=tests/data/variants
  measure=--measure
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

variants=()
while IFS= read -r f; do variants+=("$f"); done < <(find "$dir" -type f -name '*.*.*' | LC_ALL=C sort)
if [ ${#variants[@]} -eq 0 ]; then
  echo "FAIL no variants in $dir"
  echo "0 passed, 1 failed"
  exit 1
fi
refs=()
for f in "${variants[@]}"; do
  stem=$(basename "$f")
  stem=${stem%%.*}
  # The reference is the sample's .docx; a sample that has none (the 2016
  # form) is compared with its .txt.
  if [ -f "samples/$stem.docx" ]; then refs+=("samples/$stem.docx"); else refs+=("samples/$stem.txt"); fi
done
"$bin" extract $(printf '%s\n' "${refs[@]}" | LC_ALL=C sort -u) -q -j 2 -f jsonl > "$work/ref.jsonl"
"$bin" extract "${variants[@]}" -q -j 2 -f jsonl > "$work/var.jsonl"

python3 - "$work/ref.jsonl" "$work/var.jsonl" tests/variants.losses "$measure" <<'EOF'
import fnmatch, json, os, re, sys
ref_path, var_path, losses_path, measure = sys.argv[1:5]

def norm(v):
    if isinstance(v, str):
        return re.sub(r"\s+", " ", v).strip()
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v

losses = []
if os.path.exists(losses_path):
    for line in open(losses_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            parts = line.rstrip("\n").split("\t")
            losses.append((parts[0], parts[1]))

refs = {}
for raw in open(ref_path, encoding="utf-8"):
    r = json.loads(raw)
    refs.setdefault(os.path.basename(r["source"]["file"]).split(".")[0], r)

failed = 0
rows = []
for raw in open(var_path, encoding="utf-8"):
    v = json.loads(raw)
    name = os.path.basename(v["source"]["file"])
    stem, rendering = name.split(".")[0], name.split(".")[1]
    ref = refs.get(stem)
    equal = listed = unlisted = 0
    wrong, lost = [], []
    problems = []
    if ref is None:
        problems.append("no reference record")
    else:
        if v.get("edition") != ref.get("edition"):
            problems.append(f"edition {v.get('edition')!r}, the .docx {ref.get('edition')!r}")
        for key, want in ref["fields"].items():
            got = v["fields"].get(key)
            if want is None:
                if got is not None:
                    wrong.append(f"{key}: {got!r} where the .docx has null")
                continue
            if got is None:
                if any(r in (rendering, f"{stem}.{rendering}") and fnmatch.fnmatch(key, g)
                       for r, g in losses):
                    listed += 1
                else:
                    unlisted += 1
                    lost.append(key)
            elif norm(got) == norm(want):
                equal += 1
            else:
                wrong.append(f"{key}: {got!r}, the .docx {want!r}")
        # The same status, but where a listed loss is a required key's: then
        # 'incomplete' where the .docx is 'complete'.
        if v.get("status") != ref.get("status") and not (
                listed and v.get("status") == "incomplete" and ref.get("status") == "complete"):
            problems.append(f"status {v.get('status')!r}, the .docx {ref.get('status')!r}")
    rows.append((name, equal, listed, unlisted, len(wrong)))
    ok = not problems and not wrong and not unlisted
    if not ok:
        failed += 1
    for p in problems:
        print(f"  {name}: {p}")
    for w in wrong:
        print(f"  {name}: WRONG {w}")
    if lost and measure != "--measure":
        print(f"  {name}: lost (unlisted): {', '.join(lost)}")
    print(("ok  " if ok else "FAIL") + f" {name}")

print("\n| rendering file | equal | lost (listed) | lost (unlisted) | wrong |")
print("| --- | ---: | ---: | ---: | ---: |")
for r in rows:
    print("| %s | %d | %d | %d | %d |" % r)
print(f"{len(rows) - failed} passed, {failed} failed")
sys.exit(0 if measure == "--measure" or failed == 0 else 1)
EOF
