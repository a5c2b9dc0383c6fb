#!/usr/bin/env python3
"""Renders each sample report in ways the templates never drew it, for the
matcher's variant checks (tests/variants.sh). Reproducible: fixed seeds,
fixed zip timestamps. Builds on make_office_samples.py's Word and
OpenDocument writers.

usage: make_variant_samples.py OUT_DIR [--seeds DIR] [--no-pdf]

Each file is named <stem>.<rendering>.<ext>, <stem> being a sample in
samples/ with a .docx:

  extra-column.docx/.odt  every Ja/Nej table gets a "Kommentar" column
                          (a few comment cells filled in)
  merged-cells.docx/.odt  rows of a Ja/Nej table that hold only text (the
                          "Om ja, ange ..." rows) are one cell spanning the
                          table (gridSpan / number-columns-spanned)
  retyped.txt             the form typed again without tables: "Label:
                          value", Ja/Nej written as words on the line after
                          their question, counts in a sentence ("kvinnor 12,
                          män 7") (the 2020/2021 forms: 000, 001, 003; and
                          the filled 2023 form, whose queue answer is its
                          numbers of municipalities after "ja" and "nej")
  mark-right.pdf          marks right-aligned in their cells, flush against
                          the column rule (LibreOffice PDF export)
  letter-size.pdf         US Letter pages, a serif font (LibreOffice)
  second-layout.txt       the 2016 question-numbered form (samples/
                          nacka_2016_form.txt, which has no .docx: the
                          reference is its .txt) in another county's layout:
                          Ja/Nej as drawn boxes (☐) before their words, the
                          ages of questions 9 and 11 in a Kvinnor/Män table
                          with a row per age group

PDFs need LibreOffice (soffice); without it they are skipped, saying so.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_office_samples as mo  # noqa: E402

SEEDS = mo.SEEDS
TABLE_STEMS = ["000", "001", "003"]  # the 2020/2021 forms, one table row per line
COUNT_WORDS = {"kvinnor": "kvinnor", "män": "män"}
IDENTITY_LABELS = ("Kommun", "Utdelningsadress", "Postnummer", "Postort", "Kontaktperson",
                   "Avdelning/Enhet", "Nämnd", "Telefon (inkl. riktnummer)", "E-postadress",
                   "Datum", "Namnförtydligande", "Titel", "Tjänsteställe")


def header_kind(row):
    """'mark' for a Ja/Nej header, 'count' for Kvinnor/Män, None otherwise."""
    cells = [c.strip().lower() for c in row[1:]]
    if mo.is_mark_header(row):
        return "mark"
    if sum(1 for c in cells if re.match(r"^(antal\s+)?(kvinnor|män)$", c)) >= 2:
        return "count"
    return None


# ------------------------------------------------------------ extra column

def with_comment_column(blks, rng):
    out = []
    for kind, body in blks:
        if kind != "table" or not any(mo.is_mark_header(r) for r in body):
            out.append((kind, body))
            continue
        rows = []
        under = False
        for r in body:
            if mo.is_mark_header(r):
                under = True
                rows.append(r + ["Kommentar"])
                continue
            marked = under and any(c.strip() in mo.MARKS for c in r[1:])
            note = "Se bilaga" if marked and rng.random() < 0.3 else ""
            rows.append(r + [note])
        out.append(("table", rows))
    return out


# ------------------------------------------------------------ merged cells

class MergedDocx(mo.Docx):
    """Word tables whose text-only rows under a Ja/Nej header span the table."""

    def table(self, rows, cell_pieces):
        n = len(rows[0])
        widths = mo.col_widths(rows, 9600)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = ['<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
               f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        under = False
        for r, row in enumerate(rows):
            out.append("<w:tr>")
            spans = spanning_row(row, under)
            if mo.is_mark_header(row):
                under = True
            if spans:
                paragraphs = "".join(self.paragraph(p) for p in mo.split_lines(cell_pieces(r, 0)))
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="9600" w:type="dxa"/>'
                           f'<w:gridSpan w:val="{n}"/></w:tcPr>{paragraphs}</w:tc>')
            else:
                for c in range(n):
                    paragraphs = "".join(self.paragraph(p)
                                         for p in mo.split_lines(cell_pieces(r, c)))
                    if not paragraphs:
                        paragraphs = "<w:p/>"
                    out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/>'
                               f'</w:tcPr>{paragraphs}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def spanning_row(row, under):
    """A row under a Ja/Nej header holding only its first cell's text."""
    return under and len(row) > 2 and row[0].strip().lower().startswith("om ") and \
        all(c.strip() == "" for c in row[1:])


class MergedOdt(mo.Odt):
    def table(self, rows, cell_pieces):
        self.tables += 1
        n = len(rows[0])
        t = f"Tabell{self.tables}"
        cols = "".join(f'<table:table-column table:style-name="{t}.C{c}"/>' for c in range(n))
        out = [f'<table:table table:name="{t}" table:style-name="Tbl">{cols}']
        for c, w in enumerate(mo.col_widths(rows, 17000)):
            self.col_styles.append(
                f'<style:style style:name="{t}.C{c}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w / 1000:.3f}cm"/>'
                '</style:style>')
        under = False
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            spans = spanning_row(row, under)
            if mo.is_mark_header(row):
                under = True
            if spans:
                paragraphs = "".join(self.paragraph(p) for p in mo.split_lines(cell_pieces(r, 0)))
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string" '
                           f'table:number-columns-spanned="{n}">{paragraphs}</table:table-cell>')
                out.append("<table:covered-table-cell/>" * (n - 1))
            else:
                for c in range(n):
                    paragraphs = "".join(self.paragraph(p)
                                         for p in mo.split_lines(cell_pieces(r, c)))
                    out.append('<table:table-cell table:style-name="Cell" '
                               f'office:value-type="string">{paragraphs}</table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)


def build_with(doc_class, builder, blks, kind, box_kind, fill=None):
    """Runs make_office_samples' builder with its writer class replaced."""
    name = "Docx" if builder is mo.build_docx else "Odt"
    saved = getattr(mo, name)
    setattr(mo, name, doc_class)
    try:
        return builder(blks, kind, box_kind, fill)
    finally:
        setattr(mo, name, saved)


# ------------------------------------------------------------ right-aligned marks

class RightMarkDocx(mo.Docx):
    """Check boxes and marks right-aligned in their cells, no cell margin."""

    def paragraph(self, pieces, bold=False):
        is_mark = len(pieces) == 1 and pieces[0][0] == "box"
        if is_mark:
            return f'<w:p><w:pPr><w:jc w:val="right"/><w:ind w:right="0"/></w:pPr>' \
                   f'{self.content(pieces, bold)}</w:p>'
        return super().paragraph(pieces, bold)


def right_mark_docx(blks, kind, box_kind):
    files = build_with(RightMarkDocx, mo.build_docx, blks, kind, box_kind)
    out = []
    for name, data in files:
        if name == "word/document.xml":
            # Cells without side margins: the mark stands against the rule.
            data = data.replace("<w:tblLayout w:type=\"fixed\"/></w:tblPr>",
                                "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" "
                                "w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
                                "</w:tblCellMar></w:tblPr>")
        out.append((name, data))
    return out


def letter_docx(blks, kind, box_kind, fill=None):
    files = mo.build_docx(blks, kind, box_kind, fill)
    out = []
    for name, data in files:
        if name == "word/document.xml":
            data = data.replace('<w:pgSz w:w="11906" w:h="16838"/>',
                                '<w:pgSz w:w="12240" w:h="15840"/>')
        elif name == "word/styles.xml":
            data = data.replace('w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"',
                                'w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" '
                                'w:cs="Liberation Serif"').replace('<w:sz w:val="20"/>',
                                                                   '<w:sz w:val="22"/>')
        out.append((name, data))
    return out


# ------------------------------------------------------------ retyped

def retyped_text(blks, rng):
    """The form typed again without tables."""
    out = []
    header, names = None, []  # a header holds until the next heading
    for kind, body in blks:
        if kind == "p":
            out.append(body.rstrip())
            if mo.is_heading(body) or body.strip() in ("Utbildning", "Handledning"):
                header, names = None, []
            continue
        skip = set()
        for r, row in enumerate(body):
            if r in skip:
                continue
            nxt = body[r + 1] if r + 1 < len(body) else None
            if header is None and nxt and all(c.strip() for c in row) and \
                    all(re.search(r"\d", c) for c in nxt if c.strip()) and any(c.strip() for c in nxt):
                # A row of labels over a row of values: "Label: value" each.
                for lab, val in zip(row, nxt):
                    out.append(lab.strip() + (": " + val.strip() if val.strip() else ""))
                skip.add(r + 1)
                continue
            hk = header_kind(row)
            if hk:
                header, names = hk, [c.strip() for c in row]
                continue
            label = row[0].strip()
            rest = [c.strip() for c in row[1:]]
            if header == "mark" and label:
                marked = [names[j + 1] for j, c in enumerate(rest)
                          if c in mo.MARKS and j + 1 < len(names)]
                others = [c for c in rest if c and c not in mo.MARKS]
                word = marked[0] if len(marked) == 1 else ""
                if others and word:
                    # "Brukarorganisationer: Ja, RSMH"
                    out.append(f"{label}: {', '.join([word] + others)}")
                    continue
                out.append(" ".join([label] + others))
                if word:
                    if word.lower() == "nej" and rng.random() < 0.5:
                        word = "Nej, det har vi inte"
                    elif word.lower() == "ja" and rng.random() < 0.5:
                        word = "Ja."
                    out.append(word)
                continue
            if header == "count" and label:
                counts = [f"{names[j + 1].split()[-1].lower()} {c}" for j, c in enumerate(rest)
                          if c and j + 1 < len(names)]
                out.append(label + (": " + ", ".join(counts) if counts else ""))
                continue
            filled = [c.strip() for c in row if c.strip()]
            if header is None and len(filled) == 2 and len(filled[1]) <= 4:
                out.append(f"{filled[0]}: {filled[1]}")  # a short answer beside its label
                continue
            for cell in row:
                cell = cell.strip()
                if not cell:
                    continue
                for lab in IDENTITY_LABELS:
                    if cell.startswith(lab + " ") and not cell.startswith(lab + " ("):
                        cell = lab + ": " + cell[len(lab) + 1:].strip()
                        break
                out.append(cell)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ retyped, 2023

COLUMN_WORDS = ("ja", "nej", "delvis", "kvinnor", "män")
LABELS_2023 = IDENTITY_LABELS + ("Kommun/kommuner",)


def cells_2023(text):
    """The filled 2023 form's cells in reading order, one a line as the
    county's export has them; an empty form field is None."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\[(image|bookmark)[^\]]*\]", "", line)
        line = re.sub(r"\[footnoteRef:\d+\]", "", line)
        line = re.sub(r"\[\d+:[^\]]*\]?", "", line)  # a footnote's text: not retyped
        if line.replace("\t", "").strip(" \u2002") == "" and mo.EN5 in line:
            out.append(None)
            continue
        cell = " ".join(c.strip() for c in line.split("\t") if c.strip())
        if cell:
            out.append(cell)
    return out


def is_value(cell):
    return cell is None or cell in mo.MARKS or re.match(r"^\d[\d ,]*$", cell) is not None


def retyped_2023(text, rng):
    """The filled 2023 form typed again without tables: "Label: value",
    Ja/Nej as a word on the line after the question, counts in a sentence,
    the queue's numbers of municipalities after their column words."""
    cells = cells_2023(text)
    out, header, i = [], None, 0
    while i < len(cells):
        c = cells[i]
        if c is None:
            i += 1
            continue
        low = c.lower()
        if re.match(r"^\d+\.\s", c) or c in ("Utbildning", "Handledning"):
            header = None
            out += ["", c]
            i += 1
            continue
        # A header: column words one a line ("Antal" / "kvinnor" is one).
        names, k = [], i
        while k < len(cells) and cells[k] is not None:
            w = cells[k].lower()
            if w == "antal" and k + 1 < len(cells) and cells[k + 1] and \
                    cells[k + 1].lower() in COLUMN_WORDS:
                k += 1
                w = cells[k].lower()
            word = w.split()[0] if w.split() else ""
            if word not in COLUMN_WORDS:
                if names and w.startswith("("):  # the column's own note
                    k += 1
                    continue
                break
            names.append(word)
            k += 1
        if len(names) >= 2:
            header = names
            i = k
            continue
        if c == "Kontaktorsak":
            i += 1
            continue
        n = len(header) if header else 0
        vals = cells[i + 1:i + 1 + n]
        if header and len(vals) == n and all(is_value(v) for v in vals):
            i += 1 + n
            filled = [(name, v) for name, v in zip(header, vals) if v]
            if not filled:
                out.append(c)
            elif all(v in mo.MARKS for _, v in filled):
                out.append(c)
                word = filled[0][0].capitalize() if len(filled) == 1 else ""
                if word == "Nej" and rng.random() < 0.5:
                    word = "Nej, det har vi inte"
                elif word == "Ja" and rng.random() < 0.5:
                    word = "Ja."
                out.append(word)
            else:
                out.append(c.rstrip(" ?.:") + ": " + ", ".join(f"{name} {v}" for name, v in filled))
            continue
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        if c in LABELS_2023 and nxt and nxt not in LABELS_2023:
            out.append(f"{c}: {nxt}")  # "Kommun: Lindesberg"
            i += 2
            continue
        for lab in LABELS_2023:
            if c.startswith(lab + " ") and not c.startswith(lab + " ("):
                c = lab + ": " + c[len(lab) + 1:].strip()
                break
        if c.startswith("Telefon (inkl. riktnummer) "):
            c = "Telefon (inkl. riktnummer): " + c[len("Telefon (inkl. riktnummer) "):]
        out.append(c)
        i += 1
    return "\n".join(out).strip("\n") + "\n"


# ------------------------------------------------------------ 2016, second layout

AGE_GROUPS = ("18-29 år", "30-49 år", "50-64 år", "65 år och uppåt")


def second_layout_2016(text):
    """The question-numbered 2016 form as another county lays it out: its
    Ja/Nej options as drawn check boxes before their words (a box cell and a
    word cell), and the ages of questions 9 and 11 in a Kvinnor/Män table,
    one row per age group, instead of a list per sex."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^(9|11)\.\s", line):
            out.append(line)
            # The lists: "Antal kvinnor: N", four age lines, "Antal män: N", four age lines.
            values, k = {}, i + 1
            sex = None
            while k < len(lines) and not re.match(r"^\s*Eventuell kommentar", lines[k]):
                m = re.match(r"^\s*Antal (kvinnor|män):\s*(\S*)", lines[k])
                if m:
                    sex = m.group(1)
                    values[(sex, "total")] = m.group(2)
                m = re.match(r"^\s*Antal (\d+-\d+ år|65 år och uppåt):\s*(\S*)", lines[k])
                if m and sex:
                    values[(sex, m.group(1))] = m.group(2)
                elif not lines[k].strip() or m or re.match(r"^\s*Antal ", lines[k]):
                    pass
                else:
                    out.append(lines[k])  # a running header between the lists
                k += 1
            out += ["", "\tKvinnor\tMän"]
            out.append("\t".join(["Totalt", values.get(("kvinnor", "total"), ""),
                                   values.get(("män", "total"), "")]))
            for age in AGE_GROUPS:
                out.append("\t".join([age, values.get(("kvinnor", age), ""),
                                       values.get(("män", age), "")]))
            out.append("")
            i = k
            continue
        if line.strip() in ("Ja", "Nej"):
            out.append("☐\t" + line.strip())
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


# ------------------------------------------------------------ main

def soffice():
    for tool in ("soffice", "libreoffice"):
        if shutil.which(tool):
            return tool
    return None


def to_pdf(docx_files, out_pdf, tool):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.docx")
        mo.write_zip(src, docx_files)
        res = subprocess.run([tool, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                              "--convert-to", "pdf", "--outdir", tmp, src],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        pdf = os.path.join(tmp, "in.pdf")
        if res.returncode != 0 or not os.path.exists(pdf):
            sys.exit("LibreOffice failed on %s: %s" % (out_pdf, res.stderr.decode(errors="replace")))
        shutil.copyfile(pdf, out_pdf)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seeds", default=SEEDS)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF renderings")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    boxes = {"000": ("legacy", "fieldmark"), "001": ("sdt", "form"), "003": ("glyph", "glyph")}
    tool = None if args.no_pdf else soffice()
    if not args.no_pdf and not tool:
        print("LibreOffice is missing: the PDF renderings are skipped")
    written = []

    def write(name, files):
        mo.write_zip(os.path.join(args.out, name), files)
        written.append(name)

    for key in TABLE_STEMS:
        stem = mo.SEED_STEMS[key]
        rng = random.Random(14_000 + int(key))
        blks = mo.blocks(mo.read_seed(os.path.join(args.seeds, stem + ".txt")))
        dbox, obox = boxes[key]
        extra = with_comment_column(blks, rng)
        write(f"{stem}.extra-column.docx", mo.build_docx(extra, key, dbox))
        write(f"{stem}.extra-column.odt", mo.build_odt(extra, key, obox))
        write(f"{stem}.merged-cells.docx", build_with(MergedDocx, mo.build_docx, blks, key, dbox))
        write(f"{stem}.merged-cells.odt", build_with(MergedOdt, mo.build_odt, blks, key, obox))
        with open(os.path.join(args.out, f"{stem}.retyped.txt"), "w", encoding="utf-8") as f:
            f.write(retyped_text(blks, rng))
        written.append(f"{stem}.retyped.txt")
        if tool:
            # Glyph marks (☒/☐) are text in the PDF, so their place in the cell shows.
            # As printed with the changes accepted: no tracked changes in the PDFs.
            kind = "plain" if key == "003" else key
            to_pdf(right_mark_docx(blks, kind, "glyph"),
                   os.path.join(args.out, f"{stem}.mark-right.pdf"), tool)
            to_pdf(letter_docx(blks, kind, "glyph"),
                   os.path.join(args.out, f"{stem}.letter-size.pdf"), tool)
            written += [f"{stem}.mark-right.pdf", f"{stem}.letter-size.pdf"]
    filled = mo.filled_2023_text(mo.read_seed(os.path.join(args.seeds, mo.SEED_STEMS["002"] + ".txt")))
    with open(os.path.join(args.out, "2023_filled.retyped.txt"), "w", encoding="utf-8") as f:
        f.write(retyped_2023(filled, random.Random(14_023)))
    written.append("2023_filled.retyped.txt")
    with open(os.path.join(mo.ROOT, "samples", "nacka_2016_form.txt"), encoding="utf-8") as f:
        nacka = f.read()
    with open(os.path.join(args.out, "nacka_2016_form.second-layout.txt"), "w", encoding="utf-8") as f:
        f.write(second_layout_2016(nacka))
    written.append("nacka_2016_form.second-layout.txt")
    if tool:
        blank = mo.blocks(mo.read_seed(os.path.join(args.seeds, mo.SEED_STEMS["002"] + ".txt")))
        to_pdf(letter_docx(blank, "2023", None, mo.ANSWERS_2023),
               os.path.join(args.out, "2023_filled.letter-size.pdf"), tool)
        written.append("2023_filled.letter-size.pdf")
    for name in written:
        print(os.path.join(args.out, name))


if __name__ == "__main__":
    main()
