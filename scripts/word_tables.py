#!/usr/bin/env python3
"""The .docx's body read as rows of cells, as a plain editor or a spreadsheet
holds it (issue 14): word-tsv (a paragraph a line, a table row its cells
joined by tabs, as Word's "Save as text" of a table), word-tsv-expand4 (that
through `expand -t 4`) and the CSV a spreadsheet saves of it (csv-excel,
csv-comma). make_renderings.py's table calls them. Python 3 standard library
and expand; no table of its own.
"""
import csv
import io
import os
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word_text(node):
    """The text of a w:p or w:tc (its paragraphs joined by a space)."""
    parts = []
    for p in node.iter(W + "p"):
        words = "".join(t.text or "" for t in p.iter(W + "t"))
        if words.strip():
            parts.append(words.strip())
    return " ".join(parts)


def word_rows(src):
    """The .docx's body as rows of cells: a paragraph a row of one cell, a
    table row a row of its cells (what word-tsv writes)."""
    with zipfile.ZipFile(src + ".docx") as z:
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    rows = []
    for node in body:
        if node.tag == W + "p":
            rows.append([word_text(node)])
        elif node.tag == W + "tbl":
            for row in node.findall(W + "tr"):
                rows.append([word_text(cell) for cell in row.findall(W + "tc")])
    return rows


def word_tsv(src, dst, _stem):
    """word_rows, a row a line, its cells joined by tabs."""
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join("\t".join(r) for r in word_rows(src)) + "\n")
    return True


def word_tsv_expand4(src, dst, stem):
    """word-tsv through `expand -t 4`."""
    with tempfile.TemporaryDirectory(prefix="tsv-") as tmp:
        tsv = os.path.join(tmp, "tsv.txt")
        word_tsv(src, tsv, stem)
        out = subprocess.run(["expand", "-t", "4", tsv], check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def sheet_csv(sep, encoding, eol, padded):
    """The .docx pasted into a spreadsheet (a paragraph a row in the first
    column, a table row's cells side by side) and saved as CSV: fields
    separated by `sep`, quoted where they hold it, a quote or a line break;
    every row padded with empty fields to the sheet's width when `padded`
    (as Excel and LibreOffice Calc write it)."""
    def make(src, dst, _stem):
        rows = word_rows(src)
        width = max(len(r) for r in rows)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=sep, quoting=csv.QUOTE_MINIMAL, lineterminator=eol)
        for r in rows:
            cells = r + [""] * (width - len(r)) if padded else r
            # A row of one empty field is an empty line, not `""`.
            if cells == [""]:
                buf.write(eol)
            else:
                writer.writerow(cells)
        with open(dst, "wb") as f:
            f.write(buf.getvalue().encode(encoding, errors="replace"))
        return True
    return make
