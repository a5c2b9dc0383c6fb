#!/usr/bin/env python3
"""Renders each sample report in the ways reports really arrive, for the
renderings test (tests/renderings.sh) and the accuracy benchmark
(bench/accuracy.sh). Python 3 standard library, plus the conversion tools.

usage: make_renderings.py OUT_DIR [--samples DIR] [--stems STEM ...]
                          [--renderings NAME ...] [--list]

A rendering of sample <stem> (a report in samples/ with a .docx) is written as
OUT_DIR/<stem>.<rendering>.<ext>. Its reference record is that of
samples/<stem>.docx (tests/compare_renderings.py compares them). Renderings:

  pdftotext-layout  `pdftotext -layout` of samples/<stem>.pdf (columns kept as
                    runs of spaces, form feeds between pages)
  pdftotext-raw     `pdftotext` of the same PDF (reading order, no columns)
  pandoc-markdown   `pandoc -t markdown` of the .docx (pipe, grid and simple
                    tables; cells wrapped over several lines)
  pandoc-plain      `pandoc -t plain` of the .docx (simple tables with dashed
                    rules, indented paragraphs)
  pandoc-rst        `pandoc -t rst` of the .docx (reStructuredText grid tables;
                    a word longer than its column broken over the cell's lines)
  pandoc-asciidoc   `pandoc -t asciidoc` of the .docx (`|===` tables, cells
                    opened by `|` and running over lines, `a|` specifiers)
  pandoc-org        `pandoc -t org` (org-mode tables `| a | b |`, no rule
                    when the table has no header)
  pandoc-mediawiki  `pandoc -t mediawiki` (`{|` tables, `|-` rows, cells
                    with `width="49%"|` attributes)
  pandoc-dokuwiki   `pandoc -t dokuwiki` (`|a |b |` rows)
  pandoc-jira       `pandoc -t jira` (`| a | b |` rows, `||` header cells)
  pandoc-textile    `pandoc -t textile` (its tables are HTML `<table>`
                    markup inside the text; `@`, `-`, `*` written as `&#64;`...)
  pandoc-gfm        `pandoc -t gfm` (GitHub markdown: pipe tables, and the
                    tables with merged cells or several paragraphs in a cell
                    as raw HTML `<table>` markup inside the text)
  pandoc-commonmark `pandoc -t commonmark` (every table as raw HTML markup)
  html-fragment     `pandoc -t html` without a page around it: the HTML
                    source of the body (`<p>`, `<table>`), as text pasted
                    from a page's source or a tool's output
  lo-html-text      LibreOffice's "Save as web page" of the .docx, the
                    source between `<body>` and `</body>`, as text (its own
                    attributes, `<p>` in every cell, `&nbsp;`)
  pandoc-html       `pandoc -s -t html` (a whole HTML page: read through
                    LibreOffice, like Word's "Save as Web Page"; not in the
                    committed slice, which needs no converter)
  lo-text           LibreOffice "Save as text" of the .docx (one cell a line)
  word-tsv          the .docx as a plain editor holds it after Word's text
                    is copied into it: a paragraph a line, a table row a line
                    with its cells separated by tabs (a cell's paragraphs
                    joined by a space; a nested table's text in its cell)
  csv-excel         the .docx pasted into a spreadsheet (a paragraph a row,
                    a table row's cells side by side) and saved as a Swedish
                    Excel's CSV: ';' between fields, quoted fields, rows
                    padded to the sheet's width, Windows-1252, CRLF
  csv-comma         the same saved by a script: ',' between fields, rows
                    not padded, UTF-8, LF
  lo-pdf-landscape  the .docx with its pages turned to A4 landscape, exported
                    to PDF by LibreOffice (read as a PDF)
  lo-pdf-a5         the same on A5 portrait pages (narrow columns, more pages)
  lo-pdf-pagenums   the .docx with its page's number centred in every page's
                    footer (a numbered form), exported to PDF by LibreOffice
  lo-pdf-pagenums-sida  the same, the footer "Sida n av m"
  lo-pdf-pagenums-layout  `pdftotext -layout` of lo-pdf-pagenums
  lo-pdf-pagenums-nopgbrk  `pdftotext -layout -nopgbrk` of it: the page
                    numbers, set by the layout where the page's text lets
                    it, alone part the pages
  plain-cp1252      `pandoc -t plain` in Windows-1252 (characters it lacks,
                    such as check-box glyphs, written as `?`), CRLF line ends
  plain-latin1      the same in ISO-8859-1, LF line ends
  plain-utf16       the same in UTF-16 LE with a BOM, CRLF line ends
  plain-utf8bom     the same in UTF-8 with a BOM, CRLF line ends
  mail-body         LibreOffice's text re-wrapped at 72 columns as a mail
                    program sends a pasted text (lines longer than 72 broken
                    at spaces)
  mail-quoted       the same quoted in a reply, each line after `> `
  pdftotext-layout-nopgbrk  `pdftotext -layout -nopgbrk` (no form feeds)
  pdftotext-layout-browser, pdftotext-raw-browser  `pdftotext -layout`, or
                    `pdftotext`, of the PDF as a browser prints a page: each
                    page between a running header (date, time, title) and
                    footer (address, page "n/m"), the form feeds left out as
                    `-nopgbrk` does
  pdftotext-layout-latin1   `pdftotext -layout -enc Latin1 -eol dos`
  pdftotext-fixed   `pdftotext -fixed 3` (a fixed pitch of 3 points a column)
  pandoc-markdown-40, pandoc-markdown-200, pandoc-markdown-nowrap
                    `pandoc -t markdown` with `--columns=40`, `--columns=200`
                    or `--wrap=none` (narrow and wide grid tables)
  pandoc-markdown-simple  `pandoc -t markdown-pipe_tables-grid_tables-
                    multiline_tables` (simple tables only, or none)
  pandoc-haddock, pandoc-muse, pandoc-zimwiki, pandoc-xwiki
                    pandoc's Haddock (grid tables), Muse (grid tables, an
                    empty cell `<verbatim></verbatim>`), Zim (pipe tables
                    whose first row is written again after the separator)
                    and XWiki (`|=` headers, rows without a closing bar,
                    `(((...)))` cells) writers
  pandoc-latex, pandoc-man, pandoc-ms, pandoc-texinfo
                    pandoc's LaTeX, roff (man, ms) and Texinfo source: refused
                    by the reader as typesetting source, never read
  lo-html-plain     LibreOffice's "Save as web page", then `pandoc -f html -t
                    plain` of that page (a double conversion; Word's field
                    markers come through as control characters)
  docx-roundtrip-lo-text  the .docx written again by `pandoc -t docx`, then
                    LibreOffice's "Save as text" of that
  mail-html-tabs, mail-html-pipes  `pandoc -t html` sent as an HTML mail and
                    shown as plain text (python's html.parser): a block a
                    line, a row's cells joined by a tab or by ` | `
  tesseract-text    samples/<stem>.scanned.pdf rendered by `pdftoppm -r 300
                    -gray` and read by the `tesseract` command (`-l swe`),
                    pages joined by form feeds (only the stems with a scan)
  plain-crlf-ff     `pandoc -t plain` with Windows line ends and a form feed
                    at the end
  plain-fmt72       `pandoc -t plain` reflowed by `fmt -w 72` (a paragraph's
                    lines joined and wrapped again: its tables' columns lost)
  plain-fold20      `pandoc -t plain` through `fold -s -w 20` (its tables'
                    rules cut where the line ends, rows broken in padding)
  pandoc-commonmark-x, pandoc-markdown-mmd, pandoc-markdown-phpextra,
  pandoc-markdown-strict, pandoc-asciidoctor, pandoc-markua
                    pandoc's other markdown flavours (pipe tables, or every
                    table as raw HTML), Asciidoctor and Markua writers
  pandoc-plain-preserve  `pandoc -t plain --wrap=preserve`
  pandoc-context    pandoc's ConTeXt source: refused as typesetting source
  pandoc-docbook    pandoc's DocBook XML (`<para>`, tables of `<row>` and
                    `<entry>`): refused as typesetting source
  plain-unexpand    `pandoc -t plain` through `unexpand -a` (runs of spaces
                    to tab stops made tabs; coreutils counts bytes, so a
                    line with å, ä, ö before a column shifts)
  plain-fold60      `pandoc -t plain` through `fold -s -w 60` (long lines
                    broken at spaces, the rest at the line's start)
  plain-nbsp        `pandoc -t plain` with a third of the spaces between
                    two words made NO-BREAK SPACEs (seeded by the stem)
  plain-utf16be     `pandoc -t plain` in UTF-16 BE with a BOM, LF line ends
  plain-qp          `pandoc -t plain` quoted-printable, as a mail's body
                    copied from its source without the headers ("Timr=C3=A5",
                    lines soft-broken at 76 bytes with a closing '=')
  lo-text-cp1252    LibreOffice's "Save as text" in Windows-1252 (the
                    "Text - Encoded" filter's MS_1252)
  plain-unexpand4   `pandoc -t plain` through `unexpand -a -t 4` (tab stops
                    every 4 columns, counted in bytes)
  word-tsv-expand4  word-tsv through `expand -t 4` (a row's cells at the
                    next 4-column stop: columns that do not line up)
  pdftotext-copy-latin1  `pdftotext -nopgbrk -enc Latin1` (reading order
                    without form feeds in Latin-1: a PDF viewer's text copied
                    into a legacy editor)
  plain-macroman    `pandoc -t plain` in Mac Roman with CR line ends (a
                    classic Mac editor's text)
  plain-cp850       `pandoc -t plain` in DOS code page 850, CRLF line ends
  plain-soft-hyphens  `pandoc -t plain` with SOFT HYPHENs inside some long
                    words and ZERO WIDTH SPACEs after some slashes and '@'
                    (seeded by the stem; what a web page's hyphenation hints
                    leave in copied text; they take no width, so the
                    columns stay where they show)
  plain-pr          `pandoc -t plain` paginated by `pr -l 60` (a header line
                    with a fixed date, the file's name and "Page N" on each
                    page, form feeds not written: blank lines fill each page)
  pandoc-markdown-html  `pandoc -t markdown` with no table extension: every
                    table as raw HTML inside markdown (a Word export's
                    markdown with HTML tables)
  plain-nfd         `pandoc -t plain` in Unicode NFD (letters and their
                    diaereses and rings as two code points: a Mac's copy)
  plain-quoted2     `pandoc -t plain` quoted twice in e-mail replies
                    (`> > ` before each line, `> >` before a blank one)
  plain-tab-indented  `pandoc -t plain` with a tab before every line (a
                    text pasted indented into a note)
  pdftotext-raw-indented  `pdftotext` of <stem>.pdf (reading order) with
                    four spaces before every line
  pdftotext-layout-quoted  `pdftotext -layout` of <stem>.pdf quoted line by
                    line in an e-mail reply ("> " before every line, so a
                    page's form feed stands after the quote)
  pdftotext-layout-mojibake  `pdftotext -layout` of <stem>.pdf read as
                    windows-1252 with U+FFFD for its undefined bytes and saved
                    as UTF-8 (encoded twice, ☐ lost as "â˜�": refused,
                    lost_characters)
  pdftotext-layout-pagemarks  `pdftotext -layout` of <stem>.pdf, each form
                    feed written as a page marker on a line of its own ("===
                    Sida 3 av 8 ===": an archive's text export)
  pdftotext-layout-pagenums  `pdftotext -layout` of <stem>.pdf, each page
                    ending in its number alone, centred (a numbered form's
                    footer)
  pdftotext-layout-nopgbrk-pagenums  the same without form feeds
                    (`-nopgbrk`): the page numbers alone part the pages
  pdftotext-layout-mac  `pdftotext -layout` of <stem>.pdf through `iconv -f
                    UTF-8 -t MAC//TRANSLIT` (Mac OS Roman, which has no ¹ or
                    ²: the footnotes' marks written as plain digits)
  ps2ascii          `ps2ascii` (Ghostscript) of <stem>.pdf: a page's lines
                    where they fall, no form feeds, a page's footnote amid
                    the text going on round it
  pdftotext-layout-rewrapped  `pdftotext -layout` of <stem>.pdf quoted twice
                    in replies (`> > `) and re-wrapped at 72 columns by the
                    mail program, each broken line's rest quoted at column 0
  pdftotext-layout-q2fmts  `pdftotext -layout` of <stem>.pdf quoted twice
                    in replies (`> > ` before every line) and refilled by
                    `fmt -s -w 72 -p '> > '`: long lines split short of the
                    width (fmt's goal), never joined
  pdftotext-layout-fixed  `pdftotext -layout -fixed 5` of <stem>.pdf: the
                    layout on a pitch of 5 points a column, its columns
                    squeezed (gaps of one space, a box glued to its label,
                    a header's words run over the next column, a cell set
                    a line under its row's first line)
  pdftotext-layout-fixed6  `pdftotext -layout -fixed 6` of <stem>.pdf: the
                    same, wider: a two-column table's rows stand half a
                    line apart (the right column's lines between the left
                    one's), words of two columns glued ("TyresöPostnummer")
  pdftotext-layout-stripped  `pdftotext -layout` of <stem>.pdf with every
                    line's leading spaces taken off (`sed 's/^ *//'`: a text
                    pasted into a mail; a page's form feed keeps the spaces
                    after it)
  pdftotext-layout-cut100, pdftotext-layout-cut80  `pdftotext -layout` of
                    <stem>.pdf with every line cut after 100 or 80
                    characters (`cut -c` in a UTF-8 locale, `colrm 101`: an
                    archive's truncated lines, the right columns gone)
  pdftotext-layout-cutb100, pdftotext-layout-cutb80  the same cut after 100
                    or 80 bytes (GNU `cut -b`, and its `cut -c`): a letter of
                    two bytes may lose its second at the cut
  pandoc-markdown-20, pandoc-markdown-30, pandoc-markdown-50,
  pandoc-plain-30, pandoc-rst-30, pandoc-plain-25
                    `pandoc -t markdown` with `--columns=20`, 30 or 50, and
                    `-t plain` and `-t rst` with `--columns=30`, `-t plain`
                    with `--columns=25`: paragraphs, headings and table
                    cells wrapped narrow (issue 14)
  text-fold40, text-fmt40, text-fmt45  samples/<stem>.txt through `fold -s
                    -w 40` (long lines broken at spaces) or `fmt -w 40` or
                    `-w 45` (each paragraph's lines joined and wrapped again
                    at 40 or 45 columns)
  text-lstrip, -squeezed, -lstrip-squeezed, -lstrip-pipes, -expand,
  text-semicolons   samples/<stem>.txt through `sed`, `tr`, `expand`: a
                    tabbed text as everyday tools leave it
                    (scripts/text_pipes.py)
  lo-text-fmt40     lo-text through `fmt -w 40` (LibreOffice's text a cell
                    a line, its cells run together and broken again at 40
                    columns)
  pdf-searchable    a searchable scan: the pages of samples/<stem>.scanned.pdf
                    (else of <stem>.pdf) rendered at 200 dpi in grey by
                    `pdftoppm` and made a PDF by `tesseract IMAGES OUT --dpi 200
                    -l swe pdf` (each page a JPEG image under an invisible OCR
                    text layer, render mode 3)
  pdf-gs            <stem>.pdf through Ghostscript's `pdfwrite` (fonts
                    re-embedded, text split into other runs)
  pdf-ps2pdf        <stem>.pdf printed to PostScript by `pdftops` and
                    distilled again by `ps2pdf` (Type 3 and re-encoded fonts)
  pdf-cairo         `pdftocairo -pdf` of <stem>.pdf (cairo's own font
                    subsets and ToUnicode maps)
  pdf-tagged-pdfa   the .docx exported by LibreOffice as tagged PDF/A-2b
                    with form fields (ExportFormFields, UseTaggedPDF)
  pdf-rotated       <stem>.pdf with page 2 turned by `/Rotate 90`
                    (`qpdf --rotate=+90:2`)
  pdf-cropbox       <stem>.pdf with every page's MediaBox grown by 40 points
                    on each side and a CropBox at the old page (origin not 0 0)
  pdf-encrypted     <stem>.pdf encrypted with an owner password only
                    (`qpdf --encrypt "" owner 256 --`: opens without one)
  pdf-2up           <stem>.pdf two pages on one landscape A4 sheet
                    (Ghostscript's NupControl=2x1)
  pdf-pages-reversed, pdf-pages-pairs, pdf-pages-halves, pdf-pages-shuffled
                    <stem>.pdf with its pages out of order (scripts/page_orders.py,
                    `qpdf --empty --pages`): last to first; swapped in pairs
                    (2,1,4,3,...); the second half first (3,4,1,2); shuffled
                    (seeded by the stem and the rendering's name)
  pdftotext-layout-pages-reversed, -pairs, -halves, -shuffled
                    `pdftotext -layout` of the same PDFs
  pdftotext-layout-ascii, pdftotext-layout-ascii-c, pdftotext-layout-aao
                    `pdftotext -layout` of <stem>.pdf with its diacritics
                    stripped (scripts/stripped_marks.py): `iconv -t
                    ASCII//TRANSLIT` under LC_ALL=C.UTF-8 ("å" to "a") and
                    under LC_ALL=C ("å" to "?"); `sed 'y/åäöÅÄÖ/aaoAAO/'`
  pdftotext-layout-folds90, -folds120, -catn, -fmt120  `pdftotext -layout`
                    of <stem>.pdf through `fold -s -w 90` or `-w 120`,
                    `cat -n` or `fmt -w 120` (scripts/layout_pipes.py)
  pdftotext-layout-fold80, -fold72, -fold100  the same through `fold -w`
                    (no -s: cut at the width in bytes, anywhere)
  pdftotext-layout-dblspace, -crcrlf, -nbspgaps  the same through `sed G`
                    (an empty line after each line), with "\\r\\r\\n" line
                    ends, or every two spaces " \\u00A0" (a no-break space)
  pdftotext-layout-strip  the same through `sed 's/^ *//; s/ *$//'`: each
                    line's margin taken off, a header line away from its
                    columns (read back over its row: text_cells.h)
  enscript          `pdftotext -layout` of <stem>.pdf printed to PDF by
                    enscript (Courier 7, Latin-1) and ps2pdf: tables
                    without rules (scripts/printed_text.py)
  pdf-noborders     the .docx with every table border removed, exported to
                    PDF by LibreOffice: tables without drawn rules, check
                    boxes kept (scripts/borderless_tables.py)

Every rendering is a pure function of its input file: the same samples give
the same bytes (tools that take a seed get a fixed one, derived from the stem
and the rendering's name, so a generator added here stays reproducible),
except for what the PDF tools stamp in: Ghostscript's and cairo's creation
dates and document IDs, and the random salts of qpdf's AES-256 encryption
(pdf-encrypted); their pages are the same every run.
A rendering whose tool is missing is skipped with a note on stderr; the exit
status is 1 only when a tool that is present fails.
"""
import quopri
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rendering_tools import (  # noqa: E402  the command line and the tools' calls, shared
    edit_qdf, from_pdf, ghostscript, main, pandoc_text, pdftotext_with, qpdf, run, seeded,
    soffice_convert)
from page_orders import page_order_renderings  # noqa: E402
from stripped_marks import stripped_renderings  # noqa: E402
from layout_pipes import layout_pipe_renderings  # noqa: E402
from text_pipes import text_pipe_renderings  # noqa: E402
from word_tables import sheet_csv, word_tsv, word_tsv_expand4  # noqa: E402
from printed_text import printed_text_renderings  # noqa: E402
from borderless_tables import borderless_renderings  # noqa: E402
from pdf_steps import cropbox, lo_pdf, lo_pdf_page_numbers, lo_pdf_tagged, pdf_searchable, ps2pdf  # noqa: E402
from text_transforms import (  # noqa: E402  the text-only steps of a rendering
    browser_edges, cut_bytes, cut_columns, html_flattened, indented, mojibake_lossy, nfd,
    page_marks, page_numbers, quoted_lines, quoted_rewrapped, quoted_twice, soft_hyphens, stripped_lines, wrap72)


def pdftotext(layout):
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        run(["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, dst])
        return True
    return make


def pandoc(to, *extra, columns=72):
    def make(src, dst, _stem):
        docx = src + ".docx"
        # --columns fixed so the wrapping does not depend on the terminal.
        run(["pandoc", "-f", "docx", "-t", to, f"--columns={columns}", *extra, "-o", dst, docx])
        return True
    return make


def lo_html_text(src, dst, _stem):
    docx = src + ".docx"
    with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
        with open(soffice_convert(docx, "html:HTML (StarWriter)", tmp), encoding="utf-8") as f:
            page = f.read()
    # The body's source alone: what a person copies out of the page's source.
    # Images LibreOffice writes beside the page are not kept.
    start = page.lower().find("<body")
    start = page.find(">", start) + 1 if start >= 0 else 0
    end = page.lower().rfind("</body>")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(page[start:end if end >= 0 else len(page)].strip("\n") + "\n")
    return True


def lo_text(src, dst, _stem):
    docx = src + ".docx"
    with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
        shutil.move(soffice_convert(docx, "txt:Text (encoded):UTF8", tmp), dst)
    return True


def lo_text_fmt(width):
    """lo-text through `fmt -w WIDTH`."""
    def make(src, dst, stem):
        lo_text(src, dst, stem)
        with open(dst, "rb") as f:
            text = f.read()
        out = subprocess.run(["fmt", "-w", str(width)], input=text, check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def plain_encoded(encoding, crlf, bom=b""):
    """`pandoc -t plain` of the .docx saved in another encoding."""
    def make(src, dst, _stem):
        text = pandoc_text(src + ".docx", "plain")
        if crlf:
            text = text.replace("\n", "\r\n")
        with open(dst, "wb") as f:
            f.write(bom + text.encode(encoding, errors="replace"))
        return True
    return make


def plain_quoted_printable(src, dst, _stem):
    """`pandoc -t plain` of the .docx quoted-printable (a mail's body)."""
    text = pandoc_text(src + ".docx", "plain")
    with open(dst, "wb") as f:
        f.write(quopri.encodestring(text.encode("utf-8")))
    return True


def plain_encoded_eol(encoding, eol):
    """`pandoc -t plain` in `encoding` (characters it lacks written `?`) with
    `eol` line ends."""
    def make(src, dst, _stem):
        text = pandoc_text(src + ".docx", "plain").replace("\n", eol)
        with open(dst, "wb") as f:
            f.write(text.encode(encoding, errors="replace"))
        return True
    return make


def mail_body(quoted):
    def make(src, dst, stem):
        with tempfile.TemporaryDirectory(prefix="mail-") as tmp:
            text_file = os.path.join(tmp, "lo.txt")
            lo_text(src, text_file, stem)
            with open(text_file, encoding="utf-8-sig") as f:
                lines = f.read().splitlines()
        out = []
        for line in lines:
            for piece in wrap72(line):
                out.append(("> " + piece if piece else ">") if quoted else piece)
        with open(dst, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        return True
    return make


def lo_html_plain(src, dst, _stem):
    """LibreOffice's "Save as web page" of the .docx, then `pandoc -f html
    -t plain` of that page: a double conversion."""
    with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
        page = soffice_convert(src + ".docx", "html:HTML (StarWriter)", tmp)
        run(["pandoc", "-f", "html", "-t", "plain", "--columns=72", "-o", dst, page])
    return True


def docx_roundtrip_lo_text(src, dst, _stem):
    """The .docx written again by pandoc (`-f docx -t docx`: its own table
    and paragraph styles, form fields dropped), then LibreOffice's "Save as
    text" of that."""
    with tempfile.TemporaryDirectory(prefix="rt-") as tmp:
        again = os.path.join(tmp, os.path.basename(src) + ".docx")
        run(["pandoc", "-f", "docx", "-t", "docx", "-o", again, src + ".docx"])
        shutil.move(soffice_convert(again, "txt:Text (encoded):UTF8", tmp), dst)
    return True


def mail_html(cell_sep):
    """`pandoc -t html` of the .docx sent as an HTML mail and shown as plain
    text by the receiving program (html_flattened)."""
    def make(src, dst, _stem):
        text = html_flattened(pandoc_text(src + ".docx", "html"), cell_sep)
        with open(dst, "w", encoding="utf-8") as f:
            f.write(text)
        return True
    return make


def tesseract_text(src, dst, _stem):
    """samples/<stem>.scanned.pdf rendered at 300 dpi by `pdftoppm`, each
    page read by the `tesseract` command with Swedish data, the pages joined
    by form feeds (what someone who ran OCR themselves archives)."""
    pdf = src + ".scanned.pdf"
    if not os.path.exists(pdf) or shutil.which("pdftoppm") is None:
        return False
    with tempfile.TemporaryDirectory(prefix="ocr-") as tmp:
        run(["pdftoppm", "-r", "300", "-gray", "-png", pdf, os.path.join(tmp, "page")])
        pages = []
        for png in sorted(f for f in os.listdir(tmp) if f.endswith(".png")):
            out = subprocess.run(["tesseract", os.path.join(tmp, png), "-", "-l", "swe"], check=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
            pages.append(out.decode("utf-8"))
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\f".join(pages))
    return True


def plain_crlf_ff(src, dst, _stem):
    """`pandoc -t plain` with Windows line ends and a form feed at the end,
    as a Windows program's "print to text file" leaves it."""
    text = pandoc_text(src + ".docx", "plain").replace("\n", "\r\n") + "\f"
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return True


def plain_fmt72(src, dst, _stem):
    """`pandoc -t plain` reflowed by `fmt -w 72`: lines of a paragraph (lines
    of the same indentation, up to a blank line) joined and wrapped again at
    72 columns, as `fmt` or a mail program's "rewrap" does."""
    plain = pandoc_text(src + ".docx", "plain")
    out = subprocess.run(["fmt", "-w", "72"], input=plain.encode("utf-8"), check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def plain_fold20(src, dst, _stem):
    """`pandoc -t plain` (72 columns) through `fold -s -w 20`."""
    plain = pandoc_text(src + ".docx", "plain")
    out = subprocess.run(["fold", "-s", "-w", "20"], input=plain.encode("utf-8"), check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def text_piped(*cmd):
    """samples/<stem>.txt through the command `cmd` (a filter from stdin to
    stdout); skipped where the sample has no .txt."""
    def make(src, dst, _stem):
        if not os.path.exists(src + ".txt"):
            return False
        with open(src + ".txt", "rb") as f:
            text = f.read()
        out = subprocess.run(list(cmd), input=text, check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def plain_piped(*cmd):
    """`pandoc -t plain` of the .docx through the command `cmd` (a filter
    from stdin to stdout)."""
    def make(src, dst, _stem):
        plain = pandoc_text(src + ".docx", "plain")
        out = subprocess.run(list(cmd), input=plain.encode("utf-8"), check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def plain_nbsp(src, dst, stem):
    """`pandoc -t plain` with a third of the single spaces between two words
    made NO-BREAK SPACEs, chosen by a generator seeded by the stem (what a
    word processor's "keep together" leaves in copied text; the columns stay
    where they were)."""
    import re
    rng = seeded(stem, "plain-nbsp")
    plain = pandoc_text(src + ".docx", "plain")
    text = re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if rng.random() < 1 / 3 else " ", plain)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)
    return True


def lo_text_encoded(encoding, python_codec):
    """LibreOffice's "Save as text" written in another character set
    (the "Text - Encoded" filter's `encoding`), checked to decode."""
    def make(src, dst, _stem):
        docx = src + ".docx"
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            shutil.move(soffice_convert(docx, f"txt:Text (encoded):{encoding}", tmp), dst)
        with open(dst, "rb") as f:
            f.read().decode(python_codec)
        return True
    return make


def plain_transformed(name, transform):
    """`pandoc -t plain` of the .docx, then `transform(text, rng)` (rng seeded
    by the stem and `name`), written in UTF-8."""
    def make(src, dst, stem):
        text = transform(pandoc_text(src + ".docx", "plain"), seeded(stem, name))
        with open(dst, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return True
    return make


def pdftotext_transformed(options, transform):
    """`pdftotext OPTIONS` of <stem>.pdf in UTF-8, then `transform(text,
    None)`; none where the sample has no PDF."""
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        text = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", pdf, "-"], check=True,
                              stdout=subprocess.PIPE).stdout.decode("utf-8")
        with open(dst, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
            f.write(transform(text, None))
        return True
    return make


def pdftotext_quoted_refilled(src, dst, _stem):
    """`pdftotext -layout` of <stem>.pdf, `> > ` before every line, then
    `fmt -s -w 72 -p '> > '`; none where the sample has no PDF."""
    pdf = src + ".pdf"
    if not os.path.exists(pdf):
        return False
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    quoted = "".join("> > " + line + "\n" for line in lines)
    out = subprocess.run(["fmt", "-s", "-w", "72", "-p", "> > "], input=quoted.encode("utf-8"),
                         check=True, stdout=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def pdftotext_piped(options, *cmd):
    """`pdftotext OPTIONS` of <stem>.pdf in UTF-8 through the command `cmd`
    (a filter from stdin to stdout), its bytes as they come; none where the
    sample has no PDF."""
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        text = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", pdf, "-"], check=True,
                              stdout=subprocess.PIPE).stdout
        out = subprocess.run(list(cmd), input=text, check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def ps2ascii_text(src, dst, _stem):
    """`ps2ascii` (Ghostscript) of <stem>.pdf; none where the sample has no PDF."""
    pdf = src + ".pdf"
    if not os.path.exists(pdf):
        return False
    out = subprocess.run(["ps2ascii", pdf], check=True, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def plain_pr(src, dst, _stem):
    """`pandoc -t plain` paginated by `pr -l 60`, its page header's date
    fixed: the text is a file whose time is set (pr dates a file's pages by
    its modification time), read in UTC."""
    with tempfile.TemporaryDirectory(prefix="pr-") as tmp:
        text_file = os.path.join(tmp, "redovisning.txt")
        with open(text_file, "w", encoding="utf-8") as f:
            f.write(pandoc_text(src + ".docx", "plain"))
        os.utime(text_file, (1705312800, 1705312800))  # 2024-01-15 10:00 UTC
        out = subprocess.run(["pr", "-l", "60", "-D", "%Y-%m-%d %H:%M", "redovisning.txt"],
                             cwd=tmp, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


# name -> (extension, tool it needs, function(src_without_ext, dst, stem))


RENDERINGS = {
    "pdftotext-layout": ("txt", "pdftotext", pdftotext(True)),
    "pdftotext-raw": ("txt", "pdftotext", pdftotext(False)),
    "pandoc-markdown": ("md", "pandoc", pandoc("markdown")),
    "pandoc-plain": ("txt", "pandoc", pandoc("plain")),
    "pandoc-rst": ("rst", "pandoc", pandoc("rst")),
    "pandoc-asciidoc": ("adoc", "pandoc", pandoc("asciidoc")),
    "pandoc-org": ("org", "pandoc", pandoc("org")),
    "pandoc-mediawiki": ("wiki", "pandoc", pandoc("mediawiki")),
    "pandoc-dokuwiki": ("txt", "pandoc", pandoc("dokuwiki")),
    "pandoc-jira": ("txt", "pandoc", pandoc("jira")),
    "pandoc-textile": ("textile", "pandoc", pandoc("textile")),
    "pandoc-gfm": ("md", "pandoc", pandoc("gfm")),
    "pandoc-commonmark": ("md", "pandoc", pandoc("commonmark")),
    "html-fragment": ("txt", "pandoc", pandoc("html")),
    "lo-html-text": ("txt", "soffice", lo_html_text),
    "pandoc-html": ("html", "pandoc", pandoc("html", "--standalone", "--metadata", "title=-")),
    "lo-text": ("txt", "soffice", lo_text),
    "word-tsv": ("txt", "python3", word_tsv),
    "csv-excel": ("csv", "python3", sheet_csv(";", "cp1252", "\r\n", True)),
    "csv-comma": ("csv", "python3", sheet_csv(",", "utf-8", "\n", False)),
    "lo-pdf-landscape": ("pdf", "soffice", lo_pdf(16838, 11906, True)),
    "lo-pdf-a5": ("pdf", "soffice", lo_pdf(8391, 11906, False)),
    "lo-pdf-pagenums": ("pdf", "soffice", lo_pdf_page_numbers(False)),
    "lo-pdf-pagenums-sida": ("pdf", "soffice", lo_pdf_page_numbers(True)),
    "lo-pdf-pagenums-layout": ("txt", "soffice", lo_pdf_page_numbers(False, "-layout")),
    "lo-pdf-pagenums-nopgbrk": ("txt", "soffice", lo_pdf_page_numbers(False, "-layout", "-nopgbrk")),
    "plain-cp1252": ("txt", "pandoc", plain_encoded("cp1252", True)),
    "plain-latin1": ("txt", "pandoc", plain_encoded("latin-1", False)),
    "plain-utf16": ("txt", "pandoc", plain_encoded("utf-16-le", True, b"\xff\xfe")),
    "plain-utf8bom": ("txt", "pandoc", plain_encoded("utf-8", True, b"\xef\xbb\xbf")),
    "mail-body": ("txt", "soffice", mail_body(False)),
    "mail-quoted": ("txt", "soffice", mail_body(True)),
    "pdftotext-layout-nopgbrk": ("txt", "pdftotext", pdftotext_with("-layout", "-nopgbrk", "-enc", "UTF-8")),
    "pdftotext-layout-latin1": ("txt", "pdftotext", pdftotext_with("-layout", "-enc", "Latin1", "-eol", "dos")),
    "pdftotext-fixed": ("txt", "pdftotext", pdftotext_with("-fixed", "3", "-enc", "UTF-8")),
    "pandoc-markdown-40": ("md", "pandoc", pandoc("markdown", columns=40)),
    "pandoc-markdown-200": ("md", "pandoc", pandoc("markdown", columns=200)),
    "pandoc-markdown-nowrap": ("md", "pandoc", pandoc("markdown", "--wrap=none")),
    "pandoc-markdown-simple": ("md", "pandoc", pandoc("markdown-pipe_tables-grid_tables-multiline_tables")),
    "pandoc-latex": ("tex", "pandoc", pandoc("latex")),
    "pandoc-man": ("txt", "pandoc", pandoc("man")),
    "pandoc-ms": ("txt", "pandoc", pandoc("ms")),
    "pandoc-texinfo": ("txt", "pandoc", pandoc("texinfo")),
    "pandoc-haddock": ("txt", "pandoc", pandoc("haddock")),
    "pandoc-muse": ("txt", "pandoc", pandoc("muse")),
    "pandoc-zimwiki": ("txt", "pandoc", pandoc("zimwiki")),
    "pandoc-xwiki": ("txt", "pandoc", pandoc("xwiki")),
    "lo-html-plain": ("txt", "soffice", lo_html_plain),
    "docx-roundtrip-lo-text": ("txt", "soffice", docx_roundtrip_lo_text),
    "mail-html-tabs": ("txt", "python3", mail_html("\t")),
    "mail-html-pipes": ("txt", "python3", mail_html(" | ")),
    "tesseract-text": ("txt", "tesseract", tesseract_text),
    "plain-crlf-ff": ("txt", "pandoc", plain_crlf_ff),
    "plain-fmt72": ("txt", "fmt", plain_fmt72),
    "plain-fold20": ("txt", "fold", plain_fold20),
    "pandoc-commonmark-x": ("md", "pandoc", pandoc("commonmark_x")),
    "pandoc-markdown-mmd": ("md", "pandoc", pandoc("markdown_mmd")),
    "pandoc-markdown-phpextra": ("md", "pandoc", pandoc("markdown_phpextra")),
    "pandoc-markdown-strict": ("md", "pandoc", pandoc("markdown_strict")),
    "pandoc-asciidoctor": ("adoc", "pandoc", pandoc("asciidoctor")),
    "pandoc-markua": ("txt", "pandoc", pandoc("markua")),
    "pandoc-plain-preserve": ("txt", "pandoc", pandoc("plain", "--wrap=preserve")),
    "pandoc-context": ("txt", "pandoc", pandoc("context")),
    "pandoc-docbook": ("txt", "pandoc", pandoc("docbook")),
    "plain-unexpand": ("txt", "unexpand", plain_piped("unexpand", "-a")),
    "plain-fold60": ("txt", "fold", plain_piped("fold", "-s", "-w", "60")),
    "plain-nbsp": ("txt", "pandoc", plain_nbsp),
    "plain-utf16be": ("txt", "pandoc", plain_encoded("utf-16-be", False, b"\xfe\xff")),
    "plain-qp": ("txt", "pandoc", plain_quoted_printable),
    "lo-text-cp1252": ("txt", "soffice", lo_text_encoded("MS_1252", "cp1252")),
    "plain-unexpand4": ("txt", "unexpand", plain_piped("unexpand", "-a", "-t", "4")),
    "word-tsv-expand4": ("txt", "expand", word_tsv_expand4),
    "pdftotext-copy-latin1": ("txt", "pdftotext", pdftotext_with("-nopgbrk", "-enc", "Latin1")),
    "plain-macroman": ("txt", "pandoc", plain_encoded_eol("mac-roman", "\r")),
    "plain-cp850": ("txt", "pandoc", plain_encoded_eol("cp850", "\r\n")),
    "plain-soft-hyphens": ("txt", "pandoc", plain_transformed("plain-soft-hyphens", soft_hyphens)),
    "plain-pr": ("txt", "pr", plain_pr),
    "pandoc-markdown-html": ("md", "pandoc", pandoc("markdown-pipe_tables-grid_tables-multiline_tables-simple_tables")),
    "plain-nfd": ("txt", "pandoc", plain_transformed("plain-nfd", nfd)),
    "plain-quoted2": ("txt", "pandoc", plain_transformed("plain-quoted2", quoted_twice)),
    "plain-tab-indented": ("txt", "pandoc", plain_transformed("plain-tab-indented", indented("\t"))),
    "pdftotext-raw-indented": ("txt", "pdftotext", pdftotext_transformed([], indented("    "))),
    "pdftotext-layout-quoted": ("txt", "pdftotext", pdftotext_transformed(["-layout"], quoted_lines)),
    "pdftotext-layout-rewrapped": ("txt", "pdftotext",
                                   pdftotext_transformed(["-layout"], quoted_rewrapped)),
    "pdftotext-layout-q2fmts": ("txt", "fmt", pdftotext_quoted_refilled),
    "pdftotext-layout-stripped": ("txt", "pdftotext", pdftotext_transformed(["-layout"], stripped_lines)),
    "pdftotext-layout-fixed": ("txt", "pdftotext", pdftotext_with("-layout", "-fixed", "5", "-enc", "UTF-8")),
    "pdftotext-layout-fixed6": ("txt", "pdftotext", pdftotext_with("-layout", "-fixed", "6", "-enc", "UTF-8")),
    "pdftotext-layout-cut100": ("txt", "pdftotext", pdftotext_transformed(["-layout"], cut_columns(100))),
    "pdftotext-layout-cut80": ("txt", "pdftotext", pdftotext_transformed(["-layout"], cut_columns(80))),
    "pdftotext-layout-cutb100": ("txt", "pdftotext", pdftotext_transformed(["-layout"], cut_bytes(100))),
    "pdftotext-layout-cutb80": ("txt", "pdftotext", pdftotext_transformed(["-layout"], cut_bytes(80))),
    "pdftotext-layout-mojibake": ("txt", "pdftotext", pdftotext_transformed(["-layout"], mojibake_lossy)),
    "pdftotext-layout-pagemarks": ("txt", "pdftotext", pdftotext_transformed(["-layout"], page_marks)),
    "pdftotext-layout-pagenums": ("txt", "pdftotext", pdftotext_transformed(["-layout"], page_numbers(True))),
    "pdftotext-layout-nopgbrk-pagenums": ("txt", "pdftotext", pdftotext_transformed(["-layout"], page_numbers(False))),
    "pdftotext-layout-browser": ("txt", "pdftotext", pdftotext_transformed(["-layout"], browser_edges(" " * 40))),
    "pdftotext-layout-mac": ("txt", "iconv", pdftotext_piped(["-layout"], "iconv", "-f", "UTF-8", "-t", "MAC//TRANSLIT")),
    "ps2ascii": ("txt", "ps2ascii", ps2ascii_text),
    "pdftotext-raw-browser": ("txt", "pdftotext", pdftotext_transformed([], browser_edges(" "))),
    "pandoc-markdown-20": ("md", "pandoc", pandoc("markdown", columns=20)),
    "pandoc-markdown-30": ("md", "pandoc", pandoc("markdown", columns=30)),
    "pandoc-markdown-50": ("md", "pandoc", pandoc("markdown", columns=50)),
    "pandoc-plain-30": ("txt", "pandoc", pandoc("plain", columns=30)),
    "pandoc-rst-30": ("rst", "pandoc", pandoc("rst", columns=30)),
    "pandoc-plain-25": ("txt", "pandoc", pandoc("plain", columns=25)),
    "text-fold40": ("txt", "fold", text_piped("fold", "-s", "-w", "40")),
    **text_pipe_renderings(text_piped),
    "text-fmt40": ("txt", "fmt", text_piped("fmt", "-w", "40")),
    "text-fmt45": ("txt", "fmt", text_piped("fmt", "-w", "45")),
    "lo-text-fmt40": ("txt", "soffice", lo_text_fmt(40)),
    "pdf-searchable": ("pdf", "tesseract", pdf_searchable),
    "pdf-gs": ("pdf", "gs", ghostscript()),
    "pdf-ps2pdf": ("pdf", "ps2pdf", from_pdf(ps2pdf)),
    "pdf-cairo": ("pdf", "pdftocairo", from_pdf(lambda pdf, dst: run(["pdftocairo", "-pdf", pdf, dst]))),
    "pdf-tagged-pdfa": ("pdf", "soffice", lo_pdf_tagged),
    "pdf-rotated": ("pdf", "qpdf", qpdf("--rotate=+90:2")),
    "pdf-cropbox": ("pdf", "qpdf", from_pdf(cropbox)),
    "pdf-encrypted": ("pdf", "qpdf", qpdf("--encrypt", "", "owner", "256", "--")),
    "pdf-2up": ("pdf", "gs", ghostscript("-sNupControl=2x1", "-dDEVICEWIDTHPOINTS=842",
                                         "-dDEVICEHEIGHTPOINTS=595", "-dFIXEDMEDIA", "-dFitPage")),
    **page_order_renderings(),
    **stripped_renderings(),
    **layout_pipe_renderings(),
    **printed_text_renderings(),
    **borderless_renderings(),
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], RENDERINGS, __doc__))
