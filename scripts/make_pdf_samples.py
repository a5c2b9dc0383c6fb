#!/usr/bin/env python3
"""Makes the PDF samples and the broken or hostile PDFs for the reader tests.
Python 3 standard library only; the tools it runs are Debian packages
(scripts/install-deps.sh installs them): LibreOffice, poppler-utils
(pdftops, pdftoppm), ghostscript (ps2pdf), ImageMagick (/usr/bin/convert),
qpdf.

usage:
  make_pdf_samples.py [--samples DIR]   PDF samples from the Word samples in DIR (default samples/)
  make_pdf_samples.py --bad DIR         broken and hostile PDFs into DIR (tests/data/pdf)

Samples, for each stem whose .docx is in the samples folder (made by
make_office_samples.py):
  <stem>.pdf           LibreOffice's PDF export of <stem>.docx (000, 001, 002, 003, 2023_filled)
  <stem>.printed.pdf   that PDF printed to PostScript and distilled again (000, 003): the
                       same text, positioned glyphs only, no document structure
  <stem>.scanned.pdf   that PDF as a black-and-white scan (000, 001, 003): pages rendered at
                       200 dpi, turned a little, speckled, one 1-bit image per page, no text

Broken and hostile files (each under 1 MB):
  truncated.pdf, broken_xref.pdf, random.pdf, random_after_header.pdf, empty.pdf,
  encrypted_user.pdf (user password "user"), encrypted_owner.pdf (owner password only),
  many_pages.pdf (3000 pages), image_only.pdf (one scanned page with known digits),
  self_loop.pdf (a page tree whose kid is itself), text_table.pdf (a small text PDF the
  others are made from), searchable.pdf (image_only.pdf's page made a "searchable" PDF by
  `tesseract IMAGE OUT -l swe pdf`: the image under an invisible OCR text layer),
  form_fields.pdf (a filled form whose answers live only in AcroForm widgets: two text
  fields with a value and no appearance, NeedAppearances set, and two check boxes, Ja on
  with its ZapfDingbats appearance and Nej off)
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

OFFICE_STEMS = [
    "000_2b37c49d4415161a",
    "001_6c9c6f8633700f23",
    "002_b542900f2722aa90",
    "003_9905a62abaf84389",
    "2023_filled",
]
PRINTED_STEMS = ["000_2b37c49d4415161a", "003_9905a62abaf84389"]
SCANNED_STEMS = ["000_2b37c49d4415161a", "001_6c9c6f8633700f23", "003_9905a62abaf84389"]
CONVERT = "/usr/bin/convert"  # ImageMagick's (a stand-in may sit earlier on PATH)
FIXED_DATE = "D:20240115120000Z"


def run(cmd, **kw):
    """Runs a command, failing loudly with its output when it fails."""
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if res.returncode != 0:
        sys.stderr.write("failed: %s\n%s%s" % (" ".join(cmd), res.stdout.decode(errors="replace"),
                                               res.stderr.decode(errors="replace")))
        raise SystemExit(1)
    return res


def need(tool):
    if not shutil.which(tool) and not os.path.exists(tool):
        raise SystemExit("%s is missing: run scripts/install-deps.sh" % tool)


# ---------------------------------------------------------------- PDF writing

class PdfWriter:
    """Writes a PDF from numbered objects; offsets and the xref are computed."""

    def __init__(self):
        self.objects = []  # bytes of each object body, object n at index n-1

    def add(self, body):
        self.objects.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(self.objects)

    def reserve(self):
        self.objects.append(b"")
        return len(self.objects)

    def set(self, n, body):
        self.objects[n - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    @staticmethod
    def stream(dictionary, data):
        return b"<< " + dictionary.encode("latin-1") + b" /Length %d >>\nstream\n" % len(data) + \
            data + b"\nendstream"

    def tobytes(self, root, info=None):
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        trailer = "<< /Size %d /Root %d 0 R" % (len(self.objects) + 1, root)
        if info:
            trailer += " /Info %d 0 R" % info
        out += b"trailer\n" + trailer.encode() + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def pdf_text(s):
    """A PDF literal string in WinAnsiEncoding."""
    b = s.encode("cp1252")
    return "(" + "".join(
        "\\" + chr(c) if chr(c) in "()\\" else (chr(c) if 32 <= c < 127 else "\\%03o" % c)
        for c in b) + ")"


def text_pdf(pages, size=(595, 842)):
    """A PDF with Helvetica text: `pages` is a list of pages, each a list of
    (x, y_from_top, font_size, text) and ("rule", x0, y0, x1, y1) items."""
    w = PdfWriter()
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                 "/Encoding /WinAnsiEncoding >>")
    pages_obj = w.reserve()
    kids = []
    for items in pages:
        ops = []
        for it in items:
            if it[0] == "rule":
                _, x0, y0, x1, y1 = it
                ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (x0, size[1] - y0, x1, size[1] - y1))
            else:
                x, y, fs, t = it
                ops.append("BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET" % (fs, x, size[1] - y, pdf_text(t)))
        content = w.add(PdfWriter.stream("", "\n".join(ops).encode("latin-1")))
        kids.append(w.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                          "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                          % (pages_obj, size[0], size[1], font, content)))
    w.set(pages_obj, "<< /Type /Pages /Kids [%s] /Count %d >>"
          % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    catalog = w.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    info = w.add("<< /Producer (redovis make_pdf_samples.py) /CreationDate (%s) >>" % FIXED_DATE)
    return w.tobytes(catalog, info)


def image_pdf(images):
    """An image-only PDF: `images` is a list of (packed_1bit_rows, width_px,
    height_px, dpi) for one page each (PBM bit order: 1 is black), the page
    sized to the image."""
    w = PdfWriter()
    pages_obj = w.reserve()
    kids = []
    for bits, wpx, hpx, dpi in images:
        pw, ph = wpx * 72.0 / dpi, hpx * 72.0 / dpi
        img = w.add(PdfWriter.stream(
            "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            "/BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode" % (wpx, hpx),
            zlib.compress(bits, 9)))
        content = w.add(PdfWriter.stream("", ("q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph)).encode()))
        kids.append(w.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.3f %.3f] "
                          "/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                          % (pages_obj, pw, ph, img, content)))
    w.set(pages_obj, "<< /Type /Pages /Kids [%s] /Count %d >>"
          % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    catalog = w.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    info = w.add("<< /Producer (redovis make_pdf_samples.py) /CreationDate (%s) >>" % FIXED_DATE)
    return w.tobytes(catalog, info)


def read_pbm(path):
    """(packed rows, width, height) of a binary PBM (P4) file."""
    data = open(path, "rb").read()
    fields, pos = [], 2
    while len(fields) < 2:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(int(data[pos:end]))
        pos = end
    return data[pos + 1:], fields[0], fields[1]


def scan(pdf, out, dpi=200, seed=1):
    """Writes `out`: `pdf` as a black-and-white office scan, one image per
    page: rendered at `dpi`, turned a little, blurred and speckled, then
    thresholded to one bit per pixel."""
    need("pdftoppm")
    need(CONVERT)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        # Vector smoothing off: a printer prints hairlines (the crosses of
        # check boxes) as its thinnest line, where smoothing fades them out.
        run(["pdftoppm", "-r", str(dpi), "-gray", "-aaVector", "no", pdf, os.path.join(tmp, "p")])
        names = sorted(n for n in os.listdir(tmp) if n.endswith(".pgm"))
        images = []
        for n in names:
            src = os.path.join(tmp, n)
            dst = os.path.join(tmp, n[:-4] + ".pbm")
            angle = rng.choice([-0.6, -0.4, 0.3, 0.5])
            run([CONVERT, src, "-background", "white", "-rotate", str(angle),
                 "-gravity", "center", "-extent", "%dx%d" % size_of_pgm(src),
                 "-blur", "0x0.5", "-attenuate", "0.15", "+noise", "Gaussian",
                 "-seed", str(seed), "-threshold", "55%", dst])
            bits, w, h = read_pbm(dst)
            images.append((bits, w, h, dpi))
        with open(out, "wb") as f:
            f.write(image_pdf(images))


def size_of_pgm(path):
    with open(path, "rb") as f:
        head = f.read(64).split()
    return int(head[1]), int(head[2])


# ---------------------------------------------------------------- samples

def make_samples(folder):
    need("libreoffice")
    with tempfile.TemporaryDirectory() as profile:
        # A private LibreOffice profile: another LibreOffice running at the
        # same time must not share ours.
        for stem in OFFICE_STEMS:
            docx = os.path.join(folder, stem + ".docx")
            if not os.path.exists(docx):
                print("skipped %s: %s is missing (run make_office_samples.py)" % (stem, docx))
                continue
            run(["libreoffice", "-env:UserInstallation=file://" + profile, "--headless",
                 "--convert-to", "pdf", "--outdir", folder, docx])
            print("wrote %s" % os.path.join(folder, stem + ".pdf"))
    for stem in PRINTED_STEMS:
        pdf = os.path.join(folder, stem + ".pdf")
        if not os.path.exists(pdf):
            continue
        need("pdftops")
        need("ps2pdf")
        with tempfile.TemporaryDirectory() as tmp:
            ps = os.path.join(tmp, "x.ps")
            run(["pdftops", pdf, ps])
            out = os.path.join(folder, stem + ".printed.pdf")
            run(["ps2pdf", "-dPDFSETTINGS=/default", ps, out])
        print("wrote %s" % out)
    for i, stem in enumerate(SCANNED_STEMS):
        pdf = os.path.join(folder, stem + ".pdf")
        if not os.path.exists(pdf):
            continue
        out = os.path.join(folder, stem + ".scanned.pdf")
        scan(pdf, out, seed=i + 1)
        print("wrote %s" % out)


# ---------------------------------------------------------------- broken files

def table_page():
    """One page of a form: a header, a Ja/Nej table, numbers, a footer."""
    items = [(57, 60, 14, "1. Personliga ombud"),
             (57, 90, 10, "Ange antalet personliga ombud"), (380, 90, 10, "3"), (460, 90, 10, "4"),
             (380, 120, 10, "Ja"), (460, 120, 10, "Nej"),
             (57, 140, 10, "Ombuden har erbjudits utbildning."), (383, 140, 10, "X"),
             (57, 160, 10, "Totalt antal klienter"), (380, 160, 10, "29"), (460, 160, 10, "17"),
             (290, 810, 9, "1")]
    return items


def form_fields_pdf():
    """A one-page form whose answers are AcroForm widgets, not page content:
    the counts 29 and 17 under Kvinnor and Män as text fields with a value
    (/V) and no appearance (NeedAppearances: the viewer draws them), and Ja
    checked, Nej not, as check box widgets with their appearances."""
    w = PdfWriter()
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    zadb = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    pages = w.reserve()
    labels = [(380, 60, 10, "Kvinnor"), (460, 60, 10, "M\u00e4n"), (57, 80, 10, "Totalt antal klienter"),
              (380, 120, 10, "Ja"), (460, 120, 10, "Nej"), (57, 140, 10, "Ombuden har erbjudits utbildning.")]
    ops = ["BT /F1 %d Tf %d %d Td %s Tj ET" % (fs, x, 842 - y, pdf_text(t)) for x, y, fs, t in labels]
    content = w.add(PdfWriter.stream("", "\n".join(ops).encode("latin-1")))
    page = w.reserve()
    fields = []
    for name, x, value in (("kvinnor", 380, "29"), ("man", 460, "17")):
        fields.append(w.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /V (%s) /DA (/Helv 10 Tf 0 g) "
                            "/Rect [%d 758 %d 772] /P %d 0 R /F 4 >>" % (name, value, x, x + 60, page)))
    for name, x, on in (("ja", 380, True), ("nej", 460, False)):
        yes = w.add(PdfWriter.stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12] "
                                     "/Resources << /Font << /ZaDb %d 0 R >> >>" % zadb,
                                     b"q BT /ZaDb 10 Tf 1.5 2 Td (4) Tj ET Q"))
        off = w.add(PdfWriter.stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12]", b""))
        state = "/Yes" if on else "/Off"
        fields.append(w.add("<< /Type /Annot /Subtype /Widget /FT /Btn /T (%s) /V %s /AS %s "
                            "/AP << /N << /Yes %d 0 R /Off %d 0 R >> >> /Rect [%d 698 %d 710] "
                            "/P %d 0 R /F 4 >>" % (name, state, state, yes, off, x, x + 12, page)))
    refs = " ".join("%d 0 R" % f for f in fields)
    w.set(page, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
          ">> >> /Contents %d 0 R /Annots [%s] >>" % (pages, font, content, refs))
    w.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    catalog = w.add("<< /Type /Catalog /Pages %d 0 R /AcroForm << /Fields [%s] /NeedAppearances true "
                    "/DR << /Font << /Helv %d 0 R /ZaDb %d 0 R >> >> /DA (/Helv 10 Tf 0 g) >> >>"
                    % (pages, refs, font, zadb))
    info = w.add("<< /Producer (redovis make_pdf_samples.py) /CreationDate (%s) >>" % FIXED_DATE)
    return w.tobytes(catalog, info)


def make_bad(folder):
    os.makedirs(folder, exist_ok=True)
    base = text_pdf([table_page()])

    def write(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (os.path.join(folder, name), len(data)))

    write("text_table.pdf", base)
    write("form_fields.pdf", form_fields_pdf())
    write("truncated.pdf", base[: len(base) * 2 // 5])
    # Every xref offset wrong and startxref past the end: poppler rebuilds the table.
    xref = base.rindex(b"xref\n")
    lines = []
    for line in base[xref:].split(b"\n"):
        if line.endswith(b" 00000 n ") and len(line) == 19:
            line = b"%010d 00000 n " % (int(line[:10]) + 7)
        lines.append(line)
    tail = b"\n".join(lines).replace(b"startxref\n%d" % xref, b"startxref\n%d" % (xref + 999))
    write("broken_xref.pdf", base[:xref] + tail)
    rng = random.Random(4)
    write("random.pdf", bytes(rng.randrange(256) for _ in range(4096)))
    write("random_after_header.pdf", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4096)))
    write("empty.pdf", b"")
    # Encrypted copies (qpdf).
    need("qpdf")
    src = os.path.join(folder, "text_table.pdf")
    run(["qpdf", "--encrypt", "user", "owner", "256", "--", src, os.path.join(folder, "encrypted_user.pdf")])
    print("wrote %s" % os.path.join(folder, "encrypted_user.pdf"))
    run(["qpdf", "--encrypt", "", "owner", "256", "--print=none", "--extract=n", "--",
         src, os.path.join(folder, "encrypted_owner.pdf")])
    print("wrote %s" % os.path.join(folder, "encrypted_owner.pdf"))
    # Thousands of pages sharing one content stream.
    w = PdfWriter()
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    content = w.add(PdfWriter.stream("", b"BT /F1 10 Tf 20 100 Td (Sida) Tj ET"))
    pages_obj = w.reserve()
    # MediaBox and Resources are inherited from the tree; every page refers
    # to the same content stream.
    kids = [w.add("<< /Type /Page /Parent %d 0 R /Contents %d 0 R >>" % (pages_obj, content))
            for _ in range(3000)]
    w.set(pages_obj, "<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 200 200] "
          "/Resources << /Font << /F1 %d 0 R >> >> >>"
          % (" ".join("%d 0 R" % k for k in kids), len(kids), font))
    catalog = w.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    write("many_pages.pdf", w.tobytes(catalog))
    # A page tree whose only kid is the tree itself.
    w = PdfWriter()
    pages_obj = w.reserve()
    w.set(pages_obj, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % pages_obj)
    catalog = w.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    write("self_loop.pdf", w.tobytes(catalog))
    # One scanned page with known digits (no text layer).
    digits = text_pdf([[(57, 60, 14, "Totalt antal klienter"), (330, 60, 14, "4711"),
                        (57, 100, 14, "Antal nya klienter"), (330, 100, 14, "2023")]],
                      size=(420, 140))
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "d.pdf")
        with open(p, "wb") as f:
            f.write(digits)
        scan(p, os.path.join(folder, "image_only.pdf"), dpi=200, seed=9)
    print("wrote %s" % os.path.join(folder, "image_only.pdf"))
    # That page as scanners' software saves it: the image with Tesseract's
    # own reading under it, drawn invisible (text render mode 3).
    need("tesseract")
    with tempfile.TemporaryDirectory() as tmp:
        run(["pdftoppm", "-r", "200", "-mono", os.path.join(folder, "image_only.pdf"),
             os.path.join(tmp, "p")])
        page = [os.path.join(tmp, n) for n in os.listdir(tmp) if n.endswith(".pbm")][0]
        run(["tesseract", page, os.path.join(tmp, "s"), "--dpi", "200", "-l", "swe", "pdf"],
            env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        shutil.move(os.path.join(tmp, "s.pdf"), os.path.join(folder, "searchable.pdf"))
    print("wrote %s" % os.path.join(folder, "searchable.pdf"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--bad", metavar="DIR", help="write broken and hostile PDFs into DIR")
    args = ap.parse_args()
    if args.bad:
        make_bad(args.bad)
    else:
        make_samples(args.samples)


if __name__ == "__main__":
    main()
