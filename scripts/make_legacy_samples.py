#!/usr/bin/env python3
"""Makes Word 97-2003 (.doc) and RTF renderings of the sample reports that
have a .docx, with LibreOffice run headless, and hostile .doc/.rtf files for
the converted reader's tests. Python 3 standard library and soffice only.

usage:
  make_legacy_samples.py [--out DIR]   samples/<stem>.word97.doc and
                                       samples/<stem>.richtext.rtf (default: samples/)
  make_legacy_samples.py --bad DIR     hostile inputs into DIR
  make_legacy_samples.py --unseen DIR  .doc/.rtf made differently from the samples,
                                       for measuring (tests/variants.sh BIN DIR --measure)

The renderings are named <stem>.<rendering>.<ext> so that
tests/compare_renderings.py compares their records with samples/<stem>.docx.

They are made to hold what Word itself writes, where LibreOffice's export
writes less (measured with LibreOffice 7.4, Debian 12):
  - a Word document always ends with a paragraph, after its last table too;
    the samples' .docx end with a table, and a .doc that LibreOffice writes
    from them ends with that table, which LibreOffice's own .doc import then
    loses (its cells run together into one paragraph). The .doc is made from
    a copy of the .docx with Word's closing empty paragraph.
  - Word writes a FORMCHECKBOX's state into RTF (a \\formfield group with
    \\ffres, 1 checked, 0 not); LibreOffice's RTF export writes the field
    with no state at all. The states are put back from the .docx, in
    document order, as Word writes them (LibreOffice's import reads them).
"""
import argparse
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STEMS = ["000_2b37c49d4415161a", "001_6c9c6f8633700f23", "003_9905a62abaf84389", "2023_filled"]
RENDERINGS = [("doc", "word97", "MS Word 97"), ("rtf", "richtext", "Rich Text Format")]


def convert(src, ext, filt, out_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", f"{ext}:{filt}", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        made = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + ext)
        shutil.copyfile(made, out_path)


def with_closing_paragraph(src, dst):
    """A copy of the .docx `src` that ends with an empty paragraph, as every
    document Word writes does, when its body ends with a table."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb"</w:tbl>(<w:sectPr\b(?:(?!</w:body>).)*</w:body>)", rb"</w:tbl><w:p/>\1",
                              data, flags=re.S)
            zout.writestr(item, data)


def checkbox_states(docx):
    """The states of the FORMCHECKBOX fields of `docx`, in document order:
    w:checked when present (w:val 0/false: not), else w:default."""
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    states = []
    for box in re.findall(r"<w:checkBox>(.*?)</w:checkBox>", xml, flags=re.S):
        checked = re.search(r'<w:checked(?: w:val="([^"]*)")?\s*/>', box)
        if checked:
            states.append(0 if checked.group(1) in ("0", "false") else 1)
        else:
            default = re.search(r'<w:default w:val="([^"]*)"', box)
            states.append(1 if default and default.group(1) in ("1", "true") else 0)
    return states


def with_checkbox_states(rtf, states):
    """`rtf` (LibreOffice's export) with each FORMCHECKBOX field given its
    state as Word writes it: {\\*\\formfield{\\fftype1\\ffresN...}}."""
    field = b"{\\*\\fldinst { FORMCHECKBOX }}"
    parts = rtf.split(field)
    if len(parts) - 1 != len(states):
        sys.exit(f"{len(parts) - 1} FORMCHECKBOX fields in the RTF, {len(states)} in the .docx")
    out = parts[0]
    for state, rest in zip(states, parts[1:]):
        out += (b"{\\*\\fldinst { FORMCHECKBOX }{\\*\\formfield{\\fftype1\\ffres%d"
                b"\\fftypetxt0\\ffhps20\\ffdefres0}}}" % state) + rest
    return out


def write_as_word(src, name):
    """Writes `src` (a .docx) in each of RENDERINGS as Word writes it: the
    .doc from a copy ending with a paragraph (LibreOffice's .doc import runs
    a last table's cells together; Word always ends with a paragraph), the
    RTF with each check box's state (LibreOffice's RTF export writes none).
    `name(ext, rendering)` gives each output's path."""
    with tempfile.TemporaryDirectory() as tmp:
        closed = os.path.join(tmp, os.path.basename(src))
        with_closing_paragraph(src, closed)
        for ext, rendering, filt in RENDERINGS:
            dst = name(ext, rendering)
            convert(closed if ext == "doc" else src, ext, filt, dst)
            if ext == "rtf":
                with open(dst, "rb") as f:
                    rtf = with_checkbox_states(f.read(), checkbox_states(src))
                with open(dst, "wb") as f:
                    f.write(rtf)
            print(dst)


def samples(out):
    for stem in STEMS:
        src = os.path.join(ROOT, "samples", stem + ".docx")
        write_as_word(src, lambda ext, rendering: os.path.join(out, f"{stem}.{rendering}.{ext}"))


def ole2_cyclic():
    """A compound file whose directory names a WordDocument stream and whose
    FAT chains sector 0 to 1 and 1 back to 0: a cycle."""
    header = bytearray(512)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)        # one FAT sector
    struct.pack_into("<I", header, 48, 1)        # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)     # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 2)        # DIFAT[0]: the FAT is sector 2
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xFF" * 512)
    struct.pack_into("<III", fat, 0, 1, 0, 0xFFFFFFFD)  # 0 -> 1 -> 0 ..., 2 is the FAT
    directory = bytearray(512)
    for slot, (name, kind, start, size) in enumerate([("Root Entry", 5, 0, 1024),
                                                       ("WordDocument", 2, 0, 4096)]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[0:len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded), kind, 1)
        struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 1 if slot == 0 else 0xFFFFFFFF)
        struct.pack_into("<II", entry, 116, start, size)
        directory[slot * 128:(slot + 1) * 128] = entry
    return bytes(header + bytes(512) + directory + fat)


def bad(out):
    os.makedirs(out, exist_ok=True)
    rng = random.Random(18)
    doc = open(os.path.join(ROOT, "samples", STEMS[0] + ".word97.doc"), "rb").read()
    rtf = open(os.path.join(ROOT, "samples", STEMS[0] + ".richtext.rtf"), "rb").read()
    files = {
        "truncated.doc": doc[: len(doc) // 3],
        "truncated.rtf": rtf[: len(rtf) // 3],
        "random.doc": bytes(rng.getrandbits(8) for _ in range(20000)),
        "random.rtf": bytes(rng.getrandbits(8) for _ in range(20000)),
        "deep.rtf": b"{\\rtf1 " + b"{" * 200000 + b"text" + b"}" * 200000 + b"}",
        "blob.rtf": b"{\\rtf1\\ansi Kommun: X {\\bin100000 " + bytes(rng.getrandbits(8) for _ in range(100000))
                    + b"} slut}",
        "cyclic.doc": ole2_cyclic(),
    }
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


def unseen(out):
    """.doc and .rtf reports made other ways than the samples: the variant
    .docx of tests/data/variants (another layout: a Kommentar column, merged
    cells) converted by LibreOffice as they are (`lo`: no closing paragraph
    added, no check box states put back) and as Word would write them
    (`word-like`: as the samples are made), and RTF written by pandoc from
    the samples' and the variants' .docx. Named <stem>.<how>.<ext>, so that
    tests/variants.sh compares each with samples/<stem>.docx."""
    os.makedirs(out, exist_ok=True)
    variants = os.path.join(ROOT, "tests", "data", "variants")
    docx = sorted(os.path.join(variants, f) for f in os.listdir(variants) if f.endswith(".docx"))
    for src in docx:
        stem, variant = os.path.basename(src).split(".")[:2]
        for ext, rendering, filt in RENDERINGS:
            dst = os.path.join(out, f"{stem}.{variant}-lo-{rendering}.{ext}")
            convert(src, ext, filt, dst)
            print(dst)
        write_as_word(src, lambda ext, rendering, stem=stem, variant=variant: os.path.join(
            out, f"{stem}.{variant}-word-like-{rendering}.{ext}"))
    for src in docx + [os.path.join(ROOT, "samples", s + ".docx") for s in STEMS[:3]]:
        parts = os.path.basename(src).split(".")
        how = (parts[1] + "-" if len(parts) > 2 else "") + "pandoc"
        dst = os.path.join(out, f"{parts[0]}.{how}.rtf")
        subprocess.run(["pandoc", "-s", "-t", "rtf", "-o", dst, src], check=True)
        print(dst)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", default=os.path.join(ROOT, "samples"))
    p.add_argument("--bad")
    p.add_argument("--unseen")
    a = p.parse_args()
    if a.bad:
        bad(a.bad)
    elif a.unseen:
        unseen(a.unseen)
    else:
        samples(a.out)


if __name__ == "__main__":
    sys.exit(main())
