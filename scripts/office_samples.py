"""The Word (.docx) and OpenDocument (.odt) builders behind the samples: the
seed texts parsed into blocks, each block written as the county templates
draw it (tables, the check boxes of each kind, legacy text fields, tracked
changes), and the files packed with fixed zip timestamps, so that the same
input gives the same bytes. Python 3 standard library only.

Used by make_office_samples.py (the samples and the hostile files) and
make_variant_samples.py (the variants, some with a builder class replaced).
"""

import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
FIXED_TIME = (2024, 1, 15, 12, 0, 0)  # stable zip timestamps: same input, same bytes

EN5 = "\u2002" * 5
MARKS = {"x", "X", "xx", "XX", "1"}
MARK_HEADERS = ("ja", "nej", "delvis", "kan inte bedöma")

SEED_STEMS = {
    "000": "000_2b37c49d4415161a",
    "001": "001_6c9c6f8633700f23",
    "002": "002_b542900f2722aa90",
    "003": "003_9905a62abaf84389",
}

# In 000 some answers sit in legacy text form fields: the label stays plain
# text and the rest of the cell is the field's result.
FORMTEXT_LABELS_000 = (
    "Kontaktperson ",
    "Nämnd ",
    "Om ja, ange vilken slags handledning. ",
    "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. ",
    "Titel ",
)

# The answers of the filled 2023 form, in the order of the blank form's fields
# (each run of five EN SPACEs in 002). EN5 leaves a field blank.
ANSWERS_2023 = [
    # Kontaktuppgifter
    "Lindesberg", "Kristinavägen 6", "711 80", "Lindesberg", "Maria Holm", "Socialförvaltningen",
    "Socialnämnden", "0581-810 00", "socialforvaltningen@lindesberg.se",
    # Kommun/kommuner
    "Nora, Ljusnarsberg",
    # 1. Personliga ombud: tjänster, kvinnor, män
    "3,00", "2", "1",
    # Utbildning: Ja, Nej, vilka, varför
    "X", EN5, "Grundutbildning för personligt ombud, Socialstyrelsen. Motiverande samtal.", EN5,
    # Handledning: Ja, Nej, vilken, varför
    "X", EN5, "Extern processhandledning en gång i månaden.", EN5,
    # 2. Klienter: totalt, nya, avslutade (kvinnor, män per rad)
    "40", "22", "10", "6", "18", "9", "10", "5", "2", "2",
    "14", "8", "4", "3", "7", "3", "3", "2", "0", "0",
    "12", "7", "3", "2", "6", "3", "2", "2", "1", "0",
    # hemmavarande barn
    "9", "3",
    # 3. Kontaktorsaker (kvinnor, män)
    "11", "6", "7", "4", "5", "3", "4", "2", "3", "2", "2", "1", "1", "0", "12", "7", "8", "4",
    "1", "0",
    # Om annan orsak
    "Stöd vid kontakt med kronofogden.",
    # Tendenser
    "Fler klienter söker stöd kring ekonomi och skulder än tidigare år.",
    "Fler unga vuxna mellan 18 och 29 år tar kontakt.",
    # 4. Kö: Ja (antal kommuner med kö), Nej (antal utan), väntetid, orsaker
    "2", "1", "30", "Ombuden har haft fler klienter än tidigare och en tjänst var vakant i tre månader.",
    # Prioriteringsordning: Ja, Nej, rangordning, varför
    "X", EN5, "Klienter med barn under 18 år, hot om vräkning, överklagan av beslut.", EN5,
    # 5. Utförare: Kommun, Förening, Stiftelse, Aktiebolag, Annan (Ja, Nej)
    "X", EN5, EN5, "X", EN5, "X", EN5, "X", EN5, "X",
    # Om annan utförare
    EN5,
    # Myndigheter i ledningsgruppen (Ja, Nej)
    "X", EN5, "X", EN5, "X", EN5, "X", EN5, "X", EN5,
    # Organisationer (Ja, Nej, vilka)
    EN5, "X", EN5, "X", EN5, "RSMH", EN5, "X", EN5, EN5, "X", EN5,
    # Om ledningsgruppen saknar representant; hur kommunen har arbetat
    EN5, "Kallelser skickas till samtliga huvudmän inför varje möte.",
    # 6. Rutiner (Ja, Nej), brister, åtgärder
    "X", EN5,
    "Långa handläggningstider hos Försäkringskassan och svårt att få tid i psykiatrin.",
    "Bristerna har lyfts i ledningsgruppen och till Länsstyrelsen.",
    # 7. Ekonomi: beviljat kr, årsanställningar, förbrukat kr, årsanställningar, varför färre
    "1 206 900", "3,00", "1 206 900", "3,00", EN5,
    # 8. Övrigt
    "Verksamheten har fungerat väl under året.",
    # 9. Underskrift: datum, namnförtydligande, titel, tjänsteställe, telefon, e-post
    "2024-01-10", "Maria Holm", "Enhetschef", "Socialförvaltningen Lindesberg", "0581-810 00",
    "maria.holm@lindesberg.se",
]


# ----------------------------------------------------------------- layout

def read_seed(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def blocks(text):
    """Splits seed text into ("p", line) and ("table", [[cells]]) blocks.

    Consecutive lines holding a tab are one table. As in redovis' text reader,
    untabbed lines right after a row that is one tab-prefixed cell ("\tKommun")
    continue that cell: text exports of Word tables put each cell on its own
    line and wrap its text (a form field below its label) onto the next lines,
    so in the Word file they are further paragraphs of that cell."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows = []
            cell_start = False
            while i < len(lines):
                line = lines[i]
                if "\t" in line:
                    cells = line.split("\t")
                    rows.append(cells)
                    cell_start = len(cells) == 2 and cells[0] == ""
                elif cell_start and line != "":
                    last = rows[-1][-1]
                    rows[-1][-1] = last + ("\n" if last else "") + line
                else:
                    break
                i += 1
            width = max(len(r) for r in rows)
            out.append(("table", [r + [""] * (width - len(r)) for r in rows]))
        else:
            out.append(("p", lines[i]))
            i += 1
    return out


def is_mark_header(row):
    named = [c.strip().lower() for c in row[1:]]
    return sum(1 for c in named if c.startswith(MARK_HEADERS)) >= 1 and row[0].strip() == ""


def mark_columns(header):
    return [j for j, c in enumerate(header) if j > 0 and c.strip().lower().startswith(MARK_HEADERS)]


def plan_marks(blks):
    """Returns {(block, row, col): checked} for the cells that become check boxes."""
    boxes = {}
    in_covid = False
    for b, (kind, body) in enumerate(blks):
        if kind == "p":
            s = body.strip()
            if re.match(r"^\d+\.\s+Coronapandemin", s):
                in_covid = True
            elif re.match(r"^\d+\.\s+\S", s):
                in_covid = False
            continue
        cols = None
        for r, row in enumerate(body):
            if in_covid and len(row) == 2 and row[1].strip() and (
                    row[0].strip() == "" or row[0].strip() in MARKS):
                # An option line: a mark cell and a label cell.
                boxes[(b, r, 0)] = row[0].strip() in MARKS
                continue
            if is_mark_header(row):
                cols = mark_columns(row)
                continue
            if cols is not None:
                label = row[0].strip().lower()
                has_mark = any(row[j].strip() in MARKS for j in cols)
                if has_mark or not label.startswith("om "):
                    for j in cols:
                        cell = row[j].strip()
                        if cell == "" or cell in MARKS:
                            boxes[(b, r, j)] = cell in MARKS
    return boxes


# Pieces of cell or paragraph content: ("text", s), ("box", checked),
# ("field", result), ("ins", s), ("del", s).

def pieces_for(text, stem_kind, fill_answers=None):
    """Splits text into plain text and FORMTEXT fields for the form's kind."""
    if stem_kind in ("002", "2023"):
        out = []
        parts = text.split(EN5)
        for k, part in enumerate(parts):
            if part:
                out.append(("text", part))
            if k < len(parts) - 1:
                out.append(("field", EN5 if fill_answers is None else fill_answers.pop(0)))
        return out
    if stem_kind == "000":
        for label in FORMTEXT_LABELS_000:
            if text.startswith(label) and len(text) > len(label):
                return [("text", label), ("field", text[len(label):])]
    if stem_kind == "003":
        old = "en tillfällig utökning"
        if old in text:
            a, b = text.split(old, 1)
            return [("text", a + "en "), ("del", "permanent "), ("ins", "tillfällig"),
                    ("text", " utökning" + b)]
    return [("text", text)] if text else []


# ------------------------------------------------------------------- Word

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'mc:Ignorable="w14"')


def render_pieces(builder, pieces, text):
    """The markup of a paragraph's pieces in one format: `text(value)` writes a
    text piece; the builder's box, field and change methods write the others
    (a change piece's kind names the change)."""
    out = []
    for kind, value in pieces:
        if kind == "text":
            out.append(text(value))
        elif kind == "box":
            out.append(builder.box(value))
        elif kind == "field":
            out.append(builder.field(value))
        else:
            out.append(builder.change(kind, value))
    return "".join(out)


class Docx:
    def __init__(self, box_kind):
        self.box_kind = box_kind  # "legacy", "sdt" or "glyph"
        self.field_no = 0
        self.rev = 0

    def run(self, text, rpr=""):
        if text == "":
            return ""
        return (f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')

    def box(self, checked):
        self.field_no += 1
        if self.box_kind == "legacy":
            state = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
            return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                    f'<w:name w:val="Kryss{self.field_no}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                    f'<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        glyph = "\u2612" if checked else "\u2610"
        if self.box_kind == "sdt":
            return (f'<w:sdt><w:sdtPr><w:id w:val="{100000 + self.field_no}"/>'
                    f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                    '</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
                    'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                    f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
        return self.run(glyph)

    def field(self, result):
        self.field_no += 1
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="Text{self.field_no}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                '<w:textInput/></w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(result)}</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def change(self, kind, text):
        self.rev += 1
        attrs = f'w:id="{self.rev}" w:author="Handläggare" w:date="2021-01-10T10:00:00Z"'
        if kind == "ins":
            return f'<w:ins {attrs}>{self.run(text)}</w:ins>'
        return (f'<w:del {attrs}><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText>'
                '</w:r></w:del>')

    def content(self, pieces, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return render_pieces(self, pieces, lambda value: self.run(value, rpr))

    def paragraph(self, pieces, bold=False):
        return f'<w:p>{self.content(pieces, bold)}</w:p>'

    def table(self, rows, cell_pieces):
        n = len(rows[0])
        widths = col_widths(rows, 9600)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        border = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders>{border}'
               '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
               f'<w:tblGrid>{grid}</w:tblGrid>']
        for r, row in enumerate(rows):
            out.append("<w:tr>")
            for c in range(n):
                paragraphs = "".join(self.paragraph(p) for p in split_lines(cell_pieces(r, c)))
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/></w:tcPr>'
                           f'{paragraphs}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def split_lines(pieces):
    """Splits pieces at newlines in their text: one list of pieces per paragraph."""
    paragraphs = [[]]
    for kind, value in pieces:
        if kind in ("text", "field") and isinstance(value, str) and "\n" in value:
            parts = value.split("\n")
            for k, part in enumerate(parts):
                if k:
                    paragraphs.append([])
                if part or kind == "field":
                    paragraphs[-1].append((kind, part))
        else:
            paragraphs[-1].append((kind, value))
    return paragraphs


def col_widths(rows, total):
    """Column widths in proportion to the longest text in each column (a mark
    column stays narrow, a label column gets the room)."""
    n = len(rows[0])
    weights = []
    for c in range(n):
        longest = max(max(len(t.strip()) for t in r[c].split("\n")) for r in rows)
        weights.append(max(6, min(70, longest)))
    s = sum(weights)
    widths = [int(total * w / s) for w in weights]
    widths[0] += total - sum(widths)
    return widths


def is_heading(line):
    s = line.strip()
    return bool(re.match(r"^\d+\.\s+\S", s)) or s in ("REDOVISNING",)


def build_docx(blks, kind, box_kind, fill=None):
    doc = Docx(box_kind)
    boxes = plan_marks(blks) if box_kind else {}
    answers = list(fill) if fill is not None else None
    body = []
    for b, (k, v) in enumerate(blks):
        if k == "p":
            body.append(doc.paragraph(pieces_for(v, kind, answers), bold=is_heading(v)))
        else:
            def cell_pieces(r, c, b=b, v=v):
                if (b, r, c) in boxes:
                    return [("box", boxes[(b, r, c)])]
                return pieces_for(v[r][c], kind, answers)
            body.append(doc.table(v, cell_pieces))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {W_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>')
    return docx_package(document)


def docx_package(document_xml, extra=None):
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.styles+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/_rels/document.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/styles" Target="styles.xml"/></Relationships>'),
        ("word/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
         'w:cs="Arial"/><w:sz w:val="20"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
         '</w:style></w:styles>'),
        ("word/document.xml", document_xml),
    ]
    if extra:
        files.extend(extra)
    return files


# ------------------------------------------------------------ OpenDocument

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
          'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
          # form:control-implementation values are QNames in this namespace
          'xmlns:ooo="http://openoffice.org/2004/office" '
          'office:version="1.3"')


def odf_text(s):
    """Escapes text for a text:p, keeping runs of spaces, tabs and newlines
    (ODF collapses white space, so runs are written as text:s)."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            j = i
            while j < len(s) and s[j] == " ":
                j += 1
            n = j - i
            if i == 0:
                out.append(f'<text:s text:c="{n}"/>' if n > 1 else '<text:s/>')
            else:
                out.append(" ")
                if n > 1:
                    out.append(f'<text:s text:c="{n - 1}"/>' if n > 2 else '<text:s/>')
            i = j
        elif c == "\t":
            out.append("<text:tab/>")
            i += 1
        elif c == "\n":
            out.append("<text:line-break/>")
            i += 1
        else:
            out.append(escape(c))
            i += 1
    return "".join(out)


class Odt:
    def __init__(self, box_kind):
        self.box_kind = box_kind  # "fieldmark", "form" or "glyph"
        self.controls = []
        self.marks = 0
        self.tables = 0
        self.changes = []
        self.col_styles = []

    def box(self, checked):
        if self.box_kind == "glyph":
            return "\u2612" if checked else "\u2610"
        if self.box_kind == "fieldmark":
            # How LibreOffice keeps a Word FORMCHECKBOX.
            self.marks += 1
            param = ('<field:param field:name="Checkbox_Checked" field:value="true"/>'
                     if checked else '')
            return (f'<field:fieldmark text:name="__Fieldmark__{self.marks}" '
                    f'field:type="vnd.oasis.opendocument.field.FORMCHECKBOX">{param}'
                    '</field:fieldmark>')
        n = len(self.controls) + 1
        cid = f"control{n}"
        state = ' form:current-state="checked"' if checked else ''
        self.controls.append(
            f'<form:checkbox form:name="Kryss{n}" form:control-implementation='
            f'"ooo:com.sun.star.form.component.CheckBox" xml:id="{cid}" form:id="{cid}"'
            f'{state} form:image-position="center"><form:properties><form:property '
            'form:property-name="DefaultControl" office:value-type="string" '
            'office:string-value="com.sun.star.form.control.CheckBox"/></form:properties>'
            '</form:checkbox>')
        return (f'<draw:control text:anchor-type="as-char" svg:y="-0.35cm" draw:z-index="{n}" '
                f'draw:name="Kryss{n}" draw:style-name="gr1" svg:width="0.4cm" svg:height="0.4cm" '
                f'draw:control="{cid}"/>')

    def field(self, result):
        self.marks += 1
        return (f'<field:fieldmark-start text:name="__Fieldmark__{self.marks}" '
                'field:type="vnd.oasis.opendocument.field.FORMTEXT"/><field:fieldmark-separator/>'
                f'{odf_text(result)}<field:fieldmark-end/>')

    def change(self, kind, text):
        cid = f"ct{len(self.changes) + 1}"
        info = ('<office:change-info><dc:creator>Handläggare</dc:creator>'
                '<dc:date>2021-01-10T10:00:00</dc:date></office:change-info>')
        if kind == "ins":
            self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}">'
                                f'<text:insertion>{info}</text:insertion></text:changed-region>')
            return (f'<text:change-start text:change-id="{cid}"/>{odf_text(text)}'
                    f'<text:change-end text:change-id="{cid}"/>')
        self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>'
                            f'{info}<text:p>{odf_text(text)}</text:p></text:deletion>'
                            '</text:changed-region>')
        return f'<text:change text:change-id="{cid}"/>'

    def content(self, pieces):
        return render_pieces(self, pieces, odf_text)

    def paragraph(self, pieces, bold=False):
        style = "Heading" if bold else "Standard"
        return f'<text:p text:style-name="{style}">{self.content(pieces)}</text:p>'

    def table(self, rows, cell_pieces):
        self.tables += 1
        n = len(rows[0])
        t = f"Tabell{self.tables}"
        cols = "".join(f'<table:table-column table:style-name="{t}.C{c}"/>' for c in range(n))
        out = [f'<table:table table:name="{t}" table:style-name="Tbl">{cols}']
        for c, w in enumerate(col_widths(rows, 17000)):
            self.col_styles.append(
                f'<style:style style:name="{t}.C{c}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w / 1000:.3f}cm"/>'
                '</style:style>')
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            for c in range(n):
                paragraphs = "".join(self.paragraph(p) for p in split_lines(cell_pieces(r, c)))
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string">'
                           f'{paragraphs}</table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)


def build_odt(blks, kind, box_kind, fill=None, tracked=False):
    doc = Odt(box_kind)
    boxes = plan_marks(blks) if box_kind else {}
    answers = list(fill) if fill is not None else None
    body = []
    for b, (k, v) in enumerate(blks):
        if k == "p":
            pieces = pieces_for(v, kind, answers)
            if not tracked:
                pieces = flatten_changes(pieces)
            body.append(doc.paragraph(pieces, bold=is_heading(v)))
        else:
            def cell_pieces(r, c, b=b, v=v):
                if (b, r, c) in boxes:
                    return [("box", boxes[(b, r, c)])]
                return pieces_for(v[r][c], kind, answers)
            body.append(doc.table(v, cell_pieces))
    forms = ""
    if doc.controls:
        forms = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
                 '<form:form form:name="Standard" form:apply-filter="true" '
                 'form:command-type="table" form:control-implementation='
                 '"ooo:com.sun.star.form.component.Form">' + "".join(doc.controls) +
                 '</form:form></office:forms>')
    changes = ""
    if doc.changes:
        changes = '<text:tracked-changes>' + "".join(doc.changes) + '</text:tracked-changes>'
    styles = (
        '<office:automatic-styles>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
        'style:vertical-pos="from-top" style:vertical-rel="baseline"/></style:style>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties '
        'style:width="17cm" table:align="left"/></style:style>'
        + "".join(doc.col_styles) +
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph" '
        'style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/>'
        '</style:style></office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}>{styles}<office:body><office:text>'
               f'{forms}{changes}{"".join(body)}</office:text></office:body>'
               '</office:document-content>')
    return odt_package(content)


def flatten_changes(pieces):
    out = []
    for kind, value in pieces:
        if kind == "del":
            continue
        out.append(("text", value) if kind == "ins" else (kind, value))
    return out


def odt_package(content_xml, mimetype="application/vnd.oasis.opendocument.text"):
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {ODF_NS}><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name="Arial" fo:font-family="Arial" fo:font-size="10pt" '
              'fo:language="sv" fo:country="SE"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '</office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    return [("mimetype", mimetype), ("content.xml", content_xml), ("styles.xml", styles),
            ("META-INF/manifest.xml", manifest)]


def write_zip(path, files):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- the 2023 form

def answers_2023(seeds):
    """The filled 2023 form's answers: those of SEEDS/answers_2023.json (a
    JSON list of strings, one a field, as make_other_answers.py writes it)
    where the seed folder has one, else ANSWERS_2023."""
    path = os.path.join(seeds, "answers_2023.json")
    if not os.path.exists(path):
        return list(ANSWERS_2023)
    import json
    with open(path, encoding="utf-8") as f:
        answers = json.load(f)
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        sys.exit(f"{path}: not a JSON list of strings")
    return answers


def filled_2023_text(blank, answers=None):
    answers = list(ANSWERS_2023 if answers is None else answers)
    fields = blank.count(EN5)
    if fields != len(answers):
        sys.exit(f"the 2023 form has {fields} fields but {len(answers)} answers are listed")
    parts = blank.split(EN5)
    out = [parts[0]]
    for k, part in enumerate(parts[1:]):
        out.append(answers[k])
        out.append(part)
    return "".join(out)
