#!/usr/bin/env python3
"""Opens redovis's HTML report in headless Chromium and checks what a person sees.

usage: check_html_render.py REPORT.html NAME... [--codes CODE,...] [--text TEXT,...]
                            [--mailto ADDRESS,...]

Checks that the rendered DOM holds the files table with one row per report, every
NAME, every finding CODE, every TEXT (the action list's wording) and a mailto link
to every ADDRESS; then takes a screenshot and checks, pixel by pixel,
that the table was drawn: its header background (#eeeeff) and the status cells'
colours cover a real area. Exits 1 with the reason otherwise.
"""
import os, struct, subprocess, sys, tempfile, zlib

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]

def chromium(args, profile):
    exe = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
    if not exe:
        sys.exit("chromium is not installed (scripts/install-deps.sh installs it)")
    return subprocess.run([exe] + FLAGS + ["--user-data-dir=" + profile] + args,
                          capture_output=True, timeout=120)

def png_pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), "unexpected PNG format"
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows

def count_colour(rows, bpp, rgb, tol=6):
    n = 0
    for line in rows:
        for i in range(0, len(line), bpp):
            if abs(line[i] - rgb[0]) <= tol and abs(line[i + 1] - rgb[1]) <= tol and abs(line[i + 2] - rgb[2]) <= tol:
                n += 1
    return n

def take(argv, flag):
    if flag not in argv:
        return [], argv
    i = argv.index(flag)
    return [c for c in argv[i + 1].split(",") if c], argv[:i] + argv[i + 2:]

def main(argv):
    codes, argv = take(argv, "--codes")
    texts, argv = take(argv, "--text")
    mailtos, argv = take(argv, "--mailto")
    report, names = os.path.abspath(argv[0]), argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        dom = chromium(["--dump-dom", "file://" + report], tmp + "/p1").stdout.decode("utf-8", "replace")
        if '<table id="files">' not in dom:
            sys.exit("the files table is not in the rendered page")
        body = dom.split('<table id="files">', 1)[1].split("</table>", 1)[0]
        rows = body.count("<tr>") - 1
        if rows < len(names):
            sys.exit(f"the files table has {rows} rows, expected at least {len(names)}")
        for n in names:
            if n not in dom:
                sys.exit(f"{n} is not in the rendered page")
        for c in codes:
            if ">" + c + "<" not in dom:
                sys.exit(f"the finding {c} is not in the rendered page")
        for t in texts:
            if t not in dom:
                sys.exit(f"'{t}' is not in the rendered page")
        for m in mailtos:
            if f'href="mailto:{m}"' not in dom:
                sys.exit(f"no mailto link to {m} in the rendered page")
        shot = tmp + "/shot.png"
        chromium(["--screenshot=" + shot, "--window-size=1280,1600", "file://" + report], tmp + "/p2")
        if not os.path.exists(shot):
            sys.exit("chromium took no screenshot")
        width, height, bpp, px = png_pixels(shot)
        header = count_colour(px, bpp, (0xee, 0xee, 0xff))
        complete = count_colour(px, bpp, (0xd8, 0xf0, 0xd8))
        if header < 2000:
            sys.exit(f"the table header is not drawn ({header} header pixels)")
        if complete < 500:
            sys.exit(f"the status cells are not drawn ({complete} pixels)")
        print(f"rendered: {rows} rows, {len(names)} names, {len(codes)} codes, {len(texts)} texts, "
              f"{len(mailtos)} mailto links; "
              f"{header} header and {complete} status pixels in a {width}x{height} screenshot")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
