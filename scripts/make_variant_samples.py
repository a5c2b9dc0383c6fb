#!/usr/bin/env python3
"""Renders each sample report in ways the templates never drew it, for the
matcher's variant checks (tests/variants.sh). Reproducible: fixed seeds,
fixed zip timestamps. Builds on office_samples.py's Word and
OpenDocument writers (the module behind make_office_samples.py).

usage: make_variant_samples.py OUT_DIR [--seeds DIR] [--no-pdf] [--only NAME,...]

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
  extra-questions.txt/.docx/.odt/.pdf
                          another edition's or county's questions set in,
                          each with its answer (EXTRA_QUESTIONS: a Ja/Nej
                          table under a heading, twice, the second's row
                          worded as the form's "Om nej, ange varför."; a row
                          of a Ja/Nej table, a count row, a Ja/Nej row of the
                          steering group, a heading and its question, a
                          question after the deficiencies' measures); the
                          text as the seeds write it (tabs between cells),
                          the PDF A4 in a sans; none of their answers is a key
  renumbered.txt/.docx    a section of the municipality's own ("5. Samverkan
                          med brukarorganisationer", its question and
                          answer) set in before section 5, the sections
                          after it numbered one up (000, 001, 003)
  previous-year.txt/.docx the previous year's clients table (the form's
                          header and "Totalt antal klienter" row, other
                          numbers) under a heading of its own before the
                          form's: two answers to one question, neither the
                          record's (the 2020/2021 forms: 000, 001, 003)
  mark-right.pdf          marks right-aligned in their cells, flush against
                          the column rule (LibreOffice PDF export)
  mark-left.pdf           ... left-aligned, flush against the left rule
  mark-centre.pdf         ... centred in their cells
  letter-size.pdf         US Letter pages, a serif font (Liberation Serif)
  a4-serif.pdf            A4, the serif font
  a4-condensed.pdf        A4, a condensed sans (DejaVu Sans Condensed)
  letter-sans.pdf         US Letter, a sans (Liberation Sans)
  letter-condensed.pdf    US Letter, the condensed sans
  browser-print.pdf       A4, sans, with a browser print's header line (date,
                          title) and footer line (address, page "n/N") on
                          every page
  second-layout.txt       the 2016 question-numbered form (samples/
                          nacka_2016_form.txt, which has no .docx: the
                          reference is its .txt) in another county's layout:
                          Ja/Nej as drawn boxes (☐) before their words, the
                          ages of questions 9 and 11 in a Kvinnor/Män table
                          with a row per age group
  (the styled PDFs are also made of the filled 2023 form: 2023_filled.*)

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
import office_samples as mo  # noqa: E402

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


# ------------------------------------------------------------ extra questions

# Questions another edition or county asks that no edition the tool knows
# does, each with its answer: (where, blocks or a row). Where: "row after"
# a table row opening so (the row added to its table), "before" a paragraph
# opening so (the blocks set before it), "table after" a table whose first
# row opens so (the blocks set after it).
EXTRA_QUESTIONS = [
    ("before", "Handledning",
     [("p", "Uppföljning"), ("p", ""),
      ("table", [["", "Ja", "Nej"],
                 ["Har ni genomfört en brukarundersökning under året?", "x", ""]]),
      ("p", "")]),
    ("row after", "Ombuden har erbjudits handledning",
     ["Hur många av ombuden har gått Socialstyrelsens grundutbildning? Två av tre ombud.", "", ""]),
    ("table after", "Antal avslutade klienter",
     [("p", ""), ("table", [["Antal klienter med samordnad individuell plan (SIP)", "7", "2"]])]),
    ("before", "4. Tillgång till personligt ombud",
     [("p", "Samverkan med brukarorganisationer"), ("p", ""),
      ("p", "Beskriv hur ni har samverkat med brukar- och anhörigorganisationerna under året."),
      ("p", ""), ("p", "Vi har träffat RSMH fyra gånger och haft en gemensam utbildningsdag."),
      ("p", "")]),
    ("before", "5. Organisation, ledning och samverkan",
     [("p", "Uppföljning"), ("p", ""),
      ("table", [["", "Ja", "Nej"],
                 ["Har ni genomfört en brukarundersökning under året?", "", "x"],
                 ["Om nej, ange varför. Vi har inte haft tid.", "", ""]]),
      ("p", "")]),
    ("row after", "Landstingets psykiatri", ["Kriminalvården", "", "x"]),
    ("before", "7. Ekonomi",
     [("p", "Har ni rapporterat bristerna till Inspektionen för vård och omsorg (IVO)?"),
      ("p", ""), ("p", "Ja, vid två tillfällen under året."), ("p", "")]),
]


def with_extra_questions(blks):
    """The form with EXTRA_QUESTIONS set in; every anchor must be found."""
    out = [(kind, [list(r) for r in body] if kind == "table" else body) for kind, body in blks]
    for where, anchor, what in EXTRA_QUESTIONS:
        at = None
        for i, (kind, body) in enumerate(out):
            if where == "before" and kind == "p" and body.startswith(anchor):
                at = i
            elif where == "table after" and kind == "table" and body[0][0].startswith(anchor):
                at = i + 1
            elif where == "row after" and kind == "table":
                for r, row in enumerate(body):
                    if row[0].startswith(anchor):
                        body.insert(r + 1, list(what[:len(row)]) + [""] * (len(row) - len(what)))
                        at = i
                        break
            if at is not None:
                break
        if at is None:
            raise SystemExit(f"extra-questions: no place for {anchor!r}")
        if where != "row after":
            out[at:at] = what
    return out


def with_previous_year(blks):
    """The form with the previous year's clients table set before its own:
    the same header and first row ("Totalt antal klienter"), other numbers,
    under a heading of its own. Two answers to one question: neither is the
    record's."""
    out = [(kind, [list(r) for r in body] if kind == "table" else body) for kind, body in blks]
    for i, (kind, body) in enumerate(out):
        if kind == "table" and len(body) > 1 and body[1][0].startswith("Totalt antal klienter"):
            row = [body[1][0]] + [str(int(c) + 11) if c.strip().isdigit() else c
                                  for c in body[1][1:]]
            out[i:i] = [("p", "Jämförelse med föregående år"), ("p", ""),
                        ("table", [list(body[0]), row]), ("p", "")]
            return out
    raise SystemExit("previous-year: no clients table")


OWN_SECTION = [("p", "5. Samverkan med brukarorganisationer"), ("p", ""),
               ("p", "Beskriv hur ni har samverkat med brukar- och anhörigorganisationerna "
                     "under året."),
               ("p", "Vi har träffat RSMH fyra gånger och haft en gemensam utbildningsdag."),
               ("p", "")]


def with_own_section(blks):
    """The form with a section of the municipality's own set in before
    section 5 (OWN_SECTION), the sections after it numbered one up."""
    out, found = [], False
    for kind, body in blks:
        m = re.match(r"^(\d+)\. (\w.{0,58})$", body) if kind == "p" else None
        if m and int(m.group(1)) >= 5 and m.group(2)[0].isupper():
            if int(m.group(1)) == 5:
                out.extend(OWN_SECTION)
                found = True
            body = f"{int(m.group(1)) + 1}. {m.group(2)}"
        out.append((kind, [list(r) for r in body] if kind == "table" else body))
    if not found:
        raise SystemExit("renumbered: no section 5")
    return out


def blocks_text(blks):
    """Blocks as the seeds write them: a paragraph a line, a table's cells
    parted by tabs."""
    lines = []
    for kind, body in blks:
        if kind == "p":
            lines.append(body)
        else:
            lines.extend("\t".join(row) for row in body)
    return "\n".join(lines) + "\n"


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
    """Runs office_samples' builder with its writer class replaced."""
    name = "Docx" if builder is mo.build_docx else "Odt"
    saved = getattr(mo, name)
    setattr(mo, name, doc_class)
    try:
        return builder(blks, kind, box_kind, fill)
    finally:
        setattr(mo, name, saved)


# ------------------------------------------------------------ right-aligned marks

class AlignedMarkDocx(mo.Docx):
    """Check boxes and marks aligned left, centred or right in their cells."""
    align = "right"

    def paragraph(self, pieces, bold=False):
        is_mark = len(pieces) == 1 and pieces[0][0] == "box"
        if is_mark:
            return f'<w:p><w:pPr><w:jc w:val="{self.align}"/><w:ind w:left="0" w:right="0"/>' \
                   f'</w:pPr>{self.content(pieces, bold)}</w:p>'
        return super().paragraph(pieces, bold)


def mark_docx(blks, kind, box_kind, align="right"):
    """Marks aligned `align` ("left", "center", "right") in cells without
    side margins: a left or right mark stands flush against the rule."""
    doc_class = type(f"Mark{align.title()}Docx", (AlignedMarkDocx,), {"align": align})
    files = build_with(doc_class, mo.build_docx, blks, kind, box_kind)
    out = []
    for name, data in files:
        if name == "word/document.xml":
            data = data.replace("<w:tblLayout w:type=\"fixed\"/></w:tblPr>",
                                "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" "
                                "w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
                                "</w:tblCellMar></w:tblPr>")
        out.append((name, data))
    return out


# Page sizes (twentieths of a point) and fonts (family, half-points) of the
# styled renderings: A4 or US Letter, a serif, a sans and a condensed face
# from the Debian font packages (fonts-liberation2, fonts-dejavu).
PAGES = {"a4": (11906, 16838), "letter": (12240, 15840)}
FONTS = {"serif": ("Liberation Serif", 22), "sans": ("Liberation Sans", 20),
         "condensed": ("DejaVu Sans Condensed", 20)}
# A browser's print of the page: a date and title above, an address and the
# page number below, on every page.
HEADER_TEXT = "2021-01-14 10:32\tRedovisning statsbidrag personligt ombud"
FOOTER_TEXT = "file:///C:/Users/handl/Documents/redovisning.html\t"


def header_footer_parts():
    """The header and footer parts, their relationships and content types."""
    def part(tag, text, page_field):
        runs = "".join(f"<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>" if i == 0 else
                       f"<w:r><w:tab/><w:t xml:space=\"preserve\">{t}</w:t></w:r>"
                       for i, t in enumerate(text.split("\t")))
        if page_field:
            runs += ('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                     '<w:r><w:t>/</w:t></w:r>'
                     '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:{tag} {mo.W_NS}><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9600"/>'
                f'</w:tabs></w:pPr>{runs}</w:p></w:{tag}>')
    return [("word/header1.xml", part("hdr", HEADER_TEXT, False)),
            ("word/footer1.xml", part("ftr", FOOTER_TEXT, True))]


def styled_docx(blks, kind, box_kind, fill=None, page="letter", font="serif",
                header_footer=False):
    """The form on `page` paper in the `font` face, optionally with a browser
    print's header and footer lines."""
    files = mo.build_docx(blks, kind, box_kind, fill)
    family, size = FONTS[font]
    w, h = PAGES[page]
    out = []
    for name, data in files:
        if name == "word/document.xml":
            data = data.replace('<w:pgSz w:w="11906" w:h="16838"/>',
                                f'<w:pgSz w:w="{w}" w:h="{h}"/>')
            if header_footer:
                data = data.replace("<w:sectPr>",
                                    '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/>'
                                    '<w:footerReference w:type="default" r:id="rId11"/>')
        elif name == "word/styles.xml":
            data = data.replace('w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"',
                                f'w:ascii="{family}" w:hAnsi="{family}" w:cs="{family}"').replace(
                                    '<w:sz w:val="20"/>', f'<w:sz w:val="{size}"/>')
        elif header_footer and name == "word/_rels/document.xml.rels":
            rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            data = data.replace("</Relationships>",
                                f'<Relationship Id="rId10" Type="{rel}header" Target="header1.xml"/>'
                                f'<Relationship Id="rId11" Type="{rel}footer" Target="footer1.xml"/>'
                                "</Relationships>")
        elif header_footer and name == "[Content_Types].xml":
            ct = "application/vnd.openxmlformats-officedocument.wordprocessingml."
            data = data.replace("</Types>",
                                f'<Override PartName="/word/header1.xml" ContentType="{ct}header+xml"/>'
                                f'<Override PartName="/word/footer1.xml" ContentType="{ct}footer+xml"/>'
                                "</Types>")
        out.append((name, data))
    if header_footer:
        out += header_footer_parts()
    return out


# The styled PDF renderings: name -> styled_docx's page, font, header_footer.
STYLED = {
    "letter-size": ("letter", "serif", False),
    "a4-serif": ("a4", "serif", False),
    "a4-condensed": ("a4", "condensed", False),
    "letter-sans": ("letter", "sans", False),
    "letter-condensed": ("letter", "condensed", False),
    "browser-print": ("a4", "sans", True),
}
# Marks inside their cells: name -> alignment (mark-right is the first).
MARKS = {"mark-right": "right", "mark-left": "left", "mark-centre": "center"}


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
    ap.add_argument("--only", default="",
                    help="comma-separated PDF rendering names to make (default: all)")
    args = ap.parse_args()
    only = {n for n in args.only.split(",") if n}

    def wanted(name):
        return not only or name in only
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
        asked = with_extra_questions(blks)
        if wanted("extra-questions"):
            with open(os.path.join(args.out, f"{stem}.extra-questions.txt"), "w",
                      encoding="utf-8") as f:
                f.write(blocks_text(asked))
            write(f"{stem}.extra-questions.docx", mo.build_docx(asked, key, dbox))
            write(f"{stem}.extra-questions.odt", mo.build_odt(asked, key, obox))
            written.append(f"{stem}.extra-questions.txt")
        # The form with blocks set in or changed: its text and its .docx.
        for name, change in (("renumbered", with_own_section),
                             ("previous-year", with_previous_year)):
            if not wanted(name):
                continue
            changed = change(blks)
            with open(os.path.join(args.out, f"{stem}.{name}.txt"), "w", encoding="utf-8") as f:
                f.write(blocks_text(changed))
            written.append(f"{stem}.{name}.txt")
            write(f"{stem}.{name}.docx", mo.build_docx(changed, key, dbox))
        if tool:
            # Glyph marks (☒/☐) are text in the PDF, so their place in the cell shows.
            # As printed with the changes accepted: no tracked changes in the PDFs.
            kind = "plain" if key == "003" else key
            for name, align in MARKS.items():
                if wanted(name):
                    to_pdf(mark_docx(blks, kind, "glyph", align),
                           os.path.join(args.out, f"{stem}.{name}.pdf"), tool)
                    written.append(f"{stem}.{name}.pdf")
            for name, (page, font, hf) in STYLED.items():
                if wanted(name):
                    to_pdf(styled_docx(blks, kind, "glyph", None, page, font, hf),
                           os.path.join(args.out, f"{stem}.{name}.pdf"), tool)
                    written.append(f"{stem}.{name}.pdf")
            if wanted("extra-questions"):
                to_pdf(styled_docx(asked, kind, "glyph", None, "a4", "sans", False),
                       os.path.join(args.out, f"{stem}.extra-questions.pdf"), tool)
                written.append(f"{stem}.extra-questions.pdf")
    if wanted("retyped"):
        filled = mo.filled_2023_text(mo.read_seed(os.path.join(args.seeds, mo.SEED_STEMS["002"] + ".txt")),
                                     mo.answers_2023(args.seeds))
        with open(os.path.join(args.out, "2023_filled.retyped.txt"), "w", encoding="utf-8") as f:
            f.write(retyped_2023(filled, random.Random(14_023)))
        written.append("2023_filled.retyped.txt")
    if wanted("second-layout"):
        with open(os.path.join(mo.ROOT, "samples", "nacka_2016_form.txt"), encoding="utf-8") as f:
            nacka = f.read()
        with open(os.path.join(args.out, "nacka_2016_form.second-layout.txt"), "w", encoding="utf-8") as f:
            f.write(second_layout_2016(nacka))
        written.append("nacka_2016_form.second-layout.txt")
    if tool:
        blank = mo.blocks(mo.read_seed(os.path.join(args.seeds, mo.SEED_STEMS["002"] + ".txt")))
        for name, (page, font, hf) in STYLED.items():
            if wanted(name):
                to_pdf(styled_docx(blank, "2023", None, mo.answers_2023(args.seeds), page, font, hf),
                       os.path.join(args.out, f"2023_filled.{name}.pdf"), tool)
                written.append(f"2023_filled.{name}.pdf")
    for name in written:
        print(os.path.join(args.out, name))


if __name__ == "__main__":
    main()
