#!/usr/bin/env python3
"""The PDF steps of a rendering: the .docx exported to PDF by LibreOffice at
another page size or tagged, a PDF made a searchable scan (tesseract's PDF),
sent through PostScript (pdftops, ps2pdf), or given a MediaBox grown round
its CropBox. make_renderings.py's table calls them. Python 3 standard library
and the command-line tools rendering_tools runs; no table of its own.
"""
import os
import shutil
import tempfile

from rendering_tools import edit_qdf, run, soffice_convert


def lo_pdf(width, height, landscape):
    """The .docx with every section's page size set (twentieths of a point),
    exported to PDF by LibreOffice."""
    import re
    import zipfile

    def make(src, dst, _stem):
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            paged = os.path.join(tmp, os.path.basename(src) + ".docx")
            orient = ' w:orient="landscape"' if landscape else ""
            with zipfile.ZipFile(src + ".docx") as zin, zipfile.ZipFile(paged, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == "word/document.xml":
                        data = re.sub(rb"<w:pgSz [^>]*/>",
                                      f'<w:pgSz w:w="{width}" w:h="{height}"{orient}/>'.encode(), data)
                    zout.writestr(item, data)
            shutil.move(soffice_convert(paged, "pdf", tmp), dst)
        return True
    return make


def _with_page_footer(src, dst, words):
    """The .docx `src` with every section's footer its page's number (a PAGE
    field, centred; "Sida n av m" with `words`) written to `dst`."""
    import re
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def field(code):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s '
                '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % code)
    runs = field("PAGE")
    if words:
        runs = ('<w:r><w:t xml:space="preserve">Sida </w:t></w:r>' + runs +
                '<w:r><w:t xml:space="preserve"> av </w:t></w:r>' + field("NUMPAGES"))
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="%s" xmlns:r="%s"><w:p>'
              '<w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:ftr>' % (w, r, runs))
    ref = '<w:footerReference w:type="default" r:id="rIdPageNumber"/>'
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footer-page.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                                    b"</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdPageNumber" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footer" '
                                    b'Target="footer-page.xml"/></Relationships>')
            elif item.filename == "word/document.xml":
                text = re.sub(r"<w:footerReference[^>]*/>", "", data.decode("utf-8"))
                if "<w:sectPr" in text:
                    text = re.sub(r"(<w:sectPr[^>/]*>)", lambda m: m.group(1) + ref, text)
                    text = text.replace("<w:sectPr/>", "<w:sectPr>" + ref + "</w:sectPr>")
                else:
                    text = text.replace("</w:body>", "<w:sectPr>" + ref + "</w:sectPr></w:body>")
                if 'xmlns:r="' not in text[:4000]:
                    text = text.replace("<w:document ", '<w:document xmlns:r="%s" ' % r, 1)
                data = text.encode("utf-8")
            zout.writestr(item, data)
        zout.writestr("word/footer-page.xml", footer)


def lo_pdf_page_numbers(words, *pdftotext):
    """The .docx with its page's number in every page's footer (a numbered
    form), exported to PDF by LibreOffice; with `pdftotext` options, that
    PDF's text as `pdftotext` writes it."""
    def make(src, dst, _stem):
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            numbered = os.path.join(tmp, os.path.basename(src) + ".docx")
            _with_page_footer(src + ".docx", numbered, words)
            pdf = soffice_convert(numbered, "pdf", tmp)
            if pdftotext:
                run(["pdftotext", *pdftotext, "-enc", "UTF-8", pdf, dst])
            else:
                shutil.move(pdf, dst)
        return True
    return make


def pdf_searchable(src, dst, _stem):
    scanned = src + ".scanned.pdf"
    pdf = scanned if os.path.exists(scanned) else src + ".pdf"
    if not os.path.exists(pdf):
        return False
    with tempfile.TemporaryDirectory(prefix="ocr-") as tmp:
        # Grey, as a scanner's "searchable PDF" keeps its pages (tesseract
        # stores them as JPEG): a 1-bit rendering of the 1-bit scans
        # (-mono) would threshold their edges a second time.
        run(["pdftoppm", "-r", "200", "-gray", pdf, os.path.join(tmp, "p")])
        pages = sorted(os.path.join(tmp, n) for n in os.listdir(tmp) if n.endswith(".pgm"))
        listing = os.path.join(tmp, "pages.txt")
        with open(listing, "w") as f:
            f.write("\n".join(pages) + "\n")
        # One thread: Tesseract's result does not depend on the machine's cores.
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        # --dpi: a PGM carries no resolution, and without it the page would
        # be sized at 70 dpi.
        run(["tesseract", listing, os.path.join(tmp, "out"), "--dpi", "200", "-l", "swe", "pdf"],
            env=env)
        shutil.move(os.path.join(tmp, "out.pdf"), dst)
    return True


def ps2pdf(pdf, dst):
    with tempfile.TemporaryDirectory(prefix="ps-") as tmp:
        ps = os.path.join(tmp, "x.ps")
        run(["pdftops", pdf, ps])
        run(["ps2pdf", ps, dst])


def lo_pdf_tagged(src, dst, _stem):
    options = ('pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"},'
               '"UseTaggedPDF":{"type":"boolean","value":"true"},'
               '"SelectPdfVersion":{"type":"long","value":"2"}}')
    with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
        shutil.move(soffice_convert(src + ".docx", options, tmp), dst)
    return True


def cropbox(pdf, dst):
    """Each page's MediaBox grown by 40 points on every side, its CropBox the
    old MediaBox: the visible page is the same, its origin is not 0 0."""
    import re

    def grow(m):
        x0, y0, x1, y1 = (float(v) for v in m.group(1).split())
        box = m.group(1).decode()
        return (f"/MediaBox [ {x0 - 40:g} {y0 - 40:g} {x1 + 40:g} {y1 + 40:g} ] "
                f"/CropBox [ {box} ]").encode()
    edit_qdf(pdf, dst, lambda data: re.sub(rb"/MediaBox \[ *([-0-9. ]+?) *\]", grow, data),
             "--deterministic-id")
