#!/usr/bin/env python3
"""Makes Word 97-2003 (.doc) and RTF renderings of the sample reports that
have a .docx, with LibreOffice run headless, and hostile .doc/.rtf files for
the converted reader's tests. Python 3 standard library and soffice only.

usage:
  make_legacy_samples.py [--out DIR]   samples/<stem>.word97.doc and
                                       samples/<stem>.richtext.rtf (default: samples/)
  make_legacy_samples.py --bad DIR     hostile inputs into DIR

The renderings are named <stem>.<rendering>.<ext> so that
tests/compare_renderings.py compares their records with samples/<stem>.docx.
"""
import argparse
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile

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


def samples(out):
    for stem in STEMS:
        src = os.path.join(ROOT, "samples", stem + ".docx")
        for ext, rendering, filt in RENDERINGS:
            dst = os.path.join(out, f"{stem}.{rendering}.{ext}")
            convert(src, ext, filt, dst)
            print(dst)


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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", default=os.path.join(ROOT, "samples"))
    p.add_argument("--bad")
    a = p.parse_args()
    if a.bad:
        bad(a.bad)
    else:
        samples(a.out)


if __name__ == "__main__":
    sys.exit(main())
