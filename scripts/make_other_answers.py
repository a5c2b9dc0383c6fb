#!/usr/bin/env python3
"""Writes the seed reports again with other answers: the same forms filled in
by another municipality, for measuring the reader on content nobody in the
project has seen (the variants and renderings of bench/never_seen.sh all hold
the five seeds' own answers). Reproducible: one seed a folder.

usage: make_other_answers.py OUT_DIR [--seeds DIR] [--seed N]

OUT_DIR gets the seed folder's files, in the same names, that the other
generators read with --seeds OUT_DIR (make_office_samples.py,
make_variant_samples.py, make_retyped_samples.py):

  000, 001, 003   (the 2020/2021 forms) with every count of the client,
                  ombud and contact-reason tables drawn again (a client
                  group's total the sum of its age groups; a few cells left
                  blank), each Ja/Nej/Delvis mark moved to a column drawn at
                  random (a few left out: a question unanswered), the
                  corona options drawn again, the grant's kronor and the
                  FTE figures drawn again in the seed's own format, the
                  municipality another of the same county (its name, its
                  upper-case form and its e-mail domain) and each person
                  another name (and e-mail address)
  002, 004        copied (the blank 2023 form; the 2016 form)
  answers_2023.json
                  the filled 2023 form's answers (office_samples.py's
                  ANSWERS_2023) drawn again the same way

The reference of each report is the record redovis makes of the .docx built
from it (bench/other_answers.sh), as for the variants: a count the generator
wrote is the value expected wherever the report is rendered.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import office_samples as mo  # noqa: E402

SPEC = os.path.normpath(os.path.join(mo.ROOT, "..", "shared", "spec"))
EN5 = mo.EN5

# Each seed's municipality and the names of its people, as the seed writes them.
IDENTITY = {
    "000": ("Timrå", ["Inga-Lill Nilsson"]),
    "001": ("Västerås", ["Susanne Aspling Björkstén"]),
    "003": ("Tyresö", ["Anna-Lena Engstedt"]),
    "2023": ("Lindesberg", ["Maria Holm"]),
}
FIRST = ["Anna", "Eva", "Karin", "Åsa", "Märta", "Per", "Lars", "Jörgen", "Ulla-Britt", "Mohammed",
         "Sofia", "Björn", "Elin", "Göran", "Linnéa", "Ali", "Kerstin", "Tove", "Håkan", "Maja"]
LAST = ["Andersson", "Öberg", "Lindqvist", "Nyström", "Åkesson", "Berg", "Holmström", "Ekström",
        "Karlsson Wik", "Hägglund", "Sjöberg", "Al-Hassan", "Lundén", "Bäckman", "Strand"]
ORGS = ["RSMH", "Attention", "IFS", "Hjärnkoll", "Schizofreniförbundet", "NSPH"]
STREETS = ["Storgatan", "Kyrkvägen", "Järnvägsgatan", "Östra Långgatan", "Rådhustorget", "Skolgatan"]
TEXTS = [
    "Fler klienter söker stöd kring ekonomi och skulder än tidigare år.",
    "Vi ser fler unga vuxna, ofta med neuropsykiatriska diagnoser, som tar kontakt.",
    "Handläggningstiderna hos Försäkringskassan har blivit längre och klienterna behöver mer stöd i kontakten.",
    "Ingen märkbar förändring.",
    "Ombuden har deltagit i nätverksträffar i länet och i en utbildning om samtalsmetodik.",
    "Verksamheten har fungerat väl under året trots en vakant tjänst under hösten.",
]
MARK_WORDS = ("ja", "nej", "delvis")


def fold(s):
    return (s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
            .replace(" ", ""))


def municipalities():
    rows = []
    with open(os.path.join(SPEC, "municipalities.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name, county_code, _ = line.rstrip("\n").split("\t")
            rows.append((name, county_code))
    return rows


def other_municipality(old, rng, text=""):
    rows = municipalities()
    county = next(c for n, c in rows if n == old)
    # A single word, as the seeds' are, that the report does not already name
    # (the county board's town, a municipality the report covers).
    names = [n for n, c in rows if c == county and n != old and " " not in n and n not in text]
    if not names:  # the report covers its whole county (001): one it covers
        names = [n for n, c in rows if c == county and n != old and " " not in n]
    return rng.choice(names), [n for n, c in rows if c == county]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def renamed(text, key, rng):
    """The municipality and the people of TEXT replaced by others."""
    old_town, old_people = IDENTITY[key]
    town, _ = other_municipality(old_town, rng, text)
    # A town the report covers becomes the one it names no longer (001
    # covers every other municipality of its county): the two swap places.
    text = re.sub(rf"\b{town}\b", "\0", text)
    text = re.sub(rf"\b{old_town}\b", town, text)
    text = text.replace("\0", old_town)
    text = re.sub(rf"\b{old_town.upper()}\b", town.upper(), text)
    text = text.replace("@" + fold(old_town), "@" + fold(town))
    for old in old_people:
        new = person(rng)
        text = text.replace(old, new)
        text = text.replace(fold(old.replace(" ", ".")), fold(new.replace(" ", ".")))
    return text


def count(rng, scale):
    return str(rng.randint(0, scale))


def digits_again(s, rng):
    """S with each digit drawn again, its first non-zero; its format kept."""
    out, first = [], True
    for ch in s:
        if ch.isdigit():
            out.append(str(rng.randint(1, 9)) if first else str(rng.randint(0, 9)))
            first = False
        else:
            out.append(ch)
    return "".join(out)


def is_count(cell):
    return cell.strip() == "" or re.fullmatch(r"\d{1,4}", cell.strip()) is not None


def header_kind(cells):
    named = [c.strip().lower() for c in cells[1:] if c.strip()]
    if named and all(c.startswith(("kvinnor", "män", "antal kvinnor", "antal män")) for c in named):
        return "counts"
    if cells[0].strip() == "" and any(c.startswith(MARK_WORDS) for c in named):
        return "marks"
    return None


def table_answers(text, rng):
    """The counts, marks and corona options of a 2020/2021 seed drawn again."""
    lines = text.split("\n")
    scale = rng.choice([8, 25, 60, 150])
    kind, cols, i = None, [], 0
    in_corona = False
    out = list(lines)
    while i < len(lines):
        line = lines[i]
        if re.match(r"^\d+\.\s+Coronapandemin", line):
            in_corona = True
        elif re.match(r"^\d+\.\s+\S", line):
            in_corona = False
        if "\t" not in line:
            if line.strip():
                kind = None
            if re.search(r"decimaler\S*:\s*\d+,\d+", line):
                out[i] = re.sub(r"(decimaler\S*:\s*)(\d+,\d+)",
                                lambda m: m.group(1) + digits_again(m.group(2), rng), line)
            i += 1
            continue
        cells = line.split("\t")
        if in_corona and len(cells) == 2 and cells[0].strip() in ("", "x", "X"):
            group = [i]
            while group[-1] + 1 < len(lines) and re.fullmatch(r"[xX]?\t.+", lines[group[-1] + 1]):
                group.append(group[-1] + 1)
            labels = [lines[g].split("\t")[1].strip().lower() for g in group]
            single = all(lab in ("ja", "nej", "delvis", "kan inte bedöma") for lab in labels)
            marks = [False] * len(group)
            if single:
                marks[rng.randrange(len(group))] = True
            else:
                marks = [rng.random() < 0.35 for _ in group]
            for g, m in zip(group, marks):
                out[g] = ("x" if m else "") + "\t" + lines[g].split("\t", 1)[1]
            i = group[-1] + 1
            continue
        k = header_kind(cells)
        if k:
            kind = k
            cols = [j for j, c in enumerate(cells) if j > 0 and c.strip().lower().startswith(
                MARK_WORDS)] if k == "marks" else [1, 2]
            i += 1
            continue
        if re.fullmatch(r"\d[\d ]*(:-| kr)?", cells[0].strip()) and len(cells) == 2:
            # The grant's row: kronor, then FTE.
            out[i] = digits_again(cells[0], rng) + "\t" + digits_again(cells[1], rng)
        elif kind == "counts" and len(cells) >= 3 and all(is_count(c) for c in cells[1:3]):
            if not cells[0].startswith("därav"):
                # A client group's head: its total the sum of the age groups below.
                ages = []
                j = i + 1
                while j < len(lines) and lines[j].startswith("därav") and "\t" in lines[j]:
                    ages.append(j)
                    j += 1
                if ages:
                    sums = [0, 0]
                    for a in ages:
                        acells = lines[a].split("\t")
                        for c in (1, 2):
                            if rng.random() < 0.12:
                                acells[c] = ""
                            else:
                                v = rng.randint(0, scale)
                                sums[c - 1] += v
                                acells[c] = str(v)
                        out[a] = "\t".join(acells)
                    cells[1], cells[2] = str(sums[0]), str(sums[1])
                    out[i] = "\t".join(cells)
                    i = j
                    continue
                if cells[0].startswith("Om "):  # a text's row ("Om annan orsak, ange vilken.")
                    i += 1
                    continue
                small = 6 if "ombud" in cells[0] else scale  # the ombud: a few people
                for c in (1, 2):
                    cells[c] = "" if rng.random() < 0.15 else count(rng, small)
                out[i] = "\t".join(cells)
        elif kind == "marks" and cols:
            marked = [j for j in cols if j < len(cells) and cells[j].strip() in mo.MARKS]
            if marked:
                mark = cells[marked[0]].strip()
                for j in marked:
                    cells[j] = ""
                if rng.random() >= 0.05:
                    cells[rng.choice([j for j in cols if j < len(cells)])] = mark
                out[i] = "\t".join(cells)
        i += 1
    return "\n".join(out)


def answers_2023(rng):
    a = list(mo.ANSWERS_2023)
    town, county = other_municipality("Lindesberg", rng)
    name = person(rng)
    local = fold(name.replace(" ", "."))
    scale = rng.choice([8, 25, 60])
    a[0] = a[3] = town
    a[1] = f"{rng.choice(STREETS)} {rng.randint(1, 40)}"
    a[2] = f"7{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(10, 99)}"
    a[4] = a[130] = name
    a[7] = a[133] = f"0{rng.randint(100, 999)}-{rng.randint(100, 999)} {rng.randint(10, 99)}"
    a[8] = f"socialtjansten@{fold(town)}.se"
    a[134] = f"{local}@{fold(town)}.se"
    a[132] = f"Socialförvaltningen {town}"
    others = [n for n in county if n not in (town, "Lindesberg")]
    a[9] = ", ".join(rng.sample(others, rng.randint(1, 3))) if rng.random() < 0.7 else EN5
    a[10] = f"{rng.randint(1, 6)},{rng.choice(['00', '50', '25', '75'])}"
    a[11], a[12] = str(rng.randint(0, 5)), str(rng.randint(0, 5))
    for start in (21, 31, 41):  # clients: a group's total, then four age groups
        sums = [0, 0]
        for k in range(4):
            for s in (0, 1):
                at = start + 2 + 2 * k + s
                if rng.random() < 0.1:
                    a[at] = EN5
                else:
                    v = rng.randint(0, scale)
                    sums[s] += v
                    a[at] = str(v)
        a[start], a[start + 1] = str(sums[0]), str(sums[1])
    for at in list(range(51, 53)) + list(range(53, 73)):
        a[at] = EN5 if rng.random() < 0.15 else count(rng, scale)
    a[76], a[77] = str(rng.randint(0, 4)), str(rng.randint(1, 4))
    a[78] = str(rng.choice([7, 14, 30, 45, 60, 90]))
    pairs = [(13, 14), (17, 18), (80, 81)] + [(84 + 2 * k, 85 + 2 * k) for k in range(5)] + \
        [(95 + 2 * k, 96 + 2 * k) for k in range(5)] + [(119, 120)]
    for x, y in pairs:
        if rng.random() < 0.4:
            a[x], a[y] = a[y], a[x]
    for start in (105, 108, 111, 114):  # organisations: Ja, Nej, which
        if rng.random() < 0.4:
            yes = a[start] != "X"
            a[start], a[start + 1] = ("X", EN5) if yes else (EN5, "X")
            a[start + 2] = rng.choice(ORGS) if yes else EN5
    for at in (74, 75, 79, 118, 121, 122, 128):
        a[at] = rng.choice(TEXTS)
    awarded = rng.randint(300, 5000) * 1000 + rng.choice([0, 500, 900])
    used = awarded if rng.random() < 0.6 else awarded - rng.randint(1, 200) * 1000
    a[123], a[125] = f"{awarded:,}".replace(",", " "), f"{used:,}".replace(",", " ")
    a[124] = a[10]
    a[126] = a[10] if used == awarded else f"{max(1, int(a[10][0]) - 1)},{a[10][2:]}"
    a[129] = f"2024-01-{rng.randint(2, 28):02d}"
    return a


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seeds", default=mo.SEEDS)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name in sorted(os.listdir(args.seeds)):
        if not name.endswith(".txt"):
            continue
        src = os.path.join(args.seeds, name)
        dst = os.path.join(args.out, name)
        key = name[:3]
        if key in IDENTITY:
            rng = random.Random(f"other-answers/{args.seed}/{key}")
            with open(dst, "w", encoding="utf-8") as f:
                f.write(table_answers(renamed(mo.read_seed(src), key, rng), rng))
        else:
            shutil.copyfile(src, dst)
        print(dst)
    rng = random.Random(f"other-answers/{args.seed}/2023")
    dst = os.path.join(args.out, "answers_2023.json")
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(answers_2023(rng), f, ensure_ascii=False, indent=0)
    print(dst)


if __name__ == "__main__":
    main()
