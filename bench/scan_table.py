#!/usr/bin/env python3
"""The scan variants' accuracy by kind of value: numbers, check marks and
text, each as equal / lost / wrong with precision and recall, per variant,
per sample and over all variants; numbers and marks together per file
(sample and variant); and the status per file. Before the tables, every
wrong value (`WRONG <kind> <file>: <key> = <got>, want <expected>`) and,
with --lost, every lost one (`LOST <kind> <file>: <key> (want <expected>)`)
followed by the findings that cover it (`[code, ...]`: a finding of the
scan's record that names the key, or its section, the key's part before its
first point, or `[NO FINDING]`), and the count of lost values that no
finding covers: the tool's failure is never the municipality's omission, so
a value the scan lost must carry a finding that says so.

usage: scan_table.py REFERENCE.jsonl SCANS.jsonl [--lost]

REFERENCE.jsonl holds the records of samples/<stem>.docx, SCANS.jsonl those
of <stem>.<variant>.pdf (scripts/make_scan_variants.py). Values are
compared by tests/compare_records.py's rules. A number is a reference value
that is an int or float, a mark one that is true or false. A measurement:
always exits 0 once both files are read.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from compare_records import empty, equal  # noqa: E402


def kind(v):
    if isinstance(v, bool):
        return "marks"
    if isinstance(v, (int, float)):
        return "numbers"
    return "text"


def covering(record, key):
    """The codes of the findings of `record` that name `key` or its section."""
    section = key.split(".")[0]
    codes = []
    for f in record.get("findings") or []:
        named = f.get("keys") or []
        if key in named or section in named or section + ".*" in named:
            if f["code"] not in codes:
                codes.append(f["code"])
    return codes


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.setdefault(os.path.basename(r["source"]["file"]), []).append(r)
    return out


def main(argv):
    show_lost = "--lost" in argv
    argv = [a for a in argv if a != "--lost"]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    refs, scans = load(argv[0]), load(argv[1])
    wrong, lost, uncovered = [], [], 0
    ref = {n[:-5]: r[0] for n, r in refs.items() if n.endswith(".docx")}
    kinds = ("numbers", "marks", "text")
    rows = {}
    samples = {}
    files = {}
    statuses = []
    for name in sorted(scans):
        stem, variant = name.split(".")[0], name.split(".")[1]
        if stem not in ref:
            continue
        want, got = ref[stem], scans[name][0]
        statuses.append((name, got.get("status"), want.get("status"), len(scans[name])))
        # ref, equal, lost, wrong
        counts = [rows.setdefault(variant, {k: [0, 0, 0, 0] for k in kinds}),
                  samples.setdefault(stem, {k: [0, 0, 0, 0] for k in kinds}),
                  files.setdefault((stem, variant), {k: [0, 0, 0, 0] for k in kinds})]
        wf, gf = want.get("fields") or {}, got.get("fields") or {}
        for key in sorted(set(wf) | set(gf)):
            w, g = wf.get(key), gf.get(key)
            if empty(w) and empty(g):
                continue
            k = kind(w if not empty(w) else g)
            for row in counts:
                c = row[k]
                if not empty(w):
                    c[0] += 1
                if not empty(w) and not empty(g) and equal(key, w, g):
                    c[1] += 1
                elif empty(g):
                    c[2] += 1
                else:
                    c[3] += 1
            if not empty(w) and empty(g):
                codes = covering(got, key)
                uncovered += not codes
                cover = ", ".join(codes) if codes else "NO FINDING"
                lost.append(f"LOST {k} {name}: {key} (want {w!r}) [{cover}]")
            elif not empty(g) and (empty(w) or not equal(key, w, g)):
                wrong.append(f"WRONG {k} {name}: {key} = {g!r}, want {w!r}")
    for line in wrong + (lost if show_lost else []):
        print(line)
    if show_lost:
        print(f"lost values with no finding: {uncovered} of {len(lost)}")
    if wrong or (show_lost and lost):
        print()
    total = {k: [0, 0, 0, 0] for k in kinds}
    for row in rows.values():
        for k in kinds:
            total[k] = [a + b for a, b in zip(total[k], row[k])]

    def cell(c):
        given = c[1] + c[3]
        p = c[1] / given if given else 1.0
        r = c[1] / c[0] if c[0] else 1.0
        return f"{c[1]}/{c[2]}/{c[3]} P{p:.3f} R{r:.3f}"

    print("| variant | numbers equal/lost/wrong | marks equal/lost/wrong | text equal/lost/wrong |")
    print("| --- | --- | --- | --- |")
    for variant, row in sorted(rows.items()) + [("all", total)]:
        print(f"| {variant} | " + " | ".join(cell(row[k]) for k in kinds) + " |")
    print("\n| sample | numbers equal/lost/wrong | marks equal/lost/wrong | text equal/lost/wrong |")
    print("| --- | --- | --- | --- |")
    for stem, row in sorted(samples.items()):
        print(f"| {stem} | " + " | ".join(cell(row[k]) for k in kinds) + " |")

    def marks_and_numbers(row):
        return [a + b for a, b in zip(row["numbers"], row["marks"])]

    status = {(n.split(".")[0], n.split(".")[1]): (g, w) for n, g, w, _ in statuses}
    print("\n| sample | variant | numbers and marks equal/lost/wrong | status (want) |")
    print("| --- | --- | --- | --- |")
    for (stem, variant), row in sorted(files.items()):
        got, want = status[(stem, variant)]
        mark = "" if got == want else " WRONG"
        print(f"| {stem} | {variant} | {cell(marks_and_numbers(row))} | {got} ({want}){mark} |")
    print(f"\nnumbers and marks over all variants: {cell(marks_and_numbers(total))}")
    bad = [s for s in statuses if s[1] != s[2] or s[3] != 1]
    print(f"status right in {len(statuses) - len(bad)} of {len(statuses)} files")
    for name, got, want, n in bad:
        print(f"  {name}: status {got}, want {want}" + (f" ({n} records)" if n != 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
