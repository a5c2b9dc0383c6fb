#!/usr/bin/env python3
"""Renders each sample report as the text other programs dump and as a
saved e-mail: renderings no other generator makes. For tests/renderings.sh
(a committed slice) and bench/never_seen.sh. Python 3 standard library, plus
the programs named.

usage: make_dump_renderings.py OUT_DIR [--samples DIR] [--stems STEM ...]
                               [--renderings NAME ...] [--list]

A rendering of <stem> (a report in --samples with a .docx) is written as
OUT_DIR/<stem>.<rendering>.<ext>; its reference record is that of
<stem>.docx. Renderings:

  pdftotext-layout-fixed3  `pdftotext -layout -fixed 3` of <stem>.pdf (the
                    layout on a fixed pitch of 3 points a column: wide gaps)
  pdftotext-layout-fixed25  `pdftotext -layout -fixed 2.5` of <stem>.pdf (a
                    pitch narrower than the letters: each word at its place,
                    written in fewer columns than it takes there, so words
                    stand two spaces apart or more, as columns do; read a line
                    a cell, as reading-order text: read/text/wide_gaps.h)
  pdftotext-tsv     `pdftotext -tsv` of <stem>.pdf: a word list with each
                    word's page, box and confidence, one a line (read by
                    its words' boxes, as -bbox's; a drawn box is no word)
  w3m-dump, lynx-dump  `w3m -dump` and `lynx -dump` (80 columns) of `pandoc
                    -s -t html` of the .docx: a text browser's tables, a
                    label column only as wide as its longest label
  lo-html2text      `html2text -utf8 -nobs` of LibreOffice's HTML of the
                    .docx (`soffice --convert-to html`): a table's columns
                    padded in bytes of UTF-8, a cell that fills its column
                    one space from the next, a label cut against its count
  html2text-w100    `html2text -utf8 -width 100` of the same page: a table
                    laid out at its cells' widths, a label longer than its
                    column written over by the next cell ("därav mellan 30
                    och 49 å9", "sjukvårde14")
  w3m-dump-w60, lynx-dump-w60  the same dumped at 60 columns (`-cols 60`,
                    `-width=60`): a narrow window's dump, a label or an
                    answer wrapped over lines in its cell
  antiword-text     `antiword` of <stem>.word97.doc (its text, tables as
                    `|` rows); a stem with none has it made from its .docx
                    by LibreOffice (`soffice --convert-to "doc:MS Word 97"`)
  catdoc-text       `catdoc` of <stem>.word97.doc, made as for antiword
                    (fields' codes such as FORMTEXT left in the text;
                    paragraphs and table rows wrapped at 72 bytes, parted
                    by blank lines)
  mail-eml-qp       `pandoc -t plain` of the .docx as the body of a saved
                    e-mail (.eml): MIME headers, text/plain in UTF-8,
                    quoted-printable (CRLF line ends, soft line breaks)
  mail-eml-multipart  the same report as a multipart/alternative message:
                    `pandoc -t plain` as text/plain in base64, `pandoc -t
                    html` as text/html in quoted-printable
  pdftotext-raw-nopgbrk  `pdftotext -raw -nopgbrk` of <stem>.pdf: the
                    content stream's order with no form feeds, as a PDF
                    viewer's text copied and pasted (pages not marked)
  pdftohtml-noframes  `pdftohtml -i -noframes` of <stem>.pdf: one HTML page,
                    each text line a `<br/>` line, pages parted by `<hr/>`
  pdftohtml-w3m     `pdftohtml -s -i -noframes` of <stem>.pdf (each text run
                    placed absolutely on its page) dumped by `w3m -dump -cols
                    120`: the runs in reading order, each a paragraph of its
                    own, a cell's wrapped lines parted by a blank line
  pdftohtml-noframes-w3m  `pdftohtml -i -noframes` of <stem>.pdf dumped by
                    `w3m -dump -cols 200`: its lines in the content stream's
                    order, the words parted by no-break spaces, each page's
                    `<hr/>` a rule of 200 columns
  pdftohtml-noframes-html2text  the same dumped by `html2text -width 200`
                    (the page rules drawn with `=`)
  pdftohtml-s       `pdftohtml -s -i -noframes` of <stem>.pdf: one HTML
                    page, each text run a paragraph placed absolutely on
                    its page (top, left, a font class's size)
  pdftohtml-xml     `pdftohtml -i -xml` of <stem>.pdf: pdf2xml, each text
                    run an element with its page position
  pdftotext-bbox-layout  `pdftotext -bbox-layout` of <stem>.pdf: XHTML of
                    blocks, lines and words with their boxes
  pdftotext-bbox    `pdftotext -bbox`: the same words, no blocks nor lines
  docx2txt-lo       `docx2txt` of the .docx as LibreOffice saves it (its
                    paragraphs with attributes, as Word writes them;
                    docx2txt joins the samples' bare `<w:p>` into one line)
  odt2txt           `odt2txt` of <stem>.odt (one table cell a line)
  odt2txt-pandoc    `odt2txt` of pandoc's .odt of the .docx: each cell a
                    paragraph, blank lines between, wrapped greedily at 65
                    characters (not bytes); Word's check-box fields lost
  pdftotext-htmlmeta  `pdftotext -layout -htmlmeta` of <stem>.pdf: an XHTML
                    page whose body is one `<pre>` holding the laid-out
                    text, not escaped
  mutool-text       `mutool draw -F txt` of <stem>.pdf (MuPDF): its text
                    blocks in order, a line each, blocks parted by a blank
                    line, a page ended by a form feed; a row's cells one
                    under the other (the grant's two labels, then its two
                    numbers)
  mutool-xhtml-w3m  `mutool draw -F xhtml` of <stem>.pdf (MuPDF's blocks as
                    paragraphs, its lines parted by `<br/>`) dumped by `w3m
                    -dump -cols 100`: reading order, a long line wrapped at
                    100 columns
  mutool-xhtml-html2text  the same XHTML dumped by `html2text -utf8 -width
                    70`: a block's lines each a line, no blank line anywhere,
                    the page's character references (`F&#xf6;rening
                    &#x2610;`) left as they were
  mutool-html       `mutool draw -F html` of <stem>.pdf (MuPDF's lines each a
                    paragraph placed absolutely, its top and left in
                    points, its font's size in its spans' style)
  mutool-stext      `mutool draw -F stext` of <stem>.pdf (MuPDF's structured
                    text: pages, blocks, lines with their boxes, each
                    character with its quad)
  csv-lines         `pdftotext -layout` of <stem>.pdf pasted into a sheet a
                    line a cell, saved by a script (python's csv module) as
                    CSV with ';': `""` for an empty row, a line holding ';'
                    or '"' quoted, Windows-1252, CRLF

Every rendering is a pure function of its input (fixed headers and
boundaries). A rendering whose program is missing is skipped with a note on
stderr (antiword, catdoc, w3m, lynx, html2text, docx2txt and odt2txt are
Debian packages of those names; pdftohtml is poppler-utils', mutool
mupdf-tools');
the exit status is 1 only when a program that is present fails.
"""
import base64
import csv
import io
import os
import quopri
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rendering_tools  # noqa: E402  the command line and the pandoc/pdftotext calls, shared

run = rendering_tools.run


def word97(*cmd):
    """`cmd` run on <stem>.word97.doc, its output kept as it stands. A stem
    with a .docx and no .word97.doc (a variant of make_variant_samples.py)
    has its Word 97 file made by LibreOffice first, in a temporary directory."""
    def make(src, dst, _stem):
        doc = src + ".word97.doc"
        with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
            if not os.path.exists(doc):
                if not os.path.exists(src + ".docx"):
                    return False
                doc = rendering_tools.soffice_convert(src + ".docx", "doc:MS Word 97", tmp)
            out = subprocess.run([*cmd, doc], check=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def page_dump(make_page, *cmd):
    """`cmd` run on the HTML page make_page(docx, tmp) writes of the .docx."""
    def make(src, dst, _stem):
        with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
            page = make_page(src + ".docx", tmp)
            out = subprocess.run([*cmd, page], check=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
        return True
    return make


def pandoc_page(docx, tmp):
    """pandoc's standalone HTML page of `docx`."""
    page = os.path.join(tmp, "report.html")
    run(["pandoc", "-f", "docx", "-t", "html", "-s", "--metadata", "title=-", "-o", page, docx])
    return page


def lo_page(docx, tmp):
    """LibreOffice's HTML of `docx` (Word's "Save as web page" as archives
    keep it)."""
    return rendering_tools.soffice_convert(docx, "html", tmp)


def html_dump(*cmd):
    """`cmd` run on pandoc's standalone HTML page of the .docx."""
    return page_dump(pandoc_page, *cmd)


def lo_html_dump(*cmd):
    """`cmd` run on LibreOffice's HTML of the .docx."""
    return page_dump(lo_page, *cmd)


def pdftohtml(*options):
    """`pdftohtml -q -i` (no images) with `options` of <stem>.pdf. Its
    -xml output is named by adding `.xml` to the name it is given."""
    def convert(pdf, dst):
        run(["pdftohtml", "-q", "-i", *options, pdf, dst[:-4] if "-xml" in options else dst])
    return rendering_tools.from_pdf(convert)


def pdftohtml_dump(*cmd, placed=True):
    """`cmd` run on `pdftohtml -q -s -i -noframes` of <stem>.pdf (without
    `-s` when not `placed`: each text line a `<br/>` line, each word space a
    `&#160;`, pages parted by `<hr/>`)."""
    def convert(pdf, dst):
        with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
            page = os.path.join(tmp, "report.html")
            run(["pdftohtml", "-q", *(["-s"] if placed else []), "-i", "-noframes", pdf, page])
            out = subprocess.run([*cmd, page], check=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
    return rendering_tools.from_pdf(convert)


def mutool_text(pdf, dst):
    run(["mutool", "draw", "-q", "-F", "txt", "-o", dst, pdf])


def mutool_markup(fmt):
    """`mutool draw -F fmt` of <stem>.pdf, run in the PDF's folder so that
    the markup names the PDF by its file name alone (stext's `<document
    name=...>`)."""
    def convert(pdf, dst):
        subprocess.run(["mutool", "draw", "-q", "-F", fmt, "-o", os.path.abspath(dst),
                        os.path.basename(pdf)], check=True, cwd=os.path.dirname(os.path.abspath(pdf)),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return rendering_tools.from_pdf(convert)


def mutool_xhtml_dump(*cmd):
    """`cmd` run on `mutool draw -F xhtml` of <stem>.pdf."""
    def convert(pdf, dst):
        with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
            page = os.path.join(tmp, "report.xhtml")
            run(["mutool", "draw", "-q", "-F", "xhtml", "-o", page, pdf])
            out = subprocess.run([*cmd, page], check=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE).stdout
        with open(dst, "wb") as f:
            f.write(out)
    return rendering_tools.from_pdf(convert)


def docx2txt_lo(src, dst, _stem):
    with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
        docx = rendering_tools.soffice_convert(src + ".docx", "docx:MS Word 2007 XML", tmp)
        run(["docx2txt", docx, dst])
    return True


def odt2txt(src, dst, _stem):
    odt = src + ".odt"
    if not os.path.exists(odt):
        return False
    out = subprocess.run(["odt2txt", "--encoding=UTF-8", odt], check=True, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


def odt2txt_pandoc(src, dst, _stem):
    docx = src + ".docx"
    if not os.path.exists(docx):
        return False
    with tempfile.TemporaryDirectory(prefix="dump-") as tmp:
        odt = os.path.join(tmp, "report.odt")
        run(["pandoc", "-f", "docx", "-o", odt, docx])
        out = subprocess.run(["odt2txt", "--encoding=UTF-8", odt], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
    with open(dst, "wb") as f:
        f.write(out)
    return True


HEADERS = (b"From: =?utf-8?q?Handl=C3=A4ggare?= <socialtjanst@kommun.example.se>\r\n"
           b"To: registrator@lansstyrelsen.example.se\r\n"
           b"Subject: =?utf-8?q?Redovisning_personligt_ombud?=\r\n"
           b"Date: Tue, 15 Mar 2022 10:00:00 +0100\r\n"
           b"Message-ID: <redovisning@kommun.example.se>\r\n"
           b"MIME-Version: 1.0\r\n")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def eml_qp(src, dst, _stem):
    text = rendering_tools.pandoc_text(src + ".docx", "plain")
    body = quopri.encodestring(crlf(text))
    with open(dst, "wb") as f:
        f.write(HEADERS + b"Content-Type: text/plain; charset=utf-8\r\n"
                b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body)
    return True


def eml_multipart(src, dst, _stem):
    text = rendering_tools.pandoc_text(src + ".docx", "plain")
    html = rendering_tools.pandoc_text(src + ".docx", "html")
    b64 = base64.encodebytes(crlf(text)).replace(b"\n", b"\r\n")
    qp = quopri.encodestring(crlf(html))
    boundary = b"----=_Part_redovis_0"
    with open(dst, "wb") as f:
        f.write(HEADERS + b'Content-Type: multipart/alternative; boundary="' + boundary + b'"\r\n\r\n'
                b"This is a multi-part message in MIME format.\r\n\r\n"
                b"--" + boundary + b"\r\nContent-Type: text/plain; charset=utf-8\r\n"
                b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"\r\n"
                b"--" + boundary + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + b"\r\n"
                b"--" + boundary + b"--\r\n")
    return True


def csv_lines(src, dst, _stem):
    """The laid-out text a line a cell of one column, saved as CSV with ';'."""
    pdf = src + ".pdf"
    if not os.path.exists(pdf):
        return False
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in text.split("\n"):
        writer.writerow([line])
    with open(dst, "wb") as f:
        f.write(out.getvalue().encode("cp1252", "replace"))
    return True


# name -> (extension, program it needs, function(src_without_ext, dst, stem))
RENDERINGS = {
    "pdftotext-layout-fixed3": ("txt", "pdftotext",
                                rendering_tools.pdftotext_with("-layout", "-fixed", "3", "-enc", "UTF-8")),
    "pdftotext-layout-fixed25": ("txt", "pdftotext",
                                 rendering_tools.pdftotext_with("-layout", "-fixed", "2.5", "-enc", "UTF-8")),
    "pdftotext-tsv": ("txt", "pdftotext", rendering_tools.pdftotext_with("-tsv", "-enc", "UTF-8")),
    "w3m-dump": ("txt", "w3m", html_dump("w3m", "-dump", "-cols", "80", "-T", "text/html", "-O", "UTF-8")),
    "lynx-dump": ("txt", "lynx", html_dump("lynx", "-dump", "-width=80", "-display_charset=utf-8",
                                           "-assume_charset=utf-8")),
    "lo-html2text": ("txt", "html2text", lo_html_dump("html2text", "-utf8", "-nobs")),
    "html2text-w100": ("txt", "html2text", html_dump("html2text", "-utf8", "-width", "100")),
    "w3m-dump-w60": ("txt", "w3m", html_dump("w3m", "-dump", "-cols", "60", "-T", "text/html", "-O", "UTF-8")),
    "lynx-dump-w60": ("txt", "lynx", html_dump("lynx", "-dump", "-width=60", "-display_charset=utf-8",
                                               "-assume_charset=utf-8")),
    "antiword-text": ("txt", "antiword", word97("antiword", "-m", "UTF-8.txt")),
    "catdoc-text": ("txt", "catdoc", word97("catdoc", "-d", "utf-8")),
    "mail-eml-qp": ("eml", "pandoc", eml_qp),
    "mail-eml-multipart": ("eml", "pandoc", eml_multipart),
    "pdftotext-raw-nopgbrk": ("txt", "pdftotext",
                              rendering_tools.pdftotext_with("-raw", "-nopgbrk", "-enc", "UTF-8")),
    "pdftohtml-noframes": ("html", "pdftohtml", pdftohtml("-noframes")),
    "pdftohtml-w3m": ("txt", "w3m", pdftohtml_dump("w3m", "-dump", "-cols", "120", "-T", "text/html",
                                                   "-O", "UTF-8")),
    "pdftohtml-noframes-w3m": ("txt", "w3m", pdftohtml_dump("w3m", "-dump", "-cols", "200", "-T",
                                                            "text/html", "-O", "UTF-8", placed=False)),
    "pdftohtml-noframes-html2text": ("txt", "html2text",
                                     pdftohtml_dump("html2text", "-utf8", "-width", "200",
                                                    placed=False)),
    "pdftohtml-s": ("html", "pdftohtml", pdftohtml("-s", "-noframes")),
    "pdftohtml-xml": ("xml", "pdftohtml", pdftohtml("-xml")),
    "pdftotext-bbox-layout": ("html", "pdftotext", rendering_tools.pdftotext_with("-bbox-layout")),
    "pdftotext-bbox": ("html", "pdftotext", rendering_tools.pdftotext_with("-bbox")),
    "docx2txt-lo": ("txt", "docx2txt", docx2txt_lo),
    "odt2txt": ("txt", "odt2txt", odt2txt),
    "odt2txt-pandoc": ("txt", ("pandoc", "odt2txt"), odt2txt_pandoc),
    "pdftotext-htmlmeta": ("html", "pdftotext", rendering_tools.pdftotext_with("-layout", "-htmlmeta")),
    "mutool-text": ("txt", "mutool", rendering_tools.from_pdf(mutool_text)),
    "mutool-xhtml-w3m": ("txt", ("mutool", "w3m"), mutool_xhtml_dump("w3m", "-dump", "-cols", "100", "-T", "text/html",
                                                          "-O", "UTF-8")),
    "mutool-xhtml-html2text": ("txt", ("mutool", "html2text"),
                               mutool_xhtml_dump("html2text", "-utf8", "-width", "70")),
    "mutool-html": ("html", "mutool", mutool_markup("html")),
    "mutool-stext": ("xml", "mutool", mutool_markup("stext")),
    "csv-lines": ("txt", "pdftotext", csv_lines),
}

if __name__ == "__main__":
    sys.exit(rendering_tools.main(sys.argv[1:], RENDERINGS, __doc__))
