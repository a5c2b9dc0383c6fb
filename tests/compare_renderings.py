#!/usr/bin/env python3
"""Compares the records of a report's renderings with the record of its .docx.

usage: compare_renderings.py REFERENCE.jsonl RENDERINGS.jsonl [--losses FILE]
                             [--table-only] [--as-written]

REFERENCE.jsonl holds the records of samples/<stem>.docx; RENDERINGS.jsonl the
records of files named <stem>.<rendering>.<ext> (scripts/make_renderings.py).
Each rendering must give one record equal to its reference key by key: the
same status and edition, and every field value equal (numbers within 0.005,
phones and postcodes by digits, lists as sets, free text by word tokens with
F1 >= 0.9: the rules of tests/compare_records.py). A key listed for that
rendering in the losses file may come out null; never a different value.

Losses file: TSV lines `rendering<TAB>key<TAB>why`; `#` starts a comment.
Both the rendering and the key may be globs (fnmatch); the rendering is
matched against `<rendering>` and against `<stem>.<rendering>`. `status`
and `edition` may be listed like keys (a status that follows from the
listed losses, e.g. `incomplete`). A rendering written with a leading `+`
lists the opposite: a key whose reference is null because its .docx cannot
decide it (an address the .docx writes broken at a hyphen) and which the
rendering's converter decided itself (`pdftotext -raw` joins a word broken
at a line-end hyphen, leaving no trace): its value there is printed as
REFERENCE-NULL and counted neither equal nor wrong; where the reference has
a value, the usual rules hold.

Prints every wrong value first, then every unlisted loss, then a table per
rendering: reference values (non-null keys of the .docx), equal, lost
(listed), lost (unlisted), wrong, precision (equal / values given) and recall
(equal / reference values). Exit 1 when anything is wrong, lost unlisted or
missing, unless --table-only (a measurement).

A rendering whose diacritics were stripped (MARKS_STRIPPED, made by
scripts/stripped_marks.py) may give a free text as its text writes it: a
value equal to the reference's with the marks stripped the rendering's way
is printed as AS-WRITTEN and counted wrong, or equal with --as-written (the
tests: the tool gives free text as written).
"""
import fnmatch
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_records import empty, equal  # noqa: E402  the project's value rules
import unicodedata  # noqa: E402

# rendering -> how its text lost its marks: each letter's marks dropped
# (iconv under C.UTF-8; handtyped-18, typed without å, ä, ö), each character
# outside ASCII a '?' (iconv under C), or å, ä, ö made a, a, o (sed).
MARKS_STRIPPED = {"pdftotext-layout-ascii": "base", "pdftotext-layout-ascii-c": "?",
                  "pdftotext-layout-aao": "aao", "handtyped-18": "base"}


def stripped(value, how):
    """`value` (text or a list of texts) with its marks stripped `how`."""
    if isinstance(value, list):
        return [stripped(v, how) for v in value]
    if not isinstance(value, str):
        return value
    if how == "aao":
        return value.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    if how == "?":
        return "".join(c if ord(c) < 128 else "?" for c in value)
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load(path):
    by_file = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.strip()
            if raw:
                rec = json.loads(raw)
                by_file.setdefault(os.path.basename(rec["source"]["file"]), []).append(rec)
    return by_file


def load_losses(path):
    losses = []
    if not path:
        return losses
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3 or not parts[2].strip():
                raise SystemExit(f"{path}:{n}: want rendering<TAB>key<TAB>why")
            losses.append((parts[0], parts[1]))
    return losses


def listed(losses, stem, rendering, key, decided=False):
    """Whether `key` of `rendering` is listed as a loss (or, with `decided`, as
    a value where the reference is null: a `+` line)."""
    for r, k in losses:
        if r.startswith("+") != decided:
            continue
        r = r[1:] if decided else r
        if (fnmatch.fnmatchcase(rendering, r) or fnmatch.fnmatchcase(f"{stem}.{rendering}", r)) \
                and fnmatch.fnmatchcase(key, k):
            return True
    return False


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    table_only = "--table-only" in argv
    as_written_equal = "--as-written" in argv
    losses_path = None
    if "--losses" in argv:
        i = argv.index("--losses")
        losses_path = argv[i + 1]
        args = [a for a in args if a != losses_path]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    refs, rends = load(args[0]), load(args[1])
    losses = load_losses(losses_path)
    ref_by_stem = {}
    for name, recs in refs.items():
        if name.endswith(".docx"):
            ref_by_stem[name[:-5]] = recs
    wrong, unlisted, problems, as_written, reference_null = [], [], [], [], []
    table = {}
    for name in sorted(rends):
        parts = name.split(".")
        if len(parts) < 3:
            problems.append(f"{name}: not named <stem>.<rendering>.<ext>")
            continue
        stem, rendering = parts[0], parts[1]
        row = table.setdefault(rendering, {"files": 0, "ref": 0, "equal": 0, "listed": 0,
                                           "unlisted": 0, "wrong": 0, "given": 0})
        row["files"] += 1
        if stem not in ref_by_stem:
            problems.append(f"{name}: no reference record for {stem}.docx")
            continue
        want, got = ref_by_stem[stem][0], rends[name]
        if len(got) != 1:
            problems.append(f"{name}: {len(got)} records, want 1")
        got = got[0]
        for meta in ("status", "edition"):
            if want.get(meta) != got.get(meta):
                if listed(losses, stem, rendering, meta) and (meta == "status" or got.get(meta) is None):
                    continue
                (wrong if meta == "edition" and got.get(meta) else problems).append(
                    f"{name}: {meta} {got.get(meta)!r}, want {want.get(meta)!r}")
        wf, gf = want.get("fields") or {}, got.get("fields") or {}
        for key in sorted(set(wf) | set(gf)):
            w, g = wf.get(key), gf.get(key)
            if not empty(w):
                row["ref"] += 1
            if not empty(g):
                row["given"] += 1
            if empty(w) and empty(g):
                continue
            if not empty(w) and not empty(g) and equal(key, w, g):
                row["equal"] += 1
            elif empty(g):
                if listed(losses, stem, rendering, key):
                    row["listed"] += 1
                else:
                    row["unlisted"] += 1
                    unlisted.append(f"{name}: {key} lost (want {w!r})")
            elif empty(w) and listed(losses, stem, rendering, key, decided=True):
                reference_null.append(f"{name}: {key} = {g!r} (the reference undecided)")
            elif rendering in MARKS_STRIPPED and not empty(w) and \
                    equal(key, stripped(w, MARKS_STRIPPED[rendering]), g):
                row["equal" if as_written_equal else "wrong"] += 1
                as_written.append(f"{name}: {key} = {g!r}, want {w!r}")
            else:
                row["wrong"] += 1
                wrong.append(f"{name}: {key} = {g!r}, want {w!r}")
    for line in wrong:
        print("WRONG", line)
    for line in as_written:
        print("AS-WRITTEN", line)
    for line in reference_null:
        print("REFERENCE-NULL", line)
    for line in problems:
        print("FAIL", line)
    for line in unlisted:
        print("LOST", line)
    print()
    print("| rendering | files | reference values | equal | lost (listed) | lost (unlisted) | wrong "
          "| precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = {"files": 0, "ref": 0, "equal": 0, "listed": 0, "unlisted": 0, "wrong": 0, "given": 0}
    for rendering in sorted(table):
        row = table[rendering]
        for k in total:
            total[k] += row[k]
    for rendering, row in sorted(table.items()) + [("all", total)]:
        given = row["equal"] + row["wrong"]
        p = row["equal"] / given if given else 1.0
        r = row["equal"] / row["ref"] if row["ref"] else 1.0
        print(f"| {rendering} | {row['files']} | {row['ref']} | {row['equal']} | {row['listed']} "
              f"| {row['unlisted']} | {row['wrong']} | {p:.3f} | {r:.3f} |")
    bad = len(wrong) + len(unlisted) + len(problems) + (0 if as_written_equal else len(as_written))
    print(f"\n{len(rends) - 0} renderings compared: {len(wrong)} wrong, {len(unlisted)} lost unlisted, "
          f"{len(problems)} other failures")
    if as_written:
        print(f"{len(as_written)} values as their text writes them, marks stripped "
              f"({'counted equal' if as_written_equal else 'counted wrong'})")
    return 1 if bad and not table_only else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
