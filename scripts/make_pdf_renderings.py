#!/usr/bin/env python3
"""Renders each sample report as PDFs made in ways the other generators do
not: the sample's PDF rewritten by qpdf and Ghostscript with other settings,
laid out four pages a sheet, stamped and annotated, rasterised into a scan
without noise, and LibreOffice's PDF export of the .odt and with the form's
fields as fields. For tests/renderings.sh (a committed slice) and
bench/never_seen.sh. Python 3 standard library, plus the conversion tools.

usage: make_pdf_renderings.py OUT_DIR [--samples DIR] [--stems STEM ...]
                              [--renderings NAME ...] [--list]

A rendering of <stem> (a report in --samples with a .docx; most renderings
need its .pdf) is written as OUT_DIR/<stem>.<rendering>.pdf; its reference
record is that of <stem>.docx. Renderings:

  pdf-linearized    `qpdf --linearize` (hint streams, first page first)
  pdf-objstreams    `qpdf --object-streams=generate` (objects inside
                    compressed object streams, a cross-reference stream)
  pdf-qdf           `qpdf --qdf --object-streams=disable` (uncompressed,
                    every object on its own lines)
  pdf-gs-screen     Ghostscript's pdfwrite with -dPDFSETTINGS=/screen
                    (fonts subset again, images down-sampled to 72 dpi)
  pdf-gs-ebook      the same with /ebook (150 dpi)
  pdf-gs-outlines   Ghostscript with -dNoOutputFonts: every glyph drawn as
                    a path, no text at all (read by OCR)
  pdf-4up           four pages on one A4 sheet, two by two (Ghostscript's
                    NupControl=2x2): the text at half size
  pdf-annotated     a received-stamp (a FreeText annotation with its own
                    appearance: "INKOM 2022-03-15 Dnr 2022/1234") on the
                    first page's top margin, and a sticky note (a Text
                    annotation, its words in /Contents only) beside the
                    first table, added with qpdf's QDF form
  pdf-scan300       each page rendered at 300 dpi in grey by `pdftoppm` and
                    made a PDF of images (a scan without noise: no text
                    layer, read by OCR)
  pdf-lo-odt        LibreOffice's PDF export of <stem>.odt
  pdf-lo-odt-letter  LibreOffice's PDF export of <stem>.odt set on US
                    Letter pages in URW Bookman 11 pt (a wide serif face;
                    questions wrap where the samples' do not)
  pdf-lo-fields     LibreOffice's PDF export of the .docx with
                    ExportFormFields: Word's check-box and text form fields
                    become AcroForm widgets whose look is drawn by their
                    appearance streams (no PDF/A, not tagged)
  pdf-cairo-ps2pdf  <stem>.pdf printed to PostScript by `pdftocairo -ps`
                    (cairo's own fonts and paths) and distilled again by
                    `ps2pdf`

Every rendering is a pure function of its input (qpdf's --static-id, fixed
annotation text; the image PDF written here byte for byte), except for the
creation dates and IDs that Ghostscript and LibreOffice stamp in; their
pages are the same every run. A rendering whose tool is missing is skipped
with a note on stderr; the exit status is 1 only when a tool that is present
fails.
"""
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rendering_tools  # noqa: E402  the command line, qpdf, Ghostscript and LibreOffice calls, shared

run = rendering_tools.run
from_pdf = rendering_tools.from_pdf
ghostscript = rendering_tools.ghostscript
qpdf = rendering_tools.qpdf


def lo_pdf_from(ext, options):
    """LibreOffice's PDF export of <stem>.<ext> with the filter's `options`
    (a JSON object's members, or "" for the defaults)."""
    def make(src, dst, _stem):
        path = src + "." + ext
        if not os.path.exists(path):
            return False
        target = "pdf" + (":writer_pdf_Export:{" + options + "}" if options else "")
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            shutil.move(rendering_tools.soffice_convert(path, target, tmp), dst)
        return True
    return make


def lo_pdf_odt_restyled(width, height, font, size):
    """LibreOffice's PDF export of <stem>.odt with its page size (and 2 cm
    and 2.5 cm margins) and its default font and size set in styles.xml."""
    def make(src, dst, _stem):
        if not os.path.exists(src + ".odt"):
            return False
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            odt = os.path.join(tmp, os.path.basename(src) + ".odt")
            with zipfile.ZipFile(src + ".odt") as zin:
                items = [(i, zin.read(i.filename)) for i in zin.infolist()]
            layout = ('<office:automatic-styles><style:page-layout style:name="pm_restyled">'
                      f'<style:page-layout-properties fo:page-width="{width}" fo:page-height="{height}" '
                      'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" '
                      'fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>'
                      '<office:master-styles><style:master-page style:name="Standard" '
                      'style:page-layout-name="pm_restyled"/></office:master-styles>')
            with zipfile.ZipFile(odt, "w") as zout:
                for item, data in items:
                    if item.filename in ("styles.xml", "content.xml"):
                        xml = data.decode("utf-8").replace('"Arial"', f'"{font}"')
                        if item.filename == "styles.xml":
                            xml = re.sub(r'(<style:default-style style:family="paragraph">'
                                         r'<style:text-properties[^>]*?fo:font-size=")[^"]*"',
                                         rf'\g<1>{size}"', xml)
                            if "<office:master-styles>" not in xml:
                                xml = xml.replace("</office:styles>", "</office:styles>" + layout)
                        data = xml.encode("utf-8")
                    zout.writestr(item, data, zipfile.ZIP_STORED if item.filename == "mimetype"
                                  else zipfile.ZIP_DEFLATED)
            shutil.move(rendering_tools.soffice_convert(odt, "pdf", tmp), dst)
        return True
    return make


# The stamp's look: its own appearance stream, Helvetica from the standard 14.
STAMP_TEXT = "INKOM 2022-03-15  Dnr 2022/1234"
NOTE_TEXT = "Kontrollera antal klienter: 12 kvinnor, 9 m\\344n enligt tidigare uppgift"


def annotated(pdf, dst):
    """The PDF with a received-stamp and a sticky note on its first page."""
    rendering_tools.edit_qdf(pdf, dst, add_annotations, "--static-id")


def add_annotations(data):
    """QDF `data` with the stamp and the note added to its first page."""
    numbers = [int(n) for n in re.findall(rb"^(\d+) 0 obj", data, re.M)]
    first = max(numbers) + 1
    # fix-qdf takes the object after a stream for the stream's length.
    stamp, appearance, length, font, note = range(first, first + 5)
    # qpdf's QDF form marks each page object with a "%% Page N" comment.
    start = re.compile(rb"^\d+ 0 obj", re.M).search(data, data.index(b"%% Page 1\n")).start()
    end = data.index(b"endobj", start)
    box = (re.search(rb"/MediaBox\s*\[\s*([-0-9.\s]+?)\s*\]", data[start:end]) or
           re.search(rb"/MediaBox\s*\[\s*([-0-9.\s]+?)\s*\]", data))
    x0, y0, x1, y1 = (float(v) for v in box.group(1).split())
    # The stamp in the top margin's right half, the note beside the text.
    sx0, sy0, sx1, sy1 = x1 - 250, y1 - 40, x1 - 30, y1 - 18
    stream = (f"q 0.8 0 0 RG 1.5 w 1 1 {sx1 - sx0 - 2:g} {sy1 - sy0 - 2:g} re S "
              f"BT 0.8 0 0 rg /Helv 10 Tf 6 7 Td ({STAMP_TEXT}) Tj ET Q").encode()
    objects = [
        (stamp, f"<< /Type /Annot /Subtype /FreeText /Rect [ {sx0:g} {sy0:g} {sx1:g} {sy1:g} ] "
                f"/Contents ({STAMP_TEXT}) /DA (/Helv 10 Tf 0.8 0 0 rg) /F 4 "
                f"/AP << /N {appearance} 0 R >> >>".encode()),
        (appearance, f"<< /Type /XObject /Subtype /Form /BBox [ 0 0 {sx1 - sx0:g} {sy1 - sy0:g} ] "
                     f"/Resources << /Font << /Helv {font} 0 R >> >> /Length {length} 0 R >>\nstream\n"
                     .encode() + stream + b"\nendstream"),
        (length, b"%d" % len(stream)),
        (font, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        (note, f"<< /Type /Annot /Subtype /Text /Rect [ {x1 - 60:g} {(y0 + y1) / 2:g} {x1 - 40:g} "
               f"{(y0 + y1) / 2 + 20:g} ] /Contents ({NOTE_TEXT}) /T (Handl\\344ggare) /Name /Comment "
               f"/F 4 /Open false >>".encode()),
    ]
    head = data[start:end]
    refs = f"{stamp} 0 R {note} 0 R".encode()
    if b"/Annots [" in head:
        head = head.replace(b"/Annots [", b"/Annots [ " + refs + b" ", 1)
    else:
        head = re.sub(rb">>\s*$", b"  /Annots [ " + refs + b" ]\n>>\n", head.rstrip(), count=1)
    data = data[:start] + head + data[end:]
    added = b"".join(b"%d 0 obj\n" % n + body + b"\nendobj\n" for n, body in objects)
    xref = data.rindex(b"\nxref\n") + 1
    return data[:xref] + added + data[xref:]


def pgm_pages(directory):
    """The PGM files pdftoppm wrote, in page order, as (width, height, pixels)."""
    pages = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            data = f.read()
        m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
        pages.append((int(m.group(1)), int(m.group(2)), data[m.end():]))
    return pages


def image_pdf(pages, dpi):
    """A PDF whose every page is one grey image at `dpi` (Flate-compressed)."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    kids = []
    for i, (w, h, pixels) in enumerate(pages):
        page, content, image = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        pw, ph = w * 72 / dpi, h * 72 / dpi
        draw = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        packed = zlib.compress(pixels, 6)
        objects[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 {pw:.2f} {ph:.2f} ] "
                         f"/Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>").encode()
        objects[content] = b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"
        objects[image] = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                          f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(packed)} >>\nstream\n").encode() \
            + packed + b"\nendstream"
        kids.append(f"{page} 0 R")
    objects[2] = f"<< /Type /Pages /Kids [ {' '.join(kids)} ] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for n in range(1, count):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref)
    return bytes(out)


def scan300(pdf, dst):
    with tempfile.TemporaryDirectory(prefix="scan-") as tmp:
        run(["pdftoppm", "-r", "300", "-gray", pdf, os.path.join(tmp, "p")])
        with open(dst, "wb") as f:
            f.write(image_pdf(pgm_pages(tmp), 300))


FIELDS = '"ExportFormFields":{"type":"boolean","value":"true"}'

# name -> (extension, tool it needs, function(src_without_ext, dst, stem))
def cairo_ps2pdf(pdf, dst):
    with tempfile.TemporaryDirectory(prefix="ps-") as tmp:
        ps = os.path.join(tmp, "print.ps")
        run(["pdftocairo", "-ps", pdf, ps])
        run(["ps2pdf", ps, dst])


RENDERINGS = {
    "pdf-linearized": ("pdf", "qpdf", qpdf("--linearize")),
    "pdf-objstreams": ("pdf", "qpdf", qpdf("--object-streams=generate")),
    "pdf-qdf": ("pdf", "qpdf", qpdf("--qdf", "--object-streams=disable")),
    "pdf-gs-screen": ("pdf", "gs", ghostscript("-dPDFSETTINGS=/screen")),
    "pdf-gs-ebook": ("pdf", "gs", ghostscript("-dPDFSETTINGS=/ebook")),
    "pdf-gs-outlines": ("pdf", "gs", ghostscript("-dNoOutputFonts")),
    "pdf-4up": ("pdf", "gs", ghostscript("-sNupControl=2x2", "-dDEVICEWIDTHPOINTS=595",
                                         "-dDEVICEHEIGHTPOINTS=842", "-dFIXEDMEDIA", "-dFitPage")),
    "pdf-annotated": ("pdf", "fix-qdf", from_pdf(annotated)),
    "pdf-scan300": ("pdf", "pdftoppm", from_pdf(scan300)),
    "pdf-lo-odt": ("pdf", "soffice", lo_pdf_from("odt", "")),
    "pdf-lo-fields": ("pdf", "soffice", lo_pdf_from("docx", FIELDS)),
    "pdf-lo-odt-letter": ("pdf", "soffice", lo_pdf_odt_restyled("21.59cm", "27.94cm", "URW Bookman", "11pt")),
    "pdf-cairo-ps2pdf": ("pdf", "pdftocairo", from_pdf(cairo_ps2pdf)),
}


if __name__ == "__main__":
    sys.exit(rendering_tools.main(sys.argv[1:], RENDERINGS, __doc__))
