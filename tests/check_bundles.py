#!/usr/bin/env python3
"""Checks bundles of reports against the reports read alone.

usage: tests/check_bundles.py path/to/redovis BUNDLE_DIR   (from the repository root)

BUNDLE_DIR holds bundles and bundles.tsv (scripts/make_bundles.py). For each
bundle: one record per report, in order; each with the edition, status and
every field of the record of its sample read alone; its range where the
sample's record lies inside the bundle (PDF: the same pages, shifted; text:
the same first line, shifted, and a last line before the next record). Prints
one line per bundle and a total; exits 1 on any difference.
"""
import collections
import json
import os
import subprocess
import sys

binary, folder = sys.argv[1], sys.argv[2]


def extract(path):
    out = subprocess.run([binary, "extract", path, "-q", "--timeout", "0", "-j", "1"],
                         capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


bundles = collections.OrderedDict()
with open(os.path.join(folder, "bundles.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        name, pos, source, unit, offset = line.rstrip("\n").split("\t")
        bundles.setdefault(name, []).append((source, unit, int(offset)))

alone = {}
failed = reports = 0
for name, parts in bundles.items():
    for source, _, _ in parts:
        if source not in alone:
            alone[source] = extract(source)
    expected = [(source, unit, offset, rec) for source, unit, offset in parts for rec in alone[source]]
    got = extract(os.path.join(folder, name))
    problems = []
    if len(got) != len(expected):
        problems.append(f"{len(got)} records, want {len(expected)}: "
                        + " ".join(r.get("edition") or r["status"] for r in got))
    else:
        for k, ((source, unit, offset, want), rec) in enumerate(zip(expected, got)):
            where = f"#{k + 1} ({source})"
            for key in ("edition", "status"):
                if rec.get(key) != want.get(key):
                    problems.append(f"{where}: {key} {rec.get(key)} want {want.get(key)}")
            for key, value in want["fields"].items():
                if rec["fields"].get(key) != value:
                    problems.append(f"{where}: {key} = {json.dumps(rec['fields'].get(key), ensure_ascii=False)[:80]}"
                                    f" want {json.dumps(value, ensure_ascii=False)[:80]}")
            if unit == "page":
                want_pages = [p + offset for p in want["source"]["pages"]]
                if rec["source"].get("pages") != want_pages:
                    problems.append(f"{where}: pages {rec['source'].get('pages')} want {want_pages}")
            else:
                first, last = rec["source"]["lines"]
                if first != want["source"]["lines"][0] + offset:
                    problems.append(f"{where}: first line {first} want {want['source']['lines'][0] + offset}")
                if last < want["source"]["lines"][1] + offset:
                    problems.append(f"{where}: last line {last} ends before its report")
                if k + 1 < len(got) and last >= got[k + 1]["source"]["lines"][0]:
                    problems.append(f"{where}: last line {last} runs into the next record")
    reports += len(expected)
    if problems:
        failed += 1
        print(f"FAIL {name}: {len(problems)} differences")
        for p in problems[:12]:
            print("     " + p)
    else:
        print(f"ok   {name}: {len(expected)} reports, each as read alone")
print(f"{len(bundles) - failed} passed, {failed} failed ({reports} reports)")
sys.exit(1 if failed else 0)
