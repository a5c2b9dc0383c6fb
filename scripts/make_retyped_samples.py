#!/usr/bin/env python3
"""Writes each filled sample report again the way different people retype a
form without its tables: a second, independent generator of retyped reports
(the first is make_variant_samples.py's `retyped`), for measuring the reader
on reports nobody in the project wrote by hand. Reproducible: a fixed seed
per file.

usage: make_retyped_samples.py OUT_DIR [--seeds DIR] [--count N]

For each filled sample with a .docx (000, 001, 003: the 2020/2021 forms;
the filled 2023 form) it writes N files (default 8),
<stem>.retyped-2-<k>.txt, k = 1..N. The content is the sample's own (the
seed text that its .docx is built from, office_samples.py), so the reference
of every file is the record of samples/<stem>.docx. Each file draws its own
habits, independently:

  labels     as the form words them, or with a word changed or left out
             ("Totala antalet klienter", "Nya klienter"), a year added,
             numbered like "2.1", in upper case, with or without a colon
  answers    on the label's line (after ": ", " - ", a tab, in
             parentheses) or on the next line
  choices    Ja/Nej/Delvis as words, "Ja, vi har ...", "[x] Ja [ ] Nej",
             "☒ Ja ☐ Nej", "Ja: X"
  counts     "Kvinnor: 12, Män: 7", "12 kvinnor och 7 män", "kvinnor 12
             män 7", or a small table aligned with spaces; numbers of
             1,000 and more grouped with a space ("1 234")
  dates      2022-01-14, 14/1 2022, 14 januari 2022
  sections   in the form's order; headings as the form has them, in upper
             case or "Del 2 - Klienter"; questions left blank are left out
  contact    the block where the form has it, or as a signature at the end
  options    chosen options of a "flera alternativ" question and the
             chosen providers as a bullet list (-, *, •, 1.)
  names      the municipality as the form has it, as "Timrå kommun" /
             "Västerås stad", in lower or upper case

What a style cannot carry is a value the file does not hold, so its loss
is the file's, not the reader's; bench/never_seen.sh counts it lost like
any other. (A row left out of a bullet list of chosen providers is read Nej
where the next question ends the list, match/listed_options.h; a list left
empty, its question followed at once by the next, says nothing.)
"""
import argparse
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import office_samples as mo  # noqa: E402

STEMS = ["000", "001", "003"]
MARK_TEXTS = {"x", "xx", "1", "☒", "X", "XX"}
COUNT_COLUMNS = ("kvinnor", "män")
CHOICE_COLUMNS = ("ja", "nej", "delvis", "kan inte bedöma")
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
# Labels of the identity and signature blocks, longest first: a cell
# "Telefon (inkl. riktnummer) 060-16 34 92" is that label and its answer.
FIELD_LABELS = sorted([
    "Kommun", "Utdelningsadress", "Postnummer", "Postort", "Kontaktperson",
    "Avdelning/Enhet", "Nämnd", "Telefon (inkl. riktnummer)", "E-postadress",
    "Datum", "Namnförtydligande", "Titel", "Tjänsteställe", "Namnsteckning",
    "Kommun/kommuner",
], key=len, reverse=True)
# Questions whose answer the form writes in the same cell, after the question.
QUESTIONS = [
    "Om ja, ange vilken/vilka utbildningar.", "Om nej, ange varför.",
    "Om ja, ange vilken slags handledning.", "Om annan orsak, ange vilken.",
    "Om ja, rangordna prioriteringsordningen i er kommun (tre första)",
    "Om ja, rangordna prioriteringsordningen i er kommun",
    "Om annan utförare än kommunen, ange organisationens namn",
    "Ange antal tjänster med 2 decimaler¹:", "Ange antal tjänster med 2 decimaler:",
]
QUESTION_RE = [r"Om ja, uppskatta hur lång väntetiden (?:är eller )?har varit[^.]*\.(?: \([^)]*\))?",
               r"Om ja, ange orsak/orsaker till att ni har kö[^:]*:"]
# How people reword a label: (the form's wording, a retyped one).
REWORDINGS = [
    ("Totalt antal klienter", "Totala antalet klienter"),
    ("Antal nya klienter", "Nya klienter"),
    ("Antal avslutade klienter", "Avslutade klienter"),
    ("därav mellan 18 och 29 år", "varav 18-29 år"),
    ("därav mellan 30 och 49 år", "varav 30-49 år"),
    ("därav mellan 50 och 64 år", "varav 50-64 år"),
    ("därav 65 år och över", "varav 65 år och äldre"),
    ("Ombuden har erbjudits utbildning.", "Ombuden har erbjudits utbildning"),
    ("Ombuden har erbjudits handledning.", "Har ombuden erbjudits handledning?"),
    ("Ange antalet personliga ombud", "Antal personliga ombud"),
    ("Stöd i kontakten med myndighet", "Stöd i kontakt med myndighet"),
    ("Stöd i kontakten med sjukvården", "Stöd i kontakt med sjukvården"),
    ("Struktur i vardagen", "Struktur i vardag"),
    ("Telefon (inkl. riktnummer)", "Telefon"),
    ("E-postadress", "E-post"),
    ("Avdelning/Enhet", "Avdelning"),
]


# ----------------------------------------------------------------- reading the sample

def is_mark(cell):
    return cell is not None and cell.strip() in MARK_TEXTS


def header_columns(row):
    """The column words of a header row ("Ja", "Antal kvinnor"), or None."""
    words = []
    for c in row[1:]:
        w = re.sub(r"^antal\s+", "", c.strip().lower())
        w = re.sub(r"\s*\(.*", "", w)
        if w not in COUNT_COLUMNS + CHOICE_COLUMNS and not w.startswith("om ja"):
            return None
        words.append(w)
    first = row[0].strip().lower()
    if first and not first.startswith(("kontakt", "klienter med hemmavarande")):
        return None
    return words if len([w for w in words if not w.startswith("om ja")]) >= 1 and len(words) >= 2 else None


def split_field(cell):
    """(label, answer) of an identity or signature cell, or None."""
    for lab in FIELD_LABELS:
        if cell == lab or cell.startswith(lab + " "):
            rest = cell[len(lab):].strip()
            if lab == "Kommun" and rest.startswith("/"):
                continue
            return lab, rest
    return None


def split_question(cell):
    """(question, answer) of a cell holding a known question and its answer."""
    for q in QUESTIONS:
        if cell.startswith(q):
            return q, cell[len(q):].strip()
    for pat in QUESTION_RE:
        m = re.match(pat, cell)
        if m:
            return m.group(0), cell[m.end():].strip()
    return None


def items_of_blocks(blks):
    """The 2020/2021 form as items: ("head", text), ("para", text),
    ("field", label, answer), ("q", question, answer), ("choice", question,
    [options], [chosen], extra), ("counts", label, [(column, value)]),
    ("options", question, [(option, chosen)])."""
    items = []
    cols = None  # a table's column words hold until the next paragraph
    for kind, body in blks:
        if kind == "p":
            text = body.strip()
            if not text or text == "--":
                continue
            items.append(("para", text))
            cols = None
            continue
        rows = [[c.strip() for c in r] for r in body]
        if all(len(r) == 2 for r in rows) and all((r[0] == "" or is_mark(r[0])) for r in rows):
            # Options with their box before them (the corona question).
            question = items.pop()[1] if items and items[-1][0] == "para" else ""
            opts = [(r[1], is_mark(r[0])) for r in rows]
            if all(o.lower() in CHOICE_COLUMNS for o, _ in opts):
                chosen = [o for o, m in opts if m]
                items.append(("choice", question, [o for o, _ in opts], chosen, ""))
            else:
                items.append(("options", question, opts))
            continue
        r = 0
        while r < len(rows):
            row = rows[r]
            hc = header_columns(row)
            if hc:
                cols = hc
                r += 1
                continue
            nxt = rows[r + 1] if r + 1 < len(rows) else None
            if cols is None and nxt and all(row) and any(nxt) and \
                    all(re.search(r"\d", c) for c in nxt if c):
                for lab, val in zip(row, nxt):  # labels over values (Ekonomi)
                    items.append(("field", lab, val))
                r += 2
                continue
            label, rest = row[0], row[1:]
            if cols and label and any(c in COUNT_COLUMNS for c in cols):
                items.append(("counts", label, [(cols[j], v) for j, v in enumerate(rest) if j < len(cols)]))
            elif cols and label and split_question(label) is None and \
                    not any(v and not is_mark(v) and not cols[j].startswith("om ja")
                            for j, v in enumerate(rest) if j < len(cols)):
                chosen = [cols[j] for j, v in enumerate(rest) if j < len(cols) and is_mark(v)]
                extra = " ".join(v for j, v in enumerate(rest) if j < len(cols) and v and cols[j].startswith("om ja"))
                items.append(("choice", label, [c for c in cols if not c.startswith("om ja")], chosen, extra))
            else:
                for cell in row:
                    if not cell:
                        continue
                    f = split_field(cell)
                    q = split_question(cell)
                    if f:
                        items.append(("field",) + f)
                    elif q:
                        items.append(("q",) + q)
                    else:
                        items.append(("para", cell))
            r += 1
    return items


def items_of_2023(cells):
    """The filled 2023 form (its cells in reading order, None for an empty
    field) as items, as items_of_blocks."""
    items, cols, i = [], None, 0
    words = ("ja", "nej", "kvinnor", "män", "antal")
    while i < len(cells):
        c = cells[i]
        if c is None:
            i += 1
            continue
        low = c.lower()
        if re.match(r"^\d+\.\s", c) or c in ("Utbildning", "Handledning",
                                             "Bedömningsriktlinjer eller prioriteringsordning"):
            cols = None
            items.append(("para", c))
            i += 1
            continue
        # A header: column words, one a line, their notes in brackets.
        k, names = i, []
        while k < len(cells) and cells[k] is not None:
            w = cells[k].lower()
            if w == "antal":
                k += 1
                continue
            if w in words or w.startswith("om ja, ange vilken"):
                names.append(w)
                k += 1
            elif names and w.startswith("("):
                k += 1
            else:
                break
        if len(names) >= 2 and (low in words or low in ("kontaktorsak", "klienter med hemmavarande")):
            cols = names
            i = k
            if low in ("kontaktorsak", "klienter med hemmavarande"):
                i += 1 if cells[i] and cells[i].lower() in ("kontaktorsak", "klienter med hemmavarande") else 0
            continue
        if low in ("kontaktorsak", "klienter med hemmavarande"):
            i += 1
            continue
        n = len(cols) if cols else 0
        vals = cells[i + 1:i + 1 + n]
        if cols and len(vals) == n and all(v is None or is_mark(v) or re.match(r"^\d[\d ,]*$", v) or
                                          cols[j].startswith("om ja") for j, v in enumerate(vals)):
            i += 1 + n
            if "kvinnor" in cols:
                items.append(("counts", c, [(cols[j], v or "") for j, v in enumerate(vals)]))
            elif any(v and not is_mark(v) and re.match(r"^\d", v) for v in vals):
                items.append(("queue", c, [(cols[j], v or "") for j, v in enumerate(vals)]))
            else:
                chosen = [cols[j] for j, v in enumerate(vals) if is_mark(v)]
                extra = " ".join(v for j, v in enumerate(vals) if v and cols[j].startswith("om ja"))
                items.append(("choice", c, [x for x in cols if not x.startswith("om ja")], chosen, extra))
            continue
        nxt = cells[i + 1] if i + 1 < len(cells) else "\0"
        f = split_field(c)
        if f and f[1] == "" and c != "Namnsteckning":
            items.append(("field", f[0], nxt or ""))
            i += 2
            continue
        q = split_question(c)
        if f:
            items.append(("field",) + f)
        elif q and q[1]:
            items.append(("q",) + q)
        elif q or (c.endswith((".", "?", ":")) and (nxt is None or nxt == "\0")):
            items.append(("q", c, "" if nxt in (None, "\0") else nxt))
            i += 1
        else:
            items.append(("para", c))
        i += 1
    return items


# ----------------------------------------------------------------- habits

def draw_habits(rng):
    return {
        "sep": rng.choice([": ", ": ", ":\t", " - ", "  ", ":  "]),
        "placement": rng.choice(["same", "same", "next", "paren"]),
        "choice": rng.choice(["word", "sentence", "brackets", "ballot", "colon_x"]),
        "counts": rng.choice(["colon", "sentence", "plain", "table"]),
        "date": rng.choice(["iso", "slash", "long"]),
        "heading": rng.choice(["as", "as", "upper", "del"]),
        "name": rng.choice(["as", "affix", "lower", "upper"]),
        "signature_end": rng.random() < 0.4,
        "bullet": rng.choice(["- ", "* ", "• ", "1. "]),
        "bullets": rng.random() < 0.5,
        "reword": rng.random() < 0.6,
        "upper_labels": rng.random() < 0.15,
        "number_questions": rng.random() < 0.3,
        "year_in_labels": rng.random() < 0.25,
        "group_thousands": rng.random() < 0.5,
    }


def reword(label, h, rng):
    if h["reword"]:
        for old, new in REWORDINGS:
            if label.startswith(old) and rng.random() < 0.5:
                label = new + label[len(old):]
                break
    if h["upper_labels"] and len(label) < 40:
        label = label.upper()
    return label


def number(v, h):
    v = v.strip()
    m = re.match(r"^(\d[\d ]*)(:-| kr)?$", v)
    if m and h["group_thousands"]:
        digits = m.group(1).replace(" ", "")
        if len(digits) >= 4:
            return re.sub(r"(?<=\d)(?=(\d{3})+$)", " ", digits) + (m.group(2) or "")
    return v


def date(v, h):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if not m:
        return v
    y, mo_, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if h["date"] == "slash":
        return f"{d}/{mo_} {y}"
    if h["date"] == "long":
        return f"{d} {MONTHS[mo_ - 1]} {y}"
    return v


def municipality(v, h):
    if not v:
        return v
    if h["name"] == "affix":
        if v.endswith("s") or v.endswith(("x", "z")) or v[-1] in "aeiouyåäö":
            return v + (" stad" if v == "Västerås" else " kommun")
        return v + "s kommun"
    if h["name"] == "lower":
        return v.lower()
    if h["name"] == "upper":
        return v.upper()
    return v


def answer_line(label, value, h, rng):
    """A label and its answer as the writer places them."""
    label = label.rstrip()
    if not value:
        return [label]
    place = h["placement"] if rng.random() < 0.85 else rng.choice(["same", "next"])
    bare = label.rstrip(":")
    if h["sep"].startswith(":"):
        bare = bare.rstrip(".")
    if place == "next":
        return [bare + ":" if rng.random() < 0.5 else bare, value]
    if place == "paren" and len(value) < 40:
        return [f"{bare} ({value})"]
    return [bare + h["sep"] + value]


def choice_word(chosen, h, rng, options):
    """Ja/Nej/Delvis for one chosen option, the way the writer marks it."""
    word = chosen.capitalize() if chosen != "kan inte bedöma" else "Kan inte bedöma"
    style = h["choice"]
    if style == "sentence":
        if word == "Ja":
            return rng.choice(["Ja, det har vi.", "Ja, vi har det.", "Ja."])
        if word == "Nej":
            return rng.choice(["Nej, det har vi inte.", "Nej."])
        return word
    if style == "brackets":
        return " ".join(("[x] " if o == chosen else "[ ] ") + o.capitalize() for o in options)
    if style == "ballot":
        return "  ".join(("☒ " if o == chosen else "☐ ") + o.capitalize() for o in options)
    if style == "colon_x":
        return f"{word}: X"
    return word


def render(items, h, rng, key):
    out, signature, section = [], [], 0
    dest = out  # the signature block, once the writer moves it to the end
    sub = 0
    table_head = None  # the header line of the counts table being written
    for it in items:
        kind = it[0]
        if kind != "counts":
            table_head = None
        if kind == "para":
            text = it[1]
            m = re.match(r"^(\d+)\.\s+(.*)$", text)
            if m and len(text) < 60:
                section, sub = int(m.group(1)), 0
                if h["heading"] == "upper":
                    text = text.upper()
                elif h["heading"] == "del":
                    text = f"Del {m.group(1)} - {m.group(2)}"
                if h["signature_end"] and "Underskrift" in it[1]:
                    signature.append("Med vänlig hälsning")
                    dest = signature
                    continue
                dest += ["", text, ""]
                continue
            if text in ("Utbildning", "Handledning"):
                dest += ["", text.upper() if h["heading"] == "upper" else text]
                continue
            dest.append(text)
            continue
        if kind == "field":
            label, value = it[1], it[2]
            if label == "Namnsteckning":
                continue
            if label == "Kommun":
                value = municipality(value, h)
            if label == "Datum":
                value = date(value, h)
            if re.search(r"(:-| kr)$", value or ""):
                value = number(value, h)
            lines = answer_line(reword(label, h, rng), value, h, rng)
            if value or label == "Kommun/kommuner":
                dest += lines
            continue
        if kind == "q":
            question, answer = it[1], it[2]
            if not answer:
                continue  # left blank: not retyped
            sub += 1
            q = question
            if h["number_questions"] and section:
                q = f"{section}.{sub} {q}"
            if h["year_in_labels"] and not re.search(r"\b20\d\d\b", q) and q.endswith("."):
                q = q[:-1] + f" ({key_year(key)})."
            dest += answer_line(q, answer, h, rng)
            continue
        if kind == "choice":
            question, options, chosen, extra = it[1:]
            if not chosen:
                dest.append(question)
                continue
            sub += 1
            q = reword(question, h, rng)
            if h["number_questions"] and section and len(q) > 25:
                q = f"{section}.{sub} {q}"
            word = choice_word(chosen[0], h, rng, options) if len(chosen) == 1 else ", ".join(chosen)
            if extra:
                dest.append(f"{q}: {word.rstrip('.')}, {extra}" if h["choice"] in ("word", "sentence")
                           else f"{q}: {word}  {extra}")
            elif h["placement"] == "next" or h["choice"] in ("brackets", "ballot", "colon_x") or len(q) > 50:
                dest += [q, word]
            else:
                dest.append(q.rstrip(".:?") + ": " + word)
            continue
        if kind == "counts":
            label, pairs = it[1], it[2]
            pairs = [(c, number(v, h)) for c, v in pairs if v]
            label = reword(label, h, rng)
            if not pairs:
                continue
            style = h["counts"]
            if style == "colon":
                dest.append(label.rstrip(".:") + ": " + ", ".join(f"{c.capitalize()}: {v}" for c, v in pairs))
            elif style == "sentence":
                dest.append(label.rstrip(".:") + ": " + " och ".join(f"{v} {c}" for c, v in pairs))
            elif style == "plain":
                dest.append(label.rstrip(".:") + " " + " ".join(f"{c} {v}" for c, v in pairs))
            else:
                head = "".join(f"{c.capitalize():>9}" for c, _ in pairs)
                if table_head != head:
                    dest.append(" " * 44 + head)
                if len(label) < 44:
                    dest.append(f"{label:<44}" + "".join(f"{v:>9}" for _, v in pairs))
                else:  # a long label on a line of its own, its counts under the header
                    dest += [label, " " * 44 + "".join(f"{v:>9}" for _, v in pairs)]
                table_head = head
            continue
        if kind == "queue":
            label, pairs = it[1], it[2]
            dest.append(label)
            dest.append(", ".join(f"{c.capitalize()} {v}" for c, v in pairs if v))
            continue
        if kind == "options":
            question, opts = it[1], it[2]
            dest.append(question)
            chosen = [o for o, m in opts if m]
            for n, o in enumerate(chosen, 1):
                b = f"{n}. " if h["bullet"] == "1. " else h["bullet"]
                dest.append(b + o)
            continue
    if signature:
        out += [""] + signature
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


def key_year(key):
    return {"000": 2020, "001": 2021, "003": 2020, "2023": 2023}[key]


def bulleted(items, h):
    """Providers and steering-group members, when the writer lists the
    chosen ones: one "options" item of the rows answered Ja. Rows answered
    Nej are left out (the file no longer says they were Nej)."""
    if not h["bullets"]:
        return items
    out, i = [], 0
    while i < len(items):
        run = []
        while i + len(run) < len(items) and items[i + len(run)][0] == "choice" and \
                items[i + len(run)][3] in (["ja"], ["nej"]) and not items[i + len(run)][4] and \
                len(items[i + len(run)][1]) < 30:
            run.append(items[i + len(run)])
        if len(run) >= 3 and out and out[-1][0] == "para":
            question = out.pop()[1]
            out.append(("options", question, [(r[1], r[3] == ["ja"]) for r in run]))
            i += len(run)
            continue
        out.append(items[i])
        i += 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seeds", default=mo.SEEDS)
    ap.add_argument("--count", type=int, default=8)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sources = []
    for key in STEMS:
        stem = mo.SEED_STEMS[key]
        sources.append((key, stem, items_of_blocks(mo.blocks(mo.read_seed(os.path.join(args.seeds, stem + ".txt"))))))
    import make_variant_samples as mv  # its reading of the filled 2023 form's cells
    filled = mo.filled_2023_text(mo.read_seed(os.path.join(args.seeds, mo.SEED_STEMS["002"] + ".txt")),
                                 mo.answers_2023(args.seeds))
    sources.append(("2023", "2023_filled", items_of_2023(mv.cells_2023(filled))))
    for key, stem, items in sources:
        for k in range(1, args.count + 1):
            rng = random.Random(f"retyped-2/{stem}/{k}")
            h = draw_habits(rng)
            path = os.path.join(args.out, f"{stem}.retyped-2-{k}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(render(bulleted(items, h), h, rng, key))
            print(path)


if __name__ == "__main__":
    main()
