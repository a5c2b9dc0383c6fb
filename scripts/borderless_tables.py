#!/usr/bin/env python3
"""The .docx with every table border removed, exported to PDF by
LibreOffice (issue 14): a Word document whose table borders were taken off
before it was saved as PDF, so that its tables have no drawn rules. The
rendering `pdf-noborders`. Each table's own borders and its cells' are
dropped (w:tblBorders, w:tcBorders) from the document and from the table
styles, and every table is given borders of none (w:val="nil", the way Word
writes "No Border"); paragraphs' borders, shading and check boxes (glyphs,
form fields) are left as they are. make_renderings.py's table calls it.
Python 3 standard library and LibreOffice.

    python3 scripts/borderless_tables.py OUT_DIR [--samples DIR] [--stems ...]
"""
import os
import re
import shutil
import sys
import tempfile
import zipfile

from rendering_tools import main, soffice_convert

# A table's or a cell's borders, an element with its content or empty.
BORDERS = re.compile(rb"<w:(tblBorders|tcBorders)\b[^>]*/>|<w:(tblBorders|tcBorders)\b[^>]*>.*?</w:\2>",
                     re.S)
NONE = b"<w:tblBorders>" + b"".join(
    b'<w:%s w:val="nil"/>' % edge for edge in (b"top", b"left", b"bottom", b"right",
                                                b"insideH", b"insideV")) + b"</w:tblBorders>"
# The children of w:tblPr that come after w:tblBorders in the schema's order.
AFTER_BORDERS = rb"<w:(?:shd|tblLayout|tblCellMar|tblLook|tblCaption|tblDescription)\b"


def without_borders(xml, document):
    """`xml` (a part's bytes) without table and cell borders; `document`: the
    body, whose tables each get borders of none too."""
    xml = BORDERS.sub(b"", xml)
    if not document:
        return xml

    def none_in(m):
        pr = m.group(0)
        if pr.endswith(b"/>"):
            return pr[:-2] + b">" + NONE + b"</w:tblPr>"
        at = re.search(AFTER_BORDERS, pr)
        at = at.start() if at else pr.rindex(b"</w:tblPr>")
        return pr[:at] + NONE + pr[at:]
    return re.sub(rb"<w:tblPr\b[^>]*/>|<w:tblPr\b[^>]*>.*?</w:tblPr>", none_in, xml, flags=re.S)


def noborders_docx(src, dst):
    """Writes to `dst` the .docx `src` with its tables' borders removed."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = without_borders(data, True)
            elif item.filename == "word/styles.xml":
                data = without_borders(data, False)
            zout.writestr(item, data)


def lo_pdf_noborders(src, dst, _stem):
    """<src>.docx without table borders, exported to PDF by LibreOffice."""
    if not os.path.exists(src + ".docx"):
        return False
    with tempfile.TemporaryDirectory(prefix="noborders-") as tmp:
        docx = os.path.join(tmp, os.path.basename(src) + ".docx")
        noborders_docx(src + ".docx", docx)
        shutil.move(soffice_convert(docx, "pdf", tmp), dst)
    return True


def borderless_renderings():
    """name -> (ext, tool, make) for the renderings without table borders."""
    return {"pdf-noborders": ("pdf", "soffice", lo_pdf_noborders)}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], borderless_renderings(), __doc__))
