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
