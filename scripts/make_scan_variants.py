#!/usr/bin/python3
"""Makes scans of the sample reports as they arrive from municipalities:
printed, signed, stamped, fed through a scanner in grey or colour at
150-300 dpi, a little crooked, a page sideways, saved as JPEG.

usage: /usr/bin/python3 scripts/make_scan_variants.py OUT_DIR [--seed N]
           [--samples DIR] [--only SPEC[,SPEC...]] [--stems STEM[,STEM...]]
           [--pages FIRST-LAST]

Needs pdftoppm (poppler-utils), python3-pil and python3-numpy (Debian's
/usr/bin/python3; the scripts/install-deps.sh packages).

Reads the text PDFs of the samples (000, 001, 003, 2023_filled:
samples/<stem>.pdf) and writes OUT_DIR/<stem>.<spec>.pdf for each variant
spec, so that tests/compare_renderings.py and bench/scan_accuracy.sh can
compare each with the record of samples/<stem>.docx. A spec names what was
done, its parts joined by '-' (no dots, so the file name stays
<stem>.<rendering>.pdf):

  300g / 200c   resolution in dpi, g(rey) or c(olour) scan
  skew+1p5      every page turned by +1.5 degrees (p for the decimal point),
                each page a little differently around it (+-0.2)
  rot90p2       page 2 fed sideways: turned 90 (180, 270) degrees clockwise
  stampred      a red (stampblue: blue) received-stamp "Inkom 2022-01-14"
                across the first heading of page 1 (stampredrule: across
                a table rule of page 1)
  sig           a blue signature scribble on the last page
  hl            yellow highlighter across a line of text on page 1
  q50           saved as JPEG of quality 50
  fax           a fax-like page: black and white in 1 bit (a fixed
                threshold after the scanner's noise), stored losslessly
                (Flate), not as JPEG; q is then ignored
  s3            noise seed 3 (scanner noise, blur, paper tint)

Reproducible: the same spec, --seed and input give the same bytes. --seed
(default 1) is added to every spec's own noise seed.
"""
import io
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

STEMS = ["000_2b37c49d4415161a", "001_6c9c6f8633700f23", "003_9905a62abaf84389", "2023_filled"]

# The variants made by default: each fault alone, then together as the
# issue saw them, then one spec under several noise seeds.
DEFAULT_SPECS = [
    "300g-q90-s1",
    "300g-skew-1p2-q75-s2",
    "200g-skew+2p5-q60-s3",
    "150g-skew+0p5-q60-s1",
    "200c-skew+1p5-stampred-q50-s1",
    "200c-skew+1p5-stampred-q50-s2",
    "200c-skew+1p5-stampred-q50-s3",
    "200c-skew-1p3-stampredrule-rot90p2-q50-s4",
    "200c-stampblue-sig-hl-q70-s5",
    "300c-skew-3-rot180p1-sig-q85-s6",
    "200g-rot270p3-q80-s7",
    "150c-stampred-hl-q30-s8",
]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def parse(spec):
    """The spec's parts as a dict; raises ValueError on an unknown part."""
    v = {"dpi": 300, "colour": False, "skew": 0.0, "rot": None, "stamp": None,
         "stamp_on": "head", "sig": False, "hl": False, "q": 85, "seed": 1, "fax": False}
    for part in split_spec(spec):
        if m := re.fullmatch(r"(\d+)([gc])", part):
            v["dpi"], v["colour"] = int(m[1]), m[2] == "c"
        elif m := re.fullmatch(r"skew([+-]?)(\d+(?:p\d+)?)", part):
            v["skew"] = float(m[2].replace("p", ".")) * (-1 if m[1] == "-" else 1)
        elif m := re.fullmatch(r"rot(90|180|270)p(\d+)", part):
            v["rot"] = (int(m[1]), int(m[2]))
        elif m := re.fullmatch(r"stamp(red|blue)(rule)?", part):
            v["stamp"], v["stamp_on"] = m[1], "rule" if m[2] else "head"
        elif part == "sig":
            v["sig"] = True
        elif part == "hl":
            v["hl"] = True
        elif part == "fax":
            v["fax"] = True
        elif m := re.fullmatch(r"q(\d+)", part):
            v["q"] = int(m[1])
        elif m := re.fullmatch(r"s(\d+)", part):
            v["seed"] = int(m[1])
        else:
            raise ValueError(f"unknown part {part!r} in spec {spec!r}")
    return v


def split_spec(spec):
    """'200c-skew-1p3-q50' -> ['200c', 'skew-1p3', 'q50']: a '-' after
    'skew' is the angle's sign."""
    out = []
    for piece in spec.split("-"):
        if out and out[-1] == "skew":
            out[-1] += "-" + piece
        else:
            out.append(piece)
    return out


def render(pdf, dpi, colour, tmp, pages):
    # Vector smoothing off, as scripts/make_pdf_samples.py's scan(): a
    # printer prints hairlines (the crosses of check boxes) as its thinnest
    # solid line, where smoothing would fade them out before the scanner.
    args = ["pdftoppm", "-r", str(dpi), "-png", "-aaVector", "no"]
    if not colour:
        args.append("-gray")
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[1])]
    subprocess.run(args + [pdf, os.path.join(tmp, "p")], check=True)
    names = sorted(n for n in os.listdir(tmp) if n.endswith(".png"))
    out = [Image.open(os.path.join(tmp, n)).convert("RGB") for n in names]
    for n in names:
        os.remove(os.path.join(tmp, n))
    return out


def dark_rows(a):
    """Per row of RGB array `a`, the share of dark pixels."""
    grey = a.mean(axis=2)
    return (grey < 128).mean(axis=1)


def multiply(page, layer):
    """Ink laid over the page: `layer` (RGB, white = nothing) multiplies it."""
    a = np.asarray(page, dtype=np.float32) / 255
    b = np.asarray(layer, dtype=np.float32) / 255
    return Image.fromarray(np.clip(a * b * 255 + 0.5, 0, 255).astype(np.uint8))


def stamp(page, colour, on, dpi, rng):
    """A received-stamp: a box with 'Inkom 2022-01-14', turned a little,
    across the first heading (the first rows of text) or a table rule."""
    ink = (200, 30, 40) if colour == "red" else (30, 60, 190)
    size = int(dpi * 0.22)
    font = ImageFont.truetype(FONT, size)
    text = "Inkom 2022-01-14"
    w = int(font.getlength(text)) + size
    h = int(size * 2.0)
    layer = Image.new("RGBA", (w + 20, h + 20), (255, 255, 255, 0))
    d = ImageDraw.Draw(layer)
    d.rectangle([10, 10, w + 10, h + 10], outline=ink + (255,), width=max(3, dpi // 60))
    d.text((10 + size // 2, 10 + size // 2), text, font=font, fill=ink + (255,))
    layer = layer.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)
    a = np.asarray(page)
    share = dark_rows(a)
    if on == "rule":
        rows = [y for y in range(len(share)) if share[y] > 0.5]
        y = rows[len(rows) // 3] if rows else a.shape[0] // 3
    else:
        rows = [y for y in range(len(share)) if share[y] > 0.01]
        y = rows[0] + int(dpi * 0.1) if rows else a.shape[0] // 8
    x = int(a.shape[1] * (rng.uniform(0.25, 0.45) if on == "rule" else rng.uniform(0.08, 0.14)))
    white = Image.new("RGB", page.size, (255, 255, 255))
    white.paste(layer, (x, y - layer.size[1] // 2), layer)
    # Stamp ink is thin and uneven.
    return multiply(page, white)


def signature(page, dpi, rng):
    """A blue pen scribble in the lower part of the page."""
    white = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(white)
    W, H = page.size
    x0, y0 = int(W * rng.uniform(0.15, 0.4)), int(H * rng.uniform(0.7, 0.85))
    length, amp = int(dpi * 2.2), dpi * 0.18
    pts = []
    for i in range(240):
        t = i / 239
        x = x0 + t * length + amp * 0.6 * math.sin(t * 31 + rng.random())
        y = y0 + amp * math.sin(t * 17) * (1 - t * 0.5) + amp * 0.4 * math.cos(t * 43)
        pts.append((x, y))
    d.line(pts, fill=(25, 45, 160), width=max(2, dpi // 90), joint="curve")
    d.line([(x0, y0 + amp * 1.3), (x0 + length * 0.8, y0 + amp * 1.1)], fill=(25, 45, 160),
           width=max(2, dpi // 100))
    return multiply(page, white)


def highlight(page, dpi, rng):
    """Yellow highlighter over a line of text in the page's middle third."""
    a = np.asarray(page)
    share = dark_rows(a)
    H = a.shape[0]
    rows = [y for y in range(H // 3, 2 * H // 3) if 0.02 < share[y] < 0.4]
    if not rows:
        return page
    y = rows[rng.randrange(len(rows))]
    white = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(white)
    W = page.size[0]
    d.rectangle([int(W * 0.12), y - int(dpi * 0.08), int(W * 0.7), y + int(dpi * 0.08)],
                fill=(255, 245, 90))
    return multiply(page, white)


def scanner(page, v, rng, nrng):
    """Skew, tint, blur and sensor noise of a flatbed scanner."""
    angle = v["skew"] + (rng.uniform(-0.2, 0.2) if v["skew"] else 0)
    if angle:
        # PIL turns counter-clockwise for positive angles; the spec's
        # positive skew is clockwise, as Leptonica measures it.
        page = page.rotate(-angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    page = page.filter(ImageFilter.GaussianBlur(0.6 * v["dpi"] / 300))
    a = np.asarray(page, dtype=np.float32)
    tint = np.array([250, 248, 240], dtype=np.float32) / 255
    a = a * tint + nrng.normal(0, 7, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8))


def jpeg_pdf(pages, dpi):
    """A PDF of page images (bytes, mode, width, height) at `dpi`: JPEG for
    mode 'RGB' and 'L', Flate-compressed 1-bit rows (1 = white) for '1'."""
    objs = []
    kids = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, then per page: page, image, contents.
    for i, (data, mode, w, h) in enumerate(pages):
        p, im, ct = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        kids.append(p)
        wp, hp = w * 72.0 / dpi, h * 72.0 / dpi
        space = "/DeviceRGB" if mode == "RGB" else "/DeviceGray"
        bits, filt = (1, "/FlateDecode") if mode == "1" else (8, "/DCTDecode")
        objs.append((p, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wp:.2f} {hp:.2f}] "
                        f"/Resources << /XObject << /Im0 {im} 0 R >> >> /Contents {ct} 0 R >>".encode()))
        objs.append((im, f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} "
                         f"/ColorSpace {space} /BitsPerComponent {bits} /Filter {filt} "
                         f"/Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"))
        content = f"q {wp:.2f} 0 0 {hp:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append((ct, f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"))
    objs.insert(0, (1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objs.insert(1, (2, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                       f"/Count {n_pages} >>".encode()))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in objs:
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    total = len(objs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for num in range(1, total):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make(pdf, spec, out, base_seed, pages=None):
    v = parse(spec)
    seed = v["seed"] + base_seed * 1000
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        # Stamps, signatures and highlighter are put on in colour; a grey
        # scan then sees them as grey, as a grey scanner does.
        images = render(pdf, v["dpi"], True, tmp, pages)
    result = []
    for i, page in enumerate(images, 1):
        if v["stamp"] and i == 1:
            page = stamp(page, v["stamp"], v["stamp_on"], v["dpi"], rng)
        if v["hl"] and i == 1:
            page = highlight(page, v["dpi"], rng)
        if v["sig"] and i == len(images):
            page = signature(page, v["dpi"], rng)
        page = scanner(page, v, rng, nrng)
        if v["rot"] and v["rot"][1] == i:
            page = page.rotate(-v["rot"][0], expand=True)
        if not v["colour"] or v["fax"]:
            page = page.convert("L")
        if v["fax"]:
            # A fax machine's fixed threshold, no dithering: thin grey
            # strokes break up, grey stamps turn black or vanish.
            page = page.point(lambda g: 255 if g >= 150 else 0).convert("1", dither=Image.NONE)
            result.append((zlib.compress(page.tobytes(), 9), "1", page.size[0], page.size[1]))
            continue
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=v["q"], subsampling=2 if v["colour"] else 0)
        result.append((buf.getvalue(), page.mode, page.size[0], page.size[1]))
    with open(out, "wb") as f:
        f.write(jpeg_pdf(result, v["dpi"]))


def main(argv):
    args = argv[:]
    opts = {"--seed": "1", "--samples": None, "--only": None, "--stems": None, "--pages": None}
    rest = []
    while args:
        a = args.pop(0)
        if a in opts and args:
            opts[a] = args.pop(0)
        elif a.startswith("-"):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            rest.append(a)
    if len(rest) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = rest[0]
    here = os.path.dirname(os.path.abspath(__file__))
    samples = opts["--samples"] or os.path.join(here, "..", "samples")
    specs = opts["--only"].split(",") if opts["--only"] else DEFAULT_SPECS
    stems = opts["--stems"].split(",") if opts["--stems"] else STEMS
    pages = tuple(int(x) for x in opts["--pages"].split("-")) if opts["--pages"] else None
    for spec in specs:
        parse(spec)  # fail before any work on a bad spec
    os.makedirs(out_dir, exist_ok=True)
    for stem in stems:
        pdf = os.path.join(samples, stem + ".pdf")
        if not os.path.exists(pdf):
            print(f"skipped {stem}: {pdf} is missing", file=sys.stderr)
            continue
        for spec in specs:
            out = os.path.join(out_dir, f"{stem}.{spec}.pdf")
            make(pdf, spec, out, int(opts["--seed"]), pages)
            print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
