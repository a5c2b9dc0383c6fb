#!/usr/bin/env python3
"""Compares redovis output with expected records, strictly.

usage: compare_records.py EXPECTED_DIR OUT.jsonl [FILE_NAME ...]

EXPECTED_DIR holds <file name>.json per sample file (e.g. 000_x.txt.json): a JSON
array of expected records ({"status", "edition", "fields"}). Every record of OUT
whose source.file's name has an expected file is compared, in order: status and
edition must be equal, and every expected key must match ("__any__" is not
checked); a key expected null must come out null. Numbers match within 0.005,
phones and postcodes by digits, lists as sets, text by word tokens (F1 >= 0.9,
as ../shared/tools/score does). Names given after OUT must all have records.
Prints one line per mismatch and exits 1 if there is any.
"""
import json, os, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).replace("\u00ad", "")
    return s.casefold()

def tokens(s):
    return re.findall(r"\w+", norm(s))

def f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    pool = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in ta:
        if pool.get(t, 0) > 0:
            common += 1
            pool[t] -= 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)

def empty(v):
    return v is None or v == "" or v == []

def equal(key, want, got):
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and abs(got - want) < 0.005
    if isinstance(want, list):
        return isinstance(got, list) and sorted(norm(x).strip() for x in want) == sorted(norm(x).strip() for x in got)
    if key.endswith("phone") or key.endswith("postcode"):
        return re.sub(r"\D", "", str(want)) == re.sub(r"\D", "", str(got))
    if key.endswith(".date") or key.endswith("_code"):
        return str(want) == str(got)
    return f1(str(got), str(want)) >= 0.9

def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    expected_dir, out_path, required = argv[0], argv[1], argv[2:]
    by_name = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                by_name.setdefault(os.path.basename(r["source"]["file"]), []).append(r)
    problems = 0
    for name in required:
        if name not in by_name:
            print(f"{name}: no record in the output")
            problems += 1
    for name, records in sorted(by_name.items()):
        path = os.path.join(expected_dir, name + ".json")
        if not os.path.exists(path):
            continue
        expected = json.load(open(path, encoding="utf-8"))
        if len(records) != len(expected):
            print(f"{name}: {len(records)} records, expected {len(expected)}")
            problems += 1
        for i, (want, got) in enumerate(zip(expected, records)):
            for k in ("status", "edition"):
                if want.get(k) != got.get(k):
                    print(f"{name}[{i}] {k}: expected {want.get(k)!r} got {got.get(k)!r}")
                    problems += 1
            fields = got.get("fields") or {}
            for key, wv in want.get("fields", {}).items():
                if wv == "__any__":
                    continue
                gv = fields.get(key)
                ok = empty(gv) if empty(wv) else (not empty(gv) and equal(key, wv, gv))
                if not ok:
                    print(f"{name}[{i}] {key}: expected {json.dumps(wv, ensure_ascii=False)[:80]} got {json.dumps(gv, ensure_ascii=False)[:80]}")
                    problems += 1
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
