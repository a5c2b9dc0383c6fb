#!/usr/bin/env python3
"""Builds bundles of reports from samples/, reproducibly, for the bundle check.

usage: scripts/make_bundles.py OUTDIR [--seed N] [--reports N] [--small]

Writes into OUTDIR:
  text-NN.txt   the text samples concatenated: one bundle per order of the four
                editions (2016, 2020, 2021, 2023: 24 orders), each edition's
                report chosen at random, a blank 2023 form and a cover letter
                put in at random places;
  pdf-NN.pdf    the sample PDFs joined with pdfunite (poppler-utils) in random
                orders, one of them long (--reports, default 88);
  bundles.tsv   per bundle, per report in it: bundle, position, the sample it
                came from, and the page (PDF) or line (text) offset of that
                sample inside the bundle.
With --small, one text bundle and one PDF bundle of a few reports (the slice
committed under tests/data/bundles/). The same seed gives the same files.
tests/check_bundles.py compares each bundle's records with the samples' own.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")

# Text samples by edition; 002 is the blank 2023 form, 001 has a cover letter.
TEXT = {
    "2016": ["004_d72b1a593931a5dc.txt", "nacka_2016_form.txt"],
    "2020": ["000_2b37c49d4415161a.txt", "003_9905a62abaf84389.txt"],
    "2021": ["001_6c9c6f8633700f23.txt"],
    "2023": ["2023_filled.txt"],
}
BLANK = "002_b542900f2722aa90.txt"
PDF = [
    "000_2b37c49d4415161a.pdf", "000_2b37c49d4415161a.printed.pdf",
    "001_6c9c6f8633700f23.pdf", "002_b542900f2722aa90.pdf",
    "003_9905a62abaf84389.pdf", "003_9905a62abaf84389.printed.pdf",
    "2023_filled.pdf",
]
# A committee's cover letter: not a report, never part of one's values.
LETTER = "cover_letter.txt"
LETTER_TEXT = """Till Länsstyrelsen

Härmed översänds årets redovisningar av verksamheten med personligt ombud
för de kommuner som ingår i samverkan. Redovisningarna har behandlats av
respektive nämnd.

Med vänliga hälsningar
Kommunledningskontoret
"""


def text_part(name):
    if name == LETTER:
        text = LETTER_TEXT
    else:
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
            text = f.read()
    return text.rstrip("\n") + "\n\n"


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise SystemExit(f"{path}: no page count")


def write_text(outdir, name, parts, rows):
    text, line = "", 0
    for pos, part in enumerate(parts):
        body = text_part(part)
        if part != LETTER:
            rows.append((name, pos, "samples/" + part, "line", line))
        text += body
        line += body.count("\n")
    with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
        f.write(text)


def write_pdf(outdir, name, parts, rows):
    page = 0
    for pos, part in enumerate(parts):
        rows.append((name, pos, "samples/" + part, "page", page))
        page += pdf_pages(os.path.join(SAMPLES, part))
    subprocess.run(["pdfunite"] + [os.path.join(SAMPLES, p) for p in parts] +
                   [os.path.join(outdir, name)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--reports", type=int, default=88)
    ap.add_argument("--small", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    rows = []
    if a.small:
        write_text(a.outdir, "text-00.txt",
                   ["003_9905a62abaf84389.txt", "2023_filled.txt", LETTER,
                    "001_6c9c6f8633700f23.txt", BLANK, "004_d72b1a593931a5dc.txt"], rows)
        if shutil.which("pdfunite"):
            write_pdf(a.outdir, "pdf-00.pdf",
                      ["003_9905a62abaf84389.pdf", "2023_filled.pdf", "002_b542900f2722aa90.pdf"],
                      rows)
    else:
        import itertools
        for n, order in enumerate(itertools.permutations(sorted(TEXT))):
            parts = [rng.choice(TEXT[edition]) for edition in order]
            parts.insert(rng.randrange(len(parts) + 1), BLANK)
            parts.insert(rng.randrange(len(parts) + 1), LETTER)
            write_text(a.outdir, f"text-{n:02d}.txt", parts, rows)
        if shutil.which("pdfunite"):
            sizes = [len(PDF), len(PDF) * 2, a.reports]
            for n, size in enumerate(sizes):
                parts = [rng.choice(PDF) for _ in range(size)]
                write_pdf(a.outdir, f"pdf-{n:02d}.pdf", parts, rows)
        else:
            print("make_bundles: pdfunite (poppler-utils) missing: no PDF bundles", file=sys.stderr)
    with open(os.path.join(a.outdir, "bundles.tsv"), "w", encoding="utf-8") as f:
        f.write("bundle\tposition\tsource\tunit\toffset\n")
        for row in rows:
            f.write("\t".join(str(c) for c in row) + "\n")
    print(f"make_bundles: {len({r[0] for r in rows})} bundles, {len(rows)} reports in {a.outdir}")


if __name__ == "__main__":
    main()
