#!/usr/bin/env python3
"""Text dumps of reports as analysts' Python scripts make them.

The never-seen PDFs through pdfminer.six (`pdf2txt`'s text, what pdfplumber
builds on), PyMuPDF (`page.get_text()`, `get_text(sort=True)`, and its text
blocks joined by a blank line) and pypdf (`page.extract_text()`, PyPDF2's
successor: a table's cells written without spaces between, "JaNej" over
"Kommun ☒☐", counts run together); the never-seen .docx through python-docx, the
body in document order with a table's row a line, its cells joined by a tab
(`pydocx-order`), and the naive script's every paragraph and then every table
(`pydocx-split`: the sections' headings and their tables parted, so that no
row stands under its own heading). Each dump is written as
OUT/<stem>.<rendering>.txt, a page's text ended by a form feed where the tool
pages, for tests/compare_renderings.py to compare with the .docx's record.
A rendering whose module is missing (python3-pdfminer, python3-fitz,
python3-pypdf, python3-docx: scripts/install-deps.sh --bench) is skipped with
a note.

usage: make_python_dumps.py PDF_DIR DOCX_DIR OUT_DIR   (run with /usr/bin/python3)
"""
import glob
import os
import sys


def pdf_dumps(pdfs, out):
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        print("python3-pdfminer missing: no pdfminer dumps", file=sys.stderr)
        extract_text = None
    try:
        import fitz
    except ImportError:
        print("python3-fitz missing: no PyMuPDF dumps", file=sys.stderr)
        fitz = None
    try:
        from pypdf import PdfReader
    except ImportError:
        print("python3-pypdf missing: no pypdf dumps", file=sys.stderr)
        PdfReader = None
    for src in pdfs:
        stem = os.path.splitext(os.path.basename(src))[0]
        if PdfReader:
            pages = PdfReader(src).pages
            write(out, stem, "pypdf", "\f".join((p.extract_text() or "") for p in pages))
        if extract_text:
            write(out, stem, "pdfminer", extract_text(src))
        if fitz:
            doc = fitz.open(src)
            pages = list(doc)
            write(out, stem, "fitz-text", "\f".join(p.get_text() for p in pages))
            write(out, stem, "fitz-sort", "\f".join(p.get_text(sort=True) for p in pages))
            blocks = []
            for p in pages:
                texts = [b[4].strip("\n") for b in p.get_text("blocks") if b[6] == 0]
                blocks.append("\n\n".join(texts))
            write(out, stem, "fitz-blocks", "\f".join(blocks))


def docx_dumps(docxs, out):
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        print("python3-docx missing: no python-docx dumps", file=sys.stderr)
        return
    for src in docxs:
        stem = os.path.splitext(os.path.basename(src))[0]
        d = docx.Document(src)

        def rows(t):
            return ["\t".join(c.text for c in row.cells) for row in t.rows]

        ordered = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                ordered.append(Paragraph(el, d).text)
            elif tag == "tbl":
                ordered.extend(rows(Table(el, d)))
        write(out, stem, "pydocx-order", "\n".join(ordered) + "\n")
        split = [p.text for p in d.paragraphs]
        for t in d.tables:
            split.extend(rows(t))
        write(out, stem, "pydocx-split", "\n".join(split) + "\n")


def write(out, stem, rendering, text):
    with open(os.path.join(out, f"{stem}.{rendering}.txt"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    pdf_dir, docx_dir, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    pdf_dumps(sorted(glob.glob(os.path.join(pdf_dir, "*.pdf"))), out)
    docx_dumps(sorted(glob.glob(os.path.join(docx_dir, "*.docx"))), out)


if __name__ == "__main__":
    main()
